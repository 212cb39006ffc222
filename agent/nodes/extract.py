"""Symptom collection, part one: what the newest message adds to the intake record."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.transcript import latest_patient, pending_question
from clinical.answers import read_answer
from clinical.red_flags import parse_vitals
from states.graph_state import TriageState
from states.outputs import Extraction
from states.record import IntakeRecord

CHIEF_COMPLAINT_CHARS = 200


def pending_fills(state: TriageState, context: AgentContext) -> str | None:
    """Return what the question the patient is answering asks about (``fills``), if known."""
    question = state.get("question")
    if not question:
        return None
    try:
        return context.questions.get(question["id"]).fills
    except KeyError:
        return None


def plausible(update: IntakeRecord) -> IntakeRecord:
    """Drop symptoms that are prompt scaffolding, not symptoms (small models echo labels)."""
    kept = [
        s for s in update.symptoms if s.name.strip() and "_" not in s.name and "<" not in s.name
    ]
    return update.model_copy(update={"symptoms": kept})


async def extract(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Merge the model's extraction, then what the message says for sure, into the record."""
    context = runtime.context
    turn = latest_patient(state)
    record = IntakeRecord.model_validate(state.get("record") or {})
    failures = 0
    try:
        result = await context.llm.generate(
            Extraction,
            prompts.extract_messages(
                record=record.model_dump(),
                question=pending_question(state),
                message=turn["content"],
            ),
            max_tokens=400,
        )
        record = record.merged(plausible(result.update))
    except StructuredOutputFailed:
        failures = 1  # the raw message is in the transcript; the record just gains nothing
    # What the patient said for sure (typed vitals, an age, a score, the answer to the bank
    # question) is read without the model and wins over the model's reading.
    record = record.merged(IntakeRecord(vitals=parse_vitals(turn["content"])))
    record = record.merged(
        read_answer(turn["content"], fills=pending_fills(state, context), record=record)
    )
    if not record.chief_complaint:
        record.chief_complaint = turn["content"][:CHIEF_COMPLAINT_CHARS]
    return {"record": record.model_dump(), "llm_failures": failures}
