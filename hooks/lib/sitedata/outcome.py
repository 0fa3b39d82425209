"""The consultation's outcome (data/outcome.yml) and its response categories (data/outcome_categories.yml),
checked against the drafts: every section, category and change a row names exists; ids are unique; a
row of a category that needs a change names one, and every change is named by a row or marked
editorial; each change's draft text occurs in that section of the draft; totals typed add up.
(That the results are dated after the comment period is checked with the period, in ``checks``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checks import check_outcome
from .errors import DataError
from .outcome_model import NOT_ABOUT_THE_DRAFTS, Categories, Category, Outcome
from .schema import LANGS
from .sections import section_texts
from .yamlfile import duplicates, line_of, shown, validate

if TYPE_CHECKING:
    from . import SiteData

_LANG = dict(zip(LANGS, (("日本語", "Japanese"), ("英語", "English")), strict=True))


def load_categories(path: Path) -> list[Category]:
    categories, tree = validate(Categories, path)
    codes = [c.code for c in categories.categories]
    duplicates(shown(path), tree, categories.categories, "categories", codes, "対応区分", "category")
    return categories.categories


def load_outcome(data: SiteData, path: Path) -> Outcome:
    """The published outcome (``published`` is None while there is none), checked against the drafts."""
    rel = shown(path)
    try:
        outcome, tree = validate(Outcome, path)
    except DataError as exc:
        for code, ja, en in _SHAPE:
            if code in str(exc):
                raise DataError(rel, exc.line, ja, en) from None
        raise
    check_outcome(rel, tree, outcome, data.consultation.period)
    _check(data, outcome, tree, rel)
    return outcome


_SHAPE = (
    (
        "OUTCOME_UNDATED",
        "結果の件数や内容がありますが、公表日（published）がありません。",
        "The outcome has counts or results but no publication date (published).",
    ),
    (
        "OUTCOME_COUNTS",
        "公表日（published）がありますが、submitters（意見を出した人・団体の数）がありません。",
        "The outcome has a publication date but lacks submitters (the number of people and organisations).",
    ),
    (
        "CHANGE_REASON",
        "修正（changes）に理由（reason）がありません。理由を ja と en で書くか、県による字句の修正なら "
        "editorial: true と書いてください。",
        "A change has no reason. Write the reason (ja and en), or mark the prefecture's own editorial "
        "change with editorial: true.",
    ),
)


def _fail(rel: str, tree: Any, loc: tuple, ja: str, en: str) -> None:
    raise DataError(rel, line_of(tree, loc), ja, en)


def _check(data: SiteData, outcome: Outcome, tree: Any, rel: str) -> None:
    codes = {c.code: c for c in data.categories}
    sections = data.sections
    refs = set(sections) | {d.id for d in data.consultation.drafts} | {NOT_ABOUT_THE_DRAFTS}
    duplicates(rel, tree, outcome.rows, "rows", [r.id for r in outcome.rows], "意見", "row")
    duplicates(rel, tree, outcome.changes, "changes", [c.id for c in outcome.changes], "修正", "change")
    change_ids = {c.id for c in outcome.changes}
    named: set[str] = set()
    for i, row in enumerate(outcome.rows):
        for j, ref in enumerate(row.sections):
            if ref not in refs:
                _fail(
                    rel,
                    tree,
                    ("rows", i, "sections", j),
                    f"意見「{row.id}」の項目「{ref}」はありません。"
                    "ページの「参照」にある項目の id（例：bp-1-2、st-2-3、pv）、"
                    f"素案全体なら素案の id（{', '.join(d.id for d in data.consultation.drafts)}）、"
                    f"素案についてでない意見なら {NOT_ABOUT_THE_DRAFTS} と書いてください。",
                    f'Row "{row.id}" names the section "{ref}", which does not exist. Use a section id such as '
                    f"bp-1-2, st-2-3 or pv, a draft's id for the whole draft, or {NOT_ABOUT_THE_DRAFTS} for an "
                    "opinion about nothing in the drafts.",
                )
        if row.category not in codes:
            _fail(
                rel,
                tree,
                ("rows", i, "category"),
                f"意見「{row.id}」の対応区分「{row.category}」はありません。使える区分: {', '.join(codes)}"
                "（data/outcome_categories.yml）。",
                f'Row "{row.id}" has the category "{row.category}", which does not exist. Categories: '
                f"{', '.join(codes)} (data/outcome_categories.yml).",
            )
        for j, cid in enumerate(row.changes):
            if cid not in change_ids:
                _fail(
                    rel,
                    tree,
                    ("rows", i, "changes", j),
                    f"意見「{row.id}」の修正「{cid}」は changes にありません。修正の id を確かめてください。",
                    f'Row "{row.id}" names the change "{cid}", which is not in changes. Check the id.',
                )
            named.add(cid)
        if codes[row.category].needs_change and not row.changes:
            label = codes[row.category].label
            _fail(
                rel,
                tree,
                ("rows", i, "category"),
                f"意見「{row.id}」は「{label.ja}」ですが、修正（changes:）がありません。どの修正につながったかを "
                "changes: [修正の id] と書くか、区分を直してください。",
                f'Row "{row.id}" is "{label.en}" but names no change. Write changes: [the change\'s id] or '
                "correct the category.",
            )
    for i, change in enumerate(outcome.changes):
        if change.section not in sections:
            _fail(
                rel,
                tree,
                ("changes", i, "section"),
                f"修正「{change.id}」の項目「{change.section}」はありません。ページの「参照」にある項目の id "
                "（例：bp-1-2、st-2-3、pv）を書いてください。",
                f'Change "{change.id}" names the section "{change.section}", which does not exist. Use a section '
                "id such as bp-1-2, st-2-3 or pv.",
            )
        if change.id not in named and not change.editorial:
            _fail(
                rel,
                tree,
                ("changes", i, "id"),
                f"修正「{change.id}」につながった意見がありません。意見の changes: に書くか、県による字句の修正なら "
                "editorial: true と書いてください。",
                f'No row leads to the change "{change.id}". Name it in a row\'s changes:, or mark the '
                "prefecture's own editorial change with editorial: true.",
            )
        for lang in LANGS:
            if _squash(change.draft[lang]) not in _squash(" ".join(section_texts(data, change.section, lang))):
                ja, en = _LANG[lang]
                _fail(
                    rel,
                    tree,
                    ("changes", i, "draft", lang),
                    f"修正「{change.id}」の素案の文（draft の {lang}）が、項目「{change.section}」の{ja}の素案に"
                    "見つかりません。素案の文をそのまま写してください。",
                    f'The draft text ({lang}) of change "{change.id}" does not occur in the {en} draft of '
                    f'section "{change.section}". Copy the words exactly as the draft has them.',
                )
    org = outcome.organisations
    if org is not None and outcome.submitters is not None and org > outcome.submitters:
        _fail(
            rel,
            tree,
            ("organisations",),
            f"団体の数（organisations: {org}）が、意見を出した人・団体の数（submitters: "
            f"{outcome.submitters}）より多くなっています。",
            f"organisations ({org}) is more than submitters ({outcome.submitters}), the people and organisations "
            "together.",
        )
    if outcome.opinions is not None and outcome.opinions != outcome.total:
        _fail(
            rel,
            tree,
            ("opinions",),
            f"意見の件数（opinions: {outcome.opinions}）が、各意見の count の合計（{outcome.total}）と合いません。"
            "件数は count の合計から数えるので、opinions: の行は消すか、正しい数にしてください。",
            f"opinions ({outcome.opinions}) is not the sum of the rows' counts ({outcome.total}). The site "
            "counts them from the rows: remove the opinions: line or correct it.",
        )


def _squash(text: str) -> str:
    return " ".join(text.split())
