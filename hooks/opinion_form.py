"""The printable opinion form, from data/consultation.yml.

Replaces ``<!-- insert: opinion-form -->`` with a one-page A4 form in the page's language: the
consultation, the period, boxes for the draft and the section (with the references used by
the “comment on this section” links), a large box for the opinion, lines for the sender, and
the ways to send it that the notice gives (fax, email) with the section and phone number for
questions. It states no rule the notice does not state (no postal address, nothing on whether a
name is required).
"""

from markupsafe import escape

import sitedata

TEXT = {
    "ja": {
        "heading": "意見提出用紙",
        "period": "意見募集の期間",
        "draft": "意見の対象の素案",
        "section": "項目（参照）",
        "section_hint": "各ページの「参照：柱1 施策2」などを書き写してください",
        "opinion": "ご意見",
        "sender": "差出人（お名前・ご連絡先）",
        "sender_note": "差出人の記入が必要かどうかは、意見募集のお知らせには示されていません。",
        "send": "送り先",
        "fax": "FAX",
        "email": "メール",
        "ask": "お問合せ",
    },
    "en": {
        "heading": "Opinion form",
        "period": "Comment period",
        "draft": "Draft you are commenting on",
        "section": "Section (reference)",
        "section_hint": "Copy the reference shown on the page, e.g. “Pillar 1 Measure 2”",
        "opinion": "Your opinion",
        "sender": "Sender (name and contact details)",
        "sender_note": "The notice does not say whether the sender's details are required.",
        "send": "Send to",
        "fax": "Fax",
        "email": "Email",
        "ask": "Questions",
    },
}


def form_html(data, lang: str) -> str:
    t, c = TEXT[lang], data.consultation.contact
    drafts = "".join(
        f'<li><span class="opinion-form__tick" aria-hidden="true">□</span> {escape(d.title[lang])}</li>'
        for d in data.consultation.drafts
    )
    office = c.office(lang)
    phone = (
        f"電話 {c.phone}（{c.phone_note.ja}） 内線 {c.extension}"
        if lang == "ja"
        else f"Phone {c.phone} ({c.phone_note.en}), extension {c.extension}"
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
<dt>{t["ask"]}</dt><dd>{escape(phone)}</dd>
</dl>
</div>"""


def on_page_markdown(markdown, page, **kwargs):
    data = sitedata.load()
    lang = sitedata.page_lang(page)
    return sitedata.replace_inserts(markdown, {"opinion-form": lambda: form_html(data, lang)}, page)
