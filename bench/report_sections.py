"""The Markdown section of each figure in ``report.md``, and the table helpers they share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.concurrency import TARGET_EFFICIENCY
from bench.fixtures import DATABASE_NAMES
from bench.profiling import describe
from bench.repeat import OVERHEAD_FIELDS, repeat_lines


def verdict(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def table(head: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join("" if c is None else str(c) for c in row) + " |" for row in rows]
    return lines


def _overhead(f: dict[str, Any]) -> list[str]:
    z, a = f["overhead_ms_zero_latency"], f["overhead_ms_at_latency"]
    lines = [
        f"On {DATABASE_NAMES[f['database']]}. "
        f"{f['turns_measured']} turns ({f['sessions']} session(s) x {f['turns_per_session']} "
        f"turns), "
        f"model latency L = {f['latency_ms']} ms, rounds per turn {f['rounds_per_turn']}, "
        f"{f['llm_calls_per_turn']} model calls per turn.",
        "",
        *table(
            ["figure", "median", "p95"],
            [
                ["turn / (rounds x L)", f["turn_overhead_ratio"], f["turn_overhead_ratio_p95"]],
                ["overhead ms per turn at L", a["median"], a["p95"]],
                ["turn ms against a zero-latency fake", z["median"], z["p95"]],
            ],
        ),
        "",
        f"CPU per turn (zero latency, all threads of the agent process): "
        f"{f['cpu_ms_per_turn_zero_latency']} ms, {f['cpu_share_of_overhead']:.0%} of the "
        f"median zero-latency turn; the rest is waiting (database worker threads, and on a "
        f"shared machine, a turn on a CPU). One zero-latency request to the fake takes "
        f"{f['fake_round_trip_floor_ms']} ms (its floor, part of every round). Meeting the "
        f"target leaves {f['overhead_budget_ms_for_target']} ms of overhead per turn.",
    ]
    lines += repeat_lines(f, list(OVERHEAD_FIELDS))
    if "profile_zero_latency" in f:
        lines += ["", f"Where the time goes: {describe(f['profile_zero_latency'])}"]
    return lines


def _concurrency(f: dict[str, Any]) -> list[str]:
    rows = [
        [
            r["n"],
            r["turns"],
            r["errors"],
            r["turns_per_s"],
            r["ideal_turns_per_s"],
            f"{r['efficiency']:.1%}",
            r["cpu_ms_per_turn"],
            r["cpu_cores_used"],
            r["cpu_bound_ceiling_turns_per_s"],
            r["turn_ms"]["median"] if r["turn_ms"] else None,
            r["turn_ms"]["p95"] if r["turn_ms"] else None,
        ]
        for r in f["sizes"]
    ]
    lines = [
        f"On {DATABASE_NAMES[f['database']]}. "
        f"L = {f['latency_ms']} ms, {f['turns_per_session']} turns per session, "
        f"{f['rounds_per_turn']} rounds per turn (counted at N = 1).",
        "",
        *table(
            [
                "N",
                "turns",
                "errors",
                "turns/s",
                "ideal",
                "efficiency",
                "CPU ms/turn",
                "cores used",
                "CPU ceiling turns/s",
                "turn ms median",
                "turn ms p95",
            ],
            rows,
        ),
    ]
    d = f.get("diagnosis")
    if d:
        growth = d.get("cpu_ms_per_turn_largest_over_previous")
        lines += [
            "",
            f"Reading: the rate levels off at {d['plateau_turns_per_s']} turns/s. One event "
            f"loop runs every session, so one process tops out at 1000 / CPU ms per turn, "
            f"about {d['cpu_ceiling_turns_per_s']} turns/s with a whole core; at the largest N "
            f"it used {d['cpu_cores_used_at_largest_n']} of a core"
            + (
                " (CPU-bound)"
                if d["cpu_cores_used_at_largest_n"] >= 0.9
                else " (the rest of the core went to other processes on this machine)"
            )
            + ". CPU per turn at the largest N is "
            f"{d['cpu_ms_per_turn_largest_over_n1']}x that at N = 1"
            + (f" and {growth}x that at the N before it" if growth is not None else "")
            + " (a pool that scales badly with N would show here as a rising CPU per turn). "
            f"Reaching {TARGET_EFFICIENCY:.0%} of ideal at N = 64 in one process needs at most "
            f"{d['cpu_ms_per_turn_needed_for_target_at_64']} ms CPU per turn.",
        ]
    lines += repeat_lines(
        f,
        [f"{name}_n{r['n']}" for name in ("efficiency", "cpu_ms_per_turn") for r in f["sizes"]],
    )
    if "profile_largest_n" in f:
        n = f["sizes"][-1]["n"]
        lines += ["", f"Profile at N = {n} (one turn each): {describe(f['profile_largest_n'])}"]
    return lines


def _growth(f: dict[str, Any]) -> list[str]:
    rows = [
        [
            r["turn"],
            r["stage"],
            r["llm_calls"],
            r["rounds"],
            r["prompt_chars"],
            r["system_chars"],
            r["dynamic_chars"],
            r["prompt_tokens"],
            r["wall_ms"],
        ]
        for r in f["turns"]
    ]
    return [
        f"Turn {f['to_turn']} / turn {f['from_turn']}: {f['prompt_growth_ratio']}x characters "
        f"({f['prompt_growth_ratio_tokens']}x estimated tokens; "
        f"{f['prompt_growth_ratio_dynamic']}x without the static system prompts); the largest "
        f"turn in that window is {f['max_ratio_in_window']}x turn {f['from_turn']}. "
        f"Kept collecting every turn: {f['collecting_all_turns']}.",
        "",
        *table(
            [
                "turn",
                "stage",
                "calls",
                "rounds",
                "prompt chars",
                "system",
                "dynamic",
                "est. tokens",
                "wall ms",
            ],
            rows,
        ),
    ]


def _seed(f: dict[str, Any]) -> list[str]:
    seed, agent = f["seed"], f["agent"]
    shown = sorted(set(seed["prompt_chars_by_turn"]) | set(agent["prompt_chars_by_turn"]), key=int)
    rows = [
        ["model calls per turn", seed["llm_calls_per_turn"], agent["llm_calls_per_turn"]],
        ["sequential rounds per turn", seed["rounds_per_turn"], agent["rounds_per_turn"]],
        ["prompt chars per turn (mean)", seed["prompt_chars_mean"], agent["prompt_chars_mean"]],
        ["est. prompt tokens per turn", seed["prompt_tokens_mean"], agent["prompt_tokens_mean"]],
        *[
            [
                f"prompt chars at turn {t}",
                seed["prompt_chars_by_turn"].get(t),
                agent["prompt_chars_by_turn"].get(t),
            ]
            for t in shown
        ],
        [
            f"wall ms per turn (median, L = {f['latency_ms']} ms)",
            seed["wall_ms_median"],
            agent["wall_ms_median"],
        ],
    ]
    return [
        f"Same {f['turns']} patient messages. Agent over seed: {f['wall_ratio_agent_over_seed']}x "
        f"wall time, {f['prompt_chars_ratio_agent_over_seed']}x prompt characters per turn. "
        f"The seed's prompt grows {f['seed_growth_ratio_last_over_turn5']}x from turn 5 to the "
        f"last turn; on this conversation it would pass the agent's per-turn prompt at about "
        f"turn {f['crossover_turn_estimate']}.",
        "",
        *table(["", "seed (full history, one call)", "agent"], rows),
    ]


def _work(f: dict[str, Any]) -> list[str]:
    work = f.get("work_by_policy")
    if not work:
        return []
    e, p = work["escalate"], work["phrasing"]
    return [
        "",
        "The model's work per turn, by trust policy (the same conversation on the fake "
        "model; independent of the machine's load):",
        "",
        *table(
            [
                "policy",
                "turns",
                "model calls / turn",
                "prompt chars after the system prompt / turn",
            ],
            [
                ["escalate", e["turns"], e["calls_per_turn"], e["prompt_chars_per_turn"]],
                ["phrasing", p["turns"], p["calls_per_turn"], p["prompt_chars_per_turn"]],
                ["phrasing / escalate", "", work["calls_ratio"], work["prompt_chars_ratio"]],
            ],
        ),
    ]


def _local(f: dict[str, Any]) -> list[str]:
    if "skipped" in f:
        return [f"Skipped: {f['skipped']}.", *_work(f), "", _build_line(f["build"])]
    c, a = f["completion"], f["agent"]
    rows = [
        [
            i + 1,
            t["wall_s"],
            t["first_text_s"],
            t["stage"],
            ", ".join(
                f"{c['ms'] / 1000:.1f} s/{c['generated_tokens']} tok" for c in t["model_calls"]
            )
            or "-",
            "; ".join(t["llm_warnings"]) or "-",
        ]
        for i, t in enumerate(a["turns"])
    ]
    return [
        f"{f['cpus']} CPUs, load average {f['load_average_1m_at_start']} at start."
        + (
            f" **The machine was busy**: other processes kept {f['busy_cores_before']} cores "
            "busy just before this figure, so these absolute seconds are inflated (the "
            "llama.cpp server shares the cores with them)."
            if f.get("busy_machine")
            else ""
        ),
        "",
        *table(
            ["figure", "value"],
            [
                ["server startup s", c["server_startup_s"]],
                ["time to first streamed token s (cold prompt)", c["ttft_s_cold"]],
                ["time to first streamed token s (second prompt)", c["ttft_s_warm"]],
                ["tokens/s while streaming", c["tokens_per_s_decode"]],
                ["tokens/s overall", c["tokens_per_s_overall"]],
                ["usage in the final chunk", c["runs"][-1]["usage_reported"]],
                [
                    "streams cut off (s)",
                    ", ".join(str(r["cut_off_after_s"]) for r in c["runs"] if r["cut_off_after_s"])
                    or "none",
                ],
                ["agent: server startup s", a["startup_s"]],
                ["agent: model trust policy", a.get("trust", "-")],
                ["agent: turn wall s (median)", a["turn_wall_s_median"]],
                ["agent: first reply text s (median)", a["first_text_s_median"]],
                [
                    "agent: slowest first text / 2 s target",
                    f"{a.get('first_text_s_max')} s = {a.get('first_text_vs_target')}x",
                ],
                [
                    "agent: slowest turn / 4 s target",
                    f"{a.get('turn_wall_s_max')} s = {a.get('turn_vs_target')}x",
                ],
                [
                    "agent: turns within both targets",
                    f"{a.get('turns_within_targets')} of {len(a['turns'])}"
                    + (" (met)" if a.get("targets_met") else " (missed)"),
                ],
            ],
        ),
        "",
        *table(
            [
                "turn",
                "wall s",
                "first text s",
                "stage",
                "model calls (llama.cpp log: time/generated tokens, in order)",
                "retry warnings",
            ],
            rows,
        ),
        *(["", f"Stopped early: {a['stopped_early']}."] if a["stopped_early"] else []),
        *_work(f),
        "",
        _build_line(f["build"]),
    ]


def _build_line(build: dict[str, Any]) -> str:
    seconds = build["build_seconds"]
    value = "null" if seconds is None else f"{seconds:.0f} s"
    return f"One-time llama-cpp-python build: {value} ({build['note']}; {build['source']})."


def _memory(f: dict[str, Any]) -> list[str]:
    if "error" in f:
        return [f"Failed: {f['error']}", "", "```", f.get("stderr", ""), "```"]
    return table(
        ["figure", "MB"],
        [
            ["RSS after imports", f["rss_after_imports_mb"]],
            ["RSS baseline (after open_conversation, no session)", f["rss_baseline_mb"]],
            ["RSS after the first turn (one-off warm-up)", f["rss_after_first_turn_mb"]],
            ["  delta over baseline", f["first_turn_delta_mb"]],
            [
                f"RSS with {f['stored_sessions']} stored sessions "
                f"({f['stored_through_service']} through the service)",
                f["rss_after_stored_mb"],
            ],
            ["  delta over baseline", f["stored_delta_mb"]],
            ["  delta over the first turn", f["stored_delta_after_first_turn_mb"]],
            [
                f"peak RSS with {f['active_sessions']} active sessions "
                f"({f['active_turns_each']} turns each)",
                f["peak_rss_mb"],
            ],
            ["  delta over baseline", f["peak_delta_mb"]],
            ["  per active session (kB)", f["active_delta_per_session_kb"]],
        ],
    )


def _rules(f: dict[str, Any]) -> list[str]:
    return table(
        ["", "value"],
        [
            ["CPU per character, huge hostile message / ordinary messages", f["ratio"]],
            ["ordinary message, CPU ms", f["ordinary_cpu_ms_per_message"]],
            [
                f"huge message ({f['huge_message_chars']} chars), CPU ms",
                f["huge_cpu_ms_per_message"],
            ],
        ],
    )


SECTIONS: dict[str, tuple[str, Callable[[dict[str, Any]], list[str]]]] = {
    "turn_overhead": ("1. Turn overhead on SQLite", _overhead),
    "turn_overhead_postgres": ("1. Turn overhead on PostgreSQL", _overhead),
    "concurrency": ("2. Concurrency on SQLite", _concurrency),
    "concurrency_postgres": ("2. Concurrency on PostgreSQL", _concurrency),
    "prompt_growth": ("3. Prompt growth", _growth),
    "seed_baseline": ("4. The seed baseline", _seed),
    "local_model": ("5. The local model", _local),
    "memory": ("6. Memory", _memory),
    "rule_matching": ("7. Rule matching", _rules),
}
