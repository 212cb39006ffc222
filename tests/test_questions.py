"""The intake question bank: complete histories, screening first, never a repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinical import ClinicalDataError
from clinical.questions import Question, QuestionBank, load_questions
from clinical.red_flags import RuleSet
from states.record import IntakeRecord, Symptom

FAMILIES = {
    "chest_pain",
    "headache",
    "abdominal_pain",
    "breathlessness",
    "fever",
    "fever_child",
    "injury",
    "mental_health",
    "skin_rash",
    "urinary",
    "general",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_questions()


def known_record(**changes: object) -> IntakeRecord:
    """A record with chief complaint, onset, severity and age known."""
    data: dict[str, object] = {
        "chief_complaint": "chest pain",
        "symptoms": [Symptom(name="chest pain", onset="an hour ago", severity=6)],
        "age_years": 54,
    }
    data.update(changes)
    return IntakeRecord.model_validate(data)


def test_the_bank_has_every_family_with_two_to_four_screening_questions(
    bank: QuestionBank,
) -> None:
    assert set(bank.families) == FAMILIES
    assert bank.fallback == "general"
    for name, family in bank.families.items():
        assert 2 <= len(family.questions) <= 4, name
        assert all(q.fills == "screening" and q.family == name for q in family.questions)


def test_every_question_exists_in_english_and_chinese(bank: QuestionBank) -> None:
    for question in bank.questions:
        en, zh = question.in_language("en"), question.in_language("zh")
        assert en.strip() and zh.strip(), question.id
        assert en != zh, question.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), question.id
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in en), question.id


def test_in_language_falls_back_to_english(bank: QuestionBank) -> None:
    question = bank.get("severity")
    assert question.in_language("fr") == question.text["en"]
    assert question.in_language("zh-CN") == question.text["zh"]


def test_get_unknown_question_names_it(bank: QuestionBank) -> None:
    with pytest.raises(KeyError, match="no_such_question"):
        bank.get("no_such_question")


@pytest.mark.parametrize(
    ("texts", "families"),
    [
        (["I have chest pain"], ["chest_pain"]),
        (["胸口闷得慌"], ["chest_pain"]),
        (["I've got a pounding headache"], ["headache"]),
        (["头疼了两天"], ["headache"]),
        (["my tummy hurts"], ["abdominal_pain"]),
        (["肚子疼"], ["abdominal_pain"]),
        (["I get out of breath easily"], ["breathlessness"]),
        (["我气短"], ["breathlessness"]),
        (["I have a fever"], ["fever"]),
        (["我发烧了"], ["fever"]),
        (["my baby has a fever"], ["fever_child"]),
        (["宝宝发烧了"], ["fever_child"]),
        (["I fell off my bike"], ["injury"]),
        (["我摔倒了"], ["injury"]),
        (["I feel hopeless and can't cope"], ["mental_health"]),
        (["我最近很焦虑"], ["mental_health"]),
        (["I have an itchy rash"], ["skin_rash"]),
        (["身上起了疹子"], ["skin_rash"]),
        (["it stings when I pee"], ["urinary"]),
        (["尿频尿急"], ["urinary"]),
        (["my pee smells strange"], ["urinary"]),  # a trigger phrase, not a concept
        (["I feel generally unwell"], ["general"]),
        (["我不舒服"], ["general"]),
        (["no chest pain, I just feel tired"], ["general"]),
        (["I have chest pain", "and a fever too"], ["chest_pain", "fever"]),
        (["my 2 year old has a high temperature"], ["fever_child"]),  # a child from the age
    ],
)
def test_families_for(
    bank: QuestionBank, rules: RuleSet, texts: list[str], families: list[str]
) -> None:
    assert bank.families_for(texts, rules) == families


def test_candidates_put_family_screening_first(bank: QuestionBank) -> None:
    record = IntakeRecord()
    candidates = bank.candidates(record, asked=[], families=["chest_pain"], limit=10)
    screening = [q.id for q in bank.families["chest_pain"].questions]
    assert [q.id for q in candidates[: len(screening)]] == screening
    general = candidates[len(screening) :]
    assert general and all(q.family is None for q in general)
    assert [q.priority for q in general] == sorted(q.priority for q in general)


def test_candidates_follow_the_order_of_families(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.candidates(IntakeRecord(), asked=[], families=["fever", "headache"])]
    assert ids[0].startswith("fever.")
    assert ids == [q.id for q in bank.families["fever"].questions]


def test_candidates_respect_the_limit(bank: QuestionBank) -> None:
    assert len(bank.candidates(IntakeRecord(), asked=[], families=["general"], limit=3)) == 3
    assert bank.candidates(IntakeRecord(), asked=[], families=["general"], limit=0) == []


def test_candidates_never_repeat_an_asked_question(bank: QuestionBank) -> None:
    record = IntakeRecord()
    asked: list[str] = []
    while candidates := bank.candidates(record, asked=asked, families=["headache", "fever"]):
        assert not {q.id for q in candidates} & set(asked)
        asked.append(candidates[0].id)
        assert len(asked) <= len(bank.questions)
    assert len(asked) == len(set(asked))
    for family in ("headache", "fever"):
        assert {q.id for q in bank.families[family].questions} <= set(asked)


@pytest.mark.parametrize(
    ("record", "absent"),
    [
        (IntakeRecord(age_years=40), "age"),
        (IntakeRecord(chief_complaint="cough"), "chief_complaint"),
        (IntakeRecord(symptoms=[Symptom(name="cough", severity=3)]), "severity"),
        (IntakeRecord(symptoms=[Symptom(name="cough", onset="Monday")]), "onset"),
        (IntakeRecord(symptoms=[Symptom(name="cough", duration="2 days")]), "duration"),
        (IntakeRecord(symptoms=[Symptom(name="cough", worse_with="lying")]), "modifiers"),
        (IntakeRecord(allergies=["penicillin"]), "allergies"),
        (IntakeRecord(medications=["metformin"]), "medications"),
        (IntakeRecord(sex="male"), "sex"),
    ],
)
def test_candidates_skip_what_the_record_already_knows(
    bank: QuestionBank, record: IntakeRecord, absent: str
) -> None:
    everything = {q.id for q in bank.candidates(IntakeRecord(), asked=[], families=[], limit=50)}
    assert absent in everything
    ids = {q.id for q in bank.candidates(record, asked=[], families=[], limit=50)}
    assert absent not in ids


@pytest.mark.parametrize(
    ("record", "relevant"),
    [
        (IntakeRecord(), True),
        (IntakeRecord(sex="female", age_years=30), True),
        (IntakeRecord(sex="female"), True),
        (IntakeRecord(age_years=25), True),
        (IntakeRecord(sex="male", age_years=30), False),
        (IntakeRecord(sex="female", age_years=70), False),
        (IntakeRecord(sex="female", age_years=8), False),
        (IntakeRecord(sex="female", age_years=30, pregnant=False), False),
        (IntakeRecord(sex="female", age_years=30, pregnant=True), False),
    ],
)
def test_pregnancy_is_asked_only_when_relevant(
    bank: QuestionBank, record: IntakeRecord, relevant: bool
) -> None:
    ids = {q.id for q in bank.candidates(record, asked=[], families=[], limit=50)}
    assert ("pregnancy" in ids) is relevant


def test_is_complete_flips_when_the_last_required_item_is_known(bank: QuestionBank) -> None:
    families = ["chest_pain"]
    screening = [q.id for q in bank.families["chest_pain"].questions]
    without_age = known_record(age_years=None)
    assert not bank.is_complete(without_age, asked=screening, families=families)
    assert bank.is_complete(known_record(), asked=screening, families=families)


def test_is_complete_needs_every_screening_question(bank: QuestionBank) -> None:
    families = ["chest_pain", "fever"]
    screening = [q.id for f in families for q in bank.families[f].questions]
    record = known_record()
    assert not bank.is_complete(record, asked=screening[:-1], families=families)
    assert bank.is_complete(record, asked=screening, families=families)


@pytest.mark.parametrize(
    ("change", "complete"),
    [
        ({}, True),
        ({"chief_complaint": None, "symptoms": []}, False),
        ({"symptoms": [Symptom(name="chest pain", severity=6)]}, False),  # no onset/duration
        ({"symptoms": [Symptom(name="chest pain", duration="2 days", severity=6)]}, True),
        ({"symptoms": [Symptom(name="chest pain", onset="today")]}, False),  # no severity
    ],
)
def test_is_complete_requirements(
    bank: QuestionBank, change: dict[str, object], complete: bool
) -> None:
    asked = [q.id for q in bank.families["general"].questions]
    record = known_record(**change)
    assert bank.is_complete(record, asked=asked, families=["general"]) is complete


def test_an_unknown_family_is_an_error(bank: QuestionBank) -> None:
    with pytest.raises(KeyError, match="chest_pains"):
        bank.candidates(IntakeRecord(), asked=[], families=["chest_pains"])


def test_every_family_trigger_is_a_defined_concept(bank: QuestionBank, rules: RuleSet) -> None:
    for name, family in bank.families.items():
        assert set(family.triggers) | set(family.requires) <= rules.concept_ids, name


MINIMAL_BANK = """
version: 1
general:
  - id: chief_complaint
    fills: chief_complaint
    priority: 0
    topic: complaint
    text: {en: "What is wrong?", zh: "哪里不舒服？"}
  - id: onset
    fills: onset
    priority: 10
    topic: onset
    text: {en: "When did it start?", zh: "什么时候开始的？"}
  - id: duration
    fills: duration
    priority: 15
    topic: duration
    text: {en: "How long?", zh: "多久了？"}
  - id: severity
    fills: severity
    priority: 20
    topic: severity
    text: {en: "How bad?", zh: "多严重？"}
  - id: age
    fills: age
    priority: 25
    topic: age
    text: {en: "How old are you?", zh: "您多大年纪？"}
