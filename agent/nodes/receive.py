"""Wait for the patient's next message.

``interrupt()`` re-runs this node from the top on resume, so it holds no LLM call and no
write: it only turns the resume value into a transcript turn.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.context import AgentContext
from clinical.language import detect_language, supported
from states.graph_state import TriageState


async def receive(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Pause until the patient answers, then record their message and language."""
    answer = interrupt({"awaiting": "patient", "stage": state.get("stage", "collecting")})
    text = str(answer["text"])
    previous = state.get("language") or runtime.context.default_language
    if "language" in answer:  # read once at the boundary (agent.patient_message)
        language = answer["language"] or previous  # None: no letters, the language holds
    else:
        language = supported(detect_language(text, default=previous))
    return {
        "messages": [{"role": "patient", "content": text, "message_id": answer.get("message_id")}],
        "language": language,
    }
