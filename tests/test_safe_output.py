"""What is published is safe: the allowlist check of the built pages (hooks/lib/sitebuild/check/safe_output.py),
escaping of everything generated from data (hooks/lib/sitebuild/prepare/parts/consultation.py and the others) and of the
names staff write in mkdocs.yml (hooks/lib/sitebuild/render/theme_text.py).

Every injection case (tests/injection_cases.py) either stops the build naming the file and line, or
is absent, as markup, from every built page: in Markdown, in front matter and in every text field of
every data file.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from ruamel.yaml import YAML

from conftest import ROOT, build, mark_translated
from injection_cases import CASES, EVIL, live_markup, payload
from told import told

NAMES = list(CASES)


def _append(project: Path, rel: str, text: str) -> list[int]:
    """Append text to a Markdown page; the line numbers where each appended block starts."""
    path = project / rel
    body = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(body + text, encoding="utf-8")
    return [body.count("\n") + 1]


def _all_live_markup(site: Path) -> dict[str, list[str]]:
    out = {}
    for page in sorted(site.rglob("*.html")):
        found = live_markup(page.read_text(encoding="utf-8"))
        if found:
            out[page.relative_to(site).as_posix()] = found
    return out


# ---------------------------------------------------------------- the real site passes


def test_the_real_site_has_no_unsafe_markup(site):
    assert site.pages(), "no pages built"
    assert _all_live_markup(site.site) == {}


# ---------------------------------------------------------------- Markdown: every case stops the build


def test_every_case_in_markdown_stops_the_build_naming_its_line(project, tmp_path):
    """All cases in one page: the build fails and names each case's own line in the Markdown file."""
    body = (project / "docs/places.md").read_text(encoding="utf-8").rstrip("\n") + "\n"
    lines = {}
    for n, name in enumerate(NAMES, 1):
        body += "\n"
        # the line holding what is wrong: an attribute list's own line, a split tag's second line
        lines[name] = body.count("\n") + 1 + (1 if name.startswith("attr-list") or "split" in name else 0)
        body += payload(name, n) + "\n"
    (project / "docs/places.md").write_text(body, encoding="utf-8")
    mark_translated(project, "docs/places.en.md")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0, "the build published a page with unsafe content"
    assert "Traceback" not in result.output
    missing = [name for name in NAMES if f"docs/places.md の {lines[name]} 行目" not in result.output]
    assert missing == [], f"cases not reported at their line: {missing}\n{result.output[-4000:]}"
    assert f"docs/places.md, line {lines['script']}" in result.output  # the English half of the message
    assert not any((tmp_path / "site").rglob("*.html")), "a failed build left pages to publish"


@pytest.mark.parametrize(
    "name, id_",
    [
        ("img-split-over-lines", "html.E006"),
        ("a-javascript-entity", "html.E009"),
        ("attr-list-onclick", "html.E006"),
        ("meta-refresh", "html.E004"),
    ],
)
def test_one_case_alone_names_file_line_and_what_it_is(project, tmp_path, name, id_):
    line = _append(project, "docs/comment.en.md", "\n" + payload(name, 7) + "\n")[0] + 1
    if name.startswith("attr-list") or "split" in name:
        line += 1
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    found = told(result.output)  # with, for the image of "x", its broken link (link.E001) on the same line
    assert (id_, "docs/comment.en.md", line) in found and {(file, at) for _, file, at in found} == {
        ("docs/comment.en.md", line)
    }


# ---------------------------------------------------------------- front matter: escaped, never markup


def test_front_matter_cases_are_shown_as_text_not_markup(project, tmp_path):
    pages = sorted(p for p in (project / "docs").glob("*.md") if not p.name.startswith("print"))
    cases = iter(enumerate(NAMES, 1))
    used = []
    for page in pages:
        try:
            n, title_case = next(cases)
            m, desc_case = next(cases)
        except StopIteration:
            break
        text = page.read_text(encoding="utf-8")
        yaml_title = payload(title_case, n).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
        yaml_desc = payload(desc_case, m).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
        front = f'title: "{yaml_title}"\ndescription: "{yaml_desc}"\n'
        if text.startswith("---\n"):
            head, rest = text[4:].split("\n---", 1)
            kept = [line for line in head.splitlines() if not line.startswith(("title:", "description:"))]
            text = "---\n" + front + "".join(line + "\n" for line in kept) + "---" + rest
        else:
            text = "---\n" + front + "---\n\n" + text
        page.write_text(text, encoding="utf-8")
        used.append(page.name)
    for page in used:
        if page.endswith(".en.md"):
            continue
        mark_translated(project, f"docs/{page[:-3]}.en.md")
    result = build(project, tmp_path / "site")
    if result.returncode != 0:  # stopping is allowed, if it says where
        assert re.search(r"docs/\S+\.md", result.output) and "Traceback" not in result.output, result.output[-3000:]
        return
    assert _all_live_markup(tmp_path / "site") == {}
    # and the text is there as typed: the first page's title is shown in its <title>
    first = payload(NAMES[0], 1)
    assert any(first in lxml.html.parse(str(p)).findtext(".//title") for p in (tmp_path / "site").rglob("*.html"))


# ---------------------------------------------------------------- data files: every text field

DATA_FILES = ("consultation.yml", "strategy.yml", "places.yml")


