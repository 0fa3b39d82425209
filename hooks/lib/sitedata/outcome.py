"""The consultation's outcome, from the workbook staff keep (data/outcome.xlsx, or a "CSV UTF-8" data/outcome.csv;
read by ``sitedata.workbook_outcome``) or, for engineers, data/outcome.yml; with its response categories
(data/outcome_categories.yml). Checked against the drafts and for numbers that add up, every problem at once as
findings at its cell (「意見!D14」) or line (ids outcome.E…, workbook.E…): every section, category and change a row
names exists; ids are unique; a row of a category that needs a change has one, every change is led to by a row or
marked editorial (and an editorial one by none); each change's draft text occurs in that section of the draft and
its final text differs; what must be filled in once published is; submitters ≥ 1 with rows and ≤ the opinions;
the date after the period's end and not in the future. The workbook's readable copy (``<name>.txt``) is written
beside it when it changes, so that a pull request's diff shows the rows in words.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .findings import Finding, FindingsError, finding, raise_errors
from .outcome_model import NOT_ABOUT_THE_DRAFTS, Categories, Category, Outcome
from .sections import section_texts
from .workbook import SUFFIXES, read, text_copy
from .yamlfile import line_of, plain, read_yaml, shown, validate

if TYPE_CHECKING:
    from . import SiteData

WORKBOOK_NAMES = ("outcome.xlsx", "outcome.csv")  # beside outcome.yml: the workbook is then the source


def load_categories(path: Path) -> list[Category]:
    categories, tree = validate(Categories, path)
    seen: set[str] = set()
    found = []
    for i, c in enumerate(categories.categories):
        if c.code in seen:
            found.append(finding("outcome.E021", shown(path), line_of(tree, ("categories", i)), code=c.code))
        seen.add(c.code)
    raise_errors(found)
    return categories.categories


def source_of(path: Path) -> Path:
    """The file the outcome is read from: a workbook beside data/outcome.yml wins over it."""
    if path.suffix.lower() in SUFFIXES:
        return path
    return next((path.with_name(n) for n in WORKBOOK_NAMES if path.with_name(n).exists()), path)


class Where:
    """Where a value of the outcome is: its line of the YAML file, or its workbook cell."""

    def __init__(self, rel: str, tree: Any = None, cells: dict | None = None):
        self.rel, self.tree, self.cells = rel, tree, cells

    def __call__(self, loc: tuple) -> dict:
        if self.cells is not None:
            for n in range(len(loc), 0, -1):
                if loc[:n] in self.cells:
                    return self.cells[loc[:n]].where()
            return {"file": self.rel}
        return {"file": self.rel, "line": line_of(self.tree, loc)}


def load_outcome(data: SiteData, path: Path) -> Outcome:
    """The published outcome (``published`` is None while there is none), checked; FindingsError with them all."""
    path = source_of(path)
    if path.suffix.lower() in SUFFIXES:
        from .workbook_outcome import outcome_tree

        book = read(path)
        tree, cells, found = outcome_tree(book, data)
        if not book.findings:
            _keep_copy(path, text_copy(book))
        where = Where(shown(path), cells=cells)
        if any(f.level == "error" for f in found):
            raise FindingsError(found)
        outcome = Outcome.model_validate(tree)
    else:
        outcome, tree = validate(Outcome, path)
        where, found = Where(shown(path), tree), []
    found += check(data, outcome, where)
    raise_errors(found)
    return outcome


def _keep_copy(path: Path, text: str) -> None:
    """Write the workbook's readable copy beside it when it changed; under GitHub Actions also show what changed
    (a diff of the copy) in the run's summary, for the reviewer of a pull request made in the browser."""
    copy = path.with_name(path.name + ".txt")
    old = copy.read_text(encoding="utf-8") if copy.exists() else ""
    if old == text:
        return
    try:
        copy.write_text(text, encoding="utf-8")
    except OSError:
        return  # a folder the build may not write to: the copy is only for the reviewer
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary and os.environ.get("GITHUB_ACTIONS") == "true":
        diff = difflib.unified_diff(old.splitlines(), text.splitlines(), copy.name, copy.name, lineterm="")
        with open(summary, "a", encoding="utf-8") as out:
            out.write(f"## {shown(path)}\n\n```diff\n" + "\n".join(diff) + "\n```\n")


