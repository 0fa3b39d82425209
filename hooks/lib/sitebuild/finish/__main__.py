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

import argparse
import os
import sys
from pathlib import Path

from mkdocs.config import load_config

from sitedata.findings import FindingsError

from . import csp_nginx, feeds, sbom, search_index, sitemaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild.finish", description=__doc__.split("\n")[0])
    parser.add_argument("site_dir", type=Path, help="the built folder (site/)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration")
    parser.add_argument("--site-url", default=None, help="the address the folder is built for")
    args = parser.parse_args(argv)
    site = args.site_dir.resolve()
    config = load_config(config_file=str(args.config), site_dir=str(site))
    if args.site_url is not None:
        config.site_url = args.site_url
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