def _string_leaves(node, path=()):
    """(path, value) of every string in a YAML tree: every text and URL field of the data file."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _string_leaves(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_leaves(value, path + (index,))
    elif isinstance(node, str):
        yield path, node


def _set(tree, path, value):
    for key in path[:-1]:
        tree = tree[key]
    tree[path[-1]] = value


def _plain(node):
    """A ruamel.yaml tree (kept for writing the edited file back with its comments) as the site's reader gives
    it to the schema: plain containers, dates, decimals."""
    import datetime as dt
    from decimal import Decimal

    from ruamel.yaml.scalarfloat import ScalarFloat

    if isinstance(node, dict):
        return {k if isinstance(k, int) else str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, ScalarFloat):
        return Decimal(repr(float(node)))
    if isinstance(node, dt.date) and not isinstance(node, dt.datetime):
        return dt.date(node.year, node.month, node.day)
    return str(node) if isinstance(node, str) else node


def _accepted(model, tree) -> bool:
    from pydantic import ValidationError

    try:
        model.model_validate(_plain(tree))
        return True
    except ValidationError:
        return False


def test_every_data_text_field_is_escaped_or_refused(project, tmp_path):
    """Every string field of every data file gets an injection case; the schema refuses the case
    (ids, email, URL) or the built pages carry it only as text."""
    import sitedata

    models = {
        "consultation.yml": sitedata.Consultation,
        "strategy.yml": sitedata.Strategy,
        "places.yml": sitedata.Places,
    }
    yaml = YAML(typ="rt")
    yaml.width = 4096
    n = 100
    injected, refused = [], []
    for name in DATA_FILES:
        path = project / "data" / name
        tree = yaml.load(path.read_text(encoding="utf-8"))
        for leaf, original in list(_string_leaves(tree)):
            case = NAMES[n % len(NAMES)]
            _set(tree, leaf, f"{original} {payload(case, n)}")
            if _accepted(models[name], tree):
                injected.append((name, leaf, case))
            else:
                _set(tree, leaf, original)  # refused by the schema: keep the file valid for the build
                refused.append((name, leaf))
            n += 1
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(tree, out)
    assert len(injected) > 100, "the data files should have many text fields"
    fields = {leaf[-1] for _, leaf in refused}
    # Ids, addresses, page names, statuses and the contact's numbers (checked as Japanese telephone numbers and an
    # extension of digits) have a form of their own: a payload there is refused by the schema.
    allowed = {"id", "email", "url", "page", "status", "kpi_status", "phone", "fax", "extension"}
    assert fields <= allowed, f"unexpected fields refused: {fields}"
    result = build(project, tmp_path / "site")
    if result.returncode != 0:
        assert re.search(r"data/\w+\.yml", result.output) and "Traceback" not in result.output, result.output[-3000:]
        pytest.fail(
            "a data text field with markup stopped the build; it should have been escaped:\n" + result.output[-3000:]
        )
    live = _all_live_markup(tmp_path / "site")
    assert live == {}, live
    # The cases are there as text (escaped), e.g. in the contact block of comment.html.
    comment = (tmp_path / "site" / "comment.html").read_text(encoding="utf-8")
    assert "&lt;" in comment and EVIL in (tmp_path / "site" / "places.html").read_text(encoding="utf-8")


def test_markdown_escape_keeps_ampersands():
    """Data text pasted into Markdown: R&D stays R&D (it showed as R\\&D), markup and Markdown signs stay text."""
    import sitedata

    assert sitedata.md_escape("R&D <b>") == "R&amp;D &lt;b&gt;"
    assert sitedata.md_escape("*a* [b](c) #d") == "\\*a\\* \\[b\\](c) \\#d"


# ---------------------------------------------------------------- names in mkdocs.yml


def test_site_name_with_quotes_is_escaped_in_every_attribute(site):
    english = site.html("en/index.html")
    logo = english.select_one("a.md-logo")
    assert logo is not None
    assert logo["aria-label"].endswith('"Basic Policy for Creating a New Kumamoto" and related drafts'), logo.attrs
    allowed = {"href", "title", "class", "aria-label", "data-md-component"}
    assert set(logo.attrs) <= allowed, logo.attrs


def test_site_name_with_markup_stays_text(project, tmp_path):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "          site_name: Public comment",
            '          site_name: <img src=x onerror=alert(1)> "x" Public comment',
            1,
        ),
        encoding="utf-8",
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output[-3000:]
    page = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert live_markup(page) == []
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


# ---------------------------------------------------------------- the checker itself


def test_the_allowlist_lives_in_one_readable_file():
    rules = YAML(typ="safe").load((ROOT / "hooks/lib/sitebuild/check/allowed_html.yml").read_text(encoding="utf-8"))
    assert "script" not in rules["content"]["elements"] and "style" not in rules["content"]["elements"]
    assert "iframe" not in rules["theme"]["elements"] and "style" not in rules["theme"]["elements"]


@pytest.mark.parametrize(
    "url, same",
    [
        ("assets/x.png", True),
        ("../x.png", True),
        ("/x.png", True),
        ("http://127.0.0.1:8000/x.png", True),
        ("https://evil.example/x.png", False),
        ("//evil.example/x.png", False),
        ("data:image/png;base64,AA", False),
        ("\\\\evil.example\\x.png", False),
        ("java\tscript:alert(1)", False),
        ("http://127.0.0.1:8000.evil/x", False),
    ],
)
def test_same_site_addresses(url, same):
    from sitebuild import safe_html

    assert safe_html.same_site(url, "http://127.0.0.1:8000/") is same
