"""Update feeds (Atom), one per language, from data/consultation.yml and data/outcome.yml.

Emits ``feed.xml`` (Japanese) and ``en/feed.xml`` (English) with an entry for the opening of the
consultation (the start date), its closing (the end of the last day, i.e. 00:00 Japan time the
day after the end date) and, once data/outcome.yml is filled, the publication of the outcome.
Every date comes from the data (never the clock) and every URL is absolute (SITE_URL). Adds a
``<link rel="alternate" type="application/atom+xml">`` to the head of every page.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from markupsafe import escape
from mkdocs.plugins import event_priority

import sitedata

ATOM = "http://www.w3.org/2005/Atom"
JST = dt.timezone(dt.timedelta(hours=9))
ET.register_namespace("", ATOM)
FEED_PATH = {"ja": "feed.xml", "en": "en/feed.xml"}
TEXT = {
    "ja": {
        "feed": "{title} 更新情報",
        "opened": "意見募集を開始しました",
        "closed": "意見募集を終了しました",
        "outcome": "意見募集の結果を公表しました",
        "period": "意見募集の期間：{period}",
        "next": "今後、いただいたご意見を反映の上、次期県議会定例会に向けて策定を進めていきます。",
        "outcome_summary": "意見の件数：{opinions:,}件、意見を提出した人・団体の数：{submitters:,}",
    },
    "en": {
        "feed": "{title}: updates",
        "opened": "The public comment is open",
        "closed": "The public comment has closed",
        "outcome": "The outcome of the public comment is published",
        "period": "Comment period: {period}.",
        "next": "The prefecture will reflect the opinions it receives and go on to finalise the plans for the "
        "next regular session of the prefectural assembly.",
        "outcome_summary": (
            "Opinions received: {opinions:,}; people and organisations who sent opinions: {submitters:,}."
        ),
    },
}


def _uid(*parts: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "kumamoto-draft-policy-site/" + "/".join(parts)))


def _stamp(day: dt.date, next_day: bool = False) -> str:
    moment = dt.datetime.combine(day, dt.time(0, 0), JST) + (dt.timedelta(days=1) if next_day else dt.timedelta())
    return moment.isoformat()


def entries(data, outcome, lang: str, base: str) -> list[dict]:
    t, period = TEXT[lang], data.consultation.period
    prefix = "" if lang == "ja" else "en/"
    comment = base + prefix + "comment.html"
    items = [
        {
            "key": "opened",
            "title": t["opened"],
            "updated": _stamp(period.start),
            "link": comment,
            "summary": t["period"].format(period=sitedata.period_text(period, lang)),
        },
        {
            "key": "closed",
            "title": t["closed"],
            "updated": _stamp(period.end, next_day=True),
            "link": comment,
            "summary": t["next"],
        },
    ]
    if outcome.published is not None:
        items.append(
            {
                "key": "outcome",
                "title": t["outcome"],
                "updated": _stamp(outcome.published),
                "link": comment + "#results",
                "summary": t["outcome_summary"].format(opinions=outcome.opinions, submitters=outcome.submitters),
            }
        )
    return items


def feed_xml(data, outcome, lang: str, base: str) -> bytes:
    c = data.consultation.contact
    office = c.office(lang, team=False)
    items = entries(data, outcome, lang, base)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    sub(feed, "id", _uid(lang, "feed"))
    sub(feed, "title", TEXT[lang]["feed"].format(title=data.consultation.title[lang]))
    sub(feed, "updated", max(i["updated"] for i in items))
    sub(sub(feed, "author"), "name", office)
    sub(feed, "link", href=base + FEED_PATH[lang], rel="self", type="application/atom+xml")
    sub(feed, "link", href=base + ("" if lang == "ja" else "en/") + "index.html", rel="alternate", type="text/html")
    for item in sorted(items, key=lambda i: i["updated"], reverse=True):
        entry = sub(feed, "entry")
        sub(entry, "id", _uid(lang, item["key"]))
        sub(entry, "title", item["title"])
        sub(entry, "updated", item["updated"])
        sub(entry, "published", item["updated"])
        sub(entry, "link", href=item["link"], rel="alternate", type="text/html")
        sub(entry, "summary", item["summary"])
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _base(config) -> str:
    return config.site_url.rstrip("/") + "/"


@event_priority(-250)  # after mkdocs-static-i18n has built every language
def on_post_build(config, **kwargs):
    if sitedata.building_other_languages(config):
        return  # once, when every language is built
    site_dir = Path(config.site_dir)
    if not (site_dir / "en").is_dir() or not (site_dir / "index.html").exists():
        return
    data = sitedata.load()
    outcome = sitedata.load_outcome(data)
    for lang, rel in FEED_PATH.items():
        (site_dir / rel).write_bytes(feed_xml(data, outcome, lang, _base(config)))


def on_post_page(output, page, config, **kwargs):
    lang = sitedata.page_lang(page)
    data = sitedata.load()
    title = escape(TEXT[lang]["feed"].format(title=data.consultation.title[lang]))
    link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{_base(config)}{FEED_PATH[lang]}">'
    return output.replace("</head>", f"{link}\n</head>", 1)
