"""The deterministic red-flag layer as the graph uses it: once per message, again only if needed.

``check_rules`` evaluates the newest message before any model call, with the record as it
was. Extraction may then add what the rules also read from the record (age, pregnancy,
vital signs, long-term conditions, medicines, durations): only when that part changed does
``assess`` evaluate again (:func:`rule_inputs`).
"""

from __future__ import annotations

from typing import Any

from agent.context import AgentContext
from agent.transcript import earlier_patient_texts, latest_patient
from clinical.red_flags import RuleHit
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


def rule_inputs(record: IntakeRecord) -> dict[str, Any]:
    """Return the part of the record the rules read (``RuleSet.evaluate``), JSON-native.

    Two records with the same inputs give the same rule hits on the same message, so the
    rules need not run again when only other fields (a symptom's location, an allergy)
    changed.
    """
    return {
        "age_years": record.age_years,
        "pregnant": record.pregnant,
        "conditions": list(record.conditions),
        "medications": list(record.medications),
        "durations": [s.duration for s in record.symptoms if s.duration],
        "vitals": record.vitals.model_dump(exclude_none=True),
    }


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
