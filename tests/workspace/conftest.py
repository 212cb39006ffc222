"""Fixtures for the nurse workspace tests: a real server with sessions from real conversations."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session, sessionmaker
from starlette.routing import Mount

from agent.conversation import Conversation
from core.settings import Settings
from fakes.llm_scripts import ModelScript
from tests.nurse_data import Seeded, seed
from tests.nurse_server import add_users, serving, workspace_app


@dataclass
class Site:
    url: str
    seeded: Seeded
    sessions: sessionmaker[Session]
    routes: list[str]
    patient_token: str
    patient_session: str  # just started: only the greeting, in progress


def concrete(path: str, session_id: str) -> str:
    """Fill a route template with plausible values."""
    path = path.replace("{session_id}", session_id).replace("{kind}", "fhir")
    return re.sub(r"\{[^}]+\}", "x", path)


def workspace_paths(app, session_id: str) -> list[str]:
    """Return every route of the app under /nurse, the Gradio app's own (nested) included."""

    def walk(routes, prefix: str) -> Iterator[str]:
        for route in routes:
            path = prefix + getattr(route, "path", "")
            if isinstance(route, Mount):
                yield path or "/"
                yield from walk(route.routes, path)
            elif hasattr(route, "original_router"):  # FastAPI's included router
                yield from walk(route.original_router.routes, prefix)
            else:
                yield path

    return sorted({concrete(p, session_id) for p in walk(app.routes, "") if p.startswith("/nurse")})


@pytest.fixture
async def site(
    conversation: Conversation, model: ModelScript, settings: Settings
) -> AsyncIterator[Site]:
    seeded = await seed(conversation, model)
    patient = await conversation.start("en")  # a live patient session and its token
    add_users(conversation.sessions)
    app = workspace_app(conversation.sessions, settings)
    paths = workspace_paths(app, seeded.emergency)
    with serving(app) as url:
        yield Site(url, seeded, conversation.sessions, paths, patient.token, patient.session_id)
