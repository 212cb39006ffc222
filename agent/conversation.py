"""The conversation service: one patient turn = store the message, run the graph, store the result.

The patient's message is committed before the graph (and so any LLM call) runs. The graph's
execution state lives in the LangGraph checkpointer (thread id = session id); what people
read (transcript, intake snapshots, red flags, assessments) lives in our tables. Nothing is
kept in this object between calls, so any number of processes can serve one session.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import traceback
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from agent.answer_turn import intake_started, turn_answer
from agent.context import AgentContext
from agent.graph_run import Graph, GraphRunner, RunOutcome, StreamEvent, Unanswered
from agent.patient_message import PatientMessage, check_message, clean_message, read_message
from agent.results import History, Started, TurnResult
from clinical.language import supported
from clinical.messages import text as message_text
from core.errors import InputRejected, SessionNotFound, StorageError, TriageError, TurnFailed
from storage import knowledge as kb_repo
from storage import repository as repo
from storage.locks import UNAVAILABLE, MemorySessionLocks, SessionBusy, SessionLocks

log = logging.getLogger(__name__)

R = TypeVar("R")
__all__ = ["Conversation", "History", "PatientMessage", "Started", "TurnResult", "clean_message"]


class Conversation:
    """Runs patient turns against the compiled graph and the database."""

    def __init__(
        self,
        graph: Graph,
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
        """Run ``work`` in one committed transaction, off the event loop.

        Pooled Postgres connections are not pinged before every transaction
        (``storage.db.make_engine``): when the connection turns out lost before the commit,
        the server has rolled the transaction back, so ``work`` runs once more on a new
        connection. A connection lost during the commit itself is not retried: the commit
        may have happened.
        """

        def attempt(*, again: bool) -> R:
            committing = False
            try:
                with self.sessions() as session, session.begin():
                    result = work(session)
                    committing = True  # the block's end commits
                return result
            except DBAPIError as exc:
                if not (again and exc.connection_invalidated and not committing):
                    raise
            log.warning("database connection lost before the commit: running the work again")
            return attempt(again=False)

        def run() -> R:
            try:
                return attempt(again=True)
            except SQLAlchemyError as exc:
                log.error("database error: %s", type(exc).__name__)
                raise StorageError(UNAVAILABLE) from exc

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
            snapshots = repo.list_snapshots(session, session_id=session_id)
            # The patient message whose turn began the intake: the first snapshot that holds a
            # chief complaint (health questions before it never reach extract).
            began = next((s.message_id for s in snapshots if intake_started(s.record)), None)
            messages = repo.list_messages(session, session_id=session_id)
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
                messages=[(m.role, m.content) for m in messages],
                red_flags=[
                    {"flag_id": f.flag_id, "level": f.level, "label": f.label}
                    for f in repo.list_red_flags(session, session_id=session_id)
                ],
                advice=advice,
                intake_started=began is not None,
                answered=sum(
                    1
                    for m in messages
                    if began is not None and m.role == "patient" and m.id > began
                ),
            )

        return await self._db(read)

    async def send(
        self,
        session_id: str,
        message: str | PatientMessage,
        on_event: Callable[[StreamEvent], None] | None = None,
    ) -> TurnResult:
        """Run one patient turn to completion; stream events go to ``on_event``."""
        result: TurnResult | None = None
        async for item in self.turn(session_id, message):
            if isinstance(item, TurnResult):
                result = item
            elif on_event is not None:
                on_event(item)
        assert result is not None
        return result

    async def turn(
        self, session_id: str, message: str | PatientMessage
    ) -> AsyncIterator[StreamEvent | TurnResult]:
        """Run one patient turn, yielding stream events and finally the :class:`TurnResult`.

        ``message`` is the patient's raw text, or the :class:`PatientMessage` an interface
        already read with ``agent.patient_message.read_message`` (cleaned, language detected:
        that is not done again). Raises :class:`InputRejected` (empty, too long, finished, or
        ``code="busy"`` while another turn of this session runs), :class:`TurnFailed` when the
        turn breaks off or runs past ``turn_timeout_s`` (the message stays stored; sending it
        again continues), and :class:`StorageError` when the database fails (nothing
        half-written).
        """
        if isinstance(message, str):
            message = read_message(message)
        loop = asyncio.get_running_loop()
        deadline = None if self.turn_timeout_s is None else loop.time() + self.turn_timeout_s
        try:
            async with self.locks.hold(session_id):
                async for item in self._locked_turn(session_id, message, deadline):
                    yield item
        except SessionBusy:
            language = message.language_in(self.context.default_language)
            raise InputRejected(
                message_text("session_busy", language, number=self.context.emergency_number),
                code="busy",
            ) from None

    async def _locked_turn(
        self, session_id: str, message: PatientMessage, deadline: float | None
    ) -> AsyncIterator[StreamEvent | TurnResult]:
        """The turn itself, run with the session's lock held."""
        opened = await self._db(partial(self._open_turn, session_id=session_id, message=message))
        # Committed: the patient's words are safe before any LLM call.
        language, message_id = opened.language, opened.message_id

        runner = GraphRunner(self.graph, self.context)
        steps = runner.turn(
            session_id, message_id, message, opened.session_language, opened.unanswered
        )
        outcome: RunOutcome | None = None
        earlier: TurnResult | None = None
        try:
            while True:
                # The turn's budget covers every model call and retry; past it the turn
                # stops at its last checkpoint and the next send continues from there.
                async with asyncio.timeout_at(deadline):
                    item = await anext(steps)
                if isinstance(item, RunOutcome) and item.message_id != message_id:
                    # An earlier message's broken run, finished now: record it against
                    # that message (its red flags, reply and record) before this one.
                    earlier = self._result(session_id, item)
                    await self._db(partial(self._record_turn, result=earlier, outcome=item))
                elif isinstance(item, RunOutcome):
                    outcome = item
                else:
                    yield item
        except StopAsyncIteration:
            pass
        except TriageError:
            raise
        except Exception as exc:  # never a traceback for the patient; never content in logs
            why = "ran out of time" if isinstance(exc, TimeoutError) else "failed"
            # where it broke (file, line, function: code, never content), so a failure seen
            # once can be found without the patient's words
            where = traceback.extract_tb(exc.__traceback__)[-1:]
            at = f" at {where[0].filename}:{where[0].lineno} in {where[0].name}" if where else ""
            log.error("turn %s in session %s: %s%s", why, session_id, type(exc).__name__, at)
            raise TurnFailed(
                message_text("model_unavailable", language, number=self.context.emergency_number)
            ) from exc
        finally:
            await steps.aclose()

        if outcome is None:
            # The earlier run ended the conversation (advice or an emergency): that is
            # the answer; this message stays stored for the nurse.
            assert earlier is not None, "the graph answered no message"
            yield earlier
            return
        result = self._result(session_id, outcome)
        await self._db(partial(self._record_turn, result=result, outcome=outcome))
        yield result

    def _open_turn(self, session: Session, *, session_id: str, message: PatientMessage) -> Opened:
        """Read the session once (with its latest message), refuse what cannot be answered,
        store the message."""
        row = repo.turn_opening(session, session_id=session_id)
        if row is None:
            raise SessionNotFound("No conversation with that id; start a new one.")
        language = message.language_in(row.language)
        if row.disposition is not None:  # finished, perhaps just now by another replica
            raise InputRejected(message_text("session_finished", language), code="finished")
        check_message(message, max_chars=self.max_message_chars, language=language)
        message_id, unanswered = self._store_patient_message(
            session, session_id, message.text, row.last
        )
        return Opened(
            message_id=message_id,
            language=language,
            session_language=row.language,
            unanswered=unanswered,
        )

    @staticmethod
    def _result(session_id: str, outcome: RunOutcome) -> TurnResult:
        """Return the turn's result from the graph's state at the end of its run."""
        values = outcome.values
        reply, sources = turn_answer(values, outcome.message_id)
        return TurnResult(
            session_id=session_id,
            stage=values.get("stage", "collecting"),
            reply=reply,
            disposition=(values.get("advice") or {}).get("disposition"),
            red_flags=list(values.get("turn_flags", [])),
            advice=values.get("advice"),
            fallbacks=max(0, outcome.fallbacks),
            sources=sources,
            intake_started=intake_started(values.get("record")),
        )

    @staticmethod
    def _store_patient_message(
        session: Session, session_id: str, text: str, last: repo.LastMessage | None
    ) -> tuple[int, Unanswered | None]:
        """Store the message and return its id, with the patient message before it (``last``,
        the session's latest message) when that one has no reply (its turn broke off); a
        resend of an unanswered message is reused."""
        if last is not None and last.role == "patient" and last.content == text:
            return last.id, None  # the retry of a turn that broke off: kept once, not twice
        stored = repo.append_message(session, session_id=session_id, role="patient", content=text)
        if last is None or last.role != "patient":
            return stored, None
        return stored, Unanswered(last.id, read_message(last.content))

    def _record_turn(self, session: Session, *, result: TurnResult, outcome: RunOutcome) -> None:
        """Store the agent's reply, the record snapshot, red flags and any assessment, and
        count the turn on the session row (one update, no read)."""
        sid, message_id, values = result.session_id, outcome.message_id, outcome.values
        repo.finish_turn(
            session,
            session_id=sid,
            stage=result.stage,
            disposition=result.disposition,
            language=values.get("language"),
        )
        reply = repo.append_message(
            session, session_id=sid, role="agent", content=result.reply, row_locked=True
        )
        if result.sources:  # the document versions an answer cited, for the nurse
            kb_repo.add_citations(
                session, message_id=reply, chunk_ids=[s["passage_id"] for s in result.sources]
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


@dataclass(frozen=True)
class Opened:
    """A turn under way: its stored patient message and the languages it runs in."""

    message_id: int
    language: str  # the message's (the conversation's for a message without letters)
    session_language: str  # the session row's, for the graph's first run
    unanswered: Unanswered | None  # the patient message before this one, if it has no reply
