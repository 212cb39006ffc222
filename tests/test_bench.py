"""Smoke test of the benchmarks: ``python -m bench --quick`` runs and writes a full report.

No timing is asserted (the machine is shared and the figures are a report, not a gate):
only that the quickest figures run end to end on the real product path and that the
report carries the required keys with positive numbers. N = 64 is included because the
report's concurrency key is defined at N = 64; one turn per session keeps it to seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.__main__ import main

REQUIRED = ("turn_overhead_ratio", "concurrency_efficiency_64", "prompt_growth_ratio")


def test_quick_bench_writes_a_report_with_the_required_ratios(tmp_path: Path) -> None:
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
        "turn overhead ratio (median)",
        "concurrency efficiency at N = 64",
    }
    assert all(t["met"] in (True, False) for t in report["targets"])
    overhead = report["figures"]["turn_overhead"]
    assert overhead["llm_calls_per_turn"] == 3  # extract ‖ screen, then ask
    assert overhead["databases"]["sqlite"] == "measured"
    assert overhead["databases"]["postgres"].startswith("not measured")
    growth = report["figures"]["prompt_growth"]
    assert growth["collecting_all_turns"]
    assert all(turn["prompt_chars"] > 0 for turn in growth["turns"])
    assert "## Design targets" in (tmp_path / "report.md").read_text()
