"""A streamed reply's server-sent events, read as the openai SDK's ``AsyncStream`` reads them
for ``cast_to=object``, with less work per event.

The SDK's stream passes every network chunk through five async generators (its stream, its
event iterator, its SSE decoder, its line decoder, httpx's byte iterator), splits lines with a
regular expression into a byte array, builds a ``ServerSentEvent`` per event and parses its
data with ``json.loads`` through the ``json`` module's Python wrappers. One streamed call
sends an event for every few characters of the reply, so the patient-facing call cost about
three times a plain one (``bench/``, 64 calls in flight). :class:`EventStream` reads the same
bytes from httpx (``Response.aiter_bytes``) in one generator: lines split with ``bytes``
methods, fields read as the SSE specification and the SDK's ``SSEDecoder`` read them, each
event's data parsed by ``json.loads`` as the SDK parses it.

What comes out is what the SDK yields, and what it raises is what the SDK raises: each
event's JSON value (an Assistants ``thread.`` event as ``{"data": ..., "event": ...}``), an
``openai.APIError`` for any other event whose value carries an ``error``,
``APITimeoutError`` / ``APIConnectionError`` (from the httpx exception) when reading fails,
the rest of an HTTP/1.1 body drained after ``[DONE]`` so the connection can be kept, and the
response closed however the iteration ends.
``tests/test_llm_stream.py`` feeds the same bytes to both and compares.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

import httpx2
import openai
from openai._httpx2 import request_exceptions, timeout_exceptions
from openai._streaming_cleanup import drain_response_async


class EventStream:
    """The JSON values of a streamed reply's events, as ``openai.AsyncStream[object]``."""

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response
        self._iterator = self._values()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> EventStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response and free its connection."""
        await self.response.aclose()

    async def _values(self) -> AsyncIterator[Any]:
        response = self.response
        try:
            async for event, data in self._events():
                if data.startswith("[DONE]"):
                    if response.http_version == "HTTP/1.1":
                        await drain_response_async(response)  # keep the connection
                    break
                value = json.loads(data)
                if event is not None and event.startswith("thread."):  # Assistants events
                    yield {"data": value, "event": event}
                    continue
                _raise_for_error(value, response)
                yield value
        finally:
            await response.aclose()

    async def _events(self) -> AsyncIterator[tuple[str | None, str]]:
        """Yield each dispatched event's (name, data), as the SDK's ``SSEDecoder`` does."""
        request = self.response.request
        event: str | None = None
        data: list[str] = []
        last_id: str | None = None
        retry: int | None = None
        pending = b""  # an unfinished line, carried to the next chunk
        skip_lf = False  # the last chunk ended in CR: an LF opening this one belongs to it
        try:
            async for chunk in self.response.aiter_bytes():
                if skip_lf and chunk[:1] == b"\n":
                    chunk = chunk[1:]
                text = pending + chunk if pending else chunk
                skip_lf = False
                if b"\r" in text:  # CR and CRLF end lines too
                    skip_lf = text.endswith(b"\r")
                    text = text.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                *lines, pending = text.split(b"\n")
                for raw in lines:
                    line = raw.decode("utf-8")
                    if not line:  # a blank line dispatches the event
                        if event is None and not data and not last_id and retry is None:
                            continue
                        yield event, "\n".join(data)
                        event, data, retry = None, [], None
                    elif line[0] == ":":
                        continue  # a comment
                    else:
                        name, _, value = line.partition(":")
                        if value[:1] == " ":
                            value = value[1:]
                        if name == "data":
                            data.append(value)
                        elif name == "event":
                            event = value or None
                        elif name == "id":
                            if "\0" not in value:
                                last_id = value
                        elif name == "retry":
                            with contextlib.suppress(ValueError):
                                retry = int(value)
            pending.decode("utf-8")  # an unfinished last line dispatches nothing
        except timeout_exceptions() as exc:
            raise openai.APITimeoutError(request=request) from exc
        except request_exceptions() as exc:
            raise openai.APIConnectionError(request=request) from exc


def _raise_for_error(value: Any, response: httpx2.Response) -> None:
    """Raise the SDK's ``APIError`` for an event whose value carries an ``error``."""
    if not isinstance(value, dict) or not value.get("error"):
        return
    error = value["error"]
    message = error.get("message") if isinstance(error, dict) else None
    if not message or not isinstance(message, str):
        message = "An error occurred during streaming"
    raise openai.APIError(message=message, request=response.request, body=error)
