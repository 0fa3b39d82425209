"""“Comment on this section” links, from data/strategy.yml and data/consultation.yml.

Every element of a page marked ``data-comment-section="ID"`` (pillar headings, measures and
cross-cutting items, put there by policy_sections.py and kpi_tables.py) and every
``<!-- insert: comment-link ID -->`` marker gets a link that opens the resident's mail program
addressed to the consultation's email, with the subject set to the draft's title and the
section's reference (e.g. 「新しいくまもと創造に向けた基本方針」(素案) 柱1 施策2) and a short body,
percent-encoded UTF-8 as RFC 6068 asks. The reference is also printed beside the link, so a
letter or a fax can quote it. The ids come from ``sitedata.sections``; an unknown id stops the
build. docs/assets/comment-links.js turns the links into a notice outside the comment period.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from markupsafe import escape
from mkdocs.exceptions import PluginError

import sitedata

TEXT = {
    "link": {"ja": "この項目について意見を送る", "en": "Comment on this section"},
    "draft_link": {"ja": "この素案について意見を送る", "en": "Comment on this draft"},
    "ref": {"ja": "参照：{ref}", "en": "Reference: {ref}"},
    "body": {"ja": "ご意見の対象：{ref}\r\n\r\nご意見：\r\n\r\n", "en": "Section: {ref}\r\n\r\nYour opinion:\r\n\r\n"},
    "closed": {"ja": "意見募集は終了しました", "en": "The comment period has ended"},
    "upcoming": {"ja": "意見募集は{start}からです", "en": "Comments can be sent from {start}"},
}


def mailto(data, section, lang) -> str:
    ref = section.reference(data, lang)
    subject = ref if lang == "ja" else f"{ref} ({section.reference(data, 'ja')})"
    body = TEXT["body"][lang].format(ref=ref)
    return f"mailto:{data.consultation.contact.email}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def link_html(data, section, lang) -> str:
    period = data.consultation.period
    start = sitedata.date_ja(period.start) if lang == "ja" else sitedata.date_en(period.start)
    label = section.label[lang] or data.draft(section.draft).title[lang]
    text = TEXT["link" if section.label[lang] else "draft_link"][lang]
    return (
        f'<span class="comment-link" data-section="{section.id}" data-start="{period.start.isoformat()}" '
        f'data-end="{period.end.isoformat()}" data-closed-text="{TEXT["closed"][lang]}" '
        f'data-upcoming-text="{escape(TEXT["upcoming"][lang].format(start=start))}">'
        f'<a class="comment-link__mail" href="{escape(mailto(data, section, lang))}">{text}</a> '
        f'<span class="comment-link__ref">{escape(TEXT["ref"][lang].format(ref=label))}</span></span>'
    )


_known: dict = {}


def _sections(data):
    """The sections, worked out once per loaded data (sitedata.load caches the data)."""
    if id(data) not in _known:
        _known.clear()
        _known[id(data)] = (data, sitedata.sections(data))
    return _known[id(data)][1]


def _section(data, sid, page):
    known = _sections(data)
    if sid not in known:
        raise PluginError(
            f"docs/{page.file.src_uri}: 意見を送る項目「{sid}」はありません。\n"
            f'  docs/{page.file.src_uri}: there is no section "{sid}" to comment on.'
        )
    return known[sid]


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown, {"comment-link": lambda sid: f"<p>{link_html(data, _section(data, sid, page), lang)}</p>"}, page
    )


# An element marked for a link (pillar heading, measure item or cell, cross-cutting item).
_MARKED = re.compile(r'(<(h[1-4]|li|th)\b[^>]*\bdata-comment-section="([^"]+)"[^>]*>)(.*?)(</\2>)', re.S)


def on_page_content(html, page, **kwargs):
    if "data-comment-section" not in html:
        return html
    data = sitedata.load()
    lang = sitedata.page_lang(page)

    def add_link(match: re.Match) -> str:
        start, tag, sid, inner, end = match.groups()
        link = link_html(data, _section(data, sid, page), lang)
        if tag.startswith("h"):
            return f"{start}{inner}{end}\n{link}"  # after a heading, not inside it (nor in the table of contents)
        return f"{start}{inner} {link}{end}"

    return _MARKED.sub(add_link, html)
