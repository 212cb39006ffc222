"""Figure 2, concurrency: turns per second with N sessions in flight, against the ideal.

N sessions run at once in one process (``asyncio.gather``), each doing a few turns, against
a fake that serves every call concurrently after L = 200 ms. If the agent cost nothing, N
sessions would complete N / (rounds per turn x L) turns per second; the efficiency is the
measured rate over that ideal. Rounds per turn are counted at N = 1 from the fake's arrival
times. The process CPU time per turn at each N tells whether the agent is CPU-bound (one
event loop, one core: at most 1000 / cpu_ms turns per second) and whether the cost per turn
grows with N (a pool or lock that scales badly, e.g. httpcore's pool past ~100 kept-alive
connections, encode/httpcore#1035). The largest N is profiled briefly.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agent.conversation import Conversation
from bench.fake_model import FakeModel
from bench.fixtures import (
    DATABASE_NAMES,
    database_label,
    open_agent,
    patient_lines,
    rounds,
    summary,
    target,
    timed_send,
)
from bench.profiling import Profiler

NAME = "concurrency"
SIZES = (1, 8, 32, 64, 128)
TARGET_EFFICIENCY = 0.25
"""Issue 15: at least 25% of the ideal rate at N = 64 (SQLite and Postgres)."""


async def _session(
    conv: Conversation, session_id: str, lines: Sequence[str]
) -> tuple[list[float], str | None]:
    """Run one session's turns in order; return each turn's wall time and any error."""
    times: list[float] = []
    for text in lines:
        try:
            seconds, _ = await timed_send(conv, session_id, text)
        except Exception as exc:  # reported, not hidden: e.g. a database lock under load
            return times, type(exc).__name__
        times.append(seconds)
    return times, None


async def _measure(
    conv: Conversation, fake: FakeModel, n: int, lines: Sequence[str]
) -> dict[str, Any]:
    """Run ``n`` sessions at once; return rate, CPU and per-turn latency."""
    starts = await asyncio.gather(*(conv.start() for _ in range(n)))
    fake.reset()
    cpu, wall = time.process_time(), time.perf_counter()
    outcomes = await asyncio.gather(*(_session(conv, s.session_id, lines) for s in starts))
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    errors = [error for _, error in outcomes if error is not None]
    times = [t for session_times, _ in outcomes for t in session_times]
    done = len(times)
    return {
        "n": n,
        "turns": done,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "seconds": round(wall, 3),
        "turns_per_s": round(done / wall, 2) if wall else 0.0,
        "cpu_ms_per_turn": round(cpu * 1000 / max(done, 1), 1),
        "cpu_cores_used": round(cpu / wall, 2) if wall else 0.0,
        "turn_ms": summary([t * 1000 for t in times], 1) if times else None,
        "requests": len(fake.requests()),
    }


async def run(
    fake: FakeModel,
    workdir: Path,
    *,
    sizes: Sequence[int] = SIZES,
    turns: int = 3,
    latency_s: float = 0.2,
    profile: bool = True,
    database_url: str | None = None,
) -> dict[str, Any]:
    """Measure turns/s at each N and its ratio to the ideal (SQLite, or ``database_url``)."""
    sizes = sorted({1, *sizes})
    lines = patient_lines(turns)
    rows: list[dict[str, Any]] = []
    profiled: dict[str, Any] | None = None
    database = database_url or workdir / f"concurrency-{uuid.uuid4().hex[:8]}.db"
    async with open_agent(fake.base_url, database) as conv:
        fake.set_latency(0.0)
        warm = await conv.start()
        for text in lines:
            await conv.send(warm.session_id, text)

        fake.set_latency(latency_s)
        per_turn: list[int] = []
        started = await conv.start()
        for text in lines:  # rounds per turn, counted one turn at a time at N = 1
            fake.reset()
            await conv.send(started.session_id, text)
            per_turn.append(rounds(fake.requests(), latency_s))
        rounds_per_turn = statistics.median(per_turn)

        for n in sizes:
            row = await _measure(conv, fake, n, lines)
            ideal = n / (rounds_per_turn * latency_s)
            row["ideal_turns_per_s"] = round(ideal, 2)
            row["efficiency"] = round(row["turns_per_s"] / ideal, 3)
            row["cpu_bound_ceiling_turns_per_s"] = round(1000 / row["cpu_ms_per_turn"], 1)
            rows.append(row)

        if profile:
            largest = sizes[-1]
            starts = await asyncio.gather(*(conv.start() for _ in range(largest)))
            with Profiler() as profiler:
                await asyncio.gather(
                    *(conv.send(s.session_id, lines[0]) for s in starts), return_exceptions=True
                )
            profiled = profiler.summary(largest)

    by_n = {row["n"]: row for row in rows}
    at_64 = by_n.get(64, {}).get("efficiency")
    first, last = rows[0], rows[-1]
    needed_rate = TARGET_EFFICIENCY * 64 / (rounds_per_turn * latency_s)
    needed = 1000 / needed_rate
    diagnosis = {
        "plateau_turns_per_s": max(r["turns_per_s"] for r in rows),
        "cpu_ceiling_turns_per_s": statistics.median(
            r["cpu_bound_ceiling_turns_per_s"] for r in rows
        ),
        "cpu_cores_used_at_largest_n": last["cpu_cores_used"],
        "cpu_ceiling_below_target_at_64": statistics.median(
            r["cpu_bound_ceiling_turns_per_s"] for r in rows
        )
        < needed_rate,
        "cpu_ms_per_turn_largest_over_n1": round(
            last["cpu_ms_per_turn"] / first["cpu_ms_per_turn"], 2
        ),
        "cpu_ms_per_turn_needed_for_target_at_64": round(needed, 1),
    }
    if len(rows) >= 2:
        before = rows[-2]
        diagnosis["cpu_ms_per_turn_largest_over_previous"] = round(
            last["cpu_ms_per_turn"] / before["cpu_ms_per_turn"], 2
        )
        diagnosis["turns_per_s_largest_over_previous"] = round(
            last["turns_per_s"] / before["turns_per_s"], 2
        )
    on = DATABASE_NAMES[database_label(database_url)]
    result: dict[str, Any] = {
        "latency_ms": round(latency_s * 1000),
        "turns_per_session": turns,
        "rounds_per_turn": rounds_per_turn,
        "database": database_label(database_url),
        "sizes": rows,
        "concurrency_efficiency_64": at_64,
        "diagnosis": diagnosis,
        "targets": [
            target(
                f"concurrency efficiency at N = 64 ({on})",
                f">= {TARGET_EFFICIENCY:.0%} of ideal",
                at_64,
                None if at_64 is None else at_64 >= TARGET_EFFICIENCY,
            )
        ],
    }
    if profiled is not None:
        result["profile_largest_n"] = profiled
    return result
