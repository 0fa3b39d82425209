"""Leaves no half-built site and no traceback behind when a build fails.

Reads nothing. When any check stops ``mkdocs build`` (a data mistake, a missing or stale
translation, a broken link, a warning in strict mode), empties the output folder, so that a
failed build can never be published by mistake. ``mkdocs serve`` keeps its last good preview.
Any other, unexpected error (not a check's message) is turned by ``sitebuild.guard`` into a message in
Japanese and English naming the file being worked on and asking to report it; the traceback goes to
``build-error.log`` beside mkdocs.yml. Emits nothing else.
"""

import logging
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

from sitebuild import guard, i18n

log = logging.getLogger("mkdocs.hooks.failsafe")
_root = {}  # the output folder of the first (Japanese, root) build of this run, and the project folder
FIRST, LAST = 10000, -10000  # before every other hook of an event; after every other one


def on_startup(command, **kwargs):
    i18n.record_command(command)
    guard.quiet_mkdocs_page_errors()


@event_priority(FIRST)
def on_config(config, **kwargs):
    # The first on_config of a run is the Japanese (root) build: remember its output folder.
    _root.setdefault("site_dir", config.site_dir)
    _root.setdefault("project", Path(config.config_file_path).resolve().parent)
    guard.working_on(None)  # the data files: the one read last is named
    return config


@event_priority(FIRST)
def on_pre_build(config, **kwargs):
    guard.working_on(None)


@event_priority(FIRST)
def on_pre_page(page, **kwargs):
    guard.on_page(page)


@event_priority(FIRST)
def on_env(env, **kwargs):
    guard.working_on("サイトのひな形（overrides/）", "the site's templates (overrides/)")


@event_priority(FIRST)
def on_page_context(context, page, **kwargs):
    guard.on_page(page)


@event_priority(FIRST)
def on_post_build(config, **kwargs):
    guard.working_on("サイト全体（site/）", "the whole site (site/)")


@event_priority(LAST)  # after any other handler of a failed build
def on_build_error(error, **kwargs):
    site_dir = _root.get("site_dir")
    if not i18n.serving() and site_dir and Path(site_dir).is_dir():
        for child in Path(site_dir).iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        log.info("The build failed: the output folder %s was emptied.", site_dir)
    if not guard.expected(error):
        raise guard.report(error, _root.get("project", Path.cwd())) from None
