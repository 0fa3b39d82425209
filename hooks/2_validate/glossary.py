"""The prefecture's terms are rendered the agreed way in English, from data/glossary.yml.

Reads the glossary, the pages (docs/x.md with docs/x.en.md) and every ja/en text pair in the
data files. Where a Japanese text uses a term, its English twin must use the agreed rendering;
a rendering listed under ``avoid`` may appear nowhere in English. A mismatch stops the strict
build before anything is written, naming the file, the line and the term; ``mkdocs serve`` only
warns. Emits nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

from mkdocs.exceptions import PluginError
from pydantic import Field, StringConstraints

import sitedata
from sitebuild import i18n
from sitebuild.translations import page_states
from sitedata.textfile import read_text
from sitedata.yamlfile import read_yaml

log = logging.getLogger("mkdocs.hooks.glossary")
Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Term(sitedata.Strict):
    ja: Word
    en: Word
    avoid: list[Word] = []


class Glossary(sitedata.Strict):
    terms: list[Term] = Field(min_length=1)


def _line(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _pairs(node, path=()):
    """(ja, en, line of en) for every mapping with both ja and en texts in a data tree (sitedata.yamlread)."""
    if isinstance(node, dict):
        if isinstance(node.get("ja"), str) and isinstance(node.get("en"), str):
            yield node["ja"], node["en"], node.lc.value("en")[0] + 1
        for value in node.values():
            yield from _pairs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _pairs(value)


def check(root: Path, docs_dir: Path) -> list[str]:
    glossary, _ = sitedata.validate(Glossary, root / "data" / "glossary.yml")
    problems = []

    def compare(ja: str, en: str, where: str, line: int) -> None:
        for term in _missing(glossary, ja, en):
            problems.append(
                f"{where} の {line} 行目: 日本語に「{term.ja}」がありますが、"
                f"英語に決まった訳語「{term.en}」がありません"
                f"（data/glossary.yml）。\n  {where}, line {line}: the Japanese uses 「{term.ja}」 but the English "
                f'does not use the agreed rendering "{term.en}" (data/glossary.yml).'
            )
        problems.extend(_avoided(glossary, en, where, lambda form: line))

    for path in sorted((root / "data").glob("*.yml")):
        if path.name == "glossary.yml":
            continue
        tree = read_yaml(path)
        for ja, en, line in _pairs(tree):
            compare(ja, en, f"data/{path.name}", line)
    for pair in page_states(docs_dir):
        if pair.state in ("missing", "orphan"):
            continue  # reported by translations.py
        ja, en = read_text(docs_dir / pair.ja), read_text(docs_dir / pair.en)
        rel = f"docs/{pair.en}"
        for term in _missing(glossary, ja, en):
            problems.append(
                f"{rel}: 日本語版 (docs/{pair.ja} の {_line(ja, term.ja)} 行目) に"
                f"「{term.ja}」がありますが、英語版に決まった訳語「{term.en}」がありません（data/glossary.yml）。\n"
                f"  {rel}: the Japanese page uses 「{term.ja}」 (line {_line(ja, term.ja)}) but the English page "
                f'never uses the agreed rendering "{term.en}" (data/glossary.yml).'
            )
        problems.extend(_avoided(glossary, en, rel, lambda form, en=en: _line(en.lower(), form.lower())))
    return problems


def _missing(glossary: Glossary, ja: str, en: str):
    """The terms the Japanese text uses whose agreed rendering the English text lacks."""
    return (t for t in glossary.terms if t.ja in ja and t.en.lower() not in en.lower())


def _avoided(glossary: Glossary, en: str, where: str, line_of) -> list[str]:
    """A problem for each rendering listed under ``avoid`` that the English text uses."""
    problems = []
    for term in glossary.terms:
        for form in term.avoid:
            if form.lower() in en.lower():
                line = line_of(form)
                problems.append(
                    f"{where} の {line} 行目: 英語「{form}」は使いません。「{term.en}」と書いてください。\n"
                    f'  {where}, line {line}: "{form}" is not the agreed rendering of 「{term.ja}」: write "{term.en}".'
                )
    return problems


def on_pre_build(config, **kwargs):
    if not i18n.first_build(config):  # check once, in the Japanese (default) build
        return
    problems = check(Path(config.config_file_path).resolve().parent, Path(config.docs_dir))
    if problems and config.strict:
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
