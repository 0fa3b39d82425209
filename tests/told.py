"""The findings a failed build told (sitedata.findings.report): (id, file, line) of each, in the order told.

The report writes each finding as ``[ID] kind: FILE の LINE 行目 …`` (or ``[ID] kind: FILE: …`` without a
line); tests of whole builds assert on these rows, never on the words."""

from __future__ import annotations

import re

_ROW = re.compile(r"^\[([a-z]+\.[EW]\d{3})\] [^:\n]+: (\S+?)(?: の (\d+) 行目(?: \d+ 文字目)?)?: ", re.M)


def told(output: str) -> list[tuple[str, str, int | None]]:
    return [(id_, file, int(line) if line else None) for id_, file, line in _ROW.findall(output)]
