"""Stand-ins for the services around the product, shared by ``tests/`` and ``bench/``.

A real HTTP fake of the OpenAI API (``openai_server``), scripted model behaviour
(``llm_scripts``) and a throwaway PostgreSQL server (``postgres``).
"""

from fakes.openai_server import (
    FakeOpenAIServer,
    RecordedRequest,
    Reply,
    ScriptedResponder,
    schema_of,
)

__all__ = ["FakeOpenAIServer", "RecordedRequest", "Reply", "ScriptedResponder", "schema_of"]
