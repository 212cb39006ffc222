"""The report: ``report.json`` (every figure, machine-readable) and ``report.md`` (for people).

Each figure's Markdown section lives in ``bench/report_sections.py``; the summary printed at
the end of a run in ``bench/summary.py``.

The JSON carries the headline ratios at the top level (``turn_overhead_ratio``,
``concurrency_efficiency_64``, ``prompt_growth_ratio``, measured on SQLite, the default;
the same two with ``_postgres`` on PostgreSQL), every design target with its verdict, and
each figure's full measurements under ``figures`` (``turn_overhead`` and ``concurrency`` on
SQLite, ``turn_overhead_postgres`` and ``concurrency_postgres`` on PostgreSQL).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.fixtures import DATABASE_NAMES, figure_name
from bench.report_sections import SECTIONS, table, verdict

HEADLINES = {
    "turn_overhead_ratio": ("turn_overhead", "turn_overhead_ratio"),
    "turn_overhead_ratio_p95": ("turn_overhead", "turn_overhead_ratio_p95"),
    "concurrency_efficiency_64": ("concurrency", "concurrency_efficiency_64"),
    "prompt_growth_ratio": ("prompt_growth", "prompt_growth_ratio"),
    "turn_overhead_ratio_postgres": ("turn_overhead_postgres", "turn_overhead_ratio"),
    "turn_overhead_ratio_p95_postgres": ("turn_overhead_postgres", "turn_overhead_ratio_p95"),
    "concurrency_efficiency_64_postgres": ("concurrency_postgres", "concurrency_efficiency_64"),
}


def build(figures: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """Assemble the report from the figures' results and the run's metadata."""
    report: dict[str, Any] = dict(meta)
    for key, (figure, field) in HEADLINES.items():
        if figure in figures and isinstance(figures[figure], dict):
            report[key] = figures[figure].get(field)
    report["targets"] = [
        t
        for result in figures.values()
        if isinstance(result, dict)
        for t in result.get("targets", [])
    ]
    report["databases"] = meta.get("options", {}).get("databases", ["sqlite"])
    report["figures"] = figures
    return report


def write(report: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write ``report.json`` and ``report.md`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "report.json", out_dir / "report.md"
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    md_path.write_text(markdown(report))
    return json_path, md_path


def _side_by_side(report: dict[str, Any]) -> list[str]:
    """Return the SQLite and PostgreSQL figures next to each other (turn overhead, N = 64)."""
    columns = [
        (
            DATABASE_NAMES[db],
            report["figures"].get(figure_name("turn_overhead", db)) or {},
            report["figures"].get(figure_name("concurrency", db)) or {},
        )
        for db in report.get("databases", ["sqlite"])
    ]

    def at_64(c: dict[str, Any], field: str) -> Any:
        row = next((r for r in c.get("sizes", []) if r["n"] == 64), None)
        return None if row is None else row[field]

    rows = [
        ["turn overhead ratio, median", *[o.get("turn_overhead_ratio") for _, o, _ in columns]],
        ["turn overhead ratio, p95", *[o.get("turn_overhead_ratio_p95") for _, o, _ in columns]],
        [
            "overhead ms per turn, zero latency (median)",
            *[o.get("overhead_ms_zero_latency", {}).get("median") for _, o, _ in columns],
        ],
        ["CPU ms per turn", *[o.get("cpu_ms_per_turn_zero_latency") for _, o, _ in columns]],
        ["turns/s at N = 64", *[at_64(c, "turns_per_s") for _, _, c in columns]],
        ["share of ideal at N = 64", *[c.get("concurrency_efficiency_64") for _, _, c in columns]],
    ]
    failed = [f"{label}: {f['failed']}" for label, *figs in columns for f in figs if "failed" in f]
    return [
        "Turn overhead and concurrency on each database ("
        + " and ".join(label for label, _, _ in columns)
        + "; `--databases` chooses):",
        "",
        *table(["figure", *[label for label, _, _ in columns]], rows),
        *(["", "Failed: " + "; ".join(failed)] if failed else []),
    ]


def markdown(report: dict[str, Any]) -> str:
    """Render the report as Markdown."""
    m = report["machine"]
    lines = [
        "# Benchmark report",
        "",
        f"Generated {report['generated_at']} by `python -m bench {report['argv']}` in "
        f"{report['duration_s']} s on {m['cpus']} CPUs ({m['platform']}, Python {m['python']}); "
        f"load average {m['load_average_start']} at start, {m['load_average_end']} at the end. "
        "Every figure is a ratio against its own baseline measured in the same run. "
        "See `bench/README.md` for what each figure means.",
        "",
        "## Design targets",
        "",
        *table(
            ["target", "wanted", "measured", "verdict"],
            [[t["name"], t["target"], t["value"], verdict(t["met"])] for t in report["targets"]],
        ),
        "",
        *_side_by_side(report),
    ]
    for name, (title, render) in SECTIONS.items():
        figure = report["figures"].get(name)
        if figure is None:
            continue
        lines += ["", f"## {title}", ""]
        if "failed" in figure:
            lines.append(f"Failed: `{figure['failed']}`")
        else:
            lines += render(figure)
    return "\n".join(lines) + "\n"
