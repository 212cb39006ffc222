"""A streamed reply read by agent.model_stream: what the openai SDK's ``AsyncStream`` yields
and raises for the same bytes, chunked any way."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx2
import openai
import pytest

from agent.llm import make_chat_model
from agent.model_stream import EventStream
from core.settings import Settings

URL = "http://127.0.0.1:9/v1/chat/completions"


def chunk(text: str) -> dict[str, Any]:
    return {"id": "c1", "choices": [{"index": 0, "delta": {"content": text}}]}


def sse(*values: Any) -> bytes:
    return b"".join(b"data: " + json.dumps(v).encode() + b"\n\n" for v in values)


USAGE = {"id": "c1", "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2}}
PLAIN = sse(chunk('{"question'), chunk('": "How long — 多久?"}'), USAGE) + b"data: [DONE]\n\n"

STREAMS: dict[str, bytes] = {
    "vllm": PLAIN,
    "crlf": PLAIN.replace(b"\n", b"\r\n"),
    "cr": PLAIN.replace(b"\n", b"\r"),
    "comments_and_fields": (
        b": keep-alive\n\nid: 7\nretry: 1000\nevent: message\ndata: "
        + json.dumps(chunk("a")).encode()
        + b'\n\nretry: soon\ndata: {"x":\ndata: 1}\n\n'
        + b"data:"
        + json.dumps(chunk("b")).encode()
        + b"\n\ndata: [DONE]\n\n"
    ),
    "no_done": sse(chunk("a"), chunk("b")),
    # After an id, every blank line dispatches: a CRLF read as two line ends would show.
    "id_then_crlf": (b"id: 7\r\n" + PLAIN).replace(b"\n", b"\r\n").replace(b"\r\r", b"\r"),
    "last_event_unfinished": sse(chunk("a")) + b"data: " + json.dumps(chunk("b")).encode(),
    "thread_event": b'event: thread.run.created\ndata: {"id": "r1"}\n\n' + sse(chunk("a")),
    "error_event": sse(chunk("a"), {"error": {"message": "overloaded", "code": 503}}),
    "error_without_message": sse({"error": {"code": 1}}),
    "null_value": b"data: null\n\n" + sse(chunk("a")),
    "after_done": sse(chunk("a")) + b"data: [DONE]\n\n" + sse(chunk("never")),
}


def pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] or [b""]


def response(parts: Sequence[bytes]) -> httpx2.Response:
    async def body() -> AsyncIterator[bytes]:
        for part in parts:
            yield part

    return httpx2.Response(
        200,
        headers={"content-type": "text/event-stream"},
        content=body(),
        request=httpx2.Request("POST", URL),
    )


def client() -> openai.AsyncOpenAI:
    settings = Settings(llm_backend="vllm", llm_base_url="http://127.0.0.1:9/v1")
    return make_chat_model(settings).root_async_client


async def read(stream: Any) -> tuple[list[Any], Any]:
    """Return what a stream yielded and what it raised (type, text, body), and whether the
    response ended closed."""
    values: list[Any] = []
    raised: Any = None
    try:
        async with stream:
            async for value in stream:
                values.append(value)
    except openai.OpenAIError as exc:
        raised = (type(exc), str(exc), getattr(exc, "body", None))
    return values, (raised, stream.response.is_closed)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 100_000])
@pytest.mark.parametrize("name", list(STREAMS))
async def test_the_same_values_and_errors_as_the_sdks_stream(name: str, size: int) -> None:
    parts = pieces(STREAMS[name], size)
    by_sdk = await read(
        openai.AsyncStream(cast_to=object, response=response(parts), client=client())
    )
    ours = await read(EventStream(response(parts)))
    assert ours == by_sdk


async def test_a_broken_connection_raises_what_the_sdk_raises() -> None:
    async def broken() -> AsyncIterator[bytes]:
        yield sse(chunk("a"))
        raise httpx2.ReadError("connection reset")

    async def timed_out() -> AsyncIterator[bytes]:
        yield sse(chunk("a"))
        raise httpx2.ReadTimeout("slow")

    for failing in (broken, timed_out):
        raised = []
        for make in (
            lambda r: openai.AsyncStream(cast_to=object, response=r, client=client()),
            EventStream,
        ):
            request = httpx2.Request("POST", URL)
            stream = make(httpx2.Response(200, content=failing(), request=request))
            with pytest.raises(openai.APIConnectionError) as info:
                async for _ in stream:
                    pass
            raised.append((type(info.value), str(info.value), type(info.value.__cause__)))
        assert raised[1] == raised[0]
