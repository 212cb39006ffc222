"""Shared fixtures: isolated environment, a fake OpenAI server, a ready conversation."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from agent.conversation import Conversation
from clinical.red_flags import RuleSet, load_rules
from core.settings import Settings, get_settings
from fakes import FakeOpenAIServer
from fakes.llm_scripts import ModelScript
from fakes.postgres import PostgresServer
from triage.app import open_conversation

BACKENDS = ("sqlite", "postgres")
"""The databases the storage and graph tests run on (``-k sqlite`` or ``-k postgres``)."""


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Drop every TRIAGE_* variable and run in an empty folder (no stray .env or triage.db)."""
    for name in list(os.environ):
        if name.startswith("TRIAGE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    _forget_cached_http_clients()
    yield
    get_settings.cache_clear()


def _forget_cached_http_clients() -> None:
    """Drop langchain-openai's process-wide httpx clients, cached per (base URL, timeout).

    Each test runs its own event loop and its own fake server on a free port; a later test
    that gets the same port would reuse a client whose pooled connections belong to a closed
    loop ("Event loop is closed"). The app runs one loop, so only the tests need this.
    """
    from langchain_openai.chat_models import _client_utils

    for name in ("_cached_async_httpx_client", "_cached_sync_httpx_client"):
        cached = getattr(_client_utils, name, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


@pytest.fixture
def model() -> ModelScript:
    """What the fake model answers; a test scripts it with ``model.use({...})``."""
    return ModelScript()


@pytest.fixture
def fake_llm(model: ModelScript) -> Iterator[FakeOpenAIServer]:
    """A real OpenAI-compatible HTTP server on loopback, answering through ``model``."""
    with FakeOpenAIServer(model) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole run (``TRIAGE_TEST_POSTGRES_URL`` or a private one)."""
    with PostgresServer.start() as server:
        yield server


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for this test."""
    return f"sqlite:///{tmp_path / 'triage.db'}"


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty Postgres database for this test, dropped afterwards."""
    with postgres_server.database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    """A fresh database for this test: every test using it runs on SQLite and on Postgres."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def settings(fake_llm: FakeOpenAIServer, database_url: str) -> Settings:
    """Settings pointing at the fake vLLM server and the test database."""
    return Settings(
        llm_backend="vllm",
        llm_base_url=fake_llm.base_url,
        database_url=database_url,
        emergency_number="120",
        llm_retries=2,
    )


@pytest.fixture
async def conversation(settings: Settings) -> AsyncIterator[Conversation]:
    """A conversation service wired exactly as the app wires it."""
    async with open_conversation(settings, announce=False) as conv:
        yield conv


_FIGURES: list[str] = []


@pytest.fixture
def figures() -> list[str]:
    """Lines a test reports as figures (counts, times) at the end of the run, never asserted."""
    return _FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures tests reported (load tests' counts and times)."""
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    """The packaged red-flag rules, loaded once (a test module may define its own)."""
    return load_rules()
