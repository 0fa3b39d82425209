"""The pre-check of mkdocs.yml, run before MkDocs by ``make site``, ``make serve`` and ``make publish``.

MkDocs reads mkdocs.yml before it loads any hook, so a slip there (a tab or a full-width space used for
indenting, a full-width colon, a missing colon) would end in its parser's English only, or, under ``make
serve``, in a Python traceback. ``python -m sitebuild.configcheck mkdocs.yml`` reads the file line by line
and with ruamel.yaml (which keeps the ``!ENV`` and ``!!python`` tags unread) and, on a slip, prints every
finding (ids menu.E007–E010, menu.E012, catalogue/menu.yml) in Japanese and English at its line — as annotations
under GitHub Actions — and exits with status 1; otherwise it prints nothing and exits with 0.
``check(path)`` returns the findings.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sitedata.findings import Finding, FindingsError, finding

FILE = "mkdocs.yml"
_INDENT = re.compile(r"^[ \t\u3000]*")
_BLOCK = re.compile(r":[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$")  # a key whose value is a block of text (exclude_docs: |)
_FULL_COLON = re.compile(r"^[ \t]*(?:-[ \t]+)?([^\s:：#\"'][^:：]*?)[ \t]*：")


def _lines(text: str, shown: str) -> list[Finding]:
    """Tabs and full-width spaces in the indentation, full-width colons after a name: every line."""
    found, block = [], None  # block: the indentation of the key whose block of text is being read
    for number, line in enumerate(text.split("\n"), 1):
        indent = _INDENT.match(line).group(0)
        if block is not None:
            if not line.strip() or len(indent.expandtabs(1)) > block:
                continue
            block = None
        if "\t" in indent:
            found.append(finding("menu.E007", shown, number, indent.index("\t") + 1))
        elif "\u3000" in indent:
            found.append(finding("menu.E008", shown, number, indent.index("\u3000") + 1))
        elif not line.lstrip().startswith("#") and (match := _FULL_COLON.match(line)):
            found.append(finding("menu.E009", shown, number, match.end(), key=match.group(1)))
        if _BLOCK.search(line):
            block = len(indent)
    return found


def _parsed(text: str, shown: str) -> list[Finding]:
    """The parser's own finding, at the line it names (the key's line for a missing colon)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        YAML().load(text)
    except MarkedYAMLError as error:
        if "expected ':'" in str(error.problem) and error.context_mark:
            line, column = error.context_mark.line + 1, error.context_mark.column + 1
            return [finding("menu.E012", shown, line, column, text=text.split("\n")[line - 1].strip())]
        mark = error.problem_mark
        line = mark.line + 1 if mark else None
        return [finding("menu.E010", shown, line, (mark.column + 1) if mark else None, problem=error.problem or "")]
    return []


def check(path: Path, shown: str = FILE) -> list[Finding]:
    from sitedata import textfile

    text = textfile.read_text(Path(path))
    return _lines(text, shown) or _parsed(text, shown)


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else FILE)
    found = check(path, path.name)
    if found:
        print(FindingsError(found), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
