"""The conversation service: one patient turn = store the message, run the graph, store the result.

The patient's message is committed before the graph (and so any LLM call) runs. The graph's
execution state lives in the LangGraph checkpointer (thread id = session id); what people
read (transcript, intake snapshots, red flags, assessments) lives in our tables. Nothing is
kept in this object between calls, so any number of processes can serve one session.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import unicodedata
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any, TypeVar, cast

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from agent.answer_turn import turn_answer
from agent.context import AgentContext
from clinical.language import detect_language, supported
from clinical.messages import text as message_text
from core.errors import InputRejected, SessionNotFound, StorageError, TriageError, TurnFailed
from states.graph_state import TriageState
from storage import knowledge as kb_repo
from storage import repository as repo
from storage.locks import MemorySessionLocks, SessionBusy, SessionLocks

log = logging.getLogger(__name__)

R = TypeVar("R")
StreamEvent = dict[str, Any]  # {"type": "delta", "text": str} | {"type": "reset"}
# Control characters, invisible format characters (zero-width space, direction marks and
# overrides, word joiners, BOM) and Unicode tag characters, which can smuggle invisible text
# into a prompt. Zero-width (non-)joiners U+200C/U+200D stay: emoji sequences and several
# scripts need them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)


@dataclass
class TurnResult:
    """What the patient sees after one turn, and what `triage chat --json` prints."""

    session_id: str
    stage: str  # collecting | advice | emergency
    reply: str
    disposition: str | None
    red_flags: list[dict[str, Any]] = field(default_factory=list)
    advice: dict[str, Any] | None = None
    fallbacks: int = 0  # model calls that failed this turn and fell back to safe defaults
    # The documents an answer to a health question cited this turn: title, section, version.
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        """Return whether the conversation reached a disposition."""
        return self.disposition is not None

    def to_json(self) -> dict[str, Any]:
        """Return the JSON-ready form (red flags without internal ids)."""
        data = asdict(self)
        data.pop("fallbacks")
        data["red_flags"] = [
            {k: f[k] for k in ("flag_id", "source", "level", "label", "evidence")}
            for f in self.red_flags
        ]
        return data


@dataclass
class History:
    """A stored session as its patient sees it again: transcript, stage and any advice."""

    session_id: str
    language: str
    stage: str
    disposition: str | None
    messages: list[tuple[str, str]]  # (role, content), in order
    red_flags: list[dict[str, Any]]
    advice: dict[str, Any] | None


@dataclass
class Started:
    """A new session: its id, the patient's secret resume token, and the greeting."""

    session_id: str
    token: str
    greeting: str
    language: str


def clean_message(raw: str, *, max_chars: int, language: str) -> str:
    """Return the message fit to store, or raise :class:`InputRejected` with a clear reason."""
    text = _SURROGATE.sub("\ufffd", raw)  # lone surrogates cannot be stored as UTF-8
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputRejected(message_text("input_empty", language), code="empty")
    if len(text) > max_chars:
        raise InputRejected(
            message_text("input_too_long", language, limit=str(max_chars)), code="too_long"
        )
    return text


