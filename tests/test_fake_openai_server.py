"""Tests for the fake OpenAI server that graph tests and benchmarks stand on.

Each test talks to the fake through a real client (the `openai` SDK or `httpx`), so it fails
when the fake stops looking like the OpenAI chat-completions API to real callers.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from pydantic import BaseModel, Field

from fakes import FakeOpenAIServer, RecordedRequest, Reply, ScriptedResponder, schema_of

MESSAGES = [
    {"role": "system", "content": "You are a triage nurse."},
    {"role": "user", "content": "I have had a cough for three days."},
]


class Extraction(BaseModel):
    """Symptoms extracted from the patient's message."""

    symptoms: list[str] = Field(description="Symptoms the patient reports.")


class Advice(BaseModel):
    """Advice for the patient."""

    text: str = Field(description="What the patient should do.")


def json_schema_format(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """Build a vLLM/OpenAI-style response_format."""
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}


def json_object_format(schema: dict[str, Any]) -> dict[str, Any]:
    """Build a llama.cpp-style response_format."""
    return {"type": "json_object", "schema": schema}


def client_for(server: FakeOpenAIServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0)


def sse_events(response: httpx.Response) -> list[str]:
    """Return the `data:` payloads of a complete SSE response, checking the framing."""
    text = response.text
    assert text.endswith("\n\n")
    events = text.split("\n\n")[:-1]
    assert all(event.startswith("data: ") and "\n" not in event for event in events)
    return [event.removeprefix("data: ") for event in events]


@pytest.fixture
def echo_server() -> Iterator[FakeOpenAIServer]:
    """A server replying with a fixed sentence and fixed token counts."""
    reply = Reply(content="Please rest and drink fluids.", prompt_tokens=11, completion_tokens=7)
    with FakeOpenAIServer(lambda body: reply) as server:
        yield server


def test_non_streaming_reply_echoes_model_and_reports_usage(
    echo_server: FakeOpenAIServer,
) -> None:
    completion = client_for(echo_server).chat.completions.create(
        model="triage-model", messages=MESSAGES, temperature=0
    )

    assert completion.object == "chat.completion"
    assert completion.model == "triage-model"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content == "Please rest and drink fluids."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (11, 7)
    assert completion.usage.total_tokens == 18
    [recorded] = echo_server.requests
    assert recorded.path == "/v1/chat/completions"
    assert recorded.body == {"model": "triage-model", "messages": MESSAGES, "temperature": 0}
    assert recorded.headers["authorization"] == "Bearer x"


def test_default_usage_is_roughly_characters_over_four() -> None:
    with FakeOpenAIServer(lambda body: Reply(content="x" * 10)) as server:
        response = httpx.post(
            f"{server.base_url}/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "y" * 40}]},
        )

    assert response.json()["usage"] == {
        "prompt_tokens": 10,
        "completion_tokens": 3,
        "total_tokens": 13,
    }


def test_models_endpoint_lists_the_fake_model_and_the_default_names(
    echo_server: FakeOpenAIServer,
) -> None:
    models = client_for(echo_server).models.list()

    assert [model.id for model in models] == [
        "fake-model",
        "Qwen/Qwen2.5-7B-Instruct",
        "smollm2-135m-instruct",
        "gpt-4o-mini",
    ]
    assert echo_server.requests == [
        RecordedRequest(path="/v1/models", headers=echo_server.requests[0].headers, body={})
    ]


def test_reset_forgets_recorded_requests(echo_server: FakeOpenAIServer) -> None:
    client_for(echo_server).models.list()
    echo_server.reset()

    assert echo_server.requests == []


