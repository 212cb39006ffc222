"""`triage eval`: the development set, the simulated patient, the scores and the command."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from clinical.language import detect_language
from clinical.questions import load_questions
from clinical.red_flags import load_rules
from core.settings import Settings
from fakes import FakeOpenAIServer
from fakes.llm_scripts import ModelScript
from tests.test_cli import fake_env, triage
from triage.evaluation import (
    CaseResult,
    EvalCase,
    evaluate,
    load_cases,
    rules_only,
    score,
    summary_lines,
)
from triage.simulated_patient import AGE_QUESTIONS, MEASURED_QUESTIONS, SCREENS, SimulatedPatient

DEV_SET = Path(__file__).parent.parent / "eval" / "dev_cases.jsonl"
LEVELS = ("emergency", "urgent", "non_urgent", "self_care")

# A model that always answers the least urgent option it can.
LEAST_URGENT = {
    "Extraction": [{"update": {}}],
    "RedFlagAssessment": [{"level": "self_care", "findings": []}],
    "Advice": [
        {
            "disposition": "self_care",
            "message": "You can stay at home.",
            "reasons": [],
            "self_care": ["rest"],
            "get_help_now_if": [],
        }
    ],
}


@pytest.fixture(scope="module")
def dev_cases() -> list[EvalCase]:
    return load_cases(DEV_SET)


# --- the development set ----------------------------------------------------------------


def test_the_development_set_is_big_balanced_and_bilingual(dev_cases: list[EvalCase]) -> None:
    assert len(dev_cases) >= 80
    per_level = Counter(c.gold_triage.value for c in dev_cases)
    assert all(per_level[level] >= 15 for level in LEVELS), per_level
    languages = Counter(detect_language(c.text) for c in dev_cases)
    assert min(languages["en"], languages["zh"]) >= 0.4 * len(dev_cases), languages


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
    assert report["emergency_sensitivity"] == 1.0
    assert report["confusion"]["self_care"]["emergency"] == 0


async def test_a_least_urgent_model_cannot_lower_any_rule_emergency(
    dev_cases: list[EvalCase], model: ModelScript, settings: Settings
) -> None:
    model.use(LEAST_URGENT)
    rule_emergencies = {r.id for r in rules_only(dev_cases) if r.predicted == "emergency"}
    assert len(rule_emergencies) >= 15
    # every rule emergency, plus one case of each level and language to run whole intakes
    sample = {
        next(c.id for c in dev_cases if c.gold_triage.value == lv and c.id.startswith(lang))
        for lv in LEVELS[1:]
        for lang in ("en", "zh")
    }
    chosen = [c for c in dev_cases if c.id in rule_emergencies | sample]
    partial: list[dict[str, Any]] = []
    report = await evaluate(
        settings, chosen, concurrency=4, progress=None, checkpoint=partial.append
    )
    assert [p["n"] for p in partial] == list(range(1, len(chosen) + 1))
    assert not any(p["complete"] for p in partial) and report["complete"] is True

    by_id = {c["id"]: c for c in report["cases"]}
    assert all(by_id[i]["predicted"] == "emergency" for i in rule_emergencies)
    assert all(by_id[i]["turns"] == 1 for i in rule_emergencies)  # caught on the first message
    assert report["undecided"] == 0  # every whole intake reached a disposition
    assert all(2 <= by_id[i]["turns"] <= 25 for i in sample)


# --- the simulated patient --------------------------------------------------------------


def test_every_screening_question_of_the_bank_has_a_simulated_answer() -> None:
    rules = load_rules()
    screening = {q.id for q in load_questions().questions if q.fills == "screening"}
    assert screening == set(SCREENS) | set(AGE_QUESTIONS) | MEASURED_QUESTIONS
    assert {c for concepts, _ in SCREENS.values() for c in concepts} <= rules.concept_ids


def patient(text: str) -> SimulatedPatient:
    return SimulatedPatient(text, rules=load_rules(), questions=load_questions())


def test_the_simulated_patient_uses_only_the_case_text() -> None:
    p = patient("My 4 year old son has had a fever for three days, about 6/10, no rash")
    assert p.answer("age") == "4 year old"
    assert p.answer("duration") == "for three days"
    assert p.answer("severity") == "6/10"
    assert p.answer("sex") == "male"
    assert p.answer("fever.rash") == "No."  # negated in the case: not there
    assert p.answer("headache.neck_fever").startswith("Yes: ")  # the fever is there
    assert p.answer("fever_child.under_3_months") == "No, 4 year old."
    assert p.answer("allergies") == "I don't know."
    assert p.answer("pregnancy") == "I don't know."
    assert p.answer(None) == "I don't know."


def test_the_simulated_patient_answers_in_the_case_language() -> None:
    p = patient("胸口痛，放射到左臂")
    assert p.answer("chest_pain.spread").startswith("有的：")
    assert p.answer("chest_pain.sweat_breath") == "没有。"
    assert p.answer("age") == "不知道。"
    assert patient("我喘得说不出话").answer("breathlessness.sentences").startswith("不行：")
    assert patient("有点咳嗽").answer("breathlessness.sentences") == "据我所知，这方面没有问题。"


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
    assert "emergency sensitivity  100.0%" in done.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report) >= {
        "n",
        "accuracy",
        "emergency_sensitivity",
        "under_triage_rate",
        "over_triage_rate",
        "confusion",
        "cases",
    }
    assert report["emergency_sensitivity"] == 1.0
    assert report["confusion"]["self_care"]["emergency"] == 0
    assert set(report["cases"][0]) == {"id", "gold", "predicted", "red_flags", "turns"}


def without_model_settings() -> dict[str, str]:
    """The environment of a machine with no model configured: rules-only must not need one."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}


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
