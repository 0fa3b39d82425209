"""The results pages, from data/outcome.yml and data/outcome_categories.yml (with the drafts' sections).

Once the outcome is published with at least one row, emits for each draft ``results-<draft id>.md``
and its English twin (``results-basic-policy.html``, ``en/results-basic-policy.html``, …) and
``results-other.md`` for opinions about nothing in the drafts: the header fields, the counts by
category and by section, the rows grouped by section, and each change as a redline
(hooks/lib/sitebuild/results_page.py). They are kept out of ``nav`` (``not_in_nav`` in mkdocs.yml)
and linked from the comment page's results (``<!-- insert: outcome -->``, hooks/3_generate/outcome.py).
While the outcome is not published, no page is added.

The pages are added before mkdocs-static-i18n pairs x.md with x.en.md and given their text after it,
as hooks/3_generate/print_pages.py does.
"""

from __future__ import annotations

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File

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
