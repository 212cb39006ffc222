"""Set 52's kinds (voice38: work and study, animals and garden, night): bleeding that minutes
of pressing have not stopped, told in Cantonese (壓咗十分鐘都止唔到, with the slip 止唔倒) and
blood said to keep spurting (血一直標); a tetanus jab the writer cannot "rember"; a dog bite
that broke the skin told in Cantonese (兩個窿, 流咗血); a UTI told as a "stingy wee" with a
fever and side pain; a kidney stone's pain told with its direction first (往大腿根那邊竄); a
small scald cooled at once with no blister, in Cantonese (沖咗廿分鐘凍水, 冇起水泡).

Written by rules-do (session 38) before the rules of each kind changed. The sentences are this
file's own (English; simplified and traditional Chinese, Mandarin, Cantonese and Taiwan usage),
each from the published source named above its list, beside the set's row
(``tests.rule_levels.fresh_row``). Wrong before any rule change (44e3cb1's rules): 12 of 50
(5 of the set's 5 rows, 7 of the 45 own sentences); the scalds, written after the first
commit, 2 of 8 (the row and one own sentence) before their change. Two look-alikes were
changed after a first run, not to pass but to test this file's kinds: "can't rember where I
put my keys" from ``S`` to ``!E`` (a forgetting is no self-care sign either way) and a nettle
rash (which the allergy rules read, another kind) swapped for stingy eyes. After: 0.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

_SET = "fresh_levels_52.jsonl"


def _row(row_id: str) -> str:
    return fresh_row(_SET, row_id)["text"]


# NHS.uk cuts and grazes (A&E if the bleeding does not stop after 10 minutes of pressure) and
# the Manchester Triage System (uncontrollable or pulsatile haemorrhage): the pressing said to
# have failed, or the blood said to keep spurting; a bleed that stopped with pressing, a
# nosebleed pinched for minutes that stopped, and a cough that will not stop are no such bleed
PRESSING_FAILED: list[tuple[str, str]] = [
    ("E", _row("f52-zh-emg-008")),
    ("E", "切菜切到手指，用毛巾压住十分钟都止不住血"),
    ("E", "鎅親手腕，㩒住十五分鐘都止唔住，血仲係咁流"),
    ("E", "割到腳，壓了二十分鐘都止不了，血一直流"),
    ("E", "玻璃割到手臂，血一直標，好驚"),
    ("E", "被刀划到大腿，血不停地喷出来"),
    ("E", "cut my hand on glass, pressing on it for 15 minutes and it won't stop bleeding"),
    ("E", "deep cut to my leg from the saw, blood keeps spurting out"),
    ("E", "壓住傷口十分鐘都止唔倒血，好頭暈"),
    # a bleed pressing stopped, a cough that will not stop, a short press on a graze
    ("!E", "切菜切到手指，按了十分钟已经止住血了"),
    ("!E", "流鼻血，捏住鼻子十分钟后止住了"),
    ("!E", "按摩了十分钟，咳嗽还是都止不住"),
    ("!E", "grazed my knee, pressed on it for a few minutes and the bleeding stopped"),
    ("!E", "I've had a cough for 10 minutes that just won't stop"),
    ("!E", "目標血氧係九十五，壓咗十分鐘都冇事"),
]

# NHS.uk tetanus (a wound and not fully vaccinated, or not sure: urgent treatment centre or
# NHS 111); UKHSA tetanus-prone wounds (a puncture, soil): the not-knowing typed short
TETANUS_NOT_SURE: list[tuple[str, str]] = [
    ("=U", _row("f52-en-urg-008")),
    ("U", "stood on a rusty nail in the shed, can't rember when I last had a tetanus"),
    ("U", "garden fork went into my foot, cant remeber my last tetanus jab"),
    ("U", "puncture wound from a thorn in the soil, not sure when my last tetanus was"),
    # a typo of the neighbouring words still read (remember, tetanus)
    ("U", "stepped on a nail, can't remembr my last tetanus jab"),
    # a clean kitchen nick with the jab known, and the word without a wound
    ("!E", "I rember my tetanus is up to date, just a small cut from a clean knife"),
    ("L", "stepped on a rusty nail, I remember when I last had a tetanus, it was last year"),
    ("L", "cut my finger on a clean knife, I rember my last tetanus was two years ago"),
    ("U", "stood on a nail in the garden, can't remember when I last had a tetanus jab"),
    ("!E", "can't rember where I put my keys, no other problems"),
]

# NHS.uk animal and human bites (a bite that breaks the skin: urgent GP or 111 the same day;
# washed at home when the skin is not broken): Cantonese two holes and bled
BITE_BROKE_SKIN: list[tuple[str, str]] = [
    ("=U", _row("f52-zh-urg-008")),
    ("=U", "隻貓咬咗我手背，有兩個窿，流咗啲血"),
    ("=U", "朋友隻狗咬咗我腳瓜，有兩粒窿"),
    ("=U", "我家的狗咬了我的手，有两个洞，流了一点血"),
    ("=U", "the neighbour's cat bit my hand and there are two holes, it bled a bit"),
    # teeth marks with the skin unbroken, a bitten tongue, a mosquito bite
    ("L", "隻狗咬咗我一啖，得個牙印，冇穿皮"),
    ("L", "食飯咬親條脷，流咗少少血"),
    ("L", "俾蚊咬咗好多粒，好痕"),
    ("!E", "隻狗咬咗我，有兩個窿，流咗少少血"),
]


# NHS.uk urinary tract infections (pain, burning or stinging when peeing; with a high
# temperature, shivering or pain in the side or back under the ribs: urgent GP or 111) and NICE
# CKS pyelonephritis: the sting told as a "stingy wee"; a stingy wee alone, and stingy eyes,
# are no kidney infection
STINGY_WEE: list[tuple[str, str]] = [
    ("=U", _row("f52-en-urg-001")),
    ("=U", "stingy wee since Monday and now shivery with an ache in my back under the ribs"),
    ("=U", "had a stingy pee for a few days, temp 38.6 and my side hurts"),
    ("=U", "my daughter, 19, says her wee is stingy, temperature 38.5 and pain in her back"),
    # the sting said as stinging, and a typo of a neighbouring word still read
    ("=U", "stings when I wee, temprature 38.5 and pain in my back under the ribs"),
    ("=U", "stinging wee for 2 days, now shivering and pain in my side"),
    ("L", "bit of a stingy wee since yesterday, no temperature, no back pain"),
    ("L", "my eyes are a bit stingy after the swimming pool, no fever, no pain in my side"),
]

# NICE CKS renal or ureteric colic (pain in the side or back spreading to the groin: same-day
# assessment; emergency admission with a fever or shivering) and NHS.uk kidney stones: the
# spread told with the direction first (往大腿根那边窜, 向腹股沟放射); with a fever it stays 999
RENAL_COLIC_TOWARDS_GROIN: list[tuple[str, str]] = [
    ("=U", _row("f52-zh-urg-004")),
    ("=U", "左边腰痛得好犀利，一阵阵咁，往大腿根那边走"),
    ("=U", "右側腰很痛，往腹股溝那邊放射，沒有發燒"),
    ("=U", "后腰一侧绞痛，向大腿根方向窜，吐了两次"),
    ("=U", "pain in my right side that goes towards my groin, comes in waves, been sick once"),
    ("E", "右边腰痛往大腿根那边窜，以前有肾结石，现在发烧三十九度还发抖"),
    # a pulled groin from football, a back strain without the spread
    ("L", "踢波拉伤大腿根，行路有啲痛"),
    ("L", "搬东西闪到腰，腰有点酸痛，躺着会好些"),
]


# NHS England (2018) over-the-counter conditions (minor burns and scalds) and NHS.uk burns and
# scalds (cool under cold running water for 20 minutes; A&E for blisters on a large area, the
# face, hands or genitals, a child's burn, or a white or charred burn): a small scald cooled at
# once and told in Cantonese (沖咗廿分鐘凍水, 冇起水泡); a burn to the face with a hoarse voice or
# breathing trouble beside the same words stays high
SCALD_COOLED: list[tuple[str, str]] = [
    ("S", _row("f52-zh-slf-007")),
    ("S", "煲水嗰陣滾水濺親手背，即刻沖咗十幾分鐘凍水，紅咗少少，冇起水泡"),
    ("S", "煮饭烫到手指，冲咗二十分钟冷水，冇起泡，唔系好痛"),
    ("S", "倒熱水燙到手指，馬上沖了二十分鐘冷水，沒有起水泡，只有一點紅"),
    (
        "S",
        "splashed hot water on my finger, cooled it under the cold tap for 20 minutes, no blister",
    ),
    ("U", "熱油濺到塊面，沖咗廿分鐘凍水，冇起水泡，但係把聲沙咗，有啲氣促"),
    ("E", "滾水淥親個仔成個胸口，沖咗凍水，冇起水泡，但係佢唔出聲好似好眼瞓，嘴唇發紫"),
    ("N", "滾水淥親成隻手臂，起咗好大個水泡，好痛"),
]


@pytest.mark.parametrize(("code", "text"), with_open(PRESSING_FAILED))
def test_pressing_failed(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TETANUS_NOT_SURE))
def test_tetanus_not_sure(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BITE_BROKE_SKIN))
def test_bite_broke_skin(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STINGY_WEE))
def test_stingy_wee(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(RENAL_COLIC_TOWARDS_GROIN))
def test_renal_colic_towards_groin(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SCALD_COOLED))
def test_scald_cooled(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
