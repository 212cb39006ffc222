"""Messages written as lists or checklists, and session 20's missed and over-raised signs.

Fresh set 24 (``tests/data/fresh_levels_24.jsonl``) wrote some first messages as lists: a sign
crossed out after it (胸痛× 气短×, ✗, ☒, "chest pain - no"), ticked (✓, √, "yes"), one sign a
line ("- no shoulder pain"), a heading over its items ("左小腿：", "Symptoms:"). Each group
below names its category and published source; the sentences are written for this test, not
copied from the set, and the look-alikes (``!E``, ``L``) must not be raised.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# A sign crossed out after it is denied; a tick keeps it; a duration written "×3天" / "x 2
# days" (a case note's "for") is no denial.
CHECKLIST_MARKS: list[tuple[str, str]] = [
    ("L", "胸痛× 气短× 发烧× 就是流鼻涕两天"),
    ("L", "胸口痛✗ 呼吸困难✗ 只是咳嗽三天"),
    ("L", "胸口痛 ✘ 心慌 ✘ 想问下血压偏高要不要吃药"),
    ("L", "Chest pain ✗ Short of breath ✗ Fever ✓ sore throat for 2 days"),
    ("L", "chest pain ☒ breathless ☒ just a blocked nose since Monday"),
    ("L", "chest pain - no, short of breath - no, just a runny nose"),
    ("L", "Chest pain? No. Short of breath? No. Just a cough for three days"),
    ("L", "胸痛：无 气短：无 就是咳嗽几天"),
    ("L", "胸痛：没有 呼吸困难：没有 只是喉咙痛"),
    ("E", "胸痛✓ 气短✓ 出冷汗✓"),
    ("E", "胸痛 ✓ 头晕 ✗ 出冷汗 ✓ 左手臂也痛 ✓"),
    ("E", "chest pain ✓ sweaty ✓ breathless ✓"),
    ("E", "chest pain √ sweating √ feel sick √"),
    ("E", "chest pain - yes, sweating - yes, short of breath - yes"),
    ("U", "胸痛×3天"),
    ("U", "chest pain x 2 days"),
]


@pytest.mark.parametrize(("expected", "text"), CHECKLIST_MARKS)
def test_a_crossed_out_sign_is_denied_and_a_ticked_one_kept(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# One sign a line: a denial on its line negates that line only; a heading with a colon on its
# own line belongs to the items under it (NICE NG158 DVT: a swollen, hot, painful calf after
# surgery, same day; NICE NG126 bleeding in early pregnancy with faintness, 999).
LIST_LINES: list[tuple[str, str]] = [
    (
        "E",
        "7 weeks pregnant\n- some bleeding since lunch\n- no shoulder pain\n- "
        "feel faint when I stand",
    ),
    ("E", "Symptoms:\n- chest pain\n- sweating\n- pain going down my left arm"),
    ("E", "症状：\n- 胸口压着痛\n- 出冷汗\n- 左手臂发麻"),
    ("U", "右小腿：\n腫 ✓\n熱 ✓\n行路痛 ✓\n上個禮拜做完髖關節手術 ✓"),
    ("U", "左小腿：\n- 肿\n- 发热\n- 走路痛\n- 十天前做了膝盖手术"),
    ("U", "Right calf:\n- swollen\n- hot\n- painful to walk on\n- knee replacement 10 days ago"),
    ("L", "Cold for 3 days:\n- no chest pain\n- no shortness of breath\n- blocked nose"),
    ("L", "感冒三天：\n- 没有胸痛\n- 没有气短\n- 鼻塞"),
]


@pytest.mark.parametrize(("expected", "text"), LIST_LINES)
def test_a_list_line_and_its_heading(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NICE NG143 red / NG9: an infant breathing fast with chest indrawing or grunting
INDRAWING: list[tuple[str, str]] = [
    ("E", "my 3 month old is breathing fast and the skin sucks in under his ribs with each breath"),
    (
        "E",
        "baby is 5 months, breathing quickly and there is a dip below her "
        "ribcage as she breathes in",
    ),
    ("E", "my 6 week old makes a grunting noise every time he breathes out"),
    ("E", "宝宝4个月 呼吸很快 吸气的时候肋骨下面凹进去"),
    ("E", "個BB五個月 呼吸好急 肋骨下面一吸氣就陷落去"),
    ("!E", "my baby has a little dip in her chest bone that the doctor said is normal"),
    ("!E", "宝宝肋骨下面有点凸出来 医生说是正常的"),
]


@pytest.mark.parametrize(("expected", "text"), INDRAWING)
def test_an_infant_with_indrawing_or_grunting(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NHS.uk heart failure / NICE NG106: acute pulmonary oedema (cannot lie flat, pink frothy
# sputum) is an emergency
PULMONARY_OEDEMA: list[tuple[str, str]] = [
    ("E", "I have heart failure and tonight I can't lie flat at all, coughing up pink frothy spit"),
    ("E", "coughing up pink, frothy phlegm and so breathless I have to sit up"),
    ("E", "心衰病人 今晚完全躺不下 咳粉红色泡沫痰"),
    ("E", "阿爸有心衰 咳出粉紅色啲泡泡痰 坐住都喘"),
    ("!E", "I have heart failure and sleep on two pillows as usual, ankles the same as always"),
    ("!E", "心衰多年 平时垫两个枕头睡 今天一切和平时一样"),
]


@pytest.mark.parametrize(("expected", "text"), PULMONARY_OEDEMA)
def test_acute_pulmonary_oedema(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# TOXBASE / NICE NG225: a whole strip, sheet or box of tablets swallowed is an overdose, with
# regret too; finishing a course or buying a box is not
STRIP_OVERDOSE: list[tuple[str, str]] = [
    ("E", "我刚把一整板安眠药都吞了"),
    ("E", "剛剛吃了一盒止痛藥 現在好後悔"),
    ("E", "佢食咗成排安眠藥"),
    ("E", "I just swallowed a whole strip of my mum's sleeping tablets"),
    ("E", "took a whole box of paracetamol an hour ago and I regret it"),
    ("!E", "一盒抗生素按医生说的吃完了"),
    ("!E", "去药房买了一板布洛芬备用"),
    ("!E", "finished the whole box of antibiotics as prescribed"),
]


@pytest.mark.parametrize(("expected", "text"), STRIP_OVERDOSE)
def test_a_whole_strip_swallowed(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
