"""The benchmark package (scripts/bench, `make benchmark`), checked cheaply without a build or a browser:
its modules stay small, the runner times, alternates and summarizes runs, the report prints before |
after | ratio, and the copies it measures (plain Material, the synthetic corpus) are made right."""

from __future__ import annotations

import ast
import re
import sys

import pytest
import yaml
from bench import cli, corpus, preview, report, runner, suite

from conftest import ROOT, build, copy_project

BENCH = ROOT / "scripts" / "bench"


def test_every_module_is_at_most_300_lines_and_opens_with_a_docstring():
    modules = sorted(BENCH.glob("*.py"))
    assert {p.name for p in modules} >= {"runner.py", "builds.py", "preview.py", "corpus.py", "report.py"}
    long = {p.name: n for p in modules if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300}
    assert long == {}
    for path in modules:
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), f"{path.name} has no docstring"


def test_the_old_scripts_are_gone_and_nothing_names_them():
    assert not (ROOT / "scripts" / "benchmark.py").exists()
    assert not (ROOT / "scripts" / "results_scale.py").exists()
    for name in ("Makefile", "README.md", "ARCHITECTURE.md", "CONTRIBUTING.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "scripts/benchmark.py" not in text and "results_scale.py" not in text, name
    assert "-m bench" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_run_times_a_command_and_stops_it_after_the_timeout(tmp_path):
    sample = runner.run([sys.executable, "-c", "sum(range(10**6))"], tmp_path)
    assert sample.returncode == 0 and sample.wall > 0 and sample.cpu > 0 and sample.rss > 1
    with pytest.raises(runner.TimedOut):
        runner.run([sys.executable, "-c", "import time; time.sleep(30)"], tmp_path, timeout=0.3)
    with pytest.raises(SystemExit, match="failed"):
        runner.run([sys.executable, "-c", "raise SystemExit(3)"], tmp_path)
    assert runner.run([sys.executable, "-c", "raise SystemExit(3)"], tmp_path, check=False).returncode == 3


def test_alternate_warms_up_then_takes_turns_and_drops_a_variant_that_timed_out():
    calls = []

    def variant(name, wall, times_out=False):
        def call():
            calls.append(name)
            if times_out and len([c for c in calls if c == name]) > 2:
                raise runner.TimedOut("stopped after 1 s")
            return runner.Sample(wall, wall / 2, 10)

        return call

    samples = runner.alternate({"a": variant("a", 2.0), "b": variant("b", 1.0, times_out=True)}, runs=3)
    assert calls == ["a", "b", "a", "b", "a", "b", "a"]  # warm-up a b; round 1 a b; round 2 a b (b stops); a
    assert [s.wall for s in samples["a"]] == [2.0, 2.0, 2.0]
    assert samples["b"][0].wall == 1.0 and samples["b"][1:] == [None, None]
    assert runner.summary(samples["b"]) == {"wall": 1.0, "cpu": 0.5, "rss": 10, "runs": [1.0], "timed_out": True}
    assert runner.summary([None]) == {"timed_out": True}
    assert runner.paired_ratio(samples["a"], samples["b"], "wall") == 2.0  # only the pairs with both runs


def test_the_paired_ratio_is_the_median_of_the_ratios_of_runs_taken_together():
    top = [runner.Sample(w, w, 0) for w in (4.0, 9.0, 6.0)]
    bottom = [runner.Sample(w, w, 0) for w in (2.0, 3.0, 1.0)]
    assert runner.paired_ratio(top, bottom) == 3.0  # ratios 2, 3, 6


def test_compare_prints_before_after_and_their_ratio():
    rows = [("CPU s", {"before": 2.0, "after": 3.0}, "{:.2f}"), ("peak MB", {"before": 300, "after": None}, "{:.0f}")]
    assert report.compare(rows, ["before", "after"], "build") == [
        "| build | before | after | after / before |",
        "| --- | ---: | ---: | ---: |",
        "| CPU s | 2.00 | 3.00 | x1.50 |",
        "| peak MB | 300 | - | - |",
    ]
    assert report.compare(rows[:1], ["after"]) == ["|  | after |", "| --- | ---: |", "| CPU s | 3.00 |"]


def test_a_preview_rebuild_that_stopped_is_counted_not_timed():
    runs = [
        {"wall": 2.0, "build": 1.5, "stopped": False},
        {"wall": 0.5, "build": None, "stopped": True},
        {"wall": 4.0, "build": 3.5, "stopped": False},
    ]
    assert preview.summarize(runs) == {"wall": 3.0, "build": 2.5, "runs": [2.0, 0.5, 4.0], "stopped": 1}


def test_the_plain_copy_has_no_hooks_and_is_not_strict(tmp_path):
    project = runner.after_side().copy(tmp_path / "p")
    runner.make_plain(project)
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=runner.AnyTag)
    assert "hooks" not in config and config["strict"] is False
    assert config["theme"]["name"] == "material" and config["plugins"]
    assert (project / "hooks" / "lib" / "sitedata").is_dir()  # the copy's own data layer, first on PYTHONPATH
    assert runner.project_env(project)["PYTHONPATH"] == str(project / "hooks" / "lib")