def check(data: SiteData, outcome: Outcome, where: Where) -> list[Finding]:
    """Every problem of the outcome across its entries, against the drafts and the period."""
    out: list[Finding] = []
    codes = {c.code: c for c in data.categories}
    refs = set(data.sections) | {d.id for d in data.consultation.drafts} | {NOT_ABOUT_THE_DRAFTS}
    drafts = ", ".join(d.id for d in data.consultation.drafts)
    change_ids = {c.id: c for c in outcome.changes}
    out += _twice([r.id for r in outcome.rows], "rows", where) + _twice(
        [c.id for c in outcome.changes], "changes", where
    )
    named: dict[str, str] = {}
    for i, row in enumerate(outcome.rows):
        n = row.id
        for j, ref in enumerate(row.sections):
            if ref not in refs:
                out.append(
                    finding("outcome.E001", **where(("rows", i, "sections", j)), number=n, value=ref, drafts=drafts)
                )
        if row.category not in codes:
            out.append(finding("outcome.E002", **where(("rows", i, "category")), number=n, value=row.category,
                               codes=", ".join(codes)))  # fmt: skip
        for j, cid in enumerate(row.changes):
            if cid not in change_ids:
                out.append(finding("outcome.E003", **where(("rows", i, "changes", j)), number=n, value=cid))
            elif change_ids[cid].editorial:
                out.append(finding("outcome.E017", **where(("rows", i, "changes", j)), number=n, change=cid))
            named.setdefault(cid, n)
        if row.category in codes and codes[row.category].needs_change and not row.changes:
            out.append(finding("outcome.E004", **where(("rows", i, "category")), number=n,
                               label=codes[row.category].label.ja))  # fmt: skip
    for i, change in enumerate(outcome.changes):
        c = change.id
        if change.section not in data.sections:
            out.append(finding("outcome.E005", **where(("changes", i, "section")), change=c, value=change.section))
        elif change.id not in named and not change.editorial:
            out.append(finding("outcome.E006", **where(("changes", i)), change=c))
        if change.reason is None and not change.editorial:
            out.append(finding("outcome.E013", **where(("changes", i, "reason")), change=c))
        if _squash(change.draft.ja) == _squash(change.final.ja):
            out.append(finding("outcome.E016", **where(("changes", i, "final")), change=c))
        if change.section in data.sections:
            for lang, id_ in (("ja", "outcome.E007"), ("en", "outcome.E008")):
                text = getattr(change.draft, lang)
                if text and _squash(text) not in _squash(" ".join(section_texts(data, change.section, lang))):
                    out.append(finding(id_, **where(("changes", i, "draft", lang)), change=c, section=change.section))
    return out + _figures(data, outcome, where) + _glossary(data, outcome, where)


def _glossary(data: SiteData, outcome: Outcome, where: Where) -> list[Finding]:
    """The glossary's renderings (data/glossary.yml) in the English of every translated row and change."""
    path = data.folder / "glossary.yml"
    terms = (plain(read_yaml(path)) or {}).get("terms") or [] if path.exists() else []
    out = []
    for key, items in (("rows", outcome.rows), ("changes", outcome.changes)):
        for i, item in enumerate(items):
            for name in ("summary", "view", "draft", "final", "reason"):
                text = getattr(item, name, None)
                if text is None or text.en is None:
                    continue
                at = where((key, i, name, "en"))
                en = text.en.lower()
                for t in terms:
                    if t["ja"] in text.ja and t["en"].lower() not in en:
                        out.append(finding("outcome.E022", **at, number=item.id, term=t["ja"], rendering=t["en"]))
                    for form in t.get("avoid") or []:
                        if form.lower() in en:
                            out.append(finding("outcome.E023", **at, number=item.id, form=form, term=t["ja"],
                                               rendering=t["en"]))  # fmt: skip
    return out


def _figures(data: SiteData, outcome: Outcome, where: Where) -> list[Finding]:
    out: list[Finding] = []
    day, end = outcome.published, data.consultation.period.end
    filled = outcome.submitters is not None or outcome.opinions is not None or outcome.rows or outcome.changes
    if day is None:
        return [finding("outcome.E011", **where(("published",)))] if filled else []
    if day <= end:
        out.append(finding("outcome.E018", **where(("published",)), value=day, end=end))
    if day > dt.date.today():
        out.append(finding("outcome.E019", **where(("published",)), value=day, today=dt.date.today()))
    for i, c in enumerate(outcome.corrections):
        if not day <= c.date <= dt.date.today():
            out.append(finding("outcome.E024", **where(("corrections", i, "date")), value=c.date, published=day))
    subs, org, total = outcome.submitters, outcome.organisations, outcome.total
    if subs is None:
        return [*out, finding("outcome.E012", **where(("submitters",)))]
    if subs == 0 and outcome.rows:
        out.append(finding("outcome.E014", **where(("submitters",)), rows=len(outcome.rows)))
    if outcome.rows and subs > total:
        out.append(finding("outcome.E015", **where(("submitters",)), submitters=subs, total=total))
    if org is not None and org > subs:
        out.append(finding("outcome.E009", **where(("organisations",)), org=org, submitters=subs))
    if outcome.opinions is not None and outcome.opinions != total:
        out.append(finding("outcome.E010", **where(("opinions",)), value=outcome.opinions, total=total))
    return out


def _twice(ids: list[str], key: str, where: Where) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for i, value in enumerate(ids):
        if value in seen:
            out.append(finding("outcome.E020", **where((key, i)), number=value))
        seen.add(value)
    return out


def _squash(text: str) -> str:
    return " ".join(text.split())
