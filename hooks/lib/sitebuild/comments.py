"""“Comment on this section” links, from data/strategy.yml and data/consultation.yml.

``link(data, section_id, lang)`` is the link the generators write beside each part of a draft a resident
can comment on (pillar headings, measures, cross-cutting items: hooks/lib/sitebuild/prepare/parts/policy_sections.py and
kpi_tables.py; a whole draft: the ``comment-link`` part of hooks/lib/sitebuild/prepare/parts/comment_links.py). It opens
the resident's mail program addressed to the consultation's email, with the subject set to the draft's
title and the section's reference (e.g. 「新しいくまもと創造に向けた基本方針」(素案) 柱1 施策2) and a
short body, percent-encoded UTF-8 as RFC 6068 asks. The reference is also printed beside the link, so a
letter or a fax can quote it. docs/assets/comment-links.js turns the links into a notice outside the
comment period. Once the results are published (data/outcome.yml), the link says instead how many
opinions the section received and how many changes were made to it (「ご意見 N 件（うち修正 M 件）」),
linking to its rows on the results page (hooks/lib/sitebuild/results.py), or, when no opinions were
received, to the comment page's results, which say so.
"""

from __future__ import annotations

from markupsafe import escape

import sitedata

from . import results

CRLF = "\r\n"  # line breaks in a mail body (RFC 6068)


def mailto(data: sitedata.SiteData, section: sitedata.Section, lang: str) -> str:
    ref = section.reference(data, lang)
    subject = ref if lang == sitedata.LANGS[0] else f"{ref} ({section.reference(data, 'ja')})"
    w = data.words
    body = CRLF.join(
        (w.text("comment_link.mail_section", lang, ref=ref), "", w.text("comment_link.mail_opinion", lang), "", "")
    )
    return data.consultation.contact.mailto(subject=subject, body=body)  # every part percent-encoded (urllib)


def link(data: sitedata.SiteData, section_id: str, lang: str, tag: str = "span") -> str:
    """The link and the reference of a section, in a ``tag`` element (``div`` after a heading); once the
    results are published, the number of opinions on the section and of changes to it, linking to its rows."""
    section = data.sections[section_id]  # the generators only name sections that exist
    outcome = data.outcome
    if outcome.published is not None:
        label = section.label[lang] or data.draft(section.draft).title[lang]
        n, m = results.on_section(data, outcome, section_id)
        # no opinions at all: no results page, the comment page's results say so
        href = results.rows_href(data, outcome, section_id) if outcome.rows else "comment.html#results"
        return (
            f'<{tag} class="comment-link comment-link--results" data-section="{section.id}">'
            f'<a class="comment-link__results" href="{href}">'
            f"{data.words.html('results.on_section', lang, n=f'{n:,}', m=f'{m:,}')}</a> "
            f'<span class="comment-link__ref">{data.words.html("comment_link.reference", lang, ref=escape(label))}'
            f"</span></{tag}>"
        )
    period = data.consultation.period
    start = sitedata.date_text(period.start, lang)
    label = section.label[lang] or data.draft(section.draft).title[lang]
    w = data.words
    text = w.html("comment_link.link" if section.label[lang] else "comment_link.draft_link", lang)
    return (
        f'<{tag} class="comment-link" data-section="{section.id}" data-start="{period.start.isoformat()}" '
        f'data-end="{period.end.isoformat()}" data-closed-text="{w.html("comment_link.closed", lang)}" '
        f'data-upcoming-text="{w.html("comment_link.upcoming", lang, start=escape(start))}">'
        f'<a class="comment-link__mail" href="{escape(mailto(data, section, lang))}">{text}</a> '
        f'<span class="comment-link__ref">{w.html("comment_link.reference", lang, ref=escape(label))}</span></{tag}>'
    )