def test_streaming_reassembles_content_and_adds_usage_chunk_when_asked(
    echo_server: FakeOpenAIServer,
) -> None:
    stream = client_for(echo_server).chat.completions.create(
        model="triage-model",
        messages=MESSAGES,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)

    first, *content_chunks, finish, usage_chunk = chunks
    assert first.choices[0].delta.role == "assistant"
    assert first.choices[0].delta.content == ""
    assert len(content_chunks) > 1, "content should arrive in several small pieces"
    text = "".join(chunk.choices[0].delta.content or "" for chunk in content_chunks)
    assert text == "Please rest and drink fluids."
    assert all(chunk.choices[0].finish_reason is None for chunk in [first, *content_chunks])
    assert finish.choices[0].finish_reason == "stop"
    assert finish.choices[0].delta.content is None
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None
    assert usage_chunk.usage.total_tokens == 18
    assert all(chunk.model == "triage-model" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == 1


def test_streaming_wire_format_without_usage_ends_with_done(
    echo_server: FakeOpenAIServer,
) -> None:
    body = {"model": "m", "messages": MESSAGES, "stream": True}
    response = httpx.post(f"{echo_server.base_url}/chat/completions", json=body)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    *payloads, done = sse_events(response)
    assert done == "[DONE]"
    chunks = [json.loads(payload) for payload in payloads]
    assert all(chunk["object"] == "chat.completion.chunk" for chunk in chunks)
    assert all("usage" not in chunk for chunk in chunks)
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert chunks[-1]["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": "stop",
    }
    text = "".join(chunk["choices"][0]["delta"].get("content", "") for chunk in chunks)
    assert text == "Please rest and drink fluids."
    assert echo_server.requests[0].body == body


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(500, openai.InternalServerError), (429, openai.RateLimitError)],
)
def test_error_status_surfaces_as_openai_exception(
    status: int, error_type: type[openai.APIStatusError]
) -> None:
    with (
        FakeOpenAIServer(lambda body: Reply(status=status)) as server,
        pytest.raises(error_type) as raised,
    ):
        client_for(server).chat.completions.create(model="m", messages=MESSAGES)

    assert raised.value.status_code == status
    assert f"HTTP {status}" in raised.value.message
    assert len(server.requests) == 1, "max_retries=0 means exactly one request"


def test_custom_error_body_is_sent_verbatim() -> None:
    error = {"error": {"message": "model overloaded", "type": "overloaded", "code": "busy"}}
    with FakeOpenAIServer(lambda body: Reply(status=503, error_body=error)) as server:
        response = httpx.post(f"{server.base_url}/chat/completions", json={"model": "m"})

    assert response.status_code == 503
    assert response.json() == error


def test_cut_stream_delivers_exactly_the_prefix_then_breaks() -> None:
    reply = Reply(content="The quick brown fox jumps over the lazy dog.", cut_after_chars=10)
    received = ""
    finish_reasons = []
    with FakeOpenAIServer(lambda body: reply) as server:
        stream = client_for(server).chat.completions.create(
            model="m",
            messages=MESSAGES,
            stream=True,
        )
        with pytest.raises((openai.APIConnectionError, httpx.TransportError)):
            for chunk in stream:
                received += chunk.choices[0].delta.content or ""
                finish_reasons.append(chunk.choices[0].finish_reason)

    assert received == "The quick "
    assert set(finish_reasons) == {None}


