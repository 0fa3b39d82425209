"""The translations' findings (hooks/lib/sitebuild/translations.py, from hooks/lib/sitebuild/prepare/sources.py),
in-process on a copy of docs/: a missing English page at the Japanese one, a stale one at its translated_from line, an
orphan at itself, each with the command and the header line that fix it."""

from __future__ import annotations

import shutil

from conftest import ROOT
from sitebuild import translations


def _docs(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", folder)
    return folder


def test_the_real_pages_are_translated(tmp_path):
    assert translations.findings(_docs(tmp_path)) == []


def test_missing_stale_and_orphan_pages_are_findings_at_their_place(tmp_path):
    docs = _docs(tmp_path)
    (docs / "news.md").write_text("---\ntitle: お知らせ\ndescription: 県から。\n---\n\n# お知らせ\n", encoding="utf-8")
    (docs / "old.en.md").write_text("---\ntitle: Old\ndescription: Old.\n---\n\n# Old\n", encoding="utf-8")
    comment = docs / "comment.md"
    comment.write_text(comment.read_text(encoding="utf-8") + "\n追加の文です。\n", encoding="utf-8")
    english = (docs / "comment.en.md").read_text(encoding="utf-8").splitlines()
    record = next(n for n, line in enumerate(english, 1) if line.startswith("translated_"))
    found = translations.findings(docs)
    assert [(f.id, f.file, f.line) for f in found] == [
        ("translation.E002", "docs/comment.en.md", record),
        ("translation.E001", "docs/news.md", None),
        ("translation.E003", "docs/old.en.md", None),
    ]
    stale = str(found[0])
    assert "make mark-translated PAGE=docs/comment.en.md" in stale
    assert f"translated_from: {translations.source_hash(comment)}" in stale
    assert "docs/comment.en.md is out of date: docs/comment.md changed since it was translated." in stale
