"""Shared setup for the figures: the patient's lines, the product wiring, small statistics.

Every figure drives the real product path, exactly what ``triage chat`` does:
``open_conversation(Settings(llm_backend="vllm", llm_base_url=fake, database_url=sqlite),
announce=False)``, then ``conversation.start()`` and ``conversation.send(session_id, text)``.
"""

from __future__ import annotations

import itertools
import math
import statistics
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from agent.conversation import Conversation, TurnResult
from bench.fake_model import RequestInfo
from core.settings import Settings
from triage.app import open_conversation

OPENER = "I have had a headache, a tummy ache and a rash on my arm"
"""Three complaint families, so the bank holds 22 questions: the intake keeps collecting."""

UNINFORMATIVE = "I'm not sure"
"""Every later answer: the fake model extracts nothing, so nothing ends the intake early."""

QUESTION_BUDGET = 30
"""Raised from the default 8 so a long conversation keeps collecting."""


def patient_lines(turns: int) -> list[str]:
    """Return the patient's messages for a conversation of ``turns`` turns."""
    return [OPENER, *[UNINFORMATIVE] * (turns - 1)][:turns]


def bench_settings(base_url: str, database: Path | str, **overrides: Any) -> Settings:
    """Return settings for the agent against the fake vLLM server and a SQLite file
    (a path) or any database (a URL, e.g. the throwaway Postgres of ``--databases``)."""
    values: dict[str, Any] = {
        "llm_backend": "vllm",
        "llm_base_url": base_url,
        "database_url": database if isinstance(database, str) else f"sqlite:///{database}",
        "question_budget": QUESTION_BUDGET,
    }
    values.update(overrides)
    return Settings(**values)


@asynccontextmanager
async def open_agent(
    base_url: str, database: Path | str, **overrides: Any
) -> AsyncIterator[Conversation]:
    """Yield the conversation service wired as the app wires it."""
    settings = bench_settings(base_url, database, **overrides)
    async with open_conversation(settings, announce=False) as conversation:
        yield conversation


async def timed_send(
    conversation: Conversation, session_id: str, text: str
) -> tuple[float, TurnResult]:
    """Run one turn; return its wall time in seconds and its result."""
    started = time.perf_counter()
    result = await conversation.send(session_id, text)
    return time.perf_counter() - started, result


def rounds(requests: Sequence[RequestInfo], latency_s: float) -> int:
    """Count sequential round trips: a request arriving within L/2 of the previous one joins
    its round (parallel calls), a later one starts a new round."""
    arrivals = sorted(r.received_at for r in requests)
    if not arrivals:
        return 0
    count = 1
    for before, after in itertools.pairwise(arrivals):
        if after - before > latency_s / 2:
            count += 1
    return count


def percentile(values: Sequence[float], pct: float) -> float:
    """Return the ``pct`` percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: Sequence[float], digits: int = 3) -> dict[str, float]:
    """Return the median and p95 of ``values``, rounded."""
    return {
        "median": round(statistics.median(values), digits),
        "p95": round(percentile(values, 95), digits),
    }


def target(name: str, wanted: str, value: float | None, met: bool | None) -> dict[str, Any]:
    """Return one design-target verdict for the report."""
    return {"name": name, "target": wanted, "value": value, "met": met}


def database_label(database_url: str | None) -> str:
    """Return ``sqlite`` or ``postgres`` for the database a figure ran on."""
    return "postgres" if database_url and database_url.startswith("postgresql") else "sqlite"


DATABASE_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def figure_name(figure: str, database: str) -> str:
    """Return a per-database figure's report name: SQLite keeps the plain name."""
    return figure if database == "sqlite" else f"{figure}_{database}"
