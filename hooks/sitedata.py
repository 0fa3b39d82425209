"""Loads and validates the site's data files; shared by the hooks (not a hook itself).

Data files (in ``data/``), each with Japanese and English side by side:

- ``consultation.yml``: the consultation's title, period (ISO dates) and contact, and the drafts;
- ``strategy.yml``: the basic principle, the pillars with their measures and initiatives, the KPIs
  and the cross-cutting items;
- ``places.yml``: the places where the printed draft can be viewed;
- ``search_synonyms.yml``: words a reader may search for and the words on a page they lead to
  (``load_synonyms``, used by hooks/search_index.py).

Every mistake is reported as a :class:`DataError` naming the file, the line and the fix, in
Japanese and English, so that the build stops with a message a member of staff can act on.
Also holds the date rendering used by the pages (Japanese era years, weekdays, English dates).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from mkdocs.exceptions import PluginError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
LANGS = ("ja", "en")
DRAFT_IDS = ("basic-policy", "strategy", "population-vision")  # the drafts the pages and sections refer to


class DataError(PluginError):
    """A mistake in a data file, explained for the member of staff who made it."""

    def __init__(self, file: str, line: int | None, ja: str, en: str):
        where_ja = f"{file} の {line} 行目" if line else file
        where_en = f"{file}, line {line}" if line else file
        self.file, self.line = file, line
        super().__init__(f"データファイルの誤り: {where_ja}: {ja}\n  Data file error: {where_en}: {en}")


# ---------------------------------------------------------------- schema

Text1 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    ja: Text1
    en: Text1

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class Period(Strict):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _order(self):
        if self.end < self.start:
            raise ValueError("END_BEFORE_START")
        return self


class Contact(Strict):
    organisation: Text
    department: Text
    section: Text
    team: Text
    phone: Text1
    phone_note: Text
    extension: Text1
    fax: Text1
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]

    def office(self, lang: str, team: bool = True) -> str:
        """熊本県 企画振興部 企画課 戦略推進班 / Strategy Promotion Team, Planning Division, …"""
        parts = [self.organisation, self.department, self.section] + ([self.team] if team else [])
        if lang == "ja":
            return " ".join(p.ja for p in parts)
        return ", ".join(p.en for p in reversed(parts))


class PlanPeriod(Strict):
    start_fiscal_year: int
    end_fiscal_year: int


class Draft(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    page: Annotated[
        str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*\.md$")
    ]  # a page in docs/, e.g. strategy.md
    title: Text
    plan_period: PlanPeriod | None = None


class Consultation(Strict):
    title: Text
    period: Period
    contact: Contact
    drafts: list[Draft] = Field(min_length=1)


class Place(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    name: Text
    detail: Text | None = None
    count: int | None = Field(default=None, ge=2)
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None


class Places(Strict):
    places: list[Place] = Field(min_length=1)


class Measure(Strict):
    id: int = Field(ge=1)
    title: Text
    initiatives: list[Text] = Field(min_length=1)
    initiatives_note: Text | None = None
    kpi_status: Literal["listed", "pending", "none"]


class Pillar(Strict):
    id: int = Field(ge=1)
    title: Text
    direction: Text
    measures: list[Measure] = Field(min_length=1)


class Kpi(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    pillar: int
    measure: int
    name: Text
    status: Literal["pending", "set"]
    baseline: float | None = None
    baseline_year: int | None = None
    target: float | None = None
    target_year: int | None = None
    unit: Text | None = None

    @model_validator(mode="after")
    def _figures(self):
        if self.status == "set":
            missing = [f for f in ("baseline", "target", "unit", "target_year") if getattr(self, f) is None]
            if missing:
                raise ValueError("SET_NEEDS:" + ",".join(missing))
        return self


class CrossCutting(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    title: Text


class Strategy(Strict):
    principle: Text
    pillars: list[Pillar] = Field(min_length=1)
    kpis: list[Kpi]
    cross_cutting: list[CrossCutting]


# ---------------------------------------------------------------- loading with line numbers

_FULLWIDTH_KEY = re.compile(r"^\s*(-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*：")
_DATE_VALUE = re.compile(r"^\s*([A-Za-z_]+):\s*[\"']?(\d{4}-\d{1,2}-\d{1,2})[\"']?\s*(#.*)?$")
_FIELD_JA = {"ja": "日本語の文（ja）", "en": "英語の文（en）"}


def _line_of(tree: Any, loc: tuple) -> int | None:
    """The 1-based line of the deepest node of ``loc`` found in the ruamel tree."""
    line = None
    node = tree
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(key, int) and isinstance(node, list):
                if lc is not None and key < len(node):
                    line = lc.item(key)[0] + 1
                node = node[key]
            elif isinstance(node, dict) and key in node:
                if lc is not None:
                    line = lc.key(key)[0] + 1
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    if line is None and getattr(tree, "lc", None) is not None:
        line = tree.lc.line + 1
    return line


def _path(loc: tuple, tree: Any = None) -> str:
    """kpis[9](p2-m3-exports).name: 1-based positions, with the entry's id where it has one."""
    parts, node = [], tree
    for key in loc:
        try:
            node = node[key] if node is not None else None
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(key, int):
            entry_id = node.get("id") if isinstance(node, dict) else None
            parts.append(f"[{key + 1}]" + (f"(id: {entry_id})" if entry_id is not None else ""))
        else:
            parts.append(f".{key}")
    return "".join(parts).lstrip(".")


