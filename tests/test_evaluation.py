"""`triage eval`: the development set, the simulated patient, the scores and the command."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, get_args

import pytest

from clinical.loading import ClinicalDataError
from clinical.questions import CASE_TOPICS, QUESTION_TOPICS, QuestionBank, load_questions
from core.settings import Settings
from fakes import FakeOpenAIServer
from fakes.least_urgent import least_urgent, least_urgent_instance
from fakes.llm_scripts import ModelScript
from states.outputs import Advice, Extraction, NextQuestion, RedFlagAssessment
from tests.test_cli import fake_env, triage
from triage.app import open_conversation
from triage.evaluation import (
    CaseResult,
    EvalCase,
    Voice,
    evaluate,
    load_cases,
    question_topics,
    rules_only,
    run_case,
    score,
    summary_lines,
)
from triage.simulated_patient import SimulatedPatient

ROOT = Path(__file__).parent.parent
DEV_SET = ROOT / "eval" / "dev_cases.jsonl"
LEVELS = ("emergency", "urgent", "non_urgent", "self_care")


@pytest.fixture(scope="module")
def dev_cases() -> list[EvalCase]:
    return load_cases(DEV_SET)


def write_cases(path: Path, cases: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), "utf-8")
    return path


# --- the development set ----------------------------------------------------------------


def test_the_development_set_is_big_balanced_and_bilingual(dev_cases: list[EvalCase]) -> None:
    assert len(dev_cases) >= 400
    per_level = Counter(c.gold_triage.value for c in dev_cases)
    assert all(per_level[level] >= 80 for level in LEVELS), per_level
    chinese = [c for c in dev_cases if c.language == "zh"]
    assert len(chinese) >= 0.3 * len(dev_cases)
    assert sum(c.script == "traditional" for c in chinese) >= 20
    voices = Counter(c.voice for c in dev_cases)
    assert set(voices) == set(get_args(Voice)), voices
    # what a nurse asks every patient is known for every case (README, "How to evaluate")
    assert all({"age", "onset", "severity", "course"} <= set(c.facts) for c in dev_cases)


def test_the_development_set_is_interleaved_so_a_stopped_run_is_a_balanced_sample(
    dev_cases: list[EvalCase],
) -> None:
    # A slow model rarely finishes all cases; the report is rewritten after each one.
    smallest = min(Counter(c.gold_triage.value for c in dev_cases).values())
    for rounds in range(1, smallest + 1):
        prefix = dev_cases[: rounds * len(LEVELS)]
        assert Counter(c.gold_triage.value for c in prefix) == dict.fromkeys(LEVELS, rounds)


def test_rules_alone_catch_every_emergency_and_never_escalate_self_care(
    dev_cases: list[EvalCase],
) -> None:
    report = score(rules_only(dev_cases))
    figures = summary_lines({"mode": "rules_only", **report})
    assert report["emergency_sensitivity"] == 1.0, figures
    emergencies = report["confusion"]["emergency"]
    assert emergencies["non_urgent"] + emergencies["self_care"] == 0, figures  # none below urgent
    assert report["confusion"]["self_care"]["emergency"] == 0, figures
    assert report["accuracy"] >= 0.70, figures


async def test_a_least_urgent_model_cannot_lower_any_rule_emergency(
    dev_cases: list[EvalCase],
) -> None:
    rule_emergencies = {r.id for r in rules_only(dev_cases) if r.predicted == "emergency"}
    assert len(rule_emergencies) >= 15
    # every rule emergency, plus one case of each other level and language: whole intakes
    sample = {
        next(c.id for c in dev_cases if c.gold_triage.value == lv and c.language == lang)
        for lv in LEVELS[1:]
        for lang in ("en", "zh")
    }
    chosen = [c for c in dev_cases if c.id in rule_emergencies | sample]
    partial: list[dict[str, Any]] = []
    report = await evaluate(
        Settings(),
        chosen,
        concurrency=4,
        progress=None,
        checkpoint=partial.append,
        model="least-urgent",
    )
    assert report["model"] == "least-urgent (fake)"
    assert [p["n"] for p in partial] == list(range(1, len(chosen) + 1))
    assert not any(p["complete"] for p in partial) and report["complete"] is True

    by_id = {c["id"]: c for c in report["cases"]}
    assert [i for i in rule_emergencies if by_id[i]["predicted"] != "emergency"] == []
    assert report["undecided"] == 0  # every whole intake reached a disposition
    assert all(2 <= by_id[i]["turns"] <= 25 for i in sample)


# --- the least-urgent model ---------------------------------------------------------------


def test_the_least_urgent_model_answers_every_schema_with_its_least_urgent_option() -> None:
    assert least_urgent_instance(Extraction.model_json_schema()) == {"update": {}}
    assessment = RedFlagAssessment.model_validate(
        least_urgent_instance(RedFlagAssessment.model_json_schema())
    )
    assert assessment.level == "self_care" and assessment.findings == []
    advice = Advice.model_validate(least_urgent_instance(Advice.model_json_schema()))
    assert advice.disposition == "self_care"
    invented = {  # a schema added later is answered the same way
        "type": "object",
        "required": ["level", "raise", "signs", "score", "note"],
        "properties": {
            "level": {"enum": ["emergency", "urgent", "non_urgent", "self_care"]},
            "raise": {"type": "boolean"},
            "signs": {"type": "array", "items": {"type": "string"}},
            "score": {"type": "integer", "minimum": 1},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
    }
    assert least_urgent_instance(invented) == {
        "level": "self_care",
        "raise": False,
        "signs": [],
        "score": 1,
        "note": None,
    }


def test_the_least_urgent_model_asks_the_first_candidate() -> None:
    candidates = [{"id": "headache.neuro", "asks": "Any weakness?"}, {"id": "age", "asks": "Age?"}]
    body = {
        "messages": [{"role": "user", "content": f"candidates: {json.dumps(candidates)}"}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "NextQuestion", "schema": NextQuestion.model_json_schema()},
        },
    }
    reply = NextQuestion.model_validate_json(least_urgent(body).content)
    assert reply.question_id == "headache.neuro"


# --- the simulated patient --------------------------------------------------------------


TOPICS = {
    "chief_complaint": ("complaint",),
    "severity": ("severity",),
    "allergies": ("allergies",),
    "headache.neuro": ("neurological",),
    "general.danger": ("chest_pain", "breathing", "severity"),
}


def test_the_simulated_patient_answers_from_the_facts_of_the_topic_asked() -> None:
    facts = {
        "severity": "about 8 out of 10",
        "neurological": "yes, my left arm went weak",
        "breathing": "no, breathing is fine",
    }
    p = SimulatedPatient("My head hurts", language="en", facts=facts, topics=TOPICS)
    assert p.first_message == "My head hurts"
    assert p.answer({"id": "headache.neuro", "text": "Weak?"}) == "yes, my left arm went weak"
    assert p.answer({"id": "severity"}) == "about 8 out of 10"
    assert p.answer({"id": "allergies"}) == "I'm not sure."  # no fact for that topic
    assert p.answer({"id": "chief_complaint"}) == "My head hurts"
    # a question about several topics: the facts it has, in the question's order
    assert p.answer({"id": "general.danger"}) == "no, breathing is fine. about 8 out of 10"
    # a question outside the bank that names its topic, and no question at all
    assert p.answer({"id": "confirm.neuro", "topic": "neurological"}) == facts["neurological"]
    assert p.answer({"id": "confirm.x"}) == "I'm not sure."
    assert p.answer(None) == "I'm not sure."


def test_the_simulated_patient_answers_in_chinese() -> None:
    facts = {"severity": "大概七分", "breathing": "没有，呼吸正常", "chest_pain": "胸口不痛"}
    p = SimulatedPatient("头疼", language="zh", facts=facts, topics=TOPICS)
    assert p.answer({"id": "severity"}) == "大概七分"
    assert p.answer({"id": "allergies"}) == "我不确定。"
    assert p.answer({"id": "general.danger"}) == "胸口不痛。没有，呼吸正常。大概七分"


def test_the_simulated_patient_never_imports_the_rule_matcher() -> None:
    source = (ROOT / "triage" / "simulated_patient.py").read_text("utf-8")
    imported = {
        alias.name if isinstance(node, ast.Import) else node.module or ""
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [node])
    }
    assert not any(name.split(".")[0] in {"clinical", "agent", "knowledge"} for name in imported)
    loaded = subprocess.run(  # and nothing it imports brings the matcher in either
        [
            sys.executable,
            "-c",
            "import sys, triage.simulated_patient; print(' '.join(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout.split()
    assert "triage.simulated_patient" in loaded
    assert not [m for m in loaded if m.startswith(("clinical", "agent", "knowledge"))]


def test_every_bank_question_has_a_topic_a_case_can_answer() -> None:
    bank = load_questions()
    topics = question_topics(bank)
    assert set(topics) == {q.id for q in bank.questions}
    assert all(topics[q.id] and set(topics[q.id]) <= set(QUESTION_TOPICS) for q in bank.questions)
    asked_about = {t for ts in topics.values() for t in ts}
    screening = {"breathing", "consciousness", "bleeding", "chest_pain", "neurological"}
    screening |= {"mental_health", "dehydration", "fever_sepsis", "allergic_reaction"}
    assert (
        screening | {"onset", "severity", "age", "pregnancy"}
        <= asked_about
        <= {
            "complaint",
            *CASE_TOPICS,
        }
    )


def test_a_bank_question_without_a_topic_is_a_load_error_naming_it(tmp_path: Path) -> None:
    packaged = (ROOT / "clinical" / "data" / "questions.yaml").read_text("utf-8")
    line = "      - id: headache.neuro\n        topic: neurological\n"
    assert line in packaged
    broken = tmp_path / "questions.yaml"
    broken.write_text(packaged.replace(line, "      - id: headache.neuro\n"), "utf-8")
    with pytest.raises(ClinicalDataError, match=r"'headache.neuro': topic: Field required"):
        QuestionBank.load(broken)
    broken.write_text(packaged.replace(line, line.replace("neurological", "nerves")), "utf-8")
    with pytest.raises(ClinicalDataError, match=r"'headache.neuro': topic: .*'nerves'"):
        QuestionBank.load(broken)


# --- the case format --------------------------------------------------------------------


def test_old_and_new_case_formats_load_and_facts_use_the_fixed_topics(tmp_path: Path) -> None:
    new = {
        "id": "n",
        "text": "頭好痛",
        "gold_triage": "non_urgent",
        "lang": "zh",
        "script": "traditional",
        "voice": "short",
        "facts": {"severity": "五分", "onset": "昨天"},
        "rationale": "NHS: headache without red flags",
    }
    old = {"id": "o", "text": "I have a cough", "gold_triage": "self_care"}
    o, n = load_cases(write_cases(tmp_path / "cases.jsonl", [old, new]))
    assert (o.facts, o.lang, o.voice, o.language) == ({}, None, None, "en")
    assert n.facts == {"severity": "五分", "onset": "昨天"} and n.voice == "short"
    for wrong, why in [
        ({"facts": {"temperature": "39"}}, "facts.temperature"),
        ({"voice": "shouting"}, "voice"),
        ({"lang": "en", "script": "traditional"}, "for Chinese cases"),
    ]:
        path = write_cases(tmp_path / "bad.jsonl", [old, {**new, **wrong}])
        with pytest.raises(ValueError, match=rf":2: .*{why}"):
            load_cases(path)


@pytest.fixture
async def sqlite_conversation(fake_llm: FakeOpenAIServer, sqlite_url: str) -> Any:
    settings = Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url, database_url=sqlite_url)
    async with open_conversation(settings, announce=False) as conv:
        yield conv


async def test_an_old_format_case_knows_only_its_first_message(
    sqlite_conversation: Any, model: ModelScript
) -> None:
    case = EvalCase(id="o", text="I have had a cough since yesterday", gold_triage="self_care")
    topics = question_topics(load_questions())
    result = await run_case(sqlite_conversation, case, topics=topics)
    assert result.predicted is not None and result.turns >= 3
    assert len(result.asked) == result.turns - 1 and set(result.asked) <= set(topics)
    said = await patient_messages(sqlite_conversation, result.session)
    assert said[0] == case.text
    assert set(said[1:]) <= {"I'm not sure.", case.text}
    assert "I'm not sure." in said[1:]


async def test_a_case_answers_each_question_with_its_facts_for_that_topic(
    sqlite_conversation: Any, model: ModelScript
) -> None:
    facts = {"severity": "大概三分", "age": "三十岁", "onset": "昨天晚上开始的"}
    case = EvalCase(id="z", text="我咳嗽", gold_triage="self_care", lang="zh", facts=facts)
    result = await run_case(sqlite_conversation, case, topics=question_topics(load_questions()))
    said = await patient_messages(sqlite_conversation, result.session)
    assert said[0] == "我咳嗽"
    assert {"大概三分", "三十岁", "昨天晚上开始的", "我不确定。"} <= set(said[1:])
    assert set(said[1:]) <= {*facts.values(), "我不确定。", "我咳嗽"}


async def test_a_confirming_question_is_answered_from_the_facts_of_its_topic(
    sqlite_conversation: Any, model: ModelScript
) -> None:
    # "no chest pain" holds the sign back; its confirming question carries the sign's topic
    # (chest_pain), so the simulated patient answers it from the case's facts, not "not sure"
    case = EvalCase(
        id="c",
        text="no chest pain, I just feel a bit off today",
        gold_triage="emergency",
        facts={"chest_pain": "yes"},
    )
    result = await run_case(sqlite_conversation, case, topics=question_topics(load_questions()))
    said = await patient_messages(sqlite_conversation, result.session)
    assert result.asked[0] == "confirm:chest_pain"
    assert said[1] == "yes"
    assert result.predicted == "emergency"


async def test_an_answer_that_asks_back_still_answers_and_the_intake_ends(
    sqlite_conversation: Any, model: ModelScript
) -> None:
    # Patients ask back while answering ("about 3, is that bad?"). Such an answer used to
    # be routed as a health question alone: the pending intake question was asked again,
    # the same answer came back, and the conversation ran into the turn cap undecided.
    facts = {"severity": "about 3 out of 10, is that bad?", "onset": "yesterday, why?"}
    case = EvalCase(id="q", text="I have a sore throat", gold_triage="self_care", facts=facts)
    result = await run_case(sqlite_conversation, case, topics=question_topics(load_questions()))
    assert result.error is None and result.predicted is not None
    assert max(Counter(result.asked).values()) <= 2  # asked again once at most


async def patient_messages(conversation: Any, session_id: str | None) -> list[str]:
    assert session_id is not None
    history = await conversation.history(session_id)
    return [text for role, text in history.messages if role == "patient"]


# --- scores and the command -------------------------------------------------------------


def test_scores_count_under_and_over_triage_and_cases_without_advice() -> None:
    results = [
        CaseResult("a", "emergency", "emergency"),
        CaseResult("b", "emergency", "urgent"),  # under
        CaseResult("c", "self_care", "non_urgent"),  # over
        CaseResult("d", "urgent", None, error="no disposition after 25 turns"),  # under
    ]
    report = score(results)
    assert report["n"] == 4
    assert report["accuracy"] == 0.25
    assert report["emergency_sensitivity"] == 0.5
    assert report["under_triage_rate"] == 0.5
    assert report["over_triage_rate"] == 0.25
    assert report["undecided"] == 1
    assert report["confusion"]["emergency"] == {
        "emergency": 1,
        "urgent": 1,
        "non_urgent": 0,
        "self_care": 0,
    }
    assert any("no disposition" in line for line in summary_lines({"mode": "x", **report}))


HAND_MADE = [  # id, gold, lang, voice, what the run predicted
    ("e1", "emergency", "en", "patient", "emergency"),
    ("e2", "emergency", "zh", "patient", "self_care"),  # an emergency sent home
    ("e3", "emergency", "en", "clinician", "urgent"),
    ("u1", "urgent", "en", "patient", "emergency"),
    ("n1", "non_urgent", "zh", "short", "self_care"),  # right on 3 levels, not safe
    ("s1", "self_care", "en", "short", "emergency"),  # self-care sent to emergency
    ("s2", "self_care", "zh", "patient", "self_care"),
    ("s3", "self_care", "en", "patient", "non_urgent"),  # right on 3 levels, safe
    ("u2", "urgent", "zh", "patient", None),  # no disposition: wrong and unsafe
]


def test_the_figures_of_a_hand_made_case_file(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path / "cases.jsonl",
        [
            {"id": i, "text": "x", "gold_triage": gold, "lang": lang, "voice": voice}
            for i, gold, lang, voice, _ in HAND_MADE
        ],
    )
    predicted = {i: p for i, *_, p in HAND_MADE}
    results = [
        CaseResult(c.id, c.gold_triage.value, predicted[c.id], lang=c.lang, voice=c.voice)
        for c in load_cases(path)
    ]
    report = score(results)
    assert {k: report[k] for k in ("n", "undecided")} == {"n": 9, "undecided": 1}
    assert report["accuracy"] == round(2 / 9, 4)
    assert report["accuracy_3"] == round(4 / 9, 4)
    assert report["safe_rate"] == round(5 / 9, 4)
    assert report["emergency_sensitivity"] == round(1 / 3, 4)
    assert report["emergency_as_self_care"] == 1
    assert report["self_care_to_emergency"] == 1
    assert report["self_care_to_emergency_rate"] == round(1 / 3, 4)
    assert report["under_triage_rate"] == round(4 / 9, 4)
    assert report["over_triage_rate"] == round(3 / 9, 4)
    assert report["confusion"]["self_care"] == {
        "emergency": 1,
        "urgent": 0,
        "non_urgent": 1,
        "self_care": 1,
    }
    en, zh = report["by_language"]["en"], report["by_language"]["zh"]
    assert (en["n"], en["accuracy"], en["accuracy_3"], en["safe_rate"]) == (5, 0.2, 0.4, 0.8)
    assert (en["emergency_sensitivity"], en["self_care_to_emergency_rate"]) == (0.5, 0.5)
    assert (zh["n"], zh["safe_rate"], zh["emergency_as_self_care"]) == (4, 0.25, 1)
    assert zh["emergency_sensitivity"] == 0.0 and zh["self_care_to_emergency"] == 0
    assert {v: f["n"] for v, f in report["by_voice"].items()} == {
        "clinician": 1,
        "patient": 6,
        "short": 2,
    }
    lines = summary_lines({"mode": "rules_only", **report})
    assert "  emergencies as self_care    1" in lines
    assert "  self_care sent to emergency 1 (33.3% of self_care)" in lines
    assert any(line.split()[:3] == ["zh", "4", "25.0%"] for line in lines)

    no_keys = score([CaseResult("a", "urgent", "urgent")])
    assert "by_language" not in no_keys and "by_voice" not in no_keys


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ('{"id": "a", "text": "x", "gold_triage": "soon"}\n', ":1:"),
        ('{"id": "a", "text": "x", "gold_triage": "urgent"}\nnot json\n', ":2:"),
        ('{"id": "a", "text": "x", "gold_triage": "urgent"}\n' * 2, "duplicate id"),
        ("\n", "no cases"),
    ],
)
def test_a_bad_cases_file_names_the_line(tmp_path: Path, content: str, why: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=why):
        load_cases(path)


def test_triage_eval_rules_only_on_the_development_set(tmp_path: Path) -> None:
    out = tmp_path / "rules.json"
    env = without_model_settings()
    done = triage(["eval", "--rules-only", str(DEV_SET), "--out", str(out)], env, tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(report["seconds"], float) and report["seconds"] >= 0  # measured, no gate
    assert done.stdout.startswith(f"rules_only: {report['n']} cases in ")
    assert "  emergency sensitivity       100.0%" in done.stdout.splitlines()
    assert set(report) >= {
        "n",
        "accuracy",
        "accuracy_3",
        "safe_rate",
        "emergency_sensitivity",
        "emergency_as_self_care",
        "self_care_to_emergency",
        "self_care_to_emergency_rate",
        "under_triage_rate",
        "over_triage_rate",
        "confusion",
        "cases",
        "seconds",
    }
    assert report["emergency_sensitivity"] == 1.0
    assert report["confusion"]["self_care"]["emergency"] == 0
    entry = {"id", "gold", "predicted", "red_flags", "turns"}
    assert entry <= set(report["cases"][0]) <= entry | {"lang", "voice"}


def without_model_settings() -> dict[str, str]:
    """The environment of a machine with no model configured: rules-only must not need one."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}