def test_the_corpus_adds_marked_twin_pages_to_the_menu_and_scales_the_kpis(tmp_path):
    project = runner.after_side().copy(tmp_path / "p")
    kpis = len(yaml.safe_load((project / "data" / "strategy.yml").read_text(encoding="utf-8"))["kpis"])
    corpus.add_corpus(project, 25)  # documents of 10, 10 and 5 pages per language; KPI data x2
    pages = sorted(p.relative_to(project / "docs").as_posix() for p in (project / "docs" / "library").rglob("*.md"))
    assert len(pages) == 50 and "library/d002/p04.en.md" in pages and "library/d002/p05.md" not in pages
    short = (project / "docs" / "library" / "d002" / "p04.md").read_text(encoding="utf-8")
    assert set(re.findall(r"\((p\d\d)\.md", short)) <= {f"p0{i}" for i in range(5)}  # links inside the document
    english = (project / "docs" / "library" / "d002" / "p04.en.md").read_text(encoding="utf-8")
    assert re.match(r"---\ntitle: .+\ndescription: .+\ntranslated_from: [0-9a-f]+\n---\n", english)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "          - library/d002/p04.md" in config and "資料3: Document 3" in config
    assert len(yaml.safe_load((project / "data" / "strategy.yml").read_text(encoding="utf-8"))["kpis"]) == 2 * kpis


def test_the_corpus_passes_every_check_the_real_pages_must_pass(tmp_path):
    """The benchmark measures builds that publish: its pages have their headers, its data no YAML aliases."""
    project = copy_project(tmp_path / "p")
    corpus.add_corpus(project, 10)
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.output[-3000:]
    assert (tmp_path / "out" / "en" / "library" / "d000" / "p09.html").is_file()


def test_the_suite_times_make_in_a_fresh_clone_of_each_side(tmp_path, monkeypatch):
    """--suite's run, with `make clean` standing in for `make quick` and `make test` and nothing installed."""
    monkeypatch.setattr(suite, "INSTALL", ())
    monkeypatch.setattr(suite, "TARGETS", ("clean",))
    before = runner.Side("before", ROOT, runner.git("rev-parse", "--short", "HEAD~1"))
    data = suite.measure([before, runner.after_side()], tmp_path, timeout=60)
    assert runner.git("rev-parse", "HEAD", cwd=tmp_path / "suite-before") == runner.git("rev-parse", "HEAD~1")
    assert runner.git("rev-parse", "HEAD", cwd=tmp_path / "suite-after") == runner.git("rev-parse", "HEAD")
    assert data["before"]["clean"]["ok"] and data["after"]["clean"]["wall"] > 0
    lines = suite.section(data)
    assert lines[0] == "| suite (fresh clone) | before | after | after / before |"
    assert re.search(r"before, `make clean`: passed, load average at its start [\d.]+ [\d.]+ [\d.]+;", "\n".join(lines))


def test_the_options_choose_the_measures_and_the_report_names_the_sides_and_the_load():
    args = cli.parse(["--quick", "--only", "build,browser", "--profile", "/tmp/x.prof"])
    assert (args.runs, args.serve_runs, args.sizes) == (2, 3, [10, 100])
    assert args.parts == ["build", "firstview", "search", "profile"]
    assert cli.parse(["--suite", "--only", "serve"]).parts == ["serve", "suite"]
    with pytest.raises(SystemExit):
        cli.parse(["--only", "bulid"])
    machine = dict(runner.machine(), load_end=(1.0, 2.0, 3.0))
    sides = {"before": runner.Side("before", ROOT, "abc1234"), "after": runner.Side("after", ROOT, "def5678")}
    head = "\n".join(report.head(machine, sides, args))
    assert "--quick --only build,browser" in head and "before: abc1234; after: def5678" in head
    assert "at the end 1.00 2.00 3.00" in head
    result = {"load_before": (0.5, 0.25, 0.0), "load_after": (1.0, 1.0, 1.0), "data": {"after": {}}}
    assert report.section("Title", result, lambda data: ["body"]) == [
        "## Title",
        "",
        "Load average (1, 5, 15 min) at the start of this measure: 0.50 0.25 0.00; at its end: 1.00 1.00 1.00.",
        "",
        "body",
        "",
    ]
