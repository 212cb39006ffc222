"""The `triage` command line in real subprocesses, against the fake model server.

Tests taking ``database_url`` run on SQLite and on Postgres.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import ModelScript

COLD = ["I have a sore throat since yesterday", "mild, 2 out of 10", "I'm 34", *["no"] * 12]
COLD_EXTRACTIONS = [
    {
        "update": {
            "chief_complaint": "sore throat",
            "symptoms": [{"name": "sore throat", "onset": "yesterday"}],
        }
    },
    {"update": {"symptoms": [{"name": "sore throat", "severity": 2}]}},
    {"update": {"age_years": 34}},
    {"update": {}},
]


def triage(args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        input=stdin,
        timeout=120,
    )


def fake_env(server: FakeOpenAIServer, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        {
            "TRIAGE_LLM_BACKEND": "vllm",
            "TRIAGE_LLM_BASE_URL": server.base_url,
            "TRIAGE_DATABASE_URL": database_url,
            "TRIAGE_EMERGENCY_NUMBER": "999",
        }
    )
    return env


def stored_messages(database_url: str) -> list[tuple[str, str, str]]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT session_id, role, content FROM messages ORDER BY id"))
        result = [tuple(r) for r in rows]
    engine.dispose()
    return result


def test_scripted_json_chat_completes_and_the_transcript_is_stored_in_order(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript, database_url: str
) -> None:
    model.use({"Extraction": COLD_EXTRACTIONS})
    script = tmp_path / "lines.txt"
    script.write_text("\n".join(COLD), encoding="utf-8")
    done = triage(
        ["chat", "--script", str(script), "--json"], fake_env(fake_llm, database_url), tmp_path
    )
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(replies) >= 3
    for reply in replies:
        assert set(reply) >= {"session_id", "stage", "reply", "disposition", "red_flags"}
    assert [r["disposition"] for r in replies[:-1]] == [None] * (len(replies) - 1)
    assert replies[-1]["disposition"] == "self_care"
    assert len({r["session_id"] for r in replies}) == 1
    messages = stored_messages(database_url)
    patient = [content for _, role, content in messages if role == "patient"]
    assert patient == COLD[: len(replies)]
    assert [role for _, role, _ in messages] == ["agent"] + ["patient", "agent"] * len(replies)


def test_a_new_process_resumes_the_session_from_the_database(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript, database_url: str
) -> None:
    model.use({"Extraction": COLD_EXTRACTIONS})
    env = fake_env(fake_llm, database_url)
    first = tmp_path / "first.txt"
    first.write_text(COLD[0], encoding="utf-8")
    one = triage(["chat", "--script", str(first), "--json"], env, tmp_path)
    assert one.returncode == 0, one.stderr
    session_id = json.loads(one.stdout.splitlines()[-1])["session_id"]

    rest = tmp_path / "rest.txt"
    rest.write_text("\n".join(COLD[1:]), encoding="utf-8")
    two = triage(["chat", "--session", session_id, "--script", str(rest), "--json"], env, tmp_path)
    assert two.returncode == 0, two.stderr
    replies = [json.loads(line) for line in two.stdout.splitlines()]
    assert {r["session_id"] for r in replies} == {session_id}
    assert replies[-1]["disposition"] == "self_care"
    patient = [c for sid, role, c in stored_messages(database_url) if role == "patient"]
    assert patient == COLD[: len(replies) + 1]


def test_emergency_script_prints_the_configured_number_and_stops(
    tmp_path: Path, fake_llm: FakeOpenAIServer, database_url: str
) -> None:
    script = tmp_path / "lines.txt"
    script.write_text(
        "I think I'm having a stroke, my face is drooping\nhello?\n", encoding="utf-8"
    )
    done = triage(
        ["chat", "--script", str(script), "--json"], fake_env(fake_llm, database_url), tmp_path
    )
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(replies) == 1  # stops at the disposition
    assert replies[0]["disposition"] == "emergency" and "999" in replies[0]["reply"]
    assert replies[0]["red_flags"] and replies[0]["red_flags"][0]["source"] == "rule"
    # No model call at all (the only request is the start-up check that the model is served).
    assert [r.path for r in fake_llm.requests] == ["/v1/models"]


def test_bad_settings_give_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_LLM_BACKEND"] = "vllm"  # without TRIAGE_LLM_BASE_URL
    done = triage(["chat"], env, tmp_path, stdin="")
    assert done.returncode != 0
    assert "TRIAGE_LLM_BASE_URL" in done.stderr
    assert "Traceback" not in done.stderr


def test_unreachable_model_server_still_answers_safely(tmp_path: Path) -> None:
    # The server is there at start (a server that is not there at all stops the command
    # with its cause: tests/test_cli_errors.py), then drops every model call.
    dropped = FakeOpenAIServer(lambda body: Reply(content="{}", cut_after_chars=0))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    script = tmp_path / "lines.txt"
    script.write_text("My knee hurts\n", encoding="utf-8")
    with dropped:
        env.update(
            {
                "TRIAGE_LLM_BACKEND": "vllm",
                "TRIAGE_LLM_BASE_URL": dropped.base_url,
                "TRIAGE_LLM_RETRIES": "0",
                "TRIAGE_DATABASE_URL": f"sqlite:///{tmp_path}/t.db",
            }
        )
        done = triage(["chat", "--script", str(script), "--json"], env, tmp_path)
        assert any(r.path.endswith("/chat/completions") for r in dropped.requests)
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout.splitlines()[-1])
    assert reply["stage"] == "collecting" and reply["reply"]  # the bank's question
    assert "Traceback" not in done.stderr


def test_db_upgrade_and_downgrade(tmp_path: Path, database_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = database_url
    up = triage(["db", "upgrade"], env, tmp_path)
    assert up.returncode == 0, up.stderr
    assert "0003" in up.stdout  # the head revision (the knowledge base)
    down = triage(["db", "downgrade", "base"], env, tmp_path)
    assert down.returncode == 0, down.stderr
    assert "None" in down.stdout


def test_vllm_command_prints_the_launch_line_and_matching_settings(tmp_path: Path) -> None:
    done = triage(["llm", "vllm-command", "-tp", "2"], dict(os.environ), tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "vllm serve Qwen/Qwen2.5-7B-Instruct" in out
    for flag in (
        "--max-model-len 32768",
        "--gpu-memory-utilization 0.9",
        "--tensor-parallel-size 2",
        "--served-model-name Qwen/Qwen2.5-7B-Instruct",
    ):
        assert flag in out
    assert "TRIAGE_LLM_BACKEND=vllm" in out and "TRIAGE_LLM_BASE_URL=http://" in out


def test_config_prints_the_effective_settings_with_secrets_masked(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TRIAGE_EMERGENCY_NUMBER=120\n")  # read from the .env file
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = "postgresql+psycopg://triage:s3cret-pw@db:5432/triage"
    env["TRIAGE_LLM_API_KEY"] = "sk-very-secret"
    shown = triage(["config"], env, tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = dict(line.split("\t")[0].split("=", 1) for line in shown.stdout.splitlines())
    assert lines["TRIAGE_DATABASE_URL"] == "postgresql+psycopg://triage:***@db:5432/triage"
    assert lines["TRIAGE_LLM_API_KEY"] == "(set)"
    assert lines["TRIAGE_EMERGENCY_NUMBER"] == "120"
    assert lines["TRIAGE_LLM_BASE_URL"] == "(unset)"
    assert "s3cret-pw" not in shown.stdout and "sk-very-secret" not in shown.stdout
