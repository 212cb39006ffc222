"""The graph state: JSON-native values only, so any checkpointer stores it as is.

Nodes read typed views through the Pydantic models (``IntakeRecord.model_validate``) and
write plain dicts back. List fields with ``operator.add`` accumulate across turns.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, NotRequired, TypedDict

Stage = Literal["collecting", "advice", "emergency"]


class Turn(TypedDict):
    """One message of the conversation as the graph sees it."""

    role: Literal["patient", "agent"]
    content: str
    message_id: int | None  # id of the stored row in storage (patient messages)


class RedFlag(TypedDict):
    """One red flag raised by the rules or the model, with the message that triggered it."""

    flag_id: str  # rule id, or "model:<flag>" for the model's findings
    source: Literal["rule", "model"]
    level: str  # a Disposition value
    label: str
    evidence: str
    guideline: str | None
    message_id: int | None


class Confirming(TypedDict):
    """A danger sign the rules held back (negated, past, someone else's): asked about once."""

    concept: str
    sign: str
    question: str  # "To be sure: do you have chest pain right now?"
    evidence: str  # the patient's words it was said in
    topic: NotRequired[list[str]]  # what the question asks about ("neurological", ...)


class TriageState(TypedDict, total=False):
    """Everything the graph carries between nodes and across turns."""

    session_id: str
    language: str  # "en", "zh", ... : the language of the patient's latest message
    messages: Annotated[list[Turn], operator.add]
    record: dict[str, Any]  # IntakeRecord.model_dump()
    asked: Annotated[list[str], operator.add]  # question-bank ids already asked
    red_flags: Annotated[list[RedFlag], operator.add]
    turn_flags: list[RedFlag]  # red flags raised by the latest patient message
    model_flags: list[RedFlag]  # the model's grounded findings on the latest message
    rule_level: str | None  # the most urgent level of the rule flags that stand (agent.rules)
    rules_saw: dict[str, Any]  # what the rules read of the record on this message
    confirming: Confirming | None  # a held-back sign whose confirming question comes next
    confirm_asked: Annotated[list[str], operator.add]  # held-back concepts asked about
    affirmed: list[str]  # held-back concepts the newest message confirmed ("yes")
    model_level: str | None  # the model's level for the latest message
    scope_request: str | None  # the latest message asks for a dose, prescription or diagnosis
    stage: Stage
    next: Literal["ask", "advise", "emergency"]  # decided by the assess node
    candidates: list[str]  # bank question ids assess chose for ask, most useful first
    question: dict[str, Any] | None  # {"id", "text", "source"} of the pending question
    resumed: str | None  # id of the pending question asked again after a health question
    advice: dict[str, Any] | None  # the final advice, see agent.nodes.advise
    answer: dict[str, Any] | None  # the latest answer to a health question, agent.nodes.answer
    reply: str  # the agent's latest message to the patient
    llm_failures: Annotated[int, operator.add]  # structured calls that fell back
