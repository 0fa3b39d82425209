"""Checks every data file in data/ before anything is generated.

Reads consultation.yml, strategy.yml and places.yml through ``sitedata.load``; on the first
mistake the build stops with a message naming the file, the line and the fix (no traceback).
Emits nothing.
"""

import sitedata


def on_config(config):
    sitedata.load()
    return config
