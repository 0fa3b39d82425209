"""Safe content: no scripts or frames in the pages, and external links that open safely.

Reads every Markdown page in docs/ before the build: ``<script>``, ``<iframe>`` (and
``<object>``/``<embed>``), inline event handlers such as ``onclick=``, and ``javascript:`` links
stop the build with the file, the line and the fix. In the built pages, every link to another
site gets ``rel="noopener"``. Emits nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

RULES = [
    (re.compile(r"<\s*script\b", re.I), "<script>",
     "スクリプトは使えません。削除してください。", "Scripts are not allowed in pages: remove it."),
    (re.compile(r"<\s*(iframe|object|embed)\b", re.I), "<iframe>",
     "ほかのページの埋め込み（iframe など）は使えません。リンクにしてください。",
     "Embedded frames (iframe, object, embed) are not allowed: link to the page instead."),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.I), "on…=",
     "onclick= などのイベント属性は使えません。削除してください。",
     "Event attributes such as onclick= are not allowed: remove it."),
    (re.compile(r"javascript\s*:", re.I), "javascript:",
     "javascript: のリンクは使えません。普通のリンクにしてください。",
     "javascript: links are not allowed: use an ordinary link."),
]


def unsafe_lines(docs_dir: Path) -> list[str]:
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = "docs/" + path.relative_to(docs_dir).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what, ja, en in RULES:
                if pattern.search(line):
                    problems.append(f"{rel} の {number} 行目: {what} — {ja}\n  {rel}, line {number}: {what} — {en}")
    return problems


def on_pre_build(config, **kwargs):
    problems = unsafe_lines(Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(problems))


_EXTERNAL_A = re.compile(r'<a\s+(?![^>]*\srel=)([^>]*\bhref="https?://[^"]*"[^>]*)>', re.I)


def on_page_content(html, page, config, **kwargs):
    own = config.site_url.rstrip("/")
    def add_rel(match: re.Match) -> str:
        attrs = match.group(1)
        if own and f'href="{own}' in attrs:
            return match.group(0)
        return f'<a {attrs} rel="noopener">'
    return _EXTERNAL_A.sub(add_rel, html)
