"""The pages the build itself needs: a page deleted from docs/ (retired) while a printable page or a draft
still needs it is named with each place that needs it, before anything is built.

Reads docs/ and the documents of hooks/lib/sitebuild/printdocs.py (the notice's printable page is made of
``printdocs.NOTICE_PAGES``; each draft of data/consultation.yml has its ``page:``). ``check(docs_dir, nav,
data, data_dir)`` returns page.E021 at the deleted page (the printable page it is part of, and what to do) and
page.E022 at the line of data/consultation.yml that names a deleted draft page. The menu line
(sitebuild/menucheck.py, menu.E006) and each link to the page (sitebuild/pagebody.py, page.E020) are told by
their own checks in the same build.
"""

from __future__ import annotations

from pathlib import Path

from sitedata.findings import Finding, finding

from . import i18n, printdocs

CONSULTATION = "data/consultation.yml"


def _line(path: Path, text: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, 1) if text in line), None)


def check(docs_dir: Path, nav, data, data_dir: Path) -> list[Finding]:
    found = []
    drafts = {d.page: d for d in data.consultation.drafts}
    for doc in printdocs.documents(nav, data):
        if doc.id == printdocs.RESULTS:
            continue  # made from the data (hooks/lib/sitebuild/prepare/results_pages.py), never from docs/
        for part in doc.parts:
            if (docs_dir / part).is_file():
                continue
            values = dict(page=f"docs/{part}", twin=f"docs/{i18n.source_name(part, 'en')}")
            if part in drafts:
                line = _line(data_dir / "consultation.yml", f"page: {part}")
                found.append(finding("page.E022", CONSULTATION, line, draft=drafts[part].title.ja, **values))
            else:
                found.append(
                    finding(
                        "page.E021",
                        f"docs/{part}",
                        None,
                        print_page=doc.print_url("ja"),
                        parts=", ".join(doc.parts),
                        **values,
                    )
                )
    return found
