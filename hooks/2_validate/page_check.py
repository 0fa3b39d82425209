"""The pages staff edit, the menu and the translations: every finding of the three at once, before anything is built.

Reads every page of docs/ (docs/x.md and docs/x.en.md) once, in the first build, before anything is
generated, and the menu of mkdocs.yml: hooks/lib/sitebuild/pagecheck.py (headers, insert markers and the
same ones in both twins, alt text) and pagebody.py (table rows, link addresses, heading levels, links to
pages), retired.py (a deleted page a printable page or a draft still needs), menucheck.py (each menu entry's
page and English name) and translations.py (each English page there and up to date). Every finding is raised
at once (``sitedata.findings.FindingsError``: the file, the line and the fix in Japanese and English; never
a generated print-*.md). A preview (``mkdocs serve``, not strict) only warns of a stale translation or a
missing English menu name, so a page can be drafted before its translation. Emits nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sitedata
from sitebuild import i18n, menucheck, pagecheck, retired, translations
from sitedata.findings import FindingsError

log = logging.getLogger("mkdocs.hooks.page_check")


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    docs = Path(config.docs_dir)
    data_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent / "data"
    hard = pagecheck.check(docs) + retired.check(docs, config.nav, sitedata.load(config), data_dir)
    hard += menucheck.pages(config)
    soft = translations.findings(docs) + menucheck.english_names(config)
    if config.strict and (hard or soft):
        raise FindingsError(hard + soft)
    for found in soft:
        log.warning(str(found))
    if hard:
        raise FindingsError(hard)
