"""The lock: every Python package of every environment, pinned with its sha256 hashes, made from
pyproject.toml by `make lock` (uv.lock, exported to requirements/*.txt, which the Makefile installs with
hashes required); and the software bill of materials of the build that the site publishes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from jsonschema import Draft7Validator
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from conftest import ROOT

# Each environment the project makes: its requirements file and what pyproject.toml asks of it.
ENVIRONMENTS = {
    "site": ("dependencies", "tools"),  # .venv for `make site`
    "test": ("dependencies", "tools", "test"),  # .venv for `make test`
    "pdf": ("dependencies", "tools", "pdf"),  # .venv for `make pdf`
    "properdocs": ("dependencies", "tools", "properdocs"),  # .venv-properdocs
    "zensical": ("dependencies", "tools", "zensical"),  # .venv-zensical
    "tools": ("tools", "build-system"),  # the installer and the build backend, installed first with pip
}
FIX = (
    "`make lock` を実行して、変わった uv.lock と requirements/ をコミットしてください。\n"
    "  Run `make lock` and commit the changed uv.lock and requirements/."
)


def declared(pyproject: dict, part: str) -> list[Requirement]:
    """The direct dependencies pyproject.toml declares for one part (the base list, an extra, a group)."""
    if part == "dependencies":
        texts = pyproject["project"]["dependencies"]
    elif part == "tools":
        texts = pyproject["dependency-groups"]["tools"]
    elif part == "build-system":
        texts = pyproject["build-system"]["requires"]
    else:
        texts = pyproject["project"]["optional-dependencies"][part]
    return [Requirement(t) for t in texts]


def pinned(requirements: Path) -> dict[str, tuple[str, int]]:
    """A requirements file of the lock: each package's exact version and how many hashes it carries."""
    packages: dict[str, tuple[str, int]] = {}
    name = None
    for line in requirements.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line):
            name = canonicalize_name(match[1])
            packages[name] = (match[2], 0)
        elif line.strip() and not line.lstrip().startswith("#"):
            assert name and line.startswith("    --hash=sha256:"), f"{requirements.name}: unexpected line {line!r}"
            packages[name] = (packages[name][0], packages[name][1] + 1)
    return packages


def lock_problems(root: Path) -> list[str]:
    """What in the lock does not match pyproject.toml: a direct dependency missing, at a version outside
    its range, declared differently from what uv.lock was made from, or a package without a hash."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    lock = tomllib.loads((root / "uv.lock").read_text(encoding="utf-8"))
    locked = {canonicalize_name(p["name"]): p for p in lock["package"]}
    own = locked[canonicalize_name(pyproject["project"]["name"])]["metadata"]
    made_from = {
        (canonicalize_name(r["name"]), SpecifierSet(r.get("specifier", "")))
        for r in [*own["requires-dist"], *own["requires-dev"]["tools"]]
    }
    problems = []
    for env, parts in ENVIRONMENTS.items():
        packages = pinned(root / "requirements" / f"{env}.txt")
        for name, (version, hashes) in packages.items():
            if hashes == 0:
                problems.append(f"requirements/{env}.txt: {name}=={version} にハッシュがありません / has no hash")
            elif name in locked and locked[name]["version"] != version:
                problems.append(f"requirements/{env}.txt: {name}=={version}, uv.lock: {locked[name]['version']}")
        for part in parts:
            for req in declared(pyproject, part):
                name = canonicalize_name(req.name)
                if part != "build-system" and (name, req.specifier) not in made_from:
                    problems.append(
                        f"pyproject.toml の {req} はロック（uv.lock）を作ったときの指定と違います。\n"
                        f"  pyproject.toml: {req} is not what uv.lock was made from."
                    )
                if name not in packages:
                    problems.append(
                        f"pyproject.toml の {req} がロック（requirements/{env}.txt）にありません。\n"
                        f"  pyproject.toml: {req} is missing from the lock (requirements/{env}.txt)."
                    )
                elif not req.specifier.contains(Version(packages[name][0]), prereleases=True):
                    problems.append(
                        f"pyproject.toml の {req} は、ロックの版 {packages[name][0]}"
                        f"（requirements/{env}.txt）と合いません。\n"
                        f"  pyproject.toml: {req} does not allow the locked {packages[name][0]}"
                        f" (requirements/{env}.txt)."
                    )
    return sorted(set(problems))


def test_the_lock_matches_pyproject_and_hashes_every_package():
    problems = lock_problems(ROOT)
    assert problems == [], "\n".join([*problems, FIX])
    # Every environment is locked whole: the packages pyproject.toml names and all they need.
    assert len(pinned(ROOT / "requirements" / "site.txt")) > 2 * len(
        declared(tomllib.load((ROOT / "pyproject.toml").open("rb")), "dependencies")
    )


def _copy(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "uv.lock", "requirements"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, tmp_path / name)
    return tmp_path


def test_a_dependency_added_without_locking_again_is_named_with_the_fix(tmp_path):
    root = _copy(tmp_path)
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(
        pyproject.replace('  "lxml==6.1.3",\n', '  "lxml==6.1.3",\n  "tomlkit>=0.13",\n', 1).replace(
            '"pytest==9.2.0"', '"pytest==9.1.0"'
        ),  # in the base list
        encoding="utf-8",
    )
    problems = "\n".join(lock_problems(root))
    assert "pyproject.toml の tomlkit>=0.13 はロック（uv.lock）を作ったときの指定と違います" in problems
    assert "tomlkit>=0.13 is missing from the lock (requirements/site.txt)" in problems
    assert "pytest==9.1.0 does not allow the locked 9.2.0 (requirements/test.txt)" in problems


def test_a_package_without_its_hash_is_found(tmp_path):
    root = _copy(tmp_path)
    text = (root / "requirements" / "site.txt").read_text(encoding="utf-8")
    unhashed = re.sub(r"(mkdocs==1\.6\.1) \\\n(    --hash=\S+( \\)?\n)+", r"\1\n", text)
    assert unhashed != text
    (root / "requirements" / "site.txt").write_text(unhashed, encoding="utf-8")
    assert lock_problems(root) == ["requirements/site.txt: mkdocs==1.6.1 にハッシュがありません / has no hash"]


def test_the_makefile_installs_only_from_the_lock_with_hashes_required():
    """Every install line of the Makefile takes a requirements file of the lock with --require-hashes,
    except the project itself (editable: no hash is possible), installed without its dependencies."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    variables = dict(re.findall(r"^(\w+) = (.*)$", makefile, re.M))
    lines = [re.sub(r"\$\((\w+)\)", lambda m: variables.get(m[1], m[0]), line) for line in makefile.splitlines()]
    installs = [line for line in lines if line.startswith("\t") and re.search(r"pip (install|sync)", line)]
    assert len(installs) >= 6, installs
    for line in installs:
        if "-e ." in line:
            assert "--no-deps" in line and "--no-build-isolation" in line, line
        else:
            assert "--require-hashes" in line and "requirements/" in line.replace("$(REQ)", "requirements"), line


