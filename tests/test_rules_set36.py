"""Set 36's categories (session 31): danger signs and same-day signs said in words no rule read.

Written by rules-bv from the published sources before the rules changed for them, in our own
words (not fresh set 36's rows, ``tests/data/fresh_levels_36.jsonl``), English and Chinese
(simplified and traditional, Mandarin and Cantonese):

- one leg said to have been swollen, with the calf named after it ("his leg has been swollen
  and tender at the back of the calf"), with breathlessness or pain on breathing in (NICE NG158
  Venous thromboembolic diseases; NHS.uk DVT and pulmonary embolism: a swollen, painful leg
  with breathlessness or chest pain, call 999); both legs or the ankles swollen after a flight
  are no DVT sign;
- blood coughed up said as a streak or streaks of blood after a cough (NICE CKS Haemoptysis;
  NHS.uk coughing up blood); a streak of blood when blowing the nose is no cough;
- a tearing pain said in Chinese as 撕着疼, 撕着痛, 像撕一样, Cantonese 撕住咁痛 (NHS.uk aortic
  dissection and abdominal aortic aneurysm: a sudden tearing pain in the chest, back or tummy,
  call 999; MTS); tearing open a packet or a plaster is no pain;
- a pain told severe by its effect, bad enough to make one vomit (痛到吐, 疼得吐了, Cantonese 痛到
  呕, "hurt so much I threw up"): a sudden headache with a stiff neck told so is a thunderclap
  (NICE CKS Headache assessment: thunderclap headache, neck stiffness, vomiting: subarachnoid
  haemorrhage); the back of the head written 后脑杓 (a common variant of 后脑勺) and double
  vision written 叠影 (NHS.uk double vision; BE-FAST eyes) read as the rules' own words;
- bleeding in early pregnancy said as pink blood (NHS.uk vaginal bleeding in pregnancy:
  spotting, contact a GP, midwife or early pregnancy unit the same day; NICE NG126); blood on
  the toilet paper alone was in this category at first and is not read: piles in pregnancy say
  it too (NHS.uk piles; fresh sets 31 and 32 hold two such rows), so the paper with piles or a
  bottom is a look-alike below;
- kidney stone pain said as a back or side pain that goes down into the groin in Chinese
  (腹股沟, 大腿根, Cantonese 大髀罅), the groin in its own clause (NICE CKS Renal or ureteric
  colic: same-day assessment; NHS.uk kidney stones), and Cantonese 头先 ("just now") is no head
  (头先食咗止痛药 names no headache).

Then its self-care rows sent higher (written in the same way, before the rules changed):

- food said to be off or dodgy ("dodgy prawns", 变质的海鲜) is food poisoning, not an allergen
  taken: sickness after it is no allergic reaction (NHS.uk food poisoning: rest and fluids at
  home; Resuscitation Council UK anaphylaxis: a reaction to an allergen); prawns eaten by
  someone allergic to them, with sickness or hives, stay same-day or above;
- a cold sore told by its signs, tingling then small blisters on the lip (NHS.uk cold sores:
  a pharmacist; NHS England over-the-counter conditions), is no shingles' cluster of blisters
  (NHS.uk shingles, same day: a band of blisters on one side of the body, near the eye);
- the ring finger and fourth toe (无名指, 无名趾) hold 无 but negate nothing (athlete's foot
  between the fourth and little toes: NHS.uk athlete's foot, a pharmacist);
- a mouth ulcer in Cantonese, 痱滋, or a 溃疡 said to have grown (生咗个溃疡) (NHS.uk mouth ulcers:
  usually heal on their own within 2 weeks).

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- a leg that has been swollen, the calf named (NICE NG158; NHS.uk DVT and PE)
    (
        "E",
        "his left leg has been swollen and tender at the back of the calf for three days and now"
        " he's really short of breath",
    ),
    (
        "E",
        "my leg's been swollen and achy in the calf since Friday, today it hurts to breathe in and"
        " I'm out of breath",
    ),
    ("U", "my right leg has been swollen and sore in the calf since the weekend"),
    ("!E", "both my legs have been swollen since the flight, ankles puffy, breathing fine"),
    ("!E", "my ankles have been swollen since the long flight, no pain, no breathlessness"),
    # --- a streak of blood after a cough (NICE CKS Haemoptysis; NHS.uk coughing up blood)
    ("U", "I coughed this morning and there was a streak of blood in it"),
    ("U", "he keeps coughing and there are streaks of blood in what comes up"),
    ("E", "really breathless and when I coughed there was a streak of blood"),
    ("!E", "blew my nose and there was a streak of blood on the tissue, no cough"),
    # --- a tearing pain in Chinese (NHS.uk aortic dissection and AAA; MTS)
    ("E", "后背突然撕着疼，出了一身冷汗"),
    ("E", "肚子正中间一下子撕着痛，一直痛到背后"),
    ("E", "胸口好似撕住咁痛，突然开始，痛到背脊"),
    ("E", "背上突然像撕开一样疼，人很虚"),
    ("!E", "撕开包装的时候手指被纸割了一下，有点疼"),
    ("!E", "撕掉胶布的时候有点痛，皮肤红了一块"),
    # --- pain bad enough to vomit: severity; a sudden headache with a stiff neck (NICE CKS)
    ("E", "头突然一下剧痛，痛到吐，脖子硬"),
    ("E", "后脑勺那里，突然好像被打了一下，疼得吐了，脖子僵硬转不了"),
    ("E", "後尾枕突然好似俾人打咗一下，痛到嘔，條頸好硬"),
    ("E", "my head suddenly hurt so much I threw up and my neck is stiff"),
    ("E", "后脑杓突然很痛，脖子硬"),
    ("!E", "吃坏了东西，吐了两次，现在好多了"),
    ("!E", "my neck is stiff from sleeping funny, no headache, no sickness"),
    # --- bleeding in early pregnancy: pink blood (NHS.uk; NICE NG126); piles (NHS.uk piles)
    ("U", "怀孕六周，擦的时候纸上有一点血"),
    ("U", "怀孕八周，今天内裤和纸上有点粉红色的血"),
    ("U", "有咗七個禮拜，今朝見到粉紅色嘅血"),
    ("L", "怀孕二十周，便秘好几天，擦屁股的时候纸上有鲜红的血，肛门有个小肿块，肚子不痛"),
    (
        "L",
        "30 weeks pregnant, bright red blood on the toilet paper after a hard poo, I've got piles,"
        " no bleeding from the vagina, baby moving well",
    ),
    ("U", "I'm 7 weeks pregnant and there's pink blood on the toilet paper when I wipe"),
    ("U", "8 weeks pregnant, a bit of blood on the loo roll this morning"),
    # --- kidney stone pain into the groin in Chinese (NICE CKS renal colic; NHS.uk)
    ("U", "左边后腰一阵一阵地痛，痛到腹股沟那里"),
    ("U", "右邊後腰好痛，痛落去大髀罅嗰度，一陣陣嘅"),
    ("U", "腰侧绞着痛，一直窜到大腿根"),
    ("U", "右边后腰一阵阵痛，痛到大腿根，头先食咗止痛药好咗少少"),
    # --- food gone off is food poisoning, not an allergen (NHS.uk food poisoning; RCUK)
    (
        "L",
        "ate some dodgy prawns last night, sick twice, keeping water down now and feeling better",
    ),
    ("L", "think the seafood at the buffet was off, threw up once this morning, better now"),
    ("L", "吃了变质的海鲜，吐了两次，现在能喝水了，好多了"),
    ("U", "I'm allergic to prawns and ate some by mistake, I've been sick and I've got hives"),
    ("U", "ate prawns an hour ago and now I've come out in hives and I've been sick"),
    # --- a cold sore by its signs is no shingles (NHS.uk cold sores; NHS.uk shingles)
    (
        "L",
        "tingly spot on my bottom lip yesterday and now a cluster of blisters there, I get them"
        " every time I'm run down",
    ),
    ("L", "a little cluster of blisters on the corner of my top lip, same as I always get"),
    ("U", "a cluster of blisters on my forehead going up from my eyebrow"),
    ("U", "a band of blisters round one side of my ribs, really painful"),
    # --- 无名指 / 无名趾 negate nothing (NHS.uk athlete's foot)
    ("L", "左脚无名趾和小脚趾中间的缝发白脱皮，好痒"),
    ("U", "右手无名指和尾指麻咗成日，右手冇力，讲嘢唔清楚"),
    # --- a mouth ulcer in Cantonese (NHS.uk mouth ulcers)
    ("L", "口入面生咗粒痱滋，三日啦，食辣嘢先痛"),
    ("L", "下唇入面生咗个溃疡，几日啦，细细粒"),
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[t[:40] for _, t in CASES])
def test_set36_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Minor illnesses told in the words above, each said settled or mild: self-care (``L`` above only
# says below urgent).
SELF_CARE: list[str] = [
    "ate some dodgy prawns last night, sick twice, keeping water down now and feeling better",
    "tingly spot on my bottom lip yesterday and now a cluster of blisters there, I get them every"
    " time I'm run down",
    "左脚无名趾和小脚趾中间的缝发白脱皮，好痒",
    "口入面生咗粒痱滋，三日啦，食辣嘢先痛",
    "下唇入面生咗个溃疡，几日啦，细细粒",
]


@pytest.mark.parametrize("text", SELF_CARE, ids=[t[:40] for t in SELF_CARE])
def test_set36_self_care(rules: RuleSet, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level is Disposition.SELF_CARE, (level, [hit.rule_id for hit in hits])


def test_cantonese_just_now_is_no_head(rules: RuleSet) -> None:
    """头先 (Cantonese "just now") before a painkiller is no headache (NHS.uk headaches)."""
    assert "headache" not in rules.concepts_in("右边后腰痛，头先食咗止痛药好咗少少")
    assert "headache" in rules.concepts_in("我头先开始头痛")
    assert "headache" in rules.concepts_in("头痛食咗止痛药都冇用")


def test_double_vision_written_overlapping(rules: RuleSet) -> None:
    """叠影 reads as the rules' double vision, as 重影 does (NHS.uk double vision); what level
    new double vision alone reaches is the same for both and not this file's."""
    assert "vision_problem" in rules.concepts_in("看东西有叠影，今天早上开始的")
    assert "vision_problem" in rules.concepts_in("而家睇嘢有叠影")
