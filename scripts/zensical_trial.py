"""The Japanese site rendered by Zensical instead of MkDocs + Material: a trial of a second renderer (issue 29).

    .venv-zensical/bin/python scripts/zensical_trial.py OUT [--overrides]

Runs the stages with Zensical in the middle, in the environment ``make test`` makes for it
(.venv-zensical: the site's packages and Zensical's):

1. *prepare* — ``python -m sitebuild.prepare OUT/docs --lang ja``: the Japanese pages with their generated parts
   filled in, the print and results pages, the open data, the assets (what MkDocs' hooks give MkDocs);
2. *render* — ``zensical build`` with ``OUT/mkdocs.yml``: this project's mkdocs.yml without what Zensical does
   not run (``hooks:``, the mkdocs-static-i18n plugin and its English names, ``watch:``), its ``docs_dir`` the
   prepared folder; the site's ``overrides/`` only with ``--overrides`` (Zensical 0.1.2 stops on them: they use
   Python's ``str.split`` on a block, which its template engine has not);
3. *finish* — ``python -m sitebuild.finish OUT/site``: Pagefind's index of the pages in the menu, the bill of
   materials, the nginx policy (what hooks/finish.py writes after MkDocs);
4. *check* — ``python -m sitebuild.check OUT/site``: the allowlist, the links and the language of parts.

Prints each stage's command, its time and its last lines; exits with the first stage's status that failed.
ARCHITECTURE.md ("A second renderer") records what this shows; tests/test_zensical.py keeps it working.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Top-level keys of mkdocs.yml Zensical does not use or would stop on (it watches the folders named in watch:).
DROPPED_KEYS = ("hooks", "watch")


def trial_config(text: str, overrides: bool) -> str:
    """mkdocs.yml for Zensical, to be written beside the prepared ``docs/`` (Zensical wants the folders relative
    to it): without the keys it does not run, without the i18n plugin's entry, its output in ``site/`` beside it
    (and, unless asked, without the site's overrides/)."""
    out, skipping = [], None  # None, or what is being left out: a top-level key's block, or the plugin's entry
    for line in text.splitlines():
        top = re.match(r"([a-z_]+):", line)
        if top:
            skipping = "key" if top.group(1) in DROPPED_KEYS else None
        elif re.match(r"  - i18n:", line):
            skipping = "plugin"
        elif skipping == "plugin" and re.match(r"  - \S", line):
            skipping = None
        if not skipping:
            out.append(line)
    config = "\n".join(out) + "\n"
    # Zensical's look of Material for MkDocs (its own default, "modern", is another design).
    config = config.replace("  name: material\n", "  name: material\n  variant: classic\n", 1)
    if overrides:
        config = config.replace("  custom_dir: overrides", f"  custom_dir: {ROOT / 'overrides'}")
    else:
        config = re.sub(r"^  custom_dir: overrides\n", "", config, flags=re.M)
    return "docs_dir: docs\nsite_dir: site\n" + config


def stage(name: str, command: list[str]) -> int:
    print(f"== {name}: {' '.join(command)}", flush=True)
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    print("\n".join(lines[-15:]))
    print(f"== {name}: exit {proc.returncode}, {time.perf_counter() - start:.2f} s", flush=True)
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--overrides", action="store_true", help="render with the site's overrides/ too")
    args = parser.parse_args()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    python = sys.executable
    status = stage("prepare", [python, "-m", "sitebuild.prepare", str(out / "docs"), "--lang", "ja"])
    if status:
        return status
    config = out / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(trial_config(text, args.overrides), encoding="utf-8")
    zensical = str(Path(python).with_name("zensical"))
    status = stage("render", [zensical, "build", "--clean", "-f", str(config)])
    if status:
        return status
    status = stage("finish", [python, "-m", "sitebuild.finish", str(out / "site")])
    if status:
        return status
    return stage("check", [python, "-m", "sitebuild.check", str(out / "site")])


if __name__ == "__main__":
    sys.exit(main())
