"""Every CSV cell the site writes made inert for spreadsheet programs (CSV formula injection, OWASP): a text that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run by Excel as a formula
(``=HYPERLINK(…)`` a live link), so it gets a leading apostrophe, which Excel shows as text and does not keep.
Numbers (int, Decimal) are written as they are: ``-3`` stays a number. Used by hooks/lib/sitebuild/prepare/open_data.py
(KPIs, places) and hooks/lib/sitebuild/prepare/open_data_results.py (the results), before ``generated.csv_text``.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    """``value`` as a CSV cell Excel will not run: a text beginning with a trigger gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def records(rows: list[dict]) -> list[dict]:
    """Every cell of ``rows`` made inert."""
    return [{key: inert(value) for key, value in row.items()} for row in rows]