def _explain(err: dict, tree: Any = None) -> tuple[str, str]:
    """Plain Japanese and English words for one pydantic error."""
    kind, loc = err["type"], tuple(k for k in err["loc"] if k not in ("function-after",))
    field = str(loc[-1]) if loc else ""
    path = _path(loc, tree)
    parent = _path(loc[:-1], tree)
    if kind == "missing":
        if field in _FIELD_JA:
            return (
                f"「{parent}」に{_FIELD_JA[field]}がありません。{field}: の行を足して文を書いてください。",
                f'"{parent}" has no {"English" if field == "en" else "Japanese"} text. '
                f'Add a line "{field}: ..." with the text.',
            )
        return (
            f"「{parent or '先頭'}」に必要な項目 {field}: がありません。書き足してください。",
            f'"{parent or "the top level"}" is missing the required field "{field}:". Add it.',
        )
    if kind in ("string_too_short", "string_type") and field in _FIELD_JA:
        return (
            f"「{path}」の{_FIELD_JA[field]}が空です。文を書いてください（翻訳がまだなら翻訳を依頼してください）。",
            f'"{path}": the {"English" if field == "en" else "Japanese"} text is empty. Write it '
            "(ask for a translation if it is not ready).",
        )
    if kind == "extra_forbidden":
        return (
            f"「{path}」は使えない項目名です。つづりを確かめてください（全角の「：」を使っていないかも確認）。",
            f'"{path}" is not a known field. Check the spelling (and that the colon is not a full-width "：").',
        )
    if kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        return (
            f"「{path}」の値が正しくありません。使える値: {allowed}",
            f'"{path}" has a value that is not allowed. Allowed values: {allowed}',
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"「{path}」の日付が読めません。2020-12-25 のように 年-月-日 で書いてください。",
            f'"{path}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2020-12-25.',
        )
    if kind == "value_error":
        msg = str(err.get("ctx", {}).get("error", ""))
        if "END_BEFORE_START" in msg:
            return (
                f"「{path}」の終了日（end）が開始日（start）より前です。日付を確かめてください。",
                f'In "{path}" the end date is before the start date. Check both dates.',
            )
        if msg.startswith("SET_NEEDS:"):
            need = msg.split(":", 1)[1]
            return (
                f"「{path}」は status: set ですが {need} がありません。数値を書くか status: pending に戻してください。",
                f'"{path}" has status: set but lacks {need}. Add the figures or set status: pending.',
            )
    if kind in ("model_type", "dict_type") and isinstance(err.get("input"), str) and "：" in err["input"]:
        return (
            f"「{path}」で全角のコロン「：」が使われています。半角の「:」に直してください（例 ja: 文）。",
            f'"{path}" uses a full-width colon "：". Use a half-width ":" (e.g. "ja: text").',
        )
    if kind in ("model_type", "dict_type"):
        return (
            f"「{path}」の形が正しくありません。項目: 値 の組を字下げして書いてください。",
            f'"{path}" has the wrong shape: it should hold "field: value" lines, indented below it.',
        )
    if kind in ("list_type",):
        return (
            f"「{path}」は「- 」で始まる一覧で書いてください。",
            f'"{path}" should be a list whose items start with "- ".',
        )
    if kind in ("too_short",):
        return (f"「{path}」に項目が1つもありません。", f'"{path}" has no entries.')
    if kind.startswith("int") or kind.startswith("float"):
        return (
            f"「{path}」は数で書いてください（今の値: {err.get('input')!r}）。",
            f'"{path}" must be a number (it is {err.get("input")!r}).',
        )
    if kind == "string_pattern_mismatch":
        return (
            f"「{path}」の書き方が正しくありません（今の値: {err.get('input')!r}）。"
            "id は英小文字・数字・ハイフン、URL は https:// で始め、ページは strategy.md のように書きます。",
            f'"{path}" is not written in the expected form (it is {err.get("input")!r}). '
            "Ids use lower-case letters, digits and hyphens; URLs start with https://; "
            "pages are written like strategy.md.",
        )
    if kind == "greater_than_equal":
        return (
            f"「{path}」の値が小さすぎます（今の値: {err.get('input')!r}）。",
            f'"{path}" is too small (it is {err.get("input")!r}).',
        )
    return (f"「{path}」が正しくありません（{err['msg']}）。", f'"{path}" is not valid ({err["msg"]}).')


