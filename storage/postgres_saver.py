"""LangGraph's ``AsyncPostgresSaver`` on a pool that does not ping before every checkout.

A turn makes one checkpoint read and one write (``agent.graph_run`` saves once per run, and
``storage.turn_reads`` hands LangGraph the checkpoint the turn read; two reads, six writes and
six sets of task writes before). With psycopg_pool's ``check`` each checkout
cost one more round trip first (most of the checkpointer's CPU per turn when it made a
dozen, and it ran under the saver's one lock, so every turn in the process waited on it).
Instead, an operation that finds its connection lost has the pool drop every dead
connection (``AsyncConnectionPool.check()``) and runs once more, on a live one. Every operation
retried is a read or an upsert (``ON CONFLICT``), so running it twice stores nothing twice.

On a pool the saver's instance lock is not taken: ``AsyncPostgresSaver`` holds one
``asyncio.Lock`` around every operation, which a single shared connection needs but a pool
does not (each operation checks out its own connection). Held across the round trip, the
thread hop that serialises the blobs and the event loop's wait to resume the holder, it let
one checkpoint operation run at a time in the whole process: 8-9 ms held per operation at
64 sessions in flight, and turns queued 0.4 s behind it once the session locks stopped
queueing them (bench/ concurrency, Postgres). Upstream: langchain-ai/langgraph#7259, the
fix proposed in #7269 does the same.

Imported only for a Postgres URL (``storage.checkpointer``), so a SQLite-only install never
loads libpq.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import psycopg
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
)
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg_pool import AsyncConnectionPool

from storage.turn_reads import TurnReads

R = TypeVar("R")


class ReconnectingPostgresSaver(AsyncPostgresSaver):
    """``AsyncPostgresSaver`` on a pool: a lost connection costs one retry, not a turn."""

    def __init__(self, conn: Any) -> None:
        super().__init__(conn)
        if isinstance(conn, AsyncConnectionPool):
            # Each operation checks out its own pooled connection: nothing to serialise
            # (langchain-ai/langgraph#7259). A single shared connection keeps the lock.
            self.lock = contextlib.nullcontext()  # type: ignore[assignment]

    async def _again(self, operation: Callable[[], Awaitable[R]]) -> R:
        try:
            return await operation()
        except psycopg.OperationalError:
            if not isinstance(self.conn, AsyncConnectionPool):
                raise
            # The server closed or lost our connections (a restart, a failover, an
            # administrator): drop every dead one from the pool, then try once more.
            await self.conn.check()
            return await operation()

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        """Read the latest (or the given) checkpoint."""
        return await self._again(lambda: AsyncPostgresSaver.aget_tuple(self, config))

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        """Store a checkpoint and its new channel values."""
        return await self._again(
            lambda: AsyncPostgresSaver.aput(self, config, checkpoint, metadata, new_versions)
        )

    async def aput_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        """Store a task's writes."""
        await self._again(
            lambda: AsyncPostgresSaver.aput_writes(self, config, writes, task_id, task_path)
        )

    async def adelete_thread(self, thread_id: str) -> None:
        """Delete a thread's checkpoints and writes."""
        await self._again(lambda: AsyncPostgresSaver.adelete_thread(self, thread_id))


class PostgresSaver(TurnReads, ReconnectingPostgresSaver):
    """The saver the app uses: reconnecting, and reading a turn's checkpoint once
    (``storage.turn_reads``)."""
