"""What the site was built with: ``sbom.cdx.json``, a CycloneDX 1.6 software bill of materials (JSON).

Reads no data file: it lists every Python package installed in the environment that runs the build
(name, version, licence, package URL, what needs what), with pyproject.toml as the root component,
as written by the CycloneDX tool ``cyclonedx-py environment`` (``cyclonedx-bom``, pinned in
pyproject.toml and locked with its hashes in uv.lock like every other package). Emits
``sbom.cdx.json`` at the site's root, linked from the open data page of both languages (a file of each
language's build, like the open data, so that MkDocs and the link check (check/links.py) find it; both builds
write the same).
``--output-reproducible`` leaves out the random serial number; the file is dated by SOURCE_DATE_EPOCH
(sitebuild/startup.py), so the same commit built in the same locked environment gives the same
bytes. The tool (~2 s of CPU) runs only when the installed packages or pyproject.toml changed: its
output (made with a fixed date) is kept in the environment's build cache (``sitebuild.cache``), keyed on
both, and each build writes its own date into it (``dated``: the tool's date field, the tool's layout),
so a new commit or an edited page does not run it again; when it runs, it is started in on_config
beside the build. Its schema check is left to tests/test_lock.py (~15 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sitebuild import cache, generated
from sitedata.findings import FindingsError, finding

PATH = "sbom.cdx.json"
SPEC_VERSION = "1.6"
TOOL_EPOCH = "0"  # the date the tool is run with; each build writes its own (``dated``)


# The tool's output for each (python, pyproject): from the cache, or the tool's run, started in
# on_config so that it works on the other core while MkDocs reads the sources, read in on_files.
_runs: dict[tuple, tuple[str, subprocess.Popen | None] | bytes] = {}


def key_of(config) -> tuple:
    """The SBOM run of this build: the Python running it and its pyproject.toml."""
    pyproject = Path(config.config_file_path).parent / "pyproject.toml"
    return sys.executable, str(pyproject) if pyproject.is_file() else None


def _cache_key(python: str, pyproject: str | None) -> list[str | bytes]:
    project = Path(pyproject).read_bytes() if pyproject else b""
    return [python, SPEC_VERSION, TOOL_EPOCH, project, *cache.environment()]


def _start(python: str, pyproject: str | None) -> subprocess.Popen:
    command = [python, "-m", "cyclonedx_py", "environment", "--output-reproducible", "--no-validate"]
    command += ["--spec-version", SPEC_VERSION, "--output-format", "JSON", "--output-file", "-"]
    if pyproject:
        command += ["--pyproject", pyproject]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the installed packages, nothing else
    env["SOURCE_DATE_EPOCH"] = TOOL_EPOCH
    return subprocess.Popen([*command, python], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _begin(key: tuple) -> None:
    digest = cache.key(_cache_key(*key))
    kept = cache.load("sbom", digest)
    _runs[key] = kept if kept is not None else (digest, _start(*key))


def _finish(run: subprocess.Popen) -> bytes:
    out, err = run.communicate(timeout=600)
    if run.returncode != 0 or not out.strip():
        said = err.decode("utf-8", "replace").strip()[-500:]
        raise FindingsError([finding("build.E001", "sbom.cdx.json", said=said)])
    return out


def dated(out: bytes, epoch: str | None) -> bytes:
    """The tool's JSON dated ``epoch`` (SOURCE_DATE_EPOCH; now if unset) as the tool itself dates it:
    ``metadata.timestamp`` in ISO 8601 with the UTC offset, the file laid out as the tool lays it out
    (two-space indent, ASCII escapes, no final newline)."""
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC).replace(microsecond=0)
    bom = json.loads(out)
    bom.setdefault("metadata", {})["timestamp"] = moment.isoformat()
    return json.dumps(bom, indent=2).encode("utf-8")


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
    except FindingsError:
        del _runs[key]
        raise
    _runs[key] = out
    return out


def start(config) -> None:
    """From ``on_config``: the tool started beside the build (or its output found in the cache)."""
    key = key_of(config)
    if key not in _runs:
        _begin(key)


def add_sbom(files, config):
    """sbom.cdx.json in this language's files (from ``on_files`` at ``i18n.AFTER_PAIRING``)."""
    return generated.add(files, config, {PATH: dated(sbom(key_of(config)), os.environ.get("SOURCE_DATE_EPOCH"))})
