"""Checks every data file in data/ before anything is generated.

Reads consultation.yml, strategy.yml, places.yml (``sitedata.load``) and outcome.yml
(``sitedata.load_outcome``), through ``sitedata.refresh`` at the start of each build; on the first
mistake the build stops with a message naming the file, the line and the fix (no traceback).
Emits nothing.
"""

import sitedata


def on_config(config):
    sitedata.refresh()  # the other hooks then use this build's data without reading the files again
    return config
