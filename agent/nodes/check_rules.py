"""The deterministic red-flag layer, run once on every patient message before any LLM call."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.rules import (
    affirmed_signs,
    check_message,
    confirmation,
    confirmed_flags,
    rule_flags,
    rule_inputs,
    semantic_flags,
    semantic_reading,
    standing_level,
)
from agent.transcript import latest_patient
from clinical.scope import request_kind
from states.disposition import Disposition
from states.graph_state import TriageState
from states.record import IntakeRecord


async def check_rules(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Run the rule set on the newest message; an emergency here needs no LLM at all.

    A danger sign the rules held back (negated, past, hypothetical, someone else's) is
    never dropped silently: below an emergency, its confirming question is asked next, once
    per sign ("To be sure: do you have chest pain right now?"), and a yes to it is the
    emergency. Also note what of the record the rules saw (``assess`` runs them again only
    if extraction changed that), and whether the message asks for a dose, a prescription or
    a diagnosis: the question or advice that answers it starts with a kind refusal (an
    emergency wins).
    """
    context = runtime.context
    turn = latest_patient(state)
    record = IntakeRecord.model_validate(state.get("record") or {})
    affirmed = affirmed_signs(state)
    check = check_message(state, context, record, affirmed)
    flags = rule_flags(check.hits, turn["message_id"])
    flags += confirmed_flags(state, context, flags, affirmed)
    level = standing_level([*state.get("red_flags", []), *flags], record, context.rules)
    fired = await semantic_reading(state, context, level)
    raised = semantic_flags(state, context, level, fired)
    if raised:
        flags += raised
        level = standing_level([*state.get("red_flags", []), *flags], record, context.rules)
    confirm = None
    if level is not Disposition.EMERGENCY:
        confirm = confirmation(check.held_back, list(state.get("confirm_asked", [])))
    return {
        "turn_flags": flags,
        "red_flags": flags,
        "rule_level": level.value if level else None,
        "rules_saw": rule_inputs(record),
        "affirmed": affirmed,
        "confirming": confirm,
        "confirm_asked": [confirm["concept"]] if confirm else [],
        "model_level": None,
        "model_flags": [],
        "scope_request": request_kind(turn["content"]),
    }
