"""What a turn with an answer to a health question shows: the answer, then the intake's reply.

The ``answer`` node keeps its answer in the graph state, tagged with the patient message it
answers. A question alone makes the answer the turn's reply. A question with symptoms goes
on into the intake, whose question (or advice) follows the answer in the same reply, as it
was streamed; an emergency found after the answer comes first.
"""

from __future__ import annotations

from typing import Any


def turn_answer(values: dict[str, Any], message_id: int) -> tuple[str, list[dict[str, Any]]]:
    """Return the turn's reply and the sources its answer cited (none without an answer)."""
    reply = str(values.get("reply", ""))
    answer = values.get("answer") or {}
    if answer.get("message_id") != message_id:
        return reply, []  # no question this turn (an older answer stays in the state)
    text = str(answer.get("text", ""))
    sources = list(answer.get("sources") or [])
    if not answer.get("goes_on") or reply == text:
        return text, sources
    if values.get("stage") == "emergency":
        return f"{reply}\n\n{text}", sources
    return f"{text}\n\n{reply}", sources
