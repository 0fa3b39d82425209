"""Reading a page or a data file: the one way every file staff edit is read.

``read_text(path)`` gives the text of ``docs/x.md`` or ``data/x.yml``: UTF-8, with a byte-order mark
(BOM) removed and Windows (CRLF) or old Mac (CR) line ends made ``\\n``. A file saved in another
encoding (Shift_JIS from an old Windows editor, UTF-16 from Notepad's "Unicode") stops with a
``DataError`` naming the file and the line of the first character that cannot be read, what the file
looks like, and the fix: save it again as UTF-8. ``check_sources(root)`` reads every page and data file
of a project this way, before MkDocs reads a page itself.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import DataError

ROOT = Path(__file__).resolve().parents[3]  # the project: hooks/lib/sitedata is three folders down
last_read: list[str] = []  # the file read last, as staff name it (the build's guard names it)

_FIX_JA = "UTF-8 で保存し直してください（メモ帳なら「名前を付けて保存」で文字コード「UTF-8」を選びます）。"
_FIX_EN = 'Save the file again as UTF-8 (in Notepad: "Save As", then Encoding "UTF-8").'


def shown(path: Path) -> str:
    """How staff name a file: from the project's root (docs/places.md, data/places.yml); for a copy
    elsewhere (tests), from its docs/ or data/ folder."""
    path = Path(path).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        parts = path.parts
        for top in ("docs", "data"):
            if top in parts:
                at = len(parts) - 1 - parts[::-1].index(top)
                return "/".join(parts[at:])
        return f"{path.parent.name}/{path.name}"


def _looks_like(raw: bytes) -> tuple[str, str]:
    """(Japanese, English) words for what the file seems to be saved as, or empty ones."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or raw[:200].count(b"\x00") > 2:
        return "（UTF-16、メモ帳の「Unicode」のようです）", ' (it looks like UTF-16, Notepad\'s "Unicode")'
    for name in ("cp932", "euc_jp"):
        try:
            raw.decode(name)
        except UnicodeDecodeError:
            continue
        label = "Shift_JIS" if name == "cp932" else "EUC-JP"
        return f"（{label} のようです）", f" (it looks like {label})"
    return "", ""


def decode(raw: bytes, rel: str) -> str:
    """The text of a file's bytes (see ``read_text``); ``rel`` names the file in the message."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise UnicodeDecodeError("utf-8", raw, 0, 2, "a UTF-16 byte-order mark")
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        looks_ja, looks_en = _looks_like(raw)
        raise DataError(
            rel,
            line,
            f"このファイルは UTF-8 ではない文字コードで保存されているため読めません{looks_ja}。{_FIX_JA}",
            f"The file is not saved as UTF-8, so it cannot be read{looks_en}. {_FIX_EN}",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    """The text of a page or data file, read as UTF-8 (BOM and CRLF allowed); DataError otherwise."""
    rel = shown(path)
    last_read[:] = [rel]
    return decode(Path(path).read_bytes(), rel)


def check_sources(root: Path, docs_dir: Path | None = None) -> None:
    """Every page (docs/**/*.md) and data file (data/*.yml) of a project can be read: DataError if not."""
    docs = docs_dir or root / "docs"
    for path in [*sorted(Path(docs).rglob("*.md")), *sorted((root / "data").glob("*.yml"))]:
        read_text(path)
