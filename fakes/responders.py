"""What the fake OpenAI server answers: a `Reply` per request, chosen by a responder.

`ScriptedResponder` routes by the title of the JSON schema the caller asked for, which is
what graph tests need; any callable from a request body to a `Reply` will do.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel


@dataclass(frozen=True)
class Reply:
    """One answer from the fake server.

    `status != 200` sends `error_body` (default: an OpenAI-style error) with that status.
    `delay_s` is the latency before the first byte. `cut_after_chars` drops the connection
    early: a streaming reply sends that many characters of content and then closes without
    the finish chunk or `[DONE]`; a non-streaming reply sends only the headers. Token counts
    default to roughly characters / 4 of the request's messages and of `content`.
    """

    content: str = ""
    status: int = 200
    error_body: dict[str, Any] | None = None
    delay_s: float = 0.0
    cut_after_chars: int | None = None
    finish_reason: str = "stop"
    prompt_tokens: int | None = None
    completion_tokens: int | None = None

    def __post_init__(self) -> None:
        if not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {self.status}")
        if self.delay_s < 0:
            raise ValueError(f"delay_s must be >= 0, got {self.delay_s}")
        if self.cut_after_chars is not None and self.cut_after_chars < 0:
            raise ValueError(f"cut_after_chars must be >= 0, got {self.cut_after_chars}")


Responder = Callable[[dict[str, Any]], Reply]
ScriptItem = Reply | str | Mapping[str, Any] | BaseModel


def schema_of(body: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the JSON schema a chat-completions request body asks for, or None.

    Understands the vLLM/OpenAI form `{"type": "json_schema", "json_schema": {"schema": S}}`
    and the llama.cpp form `{"type": "json_object", "schema": S}`.
    """
    response_format = body.get("response_format")
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        json_schema = response_format.get("json_schema")
        schema = json_schema.get("schema") if isinstance(json_schema, Mapping) else None
    elif kind == "json_object":
        schema = response_format.get("schema")
    else:
        schema = None
    return dict(schema) if isinstance(schema, Mapping) else None


def _schema_title(body: Mapping[str, Any]) -> str | None:
    """Return the schema's `title`, else the `json_schema.name`, else None."""
    schema = schema_of(body)
    if schema is not None and isinstance(schema.get("title"), str):
        return str(schema["title"])
    response_format = body.get("response_format")
    json_schema = (
        response_format.get("json_schema") if isinstance(response_format, Mapping) else None
    )
    if isinstance(json_schema, Mapping) and isinstance(json_schema.get("name"), str):
        return str(json_schema["name"])
    return None


def error_body(status: int, message: str | None = None) -> dict[str, Any]:
    """Build an OpenAI-style error body for `status`."""
    if status == 429:
        kind, code = "requests", "rate_limit_exceeded"
    elif status >= 500:
        kind, code = "server_error", None
    else:
        kind, code = "invalid_request_error", None
    if message is None:
        message = f"Fake error: HTTP {status} {HTTPStatus(status).phrase}"
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _to_reply(item: ScriptItem) -> Reply:
    """Turn a script item into a Reply (dicts and models become JSON content)."""
    if isinstance(item, Reply):
        return item
    if isinstance(item, str):
        return Reply(content=item)
    if isinstance(item, BaseModel):
        return Reply(content=item.model_dump_json())
    if isinstance(item, Mapping):
        return Reply(content=json.dumps(item))
    raise TypeError(f"script items must be Reply, str, dict or a pydantic model, got {item!r}")


class ScriptedResponder:
    """Answer each request with the next scripted reply for its JSON schema's title.

    The title is the schema's `title` (Pydantic sets it to the class name, e.g. `Extraction`),
    falling back to `json_schema.name`. Each title's replies are used in order; once a list
    is used up its last reply repeats for every further call. A title without a script (or a
    request without a schema) goes to `default` if given, otherwise it gets HTTP 500 with an
    error message naming the title, so the failing test shows what it forgot to script.
    `calls` counts requests per title (scripted or not). Safe to call from many threads.
    """

    def __init__(
        self,
        script: Mapping[str, Sequence[ScriptItem]],
        *,
        default: Responder | None = None,
    ) -> None:
        self._replies: dict[str, list[Reply]] = {}
        for title, items in script.items():
            if isinstance(items, str | bytes) or not items:
                raise ValueError(f"script for {title!r} must be a non-empty list of replies")
            self._replies[title] = [_to_reply(item) for item in items]
        self._next: dict[str, int] = dict.fromkeys(self._replies, 0)
        self._calls: dict[str, int] = {}
        self._default = default
        self._lock = threading.Lock()

    @property
    def calls(self) -> dict[str, int]:
        """Requests seen per schema title (a snapshot)."""
        with self._lock:
            return dict(self._calls)

    def __call__(self, body: dict[str, Any]) -> Reply:
        """Return the reply for this request body."""
        title = _schema_title(body)
        with self._lock:
            if title is not None:
                self._calls[title] = self._calls.get(title, 0) + 1
            if title is not None and title in self._replies:
                replies = self._replies[title]
                index = self._next[title]
                self._next[title] = index + 1
                return replies[min(index, len(replies) - 1)]
        if self._default is not None:
            return self._default(body)
        if title is None:
            message = "ScriptedResponder: request has no JSON schema in response_format"
        else:
            message = (
                f"ScriptedResponder has no script for schema title {title!r} "
                f"(scripted: {sorted(self._replies)})"
            )
        return Reply(status=500, error_body=error_body(500, message))
