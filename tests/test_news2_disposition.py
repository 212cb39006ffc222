"""NEWS2 as an aggregate score, and the levels below the red flags (clinical.disposition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinical import ClinicalDataError
from clinical.disposition import Dispositions, decide
from clinical.news2 import news2, points_for
from clinical.questions import load_questions
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from states.record import IntakeRecord, Symptom, VitalSigns

EMERGENCY, URGENT = Disposition.EMERGENCY, Disposition.URGENT
NON_URGENT, SELF_CARE = Disposition.NON_URGENT, Disposition.SELF_CARE


# --- NEWS2 (RCP 2017) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "points"),
    [
        ("respiratory_rate", 8, 3),
        ("respiratory_rate", 9, 1),
        ("respiratory_rate", 20, 0),
        ("respiratory_rate", 21, 2),
        ("respiratory_rate", 25, 3),
        ("oxygen_saturation", 91, 3),
        ("oxygen_saturation", 93, 2),
        ("oxygen_saturation", 95, 1),
        ("oxygen_saturation", 96, 0),
        ("systolic_bp", 90, 3),
        ("systolic_bp", 100, 2),
        ("systolic_bp", 110, 1),
        ("systolic_bp", 219, 0),
        ("systolic_bp", 220, 3),
        ("heart_rate_bpm", 40, 3),
        ("heart_rate_bpm", 50, 1),
        ("heart_rate_bpm", 90, 0),
        ("heart_rate_bpm", 110, 1),
        ("heart_rate_bpm", 130, 2),
        ("heart_rate_bpm", 131, 3),
        ("temperature_c", 35.0, 3),
        ("temperature_c", 36.0, 1),
        ("temperature_c", 38.0, 0),
        ("temperature_c", 39.0, 1),
        ("temperature_c", 39.1, 2),
    ],
)
def test_news2_bands(field: str, value: float, points: int) -> None:
    assert points_for(field, value) == points


def test_news2_adds_oxygen_and_consciousness() -> None:
    score = news2({"heart_rate_bpm": 95}, on_oxygen=True, altered_consciousness=True)
    assert score.score == 1 + 2 + 3
    assert score.single_red


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2 + 2 + 2 + 2 + 1 = 9: each moderately abnormal, none alone a danger-zone value
        ("72F, cough. RR 24, SpO2 93%, HR 118, BP 98/62, T 38.9, alert", "news2_high"),
        (
            "體溫三十九度二，心率一百二十次，呼吸二十六次，血壓九十五/六十，血氧百分之九十二",
            "news2_high",
        ),
        ("HR 105, RR 22, T 38.5, BP 105/70", "news2_medium"),  # 1 + 2 + 1 + 1 = 5
        ("breathing rate 26, everything else normal", "news2_single_parameter"),
    ],
)
def test_news2_aggregate_from_typed_vitals(rules: RuleSet, text: str, expected: str) -> None:
    hits = {h.rule_id: h for h in rules.evaluate(text)}
    assert expected in hits, list(hits)
    level = EMERGENCY if expected == "news2_high" else URGENT
    assert hits[expected].level is level
    assert hits[expected].evidence.startswith("NEWS2 ")


def test_news2_counts_new_confusion(rules: RuleSet) -> None:
    # T 35.4 (1), HR 104 (1), RR 22 (2), BP 102 (1), SpO2 95 (1) = 6, new confusion (3) = 9
    text = "81M, new confusion since this morning. T 35.4, HR 104, RR 22, BP 102/60, SpO2 95%"
    assert "news2_high" in {h.rule_id for h in rules.evaluate(text)}


def test_news2_is_for_adults_who_are_not_pregnant(rules: RuleSet) -> None:
    text = "RR 24, SpO2 93%, HR 118, BP 98/62, T 38.9"
    assert "news2_high" not in {h.rule_id for h in rules.evaluate(text + ", she is 3 years old")}
    pregnant = IntakeRecord(pregnant=True)
    assert not any(h.rule_id.startswith("news2") for h in rules.evaluate(text, record=pregnant))


def test_news2_combines_the_record_and_earlier_messages(rules: RuleSet) -> None:
    record = IntakeRecord(vitals=VitalSigns(heart_rate_bpm=118, systolic_bp=98))
    hits = rules.evaluate("RR 24 and SpO2 93%", record=record, earlier=["T 38.9"])
    assert "news2_high" in {h.rule_id for h in hits}


# --- all four levels without a model ----------------------------------------------------


def _decide(rules: RuleSet, text: str, record: IntakeRecord | None = None) -> Disposition:
    families = load_questions().families_for([text], rules)
    level, reasons = decide(record, [text], families, rules=rules)
    assert reasons
    return level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("blocked nose and sneezing for two days, otherwise fine", SELF_CARE),
        ("鼻塞两天，其他都好", SELF_CARE),
        ("mild headache since this morning, getting better", SELF_CARE),
        ("sore throat for two days, eating and drinking normally", SELF_CARE),
        ("I have a headache", NON_URGENT),  # no positive evidence for self-care
        ("my knee has hurt for 3 weeks when I climb stairs", NON_URGENT),
        ("脚后跟疼了快两个月了", NON_URGENT),
        ("a mild rash that keeps coming back", NON_URGENT),
        ("I'd like a medication review", NON_URGENT),
        ("my back pain is 8/10 and not getting any better", URGENT),
        ("my toenail is red and hot with pus", URGENT),
        ("a dog bit my hand an hour ago", URGENT),
        ("脚崴了，肿得很厉害，不能着地", URGENT),
    ],
)
def test_levels_below_the_red_flags(rules: RuleSet, text: str, expected: Disposition) -> None:
    assert _decide(rules, text) is expected


def test_self_care_needs_nothing_against_it(rules: RuleSet) -> None:
    text = "a mild cough"
    assert _decide(rules, text) is SELF_CARE
    assert _decide(rules, text, IntakeRecord(pregnant=True)) is NON_URGENT
    assert _decide(rules, text, IntakeRecord(age_years=80)) is NON_URGENT
    assert _decide(rules, "a mild cough for a month") is NON_URGENT
    assert _decide(rules, "a mild cough, getting worse") is NON_URGENT
    long = IntakeRecord(symptoms=[Symptom(name="cough", duration="three weeks")])
    assert _decide(rules, text, long) is NON_URGENT


def test_the_record_s_severity_counts(rules: RuleSet) -> None:
    record = IntakeRecord(symptoms=[Symptom(name="back pain", severity=8)])
    assert _decide(rules, "my back hurts", record) is URGENT


def test_risk_groups_raise_the_level(rules: RuleSet) -> None:
    assert _decide(rules, "a mild cough", IntakeRecord(age_years=0.1)) is URGENT
    assert _decide(rules, "I'm on chemotherapy and have a fever") is URGENT
    assert _decide(rules, "I'm pregnant and it burns when I pee") is URGENT


def test_a_family_floor_holds(rules: RuleSet) -> None:
    # new chest pain is assessed today (NICE CG95), however mildly it is put
    assert _decide(rules, "a mild chest pain, getting better") is URGENT


def test_decide_never_says_emergency(rules: RuleSet) -> None:
    assert _decide(rules, "crushing chest pain, sweating, 10/10") is URGENT


def test_a_broken_dispositions_file_fails_naming_the_list(tmp_path: Path) -> None:
    path = tmp_path / "dispositions.yaml"
    path.write_text("version: 1\nwindow_days: 7\nphrases: {mild: {en: [mild]}}\n", "utf-8")
    with pytest.raises(ClinicalDataError, match="phrases 'mild'"):
        Dispositions.load(path)


def test_the_graph_s_no_model_path_uses_the_decision() -> None:
    from agent.weighing import final_level

    def final(texts: list[str], families: list[str], **kw: object) -> Disposition:
        return final_level(None, None, IntakeRecord(), texts=texts, families=families, **kw)  # type: ignore[arg-type]

    assert (
        final(["blocked nose for two days, otherwise fine"], ["general"], trust="phrasing")
        is SELF_CARE
    )
    assert final(["my knee has hurt for 3 weeks"], ["general"], trust="phrasing") is NON_URGENT
    assert final(["my toenail is red and hot with pus"], ["general"], trust="phrasing") is URGENT
    # a model that failed under "escalate": the decision, and "contact a clinician" at least
    failed = final(["a mild cough"], ["general"], trust="escalate", model_failed=True)
    assert failed is NON_URGENT


# --- NEWS2 SpO2 scale 2 (RCP 2017): only where a target of 88-92% is said --------------------
# RCP NEWS2 chart 2: scale 2 is for a patient with hypercapnic respiratory failure whose
# clinician has set a target of 88-92% (BTS oxygen guideline), usually COPD. Read as the
# person's usual or target saturation, 88-92, said with COPD; never COPD alone.


def test_news2_scale_2_bands() -> None:
    assert news2({"oxygen_saturation": 90}, spo2_scale2=True).score == 0
    assert news2({"oxygen_saturation": 88}, spo2_scale2=True).score == 0
    assert news2({"oxygen_saturation": 86}, spo2_scale2=True).score == 1
    assert news2({"oxygen_saturation": 84}, spo2_scale2=True).score == 2
    assert news2({"oxygen_saturation": 83}, spo2_scale2=True).score == 3
    assert news2({"oxygen_saturation": 96}, spo2_scale2=True).score == 0  # on air
    # on oxygen, 93 and above scores (over-oxygenation): 97 is 3, plus 2 for the oxygen
    assert news2({"oxygen_saturation": 97}, on_oxygen=True, spo2_scale2=True).score == 5
    assert news2({"oxygen_saturation": 90}).score == 3  # scale 1 unless said


@pytest.mark.parametrize(
    "text",
    [
        "I have COPD and my sats are 90% on air, which is my usual, a bit more puffed than normal",
        "74M COPD, SpO2 91% RA (target 88-92), RR 20, HR 88, T 37.2",
        "emphysema, oxygen level 89 today, my usual sats are 88 to 92",
        "慢阻肺，今天血氧90，平时就是88到92之间",
        "我有慢性阻塞性肺病，指脉氧九十一，平常都系九十左右",
    ],
)
def test_copd_at_the_usual_target_is_not_hypoxia(rules: RuleSet, text: str) -> None:
    hits = {h.rule_id for h in rules.evaluate(text)}
    assert not hits & {"vital_spo2_low", "news2_high", "news2_single_parameter"}, hits


@pytest.mark.parametrize(
    "text",
    [
        "I have COPD and my sats are 90% today",  # COPD alone: scale 1
        "COPD, sats 90, usually 96",  # a usual above the target range
        "sats 90% which is my usual",  # a usual without COPD
        "COPD, sats 85% on air, my usual is 88-92",  # below the target range
        "慢阻肺，血氧90",
    ],
)
def test_scale_2_needs_copd_and_a_usual_or_target_of_88_to_92(rules: RuleSet, text: str) -> None:
    levels = {h.level for h in rules.evaluate(text)}
    assert EMERGENCY in levels, levels


def test_scale_2_scores_a_high_saturation_on_oxygen(rules: RuleSet) -> None:
    hits = {h.rule_id for h in rules.evaluate("COPD, target sats 88-92, on 2L, SpO2 97%, HR 88")}
    assert "news2_medium" in hits, hits


def test_a_patients_own_oxygen_by_flow_scores_in_news2(rules: RuleSet) -> None:
    # scale 2: RR 24 (2) + SpO2 90 on oxygen (0) + oxygen (2) + HR 115 (2) + BP 98 (2) + T 38.2 (1)
    text = "COPD, target 88-92%. SpO2 90% on her 2L, RR 24, HR 115, BP 98/60, T 38.2"
    hits = {h.rule_id for h in rules.evaluate(text)}
    assert "news2_high" in hits, hits
    assert "sepsis_infection_new_oxygen" not in hits  # her own oxygen is no new need (NG51)
