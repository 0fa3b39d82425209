"""The results pages, from the outcome (data/outcome.xlsx or data/outcome.yml) and
data/outcome_categories.yml (with the drafts' sections).

Once the outcome is published with at least one row, emits for each draft ``results-<draft id>.md``
and its English twin (``results-basic-policy.html``, ``en/results-basic-policy.html``, …) and
``results-other.md`` for opinions about nothing in the drafts: the header fields, the counts by
category and by section, the rows grouped by section, and each change as a redline
(hooks/lib/sitebuild/results_page.py; ``page_text``). Once published they are added to the menu, in each
language, as the section 「意見募集の結果」/"Results" after the site's own entries (``add_to_menu``; that also
puts them in the search, which indexes the pages in the menu: hooks/lib/sitebuild/finish/search_index.py), and
linked from the comment page's results (``<!-- insert: outcome -->``, prepare/parts/outcome.py). While the outcome
is not published, no page is added (``not_in_nav`` in mkdocs.yml keeps MkDocs quiet about them).
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.nav import Section

import sitedata
from sitebuild import i18n, results, results_page


def keys(data: sitedata.SiteData) -> list[str]:
    """The results pages' keys (the drafts' ids and ``other``); none while the outcome is not published."""
    outcome = data.outcome
    if outcome.published is None or not outcome.rows:
        return []
    return results.page_keys(data)


def page_names(data: sitedata.SiteData) -> list[str]:
    """The Japanese source names of the results pages (results-basic-policy.md, …)."""
    return [results.page_file(key) for key in keys(data)]


def page_text(data: sitedata.SiteData, name: str) -> str | None:
    """The Markdown of a results page by its source name in either language; None for any other page."""
    pages = {results.page_file(key): key for key in keys(data)}
    key = pages.get(i18n.japanese_name(name))
    if key is None:
        return None
    return results_page.page_markdown(data, data.outcome, key, i18n.source_lang(name))


def add_to_menu(nav: Any, files: Any, data: sitedata.SiteData, lang: str) -> Any:
    """The results pages as the menu's last section, in the language of this build (MkDocs' ``Navigation``
    and the pages of its ``Files``; before the search's on_nav reads the menu)."""
    found = [files.get_file_from_path(i18n.source_name(name, lang)) for name in page_names(data)]
    pages = [f.page for f in found if f is not None and f.page is not None]
    if not pages:
        return nav
    section = Section(data.words.text("outcome.heading", lang), pages)
    last = nav.pages[-1] if nav.pages else None
    for page in pages:
        page.parent = section
        page.previous_page, last = last, page
        if page.previous_page is not None:
            page.previous_page.next_page = page
    nav.items.append(section)
    nav.pages.extend(pages)
    return nav
