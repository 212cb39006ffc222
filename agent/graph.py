"""The triage graph: wiring only. Nodes live in ``agent/nodes/``, one per module.

::

    patient message (the run's input: one transcript turn and its language)
    START → check_rules ── rule emergency ────────────────────────────► emergency → END
              ├── a health question ──► answer ──► END  (the intake resumes next message)
              │                           └── with symptoms too: on as below
              │ otherwise, one node: intake
        ┌─────┴─────┐
     extract      screen        (in parallel: LLM round trip 1; none under "phrasing")
        └─────┬─────┘
            assess ── emergency ──────────────────────────────────► emergency → END
              ├── ask ───────► END          (LLM round trip 2, streamed)
              └── advise → END              (LLM round trip 2, streamed)

One run per patient message: ``agent.graph_run`` starts it with the message as its input
(``turn_input``), and the state carries over in the checkpointer between runs. A run that
stops before END broke off; ``agent.graph_run`` finishes it. At most two sequential LLM
round trips per patient turn (one with the bundled model, whose level and extraction are
not trusted: ``agent.weighing``); a rule-triggered emergency needs none. The rules run once
per message in ``check_rules`` (again in ``assess`` only if the record changed what they
read), and ``assess`` chooses the questions ``ask`` offers. Nodes never import each other:
shared helpers live in ``agent/rules.py``, ``agent/questions.py``, ``clinical/grounding.py``,
``agent/weighing.py`` and ``agent/streaming.py``. Routers are pure functions of the state and
raise on an impossible one. ``build_graph()`` returns the uncompiled builder: the app
compiles it with the persistent checkpointer, tests with an in-memory one.

Each router runs at the end of its node (:func:`routed`): the node returns its update with
the router's choice (LangGraph's ``Command``), which is the choice a conditional edge would
make, as the router reads the same state (the node's input with its update applied). A
conditional edge costs more for the same answer: LangGraph copies every channel of the
state to read it and calls a plain-function router in a worker thread, twice a turn.

``extract``, ``screen`` and ``assess`` always run together, so they are one graph node,
``intake`` (:func:`intake_node`): the two side by side on the same state, then ``assess``
on the state with both updates, as LangGraph ran them as three tasks in two steps. When
``check_rules`` routes there, it runs ``intake`` in its own task (``routed(..., then=)``),
so a turn is two LangGraph steps (``check_rules``, then ``ask``, ``advise`` or
``emergency``); the ``intake`` node itself is reached only after ``answer``. The
three nodes stay in the graph only for a run an earlier release left broken before one of
them (:data:`LEGACY_NODES`). A run broken inside ``intake`` (the turn's time budget,
a crash) runs all of it again when it is finished, both model calls included.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command

from agent.answer_turn import message_route
from agent.context import AgentContext
from agent.nodes.advise import advise
from agent.nodes.answer import answer
from agent.nodes.ask import ask
from agent.nodes.assess import assess
from agent.nodes.check_rules import check_rules
from agent.nodes.emergency import emergency
from agent.nodes.extract import extract
from agent.nodes.screen import screen
from agent.state_updates import changes, combine, merge, only_changes
from states.graph_state import TriageState


def route_after_rules(state: TriageState) -> Literal["emergency", "answer"] | list[str]:
    """Go straight to the emergency reply on a rule emergency; answer a health question
    (``knowledge.routing``); else extract and screen."""
    if "rule_level" not in state:
        raise ValueError("check_rules left no rule level (not even None)")
    if state["rule_level"] == "emergency":
        return "emergency"
    kind = message_route(state)
    # A message with symptoms that asks for a dose or a diagnosis gets the kind refusal and
    # the intake: the refusal is its answer.
    if kind == "question" or (kind == "both" and not state.get("scope_request")):
        return "answer"
    return ["extract", "screen"]


def route_after_answer(state: TriageState) -> str | list[str]:
    """Go on into the intake when the message also reported symptoms, else end the run."""
    if (state.get("answer") or {}).get("goes_on"):
        return ["extract", "screen"]
    return END


def route_after_assess(state: TriageState) -> Literal["ask", "advise", "emergency"]:
    """Follow the decision ``assess`` wrote; any other value is a bug."""
    step = state.get("next")
    if step not in ("ask", "advise", "emergency"):
        raise ValueError(f"assess left no valid next step: {step!r}")
    if step == "ask" and not (state.get("candidates") or state.get("confirming")):
        raise ValueError("assess chose to ask but left no question to ask")
    return step


def turn_input(
    text: str, message_id: int | None, language: str | None, previous: str
) -> TriageState:
    """Return a run's input for one patient message: its transcript turn and its language
    (read once at the boundary, ``agent.patient_message``; ``None``, a message without
    letters, keeps ``previous``, the conversation's)."""
    return {
        "messages": [{"role": "patient", "content": text, "message_id": message_id}],
        "language": language or previous,
    }


Node = Callable[..., Awaitable[dict[str, Any]]]

INTAKE = "intake"
"""The node that runs ``extract`` and ``screen`` side by side, then ``assess`` (:func:`intake`).

The routers name ``extract`` and ``screen``, which always run together and always lead to
``assess``: :func:`routed` sends both to this one node. One node instead of three saves
LangGraph two tasks and one step per turn (a task's callback managers, config merges and
scheduling; a step's task preparation and write application)."""

LEGACY_NODES = ("extract", "screen", "assess")
"""The three nodes ``intake`` replaced, kept so that a run a release before it left broken
before one of them is finished as it began (``agent.graph_run``); no run starts there now."""


def _to_intake(goto: Sequence[str]) -> list[str]:
    """Return ``goto`` with ``extract`` and ``screen`` sent to :data:`INTAKE` (once)."""
    out: list[str] = []
    for step in goto:
        step = INTAKE if step in ("extract", "screen") else step
        if step != END and step not in out:
            out.append(step)
    return out


def intake_node(extract_node: Node, screen_node: Node, assess_node: Node) -> Node:
    """Return a node that runs ``extract_node`` and ``screen_node`` concurrently on the same
    state, as the graph's two parallel tasks did, then ``assess_node`` on the state with both
    updates applied (extract's first, as LangGraph orders the writes of one step by node
    name), and returns the one update that brings the state to where the three left it."""

    async def intake(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
        extracted, screened = await asyncio.gather(
            extract_node(state, runtime), screen_node(state, runtime)
        )
        update = combine(extracted, screened)
        after: dict[str, Any] = dict(state)
        merge(after, update)
        return combine(update, await assess_node(after, runtime))

    return intake


Router = Callable[[TriageState], str | Sequence[str]]


def routed(
    node: Node, router: Router, *, then: tuple[Node, Router] | None = None
) -> Callable[..., Awaitable[Command[str]]]:
    """Wrap ``node`` so that it also goes where ``router`` says, given the state after the
    node's update (``END``: nowhere, the run ends).

    With ``then`` (the intake node and its router), a choice of :data:`INTAKE` alone runs it
    here, on the state after this node's update, and goes where its router says: the
    same state and the same next node as the graph's next step would give, without that
    step. Only for a node without a model call (``check_rules``), so finishing a broken run
    repeats no model call more than before."""

    def choice(step: str | Sequence[str]) -> list[str]:
        return _to_intake([step] if isinstance(step, str) else step)

    @functools.wraps(node)
    async def wrapped(state: TriageState, *args: Any, **kwargs: Any) -> Command[str]:
        update = await node(state, *args, **kwargs)
        after: dict[str, Any] = dict(state)
        merge(after, update)
        goto = choice(router(after))  # type: ignore[arg-type]
        if then is not None and goto == [INTAKE]:
            next_node, next_router = then
            more = await next_node(after, *args, **kwargs)
            merge(after, more)
            update = changes(state, combine(update, more))
            goto = choice(next_router(after))  # type: ignore[arg-type]
        return Command(update=update, goto=goto)

    return wrapped


def build_graph() -> StateGraph[TriageState, AgentContext, TriageState, TriageState]:
    """Return the uncompiled triage graph."""
    builder = StateGraph(TriageState, context_schema=AgentContext)
    # Each node's update without the keys it leaves as they were: every key is a
    # checkpoint write (agent.state_updates). A node with a router goes where it says
    # (``routed``); ``destinations`` lists where that can be.
    run_intake = only_changes(
        intake_node(only_changes(extract), only_changes(screen), only_changes(assess))
    )
    builder.add_node(
        "check_rules",
        routed(only_changes(check_rules), route_after_rules, then=(run_intake, route_after_assess)),
        destinations=("emergency", "answer", "ask", "advise"),
    )
    builder.add_node(
        INTAKE,
        routed(run_intake, route_after_assess),
        destinations=("ask", "advise", "emergency"),
    )
    # LEGACY_NODES: only for a run broken before one of them by an earlier release.
    builder.add_node("extract", only_changes(extract))
    builder.add_node("screen", only_changes(screen))
    builder.add_node(
        "assess",
        routed(only_changes(assess), route_after_assess),
        destinations=("ask", "advise", "emergency"),
    )
    builder.add_node("ask", only_changes(ask))
    builder.add_node("advise", only_changes(advise))
    builder.add_node("emergency", only_changes(emergency))
    builder.add_node(
        "answer",
        routed(only_changes(answer), route_after_answer),
        destinations=(END, INTAKE),
    )

    builder.add_edge(START, "check_rules")
    builder.add_edge(["extract", "screen"], "assess")
    builder.add_edge("ask", END)
    builder.add_edge("advise", END)
    builder.add_edge("emergency", END)
    return builder
