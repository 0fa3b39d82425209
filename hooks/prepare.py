"""Stage 1, prepare: the checks of the sources and what the site is made of, handed to MkDocs.

Reads data/, docs/ and the menu of mkdocs.yml; the work is in hooks/lib/sitebuild/prepare/ (plain functions,
also run without MkDocs by ``python -m sitebuild.prepare``). In the order of the build: the data files checked
(``on_config``); the pages, the menu, the translations and the glossary checked, once, in the first language's
build (``on_pre_build``); the printable and results pages added, then, once mkdocs-static-i18n has kept this
build's language, given their text, and the open data files added (``on_files``); the results section of the
menu (``on_nav``); each page's ``<!-- insert: … -->`` markers filled, then a printable page's later parts a
heading level down (``on_page_markdown``).
"""

from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

import sitedata
from sitebuild import i18n
from sitebuild.prepare import pages, print_pages, results_pages, site_files, sources


def on_config(config, **kwargs):
    sources.check_data(config)
    print_pages.quiet_repeated_warnings()
    return config


def on_pre_build(config, **kwargs):
    if i18n.first_build(config):  # checked once, in the Japanese (default) build
        sources.check_pages(config, sitedata.load(config))


def _add_pages(files, config, **kwargs):  # at the default priority: before mkdocs-static-i18n pairs x.md with x.en.md
    return site_files.add_pages(files, config, sitedata.load(config))


@event_priority(i18n.AFTER_PAIRING)  # after mkdocs-static-i18n has kept this build's language (new File objects)
def _fill_pages(files, config, **kwargs):
    data = sitedata.load(config)
    site_files.add_open_data(files, config, data)
    return site_files.fill_pages(files, config, data)


on_files = CombinedEvent(_add_pages, _fill_pages)


def on_nav(nav, config, files, **kwargs):
    return results_pages.add_to_menu(nav, files, sitedata.load(config), i18n.build_language(config))


def on_page_markdown(markdown, page, config, **kwargs):
    name, lang, source = page.file.src_uri, i18n.page_lang(page), page.file.content_string
    return pages.page_markdown(markdown, name, lang, source, sitedata.load(config), Path(config.docs_dir))
