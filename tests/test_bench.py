"""Smoke test of the benchmarks: ``python -m bench --quick`` runs and writes a full report.

No timing is asserted (the machine is shared and the figures are a report, not a gate):
only that the quickest figures run end to end on the real product path and that the
report carries the required keys with positive numbers. N = 64 is included because the
report's concurrency key is defined at N = 64; one turn per session keeps it to seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.__main__ import main
from fakes.postgres import ENV_URL, PostgresServer

REQUIRED = (
    "turn_overhead_ratio",
    "concurrency_efficiency_64",
    "prompt_growth_ratio",
    "turn_overhead_ratio_postgres",
    "concurrency_efficiency_64_postgres",
)


def test_quick_bench_writes_a_report_with_the_required_ratios(
    tmp_path: Path, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_URL, postgres_server.admin_url)  # the suite's server, not a 2nd
    code = main(
        [
            "--quick",
            "--only",
            "turn_overhead,concurrency,prompt_growth",
            "--sizes",
            "1,64",
            "--latency-ms",
            "50",
            "--out",
            str(tmp_path),
        ]
    )

    assert code == 0
    report = json.loads((tmp_path / "report.json").read_text())
    for key in REQUIRED:
        value = report[key]
        assert isinstance(value, int | float) and value > 0, (key, value)
    assert {t["name"] for t in report["targets"]} >= {
        "turn overhead ratio (median, SQLite)",
        "turn overhead ratio (median, PostgreSQL)",
        "concurrency efficiency at N = 64 (SQLite)",
        "concurrency efficiency at N = 64 (PostgreSQL)",
    }
    assert all(t["met"] in (True, False) for t in report["targets"])
    assert report["databases"] == ["sqlite", "postgres"]
    for name, database in [
        ("turn_overhead", "sqlite"),
        ("turn_overhead_postgres", "postgres"),
        ("concurrency", "sqlite"),
        ("concurrency_postgres", "postgres"),
    ]:
        assert report["figures"][name]["database"] == database
    for name in ("turn_overhead", "turn_overhead_postgres"):
        assert report["figures"][name]["llm_calls_per_turn"] == 3  # extract ‖ screen, then ask
    growth = report["figures"]["prompt_growth"]
    assert growth["collecting_all_turns"]
    assert all(turn["prompt_chars"] > 0 for turn in growth["turns"])
    markdown = (tmp_path / "report.md").read_text()
    assert "## Design targets" in markdown
    assert "| figure | SQLite | PostgreSQL |" in markdown
    assert "## 2. Concurrency on PostgreSQL" in markdown


def test_no_postgres_fails_those_figures_and_still_runs_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server that refuses connections: the Postgres figures fail with a clear reason and
    # the exit code says so; the SQLite figure is still measured and reported.
    monkeypatch.setenv(ENV_URL, "postgresql+psycopg://nobody@127.0.0.1:9/postgres")
    code = main(
        ["--quick", "--only", "turn_overhead", "--latency-ms", "50", "--out", str(tmp_path)]
    )

    assert code == 1
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["turn_overhead_ratio"] > 0
    failed = report["figures"]["turn_overhead_postgres"]["failed"]
    assert "no PostgreSQL for the benchmark" in failed and "--databases sqlite" in failed
    assert "Failed: PostgreSQL: " in (tmp_path / "report.md").read_text()


def test_repeat_reports_the_median_of_the_runs_and_their_spread(tmp_path: Path) -> None:
    # --repeat 3: turn overhead and concurrency run three times in this process; the report's
    # headline is the median run's, and every run's value is kept with the lowest and highest.
    code = main(
        [
            "--quick",
            "--only",
            "turn_overhead,concurrency",
            "--databases",
            "sqlite",
            "--sizes",
            "1,64",
            "--latency-ms",
            "50",
            "--repeat",
            "3",
            "--no-profile",
            "--out",
            str(tmp_path),
        ]
    )

    assert code == 0
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["options"]["repeat"] == 3
    assert set(report["figures"]) == {"turn_overhead", "concurrency"}  # no per-run leftovers
    overhead = report["figures"]["turn_overhead"]
    ratios = [run["turn_overhead_ratio"] for run in overhead["repeat"]["per_run"]]
    assert len(ratios) == 3
    assert report["turn_overhead_ratio"] == overhead["turn_overhead_ratio"] == sorted(ratios)[1]
    assert overhead["repeat"]["spread"]["turn_overhead_ratio"] == [min(ratios), max(ratios)]
    cpu = [run["cpu_ms_per_turn_zero_latency"] for run in overhead["repeat"]["per_run"]]
    assert overhead["cpu_ms_per_turn_zero_latency"] == sorted(cpu)[1]
    conc = report["figures"]["concurrency"]
    shares = [run["efficiency_n64"] for run in conc["repeat"]["per_run"]]
    assert report["concurrency_efficiency_64"] == sorted(shares)[1]
    assert [s["n"] for s in conc["sizes"]] == [1, 64]
    assert {t["value"] for t in report["targets"]} == {
        report["turn_overhead_ratio"],
        report["concurrency_efficiency_64"],
    }
    assert len(overhead["repeat"]["load_average_1m_at_start"]) == 3
    markdown = (tmp_path / "report.md").read_text()
    assert markdown.count("Measured 3 times in this process") == 2
    assert "| figure | run 1 | run 2 | run 3 | lowest | highest |" in markdown


def test_repeat_must_be_positive() -> None:
    with pytest.raises(SystemExit):
        main(["--repeat", "0"])
