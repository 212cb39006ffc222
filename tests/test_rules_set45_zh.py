"""Set 45's kinds in Chinese: the voice corrects itself, quotes a verdict found online, or tells a
sign that has passed, and none of those sets the level. What does: a chest pain with the onset
and a count between the chest and the pain (胸口突然一阵刺痛), which is still chest pain; a baby
whose whole body went blue (成个人变晒蓝色), even when pink again; charcoal named before its verb
(炭已经买咗), which is the means obtained; many stings from wasps or hornets (虎头蜂, 二十几个包)
with sickness or dizziness; a tummy pain that moved to the lower right (跑到右下面, 右下面一撳就痛);
a button battery first feared, then taken back (以为是纽扣电池 ... 电池都在) while the coin
swallowed instead keeps its same-day look; 头 as "the first" (头几步最痛), which is no head; and
brief staring spells (眼睛直直地看着前面), which are absences, not a collapse; and, in a second
round, a reliever needed every four hours said after it (每四个钟就要喷一次) and a last tetanus
dose said in traditional characters (破傷風...十幾年前); in a third, a face said to have dropped
(块面跌咗落嚟, 边脸垮下来) with the forehead, hands and speech told, which is Bell's palsy.

Written by rules-ct (session 35) before any rule changed. The sentences are this file's own
(simplified and traditional, Mandarin, Cantonese and Taiwan usage), each from the published
source named above its list; ``SET45_ROWS`` are the Chinese rows of
``tests/data/fresh_levels_45.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 9 of 9 rows (f45-zh-nur-013 at an emergency) and 19 of 39 kind
sentences; in a second round, before its change, f45-zh-urg-015 and -019 and 4 of the 8 sentences
of the reliever and tetanus kinds; in a third, f45-zh-urg-014 and 3 of the 7 face sentences.
After: all but f45-zh-nur-013's level, out of emergency but
self-care (its gold is non_urgent; asserted here only off its red flags).

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

# NHS.uk collapsed lung (pneumothorax: sudden sharp chest pain, worse breathing in, with
# breathlessness: A&E / 999) and NICE CKS chest pain: the onset and a count (突然一阵, 忽然一下)
# said between the chest and the pain are still chest pain
CHEST_PAIN_IN_A_BURST: list[tuple[str, str]] = [
    ("E", "打球的时候右边胸口突然一阵刺痛，吸气更痛，喘不上气"),
    ("E", "頭先踢波個心口忽然一下刺痛，之後一直氣促，透唔到氣"),
    ("E", "剛才搬東西胸口突然一陣劇痛，呼吸很喘，冒冷汗"),
    ("N", "胸口突然一阵刺痛，几秒就好了"),
    ("!E", "这几天胸口偶尔一阵刺痛，几秒钟就过去，呼吸正常，没有气短"),
]

# NICE NG143 (red: blue) and NHS.uk baby turning blue (call 999, even if the colour came back):
# the whole body said to have gone blue or purple (成个人变晒蓝色, 全身发紫, 整个人发青)
WHOLE_BODY_BLUE: list[tuple[str, str]] = [
    ("E", "BB两个月，头先成个人变晒蓝色，而家好返"),
    ("E", "宝宝一个月大，刚才喂奶的时候整个人发紫，现在好了"),
    ("E", "寶寶剛剛全身發紫，不動，現在看起來正常了"),
    # NHS.uk bruises / cold hands: a patch or the fingers in the cold are no cyanosis
    ("!E", "宝宝手指冷了有点发紫，放进被子就好了"),
    ("!E", "小朋友撞到腿，一大块青紫"),
]

# NICE NG225 self-harm and NHS.uk help for suicidal thoughts (the means obtained with a time in
# mind: 999): charcoal named first, its verb after (炭已经买咗, 木炭都买好了)
CHARCOAL_NAMED_FIRST: list[tuple[str, str]] = [
    ("E", "炭已经买咗，今晚就喺屋企搞掂佢"),
    ("E", "木炭都买好了，打算今晚一个人在房间结束生命"),
    ("E", "木炭已經買好了，這週末就了結自己"),
    # charcoal for a barbecue or a hotpot is no means
    ("!E", "炭已经买咗，听晚喺天台烧烤"),
    ("!E", "木炭都买好了，周末去露营烧烤"),
]

# Resuscitation Council UK anaphylaxis (2021) and NHS.uk insect bites and stings (being sick,
# dizziness or faintness after stings: 999): many stings from wasps, hornets or bees (虎头蜂,
# 马蜂, 黄蜂; 二十几个包, 叮了十几下) with sickness or faintness are a systemic reaction
MANY_STINGS: list[tuple[str, str]] = [
    ("E", "我爸在山上被马蜂叮了十几下，现在一直吐，说头晕"),
    ("E", "老公被虎頭蜂螫了二十幾個包，現在頭暈想吐"),
    ("E", "佢畀黄蜂叮咗成十几个包，而家好晕，呕咗两次"),
    # one sting with one system is urgent (allergy_one_system_after_exposure), not 999
    ("=U", "被蜜蜂叮了一下，有点头晕"),
    # mosquitoes, and many stings with no systemic sign, are no systemic reaction
    ("!E", "被蚊子叮了二十几个包，吐了一次，有点头晕"),
    ("!E", "被蜜蜂叮了好几个包，很痒，人没有不舒服"),
]

# NHS.uk appendicitis: pain that starts around the tummy button and moves to the lower right
# (same day), 999 when it spreads across the whole tummy; the lower right said as 右下面 or
# 右下边, and the move as 跑到, 走到, 移到
PAIN_MOVED_TO_RIGHT_LOWER: list[tuple[str, str]] = [
    ("E", "一开始肚脐周围痛，后来痛跑到右下面，现在整个肚子都痛"),
    ("E", "個仔肚痛由肚臍走到右下邊，而家成個肚都痛，發燒"),
    ("=U", "琴晚個肚好痛，而家右下面一撳就痛，有少少燒"),
    ("=U", "肚脐周围痛了半天，现在移到右下边，按下去痛"),
    # the lower right of a tooth or the back is no tummy
    ("!E", "右下面的牙痛了两天"),
]

# NHS.uk swallowed objects: a button battery is A&E at once; a coin in a child who is well is
# same-day advice. A battery first feared (以为是纽扣电池) and then found all there (电池都在,
# 电池一粒都冇少) is taken back; the coin swallowed instead stays same-day
BATTERY_TAKEN_BACK: list[tuple[str, str]] = [
    ("=U", "儿子刚才吞了东西，我以为是纽扣电池，后来发现电池都在，他吞的是一枚硬币，现在没事"),
    ("=U", "個女頭先吞咗嘢，我以為係鈕扣電池，點過電池一粒都冇少，佢吞咗個一蚊銀仔，而家冇事"),
    ("=U", "我女兒剛剛吞了東西，一開始以為是電池，結果電池都還在，是吞了一個十元硬幣"),
    # a battery feared and not accounted for stays an emergency
    ("E", "儿子刚才好像吞了一颗纽扣电池，遥控器里的电池不见了"),
    ("E", "我以为是糖，结果是纽扣电池，他已经吞下去了"),
]

# NHS.uk heel pain (plantar fasciitis: worst on the first steps in the morning, a GP after 2
# weeks of self-care): 头 as "the first" (头几步, 头几天, 头两次) is no head
HEAD_AS_THE_FIRST: list[tuple[str, str]] = [
    ("!E", "脚跟痛了一个多月，早上起床头几步最痛，走一会就好点"),
    ("!E", "腳踭痛咗成個月，朝早落地頭幾步最痛"),
    ("!E", "膝盖痛，头几天最痛，现在好多了"),
    # a headache is still a headache
    ("E", "头突然好痛，是这辈子最痛的一次"),
]

# NICE NG217 epilepsies (suspected absence seizures: specialist referral within 2 weeks through
# the GP) and NHS.uk absence seizures: brief staring spells, unresponsive for seconds, no fall
STARING_SPELLS: list[tuple[str, str]] = [
    ("N", "女儿7岁，上课常常眼睛直直地看着前面，叫她没反应，几秒钟就好了"),
    ("!E", "個仔成日發吽哣幾秒，叫佢都冇反應，之後冇事"),
    ("!E", "兒子上課常常恍神幾秒，老師叫他都沒反應"),
    # a fall and not waking is a collapse
    ("E", "我爸突然倒在地上，眼睛直直的，叫不醒"),
]

# NHS.uk asthma attacks and BTS/SIGN 158 (the reliever needed about every 4 hours with symptoms
# getting worse: an urgent GP appointment or 111), the interval said after the reliever with its
# verb (蓝色喷剂, 每四个钟就要喷一次); a nasal spray on a schedule is no reliever
RELIEVER_EVERY_FOUR_HOURS: list[tuple[str, str]] = [
    ("=U", "個女有哮喘，今日要用藍色噴劑，每四個鐘就要噴一次"),
    ("=U", "我有哮喘，这两天感冒，蓝色喷雾差不多每4个小时就要喷一次"),
    ("=U", "孩子氣喘，吸入器每四個小時就要吸一次，晚上咳醒"),
    ("L", "鼻塞，用了洗鼻喷剂，每四个小时喷一次"),
]

# UKHSA Tetanus (a tetanus-prone wound, the last dose 10 or more years ago: same-day for a
# booster or immunoglobulin), the dose said in traditional characters (破傷風, 十幾年)
TETANUS_SAID_IN_TRADITIONAL: list[tuple[str, str]] = [
    ("=U", "踩到生鏽的鐵釘，破傷風上次打好像是十幾年前"),
    ("=U", "我老公被生锈的钉子扎到脚，他上次打破伤风是十几年前"),
    ("=U", "工地踩到鐵釘刺進腳底，破傷風針大概二十年前打過"),
    ("L", "踩到鐵釘，傷口很小，破傷風去年才打過"),
]

# NICE CKS Bell's palsy (one side of the face weak including the forehead, limbs and speech
# normal: same day) and NHS FAST (a face dropped on one side): the face said to have dropped in
# Cantonese (块面跌咗落嚟) or sagged (边脸垮下来, 掉下来) is a droop, no fall
FACE_SAID_TO_DROP: list[tuple[str, str]] = [
    ("=U", "今朝起身發覺左邊塊面跌咗落嚟，眉毛抬唔起，眼閉唔埋，兩隻手都好有力，講嘢清楚"),
    ("=U", "早上起来右边脸掉下来了，眉毛抬不起来，眼睛闭不上，两只手都有力，说话清楚"),
    ("=U", "早上起床發現右邊臉垮下來，眉毛抬不起來，眼睛閉不起來，手腳都有力，說話清楚"),
    ("=U", "早上起来左边脸垮下来，眉毛抬不起来，我怕是中风，但手脚都有力，说话清楚"),
    ("E", "我阿爸頭先半邊面跌咗落嚟，講嘢唔清楚"),
    ("E", "我怕是中风，左边脸垮下来，左手没力"),
    # a child who fell off the bed and grazed the face is no droop
    ("L", "個仔由床跌咗落嚟，塊面擦損少少，而家玩緊"),
]

KINDS: list[object] = (
    CHEST_PAIN_IN_A_BURST
    + WHOLE_BODY_BLUE
    + CHARCOAL_NAMED_FIRST
    + MANY_STINGS
    + PAIN_MOVED_TO_RIGHT_LOWER
    + BATTERY_TAKEN_BACK
    + HEAD_AS_THE_FIRST
    + STARING_SPELLS
    + RELIEVER_EVERY_FOUR_HOURS
    + TETANUS_SAID_IN_TRADITIONAL
    + FACE_SAID_TO_DROP
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 45 closed here; the rest are named in the report
SET45_ROWS = [
    "f45-zh-emg-006",
    "f45-zh-emg-015",
    "f45-zh-emg-016",
    "f45-zh-emg-018",
    "f45-zh-emg-019",
    "f45-zh-urg-006",
    "f45-zh-urg-014",
    "f45-zh-urg-015",
    "f45-zh-urg-016",
    "f45-zh-urg-019",
    "f45-zh-nur-018",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_45.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET45_ROWS)
def test_set45_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])


def test_first_steps_are_no_headache(rules: RuleSet) -> None:
    """f45-zh-nur-013 leaves emergency: 行头几步最痛 is heel pain on the first steps, no headache
    and no severe pain (its 好返啲 still reads as improving, self-care against its gold
    non_urgent: left, see the report)."""
    level, hits = rules_only_level(_BY_ID["f45-zh-nur-013"]["text"], rules)
    assert not hits, [h.rule_id for h in hits]
    assert level.value != "emergency"
