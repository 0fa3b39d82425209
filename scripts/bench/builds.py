"""The full build of the real site (``mkdocs build --strict``) next to a plain Material build of the same
Markdown without the project's hooks (same theme, plugins and Markdown extensions): the hooks' cost.

Every side has its own plain build as its reference; the real and plain builds of every side alternate,
run by run, and the ratio real / plain is the median of the ratios of runs taken side by side.
``--profile FILE`` adds a cProfile of one full build of the after side, by hook and by package.
"""

from __future__ import annotations

import io
import pstats
from functools import partial
from pathlib import Path

from bench.report import compare, table
from bench.runner import (
    PYTHON,
    Sample,
    Side,
    alternate,
    make_plain,
    mkdocs_build,
    paired_ratio,
    project_env,
    run,
    summary,
)


def site_dir(tmp: Path, side: Side) -> Path:
    return tmp / f"site-{side.name}"


def built_site(side: Side, tmp: Path) -> Path:
    """The side's real site built for its address: the one the build measure left, or a new build."""
    site = site_dir(tmp, side)
    if not (site / "index.html").exists():
        mkdocs_build(side.copy(tmp / f"{side.name}-browser"), site, side.site_url)
    return site


def edited_build(project: Path, site: Path, site_url: str) -> Sample:
    """The build after a staff edit: a sentence added to docs/comment.en.md first, so that the work cached for
    unchanged pages (the search index: hooks/lib/sitebuild/cache.py) is done again."""
    page = project / "docs" / "comment.en.md"
    runs = page.read_text(encoding="utf-8").count("added by the benchmark")
    with page.open("a", encoding="utf-8") as f:
        f.write(f"\nThis sentence was added by the benchmark ({runs + 1}).\n")
    return mkdocs_build(project, site, site_url)


def measure(sides: list[Side], tmp: Path, runs: int) -> dict:
    variants = {}
    for side in sides:
        real = side.copy(tmp / f"{side.name}-real")
        edited = side.copy(tmp / f"{side.name}-edited")
        plain = side.copy(tmp / f"{side.name}-plain")
        make_plain(plain)
        variants[side.name, "site"] = partial(mkdocs_build, real, site_dir(tmp, side), side.site_url)
        variants[side.name, "edited"] = partial(edited_build, edited, tmp / f"site-{side.name}-edited", side.site_url)
        variants[side.name, "plain"] = partial(
            mkdocs_build, plain, tmp / f"site-{side.name}-plain", side.site_url, False
        )
    samples = alternate(variants, runs, label=lambda key: f"build {key[0]} {key[1]}")
    return {
        side.name: {
            "site": summary(samples[side.name, "site"]),
            "plain": summary(samples[side.name, "plain"]),
            "edited": summary(samples[side.name, "edited"]),
            "ratio_cpu": paired_ratio(samples[side.name, "site"], samples[side.name, "plain"], "cpu"),
            "ratio_edited": paired_ratio(samples[side.name, "edited"], samples[side.name, "plain"], "cpu"),
            "ratio_wall": paired_ratio(samples[side.name, "site"], samples[side.name, "plain"], "wall"),
        }
        for side in sides
    }


