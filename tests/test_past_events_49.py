"""Someone else's alarming event over and dealt with: a narrow stand-down (rules-od, session 49).

Set 74 (``tests/data/fresh_levels_74.jsonl``) has self-care rows at emergency whose only danger
is another person's faint, collapse or fit told days back, seen by a doctor or taken to hospital
and said well now, discharged or still in hospital, while the writer asks about a small
complaint of their own (f74-en-slf-006, -028, f74-zh-slf-010, -018, -020). Session 48's
stand-down for "an event dealt with" was withdrawn (tests/test_merged_gaps_48.py): it put a
frozen split's emergency at non_urgent and stood down a pain getting worse after a discharge,
a heart "still racing" after pills, a lump after a stent.

The narrower reading (NHS.uk "when to call 999": 999 is for the person with the signs now;
NHS.uk epilepsy and fainting: a seizure or a faint that was assessed and is over is followed
up by the GP) stands down ONLY the event concepts (``unconscious``, ``seizure``: a faint, a
collapse, a fit, which end) and only their match inside the event's own sentence, when that
sentence names another person as the one it happened to (no writer's word between them and the
sign), tells a time days back, the care had (taken to hospital, an ambulance, a doctor checked)
and the outcome (well now, discharged, sent home, kept in), with no word of now, today, still,
again or getting worse in it, nothing after it telling the event as back or going on (again,
another, still, 又, 还在, 越来越), and no operation named. Any other sign, the writer's own sign,
and the same concept said anywhere else count as before. A sign stood down is held back with
its confirming question ("past"), never dropped silently.

Written before the change (the rules of 8540edd): DOWN 10 sentences, STAY 24 (2.4 per down
sentence, EN, simplified, traditional, Cantonese, unpunctuated ones included). Wrong before:
9 of 10 DOWN (one already below: no red flag), 0 of 24 STAY; rows 5 of 5 event rows wrong.
After the change: every DOWN and STAY sentence at its level; rows -028, f74-zh-slf-010, -018
and -020 at self_care, f74-en-slf-006 at non_urgent (open: the decision, not the rules) and
-026 open (another kind). AFTER_OTHER_WORDS was written after the change, in other words:
0 of 7 wrong.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# someone else's faint, collapse or fit days back, dealt with by care, the person well now,
# home or kept in: no current emergency (NHS.uk 999, epilepsy, fainting)
DOWN: list[tuple[str, str]] = [
    (
        "!E",
        "My sister fainted at a wedding on Saturday, the paramedics checked her over and she's"
        " fine now. I've got a bit of a cold, what can I take?",
    ),
    (
        "!E",
        "My nephew had a fit yesterday, went to hospital by ambulance and was sent home, he's"
        " back to normal. My daughter has a runny nose, should she stay off school?",
    ),
    (
        "!E",
        "Grandad collapsed in the garden last night, the ambulance took him in and he's staying"
        " in for tests. I cut my finger chopping onions, it's stopped bleeding.",
    ),
    ("!E", "我姐姐前天在商场晕倒，送了医院，医生检查过说没事，已经出院了。我自己嗓子有点痛。"),
    ("!E", "我儿子上个星期抽筋，救护车送去医院，住了两天，已经出院了。我腰有点酸，贴什么膏药好？"),
    ("!E", "我老豆琴日喺街度晕低，白车送咗去医院，医生睇过话冇事，已经出咗院。我今日喉咙有啲痛。"),
    ("!E", "我媽媽前天在家暈倒，送去醫院檢查過，醫生說沒事，已經出院了。我自己有點咳嗽。"),
    # unpunctuated
    (
        "!E",
        "my husband passed out at work on monday they took him to a&e and sent him home hes fine"
        " now i just have a sore throat",
    ),
    ("!E", "我老公昨天晕倒了 去了急诊 医生说没事 现在没事了 我有点感冒流鼻涕"),
    (
        "!E",
        "my flatmate had a seizure on sunday and went to hospital by ambulance, she was"
        " discharged the next day and is fine now. can I use ibuprofen gel on my sprained wrist",
    ),
]

# the event back or going on, a second sign, the writer's own sign beside the other's, no care
# or no outcome told: 999 stays (NHS.uk 999, epilepsy, fainting, stroke)
STAY: list[tuple[str, str]] = [
    (
        "E",
        "My sister fainted at a wedding on Saturday, the paramedics checked her over and she was"
        " fine, but she's just fainted again and isn't responding.",
    ),
    (
        "E",
        "My nephew had a fit yesterday, went to hospital and was sent home, and now he's fitting"
        " again.",
    ),
    (
        "E",
        "My son had a seizure on Sunday, he went to hospital and was discharged, but today he"
        " had another one that lasted six minutes.",
    ),
    (
        "E",
        "My husband fainted yesterday, went to A&E and is fine now, and I collapsed this morning.",
    ),
    (
        "E",
        "My wife fainted on Friday, the paramedics checked her and she's fine now, but I passed"
        " out in the shower an hour ago.",
    ),
    (
        "E",
        "My dad collapsed yesterday, the paramedics checked him and he's okay now, but he has"
        " crushing chest pain and he's sweating.",
    ),
    (
        "E",
        "My son had a seizure yesterday, the ambulance took him to hospital and he was"
        " discharged, he's fine now. It's happening again right now and he won't answer me.",
    ),
    (
        "E",
        "Grandad collapsed last night, went to A&E and they sent him home, and he's still"
        " collapsing every time he stands up.",
    ),
    (
        "E",
        "Mum collapsed on Sunday, went to A&E, they sent her home but she collapsed again in"
        " the kitchen and won't wake up properly.",
    ),
    (
        "E",
        "my husband passed out on monday they took him to a&e and sent him home but hes passed"
        " out again now and wont wake up",
    ),
    (
        "E",
        "my brother had a seizure yesterday and went to hospital he was discharged fine but he"
        " is having another seizure now",
    ),
    ("E", "我姐姐前天晕倒，送了医院，医生说没事，出院了，可是今天又晕倒了，叫不醒。"),
    ("E", "我儿子上个星期抽筋，救护车送去医院，已经出院了，现在又在抽，停不下来。"),
    ("E", "我老公昨天晕倒，去了急诊，医生说没事，现在没事了，我今天早上也晕倒了两次。"),
    ("E", "我老豆琴日晕低，白车送咗去医院，出咗院，但係而家又晕低咗，叫极都唔醒。"),
    ("E", "我妈前天晕倒，送医院检查过，已经出院了，但是越来越糊涂，说话也不清楚。"),
    ("E", "我弟弟昨天抽筋，救护车送去医院，医生看过说没事，已经出院了。刚才又发作了，现在还没停。"),
    ("E", "我媽媽前天暈倒，送去醫院檢查過，已經出院了，今天早上又暈倒，現在還沒醒。"),
    ("E", "我爸前天晕倒，去了急诊，还没出院，今天又抽筋了"),
    ("E", "我老公昨天晕倒了 去了急诊 医生说没事 刚才又晕倒了 现在叫不醒"),
    ("E", "我老婆前天晕倒过 医生说没事 出院了 我自己刚才胸口压着痛 出冷汗"),
    (
        "E",
        "My husband had a seizure yesterday and is in hospital now. I've had crushing chest pain"
        " for an hour and I'm sweating.",
    ),
    ("E", "我阿妈琴日晕低，白车送咗去医院，已经出咗院，佢而家仲系好眼瞓，叫佢都唔应。"),
    (
        "E",
        "my mum fainted yesterday and went to a&e and they sent her home and now she is slurring"
        " her words and her face is drooping",
    ),
]

DOWN_OPEN: dict[str, str] = {}

# Written after the change, in other words (the same sources)
AFTER_OTHER_WORDS: list[tuple[str, str]] = [
    (
        "!E",
        "My auntie blacked out at church on Sunday, an ambulance came and the hospital kept her"
        " in overnight, she's fine now. Is it ok to take hay fever tablets with my inhaler?",
    ),
    (
        "!E",
        "我外公前几天在公园晕倒了，叫了救护车送去医院，检查完医生说没大碍，已经回家了。我最近睡不好，有什么办法？",
    ),
    (
        "!E",
        "我阿婆前日喺茶楼晕低咗，白车送咗入医院，医生话冇事，已经出咗院。我想问下我自己鼻塞点算。",
    ),
    (
        "E",
        "My auntie blacked out at church on Sunday, an ambulance came and they kept her in, but"
        " she's blacked out again at home this evening.",
    ),
    ("E", "我外公前几天晕倒，送去医院检查完说没大碍，回家了，可是他今天讲话含糊，右手没力。"),
    ("E", "我阿婆前日晕低，白车送咗入医院，出咗院，但係佢而家又晕低，成个人冇反应。"),
    (
        "E",
        "my uncle had a fit on saturday the paramedics took him to a&e and he was discharged hes"
        " fine now but i collapsed at work an hour ago",
    ),
]
AFTER_OPEN: dict[str, str] = {}

FILE = "fresh_levels_74.jsonl"
ROW_IDS = [
    "f74-en-slf-006",
    "f74-en-slf-028",
    "f74-zh-slf-010",
    "f74-zh-slf-018",
    "f74-zh-slf-020",
    "f74-zh-slf-026",
]
ROWS_OPEN: dict[str, str] = {
    "f74-en-slf-006": "non_urgent (one level over, no red flag): the housemate's seizure is"
    " held back as over; the four-level decision reads no self-care evidence in a carer's"
    " question about an upset young man (as with session 48's stand-down), left open",
    "f74-zh-slf-026": "no event over: an old stroke's weak arm told as now (現在...右手比較沒力)"
    " with 'same as before'; a long-standing deficit beside a new one is another kind"
    " (stroke_sign_sudden_beside_old, rules-oe), left open",
}


@pytest.mark.parametrize(("code", "text"), with_open(DOWN, DOWN_OPEN))
def test_someone_elses_event_over_comes_down(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STAY))
def test_a_danger_now_beside_an_event_over_stays(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_OTHER_WORDS, AFTER_OPEN))
def test_after_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize("row_id", rows_with_open(ROW_IDS, ROWS_OPEN))
def test_row_reaches_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, FILE, row_id)
