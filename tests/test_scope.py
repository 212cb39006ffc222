"""The scope guard's patterns: patient requests and the model's own text, both languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clinical import ClinicalDataError
from clinical.matching import normalize
from clinical.messages import disposition_text, load_messages, text
from clinical.questions import load_questions
from clinical.scope import (
    HEDGED_KINDS,
    ScopeGuard,
    load_scope,
    output_problem,
    request_kind,
    within_scope,
)
from clinical.scope_regex import required_literal
from states.disposition import Disposition


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("How many mg of ibuprofen can I take?", "dose"),
        ("how much paracetamol should I give my 3 year old", "dose"),
        ("What's the maximum dose of Calpol?", "dose"),
        ("Can I take another tablet now?", "dose"),
        ("How often can I take it?", "dose"),
        ("Prescribe me antibiotics", "prescription"),
        ("Can you prescribe something for the pain?", "prescription"),
        ("I need a prescription for my inhaler", "prescription"),
        ("What can I take for this headache?", "prescription"),
        ("Can I take ibuprofen with this?", "prescription"),
        ("Do I have cancer? Tell me for sure", "diagnosis"),
        ("Is it appendicitis?", "diagnosis"),
        ("What's wrong with me?", "diagnosis"),
        ("吃几片？", "dose"),
        ("布洛芬一次吃多少合适？", "dose"),
        ("这个药的剂量是多少", "dose"),
        ("给我开点药", "prescription"),
        ("能给我开点抗生素吗", "prescription"),
        ("我该吃什么药", "prescription"),
        ("我是不是得了癌症", "diagnosis"),
        ("是不是肺炎啊？", "diagnosis"),
        ("我到底得了什么病", "diagnosis"),
    ],
)
def test_out_of_scope_requests_are_recognised(message: str, kind: str) -> None:
    assert request_kind(message) == kind


@pytest.mark.parametrize(
    "message",
    [
        "I took 2 tablets of paracetamol this morning",
        "I take 5 mg of ramipril every day",
        "My GP prescribed me antibiotics last week",
        "I have a prescription for my inhaler",
        "I had cancer ten years ago",
        "Do I have to go to hospital?",
        "How much longer will this last?",
        "I have a headache and a fever",
        "no",
        "I don't know",
        "我吃了两片布洛芬",
        "我吃了几片药",
        "我每天吃一片降压药",
        "医生给我开了抗生素",
        "我没吃多少东西",
        "我没吃什么药",
        "我以前得过肺炎",
    ],
)
def test_facts_about_medicines_and_illness_are_not_requests(message: str) -> None:
    assert request_kind(message) is None


@pytest.mark.parametrize(
    ("output", "problem"),
    [
        ("Take 400 mg of ibuprofen every 6 hours.", "dose"),
        ("You can take two tablets of paracetamol.", "dose"),
        ("Use your inhaler twice a day.", "dose"),  # how often is dosing too
        ("Drink water a few times a day.", None),
        ("Take it three times a day with food.", "dose"),
        ("布洛芬400mg", "dose"),
        ("每次吃两片布洛芬", "dose"),
        ("一天三次", "dose"),
        ("You have pneumonia.", "diagnosis"),
        ("You definitely have the flu.", "diagnosis"),
        ("It's just a cold.", "diagnosis"),
        ("This is definitely a migraine.", "diagnosis"),
        ("I am sure it is nothing.", "diagnosis"),
        ("你得了肺炎。", "diagnosis"),
        ("肯定是感冒", "diagnosis"),
        ("There is no need to see a doctor.", "discourage_care"),
        ("Don't call an ambulance.", "discourage_care"),
        ("You can ignore the chest pain.", "discourage_care"),
        ("It's nothing serious.", "discourage_care"),
        ("不用去医院", "discourage_care"),
        ("没什么大碍", "discourage_care"),
        ("别打120", "discourage_care"),
    ],
)
def test_the_model_s_out_of_scope_text_is_caught(output: str, problem: str | None) -> None:
    assert output_problem(output) == problem


@pytest.mark.parametrize(
    "output",
    [
        "This sounds like a common cold you can look after at home.",
        "Do you have asthma?",
        "If you have diabetes, keep an eye on your sugar levels.",
        "It could be a migraine, but a doctor should check.",
        "You may have a virus.",
        "Have you taken any painkillers?",
        "Has the pain lasted more than 15 minutes?",
        "Please don't ignore chest pain.",
        "Call 999 if you get worse.",
        "Your temperature was 38.5 degrees.",
        "It is cold outside, wear a coat.",
        "您是否患有糖尿病？",
        "可能是感冒，多喝水。",
        "请不要忽略这些症状。",
        "如果一天内呕吐超过两次，请就医。",
        "请医生确定是否需要治疗。",
    ],
)
def test_questions_hedges_and_safety_netting_pass(output: str) -> None:
    assert output_problem(output) is None


def test_staying_home_is_fine_for_self_care_but_not_above_it() -> None:
    advice = "You can manage this at home."
    assert output_problem(advice, level=Disposition.SELF_CARE) is None
    assert output_problem(advice, level=Disposition.NON_URGENT) is None
    assert output_problem(advice, level=Disposition.URGENT) == "home_only"
    assert output_problem("在家休息就可以了", level="emergency") == "home_only"


def test_within_scope_drops_only_the_failing_items() -> None:
    items = ["Rest and drink fluids", "Take 200 mg ibuprofen", "You have a chest infection"]
    assert within_scope(items, Disposition.SELF_CARE) == ["Rest and drink fluids"]


def test_every_fixed_text_the_patient_sees_passes_the_guard() -> None:
    """Fallbacks must be safe: bank questions, refusals and templates at their own level."""
    for question in load_questions().questions:
        for wording in question.text.values():
            assert output_problem(wording, level="emergency") is None, question.id
    for key, by_language in load_messages().texts.items():
        if key.startswith("disposition."):
            continue
        for wording in by_language.values():
            assert output_problem(wording, level="emergency") is None, key
    for level in Disposition:
        for language in ("en", "zh"):
            assert output_problem(disposition_text(level, language, "112"), level=level) is None


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("kind", ["dose", "prescription", "diagnosis"])
def test_each_refusal_is_kind_and_points_to_a_clinician(language: str, kind: str) -> None:
    refusal = text(f"scope_refusal.{kind}", language)
    if language == "en":
        assert "sorry" in refusal.lower()
        assert any(w in refusal for w in ("doctor", "clinician", "pharmacist"))
    else:
        assert "抱歉" in refusal and "医生" in refusal


MINIMAL_SCOPE = """
vocab:
  units: {en: [mg], zh: [毫克]}
