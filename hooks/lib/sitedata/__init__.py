"""The site's data: what staff write in data/, checked, and how a hook gets it.

Files in ``data/``, each with Japanese and English side by side:

- ``consultation.yml``: the consultation's title, period, contact, and the drafts;
- ``strategy.yml``: the basic principle, the pillars with their measures and initiatives, the KPIs
  and the cross-cutting items;
- ``places.yml``: the places where the printed draft can be viewed;
- ``outcome.yml``: the outcome of the consultation, once published (a build of mkdocs.example.yml reads
  the fictional examples/outcome.yml instead: ``extra: sample_outcome``, ``SiteData.sample``);
- ``outcome_categories.yml``: the response categories of the results (the 23 municipalities' five);
- ``search_synonyms.yml``: words a reader may search for and the words on a page they lead to;
- ``interface.yml``: the words of the generated parts (labels, link texts, column names);
- ``readings.yml``: ふりがな for the prefecture's proper nouns;
- ``glossary.yml``: the agreed English terms (``glossary``; hooks/lib/sitebuild/prepare/glossary.py compares the
  English texts with them).

A hook asks ``sitedata.load(config)`` for the data of its build: the ``data/`` folder beside the
build's mkdocs.yml, as a ``SiteData``, read and checked once and read again only when a file changes.
What is worked out from it (the sections residents comment on, the outcome, the synonyms, the
readings, the interface words) is cached on that object. Every mistake is a finding of the catalogue
(``catalogue/data.yml``) naming the file, the line and the fix in Japanese and English; ``load`` raises one
``DataError`` with every finding of the three main files, ``check_all(config)`` (the build's first check,
hooks/lib/sitebuild/prepare/sources.py) one with every finding of every data file. ``load(folder)`` reads any
folder (the tests check copies of data/ this way); ``load()`` reads this project's data/ (scripts, tests).

The package: ``schema`` (the models), ``yamlfile`` (reading with line numbers), ``slips`` (what the
schema cannot see: tabs, invisible characters, Japanese in English texts, placeholders), ``errors``
(pydantic's errors as findings), ``checks`` (across entries), ``formatting`` (dates, numbers, Markdown), ``sections``,
``outcome`` (with ``outcome_model``), ``synonyms``, ``readings``, ``interface`` (the words of the
generated parts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .checks import DRAFT_IDS
from .checks import findings as cross_findings
from .errors import DataError
from .findings import Finding, FindingsError
from .formatting import (
    date_en,
    date_ja,
    date_text,
    easy_date,
    era_year,
    fiscal_era_year,
    fiscal_year_text,
    md_escape,
    number,
    period_text,
)
from .glossary import read_glossary
from .interface import Words, load_words, read_words
from .outcome import load_categories
from .outcome import load_outcome as _load_outcome
from .outcome_model import NOT_ABOUT_THE_DRAFTS, Category, Change, Outcome, Row
from .readings import load_readings, read_readings
from .schema import LANGS, Consultation, Draft, Kpi, Pillar, Places, Strategy, Strict, Synonyms, Text
from .sections import Section, all_sections
from .synonyms import load_synonyms as _load_synonyms
from .synonyms import read_synonyms, search_key
from .yamlfile import ROOT, line_of, shown, validate, validate_findings

DATA_DIR = ROOT / "data"

__all__ = [  # what hooks, scripts and tests use
    "DATA_DIR", "DRAFT_IDS", "LANGS", "ROOT", "DataError", "SiteData", "load", "check_all", "data_folder",
    "load_outcome",
    "load_synonyms", "load_readings", "load_categories", "sample_outcome",
    "NOT_ABOUT_THE_DRAFTS", "Category", "Change", "Row",
    "Consultation", "Draft", "Kpi", "Outcome", "Pillar", "Places", "Strategy", "Strict", "Synonyms", "Text",
    "Section", "Words", "line_of", "shown", "validate", "search_key",
    "date_en", "date_ja", "date_text", "easy_date", "era_year", "fiscal_era_year", "fiscal_year_text",
    "md_escape", "number", "period_text",
]  # fmt: skip


@dataclass(frozen=True, eq=False)  # compared and hashed as itself: one object per read of a folder
class SiteData:
    """The checked data of one data folder; what is worked out from it is cached here."""

    folder: Path
    consultation: Consultation
    strategy: Strategy
    places: Places
    outcome_file: Path | None = None  # a sample's outcome instead of data/outcome.yml (make example)

    @property
    def sample(self) -> bool:
        """True when the outcome is a fictional sample (mkdocs.example.yml), never the prefecture's."""
        return self.outcome_file is not None

    def pillar(self, pid: int) -> Pillar:
        return next(p for p in self.strategy.pillars if p.id == pid)

    def kpis_of(self, pillar: int, measure: int) -> list[Kpi]:
        return [k for k in self.strategy.kpis if k.pillar == pillar and k.measure == measure]

    def draft(self, did: str) -> Draft:
        return next(d for d in self.consultation.drafts if d.id == did)

    @cached_property
    def sections(self) -> dict[str, Section]:
        """Every commentable section of the three drafts, in page order, keyed by id."""
        return all_sections(self)

    @cached_property
    def outcome(self) -> Outcome:
        return _load_outcome(self, self.outcome_file or self.folder / "outcome.yml")

    @cached_property
    def categories(self) -> list[Category]:
        """The response categories of outcome_categories.yml."""
        return load_categories(self.folder / "outcome_categories.yml")

    @cached_property
    def synonyms(self):
        """(Synonyms, YAML tree) of search_synonyms.yml."""
        return _load_synonyms(self.folder / "search_synonyms.yml")

    @cached_property
    def words(self) -> Words:
        """The interface words of interface.yml."""
        return load_words(self.folder / "interface.yml")

    @cached_property
    def readings(self) -> dict[str, str]:
        """The words of readings.yml and their readings in hiragana."""
        return load_readings(self.folder / "readings.yml")


