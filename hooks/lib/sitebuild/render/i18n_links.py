"""Links between a page and its twin in the other language.

Reads no data file: every Japanese page ``x.md`` has an English twin ``x.en.md`` (checked by
translations.py), built at ``x.html`` and ``en/x.html``. Emits, for every page:

- ``config.extra.alternate``: absolute URLs of both versions (and ``x-default``: Japanese), which
  Material writes into ``<link rel="alternate" hreflang>`` in the page head (and without which it shows
  no language switcher); ``hreflang_in_head`` in the template context: false in a build without
  ``SITE_URL``, where overrides/main.html leaves those head links out (they must be absolute:
  sitebuild/address.py);
- ``i18n_twins`` in the template context: links relative to the page, used by the language
  switcher (overrides/partials/alternate.html), so that it works under any sub-path;
- ``easy_href``: the address of the Japanese やさしい日本語 page (docs/easy.md) relative to the page, the
  menu's third item, in both languages.
"""

import posixpath

from sitebuild import address, i18n

EASY_PAGE = "easy.md"


def add_links(context, page, config) -> None:
    lang = i18n.page_lang(page)
    names = i18n.language_names(config)
    urls = i18n.twin_urls(page.url, lang)
    base = address.base(config)
    config.extra.alternate = [
        {"name": names[code], "link": (base or "") + urls[code], "lang": code} for code in i18n.LANGS
    ] + [{"name": names[i18n.DEFAULT], "link": (base or "") + urls[i18n.DEFAULT], "lang": "x-default"}]
    context["hreflang_in_head"] = base is not None
    here = posixpath.dirname(page.url) or "."
    context["i18n_twins"] = [
        {"lang": code, "name": names[code], "current": code == lang, "href": posixpath.relpath(urls[code], here)}
        for code in i18n.LANGS
    ]
    context["easy_href"] = posixpath.relpath(i18n.built_name(EASY_PAGE, i18n.DEFAULT), here)
