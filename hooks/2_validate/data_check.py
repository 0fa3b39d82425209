"""Checks every data file in data/ before anything is generated.

Reads consultation.yml, strategy.yml, places.yml and outcome.yml (``sitedata.load`` and the data's
``outcome``) at the start of each build; on the first mistake the build stops with a message naming
the file, the line and the fix (no traceback). Emits nothing.
"""

import sitedata


def on_config(config):
    data = sitedata.load(config)  # cached: the other hooks get this build's data without reading the files again
    data.outcome  # noqa: B018  (read and checked now, before any page is made)
    return config
