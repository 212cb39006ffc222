"""The OpenAI chat-completions wire format the fake server speaks.

A `Reply` as a `chat.completion` object or as Server-Sent Events (with usage when asked,
cut short when the reply says so), and the response that sends them.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from fakes.responders import Reply

FAKE_MODEL = "fake-model"
STREAM_PIECE_CHARS = 4  # characters of content per streamed chunk


def _count_tokens(text: str) -> int:
    """Estimate tokens as characters / 4, rounded up."""
    return math.ceil(len(text) / 4)


def _messages_text(body: Mapping[str, Any]) -> str:
    """Concatenate the text of the request's messages (string or text-part content)."""
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, Mapping) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(part.get("text", "")) for part in content if isinstance(part, Mapping))
    return "".join(parts)


def _usage(body: Mapping[str, Any], reply: Reply) -> dict[str, int]:
    prompt = reply.prompt_tokens
    if prompt is None:
        prompt = _count_tokens(_messages_text(body))
    completion = reply.completion_tokens
    if completion is None:
        completion = _count_tokens(reply.content)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _sse(payload: Mapping[str, Any] | str) -> bytes:
    """Encode one Server-Sent Event the way OpenAI does: `data: <compact json>`."""
    data = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    return f"data: {data}\n\n".encode()


class ChunkedResponse(Response):
    """Send the status line, headers and `chunks`, then drop the connection if `cut`."""

    def __init__(self, chunks: list[bytes], media_type: str, *, cut: bool) -> None:
        super().__init__(media_type=media_type)
        del self.headers["content-length"]  # unknown length: chunked transfer encoding
        self.headers["cache-control"] = "no-cache"
        self._chunks = chunks
        self._cut = cut

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        for chunk in self._chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if not self._cut:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        # Returning without the final body message makes uvicorn close the connection (it
        # logs "ASGI callable returned without completing response"): what a dropped
        # upstream looks like to the client.


def stream_chunks(body: Mapping[str, Any], reply: Reply, completion_id: str) -> list[bytes]:
    """Build the SSE events for a streamed reply, stopping early if it is cut."""
    stream_options = body.get("stream_options")
    include_usage = isinstance(stream_options, Mapping) and bool(
        stream_options.get("include_usage")
    )
    base: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model", FAKE_MODEL),
        "system_fingerprint": None,
    }

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        event: dict[str, Any] = {**base, "choices": [choice]}
        if include_usage:
            event["usage"] = None
        return _sse(event)

    content = reply.content
    if reply.cut_after_chars is not None:
        content = content[: reply.cut_after_chars]
    events = [chunk({"role": "assistant", "content": ""})]
    events += [
        chunk({"content": content[i : i + STREAM_PIECE_CHARS]})
        for i in range(0, len(content), STREAM_PIECE_CHARS)
    ]
    if reply.cut_after_chars is not None:
        return events
    events.append(chunk({}, reply.finish_reason))
    if include_usage:
        events.append(_sse({**base, "choices": [], "usage": _usage(body, reply)}))
    events.append(_sse("[DONE]"))
    return events


def completion(body: Mapping[str, Any], reply: Reply, completion_id: str) -> dict[str, Any]:
    """Build a non-streaming `chat.completion` object."""
    message = {"role": "assistant", "content": reply.content, "refusal": None}
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", FAKE_MODEL),
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": _usage(body, reply),
        "system_fingerprint": None,
    }
