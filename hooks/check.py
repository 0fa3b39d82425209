"""Stage 3, the checks over the built site/ folder: the allowlist, the links and the language of parts.

Reads every page of the built folder once every language is built (hooks/lib/sitebuild/check/: each ``*.html``
file of both languages, the 404 pages, the printable and results pages) and the project's docs/, data/ and
mkdocs.yml, where each finding is placed. Then every finding of the checks of the output (these, and the links
the pages' check left waiting for the built site: hooks/lib/sitebuild/verdict.py) is told at once: it stops the
strict build, so nothing is published (a non-strict build, or a preview under ``mkdocs serve``, only warns; a
preview's links are not checked, as it is not published). Emits nothing.
"""

from __future__ import annotations

import logging

from mkdocs.plugins import event_priority

from sitebuild import check, i18n, verdict

log = logging.getLogger("mkdocs.hooks.check")


@event_priority(i18n.ALL_BUILT)  # every language's pages written, before MkDocs' own count of warnings stops the build
def on_post_build(config, **kwargs):
    if i18n.all_languages_built(config):
        verdict.add(check.findings(check.project(config, with_links=not i18n.serving())))
        verdict.settle(config.strict, log)
