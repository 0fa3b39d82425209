"""The checks of the sources, before anything is generated: the data files, then the pages staff edit, the menu,
the translations and the glossary, every finding of each at once.

``check_data(config)`` (each build's start): reads every page (docs/*.md) and data file (data/*.yml) once as
UTF-8 (``sitedata.textfile``: a file saved as Shift_JIS or UTF-16 is a finding here, with the file and the fix,
before MkDocs or another check reads it), then checks every data file (``sitedata.check_all``: consultation.yml,
strategy.yml, places.yml, interface.yml, search_synonyms.yml, readings.yml and outcome.yml); every finding of
every file stops the build at once, each with the file, the line and the fix (no traceback); when there are any,
the pages' and the menu's findings (``sitebuild.staffcheck``) are told with them.

``check_pages(config, data)`` (the first build only): every page of docs/ (docs/x.md and docs/x.en.md) and the
menu of mkdocs.yml: hooks/lib/sitebuild/pagecheck.py (headers, insert markers and the same ones in both twins,
alt text) and pagebody.py (table rows, link addresses, heading levels, links to pages), retired.py (a deleted
page a printable page or a draft still needs), menucheck.py (each menu entry's page and English name) and
translations.py (each English page there and up to date), all raised at once
(``sitedata.findings.FindingsError``: the file, the line and the fix in Japanese and English; never a generated
print-*.md); then the glossary (prepare/glossary.py). A preview (``mkdocs serve``, not strict) only warns of a
stale translation, a missing English menu name or a link to a page not there yet (``PREVIEW_WARNS``), so a page
can be drafted before its translation, and of the glossary's findings.

``findings(config, data)``: the same findings as one list, for a run that stops on any (the plain docs folder).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sitedata
from sitebuild import explain, staffcheck, verdict
from sitedata.findings import Finding, FindingsError
from sitedata.textfile import source_findings

from . import glossary

log = logging.getLogger("mkdocs.hooks.page_check")
glossary_log = logging.getLogger("mkdocs.hooks.glossary")
# Links and the menu's pages: the build goes on after them, as MkDocs goes on after its own warnings of the same,
# so that the checks of the built site (links, anchors) report in the same build: they join the run's findings
# (sitebuild/verdict.py), told together once every language is built, unless other findings stop it here.
LINKS = {"page.E020", "page.E024", "page.E025", "page.E026", "page.E027", "menu.E005", "menu.E006"}
# What a preview only warns of besides: a missing English menu name, every translation finding (translation.E…).
PREVIEW_WARNS = LINKS | {"menu.E001", "menu.E002", "menu.E003", "menu.E004"}


def _root(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


def check_data(config: Any) -> sitedata.SiteData:
    """The data files checked (and the pages read as UTF-8): the build's data, or a DataError with every finding."""
    found = source_findings(_root(config), Path(config.docs_dir))
    pages = [f for f in found if not f.file.startswith("data/")]  # a data file's own check names it
    try:
        return sitedata.check_all(config, pages)  # cached: the other steps get this build's data without reading again
    except sitedata.DataError as error:
        # The pages' and the menu's findings too, in the same message (not in the next build).
        try:
            more = staffcheck.page_findings(config)
        except FindingsError:  # a page that cannot be read at all: among the data's findings already
            more = []
        if not more:
            raise
        raise sitedata.DataError([*error.findings, *more], announced=error.findings) from None


def _not_stopping(found: list[Finding]) -> None:
    """Findings that do not stop the build here: MkDocs' own warning of the same link or menu entry is not repeated;
    the links and the menu's pages wait for the built site's links (told once, at the end), the rest are warned of."""
    for f in found:
        explain.said(f)
    verdict.add(f for f in found if f.id in LINKS)
    verdict.tell([f for f in found if f.id not in LINKS], strict=False, log=log)


def check_pages(config: Any, data: sitedata.SiteData) -> None:
    """The pages, the menu and the translations, then the glossary (a new run of the verdict's findings)."""
    verdict.start()  # a new run (or a rebuild of the preview): no findings yet
    found = staffcheck.page_findings(config, data)
    if config.strict:
        if any(f.id not in LINKS for f in found):
            raise FindingsError(found)
        _not_stopping(found)
    else:
        soft = [f for f in found if f.id in PREVIEW_WARNS or f.id.startswith("translation.")]
        _not_stopping(soft)
        hard = [f for f in found if f not in soft]
        if hard:
            raise FindingsError(hard)
    words = glossary.check(_root(config), Path(config.docs_dir))
    if words and config.strict:
        raise FindingsError(words)
    for f in words:
        glossary_log.warning(str(f))


def findings(config: Any, data: sitedata.SiteData) -> list[Finding]:
    """Every finding of the pages, the menu, the translations and the glossary, as one list."""
    return staffcheck.page_findings(config, data) + glossary.check(_root(config), Path(config.docs_dir))
