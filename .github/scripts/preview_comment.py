"""A pull request's preview: its address, its QR code and the comment that links them (.github/workflows/site.yml).

    python3 .github/scripts/preview_comment.py url https://owner.github.io/repo/ 12    # -> …/repo/pr-12/
    python .github/scripts/preview_comment.py comment --url URL --sha SHA --site site --out comment.md
    python3 .github/scripts/preview_comment.py removed --url URL --out comment.md

``url`` is where the gh-pages branch's pr-N/ folder is served (the site's address, the Pages one, with a sub-path);
the preview is built for it (``make publish SITE_URL=…``). ``comment`` writes the QR code of that address into the
built site (``preview-qr.png``, segno: installed by the workflow from the lock's group ``preview``) and the comment
from the template .github/preview-comment.md; ``removed`` the comment of a closed pull request
(.github/preview-removed.md). The words are in the templates, in Japanese and English; this fills in the values.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

TEMPLATES = Path(__file__).resolve().parent.parent
QR_FILE = "preview-qr.png"


def preview_url(base: str, number: int) -> str:
    """The address of pull request ``number``'s preview under ``base`` (the address the branch is served at)."""
    parts = urlsplit(base.strip())
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment:
        raise SystemExit(f"{base!r}: the preview's base address must be https://host/path/")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"https://{parts.netloc}{path}pr-{int(number)}/"


def _fill(template: str, **values: str) -> str:
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def comment(url: str, sha: str, site: Path) -> str:
    """Write the QR code of ``url`` into the built ``site``; the comment's Markdown."""
    import segno  # only where the workflow installed it (the group preview), not in the site's environment

    segno.make(url, error="m").save(site / QR_FILE, kind="png", scale=6, border=4)
    return _fill("preview-comment.md", url=url, qr=url + QR_FILE, sha=sha[:12])


def removed(url: str) -> str:
    return _fill("preview-removed.md", url=url)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    address = commands.add_parser("url")
    address.add_argument("base")
    address.add_argument("number", type=int)
    made = commands.add_parser("comment")
    gone = commands.add_parser("removed")
    for sub in (made, gone):
        sub.add_argument("--url", required=True)
        sub.add_argument("--out", required=True, type=Path)
    made.add_argument("--sha", required=True)
    made.add_argument("--site", required=True, type=Path)
    args = parser.parse_args(argv)
    if args.command == "url":
        print(preview_url(args.base, args.number))
        return
    text = comment(args.url, args.sha, args.site) if args.command == "comment" else removed(args.url)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
