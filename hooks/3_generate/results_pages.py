"""The results pages, from the outcome (data/outcome.xlsx or data/outcome.yml) and
data/outcome_categories.yml (with the drafts' sections).

Once the outcome is published with at least one row, emits for each draft ``results-<draft id>.md``
and its English twin (``results-basic-policy.html``, ``en/results-basic-policy.html``, …) and
``results-other.md`` for opinions about nothing in the drafts: the header fields, the counts by
category and by section, the rows grouped by section, and each change as a redline
(hooks/lib/sitebuild/results_page.py). Once published they are added to the menu, in each language, as the
section 「意見募集の結果」/"Results" after the site's own entries (``on_nav``; that also puts them in the search,
which indexes the pages in the menu: hooks/5_site/search_index.py), and linked from the comment page's results
(``<!-- insert: outcome -->``, hooks/3_generate/outcome.py). While the outcome is not published, no page is
added (``not_in_nav`` in mkdocs.yml keeps MkDocs quiet about them).

The pages are added before mkdocs-static-i18n pairs x.md with x.en.md and given their text after it,
as hooks/3_generate/print_pages.py does.
"""

from __future__ import annotations

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.structure.nav import Section

import sitedata
from sitebuild import i18n, results, results_page


def _keys(data: sitedata.SiteData) -> list[str]:
    outcome = data.outcome
    if outcome.published is None or not outcome.rows:
        return []
    return results.page_keys(data)


@event_priority(i18n.BEFORE_PAIRING)
def _add_pages(files, config):
    for key in _keys(sitedata.load(config)):
        for lang in i18n.LANGS:
            name = i18n.source_name(results.page_file(key), lang)
            if files.get_file_from_path(name) is None:
                files.append(File(name, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


@event_priority(i18n.AFTER_PAIRING)
def _fill_pages(files, config):
    data = sitedata.load(config)
    pages = {results.page_file(key): key for key in _keys(data)}
    for file in files.documentation_pages():
        key = pages.get(i18n.japanese_name(file.src_uri))
        if key is not None:
            lang = i18n.source_lang(file.src_uri)
            file.content_string = results_page.page_markdown(data, data.outcome, key, lang)
    return files


on_files = CombinedEvent(_add_pages, _fill_pages)


def on_nav(nav, config, files, **kwargs):
    """The results pages as the menu's last section, in the language of this build (before the search's on_nav
    reads the menu, at the same priority: hooks run in the order of mkdocs.yml)."""
    data = sitedata.load(config)
    keys = _keys(data)
    lang = i18n.build_language(config)
    pages = [f.page for key in keys if (f := files.get_file_from_path(i18n.source_name(results.page_file(key), lang)))]
    pages = [p for p in pages if p is not None]
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
