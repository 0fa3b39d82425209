"""The printable opinion form, from data/consultation.yml.

Makes ``<!-- insert: opinion-form -->`` (hooks/lib/sitebuild/inserts.py): a one-page A4 form in the page's language: the
consultation, the period, boxes for the draft and the section (with the references used by
the “comment on this section” links), a large box for the opinion, lines for the sender, and
the ways to send it that the notice gives (fax, email) with the section and phone number for
questions. It states no rule the notice does not state (no postal address, nothing on whether a
name is required).
"""

from markupsafe import escape

import sitedata
from sitebuild import inserts


@inserts.part("opinion-form")
def opinion_form(where) -> str:
    return form_html(where.data, where.lang)


def form_html(data, lang: str) -> str:
    t, c = data.words.part("opinion_form", lang), data.consultation.contact
    drafts = "".join(
        f'<li><span class="opinion-form__tick" aria-hidden="true">□</span> {escape(d.title[lang])}</li>'
        for d in data.consultation.drafts
    )
    office = c.office(lang)
    phone = data.words.html(
        "opinion_form.phone_line", lang, phone=c.phone, note=c.phone_note[lang], extension=c.extension
    )
    section_hint = f'<span class="opinion-form__hint">{t["section_hint"]}</span>'
    sender_note = f'<span class="opinion-form__hint">{t["sender_note"]}</span>'
    return f"""<div class="opinion-form">
<p class="opinion-form__title">{escape(data.consultation.title[lang])}</p>
<p class="opinion-form__period">{t["period"]}: {escape(sitedata.period_text(data.consultation.period, lang))}</p>
<table class="opinion-form__fields">
<tr><th scope="row">{t["draft"]}</th><td><ul class="opinion-form__drafts">{drafts}</ul></td></tr>
<tr><th scope="row">{t["section"]}</th><td class="opinion-form__line">{section_hint}</td></tr>
<tr><th scope="row">{t["opinion"]}</th><td class="opinion-form__box"></td></tr>
<tr><th scope="row">{t["sender"]}</th><td class="opinion-form__sender">{sender_note}</td></tr>
</table>
<dl class="opinion-form__send">
<dt>{t["send"]}</dt><dd>{escape(office)}</dd>
<dt>{t["fax"]}</dt><dd>{escape(c.fax)}</dd>
<dt>{t["email"]}</dt><dd>{escape(c.email)}</dd>
<dt>{t["ask"]}</dt><dd>{phone}</dd>
</dl>
</div>"""