def shown(path: Path) -> str:
    """How a data file is named in messages: from the project's root (data/places.yml), or, for a data
    folder elsewhere (tests check a copy in-process), its folder and name."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return f"{path.parent.name}/{path.name}"


def _read_yaml(path: Path) -> Any:
    """The file's YAML tree (with line numbers), read again only when the file has changed."""
    rel = shown(path)
    if not path.exists():
        raise DataError(rel, None, "ファイルがありません。", "The file is missing.")
    stat = path.stat()
    return _read_yaml_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _read_yaml_cached(path: Path, _mtime: int, _size: int) -> Any:
    rel = shown(path)
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise DataError(
                rel,
                number,
                "字下げにタブ文字が使われています。半角スペースで字下げしてください。",
                "The line is indented with a tab. Indent with spaces instead.",
            )
        if _FULLWIDTH_KEY.match(line):
            raise DataError(
                rel,
                number,
                "全角のコロン「：」が使われています。"
                "項目名のあとは半角の「:」と半角スペースにしてください（例 ja: 文）。",
                'A full-width colon "：" is used after a field name. Use a half-width ":" and a space '
                '(e.g. "ja: text").',
            )
        date = _DATE_VALUE.match(line)
        if date:
            try:
                dt.date.fromisoformat(date.group(2))
            except ValueError:
                raise DataError(
                    rel,
                    number,
                    f"日付「{date.group(2)}」はありません。"
                    "2020-12-25 のように 年-月-日 で、実在する日付を書いてください。",
                    f'"{date.group(2)}" is not a real date. Write it as YYYY-MM-DD, e.g. 2020-12-25.',
                ) from None
    try:
        yaml = YAML(typ="rt")
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(
            rel,
            line,
            f"YAML の書き方に誤りがあります（{exc.problem}）。字下げ・コロン・引用符を確かめてください。",
            f"The YAML is malformed ({exc.problem}). Check indentation, colons and quotes.",
        ) from None
    except (YAMLError, ValueError) as exc:
        raise DataError(
            rel, None, f"YAML として読めません（{exc}）。", f"The file cannot be read as YAML ({exc})."
        ) from None


def _validate(model: type[BaseModel], path: Path) -> tuple[Any, Any]:
    tree = _read_yaml(path)
    rel = shown(path)
    if tree is None:
        raise DataError(rel, None, "ファイルが空です。", "The file is empty.")
    try:
        return model.model_validate(_plain(tree)), tree
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(k for k in first["loc"] if k != "function-after")
        ja, en = _explain(first, tree)
        more = len(exc.errors()) - 1
        if more:
            ja += f"（ほかに {more} 件の誤りがあります。直して再度ビルドしてください）"
            en += f" ({more} more error(s); fix this one and build again.)"
        raise DataError(rel, _line_of(tree, loc), ja, en) from None


def _plain(node: Any) -> Any:
    """ruamel's commented containers to plain Python (dates stay dates)."""
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, (int, bool)) else k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.datetime):
        return node
    if hasattr(node, "year") and hasattr(node, "month") and hasattr(node, "day"):
        return dt.date(node.year, node.month, node.day)
    if isinstance(node, str):
        return str(node)
    return node


