"""The theme's own words in the language of the build, from data/interface.yml (the ``page`` part).

Reads data/interface.yml: ``page.permalink`` (the title of the link after each heading, which
mkdocs.yml's ``toc: permalink_title`` gives once for both languages) and ``page.language_menu`` (the
name of the language menu's button, overrides/partials/alternate.html) and ``page.high_contrast`` (the name of
the colour-scheme toggle button, overrides/partials/palette.html). Emits, in each language's build before
any page is rendered (``set_words``, from ``on_pre_build``), the toc extension's ``permalink_title``,
``config.extra.language_menu`` and ``config.extra.high_contrast``, so that an English page says "Link to this
heading" and a Japanese page 「この見出しへのリンク」 (the language-of-parts check reads every page).
"""

from __future__ import annotations

import sitedata
from sitebuild import i18n


def set_words(config) -> None:
    lang = i18n.build_language(config)
    words = sitedata.load(config).words
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = words.text("page.permalink", lang)
    config.extra["language_menu"] = words.html("page.language_menu", lang)
    config.extra["high_contrast"] = words.html("page.high_contrast", lang)
