"""Symptom collection, part one: what the newest message adds to the intake record."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.transcript import latest_patient, pending_question
from clinical.red_flags import parse_vitals
from states.graph_state import TriageState
from states.outputs import Extraction
from states.record import IntakeRecord

CHIEF_COMPLAINT_CHARS = 200


def plausible(update: IntakeRecord) -> IntakeRecord:
    """Drop symptoms that are prompt scaffolding, not symptoms (small models echo labels)."""
    kept = [
        s for s in update.symptoms if s.name.strip() and "_" not in s.name and "<" not in s.name
    ]
    return update.model_copy(update={"symptoms": kept})


async def extract(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Merge the model's extraction and any typed vital signs into the record."""
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
    record = record.merged(IntakeRecord(vitals=parse_vitals(turn["content"])))
    if not record.chief_complaint:
        record.chief_complaint = turn["content"][:CHIEF_COMPLAINT_CHARS]
    return {"record": record.model_dump(), "llm_failures": failures}
