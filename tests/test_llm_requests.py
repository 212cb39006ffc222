"""The model's requests sent from a request built once (agent.model_requests): the same
request, the same replies and the same exceptions as the openai SDK's ``post``.

Each test sends the same body both ways, through ``client.post(..., cast_to=object)`` (what
the agent did before, :class:`SdkCompletions`) and through :class:`ChatCompletions`, against
the fake server, and compares what the server received, what came back and what was raised.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import openai
import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from openai._utils._json import openapi_dumps

import agent.model_requests as model_requests
import states.outputs as outputs
from agent.llm import make_chat_model, make_llm, request_body
from agent.model_requests import ChatCompletions, SdkCompletions, body_bytes, completions_for
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import ModelScript
from states.outputs import Extraction, NextQuestion

UPDATE = {"update": {"chief_complaint": "a sore knee, 4/10 — 膝盖痛"}}
QUESTION = {"question_id": "q1", "question": "How long has it hurt?"}
MESSAGES = [SystemMessage(content="You extract."), HumanMessage(content="膝盖痛 since Monday")]


def body(stream: bool) -> dict[str, Any]:
    schema = NextQuestion if stream else Extraction
    return request_body(
        model="m",
        temperature=0.0,
        backend="vllm",
        schema=schema,
        messages=MESSAGES,
        max_tokens=100,
        stream=stream,
    )


def client_for(base_url: str, timeout_s: float = 30.0) -> openai.AsyncOpenAI:
    settings = Settings(llm_backend="vllm", llm_base_url=base_url, llm_timeout_s=timeout_s)
    return make_chat_model(settings).root_async_client


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def send(way: Any, stream: bool) -> Any:
    """Send ``body(stream)`` one way; return the reply (a streamed one as its chunks)."""
    if not stream:
        return await way.json(body(stream))
    chunks = []
    async with await way.stream(body(stream)) as events:
        async for chunk in events:
            chunks.append(chunk)
    return chunks


def without_ids(reply: Any) -> Any:
    """A reply with the fields the fake makes up per request (id, time) blanked."""
    text = json.dumps(reply)
    for chunk in reply if isinstance(reply, list) else [reply]:
        for key in ("id", "created"):
            text = text.replace(json.dumps(chunk[key]), '"*"')
    return json.loads(text)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_the_request_and_reply_are_the_sdks(
    model: ModelScript, fake_llm: FakeOpenAIServer, stream: bool
) -> None:
    content = json.dumps(QUESTION if stream else UPDATE, ensure_ascii=False)
    model.use({"NextQuestion": [content] * 2, "Extraction": [content] * 2})
    client = client_for(fake_llm.base_url)
    ours = completions_for(client)
    assert isinstance(ours, ChatCompletions)

    by_sdk = await send(SdkCompletions(client), stream)
    by_us = await send(ours, stream)

    assert without_ids(by_us) == without_ids(by_sdk)
    sdk_request, our_request = fake_llm.requests
    assert our_request.path == sdk_request.path == "/v1/chat/completions"
    assert our_request.body == sdk_request.body == body(stream)
    assert our_request.headers == sdk_request.headers  # every header, auth and platform too


async def test_a_call_builds_no_request_through_the_sdk(
    model: ModelScript, fake_llm: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The per-call work skipped: the SDK's request options, headers and URL, built once.
    model.use({"Extraction": [UPDATE], "NextQuestion": [QUESTION]})
    llm = make_llm(Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url))
    client = llm.chat.root_async_client

    def built(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the SDK built a request")

    monkeypatch.setattr(client, "_build_request", built)
    monkeypatch.setattr(client, "request", built)
    assert await llm.generate(Extraction, MESSAGES) == Extraction.model_validate(UPDATE)
    pieces: list[str | None] = []
    question = await llm.generate(
        NextQuestion, MESSAGES, stream_field="question", sink=pieces.append
    )
    assert question == NextQuestion.model_validate(QUESTION)
    assert "".join(p for p in pieces if p) == QUESTION["question"]


FAULTS: dict[str, Reply] = {
    "http_500": Reply(status=500),
    "http_429": Reply(status=429),
    "http_400": Reply(status=400, error_body={"error": {"message": "bad schema", "code": 1}}),
    "http_404_text": Reply(status=404, error_body={"detail": "no such model"}),
    "cut_mid_reply": Reply(content=json.dumps(UPDATE), cut_after_chars=12),
    "slow": Reply(content=json.dumps(UPDATE), delay_s=2.0),
}


def failure(exc: BaseException) -> tuple[Any, ...]:
    """What a caller can see of an exception: its type, text, status and body."""
    return (
        type(exc),
        str(exc),
        getattr(exc, "status_code", None),
        getattr(exc, "body", None),
        type(exc.__cause__),
    )


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_failure_raises_what_the_sdk_raises(
    model: ModelScript, fake_llm: FakeOpenAIServer, fault: str, stream: bool
) -> None:
    title = "NextQuestion" if stream else "Extraction"
    model.use({title: [FAULTS[fault]] * 2})
    client = client_for(fake_llm.base_url, timeout_s=0.5)
    raised = []
    for way in (SdkCompletions(client), completions_for(client)):
        with pytest.raises(openai.OpenAIError) as info:
            await send(way, stream)
        raised.append(failure(info.value))
    assert raised[1] == raised[0]
    assert len(fake_llm.requests) == 2  # one request each, no retry inside the SDK


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_a_refused_connection_raises_what_the_sdk_raises(stream: bool) -> None:
    client = client_for(f"http://127.0.0.1:{closed_port()}/v1")
    raised = []
    for way in (SdkCompletions(client), completions_for(client)):
        with pytest.raises(openai.APIConnectionError) as info:
            await send(way, stream)
        raised.append(failure(info.value))
    assert raised[1] == raised[0]


async def test_a_client_whose_requests_change_per_call_keeps_the_sdks_path(
    fake_llm: FakeOpenAIServer,
) -> None:
    async def key() -> str:
        return "rotated"

    client = openai.AsyncOpenAI(base_url=fake_llm.base_url, api_key=key, max_retries=0)
    assert isinstance(completions_for(client), SdkCompletions)


TRICKY = [
    'a "quoted" word, a back\\slash and a NUL \x00',
    "\x00fixed-json-0\x00",  # a fixed value's placeholder, typed by the patient
    '"response_format":"\\u0000fixed-json-0\\u0000" and "response_format":"\x00fixed-json-1\x00"',
    "膝盖痛 since Monday — 4/10",
]


@pytest.mark.parametrize("backend", ["vllm", "llamacpp"])
@pytest.mark.parametrize("stream", [False, True])
def test_a_body_is_sent_as_the_sdk_serialises_it(backend: str, stream: bool) -> None:

    schemas = [
        value
        for value in vars(outputs).values()
        if isinstance(value, type)
        and value.__module__ == outputs.__name__
        and hasattr(value, "model_json_schema")
    ]
    assert len(schemas) >= 4
    for schema in schemas:
        for text in TRICKY:
            sent = request_body(
                model="m",
                temperature=None if stream else 0.2,
                backend=backend,
                schema=schema,
                messages=[SystemMessage(content="You extract."), HumanMessage(content=text)],
                max_tokens=100,
                stream=stream,
            )
            assert body_bytes(sent) == openapi_dumps(sent)
            assert body_bytes({**sent, "response_format": dict(sent["response_format"])}) == (
                openapi_dumps(sent)
            )


def test_a_schema_is_serialised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fixed = body(False)["response_format"]
    serialised: list[Any] = []
    dumps = model_requests.openapi_dumps

    def counting(value: Any) -> bytes:
        serialised.append(value)
        return dumps(value)

    monkeypatch.setattr(model_requests, "openapi_dumps", counting)
    first, second = model_requests.body_bytes(body(False)), model_requests.body_bytes(body(False))
    assert first == second == dumps(body(False))
    assert not any(value is fixed or value == fixed for value in serialised)
    assert serialised  # the rest of each body is serialised on every call
