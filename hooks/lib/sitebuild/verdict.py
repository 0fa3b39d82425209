"""The findings of the checks of the built site, gathered over the whole run and told once, at the end.

The checks of the sources ``add`` the findings that wait for the built site (hooks/lib/sitebuild/prepare/sources.py: a
link of a page), and the checks of the built folder (hooks/check.py, hooks/lib/sitebuild/check/: the allowlist,
the links and the language of parts of every page) theirs (``sitedata.findings.Finding``), instead of stopping
at the first; ``settle`` is called once, when every language is built (``i18n.all_languages_built``): a strict
build stops with all of them (``FindingsError``: sorted by file and line, and hooks/run.py's failsafe empties the
output folder, so nothing is published), any other build (a preview) writes each one as a warning. ``tell`` is
that strict-or-warn step alone, for one list of findings. The findings wait in ``_found``, the one state of a run
(``start`` empties it at the start of each build of ``mkdocs serve``).
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable

from sitedata.findings import Finding, FindingsError

_found: dict[Finding, None] = {}  # in the order found; a finding seen again (same id and place) is told once
# A link of the built site that a check of the pages has already found at the same place: told once, by the
# pages' check, which names what is missing (the page or the image) before the build.
SAID_BY_THE_PAGES = {"link.E001": ("page.E020", "page.E025", "page.E027")}


def start() -> None:
    """A new run: forget the findings of a run that stopped before its end (``mkdocs serve`` rebuilds)."""
    _found.clear()


def add(findings: Iterable[Finding]) -> None:
    for f in findings:
        _found.setdefault(f, None)


def _said_before(f: Finding, said: set, missing_pages: set) -> bool:
    """A link finding that a check of the sources has told already: at the same place (a page's link), or a
    link the build made to a page the menu names but docs/ lacks (every page's menu holds it: menu.E006)."""
    if any((page, f.file, f.line) in said for page in SAID_BY_THE_PAGES.get(f.id, ())):
        return True
    return f.id == "link.E003" and posixpath.basename(f.params.get("link", "")) in missing_pages


def found() -> list[Finding]:
    said = {(f.id, f.file, f.line) for f in _found}
    missing_pages = {f.params["page"] for f in _found if f.id == "menu.E006"}
    return sorted((f for f in _found if not _said_before(f, said, missing_pages)), key=Finding.sort_key)


def tell(findings: Iterable[Finding], strict: bool, log: logging.Logger) -> None:
    """Stop a strict build with every finding at once; in any other build, write each one as a warning."""
    ordered = sorted(findings, key=Finding.sort_key)
    if not ordered:
        return
    if strict:
        raise FindingsError(ordered)
    for f in ordered:
        log.warning(str(f))


def settle(strict: bool, log: logging.Logger) -> None:
    """Tell every finding gathered in this run (once, after the last language), and start afresh."""
    findings = found()
    start()
    tell(findings, strict, log)
