"""The emergency reply: a fixed template with the local emergency number, no LLM."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.transcript import flag_labels
from clinical.messages import text
from states.disposition import Disposition, level_or_none
from states.graph_state import TriageState
from states.outputs import FinalAdvice


async def emergency(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Tell the patient to call the emergency number now, with the reasons found."""
    context = runtime.context
    language = state.get("language") or context.default_language
    urgent_flags = [f for f in state.get("turn_flags", []) if f["level"] == "emergency"]
    reasons = flag_labels(urgent_flags or state.get("turn_flags", []))
    reply = text(
        "emergency",
        language,
        number=context.emergency_number,
        reasons="; ".join(reasons),
    )
    runtime.stream_writer({"type": "delta", "text": reply})
    return {
        "stage": "emergency",
        "reply": reply,
        "messages": [{"role": "agent", "content": reply, "message_id": None}],
        "advice": FinalAdvice(
            disposition=Disposition.EMERGENCY,
            rule_disposition=level_or_none(state.get("rule_level")),
            model_disposition=level_or_none(state.get("model_level")),
            message=reply,
            reasons=reasons,
            disclaimer=text("disclaimer", language),
        ).model_dump(mode="json"),
    }
