"""Figure 4, the seed baseline: a plain chat demo next to our agent, same patient lines.

The article this project grew from (Qwen + vLLM + Chainlit) sends the whole history to one
chat call per patient message: ``ChatOpenAI(...).ainvoke(full_history)``. Here that loop runs
against the same fake and latency as the agent, with the same patient messages (figure 3's
conversation), and the two are compared turn by turn: model calls, sequential rounds, prompt
characters and wall time. The baseline's prompt grows with every turn; the agent's is
larger per turn (three calls, each with its static system prompt) but bounded. The
crossover turn, where the baseline's prompt passes the agent's, is extrapolated linearly.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from bench import prompt_growth
from bench.fake_model import FakeModel
from bench.fixtures import patient_lines, rounds

NAME = "seed_baseline"
SEED_SYSTEM = (
    "You are a helpful medical triage assistant. Ask the patient follow-up questions about "
    "their symptoms, one at a time, then tell them how urgently they should see a doctor."
)
SHOWN_TURNS = (1, 5, 10, 20)


async def baseline_rows(fake: FakeModel, *, turns: int, latency_s: float) -> list[dict[str, Any]]:
    """Run the plain full-history chat loop; return one row per turn."""
    chat = ChatOpenAI(
        model="Qwen/Qwen2.5-7B-Instruct",
        base_url=fake.base_url,
        api_key="EMPTY",  # type: ignore[arg-type]
        temperature=0.0,
        max_retries=0,
    )
    fake.set_latency(latency_s)
    history: list[BaseMessage] = [SystemMessage(SEED_SYSTEM)]
    rows: list[dict[str, Any]] = []
    for number, text in enumerate(patient_lines(turns), start=1):
        history.append(HumanMessage(text))
        fake.reset()
        started = time.perf_counter()
        reply = await chat.ainvoke(history)
        seconds = time.perf_counter() - started
        history.append(AIMessage(reply.text))
        requests = fake.requests()
        rows.append(
            {
                "turn": number,
                "llm_calls": len(requests),
                "rounds": rounds(requests, latency_s) if latency_s else None,
                "prompt_chars": sum(r.prompt_chars for r in requests),
                "prompt_tokens": sum(r.prompt_tokens for r in requests),
                "wall_ms": round(seconds * 1000, 1),
            }
        )
    return rows


def _crossover(baseline: list[dict[str, Any]], agent_chars: float) -> float | None:
    """Return the turn at which the baseline's prompt (fitted line) reaches ``agent_chars``."""
    if len(baseline) < 2:
        return None
    xs = [r["turn"] for r in baseline]
    ys = [r["prompt_chars"] for r in baseline]
    slope, intercept = statistics.linear_regression(xs, ys)
    if slope <= 0:
        return None
    return round((agent_chars - intercept) / slope, 1)


def _side(rows: list[dict[str, Any]]) -> dict[str, Any]:
    later = rows[1:] or rows  # the first turn carries one-off costs (graph start)
    return {
        "llm_calls_per_turn": statistics.median(r["llm_calls"] for r in rows),
        "rounds_per_turn": statistics.median(r["rounds"] or 0 for r in rows),
        "prompt_chars_mean": round(statistics.mean(r["prompt_chars"] for r in rows)),
        "prompt_tokens_mean": round(statistics.mean(r["prompt_tokens"] for r in rows)),
        "wall_ms_median": round(statistics.median(r["wall_ms"] for r in later), 1),
        "prompt_chars_by_turn": {
            str(t): rows[t - 1]["prompt_chars"] for t in SHOWN_TURNS if t <= len(rows)
        },
    }


async def run(
    fake: FakeModel,
    workdir: Path,
    *,
    turns: int = 20,
    latency_s: float = 0.2,
    agent_rows: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Compare the plain chat loop with the agent on the same patient messages."""
    if agent_rows is None or len(agent_rows) < turns:
        agent_rows = await prompt_growth.conversation_rows(
            fake, workdir, turns=turns, latency_s=latency_s
        )
    agent_rows = agent_rows[:turns]
    plain = await baseline_rows(fake, turns=turns, latency_s=latency_s)
    agent, seed = _side(agent_rows), _side(plain)
    return {
        "latency_ms": round(latency_s * 1000),
        "turns": turns,
        "seed": seed,
        "agent": agent,
        "wall_ratio_agent_over_seed": round(agent["wall_ms_median"] / seed["wall_ms_median"], 3),
        "prompt_chars_ratio_agent_over_seed": round(
            agent["prompt_chars_mean"] / seed["prompt_chars_mean"], 3
        ),
        "seed_growth_ratio_last_over_turn5": round(
            plain[-1]["prompt_chars"] / plain[min(4, len(plain) - 1)]["prompt_chars"], 3
        ),
        "crossover_turn_estimate": _crossover(plain, agent["prompt_chars_mean"]),
        "seed_turns": plain,
    }
