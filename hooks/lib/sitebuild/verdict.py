"""The findings of the checks of the built site, gathered over the whole run and told once, at the end.

The checks of the output (hooks/6_check/: the allowlist and the language of parts on each page as it is
written, the links once every language is built) ``add`` their findings (``sitedata.findings.Finding``) here
instead of stopping at the first page; ``settle`` is called once, when every language is built
(``i18n.all_languages_built``): a strict build stops with all of them (``FindingsError``: sorted by file and
line, and hooks/1_run/failsafe.py empties the output folder, so nothing is published), any other build (a
preview) writes each one as a warning. ``tell`` is that strict-or-warn step alone, for one list of findings.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sitedata.findings import Finding, FindingsError

_found: dict[Finding, None] = {}  # in the order found; a finding seen again (same id and place) is told once


def start() -> None:
    """A new run: forget the findings of a run that stopped before its end (``mkdocs serve`` rebuilds)."""
    _found.clear()


def add(findings: Iterable[Finding]) -> None:
    for f in findings:
        _found.setdefault(f, None)


def found() -> list[Finding]:
    return sorted(_found, key=Finding.sort_key)


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