def test_triage_eval_with_the_least_urgent_model_keeps_rule_emergencies(tmp_path: Path) -> None:
    weak = "my left arm went weak and my speech is slurred"
    cases = [
        {"id": "mi", "text": "胸口压榨样疼痛，出冷汗", "gold_triage": "emergency"},  # old format
        {  # the danger is only in what the patient answers when asked
            "id": "stroke",
            "text": "I have a headache",
            "gold_triage": "emergency",
            "lang": "en",
            "voice": "short",
            "facts": {"neurological": f"yes, {weak}", "onset": "an hour ago"},
        },
        {"id": "cold", "text": "I have a runny nose since yesterday", "gold_triage": "self_care"},
    ]
    path = write_cases(tmp_path / "cases.jsonl", cases)
    out = tmp_path / "report.json"
    args = ["eval", str(path), "--model", "least-urgent", "--out", str(out)]
    done = triage(args, without_model_settings(), tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["mode"], report["model"], report["n"]) == (
        "conversation",
        "least-urgent (fake)",
        3,
    )
    by_id = {c["id"]: c for c in report["cases"]}
    assert by_id["mi"]["predicted"] == "emergency"
    assert by_id["stroke"]["predicted"] == "emergency" and by_id["stroke"]["turns"] > 1
    assert by_id["cold"]["predicted"] == "self_care"
    assert "emergencies as self_care    0" in done.stdout
    refused = triage([*args, "--rules-only"], without_model_settings(), tmp_path)
    assert refused.returncode == 2 and "--rules-only runs no model" in refused.stderr


