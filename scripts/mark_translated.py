"""Mark English pages as translations of the current Japanese text.

    python scripts/mark_translated.py docs/strategy.en.md [docs/places.en.md ...]
    python scripts/mark_translated.py --list

Writes ``translated_from: <hash of the Japanese page>`` into each English page's front matter
(adding the front matter if there is none). Run it after checking that the English page says
what the Japanese page says; ``--list`` shows the state of every page.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
import sitedata  # noqa: E402
from sitebuild import translations  # noqa: E402
from sitedata.textfile import read_text  # noqa: E402

DOCS = ROOT / "docs"


def mark(english: Path) -> str:
    if not english.name.endswith(".en.md"):
        raise SystemExit(f"{english}: not an English page (its name must end in .en.md)")
    japanese = english.with_name(english.name[: -len(".en.md")] + ".md")
    if not japanese.exists():
        raise SystemExit(f"{english}: its Japanese page {japanese} does not exist")
    digest = translations.source_hash(japanese)  # both pages read as UTF-8, else a DataError with the fix
    text = read_text(english)
    line = f"{translations.FIELD}: {digest}"
    if text.startswith("---\n"):
        front, body = text[4:].split("\n---", 1)
        kept = [row for row in front.split("\n") if not row.startswith(f"{translations.FIELD}:")]
        text = "---\n" + "\n".join(kept + [line]) + "\n---" + body
    else:
        text = f"---\n{line}\n---\n\n" + text
    english.write_text(text, encoding="utf-8")
    return digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", type=Path, help="English pages (docs/x.en.md) to mark as translated")
    parser.add_argument("--list", action="store_true", help="show every page's translation state")
    args = parser.parse_args()
    if args.list or not args.pages:
        for state in translations.page_states(DOCS):
            print(f"{sitedata.load().words.text('translation_status.' + state.state, 'en'):>22}  docs/{state.en}")
        return
    for page in args.pages:
        path = page if page.is_absolute() else Path.cwd() / page
        try:
            digest = mark(path)
        except sitedata.DataError as exc:  # a page not saved as UTF-8: not marked, the fix shown
            raise SystemExit(f"{exc}\n  {page} は記録していません。 / {page} was not marked.") from None
        print(f"{page}: translated_from {digest}")


if __name__ == "__main__":
    main()
