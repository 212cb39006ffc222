"""Symptom collection, part one: what the newest message adds to the intake record.

The record holds only what the patient said (``clinical.grounding``). What deterministic
reading can do — typed vital signs, an age, a 0-10 score, when it started, yes/no to
pregnancy (``clinical.answers``), and the answer to a topic question in the patient's own
words — is read without the model and wins over it. Under ``escalate`` the model's
extraction is merged first, after every field it filled was checked against the patient's
words on that topic; under ``phrasing`` (the bundled tiny model) the extraction call is
skipped: deterministic reading does better than it.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.questions import pending_bank_question
from agent.transcript import latest_patient, patient_texts, pending_question
from clinical.answers import read_answer
from clinical.grounding import ground_update, read_topic_answer
from clinical.vitals import parse_vitals
from states.graph_state import TriageState
from states.outputs import Extraction
from states.record import IntakeRecord

CHIEF_COMPLAINT_CHARS = 200


def pending_fills(state: TriageState, context: AgentContext) -> str | None:
    """Return what the question the patient is answering asks about (``fills``), if known."""
    question = pending_bank_question(state, context)
    return question.fills if question else None


async def extract(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Merge the model's grounded extraction, then what the message says for sure."""
    context = runtime.context
    text = latest_patient(state)["content"]
    before = IntakeRecord.model_validate(state.get("record") or {})
    fills = pending_fills(state, context)
    asked = pending_bank_question(state, context)
    record, failures = before, 0
    if context.trust == "escalate":
        try:
            result = await context.llm.generate(
                Extraction,
                prompts.extract_messages(
                    record=before.model_dump(),
                    question=pending_question(state),
                    message=text,
                ),
                max_tokens=400,
            )
            update = ground_update(
                result.update,
                message=text,
                patient_text="\n".join(patient_texts(state)),
                fills=fills,
                rules=context.rules,
            )
            record = before.merged(update)
        except StructuredOutputFailed:
            failures = 1  # the raw message is in the transcript; the record just gains nothing
    model_added = record != before
    if not record.chief_complaint:  # the raw complaint is never dropped
        record = record.model_copy(update={"chief_complaint": text[:CHIEF_COMPLAINT_CHARS]})
    if not model_added:  # the answer to a topic question, in the patient's own words
        record = record.merged(read_topic_answer(text, fills=fills, record=record))
    # What the patient said for sure wins over the model's reading.
    record = record.merged(IntakeRecord(vitals=parse_vitals(text)))
    asks_age = asked is not None and asked.asks_age
    record = record.merged(read_answer(text, fills=fills, record=record, asks_age=asks_age))
    return {"record": record.model_dump(), "llm_failures": failures}
