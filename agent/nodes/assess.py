"""The join after extraction and screening: the floor, then what happens next.

The rules run again on the updated record (age, pregnancy and vitals the model just
extracted can complete a rule), and the level so far is the more urgent of the rules
and the model. The model can raise it, never lower it.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.nodes.check_rules import evaluate_rules
from agent.transcript import earlier_patient_texts, latest_patient
from clinical.questions import Question
from states.disposition import Disposition, more_urgent
from states.graph_state import TriageState
from states.record import IntakeRecord


def complaint_families(state: TriageState, context: AgentContext) -> list[str]:
    """Return the complaint families recognised in everything the patient said."""
    texts = [*earlier_patient_texts(state), latest_patient(state)["content"]]
    return context.questions.families_for(texts, context.rules)


def open_questions(
    state: TriageState, context: AgentContext, record: IntakeRecord, *, limit: int = 4
) -> list[Question]:
    """Return the bank questions still worth asking, or none when it is time to advise.

    Enough known ends the questions; so does a spent budget, except that a recognised
    complaint family's red-flag screening questions are always asked before advice.
    """
    asked = state.get("asked", [])
    families = complaint_families(state, context)
    if context.questions.is_complete(record, asked=asked, families=families):
        return []
    candidates = context.questions.candidates(record, asked=asked, families=families, limit=limit)
    if len(asked) >= context.question_budget:
        candidates = [q for q in candidates if q.fills == "screening"]
    return candidates


async def assess(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Combine rules and model, store the turn's flags, and choose ask, advise or emergency."""
    context = runtime.context
    record = IntakeRecord.model_validate(state.get("record") or {})
    earlier = {flag["flag_id"] for flag in state.get("turn_flags", [])}
    new_rule_flags = [
        flag for flag in evaluate_rules(state, context, record) if flag["flag_id"] not in earlier
    ]
    rule_level = more_urgent(state.get("rule_level"), *(f["level"] for f in new_rule_flags))
    new_flags = [*new_rule_flags, *state.get("model_flags", [])]
    level = more_urgent(rule_level, state.get("model_level"))

    if level is Disposition.EMERGENCY:
        step = "emergency"
    elif open_questions(state, context, record, limit=1):
        step = "ask"
    else:
        step = "advise"
    return {
        "turn_flags": [*state.get("turn_flags", []), *new_flags],
        "red_flags": new_flags,
        "rule_level": rule_level.value if rule_level else None,
        "next": step,
    }
