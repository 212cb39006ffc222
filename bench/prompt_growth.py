"""Figure 3, prompt growth: what one long conversation sends the model, turn by turn.

One conversation of 20 turns that keeps collecting (question budget raised to 30, the patient
answers "I'm not sure"). For every turn: the model calls, sequential rounds, characters sent
(all messages of all calls; the static system prompts counted apart, since vLLM's prefix
cache serves them), the fake's estimated prompt tokens (characters / 4) and the wall time at
latency L. Prompts are meant to stay bounded (record + recent turns), so turn 20 should cost
about what turn 5 costs: the ratio is the figure. The per-turn rows also feed figure 4.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from bench.fake_model import FakeModel
from bench.fixtures import open_agent, patient_lines, rounds, target, timed_send

NAME = "prompt_growth"
TARGET_RATIO = 1.5
FROM_TURN = 5
TO_TURN = 20


async def conversation_rows(
    fake: FakeModel, workdir: Path, *, turns: int, latency_s: float
) -> list[dict[str, Any]]:
    """Run one long agent conversation; return one row of measurements per turn."""
    rows: list[dict[str, Any]] = []
    fake.set_latency(latency_s)
    async with open_agent(fake.base_url, workdir / f"growth-{uuid.uuid4().hex[:8]}.db") as conv:
        started = await conv.start()
        for number, text in enumerate(patient_lines(turns), start=1):
            fake.reset()
            seconds, result = await timed_send(conv, started.session_id, text)
            requests = fake.requests()
            chars = sum(r.prompt_chars for r in requests)
            static = sum(r.system_chars for r in requests)
            rows.append(
                {
                    "turn": number,
                    "stage": result.stage,
                    "llm_calls": len(requests),
                    "rounds": rounds(requests, latency_s) if latency_s else None,
                    "prompt_chars": chars,
                    "system_chars": static,
                    "dynamic_chars": chars - static,
                    "prompt_tokens": sum(r.prompt_tokens for r in requests),
                    "calls": [r.title for r in requests],
                    "wall_ms": round(seconds * 1000, 1),
                }
            )
    return rows


def analyse(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the growth figures from per-turn rows (turn 20 over turn 5, or the last)."""
    last = min(TO_TURN, len(rows))
    first = min(FROM_TURN, last)
    a, b = rows[first - 1], rows[last - 1]
    window = rows[first - 1 : last]
    ratio = b["prompt_chars"] / a["prompt_chars"]
    worst = max(r["prompt_chars"] for r in window) / a["prompt_chars"]
    return {
        "from_turn": first,
        "to_turn": last,
        "prompt_growth_ratio": round(ratio, 3),
        "prompt_growth_ratio_tokens": round(b["prompt_tokens"] / a["prompt_tokens"], 3),
        "prompt_growth_ratio_dynamic": round(b["dynamic_chars"] / max(a["dynamic_chars"], 1), 3),
        "max_ratio_in_window": round(worst, 3),
        "collecting_all_turns": all(r["stage"] == "collecting" for r in rows),
        "targets": [
            target(
                f"prompt growth, turn {last} / turn {first} (characters)",
                f"<= {TARGET_RATIO}x",
                round(ratio, 3),
                ratio <= TARGET_RATIO,
            )
        ],
    }


async def run(
    fake: FakeModel, workdir: Path, *, turns: int = TO_TURN, latency_s: float = 0.2
) -> dict[str, Any]:
    """Measure prompt size per turn over one long conversation."""
    rows = await conversation_rows(fake, workdir, turns=turns, latency_s=latency_s)
    return {"latency_ms": round(latency_s * 1000), **analyse(rows), "turns": rows}
