"""The run: how a build starts, what it tells staff when it stops, and the preview (listed first in mkdocs.yml).

Calls, in this order (the logic is in hooks/lib/sitebuild/):

- ``on_startup``: the command is recorded (``sitebuild.i18n``), MkDocs' one-line page errors are kept off
  the screen for an unexpected error (``sitebuild.guard``), and under ``mkdocs serve`` every build is guarded
  so that the preview never freezes (``sitebuild.startup.guard_the_preview``, ``sitebuild.preview``);
- the guard's ``working_on`` at each step (configuration, data, pages, templates, the whole site), so that an
  unexpected error names the file being worked on, in Japanese and English (traceback in ``build-error.log``);
- ``on_config``: the sources are dated (``SOURCE_DATE_EPOCH``, from the last commit: ``sitebuild.startup``),
  before any data is checked;
- ``on_config``/``on_pre_build``: MkDocs' own English-only warnings about pages, links and the menu explained
  for staff with the file and the line (``sitebuild.explain``), once a run;
- ``on_serve``: the preview's banner of the last build's warnings or error on every page served, and saved
  files seen within 0.1 s (``sitebuild.preview``);
- ``on_build_error``: the output folder emptied, so that a failed build can never be published by mistake
  (``mkdocs serve`` keeps its last good preview), and an unexpected error turned into the bilingual message.
"""

from sitebuild import explain, guard, i18n, preview, startup


def on_startup(command, **kwargs):
    i18n.record_command(command)
    guard.quiet_mkdocs_page_errors()
    startup.guard_the_preview(command)


def on_config(config, **kwargs):
    guard.run_started(config)
    startup.date_the_sources(config)
    explain.install(config)
    return config


def on_pre_build(config, **kwargs):
    guard.working_on(None)
    if i18n.first_build(config):
        explain.new_run()


def on_pre_page(page, **kwargs):
    guard.on_page(page)


def on_env(env, **kwargs):
    guard.working_on("サイトのひな形（overrides/）", "the site's templates (overrides/)")


def on_page_context(context, page, **kwargs):
    guard.on_page(page)


def on_post_build(config, **kwargs):
    guard.working_on("サイト全体（site/）", "the whole site (site/)")


def on_serve(server, config, builder, **kwargs):
    server.set_app(preview.middleware(server.get_app(), server.mount_path))
    preview.watch_often(server, config)  # a saved file is seen within 0.1 s, not 0.5 s
    return server


def on_build_error(error, **kwargs):
    guard.build_failed(error)
