"""A preview (``mkdocs serve``) that never freezes and shows the build's problems on the page.

Reads mkdocs.yml again when it changes (hooks/lib/sitebuild/configcheck.py). Under ``mkdocs serve`` only:
from ``on_startup`` every build of the preview runs through ``sitebuild.preview.guarded`` (never strict,
never raising: MkDocs' server otherwise holds every page request for ever after a failed build), and
mkdocs.yml, read again by the server after a save, is checked first: a slip there (a tab, a full-width
space, a missing colon: menu.E007–E012) is shown on the page and in the terminal in Japanese and English,
instead of a Python traceback and a browser waiting for ever, and the last good pages stay served. From
``on_serve`` the server's pages pass through ``sitebuild.preview.middleware``, which emits the banner of the
last build's warnings or error (in Japanese and English, at the top of every page served) and lets MkDocs'
live-reload script run under the page's Content-Security-Policy, and the server looks for saved files every
0.1 s instead of every 0.5 s (``sitebuild.preview.watch_often``). ``mkdocs build`` is not touched.
"""

import logging
from pathlib import Path
from types import SimpleNamespace

from sitebuild import configcheck, preview
from sitedata.findings import FindingsError

log = logging.getLogger("mkdocs.hooks.preview")
_config_findings: list = []  # mkdocs.yml's findings when the server last read it


def _checked_load(load_config):
    """MkDocs' ``load_config`` as the server calls it after a save: mkdocs.yml checked first; with a
    slip, a stand-in configuration that ``_skipped`` will not build."""

    def load(config_file=None, **kwargs):
        path = config_file or configcheck.FILE
        found = configcheck.check(Path(path)) if isinstance(path, str) and Path(path).is_file() else []
        _config_findings[:] = found
        return SimpleNamespace(site_url=None, watch=[]) if found else load_config(config_file=config_file, **kwargs)

    return load


def _skipped(build):
    """The guarded build, not run while mkdocs.yml has a slip: its findings are the preview's notes."""

    def run(config, **kwargs):
        if not _config_findings:
            return build(config, **kwargs)
        message = str(FindingsError(_config_findings))
        preview.notes.messages[:] = [message]
        preview.notes.failed = True
        log.error(message)

    run.preview_guarded = True
    return run


def on_startup(command, **kwargs):
    if command == "serve":
        # mkdocs.commands.serve calls its module's `build` for the first build and every rebuild, and its
        # `load_config` after each save (imported here, so that `mkdocs build` never loads the server).
        from mkdocs.commands import serve as serve_command

        if not getattr(serve_command.build, "preview_guarded", False):
            serve_command.build = _skipped(preview.guarded(serve_command.build))
            serve_command.load_config = _checked_load(serve_command.load_config)


def on_serve(server, config, builder, **kwargs):
    server.set_app(preview.middleware(server.get_app(), server.mount_path))
    preview.watch_often(server)  # a saved file is seen within 0.1 s, not 0.5 s
    return server
