"""What the site was built with: ``sbom.cdx.json``, a CycloneDX 1.6 software bill of materials (JSON).

Reads no data file: it lists every Python package installed in the environment that runs the build
(name, version, licence, package URL, what needs what), with pyproject.toml as the root component,
as written by the CycloneDX tool ``cyclonedx-py environment`` (``cyclonedx-bom``, pinned in
pyproject.toml and locked with its hashes in uv.lock like every other package). Emits
``sbom.cdx.json`` at the site's root, linked from the open data page of both languages (a file of each
language's build, like the open data, so that MkDocs and link_check find it; both builds write the same).
``--output-reproducible`` leaves out the random serial number and dates the file by SOURCE_DATE_EPOCH
(hooks/1_run/reproducible.py), so the same commit built in the same locked environment gives the same
bytes. The tool (~2 s of CPU) runs only when the installed packages, pyproject.toml or the date changed:
its output is kept in the environment's build cache (``sitebuild.cache``), keyed on all three; when it
runs, it is started in on_config beside the build. Its schema check is left to tests/test_lock.py (~15 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import cache, generated, i18n

PATH = "sbom.cdx.json"
SPEC_VERSION = "1.6"


# The tool's output for each (python, pyproject, SOURCE_DATE_EPOCH): from the cache, or the tool's run,
# started in on_config so that it works on the other core while MkDocs reads the sources, read in on_files.
_runs: dict[tuple, tuple[str, subprocess.Popen | None] | bytes] = {}


def _key(config) -> tuple:
    pyproject = Path(config.config_file_path).parent / "pyproject.toml"
    return sys.executable, str(pyproject) if pyproject.is_file() else None, os.environ.get("SOURCE_DATE_EPOCH")


def _cache_key(python: str, pyproject: str | None, epoch: str | None) -> list[str | bytes]:
    project = Path(pyproject).read_bytes() if pyproject else b""
    return [python, SPEC_VERSION, epoch or "", project, *cache.environment()]


def _start(python: str, pyproject: str | None, epoch: str | None) -> subprocess.Popen:
    command = [python, "-m", "cyclonedx_py", "environment", "--output-reproducible", "--no-validate"]
    command += ["--spec-version", SPEC_VERSION, "--output-format", "JSON", "--output-file", "-"]
    if pyproject:
        command += ["--pyproject", pyproject]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the installed packages, nothing else
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    return subprocess.Popen([*command, python], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _begin(key: tuple) -> None:
    digest = cache.key(_cache_key(*key))
    kept = cache.load("sbom", digest)
    _runs[key] = kept if kept is not None else (digest, _start(*key))


def _finish(run: subprocess.Popen) -> bytes:
    out, err = run.communicate(timeout=600)
    if run.returncode != 0 or not out.strip():
        raise PluginError(
            "ソフトウェア部品表（sbom.cdx.json）を作れませんでした。`make site` で環境を作り直してください。\n"
            "The software bill of materials (sbom.cdx.json) could not be made: run `make site` to set up the "
            f"environment again (cyclonedx-py said: {err.decode('utf-8', 'replace').strip()[-500:]})."
        )
    return out


def sbom(key: tuple) -> bytes:
    """The tool's JSON for the environment of the Python running the build."""
    if key not in _runs:
        _begin(key)
    run = _runs[key]
    if isinstance(run, bytes):
        return run
    digest, process = run
    try:
        out = cache.store("sbom", digest, _finish(process))
    except PluginError:
        del _runs[key]
        raise
    _runs[key] = out
    return out


def on_config(config, **kwargs):
    key = _key(config)
    if key not in _runs:
        _begin(key)
    return config


@event_priority(i18n.AFTER_PAIRING)  # after mkdocs-static-i18n has kept the files of the language being built
def on_files(files, config, **kwargs):
    return generated.add(files, config, {PATH: sbom(_key(config))})
