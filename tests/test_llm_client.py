"""The model client's HTTP transport (agent.model_http): aiohttp under the SDK's httpx client,
with the bytes on the wire, the failures and the connection reuse of httpx's own transport."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx2
import openai
import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from agent.llm import make_llm, request_body
from agent.model_http import AiohttpClient, AiohttpTransport, httpx_error
from agent.model_requests import completions_for
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import ModelScript
from states.outputs import Extraction

MESSAGES = [SystemMessage(content="You extract."), HumanMessage(content="膝盖痛 since Monday")]
REPLY = json.dumps({"choices": [{"message": {"content": "{}"}}]}).encode()


@asynccontextmanager
async def recording_server(received: list[bytes]) -> AsyncIterator[int]:
    """A raw HTTP/1.1 server on loopback that records each request's bytes; yields its port."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        received.append(head + await reader.readexactly(length))
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(REPLY), REPLY)
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[1]


def body() -> dict[str, object]:
    return request_body(
        model="m",
        temperature=0.0,
        backend="vllm",
        schema=Extraction,
        messages=MESSAGES,
        max_tokens=100,
        stream=False,
    )


async def test_the_server_receives_the_same_bytes_as_through_httpxs_own_transport() -> None:
    received: list[bytes] = []
    async with recording_server(received) as port:
        base_url = f"http://127.0.0.1:{port}/v1"
        llm = make_llm(Settings(llm_backend="vllm", llm_base_url=base_url))
        client = llm.chat.root_async_client
        assert isinstance(client._client, AiohttpClient)
        assert await llm.completions.json(body()) == json.loads(REPLY)
        # The same SDK client on httpx's default transport (httpcore), as before.
        plain = openai.AsyncOpenAI(
            base_url=base_url,
            api_key=client.api_key,
            max_retries=0,
            http_client=httpx2.AsyncClient(timeout=client.timeout, follow_redirects=True),
        )
        plain._client.headers = client._client.headers  # the same default headers
        assert await completions_for(plain).json(body()) == json.loads(REPLY)
        await llm.aclose()
        await plain.close()
    ours, httpcore = received
    assert ours == httpcore


async def test_a_connection_is_kept_and_reused(
    model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    model.use({"Extraction": [Reply(content=json.dumps({"update": {}}))] * 3})
    llm = make_llm(Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url))
    for _ in range(3):
        assert await llm.generate(Extraction, [HumanMessage(content="hello")]) == Extraction(
            update={}
        )
    transport = llm.chat.root_async_client._client._transport
    assert isinstance(transport, AiohttpTransport)
    assert transport._session is not None
    assert len(transport._session.connector._conns) == 1  # one idle kept-alive connection
    await llm.aclose()
    assert transport._session is None


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_a_refused_connection_is_a_connection_error_not_a_timeout(stream: bool) -> None:
    llm = make_llm(
        Settings(llm_backend="vllm", llm_base_url=f"http://127.0.0.1:{closed_port()}/v1")
    )
    way = llm.completions
    with pytest.raises(openai.APIConnectionError) as info:
        await (way.stream(body()) if stream else way.json(body()))
    assert not isinstance(info.value, openai.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx2.ConnectError)
    await llm.aclose()


async def test_a_slow_reply_is_a_read_timeout(
    model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    model.use({"Extraction": [Reply(content="{}", delay_s=2.0)]})
    settings = Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url, llm_timeout_s=0.3)
    llm = make_llm(settings)
    with pytest.raises(openai.APITimeoutError) as info:
        await llm.completions.json(body())
    assert isinstance(info.value.__cause__, httpx2.ReadTimeout)
    await llm.aclose()


async def test_a_reply_cut_short_is_a_connection_error(
    model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    model.use({"Extraction": [Reply(content=json.dumps({"update": {}}), cut_after_chars=5)]})
    llm = make_llm(Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url))
    with pytest.raises(openai.APIConnectionError) as info:
        await llm.completions.json(body())
    assert not isinstance(info.value, openai.APITimeoutError)
    await llm.aclose()


def test_failures_map_to_what_httpcore_raises_for_them() -> None:
    import aiohttp

    key = aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None)
    refused = aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))
    assert type(httpx_error(refused)) is httpx2.ConnectError
    assert type(httpx_error(aiohttp.ConnectionTimeoutError())) is httpx2.ConnectTimeout
    assert type(httpx_error(aiohttp.SocketTimeoutError())) is httpx2.ReadTimeout
    assert type(httpx_error(aiohttp.ServerDisconnectedError())) is httpx2.RemoteProtocolError
    assert type(httpx_error(aiohttp.ClientPayloadError("cut"))) is httpx2.RemoteProtocolError
    assert httpx_error(ValueError("not a transport failure")) is None


def test_new_sockets_get_langchains_keepalive_options() -> None:
    from langchain_openai.chat_models._client_utils import _default_socket_options

    llm = make_llm(Settings(llm_backend="vllm", llm_base_url="http://127.0.0.1:9/v1"))
    transport = llm.chat.root_async_client._client._transport
    assert transport._socket_options == tuple(_default_socket_options())
    sock = transport._socket((socket.AF_INET, socket.SOCK_STREAM, 0, "", ("127.0.0.1", 9)))
    try:
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == (
            1 if transport._socket_options else 0
        )
    finally:
        sock.close()
