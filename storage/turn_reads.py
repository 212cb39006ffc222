"""One checkpoint read per turn: the latest checkpoint, read once, handed to LangGraph too.

A turn reads its session's latest checkpoint to decide what to run (``agent.graph_run``:
``aget_state``), and LangGraph's run then reads the same checkpoint again when it starts.
Nothing can write that checkpoint in between: the turn holds the session's lock
(``storage.locks``) in every process, and the run has not begun. So, inside
:meth:`TurnReads.one_read`, the first read of the thread's latest checkpoint is kept and
handed out once more, to the next read of it, instead of going to the database a second
time. Any checkpoint write of the thread drops what was kept, and so does the end of the
block; reads of a given checkpoint id or of a subgraph's namespace always go to the database.

Each reader gets its own copy of the checkpoint's dicts: ``aget_state`` applies pending
writes to the checkpoint it read, and LangGraph's run updates the versions of the one it
read, in place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    copy_checkpoint,
)

_NOT_READ = object()
"""Kept for a thread inside ``one_read`` until its latest checkpoint is read."""


def _copy(saved: CheckpointTuple | None) -> CheckpointTuple | None:
    """Return ``saved`` with its own copies of everything LangGraph updates in place."""
    if saved is None:
        return None
    return saved._replace(
        checkpoint=copy_checkpoint(saved.checkpoint),
        metadata=saved.metadata.copy(),
        pending_writes=None if saved.pending_writes is None else list(saved.pending_writes),
    )


def _latest_of(config: RunnableConfig) -> str | None:
    """Return the thread id when ``config`` asks for a thread's latest root checkpoint."""
    configurable = config.get("configurable") or {}
    if configurable.get("checkpoint_id") or configurable.get("checkpoint_ns"):
        return None
    thread_id = configurable.get("thread_id")
    return None if thread_id is None else str(thread_id)


class TurnReads:
    """A mixin for a LangGraph saver class: see the module docstring.

    List it before the saver class (``class S(TurnReads, AsyncSqliteSaver)``).
    """

    def _kept(self) -> dict[str, Any]:
        """Return the kept latest checkpoints by thread id (``_NOT_READ``: none yet)."""
        kept: dict[str, Any] | None = self.__dict__.get("_turn_reads")
        if kept is None:
            kept = self.__dict__["_turn_reads"] = {}
        return kept

    @contextlib.contextmanager
    def one_read(self, thread_id: str) -> Iterator[None]:
        """Share the first read of ``thread_id``'s latest checkpoint with the next one.

        Only for a block that holds the thread's turn lock (nothing else writes it).
        """
        kept = self._kept()
        kept[thread_id] = _NOT_READ
        try:
            yield
        finally:
            kept.pop(thread_id, None)

    def _forget(self, config: RunnableConfig) -> None:
        """A write to the thread: what was kept of it is out of date."""
        thread_id = (config.get("configurable") or {}).get("thread_id")
        kept = self._kept()
        if thread_id is not None and str(thread_id) in kept:
            kept[str(thread_id)] = _NOT_READ

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        """Read a checkpoint; inside ``one_read``, the latest one at most once per write."""
        parent: Any = super()
        thread_id = _latest_of(config)
        kept = self._kept()
        if thread_id is None or thread_id not in kept:
            saved: CheckpointTuple | None = await parent.aget_tuple(config)
            return saved
        held = kept[thread_id]
        if held is _NOT_READ:
            saved = await parent.aget_tuple(config)
            kept[thread_id] = saved
            return _copy(saved)
        kept[thread_id] = _NOT_READ  # handed out once more; the next read goes to the database
        return held  # type: ignore[no-any-return]

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        """Store a checkpoint (what was kept of its thread is dropped first)."""
        self._forget(config)
        parent: Any = super()
        stored: RunnableConfig = await parent.aput(config, checkpoint, metadata, new_versions)
        return stored

    async def aput_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        """Store a task's writes (what was kept of its thread is dropped first)."""
        self._forget(config)
        parent: Any = super()
        await parent.aput_writes(config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:
        """Delete a thread (what was kept of it is dropped first)."""
        self._forget({"configurable": {"thread_id": thread_id}})
        parent: Any = super()
        await parent.adelete_thread(thread_id)


def one_read(saver: BaseCheckpointSaver[Any] | bool | None, thread_id: str) -> Any:
    """Return ``saver.one_read(thread_id)``, or a block that changes nothing for a saver
    without :class:`TurnReads` (the tests' in-memory one)."""
    if isinstance(saver, TurnReads):
        return saver.one_read(thread_id)
    return contextlib.nullcontext()