def load(source: Any = None) -> SiteData:
    """The checked data of a build (``source`` is its MkDocs config), of a folder, or of this project's
    data/ (no ``source``); one DataError with every finding of consultation.yml, strategy.yml and places.yml."""
    if _last_build and _last_build[0][0] is source is not None:
        return _last_build[0][1]
    base = data_folder(source)
    sample = sample_outcome(source)
    data = _load(str(base.resolve()), _stamp(base), str(sample) if sample else "", _stamp_file(sample))
    if hasattr(source, "config_file_path"):
        _last_build[:] = [(source, data)]
    return data


# The last build's config and its data: a build asks for its data several times for each page, and each
# build (each preview rebuild too) has a config of its own, so the data files are read and dated once per
# build, not once per question (on 2,000 pages, the dating alone took a second).
_last_build: list[tuple[Any, SiteData]] = []


def data_folder(source: Any = None) -> Path:
    """data/ beside the mkdocs.yml of a MkDocs config; a folder as it is; this project's data/ by default."""
    if source is None:
        return DATA_DIR
    if hasattr(source, "config_file_path"):
        return Path(source.config_file_path).resolve().parent / "data"
    return Path(source)


def sample_outcome(source: Any = None) -> Path | None:
    """The sample outcome a build's config names (``extra: sample_outcome:``, mkdocs.example.yml), if any."""
    extra = getattr(source, "get", lambda key, default=None: default)("extra") or {}
    name = extra.get("sample_outcome") if hasattr(extra, "get") else None
    if not name:
        return None
    return Path(source.config_file_path).resolve().parent / name


def _stamp_file(path: Path | None) -> tuple:
    return (path.stat().st_mtime_ns, path.stat().st_size) if path and path.exists() else ()


def _stamp(base: Path) -> tuple:
    files = [*base.glob("*.yml"), *base.glob("outcome.xlsx"), *base.glob("outcome.csv")]  # the results workbook too
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files))


@lru_cache(maxsize=4)
def _load(base_s: str, _stamp: tuple, sample: str = "", _sample_stamp: tuple = ()) -> SiteData:
    base = Path(base_s)
    found: list[Finding] = []
    read: list[Any] = []
    for model, name in ((Consultation, "consultation.yml"), (Strategy, "strategy.yml"), (Places, "places.yml")):
        data, tree, file_found = validate_findings(model, base / name)
        found += file_found
        read += [data, tree]
    found += cross_findings(base, *read)
    if found:
        raise DataError(found)
    consultation, _, strategy, _, places, _ = read
    return SiteData(base, consultation, strategy, places, Path(sample) if sample else None)


def check_all(source: Any = None, more: list[Finding] = ()) -> SiteData:
    """Every data file of a build checked at once: the three main files (``load``), interface.yml,
    search_synonyms.yml, readings.yml, glossary.yml, and outcome.yml when the rest is right; one DataError with every
    finding (and ``more``: the pages that cannot be read), sorted by file and line."""
    found, announced = list(more), []
    try:
        data = load(source)
    except DataError as exc:  # its findings are written as annotations once: the error below only adds
        data, announced = None, list(exc.findings)
        found += announced
    base = data_folder(source)
    kept = vars(data) if data is not None else {}  # what was read and right before (a build of the same data)
    words_found = synonyms_found = readings_found = []
    if "words" not in kept:
        words, words_found = read_words(base / "interface.yml")
    if "synonyms" not in kept:
        synonyms, stree, synonyms_found = read_synonyms(base / "search_synonyms.yml")
    if "readings" not in kept:
        readings, readings_found = read_readings(base / "readings.yml")
    found += words_found + synonyms_found + readings_found + read_glossary(base / "glossary.yml")[1]
    if data is not None:  # what is read and right is kept for the build's hooks
        if "words" not in kept and not words_found:
            kept["words"] = words
        if "synonyms" not in kept and not synonyms_found:
            kept["synonyms"] = (synonyms, stree)
        if "readings" not in kept and not readings_found:
            kept["readings"] = readings
    if data is not None and not found:
        data.outcome  # noqa: B018  (its findings are its own error)
    elif data is not None and not (words_found or synonyms_found or readings_found):  # what outcome.yml needs
        try:
            data.outcome  # noqa: B018
        except FindingsError as exc:  # an error of the old form (no findings) waits for the next build
            found += exc.findings
            announced += exc.findings
    if found:
        raise DataError(found, announced=announced)
    return data


def load_outcome(data: SiteData, path: Path | None = None) -> Outcome:
    """The outcome of ``data`` (or of another file, for the tests)."""
    return data.outcome if path is None else _load_outcome(data, path)


def load_synonyms(path: Path | None = None):
    """(Synonyms, YAML tree) of data/search_synonyms.yml (or of another file, for the tests)."""
    return load().synonyms if path is None else _load_synonyms(path)
