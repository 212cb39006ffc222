"""Session 50's review findings and duplicates (rules-pe): no level meant to move.

Written by rules-pe (session 50), tests first:

- ACVPU's A (alert) said in a note: the decision's check that a full set of observations
  scores 0 on RCP NEWS2 (``clinical.disposition._observations_all_normal``) read "alert" with a
  raw regex, so "not alert", "no longer alert" or a watch's "AF alert" counted as alert. It is
  the concept ``acvpu_alert`` now (``red_flags/vitals.yaml``), read with negation, and a GCS of
  15 or an ACVPU of A typed as a reading (``clinical.signs``) stands for it too (RCP NEWS2: the
  consciousness parameter scores 0 only when the person is Alert).
- English inside Chinese (``clinical.mixed_language.CODE_SWITCH``): "high" and "check" were
  written 高 and 测 wherever they stood alone, so Hong Kong's 玩得好high (hyped) became 玩得好高;
  they are read so only beside a reading (血糖很high, check了一下380, check咗血压) now (NHS.uk high
  blood sugar, the readings rules-oc added them for).
- Names after what they read: ``clinical.clauses._OPERATION_NAMED`` (was ``_PROCEDURE_HAD``,
  the name of a withdrawn helper); the rule ``wrong_words_new_onset`` and its concept
  ``wrong_words`` in ``red_flags/neuro_speech.yaml`` (were ``set73_wrong_words_new_onset``,
  ``set73_wrong_words`` in ``set73_carry_over.yaml``).
- Duplicates: the wetting-unawares phrases were in two concepts (``diy_bladder_unfelt`` and
  ``cauda_bladder_sign``); they are one concept ``bladder_unfelt`` now, read beside
  ``cauda_bladder_sign`` (difficulty passing urine) by the rules that read either (NICE CKS
  Sciatica: impaired sensation of urinary flow and difficulty initiating micturition are both
  cauda equina red flags; NHS.uk back pain).

Wrong before any change (910e3ad): 12 of 62 sentences (the alert readings 7 of 22, the words
"high" and "check" inside Chinese 5 of 13 read and 0 of 9 levels, the renamed speech rule 0 of
4 and the bladder concept 0 of 14: those guard that no level moves). After: all right but one
left open (ALERT_OPEN: "obs all normal ... except not alert" is self-care through the coping
phrase "obs all normal", a reading of its own). The 12 sentences marked "written after the
change, in other words" were written after it and pass.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.mixed_language import read_code_switched
from clinical.red_flags import RuleSet
from clinical.rule_files import read_rules
from tests.rule_levels import assert_reaches, with_open

_EN = (
    "Care home note: 88 year old lady, small skin graze on her left shin. BP 130/78, HR 70, "
    "RR 16, SpO2 97%, temp 36.7"
)
_ZH = "老人院记录：王伯，80岁，右膝有一小块擦损。血压132/80，心跳72，呼吸16，血氧98%，体温36.6"
_ZH_T = "老人院記錄：王伯，80歲，右膝有一小塊擦損。血壓132/80，心跳72，呼吸16，血氧98%，體溫36.6"

# RCP NEWS2 (aggregate 0 with the person Alert: routine care) and NHS.uk cuts and grazes: an
# older person's small graze with a full set of normal observations and said alert is no
# reason against self-care by age; not alert, less alert, a pendant's or a watch's alert, or a
# GCS below 15 is no A. Wrong before: "not alert", "obs normal except not alert", "less
# alert than usual", 不清醒 (all at self-care).
ALERT_SAID: list[tuple[str, str]] = [
    ("S", f"{_EN}, alert."),
    ("S", f"{_EN}, alert and orientated."),
    ("S", f"{_EN}, GCS 15."),
    ("S", f"{_EN}, GCS 15/15."),
    ("N", f"{_EN}, not alert."),
    ("N", f"{_EN}. Obs all normal except she is not alert."),
    ("N", f"{_EN}. Her watch gave an AF alert this morning."),
    ("N", f"{_EN}. She is less alert than usual."),
    ("N", f"{_EN}."),
    ("S", f"{_ZH}，清醒。"),
    ("S", f"{_ZH}，意识清楚。"),
    ("S", f"{_ZH}，神志清楚。"),
    ("S", f"{_ZH_T}，意識清楚。"),
    ("N", f"{_ZH}，不清醒。"),
    ("N", f"{_ZH}。"),
    ("N", f"{_ZH}，手表有房颤提醒。"),
    ("S", f"{_EN}, she is alert and chatty."),
    ("N", f"{_EN}, no longer alert since lunch."),
    ("N", f"{_EN}. She pressed her alert pendant."),
    ("S", f"{_ZH}，人好清醒。"),
    ("N", f"{_ZH}，人唔太清醒。"),
    ("N", f"{_ZH}，没有以前清醒。"),
    # written after the change, in other words
    ("S", f"{_EN}, ACVPU: A."),
    ("N", f"{_EN}, ACVPU: V."),
    ("N", f"{_EN}. The falls alert went off at 3am."),
    ("S", f"{_ZH}，神志清醒。"),
    ("N", f"{_ZH}，唔系好清醒。"),
]

ALERT_OPEN: dict[str, str] = {
    f"{_EN}. Obs all normal except she is not alert.": (
        "'obs all normal' is a coping phrase of the decision (dispositions.yaml, RCP NEWS2) and"
        " 'except' does not undo it: self-care comes from that reading, not from the alert one"
        " (without it, 'she is not alert', the age counts against self-care); a reading of its"
        " own, left as it is: no level was to move in this task"
    ),
}

# NHS.uk high blood sugar: the English "high" and "check" inside Chinese read as 高 and 测 only
# beside a reading (the readings rules-oc added them for); Hong Kong's 好high (hyped) keeps its
# meaning. Wrong before: the four 好high / check一下 look-alikes written as 高 / 测.
CODE_SWITCH_READ: list[tuple[str, str]] = [
    ("血糖一直很high", "血糖一直很高"),
    ("今天check了一下380", "今天测了一下380"),
    ("血糖好high，check咗係25", "血糖好高，测咗係25"),
    ("我阿妈血压好high，check咗180/120", "我阿妈血压好高，测咗180/120"),
    ("check 過血糖係正常", "测過血糖係正常"),
    ("我今日check咗血壓 150/95", "我今日测咗血壓 150/95"),
    ("个仔发烧好high，39度8", "个仔发烧好高，39度8"),
    ("我哋玩得好high，细佬跌亲", "我哋玩得好high，细佬跌亲"),
    ("琴晚个party好high，今朝头痛", "琴晚个party好high，今朝头痛"),
    ("想去医院check一下，喉咙痛", "想去医院check一下，喉咙痛"),
    ("考试压力好high，瞓唔着", "考试压力好high，瞓唔着"),
    ("个女今日check咗体温38.9", "个女今日测咗体温38.9"),
    ("想搵医生check 下係咪 normal", "想搵医生check 下係咪 normal"),
    # written after the change, in other words
    ("血压一直好high", "血压一直好高"),
    ("check咗个血压，150/95", "测咗个血压，150/95"),
    ("今晚个concert好high", "今晚个concert好high"),
    ("佢而家好high，唔肯瞓", "佢而家好high，唔肯瞓"),
]


@pytest.mark.parametrize(("text", "read"), CODE_SWITCH_READ, ids=[t for t, _ in CODE_SWITCH_READ])
def test_high_and_check_inside_chinese_only_beside_a_reading(text: str, read: str) -> None:
    assert read_code_switched(text) == read


CODE_SWITCH_LEVELS: list[tuple[str, str]] = [
    ("U", "我有糖尿病，血糖好high，今日check咗血糖28，成日口渴，尿好多。"),
    ("E", "我阿妈血压好high，check咗180/120，头好痛。"),
    ("E", "check 過血糖係正常，但係右邊手腳冇力, 講嘢唔清楚"),
    ("L", "我哋玩得好high，细佬跌亲，膝头擦损少少，洗咗贴咗胶布。"),
    ("L", "琴晚个party好high，今朝有啲头痛，饮咗水好返啲。"),
    ("L", "想去医院check一下，喉咙有少少痛，冇发烧。"),
    ("L", "考试压力好high，成日瞓唔着。"),
    ("L", "细路仔玩得好high，由梳化跳落嚟，手腕有啲痛，郁得。"),
    ("U", "我爸有糖尿病，血糖最近好high，今朝check咗血糖32，好口渴。"),
    # written after the change, in other words
    ("L", "啱啱去完演唱会好high，喉咙有啲沙，冇发烧。"),
]

# NHS.uk stroke (FAST speech) and NICE NG128: the wrong words said since today or suddenly,
# under the rule's new name; a learner's wrong words are no sign
WRONG_WORDS: list[tuple[str, str]] = [
    ("E", "My mum suddenly started saying the wrong words this morning."),
    ("E", "我爸今天早上开始说话乱七八糟。"),
    ("!E", "He always uses the wrong words when he speaks English, he is learning."),
    ("!E", "我学中文经常用错词，老师说很正常。"),
]

# NICE CKS Sciatica and NHS.uk back pain: back pain with urine passed unawares, or a strain
# with it, or both legs weak with it, stays an emergency (also beside a urine infection's
# frequency: impaired sensation is no infection's sign); difficulty passing urine with a urine
# infection's sting and side pain keeps the kidney-infection rules' level
BLADDER: list[tuple[str, str]] = [
    ("E", "Lower back pain for 3 days, peeing a lot, and I wet myself without realising."),
    ("E", "Back pain and I don't know when I'm peeing any more."),
    ("E", "I put my back out lifting the sofa and now I can't feel when I'm weeing."),
    ("E", "Both my legs have gone weak and I didn't realise I'd wet myself."),
    ("E", "I hurt my back and wet myself without knowing."),
    ("E", "My back's been bad since the weekend and tonight I couldn't wee at all."),
    ("=U", "Back pain, burning when I pee and peeing a lot, and now I can't pee at all."),
    ("E", "腰痛了三天，今天尿了都不知道。"),
    ("E", "闪了腰，之后小便都不知道。"),
    ("E", "腰痛，尿出来都不知道，还尿频。"),
    ("E", "双腿无力，尿了都不知道。"),
    ("!E", "I've had a bad back for years and sometimes leak a little when I cough."),
    ("E", "my lower back is agony and I keep wetting myself without knowing"),
    ("E", "扭伤腰之后，屙尿都唔知。"),
    # written after the change, in other words
    ("E", "since I strained my back lifting boxes I don't know when I'm peeing"),
    ("E", "腰痛咗两日，琴晚濑尿都唔知。"),
]

KINDS = ALERT_SAID + CODE_SWITCH_LEVELS + WRONG_WORDS + BLADDER


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, ALERT_OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_renamed_to_what_they_read() -> None:
    import clinical.clauses as clauses

    assert hasattr(clauses, "_OPERATION_NAMED")
    assert not hasattr(clauses, "_PROCEDURE_HAD")
    data = read_rules()
    ids = {rule.id for rule in data.rules}
    assert "wrong_words_new_onset" in ids
    assert not any(rule_id.startswith("set73_") for rule_id in ids)
    assert "wrong_words" in data.concepts
    assert "set73_wrong_words" not in data.concepts


def test_wetting_unawares_is_one_concept() -> None:
    concepts = read_rules().concepts
    assert "diy_bladder_unfelt" not in concepts
    unfelt = set(concepts["bladder_unfelt"].en) | set(concepts["bladder_unfelt"].zh)
    harder = set(concepts["cauda_bladder_sign"].en) | set(concepts["cauda_bladder_sign"].zh)
    assert not unfelt & harder


def test_alert_is_a_concept_read_with_negation(rules: RuleSet) -> None:
    assert "acvpu_alert" in rules.concepts_in("obs stable, alert and orientated")
    assert "acvpu_alert" not in rules.concepts_in("obs stable, not alert")
    assert "acvpu_alert" not in rules.concepts_in("my watch gave me an AF alert")
    assert "acvpu_alert" in rules.concepts_in("GCS 15/15, obs stable")
    assert "acvpu_alert" not in rules.concepts_in("GCS 15 -> 12 over the hour")
    assert "acvpu_alert" in rules.concepts_in("人清醒，血压正常")
    assert "acvpu_alert" not in rules.concepts_in("人不清醒")
