"""The menu (``nav:`` of mkdocs.yml) in every language, and the pages it names.

Reads the ``nav`` and the i18n plugin's ``nav_translations`` of the loaded configuration (through the
adapter, hooks/lib/sitebuild/i18n.py), and mkdocs.yml itself with its line numbers (ruamel.yaml) only when
there is something to say. ``findings(config)`` returns, as findings (ids ``menu.E…``, catalogue/menu.yml):

- an entry whose title has no English name, or whose English name is empty or still Japanese (it would
  show Japanese in every English page's menu), with the exact line to add under ``nav_translations:`` and
  where (menu.E001–E004; ``english_names``: a preview only warns of them);
- an entry whose page is not in docs/ (a page retired, or misspelt: menu.E006), or written without the
  colon between its name and its file (menu.E011), at the line of the entry;
- a page of docs/ neither in the menu nor in ``not_in_nav`` (menu.E005, at the page).
"""

from __future__ import annotations

import re
from pathlib import Path

from sitedata.findings import Finding, finding

from . import i18n

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
PLACEHOLDER = "（英語の名前）"


def load(path: Path):
    """mkdocs.yml as ruamel.yaml reads it, with the line of every key (``!ENV`` and other tags kept)."""
    from ruamel.yaml import YAML  # only when there is something to say: ~60 ms to import

    return YAML().load(Path(path).read_text(encoding="utf-8"))


def _entries(items, out: list) -> list[tuple[str | None, object, int]]:
    """(title, value, line) of every entry of the menu, sections and their entries alike (a title of None:
    an entry written as a bare string)."""
    for index, item in enumerate(items or []):
        if isinstance(item, dict):
            for title, value in item.items():
                out.append((str(title), value, item.lc.key(title)[0] + 1))
                if isinstance(value, list):
                    _entries(value, out)
        elif isinstance(item, str):
            out.append((None, item, items.lc.item(index)[0] + 1))
    return out


def nav_entries(tree) -> list[tuple[str | None, object, int]]:
    nav = tree.get("nav") if isinstance(tree, dict) else None
    return _entries(nav, []) if nav is not None else []


def nav_line(tree, page: str) -> int | None:
    """The line of the menu entry of ``page``."""
    return next((line for _, value, line in nav_entries(tree) if value == page), None)


def _plain(items, out: list) -> list[tuple[str | None, object]]:
    for item in items or []:
        if isinstance(item, dict):
            for title, value in item.items():
                out.append((str(title), value))
                if isinstance(value, list):
                    _plain(value, out)
        else:
            out.append((None, item))
    return out


def _proper(english) -> bool:
    """An English name: there, not blank, and without Japanese script."""
    return english is not None and bool(str(english).strip()) and not JAPANESE.search(str(english))


def _missing_name(tree, lang: str, title: str, line: int, titles: set[str]) -> Finding:
    """menu.E001–E003: where to write the missing name, and the line itself."""
    entry, names = i18n.nav_translations_node(tree, lang)
    if names:
        keys = list(names)
        last = keys[-1]
        after, column = names.lc.key(last)
        values = dict(title=title, lang=lang, after=after + 1, last=f"{last}: {names[last]}")
        values["text"] = f"{' ' * column}{title}: {PLACEHOLDER}"
        unused = [key for key in keys if key not in titles]
        if unused:
            return finding(
                "menu.E002", "mkdocs.yml", line, old=unused[0], old_line=names.lc.key(unused[0])[0] + 1, **values
            )
        return finding("menu.E001", "mkdocs.yml", line, **values)
    at, column = entry.lc.key("locale") if entry is not None else (0, 8)
    text = f"{' ' * column}nav_translations:\n{' ' * (column + 2)}{title}: {PLACEHOLDER}"
    return finding("menu.E003", "mkdocs.yml", line, title=title, lang=lang, after=at + 1, text=text)


def english_names(config, tree=None) -> list[Finding]:
    """menu.E001–E004: every menu entry without a proper name in each further language."""
    titles = [title for title, _ in _plain(config.nav or [], []) if title is not None]
    translations = i18n.nav_translations(config)
    if all(_proper(names.get(title)) for names in translations.values() for title in titles):
        return []  # nothing to say: mkdocs.yml is read again with its line numbers only to say where
    tree = tree if tree is not None else load(config.config_file_path or "mkdocs.yml")
    lines = {}
    for title, _, line in nav_entries(tree):
        if title is not None:
            lines.setdefault(title, line)
    found = []
    for lang, names in translations.items():
        for title in titles:
            english = names.get(title)
            if english is None:
                found.append(_missing_name(tree, lang, title, lines.get(title), set(titles)))
            elif not _proper(english):
                _, node = i18n.nav_translations_node(tree, lang)
                at = node.lc.key(title)[0] + 1 if node and title in node else None
                found.append(finding("menu.E004", "mkdocs.yml", at, title=title, english=english))
    return found


def pages(config, tree=None) -> list[Finding]:
    """menu.E006 (a page the menu names is not in docs/), menu.E011 (an entry without its colon)."""
    docs = Path(config.docs_dir)
    wrong = [
        value
        for title, value in _plain(config.nav or [], [])
        if isinstance(value, str)
        and "://" not in value
        and (title is None and " " in value.strip() or not (docs / value).is_file())
    ]
    if not wrong:
        return []
    tree = tree if tree is not None else load(config.config_file_path or "mkdocs.yml")
    found = []
    for title, value, line in nav_entries(tree):
        if value not in wrong:
            continue
        if title is None and re.search(r"\s|：", str(value).strip()):
            found.append(finding("menu.E011", "mkdocs.yml", line, entry=str(value)))
        elif isinstance(value, str):
            found.append(finding("menu.E006", "mkdocs.yml", line, page=value))
    return found


def omitted(config, docs: list[str]) -> list[Finding]:
    """menu.E005: a Japanese page of ``docs`` (docs-relative names) neither in the menu nor in ``not_in_nav``."""
    in_nav = {value for _, value in _plain(config.nav or [], []) if isinstance(value, str)}
    spec = config.not_in_nav
    return [
        finding("menu.E005", f"docs/{rel}", None, page=f"docs/{rel}", name=rel)
        for rel in docs
        if i18n.source_lang(rel) == i18n.DEFAULT and rel not in in_nav and not (spec and spec.match_file(rel))
    ]


def findings(config, docs: list[str]) -> list[Finding]:
    """Every finding of the menu: its pages, the pages not in it, then its English names."""
    return pages(config) + omitted(config, docs) + english_names(config)
