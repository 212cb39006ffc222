"""Scripted model behaviour for graph tests: what a well-behaved model would answer."""

from __future__ import annotations

import json
from typing import Any

from fakes import Reply, ScriptedResponder, schema_of


def user_prompt(body: dict[str, Any]) -> str:
    """Return the last user message of a chat request."""
    return next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")


def prompt_field(body: dict[str, Any], name: str) -> Any:
    """Return a labelled field (``name: value``) of the user prompt, JSON-decoded if it can."""
    for line in user_prompt(body).splitlines():
        if line.startswith(f"{name}: "):
            raw = line[len(name) + 2 :]
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                return raw
    return None


def first_candidate(body: dict[str, Any]) -> Reply:
    """Answer a NextQuestion request with the first candidate, in its bank wording."""
    candidates = prompt_field(body, "candidates")
    first = candidates[0]
    return Reply(content=json.dumps({"question_id": first["id"], "question": first["asks"]}))


EMPTY_UPDATE: dict[str, Any] = {"update": {}}
CALM = {"level": "self_care", "findings": []}
SELF_CARE_ADVICE = {
    "disposition": "self_care",
    "message": "This sounds like a common cold you can look after at home.",
    "reasons": ["mild symptoms for two days"],
    "self_care": ["rest", "drink plenty of fluids"],
    "get_help_now_if": ["you find it hard to breathe"],
}


def passages(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the passages a KnowledgeAnswer request gave the model."""
    prompt = user_prompt(body)
    start, end = prompt.find("<passages>"), prompt.find("</passages>")
    if start < 0 or end < 0:
        return []
    found = json.loads(prompt[start + len("<passages>") : end])
    return found if isinstance(found, list) else []


def first_passage(body: dict[str, Any]) -> Reply:
    """Answer a KnowledgeAnswer request with the first passage's text, citing it."""
    given = passages(body)
    if not given:
        return Reply(content=json.dumps({"answer": "", "cited": []}))
    return Reply(content=json.dumps({"answer": given[0]["text"], "cited": [given[0]["id"]]}))


def smart_default(body: dict[str, Any]) -> Reply:
    """Answer any schema sensibly when a test did not script it."""
    schema = schema_of(body) or {}
    title = schema.get("title")
    if title == "NextQuestion":
        return first_candidate(body)
    if title == "Extraction":
        return Reply(content=json.dumps(EMPTY_UPDATE))
    if title == "RedFlagAssessment":
        return Reply(content=json.dumps(CALM))
    if title == "Advice":
        return Reply(content=json.dumps(SELF_CARE_ADVICE))
    if title == "KnowledgeAnswer":
        return first_passage(body)
    return Reply(status=500, error_body={"error": {"message": f"unexpected schema {title}"}})


class ModelScript:
    """The fake server's responder for one test; ``use()`` swaps in a new script."""

    def __init__(self) -> None:
        self.current = ScriptedResponder({}, default=smart_default)

    def use(self, script: dict[str, list[Any]]) -> ScriptedResponder:
        """Answer from ``script`` (by schema title), anything unscripted sensibly."""
        self.current = ScriptedResponder(script, default=smart_default)
        return self.current

    @property
    def calls(self) -> dict[str, int]:
        """Requests per schema title since the last ``use()``."""
        return self.current.calls

    def __call__(self, body: dict[str, Any]) -> Reply:
        return self.current(body)
