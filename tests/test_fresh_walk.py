"""Fresh walks of published lists, each written by someone who had not read the rules.

Each file in ``tests/data/`` holds sentences (emergencies and look-alikes, English and Chinese,
each naming the published source it follows), committed before any rule was changed for it.
Every emergency must fire an emergency rule; no look-alike may. The misses of each first run
were closed by generalising each source's discriminator (lay, Cantonese and traditional
synonyms, new discriminators), not by copying the sentences.

- ``fresh_walk_3.jsonl``: 200 sentences (140 emergencies, 60 look-alikes). First run: 37 of the
  140 emergencies missed and 2 of the 60 look-alikes raised.
- ``fresh_walk_4.jsonl``: 220 sentences (150 emergencies, 70 look-alikes). First run (rules as
  on main at 77739a3): 30 of the 150 emergencies missed (17 ending ``non_urgent``, 12
  ``urgent``, 1 ``self_care``) and none of the 70 look-alikes raised; 4-level accuracy 73.2%.
- ``fresh_walk_5.jsonl``: 200 first messages in forum, WeChat and Cantonese voice (130
  emergencies, 70 look-alikes). First run (rules as on main at 1ae2c9a): 19 of the 130
  emergencies missed (4 ending ``self_care``, 11 ``non_urgent``, 4 ``urgent``) and 7 of the 70
  look-alikes raised to an emergency; 4-level accuracy 71.0%. Session 5's rules (77739a3) missed
  26 and raised 7. The 7 false alarms were closed in the matching (past, hypothetical and
  asked-about cues, the glass test's result, Cantonese 冇/唔 inside a gap). The rows still
  open are listed below as strict xfails with their reason.
- ``fresh_walk_6.jsonl``: 200 sentences in clinicians' notes with vital signs and phone voice
  (120 emergencies, 80 look-alikes). First run (rules as on main at aa39806): 9 of the 120
  emergencies missed (8 ending ``non_urgent``, 1 ``self_care``) and 1 of the 80 look-alikes
  raised to an emergency; 4-level accuracy 77.5%. All ten were closed by generalising their
  sources (0 missed, 0 raised, 4-level 83.5%); ``OTHER_WORDS_6`` below checks them in other words.
- ``fresh_walk_9.jsonl``: 200 very short first messages in the voice of anxious people on a
  phone (typos, slang, third person, what someone cannot do or how they look; 110 emergencies,
  90 look-alikes at urgent, non-urgent and self-care). First run (rules as on main at 099c8f6):
  31 of the 110 emergencies missed (24 ending ``non_urgent``, 7 ``urgent``, none
  ``self_care``) and 2 of the 90 look-alikes raised to an emergency (both gold ``self_care``);
  4-level accuracy 74.5%.
- ``fresh_walk_10.jsonl``: 180 first messages from carers, care-home staff and adult children
  about older or dependent people, many long and rambling (100 emergencies, 80 look-alikes at
  urgent, non-urgent and self-care; half Chinese incl. traditional and Cantonese). First run
  (rules as on main at 6427b83): 24 of the 100 emergencies missed (16 ending ``urgent``, 7
  ``non_urgent``, 1 ``self_care``) and 4 of the 80 look-alikes raised to an emergency (none
  ``self_care``); 4-level accuracy 64.4%, safe 77.2%.
- ``fresh_walk_11.jsonl``: 180 first messages in second-language English and Chinese-English
  code-switching, some Chinese typed in toneless pinyin (100 emergencies, 80 look-alikes).
  First run (rules as on main at 404db71): 30 of the 100 emergencies missed (20 ending
  ``non_urgent``, 9 ``urgent``, 1 ``self_care``) and 4 of the 80 look-alikes raised to an
  emergency (1 gold ``self_care``); 4-level accuracy 60.6%, safe 75.6%. The English categories
  closed are checked in other words in ``tests/test_red_flag_coverage_second_language.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Walk:
    """One fresh walk: its file, its size, and the rows the rules are known to get wrong."""

    file: str
    size: int
    emergencies: int
    # rows the rules still get wrong, and why (a rule limitation, not a label we dispute):
    known_false_alarms: dict[str, str] = field(default_factory=dict)
    known_misses: dict[str, str] = field(default_factory=dict)

    def rows(self) -> list[dict[str, str]]:
        """Return the rows, each with ``gold`` and ``source`` (walks 10 and 11 name them
        ``gold_triage`` and ``rationale``)."""
        lines = (DATA / self.file).read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        for row in rows:
            row.setdefault("gold", row.get("gold_triage", ""))
            row.setdefault("source", row.get("rationale", ""))
        return rows


# Walk 5 rows left open (strict xfails; _RFM questions a gold label by published guidance and
# keeps it unchanged). The English one (26 weeks, "havent felt baby move since yesterday") is
# caught since walk 9's typo work: "havent" is no longer misread as "haven", so the existing
# no_fetal_movement rule (RCOG GTG57) reads it. The iron rows are caught since session 7
# (tablets missing from a strip a child got hold of: NHS poisoning, child_swallowed_medicine).
_RFM = "label questioned: RCOG GTG57 / NHS say call the maternity unit now, not 999"

WALKS = (
    Walk(
        "fresh_walk_3.jsonl",
        200,
        140,
        known_false_alarms={
            # a grandmother already in hospital with a named stroke, the writer fine: family
            # members always count as the patient (the caller is usually with them), so
            # "说是中风" still fires
            "walk3-zh-neg-007": "known false alarm",
        },
    ),
    Walk(
        "fresh_walk_4.jsonl",
        220,
        150,
    ),
    Walk(
        "fresh_walk_5.jsonl",
        200,
        130,
        known_misses={
            "walk5-zh-emg-019": _RFM,
        },
    ),
    Walk(
        "fresh_walk_6.jsonl",
        200,
        120,
    ),
    Walk(
        "fresh_walk_9.jsonl",
        200,
        110,
        known_false_alarms={},
        known_misses={},
    ),
    Walk(
        "fresh_walk_10.jsonl",
        180,
        100,
        known_false_alarms={},  # (walk10-en-neg-015, an injured wrist's grip, closed by rules-au)
        known_misses={
            "walk10-en-emg-021": "open: a week's dosette box emptied is not read as taken",
            "walk10-en-emg-030": "open: faeculent vomit with a swollen hard abdomen",
            "walk10-en-emg-045": "open: confusion, no urine after D&V (no infection word for NG51)",
        },
    ),
    Walk(
        "fresh_walk_11.jsonl",
        180,
        100,
        known_false_alarms={
            # (walk11-en-neg-019, two faints on standing long, woke quickly, closed by rules-cp:
            # an uncomplicated faint, NHS.uk fainting and NICE CG109)
            # (walk11-en-neg-033, a tension headache before an exam said as 'head is exploding',
            # closed by rules-ar: stress stands the figure of speech down, NHS.uk headaches)
        },
        known_misses={
            "walk11-en-emg-011": "open: a suicide plan with letters and a bridge tonight (NG225)",
            "walk11-en-emg-043": "open: cannot swallow spit, hot-potato voice (quinsy)",
            "walk11-en-emg-057": "open: missed dialysis, breathless, heart beating strange",
            "walk11-zh-emg-012": "label questioned: RCOG GTG57 / NHS: reduced (not absent) "
            "movements, call the maternity unit now; the rules hold them at urgent",
        },
    ),
)


def _params(emergency: bool) -> list[object]:
    out: list[object] = []
    for walk in WALKS:
        known = walk.known_misses if emergency else walk.known_false_alarms
        for row in walk.rows():
            if (row["gold"] == "emergency") is not emergency:
                continue
            marks = (
                pytest.mark.xfail(strict=True, reason=known[row["id"]])
                if row["id"] in known
                else ()
            )
            out.append(pytest.param(row, marks=marks, id=row["id"]))
    return out


def _emergency(rules: RuleSet, text: str) -> bool:
    hits = rules.evaluate(text)
    return bool(hits) and hits[0].level is Disposition.EMERGENCY


@pytest.mark.parametrize("row", _params(emergency=True))
def test_every_fresh_emergency_fires_an_emergency_rule(rules: RuleSet, row: dict[str, str]) -> None:
    assert _emergency(rules, row["text"]), [h.rule_id for h in rules.evaluate(row["text"])]


@pytest.mark.parametrize("row", _params(emergency=False))
def test_no_fresh_look_alike_fires_an_emergency(rules: RuleSet, row: dict[str, str]) -> None:
    assert not _emergency(rules, row["text"]), [h.rule_id for h in rules.evaluate(row["text"])]


@pytest.mark.parametrize("walk", WALKS, ids=lambda w: w.file)
def test_the_walk_is_what_it_says(walk: Walk) -> None:
    rows = walk.rows()
    assert len(rows) == walk.size
    assert sum(r["gold"] == "emergency" for r in rows) == walk.emergencies
    assert {r["lang"] for r in rows} == {"en", "zh"}
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    known = set(walk.known_misses) | set(walk.known_false_alarms)
    assert known <= {r["id"] for r in rows}


# Written afterwards by the engineer who closed the misses, in other words than the walk's, to
# check that the fixes generalise ("E" must be an emergency, "!E" must not).
OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "我哋成家人都頭痛想嘔，隻貓都好冇精神，個熱水爐成日響"),
    ("E", "we've all got headaches and feel sick, the CO alarm keeps beeping"),
    ("E", "我喺度做緊化療，而家發燒38.6度"),
    ("E", "on chemotherapy, temperature 38.3 and feel shivery"),
    ("E", "觸電之後心跳好亂"),
    ("E", "my son got an electric shock from a socket and now has chest pain"),
    ("E", "個仔頭先遇溺，救返上嚟之後一直咳，呼吸好急"),
    ("E", "she was under the water for a bit in the bath, now she's pale and sleepy"),
    ("E", "咳咗成杯血"),
    ("E", "coughing up mouthfuls of blood"),
    ("E", "車禍之後耳朵流出清水"),
    ("E", "懷孕三十二週，BB成日都冇郁過"),
    ("E", "my baby hasn't moved at all since this morning, I'm 36 weeks"),
    ("E", "懷孕三十六週，頭好痛，眼前有閃光，塊面腫咗"),
    ("E", "老公突然心口好翳，出晒冷汗"),
    ("E", "他吞了成瓶安眠藥"),
    ("E", "阿爸倒咗喺地，摸唔到脈"),
    ("E", "吐出來好似咖啡渣"),
    ("!E", "the boiler man is coming tomorrow, I have a headache from work stress"),
    ("!E", "I'm on chemo and feel tired, no fever, no shivers"),
    ("!E", "got a tiny static shock off the car door, I'm fine"),
    ("!E", "大便之后纸上有鲜红的血，不痛，应该是痔疮"),
    ("!E", "差不多一个星期有点咳嗽，没有发烧"),
]


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS)
def test_the_fixes_hold_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    hits = [h.rule_id for h in rules.evaluate(text)]
    assert _emergency(rules, text) is (expected == "E"), hits


# Walk 4, written afterwards by the engineer who closed its misses, in other words than the
# walk's ("E" an emergency, "U" at least urgent, "!E" anything but an emergency): NHS
# nosebleeds, MTS conscious level (voice only), NHS detached retina, electric shock, button
# batteries and magnets, suicide (means and place), NHS neck injury, MTS falls (broken hip,
# cannot get up), MTS behaving strangely (risk to others), NHS low blood sugar (cannot
# swallow), RCOG reduced movements, NICE NG133, CKS haemoptysis, RCUK drowning, CKS cauda equina.
OTHER_WORDS_4: list[tuple[str, str]] = [
    ("E", "my nose has been bleeding for half an hour and I take apixaban"),
    ("E", "鼻血流咗成個鐘都止唔到，食緊薄血藥"),
    ("!E", "had a small nosebleed this morning, stopped after 5 minutes of pinching"),
    ("!E", "流咗少少鼻血，按咗一陣就停咗"),
    ("E", "grandad only responds if you shake him and shout"),
    ("E", "suddenly loads of new floaters and then a grey curtain came across my eye"),
    ("U", "new floaters and a few flashes in my right eye since yesterday, sight fine"),
    ("!E", "i've had the same floaters for years, nothing new"),
    (
        "E",
        "got zapped by an exposed wire at work and my chest feels tight "
        "and my heart is all over the place",
    ),
    ("E", "俾插蘇電親，而家心跳好亂"),
    ("!E", "tiny static shock from the trampoline, totally fine"),
    ("E", "toddler swallowed a watch battery about 20 minutes ago, seems fine"),
    ("E", "个仔吞咗两粒磁石"),
    ("!E", "my phone battery died and I have a mild sore throat"),
    ("E", "I'm stood at the edge of the multi-storey, I've written goodbye to my kids"),
    ("E", "我已經企喺天台邊，唔想再撐"),
    ("E", "mum slipped in the garden, says her neck is agony and her arms feel numb"),
    ("E", "跌落樓梯之後條頸好痛，兩隻手麻痹"),
    ("!E", "slept funny, neck is stiff and my fingers tingle a bit when typing"),
    ("E", "grandma tripped on the rug and can't get up off the floor, her hip hurts"),
    ("E", "婆婆跌咗一跤，起唔到身，只脚好似短咗"),
    ("!E", "i fell over playing football, bruised knee, walking fine"),
    ("E", "he's hearing voices saying he has to kill someone and he's holding a kitchen knife"),
    ("!E", "i hear voices sometimes when falling asleep, no one in danger"),
    ("E", "my diabetic mum is very drowsy and we can't get her to swallow the glucose gel"),
    ("E", "38 weeks, baby not moved at all today, tried cold water"),
    ("E", "G1P0 36+2/40, severe headache, visual disturbance, epigastric pain"),
    ("E", "咳血之後成口都係血，一直咳"),
    ("E", "chest pian and sweating"),
    ("E", "my son went under at the swimming pool, pulled out, he keeps coughing and looks sleepy"),
    ("E", "blood keeps pouring from the cut on his thigh and won't stop"),
    ("E", "呕咗啲咖啡色嘢，一企起身就晕"),
    ("E", "my back's been bad for days and now I can't feel myself wee and my bum is numb"),
]


# Walk 5, the false alarms closed, in other words than the walk's: an earlier heart attack named
# in a comparison (past), a count asked about ("have I overdosed", hypothetical), the NHS glass
# test named with the spots fading (the test is not its result), NHS FAST asked about after the
# sign (``asked_after``).
OTHER_WORDS_5: list[tuple[str, str]] = [
    ("!E", "this ache is nothing like the pain from my heart attack in 2022, it's when I cough"),
    ("!E", "it feels different from my stroke, just a mild headache after a long day"),
    ("!E", "did I overdose if I had 3 ibuprofen in a day?"),
    ("!E", "pressed a glass on my son's rash and the spots went away, he's playing"),
    ("!E", "用杯壓咗一下啲疹，即刻退晒色，佢好精神"),
    ("!E", "爸爸以前中过风，想知道心梗有什么表现"),
    ("!E", "阿媽想知中風會有咩表現，佢自己冇事"),
    ("E", "glass test on her rash, I can still see the spots through the glass, she has a fever"),
    ("E", "细路发烧，玻璃杯压落去啲红点唔退"),
    ("E", "我想問中風有咩表現，因為阿爸而家塊面一邊垮咗，講嘢唔清楚"),
    ("E", "食完花生之後嘴唇腫晒，喉嚨好緊，唞唔到氣"),
    ("!E", "俾蚊叮咗，隻手腫咗少少，塊面冇腫，唞氣冇問題"),
    ("!E", "給寶寶拍背打嗝，她吐了一點奶，精神很好"),
    # NHS choking (cannot cough or speak), vomiting blood, MTS haemorrhage, NHS epilepsy
    # (one fit after another), MTS falls (Cantonese 仆低) in other words
    ("E", "he was eating grapes, now he's grabbing at his throat and can't cough or talk"),
    ("E", "个仔食糖哽住，咳唔出又出唔到声，揼咗背都冇用"),
    ("E", "she threw up what looked like a pint of dark red blood and is dizzy"),
    ("E", "老公吐咗成兜鲜红色的血，好头晕"),
    ("E", "手腕割深了，血一股一股地往外冒"),
    ("E", "我老豆癫痫发作，停咗之后冇醒又开始抽"),
    ("E", "婆婆喺街仆低咗，起唔到身，左脚好似短咗"),
    # NICE NG143 bile-stained vomit; NHS asthma attack (reliever no help, too breathless to talk)
    ("E", "my 3 week old keeps throwing up and the last lot came up bright green"),
    ("E", "个女哮喘，喷咗十下都冇用，喘到讲唔到嘢"),
    ("E", "儿子哮喘发作，蓝色喷雾喷了十下一点用都没有，话都说不出来"),
    # NICE NG232 head injury in children (a fall from a height, a swelling on the head)
    ("E", "my 5 month old rolled off the sofa onto tiles and has vomited twice since"),
    ("E", "toddler fell off the bed, big lump on his head and he's really drowsy now"),
    ("!E", "my baby rolled off the play mat onto the carpet, laughed, feeding fine"),
    # NHS Guillain-Barre: weakness rising from the feet with breathing trouble
    (
        "E",
        "pins and needles started in her feet, now spreading up her legs and she's short of breath",
    ),
    ("E", "佢由脚开始冇力，而家唞气好浅"),
    # MTS abdominal pain, peritonism: rebound tenderness in lay words (疼 as well as 痛,
    # Cantonese 放手, "worse when you let go")
    ("E", "右下腹很疼，按下去再松开更疼，发烧"),
    ("E", "个肚右下边好痛，揿落去一放手仲痛"),
    ("E", "pain low on the right, and when the GP pressed and let go it hurt way more"),
    ("!E", "右下腹有点疼，按着也不怎么疼，没发烧"),
    # NICE NG225 / NHS: goodbye letters written to the family (a plan), said of a flatmate
    ("E", "我同屋最近好低落，佢话已经俾屋企人写好咗信，叫我唔好话俾人知"),
    ("E", "he told me he'd written a letter to each of his family and won't be here tomorrow"),
    ("!E", "我给学校写好了信，申请下学期休学，心情还可以"),
    # NHS poisoning (a child who may have swallowed medicines: A&E): tablets missing from a strip
    # the child got hold of, iron tablets named (TOXBASE iron)
    ("E", "my 2 year old got hold of my vitamin box, there are 6 tablets missing from the strip"),
    ("E", "個女攞咗我啲補鐵丸，成板少咗五粒"),
    ("E", "我儿子把奶奶的铁片吃了几片"),
    ("!E", "I'm missing a few tablets from my strip, I think I dropped them, feel fine"),
]


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS_5)
def test_the_walk_5_fixes_hold_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS_4)
def test_the_walk_4_fixes_hold_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Walk 6, written afterwards by the engineer who closed its misses, in other words than the
# walk's: NICE NG232 (a head struck, on anticoagulants), NHS electric shock (a high-voltage
# contact, an entry burn), NHS hypothermia (cold to the touch with slurred speech or
# drowsiness), NICE CG95 / NHS heart attack (a weight sat on the chest; Cantonese 俾嘢压住),
# TOXBASE / NPIS (one adult heart, blood-pressure or diabetes tablet in a small child; a
# corrosive drunk), GCS in Chinese notes, NICE CKS hyperemesis (ketones in pregnancy are not
# DKA without diabetes).
OTHER_WORDS_6: list[tuple[str, str]] = [
    ("E", "nan is on warfarin, she struck her head on the door frame and has been sick since"),
    ("E", "外婆食緊薄血藥，個頭撞到門框，之後嘔咗兩次"),
    ("E", "he touched a 230V cable at work, there's a burn on his fingers and his heart is racing"),
    ("E", "工地師傅掂到高壓電，手掌有個燒傷口，而家心跳好亂"),
    (
        "E",
        "grandad was out in the snow for hours, he's ice cold to touch and his words are slurred",
    ),
    ("E", "阿爺喺街凍咗成晚，成身冰冷，講嘢含糊，好眼瞓"),
    ("!E", "my hands are cold to the touch in this weather, otherwise fine"),
    ("E", "it's like someone is sat on my chest and I'm dripping with sweat"),
    ("E", "心口好似有舊石壓住咁，出晒汗"),
    ("E", "my 18 month old may have swallowed one of grandad's blood pressure tablets"),
    ("E", "我女儿三岁，可能吞了一粒奶奶的降糖药"),
    ("!E", "my 4 year old swallowed his antibiotic syrup without any fuss"),
    ("E", "toddler drank some oven cleaner, now drooling and crying"),
    ("E", "个仔饮咗啖强碱清洁剂，口水流个不停"),
    ("E", "车祸后头部外伤，GCS评分9分"),
    ("E", "頭部受傷，格拉斯哥昏迷評分十二分"),  # 十分 alone reads as "very"
    ("U", "8 weeks pregnant, vomiting all day for 3 days, ketones 3+ on the dipstick"),
    ("!E", "孕九周，一直吐，尿酮三个加号，没有糖尿病"),
    ("E", "type 1 diabetic, 20 weeks pregnant, ketones high and vomiting"),
]


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS_6)
def test_the_walk_6_fixes_hold_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
