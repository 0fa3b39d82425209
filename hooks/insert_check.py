"""Stops the build when a page asks for a generated part that no hook provides.

Reads the Markdown of every page after the other hooks; a ``<!-- insert: NAME -->`` marker still
there is a typo or an unknown name, reported with the page's file and line. Emits nothing.
"""

from mkdocs.exceptions import PluginError

import sitedata


def on_page_markdown(markdown, page, **kwargs):
    match = sitedata.INSERT.search(markdown)
    if match:
        source = open(page.file.abs_src_path, encoding="utf-8").read()
        at = source.find(match.group(0))
        line = source.count("\n", 0, at) + 1 if at >= 0 else "?"
        raise PluginError(
            f"docs/{page.file.src_uri} の {line} 行目: 「{match.group(0)}」という差し込みはありません。"
            f"名前のつづりを確かめてください。\n"
            f"  docs/{page.file.src_uri}, line {line}: there is no generated part called "
            f'"{match.group(1)}". Check the spelling of the marker.'
        )
    return markdown
