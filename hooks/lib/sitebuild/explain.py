"""MkDocs' own warnings that staff can meet, explained in Japanese and English with the file and line.

MkDocs writes a few warnings in English only, naming the page as ``'index.md'`` and no line: a page
that could not be built ("Error reading page"), a page that is not in the menu
(``validation.nav.omitted_files``), a menu entry whose page does not exist, a link or an image whose
target is not found, an unrecognised or absolute link, an anchor that is not on the
page. ``Explainer`` is a logging filter put on MkDocs' loggers (by hooks/1_run/explain.py): it rewrites
each such message into the site's style — what is wrong in Japanese, then in English, at ``docs/x.md``
and the line where the link is typed (or mkdocs.yml and the line of the menu entry), with the fix —
keeping its level, so ``mkdocs build --strict`` still stops on it. Any other message passes unchanged.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import sitedata

from . import i18n, printdocs

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
        if match := _LINK.match(message):
            return self._link(match)
        if _OMITTED.match(message):
            pages = dict.fromkeys(i18n.japanese_name(page) for page in re.findall(r"^  - (.+)$", message, re.M))
            return "\n".join(self._omitted(page) for page in pages) or None
        if match := _NAV_MISSING.match(message):
            return self._nav_missing(match["url"])
        if match := _READING.match(message):
            shown = ", ".join(self._shown(self.docs / source) for source in self.sources(match["page"]))
            rest = match["rest"].strip()
            return (
                f"ページの誤り: {shown} を作れませんでした"
                + (f"（{rest}）。" if rest else "。理由は次のとおりです。")
                + f"\n  Page error: {shown} could not be built"
                + (f" ({rest})." if rest else "; the reason follows.")
            )
        return None

    def _link(self, match: re.Match) -> str:
        page, url, rest, hint = match["page"], match["url"], match["rest"], match["hint"]
        kind = match.string[: match.start("url")]
        for source in self.sources(page):
            line, image = source_line(self.docs / source, url)
            if line:
                page = source
                break
        shown = self._shown(self.docs / page)
        where_ja = f"{shown} の {line} 行目" if line else shown
        where_en = f"{shown}, line {line}" if line else shown
        hint_ja = f"「{hint}」のことではありませんか。" if hint else ""
        hint_en = f" Did you mean '{hint}'?" if hint else ""
        if "does not contain an anchor" in rest or "no such anchor" in rest:
            anchor = url.split("#", 1)[1] if "#" in url else url
            ja = (
                f"リンク「{url}」の # のあとの「{anchor}」という見出しが、リンク先のページにありません。"
                "見出しの名前（見出しの横の ¶ のリンクのアドレスの # 以降）を確かめて直してください。"
            )
            en = (
                f"the link '{url}': the page it leads to has no heading '#{anchor}'. Check the heading's name "
                "(the part after # in the address of the ¶ link beside the heading) and correct the link."
            )
        elif "unrecognized relative link" in kind:
            ja = (
                f"リンク「{url}」はページのファイル名として読めません。"
                "ほかのページへは places.md のように .md まで書き、ほかのサイトへは https:// から書いてください。"
            )
            en = (
                f"the link '{url}' is not a page's file name. Link to another page with its file name ending in .md "
                "(e.g. places.md), to another site with an address starting with https://."
            )
        elif "absolute link" in kind:
            ja = (
                f"リンク「{url}」は / で始まっています。公開する場所によってはつながらないので、"
                "places.md のように書いてください。"
            )
            en = f"the link '{url}' starts with /, which breaks where the site is published. Write it like places.md."
        elif image:
            ja = (
                f"画像「{url}」が見つかりません。画像のファイルを docs/ の中（例 docs/assets/）に置き、"
                "ページからの場所とファイル名（大文字・小文字も）を確かめてください。"
            )
            en = (
                f"the image '{url}' is not found. Put the image file inside docs/ (e.g. docs/assets/) and check its "
                "place and name from the page (capital and small letters too)."
            )
        else:
            ja = (
                f"リンク先「{url}」のページ（ファイル）がありません。ファイル名を確かめてください"
                "（ほかのページへは places.md のように docs/ の中の名前で書きます）。"
            )
            en = (
                f"the link '{url}' leads to no page: no such file in docs/. Check the file name "
                "(link to another page by its name in docs/, e.g. places.md)."
            )
        return f"リンクの誤り: {where_ja}: {ja}{hint_ja}\n  Link error: {where_en}: {en}{hint_en}"

    def _nav_line(self, page: str) -> int | None:
        from ruamel.yaml import YAML  # only here, to say where: ~60 ms to import, spared on a build without this error

        try:
            tree = YAML().load(self.config_file.read_text(encoding="utf-8"))
        except Exception:  # the line is a help; the message stands without it
            return None
        stack = list(tree.get("nav") or []) if isinstance(tree, dict) else []
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                for title, value in item.items():
                    if value == page:
                        return item.lc.key(title)[0] + 1
                    if isinstance(value, list):
                        stack += value
        return None

    def _omitted(self, page: str) -> str:
        shown = self._shown(self.docs / page)
        return (
            f"メニューの誤り: {shown} はメニュー（mkdocs.yml の nav:）にありません。メニューに出すページなら、"
            f"mkdocs.yml の nav: に「  - （名前）: {page}」の行を足し、"
            "その英語の名前を nav_translations: に足してください。"
            f"メニューに出さないページなら、mkdocs.yml の not_in_nav: に「  /{page}」の行を足してください。\n"
            f"  Menu error: {shown} is not in the menu (nav: in mkdocs.yml). For a page of the menu, add the line "
            f'"  - (name): {page}" under nav: in mkdocs.yml and its English name under nav_translations:; for a '
            f'page outside the menu, add the line "  /{page}" under not_in_nav: in mkdocs.yml.'
        )

    def _nav_missing(self, page: str) -> str:
        line = self._nav_line(page)
        where_ja = f"mkdocs.yml の {line} 行目" if line else "mkdocs.yml"
        where_en = f"mkdocs.yml, line {line}" if line else "mkdocs.yml"
        return (
            f"メニューの誤り: {where_ja}: メニュー（nav:）のページ「{page}」がありません。docs/{page} を作るか、"
            f"ファイル名を確かめてください。\n"
            f"  Menu error: {where_en}: the menu (nav:) names the page '{page}', which does not exist. Create "
            f"docs/{page} or correct the file name."
        )


explainer = Explainer()


def install(config: Any) -> None:
    """Put the explainer on MkDocs' loggers (once) and point it at this build's files."""
    explainer.configure(config)


def new_run() -> None:
    """The first language's build: everything may be said again (a preview rebuilds in one process)."""
    explainer.said.clear()
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if explainer not in logger.filters:
            logger.addFilter(explainer)
