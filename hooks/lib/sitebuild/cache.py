"""A build cache kept beside the Python environment that builds the site (``<venv>/.build-cache/``).

Only for work whose result depends on nothing but a key computed from every input, so that a result
read from the cache is the bytes the work would write again: the software bill of materials (the
installed packages), Material's templates compiled by Jinja (keyed by Jinja itself on each
template's source), the search index (keyed by the program and the pages' indexed text, byte for
byte) and each page's ふりがな readings (hooks/lib/sitebuild/render/furigana_page.py: keyed by the page, the
words, the code and the analyser's versions). The folder goes with the
environment: ``make clean`` (or deleting ``.venv``) empties it, and ``SITE_BUILD_CACHE=off`` turns it off
for a build.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path


def folder(kind: str) -> Path | None:
    """The cache folder for one kind of work, made if needed; None when the cache is off or not writable."""
    if os.environ.get("SITE_BUILD_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    path = Path(sys.prefix) / ".build-cache" / kind
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def key(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def environment() -> list[str]:
    """What identifies the installed packages: each distribution's name, version, metadata and origin."""
    found = []
    for dist in metadata.distributions():
        found.append("\n".join(dist.read_text(name) or "" for name in ("METADATA", "direct_url.json")))
    return sorted(found)


def store(kind: str, digest: str, data: bytes) -> bytes:
    """Keep ``data`` under its key (``key(parts)``) for the next builds; returns it."""
    where = folder(kind)
    if where is not None:
        with tempfile.NamedTemporaryFile(dir=where, delete=False) as out:  # written whole, then renamed
            out.write(data)
        os.replace(out.name, where / digest)
    return data


def load(kind: str, digest: str) -> bytes | None:
    """What ``store`` kept under this key, or None."""
    where = folder(kind)
    if where is None or not (where / digest).is_file():
        return None
    return (where / digest).read_bytes()


def kept(kind: str, parts: Iterable[str | bytes], make: Callable[[], bytes]) -> bytes:
    """What ``make()`` gives for these ``parts``: from the cache when it was made before, else made and kept."""
    digest = key(parts)
    found = load(kind, digest)
    return found if found is not None else store(kind, digest, make())


def pack(files: dict[str, bytes]) -> bytes:
    """Several files (name: bytes) as one stored value (a zip, uncompressed, in the order of the names)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), files[name])
    return out.getvalue()


def unpack(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
