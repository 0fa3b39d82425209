"""Measure the site with Lighthouse (a measurement, not a test): home, strategy and places pages,
Japanese and English, with Debian's Chromium, offline.

    .venv/bin/python scripts/lighthouse.py            # Lighthouse's default: a phone, throttled
    .venv/bin/python scripts/lighthouse.py --desktop  # the desktop preset
    .venv/bin/python scripts/lighthouse.py --no-gzip  # served without compression

Installs lighthouse (exact version below) with npm into build/lighthouse/ (git-ignored) if it is
not there, builds the site for http://127.0.0.1:PORT/ (so that its absolute links and Material's
sitemap requests stay on that address), serves it there (text files gzip-compressed, as web servers
normally send them), runs Lighthouse --runs times per page (default 3) and prints a Markdown table
of the median score of each of the four categories. The JSON reports stay in
build/lighthouse/reports/. Exits with 1 when a score is under the target (performance 95, the
others 100).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "lighthouse"
LIGHTHOUSE_VERSION = "12.2.3"  # Lighthouse 13 needs Node 22
CHROMIUM = "/usr/bin/chromium"
PAGES = ["index.html", "en/index.html", "strategy.html", "en/strategy.html", "places.html", "en/places.html"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def install() -> Path:
    binary = WORK / "node_modules" / ".bin" / "lighthouse"
    package = WORK / "node_modules" / "lighthouse" / "package.json"
    if not (binary.exists() and json.loads(package.read_text())["version"] == LIGHTHOUSE_VERSION):
        WORK.mkdir(parents=True, exist_ok=True)
        if not (WORK / "package.json").exists():
            (WORK / "package.json").write_text('{"private": true}\n')
        subprocess.run(
            ["npm", "install", "--save-exact", "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            cwd=WORK,
            check=True,
        )
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(url: str) -> Path:
    site = WORK / "site"
    shutil.rmtree(site, ignore_errors=True)
    env = dict(os.environ, SITE_URL=url, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)], cwd=ROOT, env=env, check=True
    )
    return site


COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


def serve(site: Path, port: int, gzip_text: bool = True) -> http.server.ThreadingHTTPServer:
    """Serve the site as an ordinary web server would: text files gzip-compressed when the browser
    accepts it (Python's own http.server sends everything uncompressed)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if not (
                gzip_text
                and path.suffix in COMPRESSED
                and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")
            ):
                return super().send_head()
            body = gzip.compress(path.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(binary: Path, url: str, report: Path, desktop: bool) -> dict:
    command = [
        str(binary),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run",
    ]
    if desktop:
        command.append("--preset=desktop")
    subprocess.run(command, env=dict(os.environ, CHROME_PATH=CHROMIUM), check=True)
    result = json.loads(report.read_text())
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    failed = sorted(
        a["id"]
        for a in result["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"
    )
    return {
        "scores": scores,
        "failed_audits": failed,
        "lighthouse": result["lighthouseVersion"],
        "chrome": result["environment"]["hostUserAgent"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desktop", action="store_true", help="Lighthouse's desktop preset instead of a phone")
    parser.add_argument("--no-gzip", action="store_true", help="serve every file uncompressed")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median score is shown (default 3)")
    args = parser.parse_args()
    binary = install()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = serve(build(url), port, gzip_text=not args.no_gzip)
    reports = WORK / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        for page in PAGES:
            name = ("desktop-" if args.desktop else "mobile-") + page.replace("/", "_").replace(".html", "")
            runs = [
                measure(binary, url + page, reports / f"{name}-{n + 1}.json", args.desktop) for n in range(args.runs)
            ]
            results[page] = dict(
                runs[0],
                scores={c: statistics.median_low(r["scores"][c] for r in runs) for c in CATEGORIES},
                failed_audits=sorted({a for r in runs for a in r["failed_audits"]}),
            )
    finally:
        server.shutdown()
    first = next(iter(results.values()))
    print(
        f"\nLighthouse {first['lighthouse']}, {'desktop preset' if args.desktop else 'default (phone, throttled)'}, "
        f"{'uncompressed' if args.no_gzip else 'text gzip-compressed'}, median of {args.runs} runs; {first['chrome']}"
    )
    print("| page | " + " | ".join(CATEGORIES) + " |")
    print("|---|" + "---:|" * len(CATEGORIES))
    below = []
    for page, result in results.items():
        print(f"| {page} | " + " | ".join(str(result["scores"][c]) for c in CATEGORIES) + " |")
        below += [
            f"{page}: {c} {result['scores'][c]} < {TARGETS[c]}" for c in CATEGORIES if result["scores"][c] < TARGETS[c]
        ]
        if result["failed_audits"]:
            print(f"    {page}: failed audits: {', '.join(result['failed_audits'])}", file=sys.stderr)
    for line in below:
        print("below target: " + line, file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
