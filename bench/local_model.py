"""Figure 5, the embedded local model: SmolLM2-135M through llama.cpp on this machine's CPU.

Three measurements, all against the real bundled model (nothing is faked):

- a streamed completion straight to ``agent.local_model.LocalModelServer``: time to the first
  streamed token and tokens per second (``usage`` from the final chunk when the server sends
  it with ``stream_options.include_usage``, else one token per content chunk, which is how
  llama-cpp-python's server streams);
- a whole conversation, to the advice, through ``open_conversation(Settings(database_url=...))``,
  which starts its own local server when no base URL is set (trust policy ``phrasing``, the
  bundled model's default: one model call a turn): wall time per turn and the time to the
  first streamed reply text (``conversation.turn()`` yields ``delta`` events first), each
  set against its target (first words within 2 s, a whole turn within 4 s) as a ratio;
- the one-time build cost of llama-cpp-python, as ``scripts/setup.sh`` recorded it;
- the model's work per turn under each trust policy, independent of the machine's load:
  the same conversation through ``build_graph()`` with the enqueueing fake model
  (``fakes.chat_model``), counting model calls and the characters of each prompt after the
  static system prompt (what llama.cpp must read anew every turn; its prefix cache keeps
  the system prompt).

Absolute seconds here depend on the CPU and on what else runs: the load average is
reported with the figure. Skip it with ``--skip-local``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import re
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, cast

import openai
from langgraph.checkpoint.memory import InMemorySaver

from agent.context import AgentContext
from agent.conversation import Conversation, TurnResult
from agent.graph import build_graph, turn_input
from agent.local_model import LocalModelServer
from agent.patient_message import read_message
from clinical.questions import load_questions
from clinical.red_flags import load_rules
from core.settings import ModelTrust, Settings
from fakes.chat_model import FakeStructuredLLM
from states.graph_state import TriageState
from triage.app import open_conversation

NAME = "local_model"
BUILD_NOTE = "measured 2026-11-24: about 7 minutes on 2 cores"
PROMPTS = (
    "Write three short sentences about drinking enough water when you have a cold.",
    "In three short sentences, explain why rest helps when you have a fever.",
)
AGENT_LINES = (
    "I've had a sore throat and a runny nose since yesterday",
    "About 3 out of 10",
    "I'm 34",
    *["no"] * 12,
)
TARGET_FIRST_TEXT_S = 2.0  # the patient sees the first words of each reply within this
TARGET_TURN_S = 4.0  # and the whole reply within this (2-core machine, bundled model)


def busy_cores(seconds: float = 1.0) -> float | None:
    """Return how many cores the rest of the machine keeps busy (we sleep meanwhile)."""

    def sample() -> tuple[int, int]:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
        return sum(fields) - idle, sum(fields)

    try:
        busy_a, total_a = sample()
        time.sleep(seconds)
        busy_b, total_b = sample()
    except (OSError, ValueError, IndexError):
        return None
    if total_b <= total_a:
        return None
    return round((busy_b - busy_a) / (total_b - total_a) * (os.cpu_count() or 1), 2)


def build_seconds() -> dict[str, Any]:
    """Return the llama-cpp-python build time recorded by ``scripts/setup.sh``, if any."""
    wheels = Path(os.environ.get("TRIAGE_WHEELHOUSE", Path.home() / ".cache/triage/wheels"))
    record = wheels / "build-seconds.txt"
    try:
        seconds = float(record.read_text().strip())
    except (OSError, ValueError):
        return {"build_seconds": None, "note": BUILD_NOTE, "source": str(record)}
    return {"build_seconds": seconds, "note": "recorded by scripts/setup.sh", "source": str(record)}


async def _streamed(
    client: openai.AsyncOpenAI, model: str, prompt: str, max_tokens: int, timeout_s: float
) -> dict[str, Any]:
    """Stream one completion; return time to first token and tokens per second.

    A stream still running after ``timeout_s`` is cut off and measured on what arrived.
    """
    started = time.perf_counter()
    seen: dict[str, Any] = {"first": None, "last": started, "chunks": 0, "usage": None}

    async def consume() -> None:
        stream = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "You are a kind nurse. Answer briefly."},
                {"role": "user", "content": prompt},
            ],
            stream=True,
            stream_options={"include_usage": True},
            max_tokens=max_tokens,
            temperature=0.0,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                seen["last"] = time.perf_counter()
                seen["first"] = seen["first"] or seen["last"]
                seen["chunks"] += 1
            if chunk.usage is not None:
                seen["usage"] = chunk.usage.completion_tokens

    cut = False
    try:
        await asyncio.wait_for(consume(), timeout=timeout_s)
    except TimeoutError:
        cut = True
    ended = time.perf_counter()
    first, last = seen["first"], seen["last"]
    tokens = seen["usage"] if seen["usage"] is not None else seen["chunks"]
    decode = (tokens - 1) / (last - first) if first is not None and last > first else None
    return {
        "ttft_s": round(first - started, 3) if first is not None else None,
        "completion_tokens": tokens,
        "usage_reported": seen["usage"] is not None,
        "tokens_per_s_decode": round(decode, 1) if decode else None,
        "tokens_per_s_overall": round(tokens / (ended - started), 1),
        "seconds": round(ended - started, 2),
        "cut_off_after_s": timeout_s if cut else None,
    }


async def _completion_figures(max_tokens: int, timeout_s: float) -> dict[str, Any]:
    """Start the local server and time streamed completions against it."""
    settings = Settings()
    started = time.perf_counter()
    with LocalModelServer(settings) as server:
        startup = time.perf_counter() - started
        runs: list[dict[str, Any]] = []
        async with openai.AsyncOpenAI(base_url=server.base_url, api_key="local") as client:
            for prompt in PROMPTS:
                runs.append(
                    await _streamed(client, settings.model_name, prompt, max_tokens, timeout_s)
                )
                if runs[-1]["cut_off_after_s"] is not None:
                    break  # the server is still busy with the cut-off stream
    return {
        "server_startup_s": round(startup, 2),
        "ttft_s_cold": runs[0]["ttft_s"],
        "ttft_s_warm": runs[1]["ttft_s"] if len(runs) > 1 else None,
        "tokens_per_s_decode": runs[-1]["tokens_per_s_decode"],
        "tokens_per_s_overall": runs[-1]["tokens_per_s_overall"],
        "runs": runs,
    }


_TOTAL = re.compile(r"total time =\s*([\d.]+) ms /\s*(\d+) tokens")
_EVAL = re.compile(r"\beval time =\s*([\d.]+) ms /\s*(\d+) runs")


def _server_log(conv: Conversation) -> Path | None:
    """Return the log of the model server ``open_conversation`` started, if it can be found.

    ``LocalModelServer`` writes ``triage-llm-PORT.log`` in the temp folder; the port is read
    from the client's base URL. Only used to split a turn's time over its model calls.
    """
    base = str(getattr(conv.context.llm.chat, "openai_api_base", "") or "")
    match = re.search(r":(\d+)/", base)
    if match is None:
        return None
    path = Path(tempfile.gettempdir()) / f"triage-llm-{match.group(1)}.log"
    return path if path.is_file() else None


def _calls_since(log: Path | None, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Return the model calls llama.cpp logged after ``offset``, and the new offset."""
    if log is None:
        return [], offset
    with log.open("rb") as handle:
        handle.seek(offset)
        text = handle.read().decode(errors="replace")
        offset = handle.tell()
    calls = []
    generated: int | None = None
    for line in text.splitlines():
        if (m := _EVAL.search(line)) and "prompt eval" not in line:
            generated = int(m.group(2))
        elif m := _TOTAL.search(line):
            total_tokens = int(m.group(2))
            calls.append(
                {
                    "ms": round(float(m.group(1))),
                    "generated_tokens": generated,
                    "prompt_tokens": total_tokens - generated if generated is not None else None,
                }
            )
            generated = None
    return calls, offset


