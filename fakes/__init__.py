"""Test doubles shared by the test suite and the benchmarks."""

from fakes.openai_server import (
    FakeOpenAIServer,
    RecordedRequest,
    Reply,
    ScriptedResponder,
    schema_of,
)

__all__ = ["FakeOpenAIServer", "RecordedRequest", "Reply", "ScriptedResponder", "schema_of"]
