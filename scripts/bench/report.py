"""Markdown tables of the benchmark: the head (machine, commits, load), one section per measure.

With one side a measure prints its numbers; with ``--before REV`` it prints them side by side as
``before | after | after / before``, from the same run. Each measure module writes its own section with
``compare`` (one number per side and row) and ``table`` (any table).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Row = tuple[str, dict[str, float | None], str]  # label, {side name: number or None}, format ("{:.2f}")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right_from: int = 1) -> list[str]:
    """A Markdown table; columns from ``right_from`` on are right-aligned (numbers)."""
    align = ["---" if i < right_from else "---:" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def ratio(before: float | None, after: float | None) -> float | None:
    if before is None or after is None or before == 0:
        return None
    return after / before


def cell(value: float | None, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def compare(rows: Sequence[Row], sides: Sequence[str], first: str = "") -> list[str]:
    """One row per label: the value of each side and, with two sides, their ratio (after / before)."""
    headers = [first, *sides] + (["after / before"] if len(sides) == 2 else [])
    out = []
    for label, values, fmt in rows:
        line = [label, *(cell(values.get(side), fmt) for side in sides)]
        if len(sides) == 2:
            line.append(cell(ratio(values.get(sides[0]), values.get(sides[1])), "x{:.2f}"))
        out.append(line)
    return table(headers, out)


def kb(n: float) -> str:
    return f"{n / 1000:.1f} KB"


def load_text(loads: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.2f}" for x in loads)


def section(title: str, result: dict, body: Callable[[dict], list[str]]) -> list[str]:
    """A measure's heading, the load average before and after it, then its tables."""
    return [
        f"## {title}",
        "",
        f"Load average (1, 5, 15 min) at the start of this measure: {load_text(result['load_before'])}; "
        f"at its end: {load_text(result['load_after'])}.",
        "",
        *body(result["data"]),
        "",
    ]


def head(m: dict, sides: dict, args) -> list[str]:
    command = "PYTHONPATH=tests:scripts .venv/bin/python -m bench " + " ".join(args.argv)
    out = [
        f"# Benchmark (`{command.strip()}`)",
        "",
        f"- Machine: {m['cpu']}, {m['usable_cores']} usable of {m['cores']} cores, {m['mem_mb']} MB RAM, "
        f"{m['os']}, Python {m['python']}",
        "- Packages (one environment, .venv, for every side): "
        + ", ".join(f"{k} {v}" for k, v in m["packages"].items()),
        "- Sides: " + "; ".join(f"{name}: {side.commit}" for name, side in sides.items()),
        f"- Load average at the start {load_text(m['load_start'])}, at the end {load_text(m['load_end'])}",
        f"- Runs per timing: {args.runs} builds (after one warm-up each), {args.serve_runs} preview rebuilds per "
        f"edit, {args.search_runs} rounds of search queries, {args.results_runs} results builds; "
        "medians. Sides and variants alternate run by run.",
        "",
    ]
    return out
