"""Health questions in a turn: how a message is routed, and what the turn shows.

The ``answer`` node keeps its answer in the graph state, tagged with the patient message it
answers. A question alone makes the answer the turn's reply. A question with symptoms goes
on into the intake, whose question (or advice) follows the answer in the same reply, as it
was streamed; an emergency found after the answer comes first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agent.transcript import latest_patient
from knowledge.routing import Route, route
from states.graph_state import TriageState


def message_route(state: TriageState) -> Route:
    """Return how the newest patient message is handled (``knowledge.routing``), where a
    question that made a red-flag rule fire counts as a symptom report too: "coughing up
    blood, what should I do?" gets its answer *and* the intake, whoever's words they are."""
    kind = route(latest_patient(state)["content"])
    if kind == "question" and (state.get("turn_flags") or resumed_already(state)):
        return "both"
    return kind


def resumed_already(state: TriageState) -> bool:
    """Return whether the pending intake question was already asked again after a health
    question: then this message is its answer too ("about 3, is that bad?"), and the intake
    goes on. Without this, an answer that asks back was never recorded and the same question
    came back turn after turn until the turn cap (a conversation with no disposition)."""
    question = state.get("question") or {}
    return bool(question.get("id")) and state.get("resumed") == question.get("id")


def turn_answer(values: dict[str, Any], message_id: int) -> tuple[str, list[dict[str, Any]]]:
    """Return the turn's reply and the sources its answer cited (none without an answer)."""
    reply = str(values.get("reply", ""))
    answer = values.get("answer") or {}
    if answer.get("message_id") != message_id:
        return reply, []  # no question this turn (an older answer stays in the state)
    text = str(answer.get("text", ""))
    sources = list(answer.get("sources") or [])
    if not answer.get("goes_on") or reply == text:
        return text, sources
    if values.get("stage") == "emergency":
        return f"{reply}\n\n{text}", sources
    return f"{text}\n\n{reply}", sources


def intake_started(record: Mapping[str, Any] | None) -> bool:
    """Return whether the symptom intake has begun: ``extract`` ran on some message (it always
    keeps a chief complaint), which a health question alone never reaches."""
    return bool((record or {}).get("chief_complaint"))
