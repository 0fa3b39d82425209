"""The preview (`make serve`, i.e. `mkdocs serve`) never freezes: each save is served, and every problem
of the build is shown on the page in Japanese and English (hooks/lib/sitebuild/startup.py, preview.py).

Each test starts the real `mkdocs serve` on a copy of the project, on a free port, and reads it over
HTTP (the last one in Chromium); the server is stopped at the end whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from conftest import edit, free_port, line_of

SENTENCE = "の対象は、次の素案です。"
EDITED = "の対象は、次の三つの素案です。"
STALE = (
    "docs/comment.en.md は、変更された docs/comment.md の翻訳が済んでいません",
    "docs/comment.en.md is out of date: docs/comment.md changed since it was translated.",
)
BANNER = 'class="preview-notes'
START_WITHIN = 420.0  # the first build of both languages, on a loaded machine
SAVE_WITHIN = 240.0  # a rebuild after a save


# `mkdocs serve` with Ctrl-C answered as in a terminal, even when the suite itself runs in the background (a
# shell's background job, as CI may start it, ignores SIGINT, and so would the server, until the 30 s below ran out).
SERVE = [
    sys.executable,
    "-c",
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv = ['mkdocs', *sys.argv[1:]]; runpy.run_module('mkdocs', run_name='__main__')",
]


@contextmanager
def preview(project: Path, log: Path):
    """`mkdocs serve` (as `make serve` runs it) in the project copy; yields (address, process)."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [*SERVE, "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            yield f"http://127.0.0.1:{port}/", proc
        finally:
            # Ctrl-C, as staff stop it: MkDocs removes its temporary folder; then the whole process group.
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def served(url: str, proc: subprocess.Popen, log: Path, until, within: float) -> str:
    """The page at `url` once `until(html)` holds, asking the server until `within` seconds have passed.
    A request the server holds (the freeze) uses up the time and fails the test."""
    deadline = time.monotonic() + within
    html = ""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        assert proc.poll() is None, "mkdocs serve stopped:\n" + log.read_text(encoding="utf-8")
        try:
            with urllib.request.urlopen(url, timeout=left) as response:
                html = response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            html = error.read().decode("utf-8")
        except (urllib.error.URLError, OSError) as error:  # not listening yet, or the request timed out
            html = f"no answer: {error!r}"
            if "refused" in str(error):
                time.sleep(0.5)  # the server is not listening yet: ask again shortly
                continue
        if until(html):
            return html
        time.sleep(0.2)  # the save is not built yet: ask again shortly
    tail = log.read_text(encoding="utf-8")[-3000:]
    raise AssertionError(
        f"{url} did not show what was expected within {within:.0f} s; last answer:\n{html[:2000]}\n"
        f"--- mkdocs serve:\n{tail}"
    )


def test_preview_serves_each_save_with_its_problems_on_the_page(project, tmp_path):
    log = tmp_path / "serve.log"
    page = "comment.html"
    with preview(project, log) as (url, proc):
        first = served(url + page, proc, log, lambda html: SENTENCE in html, START_WITHIN)
        assert BANNER not in first

        # The guide's first step: edit a Japanese sentence and save. The English page is now stale: a warning
        # on the page (the publishing build stops on it), and the edited sentence is served.
        edit(project, "docs/comment.md", SENTENCE, EDITED)
        html = served(url + page, proc, log, lambda html: EDITED in html, SAVE_WITHIN)
        assert BANNER in html
        assert all(text in html for text in STALE), html[:3000]
        assert "公開用のビルド（make site）が止まります" in html and "the publishing build (make site) stops" in html

        # A broken data file: the page shows the data error (file and line) instead of freezing.
        edit(project, "data/consultation.yml", "end: 2021-01-23", "end: 2021-13-45")
        line = line_of(project, "data/consultation.yml", "end: 2021-13-45")
        where = (f"data/consultation.yml の {line} 行目", f"data/consultation.yml, line {line}")
        html = served(url + page, proc, log, lambda html: where[0] in html, SAVE_WITHIN)
        assert where[1] in html
        assert "プレビューのビルドが止まりました" in html and "The preview build stopped" in html
        # A page of another language is served with the message too.
        assert where[0] in served(url + "en/places.html", proc, log, lambda html: BANNER in html, SAVE_WITHIN)

        # Mended: the normal page again, with no banner.
        edit(project, "data/consultation.yml", "end: 2021-13-45", "end: 2021-01-23")
        edit(project, "docs/comment.md", EDITED, SENTENCE)
        html = served(url + page, proc, log, lambda html: SENTENCE in html and BANNER not in html, SAVE_WITHIN)
        assert "データファイルの誤り" not in html


