"""The address the site is published at (``SITE_URL``), or none: a build to look at, not to publish.

``base(config)`` is the address every absolute link starts with, ending in "/", or ``None`` when the
build was given no ``SITE_URL`` (``make site`` to look at the pages). Then what needs the published
address is left out: the canonical links (MkDocs and Material leave them out by themselves), the hreflang
alternates in each page's head (hooks/lib/sitebuild/render/i18n_links.py), the page's address in the print frame
(hooks/lib/sitebuild/render/print_frame.py), the sitemaps (hooks/lib/sitebuild/finish/sitemaps.py) and the Atom
feeds with their head links (hooks/lib/sitebuild/finish/feeds.py); ``NOTICE`` says so at the end of the build. A
made-up address such as the preview's ``http://127.0.0.1:8000/`` would be published with the site and tell search
engines and feed readers the pages live there. ``mkdocs serve`` gives its own address, so the preview has them all;
``make publish`` stops without ``SITE_URL`` (scripts/publish.py).
"""

from __future__ import annotations

NOTICE = (
    "公開用ではないビルドです: SITE_URL（公開するアドレス）がないため、canonical リンク、hreflang の代替リンク、"
    "sitemap.xml、更新情報（feed.xml）と、印刷したページのURLを省きました。公開するときは "
    "`make publish SITE_URL=https://…/` でビルドしてください。\n"
    "  Not a build for publication: without SITE_URL (the address the site is published at), the canonical "
    "links, the hreflang alternates, sitemap.xml, the update feeds (feed.xml) and the address on printed "
    "pages were left out. To publish, build with `make publish SITE_URL=https://…/`."
)


def base(config) -> str | None:
    """The published address, ending in "/", or None for a build without ``SITE_URL``."""
    url = config.site_url
    return url.rstrip("/") + "/" if url else None