def test_the_environment_and_the_hooks_carry_their_bytecode():
    """`make` writes Python's bytecode for every installed package (uv's --compile-bytecode) and for the hooks
    (`make bytecode`): where PYTHONDONTWRITEBYTECODE is set, each build would otherwise compile them all again
    (~0.4 s of CPU a build, a third of it; BENCHMARKS.md)."""
    import importlib.util

    import material
    import mkdocs
    import pydantic

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    variables = dict(re.findall(r"^(\w+) = (.*)$", makefile, re.M))
    assert all("--compile-bytecode" in variables[name] for name in ("UV_INSTALL", "UV_SYNC", "UV_PROJECT"))
    for module in (mkdocs, material, pydantic):
        assert Path(importlib.util.cache_from_source(module.__file__)).is_file(), module.__name__
    hooks = sorted((ROOT / "hooks").rglob("*.py"))
    missing = [p.relative_to(ROOT).as_posix() for p in hooks if not Path(importlib.util.cache_from_source(p)).is_file()]
    assert hooks and missing == [], "run `make bytecode`"


def test_the_makefiles_install_command_refuses_a_package_without_its_hash(tmp_path):
    """The Makefile's own install command (UV_INSTALL) stops at a requirement that has no hash."""
    flags = re.search(r"^UV_INSTALL = \$\(BIN\)/uv pip install (.*) --python$", (ROOT / "Makefile").read_text(), re.M)
    unhashed = tmp_path / "unhashed.txt"
    unhashed.write_text("tomlkit==0.13.2\n", encoding="utf-8")  # in no environment of the project
    uv = Path(sys.executable).parent / "uv"
    command = [
        str(uv),
        "pip",
        "install",
        *flags[1].split(),
        "--python",
        sys.executable,
        "--dry-run",
        "-r",
        str(unhashed),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "must have a hash" in proc.stderr, proc.stderr


def test_the_site_publishes_a_valid_cyclonedx_sbom_of_its_build_environment(site):
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    text = (site.site / "sbom.cdx.json").read_text(encoding="utf-8")
    # The strict CycloneDX 1.6 schema with its format checks, but for the IRI syntax of the packages' own
    # addresses, which rfc3987-syntax checks at ~1 s each (the build leaves the check to this test).
    checkers = Draft7Validator.FORMAT_CHECKER.checkers
    saved = checkers.pop("iri-reference", None)
    try:
        assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    finally:
        if saved:
            checkers["iri-reference"] = saved
    sbom = json.loads(text)
    assert sbom["bomFormat"] == "CycloneDX" and sbom["specVersion"] == "1.6"
    assert "serialNumber" not in sbom  # random for each run: left out, so the site is reproducible
    assert sbom["metadata"]["component"]["name"] == "kumamoto-draft-policy-site"
    versions = {canonicalize_name(c["name"]): c["version"] for c in sbom["components"]}
    locked = {name: version for name, (version, _) in pinned(ROOT / "requirements" / "site.txt").items()}
    mkdocs = next(
        r for r in declared(tomllib.load((ROOT / "pyproject.toml").open("rb")), "dependencies") if r.name == "mkdocs"
    )
    assert versions["mkdocs"] == locked["mkdocs"] == str(mkdocs.specifier).removeprefix("==")
    assert {name: versions.get(name) for name in locked} == locked  # every package of the site's lock, as locked
    for page in ("opendata.html", "en/opendata.html"):
        assert site.html(page).select('a[href$="sbom.cdx.json"]'), page
