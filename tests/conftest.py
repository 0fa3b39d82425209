"""Shared fixtures: build the real site (or a changed copy of the project) into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides", "scripts")
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass
class Build:
    returncode: int
    output: str
    site: Path

    def html(self, rel: str) -> BeautifulSoup:
        return BeautifulSoup((self.site / rel).read_text(encoding="utf-8"), "lxml")

    def pages(self) -> list[str]:
        return sorted(p.relative_to(self.site).as_posix() for p in self.site.rglob("*.html") if p.name != "404.html")


def build(project: Path, site: Path, site_url: str | None = None) -> Build:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    if site_url:
        env["SITE_URL"] = site_url
    proc = subprocess.run(
        MKDOCS + ["build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(proc.returncode, proc.stdout + proc.stderr, site)


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


def mark_translated(project: Path, *english_pages: str) -> None:
    """Run the staff's command that marks English pages as up to date, inside a project copy."""
    subprocess.run(
        [sys.executable, str(project / "scripts" / "mark_translated.py"), *english_pages],
        cwd=project,
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Build:
    """The real site, built once for the whole test session."""
    result = build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, result.output
    return result


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the project that a test may break."""
    return copy_project(tmp_path / "project")


# ---------------------------------------------------------------- browser tests

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Served:
    url: str  # e.g. http://127.0.0.1:41234/ (the site was built for this address)
    build: Build


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(directory: Path, port: int):
    """Serve a folder on 127.0.0.1 in a background thread; returns the server (call shutdown())."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> Served:
    """The real site built for, and served at, http://127.0.0.1:PORT/."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    result = build(ROOT, tmp_path_factory.mktemp("served") / "site", site_url=url)
    assert result.returncode == 0, result.output
    server = serve(result.site, port)
    yield Served(url, result)
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: run `make test`, which installs Debian's chromium"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()
