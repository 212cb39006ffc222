"""The model client's connection pool (agent.model_http): the same answers, a cheaper check."""

from __future__ import annotations

import json
import socket

import anyio
import pytest
from langchain_core.messages import HumanMessage

from agent.llm import make_llm
from agent.model_http import socket_readable
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import ModelScript
from states.outputs import Extraction


def test_a_socket_is_readable_when_the_server_closed_it_and_not_while_it_is_quiet() -> None:
    ours, server = socket.socketpair()
    try:
        assert not socket_readable(ours)  # open and quiet: a connection to reuse
        server.sendall(b"x")
        assert socket_readable(ours)  # something (unexpected) to read: not reusable
        ours.recv(1)
        server.close()
        assert socket_readable(ours)  # the server hung up: recv would return b""
    finally:
        ours.close()
    assert socket_readable(ours)  # closed here: no socket any more
    assert socket_readable(None)


async def test_idle_pooled_connections_are_checked_from_their_kept_socket(
    model: ModelScript, fake_llm: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every request added to the pool checks each idle connection; the check must not go
    # through AnyIO's attribute table (built anew on every lookup), but it must still see a
    # connection the server closed.
    reply = {"Extraction": [Reply(content=json.dumps({"update": {}}))] * 3}
    model.use(reply)
    llm = make_llm(Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url))
    question = [HumanMessage(content="hello")]
    await llm.generate(Extraction, question)  # one kept-alive connection, idle now

    lookups: list[object] = []
    original = anyio.TypedAttributeProvider.extra

    def counted(self, attribute, *default):  # type: ignore[no-untyped-def]
        lookups.append(attribute)
        return original(self, attribute, *default)

    monkeypatch.setattr(anyio.TypedAttributeProvider, "extra", counted)
    result = await llm.generate(Extraction, question)  # reuses the idle connection
    assert result == Extraction(update={})
    assert lookups == []
    assert len(fake_llm.requests) == 2
