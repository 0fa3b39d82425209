"""The checks of built pages keep their passes in the build cache (hooks/lib/sitebuild/cache.py), never their
findings: a page whose bytes passed before is not checked again, a page with a finding is checked and
reported by every build, and anything else that changes (the page, the code, the rules) checks it again."""

from __future__ import annotations

import importlib.util
import logging
import shutil
from types import SimpleNamespace

import pytest

from conftest import ROOT
from sitebuild import cache, verdict
from sitedata.findings import FindingsError

HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notice</title>'
GOOD_EN = HEAD + "</head><body><p>Send your opinion.</p></body></html>"
BAD_EN = GOOD_EN.replace("Send your opinion.", "Send your opinion to 熊本県.")
CONFIG = SimpleNamespace(
    strict=True, config_file_path=str(ROOT / "mkdocs.yml"), site_url="", docs_dir=str(ROOT / "docs")
)


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


def counting(module, name: str) -> list:
    calls, real = [], getattr(module, name)

    def wrapped(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    setattr(module, name, wrapped)
    return calls


def test_a_page_that_passed_the_language_check_is_not_checked_again(kept):
    hook = _hook("6_check/lang_check.py")
    calls = counting(hook, "findings")
    for _ in range(3):
        hook._check(GOOD_EN, "en/notice.html", "en", [], CONFIG)
    assert len(calls) == 1 and len(list((kept / "checks").iterdir())) == 1
    hook._check(GOOD_EN.replace("opinion", "opinions"), "en/notice.html", "en", [], CONFIG)
    assert len(calls) == 2  # another page: checked


def _told() -> list[str]:
    """The ids of the findings gathered so far, told as the end of a strict build tells them."""
    with pytest.raises(FindingsError) as raised:
        verdict.settle(True, logging.getLogger("test"))
    return raised.value.ids


def test_a_language_finding_is_reported_by_every_build_never_kept(kept):
    hook = _hook("6_check/lang_check.py")
    calls = counting(hook, "findings")
    for _ in range(2):
        verdict.start()
        hook._check(BAD_EN, "en/notice.html", "en", [], CONFIG)
        assert _told() == ["lang.E005"]  # 熊本県 is in no page's Markdown and no data file: the page's frame
    assert len(calls) == 2 and not list((kept / "checks").iterdir())


def test_a_page_that_passed_the_output_check_is_not_checked_again_and_a_finding_never_kept(kept):
    hook = _hook("6_check/output_check.py")
    calls = counting(hook, "check_page")
    source = SimpleNamespace(src_uri="notice.md", abs_src_path=None, dest_uri="notice.html")
    page = SimpleNamespace(content="<p>Send your opinion.</p>", file=source)
    for _ in range(2):
        hook.on_post_page(GOOD_EN, page=page, config=CONFIG)
    assert len(calls) == 1
    bad = GOOD_EN.replace("<p>", '<p onclick="steal()">')
    for _ in range(2):
        verdict.start()
        hook.on_post_page(bad, page=page, config=CONFIG)
        assert _told() == ["html.E006"]
    assert len(calls) == 3


def test_a_change_to_the_rules_or_the_code_changes_every_key(kept, tmp_path, monkeypatch):
    """code() covers every file of hooks/: a new allowlist (hooks/6_check/allowed_html.yml) or a changed
    check gives every page a new key, so every page is checked again."""
    hooks = tmp_path / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "HOOKS", hooks)
    keys = [cache.code.__wrapped__()]
    allowlist = hooks / "6_check" / "allowed_html.yml"
    allowlist.write_text(allowlist.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    keys.append(cache.code.__wrapped__())
    check = hooks / "lib" / "sitebuild" / "language_of_parts.py"
    check.write_text(check.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    keys.append(cache.code.__wrapped__())
    assert len(set(keys)) == 3
    first = cache.passed("lang_check", ["en", GOOD_EN])
    cache.remember_pass(first)
    monkeypatch.setattr(cache, "code", lambda: keys[1])
    assert cache.passed("lang_check", ["en", GOOD_EN]) not in (None, first)
