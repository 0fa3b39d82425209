"""Count the runs of text in the other language that are not marked with ``lang`` in a built site.

    .venv/bin/python scripts/count_language_of_parts.py site/          # totals per language
    .venv/bin/python scripts/count_language_of_parts.py site/ --list   # every run, page by page

English pages (en/**.html): runs of Japanese script outside lang="ja"; Japanese pages: English phrases
of three words or more outside lang="en" (hooks/lib/sitebuild/language_of_parts.py has the rules, and
hooks/lib/sitebuild/check/language.py applies them in every build). The 404 pages are counted too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitebuild.language_of_parts import findings


def main(site: Path, listing: bool) -> None:
    totals = {"ja": [0, 0], "en": [0, 0]}  # runs, pages with a run
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        lang = "en" if rel.startswith("en/") else "ja"
        parts = findings(path.read_text(encoding="utf-8"), lang)
        totals[lang][0] += len(parts)
        totals[lang][1] += bool(parts)
        if listing:
            for part in parts:
                print(f"{rel}: {part.where} {part.text!r}  [{part.context}]")
    for lang, (runs, pages) in totals.items():
        kind = "Japanese runs on English pages" if lang == "en" else "English phrases on Japanese pages"
        print(f"{kind}, not marked: {runs} (on {pages} pages)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--list" in sys.argv[2:])
