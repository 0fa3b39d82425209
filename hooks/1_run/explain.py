"""MkDocs' own warnings about pages, links and the menu, explained for staff.

Reads the page or mkdocs.yml a warning names, for the line. From ``on_config`` puts
``sitebuild.explain``'s filter on MkDocs' loggers: a page not in the menu, a menu entry or a link or an
image whose target is not found, an unrecognised or absolute link, a missing anchor are then reported
in Japanese and English with the file, the line and the fix, once a run (same level: ``mkdocs build
--strict`` still stops on them). Emits nothing.
"""

from sitebuild import explain, i18n


def on_config(config, **kwargs):
    explain.install(config)
    return config


def on_pre_build(config, **kwargs):
    if i18n.first_build(config):
        explain.new_run()
