"""The terminal chat: interactive with streamed replies, or scripted with JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from agent.conversation import Conversation, StreamEvent, TurnResult
from triage.app import open_conversation
from triage.errors import InputRejected
from triage.settings import Settings


def _print_stream(event: StreamEvent) -> None:
    if event["type"] == "delta":
        sys.stdout.write(event["text"])
    elif event["type"] == "reset":
        sys.stdout.write("\n")  # a terminal cannot un-print: the corrected text follows
    sys.stdout.flush()


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
        sys.stdout.write("agent> ")
        result = await conversation.send(session_id, text, on_event=_print_stream)
        sys.stdout.write("\n\n")
        sys.stdout.flush()
        return result
    except InputRejected as exc:
        if as_json:
            print(
                json.dumps(
                    {"session_id": session_id, "error": exc.code, "reply": str(exc)},
                    ensure_ascii=False,
                ),
                flush=True,
            )
        else:
            print(f"\n{exc}\n")
        return None
