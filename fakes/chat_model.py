"""An enqueueing fake of the agent's structured model, for graph tests and benchmarks.

``FakeStructuredLLM`` stands where ``agent.llm.StructuredLLM`` stands (it is one, with no
server behind it): a test enqueues replies per schema and compiles ``build_graph()`` with an
in-memory checkpointer, in the style of LangGraph's own ``tests/fake_chat.py``.

    llm = FakeStructuredLLM.build()
    llm.enqueue(RedFlagAssessment, {"level": "emergency", "findings": [...]})
    llm.enqueue(Extraction, StructuredOutputFailed("down"))   # that call fails
    ...
    assert llm.titles() == ["Extraction", "RedFlagAssessment", "NextQuestion"]

A schema with nothing enqueued gets a calm default: no extraction, a self-care screening
with no findings, the first candidate question in its bank wording, self-care advice. That
is also the least urgent answer to every call. Streamed fields are passed to the sink in
small pieces, as the real client does.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from langchain_core.messages import BaseMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from agent.llm import StructuredLLM, TextSink

T = TypeVar("T", bound=BaseModel)
PIECE_CHARS = 4
CALM_ADVICE = {
    "disposition": "self_care",
    "message": "This sounds like something you can look after at home.",
    "reasons": [],
    "self_care": ["rest", "drink plenty of fluids"],
    "get_help_now_if": ["you find it hard to breathe"],
}


@dataclass(frozen=True)
class Call:
    """One structured call the fake answered."""

    schema: str
    messages: list[BaseMessage]
    max_tokens: int | None
    streamed: bool


def prompt_field(messages: Sequence[BaseMessage], name: str) -> Any:
    """Return a labelled line (``name: value``) of the user prompt, JSON-decoded if it can."""
    user = str(messages[-1].content)
    for line in user.splitlines():
        if line.startswith(f"{name}: "):
            raw = line[len(name) + 2 :]
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                return raw
    return None


def calm_default(schema: type[BaseModel], messages: Sequence[BaseMessage]) -> dict[str, Any]:
    """Return the least urgent sensible answer to ``schema``."""
    name = schema.__name__
    if name == "Extraction":
        return {"update": {}}
    if name == "RedFlagAssessment":
        return {"level": "self_care", "findings": []}
    if name == "NextQuestion":
        first = (prompt_field(messages, "candidates") or [{"id": "", "asks": ""}])[0]
        return {"question_id": first["id"], "question": first["asks"]}
    if name == "Advice":
        return dict(CALM_ADVICE)
    raise LookupError(f"the fake has no default for {name}")


@dataclass(frozen=True)
class FakeStructuredLLM(StructuredLLM):
    """A StructuredLLM that answers from per-schema queues, recording every call."""

    queues: dict[str, deque[Any]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)

    @classmethod
    def build(cls, backend: str = "vllm") -> FakeStructuredLLM:
        """Return a fake for ``backend`` (its client points nowhere and is never used)."""
        chat = ChatOpenAI(model="fake", base_url="http://127.0.0.1:9/v1", api_key="fake")  # type: ignore[arg-type]
        return cls(chat=chat, backend=backend, retries=0, max_tokens=1024)

    def enqueue(self, schema: type[BaseModel] | str, *replies: Any) -> FakeStructuredLLM:
        """Queue replies for ``schema``: models, dicts, JSON strings or exceptions to raise."""
        name = schema if isinstance(schema, str) else schema.__name__
        self.queues.setdefault(name, deque()).extend(replies)
        return self

    def titles(self) -> list[str]:
        """Return the schema names of the calls so far, in order."""
        return [call.schema for call in self.calls]

    def reset(self) -> None:
        """Forget the calls so far (queued replies stay)."""
        self.calls.clear()

    async def generate(
        self,
        schema: type[T],
        messages: Sequence[BaseMessage],
        *,
        max_tokens: int | None = None,
        stream_field: str | None = None,
        sink: TextSink | None = None,
    ) -> T:
        """Return the next queued reply for ``schema`` (or the calm default), validated."""
        name = schema.__name__
        self.calls.append(Call(name, list(messages), max_tokens, sink is not None))
        queue = self.queues.get(name)
        reply: Any = queue.popleft() if queue else calm_default(schema, messages)
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, str):
            reply = json.loads(reply)
        result = reply if isinstance(reply, schema) else schema.model_validate(reply)
        if stream_field is not None and sink is not None:
            text = str(getattr(result, stream_field))
            for start in range(0, len(text), PIECE_CHARS):
                sink(text[start : start + PIECE_CHARS])
        return result
