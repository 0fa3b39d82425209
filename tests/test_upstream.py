"""What the run and the render rely on in MkDocs 1.6.1 beyond its published interface, one test each, read
from the installed MkDocs' own source: each fails when an upgrade changes what the hooks rely on.

- sitebuild/guard.py keeps MkDocs' one-line "Error reading/building page" off the screen for an
  unexpected error (its own bilingual message replaces it), matching the line's English words;
- sitebuild/explain.py rewrites MkDocs' English-only warnings about links, anchors and the menu, matching
  their words;
- sitebuild/startup.py guards the preview by replacing ``mkdocs.commands.serve``'s module-level ``build``
  and ``load_config``, which ``mkdocs serve`` calls for every build and after every save;
- sitebuild/preview.py gives the server a new ``observer`` from ``on_serve``, before the server starts it.

(Material's mark of the menu's page, which says which pages are indexed, is checked on the built site:
tests/test_search_index.py.)
"""

from __future__ import annotations

import inspect
import re

import pytest
from mkdocs.commands import build, serve
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure import nav, pages

from sitebuild import explain


def test_mkdocs_names_a_page_it_could_not_read_or_build_as_the_guard_expects():
    source = inspect.getsource(build)
    assert "message = f\"Error reading page '{page.file.src_uri}':\"" in source
    assert "message = f\"Error building page '{page.file.src_uri}':\"" in source
    assert explain._READING.match("Error reading page 'index.md': bad") is not None


@pytest.mark.parametrize(
    "module, words",
    [
        (pages, "contains a link '{original_link}', but {problem}"),
        (pages, "does not contain an anchor '#{anchor}'"),
        (pages, "there is no such anchor on this page"),
        (pages, "contains an absolute link '{url}', it was left as is."),
        (pages, "contains an unrecognized relative link '{url}', "),
        (pages, " Did you mean '{suggest_url}'?"),
        (nav, "The following pages exist in the docs directory, but are not "),
        (nav, "is included in the 'nav' configuration, which is not found"),
    ],
)
def test_mkdocs_warns_in_the_words_the_explainer_reads(module, words):
    source = re.sub(r"[\"']\s*\n\s*f?[\"']", "", inspect.getsource(module))  # a message's lines joined
    assert words in source


def test_mkdocs_serve_builds_through_its_module_s_build_and_load_config():
    source = inspect.getsource(serve)
    assert "from mkdocs.commands.build import build" in source and "from mkdocs.config import load_config" in source
    assert "        build(config, " in source and "config = load_config(" in source


def test_the_server_starts_its_observer_after_on_serve():
    source = inspect.getsource(serve)
    assert source.index("config.plugins.on_serve(server") < source.index("server.serve(")
    assert "self.observer.start()" in inspect.getsource(LiveReloadServer.serve)
