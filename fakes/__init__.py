"""Stand-ins for the services around the product, shared by ``tests/`` and ``bench/``.

A real HTTP fake of the OpenAI API (``openai_server``; its replies in ``responders``, its
wire format in ``openai_wire``), scripted model behaviour
(``llm_scripts``) and a throwaway PostgreSQL server (``postgres``).
"""

from fakes.openai_server import FakeOpenAIServer, RecordedRequest
from fakes.responders import Reply, ScriptedResponder, schema_of

__all__ = ["FakeOpenAIServer", "RecordedRequest", "Reply", "ScriptedResponder", "schema_of"]
