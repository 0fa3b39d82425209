"""The checks of what staff write in the pages and the menu, as one list of findings: the pages (headers, markers
and their twins, alt text, tables, links, headings: ``pagecheck``), the menu (``menucheck``), the translations
(``translations``) and, given the data, the places a retired page leaves behind (``retired``).

``page_findings(config, data)`` is called by sitebuild/prepare/sources.py before the first build (``check_pages``),
and when the data files have findings of their own (``check_data``, then without the data), so that one build
tells the pages' findings together with the data's rather than one after the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitedata.findings import Finding

from . import menucheck, pagecheck, retired, translations


def page_findings(config: Any, data: Any = None) -> list[Finding]:
    docs = Path(config.docs_dir)
    found = pagecheck.check(docs)
    if data is not None:
        data_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent / "data"
        found += retired.check(docs, config.nav, data, data_dir)
    names = [path.relative_to(docs).as_posix() for path in pagecheck.pages(docs)]
    return found + menucheck.findings(config, names) + translations.findings(docs)
