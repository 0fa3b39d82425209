"""What a printed page says about itself, above and below its text; shown only in print.

Reads the consultation's period (data/consultation.yml) and the document each page belongs to
(hooks/lib/sitebuild/printdocs.py). Emits ``print_frame`` in the template context of every page, which
overrides/main.html puts around the page's text (docs/assets/print.css shows it only in print):

- ``head``: the document the page belongs to and the comment period (意見募集期間), above the
  page's own title. The data gives no date for the drafts themselves, so none is printed;
- ``foot``: the page's address (from ``site_url``) and the line "the latest version is online at the
  address above"; empty in a build without ``SITE_URL``, which has no address to give
  (sitebuild/address.py).

Both are marked ``data-pagefind-ignore``: the search does not index them.
"""

from markupsafe import Markup, escape

import sitedata
from sitebuild import address, i18n, printdocs


def frame(page, config) -> dict:
    data = sitedata.load(config)
    lang = i18n.page_lang(page)
    doc = printdocs.document_of(page.file.src_uri, config.nav, data)
    w = data.words
    rows = []
    if doc is not None:
        rows.append((w.html("print.document", lang), escape(doc.title[lang])))
    rows.append((w.html("print.period", lang), escape(sitedata.period_text(data.consultation.period, lang))))
    head = "".join(f'<p><span class="print-frame__label">{k}</span> {v}</p>' for k, v in rows)
    base = address.base(config)
    foot = ""
    if base:
        foot = (
            '<div class="print-frame print-frame--foot" data-pagefind-ignore>'
            f'<p><span class="print-frame__label">{w.html("print.page_url", lang)}</span> '
            f'<span class="print-frame__url">{escape(base + page.url)}</span></p>'
            f"<p>{w.html('print.latest', lang)}</p></div>"
        )
    return {
        "head": Markup(f'<div class="print-frame print-frame--head" data-pagefind-ignore>{head}</div>'),
        "foot": Markup(foot),
    }
