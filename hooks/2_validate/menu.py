"""The menu in every language: each ``nav:`` entry of mkdocs.yml has its English name.

Reads mkdocs.yml (with its line numbers, ruamel.yaml) and the i18n plugin's ``nav_translations``
(through the adapter, hooks/lib/sitebuild/i18n.py). A menu entry whose title has no English name, or
whose English name is empty or still Japanese, would show Japanese in every English page's menu: it
stops the strict build (``mkdocs build --strict``) before anything is written, naming mkdocs.yml, the
line of the entry, and the exact line to add under ``nav_translations:`` and where; a preview
(``mkdocs serve``) only warns. Emits nothing.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from sitebuild import i18n

log = logging.getLogger("mkdocs.hooks.menu")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
PLACEHOLDER = "（英語の名前）"


def _titles(items, out: list) -> list[tuple[str, int]]:
    """(title, line) of every titled entry of the menu, sections and their entries alike."""
    for item in items or []:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            line = item.lc.key(title)[0] + 1
            out.append((str(title), line))
            if isinstance(value, list):
                _titles(value, out)
    return out


def _where(tree, lang: str, title: str, titles: set[str]) -> tuple[str, str, str]:
    """Where to write the missing name: (Japanese, English, the line itself)."""
    entry, names = i18n.nav_translations_node(tree, lang)
    if names:
        keys = list(names)
        last = keys[-1]
        line, column = names.lc.key(last)
        text = f"{' ' * column}{title}: {PLACEHOLDER}"
        ja = f"mkdocs.yml の {line + 1} 行目（{lang} の nav_translations: の最後の行「{last}: {names[last]}」）の次"
        en = (
            f"after line {line + 1} of mkdocs.yml (the last line under nav_translations: of {lang}, "
            f'"{last}: {names[last]}")'
        )
        unused = [key for key in keys if key not in titles]
        if unused:
            old = unused[0]
            at = names.lc.key(old)[0] + 1
            ja += f"（メニューの名前を変えたのなら、{at} 行目の「{old}:」の名前を書き換えます）"
            en += f' (if you renamed a menu entry, change the name "{old}:" on line {at} instead)'
        return ja, en, text
    if entry is not None:
        line, column = entry.lc.key("locale")
        text = f"{' ' * column}nav_translations:\n{' ' * (column + 2)}{title}: {PLACEHOLDER}"
        return (
            f"mkdocs.yml の {line + 1} 行目（locale: {lang}）の下",
            f"below line {line + 1} of mkdocs.yml (locale: {lang})",
            text,
        )
    return (
        "mkdocs.yml の i18n の languages: の下",
        f"in mkdocs.yml, under the i18n plugin's languages: ({lang})",
        f"{title}: {PLACEHOLDER}",
    )


def problems(config) -> list[str]:
    """One message for each menu entry without a proper name in each further language."""
    titles = _plain_titles(config.nav or [])
    translations = i18n.nav_translations(config)
    if all(_proper(names.get(title)) for names in translations.values() for title in titles):
        return []  # nothing to say: mkdocs.yml is read again with its line numbers only to say where
    from ruamel.yaml import YAML  # only when there is something to say: ~60 ms to import

    path = Path(config.config_file_path or "mkdocs.yml")
    tree = YAML().load(path.read_text(encoding="utf-8"))
    nav = tree.get("nav") if isinstance(tree, dict) else None
    lines = dict(reversed(_titles(nav, []))) if nav is not None else {}  # the file gives the lines only
    entries = [(title, lines.get(title, 0)) for title in titles]
    titles = {title for title, _ in entries}
    found = []
    for lang, names in translations.items():
        for title, line in entries:
            english = names.get(title)
            where_ja = f"mkdocs.yml の {line} 行目" if line else "mkdocs.yml"
            where_en = f"mkdocs.yml, line {line}" if line else "mkdocs.yml"
            if english is None:
                place_ja, place_en, text = _where(tree, lang, title, titles)
                found.append(
                    f"メニューの誤り: {where_ja}: メニュー（nav:）の「{title}」に英語の名前がありません。このままでは"
                    f"英語のページのメニューに日本語で出ます。{place_ja}に、次の行を同じ字下げで足し、{PLACEHOLDER} を"
                    f"英語の名前に書き換えてください:\n{text}\n"
                    f"  Menu error: {where_en}: the menu entry (nav:) 「{title}」 has no English name, so every "
                    f"English page's menu would show it in Japanese. Add this line {place_en}, indented the same, "
                    f"and write the English name in place of {PLACEHOLDER}:\n{text}"
                )
            elif not _proper(english):
                at = names_line(tree, lang, title)
                found.append(
                    f"メニューの誤り: mkdocs.yml の {at} 行目: nav_translations: の「{title}」の英語の名前"
                    f"「{english}」が英語ではありません。英語の名前に書き換えてください。\n"
                    f"  Menu error: mkdocs.yml, line {at}: the English name of the menu entry 「{title}」 under "
                    f'nav_translations: is "{english}", which is not English. Write the English name.'
                )
    return found


def _proper(english) -> bool:
    """An English name: there, not blank, and without Japanese script."""
    return english is not None and bool(str(english).strip()) and not JAPANESE.search(str(english))


def names_line(tree, lang: str, title: str) -> int | str:
    _, names = i18n.nav_translations_node(tree, lang)
    return names.lc.key(title)[0] + 1 if names and title in names else "?"


def _plain_titles(items) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, dict):
            for title, value in item.items():
                out.append(str(title))
                if isinstance(value, list):
                    out += _plain_titles(value)
    return out


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    found = problems(config)
    if found and config.strict:
        raise PluginError("\n".join(found))
    for problem in found:
        log.warning(problem)