class _Warnings(logging.Handler):
    """Collect the agent's LLM warnings (schema name and error kind; no patient text)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def _agent_turns(workdir: Path, turns: int, budget_s: float) -> dict[str, Any]:
    """Run a few real agent turns on the local model, within a time budget."""
    settings = Settings(database_url=f"sqlite:///{workdir / f'local-{uuid.uuid4().hex[:8]}.db'}")
    deadline = time.monotonic() + budget_s
    rows: list[dict[str, Any]] = []
    stopped: str | None = None
    caught = _Warnings()
    llm_log = logging.getLogger("agent.llm")
    llm_log.addHandler(caught)
    opened = time.perf_counter()
    try:
        async with open_conversation(settings, announce=False) as conv:
            startup = time.perf_counter() - opened
            log = _server_log(conv)
            offset = log.stat().st_size if log is not None else 0
            session = await conv.start()
            for text in AGENT_LINES[:turns]:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    stopped = f"time budget of {budget_s:.0f} s spent"
                    break
                progress: dict[str, Any] = {"first": None, "stage": None}
                seen = len(caught.messages)
                started = time.perf_counter()

                async def one(text: str = text, progress: dict[str, Any] = progress) -> None:
                    async for item in conv.turn(session.session_id, text):
                        if isinstance(item, TurnResult):
                            progress["stage"] = item.stage
                        elif item.get("type") == "delta" and progress["first"] is None:
                            progress["first"] = time.perf_counter()

                try:
                    await asyncio.wait_for(one(), timeout=remaining)
                except TimeoutError:
                    stopped = f"turn {len(rows) + 1} was cut off at the {budget_s:.0f} s budget"
                    progress["stage"] = "cut off"
                first = progress["first"]
                calls, offset = _calls_since(log, offset)
                rows.append(
                    {
                        "wall_s": round(time.perf_counter() - started, 2),
                        "first_text_s": round(first - started, 2) if first else None,
                        "stage": progress["stage"],
                        "llm_warnings": caught.messages[seen:],
                        "model_calls": calls,
                    }
                )
                if progress["stage"] != "collecting":
                    break
    finally:
        llm_log.removeHandler(caught)
    done = [r for r in rows if r["stage"] != "cut off"]
    walls = [r["wall_s"] for r in done]
    firsts = [r["first_text_s"] for r in done if r["first_text_s"] is not None]
    return {
        "startup_s": round(startup, 2),
        "trust": settings.trust,
        "turns": rows,
        "turn_wall_s_median": round(statistics.median(walls), 2) if walls else None,
        "first_text_s_median": round(statistics.median(firsts), 2) if firsts else None,
        **_targets(walls, firsts),
        "llm_warnings": len(caught.messages),
        "stopped_early": stopped,
    }


def _targets(walls: list[float], firsts: list[float]) -> dict[str, Any]:
    """Return the slowest turn and first words, as ratios to their targets (<= 1 is met)."""
    if not walls or not firsts:
        return {"targets_met": None}
    first_ratio = max(firsts) / TARGET_FIRST_TEXT_S
    turn_ratio = max(walls) / TARGET_TURN_S
    return {
        "first_text_s_max": round(max(firsts), 2),
        "turn_wall_s_max": round(max(walls), 2),
        "first_text_vs_target": round(first_ratio, 2),
        "turn_vs_target": round(turn_ratio, 2),
        "turns_within_targets": sum(
            1
            for w, f in zip(walls, firsts, strict=False)
            if w <= TARGET_TURN_S and f <= TARGET_FIRST_TEXT_S
        ),
        "targets_met": first_ratio <= 1.0 and turn_ratio <= 1.0,
    }


async def _work_per_turn(trust: ModelTrust) -> dict[str, Any]:
    """Run ``AGENT_LINES`` through the graph on the fake model; count the model's work."""
    llm = FakeStructuredLLM.build("llamacpp")
    context = AgentContext(
        llm=llm,
        rules=load_rules(),
        questions=load_questions(),
        emergency_number="112",
        trust=trust,
    )
    graph = build_graph().compile(checkpointer=InMemorySaver())
    config: Any = {"configurable": {"thread_id": "bench"}}
    calls: list[int] = []
    chars: list[int] = []
    for number, text in enumerate(AGENT_LINES, start=1):
        llm.reset()
        run_input: dict[str, Any] = {"session_id": "bench", "stage": "collecting"}
        if number > 1:
            run_input = {}
        run_input |= turn_input(text, number, read_message(text).language, "en")
        state = await graph.ainvoke(cast(TriageState, run_input), config, context=context)
        calls.append(len(llm.calls))
        chars.append(sum(len(str(c.messages[-1].content)) for c in llm.calls))
        if state.get("stage") != "collecting":
            break
    return {
        "turns": len(calls),
        "calls_per_turn": round(statistics.mean(calls), 2),
        "prompt_chars_per_turn": round(statistics.mean(chars)),
    }


