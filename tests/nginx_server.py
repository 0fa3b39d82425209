"""Serve the real site with Debian's nginx and the project's own deploy/nginx.conf, on 127.0.0.1.

Used by the `nginx` fixture of tests/conftest.py (tests/test_nginx.py, tests/test_csp.py).
deploy/nginx.conf is copied with only its two "CHANGE" lines pointed at the test's site folder and
port, and wrapped in a minimal nginx.conf.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import ROOT, Build, build, free_port

NGINX = "/usr/sbin/nginx"
DEPLOY = ROOT / "deploy" / "nginx.conf"
SITE_IN_DEPLOY = "/srv/kumamoto-draft/site"
LISTEN_IN_DEPLOY = "listen 80;"


def site_config(site: Path, port: int) -> str:
    """deploy/nginx.conf with its two CHANGE lines pointed at this site and port."""
    text = DEPLOY.read_text(encoding="utf-8")
    assert text.count(LISTEN_IN_DEPLOY) == 1 and text.count(f"root {SITE_IN_DEPLOY};") == 1, (
        "deploy/nginx.conf: keep the lines 'listen 80;' and 'root /srv/kumamoto-draft/site;' (see its header)"
    )
    return text.replace(LISTEN_IN_DEPLOY, f"listen 127.0.0.1:{port};").replace(SITE_IN_DEPLOY, str(site))


@contextlib.contextmanager
def serving(work: Path):
    """Build the real site for its nginx address in `work`, serve it; yields (address, build)."""
    assert Path(NGINX).exists(), "nginx is missing: run `make test`, which installs Debian's nginx"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    result: Build = build(ROOT, work / "site", site_url=url)
    assert result.returncode == 0, result.output
    shutil.copy("/etc/nginx/mime.types", work / "mime.types")
    (work / "site.conf").write_text(site_config(result.site, port), encoding="utf-8")
    user = "user root;\n" if os.geteuid() == 0 else ""  # the workers must read pytest's private folder
    (work / "nginx.conf").write_text(
        f"{user}worker_processes 1;\ndaemon off;\npid {work}/nginx.pid;\nerror_log {work}/error.log;\n"
        "events {}\nhttp {\n  access_log off;\n"
        + "".join(
            f"  {kind}_temp_path {work}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {work}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    command = [NGINX, "-p", str(work), "-c", str(work / "nginx.conf"), "-e", str(work / "error.log")]
    check = subprocess.run(command + ["-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(command)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise AssertionError("nginx did not start:\n" + (work / "error.log").read_text())
        yield url, result
    finally:
        proc.terminate()
        proc.wait(timeout=10)
