"""The pages staff edit are well formed: headers, insert markers, twins, alternative text.

Reads every page of docs/ (docs/x.md and docs/x.en.md) once, in the first build, before anything is
generated; hooks/lib/sitebuild/pagecheck.py holds the rules: a header closed by ``---`` with only the
keys the site knows, every comment that looks like an insert marker a marker a part makes, the same
markers in a page and its English twin, alt text on every image. A mistake stops the build, naming the
page's file, the line and the fix in Japanese and English (never a generated print-*.md). Emits nothing.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from sitebuild import i18n, pagecheck


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    problems = pagecheck.check(Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(map(str, problems)))
