"""Update feeds (Atom), one per language, from data/consultation.yml and data/outcome.yml.

Emits ``feed.xml`` (Japanese) and ``en/feed.xml`` (English) with an entry for the opening of the
consultation (the start date), its closing (the end of the last day, i.e. 00:00 Japan time the
day after the end date) and, once the outcome is published, its publication and each dated correction or
update after it (訂正・更新の履歴).
Every date comes from the data (never the clock) and every URL is absolute (SITE_URL). Adds a
``<link rel="alternate" type="application/atom+xml">`` to the head of every page (``with_head_link``, from
hooks/render.py's ``on_post_page``; the feeds themselves, ``write_feeds``, once every language is built).

A build without ``SITE_URL`` (sitebuild/address.py) writes no feed and no head link: a feed reader
needs the address the entries link to, and a feed subscribed to from a build that is not published
would lead nowhere. The entries' ids are ``urn:uuid:`` names made from the language and the event, not
from the address, so they stay the same whatever the address.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from markupsafe import escape

import sitedata
from sitebuild import address, i18n

ATOM = "http://www.w3.org/2005/Atom"
JST = dt.timezone(dt.timedelta(hours=9))
FEED = "feed.xml"  # feed.xml (Japanese), en/feed.xml (English)


def _uid(*parts: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "kumamoto-draft-policy-site/" + "/".join(parts)))


def _stamp(day: dt.date, next_day: bool = False) -> str:
    moment = dt.datetime.combine(day, dt.time(0, 0), JST) + (dt.timedelta(days=1) if next_day else dt.timedelta())
    return moment.isoformat()


def entries(data, outcome, lang: str, base: str) -> list[dict]:
    period, w = data.consultation.period, data.words

    def t(key, **values):
        return w.text(f"feed.{key}", lang, **values)

    comment = base + i18n.built_name("comment.md", lang)
    items = [
        {
            "key": "opened",
            "title": t("opened"),
            "updated": _stamp(period.start),
            "link": comment,
            "summary": t("period", period=sitedata.period_text(period, lang)),
        },
        {
            "key": "closed",
            "title": t("closed"),
            "updated": _stamp(period.end, next_day=True),
            "link": comment,
            "summary": " ".join(t("next").split()),
        },
    ]
    if outcome.published is not None:
        items.append(
            {
                "key": "outcome",
                "title": t("outcome"),
                "updated": _stamp(outcome.published),
                "link": comment + "#results",
                "summary": t("outcome_summary", opinions=f"{outcome.total:,}", submitters=f"{outcome.submitters:,}"),
            }
        )
        for number, fix in enumerate(outcome.corrections, 1):  # the dated log of corrections after publication
            items.append(
                {
                    "key": f"correction-{number}-{fix.date.isoformat()}",
                    "title": t("correction"),
                    "updated": _stamp(fix.date),
                    "link": comment + "#results",
                    "summary": fix.text[lang],
                }
            )
    return items


def feed_xml(data, outcome, lang: str, base: str) -> bytes:
    c = data.consultation.contact
    office = c.office(lang, team=False)
    items = entries(data, outcome, lang, base)
    ET.register_namespace("", ATOM)  # (ElementTree's names are the process's: the sitemaps name theirs too)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    sub(feed, "id", _uid(lang, "feed"))
    sub(feed, "title", data.words.text("feed.title", lang, title=data.consultation.title[lang]))
    sub(feed, "updated", max(i["updated"] for i in items))
    sub(sub(feed, "author"), "name", office)
    sub(feed, "link", href=base + i18n.localized(FEED, lang), rel="self", type="application/atom+xml")
    sub(feed, "link", href=base + i18n.built_name("index.md", lang), rel="alternate", type="text/html")
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


def write_feeds(config) -> None:
    """feed.xml and en/feed.xml, once every language is built; none without the published address."""
    if address.base(config) is None:
        return
    site_dir = Path(config.site_dir)
    if not (site_dir / "en").is_dir() or not (site_dir / "index.html").exists():
        return
    data = sitedata.load(config)
    outcome = data.outcome
    for lang in i18n.LANGS:
        (site_dir / i18n.localized(FEED, lang)).write_bytes(feed_xml(data, outcome, lang, address.base(config)))


def with_head_link(output: str, page, config) -> str:
    """The page with the head link to its language's feed (none without the published address)."""
    if address.base(config) is None:
        return output
    lang = i18n.page_lang(page)
    data = sitedata.load(config)
    title = escape(data.words.text("feed.title", lang, title=data.consultation.title[lang]))
    href = address.base(config) + i18n.localized(FEED, lang)
    link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{href}">'
    return output.replace("</head>", f"{link}\n</head>", 1)
