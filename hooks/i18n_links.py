"""Links between a page and its twin in the other language.

Reads no data file: every Japanese page ``x.md`` has an English twin ``x.en.md`` (checked by
translations.py), built at ``x.html`` and ``en/x.html``. Emits, for every page:

- ``config.extra.alternate``: absolute URLs of both versions (and ``x-default``: Japanese), which
  Material writes into ``<link rel="alternate" hreflang>`` in the page head;
- ``i18n_twins`` in the template context: links relative to the page, used by the language
  switcher (overrides/partials/alternate.html), so that it works under any sub-path.
"""

import posixpath

import sitedata

NAMES = {"ja": "日本語", "en": "English"}


def twin_urls(page_url: str, lang: str) -> dict:
    ja_url = page_url[len("en/") :] if lang == "en" else page_url
    return {"ja": ja_url, "en": "en/" + ja_url}


def on_page_context(context, page, config, nav, **kwargs):
    lang = sitedata.page_lang(page)
    urls = twin_urls(page.url, lang)
    base = config.site_url.rstrip("/") + "/"
    config.extra.alternate = [
        {"name": NAMES[code], "link": base + urls[code], "lang": code} for code in ("ja", "en")
    ] + [{"name": NAMES["ja"], "link": base + urls["ja"], "lang": "x-default"}]
    here = posixpath.dirname(page.url) or "."
    context["i18n_twins"] = [
        {"lang": code, "name": NAMES[code], "current": code == lang, "href": posixpath.relpath(urls[code], here)}
        for code in ("ja", "en")
    ]
    return context
