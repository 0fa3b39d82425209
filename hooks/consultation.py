"""The consultation's facts in the pages, from data/consultation.yml.

Markers it replaces, in the page's language:

- ``<!-- insert: period -->``: the comment period, e.g. 令和2年(2020年)12月25日(金)から…まで;
- ``<!-- insert: plan-period -->``: the basic policy's plan period (fiscal years);
- ``<!-- insert: contact -->``: the contact block (section, team, phone, extension, fax, email);
- ``<!-- insert: drafts -->``: the list of drafts open for comment, linked to their pages.
"""

import re

from markupsafe import Markup

import sitedata
from sitedata import md_escape


def _plan_period(data, lang):
    plan = data.draft("basic-policy").plan_period
    years = plan.end_fiscal_year - plan.start_fiscal_year + 1
    if lang == "ja":
        return (
            f"{sitedata.fiscal_era_year(plan.start_fiscal_year)}から"
            f"{sitedata.fiscal_era_year(plan.end_fiscal_year)}の{years}年間"
        )
    return f"the {years} fiscal years from FY{plan.start_fiscal_year} to FY{plan.end_fiscal_year}"


def _contact(data, lang):
    """The contact block. Every text from the data file is escaped by Markup.format."""
    c = data.consultation.contact
    note = c.phone_note[lang]
    phone = Markup("{}（{}）") if lang == "ja" else Markup("{} ({})")
    tel = "tel:+81" + re.sub(r"[^0-9]", "", c.phone)[1:]
    rows = [
        (sitedata.label("phone", lang), Markup('<a href="{}">{}</a>').format(tel, phone.format(c.phone, note))),
        (sitedata.label("extension", lang), c.extension),
        (sitedata.label("fax", lang), c.fax),
        (sitedata.label("email", lang), Markup('<a href="mailto:{0}">{0}</a>').format(c.email)),
    ]
    items = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(k, v) for k, v in rows)
    return Markup(
        '<div class="contact"><p class="contact__office">{}</p><dl class="contact__list">{}</dl></div>'
    ).format(c.office(lang), items)


def _drafts(data, lang):
    lines = []
    for draft in data.consultation.drafts:
        lines.append(f"- [{md_escape(draft.title[lang])}]({draft.page})")
    return "\n".join(lines)


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(
        markdown,
        {
            "period": lambda: sitedata.period_text(data.consultation.period, lang),
            "plan-period": lambda: _plan_period(data, lang),
            "contact": lambda: _contact(data, lang),
            "drafts": lambda: _drafts(data, lang),
        },
        page,
    )
