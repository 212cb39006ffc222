"""The join after extraction and screening: the level so far, then what happens next.

The rules run again only when extraction changed what they read of the record (age,
pregnancy, vital signs, conditions, medicines, durations: ``agent.rules.rule_inputs``).
The level so far is the more urgent of the rules and, when the model is trusted to raise
it, the model (``agent.weighing``); nothing lowers the rules' level. The next questions are
chosen here, once, and passed to ``ask`` in the state (``candidates``).
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.questions import open_questions
from agent.rules import evaluate_rules, rule_inputs, standing_level
from agent.weighing import level_so_far
from states.disposition import Disposition
from states.graph_state import RedFlag, TriageState
from states.record import IntakeRecord


def new_rule_flags(
    state: TriageState, context: AgentContext, record: IntakeRecord
) -> list[RedFlag]:
    """Return the rule flags the updated record adds; none without evaluating if it cannot."""
    if rule_inputs(record) == state.get("rules_saw"):
        return []
    earlier = {flag["flag_id"] for flag in state.get("turn_flags", [])}
    return [f for f in evaluate_rules(state, context, record) if f["flag_id"] not in earlier]


async def assess(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Combine rules and model, store the turn's flags, and choose ask, advise or emergency."""
    context = runtime.context
    record = IntakeRecord.model_validate(state.get("record") or {})
    rule_flags = new_rule_flags(state, context, record)
    rule_level = standing_level([*state.get("red_flags", []), *rule_flags], record, context.rules)
    new_flags = [*rule_flags, *state.get("model_flags", [])]
    level = level_so_far(rule_level, state.get("model_level"), trust=context.trust)

    candidates: list[str] = []
    if level is Disposition.EMERGENCY:
        step = "emergency"
    else:
        candidates = [q.id for q in open_questions(state, context, record)]
        # A held-back danger sign's confirming question comes before anything else.
        step = "ask" if candidates or state.get("confirming") else "advise"
    return {
        "turn_flags": [*state.get("turn_flags", []), *new_flags],
        "red_flags": new_flags,
        "rule_level": rule_level.value if rule_level else None,
        "candidates": candidates,
        "next": step,
    }
