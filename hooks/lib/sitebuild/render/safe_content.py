"""Links to other sites open safely.

Reads each page's HTML content: every link to another site gets ``rel="noopener"``. What a page
may contain at all (no scripts, frames, event attributes, outside resources …) is checked on the
built pages by the output checks. Emits nothing else.
"""

from __future__ import annotations

import re

_EXTERNAL_A = re.compile(r'<a\s+(?![^>]*\srel=)([^>]*\bhref="https?://[^"]*"[^>]*)>', re.I)


def noopener(html: str, config) -> str:
    """The page's content with ``rel="noopener"`` on every link to another site."""
    own = (config.site_url or "").rstrip("/")

    def add_rel(match: re.Match) -> str:
        attrs = match.group(1)
        if own and f'href="{own}' in attrs:
            return match.group(0)
        return f'<a {attrs} rel="noopener">'

    return _EXTERNAL_A.sub(add_rel, html)
