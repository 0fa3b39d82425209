"""The interface words (data/interface.yml): the texts of the generated parts, in both languages.

Staff correct a label in the data file, not in Python. A hook asks for a text by its key, as
``words.html("strategy.pillar", lang, n=1)`` (escaped for HTML, with the values), ``words.md(...)`` (for Markdown) or
``words.text(...)`` (plain: mail, feeds, JSON). The file is checked like the others: each key of
``KEYS`` (the words the hooks use) must be there with Japanese and English, and no other key (a key
nothing uses, or a misspelt one); both languages must fill in the same ``{names}``. A mistake stops
the build with the file, the line and the fix.
"""

from __future__ import annotations

import string
from difflib import get_close_matches
from typing import Any

from markupsafe import Markup
from pydantic import RootModel

from .errors import DataError
from .formatting import md_escape
from .schema import Text
from .yamlfile import line_of, shown, validate

# The words the hooks use, by part: data/interface.yml holds exactly these.
KEYS = {
    "strategy": (
        *("pillar", "measure", "direction", "measures", "initiatives", "kpi", "baseline", "target", "figures"),
        *("pending", "kpi_pending", "kpi_none", "kpi_caption", "to_strategy", "to_policy"),
    ),
    "consultation": ("plan_period", "phone", "extension", "fax", "email", "places_count"),
    "comment_link": ("link", "draft_link", "reference", "mail_section", "mail_opinion", "closed", "upcoming"),
    "banner": (
        "period",
        "link",
        "upcoming",
        "ongoing",
        "open",
        "last",
        "closed",
        "next",
        "next_link",
        "results",
        "published",
    ),
    "outcome": (
        *("heading", "published", "opinions", "opinions_count", "submitters", "none", "pages", "page_counts"),
        *("next_heading", "handling_heading", "until_published", "summary", "summary_none", "to_results"),
    ),
    "results": (
        *("title", "consultation", "draft", "draft_published", "period", "published", "submitters", "of_which"),
        *("opinions", "rows_n", "changes_n", "grouping", "by_category", "by_section", "category", "section"),
        *("opinions_col", "rows_col", "changes_col", "total", "count", "to_change", "number", "summary", "view"),
        *("filter_all", "filter_shown", "rows_caption", "deleted", "added", "editorial", "redline", "draft_text"),
        *("final_text", "reason", "led_by", "change", "not_about", "whole_draft", "rows_heading"),
        *("changes_heading", "no_rows", "on_section"),
    ),
    "sample": ("notice",),
    "opinion_form": (
        *("period", "draft", "section", "section_hint", "opinion", "sender", "sender_note", "send", "fax"),
        *("email", "ask", "phone_line"),
    ),
    "print": ("document", "period", "page_url", "latest", "full_text", "results_title", "results_included"),
    "downloads": ("print", "this_is_print", "pdf", "pdf_ja", "pdf_en"),
    "feed": ("title", "opened", "closed", "outcome", "period", "next", "outcome_summary"),
    "opendata": (
        *("kpis", "places", "column", "meaning", "kpis_caption", "places_caption"),
        *("results", "results_rows", "results_changes", "results_sample"),
    ),
    "opendata_kpis": (
        *("kpi_id", "pillar", "pillar_title_ja", "pillar_title_en", "measure", "measure_title_ja"),
        *("measure_title_en", "kpi_name_ja", "kpi_name_en", "status", "baseline", "baseline_year", "target"),
        *("target_year", "unit_ja", "unit_en"),
    ),
    "opendata_places": ("order", "place_id", "name_ja", "name_en", "detail_ja", "detail_en", "count", "url"),
    "page": ("permalink", "language_menu", "high_contrast"),
    "translation_status": (
        *("caption", "page", "english_page", "state", "translated", "outdated", "missing", "orphan"),
    ),
}


class InterfaceFile(RootModel[dict[str, dict[str, Text]]]):
    """part: {key: {ja: …, en: …}}"""


