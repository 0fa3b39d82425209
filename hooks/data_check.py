"""Checks every data file in data/ before anything is generated.

Reads consultation.yml, strategy.yml, places.yml (``sitedata.load``) and outcome.yml
(``sitedata.load_outcome``); on the first mistake the build stops with a message naming the
file, the line and the fix (no traceback). Emits nothing.
"""

import sitedata


def on_config(config):
    sitedata.load_outcome(sitedata.load())
    return config
