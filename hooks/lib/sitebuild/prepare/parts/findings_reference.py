"""The staff reference of every finding the build can report, from the catalogue (hooks/lib/sitedata/catalogue/).

Makes ``<!-- insert: findings-reference -->`` (hooks/lib/sitebuild/inserts.py), shown on the staff page
docs/staff/findings.md and its twin: one section per id prefix (data, page, menu …, in the catalogue's file
order), and under it one heading per id with the anchor ``#data-e001`` (``anchor``), so a message, the pull
request's summary or CONTRIBUTING.md can link to it, then its level, message, fix and example, in the page's
language. The words around them come from data/interface.yml (``findings_reference``). Text in the other
language (Japanese quoted in an English message, an English phrase in a Japanese one) is marked with ``lang``
(hooks/lib/sitebuild/check/language.py); the example, computer text in ``<pre>``, is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import escape

import sitedata
from sitebuild import inserts
from sitebuild.language_of_parts import ENGLISH_RUN, JAPANESE_RUN
from sitedata.findings import Entry, catalogue


def anchor(id_: str) -> str:
    """The anchor of an id on the reference page: data.E001 -> data-e001."""
    return re.sub(r"[^a-z0-9]+", "-", id_.lower())


def _marked(text: str, lang: str, quote: Callable[[str], str]) -> str:
    """``text`` made safe with ``quote``, each run of the other language in ``<span lang>``."""
    run, other = (JAPANESE_RUN, "ja") if lang == "en" else (ENGLISH_RUN, "en")
    out, at = [], 0
    for match in run.finditer(text):
        out += [quote(text[at : match.start()]), f'<span lang="{other}">{quote(match.group(0))}</span>']
        at = match.end()
    return "".join([*out, quote(text[at:])])


def _html(text: str, lang: str) -> str:
    return _marked(text, lang, lambda part: str(escape(part)))


def _heading_text(text: str) -> str:
    """A title in a heading: Markdown-escaped, with its braces as entities (a brace ends the heading's { #id })."""
    return sitedata.md_escape(text).replace("{", "&#123;").replace("}", "&#125;")


def _heading(entry: Entry, lang: str) -> str:
    title = entry.title_ja if lang == "ja" else entry.title_en
    text = _marked(title, lang, _heading_text)
    # The menu of the page's headings repeats their text without its marks: an id alone there when the title
    # holds the other language.
    label = f' data-toc-label="{entry.id}"' if text != _heading_text(title) else ""
    return f"### {entry.id} {text} {{ #{anchor(entry.id)}{label} }}"


def _entry(entry: Entry, lang: str, words) -> str:
    message, fix = (entry.ja, entry.fix_ja) if lang == "ja" else (entry.en, entry.fix_en)
    level = {"error": words["error"], "warning": words["warning"]}[entry.level]
    rows = [(words["level"], f'<span class="findings__level" data-level="{entry.level}">{level}</span>')]
    rows.append((words["message"], _html(message, lang)))
    rows.append((words["fix"], _html(fix, lang) if fix else words["no_fix"]))
    if entry.example:
        # Computer text; on an English page its Japanese marked all the same (a screen reader's voice). One HTML
        # block: no blank line inside.
        example = _html(entry.example, lang) if lang == "en" else str(escape(entry.example))
        example = example.replace("\n", "&#10;").replace("\t", "&#9;")  # Markdown would make a tab spaces
        rows.append((words["example"], f"<pre><code>{example}</code></pre>"))
    body = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'{_heading(entry, lang)}\n\n<dl class="findings__entry">{body}</dl>'


def reference_markdown(lang: str, words) -> str:
    """Every id of the catalogue, grouped by prefix, as Markdown headings with HTML blocks under them."""
    blocks: list[str] = []
    prefix = None
    for entry in sorted(catalogue().values(), key=_order):
        if entry.id.split(".")[0] != prefix:
            prefix = entry.id.split(".")[0]
            kind = entry.kind_ja if lang == "ja" else entry.kind_en
            blocks.append(f"## {sitedata.md_escape(kind)} ({prefix}) {{ #{anchor(prefix)} }}")
        blocks.append(_entry(entry, lang, words))
    return "\n\n".join(blocks) if blocks else words["none"]


def _order(entry: Entry) -> tuple[str, str]:
    prefix, number = entry.id.split(".", 1)
    return prefix, number


@inserts.part("findings-reference")
def findings_reference(where) -> str:
    return reference_markdown(where.lang, where.data.words.part("findings_reference", where.lang))
