"""Build the site's three builds, and compare two sets of builds file by file (for a change that should not
alter the output, or only as intended).

    .venv/bin/python scripts/compare_builds.py build OUT [--epoch SECONDS]
    .venv/bin/python scripts/compare_builds.py BEFORE AFTER

``build`` makes the three builds of this checkout into ``OUT/site`` (``make site``), ``OUT/publish``
(``make publish`` for https://www.example.jp/draft/) and ``OUT/example`` (``make example``, the fictional
sample), all dated the same (``SOURCE_DATE_EPOCH``: the last commit's time unless ``--epoch`` says
otherwise, so that a new commit does not change the dates), and leaves ``site/`` as ``make site`` leaves it.

``BEFORE AFTER`` compares two such folders (or two built sites): it lists the files only in one of them
and, for each file that differs, the changed pieces of markup (the text split after each ``>``), grouped
so that one change repeated on many pages shows once with its count. Pagefind's index is compared too
(its file names are hashes of the indexed text: the same text gives the same files). Exits 0 when
everything is byte-identical, 1 otherwise.

To compare a commit with the working tree::

    git worktree add /tmp/before <commit>
    (cd /tmp/before && .venv/bin/python scripts/compare_builds.py build /tmp/builds-before --epoch 1796691297)
    .venv/bin/python scripts/compare_builds.py build /tmp/builds-after --epoch 1796691297
    .venv/bin/python scripts/compare_builds.py /tmp/builds-before /tmp/builds-after
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDS = {
    "site": (["make", "site"], "site"),
    "publish": (["make", "publish", "SITE_URL=https://www.example.jp/draft/"], "site"),
    "example": (["make", "example"], "site-example"),
}


def build(out: Path, epoch: str | None) -> None:
    """The three builds of this checkout into ``out``, each dated ``epoch``."""
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = (
        epoch
        or subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    out.mkdir(parents=True, exist_ok=True)
    for name, (command, folder) in BUILDS.items():
        subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(out / name, ignore_errors=True)
        shutil.copytree(ROOT / folder, out / name, symlinks=True)
        print(f"{name}: {out / name}")
    subprocess.run(BUILDS["site"][0], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def pieces(data: bytes) -> list[str]:
    return re.split(r"(?<=>)", data.decode("utf-8", "replace"))


def compare(before_dir: Path, after_dir: Path) -> bool:
    """Print what differs between two built sites; True when they are byte-identical."""
    before, after = files(before_dir), files(after_dir)
    changes: dict[str, list[str]] = defaultdict(list)
    differing = 0
    for rel in sorted(before & after):
        old, new = (before_dir / rel).read_bytes(), (after_dir / rel).read_bytes()
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
    print(f"{after_dir}: {len(before & after)} files in both, {differing} differ, {len(before ^ after)} in one only")
    return not differing and before == after


def main() -> int:
    if sys.argv[1:2] == ["build"]:
        parser = argparse.ArgumentParser(description="the three builds of this checkout")
        parser.add_argument("out", type=Path)
        parser.add_argument("--epoch", help="SOURCE_DATE_EPOCH of every build (default: the last commit's time)")
        args = parser.parse_args(sys.argv[2:])
        build(args.out.resolve(), args.epoch)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    sets = [name for name in BUILDS if (args.before / name).is_dir() and (args.after / name).is_dir()]
    pairs = [(args.before / n, args.after / n) for n in sets] or [(args.before, args.after)]
    same = [compare(before, after) for before, after in pairs]
    return 0 if all(same) else 1


if __name__ == "__main__":
    sys.exit(main())
