"""The open data page's lists of files and columns, from data/interface.yml (and the outcome, once published).

Makes ``<!-- insert: opendata-files -->`` and ``<!-- insert: opendata-columns NAME -->`` on the open data page
with the list of files (prepare/open_data.py) and the description of each column, in the page's language, and
``<!-- insert: opendata-results -->``: the list of the results' files (prepare/open_data_results.py), or
nothing while the results are not published.
"""

from __future__ import annotations

from markupsafe import escape

from sitebuild import inserts
from sitebuild.prepare.open_data import CAPTIONS, FILES


@inserts.part("opendata-files")
def files_list(where) -> str:
    lines = []
    for name in FILES:
        label = where.data.words.md(f"opendata.{name}", where.lang)
        lines.append(f"- {label}: [CSV](opendata/{name}.csv) / [JSON](opendata/{name}.json)")
    return "\n".join(lines)


@inserts.part("opendata-columns")
def columns(where, name: str) -> str:
    lang, w = where.lang, where.data.words
    rows = "".join(
        f"<tr><td><code>{c}</code></td><td>{escape(w.text(f'opendata_{name}.{c}', lang))}</td></tr>"
        for c in FILES[name]
    )
    return (
        f'<table class="opendata-columns"><caption>{w.html(CAPTIONS[name], lang)}</caption>'
        f'<thead><tr><th scope="col">{w.html("opendata.column", lang)}</th>'
        f'<th scope="col">{w.html("opendata.meaning", lang)}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


@inserts.part("opendata-results")
def results_list(where) -> str:
    data, lang = where.data, where.lang
    if data.outcome.published is None:
        return ""
    w = data.words
    sample = f" {w.md('opendata.results_sample', lang)}" if data.sample else ""
    return (
        f"- {w.md('opendata.results', lang)}: [JSON](opendata/results.json) "
        f"([JSON Schema](opendata/results.schema.json)) / "
        f"[CSV: {w.md('opendata.results_rows', lang)}](opendata/results-rows.csv) / "
        f"[CSV: {w.md('opendata.results_changes', lang)}](opendata/results-changes.csv) / "
        f"[CSV: {w.md('opendata.results_counts', lang)}](opendata/results-counts.csv){sample}"
    )