def _html(text: str) -> str:
    """& < > and " as entities (texts go into elements and double-quoted attributes); apostrophes stay."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Words:
    """The checked interface words of one data folder."""

    def __init__(self, texts: dict[str, dict[str, Text]]):
        self._texts = texts

    def _template(self, key: str, lang: str) -> str:
        part, name = key.split(".", 1)
        return self._texts[part][name][lang]

    def text(self, key: str, lang: str, **values: Any) -> str:
        """Plain text (for mail, feeds, JSON): the values put in as they are."""
        return self._template(key, lang).format(**values)

    def html(self, key: str, lang: str, **values: Any) -> Markup:
        """For HTML: the words and the values escaped (a value already marked safe, ``Markup``, as it is)."""
        return Markup(_html(self._template(key, lang))).format(**values)

    def md(self, key: str, lang: str, **values: Any) -> str:
        """For Markdown: the words escaped as data texts are (``md_escape``)."""
        return md_escape(self._template(key, lang)).format(**values)

    def part(self, part: str, lang: str) -> dict[str, Markup]:
        """Every word of a part, escaped for HTML (for a template)."""
        return {name: Markup(_html(text[lang])) for name, text in self._texts[part].items()}


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def load_words(path) -> Words:
    """Read and check data/interface.yml; DataError (file, line, fix) on the first mistake."""
    model, tree = validate(InterfaceFile, path)
    rel, texts = shown(path), model.root
    _unknown_keys(rel, tree, texts)
    _missing_keys(rel, tree, texts)
    _placeholders(rel, tree, texts)
    return Words(texts)


def _unknown_keys(rel: str, tree: Any, texts: dict) -> None:
    """A key the site does not use: misspelt (the nearest known key is suggested) or left over."""
    for part, entries in texts.items():
        for key in entries:
            if part in KEYS and key in KEYS[part]:
                continue
            where = (part, key) if part in KEYS else (part,)
            known = list(KEYS.get(part, KEYS))
            near = get_close_matches(key if part in KEYS else part, known, n=1)
            hint_ja = f"「{near[0]}」のつもりなら、そう直してください。" if near else ""
            hint_en = f' Did you mean "{near[0]}"?' if near else ""
            raise DataError(
                rel,
                line_of(tree, where),
                f"「{part}.{key}」はサイトで使われていない言葉です。{hint_ja}つづりを確かめるか、この項目を消してください"
                f"（使える名前: {', '.join(known)}）。",
                f'"{part}.{key}" is not a word the site uses.{hint_en} Check the spelling or remove it '
                f"(known: {', '.join(known)}).",
            )


def _missing_keys(rel: str, tree: Any, texts: dict) -> None:
    for part, keys in KEYS.items():
        if part not in texts:
            raise DataError(
                rel,
                None,
                f"部分「{part}:」がありません。{part}: の下に {', '.join(keys)} の言葉を書いてください。",
                f'The part "{part}:" is missing. Add it with the words {", ".join(keys)}.',
            )
        for key in keys:
            if key not in texts[part]:
                raise DataError(
                    rel,
                    line_of(tree, (part,)),
                    f"「{part}」に言葉「{key}:」がありません。ja: と en: の文を書き足してください。",
                    f'"{part}" has no words "{key}:". Add it, with its ja: and en: texts.',
                )


def _placeholders(rel: str, tree: Any, texts: dict) -> None:
    """Both languages fill in the same {names}, and every brace is closed."""
    for part, entries in texts.items():
        for key, text in entries.items():
            try:
                ja, en = _names(text.ja), _names(text.en)
            except ValueError:
                ja, en = None, set()
            if ja != en:
                raise DataError(
                    rel,
                    line_of(tree, (part, key, "en")),
                    f"「{part}.{key}」の日本語と英語で {{…}} の部分が違います（ja: {sorted(ja or [])}、"
                    f"en: {sorted(en)}）。同じものを書いてください。波かっこは対にしてください。",
                    f'"{part}.{key}": the Japanese and English texts must hold the same {{…}} parts '
                    f"(ja: {sorted(ja or [])}, en: {sorted(en)}), with matching braces.",
                )