def _duplicates(rel: str, tree: Any, items: list, key: str, ids: list, what_ja: str, what_en: str) -> None:
    seen: set = set()
    for index, value in enumerate(ids):
        if value in seen:
            raise DataError(
                rel,
                _line_of(tree, (key, index)),
                f"{what_ja} の id「{value}」が重複しています。ほかと違う id にしてください。",
                f'The {what_en} id "{value}" is used twice. Give each entry its own id.',
            )
        seen.add(value)


# ---------------------------------------------------------------- the site's data


@dataclass(frozen=True)
class SiteData:
    consultation: Consultation
    strategy: Strategy
    places: Places

    def pillar(self, pid: int) -> Pillar:
        return next(p for p in self.strategy.pillars if p.id == pid)

    def kpis_of(self, pillar: int, measure: int) -> list[Kpi]:
        return [k for k in self.strategy.kpis if k.pillar == pillar and k.measure == measure]

    def draft(self, did: str) -> Draft:
        return next(d for d in self.consultation.drafts if d.id == did)


_current: dict = {}  # the data of the build in progress, set by refresh() at the start of each build


def refresh() -> SiteData:
    """Read and check the data files again if they changed (hooks/data_check.py, once per build)."""
    _current.clear()
    data = _load_cached(str(DATA_DIR), _stamp(DATA_DIR))
    outcome = load_outcome(data)
    _current.update(data=data, outcome=outcome)
    return _current["data"]


def load(data_dir: Path | None = None) -> SiteData:
    """Read and check every data file; raise DataError on the first mistake.

    Within a build the data read by refresh() is returned without looking at the files again."""
    if data_dir is None and "data" in _current:
        return _current["data"]
    base = data_dir or DATA_DIR
    return _load_cached(str(base), _stamp(base))


def _stamp(base: Path) -> tuple:
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in Path(base).glob("*.yml")))


@lru_cache(maxsize=4)
def _load_cached(base_s: str, _stamp: tuple) -> SiteData:
    base = Path(base_s)
    consultation, ctree = _validate(Consultation, base / "consultation.yml")
    strategy, stree = _validate(Strategy, base / "strategy.yml")
    places, ptree = _validate(Places, base / "places.yml")

    crel = shown(base / "consultation.yml")
    srel = shown(base / "strategy.yml")
    prel = shown(base / "places.yml")
    _duplicates(crel, ctree, consultation.drafts, "drafts", [d.id for d in consultation.drafts], "素案", "draft")
    missing = [d for d in DRAFT_IDS if d not in {draft.id for draft in consultation.drafts}]
    if missing:
        raise DataError(
            crel,
            _line_of(ctree, ("drafts",)),
            f"drafts に id「{'」「'.join(missing)}」の素案がありません。"
            f"id を確かめてください（使う id: {', '.join(DRAFT_IDS)}）。",
            f"drafts has no draft with the id {', '.join(missing)}. Check the ids "
            f"(the site uses {', '.join(DRAFT_IDS)}).",
        )
    _duplicates(prel, ptree, places.places, "places", [p.id for p in places.places], "閲覧場所", "place")
    _duplicates(srel, stree, strategy.pillars, "pillars", [p.id for p in strategy.pillars], "柱", "pillar")
    _duplicates(srel, stree, strategy.kpis, "kpis", [k.id for k in strategy.kpis], "KPI", "KPI")
    _duplicates(
        srel,
        stree,
        strategy.cross_cutting,
        "cross_cutting",
        [c.id for c in strategy.cross_cutting],
        "柱をまたぐ取組み",
        "cross-cutting item",
    )
    for pi, pillar in enumerate(strategy.pillars):
        seen = set()
        for mi, measure in enumerate(pillar.measures):
            if measure.id in seen:
                raise DataError(
                    srel,
                    _line_of(stree, ("pillars", pi, "measures", mi)),
                    f"柱{pillar.id} の施策 id「{measure.id}」が重複しています。",
                    f"Pillar {pillar.id} has two measures with id {measure.id}.",
                )
            seen.add(measure.id)
    pillar_ids = {p.id: p for p in strategy.pillars}
    for ki, kpi in enumerate(strategy.kpis):
        if kpi.pillar not in pillar_ids:
            known = ", ".join(str(i) for i in pillar_ids)
            raise DataError(
                srel,
                _line_of(stree, ("kpis", ki, "pillar")),
                f"KPI「{kpi.id}」の柱 {kpi.pillar} はありません。使える柱は {known} です。",
                f'KPI "{kpi.id}" names pillar {kpi.pillar}, which does not exist. Pillars are {known}.',
            )
        measures = {m.id: m for m in pillar_ids[kpi.pillar].measures}
        if kpi.measure not in measures:
            known = ", ".join(str(i) for i in measures)
            raise DataError(
                srel,
                _line_of(stree, ("kpis", ki, "measure")),
                f"KPI「{kpi.id}」の施策 {kpi.measure} は柱{kpi.pillar}にありません。使える施策は {known} です。",
                f'KPI "{kpi.id}" names measure {kpi.measure}, which pillar {kpi.pillar} does not have '
                f"(it has {known}).",
            )
    for pi, pillar in enumerate(strategy.pillars):
        for mi, measure in enumerate(pillar.measures):
            count = sum(1 for k in strategy.kpis if k.pillar == pillar.id and k.measure == measure.id)
            if measure.kpi_status == "listed" and count == 0:
                raise DataError(
                    srel,
                    _line_of(stree, ("pillars", pi, "measures", mi, "kpi_status")),
                    f"柱{pillar.id} 施策{measure.id} は kpi_status: listed ですが、kpis に KPI がありません。",
                    f"Pillar {pillar.id} measure {measure.id} says kpi_status: listed but no KPI names it.",
                )
            if measure.kpi_status != "listed" and count:
                raise DataError(
                    srel,
                    _line_of(stree, ("pillars", pi, "measures", mi, "kpi_status")),
                    f"柱{pillar.id} 施策{measure.id} には KPI があるので kpi_status: listed にしてください。",
                    f"Pillar {pillar.id} measure {measure.id} has KPIs: set kpi_status: listed.",
                )
    return SiteData(consultation, strategy, places)


