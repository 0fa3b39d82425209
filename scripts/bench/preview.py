"""The preview: from saving a file under ``mkdocs serve`` to MkDocs' "Reloading browsers", for three edits.

1. a Japanese page: a sentence appended to docs/comment.md (its English twin becomes stale, which the
   preview only warns about: hooks/lib/sitebuild/preview.py);
2. an English page: a sentence appended to docs/comment.en.md;
3. a data file: a comment line appended to data/places.yml (watched: mkdocs.yml ``watch:``).

One ``mkdocs serve`` per side runs in its own copy; the edits go round the sides in turn (before, after,
before, after ...), each after the other side's rebuild has ended, so both see the same load. The first
round is a warm-up. A rebuild that stops (the preview's "build stopped") is counted, not timed.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import threading
import time
from pathlib import Path

from bench.report import compare
from bench.runner import PYTHON, Side, free_port, log, project_env

EDITS = (
    ("Japanese page (docs/comment.md)", "docs/comment.md", "\nこの文は、表示の速さを測るために加えました（{i}）。\n"),
    ("English page (docs/comment.en.md)", "docs/comment.en.md", "\nThis sentence was added by the benchmark ({i}).\n"),
    ("data file (data/places.yml)", "data/places.yml", "\n# A comment added by the benchmark ({i}).\n"),
)
STOPPED = ("An error happened during the rebuild", "preview build stopped")  # MkDocs' words, and the preview's


class Preview:
    """``mkdocs serve`` in a project copy, with every line it prints and when."""

    def __init__(self, project: Path):
        self.project = project
        self.lines: list[tuple[float, str]] = []
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"],
            cwd=project,
            env=project_env(project),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append((time.perf_counter(), line.rstrip()))

    def _tail(self) -> str:
        return "\n".join(text for _, text in self.lines[-30:])

    def wait_for(self, pattern: str, after: float, timeout: float = 300) -> float:
        """When a line matching ``pattern`` was printed after ``after``."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            for stamp, line in list(self.lines):
                if stamp >= after and re.search(pattern, line):
                    return stamp
            if self.proc.poll() is not None:
                raise SystemExit(f"mkdocs serve stopped in {self.project}:\n{self._tail()}")
            time.sleep(0.01)  # polling the lines the reader thread collects
        raise SystemExit(f"mkdocs serve: no {pattern!r} within {timeout} s in {self.project}:\n{self._tail()}")

    def wait_quiet(self, quiet: float = 1.0, timeout: float = 120) -> None:
        """Until the server has printed nothing for ``quiet`` seconds (no rebuild still going on)."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            last = self.lines[-1][0] if self.lines else 0
            if time.perf_counter() - last >= quiet:
                return
            time.sleep(0.05)  # polling the time of the last line printed
        raise SystemExit(f"mkdocs serve never went quiet in {self.project}:\n{self._tail()}")

    def save(self, rel: str, text: str) -> dict:
        """Append ``text`` to the file; the time to "Reloading browsers" and MkDocs' own "built in"."""
        self.wait_quiet()
        with (self.project / rel).open("a", encoding="utf-8") as f:
            f.write(text)
        saved = time.perf_counter()
        stamp = self.wait_for(r"Reloading browsers", saved)
        between = [line for s, line in self.lines if saved <= s <= stamp]
        built = [float(m.group(1)) for line in between if (m := re.search(r"built in ([\d.]+)", line))]
        stopped = any(mark in line for line in between for mark in STOPPED)
        return {"wall": stamp - saved, "build": built[-1] if built else None, "stopped": stopped}

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def measure(sides: list[Side], tmp: Path, runs: int) -> dict:
    servers = {side.name: Preview(side.copy(tmp / f"{side.name}-serve")) for side in sides}
    results: dict = {name: {label: [] for label, _, _ in EDITS} for name in servers}
    try:
        for server in servers.values():
            server.wait_for(r"Serving on", 0)
        for i in range(runs + 1):  # the first round is a warm-up
            for label, rel, text in EDITS:
                for name, server in servers.items():
                    result = server.save(rel, text.format(i=i))
                    state = " (the build stopped)" if result["stopped"] else ""
                    log(f"  serve {name}, {label} #{i}: {result['wall']:.2f} s{state}")
                    if i:
                        results[name][label].append(result)
    finally:
        for server in servers.values():
            server.stop()
    return {name: {label: summarize(runs) for label, runs in edits.items()} for name, edits in results.items()}


def summarize(runs: list[dict]) -> dict:
    timed = [r for r in runs if not r["stopped"]]
    built = [r["build"] for r in timed if r["build"] is not None]
    return {
        "wall": statistics.median(r["wall"] for r in timed) if timed else None,
        "build": statistics.median(built) if built else None,
        "runs": [round(r["wall"], 2) for r in runs],
        "stopped": len(runs) - len(timed),
    }


def section(data: dict) -> list[str]:
    names = list(data)
    rows = []
    for label, _, _ in EDITS:
        rows.append((f"{label}: save to reload, median s", {n: data[n][label]["wall"] for n in names}, "{:.2f}"))
        rows.append((f"{label}: MkDocs' own 'built in' s", {n: data[n][label]["build"] for n in names}, "{:.2f}"))
    out = compare(rows, names, "edit under `mkdocs serve`")
    runs = "; ".join(
        f"{n}, {label.split(' (')[0]}: {' '.join(f'{x:.2f}' for x in data[n][label]['runs'])}"
        + (f" ({data[n][label]['stopped']} stopped)" if data[n][label]["stopped"] else "")
        for n in names
        for label, _, _ in EDITS
    )
    return [*out, "", f"Runs (s): {runs}.", "", 'Save to "Reloading browsers". Target under 1 s.']
