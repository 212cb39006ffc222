"""What every workspace request needs, as FastAPI dependencies with one ``Annotated`` alias each.

- :class:`Workspace`: the database and the login settings, kept on ``app.state`` by
  :func:`ui.nurse.mount_nurse_workspace` (``WorkspaceDep``);
- a database session in a transaction that commits when the route returns, before the
  response leaves (``DbSession``);
- the logged-in user, as the gate in front (:mod:`ui.nurse.gate`) found it: the login is
  read once per request, there (``CurrentNurse``).

Gradio's handlers are not FastAPI routes; they read the same user with :func:`nurse_of`
and open their one transaction with :meth:`Workspace.transaction`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Concatenate, ParamSpec, TypeVar

import gradio as gr
from fastapi import Depends, HTTPException, Request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from nurse import audit
from ui.nurse_texts import text

log = logging.getLogger(__name__)

STATE_KEY = "nurse_user"
"""Where the gate leaves the logged-in user in the request's state."""


@dataclass(frozen=True)
class NurseUser:
    """The logged-in user of one request."""

    id: int
    name: str
    role: str

    @property
    def actor(self) -> audit.Actor:
        """Return the audit actor."""
        return audit.Actor(user_id=self.id, name=self.name)


@dataclass(frozen=True)
class Workspace:
    """What the workspace needs: the database and its login settings."""

    sessions: sessionmaker[Session]
    idle: timedelta
    secure_cookie: bool
    base: str = "/nurse"
    language: str = "en"  # of the workspace's own words (TRIAGE_NURSE_LANGUAGE)
    watch_s: float = 30.0  # how often an open queue checks for new sessions
    idle_minutes: int = 15

    def transaction(self) -> AbstractContextManager[Session]:
        """Return a context manager: a session in a transaction, committed on exit."""
        return self.sessions.begin()

    def t(self, key: str, **values: object) -> str:
        """Return the workspace text ``key`` in the workspace's language."""
        return text(key, self.language, **values)


def get_workspace(request: Request) -> Workspace:
    """Return the workspace this app serves."""
    workspace: Workspace = request.app.state.nurse_workspace
    return workspace


WorkspaceDep = Annotated[Workspace, Depends(get_workspace)]


def get_db(ws: WorkspaceDep) -> Iterator[Session]:
    """Yield a session in a transaction; it commits when the route returns (before the
    response is sent, so a redirect never races its own commit) and rolls back on error."""
    with ws.transaction() as session:
        yield session


DbSession = Annotated[Session, Depends(get_db, scope="function")]


def request_user(request: Request) -> NurseUser | None:
    """Return the user the gate let through for this request."""
    user = request.scope.get("state", {}).get(STATE_KEY)
    return user if isinstance(user, NurseUser) else None


def current_nurse(request: Request) -> NurseUser:
    """Return the request's user; refuse the request without one (a second lock: the gate
    in front already refused it)."""
    user = request_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="Log in first.")
    return user


CurrentNurse = Annotated[NurseUser, Depends(current_nurse)]


def nurse_of(request: gr.Request, ws: Workspace) -> NurseUser:
    """Return the user of a Gradio event: the one the gate checked on the request that
    queued it (Gradio keeps that request's state with the event)."""
    state = getattr(request, "state", None)
    user = getattr(state, STATE_KEY, None) if state is not None else None
    if not isinstance(user, NurseUser):
        raise gr.Error(ws.t("error.login_ended"))
    return user


class Handlers:
    """Base of the Gradio handler groups (queue, session view, audit log): the workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws


H = TypeVar("H", bound=Handlers)
P = ParamSpec("P")
R = TypeVar("R")


def guarded(handler: Callable[Concatenate[H, P], R]) -> Callable[Concatenate[H, P], R]:
    """Turn a database failure in a Gradio handler into a plain message; the exception
    (which can quote the SQL parameters, so health data) is never shown nor logged, only
    its type name."""

    @functools.wraps(handler)
    def wrapper(self: H, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return handler(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            log.error("nurse workspace database error: %s", type(exc).__name__)
            raise gr.Error(self.ws.t("error.database")) from None

    return wrapper
