"""Two builds of the same sources give byte-identical output.

Reads the date of the sources: the time of the last Git commit when the project is a Git
checkout, otherwise the newest modification time among mkdocs.yml, docs/ and data/. Sets
``SOURCE_DATE_EPOCH`` to it (unless it is set already), which MkDocs uses for the sitemap's
``lastmod`` and the timestamp inside sitemap.xml.gz instead of the clock. Emits nothing.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project: hooks/1_run/ is two folders down


def source_epoch(root: Path = ROOT) -> int:
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        if Path(top).resolve() == root.resolve():
            return int(
                subprocess.run(
                    ["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=True
                ).stdout.strip()
            )
    except (OSError, subprocess.CalledProcessError, ValueError):
        pass
    paths = [root / "mkdocs.yml", *(root / "docs").rglob("*"), *(root / "data").rglob("*")]
    return int(max(p.stat().st_mtime for p in paths if p.is_file()))


def on_startup(command, **kwargs):
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_epoch()))