families:
  fever:
    triggers: [fever]
    questions:
      - id: fever.neck
        topic: neurological
        text: {en: "Stiff neck?", zh: "脖子僵硬吗？"}
      - id: fever.rash
        topic: fever_sepsis
        text: {en: "A rash?", zh: "有皮疹吗？"}
  general:
    fallback: true
    questions:
      - id: general.danger
        topic: [chest_pain, breathing]
        text: {en: "Any danger signs?", zh: "有危险征象吗？"}
      - id: general.neuro
        topic: consciousness
        text: {en: "Fainting or fits?", zh: "晕倒或抽搐？"}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_minimal_bank_loads(tmp_path: Path, rules: RuleSet) -> None:
    bank = QuestionBank.load(_write(tmp_path, MINIMAL_BANK))
    assert bank.families_for(["I have a fever"], rules) == ["fever"]
    assert isinstance(bank.get("fever.neck"), Question)


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ('zh: "脖子僵硬吗？"', 'fr: "Nuque raide ?"', "'fever.neck'"),
        ("fills: severity", "fills: badness", "'severity'"),
        ("      - id: fever.rash", "      - id: fever.neck", "'fever.neck'"),
        ("  - id: age\n    fills: age", "  - id: age\n    fills: screening", "'age'"),
        (
            "      - id: fever.neck\n",
            "      - id: fever.neck\n        fills: onset\n",
            "'fever.neck'",
        ),
        ("    fallback: true\n", "", "family 'general'"),
        ("  - id: age\n", "  - id: Age!\n", "'Age!'"),
        ("    triggers: [fever]\n", "    triggers: [fever]\n    replaces: [fevers]\n", "'fever'"),
    ],
)
def test_a_broken_bank_fails_naming_the_entry(
    tmp_path: Path, old: str, new: str, names: str
) -> None:
    assert old in MINIMAL_BANK
    path = _write(tmp_path, MINIMAL_BANK.replace(old, new))
    with pytest.raises(ClinicalDataError) as info:
        QuestionBank.load(path)
    assert str(path) in str(info.value)
    assert names in str(info.value)


def test_a_family_trigger_unknown_to_the_rules_fails_naming_it(
    tmp_path: Path, rules: RuleSet
) -> None:
    bank = QuestionBank.load(_write(tmp_path, MINIMAL_BANK.replace("[fever]", "[feverr]")))
    with pytest.raises(ClinicalDataError, match="family 'fever': concept 'feverr'"):
        bank.families_for(["hello"], rules)
