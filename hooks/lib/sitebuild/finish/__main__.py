"""``python -m sitebuild.finish SITE_DIR [--config mkdocs.yml] [--site-url URL]``: stage 3's files on a built folder.

Reads the built folder SITE_DIR and the project of the MkDocs configuration (``--config``, mkdocs.yml by default;
``--site-url``, the address the folder is built for, else the configuration's, as ``SITE_URL`` gives it). Writes
what hooks/finish.py writes once every language is built — ``en/sitemap.xml`` and the feeds (only with an
address), Pagefind's index of the pages marked as in the menu (``pagefind/``), ``.csp-nginx.conf`` — and the bill
of materials ``sbom.cdx.json`` at the folder's top (which the MkDocs build adds as a file of each language's build).
For a folder another renderer built (scripts/zensical_trial.py); the MkDocs build runs these from its hooks.
Prints what it wrote; exit status 1 with the findings when one stops it (a missing Pagefind, the SBOM's tool).
"""

from __future__ import annotations

import os
import sys

from sitebuild.folder_command import folder_and_config
from sitedata.findings import FindingsError

from . import csp_nginx, feeds, sbom, search_index, sitemaps


def main(argv: list[str] | None = None) -> int:
    site, config = folder_and_config("python -m sitebuild.finish", __doc__.split("\n")[0], argv)
    try:
        bom = sbom.sbom(sbom.key_of(config))
        (site / sbom.PATH).write_bytes(sbom.dated(bom, os.environ.get("SOURCE_DATE_EPOCH")))
        sitemaps.write_sitemaps(config)
        feeds.write_feeds(config)
        search_index.index_site(config)
        csp_nginx.write_nginx_policy(site)
    except FindingsError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{sbom.PATH}, pagefind/, {csp_nginx.NGINX_FILE} … → {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
