"""Compare two built sites file by file, for a change that should not alter the output (or only as intended).

    .venv/bin/python scripts/compare_builds.py BEFORE_SITE AFTER_SITE

Lists the files only in one of them and, for each file that differs, the changed pieces of markup (the text
split after each ``>``), grouped so that one change repeated on many pages shows once with its count.
Pagefind's index files are left out (their names are hashes of the indexed text). Exits 0 when the two sites
are byte-identical, 1 otherwise.

To compare a commit with the working tree::

    git worktree add /tmp/before <commit> && make -C /tmp/before site
    make site && .venv/bin/python scripts/compare_builds.py /tmp/before/site site
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import defaultdict
from pathlib import Path


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}


def pieces(data: bytes) -> list[str]:
    return re.split(r"(?<=>)", data.decode("utf-8", "replace"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = files(args.before), files(args.after)
    changes: dict[str, list[str]] = defaultdict(list)
    differing = 0
    for rel in sorted(before & after):
        old, new = (args.before / rel).read_bytes(), (args.after / rel).read_bytes()
        if old == new:
            continue
        differing += 1
        for line in difflib.unified_diff(pieces(old), pieces(new), lineterm="", n=0):
            if not line.startswith(("---", "+++", "@@")):
                changes[line.strip()[:300]].append(rel)
    for rel in sorted(before - after):
        print(f"only before: {rel}")
    for rel in sorted(after - before):
        print(f"only after:  {rel}")
    for change, where in sorted(changes.items(), key=lambda item: (item[1][0], item[0][1:])):
        print(f"{len(where):4d}× {where[0]}: {change}")
    print(f"{len(before & after)} files in both, {differing} differ, {len(before ^ after)} in one only")
    return 0 if not differing and before == after else 1


if __name__ == "__main__":
    sys.exit(main())
