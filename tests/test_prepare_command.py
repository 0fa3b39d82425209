"""Stage 1 as a command (hooks/lib/sitebuild/prepare/command.py): ``python -m sitebuild.prepare OUT --lang L``
writes one language's plain docs folder — every page under its plain name with its markers filled, the printable
and results pages, the open data, the other files of docs/ — whose Markdown is what the MkDocs build renders, and
stops with the findings (id, file, line) on a slip the build stops on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import DATA, PROJECT_PARTS, ROOT, build, copy_project, edit, line_of, mark_translated
from sitebuild import inserts
from sitebuild.prepare import command

EPOCH = "1796691297"  # one day for the build and the command: the comment page's status is the day's
# After hooks/prepare.py: the Markdown each page is rendered from, as MkDocs gives it to the theme.
DUMP = '''"""Writes each page's Markdown as MkDocs renders it (a test's hook)."""
from pathlib import Path

from sitebuild import i18n


def on_page_markdown(markdown, page, config, **kwargs):
    out = Path(config.config_file_path).parent / "rendered" / i18n.page_lang(page) / page.file.src_uri
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown, encoding="utf-8")
    return markdown
'''


def _markers(text: str) -> list[str]:
    return [m.group(0) for m in inserts.COMMENT.finditer(text) if inserts.read(m.group(1))]


def test_the_prepared_markdown_is_what_the_build_renders(tmp_path, monkeypatch):
    """The sample (results pages and their printable page included), in both languages: each page's prepared
    Markdown, without its front matter, equals the Markdown the MkDocs build renders it from."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = copy_project(tmp_path / "project", (*PROJECT_PARTS, "mkdocs.example.yml", "examples"))
    (project / "hooks/dump.py").write_text(DUMP, encoding="utf-8")
    edit(project, "mkdocs.yml", "  - hooks/prepare.py\n", "  - hooks/prepare.py\n  - hooks/dump.py\n")
    result = build(project, tmp_path / "site", config="mkdocs.example.yml")
    assert result.returncode == 0, result.output
    for lang in ("ja", "en"):
        out = tmp_path / "prepared" / lang
        command.prepare(out, lang, project / "mkdocs.example.yml")
        folder = project / "rendered" / lang
        rendered = sorted(p.relative_to(folder) for p in folder.rglob("*.md"))
        assert any(p.name in ("print-results.md", "print-results.en.md") for p in rendered)
        assert len(rendered) > 20 and any(p.name.startswith("results-") for p in rendered)
        for rel in rendered:
            plain = rel.as_posix().replace(".en.md", ".md")
            prepared = command._split((out / plain).read_text(encoding="utf-8"))[1]
            assert prepared == (folder / rel).read_text(encoding="utf-8"), plain
        assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == sorted(
            r.as_posix().replace(".en.md", ".md") for r in rendered
        )


def test_the_command_writes_the_plain_docs_folder(tmp_path):
    out = tmp_path / "en"
    run = subprocess.run(
        [sys.executable, "-m", "sitebuild.prepare", str(out), "--lang", "en", "--config", str(ROOT / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    japanese = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    assert [p for p in japanese if not p.endswith(".en.md")] == [p for p in pages if not p.startswith("print-")]
    assert {"print-notice.md", "print-basic-policy.md"} <= set(pages)
    for page in pages:
        assert _markers((out / page).read_text(encoding="utf-8")) == [], page
    comment = (out / "comment.md").read_text(encoding="utf-8")
    assert comment.startswith("---\ntitle: How to comment\n") and DATA.consultation.contact.email in comment
    assert 'data-shift="1"' in (out / "print-notice.md").read_text(encoding="utf-8")
    assert (out / "opendata/kpis.csv").read_bytes().startswith("\ufeff".encode())
    assert (out / "opendata/places.json").is_file() and not (out / "opendata/results.json").exists()
    assert (out / "assets/site.css").read_bytes() == (ROOT / "docs/assets/site.css").read_bytes()
    with pytest.raises(FileExistsError):  # a folder with files in it is left alone
        command.prepare(out, "en", ROOT / "mkdocs.yml")


@pytest.mark.parametrize(
    "rel, old, new, id_",
    [
        ("docs/places.md", "<!-- insert: places -->", "<!-- insret: places -->", "page.E008"),
        ("docs/places.md", "<!-- insert: places -->", "[a page not there](nowhere.md)", "page.E020"),
    ],
    ids=["misspelt-marker", "link-to-no-page"],
)
def test_the_command_stops_with_the_findings_of_a_slip(tmp_path, rel, old, new, id_):
    project = copy_project(tmp_path / "project")
    edit(project, rel, old, new)
    mark_translated(project, "docs/places.en.md")
    line = line_of(project, rel, new)
    run = subprocess.run(
        [sys.executable, "-m", "sitebuild.prepare", str(tmp_path / "out"), "--config", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"[{id_}]" in run.stderr and f"{rel}, line {line}" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "rel, old, new, named",
    [
        ("mkdocs.yml", "  - hooks/prepare.py\n", "\t- hooks/prepare.py\n", "[menu.E"),  # a tab: before MkDocs reads it
        ("data/places.yml", "    count: 10", "    count: 2.5", "[data.E032]"),  # a data file's finding
    ],
)
def test_the_command_stops_with_a_slip_of_mkdocs_yml_or_a_data_file(tmp_path, rel, old, new, named):
    project = copy_project(tmp_path / "project")
    edit(project, rel, old, new)
    with pytest.raises(command.FindingsError) as raised:
        command.prepare(tmp_path / "out", "ja", project / "mkdocs.yml")
    assert rel in str(raised.value) and named in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_mkdocs_still_writes_the_warnings_left_out_for_the_printable_pages():
    """prepare/print_pages.py leaves out MkDocs' warnings about a printable page's links by their English start
    ("Doc file 'print-…"): MkDocs must still write them so (mkdocs/structure/pages.py)."""
    import inspect
    import logging

    import mkdocs.structure.pages

    from sitebuild.prepare import print_pages

    assert "f\"Doc file '{self.file.src_uri}' contains" in inspect.getsource(mkdocs.structure.pages)
    print_pages.quiet_repeated_warnings()
    print_pages.quiet_repeated_warnings()  # once, however often asked
    log = logging.getLogger("mkdocs.structure.pages")
    assert sum(type(f).__name__ == "_Repeated" for f in log.filters) == 1
    said = "Doc file 'print-notice.md' contains a link 'x.md', but the target is not found among documentation files."
    record = log.makeRecord(log.name, logging.WARNING, __file__, 1, said, (), None)
    other = log.makeRecord(log.name, logging.WARNING, __file__, 1, said.replace("print-notice", "index"), (), None)
    assert not log.filter(record) and log.filter(other)
