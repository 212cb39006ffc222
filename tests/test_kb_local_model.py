"""The source article's question on the bundled model, as a new user would try it:
``triage chat --script --json`` with no LLM settings answers from the starter library, with
sources and no intake question first (marker ``local_model``: starts the llama.cpp server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import answer as compose

pytestmark = pytest.mark.local_model

QUESTIONS = [
    ("糖尿病患者日常饮食应注意哪些事项？", "zh"),
    ("What should a person with diabetes watch in their daily diet?", "en"),
]


def test_the_source_articles_question_gets_a_sourced_answer_on_the_bundled_model(
    tmp_path: Path,
) -> None:
    script = tmp_path / "questions.txt"
    script.write_text("\n".join(q for q, _ in QUESTIONS), encoding="utf-8")
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
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(replies) == len(QUESTIONS)
    for (question, language), reply in zip(QUESTIONS, replies, strict=True):
        assert reply["stage"] == "collecting" and reply["disposition"] is None, question
        assert reply["sources"] and reply["sources"][0]["document"] == "diabetes-diet"
        assert all(s["version"] >= 1 and s["title"] for s in reply["sources"])
        assert compose.text("intro", language) in reply["reply"]  # extractive: the passages
        assert compose.text("disclaimer", language) in reply["reply"]
        assert reply["reply"].endswith(compose.text("offer_check", language))  # no intake question
