"""MkDocs' own warnings that staff can meet, explained in Japanese and English with the file and line.

MkDocs writes a few warnings in English only, naming the page as ``'index.md'`` and no line: a page
that could not be built ("Error reading page"), a page that is not in the menu
(``validation.nav.omitted_files``), a menu entry whose page does not exist, a link or an image whose
target is not found, an unrecognised or absolute link, an anchor that is not on the
page. ``Explainer`` is a logging filter put on MkDocs' loggers (by hooks/run.py): it rewrites
each such message into a finding of the catalogue (page.E020, page.E023–E029, menu.E005, menu.E006) — what is
wrong in Japanese, then in English, at ``docs/x.md`` and the line where the link is typed (or mkdocs.yml and
the line of the menu entry), with the fix — keeping its level, so ``mkdocs build --strict`` still stops on
it. Any other message passes unchanged.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path
from typing import Any

import sitedata
from sitedata.findings import Finding, finding

from . import i18n, menucheck, pagebody, printdocs

LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav", "mkdocs.commands.build")

_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?:a link|an unrecognized relative link|an absolute link) '(?P<url>[^']*)'"
    r"(?P<rest>.*?)(?: Did you mean '(?P<hint>[^']*)'\?)?$",
    re.S,
)
_READING = re.compile(r"^Error (?:reading|building) page '(?P<page>[^']+)':(?P<rest>.*)$", re.S)
_OMITTED = re.compile(r"^The following pages exist in the docs directory, but are not included in the \"nav\"")
_NAV_MISSING = re.compile(r"^A reference to '(?P<url>[^']+)' is included in the 'nav' configuration, which is not")


def source_line(path: Path, url: str) -> tuple[int | None, bool]:
    """The line where ``url`` is typed in a Markdown file, and whether it is an image there."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None, False
    forms = (f"]({url}", f'"{url}"', f"'{url}'", f"<{url}>", f"]: {url}")
    for wanted in (forms, (url,)):
        for number, line in enumerate(lines, 1):
            for form in wanted:
                at = line.find(form)
                if at >= 0:
                    before = line[:at]
                    return number, bool(re.search(r"!\[[^\[\]]*$|<img\b[^>]*$", before))
    return None, False


class Explainer(logging.Filter):
    """Rewrites MkDocs' English-only warnings about pages, links and the menu (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        self.docs = Path("docs")
        self.config_file = Path("mkdocs.yml")
        self.said: set[str] = set()  # said once a run: each language's build would repeat it

    def configure(self, config: Any) -> None:
        self.config = config
        self.docs = Path(config.docs_dir)
        self.config_file = Path(config.config_file_path or "mkdocs.yml")

    def sources(self, page: str) -> list[str]:
        """The Markdown files staff edit for a page: itself, or for a whole-document page made at build time
        (print-*.md, not in docs/) the pages it is made of, in its language."""
        if (self.docs / page).exists() or not i18n.japanese_name(page).startswith(printdocs.PRINT_PREFIX):
            return [page]
        try:
            documents = printdocs.documents(self.config.nav, sitedata.load(self.config))
        except Exception:  # the data's own check reports its mistakes
            return [page]
        lang = i18n.source_lang(page)
        for document in documents:
            if document.print_page == i18n.japanese_name(page):
                return [i18n.source_name(part, lang) for part in document.parts]
        return [page]

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            message = record.getMessage()
            explained = self.explain(message)
            if explained:
                if explained in self.said:
                    return False
                self.said.add(explained)
                record.msg, record.args = explained, ()
        return True

    def _shown(self, path: Path) -> str:
        """The file as staff see it: docs/index.md, mkdocs.yml."""
        try:
            return path.resolve().relative_to(self.config_file.resolve().parent).as_posix()
        except ValueError:
            return path.as_posix()

    def explain(self, message: str) -> str | None:
        found = self.findings(message)
        return "\n".join(map(str, found)) if found else None

    def findings(self, message: str) -> list[Finding]:
        """The findings MkDocs' message stands for (none: a message left as it is)."""
        if match := _LINK.match(message):
            return [self._link(match)]
        if _OMITTED.match(message):
            pages = dict.fromkeys(i18n.japanese_name(page) for page in re.findall(r"^  - (.+)$", message, re.M))
            return [
                finding("menu.E005", self._shown(self.docs / page), None, page=self._shown(self.docs / page), name=page)
                for page in pages
            ]
        if match := _NAV_MISSING.match(message):
            return [
                finding("menu.E006", self._shown(self.config_file), self._nav_line(match["url"]), page=match["url"])
            ]
        if match := _READING.match(message):
            shown = ", ".join(self._shown(self.docs / source) for source in self.sources(match["page"]))
            rest = match["rest"].strip()
            first = self._shown(self.docs / self.sources(match["page"])[0])
            if rest:
                return [finding("page.E028", first, None, pages=shown, reason=rest)]
            return [finding("page.E029", first, None, pages=shown)]
        return []

    def _link(self, match: re.Match) -> Finding:
        page, url, rest, hint = match["page"], match["url"], match["rest"], match["hint"]
        kind = match.string[: match.start("url")]
        line, image = None, False
        for source in self.sources(page):
            line, image = source_line(self.docs / source, url)
            if line:
                page = source
                break
        shown = self._shown(self.docs / page)
        if "does not contain an anchor" in rest or "no such anchor" in rest:
            anchor = url.split("#", 1)[1] if "#" in url else url
            return finding("page.E023", shown, line, url=url, anchor=anchor)
        if "unrecognized relative link" in kind:
            if hint:
                return finding("page.E025", shown, line, url=url, hint=hint)
            return finding("page.E024", shown, line, url=url)
        if "absolute link" in kind:
            return finding("page.E026", shown, line, url=url)
        if image:
            return finding("page.E027", shown, line, url=url)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("#", 1)[0]))
        return finding("page.E020", shown, line, url=pagebody.shown(url), target=pagebody.shown(f"docs/{target}"))

    def _nav_line(self, page: str) -> int | None:
        try:
            return menucheck.nav_line(menucheck.load(self.config_file), page)
        except Exception:  # the line is a help; the message stands without it
            return None


explainer = Explainer()


def install(config: Any) -> None:
    """Put the explainer on MkDocs' loggers (once) and point it at this build's files."""
    explainer.configure(config)


def said(found: Finding) -> None:
    """A finding a check has already logged: MkDocs' warning that stands for the same is then dropped."""
    explainer.said.add(str(found))


def new_run() -> None:
    """The first language's build: everything may be said again (a preview rebuilds in one process)."""
    explainer.said.clear()
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if explainer not in logger.filters:
            logger.addFilter(explainer)
