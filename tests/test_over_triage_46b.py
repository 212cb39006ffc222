"""A relative's or friend's stroke or heart attack named while they are already in hospital or
treated, the writer asking about their own minor complaint (rules-lj, session 46).

Each sentence is our own, in English or simplified / traditional / Cantonese Chinese, read as
a first message with the rules alone:

1. **Under care already** (NHS.uk stroke and heart attack: call 999 for the person with the
   signs now; someone already in hospital, in the CCU or treated is under care): "my dad just
   had a stroke and is in hospital, can I still go to work with my cold?" is the writer's cold,
   not an emergency.
2. **Still an emergency** (NHS.uk stroke FAST: 999; NHS.uk heart attack: 999): a relative
   having a stroke or heart attack now, signs minutes ago, no hospital or care named, and the
   writer's own signs.

Wrong before the change (091fe43): 11 of the 40 sentences first written (item 1: 10 of 20,
all at an emergency by `stroke_named` or `heart_attack_named`; item 2: 1 of 20, Cantonese
心脏病发 said without 作 at `urgent`). Ten added while fixing: eight of a stroke or heart attack
told as happening now to someone already in hospital or the ICU (new rule
`stroke_or_heart_attack_now_in_care`), right before; a stranger's heart attack taken away by
the ambulance (NHS.uk: with the paramedics, under care; 心脏病发 added to `heart_attack_named`
first moved one such fresh set 65 message to an emergency), right before; a father's 心脏病发
with the ambulance not yet come, wrong before. Two of the writer's own stroke beside a mother in
hospital, right before (and stood down by the first change): 12 of 52.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet, load_rules
from tests.rule_levels import assert_reaches, with_open

# NHS.uk stroke; NHS.uk heart attack: already in hospital / treated is under care
UNDER_CARE = [
    ("!E", "my dad just had a stroke and is in hospital, can I still go to work with my cold?"),
    (
        "!E",
        "my mum had a heart attack last night, she's in the CCU now, I have a tension headache "
        "from the stress",
    ),
    (
        "!E",
        "My grandad had a stroke on Monday and he's on the stroke ward now. I've had a sore "
        "throat for two days, should I avoid visiting?",
    ),
    (
        "!E",
        "my husband had a heart attack last week, he had a stent put in and is home recovering. I "
        "can't sleep, any tips?",
    ),
    (
        "!E",
        "my friend had a stroke yesterday and is in hospital. I've got a runny nose, is it ok to "
        "visit him?",
    ),
    (
        "!E",
        "my brother just had a heart attack and is in intensive care, I have a cough, can I still "
        "visit?",
    ),
    (
        "!E",
        "Dad had a mini stroke and was admitted to hospital yesterday. I've got a mild cold, what "
        "should I take?",
    ),
    (
        "!E",
        "my aunt had a heart attack and she's in hospital being treated, I've had diarrhoea since "
        "this morning",
    ),
    (
        "!E",
        "My wife just had a stroke, she's in hospital now. I have a headache from all the stress, "
        "can I take paracetamol?",
    ),
    (
        "!E",
        "my mum's in hospital after a heart attack, how long will she be in the CCU? I also have "
        "a bit of heartburn from stress eating",
    ),
    ("!E", "我爸刚中风住院了，我自己这两天有点失眠"),
    ("!E", "我妈昨天心梗住院了，现在在ICU，我这几天压力大头有点胀痛"),
    ("!E", "我老公上周心脏病发作，已经做了支架在医院，我嗓子疼还能去陪护吗"),
    ("!E", "我奶奶中风了，现在在医院治疗，我有点感冒，能去看她吗"),
    ("!E", "我朋友脑梗住院了，我这两天有点拉肚子，要不要紧"),
    ("!E", "我阿妈上个礼拜中风咗，而家喺医院，我想问下我咳嗽使唔使睇医生"),
    ("!E", "我老豆心脏病发入咗院，而家喺深切治疗部，我自己有少少喉咙痛，去探佢得唔得"),
    ("!E", "我爸爸剛中風住院了，我自己這兩天有點失眠"),
    ("!E", "我媽媽心肌梗塞住院了，我最近壓力大胃有點不舒服"),
    ("!E", "我爺爺中風已經送醫院了，我流鼻水可以去探望嗎"),
    ("!E", "地铁上有个阿姨心脏病发，救护车已经接走了，我自己扶她的时候扭到手腕，有点酸"),
]

# NHS.uk stroke FAST / heart attack: the signs now, no care named, or the writer's own: 999
EMERGENCY = [
    ("E", "my dad is having a stroke"),
    ("E", "I think my mum just had a stroke, her face dropped 5 minutes ago"),
    ("E", "I think my husband is having a heart attack, crushing chest pain"),
    ("E", "my dad just had a stroke, his arm is weak and his speech is slurred"),
    ("E", "my friend just collapsed, I think it's a heart attack"),
    ("E", "I think I'm having a stroke, my face feels numb on one side"),
    ("E", "my dad had a stroke last year and now his face has dropped again, his arm is weak"),
    (
        "E",
        "my mum is in hospital with a broken hip and now I think she's having a stroke, her "
        "speech is slurred",
    ),
    ("E", "my husband just had a heart attack, he's not breathing"),
    ("E", "I had a heart attack last year and now I have crushing chest pain"),
    ("E", "我爸突然中风了 嘴歪了"),
    ("E", "我妈好像中风了，说话不清楚"),
    ("E", "我老公心脏病发作了，胸口很痛"),
    ("E", "我爸刚刚中风了，一边手没力"),
    ("E", "我阿爸好似中风咗，块面歪咗"),
    ("E", "我老公好似心脏病发，胸口好痛"),
    ("E", "我爸爸突然中風了，嘴巴歪了"),
    ("E", "我覺得我中風了，半邊臉麻"),
    ("E", "我爸中风住院了，我自己现在也胸口很痛，出冷汗"),
    (
        "E",
        "my dad had a stroke and is in hospital, and now I have crushing chest pain and I'm "
        "sweating",
    ),
    ("E", "my dad is in hospital for his hip and now he's having a stroke"),
    ("E", "my mum had a heart attack and is in hospital, I think I'm having a heart attack too"),
    ("E", "我爸在医院住院，刚才突然中风了"),
    ("E", "我妈心梗住院了，现在又心梗了"),
    ("E", "my dad is in the ICU and I think he is having a stroke now"),
    ("E", "my mum is on the cardiac ward and she's having a heart attack"),
    ("E", "我爸在ICU，现在突然中风了"),
    ("E", "我爸喺医院，佢突然中风"),
    ("E", "我爸心脏病发，救护车还没到"),
    ("E", "my mum is in the ICU, I think I had a stroke this morning"),
    ("E", "我妈在医院，我觉得我自己中风了"),
]

OPEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


@pytest.mark.parametrize(("expected", "text"), with_open(UNDER_CARE + EMERGENCY, OPEN))
def test_relative_under_care(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
