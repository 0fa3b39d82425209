"""Every page exists in Japanese and English, and each English page is up to date.

Reads the Markdown files in docs/ (hooks/lib/sitebuild/translations.py works out each page's state). A
missing twin, or a twin whose ``translated_from`` hash is not the Japanese file's current one, stops the
strict build (``mkdocs build --strict``) before anything is written, naming the file and the fix (the
command, and the front-matter line to paste in the web editor); a preview (``mkdocs serve``) only warns,
so a page can be drafted before its translation. Emits nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from sitebuild import i18n
from sitebuild.translations import missing_twins

log = logging.getLogger("mkdocs.hooks.translations")


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    problems = missing_twins(Path(config.docs_dir))
    if problems and config.strict:
        # Stop before anything is written, so no half-translated site is left to publish.
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
