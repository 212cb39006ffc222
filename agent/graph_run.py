"""Running the graph for one patient message, and finishing a run that broke off.

The graph's state lives in the LangGraph checkpointer (thread id = session id). A turn reads
the latest checkpoint once (:class:`Checkpoint`) and then does one of:

- **answered, not recorded**: the checkpoint already holds the answer to this message (the
  process stopped between the graph and our tables): that answer is the outcome, no model
  call;
- **broken run**: the checkpoint stopped mid-graph, before END (model timeout, crash, failed
  write). That run is finished from there first. If it was this message's run, that is the
  answer; if it was an earlier message's (the patient wrote something else instead of
  resending), its outcome is handed back against *that* message, to be recorded first, and
  then this message runs, unless that earlier run ended the conversation;
- **never received**: the process stopped after storing an earlier message but before its
  run saved anything (runs save once, at their end, below), and the patient then wrote
  something else: that earlier message, read back from our transcript, is run first and
  handed back against its own id, as for a broken run;
- **normal**: one run of the graph with this message as its input (``turn_input``); the
  session's first message also carries the state's starting values, so it is one run too.

Runs save their checkpoint once, when they end (LangGraph's ``durability="exit"``), not after
every step: the checkpointer was most of a turn's database work. A run that raises or is
cancelled (the turn budget) still saves where it stopped, so it is finished as a broken run;
only a process killed mid-run saves nothing of it. That loses nothing the patient typed: the
message was committed to our transcript before the run (``agent.conversation``), and comes
back from there as a message the graph never received.

Each run streams only ``custom`` events (the text a node streams to the patient) and
``updates`` (what each node returned), which are merged onto the checkpoint's values as the
state schema declares (``Annotated`` reducers add, other keys are replaced), so no copy of
the whole state is made at every step. A finished broken run is read back with
``aget_state`` instead: it is rare, and its checkpoint also holds writes made before it broke.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import StateSnapshot

from agent.context import AgentContext
from agent.graph import turn_input
from agent.patient_message import PatientMessage
from agent.state_updates import merge
from states.graph_state import TriageState
from storage.turn_reads import one_read

StreamEvent = dict[str, Any]  # {"type": "delta", "text": str} | {"type": "reset"}
Graph = CompiledStateGraph[TriageState, AgentContext, TriageState, TriageState]

FINISHED = ()
"""A checkpoint's next nodes when no run is under way: the last run reached END."""


@dataclass(frozen=True)
class Checkpoint:
    """Where a session's graph stands: its state's values and the nodes due next."""

    values: dict[str, Any]
    next: tuple[str, ...]

    @classmethod
    def of(cls, snapshot: StateSnapshot) -> Checkpoint:
        """Return the checkpoint of a ``StateSnapshot``."""
        return cls(values=dict(snapshot.values), next=tuple(snapshot.next))

    @property
    def fresh(self) -> bool:
        """No run yet: the session's first message."""
        return not self.values

    @property
    def broken(self) -> bool:
        """A run stopped mid-graph, before END."""
        return self.next != FINISHED

    @property
    def waiting(self) -> bool:
        """The last run finished and the intake goes on: the next message starts a run."""
        return not self.broken and self.values.get("stage", "collecting") == "collecting"

    @property
    def failures(self) -> int:
        """Model calls that fell back, counted over the whole conversation."""
        return int(self.values.get("llm_failures") or 0)

    def holds(self, message_id: int) -> bool:
        """Return whether the graph has received patient message ``message_id``."""
        return any(t.get("message_id") == message_id for t in self.values.get("messages", []))

    def last_patient_message(self) -> int | None:
        """Return the id of the latest patient message the graph received, if any."""
        ids = [t["message_id"] for t in self.values.get("messages", []) if t["role"] == "patient"]
        return ids[-1] if ids else None


@dataclass(frozen=True)
class Unanswered:
    """A patient message stored before this turn's and never answered (no reply after it)."""

    message_id: int
    message: PatientMessage


@dataclass(frozen=True)
class RunOutcome:
    """The graph's state after answering patient message ``message_id``."""

    message_id: int
    values: dict[str, Any]
    fallbacks: int  # model calls that fell back in this run


