"""Checks every data file in data/ before anything is generated.

Reads every page (docs/*.md) and data file (data/*.yml) once as UTF-8 (``sitedata.textfile``: a file
saved as Shift_JIS or UTF-16 is a finding here, with the file and the fix, before MkDocs or another check
reads it), then checks every data file (``sitedata.check_all``: consultation.yml, strategy.yml,
places.yml, interface.yml, search_synonyms.yml, readings.yml and outcome.yml) at the start of each build;
every finding of every file stops the build at once, each with the file, the line and the fix (no
traceback); when there are any, the pages' and the menu's findings (``sitebuild.staffcheck``) are told with them.
Emits nothing.
"""

from pathlib import Path

import sitedata
from sitebuild import staffcheck
from sitedata.findings import FindingsError
from sitedata.textfile import source_findings


def on_config(config):
    found = source_findings(Path(config.config_file_path).resolve().parent, Path(config.docs_dir))
    pages = [f for f in found if not f.file.startswith("data/")]  # a data file's own check names it
    try:
        sitedata.check_all(config, pages)  # cached: the other hooks get this build's data without reading again
    except sitedata.DataError as error:
        # The pages' and the menu's findings too, in the same message (not in the next build).
        try:
            more = staffcheck.page_findings(config)
        except FindingsError:  # a page that cannot be read at all: among the data's findings already
            more = []
        if not more:
            raise
        raise sitedata.DataError([*error.findings, *more], announced=error.findings) from None
    return config
