"""An app replica for the tests: the product's wiring in its own process, driven over stdin.

Each stdin line is a JSON command, ``{"start": LANG}`` or ``{"session_id": ID, "text": T}``;
each gets one JSON line back on stdout: the greeting, a turn's ``TurnResult.to_json()``, or
``{"error": CODE, "reply": TEXT}`` for a rejected or failed turn. Settings come from the
``TRIAGE_*`` environment, exactly as for ``triage serve``.

    python -m tests.replica < commands.jsonl
"""

from __future__ import annotations

import asyncio
import json
import sys

from core.errors import InputRejected, TriageError
from core.settings import Settings
from triage.app import open_conversation


async def serve() -> None:
    """Answer commands from stdin until it closes."""
    async with open_conversation(Settings(), announce=False) as conversation:
        print(json.dumps({"ready": True}), flush=True)
        loop = asyncio.get_running_loop()
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            command = json.loads(line)
            try:
                if "start" in command:
                    started = await conversation.start(command["start"])
                    out = {"session_id": started.session_id, "greeting": started.greeting}
                else:
                    result = await conversation.send(command["session_id"], command["text"])
                    out = result.to_json()
            except InputRejected as exc:
                out = {"error": exc.code, "reply": str(exc)}
            except TriageError as exc:
                out = {"error": type(exc).__name__, "reply": str(exc)}
            print(json.dumps(out, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(serve())
