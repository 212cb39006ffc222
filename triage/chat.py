"""The terminal chat: interactive with streamed replies, or scripted with JSON output."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from agent.conversation import Conversation, StreamEvent, TurnResult
from core.errors import InputRejected, StorageError, TurnFailed
from core.settings import Settings
from triage.app import open_conversation

PROMPT = "agent> "


class StreamPrinter:
    """Print streamed reply text; on a restart, erase what was shown (on a terminal)."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out
        self.shown = ""

    def __call__(self, event: StreamEvent) -> None:
        if event["type"] == "delta":
            self.out.write(event["text"])
            self.shown += event["text"]
        elif event["type"] == "reset":
            self.erase()
        self.out.flush()

    def erase(self) -> None:
        """Remove the text shown so far, or start a fresh line where a terminal cannot."""
        if not self.out.isatty():
            self.out.write("\n")
        else:
            width = shutil.get_terminal_size().columns or 80
            rows = sum(max(1, -(-len(line) // width)) for line in (PROMPT + self.shown).split("\n"))
            self.out.write("\r" + ("\x1b[1A" * (rows - 1)) + "\x1b[J" + PROMPT)
        self.shown = ""


async def chat_loop(
    settings: Settings,
    *,
    session_id: str | None,
    lines: Sequence[str] | None,
    as_json: bool,
    language: str | None,
) -> None:
    """Run a conversation in the terminal until a disposition is reached or input ends."""
    async with open_conversation(settings) as conversation:
        if session_id is None:
            started = await conversation.start(language)
            session_id = started.session_id
            if not as_json:
                print(f"[session {session_id}]\n\nagent> {started.greeting}\n", flush=True)
        elif not as_json:
            print(f"[resuming session {session_id}]\n", flush=True)

        source = iter(lines) if lines is not None else None
        while True:
            text = _next_line(source, echo=not as_json)
            if text is None:
                return
            result = await _one_turn(conversation, session_id, text, as_json=as_json)
            if result is not None and result.done:
                return


def _next_line(source: object, *, echo: bool) -> str | None:
    if source is None:
        try:
            return input("you> ")
        except EOFError:
            return None
    line = next(source, None)  # type: ignore[call-overload]
    if line is not None and echo:
        print(f"you> {line}")
    return line


async def _one_turn(
    conversation: Conversation, session_id: str, text: str, *, as_json: bool
) -> TurnResult | None:
    try:
        if as_json:
            result = await conversation.send(session_id, text)
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
            return result
        sys.stdout.write(PROMPT)
        result = await conversation.send(session_id, text, on_event=StreamPrinter())
        sys.stdout.write("\n\n")
        sys.stdout.flush()
        return result
    except (InputRejected, TurnFailed, StorageError) as exc:
        code = exc.code if isinstance(exc, InputRejected) else type(exc).__name__
        if as_json:
            print(
                json.dumps(
                    {"session_id": session_id, "error": code, "reply": str(exc)},
                    ensure_ascii=False,
                ),
                flush=True,
            )
        else:
            print(f"\n{exc}\n")
        return None
