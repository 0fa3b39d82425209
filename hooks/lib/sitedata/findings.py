"""One finding type for every check the build makes, from one bilingual catalogue, formatted in one place.

Django's system checks are the model (``django/core/checks/messages.py``): a check is a plain function that
*returns* findings; a finding is data — a stable ``id`` (``data.E012``), the file as staff name it, the line and
column, and the values its message needs — and its words (level, Japanese and English message, the fix in both
languages, an example) live once per id in the catalogue, ``hooks/lib/sitedata/catalogue/*.yml`` (one file per
id prefix: ``data``, ``page``, ``html`` …). ``report`` writes a build's findings sorted by file and line, all of
them up to a cap, in both languages; under GitHub Actions ``github`` writes each as a workflow annotation on its
file and line and the run's summary table. Tests assert on ids and places; one test holds each message's words.

    raise FindingsError([finding("data.E001", "data/places.yml", 12)])
"""

from __future__ import annotations

import datetime as dt
import decimal
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
LEVELS = ("error", "warning")
CAP = 60  # findings written out in full; the count of the rest follows


@dataclass(frozen=True)
class Entry:
    """One id of the catalogue: its level and words (templates with ``{name}`` fields)."""

    id: str
    level: str
    title_ja: str
    title_en: str
    ja: str
    en: str
    fix_ja: str
    fix_en: str
    example: str
    kind_ja: str
    kind_en: str


@dataclass(frozen=True)
class Finding:
    """One problem found by a check: where it is, and the values its catalogue entry's words need."""

    id: str
    file: str  # as staff see it: data/places.yml, docs/comment.md, mkdocs.yml, 意見 (a workbook's sheet)
    line: int | None = None
    column: int | None = None
    params: Mapping[str, str] = field(default_factory=dict, compare=False)
    cell: str | None = None  # a workbook's cell (D14): shown instead of the line

    @property
    def entry(self) -> Entry:
        return catalogue()[self.id]

    @property
    def level(self) -> str:
        return self.entry.level

    def _fill(self, template: str) -> str:
        return template.format_map(self.params) if template else ""

    @property
    def ja(self) -> str:
        return self._fill(self.entry.ja)

    @property
    def en(self) -> str:
        return self._fill(self.entry.en)

    @property
    def fix_ja(self) -> str:
        return self._fill(self.entry.fix_ja)

    @property
    def fix_en(self) -> str:
        return self._fill(self.entry.fix_en)

    def where_ja(self) -> str:
        if self.cell:
            return f"{self.file}!{self.cell}"
        if not self.line:
            return self.file
        return f"{self.file} の {self.line} 行目" + (f" {self.column} 文字目" if self.column else "")

    def where_en(self) -> str:
        if self.cell:
            return f"sheet {self.file}, cell {self.cell}"
        if not self.line:
            return self.file
        return f"{self.file}, line {self.line}" + (f", column {self.column}" if self.column else "")

    def text_ja(self) -> str:
        """The Japanese message with its fix, as one paragraph."""
        return self.ja + (f"直し方: {self.fix_ja}" if self.fix_ja else "")

    def text_en(self) -> str:
        return self.en + (f" Fix: {self.fix_en}" if self.fix_en else "")

    def __str__(self) -> str:
        e = self.entry
        return (
            f"[{self.id}] {e.kind_ja}: {self.where_ja()}: {self.text_ja()}\n"
            f"  {e.kind_en}: {self.where_en()}: {self.text_en()}"
        )

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.cell or "", self.column or 0, self.id)


def shown_value(value: object) -> str:
    """A value as staff wrote it, for a message: 2.5, not Decimal('2.5'); a date as 2020-12-25."""
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None:
        return "（空）"
    return str(value)


def finding(id: str, file: str, line: int | None = None, column: int | None = None, **params: object) -> Finding:
    """A finding of catalogue entry ``id`` at ``file``/``line``; ``params`` fill the entry's words."""
    cell = params.pop("cell", None)
    entry = catalogue()[id]  # KeyError: an id the catalogue does not hold is the build's own fault
    values = {key: shown_value(value) for key, value in params.items()}
    missing = fields_of(entry) - set(values)
    if missing:
        raise KeyError(f"{id}: no value for {', '.join(sorted(missing))}")
    return Finding(id, str(file), line or None, column or None, values, cell)


