"""The short summary ``python -m bench`` prints at the end of a run (the report's headlines)."""

from __future__ import annotations

from typing import Any

from bench.fixtures import DATABASE_NAMES, figure_name
from bench.report_sections import verdict


def _overhead_line(o: dict[str, Any]) -> str:
    return (
        f"ratio median {o['turn_overhead_ratio']} p95 {o['turn_overhead_ratio_p95']} "
        f"(L={o['latency_ms']} ms, rounds/turn {o['rounds_per_turn']}); overhead at zero "
        f"latency median {o['overhead_ms_zero_latency']['median']} ms p95 "
        f"{o['overhead_ms_zero_latency']['p95']} ms; CPU/turn "
        f"{o['cpu_ms_per_turn_zero_latency']} ms"
        + _spread(o, "turn_overhead_ratio", "cpu_ms_per_turn_zero_latency")
    )


def _spread(f: dict[str, Any], *fields: str) -> str:
    """Return ' [median of N runs: field lowest-highest, ...]' for a repeated figure, or ''."""
    r = f.get("repeat")
    if not r:
        return ""
    shown = ", ".join(
        f"{name} {low}-{high}"
        for name in fields
        if (pair := r["spread"].get(name))
        for low, high in [pair]
    )
    return f" [median of {r['runs']} runs; spread {shown}]"


def _concurrency_line(c: dict[str, Any]) -> str:
    return ", ".join(
        f"N={r['n']}: {r['turns_per_s']}/s ({r['efficiency']:.1%}, {r['cpu_ms_per_turn']} ms "
        "CPU/turn" + (f", {r['errors']} errors" if r["errors"] else "") + ")"
        for r in c["sizes"]
    ) + _spread(c, "efficiency_n64", "cpu_ms_per_turn_n64")


def summary_lines(report: dict[str, Any]) -> list[str]:
    """Return the short summary printed at the end of a run."""
    f = report["figures"]
    out = ["", "== bench summary =="]
    for figure, title, line in (
        ("turn_overhead", "turn overhead", _overhead_line),
        ("concurrency", "concurrency (turns/s vs ideal)", _concurrency_line),
    ):
        for database in report.get("databases", ["sqlite"]):
            if result := f.get(figure_name(figure, database)):
                shown = f"FAILED {result['failed']}" if "failed" in result else line(result)
                out.append(f"{title} on {DATABASE_NAMES[database]}: {shown}")
    if g := f.get("prompt_growth"):
        if "failed" in g:
            out.append(f"prompt growth: FAILED {g['failed']}")
        else:
            first, last = g["turns"][g["from_turn"] - 1], g["turns"][g["to_turn"] - 1]
            out.append(
                f"prompt growth: turn {g['to_turn']}/turn {g['from_turn']} = "
                f"{g['prompt_growth_ratio']}x chars ({first['prompt_chars']} -> "
                f"{last['prompt_chars']}), {g['prompt_growth_ratio_tokens']}x est. tokens"
            )
    if s := f.get("seed_baseline"):
        if "failed" in s:
            out.append(f"seed baseline: FAILED {s['failed']}")
        else:
            seed, agent = s["seed"], s["agent"]
            out.append(
                f"seed baseline vs agent: calls/turn {seed['llm_calls_per_turn']} vs "
                f"{agent['llm_calls_per_turn']}; rounds/turn {seed['rounds_per_turn']} vs "
                f"{agent['rounds_per_turn']}; prompt chars/turn {seed['prompt_chars_mean']} vs "
                f"{agent['prompt_chars_mean']}; wall ms/turn {seed['wall_ms_median']} vs "
                f"{agent['wall_ms_median']}; crossover ~turn {s['crossover_turn_estimate']}"
            )
    if loc := f.get("local_model"):
        if "failed" in loc:
            out.append(f"local model: FAILED {loc['failed']}")
        elif "skipped" in loc:
            out.append(f"local model: skipped ({loc['skipped']})")
        else:
            c_, a_ = loc["completion"], loc["agent"]
            busy = (
                f" [machine busy: {loc['busy_cores_before']} cores used by others]"
                if loc.get("busy_machine")
                else ""
            )
            turns = (
                f"agent turn median {a_['turn_wall_s_median']} s (slowest "
                f"{a_.get('turn_vs_target')}x the 4 s target), first reply text "
                f"{a_['first_text_s_median']} s (slowest {a_.get('first_text_vs_target')}x "
                f"the 2 s target) ({len(a_['turns'])} turns, trust {a_.get('trust')})"
                if a_["turn_wall_s_median"] is not None
                else f"agent: no turn finished ({a_['stopped_early']})"
            )
            out.append(
                f"local model{busy}: TTFT cold {c_['ttft_s_cold']} s, second "
                f"{c_['ttft_s_warm'] if c_['ttft_s_warm'] is not None else 'skipped'}; "
                f"{c_['tokens_per_s_decode']} tok/s streaming; {turns}; llama-cpp-python "
                f"build {loc['build']['build_seconds']} ({loc['build']['note']})"
            )
    if mem := f.get("memory"):
        if "failed" in mem or "error" in mem:
            out.append(f"memory: FAILED {mem.get('failed') or mem.get('error')}")
        else:
            out.append(
                f"memory: baseline {mem['rss_baseline_mb']} MB; +{mem['stored_sessions']} "
                f"stored {mem['stored_delta_mb']:+} MB; peak with {mem['active_sessions']} "
                f"active {mem['peak_rss_mb']} MB ({mem['peak_delta_mb']:+} MB)"
            )
    for t in report["targets"]:
        out.append(f"target {t['name']} {t['target']}: {t['value']} -> {verdict(t['met'])}")
    return out