def test_triage_eval_runs_whole_conversations_against_the_configured_model(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript
) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "\n".join(
            json.dumps(c, ensure_ascii=False)
            for c in [
                {
                    "id": "cold",
                    "text": "I have a runny nose since yesterday",
                    "gold_triage": "self_care",
                },
                {"id": "mi", "text": "胸口压榨样疼痛，出冷汗", "gold_triage": "emergency"},
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "report.json"
    db = tmp_path / "clinic.db"
    done = triage(
        ["eval", str(cases), "--out", str(out)], fake_env(fake_llm, f"sqlite:///{db}"), tmp_path
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mode"] == "conversation" and report["n"] == 2 and report["complete"]
    by_id = {c["id"]: c for c in report["cases"]}
    assert by_id["mi"]["predicted"] == "emergency" and by_id["mi"]["turns"] == 1
    assert by_id["cold"]["predicted"] == "self_care" and by_id["cold"]["turns"] > 1
    assert "chest_pain_crushing" in by_id["mi"]["red_flags"]
    assert not db.exists()  # evaluation sessions stay out of the clinic's database


def test_triage_eval_resume_keeps_finished_cases_and_runs_only_the_rest(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript
) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"id": "mi", "text": "胸口压榨样疼痛，出冷汗", "gold_triage": "emergency"},
        {"id": "cold", "text": "I have a runny nose since yesterday", "gold_triage": "self_care"},
    ]
    cases.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in lines), "utf-8")
    out = tmp_path / "report.json"
    env = fake_env(fake_llm, f"sqlite:///{tmp_path / 'clinic.db'}")
    model_name = Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url).model_name
    interrupted = {  # what a run stopped after its first case leaves behind
        "mode": "conversation",
        "backend": "vllm",
        "model": model_name,
        "max_turns": 25,
        "complete": False,
        "cases": [
            {"id": "mi", "gold": "emergency", "predicted": "urgent", "red_flags": [], "turns": 7}
        ],
    }
    out.write_text(json.dumps(interrupted), "utf-8")
    done = triage(["eval", str(cases), "--out", str(out), "--resume"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "resuming: 1 case(s)" in done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["complete"] and report["n"] == 2
    assert [c["id"] for c in report["cases"]] == ["mi", "cold"]  # file order
    assert report["cases"][0]["turns"] == 7  # kept as it was: "mi" was not run again
    assert report["cases"][1]["predicted"] == "self_care"

    other = dict(interrupted, model="some-other-model")
    out.write_text(json.dumps(other), "utf-8")
    refused = triage(["eval", str(cases), "--out", str(out), "--resume"], env, tmp_path)
    assert refused.returncode == 1
    assert "cannot resume" in refused.stderr and "some-other-model" in refused.stderr


def test_triage_eval_resume_can_run_again_the_cases_that_broke_off(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript
) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"id": "cold", "text": "I have a runny nose since yesterday", "gold_triage": "self_care"},
        {"id": "mi", "text": "胸口压榨样疼痛，出冷汗", "gold_triage": "emergency"},
        {"id": "long", "text": "My knee hurts", "gold_triage": "non_urgent"},
    ]
    cases.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in lines), "utf-8")
    out = tmp_path / "report.json"
    env = fake_env(fake_llm, f"sqlite:///{tmp_path / 'clinic.db'}")
    model_name = Settings(llm_backend="vllm", llm_base_url=fake_llm.base_url).model_name
    broken = "TurnFailed: the automatic assessment could not finish"
    earlier = {
        "mode": "conversation",
        "backend": "vllm",
        "model": model_name,
        "max_turns": 25,
        "complete": True,
        "cases": [
            {"id": "cold", "gold": "self_care", "predicted": None, "turns": 2, "error": broken},
            {"id": "mi", "gold": "emergency", "predicted": "emergency", "turns": 1},
            {
                "id": "long",
                "gold": "non_urgent",
                "predicted": None,
                "turns": 25,
                "error": "no disposition after 25 turns",
            },
        ],
    }
    out.write_text(json.dumps(earlier), "utf-8")
    args = ["eval", str(cases), "--out", str(out), "--resume", "--retry-broken"]
    done = triage(args, env, tmp_path)

    assert done.returncode == 0, done.stderr
    assert "running again 1 that broke off: ['cold']" in done.stderr
    report = {c["id"]: c for c in json.loads(out.read_text(encoding="utf-8"))["cases"]}
    assert report["cold"]["predicted"] == "self_care" and not report["cold"].get("error")
    assert report["long"]["error"] == "no disposition after 25 turns"  # an outcome: kept
    assert report["mi"]["turns"] == 1
    alone = triage(["eval", str(cases), "--retry-broken"], env, tmp_path)
    assert alone.returncode == 2 and "--retry-broken goes with --resume" in alone.stderr