async def work_by_policy() -> dict[str, Any]:
    """Return the model's work per turn under each policy, and phrasing's share of escalate."""
    escalate = await _work_per_turn("escalate")
    phrasing = await _work_per_turn("phrasing")
    return {
        "escalate": escalate,
        "phrasing": phrasing,
        "calls_ratio": round(phrasing["calls_per_turn"] / escalate["calls_per_turn"], 2),
        "prompt_chars_ratio": round(
            phrasing["prompt_chars_per_turn"] / escalate["prompt_chars_per_turn"], 2
        ),
    }


async def run(
    workdir: Path,
    *,
    agent_turns: int = len(AGENT_LINES),
    max_tokens: int = 64,
    stream_timeout_s: float = 40.0,
    budget_s: float = 120.0,
) -> dict[str, Any]:
    """Measure the bundled model's streaming speed and real agent turns on it."""
    build = build_seconds()
    work = await work_by_policy()
    if importlib.util.find_spec("llama_cpp") is None:
        return {
            "skipped": "llama-cpp-python is not installed (extra `local`)",
            "build": build,
            "work_by_policy": work,
        }
    load = os.getloadavg()
    return {
        "load_average_1m_at_start": round(load[0], 2),
        "cpus": os.cpu_count(),
        "busy_cores_before": (busy := busy_cores()),
        "busy_machine": busy is not None and busy >= 0.5,
        "completion": await _completion_figures(max_tokens, stream_timeout_s),
        "agent": await _agent_turns(workdir, agent_turns, budget_s),
        "work_by_policy": work,
        "build": build,
    }