class FindingsError(PluginError):
    """Stops a build with its findings (errors); MkDocs shows the message as it is, without a traceback.

    ``findings`` may be one finding or several. ``announced``: those among them that an earlier error, whose
    findings this one gathers, has already written as GitHub annotations (they are not written again)."""

    def __init__(self, findings: Finding | Iterable[Finding], *, announced: Iterable[Finding] = ()):
        found = [findings] if isinstance(findings, Finding) else list(findings)
        self.findings = sorted(found, key=Finding.sort_key)
        done = {id(f) for f in announced}
        github([f for f in self.findings if id(f) not in done])
        super().__init__(report(self.findings))

    @property
    def ids(self) -> list[str]:
        return [f.id for f in self.findings]

    @property
    def file(self) -> str:
        """The first finding's file (the findings are sorted by file and line)."""
        return self.findings[0].file

    @property
    def line(self) -> int | None:
        return self.findings[0].line


def raise_errors(findings: Iterable[Finding]) -> None:
    """Raise FindingsError if any finding is an error."""
    found = list(findings)
    if any(f.level == "error" for f in found):
        raise FindingsError(found)


def report(findings: Iterable[Finding], cap: int = CAP) -> str:
    """The findings, sorted by file and line, each in Japanese then English; after ``cap``, the count of the rest."""
    ordered = sorted(findings, key=Finding.sort_key)
    shown_ = ordered[:cap]
    lines = [str(f) for f in shown_]
    rest = len(ordered) - len(shown_)
    errors = sum(f.level == "error" for f in ordered)
    head = (
        f"ビルドを止めました: {len(ordered)} 件の誤りがあります（ファイルと行の順）。"
        "すべて直してからもう一度ビルドしてください。\n"
        f"  The build stopped: {len(ordered)} problem(s), by file and line. Fix them all, then build again."
        if errors
        else f"{len(ordered)} 件の注意があります。\n  {len(ordered)} warning(s)."
    )
    if rest:
        lines.append(
            f"ほかに {rest} 件あります（最初の {cap} 件を示しました）。\n  {rest} more not shown (first {cap} shown)."
        )
    return "\n".join([head, *lines])


# --- The catalogue -----------------------------------------------------------------------------------------


def fields_of(entry: Entry) -> set[str]:
    """The ``{name}`` fields the entry's words use."""
    return set().union(*(_names(t) for t in (entry.ja, entry.en, entry.fix_ja, entry.fix_en)))


def _text(node: object, where: str) -> tuple[str, str]:
    if not isinstance(node, dict) or not isinstance(node.get("ja"), str) or not isinstance(node.get("en"), str):
        raise ValueError(f"catalogue: {where} needs ja: and en:")
    return node["ja"].strip(), node["en"].strip()


@cache
def catalogue() -> dict[str, Entry]:
    """Every id of every file of the catalogue, checked: ids under their file's prefix, once each,
    a known level, words in both languages that use the same fields."""
    entries: dict[str, Entry] = {}
    for path in sorted(CATALOGUE_DIR.glob("*.yml")):
        # libyaml's safe loader: the same trees as yaml.safe_load, read in a tenth of its time (the catalogue is
        # read by every build for the staff reference page)
        tree = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        prefix = path.stem
        kind_ja, kind_en = _text(tree.get("kind"), f"{path.name} kind")
        for id_, node in (tree.get("findings") or {}).items():
            where = f"{path.name} {id_}"
            if not str(id_).startswith(f"{prefix}.") or id_ in entries:
                raise ValueError(f"catalogue: {where}: ids start with {prefix}. and are unique")
            level = node.get("level")
            if level not in LEVELS or str(id_)[len(prefix) + 1] != level[0].upper():
                raise ValueError(f"catalogue: {where}: level error (E…) or warning (W…)")
            ja, en = _text(node, where)
            title_ja, title_en = _text(node.get("title"), f"{where} title")
            fix_ja, fix_en = _text(node["fix"], f"{where} fix") if "fix" in node else ("", "")
            entry = Entry(
                id_, level, title_ja, title_en, ja, en, fix_ja, fix_en, str(node.get("example", "")).rstrip(),
                kind_ja, kind_en,
            )  # fmt: skip
            used_ja = _names(ja) | _names(fix_ja)
            used_en = _names(en) | _names(fix_en)
            if used_ja != used_en:
                raise ValueError(f"catalogue: {where}: Japanese and English use different fields")
            entries[id_] = entry
    return entries


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


from .github import annotation, github, summary  # noqa: E402  (the GitHub output, re-exported)

__all__ = ["CAP", "Entry", "Finding", "FindingsError", "annotation", "catalogue", "finding", "github"]
__all__ += ["raise_errors", "report", "shown_value", "summary"]
