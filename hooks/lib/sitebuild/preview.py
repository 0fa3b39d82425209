"""The preview (``mkdocs serve``) never freezes, and shows on the page what the build said.

Why it froze: MkDocs 1.6.1's server (``mkdocs/livereload``) marks a new version of the site as wanted
when a file changes, runs the build, and holds every page request until that version is built
(``_visible_epoch == _wanted_epoch``, with no time limit). A build that raises never makes it visible:
the browser spins until a later build succeeds, and the error is only in the terminal. Under
``strict: true`` a stale translation raised, so the guide's first step (edit a Japanese sentence,
save) froze the preview; a data mistake did the same, and a failed first build stopped ``mkdocs
serve`` altogether.

hooks/run.py runs every preview build through ``guarded``: never strict (a stale translation
or a broken link is a warning in the preview; ``mkdocs build --strict``, i.e. ``make site`` and CI,
still stops on it) and never raising, so the server always shows the newest build. What the build
warned about or stopped on is kept, and ``middleware`` writes it, in Japanese and English, as a
banner at the top of every page served (or as the whole page when that page was not built); a
stopped build leaves the last good pages in place where it stopped before writing any. It also adds
the hash of MkDocs' live-reload script to the page's Content-Security-Policy, so the page reloads
itself after each build.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

log = logging.getLogger("mkdocs.hooks.preview")
STYLE = "_preview-notes.css"  # served by the middleware at the site's root, never written to the site

HEAD_ERROR = (
    "プレビューのビルドが止まりました。下の誤りを直して保存すると、このページが更新されます。",
    "The preview build stopped. Fix the mistake below and save: this page then updates.",
)
HEAD_LAST_GOOD = ("いま見えているのは、前にビルドできたときのページです。", "What you see is the page as last built.")
HEAD_WARNING = (
    "プレビューでは表示していますが、このままでは公開用のビルド（make site）が止まります。直してください。",
    "Shown in the preview, but the publishing build (make site) stops on this. Please fix it.",
)
HEAD_MISSING = (
    "このページはまだ作られていません。",
    "This page has not been built.",
)
CSS = b""".preview-notes{background:#fff3cd;color:#000;border:3px solid #b45309;padding:.8rem 1rem;
margin:0;font-size:.85rem;line-height:1.5;position:relative;z-index:10}
.preview-notes--error{background:#fde2e2;border-color:#b91c1c}
.preview-notes p{margin:.2rem 0;font-weight:700}
.preview-notes pre{white-space:pre-wrap;margin:.4rem 0;font-size:.8rem;background:none;color:#000}
"""


@dataclass
class Notes:
    """What the last preview build warned about or stopped on."""

    running: bool = False
    failed: bool = False
    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)


notes = Notes()


class _Collector(logging.Handler):
    """Keeps the warnings and errors MkDocs, the plugins and the hooks log while a preview build runs."""

    def emit(self, record: logging.LogRecord) -> None:
        if notes.running and not record.name.startswith("mkdocs.livereload"):
            notes.add(record.getMessage())


def guarded(build: Callable[..., None]) -> Callable[..., None]:
    """MkDocs' ``build`` as ``mkdocs serve`` calls it, made never strict and never raising."""
    if getattr(build, "preview_guarded", False):
        return build
    collector = _Collector(logging.WARNING)

    def run(config: Any, **kwargs: Any) -> None:
        config.strict = False  # a preview warns; `mkdocs build --strict` (make site, CI) stops
        notes.messages.clear()
        notes.failed, notes.running = False, True
        logging.getLogger("mkdocs").addHandler(collector)
        try:
            build(config, **kwargs)
        except Exception as error:  # the server must go on serving whatever the build did
            notes.failed = True
            if not notes.messages:  # not a check's message (those are logged): say what happened
                notes.add(
                    f"ビルドが思いがけない誤りで止まりました（{type(error).__name__}: {error}）。"
                    "ターミナルの表示を担当の技術者に見せてください。\n"
                    f"  The build stopped on an unexpected error ({type(error).__name__}: {error}). "
                    "Show the terminal's output to the developers."
                )
                log.debug("The preview build failed", exc_info=True)
        finally:
            notes.running = False
            logging.getLogger("mkdocs").removeHandler(collector)
        if notes.failed:
            log.error(
                "プレビューのビルドが止まりました。理由はブラウザのページにも示しています。\n"
                "  The preview build stopped; the page in the browser says why too."
            )

    run.preview_guarded = True  # type: ignore[attr-defined]
    return run


def banner(mount_path: str, missing: bool = False) -> Markup:
    """The notes of the last build as the banner at the top of a page; empty when there is nothing."""
    if not notes.messages and not missing:
        return Markup("")
    if missing:
        heads = [HEAD_MISSING] + ([HEAD_ERROR] if notes.messages else [])
    else:
        heads = [HEAD_ERROR, HEAD_LAST_GOOD] if notes.failed else [HEAD_WARNING]
    kind = " preview-notes--error" if notes.failed or missing else ""
    return Markup(
        f'<link rel="stylesheet" href="{escape(mount_path + STYLE)}">'
        f'<aside class="preview-notes{kind}" role="alert">'
        + "".join(f"<p>{escape(ja)}</p><p>{escape(en)}</p>" for ja, en in heads)
        + "".join(f"<pre>{escape(message)}</pre>" for message in notes.messages)
        + "</aside>"
    )


_BODY = re.compile(rb"<body[^>]*>")
_LIVERELOAD = re.compile(rb"<script>([^<]*livereload\([^<]*)</script>")
_SCRIPT_SRC = re.compile(rb"(<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*?script-src 'self')")


def decorate(html: bytes, mount_path: str, missing: bool) -> bytes:
    """A served page with the banner and with MkDocs' live-reload script allowed by its policy."""
    if missing and notes.failed:  # the page was not built: the notes are the page, reloaded until it is
        return (
            '<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">'
            f"<title>{escape(HEAD_ERROR[0])}</title></head><body>{banner(mount_path, missing=True)}</body></html>"
        ).encode()
    script = _LIVERELOAD.search(html)
    if script:
        token = b"'sha256-" + base64.b64encode(hashlib.sha256(script.group(1)).digest()) + b"'"
        html = _SCRIPT_SRC.sub(lambda m: m.group(1) + b" " + token, html, count=1)
    body = _BODY.search(html)
    if body is None:
        return html
    return html[: body.end()] + str(banner(mount_path)).encode() + html[body.end() :]


def middleware(app: Callable[..., Iterable[bytes]], mount_path: str) -> Callable[..., Iterable[bytes]]:
    """A WSGI wrapper of MkDocs' server: HTML responses pass through ``decorate``; ``STYLE`` is served."""

    def wrapped(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "").endswith("/" + STYLE):
            start_response("200 OK", [("Content-Type", "text/css"), ("Content-Length", str(len(CSS)))])
            return [CSS]
        answer: dict[str, Any] = {}

        def keep(status: str, headers: list, exc_info: Any = None) -> Callable:
            answer.update(status=status, headers=headers)
            return lambda data: None

        result = app(environ, keep)
        headers = answer.get("headers", [])
        if not any(k.lower() == "content-type" and v.startswith("text/html") for k, v in headers):
            start_response(answer["status"], headers)
            return result
        try:
            html = b"".join(result)
        finally:
            getattr(result, "close", lambda: None)()
        html = decorate(html, mount_path, missing=answer["status"].startswith("404"))
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        start_response(answer["status"], [*headers, ("Content-Length", str(len(html)))])
        return [html]

    return wrapped


POLL_SECONDS = 0.1  # how often the preview looks for saved files (MkDocs 1.6: every 0.5 s)


def watch_often(server, config) -> None:
    """MkDocs' preview finds a saved file by looking at every watched file's time and size (watchdog's
    polling observer, which works on every disk) every 0.5 s: on average a quarter of a second after
    the save, up to half a second, before the build even starts. Here it looks every 0.1 s (a look at the
    project's few hundred files costs about a millisecond). The watched folders stay the same: what
    ``mkdocs serve`` watches before ``on_serve`` (docs/, mkdocs.yml, and the theme's folders with
    ``--watch-theme``; mkdocs.yml's ``watch:`` comes after) is given back, as many times as it was watched,
    to a new observer, which ``mkdocs serve`` starts (called from ``on_serve``, before the server starts)."""
    from watchdog.observers.polling import PollingObserver

    paths = [config.docs_dir, *([config.config_file_path] if config.config_file_path else []), *config.theme.dirs]
    watched: dict[str, int] = {}  # path: how many times it was watched
    for path in dict.fromkeys(paths):
        while True:
            try:
                server.unwatch(path)
            except KeyError:  # no more (a theme folder without --watch-theme: not at all)
                break
            watched[path] = watched.get(path, 0) + 1
    server.observer = PollingObserver(timeout=POLL_SECONDS)
    for path, times in watched.items():
        for _ in range(times):
            server.watch(path)
