"""Stage 1's pages and files handed to MkDocs: the one module of prepare/ that works on MkDocs' ``Files``.

``add_pages`` puts the printable and results pages (prepare/pages.py) into the files, in each language, before
mkdocs-static-i18n pairs x.md with x.en.md (they have no file in docs/); ``fill_pages`` gives them their text
once the plugin has kept this build's language (it makes new File objects without their content);
``add_open_data`` adds the open data files (prepare/open_data.py, prepare/open_data_results.py) into this
language's folder (``sitebuild.generated``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

import sitedata
from sitebuild import generated, i18n

from . import open_data, open_data_results, pages


def add_pages(files: Any, config: Any, data: sitedata.SiteData) -> Any:
    for name in pages.added_names(config.nav, data):
        for lang in i18n.LANGS:
            source = i18n.source_name(name, lang)
            if files.get_file_from_path(source) is None:
                files.append(File(source, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def fill_pages(files: Any, config: Any, data: sitedata.SiteData) -> Any:
    added = set(pages.added_names(config.nav, data))
    for file in files.documentation_pages():
        if i18n.japanese_name(file.src_uri) in added:
            file.content_string = pages.added_text(file.src_uri, Path(config.docs_dir), config.nav, data)
    return files


def add_open_data(files: Any, config: Any, data: sitedata.SiteData) -> Any:
    generated.add(files, config, open_data.outputs(data))
    return generated.add(files, config, open_data_results.outputs(data))