def test_preview_starts_and_shows_the_error_when_the_first_build_fails(project, tmp_path):
    """A data mistake already there when `make serve` starts: every address shows it, then the site once mended."""
    log = tmp_path / "serve.log"
    edit(project, "data/places.yml", "places:", "places：")
    with preview(project, log) as (url, proc):
        html = served(url, proc, log, lambda html: "データファイルの誤り" in html, START_WITHIN)
        assert "data/places.yml" in html and "Data file error: data/places.yml" in html
        assert "このページはまだ作られていません" in html and "This page has not been built." in html
        edit(project, "data/places.yml", "places：", "places:")
        html = served(url + "index.html", proc, log, lambda html: BANNER not in html and "<nav" in html, SAVE_WITHIN)


def test_preview_page_reloads_itself_after_a_save(project, tmp_path, page):
    """In Chromium: MkDocs' live-reload script runs under the page's Content-Security-Policy, so a save shows."""
    log = tmp_path / "serve.log"
    violations = []
    with preview(project, log) as (url, proc):
        served(url + "comment.html", proc, log, lambda html: SENTENCE in html, START_WITHIN)
        page.on("console", lambda message: violations.append(message.text) if "Content Security" in message.text else 0)
        page.goto(url + "comment.html")
        page.locator("h1").wait_for()
        edit(project, "docs/comment.md", SENTENCE, EDITED)
        page.get_by_text(EDITED).wait_for(timeout=SAVE_WITHIN * 1000)
        banner = page.locator(".preview-notes")
        assert banner.is_visible()
        assert STALE[1] in banner.inner_text()
    assert violations == []


def test_the_preview_looks_for_saved_files_ten_times_a_second(tmp_path):
    """MkDocs' server looks every 0.5 s; the preview's every 0.1 s, over the same watched files, and a save is
    still seen (in process: the server is made but not started; its observer is). Reads the server's private
    ``_watched_paths`` (the preview itself does not): fails if MkDocs keeps its watched paths otherwise."""
    from types import SimpleNamespace

    from mkdocs.livereload import LiveReloadServer

    from sitebuild import preview as preview_lib

    docs, config = tmp_path / "docs", tmp_path / "mkdocs.yml"
    docs.mkdir()
    (docs / "index.md").write_text("# a\n", encoding="utf-8")
    config.write_text("site_name: a\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(docs))
    server.watch(str(config))
    theme = SimpleNamespace(dirs=[str(tmp_path / "overrides")])  # a theme folder not watched (no --watch-theme)
    preview_lib.watch_often(server, SimpleNamespace(docs_dir=str(docs), config_file_path=str(config), theme=theme))
    assert server.observer.timeout == preview_lib.POLL_SECONDS == 0.1
    assert set(server._watched_paths) == {str(docs), str(config)}
    server.observer.start()
    try:
        (docs / "index.md").write_text("# a, saved again with more text\n", encoding="utf-8")
        with server._rebuild_cond:
            assert server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=30)
    finally:
        server.observer.stop()
        server.observer.join()


def test_preview_shows_a_tab_saved_in_mkdocs_yml_without_a_traceback(project, tmp_path):
    """mkdocs.yml saved with a tab while `make serve` runs: the page shows menu.E007 at the line, in Japanese and
    English, the terminal has no Python traceback, and the last good pages stay served; mended, the site again."""
    log = tmp_path / "serve.log"
    nav = "  - 閲覧場所: places.md"
    with preview(project, log) as (url, proc):
        served(url + "comment.html", proc, log, lambda html: SENTENCE in html, START_WITHIN)
        edit(project, "mkdocs.yml", nav, "\t- 閲覧場所: places.md")
        line = line_of(project, "mkdocs.yml", "閲覧場所: places.md")
        where = f"mkdocs.yml の {line} 行目"
        html = served(url + "comment.html", proc, log, lambda html: where in html, SAVE_WITHIN)
        assert "menu.E007" in html and f"mkdocs.yml, line {line}, column 1" in html
        assert "プレビューのビルドが止まりました" in html and SENTENCE in html  # the last good page, with the banner
        assert "Traceback" not in log.read_text(encoding="utf-8")
        edit(project, "mkdocs.yml", "\t- 閲覧場所: places.md", nav)
        html = served(url + "comment.html", proc, log, lambda html: BANNER not in html, SAVE_WITHIN)
        assert SENTENCE in html
    assert "Traceback" not in log.read_text(encoding="utf-8")
