"""Set 43's kinds in Chinese: the voice relays what the ill person said, lists what they do not
have beside what they do, or struggles to name the feeling, and none of those sets the level.
What does: a baby who hums (哼哼) while being changed, which is no grunting of hard breathing; a
head said to feel heavy (脑袋昏昏沉沉), which is a feeling, not a lowered conscious level; a
reliever not used more than usual (冇用多过平时), which is no reliever failing; the movement at
which an ache peaks (下楼梯最痛); a night's drinking said with 得 or 的 (喝得太多, 喝的太多); waves
of heat (一阵一阵发热), which are hot flushes, not a fever; a period said with 的 between
(月经来的第一天, 每次月经); floaters said as little black bugs flying (小黑虫在飞); a boil written
with its homophone (节子); a child's hand said before the refusal (左手一直不肯用, 只用右手); a
reliever named in English inside Chinese (blue inhaler 一天要用四五次); the itch of late pregnancy
worst on 手掌 and 脚板 in Cantonese; brief spinning on turning over in bed (翻身的时候...天旋地转).

Written by rules-cn (session 34) before any rule changed. The sentences are this file's own
(simplified and traditional, Mandarin, Cantonese and Taiwan usage, and English where the kind
applies), each from the published source named above its list; ``SET43_ROWS`` are the Chinese
rows of ``tests/data/fresh_levels_43.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 12 of 12 rows, f43-zh-slf-005 at an emergency and 34 of 51 kind
sentences (the English reliever sentence still wrong: a strict xfail, rules-cm's lane). After:
all but that one.

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

# NICE NG143 (red: grunting) is a sound of hard breathing; NHS.uk nappy rash: a baby who fusses
# or hums (哼哼) while being changed, dressed or bathed is being handled, not grunting to breathe
HUM_WHEN_HANDLED: list[tuple[str, str]] = [
    ("S", "宝宝7个月，屁股上红了一片，没发烧，吃奶正常，就是换尿布的时候有点哼哼"),
    ("!E", "BB九个月，换片嘅时候成日哼哼声，其他都正常，冇发烧"),
    ("!E", "寶寶5個月，洗澡的時候會哼哼，穿衣服時也哼，吃奶睡覺都很好"),
    (
        "!E",
        "my 8 month old has a red bottom, no fever, feeding fine, just grunts a bit "
        "when I change his nappy",
    ),
    ("E", "宝宝4个月，发烧，呼吸的时候一直哼哼，胸口一吸一吸的"),
]

# NHS.uk tiredness and fatigue (short-lived, after too little sleep: rest) and the Manchester Triage
# System's altered conscious level, which is what another person sees: a head that feels heavy
# (脑袋昏昏沉沉, 头有点昏昏沉沉) is a feeling the writer names; a relative who is drowsy and hard
# to rouse is not
HEAD_FEELS_HEAVY: list[tuple[str, str]] = [
    ("!E", "连续熬夜几天，脑袋昏昏沉沉的，睡了一觉好多了"),
    ("!E", "最近加班，头有点昏昏沉沉，没发烧，吃饭正常"),
    ("!E", "這幾天睡不好，頭昏昏沉沉的，說不上來哪裡不舒服"),
    ("E", "我爸今天一直昏昏沉沉的，叫他也不太应"),
]

# BTS/SIGN and NHS.uk asthma: a reliever said not to be used more than usual (冇用多过平时, 没有
# 用得比平时多) is an asthma kept under control; a reliever that does nothing (喷雾冇用) is not
RELIEVER_NOT_USED_MORE: list[object] = [
    ("L", "有哮喘，今日鼻塞流鼻水，但係冇氣喘，藍色噴劑都冇用多過平時"),
    ("L", "我有哮喘，这两天感冒流鼻涕，蓝色喷雾没用多过平时，不喘"),
    ("L", "有哮喘，這幾天感冒，藍色吸入器沒有用得比平常多，呼吸正常"),
    pytest.param(
        "L",
        "I have asthma and a cold, runny nose, not wheezy, haven't used my blue inhaler more "
        "than usual",
        marks=pytest.mark.xfail(
            strict=True,
            reason="English (rules-cm's lane): the negation before 'used' does not reach the "
            "decision's 'inhaler ... more than usual' (NHS asthma, same day)",
        ),
    ),
    ("U", "哮喘发作，蓝色喷雾喷了好几下都冇用，喘不过气"),
]

# NICE CKS Headache and NHS.uk muscle pain (aching after exercise: self-care): the movement or time
# at which an ache peaks (下楼梯最痛, 落楼梯最痛, "worst going down the stairs") is its pattern, not
# the worst pain of one's life
PEAKS_ON_THE_STAIRS: list[tuple[str, str]] = [
    ("L", "前天跑完马拉松，大腿小腿很酸，下楼梯最痛，走路还行"),
    ("L", "行完山兩日，對腳好酸，落樓梯最痛，冇腫"),
    ("L", "爬山之後小腿痠痛，上下樓梯時最痛，尿的顏色正常"),
    (
        "L",
        "did a half marathon on Sunday, thighs are so sore, worst going down the "
        "stairs, no swelling",
    ),
    ("E", "肚子突然剧痛，从来没这么痛过，一动就最痛"),
]

# NHS.uk hangover (drink water, rest, painkillers: self-care): the night's drinking said with 得 or
# its common slip 的 (喝得太多, 喝的太多, 飲得太多)
DRANK_TOO_MUCH: list[tuple[str, str]] = [
    ("S", "昨晚喝得太多了，今天头好疼，有点想吐，喝了水好一点，说话正常"),
    ("S", "室友说她昨晚喝的太多了，头好疼还有点想吐，现在能喝水了，事情都记得"),
    ("L", "昨晚飲得太多，今朝頭好痛，嘔咗一次，而家飲到水"),
]

# NHS.uk menopause (hot flushes: sudden waves of heat in the face, neck and chest; night sweats: a
# GP when they affect daily life): waves of heat (一阵一阵发热, 阵阵发热) are hot flushes, not a
# fever; a fever of three days is
HOT_FLUSH_WAVES: list[tuple[str, str]] = [
    ("L", "我50岁，最近几个月突然一阵一阵发热，脸和脖子烫，晚上出汗，月经也乱了"),
    ("L", "今年48歲，這半年常常一陣陣發熱，臉很燙，晚上流汗睡不好，月經不規律"),
    (
        "L",
        "I'm 51, for months I get sudden waves of heat in my face and neck and "
        "drenching night sweats, periods all over the place",
    ),
    ("U", "我发热三天了，一直38度多，浑身没力"),
]

# NHS.uk period pain (a GP when it affects daily life or painkillers do not help): a period said
# with 的 between (月经来的第一天) or as every period (每次月经, 每次嚟M); the worst tummy pain of
# one's life with no period named is not
PERIOD_SAID_WITH_DE: list[tuple[str, str]] = [
    ("!E", "女儿15岁，每次月经来的第一天肚子痛到不行，吃止痛药好一点，已经半年了"),
    ("!E", "個女14歲，每次嚟M第一日個肚痛到頂唔順，要請假"),
    (
        "!E",
        "my 16 year old says every period the first day her stomach pain is unbearable, "
        "painkillers help a bit, been like this a year",
    ),
    ("E", "肚子突然痛到不行，从来没这么痛过，冒冷汗"),
]

# NHS.uk detached retina and NICE CKS Floaters and flashes (new floaters with flashes: a same-day
# eye examination): floaters said as little black bugs or flies in the sight (小黑虫在飞, 好似有
# 啲黑色小虫飞); bugs in the kitchen are not
FLOATERS_AS_BUGS: list[tuple[str, str]] = [
    ("=U", "左眼今天突然好像有好多小黑虫在飞，还一闪一闪的有光"),
    ("=U", "右眼今日好似有啲黑色小虫喺度飛，間中仲有閃光"),
    ("=U", "眼睛前面有很多小黑蟲飛來飛去，偶爾閃一下光，像閃光燈"),
    (
        "=U",
        "since this afternoon it looks like lots of little black bugs flying in my "
        "right eye, and flashes like a camera flash",
    ),
    ("L", "厨房里有好多小黑虫在飞，怎么消灭"),
]

# NHS.uk boils and carbuncles and skin abscess (a boil with a high temperature, or red, hot and
# growing: an urgent GP appointment or 111): the boil written with its homophone (节子, 長了個節子)
BOIL_HOMOPHONE: list[tuple[str, str]] = [
    ("=U", "脖子后面长了个节子，越来越大，红肿发热，今天发烧38度5"),
    ("=U", "下巴個節子越嚟越大，又紅又熱，今日仲發燒"),
    ("=U", "屁股上長了一個節子，紅腫熱痛，昨天開始發燒"),
]

# NHS.uk broken arm or wrist (a child who will not use the arm after a fall: urgent treatment
# centre or A&E the same day; Manchester Triage System: a suspected fracture): the hand named
# before the refusal (左手一直不肯用) or only the other hand used (只用右手)
HAND_NAMED_BEFORE_REFUSAL: list[tuple[str, str]] = [
    ("=U", "儿子三岁，从滑梯上摔下来，右手一直不肯用，一碰就哭"),
    ("=U", "個女兩歲，喺床跌落嚟，左手唔肯用，攞嘢淨係用右手"),
    ("=U", "女兒兩歲從沙發摔下來，拿玩具只用右手，左手腕一碰就哭"),
    (
        "=U",
        "my 2 year old fell off the sofa and now she's only using her right hand, cries "
        "if I touch her left wrist",
    ),
]

# NHS.uk asthma (a reliever needed more often, waking at night: an urgent GP appointment or 111):
# the reliever named in English inside Chinese (blue inhaler 一天要用四五次,
# 个 inhaler 每日用五六次)
RELIEVER_IN_ENGLISH: list[tuple[str, str]] = [
    ("U", "我的 asthma 最近不好，blue inhaler 一天要用四五次"),
    ("U", "我個 asthma 呢排好差，inhaler 每日要用五六次，夜晚咳醒"),
    ("U", "哮喘最近很差，reliever 一天用了六次"),
]

# RCOG Green-top 43 Intrahepatic cholestasis of pregnancy (itching of the palms and soles: the
# midwife the same day), where the itch is worst said in Cantonese and Taiwan words (手掌, 脚板,
# 脚掌)
PREGNANCY_ITCH_PALMS: list[tuple[str, str]] = [
    ("=U", "有咗35個禮拜，周身好痕，特別係手掌同腳板，夜晚痕到瞓唔著"),
    ("=U", "懷孕34週，全身好癢，尤其是腳掌跟手掌，晚上睡不著"),
    ("=U", "怀孕33周，身上痒，特别是脚板和手掌"),
]

# NICE CKS Vertigo and NHS.uk benign paroxysmal positional vertigo (brief spinning set off by
# turning over in bed or lying down, lasting seconds: a GP appointment), said with the trigger
# and the spinning apart (翻身的时候...像天旋地转)
SPINNING_ON_TURNING: list[tuple[str, str]] = [
    ("N", "最近早上起床翻身的时候头会晕一下，像天旋地转，几秒钟就好了"),
    ("N", "呢排瞓喺床一轉身就天旋地轉，幾秒就冇事，講嘢正常"),
    ("N", "這幾天躺下的時候會天旋地轉，大概十秒就好，手腳有力"),
]

KINDS: list[object] = (
    HUM_WHEN_HANDLED
    + HEAD_FEELS_HEAVY
    + RELIEVER_NOT_USED_MORE
    + PEAKS_ON_THE_STAIRS
    + DRANK_TOO_MUCH
    + HOT_FLUSH_WAVES
    + PERIOD_SAID_WITH_DE
    + FLOATERS_AS_BUGS
    + BOIL_HOMOPHONE
    + HAND_NAMED_BEFORE_REFUSAL
    + RELIEVER_IN_ENGLISH
    + PREGNANCY_ITCH_PALMS
    + SPINNING_ON_TURNING
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 43 closed here; the rest are named in the report
SET43_ROWS = [
    "f43-zh-slf-002",
    "f43-zh-slf-011",
    "f43-zh-slf-012",
    "f43-zh-slf-014",
    "f43-zh-nur-004",
    "f43-zh-nur-005",
    "f43-zh-nur-017",
    "f43-zh-urg-006",
    "f43-zh-urg-011",
    "f43-zh-urg-012",
    "f43-zh-urg-015",
    "f43-zh-urg-002",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_43.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET43_ROWS)
def test_set43_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])


def test_head_felt_heavy_is_no_lowered_conscious_level(rules: RuleSet) -> None:
    """f43-zh-slf-005 leaves emergency: 脑袋昏昏沉沉 is the writer's own feeling (its 整个人懵懵的
    still reads as new confusion, urgent: left, see the report)."""
    level, hits = rules_only_level(_BY_ID["f43-zh-slf-005"]["text"], rules)
    assert "reduced_consciousness" not in [h.rule_id for h in hits]
    assert level.value != "emergency"
