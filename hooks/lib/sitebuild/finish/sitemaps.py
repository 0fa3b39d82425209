"""A sitemap for the English part of the site, from the site's own sitemap.xml.

Reads the built ``sitemap.xml`` (both languages, with hreflang alternates, written by
mkdocs-static-i18n) and emits ``en/sitemap.xml`` holding the English pages only, as the sitemap
protocol wants a sitemap to list only URLs below its own folder. Material's language handling
looks for a sitemap beside each language's pages; without this file the English pages would ask
for a missing file.

A sitemap lists absolute addresses: a build without ``SITE_URL`` (sitebuild/address.py) removes
``sitemap.xml`` and ``sitemap.xml.gz`` instead, and prints ``address.NOTICE`` (what it left out, in
Japanese and English) on stdout.
"""

import copy
import xml.etree.ElementTree as ET
from pathlib import Path

from sitebuild import address, i18n

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def write_sitemaps(config) -> None:
    """Once every language is built (and MkDocs' sitemap.xml written): en/sitemap.xml, or no sitemap."""
    root_dir = Path(config.site_dir)
    source, en_dir = root_dir / "sitemap.xml", root_dir / "en"
    if address.base(config) is None:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (root_dir / name).unlink(missing_ok=True)
        print(address.NOTICE, flush=True)
        return
    if not source.exists() or not en_dir.is_dir():
        return
    base = address.base(config) + i18n.localized("", "en")  # the English pages' folder
    # The sitemap's own namespace is written with ElementTree's generated prefix (ns0:), as it has been since
    # the feeds named theirs the default one (the process's names): the same bytes as before, and as valid.
    ET.register_namespace("xhtml", NS["xhtml"])
    tree = ET.parse(source)
    english = ET.Element(f"{{{NS['sm']}}}urlset")
    for url in tree.getroot().findall("sm:url", NS):
        if url.findtext("sm:loc", "", NS).startswith(base):
            english.append(copy.deepcopy(url))
    ET.indent(english)
    ET.ElementTree(english).write(en_dir / "sitemap.xml", encoding="UTF-8", xml_declaration=True)
