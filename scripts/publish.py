"""Build the site for publication: ``make publish SITE_URL=https://…/`` (README.md, "Publishing address").

    SITE_URL=https://www.example.jp/kikaku/draft/ python scripts/publish.py [-d FOLDER]

Stops before building, with a message in Japanese and English, when ``SITE_URL`` is missing, is not an
``http(s)://`` address, or is this computer's own address (127.0.0.1, localhost …): the site would tell
search engines and feed readers that its pages live there. Then builds into ``site/`` (or FOLDER) with
``mkdocs build --strict``, and looks through every file built for such an address; if one holds it, the
folder is emptied and the files are named, so nothing wrong is left to copy to the server.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}
# An address of this computer inside a built file. (Material's source maps name localhost and
# 127.0.0.1 in a comment of its code, not as an address: only "//host" counts.)
LOCAL_ADDRESS = re.compile(rb"//(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1\])(?![\w.-])", re.I)


def refusal(site_url: str | None) -> str | None:
    """Why ``site_url`` cannot be the published address, in Japanese and English; None if it can."""
    if not site_url:
        return (
            "公開用のビルドには、公開するアドレスが要ります。"
            "`make publish SITE_URL=https://（公開するアドレス）/` のように指定して、もう一度実行してください。\n"
            "  A build for publication needs the address the site is published at: run "
            "`make publish SITE_URL=https://(the address)/`."
        )
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return (
            f"SITE_URL「{site_url}」はウェブのアドレスではありません。https:// から書いてください。\n"
            f'  SITE_URL "{site_url}" is not a web address: write it from https://.'
        )
    if parts.hostname.lower() in LOCAL_HOSTS:
        return (
            f"SITE_URL「{site_url}」はこのパソコンのアドレスで、公開するアドレスではありません。"
            "サイトを公開するアドレスを指定してください。\n"
            f'  SITE_URL "{site_url}" is this computer\'s own address, not the one the site is published at. '
            "Give the public address."
        )
    return None


def local_addresses(site: Path) -> list[str]:
    """The files of a build that hold an address of this computer (``.gz`` files read unpacked)."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            if LOCAL_ADDRESS.search(data):
                found.append(path.relative_to(site).as_posix())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-d", "--site-dir", type=Path, default=ROOT / "site", help="the output folder (site/)")
    args = parser.parse_args(argv)
    site_url = os.environ.get("SITE_URL", "").strip()
    if reason := refusal(site_url):
        print(reason, file=sys.stderr)
        return 1
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml")]
    built = subprocess.run([*mkdocs, "-d", str(args.site_dir)], cwd=ROOT, env=dict(os.environ, SITE_URL=site_url))
    if built.returncode != 0:
        return built.returncode
    if found := local_addresses(args.site_dir):
        shutil.rmtree(args.site_dir)
        args.site_dir.mkdir()
        print(
            "ビルドしたファイルに、このパソコンのアドレス（127.0.0.1 など）があります。出力フォルダを空にしました。"
            "報告してください: " + ", ".join(found) + "\n"
            "  Built files hold an address of this computer (127.0.0.1 or the like); the output folder was "
            "emptied. Please report it: " + ", ".join(found),
            file=sys.stderr,
        )
        return 1
    print(f"公開用にビルドしました: {args.site_dir}（{site_url}）")
    print(f"  Built for publication at {site_url}: {args.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
