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
