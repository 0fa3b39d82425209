"""The gh-pages branch: what GitHub Pages publishes, main's site at its root and each pull request's preview in pr-N/.

    python3 .github/scripts/pages_branch.py put pr-12 preview/site     # a preview, replaced whole
    python3 .github/scripts/pages_branch.py put . site                  # main's site; the pr-*/ folders stay
    python3 .github/scripts/pages_branch.py remove pr-12                # a closed pull request's preview

Run inside a clone whose ``origin`` can be pushed to (actions/checkout's). Reads the branch from origin (none yet:
an empty one), writes the new tree with Git's plumbing (a separate index; the work tree is not touched) as one
commit without parents, and pushes it with ``--force-with-lease`` on the commit it read: the branch holds the
current state only, so it does not grow with every preview, and two jobs writing at once (two pull requests, a
preview and main) cannot undo each other: the one that loses the race reads the branch again and retries.
.github/workflows/pages.yml publishes the branch (actions/deploy-pages). Only Python's standard library and git.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BRANCH = "gh-pages"
PREVIEW = re.compile(r"pr-\d+")
TRIES = 5


def git(*args: str, env: dict | None = None, input: str | None = None) -> str:
    done = subprocess.run(["git", *args], check=True, capture_output=True, text=True, env=env, input=input)
    return done.stdout.strip()


def fetch() -> str | None:
    """The branch's commit on origin, fetched; None when there is no such branch yet."""
    heads = git("ls-remote", "--heads", "origin", BRANCH)
    if not heads:
        return None
    git("fetch", "--quiet", "--depth=1", "origin", f"+refs/heads/{BRANCH}:refs/remotes/origin/{BRANCH}")
    return git("rev-parse", f"refs/remotes/origin/{BRANCH}")


def _kept(path: str, folder: str) -> bool:
    """Whether an entry of the branch stays when ``folder`` is replaced (``.``: everything but the previews)."""
    if folder == ".":
        return bool(PREVIEW.fullmatch(path.split("/", 1)[0]))
    return not (path == folder or path.startswith(folder + "/"))


def tree(base: str | None, folder: str, source: Path | None) -> str:
    """The tree of ``base`` with ``folder`` replaced by the files of ``source`` (removed when None)."""
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, GIT_INDEX_FILE=str(Path(scratch) / "index"))
        if base:
            git("read-tree", base, env=env)
        listed = git("ls-files", "-z", env=env).split("\0") if base else []
        gone = [path for path in listed if path and not _kept(path, folder)]
        if gone:
            git("update-index", "-z", "--force-remove", "--stdin", env=env, input="\0".join(gone) + "\0")
        if source is not None:
            files = sorted(p for p in source.rglob("*") if p.is_file())
            blobs = git("hash-object", "-w", "--stdin-paths", input="".join(f"{p}\n" for p in files)).split()
            prefix = "" if folder == "." else folder + "/"
            lines = [
                f"{'100755' if os.access(p, os.X_OK) else '100644'} {blob}\t{prefix}{p.relative_to(source).as_posix()}"
                for p, blob in zip(files, blobs, strict=True)
            ]
            git("update-index", "-z", "--index-info", env=env, input="".join(f"{line}\0" for line in lines))
        return git("write-tree", env=env)


def publish(folder: str, source: Path | None, message: str) -> str:
    """Write the new state of the branch and push it; retried when another job pushed in between."""
    if folder != "." and not PREVIEW.fullmatch(folder):
        raise SystemExit(f"{folder}: only . (main's site) or pr-N (a preview) are written")
    for _ in range(TRIES):
        base = fetch()
        if source is None and not (base and git("ls-tree", "--name-only", base, folder)):
            return ""  # nothing there to remove (a pull request closed before its preview was made)
        commit = git("commit-tree", tree(base, folder, source), "-m", message)
        lease = f"--force-with-lease=refs/heads/{BRANCH}:{base or ''}"
        pushed = subprocess.run(["git", "push", "--quiet", lease, "origin", f"{commit}:refs/heads/{BRANCH}"])
        if pushed.returncode == 0:
            return commit
        print(f"{BRANCH} changed while this job wrote it: reading it again", file=sys.stderr)
    raise SystemExit(f"could not push {BRANCH} after {TRIES} tries")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["put", "remove"])
    parser.add_argument("folder", help=". for main's site, pr-N for a preview")
    parser.add_argument("source", nargs="?", type=Path, help="the built site (put)")
    args = parser.parse_args(argv)
    if (args.action == "put") != (args.source is not None):
        parser.error("put takes the built site's folder; remove takes none")
    if args.source is not None and not (args.source / "index.html").is_file():
        raise SystemExit(f"{args.source}: no index.html, not a built site")
    source = args.source.resolve() if args.source else None
    what = "main" if args.folder == "." else args.folder
    commit = publish(args.folder, source, f"{args.action} {what}")
    print(f"{BRANCH}: {args.action} {what} ({commit[:12]})" if commit else f"{BRANCH}: no {what} to remove")


if __name__ == "__main__":
    main()
