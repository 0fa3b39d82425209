"""The consultation's facts in the pages, from data/consultation.yml.

Parts it makes (hooks/lib/sitebuild/inserts.py), in the page's language:

- ``<!-- insert: period -->``: the comment period, e.g. 令和2年(2020年)12月25日(金)から…まで;
- ``<!-- insert: plan-period -->``: the basic policy's plan period (fiscal years);
- ``<!-- insert: contact -->``: the contact block (section, team, phone, extension, fax, email);
- ``<!-- insert: drafts -->``: the list of drafts open for comment, linked to their pages.
"""

from markupsafe import Markup

import sitedata
from sitebuild import inserts
from sitedata import md_escape


@inserts.part("period")
def period(where):
    return sitedata.period_text(where.data.consultation.period, where.lang)


@inserts.part("plan-period")
def plan_period(where):
    data, lang = where.data, where.lang
    plan = data.draft("basic-policy").plan_period
    years = plan.end_fiscal_year - plan.start_fiscal_year + 1
    start, end = (sitedata.fiscal_year_text(y, lang) for y in (plan.start_fiscal_year, plan.end_fiscal_year))
    return data.words.md("consultation.plan_period", lang, start=start, end=end, years=years)


@inserts.part("contact")
def contact(where):
    """The contact block. Every text from the data file is escaped by Markup.format."""
    lang, w = where.lang, where.data.words
    c = where.data.consultation.contact
    note = c.phone_note[lang]
    phone = Markup("{}（{}）") if lang == "ja" else Markup("{} ({})")
    tel = c.tel  # built from the checked, normalised number (sitedata.schema.Contact)
    rows = [
        (w.html("consultation.phone", lang), Markup('<a href="{}">{}</a>').format(tel, phone.format(c.phone, note))),
        (w.html("consultation.extension", lang), c.extension),
        (w.html("consultation.fax", lang), c.fax),
        (w.html("consultation.email", lang), Markup('<a href="mailto:{0}">{0}</a>').format(c.email)),
    ]
    items = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(k, v) for k, v in rows)
    return Markup(
        '<div class="contact"><p class="contact__office">{}</p><dl class="contact__list">{}</dl></div>'
    ).format(c.office(lang), items)


@inserts.part("drafts")
def drafts(where):
    lines = []
    lang = where.lang
    for draft in where.data.consultation.drafts:
        lines.append(f"- [{md_escape(draft.title[lang])}]({draft.page})")
    return "\n".join(lines)
