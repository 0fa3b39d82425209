"""The build cache's key of the code (hooks/lib/sitebuild/cache.py): a change to any file of hooks/ (the code, the
rules) gives every page a new key; the CSP hook takes a page's hashes from the cache without parsing it. (The checks
of the built folder keep nothing: hooks/lib/sitebuild/check/ checks every page of every build.)"""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from conftest import ROOT
from sitebuild import cache

HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notice</title>'
SCRIPTED = HEAD + "<script>var a = 1;</script></head><body></body></html>"


def _hook(path: str):
    spec = importlib.util.spec_from_file_location(path.replace("/", "_"), ROOT / "hooks" / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A build cache of this test's own."""

    def folder(kind):
        (tmp_path / kind).mkdir(exist_ok=True)
        return tmp_path / kind

    monkeypatch.setattr(cache, "folder", folder)
    return tmp_path


def test_a_change_to_the_rules_or_the_code_changes_every_key(tmp_path, monkeypatch):
    """code() covers every file of hooks/: a new allowlist (hooks/lib/sitebuild/check/allowed_html.yml) or a
    changed module gives every page a new key."""
    hooks = tmp_path / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "HOOKS", hooks)
    keys = [cache.code.__wrapped__()]
    allowlist = hooks / "lib" / "sitebuild" / "check" / "allowed_html.yml"
    allowlist.write_text(allowlist.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    keys.append(cache.code.__wrapped__())
    check = hooks / "lib" / "sitebuild" / "language_of_parts.py"
    check.write_text(check.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    keys.append(cache.code.__wrapped__())
    assert len(set(keys)) == 3


def test_the_csp_hashes_of_a_page_come_from_the_cache_without_parsing_it(kept, monkeypatch):
    hook = _hook("5_site/csp.py")
    first = hook.with_policy(SCRIPTED)
    calls = []
    monkeypatch.setattr(hook.htmltree, "parse", lambda html: calls.append(html))
    assert hook.with_policy(SCRIPTED) == first and calls == []
    assert "'sha256-" in first
