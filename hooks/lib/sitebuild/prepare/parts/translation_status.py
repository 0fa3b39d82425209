"""The translation state of every page, for staff, from the Markdown files in docs/.

Makes ``<!-- insert: translation-status -->`` (hooks/lib/sitebuild/inserts.py): the table of every page
with its state (translated / out of date / missing), shown on the staff page
docs/staff/translation-status.md. The states come from hooks/lib/sitebuild/translations.py. Once the results
are published (Japanese first: data.outcome), a second table lists their rows and changes still waiting for
English (``Outcome.untranslated``), each with the beginning of its Japanese text.
"""

from __future__ import annotations

from markupsafe import escape

from sitebuild import inserts
from sitebuild.translations import page_states


@inserts.part("translation-status")
def translation_status(where) -> str:
    docs_dir, lang = where.docs_dir, where.lang
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
        + _results_waiting(where.data.outcome, t, lang)
    )


def _results_waiting(outcome, t, lang: str) -> str:
    """The results' rows and changes without their English yet, once the results are published."""
    if not outcome.published:
        return ""
    waiting, total = outcome.untranslated(), len(outcome.rows) + len(outcome.changes)
    if not waiting:
        return f'<p class="translation-status-results">{t["results_none"]}</p>'
    mark = ' lang="ja"' if lang != "ja" else ""
    rows = "".join(
        f"<tr><td><code>{escape(x.id)}</code></td><td{mark}>{escape(_beginning(x))}</td></tr>" for x in waiting
    )
    caption = t["results_caption"].format(waiting=len(waiting), total=total)
    return (
        f'<table class="translation-status-results"><caption>{caption}</caption><thead><tr>'
        f'<th scope="col">{t["results_item"]}</th><th scope="col">{t["results_text"]}</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _beginning(item, length: int = 40) -> str:
    text = (item.summary if hasattr(item, "summary") else item.final).ja
    return text if len(text) <= length else text[:length] + "…"