requests:
  dose: {en: ['how many <units>'], zh: ['吃几片']}
  prescription: {en: ['\\bprescribe\\b'], zh: ['开点药']}
  diagnosis: {en: ['do i have cancer'], zh: ['是不是癌症']}
output:
  dose: {en: ['\\d+\\s*(?:<units>)'], zh: ['\\d+\\s*毫克']}
  diagnosis: {en: ['you have cancer'], zh: ['你得了']}
  discourage_care: {en: ['no need to see a doctor'], zh: ['不用去医院']}
  home_only: {min_level: urgent, en: ['stay home'], zh: ['在家就行']}
hedges: {en: [if], zh: [如果]}
"""


def test_a_minimal_scope_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "scope.yaml"
    path.write_text(MINIMAL_SCOPE, encoding="utf-8")
    guard = ScopeGuard.load(path)
    assert guard.request_kind("How many MG?") == "dose"
    assert guard.output_problem("take 5 mg") == "dose"
    assert guard.output_problem("if you have cancer, ...") is None
    assert guard.output_problem("stay home") is None
    assert guard.output_problem("stay home", level="urgent") == "home_only"


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ("['how many <units>']", "['how many <unit>']", "<unit>"),
        ("['\\bprescribe\\b']", "['(unclosed']", "requests 'prescription'"),
        ("  home_only: {min_level: urgent,", "  home_only: {min_level: soon,", "min_level"),
        ("  diagnosis: {en: ['do i have cancer'], zh: ['是不是癌症']}\n", "", "missing"),
    ],
)
def test_a_broken_scope_file_fails_naming_the_entry(
    tmp_path: Path, old: str, new: str, names: str
) -> None:
    assert old in MINIMAL_SCOPE
    path = tmp_path / "scope.yaml"
    path.write_text(MINIMAL_SCOPE.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ClinicalDataError) as info:
        ScopeGuard.load(path)
    assert names in str(info.value)


# --- StreamCheck: the whole-text verdict on a growing text, reading only recent sentences ---

STREAMED = [
    "Rest well today.\nTake two\ntablets of paracetamol.",
    "Drink water. Take 400\nmg twice.",
    "Keep warm. Take 1.5 mg at night.",
    "See below.5 mg is the note. Rest well.",
    "You should rest. You have asthma? Maybe not. You have asthma.",
    "You have asthma吗啡 is a medicine.",
    "诊断是否明确还需要医生。诊断是",
    "Take it easy! Use the spray every\n4 hours.",
    "Take it with food; have a drink of water and eat something twice a day.",
    "Take a rest。Drink plenty of water and sleep well twice a day.",
    "Don't\nignore this. Rest well. It is nothing to worry about!",
    "Rest well. Drink water. Keep warm. Sleep early. See a GP if it gets worse.",
]


@pytest.mark.parametrize("reply", STREAMED)
@pytest.mark.parametrize("level", [None, Disposition.SELF_CARE, Disposition.EMERGENCY])
def test_stream_check_gives_the_whole_text_verdict_at_every_prefix(reply, level):
    from clinical.scope import StreamCheck, load_scope

    check = StreamCheck(load_scope(), level)
    for end in range(1, len(reply) + 1):
        expected = output_problem(reply[:end], level=level)
        assert check.check(reply[:end]) == expected, reply[:end]
        if expected is not None:
            break


def test_stream_check_reads_only_from_the_last_stop():
    from clinical.scope import StreamCheck, load_scope

    check = StreamCheck(load_scope())
    text = "Rest well today. Drink plenty of water. Keep warm tonight"
    assert check.check(text) is None
    assert text[check._start :] == " Keep warm tonight"  # from the last stop it can read past


def test_stops_are_the_sentence_ends_no_pattern_can_match_across():
    from clinical.scope_regex import stops

    assert load_scope_stops() == (frozenset(".!?"), 1)
    # \s reaches over a newline and [^.!?] over ";" and "。": those are no stops
    assert stops([re.compile(r"take\s+two")])[0] == frozenset(".!?;。！？；")
    assert stops([re.compile(r"take[^.!?]{0,9}day")])[0] == frozenset(".!?")
    # a "." inside a number is only a stop before something that is not a digit
    assert "." in stops([re.compile(r"\d+(?:[.,]\d+)?\s*mg")])[0]
    assert "." not in stops([re.compile(r"\d+[.,]\s*mg")])[0]
    # an unbounded look-ahead or a back-reference: no stops, the whole text is read
    assert stops([re.compile(r"mg(?=.*x)")]) == (frozenset(), 1)
    assert stops([re.compile(r"(a)\1")]) == (frozenset(), 1)
    assert stops([re.compile(r"(?s)take.{0,9}day")]) == (frozenset(), 1)
    assert stops([re.compile(r"take(?s:.){0,9}day")]) == (frozenset(), 1)


def load_scope_stops():
    from clinical.scope import load_scope

    guard = load_scope()
    return guard.stops, guard.lookahead


def test_patient_stream_blocks_a_dose_split_over_a_line_late_in_a_long_reply():
    from agent.scope_guard import PatientStream

    shown: list[str | None] = []
    stream = PatientStream(shown.append, level=Disposition.SELF_CARE)
    reply = "Rest and drink plenty of water. " * 20 + "Take two\ntablets now."
    for i in range(0, len(reply), 3):
        stream.model(reply[i : i + 3])
    assert stream.blocked
    assert shown[-1] is None  # what was shown is retracted
    assert "tablets" not in "".join(p for p in shown if p)


def test_a_pattern_runs_only_on_text_holding_its_required_characters() -> None:
    # "(?:<conditions>)无疑" opened with some 200 alternatives and was tried at every position
    # of every checked text; without 无疑 in the text it cannot match and is not run.
    guard = load_scope()
    diagnosis = next(check for check in guard.output if check.kind == "diagnosis")
    certain = next(p for p in diagnosis.patterns if p.pattern.endswith("无疑"))
    assert required_literal(certain) == "无疑"
    assert certain not in list(diagnosis.searches("does it hurt when you bend forward?"))
    assert certain in list(diagnosis.searches("肺炎无疑"))
    assert output_problem("肺炎无疑") == "diagnosis"
    assert required_literal(re.compile("a|无疑b")) is None  # a top-level branch: no run
    assert required_literal(re.compile("(?:无疑)?x")) is None  # optional: no run
    assert required_literal(re.compile(r"\bk无\d疑", re.IGNORECASE)) == "无"


def _unfiltered(guard: ScopeGuard, message: str, level: str | None) -> tuple[str | None, ...]:
    """The guard's two answers running every pattern (its code before the required run)."""
    lowered = normalize(message).lower()
    asked = next(
        (c.kind for c in guard.requests if any(p.search(lowered) for p in c.patterns)), None
    )
    rank = Disposition(level).rank if level is not None else None
    for check in guard.output:
        if check.min_level is not None and (rank is None or rank < check.min_level.rank):
            continue
        for pattern in check.patterns:
            for match in pattern.finditer(lowered):
                if check.kind in HEDGED_KINDS and guard._uncertain(lowered, match.start()):
                    continue
                return asked, check.kind
    return asked, None


def test_skipping_patterns_changes_no_answer() -> None:
    guard = load_scope()
    messages = [
        json.loads(line)["text"]
        for path in sorted((Path(__file__).parent / "data").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and "text" in json.loads(line)
    ]
    messages += [
        "肺炎无疑",
        "这是感冒",
        "你得了肺炎",
        "确诊为流感",
        "是不是得了感冒？",
        "不用管它，在家就行",
        "待在家里就可以",
        "每天吃三次",
        "每隔四小时吃一片",
        "You definitely have the ﬂu 无疑",
    ]
    assert len(messages) > 1000
    for message in messages:
        for level in (None, "self_care", "emergency"):
            answers = (guard.request_kind(message), guard.output_problem(message, level=level))
            assert answers == _unfiltered(guard, message, level), message