# ---------------------------------------------------------------- dates

# (first day, era name); newest first. Dates before Meiji 6 are not needed on this site.
ERAS = (
    (dt.date(2019, 5, 1), "令和"),
    (dt.date(1989, 1, 8), "平成"),
    (dt.date(1926, 12, 25), "昭和"),
    (dt.date(1912, 7, 30), "大正"),
    (dt.date(1873, 1, 1), "明治"),
)
WEEKDAYS_JA = "月火水木金土日"
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def era_year(day: dt.date) -> str:
    """令和2年 for 2020-12-25; the first year of an era is 元年 (令和元年 for 2019-05-01)."""
    for start, name in ERAS:
        if day >= start:
            number = day.year - start.year + 1
            return f"{name}{'元' if number == 1 else number}年"
    raise ValueError(f"{day} is before the eras this site knows")


def fiscal_era_year(year: int) -> str:
    """The era name of a Japanese fiscal year (April to March): 2020 -> 令和2年度.

    A fiscal year in which a new era began is named by the new era (2019 -> 令和元年度), so the
    era in force at the end of its first calendar year names it.
    """
    return era_year(dt.date(year, 12, 31)) + "度"


def date_ja(day: dt.date) -> str:
    """令和2年(2020年)12月25日(金)"""
    return f"{era_year(day)}({day.year}年){day.month}月{day.day}日({WEEKDAYS_JA[day.weekday()]})"


def date_en(day: dt.date) -> str:
    """Friday 25 December 2020"""
    return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def period_text(period: Period, lang: str) -> str:
    if lang == "ja":
        return f"{date_ja(period.start)}から{date_ja(period.end)}まで"
    return f"from {date_en(period.start)} to {date_en(period.end)}"


# ---------------------------------------------------------------- page helpers shared by the hooks

# The MkDocs command being run ("build", "serve", ...), recorded by hooks/failsafe.py.
RUN = {"command": "build"}


