"""Set 60's rows (voice42: wearables and home devices, disability and communication, home and DIY).

Set 60 (``tests/data/fresh_levels_60.jsonl``, 80 rows) was a carry-over set measured twice
unopened (72.5%, then 75.0% after session 42's rule work); opened in session 43 by rules-ih.
Of its 20 wrong rows this file takes, in the brief's order, the emergency missed and the three
self-care messages sent to an emergency, each by the KIND of reading that failed, with the
published source of its gold (each checked against that source):

- f60-en-emg-006 (non_urgent): a fall from a height told as "came off the ladder ... from about
  3 metres, landed on his back", with neck pain and both hands tingling - NHS.uk neck and back
  injuries (999, do not move them), MTS major trauma, NICE NG232 (a fall from over 1 metre);
- f60-en-slf-004 (emergency): a watch's fast rate told "in my spin class" that dropped back
  once the class stopped - NHS.uk heart palpitations (a fast heartbeat in exercise is normal),
  RCP NEWS2 (scored at rest);
- f60-zh-slf-002 (emergency): an old stroke's lasting speech problem told with the stroke it
  followed (中风后说话不利索), the day's news a runny nose - NHS.uk stroke recovery, NHS.uk
  common cold;
- f60-zh-slf-003 (emergency): a toilet cleaner (洁厕灵) named while cleaning and nearly mixed,
  nothing swallowed or breathed in - NHS.uk poisoning, UKHSA household chemicals;
- f60-en-urg-010 (non_urgent), taken with Task B's meter readings: a glucose meter's reading
  with a time typed between the device and its verb ("meter 今天早上 said 22 mmol") - NHS.uk
  high blood sugar, JBDS-IP (20 or more with thirst and passing a lot of urine: same day); its
  kind sentences are in ``tests/test_noticed_gaps_43b.py`` (METER_NUMBER).

Each kind has sentences of this file's own, in other words and both directions (the danger
present, and a near miss that must not move). Wrong before any rule change (the rules of
96ce9ba): 5 of 5 rows and 13 of 31 kind sentences. After: every row at its gold and every kind
sentence at its level. The other 15 wrong rows of set 60 are left as they were (the report
names them).

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

# NHS.uk neck and back injuries (after an injury, neck or back pain with tingling, numbness or
# weakness in the arms or legs: call 999 and do not move them); MTS major trauma and NICE NG232
# (a fall from a height): the fall told as "came off" or "came down off" a ladder or a roof, or
# by the back it landed on; a ladder of a figure of speech, or a bike fall with nothing wrong,
# is no such fall
FALL_TOLD_AS_CAME_OFF: list[tuple[str, str]] = [
    (
        "E",
        "my dad came off his ladder cleaning windows, "
        "about 2 metres, his neck hurts and his legs are numb",
    ),
    ("E", "he came down off the roof onto the patio, neck really sore and his arms are tingling"),
    (
        "E",
        "she came off the stepladder and landed on her back, "
        "neck pain and pins and needles in her hands",
    ),
    ("E", "他从梯子上滑下来，背着地，脖子痛，手麻"),
    ("L", "I came off my ladder of success lol, feeling down"),
    ("!E", "came off the ladder onto my hand, wrist sore and swollen, didn't hit my head"),
    ("L", "came off my bike on the way home, grazed knee, neck and hands fine"),
    ("L", "she landed on her back on the trampoline, little sore, running around now"),
]

# NHS.uk heart palpitations (a fast heartbeat with exercise is normal) and RCP NEWS2 (scored at
# rest): the rate told "in my spin class", "on my run", "in the gym"; a rate at rest, or with
# a faint feeling at home, keeps its reading
RATE_TOLD_IN_THE_EXERCISE: list[tuple[str, str]] = [
    ("L", "my fitbit said 172 on my run this morning, came back down to 80 after, felt fine"),
    ("L", "heart rate hit 168 in the gym, dropped back to 75 when I stopped"),
    ("L", "watch alert, heart rate 170 in my spin class, fine once I stopped"),
    ("U", "heart rate 165 sitting on the sofa and I feel faint"),
    ("U", "heart rate 150 in my bed and I feel dizzy"),
    ("U", "my heart rate has been 160 in the house all evening, just sitting, feel faint"),
]

# NHS.uk stroke recovery (problems left by a stroke are the person's usual; a new or suddenly
# worse FAST sign is 999): the deficit told with the old stroke it followed, the day's news a
# minor illness or the person as usual; a deficit new or worse today stays an emergency
DEFICIT_SINCE_OLD_STROKE: list[tuple[str, str]] = [
    (
        "!E",
        "mum's speech has been slurred since her stroke, "
        "she's had a runny nose since yesterday, otherwise her usual self",
    ),
    ("!E", "since his stroke his speech is a bit slurred, today he has a cold, eating fine"),
    ("!E", "我爸中风后走路左腿没力，今天开始咳嗽，有点流鼻涕，精神跟平时一样"),
    ("!E", "我妈中风以后讲话一直不太清楚，这两天有点咳嗽，吃饭正常"),
    ("E", "我妈中风后说话不利索，今天突然完全说不出话了"),
    ("E", "我妈中风后说话不利索，今天早上开始说话更含糊，嘴也歪了"),
    (
        "E",
        "since his stroke his speech is a bit slurred, "
        "this morning suddenly he can't lift his right arm",
    ),
    ("E", "my dad had a stroke last year, today his speech is suddenly slurred and he has a cold"),
]

# NHS.uk poisoning (something swallowed or breathed in: A&E or 999) and UKHSA household
# chemicals: a toilet cleaner (洁厕灵) named while cleaning, stored or nearly mixed is none;
# swallowed, licked or drunk it is, and mixed with bleach and then a cough is (settings.yaml)
CLEANER_NAMED_NOT_SWALLOWED: list[tuple[str, str]] = [
    ("!E", "用洁厕灵刷马桶，味道有点冲，开窗就好了"),
    ("!E", "家里的洁厕灵放在哪里比较安全？"),
    ("!E", "差点把84和洁厕灵混在一起，还好没混，没有不舒服"),
    ("E", "孩子喝了一口洁厕灵"),
    ("E", "孩子把洁厕灵喝了"),
    ("E", "宝宝舔了洁厕灵的瓶盖"),
    ("E", "我儿子误喝了洁厕灵"),
    ("E", "洁厕灵溅到眼睛里了"),
    ("E", "我把84和洁厕灵混在一起用了，现在咳嗽胸闷"),
]

KINDS = (
    FALL_TOLD_AS_CAME_OFF
    + RATE_TOLD_IN_THE_EXERCISE
    + DEFICIT_SINCE_OLD_STROKE
    + CLEANER_NAMED_NOT_SWALLOWED
)
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 60 taken here (wrong at the first run)
SET60_ROWS = [
    "f60-en-emg-006",
    "f60-en-slf-004",
    "f60-zh-slf-002",
    "f60-zh-slf-003",
    "f60-en-urg-010",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET60_ROWS, OPEN_ROWS),
)
def test_set60_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_60.jsonl", row_id)
