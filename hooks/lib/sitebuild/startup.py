"""The start of a run: the date of the sources, and the guarded preview (hooks/run.py calls both).

``source_epoch`` reads the date of the sources: the time of the last Git commit when the project is a Git
checkout, otherwise the newest modification time among mkdocs.yml, docs/ and data/; ``date_the_sources``
sets ``SOURCE_DATE_EPOCH`` to it (unless it is set already), which MkDocs uses for the sitemap's ``lastmod``
and the timestamp inside sitemap.xml.gz instead of the clock, so two builds of the same sources give
byte-identical output.

``guard_the_preview`` (under ``mkdocs serve`` only) makes every build of the preview run through
``sitebuild.preview.guarded`` (never strict, never raising: MkDocs' server otherwise holds every page
request for ever after a failed build), and mkdocs.yml, read again by the server after a save, is checked
first (hooks/lib/sitebuild/configcheck.py): a slip there (a tab, a full-width space, a missing colon:
menu.E007–E012) is shown on the page and in the terminal in Japanese and English, instead of a Python
traceback and a browser waiting for ever, and the last good pages stay served. ``mkdocs build`` is not
touched.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path
from types import SimpleNamespace

from sitedata.findings import FindingsError

from . import configcheck, preview

log = logging.getLogger("mkdocs.hooks.preview")


def source_epoch(root: Path) -> int:
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


def date_the_sources(config) -> None:
    """From the first ``on_config`` of a run (before any data is checked or dated): the project is the folder
    of mkdocs.yml."""
    if "SOURCE_DATE_EPOCH" not in os.environ:
        os.environ["SOURCE_DATE_EPOCH"] = str(source_epoch(Path(config.config_file_path).resolve().parent))


def _checked_load(load_config, findings: list):
    """MkDocs' ``load_config`` as the server calls it after a save: mkdocs.yml checked first (its findings
    kept in ``findings`` for the build that follows); with a slip, a stand-in configuration that
    ``_skipped`` will not build."""

    def load(config_file=None, **kwargs):
        path = config_file or configcheck.FILE
        found = configcheck.check(Path(path)) if isinstance(path, str) and Path(path).is_file() else []
        findings[:] = found
        return SimpleNamespace(site_url=None, watch=[]) if found else load_config(config_file=config_file, **kwargs)

    return load


def _skipped(build, findings: list):
    """The guarded build, not run while mkdocs.yml has a slip: its findings are the preview's notes."""

    def run(config, **kwargs):
        if not findings:
            return build(config, **kwargs)
        message = str(FindingsError(findings))
        preview.notes.messages[:] = [message]
        preview.notes.failed = True
        log.error(message)

    run.preview_guarded = True
    return run


def guard_the_preview(command: str) -> None:
    if command == "serve":
        # mkdocs.commands.serve calls its module's `build` for the first build and every rebuild, and its
        # `load_config` after each save (imported here, so that `mkdocs build` never loads the server).
        from mkdocs.commands import serve as serve_command

        if not getattr(serve_command.build, "preview_guarded", False):
            findings: list = []  # mkdocs.yml's findings when the server last read it (shared by the two)
            serve_command.build = _skipped(preview.guarded(serve_command.build), findings)
            serve_command.load_config = _checked_load(serve_command.load_config, findings)
