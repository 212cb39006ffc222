"""The deterministic red-flag layer, run once on every patient message before any LLM call."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.rules import evaluate_rules, rule_inputs
from agent.transcript import latest_patient
from clinical.scope import request_kind
from states.disposition import more_urgent
from states.graph_state import TriageState
from states.record import IntakeRecord


async def check_rules(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Run the rule set on the newest message; an emergency here needs no LLM at all.

    Also note what of the record the rules saw (``assess`` runs them again only if
    extraction changed that), and whether the message asks for a dose, a prescription or a
    diagnosis: the question or advice that answers it starts with a kind refusal (an
    emergency wins).
    """
    record = IntakeRecord.model_validate(state.get("record") or {})
    flags = evaluate_rules(state, runtime.context, record)
    level = more_urgent(state.get("rule_level"), *(flag["level"] for flag in flags))
    return {
        "turn_flags": flags,
        "red_flags": flags,
        "rule_level": level.value if level else None,
        "rules_saw": rule_inputs(record),
        "model_level": None,
        "model_flags": [],
        "scope_request": request_kind(latest_patient(state)["content"]),
    }
