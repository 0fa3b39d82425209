"""``python -m sitebuild.prepare OUT [--lang ja|en] [--config mkdocs.yml]``: see prepare/command.py."""

import sys

from .command import main

sys.exit(main())
