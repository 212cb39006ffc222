"""Set 44's kinds: the voice relays what the ill person said, lists what they do not have beside
what they do, or struggles to name the feeling. What sets the level is the feeling once named:
a chest feeling said as a heavy or pressing *thing* or *feeling* placed in the middle of the
chest (a heavy pressing thing in the middle of my chest), a chest said to feel 难受 (胸口难受,
胸口那里说不上来的难受), which is chest discomfort; a voice heard when nobody is there (I keep
hearing a voice telling me I'm worthless, 听见一个声音说我没用), which is a new psychotic symptom;
a lump in a testicle told with its pain denied (a pea thing on his ball, no pain), which is no
testicle pain; a cut still oozing (还在往外渗血) after minutes of pressure, seen today; and a
heart said to beat without a pattern (心脏在乱跳, 心跳没规律, 时快时慢), a new irregular pulse.

Written by rules-co (session 34) before any rule changed. The sentences are this file's own
(English, simplified and traditional Chinese, Cantonese where the kind applies), each from the
published source named above its list; ``SET44_ROWS`` are rows of
``tests/data/fresh_levels_44.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 6 of 6 rows and 29 of 40 kind sentences (the oozing kind, 3 of 5
and f44-zh-urg-006, then the heart without a pattern, 4 of 5 and f44-zh-urg-004, counted after
the kinds before them were closed). After: none.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk heart attack (chest pain that feels like pressure, heaviness, tightness or squeezing;
# call 999 with sweating, feeling sick or pain spreading to the arm or jaw) and NICE CG95: the
# feeling named as a heavy or pressing thing or feeling, placed in the middle of the chest
CHEST_THING: list[tuple[str, str]] = [
    (
        "E",
        "can't really describe it, a heavy pressing thing in the middle of my chest, "
        "sweating a lot and my left arm feels strange",
    ),
    ("E", "there's a tight squeezing thing in the centre of my chest and I feel sick, 20 mins"),
    ("E", "dad says there's a heavy kind of feeling right in the middle of his chest, clammy"),
    ("E", "she said it's like a pressing sensation in the middle of her chest, going into her jaw"),
    ("U", "a weird heavy thing in my chest on and off since this morning, no other symptoms"),
    ("U", "odd tight feeling in the centre of my chest since yesterday"),
    ("!E", "heavy feeling in my legs after the run, chest fine"),
]

# NHS.uk heart attack (chest discomfort; some feel only minor discomfort) and NICE CG95 in
# Chinese: the chest said to feel 难受 (胸口难受, 心口难受), a filler (那里, 这块) or a word that
# the feeling cannot be named (说不上来的) between
CHEST_NANSHOU: list[tuple[str, str]] = [
    ("E", "胸口那里说不上来的难受，闷闷的压着，出了一身冷汗，歇了也没好"),
    ("E", "胸口难受，往左胳膊那边走，一直出汗"),
    ("E", "我爸说他胸口这块很难受，还想吐，已经半个钟了"),
    ("E", "胸口那裡說不上來的難受，出了一身冷汗，坐著也沒好"),
    ("E", "心口好难受，仲出咗好多冷汗，牵到下巴"),
    ("U", "胸口难受一上午了，别的还好"),
    ("U", "心口那里难受，说不清是什么感觉"),
    ("!E", "心里难受，跟男朋友分手了，一直哭"),
    ("!E", "吃多了胃里难受，胀胀的"),
]

# NICE CG178 Psychosis and schizophrenia in adults (hallucinations: hearing voices; urgent
# referral for a first episode) and NHS.uk psychosis: one voice heard, telling the person
# things, when nobody is there
VOICE_HEARD: list[tuple[str, str]] = [
    ("=U", "for 3 days I keep hearing a voice telling me I'm useless and nobody is there"),
    ("=U", "my son says he hears a voice telling him to stay in his room, it started this week"),
    ("=U", "I heard a voice saying my name over and over when no one was in, since Monday"),
    ("=U", "这两天老是听见一个声音说我没用，可是旁边明明没人"),
    ("=U", "我妹说她一直听到有个声音在骂她，屋里根本没有人"),
    ("=U", "這幾天一直聽到一個聲音在罵我，旁邊沒有人"),
    ("=U", "佢话成日听到有把声同佢讲嘢，但系屋企冇人"),
    ("!E", "I heard a voice message from my mum and I got upset, slight headache"),
    ("S", "my voice is hoarse since the concert yesterday, no fever, drinking fine"),
]

# NICE NG12 Suspected cancer (a non-painful enlargement of the testis: a referral) and NHS.uk
# testicular lumps and swellings (see a GP): a lump told with its pain denied is no testicle
# pain; a testicle that does hurt stays one
PAINLESS_TESTICLE_LUMP: list[tuple[str, str]] = [
    ("L", "found a small lump on my left ball weeks ago, it doesn't hurt at all, no swelling"),
    ("L", "my son says there's a pea sized thing on his ball, no pain, been there a while"),
    ("L", "右边蛋蛋上摸到一个小硬块，一点都不痛，有两个星期了"),
    ("L", "左邊睪丸有個小疙瘩，不會痛，也沒有腫"),
    ("=U", "my left ball has been aching for two days and there's a lump"),
]

# NHS.uk cuts and grazes (bleeding that has not stopped after 10 minutes of pressure: an urgent
# treatment centre or A&E; pouring or spurting: A&E): a cut that still oozes (渗血) after
# minutes of pressure is seen today; one still pouring stays an emergency
OOZING_DESPITE_PRESSURE: list[tuple[str, str]] = [
    ("=U", "cut my thumb on a tin, pressed on it for 15 minutes and it's still oozing"),
    ("=U", "切菜切到手指，按了二十分钟还在往外渗血"),
    ("=U", "割到手指，按咗十五分钟仲喺度渗血"),
    ("=U", "切到手，壓了二十分鐘還在滲血"),
    ("E", "deep cut on my arm, pressed on it for 15 minutes and it's still pouring"),
]

# NICE CKS Palpitations and NICE NG196 (a new irregular pulse: same day) in Chinese words for a
# heart that beats without a pattern (心脏乱跳, 心跳没规律, 忽快忽慢); with caffeine it stays minor
HEART_WITHOUT_PATTERN: list[tuple[str, str]] = [
    ("=U", "心跳没规律，一会儿快一会儿慢，从昨天晚上到现在一直这样，胸口不疼"),
    ("=U", "感觉心脏在乱跳，时快时慢，已经一整天了"),
    ("=U", "心跳忽快忽慢，冇规律，由琴晚到而家都系咁"),
    ("=U", "心跳時快時慢，沒有規律，從早上到現在"),
    ("!E", "大便没规律，有时候两天一次，其他都好"),
]

KINDS = (
    HEART_WITHOUT_PATTERN
    + CHEST_THING
    + CHEST_NANSHOU
    + VOICE_HEARD
    + PAINLESS_TESTICLE_LUMP
    + OOZING_DESPITE_PRESSURE
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 44 closed here; the rest are named in the report
SET44_ROWS = [
    "f44-en-emg-003",
    "f44-zh-emg-001",
    "f44-en-urg-010",
    "f44-en-nur-009",
    "f44-zh-urg-006",
    "f44-zh-urg-004",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_44.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET44_ROWS)
def test_set44_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
