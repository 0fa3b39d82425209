"""Reading a page or a data file: the one way every file staff edit is read.

``read_text(path)`` gives the text of ``docs/x.md`` or ``data/x.yml``: UTF-8, with a byte-order mark
(BOM) removed and Windows (CRLF) or old Mac (CR) line ends made ``\\n``. A file saved in another
encoding (Shift_JIS from an old Windows editor, UTF-16 from Notepad's "Unicode") stops with a
``DataError`` (data.E009, data.E010) naming the file and the line of the first character that cannot be
read, what the file looks like, and the fix: save it again as UTF-8. ``check_sources(root)`` reads every
page and data file of a project this way, before MkDocs reads a page itself, and names every such file.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from pathlib import Path

from .errors import DataError
from .findings import Finding, finding

ROOT = Path(__file__).resolve().parents[3]  # the project: hooks/lib/sitedata is three folders down
last_read: list[str] = []  # the file read last, as staff name it (the build's guard names it)


@lru_cache(maxsize=8192)
def shown(path: Path) -> str:
    """How staff name a file: from the project's root (docs/places.md, data/places.yml); for a copy
    elsewhere (tests), from its docs/ or data/ folder. Worked out once a path (a page is read several times a
    build: resolving its path each time cost a tenth of the build's reading at 1,000 pages)."""
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


def _looks_like(raw: bytes) -> str:
    """What the file seems to be saved as (UTF-16, Shift_JIS, EUC-JP), or ""."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or raw[:200].count(b"\x00") > 2:
        return "UTF-16"
    for name, label in (("cp932", "Shift_JIS"), ("euc_jp", "EUC-JP")):
        try:
            raw.decode(name)
        except UnicodeDecodeError:
            continue
        return label
    return ""


def _text(raw: bytes, rel: str) -> tuple[str | None, Finding | None]:
    """The text of a file's bytes, or the finding (data.E009, data.E010) of a file not saved as UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise UnicodeDecodeError("utf-8", raw, 0, 2, "a UTF-16 byte-order mark")
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        looks = _looks_like(raw)
        return None, finding("data.E009", rel, line, encoding=looks) if looks else finding("data.E010", rel, line)
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def decode(raw: bytes, rel: str) -> str:
    """The text of a file's bytes (see ``read_text``); ``rel`` names the file in the finding."""
    text, found = _text(raw, rel)
    if found:
        raise DataError(found)
    return text


def read_text(path: Path) -> str:
    """The text of a page or data file, read as UTF-8 (BOM and CRLF allowed); DataError otherwise."""
    rel = shown(path)
    last_read[:] = [rel]
    return decode(Path(path).read_bytes(), rel)


def source_findings(root: Path, docs_dir: Path | None = None) -> list[Finding]:
    """A finding for each page (docs/**/*.md) and data file (data/*.yml) of a project that cannot be read."""
    docs = docs_dir or root / "docs"
    found = []
    for path in [*sorted(Path(docs).rglob("*.md")), *sorted((root / "data").glob("*.yml"))]:
        rel = shown(path)
        last_read[:] = [rel]
        found += [f for f in _text(path.read_bytes(), rel)[1:] if f]
    return found


def check_sources(root: Path, docs_dir: Path | None = None) -> None:
    """Every page and data file of a project can be read: one DataError with every file that cannot."""
    found = source_findings(root, docs_dir)
    if found:
        raise DataError(found)