def building_other_languages(config: Any) -> bool:
    """True inside mkdocs-static-i18n's nested builds of the other languages (not the last step)."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))


def build_language(config: Any) -> str:
    """The language whose pages this build writes ("ja", then "en" in mkdocs-static-i18n's nested build)."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme["language"]


def last_language_build(config: Any) -> bool:
    """True in the build of the last language, when every language's pages are written."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return True
    return bool(i18n.building) and i18n.current_language == i18n.build_languages[-1]


# Words the generated parts of the pages use, in both languages (one place for them).
LABELS = {
    "pillar": {"ja": "柱{n}", "en": "Pillar {n}"},
    "measure": {"ja": "施策{n}", "en": "Measure {n}"},
    "direction": {"ja": "取組みの方向性", "en": "Direction of initiatives"},
    "measures": {"ja": "施策", "en": "Measures"},
    "initiatives": {"ja": "主な取組み", "en": "Main initiatives"},
    "kpi": {"ja": "主なKPI", "en": "Main KPIs"},
    "baseline": {"ja": "現状値", "en": "Baseline"},
    "target": {"ja": "目標値", "en": "Target"},
    "figures": {"ja": "現状値・目標値", "en": "Baseline and target"},
    "pending": {"ja": "調整中", "en": "Being finalised"},
    "kpi_pending": {"ja": "主なKPIは調整中です", "en": "The main KPIs are still being finalised"},
    "kpi_none": {
        "ja": "主なKPIの記載はありません（素案では「-」）",
        "en": "No main KPI is given (the draft shows “-”)",
    },
    "kpi_caption": {
        "ja": "{pillar}「{title}」の施策ごとの主な取組みと主なKPI",
        "en": "{pillar}, “{title}”: main initiatives and main KPIs for each measure",
    },
    "to_strategy": {
        "ja": "この柱の主な取組みと主なKPI（総合戦略）",
        "en": "This pillar's main initiatives and KPIs (strategy)",
    },
    "to_policy": {"ja": "この柱の取組みの方向性（基本方針）", "en": "This pillar's direction (basic policy)"},
    "places_count": {"ja": "県内{n}カ所", "en": "{n} offices across the prefecture"},
    "phone": {"ja": "電話", "en": "Phone"},
    "extension": {"ja": "内線", "en": "Extension"},
    "fax": {"ja": "FAX", "en": "Fax"},
    "email": {"ja": "メール", "en": "Email"},
    "contact": {"ja": "お問合せ先", "en": "Contact"},
}


def label(key: str, lang: str, **values: Any) -> str:
    return LABELS[key][lang].format(**values)


def page_lang(page: Any) -> str:
    """The language of a page: English pages are built under en/, Japanese ones at the root."""
    return "en" if page.url.startswith("en/") or page.file.src_uri.endswith(".en.md") else "ja"


INSERT = re.compile(r"<!--\s*insert:\s*([a-z0-9-]+)((?:\s+[^\s>]+)*)\s*-->")


def replace_inserts(markdown: str, handlers: dict, page: Any) -> str:
    """Replace ``<!-- insert: NAME ARGS -->`` markers whose NAME this hook handles."""

    def swap(match: re.Match) -> str:
        name, args = match.group(1), match.group(2).split()
        if name not in handlers:
            return match.group(0)
        return handlers[name](*args)

    return INSERT.sub(swap, markdown)


def md_escape(text: str) -> str:
    """Text from a data file, safe inside Markdown: < > & as HTML entities (which Markdown keeps
    as they are; quotes need none outside attributes), then Markdown's own signs backslash-escaped (no accidental
    emphasis, links, headings or table cells). R&D shows as R&D."""
    return html.escape(re.sub(r"([\\`*_\[\]|#])", r"\\\1", text), quote=False)


def number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


# ---------------------------------------------------------------- sections residents can comment on


@dataclass(frozen=True)
class Section:
    """A part of a draft a resident can comment on, with its stable reference id (e.g. bp-1-2)."""

    id: str
    draft: str
    label: dict  # {"ja": "柱1 施策2", "en": "Pillar 1 Measure 2"}; empty for a whole draft

    def reference(self, data: SiteData, lang: str) -> str:
        title = data.draft(self.draft).title[lang]
        return f"{title} {self.label[lang]}".strip()


def sections(data: SiteData) -> dict[str, Section]:
    """Every commentable section of the three drafts, in page order, keyed by id."""
    out: dict[str, Section] = {}

    def add(sid, draft, ja="", en=""):
        out[sid] = Section(sid, draft, {"ja": ja, "en": en})

    for prefix, draft in (("bp", "basic-policy"), ("st", "strategy")):
        for pillar in data.strategy.pillars:
            add(f"{prefix}-{pillar.id}", draft, label("pillar", "ja", n=pillar.id), label("pillar", "en", n=pillar.id))
            for m in pillar.measures:
                add(
                    f"{prefix}-{pillar.id}-{m.id}",
                    draft,
                    f"{label('pillar', 'ja', n=pillar.id)} {label('measure', 'ja', n=m.id)}",
                    f"{label('pillar', 'en', n=pillar.id)} {label('measure', 'en', n=m.id)}",
                )
        if draft == "basic-policy":
            for item in data.strategy.cross_cutting:
                add(f"bp-{item.id}", draft, item.title.ja, item.title.en)
    add("pv", "population-vision")
    return out


# ---------------------------------------------------------------- the outcome (data/outcome.yml)


class OutcomeResult(Strict):
    section: Text1
    summary: Text
    response: Text


class Outcome(Strict):
    published: dt.date | None = None
    opinions: int | None = Field(default=None, ge=0)
    submitters: int | None = Field(default=None, ge=0)
    results: list[OutcomeResult] = []

    @model_validator(mode="after")
    def _complete(self):
        if self.published is None and (self.opinions is not None or self.submitters is not None or self.results):
            raise ValueError("OUTCOME_UNDATED")
        if self.published is not None and (self.opinions is None or self.submitters is None):
            raise ValueError("OUTCOME_COUNTS")
        return self


def load_outcome(data: SiteData, path: Path | None = None) -> Outcome:
    """The published outcome (``published`` is None while there is none); sections are checked."""
    if path is None and _current.get("data") is data and "outcome" in _current:
        return _current["outcome"]
    path = path or DATA_DIR / "outcome.yml"
    rel = shown(path)
    try:
        outcome, tree = _validate(Outcome, path)
    except DataError as exc:
        if "OUTCOME_UNDATED" in str(exc):
            raise DataError(
                rel,
                1,
                "結果の件数や内容がありますが、公表日（published）がありません。",
                "The outcome has counts or results but no publication date (published).",
            ) from None
        if "OUTCOME_COUNTS" in str(exc):
            raise DataError(
                rel,
                1,
                "公表日（published）がありますが、opinions（意見の件数）と submitters（人数）がありません。",
                "The outcome has a publication date but lacks opinions and submitters.",
            ) from None
        raise
    known = sections(data)
    for index, result in enumerate(outcome.results):
        if result.section not in known:
            raise DataError(
                rel,
                _line_of(tree, ("results", index, "section")),
                f"項目「{result.section}」はありません。ページの「参照」にある項目の id を書いてください"
                f"（例：bp-1-2、st-2-3、pv）。",
                f'There is no section "{result.section}". Use a section id such as bp-1-2, st-2-3 or pv.',
            )
    return outcome


# ---------------------------------------------------------------- search synonyms (data/search_synonyms.yml)


class SynonymWords(Strict):
    ja: list[Text1] = Field(min_length=1)
    en: list[Text1] = Field(min_length=1)

    def __getitem__(self, lang: str) -> list[str]:
        return getattr(self, lang)


class Synonym(Strict):
    find: Text  # words on a page, in each language
    words: SynonymWords  # what a reader may type instead


class Synonyms(Strict):
    synonyms: list[Synonym] = []


def search_key(text: str) -> str:
    """A query or a page's text as the search compares them: NFKC, lower case, no spaces, dashes and
    the minus sign as "-" (docs/assets/search.js does the same to the reader's query)."""
    return re.sub(r"[\u2010-\u2015\u2212]", "-", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower()))


def load_synonyms(path: Path | None = None) -> tuple[Synonyms, Any]:
    """The search synonyms and their YAML tree (for line numbers); a word listed twice in one
    language, or one that is its own ``find``, stops the build."""
    path = path or DATA_DIR / "search_synonyms.yml"
    rel = shown(path)
    synonyms, tree = _validate(Synonyms, path)
    for lang in LANGS:
        seen: set = set()
        for i, item in enumerate(synonyms.synonyms):
            for j, word in enumerate(item.words[lang]):
                key = search_key(word)
                if key in seen or key == search_key(item.find[lang]):
                    raise DataError(
                        rel,
                        _line_of(tree, ("synonyms", i, "words", lang, j)),
                        f"言葉「{word}」（{lang}）が二度書かれているか、find と同じです。一度だけ書いてください。",
                        f'The word "{word}" ({lang}) is listed twice, or is the same as its find. List it once.',
                    )
                seen.add(key)
    return synonyms, tree
