"""Where a node's streamed text goes: LangGraph's custom stream, as ``delta`` / ``reset`` events."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.llm import TextSink


def stream_sink(runtime: Runtime[AgentContext]) -> TextSink:
    """Return a sink that forwards streamed text (and restarts) to the graph's stream."""

    def sink(piece: str | None) -> None:
        if piece is None:
            runtime.stream_writer({"type": "reset"})
        else:
            runtime.stream_writer({"type": "delta", "text": piece})

    return sink
