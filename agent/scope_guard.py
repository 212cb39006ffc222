"""What the patient sees streamed from a node: a fixed preface, then screened model text.

The question and advice nodes stream the model's text as it is written. The scope guard
(``clinical.scope``) must see it before the patient does, so :class:`PatientStream` holds
back the last few characters (a dose's unit arrives after its number: "400" then " mg")
and checks everything received so far before releasing more. On the first out-of-scope
piece it retracts what was shown and stops; the node then shows its safe replacement.
Text is released in steps of a few words (``RELEASE_STEP_CHARS``), not at every streamed
token. Each check gives the verdict of a check of the whole text so far, but reads only
from the start of a recent sentence (:class:`clinical.scope.StreamCheck`): the patterns
provably cannot match across the sentence end it starts after, and all before it passed
an earlier check, so a long reply costs about linear time, not quadratic, with the same
guarantee (nothing is shown that was not checked with everything before it).

The preface is the kind refusal when the patient asked for a dose, a prescription or a
diagnosis this turn; it stays in front of whatever follows, across retries and fallbacks.
"""

from __future__ import annotations

from agent.llm import TextSink
from clinical.messages import text
from clinical.scope import StreamCheck, load_scope
from states.disposition import Disposition
from states.graph_state import TriageState

HOLD_BACK_CHARS = 16  # longer than any number-and-unit a dose pattern needs to see whole
RELEASE_STEP_CHARS = 16  # about four tokens: the patient sees the text grow a few words at a time


def refusal(state: TriageState, language: str) -> str:
    """Return the kind refusal for what the newest message asked out of scope, or ""."""
    kind = state.get("scope_request")
    return text(f"scope_refusal.{kind}", language) if kind else ""


class PatientStream:
    """One node's stream to the patient (see the module docstring)."""

    def __init__(
        self, raw: TextSink, *, preface: str = "", level: Disposition | None = None
    ) -> None:
        self._raw = raw
        self.lead = f"{preface}\n\n" if preface else ""
        self._level = level
        self._check = StreamCheck(load_scope(), level)
        self._text = ""  # the model's text in the current attempt
        self._sent = 0  # how much of it the patient has seen
        self.blocked = False
        if self.lead:
            raw(self.lead)

    def model(self, piece: str | None) -> None:
        """Take streamed model text (``None``: the attempt restarts); a ``TextSink``."""
        if piece is None:
            self._retract()
            self._text, self.blocked = "", False
            self._check = StreamCheck(load_scope(), self._level)
            return
        if self.blocked:
            return
        self._text += piece
        if len(self._text) - HOLD_BACK_CHARS - self._sent < RELEASE_STEP_CHARS:
            return  # too little to show yet: checked once there is a step's worth
        if self._check.check(self._text) is not None:
            self.blocked = True
            self._retract()
            return
        self._release(len(self._text) - HOLD_BACK_CHARS)

    def finish(self) -> None:
        """Show the rest of the model's text: the node checked the whole of it and keeps it.

        A stream can be stopped by a half-written sentence that the whole text clears
        ("Do you have a cold" before its "?"); then the whole text is shown now.
        """
        self.blocked = False
        self._release(len(self._text))

    def replace(self, wording: str) -> None:
        """Show ``wording`` instead of the model's text."""
        self._retract()
        self.blocked = True
        self._raw(wording)

    def append(self, more: str) -> None:
        """Show fixed text after what is shown."""
        self._raw(more)

    def _release(self, end: int) -> None:
        if end > self._sent:
            self._raw(self._text[self._sent : end])
            self._sent = end

    def _retract(self) -> None:
        if self._sent:
            self._raw(None)
            if self.lead:
                self._raw(self.lead)
        self._sent = 0
