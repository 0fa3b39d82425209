"""Checks every data file in data/ before anything is generated.

Reads every page (docs/*.md) and data file (data/*.yml) once as UTF-8 (``sitedata.textfile``: a file
saved as Shift_JIS or UTF-16 stops the build here, with the file and the fix, before MkDocs or another
check reads it), then checks consultation.yml, strategy.yml, places.yml and outcome.yml
(``sitedata.load`` and the data's ``outcome``) at the start of each build; on the first mistake the
build stops with a message naming the file, the line and the fix (no traceback). Emits nothing.
"""

from pathlib import Path

import sitedata
from sitedata.textfile import check_sources


def on_config(config):
    check_sources(Path(config.config_file_path).resolve().parent, Path(config.docs_dir))
    data = sitedata.load(config)  # cached: the other hooks get this build's data without reading the files again
    data.outcome  # noqa: B018  (read and checked now, before any page is made)
    return config
