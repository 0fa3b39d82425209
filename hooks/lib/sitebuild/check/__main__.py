"""``python -m sitebuild.check SITE_DIR [--config mkdocs.yml] [--site-url URL]``: stage 3's checks on a built folder.

Reads the built folder SITE_DIR and the project of the MkDocs configuration (``--config``, mkdocs.yml by
default: its menu, for the printable pages' parts, and the docs/, data/ it names; ``--site-url``, the address the
folder was built for, else the configuration's, as ``SITE_URL`` gives it). Runs the allowlist, the links and the
language of parts over every page (hooks/lib/sitebuild/check/) and prints every finding
(``sitedata.findings.report``): exit status 1 when there are any, else 0 and a one-line summary.
"""

from __future__ import annotations

import sys

from sitebuild.folder_command import folder_and_config
from sitedata.findings import report

from . import findings, project


def main(argv: list[str] | None = None) -> int:
    site, config = folder_and_config("python -m sitebuild.check", __doc__.split("\n")[0], argv)
    found = list(dict.fromkeys(findings(project(config))))  # a finding found twice (same id and place) told once
    if found:
        print(report(found, cap=len(found)))
        return 1
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"{pages} ページを確かめました。誤りはありません。\n  {pages} pages checked: no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