class Conversation:
    """Runs patient turns against the compiled graph and the database."""

    def __init__(
        self,
        graph: CompiledStateGraph[TriageState, AgentContext, TriageState, TriageState],
        context: AgentContext,
        sessions: sessionmaker[Session],
        *,
        max_message_chars: int = 2000,
        locks: SessionLocks | None = None,
        turn_timeout_s: float | None = None,
    ) -> None:
        self.graph = graph
        self.context = context
        self.sessions = sessions
        self.max_message_chars = max_message_chars
        # One turn per session at a time, across processes (storage.locks); the default
        # only covers this process, for callers that build a Conversation by hand.
        self.locks: SessionLocks = locks if locks is not None else MemorySessionLocks()
        self.turn_timeout_s = turn_timeout_s

    async def _db(self, work: Callable[[Session], R]) -> R:
        """Run ``work`` in one committed transaction, off the event loop."""

        def run() -> R:
            try:
                with self.sessions() as session, session.begin():
                    return work(session)
            except SQLAlchemyError as exc:
                log.error("database error: %s", type(exc).__name__)
                raise StorageError(
                    "The database is not available; your conversation is paused. "
                    "Please try again in a moment."
                ) from exc

        return await asyncio.to_thread(run)

    async def readiness(self, *, timeout_s: float = 3.0) -> dict[str, str]:
        """Return ``{"database": ..., "model": ...}``, each ``"ok"`` or why not (an error
        type, never data): for a load balancer's readiness probe."""

        async def database() -> str:
            try:
                async with asyncio.timeout(timeout_s):
                    await self._db(lambda s: s.execute(text("SELECT 1")).scalar_one())
            except (StorageError, TimeoutError) as exc:
                return f"unavailable ({type(exc).__name__})"
            return "ok"

        async def model() -> str:
            client = self.context.llm.chat.root_async_client
            try:
                await client.with_options(timeout=timeout_s, max_retries=0).models.list()
            except Exception as exc:  # any failure means "not ready"; only its type is told
                return f"unavailable ({type(exc).__name__})"
            return "ok"

        db_state, model_state = await asyncio.gather(database(), model())
        return {"database": db_state, "model": model_state}

    async def start(self, language: str | None = None) -> Started:
        """Create a session and return its greeting (no model call)."""
        lang = supported(language or self.context.default_language)
        token = secrets.token_urlsafe(24)
        greeting = message_text("greeting", lang, number=self.context.emergency_number)

        def create(session: Session) -> str:
            row = repo.create_session(
                session, language=lang, access_token_hash=repo.hash_access_token(token)
            )
            repo.add_message(session, session_id=row.id, role="agent", content=greeting)
            return row.id

        session_id = await self._db(create)
        log.info("session started")
        return Started(session_id=session_id, token=token, greeting=greeting, language=lang)

    async def find_by_token(self, token: str) -> str:
        """Return the session id for a patient's resume token."""
        row = await self._db(
            lambda s: repo.get_session_by_token_hash(
                s, access_token_hash=repo.hash_access_token(token)
            )
        )
        if row is None:
            raise SessionNotFound("That link does not match a conversation; start a new one.")
        return row.id

    async def history(self, session_id: str) -> History:
        """Return the stored transcript, red flags and latest advice of a session."""

        def read(session: Session) -> History:
            row = repo.get_session(session, session_id=session_id)
            if row is None:
                raise SessionNotFound("No conversation with that id; start a new one.")
            assessment = repo.latest_assessment(session, session_id=session_id)
            advice = None
            if assessment is not None:
                advice = {
                    key: getattr(assessment, key)
                    for key in (
                        "disposition",
                        "message",
                        "reasons",
                        "self_care",
                        "get_help_now_if",
                        "disclaimer",
                    )
                }
            return History(
                session_id=row.id,
                language=row.language,
                stage=row.stage,
                disposition=row.disposition,
                messages=[
                    (m.role, m.content) for m in repo.list_messages(session, session_id=session_id)
                ],
                red_flags=[
                    {"flag_id": f.flag_id, "level": f.level, "label": f.label}
                    for f in repo.list_red_flags(session, session_id=session_id)
                ],
                advice=advice,
            )

        return await self._db(read)

    async def send(
        self, session_id: str, raw: str, on_event: Callable[[StreamEvent], None] | None = None
    ) -> TurnResult:
        """Run one patient turn to completion; stream events go to ``on_event``."""
        result: TurnResult | None = None
        async for item in self.turn(session_id, raw):
            if isinstance(item, TurnResult):
                result = item
            elif on_event is not None:
                on_event(item)
        assert result is not None
        return result

    async def turn(self, session_id: str, raw: str) -> AsyncIterator[StreamEvent | TurnResult]:
        """Run one patient turn, yielding stream events and finally the :class:`TurnResult`.

        Raises :class:`InputRejected` (empty, too long, finished, or ``code="busy"`` while
        another turn of this session runs), :class:`TurnFailed` when the turn breaks off or
        runs past ``turn_timeout_s`` (the message stays stored; sending it again continues),
        and :class:`StorageError` when the database fails (nothing half-written).
        """
        row = await self._db(lambda s: repo.get_session(s, session_id=session_id))
        if row is None:
            raise SessionNotFound("No conversation with that id; start a new one.")
        language = supported(detect_language(raw, default=row.language))
        if row.disposition is not None:
            raise InputRejected(message_text("session_finished", language), code="finished")
        text = clean_message(raw, max_chars=self.max_message_chars, language=language)

        loop = asyncio.get_running_loop()
        deadline = None if self.turn_timeout_s is None else loop.time() + self.turn_timeout_s
        try:
            async with self.locks.hold(session_id):
                async for item in self._locked_turn(session_id, text, language, deadline):
                    yield item
        except SessionBusy:
            raise InputRejected(
                message_text("session_busy", language, number=self.context.emergency_number),
                code="busy",
            ) from None

    async def _locked_turn(
        self, session_id: str, text: str, language: str, deadline: float | None
    ) -> AsyncIterator[StreamEvent | TurnResult]:
        """The turn itself, run with the session's lock held."""
        row = await self._db(lambda s: repo.get_session(s, session_id=session_id))
        if row is None or row.disposition is not None:  # another replica just finished it
            raise InputRejected(message_text("session_finished", language), code="finished")

        message_id = await self._db(lambda s: self._store_patient_message(s, session_id, text))
        # Committed: the patient's words are safe before any LLM call.

        values: dict[str, Any] = {}
        failures_before = 0
        earlier: TurnResult | None = None
        steps = self._run_graph(session_id, row.language, text, message_id)
        try:
            while True:
                # The turn's budget covers every model call and retry; past it the turn
                # stops at its last checkpoint and the next send continues from there.
                async with asyncio.timeout_at(deadline):
                    mode, chunk = await anext(steps)
                if mode == "failures_before":
                    failures_before = int(chunk)
                elif mode == "custom":
                    yield cast(StreamEvent, chunk)
                elif mode == "earlier":
                    # An earlier message's broken run, finished now: record it against
                    # that message (its red flags, reply and record) before this one.
                    earlier_id, earlier_values = cast(tuple[int, dict[str, Any]], chunk)
                    earlier = self._result(session_id, earlier_values, failures_before, earlier_id)
                    await self._db(
                        partial(
                            self._record_turn,
                            result=earlier,
                            values=earlier_values,
                            message_id=earlier_id,
                        )
                    )
                    failures_before = int(earlier_values.get("llm_failures") or 0)
                else:
                    values = cast(dict[str, Any], chunk)
        except StopAsyncIteration:
            pass
        except TriageError:
            raise
        except Exception as exc:  # never a traceback for the patient; never content in logs
            why = "ran out of time" if isinstance(exc, TimeoutError) else "failed"
            log.error("turn %s in session %s: %s", why, session_id, type(exc).__name__)
            raise TurnFailed(
                message_text("model_unavailable", language, number=self.context.emergency_number)
            ) from exc
        finally:
            await steps.aclose()

        if not values and earlier is not None:
            # The earlier run ended the conversation (advice or an emergency): that is
            # the answer; this message stays stored for the nurse.
            yield earlier
            return
        result = self._result(session_id, values, failures_before, message_id)
        await self._db(lambda s: self._record_turn(s, result, values, message_id))
        yield result

    @staticmethod
    def _result(
        session_id: str, values: dict[str, Any], failures_before: int, message_id: int
    ) -> TurnResult:
        """Return the turn's result from the graph's state at its end."""
        reply, sources = turn_answer(values, message_id)
        return TurnResult(
            session_id=session_id,
            stage=values.get("stage", "collecting"),
            reply=reply,
            disposition=(values.get("advice") or {}).get("disposition"),
            red_flags=list(values.get("turn_flags", [])),
            advice=values.get("advice"),
            fallbacks=max(0, int(values.get("llm_failures") or 0) - failures_before),
            sources=sources,
        )

    @staticmethod
    def _store_patient_message(session: Session, session_id: str, text: str) -> int:
        """Store the message and return its id; a resend of an unanswered message is reused."""
        last = repo.last_message(session, session_id=session_id)
        if last is not None and last.role == "patient" and last.content == text:
            return last.id  # the retry of a turn that broke off: kept once, not twice
        return repo.add_message(session, session_id=session_id, role="patient", content=text).id

    async def _run_graph(
        self, session_id: str, language: str, text: str, message_id: int
    ) -> AsyncGenerator[tuple[str, Any], None]:
        """Resume the graph with the patient's message; yield (stream mode, chunk) pairs."""
        config: RunnableConfig = {"configurable": {"thread_id": session_id}}
        snapshot = await self.graph.aget_state(config)
        yield "failures_before", snapshot.values.get("llm_failures", 0)
        received = any(
            t.get("message_id") == message_id for t in snapshot.values.get("messages", [])
        )
        settled = snapshot.next in ((), ("receive",))  # finished, or waiting for the patient
        if received and settled:
            # The graph already answered this message but the turn was not recorded (the
            # process stopped in between): record that answer instead of asking again.
            yield "values", snapshot.values
            return
        if not settled:
            # A turn broke off mid-graph (model timeout, crash, failed write): its last
            # checkpoint holds the work done so far. Finish that run from there; when it
            # was this message's run, that is the answer. When it was an earlier message's
            # (the patient wrote something else instead of resending), its outcome is
            # passed on as "earlier", to be recorded against that message.
            finished: dict[str, Any] = {}
            async for mode, chunk in self.graph.astream(
                None, config, context=self.context, stream_mode=["custom", "values"]
            ):
                if received:
                    yield mode, chunk
                elif mode == "values":
                    finished = cast(dict[str, Any], chunk)
            if received:
                return
            patients = [t for t in finished.get("messages", []) if t.get("role") == "patient"]
            if patients:
                yield "earlier", (patients[-1]["message_id"], finished)
            if (await self.graph.aget_state(config)).next != ("receive",):
                return  # that run ended the conversation: nothing waits for a message
        if not snapshot.values:
            initial: TriageState = {
                "session_id": session_id,
                "language": language,
                "stage": "collecting",
            }
            await self.graph.ainvoke(initial, config, context=self.context)
        async for mode, chunk in self.graph.astream(
            Command(resume={"text": text, "message_id": message_id}),
            config,
            context=self.context,
            stream_mode=["custom", "values"],
        ):
            yield mode, chunk

    def _record_turn(
        self, session: Session, result: TurnResult, values: dict[str, Any], message_id: int
    ) -> None:
        """Store the agent's reply, the record snapshot, red flags and any assessment."""
        sid = result.session_id
        reply = repo.add_message(session, session_id=sid, role="agent", content=result.reply)
        if result.sources:  # the document versions an answer cited, for the nurse
            kb_repo.add_citations(
                session, message_id=reply.id, chunk_ids=[s["passage_id"] for s in result.sources]
            )
        repo.add_snapshot(
            session, session_id=sid, message_id=message_id, record=values.get("record") or {}
        )
        if result.red_flags:
            repo.add_red_flags(session, session_id=sid, flags=result.red_flags)
        advice = result.advice
        if advice is not None:
            repo.add_assessment(
                session,
                session_id=sid,
                message_id=message_id,
                disposition=advice["disposition"],
                rule_disposition=advice.get("rule_disposition"),
                model_disposition=advice.get("model_disposition"),
                message=advice["message"],
                reasons=advice.get("reasons", []),
                self_care=advice.get("self_care", []),
                get_help_now_if=advice.get("get_help_now_if", []),
                disclaimer=advice["disclaimer"],
            )
        stored = repo.get_session(session, session_id=sid)
        repo.update_session(
            session,
            session_id=sid,
            stage=result.stage,
            disposition=result.disposition,
            language=values.get("language"),
            turns=(stored.turns if stored else 0) + 1,
        )
