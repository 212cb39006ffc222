"""What the conversation service returns: a turn's result, a session's history, a new session.

Re-exported by ``agent.conversation``, which builds them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class TurnResult:
    """What the patient sees after one turn, and what `triage chat --json` prints."""

    session_id: str
    stage: str  # collecting | advice | emergency
    reply: str
    disposition: str | None
    red_flags: list[dict[str, Any]] = field(default_factory=list)
    advice: dict[str, Any] | None = None
    fallbacks: int = 0  # model calls that failed this turn and fell back to safe defaults
    # The documents an answer to a health question cited this turn: title, section, version.
    sources: list[dict[str, Any]] = field(default_factory=list)
    intake_started: bool = False  # the symptom intake has begun (a question alone does not)

    @property
    def done(self) -> bool:
        """Return whether the conversation reached a disposition."""
        return self.disposition is not None

    def to_json(self) -> dict[str, Any]:
        """Return the JSON-ready form (red flags without internal ids)."""
        data = asdict(self)
        for hidden in ("fallbacks", "intake_started"):
            data.pop(hidden)
        data["red_flags"] = [
            {k: f[k] for k in ("flag_id", "source", "level", "label", "evidence")}
            for f in self.red_flags
        ]
        return data


@dataclass
class History:
    """A stored session as its patient sees it again: transcript, stage and any advice."""

    session_id: str
    language: str
    stage: str
    disposition: str | None
    messages: list[tuple[str, str]]  # (role, content), in order
    red_flags: list[dict[str, Any]]
    advice: dict[str, Any] | None
    intake_started: bool = False  # as in TurnResult, from the intake snapshots
    answered: int = 0  # the patient's messages after the one that began the intake


@dataclass
class Started:
    """A new session: its id, the patient's secret resume token, and the greeting."""

    session_id: str
    token: str
    greeting: str
    language: str
