"""Links to other sites open safely.

Reads each page's HTML content: every link to another site gets ``rel="noopener"``. What a page
may contain at all (no scripts, frames, event attributes, outside resources …) is checked on the
built pages by hooks/6_check/output_check.py. Emits nothing else.
"""

from __future__ import annotations

import re

_EXTERNAL_A = re.compile(r'<a\s+(?![^>]*\srel=)([^>]*\bhref="https?://[^"]*"[^>]*)>', re.I)


def on_page_content(html, page, config, **kwargs):
    own = (config.site_url or "").rstrip("/")

    def add_rel(match: re.Match) -> str:
        attrs = match.group(1)
        if own and f'href="{own}' in attrs:
            return match.group(0)
        return f'<a {attrs} rel="noopener">'

    return _EXTERNAL_A.sub(add_rel, html)
