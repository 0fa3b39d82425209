"""``python -m sitebuild.check SITE_DIR [--config mkdocs.yml] [--site-url URL]``: stage 3's checks on a built folder.

Reads the built folder SITE_DIR and the project of the MkDocs configuration (``--config``, mkdocs.yml by
default: its menu, for the printable pages' parts, and the docs/, data/ it names; ``--site-url``, the address the
folder was built for, else the configuration's, as ``SITE_URL`` gives it). Runs the allowlist, the links and the
language of parts over every page (hooks/lib/sitebuild/check/) and prints every finding
(``sitedata.findings.report``): exit status 1 when there are any, else 0 and a one-line summary.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs.config import load_config

from sitedata.findings import report

from . import findings, project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild.check", description=__doc__.split("\n")[0])
    parser.add_argument("site_dir", type=Path, help="the built folder (site/)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration")
    parser.add_argument("--site-url", default=None, help="the address the folder was built for")
    args = parser.parse_args(argv)
    config = load_config(config_file=str(args.config), site_dir=str(args.site_dir.resolve()))
    if args.site_url is not None:
        config.site_url = args.site_url
    found = list(dict.fromkeys(findings(project(config))))  # a finding found twice (same id and place) told once
    if found:
        print(report(found, cap=len(found)))
        return 1
    pages = sum(1 for _ in args.site_dir.rglob("*.html"))
    print(f"{pages} ページを確かめました。誤りはありません。\n  {pages} pages checked: no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
