"""Figure 1, turn overhead: a full agent turn against its model time.

Against a fake whose every call takes L (200 ms), a turn cannot be faster than its
sequential model round trips x L. The ratio ``turn wall time / (rounds x L)`` is what the
agent adds on top of the model (1.0 = nothing). Rounds are counted per turn from the fake's
recorded arrival times, not assumed. The absolute overhead comes from the same turns against
a zero-latency fake. Each session is ~10 turns that keep collecting (the model extracts
nothing, the patient is unsure). On SQLite, or on Postgres when given its URL.
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

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

NAME = "turn_overhead"
TARGET_RATIO = 1.08
"""Issue 15: at most 8% over the model's own time at the median (SQLite and Postgres)."""


async def run(
    fake: FakeModel,
    workdir: Path,
    *,
    sessions: int = 5,
    turns: int = 10,
    latency_s: float = 0.2,
    profile: bool = True,
    database_url: str | None = None,
) -> dict[str, Any]:
    """Measure the turn overhead ratio and the absolute overhead per turn.

    On a fresh SQLite file in ``workdir``, or on ``database_url`` when given.
    """
    lines = patient_lines(turns)
    floor_ms = fake.floor_ms()
    database = database_url or workdir / f"overhead-{uuid.uuid4().hex[:8]}.db"
    async with open_agent(fake.base_url, database) as conv:
        fake.set_latency(0.0)
        warm = await conv.start()  # warm-up: first-call costs (imports, caches) not counted
        for text in lines[:3]:
            await conv.send(warm.session_id, text)

        zero_ms: list[float] = []
        cpu_started, wall_started = time.process_time(), time.perf_counter()
        for _ in range(sessions):
            started = await conv.start()
            for text in lines:
                seconds, _ = await timed_send(conv, started.session_id, text)
                zero_ms.append(seconds * 1000)
        cpu_ms = (time.process_time() - cpu_started) * 1000 / len(zero_ms)
        wall_ms = (time.perf_counter() - wall_started) * 1000 / len(zero_ms)

        fake.set_latency(latency_s)
        ratios: list[float] = []
        overhead_ms: list[float] = []
        round_counts: Counter[int] = Counter()
        calls: list[int] = []
        stages: Counter[str] = Counter()
        for _ in range(sessions):
            started = await conv.start()
            for text in lines:
                fake.reset()
                seconds, turn = await timed_send(conv, started.session_id, text)
                requests = fake.requests()
                n_rounds = rounds(requests, latency_s)
                round_counts[n_rounds] += 1
                calls.append(len(requests))
                stages[turn.stage] += 1
                if n_rounds:
                    ratios.append(seconds / (n_rounds * latency_s))
                    overhead_ms.append((seconds - n_rounds * latency_s) * 1000)

        profiled: dict[str, Any] | None = None
        if profile:
            fake.set_latency(0.0)
            started = await conv.start()
            with Profiler() as profiler:
                for text in lines:
                    await conv.send(started.session_id, text)
            profiled = profiler.summary(len(lines))

    ratio = statistics.median(ratios)
    met = ratio <= TARGET_RATIO
    typical_rounds = statistics.median(k for k, n in round_counts.items() for _ in range(n))
    result: dict[str, Any] = {
        "latency_ms": round(latency_s * 1000),
        "sessions": sessions,
        "turns_per_session": turns,
        "turns_measured": len(ratios),
        "turn_overhead_ratio": round(ratio, 3),
        "turn_overhead_ratio_p95": summary(ratios)["p95"],
        "rounds_per_turn": {str(k): v for k, v in sorted(round_counts.items())},
        "llm_calls_per_turn": statistics.median(calls),
        "stages": dict(stages),
        "overhead_ms_at_latency": summary(overhead_ms, 1),
        "overhead_ms_zero_latency": summary(zero_ms, 1),
        "cpu_ms_per_turn_zero_latency": round(cpu_ms, 1),
        "cpu_share_of_overhead": round(cpu_ms / statistics.median(zero_ms), 3),
        "fake_round_trip_floor_ms": floor_ms,
        "overhead_budget_ms_for_target": round(
            (TARGET_RATIO - 1) * typical_rounds * latency_s * 1000, 1
        ),
        "wall_ms_per_turn_zero_latency_mean": round(wall_ms, 1),
        "database": database_label(database_url),
        "targets": [
            target(
                f"turn overhead ratio (median, {DATABASE_NAMES[database_label(database_url)]})",
                f"<= {TARGET_RATIO}",
                round(ratio, 3),
                met,
            )
        ],
    }
    if profiled is not None:
        result["profile_zero_latency"] = profiled
    return result
