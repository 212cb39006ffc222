"""Set 62's rows wrong at their first run (voice43: rural and remote, violence and safeguarding,
festivals and gatherings), English and Chinese.

Written by rules-jg (session 44), on opening ``tests/data/fresh_levels_62.jsonl`` (80 messages,
session 43's carry-over, 80.0% at its first run: 64 of 80, 18 of 20 emergencies). Each wrong row
is named by the KIND of reading that failed, with the published source of its gold:

- f62-zh-emg-002 (urgent): a blow to the head dealt by a person said with 打了 and a fist
  (用拳头打了头) - NICE NG232, NHS.uk head injury;
- f62-zh-emg-007 (urgent): a firework that "fell onto" the eye in Cantonese (彈落我隻眼度) - NHS.uk
  eye injuries;
- f62-en-urg-006 (emergency): a journey ("came up from Bristol") read as a diver's ascent, and an
  adult's green phlegm read as a visiting child's bile - BSAC / DDRC decompression illness, NHS.uk
  chest infection;
- f62-zh-urg-009 (emergency): pulled down to the ground (被拉倒在地上) read as a collapse - NHS
  999 criteria (collapse), NHS.uk cuts and grazes;
- f62-en-urg-005 (self_care), f62-en-urg-008 (non_urgent): a swollen wrist or elbow, very sore or
  not straightening, after an injury - NHS.uk broken arm or wrist, broken elbow, NICE NG38;
- f62-en-nur-004 (urgent): a sexual assault dated years back in the sentence before - NHS.uk help
  after rape and sexual assault, sexual health services;
- f62-en-slf-004 (non_urgent): a graze "scabbing over" - NHS.uk cuts and grazes;
- f62-zh-nur-004 (urgent): a real person shouting as a trauma's trigger read as hearing voices,
  and drinking denied beside another denial read as drinking stopped - NICE NG116, NICE CG100;
- f62-zh-slf-010 (urgent): a "fever" typed at 37.8 for three days - NHS.uk high temperature;
- f62-zh-slf-006 (non_urgent): mooncakes counted (四个月饼) read as four months - NHS.uk
  indigestion;
- f62-zh-nur-001 (self_care): a first red, swollen big toe joint without a fever - NICE CKS gout;
- f62-zh-nur-009 (self_care): a jaw that clicks and aches a month after a blow - NHS.uk TMD;
- f62-zh-slf-003 (non_urgent): a mouth ulcer's everyday pain (很疼) - NHS.uk mouth ulcers;
- f62-en-nur-003 and f62-zh-nur-010: left open (see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both directions, from the source
named above its list. Wrong before any rule change (the rules of 5e2ec9a): 16 of 16 rows and
21 of 52 kind sentences. After: 14 rows at their gold and every kind sentence at its level; set 62
97.5% (78 of 80; 20 of 20 emergencies; no self-care at emergency).

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

# NICE NG232 head injury (vomiting more than once, drowsiness, a headache getting worse, double
# vision after a head injury: the emergency department) and NHS.uk head injury: the blow dealt by
# a person's hand or fist, said with 打了 or 一拳; an antibiotic jab (打了头孢) is no blow
HEAD_BLOW_DEALT_ZH: list[tuple[str, str]] = [
    ("E", "他被人一拳打在头上，现在一直吐，很想睡"),
    ("E", "前天跟同事吵架，他用拳头打了我的头，今天头越来越痛"),
    ("E", "老公昨晚打了我的头，今天看东西重影"),
    ("!E", "昨天打了头孢，今天吐了两次，有点想睡"),
    ("!E", "男朋友昨天打了我的头一下，现在不痛了，没吐，精神很好"),
]

# NHS.uk eye injuries (something hit the eye at high speed, a firework, with a change in the
# sight: A&E): the thing said in Cantonese to have "fallen onto" the eye (弹落 / 飞落 / 射落 ...眼)
EYE_STRUCK_FELL_ONTO: list[tuple[str, str]] = [
    ("E", "煙花彈落佢隻眼度，而家佢話睇唔清"),
    ("E", "炮仗飛落我隻左眼度，流緊血，好痛"),
    ("E", "打磨嘅時候有粒鐵屑射落我隻眼度，而家睇嘢好朦"),
    ("!E", "啲沙飛落我隻眼度，揉咗一陣就冇事，睇嘢清楚"),
]

# BSAC / DDRC decompression illness (symptoms after a dive: 999) needs the dive: a journey said as
# "came up from" a town is none; NHS.uk chest infection: green brought up with days of cough is
# phlegm in an adult, a visiting child's name beside it no child's bile (NICE NG143 is a child's)
JOURNEY_AND_PHLEGM: list[tuple[str, str]] = [
    (
        "E",
        "went diving this morning and came up from 30 metres too fast, now my "
        "shoulder hurts and I'm breathless",
    ),
    ("E", "my 2 year old has been vomiting green since this morning"),
    ("E", "I'm 40 and I've been vomiting green bile since this morning, tummy swollen"),
    (
        "!E",
        "my brother came up from London yesterday and now I'm a bit short of "
        "breath after the stairs",
    ),
    (
        "!E",
        "I'm 52, had a cough for about a week bringing up green stuff, temp "
        "38.5, bit short of breath on stairs",
    ),
    (
        "!E",
        "the grandkids are staying, I'm 68 and I've had a cough for 5 days bringing up green stuff",
    ),
]

# NHS 999 criteria (collapsed, down on the floor and not said awake) is a collapse; pulled,
# pushed or knocked down to the ground is a fall's mechanism, its injuries read as such (NHS.uk
# cuts and grazes: a deep wound with dirt in it, an urgent treatment centre)
KNOCKED_DOWN_NOT_COLLAPSED: list[tuple[str, str]] = [
    ("E", "我爸爸刚才突然倒在地上，叫他没反应"),
    ("!E", "他被人推倒在地上，手掌擦破一点皮，现在没事"),
    ("=U", "她被人推倒在地上 膝盖有个很深的口子 里面有沙子洗不掉"),
]

# NHS.uk broken arm or wrist and broken elbow (after an injury, a swollen wrist or elbow that is
# very painful, cannot be straightened or gripped with: an urgent treatment centre the same day);
# NICE NG38; a little swelling that moves fine is a sprain treated at home
SWOLLEN_ARM_JOINT_AFTER_INJURY: list[tuple[str, str]] = [
    (
        "U",
        "slipped on the ice this morning, my wrist is swollen and really painful, fingers move ok",
    ),
    ("U", "my son got his arm twisted in rugby, his elbow is swollen and he can't straighten it"),
    ("U", "摔了一跤，手腕肿起来了，很痛，握不住东西"),
    ("L", "tripped on the stairs yesterday, wrist a bit swollen, mild ache, can move it fine"),
    ("L", "knocked my elbow on the door frame, it's a little sore, no swelling, moving it fine"),
]

# NHS.uk help after rape and sexual assault (as soon as possible: time-limited care) is for a
# recent assault; one dated years back in the sentence before, with no symptoms, is a sexual
# health clinic's or a GP's (NHS.uk sexual health services)
ASSAULT_DATED_YEARS_BACK: list[tuple[str, str]] = [
    (
        "L",
        "This happened about two years ago but I was raped by an ex, no "
        "symptoms, I'd like an STI test",
    ),
    ("L", "两年前发生的事了，我被性侵过，现在很安全，没有症状，想做个检查"),
    ("U", "I was sexually assaulted last night at a party, I don't know what to do"),
    (
        "U",
        "I was raped on Saturday, it happened 2 days ago, can I still get the morning after pill?",
    ),
    ("U", "昨晚被强奸了，该怎么办"),
]

# NHS.uk cuts and grazes (a graze healing without signs of infection is cared for at home): the
# healing said as scabbing over; one red, hot and oozing is not
GRAZE_SCABBING: list[tuple[str, str]] = [
    ("S", "fell off my scooter on Sunday and grazed my knee, it's scabbing over now, not red"),
    ("S", "膝盖擦伤三天了，已经结痂了，不红不肿"),
    ("N", "grazed my knee on Sunday, now it's red, hot and oozing pus"),
]

# NICE NG116 post-traumatic stress disorder (nightmares, flashbacks, being startled by a loud
# voice, no risk: a GP and talking therapy) is no psychosis (NICE CG178: voices with no one
# there), and drinking denied is no drinker's stop (NICE CG100 withdrawal)
TRIGGER_NOT_VOICES: list[tuple[str, str]] = [
    ("L", "离开他两年了，最近老做噩梦，听到有人大声吵架就心慌手抖，没有想伤害自己，也没有喝酒"),
    (
        "L",
        "since the break-in I jump when I hear people shouting in the street, "
        "nightmares most nights, no thoughts of harming myself",
    ),
    ("U", "我妈这几天一直说听到有声音在骂她，可是家里没有人"),
    ("U", "我戒酒第二天了，手抖得厉害，一直出汗"),
]

# NHS.uk high temperature (38 °C or more is a fever): a "fever" typed under 38 for three days,
# with nothing higher, is a cold or flu treated at home (NHS.uk flu); 38.6 for four days is not
LOW_READING_FEVER: list[tuple[str, str]] = [
    ("S", "我感冒三天了，有少少发烧37.6，食咗panadol就退，饮到水食到嘢"),
    ("L", "had a cold 4 days now, bit of a fever 37.5, eating and drinking fine"),
    ("U", "我發燒四日了，今朝仲有38.6度，食咗藥都唔退"),
]

# NHS.uk indigestion (too much food: treated at home): cakes counted (四个月饼, 两个年糕) are no
# span of months or years
CAKES_COUNTED: list[tuple[str, str]] = [
    ("S", "中秋节吃了三个月饼，现在有点胀，没有吐，没有发烧，其他都好"),
    ("S", "过年吃了两个年糕，胃有点胀，没有呕吐"),
    ("N", "肚子胀了四个月了，越来越大，吃一点就饱"),
]

# NICE CKS gout (a first red, swollen, painful joint at the base of the big toe without a fever:
# a GP within days; with a fever the same day); a sting or a stub that made it red is not
RED_SWOLLEN_TOE: list[tuple[str, str]] = [
    (
        "N",
        "woke up with my big toe red and swollen, can't bear the sheet on it, "
        "no fever, never had this before",
    ),
    ("N", "右脚大脚趾又红又肿，痛得走路一拐一拐，没发烧，以前没有过"),
    ("L", "my big toe is red and swollen where a wasp stung it, itchy, otherwise fine"),
    ("L", "昨天踢到桌脚，大脚趾有点红肿，走路还行"),
]

# NHS.uk temporomandibular disorder (TMD) and jaw pain (a jaw that clicks and aches, going on for
# weeks or after a blow: a dentist or GP, not the same day)
JAW_CLICKS_ACHES: list[tuple[str, str]] = [
    (
        "N",
        "my jaw clicks when I yawn and it aches a bit, it's been like that "
        "since I got hit a month ago",
    ),
    ("N", "张嘴的时候下巴会咔咔响，有点酸，已经两三个星期了"),
    ("L", "my jaw clicked once when I yawned this morning, no pain, it's fine now"),
]

# NHS.uk mouth ulcers (they can be painful but heal on their own within 1 to 2 weeks: a
# pharmacist; a dentist or GP if one lasts over 3 weeks, grows or bleeds)
MOUTH_ULCER_PAIN: list[tuple[str, str]] = [
    ("S", "嘴里长了个溃疡，两天了，很痛，吃东西还行，以前也长过几天就好"),
    (
        "S",
        "got a mouth ulcer on my cheek since Tuesday, really painful when I "
        "eat crisps, otherwise fine",
    ),
    ("N", "舌头上的溃疡已经一个多月了，很疼，越来越大"),
    ("N", "I've had a mouth ulcer for 3 weeks now and it's really painful and not healing"),
]

KINDS: list[tuple[str, str]] = (
    HEAD_BLOW_DEALT_ZH
    + EYE_STRUCK_FELL_ONTO
    + JOURNEY_AND_PHLEGM
    + KNOCKED_DOWN_NOT_COLLAPSED
    + SWOLLEN_ARM_JOINT_AFTER_INJURY
    + ASSAULT_DATED_YEARS_BACK
    + GRAZE_SCABBING
    + TRIGGER_NOT_VOICES
    + LOW_READING_FEVER
    + CAKES_COUNTED
    + RED_SWOLLEN_TOE
    + JAW_CLICKS_ACHES
    + MOUTH_ULCER_PAIN
)

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 62 wrong at the first run, the two emergencies first
SET62_ROWS = [
    "f62-zh-emg-002",
    "f62-zh-emg-007",
    "f62-en-urg-005",
    "f62-en-urg-006",
    "f62-en-urg-008",
    "f62-zh-urg-009",
    "f62-en-nur-003",
    "f62-en-nur-004",
    "f62-zh-nur-001",
    "f62-zh-nur-004",
    "f62-zh-nur-009",
    "f62-zh-nur-010",
    "f62-en-slf-004",
    "f62-zh-slf-003",
    "f62-zh-slf-006",
    "f62-zh-slf-010",
]

OPEN_ROWS: dict[str, str] = {
    "f62-en-nur-003": "gold non_urgent for a pharmacist's threadworm treatment; NHS.uk threadworms"
    " treats them at home with medicine from a pharmacy for the whole household, and threadworms"
    " are on NHS England's 2018 list of conditions for over-the-counter treatment (the rules'"
    " self_care, as Pharmacy First's minor illnesses), so the gold disagrees with the guidance"
    " the rules follow: left open",
    "f62-zh-nur-010": "gold non_urgent (NICE CKS iron deficiency anaemia: an oral iron's stomach"
    " side effects are a GP's, who may change the preparation or the dose); the severity said of"
    " the expected side effect (constipation 好嚴重) is read as severe symptoms (same day): a"
    " side effect's severity beside its medicine is not read apart yet, left open by rules-jg",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET62_ROWS, OPEN_ROWS),
)
def test_set62_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_62.jsonl", row_id)
