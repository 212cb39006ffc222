"""Set 75's Chinese rows (voice49: the writer's own diagnosis, written in a hurry, in bed).

Written by rules-oc (session 49). Each Chinese row of ``tests/data/fresh_levels_75.jsonl`` wrong
at its first run (six of 80 Chinese rows) is named by the KIND of reading that failed, with the
published source of its gold:

- f75-zh-slf-011 (emergency): a relative's heart attack days back, operated on and recovering,
  told before the writer's own cold (上周心梗做了手术) - NHS.uk heart attack (999 is for the person
  having one now); the relative's treatment said as surgery done or discharged is under care, as
  a stent put in already was (``relative_in_care``);
- f75-zh-slf-012 (urgent): heat exhaustion on a building site, moved to the shade, given water
  and a fan, better within 30 minutes - NHS.uk heat exhaustion and heatstroke (better within 30
  minutes of cooling: no 999, rest and fluids); the thirst-with-dizziness rule stood down only
  with the heat, the cooling and the recovery all told, as the shock rules already were;
- f75-zh-urg-006 (self_care): a lump beside the bottom, red, swollen and hard, with a fever,
  called piles by the husband - NHS.uk piles (an urgent GP appointment or 111 with a very high
  temperature or feeling hot and shivery) and NHS.uk skin abscess (a painful red lump with a
  high temperature: urgent GP or 111);
- f75-zh-urg-020 (self_care): a diabetic mother's sugar "very high" and "checked" in English
  inside Chinese (血糖很high, check了一下380) - NHS.uk high blood sugar;
- f75-zh-slf-013 (non_urgent): indigestion named in Cantonese (食滞, 饱滞, 胃胀) - NHS.uk
  indigestion, NHS England (2018) over-the-counter conditions;
- f75-zh-slf-016 (non_urgent): a care home's note of a small graze on an 82-year-old (擦损,
  cleaned and dressed, no pain, normal observations) - NHS.uk cuts and grazes.

Each kind has sentences of this file's own, in other words and both polarities (the stand-downs
with at least as many "must stay" sentences as "must come down" ones, unpunctuated ones too).
Wrong before any rule change (the rules of 8540edd): 6 of 6 rows and 16 of 41 kind sentences.
After: the six rows at their gold, and every kind sentence at its level but two left open (a
glucose reading after 係 or a comma, a reader gap of its own: see OPEN). The sentences marked
"written after the change, in other words" (13) were written after it; the heat kind's
"still dizzy" ones were written when the first stand-down, without them, put them at self-care,
and they led to the urgent rule ``heat_cooled_still_unwell``.

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

# NHS.uk heart attack (call 999 if you think someone is having a heart attack now): a
# relative's heart attack or stroke days back, treated (an operation, a stent, discharged) and
# told apart from the writer's own complaint, names no emergency of the writer's; a sign told
# now, the writer's own, or the event told as happening again stays an emergency
RELATIVE_TREATED_DAYS_BACK: list[tuple[str, str]] = [
    ("L", "我爸上周心梗做了手术，现在恢复得不错。我自己这两天有点感冒，流鼻涕。"),
    ("L", "我妈前几天中风做了手术，已经转到普通病房了。我想问问我最近老失眠怎么办。"),
    ("L", "我老公上个星期心梗动了手术，现在好多了，我自己就是喉咙有点痛。"),
    ("L", "我老豆上个礼拜心梗做咗手术，而家恢复得几好。我自己喉咙痛咗两日。"),
    ("L", "我爷爷前天心梗出院了，医生说恢复得不错，我想问问他能不能吃鸡蛋。"),
    ("E", "我爸上周心梗做了手术，今天又胸口压着痛，出冷汗。"),
    ("E", "我爸上周心梗做了手术今天又胸口痛得厉害出冷汗"),
    ("E", "我爸上周心梗做了手术，我现在自己胸口很痛，左手发麻，出冷汗。"),
    ("E", "我妈前几天中风出院了，刚才突然说话不清楚，右手抬不起来。"),
    ("E", "我爸上周心梗做了手术，刚才又心梗了，胸口痛得不行。"),
    ("E", "我爸心梗了，胸口痛了半个小时，满头大汗。"),
    ("E", "我觉得我心梗了，胸口很痛，喘不过气。"),
]

# NHS.uk heat exhaustion and heatstroke: moved to a cool place, given water and cooled, and
# better within 30 minutes is heat exhaustion (rest and fluids at home); still dizzy, confused,
# not sweating or not better after cooling is heatstroke (999) or same-day care
HEAT_EXHAUSTION_BETTER: list[tuple[str, str]] = [
    (
        "L",
        "今天天气特别热，我在外面搬砖，头晕出了很多汗，很口渴。在阴凉的地方坐了一会儿，"
        "喝了两瓶水，开着风扇，现在好多了。",
    ),
    (
        "L",
        "天气好热，我喺地盘做嘢，头晕出好多汗，好口渴。坐咗喺阴凉处饮咗水，开住风扇，而家好返晒。",
    ),
    (
        "U",
        "今天天气特别热，我在外面干活，头晕出了很多汗，很口渴。在阴凉的地方坐了半小时，"
        "喝了水，还是很晕想吐。",
    ),
    (
        "U",
        "今天天气特别热我在外面干活头晕出很多汗很口渴坐在阴凉的地方喝了水半小时还是没好",
    ),
    (
        "E",
        "今天太阳很大，我爸在地里干活，头晕很口渴，扶到阴凉处喝了水，现在人糊涂了，叫他不太应。",
    ),
    (
        "E",
        "今天天气特别热，工友在工地晕倒了，身上很烫不出汗，搬到阴凉的地方半小时还是叫不醒。",
    ),
    ("U", "我很口渴，头晕，一整天没怎么小便。"),
    # written after the change, in other words: a sign going on or back after the cooling
    # (heat_cooled_still_unwell) and the recovery in plain words
    (
        "U",
        "今天天气特别热，我在外面干活，头晕出了很多汗，很口渴。在阴凉的地方坐了一会儿，喝了水，"
        "好多了，但是又开始吐，头还是很晕。",
    ),
    ("U", "今天天气特别热我在外面干活头晕很口渴在阴凉的地方喝了水好多了但还是头晕想吐"),
    ("U", "天气好热，我头晕，好口渴，饮咗水，开住风扇，好多了，但係仲好晕。"),
    (
        "U",
        "It was a hot day, I got dizzy and very thirsty at work, sat in the shade and drank"
        " water, feeling better but still dizzy",
    ),
    ("L", "太阳很大，跑完步头晕口渴，去树荫下喝了水，十分钟就恢复正常了。"),
]

# NHS.uk piles (an urgent GP appointment or 111 if the temperature is very high or the person
# feels hot and shivery and unwell, or pus leaks) and NHS.uk skin abscess (a lump that is red,
# painful or swollen with a high temperature: urgent GP or 111): a lump by the bottom with a
# fever, whatever the writer calls it; piles itching or bleeding a little with no fever are not
# same-day
LUMP_BY_THE_BOTTOM_FEVER: list[tuple[str, str]] = [
    ("U", "我肯定是痔疮犯了，屁股旁边长了个大包，又红又肿，痛得坐不下，还发烧38度5。"),
    ("U", "老公说是痔疮，可是肛门旁边起了个大包，红肿很硬，今天发烧38.2度。"),
    ("U", "我估系痔疮，屎忽隔离起咗个大包，又红又肿，仲发烧。"),
    ("U", "痔疮犯了三天，今天发高烧，浑身发冷。"),
    ("L", "痔疮又犯了，有点痒，上厕所纸上有一点血，不痛不发烧。"),
    ("L", "我觉得是痔疮，肛门口有个小肉球，不痛不痒，没发烧。"),
    ("L", "屁股上长了个小痘痘，有点痒，不红不肿。"),
    # written after the change, in other words
    ("U", "大腿内侧长了个大包，又红又肿，摸着烫，今天发烧38度8。"),
    ("L", "背上长了个大包，不红不痛，已经几年了，没发烧。"),
]

# NHS.uk high blood sugar: the sugar told high and checked in English inside Chinese (血糖很
# high, check了一下) is read as in Chinese; thirst and peeing a lot with a high reading in
# diabetes is a same-day call, a normal reading is not
CODE_SWITCHED_SUGAR: list[tuple[str, str]] = [
    ("U", "我妈有糖尿病，最近血糖一直很high，今天check了一下380，很口渴，尿很多。"),
    ("U", "我有糖尿病，血糖好high，check咗係25，好口渴，成日想去厕所。"),
    ("U", "我爸糖尿病，今天check血糖，22，一直口渴，尿多。"),
    ("L", "我有糖尿病，今天check了一下血糖，6.5，挺正常的，想问饮食。"),
    ("L", "今天去爬山好high，腿有点酸。"),
    # written after the change, in other words
    ("U", "我阿爷有糖尿病，血糖最近好high，今日check咗血糖28，成日口渴，尿好多。"),
    ("L", "佢话今晚个party好high，我哋玩到好夜。"),
]

# NHS.uk indigestion (treated at home or with a pharmacist's antacid): indigestion named in
# Cantonese (食滞, 饱滞, 胃胀) after a big meal; vomiting blood or black poo with it is not
INDIGESTION_CANTONESE: list[tuple[str, str]] = [
    ("S", "我估係食滯，飽滯胃脹咗成晚"),
    ("S", "琴晚食得太多，有啲食滞，胃胀胀哋"),
    ("S", "食完自助餐饱滞，胃胀到唔想郁"),
    ("E", "食滞胃胀咗成晚，今朝呕咗啲血出嚟，头晕"),
    ("N", "我估係食滯，但係胃胀咗成个礼拜，仲瘦咗好多"),
]

# NHS.uk cuts and grazes (a small graze cleaned and covered heals at home): a graze said in Hong
# Kong words (擦损) on an older person with normal observations; a fall, a head knock or a wound
# that will not stop bleeding is not self-care
GRAZE_OLDER_PERSON: list[tuple[str, str]] = [
    (
        "S",
        "护士记录：陈婆婆，85岁，左手背有少少擦损，已清洗包扎，冇出血，唔痛，精神好，同平时一样。",
    ),
    (
        "S",
        "老人院记录：王伯，80岁，右膝有一小块擦损，约1cm，已清洗，冇出血，唔痛。血压132/80，心跳72，"
        "呼吸16，血氧98%，体温36.6，清醒。冇跌亲，係撞到床边。",
    ),
    ("S", "我手肘擦损咗少少，已经洗干净贴咗胶布，唔痛。"),
    ("N", "护士记录：陈婆婆，85岁，今朝跌亲，撞到头，左手背擦损，而家有啲混乱。"),
    ("N", "老人院记录：王伯，80岁，右小腿擦损，流血止唔到，食紧薄血药。"),
    # written after the change, in other words: a full set scoring on NEWS2, or a fever, or a
    # new muddle keeps the age against self-care
    (
        "N",
        "护理记录：张伯，83岁，左前臂擦伤2cm，已包扎。血压125/70，心跳118，呼吸24，血氧95%，体温36.8，清醒。",
    ),
    (
        "N",
        "护理记录：张伯，83岁，左前臂擦伤2cm，已包扎。血压125/70，心跳76，呼吸16，血氧97%，"
        "体温38.4，清醒。",
    ),
    (
        "N",
        "护理记录：张伯，83岁，左前臂擦伤2cm，已包扎。血压125/70，心跳76，呼吸16，血氧97%，"
        "体温36.6，今日有啲混乱。",
    ),
    (
        "S",
        "Care home note: Mrs Jones, 88, small skin graze on her left shin, cleaned and dressed,"
        " no bleeding, not painful. BP 130/78, HR 70, RR 16, SpO2 97%, temp 36.7, alert.",
    ),
]

OPEN: dict[str, str] = {
    "我有糖尿病，血糖好high，check咗係25，好口渴，成日想去厕所。": (
        "the English words are read now (血糖好高, 测咗), but a reading after 係 (测咗係25)"
        " is no glucose reading in clinical.vitals: a reader gap of its own, not this kind's"
    ),
    "我爸糖尿病，今天check血糖，22，一直口渴，尿多。": (
        "the English word is read now (测血糖), but a glucose after a comma behind its"
        " keyword (测血糖，22) is not read (clinical.vitals reads a saturation there,"
        " rules-mc); a reader gap of its own, not this kind's"
    ),
}

KINDS: list[tuple[str, str]] = (
    RELATIVE_TREATED_DAYS_BACK
    + HEAT_EXHAUSTION_BETTER
    + LUMP_BY_THE_BOTTOM_FEVER
    + CODE_SWITCHED_SUGAR
    + INDIGESTION_CANTONESE
    + GRAZE_OLDER_PERSON
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 75 wrong at the first run
SET75_ZH_ROWS = [
    "f75-zh-slf-011",
    "f75-zh-slf-012",
    "f75-zh-urg-006",
    "f75-zh-urg-020",
    "f75-zh-slf-013",
    "f75-zh-slf-016",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET75_ZH_ROWS, OPEN_ROWS))
def test_set75_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_75.jsonl", row_id)