class GraphRunner:
    """Drives the compiled graph for one session's turns (see the module docstring)."""

    def __init__(self, graph: Graph, context: AgentContext) -> None:
        self.graph = graph
        self.context = context

    async def turn(
        self,
        session_id: str,
        message_id: int,
        message: PatientMessage,
        language: str,
        unanswered: Unanswered | None = None,
    ) -> AsyncGenerator[StreamEvent | RunOutcome, None]:
        """Yield the patient's stream events and one :class:`RunOutcome` per message answered:
        an earlier message's first when a broken run of it was finished or ``unanswered`` (the
        patient message stored just before this one, with no reply) had never reached the
        graph, then this one's (absent when that earlier run ended the conversation).

        The checkpoint read here is the one LangGraph's run starts from: it is read from the
        database once (``storage.turn_reads``)."""
        steps = self._turn(session_id, message_id, message, language, unanswered)
        with one_read(self.graph.checkpointer, session_id):
            async with aclosing(steps):
                async for item in steps:
                    yield item

    async def _turn(
        self,
        session_id: str,
        message_id: int,
        message: PatientMessage,
        language: str,
        unanswered: Unanswered | None,
    ) -> AsyncGenerator[StreamEvent | RunOutcome, None]:
        config: RunnableConfig = {"configurable": {"thread_id": session_id}}
        checkpoint = Checkpoint.of(await self.graph.aget_state(config))
        if checkpoint.holds(message_id) and not checkpoint.broken:
            # Answered, but the turn was not recorded: record that answer, ask nothing again.
            yield RunOutcome(message_id, checkpoint.values, fallbacks=0)
            return
        if checkpoint.broken:
            ours = checkpoint.holds(message_id)
            async for event in self._stream(None, config, values=None):
                if ours:  # the patient sees the rest of their own turn streamed
                    yield event
            finished = Checkpoint.of(await self.graph.aget_state(config))
            fallbacks = finished.failures - checkpoint.failures
            if ours:
                yield RunOutcome(message_id, finished.values, fallbacks)
                return
            earlier = finished.last_patient_message()
            if earlier is not None:
                yield RunOutcome(earlier, finished.values, fallbacks)
            if not finished.waiting:
                return  # that run ended the conversation: nothing waits for a message
            checkpoint = finished
        elif unanswered is not None and not checkpoint.holds(unanswered.message_id):
            # Its process stopped before the run saved anything: run it now, unseen by the
            # patient (its reply is recorded for the nurse), then this message.
            outcome: RunOutcome | None = None
            async for item in self._run(
                session_id, config, checkpoint, unanswered.message_id, unanswered.message, language
            ):
                if isinstance(item, RunOutcome):
                    outcome = item
            assert outcome is not None
            yield outcome
            checkpoint = Checkpoint(values=outcome.values, next=FINISHED)
            if not checkpoint.waiting:
                return  # that message ended the conversation
        async for item in self._run(session_id, config, checkpoint, message_id, message, language):
            yield item

    async def _run(
        self,
        session_id: str,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        message_id: int,
        message: PatientMessage,
        language: str,
    ) -> AsyncIterator[StreamEvent | RunOutcome]:
        """Run the graph from a finished ``checkpoint`` with ``message`` as its input; yield
        its stream events, then its :class:`RunOutcome`."""
        values = dict(checkpoint.values)
        run_input: dict[str, Any] = {}
        if checkpoint.fresh:
            run_input = {"session_id": session_id, "stage": "collecting"}
        previous = values.get("language") or language
        run_input.update(turn_input(message.text, message_id, message.language, previous))
        merge(values, run_input)  # the input is no node's update: merged here
        async for event in self._stream(cast(TriageState, run_input), config, values=values):
            yield event
        fallbacks = int(values.get("llm_failures") or 0) - checkpoint.failures
        yield RunOutcome(message_id, values, fallbacks)

    async def _stream(
        self,
        run_input: TriageState | None,
        config: RunnableConfig,
        *,
        values: dict[str, Any] | None,
    ) -> AsyncIterator[StreamEvent]:
        """Run the graph (``None``: finish a broken run); yield its custom events and merge
        node updates into ``values``."""
        async for mode, chunk in self.graph.astream(
            run_input,
            config,
            context=self.context,
            stream_mode=["custom", "updates"],
            durability="exit",  # one checkpoint write per run (the module docstring)
        ):
            if mode == "custom":
                yield cast(StreamEvent, chunk)
            elif values is not None:
                for node, update in cast(dict[str, Any], chunk).items():
                    if not node.startswith("__") and isinstance(update, Mapping):
                        merge(values, update)
