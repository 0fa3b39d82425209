"""``--suite``: the wall time of ``make quick`` and ``make test`` (issue 20's "Done when"), off by default.

Each side is a fresh ``git clone`` of this repository checked out at its commit (the after side at HEAD:
uncommitted changes are not in it) in a temporary folder. Its environments are installed first and NOT
timed (``.venv`` with the test packages, and, when its Makefile has them, npm's checkers and ProperDocs'
environment). Then ``make quick`` of each side in turn, then ``make test`` of each side in turn. Long: about
20 minutes per ``make test`` on 2 cores.
"""

from __future__ import annotations

from pathlib import Path

from bench.report import compare, load_text
from bench.runner import ENV, ROOT, Side, TimedOut, git, load, log, run

INSTALL = (".venv/.test-deps", "node_modules/.installed", ".venv-properdocs/.installed")
TARGETS = ("quick", "test")


def clone(side: Side, tmp: Path) -> Path:
    dest = tmp / f"suite-{side.name}"
    commit = git("rev-parse", "HEAD") if side.name == "after" else git("rev-parse", side.commit)
    git("clone", "--quiet", str(ROOT), str(dest))
    git("checkout", "--quiet", "--detach", commit, cwd=dest)
    makefile = (dest / "Makefile").read_text(encoding="utf-8")
    targets = [t for t in INSTALL if f"{t}:" in makefile]
    if targets:
        log(f"suite {side.name}: installing {', '.join(targets)} (not timed) ...")
        run(["make", *targets], dest, ENV)
    return dest


def measure(sides: list[Side], tmp: Path, timeout: float) -> dict:
    clones = {side.name: clone(side, tmp) for side in sides}
    out: dict = {name: {} for name in clones}
    for target in TARGETS:
        for name, folder in clones.items():
            start_load = load()
            log(f"suite {name}: make {target} ... (load average {load_text(start_load)})")
            try:
                sample = run(["make", target], folder, ENV, timeout, check=False)
            except TimedOut:
                out[name][target] = {"timed_out": timeout, "load": start_load}
                continue
            tail = [line for line in sample.output.splitlines() if " passed" in line or " failed" in line]
            out[name][target] = {
                "wall": sample.wall,
                "cpu": sample.cpu,
                "ok": sample.returncode == 0,
                "tail": tail[-1:],
                "load": start_load,
            }
            log(f"  {sample.wall:.0f} s, exit {sample.returncode}")
    return out


def section(data: dict) -> list[str]:
    names = list(data)
    rows = []
    for target in TARGETS:
        rows.append((f"`make {target}`: wall s", {n: data[n][target].get("wall") for n in names}, "{:.0f}"))
        rows.append((f"`make {target}`: CPU s", {n: data[n][target].get("cpu") for n in names}, "{:.0f}"))
    out = compare(rows, names, "suite (fresh clone)")
    for n in names:
        for target in TARGETS:
            r = data[n][target]
            state = f"stopped after {r['timed_out']:.0f} s" if "timed_out" in r else ("passed" if r["ok"] else "FAILED")
            tail = " ".join(r.get("tail", []))
            out.append(f"\n{n}, `make {target}`: {state}, load average at its start {load_text(r['load'])}; {tail}")
    out += [
        "",
        "Each side a fresh `git clone`; its environments installed first and not timed (.venv, npm, ProperDocs).",
    ]
    return out
