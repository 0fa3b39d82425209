"""Fills the ``<!-- insert: NAME ARGS -->`` markers of every page with the generated parts.

Reads each page's Markdown; the parts are registered by the other hooks of hooks/3_generate/ (see
hooks/lib/sitebuild/inserts.py). Emits the page's Markdown with every marker replaced; a marker no
generator makes stops the build, naming the page's file and line.
"""

from sitebuild import inserts


def on_page_markdown(markdown, page, config, **kwargs):
    return inserts.fill(markdown, page, config)
