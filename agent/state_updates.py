"""Node updates as the graph's channels apply them, and without the writes that change nothing.

Every key a node returns is one write the checkpointer stores (a row per key and per new
channel version on Postgres), whether or not it changes the state: ``check_rules`` resets
eight keys every message, most of them to what they already hold. :func:`only_changes`
wraps a node so that it returns only what changes (a key it returns with the value the
state already holds, or an empty addition to an accumulating key, is left out); the state
after each step is the same. :func:`merge` applies an update as the channels do, for
``agent.graph_run``, which follows the graph's updates instead of copying the state.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any, TypeVar, get_args, get_origin, get_type_hints

from states.graph_state import TriageState

R = TypeVar("R")


def _reducers() -> dict[str, Callable[[Any, Any], Any]]:
    """Return the state keys that accumulate, with their reducer (``operator.add``)."""
    hints = get_type_hints(TriageState, include_extras=True)
    return {
        key: args[1]
        for key, hint in hints.items()
        if get_origin(hint) is Annotated and callable((args := get_args(hint))[1])
    }


REDUCERS = _reducers()


def merge(values: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Apply one node's returned update to ``values`` as the graph's channels do."""
    for key, value in update.items():
        reducer = REDUCERS.get(key)
        values[key] = reducer(values[key], value) if reducer and key in values else value


def combine(first: Mapping[str, Any], second: Mapping[str, Any]) -> dict[str, Any]:
    """Return one update that does what applying ``first`` and then ``second`` does."""
    both = dict(first)
    merge(both, second)
    return both


def changes(state: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """Return the part of ``update`` that changes ``state``.

    A key absent from the state is always kept, even with ``None`` (a router may ask
    whether a node set it at all); an accumulating key is kept unless it adds nothing.
    """
    kept: dict[str, Any] = {}
    for key, value in update.items():
        if key in REDUCERS:
            if value or key not in state:
                kept[key] = value
        elif key not in state or state[key] != value:
            kept[key] = value
    return kept


def only_changes(
    node: Callable[..., Awaitable[dict[str, Any]]],
) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Wrap a node ``(state, runtime) -> update`` to return only :func:`changes`."""

    @functools.wraps(node)
    async def wrapped(state: TriageState, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return changes(state, await node(state, *args, **kwargs))

    return wrapped
