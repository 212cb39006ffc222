"""Wiring: settings → model server, database, checkpointer, graph → a ready Conversation."""

from __future__ import annotations

import gc
import sys
from collections.abc import AsyncIterator
from contextlib import ExitStack, asynccontextmanager

from agent.context import AgentContext
from agent.conversation import Conversation
from agent.graph import build_graph
from agent.llm import make_llm
from agent.local_model import LocalModelServer
from core.settings import Settings
from knowledge.base import KnowledgeBase
from storage.checkpointer import open_checkpointer
from storage.db import make_engine, make_session_factory
from storage.locks import open_session_locks
from storage.migrate import upgrade

SWITCH_HINT = (
    "For production, serve Qwen2.5-7B-Instruct with vLLM and set TRIAGE_LLM_BACKEND=vllm "
    "and TRIAGE_LLM_BASE_URL (see `triage llm vllm-command`)."
)


def describe_model(settings: Settings, base_url: str, local: LocalModelServer | None) -> str:
    """Return the one-line notice of which model answers."""
    if local is not None:
        return (
            f"Model: bundled local {local.path.name} via llama.cpp at {base_url} "
            f"(for trying the product, not for clinical use). {SWITCH_HINT}"
        )
    return f"Model: {settings.model_name} via {settings.llm_backend} at {base_url}."


@asynccontextmanager
async def open_conversation(
    settings: Settings, *, announce: bool = True
) -> AsyncIterator[Conversation]:
    """Yield a ready :class:`Conversation`; starts the local model when no URL is set."""
    upgrade(settings.database_url)  # first: a database problem stops us before the model
    with ExitStack() as stack:
        local = None
        base_url = settings.llm_base_url
        if base_url is None:
            local = stack.enter_context(LocalModelServer(settings))
            base_url = local.base_url
        if announce:
            print(describe_model(settings, base_url, local), file=sys.stderr)

        engine = make_engine(settings.database_url, pool_size=settings.db_pool_size)
        stack.callback(engine.dispose)
        async with (
            open_checkpointer(settings.database_url, pool_size=2 * settings.db_pool_size) as saver,
            open_session_locks(settings.database_url) as locks,
        ):
            graph = build_graph().compile(checkpointer=saver)
            sessions = make_session_factory(engine)
            llm = make_llm(settings, base_url=base_url)
            context = AgentContext.from_settings(settings, llm, KnowledgeBase(sessions))
            conversation = Conversation(
                graph,
                context,
                sessions,
                max_message_chars=settings.max_message_chars,
                locks=locks,
                turn_timeout_s=settings.turn_timeout_s,
            )
            # Everything built so far (modules, rules, question bank, compiled graph, pools)
            # lives as long as the service: frozen, the cyclic garbage collector stops
            # re-scanning it in every full collection (about 3 ms of CPU per turn at 64
            # sessions in flight, bench/ concurrency). Unfrozen on the way out, so a process
            # that opens many services (the tests) still collects what each one left.
            gc.freeze()
            try:
                yield conversation
            finally:
                gc.unfreeze()
                await llm.aclose()
