"""Older adults living alone, read in their own voices (rules-gd, session 41).

Each sentence is our own, written as a patient, a neighbour, a home carer on a visit, a warden,
or an adult child phoning from far away would write it, in English, simplified Chinese, Hong
Kong Cantonese or Taiwan usage, read as a first message with the rules alone:

1. **Falls and a long lie** (NICE CG161; NHS.uk falls: 999 when the person cannot get up or has
   been on the floor a long time; NICE NG232: a head injury on blood thinners is assessed in
   hospital the same day).
2. **A cold house** (NHS.uk hypothermia: very cold skin with confusion, drowsiness, slurred
   speech or shivering that has stopped is a medical emergency).
3. **New or suddenly worse confusion** (NICE CG103 / NHS.uk delirium: a sudden change is urgent;
   with a fever or infection signs NICE NG51 sepsis: new confusion is a high-risk criterion),
   and NEWS2 told by a carer with numbers (NEWS2 7 or more, or one parameter at 3: emergency).
4. **Dehydration in the elderly** (NHS.uk dehydration: not drinking and very little urine,
   urgent; confused or drowsy with it, 999).
5. **Minimising a danger** ("don't want to be a bother", "it's just my age", "I'll see how I am
   tomorrow", a pendant alarm not pressed) changes no level.
6. **Hard negatives**: the usual aches of age coping, a fall with no injury who got straight up,
   long-standing forgetfulness unchanged, a worried relative asking in general.

Wrong before the change (22f98ff): 14 of the 69 sentences first written (item 1: 5 of 18, item 2:
2 of 8, item 3: 0 of 13, item 4: 4 of 6, item 5: 3 of 10, item 6: 0 of 14); seven look-alikes of
the new rules' words added while fixing (sleeping on the floor, a broken boiler asked about, a
young person sleepy in a cold flat, glasses found on the floor) read right before and after; six
added to item 1 after the first fix (found after a night on the floor, stuck in the bath), five of
them wrong before and the look-alike (a young person stuck in the bath, laughing) right.
The gaps: a fall and "can't get up" said with the person's age but no older-person word; a long
lie said as "couldn't get up till morning", 躺到早上, 成晚瞓咗喺地下, 瞓到天光; a person found on
the floor for an unknown time, which fired nothing, or after a night there; stuck in the bath
after a fall; a cold home with shivering that has stopped,
and 摸落冰冰凍 (Cantonese, cold to the touch); not drinking with little urine. New rules in
``clinical/data/red_flags/older_alone.yaml``; no shared concept was changed. After: no open row.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

FALLS = [
    (
        "E",
        "my mum is 84 and lives alone, the carer found her on the floor this morning and she "
        "can't get up",
    ),
    (
        "E",
        "Dad fell in the night and has been on the floor since about 2am, he's cold and can't "
        "get up",
    ),
    ("E", "I'm 79, I fell in the kitchen and I can't get up, I managed to reach the phone"),
    (
        "E",
        "warden here: resident found on the bathroom floor, been there since last night, "
        "can't get up",
    ),
    ("U", "found my neighbour on the floor, she doesn't know how long she's been there"),
    ("U", "Mum is 88 and on apixaban, she fell and hit her head on the door frame, she seems ok"),
    ("U", "my father takes warfarin, he had a fall this afternoon and banged his head"),
    ("U", "I'm 81 and on blood thinners, I slipped and hit my head on the sink"),
    (
        "E",
        "his pendant alarm was on but he never pressed it, the neighbour found him on the "
        "floor this morning confused",
    ),
    ("E", "我妈82岁，一个人住，今早护工发现她倒在地上，起不来"),
    ("E", "我爸昨晚摔倒了，在地上躺了一整晚，起不来"),
    ("E", "阿媽成晚瞓咗喺地下，起唔到身"),
    ("E", "阿爺跌咗喺廁所，起唔到身，佢自己一個人住"),
    ("U", "阿嬤跌倒了，撞到頭，她有在吃抗凝血劑"),
    ("U", "我爸有吃华法林，今天摔了一跤撞到头"),
    ("U", "阿婆食緊薄血藥，今日跌親撞到個頭"),
    ("U", "邻居发现她躺在地上，她也不知道躺了多久"),
    (
        "U",
        "她戴着紧急呼叫器也没按，邻居早上发现她躺在地上",
    ),  # added while fixing: found after a night on the floor, stuck in the bath
    ("E", "Found Dad on the floor this morning, he's been there all night"),
    (
        "E",
        "the carer found her on the kitchen floor, she'd been there since last night, she's cold",
    ),
    ("E", "I'm 80, slipped in the bath and can't get out, been here for hours"),
    ("E", "grandma slipped in the bath and is stuck in the bath, can't get out"),
    ("E", "奶奶在浴室滑倒了，卡在浴缸里出不来"),
    ("!E", "I'm 30 and stuck in the bath after a slip, laughing, no pain, just embarrassed"),
]

COLD_HOUSE = [
    (
        "E",
        "my gran's heating is broken and the house is freezing, she's very cold to touch, "
        "confused and drowsy",
    ),
    (
        "E",
        "went round to my elderly neighbour, house ice cold, he's stopped shivering and is "
        "very sleepy and slurring",
    ),
    (
        "E",
        "carer visit: client's flat is freezing, she was shivering earlier but has stopped, "
        "she's very drowsy",
    ),
    ("U", "Mum is 86 and can't afford to put the heating on, she's cold and a bit muddled today"),
    ("E", "我爸一个人住，家里暖气坏了，他摸起来冰凉，人迷迷糊糊很想睡"),
    ("E", "屋企好凍，阿婆摸落冰冰凍，又唔認得人，成日瞓"),
    ("E", "阿公家裡很冷，他本來一直發抖，現在不抖了，叫他反應很慢"),
    ("E", "老人家里很冷，原来一直发抖，现在不抖了，很嗜睡"),
]

CONFUSION = [
    (
        "U",
        "my mum is 83 and has suddenly become confused since yesterday, not making sense, "
        "she's normally sharp",
    ),
    (
        "E",
        "Dad is 90, he has a water infection and since this morning he's very confused and "
        "hot, doesn't know where he is",
    ),
    (
        "E",
        "carer here, Mrs B 87, new confusion today, temp 38.6, HR 118, RR 24, BP 95/60, sats 93%",
    ),
    (
        "E",
        "home carer: client's resp rate 26, sats 91, temp 38.9, pulse 120, more confused than "
        "usual",
    ),
    ("U", "carer visit: temp 37.9, pulse 102, she's a bit more muddled than yesterday"),
    ("E", "my grandad has a chest infection and today he's suddenly confused and very drowsy"),
    (
        "U",
        "my aunt lives alone and the neighbour says she's been talking nonsense since this morning",
    ),
    ("E", "我妈85岁，这两天突然糊涂了，胡言乱语，还发烧"),
    ("E", "阿爺突然好混亂，唔認得我，仲發緊燒"),
    ("E", "阿嬤突然意識不清，一直講奇怪的話，有尿道感染"),
    ("E", "护工量了：体温39度，心跳120，呼吸28，血氧91，老人比平时糊涂"),
    ("U", "我爸今天突然变得很糊涂，认不出人，平时很清醒"),
    ("U", "阿媽今朝開始突然亂講嘢，平時好精神"),
]

DEHYDRATION = [
    (
        "U",
        "my father hasn't been drinking for 2 days and has hardly passed any urine, he's very weak",
    ),
    (
        "E",
        "Mum won't drink anything, hasn't had a wee since yesterday and now she's confused "
        "and drowsy",
    ),
    (
        "U",
        "carer: she's barely drunk anything for two days and has only passed a little dark urine",
    ),
    ("U", "我爸两天没怎么喝水，尿很少，很没精神"),
    ("U", "阿媽兩日唔肯飲水，今日得一次小便，好攰"),
    ("E", "奶奶一天没喝水也没小便，现在迷迷糊糊叫不太醒"),
]

MINIMISING = [
    (
        "E",
        "I fell last night and couldn't get up till morning, I don't want to be a bother, "
        "I'll see how I am tomorrow",
    ),
    ("E", "I'm 82, my chest feels tight and I'm breathless, it's probably just my age"),
    ("U", "my head's been bleeding since I fell, I'm on warfarin, don't want to make a fuss"),
    ("U", "Mum says it's just her age but she's suddenly very confused and not drinking"),
    (
        "E",
        "Dad says he'll see how he is tomorrow but he's been on the floor since last night "
        "and can't get up",
    ),
    ("E", "我不想麻烦你们，我昨晚摔了一跤，一直起不来，躺到早上"),
    ("E", "唔想麻煩人，我跌咗之後起唔到身，喺地下瞓咗成晚"),
    ("E", "我妈说人老了都这样，可是她突然很糊涂，还发高烧"),
    ("U", "我爸说明天再看看，但他吃着华法林，今天摔倒撞到头了"),
    ("E", "阿公話唔想阻人，但佢成晚起唔到身，喺地下瞓到天光"),
]

HARD_NEGATIVES = [
    (
        "L",
        "I'm 78, my knees and back ache most mornings like always, I'm managing fine with "
        "paracetamol",
    ),
    ("L", "I tripped on the rug, got straight back up, no pain, not hurt at all"),
    (
        "L",
        "Mum's memory has been slowly getting worse over a few years, nothing new, the same "
        "as usual",
    ),
    ("L", "my dad is 85 and lives alone, what can I do to stop him falling?"),
    ("L", "how can I keep my elderly mother warm in winter?"),
    ("L", "my mum has a pendant alarm, how do they work?"),
    (
        "L",
        "I live abroad and worry about my mum living alone, how can I check she's drinking enough?",
    ),
    ("L", "Dad is a bit forgetful as he's always been, misplaces his keys, otherwise well"),
    ("L", "我爸80岁，膝盖老毛病，天冷就痛，吃止痛药还好"),
    ("L", "阿婆滑咗一跤即刻自己企返起身，冇痛冇傷"),
    ("L", "我妈记性差了好几年了，一直这样，没变化"),
    ("L", "我爸一个人住，我在国外，想问有什么防跌倒的建议"),
    ("L", "我外婆年紀大了，常常腰痠背痛，都習慣了"),
    ("L", "冬天怎么让独居老人家里保暖？"),
    # look-alikes of the new rules' words
    ("!E", "slept on the floor all night at my friend's, my back is stiff"),
    ("L", "the heating is broken and the house is freezing, who do I call to fix it?"),
    ("!E", "I'm 30, the heating's broken and I feel sleepy after a night shift"),
    ("L", "I found her reading glasses on the floor, can they be repaired?"),
    ("L", "Dad drinks less tea in the hot weather but is peeing normally and feels well"),
    ("!E", "家里暖气坏了好冷，想问找谁来修"),
    ("!E", "昨晚在朋友家打地铺睡到天亮，腰有点酸"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(FALLS, OPEN_ROWS))
def test_falls(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(COLD_HOUSE, OPEN_ROWS))
def test_cold_house(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CONFUSION, OPEN_ROWS))
def test_confusion(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DEHYDRATION, OPEN_ROWS))
def test_dehydration(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MINIMISING, OPEN_ROWS))
def test_minimising(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HARD_NEGATIVES, OPEN_ROWS))
def test_hard_negatives(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