def section(data: dict) -> list[str]:
    names = list(data)

    def values(variant: str, key: str) -> dict:
        return {name: data[name].get(variant, {}).get(key) for name in names}

    rows = [
        ("real site, `mkdocs build --strict`: median CPU s", values("site", "cpu"), "{:.2f}"),
        ("plain Material, no hooks: median CPU s", values("plain", "cpu"), "{:.2f}"),
        ("**hooks' cost: real / plain, CPU** (paired runs)", {n: data[n]["ratio_cpu"] for n in names}, "x{:.2f}"),
        ("real site after a page edit: median CPU s", values("edited", "cpu"), "{:.2f}"),
        ("**after a page edit / plain, CPU**", {n: data[n].get("ratio_edited") for n in names}, "x{:.2f}"),
        ("real site: median wall s", values("site", "wall"), "{:.2f}"),
        ("plain Material: median wall s", values("plain", "wall"), "{:.2f}"),
        ("real / plain, wall (paired runs)", {n: data[n]["ratio_wall"] for n in names}, "x{:.2f}"),
        ("real site: peak MB", values("site", "rss"), "{:.0f}"),
        ("plain Material: peak MB", values("plain", "rss"), "{:.0f}"),
    ]
    out = compare(rows, names)
    out += [
        "",
        "Wall times of the runs (s): "
        + "; ".join(
            f"{name} {variant} {' '.join(f'{x:.2f}' for x in data[name][variant].get('runs', []))}"
            for name in names
            for variant in ("site", "edited", "plain")
        ),
    ]
    out += [
        "",
        "CPU time is user + system of the build and its children (Pagefind). The real site is built again unchanged"
        " (the build cache, hooks/lib/sitebuild/cache.py, gives the bill of materials, the compiled templates and"
        " the search index) and after a page edit (the search index is made again). Target: hooks' cost under +10%.",
    ]
    return out


# ---------------------------------------------------------------- profile


def profile(side: Side, tmp: Path, out: Path) -> dict:
    """One full build of ``side`` under cProfile: the hooks' event handlers and the self time by package."""
    project = side.copy(tmp / "profile")
    cmd = [PYTHON, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build", "-q", "--strict", "-d", str(tmp / "p")]
    run(cmd, project, project_env(project, SITE_URL=side.site_url))
    stats = pstats.Stats(str(out))
    total = max(v[3] for v in stats.stats.values())
    hooks: dict[str, list] = {}
    packages: dict[str, float] = {}
    for (filename, _, func), (_, ncalls, tottime, cumtime, _) in stats.stats.items():
        path = Path(filename)
        if "hooks" in path.parts and (func.startswith("on_") or func in ("_add_pages", "_fill_pages")):
            key = "/".join(path.parts[path.parts.index("hooks") :]) + f":{func}"
            hooks[key] = [hooks.get(key, [0, 0])[0] + cumtime, ncalls]
        if "site-packages" in path.parts:
            pkg = path.parts[path.parts.index("site-packages") + 1].split(".")[0]
        elif "hooks" in path.parts:
            pkg = "/".join(path.parts[path.parts.index("hooks") :])
        elif filename.startswith("~") or "<" in filename:
            pkg = "builtins (I/O, regex, C code)"
        else:
            pkg = "stdlib/" + path.stem
        packages[pkg] = packages.get(pkg, 0) + tottime
    buf = io.StringIO()
    pstats.Stats(str(out), stream=buf).sort_stats("cumulative").print_stats(25)
    top = [row for row in buf.getvalue().splitlines() if row.strip()][-27:]
    return {"file": str(out), "total": total, "hooks": hooks, "packages": packages, "top": top}


def profile_section(data: dict) -> list[str]:
    total = data["total"]
    hooks = sorted(data["hooks"].items(), key=lambda kv: -kv[1][0])[:15]
    packages = sorted(data["packages"].items(), key=lambda kv: -kv[1])[:15]
    return [
        f"One full build of the after side under cProfile, {total:.2f} s (profiling slows Python ~1.5-2x): "
        f"{data['file']}",
        "",
        "Hook event handlers, cumulative (a page event sums over every page of both languages):",
        "",
        *table(
            ["handler", "calls", "cumulative s", "share"],
            [(key, calls, f"{cum:.3f}", f"{100 * cum / total:.1f}%") for key, (cum, calls) in hooks],
        ),
        "",
        "Self time by package (sums to the total):",
        "",
        *table(["package", "self s", "share"], [(p, f"{t:.3f}", f"{100 * t / total:.1f}%") for p, t in packages]),
        "",
        "Top functions by cumulative time:",
        "```",
        *data["top"],
        "```",
    ]
