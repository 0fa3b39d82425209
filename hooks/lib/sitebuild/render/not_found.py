"""The "page not found" page in both languages: ``404.html`` (Japanese) and ``en/404.html`` (English).

Reads the Japanese page the Japanese build wrote (``site/404.html``); the page is ``overrides/404.html``.
MkDocs renders the theme's 404 page in every language's build to the same ``site/404.html``, and
mkdocs-static-i18n builds Japanese first, so the English one would replace it. ``other_language_404``, given
the finished page of a build (its policy in it), writes the English one to ``en/404.html`` and gives back
the Japanese page as written on disk, which MkDocs then writes again unchanged (deploy/nginx.conf serves each
under its own language's addresses). In the Japanese build the page is left as it is.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild import i18n

PAGE = "404.html"


def other_language_404(output: str, config) -> str:
    lang = i18n.build_language(config)
    if lang == i18n.DEFAULT:
        return output
    site = Path(config.site_dir)
    target = site / i18n.localized(PAGE, lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    japanese = site / PAGE  # every language's build writes into the same folder (the site's root)
    return japanese.read_text(encoding="utf-8") if japanese.is_file() else output
