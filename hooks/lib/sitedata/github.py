"""Findings shown where staff look under GitHub Actions: each as a workflow annotation on its file and line (so
it shows on the changed line of the pull request's "Files changed"), and the run's summary table
(``$GITHUB_STEP_SUMMARY``) in Japanese and English. ``sitedata.findings.FindingsError`` calls ``github``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Finding


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    """The workflow command that shows ``f`` on its file and line in the pull request's "Files changed"."""
    props = [f"file={_escape_property(f.file)}"]
    if f.line:
        props.append(f"line={f.line}")
    if f.column:
        props.append(f"col={f.column}")
    props.append(f"title={_escape_property(f'{f.id} {f.entry.title_ja} / {f.entry.title_en}')}")
    body = f"{f.where_ja()}: {f.text_ja()}\n{f.where_en()}: {f.text_en()}"
    return f"::{f.level} {','.join(props)}::{_escape_data(body)}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary(findings: Iterable[Finding]) -> str:
    """The run's summary: one table row per finding, Japanese and English, with the fix."""
    ordered = sorted(findings, key=lambda f: f.sort_key())
    rows = [
        "## サイトのチェック / Site check",
        "",
        f"{len(ordered)} 件 / {len(ordered)} finding(s).",
        "",
        "| id | 場所 / Where | 内容と直し方 | What and how to fix |",
        "| --- | --- | --- | --- |",
    ]
    for f in ordered:
        rows.append(f"| `{f.id}` | {_cell(f.where_ja())} | {_cell(f.text_ja())} | {_cell(f.text_en())} |")
    return "\n".join(rows) + "\n"


def github(findings: list[Finding], environ: Mapping[str, str] | None = None) -> None:
    """Under GitHub Actions (GITHUB_ACTIONS=true), print one annotation per finding and add the summary."""
    environ = os.environ if environ is None else environ
    if environ.get("GITHUB_ACTIONS") != "true" or not findings:
        return
    for f in findings:
        print(annotation(f), flush=True)
    path = environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(summary(findings))
