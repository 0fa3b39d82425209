"""Files the build writes from data into each language's folder (open data, the SBOM).

``add(files, config, outputs)`` puts each ``{path: text or bytes}`` into MkDocs' files as a generated file,
unless the language's build already has it; call it from ``on_files`` at ``i18n.AFTER_PAIRING``, once
mkdocs-static-i18n has kept the files of the language being built. ``csv_text(rows, columns)`` writes a
table as the site's CSV: one header row, CRLF line ends, empty cells for None, and a byte-order mark so that
Excel reads the Japanese as UTF-8.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from mkdocs.structure.files import File


def add(files: Any, config: Any, outputs: dict[str, str | bytes]) -> Any:
    for path, content in outputs.items():
        if files.get_file_from_path(path) is None:
            data = content.encode("utf-8") if isinstance(content, str) else content
            files.append(File.generated(config, path, content=data))
    return files


def csv_text(rows: list[dict], columns: list) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return "\ufeff" + out.getvalue()  # the BOM tells Excel the file is UTF-8
