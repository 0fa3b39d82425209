"""Shared fixtures and helpers: build the real site (or a changed copy of the project) into a temporary
folder, serve it, drive Debian's Chromium, read PDFs; the pytest markers of the tests that need more
than Python (browser, pdf, nginx, validator: see pyproject.toml and `make quick`)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides", "scripts")
MKDOCS = [sys.executable, "-m", "mkdocs"]
LANGS = ("ja", "en")

import sitedata  # noqa: E402  (the project's package: hooks/lib, installed with the site)

DATA = sitedata.load()  # what data/*.yml says: the tests' expected counts and texts come from here

# Tests using these fixtures get the marker: `make quick` leaves them out. (The modules of the nginx tests also
# say `pytest.mark.xdist_group("nginx")`: under pytest-xdist they run in one worker, with one build and one nginx.)
FIXTURE_MARKERS = {"browser": "browser", "printed": "pdf", "booklets": "pdf"}


def pytest_collection_modifyitems(items):
    for item in items:
        for fixture, marker in FIXTURE_MARKERS.items():
            if fixture in item.fixturenames:
                item.add_marker(marker)


def lang_of(rel: str) -> str:
    """The language of a built page, from its path."""
    return "en" if rel.startswith("en/") else "ja"


@dataclass
class Build:
    returncode: int
    output: str
    site: Path

    def html(self, rel: str) -> BeautifulSoup:
        return BeautifulSoup((self.site / rel).read_text(encoding="utf-8"), "lxml")

    def pages(self) -> list[str]:
        return sorted(p.relative_to(self.site).as_posix() for p in self.site.rglob("*.html") if p.name != "404.html")


def build(project: Path, site: Path, site_url: str | None = None, config: str = "mkdocs.yml") -> Build:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    env.pop("SITE_PREVIEW", None)  # a pull request's preview build only (tests/test_preview_site.py)
    if site_url:
        env["SITE_URL"] = site_url
    proc = subprocess.run(
        MKDOCS + ["build", "--strict", "-f", str(project / config), "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(proc.returncode, proc.stdout + proc.stderr, site)


def copy_project(dest: Path, parts: tuple[str, ...] = PROJECT_PARTS) -> Path:
    """A copy of the project's ``parts`` (the site's sources by default) in ``dest``."""
    dest.mkdir(parents=True)
    for part in parts:
        src = ROOT / part
        if src.is_dir():  # with the hooks' bytecode (`make bytecode`): copies keep the dates it is checked against
            shutil.copytree(src, dest / part)
        else:
            shutil.copy2(src, dest / part)
    return dest


def edit(project: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    """Replace text in a file of a project copy; the text must be there."""
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(project: Path, rel: str, needle: str) -> int:
    """The number of the first line of a project file holding `needle`."""
    for number, line in enumerate((project / rel).read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def assert_fails(project: Path, tmp_path: Path, *expected: str) -> str:
    """The build of a project copy stops with a message holding every `expected` text, and leaves no page."""
    result = build(project, tmp_path / "out")
    assert result.returncode != 0, result.output
    assert "Traceback" not in result.output, result.output
    for text in expected:
        assert text in result.output, f"{text!r} not in:\n{result.output}"
    # Nothing half-built is left for someone to publish by mistake.
    assert not (tmp_path / "out" / "index.html").exists()
    return result.output


def mark_translated(project: Path, *english_pages: str) -> None:
    """Run the staff's command that marks English pages as up to date, inside a project copy."""
    subprocess.run(
        [sys.executable, str(project / "scripts" / "mark_translated.py"), *english_pages],
        cwd=project,
        check=True,
        capture_output=True,
        text=True,
    )


def shared_build(tmp_path_factory, name: str, **kwargs) -> Build:
    """The real site built once for the whole run, as ``build(ROOT, …, **kwargs)``: under pytest-xdist the
    first worker to ask builds it and the others wait for that build (a lock file) and use it."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, shared by the workers
    folder = base / f"shared-{name}"
    with open(base / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = folder / "build.json"
        if record.exists():
            done = json.loads(record.read_text(encoding="utf-8"))
            return Build(done["returncode"], done["output"], Path(done["site"]))
        folder.mkdir(exist_ok=True)
        result = build(ROOT, folder / "site", **kwargs)
        done = {"returncode": result.returncode, "output": result.output, "site": str(result.site)}
        record.write_text(json.dumps(done), encoding="utf-8")
        return result


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Build:
    """The real site, built once for the whole test run, as `make site` builds it (no SITE_URL)."""
    result = shared_build(tmp_path_factory, "site")
    assert result.returncode == 0, result.output
    return result


# The address of a build for publication in the tests: the README's example, with a sub-path.
PUBLISHED_URL = "https://example.jp/kikaku/draft/"


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Build:
    """The real site built for publication (SITE_URL set), once for the whole test run: it has the
    canonical and hreflang links, sitemaps and feeds that a build without SITE_URL (``site``) leaves out."""
    result = shared_build(tmp_path_factory, "published", site_url=PUBLISHED_URL)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def example(tmp_path_factory) -> Build:
    """The site built with the fictional sample outcome (`make example`: mkdocs.example.yml), once a run."""
    result = shared_build(tmp_path_factory, "example", config="mkdocs.example.yml")
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


@contextmanager
def tab_at(browser, viewport: dict):
    """A new tab of its own browser context at ``viewport`` (width and height), closed after use."""
    context = browser.new_context(viewport=viewport)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="module")
def served_example(example):
    """The sample build (`make example`), served at http://127.0.0.1:PORT/ (built for no address)."""
    port = free_port()
    server = serve(example.site, port)
    yield f"http://127.0.0.1:{port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> Served:
    """The real site built for, and served at, http://127.0.0.1:PORT/ (its printed pages give that address),
    once per test process (each pytest-xdist worker serves its own, at its own port)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    result = build(ROOT, tmp_path_factory.mktemp("served") / "site", site_url=url)
    assert result.returncode == 0, result.output
    server = serve(result.site, port)
    yield Served(url, result)
    server.shutdown()


@pytest.fixture(scope="session")
def nginx(tmp_path_factory):
    """The real site built for, and served by, Debian's nginx with deploy/nginx.conf: (address, build)."""
    import nginx_server  # it imports this module

    with nginx_server.serving(tmp_path_factory.mktemp("nginx")) as served:
        yield served


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


# ---------------------------------------------------------------- PDFs (poppler)


def flat(text: str) -> str:
    """Text without white space: Japanese as printed may break a line between any two characters."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """pdftotext -raw: the text in drawing order, so a table cell's lines stay together."""
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(
        ["pdftotext", "-raw", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def sheets(pdf: Path) -> list[str]:
    """The text of each page of a PDF, in order."""
    return [pdf_text(pdf, n, n) for n in range(1, page_count(pdf) + 1)]
