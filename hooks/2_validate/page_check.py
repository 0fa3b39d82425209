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

import sitedata
from sitebuild import explain, i18n, staffcheck, verdict
from sitedata.findings import FindingsError

log = logging.getLogger("mkdocs.hooks.page_check")
# Links and the menu's pages: the build goes on after them, as MkDocs goes on after its own warnings of the same,
# so that the checks of the built site (links, anchors) report in the same build: they join the run's findings
# (sitebuild/verdict.py), told together once every language is built, unless other findings stop it here.
LINKS = {"page.E020", "page.E024", "page.E025", "page.E026", "page.E027", "menu.E005", "menu.E006"}
# What a preview only warns of besides: a missing English menu name, every translation finding (translation.E…).
PREVIEW_WARNS = LINKS | {"menu.E001", "menu.E002", "menu.E003", "menu.E004"}


def _not_stopping(found) -> None:
    """Findings that do not stop the build here: MkDocs' own warning of the same link or menu entry is not repeated;
    the links and the menu's pages wait for the built site's links (told once, at the end), the rest are warned of."""
    for f in found:
        explain.said(f)
    verdict.add(f for f in found if f.id in LINKS)
    verdict.tell([f for f in found if f.id not in LINKS], strict=False, log=log)


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    verdict.start()  # a new run (or a rebuild of the preview): no findings yet
    found = staffcheck.page_findings(config, sitedata.load(config))
    if config.strict:
        if any(f.id not in LINKS for f in found):
            raise FindingsError(found)
        return _not_stopping(found)
    soft = [f for f in found if f.id in PREVIEW_WARNS or f.id.startswith("translation.")]
    _not_stopping(soft)
    hard = [f for f in found if f not in soft]
    if hard:
        raise FindingsError(hard)
