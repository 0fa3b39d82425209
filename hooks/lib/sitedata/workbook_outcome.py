"""The results workbook (data/outcome.xlsx; the sample: examples/outcome.xlsx) read into the outcome's shape.

Three sheets, found by their headers whatever their names:
- the opinions: 番号, 該当箇所, 意見の概要, 県の考え方, 対応区分, 件数, and optionally
  意見の概要（英語）, 県の考え方（英語）;
- the changes: 修正箇所, 素案, 修正後, 理由, 関連する番号, 字句の修正, and their English;
- the figures: 公表日, 提出者数, うち団体, each label with its value in the next cell.
Values as staff write them: 番号 a number (full-width digits too); 対応区分 as 対応3, 3, the label or
対応3（説明・理解）; 該当箇所 as the pages show it (基本方針 柱1 施策2, 総合戦略 柱4 施策4, 人口ビジョン,
全般, several separated by 、 or lines); 公表日 an Excel date or 2021-03-05 / 2021/3/5 / 2021年3月5日 / 令和3年3月5日.
``outcome_tree(book, data)`` gives the tree the model reads, each value's cell (``loc`` → Cell) and every
slip of the workbook as a finding at its cell (ids workbook.E…).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from .findings import Finding, finding
from .outcome_model import NOT_ABOUT_THE_DRAFTS
from .workbook import Book, Cell, Sheet, norm

if TYPE_CHECKING:
    from . import SiteData

ROWS = {
    "number": ("番号", "No", "No.", "通し番号", "整理番号", "意見番号"),
    "sections": ("該当箇所", "該当部分", "該当項目", "項目"),
    "summary": ("意見の概要", "ご意見の概要", "意見の要旨", "意見内容"),
    "view": ("県の考え方", "ご意見に対する県の考え方", "意見に対する県の考え方", "意見に対する考え方"),
    "category": ("対応区分", "区分"),
    "count": ("件数", "意見数", "意見の件数"),
    "summary_en": ("意見の概要（英語）", "意見の概要（英訳）", "Summary (English)", "summary_en"),
    "view_en": ("県の考え方（英語）", "県の考え方（英訳）", "View (English)", "view_en"),
}
CHANGES = {
    "number": ("修正番号", "番号", "No"),
    "section": ("修正箇所", "該当箇所"),
    "draft": ("素案", "修正前", "素案の文"),
    "final": ("修正後", "修正後の文"),
    "reason": ("理由", "修正の理由", "修正理由"),
    "rows": ("関連する番号", "関連する意見の番号", "意見の番号", "関連番号"),
    "editorial": ("字句の修正", "県による字句の修正", "editorial"),
    "draft_en": ("素案（英語）", "素案（英訳）", "draft_en"),
    "final_en": ("修正後（英語）", "修正後（英訳）", "final_en"),
    "reason_en": ("理由（英語）", "理由（英訳）", "reason_en"),
}
FIGURES = {
    "published": ("公表日", "結果の公表日"),
    "submitters": ("提出者数", "提出者", "提出された方の人数", "意見提出者数"),
    "organisations": ("うち団体", "うち団体数", "団体数"),
    "plan_name": ("策定した計画", "策定した計画の名前", "計画の名前"),
    "plan_name_en": ("策定した計画（英語）", "計画の名前（英語）"),
    "plan_date": ("策定日", "計画の策定日"),
    "plan_url": ("掲載先", "計画の掲載先", "計画のアドレス"),
}
CORRECTIONS = {
    "date": ("日付", "訂正日", "更新日"),
    "text": ("訂正・更新の内容", "訂正の内容", "更新の内容"),
    "text_en": ("訂正・更新の内容（英語）", "訂正の内容（英語）", "更新の内容（英語）"),
}
REQUIRED_ROWS = ("number", "sections", "summary", "view", "category")
REQUIRED_CHANGES = ("section", "draft", "final")
YES, NO = {"○", "◯", "はい", "true", "yes", "1", "字句", "字句の修正"}, {"", "×", "いいえ", "false", "no", "0", "-"}
_SPLIT = re.compile(r"[、,，;；/／\n]+")
_REIWA = re.compile(r"^令和(元|\d+)年(\d{1,2})月(\d{1,2})日$")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
SAMPLE_MARK = "架空の見本"  # in the first row of each sheet of the sample (scripts/outcome_workbook.py)
GENERAL = {norm(w) for w in ("全般", "全体", "素案全体")}
NOT_ABOUT = {norm(w) for w in ("素案以外", "その他", NOT_ABOUT_THE_DRAFTS)}


def header(columns: dict, name: str) -> str:
    return columns[name][0]


def number(cell: Cell) -> int | None:
    text = norm(cell.text)
    return int(text) if text.isdigit() else None


def numbers(cell: Cell) -> list[int] | None:
    parts = [norm(p) for p in _SPLIT.split(cell.text) if norm(p)]
    return [int(p) for p in parts] if all(p.isdigit() for p in parts) else None


def date(cell: Cell) -> dt.date | None:
    if isinstance(cell.value, dt.datetime):
        return cell.value.date()
    if isinstance(cell.value, dt.date):
        return cell.value
    text = norm(cell.text)
    era = _REIWA.match(text)  # 令和3年3月5日, 令和元年5月1日 (Reiwa began on 1 May 2019)
    m = _DATE.match(text)
    try:
        if era:
            return dt.date(
                2018 + (1 if era.group(1) == "元" else int(era.group(1))), int(era.group(2)), int(era.group(3))
            )
        return dt.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


class Places:
    """Every way staff may name a section (as the pages show it), and the category codes' forms."""

    def __init__(self, data: SiteData):
        self.drafts = {d.id: {norm(d.title.ja), norm(d.title.en)} for d in data.consultation.drafts}
        self.labels: dict[tuple[str, str], str] = {}  # (draft id, label as normalised) → section id
        self.alone: dict[str, set[str]] = {}  # a label without its draft → the section ids it may be
        for sid, s in data.sections.items():
            self.labels[(s.draft, norm(sid))] = sid
            for lang in ("ja", "en"):
                if s.label[lang]:
                    self.labels[(s.draft, norm(s.label[lang]))] = sid
                    self.alone.setdefault(norm(s.label[lang]), set()).add(sid)
            self.alone.setdefault(norm(sid), set()).add(sid)
        self.only = {d: [sid for sid, s in data.sections.items() if s.draft == d] for d in self.drafts}
        self.reference = lambda sid: data.sections[sid].reference(data, "ja")
        numbered = [re.match(r"^対応(\d+)", norm(c.label.ja)) for c in data.categories]
        self.shown_codes = "、".join(c.label.ja for c in data.categories) + (
            f"（{'、'.join(m.group(1) for m in numbered)} だけでも可）" if all(numbered) else ""
        )
        self.codes: dict[str, str] = {}
        for c in data.categories:
            forms = {c.code, c.label.ja, c.label.en}
            m = re.match(r"^(対応|区分)?\s*(\d+)", norm(c.label.ja))
            if m:
                forms |= {m.group(2), f"対応{m.group(2)}", f"区分{m.group(2)}"}
            m = re.match(r"^(.*?)\((.*)\)$", norm(c.label.ja))
            if m:
                forms.add(m.group(2))
            self.codes.update({norm(f): c.code for f in forms})

    def draft_of(self, part: str) -> tuple[str | None, str]:
        """The draft a part begins with (a word of its title: 基本方針, 総合戦略, 人口ビジョン) and the rest."""
        best = None
        for did, titles in self.drafts.items():
            for n in range(len(part), 1, -1):
                if any(part[:n] in t for t in titles) and (best is None or n > best[1]):
                    best = (did, n)
                    break
        if best is None or best[1] < 2:
            return None, part
        return best[0], part[best[1] :]

    def section(self, text: str) -> str | None | set:
        """The id of one part of 該当箇所; None if unknown; the candidates if it needs its draft named."""
        part = norm(text).strip("「」『』")
        if part in NOT_ABOUT:
            return NOT_ABOUT_THE_DRAFTS
        if part in self.alone and len(self.alone[part]) == 1:
            return next(iter(self.alone[part]))
        did, rest = self.draft_of(part)
        if did is not None:
            if rest in GENERAL or not rest or rest in {"(素案)", "(改訂素案)", "素案", "改訂素案"}:
                return self.only[did][0] if len(self.only[did]) == 1 else did
            return self.labels.get((did, rest))
        if part in GENERAL:
            return NOT_ABOUT_THE_DRAFTS
        return self.alone.get(part) or None


