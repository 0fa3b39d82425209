"""The one runner every measure shares: project copies, timed commands, paired runs, the machine.

- ``Side``: one version of the project measured ("after": the working tree; "before": a commit given with
  ``--before REV``, unpacked from ``git archive``). Each copy of a side builds with the side's own
  ``hooks/lib`` first on ``PYTHONPATH``, so the before side runs its own data layer, not the installed one.
- ``run``: a command's wall time, CPU time (user + system, with its children) and peak resident memory of its
  largest process, stopped after a timeout.
- ``alternate``: runs several variants in turn (A, B, C, A, B, C, ...) so that all of them see the same load,
  after one warm-up each; ``summary`` and ``paired_ratio`` turn the runs into medians and ratios.
"""

from __future__ import annotations

import compileall
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from conftest import free_port  # tests/ on PYTHONPATH, as for the tests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
ENV.update(NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pymdown-extensions", "pagefind", "playwright")


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def load() -> tuple[float, float, float]:
    return os.getloadavg()


# ---------------------------------------------------------------- the machine


def _proc_field(path: str, key: str) -> str:
    for line in Path(path).read_text().splitlines():
        if line.startswith(key):
            return line.split(":", 1)[1].strip()
    return ""


def machine() -> dict:
    versions = {}
    for dist in PACKAGES:
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    return {
        "cpu": _proc_field("/proc/cpuinfo", "model name") or platform.processor(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "mem_mb": int(_proc_field("/proc/meminfo", "MemTotal").split()[0]) // 1024,
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
        "load_start": load(),
    }


# ---------------------------------------------------------------- the sides and their copies


class AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml without running its !ENV and !!python tags."""


AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)
AnyTag.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def project_parts(source: Path) -> list[str]:
    """mkdocs.yml, docs, data, hooks, overrides, scripts and anything else the source's mkdocs.yml points to."""
    config = yaml.load((source / "mkdocs.yml").read_text(encoding="utf-8"), Loader=AnyTag)
    parts = {"mkdocs.yml", "data", "scripts", config.get("docs_dir") or "docs"}
    theme = config.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        parts.add(theme["custom_dir"])
    for item in [*(config.get("hooks") or []), *(config.get("watch") or [])]:
        parts.add(Path(item).parts[0])
    return sorted(parts)


@dataclass
class Side:
    """One version of the project: ``name`` is "before" or "after", ``source`` the tree its copies come from."""

    name: str
    source: Path
    commit: str
    port: int = field(default_factory=free_port)  # its site is built for, and served at, this port

    @property
    def site_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def copy(self, dest: Path, extra: tuple[str, ...] = ()) -> Path:
        """A copy of the project's parts (and ``extra`` ones, when the side has them) in ``dest``."""
        dest.mkdir(parents=True)
        for part in [*project_parts(self.source), *extra]:
            src = self.source / part
            if src.is_dir():
                shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
            elif src.exists():
                shutil.copy2(src, dest / part)
        if (dest / "hooks").is_dir():  # its hooks' bytecode, as `make site` writes it (`make bytecode`), on every side
            compileall.compile_dir(dest / "hooks", quiet=1)
        return dest


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def after_side() -> Side:
    return Side("after", ROOT, git("describe", "--always", "--dirty"))


def before_side(rev: str, tmp: Path) -> Side:
    """The commit ``rev``, unpacked from ``git archive`` into ``tmp/before-source`` (the real tree is not touched)."""
    commit = git("rev-parse", "--short", f"{rev}^{{commit}}")
    archive = tmp / "before.tar"
    git("archive", "--format=tar", "-o", str(archive), commit)
    source = tmp / "before-source"
    with tarfile.open(archive) as tar:
        tar.extractall(source, filter="data")
    archive.unlink()
    return Side("before", source, commit)


def project_env(project: Path, **extra: str) -> dict:
    """The environment of a command run in a copy: its own hooks/lib comes before the installed one, and
    Pagefind is the project's (node_modules/ is not copied). A side older than Pagefind from npm (cdb7c71)
    needs the pip package pagefind-bin-extended, which the lock no longer installs."""
    pagefind = sorted(p for p in ROOT.glob("node_modules/@pagefind/*/bin/pagefind_extended*") if p.suffix != ".sha256")
    env = dict(ENV, PYTHONPATH=str(project / "hooks" / "lib"), **extra)
    if pagefind and "PAGEFIND_BINARY_PATH" not in env:
        env["PAGEFIND_BINARY_PATH"] = str(pagefind[0])
    return env


def make_plain(project: Path) -> None:
    """Remove the hooks from the copy's mkdocs.yml: same theme, plugins and extensions, no hooks."""
    path = project / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^hooks:\n(?:[ \t]+-.*\n|[ \t]*#.*\n|[ \t]*\n)*", "", text)
    if n != 1:
        raise SystemExit(f"could not find the hooks: list in {path}")
    # Without the hooks some links point at generated files: a plain build cannot be strict.
    text = re.sub(r"(?m)^strict:.*$", "strict: false", text)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- running commands


class TimedOut(Exception):
    pass


@dataclass
class Sample:
    wall: float  # s
    cpu: float  # s, user + system of the command and its children
    rss: float  # MB, the largest process's peak
    output: str = ""
    returncode: int = 0


def run(cmd: list[str], cwd: Path, env: dict | None = None, timeout: float | None = None, check=True) -> Sample:
    """Run ``cmd`` and time it. Fails on a non-zero exit when ``check``; after ``timeout`` seconds stops the
    command and its children and raises TimedOut. CPU time is steadier than wall time on a shared machine."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env or ENV, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if timeout and time.perf_counter() - start > timeout:
                os.killpg(proc.pid, 15)
                os.wait4(proc.pid, 0)
                raise TimedOut(f"stopped after {timeout:.0f} s")
            time.sleep(0.02)  # polling wait4: the command's own end is what is waited for
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    if code and check:
        raise SystemExit(f"{' '.join(cmd)} failed in {cwd}:\n{output[-4000:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output, code)


def mkdocs_build(
    project: Path, site: Path, site_url: str, strict=True, config="mkdocs.yml", timeout: float | None = None
) -> Sample:
    cmd = [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(project / config), "-d", str(site)]
    return run(cmd + (["--strict"] if strict else []), project, project_env(project, SITE_URL=site_url), timeout)


def alternate(
    variants: dict[Hashable, Callable[[], Sample]], runs: int, warm_up=True, label=str
) -> dict[Hashable, list[Sample | None]]:
    """Each variant once to warm up (bytecode, disk cache), then ``runs`` rounds of every variant in turn.

    A variant that times out is stopped (``None`` for that run) and not run again."""
    results: dict[Hashable, list[Sample | None]] = {key: [] for key in variants}
    stopped: set = set()
    for key, fn in variants.items() if warm_up else ():
        try:
            fn()
        except TimedOut as error:
            stopped.add(key)
            log(f"  {label(key)} (warm-up): {error}")
    for i in range(runs):
        for key, fn in variants.items():
            if key in stopped:
                results[key].append(None)
                continue
            try:
                sample = fn()
            except TimedOut as error:
                stopped.add(key)
                results[key].append(None)
                log(f"  {label(key)} #{i + 1}: {error}")
                continue
            results[key].append(sample)
            log(f"  {label(key)} #{i + 1}: {sample.wall:.2f} s wall, {sample.cpu:.2f} s CPU, {sample.rss:.0f} MB")
    return results


def summary(samples: list[Sample | None]) -> dict:
    """Medians of wall and CPU time and the largest peak memory; ``timed_out`` when a run was stopped."""
    done = [s for s in samples if s is not None]
    if not done:
        return {"timed_out": True}
    return {
        "wall": statistics.median(s.wall for s in done),
        "cpu": statistics.median(s.cpu for s in done),
        "rss": max(s.rss for s in done),
        "runs": [round(s.wall, 2) for s in done],
        "timed_out": len(done) < len(samples),
    }


def paired_ratio(top: list[Sample | None], bottom: list[Sample | None], field="cpu") -> float | None:
    """The median of the ratios of runs taken side by side (run i of ``top`` over run i of ``bottom``)."""
    pairs = [getattr(a, field) / getattr(b, field) for a, b in zip(top, bottom, strict=True) if a and b]
    return statistics.median(pairs) if pairs else None
