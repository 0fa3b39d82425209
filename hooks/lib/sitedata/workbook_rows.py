"""The results workbook's three sheets read value by value (``sitedata.workbook_outcome`` finds the sheets and their
columns): the opinions (``rows``), the changes (``changes``) and the figures (``figures``). Each fills the outcome's
tree, records the cell of each value (``loc`` → Cell, for the checks across entries) and adds a finding at the cell
for each value it cannot read (ids workbook.E…), naming the row's 番号.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .findings import Finding, finding
from .workbook import Cell, Sheet, norm
from .workbook_outcome import _SPLIT, CHANGES, FIGURES, NO, ROWS, YES, Places, date, header, number, numbers

_EXAMPLES = "基本方針 柱1 施策2、総合戦略 柱4 施策4、人口ビジョン、全般"


def _text(cells: dict[str, Cell], name: str, name_en: str) -> dict | None:
    ja = cells[name].text if name in cells else ""
    en = cells[name_en].text if name_en in cells else ""
    return dict(ja=ja, en=en or None) if ja else None


def _sections(cell: Cell, places: Places, number_: object, out: list[Finding], id_: str) -> list[str]:
    refs = []
    for part in (p.strip() for p in _SPLIT.split(cell.text)):
        if not part:
            continue
        ref = places.section(part)
        if isinstance(ref, set):
            out.append(finding(id_[1], **cell.where(), number=number_, value=part, choices=_choices(places, ref)))
        elif ref is None:
            out.append(finding(id_[0], **cell.where(), number=number_, value=part, examples=_EXAMPLES))
        elif ref not in refs:
            refs.append(ref)
    return refs


def _choices(places: Places, ids: set[str]) -> str:
    return "、".join(places.reference(i) for i in sorted(ids))


def rows(sheet: Sheet, found: list | None, places: Places, tree: dict, cells: dict, out: list[Finding]) -> None:
    seen: set[int] = set()
    for cellset in found or []:
        i = len(tree["rows"])
        n_cell = cellset["number"]
        n = number(n_cell)
        shown_n = n if n is not None else n_cell.text or "（空）"
        if n is None:
            out.append(finding("workbook.E004", **n_cell.where(), value=n_cell.text))
        elif n in seen:
            out.append(finding("workbook.E005", **n_cell.where(), number=n))
        seen.add(n) if n is not None else None
        row: dict[str, Any] = {"id": str(n if n is not None else f"x{i + 1}"), "changes": []}
        cells[("rows", i)] = n_cell
        for name in ("summary", "view"):
            text = _text(cellset, name, f"{name}_en")
            cells[("rows", i, name)] = cellset[name]
            if f"{name}_en" in cellset:
                cells[("rows", i, name, "en")] = cellset[f"{name}_en"]
            if text is None:
                out.append(
                    finding("workbook.E010", **cellset[name].where(), number=shown_n, heading=header(ROWS, name))
                )
            row[name] = text or dict(ja="-")
        cat = cellset["category"]
        cells[("rows", i, "category")] = cat
        code = places.codes.get(norm(cat.text))
        if code is None:
            codes = places.shown_codes
            out.append(finding("workbook.E007", **cat.where(), number=shown_n, value=cat.text, codes=codes))
        row["category"] = code or "other"
        sec = cellset["sections"]
        cells[("rows", i, "sections")] = sec
        row["sections"] = _sections(sec, places, shown_n, out, ("workbook.E008", "workbook.E009")) if sec.text else []
        if not sec.text:
            out.append(finding("workbook.E010", **sec.where(), number=shown_n, heading=header(ROWS, "sections")))
        if not row["sections"]:
            row["sections"] = ["other"]
        count = cellset.get("count")
        if count is not None and count.text:
            cells[("rows", i, "count")] = count
            c = number(count)
            if not c:
                out.append(finding("workbook.E006", **count.where(), number=shown_n, value=count.text))
            row["count"] = c or 1
        tree["rows"].append(row)


def changes(sheet: Sheet, found: list | None, places: Places, tree: dict, cells: dict, out: list[Finding]) -> None:
    by_number = {r["id"]: r for r in tree["rows"]}
    for cellset in found or []:
        i = len(tree["changes"])
        n_cell = cellset.get("number")
        n = number(n_cell) if n_cell is not None and n_cell.text else i + 1
        first = n_cell if n_cell is not None else cellset["section"]
        if n is None:
            out.append(finding("workbook.E017", **first.where(), value=n_cell.text))
        cid = str(n or f"x{i + 1}")
        if any(c["id"] == cid for c in tree["changes"]):
            out.append(finding("workbook.E017", **first.where(), value=cid))
        change: dict[str, Any] = {"id": cid}
        cells[("changes", i)] = first
        sec = cellset["section"]
        cells[("changes", i, "section")] = sec
        refs = _sections(sec, places, cid, out, ("workbook.E016", "workbook.E009")) if sec.text else []
        if not sec.text:
            out.append(finding("workbook.E020", **sec.where(), number=cid, heading=header(CHANGES, "section")))
        change["section"] = refs[0] if refs else "other"
        for name in ("draft", "final", "reason"):
            cell = cellset.get(name)
            text = _text(cellset, name, f"{name}_en") if cell is not None else None
            if cell is not None:
                cells[("changes", i, name)] = cell
                cells[("changes", i, name, "ja")] = cell
            if f"{name}_en" in cellset:
                cells[("changes", i, name, "en")] = cellset[f"{name}_en"]
            if name != "reason" and text is None:
                out.append(finding("workbook.E020", **cell.where(), number=cid, heading=header(CHANGES, name)))
            change[name] = text or (dict(ja="-") if name != "reason" else None)
        ed = cellset.get("editorial")
        change["editorial"] = False
        if ed is not None:
            cells[("changes", i, "editorial")] = ed
            if norm(ed.text) in YES:
                change["editorial"] = True
            elif norm(ed.text) not in NO:
                out.append(finding("workbook.E012", **ed.where(), number=cid, value=ed.text))
        led = cellset.get("rows")
        if led is not None and led.text:
            cells[("changes", i, "rows")] = led
            ns = numbers(led)
            if ns is None:
                out.append(finding("workbook.E015", **led.where(), number=cid, value=led.text))
            for rn in ns or []:
                if str(rn) not in by_number:
                    out.append(finding("workbook.E011", **led.where(), number=cid, value=rn))
                elif cid not in by_number[str(rn)]["changes"]:
                    row = by_number[str(rn)]
                    cells[("rows", tree["rows"].index(row), "changes", len(row["changes"]))] = led
                    row["changes"].append(cid)
        tree["changes"].append(change)


def figures(sheet: Sheet, tree: dict, cells: dict, out: list[Finding]) -> None:
    pairs = sheet.pairs(FIGURES)
    day = pairs["published"]
    cells[("published",)] = day
    if day.text:
        value = date(day)
        if value is None:
            out.append(finding("workbook.E013", **day.where(), value=day.text))
        tree["published"] = value
    plan: dict[str, Any] = {}
    name = pairs.get("plan_name")
    if name is not None and name.text:
        en = pairs.get("plan_name_en")
        plan["name"] = dict(ja=name.text, en=en.text if en is not None and en.text else None)
    when = pairs.get("plan_date")
    if when is not None and when.text:
        cells[("plan", "date")] = when
        plan["date"] = date(when)
        if plan["date"] is None:
            out.append(finding("workbook.E013", **when.where(), value=when.text))
    url = pairs.get("plan_url")
    if url is not None and url.text:
        cells[("plan", "url")] = url
        plan["url"] = url.text
        if not url.text.startswith(("https://", "http://")) or any(c.isspace() for c in url.text):
            out.append(finding("workbook.E019", **url.where(), value=url.text))
            plan["url"] = None
    tree["plan"] = plan
    for name in ("submitters", "organisations"):
        cell = pairs.get(name)
        if cell is None or not cell.text:
            continue
        cells[(name,)] = cell
        value = number(cell)
        if value is None:
            out.append(finding("workbook.E014", **cell.where(), label=FIGURES[name][0], value=cell.text))
        tree[name] = value


def corrections(sheet: Sheet, found: list, tree: dict, cells: dict, out: list[Finding]) -> None:
    """The dated corrections and updates after publication (訂正・更新の履歴), oldest first as written."""
    tree["corrections"] = []
    for cellset in found:
        i = len(tree["corrections"])
        day, text = cellset["date"], _text(cellset, "text", "text_en")
        cells[("corrections", i)] = day
        cells[("corrections", i, "date")] = day
        value = date(day)
        if value is None:
            out.append(finding("workbook.E013", **day.where(), value=day.text))
        if text is None:
            out.append(finding("workbook.E010", **cellset["text"].where(), number=day.text, heading="訂正・更新の内容"))
        tree["corrections"].append({"date": value or dt.date(1, 1, 1), "text": text or dict(ja="-")})