def _cells_of(sheet: Sheet, columns: dict, required: tuple, out: list[Finding]):
    found, rows, _ = sheet.table(columns)
    missing = [header(columns, c) for c in required if c not in found]
    if missing:
        top = sheet.header_row(columns) or 0
        out.append(finding("workbook.E003", sheet.name, None, cell=f"A{top + 1}", columns="、".join(missing)))
        return None
    return rows


def outcome_tree(book: Book, data: SiteData) -> tuple[dict[str, Any], dict[tuple, Cell], list[Finding]]:
    """The outcome's tree, each value's cell and the workbook's findings."""
    out: list[Finding] = list(book.findings)
    tree: dict[str, Any] = {"rows": [], "changes": []}
    cells: dict[tuple, Cell] = {}
    kinds = {"rows": None, "changes": None, "figures": None, "corrections": None}
    for sheet in book.sheets:
        found = set(sheet.table(ROWS)[0])
        if kinds["changes"] is None and {"final", "draft"} <= set(sheet.table(CHANGES)[0]):
            kinds["changes"] = sheet
        elif kinds["rows"] is None and {"summary", "view"} & found:
            kinds["rows"] = sheet
        elif kinds["corrections"] is None and {"date", "text"} <= set(sheet.table(CORRECTIONS)[0]):
            kinds["corrections"] = sheet
        if kinds["figures"] is None and "published" in sheet.pairs(FIGURES):
            kinds["figures"] = sheet  # a sheet of its own, or above the opinions' header (one CSV file)
    if book.findings:
        return tree, cells, out
    if book.path.parent.name == "data":  # the real data: never the fictional sample (examples/outcome.xlsx)
        marked = next((c for sh in book.sheets for c in sh.cells() if SAMPLE_MARK in c.text), None)
        if marked is not None:
            return tree, cells, [finding("workbook.E018", **marked.where(), value=marked.text[:40])]
    from .workbook_rows import changes, corrections, figures, rows  # they use this module's columns

    if kinds["figures"] is None:
        out.append(finding("workbook.E002", book.name, None, sheet="公表日・提出者数", header="公表日"))
    else:
        figures(kinds["figures"], tree, cells, out)
    places = Places(data)
    if kinds["rows"] is None:
        out.append(finding("workbook.E002", book.name, None, sheet="意見", header=header(ROWS, "summary")))
    else:
        rows(kinds["rows"], _cells_of(kinds["rows"], ROWS, REQUIRED_ROWS, out), places, tree, cells, out)
    if kinds["changes"] is not None:
        found = _cells_of(kinds["changes"], CHANGES, REQUIRED_CHANGES, out)
        changes(kinds["changes"], found, places, tree, cells, out)
    if kinds["corrections"] is not None:
        corrections(kinds["corrections"], kinds["corrections"].table(CORRECTIONS)[1], tree, cells, out)
    return tree, cells, out
