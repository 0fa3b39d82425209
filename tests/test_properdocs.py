"""A tested way off MkDocs: ProperDocs 1.6.7 builds this site unchanged, byte for byte.

ProperDocs is the maintained fork of MkDocs 1.x (MkDocs 2 drops plugins). `make test` installs it with
the site's own packages into .venv-properdocs (the `properdocs` extra of pyproject.toml). The site is
built by both, from the same commit; every file must be identical except the `generator` meta tag,
which names the builder, and the software bill of materials (sbom.cdx.json), which lists the environment.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.properdocs

PROPERDOCS = ROOT / ".venv-properdocs" / "bin" / "properdocs"
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site(tmp_path, site):
    assert PROPERDOCS.exists(), "ProperDocs is missing: run `make test`, which installs it into .venv-properdocs"
    mkdocs = site  # MkDocs' build of the real site, as `make site` builds it
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    proc = subprocess.run(
        [str(PROPERDOCS), "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "properdocs")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    a, b = mkdocs.site, tmp_path / "properdocs"
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    assert len(files_a) > 50
    generators = set()
    different = []
    for rel in files_a:
        if str(rel) == "sbom.cdx.json":  # what built the site: each lists its own environment (below)
            continue
        if filecmp.cmp(a / rel, b / rel, shallow=False):
            continue
        one, two = (a / rel).read_bytes(), (b / rel).read_bytes()
        generators.update(GENERATOR.findall(one) + GENERATOR.findall(two))
        if GENERATOR.sub(b"", one) != GENERATOR.sub(b"", two):
            different.append(str(rel))
    assert not different, f"ProperDocs builds these files differently: {different}"
    # The only difference is the builder's name, and it is there (the comparison above saw both builds).
    assert any(b"ProperDocs 1.6.7" in g for g in generators) and any(b"mkdocs-1.6.1" in g for g in generators)
    # The bill of materials names the builder too: ProperDocs is in its environment's, not in MkDocs'.
    listed = {
        site: {c["name"]: c["version"] for c in json.loads((site / "sbom.cdx.json").read_bytes())["components"]}
        for site in (a, b)
    }
    assert listed[b]["properdocs"] == "1.6.7" and "properdocs" not in listed[a]
