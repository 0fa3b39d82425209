"""The arguments of stage 3's commands over a built folder (``python -m sitebuild.finish``, ``python -m
sitebuild.check``): ``SITE_DIR [--config mkdocs.yml] [--site-url URL]``.

Reads the command line and the MkDocs configuration it names (mkdocs.yml by default); gives the folder and that
configuration with the folder as its ``site_dir`` and, with ``--site-url``, that address instead of the
configuration's (as ``SITE_URL`` gives it). Emits nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mkdocs.config import load_config


def folder_and_config(prog: str, description: str, argv: list[str] | None = None) -> tuple[Path, object]:
    """The built folder named on the command line, and the project's configuration for it."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("site_dir", type=Path, help="the built folder (site/)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration")
    parser.add_argument("--site-url", default=None, help="the address the folder is built for")
    args = parser.parse_args(argv)
    site = args.site_dir.resolve()
    config = load_config(config_file=str(args.config), site_dir=str(site))
    if args.site_url is not None:
        config.site_url = args.site_url
    return site, config
