"""Pure helpers that read the conversation out of the graph state."""

from __future__ import annotations

from typing import Any

from states.graph_state import RedFlag, TriageState, Turn


def latest_patient(state: TriageState) -> Turn:
    """Return the newest patient turn; the graph never runs a check without one."""
    for turn in reversed(state.get("messages", [])):
        if turn["role"] == "patient":
            return turn
    raise ValueError("no patient message in the state")


def earlier_patient_texts(state: TriageState) -> list[str]:
    """Return every patient message before the newest one, oldest first."""
    texts = [t["content"] for t in state.get("messages", []) if t["role"] == "patient"]
    return texts[:-1]


def patient_texts(state: TriageState) -> list[str]:
    """Return every patient message, oldest first (the newest last)."""
    return [t["content"] for t in state.get("messages", []) if t["role"] == "patient"]


def recent_turns(state: TriageState, n: int) -> list[dict[str, Any]]:
    """Return the last ``n`` turns before the newest patient message (bounded prompts)."""
    messages = state.get("messages", [])
    return [dict(t) for t in messages[:-1][-n:]]


def pending_question(state: TriageState) -> str | None:
    """Return the text of the question the patient is answering, if any."""
    question = state.get("question")
    return question.get("text") if question else None


def flag_labels(flags: list[RedFlag]) -> list[str]:
    """Return the distinct labels of ``flags`` in order."""
    seen: list[str] = []
    for flag in flags:
        if flag["label"] not in seen:
            seen.append(flag["label"])
    return seen
