"""``--repeat N``: turn overhead and concurrency measured N times in one process, as one figure.

Runs of the same code on this shared 2-core machine differ by up to 14 ms of CPU per turn,
so one run says little. With ``--repeat N`` the bench runs turn overhead and concurrency N
times in turn (overhead, concurrency, overhead, ...; nothing else in between) and
:func:`combine` makes one result of each: its headline figures are the median of the N runs,
with every run's value and their spread (lowest, highest) under ``repeat``. Everything else
in the result (distributions, rounds, rows at sizes the headline does not name, the profile)
comes from the run whose headline figure is the median one (the lower middle for even N).
"""

from __future__ import annotations

import copy
import statistics
from collections.abc import Callable, Sequence
from typing import Any

# The fields taken as medians over the runs, by name and where they sit in a result.
_Path = tuple[str | int, ...]

OVERHEAD_FIELDS: dict[str, _Path] = {
    "turn_overhead_ratio": ("turn_overhead_ratio",),
    "turn_overhead_ratio_p95": ("turn_overhead_ratio_p95",),
    "overhead_ms_at_latency_median": ("overhead_ms_at_latency", "median"),
    "overhead_ms_zero_latency_median": ("overhead_ms_zero_latency", "median"),
    "cpu_ms_per_turn_zero_latency": ("cpu_ms_per_turn_zero_latency",),
}
CONCURRENCY_ROW_FIELDS = ("turns_per_s", "efficiency", "cpu_ms_per_turn", "cpu_cores_used")


def _get(result: dict[str, Any], path: _Path) -> Any:
    value: Any = result
    for key in path:
        value = value[key]
    return value


def _set(result: dict[str, Any], path: _Path, value: Any) -> None:
    target: Any = result
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _median(values: Sequence[float], digits: int) -> float:
    return round(statistics.median(values), digits)


def _representative(
    runs: Sequence[dict[str, Any]], headline: Callable[[dict[str, Any]], Any]
) -> int:
    """Return the index of the run whose headline is the median (lower middle when even)."""
    order = sorted(
        range(len(runs)), key=lambda i: (headline(runs[i]) is None, headline(runs[i]) or 0)
    )
    return order[(len(order) - 1) // 2]


def _repeat_block(
    per_run: list[dict[str, Any]], fields: Sequence[str], chosen: int
) -> dict[str, Any]:
    spread = {}
    for name in fields:
        values = [run[name] for run in per_run if run.get(name) is not None]
        if values:
            spread[name] = [min(values), max(values)]
    return {
        "runs": len(per_run),
        "per_run": per_run,
        "spread": spread,
        "details_from_run": chosen + 1,
    }


def combine_overhead(runs: Sequence[dict[str, Any]], target_ratio: float) -> dict[str, Any]:
    """Return one turn-overhead result from ``runs`` of it; ``target_ratio`` is the target."""
    if len(runs) == 1:
        return runs[0]
    chosen = _representative(runs, lambda r: r["turn_overhead_ratio"])
    result = copy.deepcopy(runs[chosen])
    per_run = [{name: _get(r, path) for name, path in OVERHEAD_FIELDS.items()} for r in runs]
    for name, path in OVERHEAD_FIELDS.items():
        digits = 3 if "ratio" in name else 1
        _set(result, path, _median([row[name] for row in per_run], digits))
    ratio = result["turn_overhead_ratio"]
    for t in result["targets"]:
        t["value"] = ratio
        t["met"] = ratio <= target_ratio
    result["cpu_share_of_overhead"] = round(
        result["cpu_ms_per_turn_zero_latency"] / result["overhead_ms_zero_latency"]["median"], 3
    )
    result["repeat"] = _repeat_block(per_run, list(OVERHEAD_FIELDS), chosen)
    for i, run in enumerate(runs):
        if "profile_zero_latency" in run and "profile_zero_latency" not in result:
            result["profile_zero_latency"] = run["profile_zero_latency"]
            result["repeat"]["profile_from_run"] = i + 1
    return result


def combine_concurrency(runs: Sequence[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """Return one concurrency result from ``runs`` of it; ``threshold`` is the target share."""
    if len(runs) == 1:
        return runs[0]
    chosen = _representative(runs, lambda r: r.get("concurrency_efficiency_64"))
    result = copy.deepcopy(runs[chosen])
    per_run: list[dict[str, Any]] = []
    for run in runs:
        row: dict[str, Any] = {"concurrency_efficiency_64": run.get("concurrency_efficiency_64")}
        for size in run["sizes"]:
            for name in CONCURRENCY_ROW_FIELDS:
                row[f"{name}_n{size['n']}"] = size[name]
        per_run.append(row)
    for size in result["sizes"]:
        for name in CONCURRENCY_ROW_FIELDS:
            key = f"{name}_n{size['n']}"
            values = [row[key] for row in per_run if key in row]
            size[name] = _median(values, 3 if name == "efficiency" else 2 if "cores" in name else 1)
        size["cpu_bound_ceiling_turns_per_s"] = round(1000 / size["cpu_ms_per_turn"], 1)
    at_64 = next((s["efficiency"] for s in result["sizes"] if s["n"] == 64), None)
    result["concurrency_efficiency_64"] = at_64
    for t in result["targets"]:
        t["value"] = at_64
        t["met"] = None if at_64 is None else at_64 >= threshold
    fields = sorted({k for row in per_run for k in row})
    result["repeat"] = _repeat_block(per_run, fields, chosen)
    for i, run in enumerate(runs):
        if "profile_largest_n" in run and "profile_largest_n" not in result:
            result["profile_largest_n"] = run["profile_largest_n"]
            result["repeat"]["profile_from_run"] = i + 1
    return result


def repeat_lines(f: dict[str, Any], fields: Sequence[str]) -> list[str]:
    """Return the Markdown lines showing each run of a repeated figure (none if run once)."""
    r = f.get("repeat")
    if not r:
        return []
    from bench.report_sections import table  # report_sections imports this module

    rows = [
        [name, *[run.get(name) for run in r["per_run"]], *r["spread"].get(name, [None, None])]
        for name in fields
    ]
    profiled = r.get("profile_from_run")
    return [
        "",
        f"Measured {r['runs']} times in this process, one run after another; the figures above "
        f"are the medians of the {r['runs']} runs, the rest is run {r['details_from_run']}'s "
        "(the median run)" + (f", the profile run {profiled}'s" if profiled else "") + ":",
        "",
        *table(["figure", *[f"run {i + 1}" for i in range(r["runs"])], "lowest", "highest"], rows),
    ]
