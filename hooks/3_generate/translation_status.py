"""The translation state of every page, for staff, from the Markdown files in docs/.

Makes ``<!-- insert: translation-status -->`` (hooks/lib/sitebuild/inserts.py): the table of every page
with its state (translated / out of date / missing), shown on the staff page
docs/staff/translation-status.md. The states come from hooks/lib/sitebuild/translations.py.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape

from sitebuild import inserts
from sitebuild.translations import page_states


@inserts.part("translation-status")
def translation_status(where) -> str:
    docs_dir, lang = Path(where.config.docs_dir), where.lang
    t = where.data.words.part("translation_status", lang)
    head = (t["page"], t["english_page"], t["state"])
    rows = "".join(
        f'<tr data-state="{s.state}"><td><code>docs/{escape(s.ja)}</code></td><td><code>docs/{escape(s.en)}</code></td>'
        f"<td>{t[s.state]}</td></tr>"
        for s in page_states(docs_dir)
    )
    caption = t["caption"]
    return (
        f'<table class="translation-status"><caption>{caption}</caption><thead><tr>'
        + "".join(f'<th scope="col">{h}</th>' for h in head)
        + f"</tr></thead><tbody>{rows}</tbody></table>"
    )
