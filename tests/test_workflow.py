"""The GitHub workflows (.github/workflows/) and their scripts (.github/scripts/): actionlint passes; the staff check
is the first job and the engineers' suite runs after it; actions are pinned to a commit with its version; every job
reads only but the few that write, which build nothing; forks get no preview; the gh-pages branch is written as the
previews and main need (tried on a local bare repository, with a race); the preview's address, QR code and comment;
the translation workflow refuses a page name that is not one."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
SCRIPTS = ROOT / ".github" / "scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def test_actionlint_passes_on_every_workflow():
    done = subprocess.run([Path(sys.executable).parent / "actionlint"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_staff_check_comes_first_and_the_suite_after_it():
    jobs = _workflow("site.yml")["jobs"]
    first, check = next(iter(jobs.items()))
    assert first == "check" and "needs" not in check
    runs = [step.get("run", "") for step in check["steps"]]
    assert "make site" in runs and not any("make test" in run for run in runs)
    assert jobs["test"]["needs"] == "check"
    assert [step.get("run") for step in jobs["test"]["steps"]][-1] == "make test"
    assert set(jobs["publish"]["needs"]) == {"check", "test"}


def test_every_action_is_pinned_to_a_commit_with_its_version():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = re.search(r"uses:\s*(\S+)(.*)", line)
            if match and not match.group(1).startswith("./"):
                assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", match.group(1)), f"{path.name}:{number}"
                assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", match.group(2)), f"{path.name}:{number}: no version"


WRITERS = {  # the jobs that write, and what
    ("site.yml", "preview-deploy"): {"contents", "pull-requests", "actions"},
    ("site.yml", "preview-remove"): {"contents", "pull-requests", "actions"},
    ("site.yml", "publish-branch"): {"contents"},
    ("site.yml", "readable-copy"): {"contents", "actions"},
    ("site.yml", "pages"): {"pages", "id-token"},
    ("pages.yml", "deploy"): {"pages", "id-token"},
    ("translation.yml", "record"): {"contents", "actions"},
}


@pytest.mark.parametrize("name", ["site.yml", "pages.yml", "translation.yml"])
def test_least_privilege_every_job_reads_only_but_the_writers(name):
    workflow = _workflow(name)
    assert workflow["permissions"] == {"contents": "read"}
    for job_id, job in workflow["jobs"].items():
        granted = {scope for scope, level in (job.get("permissions") or {}).items() if level == "write"}
        assert granted == WRITERS.get((name, job_id), set()), (name, job_id)
        builds = any(re.search(r"\bmake (site|publish|test)\b", step.get("run", "")) for step in job.get("steps", []))
        if granted and name == "site.yml":
            assert not builds, f"{job_id} builds the site with a write token"


def test_forks_get_no_preview_and_the_check_says_so():
    jobs = _workflow("site.yml")["jobs"]
    same_repo = "github.event.pull_request.head.repo.full_name == github.repository"
    assert same_repo in jobs["preview"]["if"] and same_repo in jobs["preview-remove"]["if"]
    assert jobs["preview-deploy"]["needs"] == "preview"
    fork_note = [s for s in jobs["check"]["steps"] if "!= github.repository" in str(s.get("if", ""))]
    assert fork_note and "site-preview" in fork_note[0]["run"]


def test_no_untrusted_text_is_written_into_a_shell_script():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values():
            for step in job.get("steps", []):
                assert "${{" not in step.get("run", ""), (path.name, step.get("name"))


# ---------------------------------------------------------------- the gh-pages branch


def _git(cwd: Path, *args: str) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid")
    env.update(GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def clones(tmp_path, monkeypatch):
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(origin)], check=True)
    made = []
    for name in ("a", "b"):
        clone = tmp_path / name
        subprocess.run(["git", "init", "--quiet", str(clone)], check=True)
        _git(clone, "remote", "add", "origin", str(origin))
        made.append(clone)
    for key, value in dict(GIT_AUTHOR_NAME="t", GIT_COMMITTER_NAME="t").items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "t@example.invalid")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "t@example.invalid")
    return origin, made


def _site(folder: Path, text: str) -> Path:
    (folder / "en").mkdir(parents=True)
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "en" / "index.html").write_text(text + " en", encoding="utf-8")
    return folder


def _tree(origin: Path) -> dict[str, str]:
    names = _git(origin, "ls-tree", "-r", "--name-only", "gh-pages").split()
    return {name: _git(origin, "show", f"gh-pages:{name}") for name in names}


def _put(clone: Path, *args: str) -> None:
    script = SCRIPTS / "pages_branch.py"
    subprocess.run([sys.executable, str(script), *args], cwd=clone, check=True, capture_output=True, text=True)


def test_previews_and_main_share_the_branch_each_in_its_place(clones, tmp_path):
    origin, (a, b) = clones
    _put(a, "remove", "pr-3")  # no branch yet: nothing to remove, nothing written
    assert not _git(origin, "branch", "--list", "gh-pages")
    _put(a, "put", "pr-3", str(_site(tmp_path / "p3", "three")))
    _put(b, "put", "pr-4", str(_site(tmp_path / "p4", "four")))
    _put(a, "put", ".", str(_site(tmp_path / "main", "main")))
    _put(b, "put", "pr-3", str(_site(tmp_path / "p3b", "three again")))
    assert _tree(origin) == {
        "en/index.html": "main en", "index.html": "main",
        "pr-3/en/index.html": "three again en", "pr-3/index.html": "three again",
        "pr-4/en/index.html": "four en", "pr-4/index.html": "four",
    }  # fmt: skip
    _put(a, "put", ".", str(_site(tmp_path / "main2", "main 2")))  # main again: the previews stay
    _put(b, "remove", "pr-3")
    assert sorted(_tree(origin)) == ["en/index.html", "index.html", "pr-4/en/index.html", "pr-4/index.html"]
    # One commit holds the current state: the branch does not grow with every preview.
    assert _git(origin, "rev-list", "--count", "gh-pages").strip() == "1"


def test_a_job_that_loses_the_race_reads_the_branch_again(clones, tmp_path, monkeypatch):
    origin, (a, b) = clones
    _put(b, "put", "pr-1", str(_site(tmp_path / "p1", "one")))
    module = _load("pages_branch")
    real_fetch, calls = module.fetch, []

    def fetch_then_another_job_pushes():
        base = real_fetch()
        calls.append(base)
        if len(calls) == 1:  # between this job's read and its push, another pull request's preview lands
            _put(b, "put", "pr-2", str(_site(tmp_path / "p2", "two")))
        return base

    monkeypatch.setattr(module, "fetch", fetch_then_another_job_pushes)
    monkeypatch.chdir(a)
    module.publish("pr-5", _site(tmp_path / "p5", "five"), "put pr-5")
    assert len(calls) == 2
    assert {name.split("/")[0] for name in _tree(origin)} == {"pr-1", "pr-2", "pr-5"}


def test_only_main_or_a_preview_folder_is_written(clones, tmp_path):
    module = _load("pages_branch")
    with pytest.raises(SystemExit):
        module.publish("assets", _site(tmp_path / "x", "x"), "put assets")


# ---------------------------------------------------------------- the preview's address, QR code and comment


def test_the_preview_address_is_under_the_base_with_the_pull_requests_number():
    module = _load("preview_comment")
    assert module.preview_url("https://owner.github.io/repo", 12) == "https://owner.github.io/repo/pr-12/"
    assert module.preview_url("https://example.jp/kikaku/draft/ ", 3) == "https://example.jp/kikaku/draft/pr-3/"
    for wrong in ("http://example.jp/", "example.jp", "https://example.jp/?x=1"):
        with pytest.raises(SystemExit):
            module.preview_url(wrong, 1)


def test_the_comment_links_the_preview_with_its_qr_code(tmp_path):
    module = _load("preview_comment")
    url = "https://owner.github.io/repo/pr-12/"
    text = module.comment(url, "0123456789abcdef", tmp_path)
    assert text.startswith("<!-- site-preview -->\n")  # .github/scripts/comment.sh edits this comment again
    assert f"**{url}**" in text and f'<img src="{url}preview-qr.png"' in text and "0123456789ab" in text
    assert "QR" in text and "スマートフォン" in text and "phone" in text
    png = (tmp_path / "preview-qr.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    import io

    import segno

    same = io.BytesIO()
    segno.make(url, error="m").save(same, kind="png", scale=6, border=4)
    assert png == same.getvalue()  # the code of this address, not of another
    removed = module.removed(url)
    assert removed.startswith("<!-- site-preview -->") and url in removed and "removed" in removed


# ---------------------------------------------------------------- recording a translation from the Actions tab


def _page_check_script() -> str:
    steps = _workflow("translation.yml")["jobs"]["record"]["steps"]
    return next(step["run"] for step in steps if "Check the page" in step.get("name", ""))


@pytest.mark.parametrize(
    "page, accepted",
    [
        ("docs/strategy.en.md", True),
        ("docs/strategy.en.md docs/staff/findings.en.md", True),
        ("docs/strategy.md", False),  # the Japanese page
        ("docs/../mkdocs.en.md", False),
        ("docs/x.en.md;touch${IFS}pwned", False),
        ("docs/$(touch pwned).en.md", False),
        ("strategy.en.md", False),
    ],
)
def test_the_translation_workflow_accepts_only_english_page_names(tmp_path, page, accepted):
    script = tmp_path / "check.sh"
    script.write_text(_page_check_script(), encoding="utf-8")
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=tmp_path, env=dict(os.environ, PAGE=page), capture_output=True, text=True,
    )  # fmt: skip
    assert (done.returncode == 0) == accepted, done.stdout
    assert not (tmp_path / "pwned").exists()
    if not accepted:
        assert done.stdout.startswith("::error title=")


def test_the_translation_workflow_refuses_the_default_branch():
    record = _workflow("translation.yml")["jobs"]["record"]
    first = record["steps"][0]
    assert "github.event.repository.default_branch" in first["if"] and "exit 1" in first["run"]
    run = "\n".join(step.get("run", "") for step in record["steps"])
    assert 'make mark-translated PAGE="$PAGE"' in run and "site.yml/dispatches" in run


def test_pages_never_publishes_a_branch_without_mains_pages(tmp_path):
    steps = _workflow("pages.yml")["jobs"]["deploy"]["steps"]
    names = [step.get("name", step.get("uses", "")) for step in steps]
    guard = next(i for i, name in enumerate(names) if "Main's pages" in name)
    assert guard < next(i for i, name in enumerate(names) if "upload-pages-artifact" in name)
    script = tmp_path / "guard.sh"
    script.write_text(steps[guard]["run"], encoding="utf-8")
    branch = tmp_path / "branch"
    (branch / "pr-3").mkdir(parents=True)
    (branch / "pr-3" / "index.html").write_text("a preview", encoding="utf-8")

    def guard_passes() -> bool:
        return subprocess.run(["bash", "-e", str(script)], cwd=branch, capture_output=True).returncode == 0

    assert not guard_passes()  # only a preview: the published site is left as it is
    _site(branch, "main")
    assert guard_passes()


def test_the_workbooks_readable_copy_reaches_files_changed_without_a_build_holding_a_write_token():
    """Staff upload the workbook in the browser: the copy the check's build writes (data/*.xlsx.txt) is committed
    to the pull request's branch by a job that builds nothing, only for a pull request of this repository."""
    jobs = _workflow("site.yml")["jobs"]
    upload = [s for s in jobs["check"]["steps"] if s.get("with", {}).get("name") == "readable-copy"]
    assert upload and upload[0]["with"]["path"] == "data/*.txt"
    job = jobs["readable-copy"]
    assert job["needs"] == "check" and "github.event.pull_request.head.repo.full_name == github.repository" in job["if"]
    runs = " ".join(step.get("run", "") for step in job["steps"])
    assert "git push" in runs and "data/*.xlsx.txt" in runs and "make " not in runs
    assert any(
        s.get("with", {}).get("name") == "readable-copy" for s in job["steps"] if "download" in s.get("uses", "")
    )
