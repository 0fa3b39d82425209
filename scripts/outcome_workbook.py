"""Write an outcome (an outcome.yml, or the tree of one) as the results workbook staff keep (.xlsx with openpyxl,
or the opinions sheet as a CSV): the sheets 公表日・提出者数, 意見 and 修正 with the headers and values as
staff write them (番号 1, 2, 3; 該当箇所 「基本方針 柱1 施策2」; 対応区分 the label 「対応3（説明・理解）」;
関連する番号 「2、9」; 字句の修正 ○).

    .venv/bin/python scripts/outcome_workbook.py examples/outcome.yml examples/outcome.xlsx

Used to make the sample (examples/outcome.xlsx), by the tests (tests/test_workbook.py) and the benchmark.
The rows keep their order; 番号 is the row's place (1, 2, 3) unless its id is a number already.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks" / "lib"))

DRAFT_WORDS = {
    "basic-policy": "基本方針",
    "strategy": "総合戦略",
    "population-vision": "人口ビジョン",
}  # words of each title
NOTICE = (
    "この一覧表は架空の見本です。熊本県が受け付けた意見でも県の考え方でもありません。"
    " / A FICTIONAL SAMPLE: not opinions the prefecture received, nor its views."
)
ROW_HEAD = [
    "番号",
    "該当箇所",
    "意見の概要",
    "県の考え方",
    "対応区分",
    "件数",
    "意見の概要（英語）",
    "県の考え方（英語）",
]
CHANGE_HEAD = ["修正番号", "修正箇所", "素案", "修正後", "理由", "関連する番号", "字句の修正"]
CHANGE_HEAD += ["素案（英語）", "修正後（英語）", "理由（英語）"]


def place(data, ref: str) -> str:
    """A section id as the pages show it: 基本方針 柱1 施策2; a whole draft by its word; other as 素案以外."""
    if ref == "other":
        return "素案以外"
    if ref in data.sections:
        s = data.sections[ref]
        return f"{DRAFT_WORDS[s.draft]} {s.label['ja']}".strip()
    return DRAFT_WORDS[ref]


def tables(tree: dict, data) -> dict[str, list[list]]:
    labels = {c.code: c.label.ja for c in data.categories}
    numbers = {r["id"]: (int(r["id"]) if str(r["id"]).isdigit() else i + 1) for i, r in enumerate(tree.get("rows", []))}
    cnum = {c["id"]: i + 1 for i, c in enumerate(tree.get("changes", []))}
    rows = [ROW_HEAD]
    for r in tree.get("rows", []):
        en = (r["summary"].get("en"), r["view"].get("en"))
        rows.append([numbers[r["id"]], "、".join(place(data, s) for s in r["sections"]), r["summary"]["ja"],
                     r["view"]["ja"], labels[r["category"]], r.get("count", 1), *en])  # fmt: skip
    changes = [CHANGE_HEAD]
    for c in tree.get("changes", []):
        led = [str(numbers[r["id"]]) for r in tree.get("rows", []) if c["id"] in r.get("changes", [])]
        reason = c.get("reason") or {}
        changes.append([cnum[c["id"]], place(data, c["section"]), c["draft"]["ja"], c["final"]["ja"], reason.get("ja"),
                        "、".join(led), "○" if c.get("editorial") else None, c["draft"].get("en"),
                        c["final"].get("en"), reason.get("en")])  # fmt: skip
    figures = [["公表日", tree.get("published")], ["提出者数", tree.get("submitters")],
               ["うち団体", tree.get("organisations")]]  # fmt: skip
    plan = tree.get("plan") or {}
    if plan.get("name"):
        figures += [["策定した計画", plan["name"]["ja"]], ["策定した計画（英語）", plan["name"].get("en")]]
    figures += [["策定日", plan["date"]]] if plan.get("date") else []
    figures += [["掲載先", plan["url"]]] if plan.get("url") else []
    out = {"公表日・提出者数": figures, "意見": rows, "修正": changes}
    if tree.get("corrections"):
        out["訂正・更新の履歴"] = [["日付", "訂正・更新の内容", "訂正・更新の内容（英語）"]] + [
            [c["date"], c["text"]["ja"], c["text"].get("en")] for c in tree["corrections"]
        ]
    return out


def write(tree: dict, out: Path, data=None, sample: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    import sitedata

    data = data or sitedata.load()
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in tables(tree, data).items():
        ws = wb.create_sheet(name)
        if sample:
            ws.oddHeader.center.text = ws.evenHeader.center.text = NOTICE  # every printed sheet says it
        if sample:
            ws.append([NOTICE])  # above the header: the build reads from the header down
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in ws.iter_rows():
            for cell in row:
                if hasattr(cell.value, "isoformat"):
                    cell.number_format = "yyyy/m/d"  # an Excel date, as staff type it
    wb.save(out)


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    write(yaml.safe_load(src.read_text(encoding="utf-8")), dst, sample="examples" in dst.parts)
