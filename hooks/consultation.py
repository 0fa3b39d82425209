"""The consultation's facts in the pages, from data/consultation.yml.

Markers it replaces, in the page's language:

- ``<!-- insert: period -->``: the comment period, e.g. 令和2年(2020年)12月25日(金)から…まで;
- ``<!-- insert: plan-period -->``: the basic policy's plan period (fiscal years);
- ``<!-- insert: contact -->``: the contact block (section, team, phone, extension, fax, email);
- ``<!-- insert: drafts -->``: the list of drafts open for comment, linked to their pages.
"""

import sitedata
from sitedata import md_escape


def _plan_period(data, lang):
    plan = data.draft("basic-policy").plan_period
    years = plan.end_fiscal_year - plan.start_fiscal_year + 1
    if lang == "ja":
        return (f"{sitedata.fiscal_era_year(plan.start_fiscal_year)}から"
                f"{sitedata.fiscal_era_year(plan.end_fiscal_year)}の{years}年間")
    return f"the {years} fiscal years from FY{plan.start_fiscal_year} to FY{plan.end_fiscal_year}"


def _contact(data, lang):
    c = data.consultation.contact
    L = lambda key: sitedata.label(key, lang)  # noqa: E731
    office = c.office(lang)
    phone = f"{c.phone}（{c.phone_note.ja}）" if lang == "ja" else f"{c.phone} ({c.phone_note.en})"
    rows = [
        (L("phone"), f'<a href="tel:+81{c.phone.replace("-", "")[1:]}">{phone}</a>'),
        (L("extension"), c.extension),
        (L("fax"), c.fax),
        (L("email"), f'<a href="mailto:{c.email}">{c.email}</a>'),
    ]
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'<div class="contact"><p class="contact__office">{office}</p>'
            f'<dl class="contact__list">{items}</dl></div>')


def _drafts(data, lang):
    lines = []
    for draft in data.consultation.drafts:
        lines.append(f"- [{md_escape(draft.title[lang])}]({draft.page})")
    return "\n".join(lines)


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(markdown, {
        "period": lambda: sitedata.period_text(data.consultation.period, lang),
        "plan-period": lambda: _plan_period(data, lang),
        "contact": lambda: _contact(data, lang),
        "drafts": lambda: _drafts(data, lang),
    }, page)
