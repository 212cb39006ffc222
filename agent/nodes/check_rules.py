"""The deterministic red-flag layer, run on every patient message before any LLM call."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.transcript import earlier_patient_texts, latest_patient
from clinical.red_flags import RuleHit
from clinical.scope import request_kind
from states.disposition import more_urgent
from states.graph_state import RedFlag, TriageState
from states.record import IntakeRecord


def rule_flags(hits: list[RuleHit], message_id: int | None) -> list[RedFlag]:
    """Turn rule hits into red-flag entries tied to the triggering message."""
    return [
        {
            "flag_id": hit.rule_id,
            "source": "rule",
            "level": hit.level.value,
            "label": hit.label,
            "evidence": hit.evidence,
            "guideline": hit.guideline,
            "message_id": message_id,
        }
        for hit in hits
    ]


def evaluate_rules(
    state: TriageState, context: AgentContext, record: IntakeRecord
) -> list[RedFlag]:
    """Return the red flags the rules raise on the newest patient message."""
    turn = latest_patient(state)
    hits = context.rules.evaluate(
        turn["content"],
        record=record,
        earlier=earlier_patient_texts(state),
        language=state.get("language") or context.default_language,
    )
    return rule_flags(hits, turn["message_id"])


async def check_rules(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Run the rule set on the newest message; an emergency here needs no LLM at all.

    Also note whether the message asks for a dose, a prescription or a diagnosis: the
    question or advice that answers it starts with a kind refusal (an emergency wins).
    """
    record = IntakeRecord.model_validate(state.get("record") or {})
    flags = evaluate_rules(state, runtime.context, record)
    level = more_urgent(state.get("rule_level"), *(flag["level"] for flag in flags))
    return {
        "turn_flags": flags,
        "red_flags": flags,
        "rule_level": level.value if level else None,
        "model_level": None,
        "scope_request": request_kind(latest_patient(state)["content"]),
    }
