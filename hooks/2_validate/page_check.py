"""The pages staff edit, the menu and the translations: every finding of the three at once, before anything is built.

Reads every page of docs/ (docs/x.md and docs/x.en.md) once, in the first build, before anything is
generated, and the menu of mkdocs.yml: hooks/lib/sitebuild/pagecheck.py (headers, insert markers and the
same ones in both twins, alt text) and pagebody.py (table rows, link addresses, heading levels, links to
pages), retired.py (a deleted page a printable page or a draft still needs), menucheck.py (each menu entry's
page and English name) and translations.py (each English page there and up to date). Every finding is raised
at once (``sitedata.findings.FindingsError``: the file, the line and the fix in Japanese and English; never
a generated print-*.md). A preview (``mkdocs serve``, not strict) only warns of a stale translation, a
missing English menu name or a link to a page not there yet (``PREVIEW_WARNS``), so a page can be drafted
before its translation. Emits nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sitedata
from sitebuild import explain, i18n, menucheck, pagecheck, retired, translations
from sitedata.findings import FindingsError

log = logging.getLogger("mkdocs.hooks.page_check")
# What a preview only warns of (the page is still built, as MkDocs builds it): a link or a menu entry whose page
# is not there yet, a missing English menu name; and every translation finding (translation.E…).
PREVIEW_WARNS = {"page.E020", "menu.E001", "menu.E002", "menu.E003", "menu.E004", "menu.E006"}


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    docs = Path(config.docs_dir)
    data_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent / "data"
    found = pagecheck.check(docs) + retired.check(docs, config.nav, sitedata.load(config), data_dir)
    found += menucheck.pages(config) + translations.findings(docs) + menucheck.english_names(config)
    if config.strict and found:
        raise FindingsError(found)
    for soft in (f for f in found if f.id in PREVIEW_WARNS or f.id.startswith("translation.")):
        log.warning(str(soft))
        explain.said(soft)  # MkDocs' own warning of the same link or menu entry is not repeated
    hard = [f for f in found if f.id not in PREVIEW_WARNS and not f.id.startswith("translation.")]
    if hard:
        raise FindingsError(hard)
