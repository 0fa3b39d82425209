"""Leaves no half-built site behind when a build fails.

Reads nothing. When any check stops ``mkdocs build`` (a data mistake, a missing or stale
translation, a broken link, a warning in strict mode), empties the output folder, so that a
failed build can never be published by mistake. ``mkdocs serve`` keeps its last good preview.
"""

import logging
import shutil
from pathlib import Path

from sitebuild import i18n

log = logging.getLogger("mkdocs.hooks.failsafe")
_root = {}  # the output folder of the first (Japanese, root) build of this run


def on_startup(command, **kwargs):
    i18n.record_command(command)


def on_config(config, **kwargs):
    # The first on_config of a run is the Japanese (root) build: remember its output folder.
    _root.setdefault("site_dir", config.site_dir)
    return config


def on_build_error(error, **kwargs):
    site_dir = _root.get("site_dir")
    if i18n.serving() or not site_dir or not Path(site_dir).is_dir():
        return
    for child in Path(site_dir).iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    log.info("The build failed: the output folder %s was emptied.", site_dir)
