"""The guard around the whole build: an unexpected error becomes a message for staff, not a traceback.

A mistake staff can fix stops the build with a ``PluginError`` (``sitedata.DataError`` and the checks'
messages): MkDocs shows it as it is. Any other exception is a fault of the build itself (or a slip no
check knows yet). hooks/run.py tells this module which file is being worked on
(``working_on``, ``on_page``) and where the run's output goes (``run_started``); when a build fails,
``build_failed`` empties that output folder (so that a failed build can never be published by mistake;
``mkdocs serve`` keeps its last good preview) and, for an unexpected error, raises what ``report`` makes.
``report`` writes the traceback to ``build-error.log`` beside mkdocs.yml
(ignored by git) and returns the ``Abort`` whose message names that file in Japanese and English and
asks to report the error to the site's maintainers. ``quiet_mkdocs_page_errors`` keeps MkDocs' own
one-line "Error reading page 'x.md': …" for such an error off the screen (the message replaces it).
"""

from __future__ import annotations

import logging
import shutil
import sys
import traceback
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from sitedata import textfile

from . import i18n

LOG_NAME = "build-error.log"
log = logging.getLogger("mkdocs.hooks.failsafe")
_now: dict[str, tuple[str, str] | None] = {"what": None}  # (Japanese, English) of what is being worked on
# The output folder of the first (Japanese, root) build of this run, and the project folder: MkDocs gives
# on_build_error no configuration, so the first on_config of a run keeps them here.
_run: dict[str, Path] = {}


def run_started(config) -> None:
    """From every ``on_config``: the first of a run (the Japanese, root build) names the output folder."""
    _run.setdefault("site_dir", Path(config.site_dir))
    _run.setdefault("project", Path(config.config_file_path).resolve().parent)
    working_on(None)  # the data files: the one read last is named


def build_failed(error: BaseException) -> None:
    """A build stopped: its output folder emptied (not under ``mkdocs serve``), and an unexpected error
    turned into the message for staff."""
    site_dir = _run.get("site_dir")
    if not i18n.serving() and site_dir and site_dir.is_dir():
        for child in site_dir.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        log.info("The build failed: the output folder %s was emptied.", site_dir)
    if not expected(error):
        raise report(error, _run.get("project", Path.cwd())) from None


def expected(error: BaseException) -> bool:
    """A message MkDocs shows as it is: a check's PluginError, a configuration error, or an Abort (also
    the guard's own, coming up from the English build inside the Japanese one)."""
    return isinstance(error, (BuildError, ConfigurationError, Abort))


def working_on(ja: str | None, en: str | None = None) -> None:
    """What the build works on now, in both languages (None: the file read last, if any)."""
    _now["what"] = (ja, en or ja) if ja else None


def on_page(page) -> None:
    """The page MkDocs reads or writes now, as staff name it (a generated page by its address)."""
    file = page.file
    if getattr(file, "generated_by", None):
        working_on(f"生成されたページ {file.dest_uri}", f"the generated page {file.dest_uri}")
    else:
        working_on(f"docs/{file.src_uri}")


def _what() -> tuple[str, str]:
    """Where the build was, in words for the message: the file being worked on, else the one read last."""
    if _now["what"]:
        ja, en = _now["what"]
        return f"処理中のファイル: {ja}", f"while working on {en}"
    read = textfile.last_read[0] if textfile.last_read else "mkdocs.yml"
    return f"最後に読んだファイル: {read}", f"after reading {read}"


def report(error: BaseException, root: Path) -> Abort:
    """Write the traceback to ``root/build-error.log``; the Abort that tells staff what to do."""
    what_ja, what_en = _what()
    log_path = Path(root) / LOG_NAME
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    log_path.write_text(
        f"The build stopped {what_en}.\nCommand: {' '.join(sys.argv)}\n\n" + "".join(lines), encoding="utf-8"
    )
    return Abort(
        f"ビルドが予期しないエラーで止まりました（{what_ja}）。"
        "ファイルの書き方ではなく、サイトの仕組みの不具合かもしれません。直前の変更を元に戻すとビルドできるか試し、"
        f"サイトの管理者に知らせてください（{LOG_NAME} のファイルを添えてください）。\n"
        f"  The build stopped on an unexpected error {what_en}. This may be a fault in the "
        "site's build rather than a mistake in the file: try undoing your last change, and report the error "
        f"to the site's maintainers (attach the file {LOG_NAME})."
    )


class _QuietPageErrors(logging.Filter):
    """Drops MkDocs' "Error reading/building page 'x.md': <exception>" line for an unexpected error
    (MkDocs 1.6.1 logs it from inside its ``except`` block, so the error is the one being handled)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = sys.exc_info()[1]
        if error is None or expected(error):
            return True
        return not record.getMessage().startswith(("Error reading page", "Error building page"))


_FILTER = _QuietPageErrors()


def quiet_mkdocs_page_errors() -> None:
    logger = logging.getLogger("mkdocs.commands.build")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