def test_cut_stream_never_sends_done() -> None:
    reply = Reply(content="The quick brown fox", cut_after_chars=6)
    body = {"model": "m", "messages": MESSAGES, "stream": True}
    lines = []
    with (
        FakeOpenAIServer(lambda body: reply) as server,
        httpx.stream("POST", f"{server.base_url}/chat/completions", json=body) as response,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        lines.extend(response.iter_lines())

    assert lines, "the prefix should arrive before the connection drops"
    assert "data: [DONE]" not in lines


def test_cut_non_streaming_reply_is_a_connection_error() -> None:
    with (
        FakeOpenAIServer(lambda body: Reply(content="hi", cut_after_chars=0)) as server,
        pytest.raises(openai.APIConnectionError),
    ):
        client_for(server).chat.completions.create(model="m", messages=MESSAGES)


def test_delay_holds_back_the_reply() -> None:
    with FakeOpenAIServer(lambda body: Reply(content="ok", delay_s=0.3)) as server:
        started = time.perf_counter()
        httpx.post(f"{server.base_url}/chat/completions", json={"model": "m"})
        elapsed = time.perf_counter() - started

    assert elapsed >= 0.3


def test_responder_exception_becomes_http_500_naming_it() -> None:
    def broken(body: dict[str, Any]) -> Reply:
        raise KeyError("messages")

    with FakeOpenAIServer(broken) as server:
        response = httpx.post(f"{server.base_url}/chat/completions", json={"model": "m"})

    assert response.status_code == 500
    assert "KeyError" in response.json()["error"]["message"]


def test_schema_of_reads_both_response_format_forms() -> None:
    schema = Extraction.model_json_schema()

    assert schema_of({"response_format": json_schema_format(schema, "x")}) == schema
    assert schema_of({"response_format": json_object_format(schema)}) == schema
    assert schema_of({"response_format": {"type": "json_object"}}) is None
    assert schema_of({"response_format": {"type": "text"}}) is None
    assert schema_of({"messages": MESSAGES}) is None


def test_scripted_responder_routes_by_schema_title_in_both_forms() -> None:
    responder = ScriptedResponder(
        {
            "Extraction": [{"symptoms": ["cough"]}],
            "Advice": [Advice(text="Rest and drink fluids.")],
        }
    )
    with FakeOpenAIServer(responder) as server:
        client = client_for(server)
        vllm_style = client.chat.completions.create(
            model="m",
            messages=MESSAGES,
            response_format=json_schema_format(Extraction.model_json_schema(), "other_name"),
        )
        llama_style = client.chat.completions.create(
            model="m",
            messages=MESSAGES,
            response_format=json_object_format(Advice.model_json_schema()),
        )
        parsed = client.chat.completions.parse(
            model="m",
            messages=MESSAGES,
            response_format=Extraction,
        )

    assert json.loads(vllm_style.choices[0].message.content or "") == {"symptoms": ["cough"]}
    assert Advice.model_validate_json(llama_style.choices[0].message.content or "") == Advice(
        text="Rest and drink fluids."
    )
    assert parsed.choices[0].message.parsed == Extraction(symptoms=["cough"])
    assert responder.calls == {"Extraction": 2, "Advice": 1}


def test_scripted_responder_falls_back_to_json_schema_name() -> None:
    untitled = {"type": "object", "properties": {"text": {"type": "string"}}}
    responder = ScriptedResponder({"Advice": ['{"text": "ok"}']})
    with FakeOpenAIServer(responder) as server:
        response = httpx.post(
            f"{server.base_url}/chat/completions",
            json={"model": "m", "response_format": json_schema_format(untitled, "Advice")},
        )

    assert response.json()["choices"][0]["message"]["content"] == '{"text": "ok"}'


def test_scripted_responder_repeats_the_last_reply_when_used_up() -> None:
    responder = ScriptedResponder({"NextQuestion": ["first?", Reply(content="second?")]})
    body = {"model": "m", "response_format": json_object_format({"title": "NextQuestion"})}
    with FakeOpenAIServer(responder) as server:
        replies = [
            httpx.post(f"{server.base_url}/chat/completions", json=body).json() for _ in range(4)
        ]

    contents = [reply["choices"][0]["message"]["content"] for reply in replies]
    assert contents == ["first?", "second?", "second?", "second?"]
    assert responder.calls == {"NextQuestion": 4}


def test_scripted_responder_names_a_missing_title_in_a_500() -> None:
    responder = ScriptedResponder({"Extraction": [{"symptoms": []}]})
    with (
        FakeOpenAIServer(responder) as server,
        pytest.raises(openai.InternalServerError) as raised,
    ):
        client_for(server).chat.completions.create(
            model="m",
            messages=MESSAGES,
            response_format=json_object_format({"title": "RedFlagAssessment"}),
        )

    assert "RedFlagAssessment" in raised.value.message
    assert responder.calls == {"RedFlagAssessment": 1}


def test_scripted_responder_sends_unscripted_titles_to_default() -> None:
    responder = ScriptedResponder(
        {"Extraction": [{"symptoms": []}]},
        default=lambda body: Reply(content=f"default for {schema_of(body)}"),
    )
    body = {"model": "m", "response_format": json_object_format({"title": "Advice"})}
    with FakeOpenAIServer(responder) as server:
        response = httpx.post(f"{server.base_url}/chat/completions", json=body)

    assert response.json()["choices"][0]["message"]["content"] == "default for {'title': 'Advice'}"


def test_scripted_responder_rejects_an_empty_script() -> None:
    with pytest.raises(ValueError, match="Advice"):
        ScriptedResponder({"Advice": []})


async def test_serves_many_slow_requests_concurrently() -> None:
    def echo_slowly(body: dict[str, Any]) -> Reply:
        return Reply(content=body["messages"][0]["content"], delay_s=0.2)

    with FakeOpenAIServer(echo_slowly) as server:
        limits = httpx.Limits(max_connections=64)
        async with httpx.AsyncClient(base_url=server.base_url, limits=limits) as client:

            async def ask(i: int) -> str:
                body = {"model": "m", "messages": [{"role": "user", "content": f"request {i}"}]}
                response = await client.post("/chat/completions", json=body, timeout=10)
                return str(response.json()["choices"][0]["message"]["content"])

            started = time.perf_counter()
            answers = await asyncio.gather(*(ask(i) for i in range(64)))
            elapsed = time.perf_counter() - started

        assert answers == [f"request {i}" for i in range(64)]
        assert elapsed < 3.0, f"64 requests of 0.2 s took {elapsed:.2f} s: not concurrent"
        assert len(server.requests) == 64


def test_explicit_start_and_stop_release_the_port() -> None:
    server = FakeOpenAIServer(lambda body: Reply(content="ok"))
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.start()
    try:
        base_url = server.base_url
        assert httpx.get(f"{base_url}/models").status_code == 200
    finally:
        server.stop()

    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/models")
