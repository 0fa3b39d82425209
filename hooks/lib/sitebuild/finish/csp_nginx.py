"""The site's Content-Security-Policy for nginx: ``.csp-nginx.conf`` at the top of the built site.

Reads every built page (``*.html`` under the site folder, both languages and both 404 pages) for the hashes
its own policy names (sitebuild/render/csp.py put them in, ``page_hashes`` reads them back). Emits the same
policy for the whole site (every page's hashes) as one nginx ``set`` line, which deploy/nginx.conf includes
to send the policy as a header too (with ``frame-ancestors``, which a ``<meta>`` cannot carry).
"""

from __future__ import annotations

from pathlib import Path

from sitebuild.render.csp import page_hashes, policy

NGINX_FILE = ".csp-nginx.conf"


def site_hashes(site: Path) -> list[str]:
    """Every hash the built pages' policies name, sorted."""
    found: set[str] = set()
    for page in site.rglob("*.html"):
        found.update(page_hashes(page.read_text(encoding="utf-8")))
    return sorted(found)


def write_nginx_policy(site: Path) -> None:
    line = f'set $site_csp "{policy(site_hashes(site))}";\n'
    (site / NGINX_FILE).write_text(line, encoding="utf-8")
