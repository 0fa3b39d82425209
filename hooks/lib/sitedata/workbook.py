"""Reading a spreadsheet as staff keep it: an ``.xlsx`` workbook as Excel or LibreOffice saves it (openpyxl), or a
"CSV UTF-8" file (one sheet), into sheets of cells with their addresses (``D14``), headers found as staff write them.

``read(path)`` gives the ``Sheet``s; ``Sheet.table(columns)`` finds the header row (the first row naming a column of
``columns``) and gives each later row that is not empty as ``{column: Cell}``. A header is matched after
``norm``: full-width letters and digits made half-width (NFKC), spaces and line breaks dropped, lower-case —
so 「意見の\\n概要」 and 「 意見の概要 」 are 「意見の概要」, and 「意見の概要（英語）」 another column;
each column has a few aliases. The results' own columns and values are read in ``sitedata.workbook_outcome``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding, finding
from .textfile import shown

SUFFIXES = (".xlsx", ".csv")
_SPACE = re.compile(r"\s+")


def get_column_letter(index: int) -> str:
    """openpyxl's column name (1 → A, 27 → AA), imported only where a workbook is read: openpyxl takes a tenth of
    a second to import, which a build of data/outcome.yml need not pay."""
    from openpyxl.utils.cell import get_column_letter as letter

    return letter(index)


def norm(text: object) -> str:
    """A header or a code as compared: NFKC (全角→半角), no spaces or line breaks, lower-case."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(text or ""))).lower()


def text_of(value: object) -> str:
    """A cell's text as staff wrote it: numbers without ``.0``, line breaks kept (CR LF → LF), ends trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", "").strip()


@dataclass(frozen=True)
class Cell:
    sheet: str
    ref: str  # D14
    value: object

    @property
    def text(self) -> str:
        return text_of(self.value)

    @property
    def row(self) -> int:
        return int(re.sub(r"[A-Z]+", "", self.ref))

    def where(self, **params) -> dict:
        """finding(**cell.where()): at this sheet and cell; its row as the line, so findings sort by row (D9
        before D10) and then by column."""
        return {"file": self.sheet, "line": self.row, "cell": self.ref, **params}


@dataclass
class Sheet:
    name: str
    rows: list[list[object]] = field(default_factory=list)

    def cell(self, r: int, c: int) -> Cell:
        """The cell of 0-based row ``r`` and column ``c``."""
        row = self.rows[r] if r < len(self.rows) else []
        return Cell(self.name, f"{get_column_letter(c + 1)}{r + 1}", row[c] if c < len(row) else None)

    def cells(self):
        """Every cell that holds something."""
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                if value is not None:
                    yield self.cell(r, c)

    def header_row(self, columns: dict[str, tuple[str, ...]]) -> int | None:
        """The first row (0-based) of the first ten holding a header of ``columns``."""
        known = {norm(a) for aliases in columns.values() for a in aliases}
        for r, row in enumerate(self.rows[:10]):
            if any(norm(v) in known for v in row):
                return r
        return None

    def table(self, columns: dict[str, tuple[str, ...]]) -> tuple[dict[str, int], list[dict[str, Cell]], list[Cell]]:
        """(column → index, the rows below the header that are not empty, the header cells not recognised)."""
        r0 = self.header_row(columns)
        if r0 is None:
            return {}, [], []
        alias = {norm(a): name for name, aliases in columns.items() for a in aliases}
        found: dict[str, int] = {}
        unknown: list[Cell] = []
        for c, value in enumerate(self.rows[r0]):
            name = alias.get(norm(value))
            if name and name not in found:
                found[name] = c
            elif norm(value):
                unknown.append(self.cell(r0, c))
        out = []
        for r in range(r0 + 1, len(self.rows)):
            cells = {name: self.cell(r, c) for name, c in found.items()}
            if any(cell.text for cell in cells.values()):
                out.append(cells)
        return found, out, unknown

    def pairs(self, labels: dict[str, tuple[str, ...]]) -> dict[str, Cell]:
        """Label/value pairs written side by side (公表日 | 2021-03-05): each label's first value cell."""
        alias = {norm(a): name for name, aliases in labels.items() for a in aliases}
        out: dict[str, Cell] = {}
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                name = alias.get(norm(value))
                if name and name not in out:
                    out[name] = self.cell(r, c + 1)
        return out


@dataclass
class Book:
    path: Path
    sheets: list[Sheet]
    findings: list[Finding] = field(default_factory=list)

    @property
    def name(self) -> str:
        return shown(self.path)


def read(path: Path) -> Book:
    """The sheets of a workbook (.xlsx) or of a CSV file (one sheet named after the file); a file that cannot be
    read is one finding (workbook.E001)."""
    book = Book(path, [])
    try:
        if path.suffix.lower() == ".csv":
            text = path.read_bytes().decode("utf-8-sig")
            book.sheets.append(Sheet(path.stem, [list(r) for r in csv.reader(io.StringIO(text))]))
        else:
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            for ws in wb.worksheets:
                ws.reset_dimensions()  # a file's own stated size may be wrong (openpyxl's read-only mode trusts it)
                rows = [list(r) for r in ws.iter_rows(values_only=True)]
                while rows and not any(text_of(v) for v in rows[-1]):
                    rows.pop()  # trailing empty rows (Excel keeps formatted ones)
                book.sheets.append(Sheet(ws.title, rows))
            wb.close()
    except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
        book.findings.append(finding("workbook.E001", book.name, None, reason=type(exc).__name__))
    except Exception as exc:  # noqa: BLE001  (a zip or XML error of a damaged file: openpyxl raises many kinds)
        book.findings.append(finding("workbook.E001", book.name, None, reason=type(exc).__name__))
    return book


def text_copy(book: Book) -> str:
    """The workbook as plain text, one block per row and a line per filled cell (its header, then the value, lines
    of a cell indented): what a pull request's diff shows of a new or changed row (written beside it, ``.txt``)."""
    out = [
        f"# {book.path.name} の読みやすい写しです。ビルドが書きます（手で直さないでください）。",
        f"# A readable copy of {book.path.name}, written by the build (do not edit it by hand).",
    ]
    for sheet in book.sheets:
        out += ["", f"== {sheet.name} =="]
        rows = [r for r in sheet.rows if any(text_of(v) for v in r)]
        if not rows:
            continue
        first = next((i for i, r in enumerate(sheet.rows) if sum(bool(text_of(v)) for v in r) > 2), None)
        head = [text_of(v).replace("\n", "") for v in sheet.rows[first]] if first is not None else []
        for r in range(len(sheet.rows)):
            wide = first is not None and r > first
            row = sheet.rows[r]
            if not any(text_of(v) for v in row) or r == first:
                continue
            out.append(f"-- {r + 1}")
            filled = [text_of(v) for v in row if text_of(v)]
            if not wide and len(filled) == 2 and "\n" not in filled[0]:
                out.append(f"{filled[0]}: {filled[1]}".replace("\n", "\n    "))  # a label and its value
                continue
            for c, value in enumerate(row):
                text = text_of(value)
                if not text:
                    continue
                name = head[c] if wide and c < len(head) and head[c] else get_column_letter(c + 1)
                lines = text.split("\n")
                out.append(f"{name}: {lines[0]}")
                out += [f"    {line}" for line in lines[1:]]
    return "\n".join(out) + "\n"
