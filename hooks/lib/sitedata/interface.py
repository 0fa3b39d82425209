"""The interface words (data/interface.yml): the texts of the generated parts, in both languages.

Staff correct a label in the data file, not in Python. A hook asks for a text by its key, as
``words.html("strategy.pillar", lang, n=1)`` (escaped for HTML, with the values), ``words.md(...)`` (for Markdown) or
``words.text(...)`` (plain: mail, feeds, JSON). The file is checked like the others: each key of
``KEYS`` (the words the hooks use) must be there with Japanese and English, and no other key (a key
nothing uses, or a misspelt one); both languages must fill in the same ``{names}``. Every mistake is a
finding (data.E056–E060, data.E069) with the file, the line and the fix.
"""

from __future__ import annotations

import string
from difflib import get_close_matches
from typing import Any

from markupsafe import Markup
from pydantic import RootModel

from .errors import DataError
from .findings import Finding, finding
from .formatting import md_escape
from .schema import Text
from .yamlfile import line_of, shown, validate_findings

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
        *("changes_heading", "no_rows", "on_section", "whole", "this_page", "changes_split", "listed_twice"),
        *("translation_pending", "also_under", "next_steps", "plan_unknown", "plan_name", "plan_date", "plan_url"),
        *("not_yet", "history", "history_published"),
    ),
    "sample": ("notice",),
    "preview": ("notice",),
    "opinion_form": (
        *("period", "draft", "section", "section_hint", "opinion", "sender", "sender_note", "send", "fax"),
        *("email", "ask", "phone_line"),
    ),
    "print": ("document", "period", "page_url", "latest", "full_text", "results_title", "results_included"),
    "downloads": ("print", "this_is_print", "pdf", "pdf_ja", "pdf_en"),
    "feed": ("title", "opened", "closed", "outcome", "period", "next", "outcome_summary", "correction"),
    "opendata": (
        *("kpis", "places", "column", "meaning", "kpis_caption", "places_caption"),
        *("results", "results_rows", "results_changes", "results_counts", "results_organisations", "results_led"),
        *("results_editorial", "results_sample"),
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
        *("results_caption", "results_item", "results_text", "results_none"),
    ),
    "findings_reference": ("level", "error", "warning", "message", "fix", "no_fix", "example", "none"),
    "search": ("fewer", "try"),
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


def read_words(path) -> tuple[Words | None, list[Finding]]:
    """The interface words of data/interface.yml (None when the file does not fit), and every finding."""
    model, tree, found = validate_findings(InterfaceFile, path)
    if model is None:
        return None, found
    rel, texts = shown(path), model.root
    found += _unknown_keys(rel, tree, texts) + _missing_keys(rel, tree, texts) + _placeholders(rel, tree, texts)
    return Words(texts), found


def load_words(path) -> Words:
    """Read and check data/interface.yml; DataError with every finding (file, line, fix)."""
    words, found = read_words(path)
    if found:
        raise DataError(found)
    return words


def _unknown_keys(rel: str, tree: Any, texts: dict) -> list[Finding]:
    """A key the site does not use: misspelt (the nearest known key is suggested) or left over."""
    found = []
    for part, entries in texts.items():
        for key in entries:
            if part in KEYS and key in KEYS[part]:
                continue
            where = line_of(tree, (part, key) if part in KEYS else (part,))
            known = list(KEYS.get(part, KEYS))
            near = get_close_matches(key if part in KEYS else part, known, n=1)
            name, known_s = f"{part}.{key}", ", ".join(known)
            if near:
                found.append(finding("data.E056", rel, where, key=name, near=near[0], known=known_s))
            else:
                found.append(finding("data.E057", rel, where, key=name, known=known_s))
    return found


def _missing_keys(rel: str, tree: Any, texts: dict) -> list[Finding]:
    found = []
    for part, keys in KEYS.items():
        if part not in texts:
            found.append(finding("data.E058", rel, None, part=part, keys=", ".join(keys)))
            continue
        for key in keys:
            if key not in texts[part]:
                found.append(finding("data.E059", rel, line_of(tree, (part,)), part=part, key=key))
    return found


def _placeholders(rel: str, tree: Any, texts: dict) -> list[Finding]:
    """Both languages fill in the same {names}, and every brace is closed."""
    found = []
    for part, entries in texts.items():
        for key, text in entries.items():
            where = line_of(tree, (part, key, "en"))
            try:
                ja, en = _names(text.ja), _names(text.en)
            except ValueError:
                found.append(finding("data.E069", rel, where, key=f"{part}.{key}"))
                continue
            if ja != en:
                names = dict(ja_names=sorted(ja or []), en_names=sorted(en))
                found.append(finding("data.E060", rel, where, key=f"{part}.{key}", **names))
    return found
