"""Set 73's wrong rows (voice48: embarrassed, noticed changes), closed by kind.

Written by rules-oa (session 49). Set 73 (``tests/data/fresh_levels_73.jsonl``, 80 rows) was a
carry-over measure of session 48, opened in session 49: 83.8% (67 of 80) at 8540edd, 13 rows
wrong. Each is named by the KIND of reading that failed, most serious first, with the
published source of its gold:

- f73-en-emg-009 (self_care): a stroke's speech told by a daughter as "gone all jumbled" and
  "saying the wrong words" since lunch - NHS.uk stroke (FAST: speech garbled, words lost), NICE
  NG128 (dysphasia of sudden onset);
- f73-en-emg-006 (urgent): black tarry stools with the person pale and clammy - the Manchester
  Triage System's shock (pale, sweaty with blood loss), NICE CG141 (melaena with shock);
- f73-zh-nur-003 (emergency): 不太行 ("not so good", here of erections) read as the pinyin slip
  of 不太醒 (hard to wake) - NHS.uk erectile dysfunction (a GP);
- f73-en-urg-005 (self_care): a painful lump "hot, red and swollen" (the words in that order) -
  NHS.uk skin abscess / cellulitis (an urgent GP appointment or 111);
- f73-zh-urg-008 (self_care): a sandpaper rash and a red tongue with a fever, no page for
  scarlet fever at all - NHS.uk scarlet fever (an urgent GP appointment or 111);
- f73-en-nur-004 (urgent): wheezy only at football for months, well otherwise - NHS.uk asthma
  (a GP); the sport was no exertion and a bare "wheezy" was an exacerbation;
- f73-en-nur-006 (self_care): a mole "bigger than in a photo from last summer" - NICE NG12 (a
  changing mole, a GP): the comparison with a past time had made the change past.

The other six rows are left open (see OPEN_ROWS, each with its reason).

Each kind has sentences of this file's own, in other words and both polarities, from the
source named above its list. Wrong before each kind's change (the rules of 8540edd): 22 of 59
kind sentences and 7 of 7 rows closed here. Sentences marked "(after)" were written after the
first change, in other words (two of them, a face "gone white" and 面色好苍白, were wrong and
widened ``pale_cold``).

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

# NHS.uk stroke (FAST speech: garbled speech, trouble finding words; call 999) and NICE NG128
# (dysphasia of sudden onset): speech told as jumbled, or the wrong words said, since a time of
# today; a learner's or a tired person's wrong word with no new onset is no stroke sign
SPEECH_JUMBLED: list[tuple[str, str]] = [
    ("E", "my dad's speech has gone all jumbled since this morning"),
    ("E", "since lunch grandma keeps saying the wrong words, she called the kettle a shoe"),
    ("E", "my husband suddenly started using the wrong words for everything"),
    ("E", "her speech is jumbled and it started about an hour ago"),
    ("E", "my mums speech has gone all jumbled sinse this morning"),
    ("E", "我妈从中午开始说话乱七八糟，一直说错字"),
    ("!E", "my 2 year old keeps saying the wrong words for colours, he's still learning"),
    ("!E", "in my Spanish class I keep using the wrong words"),
    ("!E", "my son's speech therapist says his sounds get jumbled when he rushes"),
    ("!E", "I was so nervous in the interview I kept saying the wrong words"),
    # (after)
    ("E", "since she got up this morning Nan has been calling things by the wrong name"),
    ("E", "我爸今日下午开始讲嘢乱七八糟，仲讲错字"),
    ("!E", "my son uses the wrong words sometimes because English is his second language"),
    ("!E", "Dad has always said the wrong words when he's tired, nothing new"),
]

# Manchester Triage System shock (pale, cold, clammy or sweaty with blood loss) and NICE CG141
# (melaena with signs of shock): black tarry stools with the person pale and clammy is a 999
# call; black stools alone, or on iron tablets with no shock sign, are same-day or less
BLACK_STOOLS_SHOCK: list[tuple[str, str]] = [
    ("E", "my dad's poo has been black like tar since this morning and he's pale and clammy"),
    ("E", "passed black sticky stools twice today and now I'm pale and sweaty"),
    ("E", "今天拉了两次黑色柏油样大便，现在脸色苍白，一直出冷汗"),
    ("E", "老公今日屙咗兩次黑色好似瀝青咁嘅屎，而家面色好蒼白，出晒冷汗"),
    ("U", "black tarry poo since yesterday, no dizziness, otherwise I feel fine"),
    ("!E", "I'm on iron tablets and my poo is black, I feel fine"),
    ("!E", "pale and sweaty after a long run in the heat, poo is normal"),
    # (after)
    ("E", "he had black runny poo like tar this afternoon and has gone white and clammy"),
    ("E", "大便黑到好似柏油咁，而家成個人好蒼白又冒冷汗"),
    ("!E", "black poo after eating a lot of liquorice, I'm fine, no sweats"),
]

# NHS.uk erectile dysfunction (a GP) and the everyday 不太行 ("not so good"): no pinyin slip of
# 不太醒 (hard to wake); a person said hard to wake stays an emergency
NOT_SO_GOOD_ZH: list[tuple[str, str]] = [
    ("!E", "最近几个月那方面不太行，有点担心"),
    ("!E", "我最近记性不太行，老是忘东西"),
    ("!E", "這幾天胃口不太行，其他都好"),
    ("!E", "年纪大了，眼睛不太行了"),
    ("E", "我爸一直睡，叫都不太醒"),
    ("E", "宝宝发烧，一直昏睡，叫他不太醒"),
    # (after)
    ("E", "我爸今天人不太行，叫都叫不醒"),
    ("!E", "家里的网络不太行，打字慢"),
    ("!E", "我老公最近体力不太行，爬楼梯有点累"),
]

# NHS.uk skin abscess (a painful lump with red, hot, swollen skin around it: an urgent GP
# appointment or NHS 111) told without the word abscess; a lump with no red hot skin is no
# same-day sign
LUMP_HOT_RED: list[tuple[str, str]] = [
    ("=U", "there's a painful lump on my inner thigh that's hot and red and getting bigger"),
    ("=U", "painful lump by my bottom, red hot and swollen since Monday"),
    ("=U", "屁股旁边起了个很痛的包，又红又热，两天越来越大"),
    ("=U", "腋底有粒硬块好痛，又紅又熱"),
    ("L", "I've a small painless lump on my wrist, not red or hot"),
    ("L", "the lump on my shin from bumping the table is a bit sore but not red"),
]

# NHS.uk scarlet fever (a rash that feels like sandpaper, a strawberry tongue, with a high
# temperature: an urgent GP appointment or NHS 111); a blanching rash in a child who is alert is
# not 999. Rough dry hands, or scarlet fever over or treated, are no same-day sign
SCARLET_FEVER: list[tuple[str, str]] = [
    ("=U", "my 5 year old has a temperature and a rash that feels like sandpaper on her tummy"),
    ("=U", "my son's got a fever, a sore throat and a bright red strawberry tongue"),
    ("=U", "我儿子发烧38.6度，身上的红疹摸起来像砂纸一样"),
    ("=U", "I think my daughter has scarlet fever, she's 38.9 and has a rash"),
    ("L", "my hands feel like sandpaper from all the hand washing"),
    ("L", "she had scarlet fever last month and is all better now"),
    (
        "L",
        "he was diagnosed with scarlet fever two days ago, he's on penicillin and the"
        " temperature has gone",
    ),
]

# NHS.uk asthma and NHS.uk shortness of breath (breathless or wheezy on exercise for weeks or
# months, well otherwise: see a GP): the exercise said as a sport or running about; a wheeze
# that began today, at rest, or with words cut short stays same-day or 999
WHEEZE_ON_SPORT: list[tuple[str, str]] = [
    (
        "L",
        "my daughter is 10 and for a few months she gets wheezy when she plays football,"
        " she's fine otherwise",
    ),
    ("L", "my son, 8, has been getting wheezy running around at school for a couple of months"),
    ("L", "我儿子9岁，这几个月踢球就会喘，平时没事"),
    ("U", "my son gets wheezy when he runs about and since this morning he's wheezy sitting still"),
    ("U", "my 9 year old got wheezy at football 3 days ago and it hasn't settled"),
    ("E", "he got wheezy at football and now he can't finish his sentences"),
    ("E", "我儿子踢球后喘得好厉害，讲唔到成句说话"),
]

# NICE NG12 Suspected cancer (a mole that changes size, shape or colour: a GP within days)
# told against a past time ("bigger than last summer", "in a photo from last year"): the
# comparison is a change now, no past event; a past event told as such stays past
CHANGE_AGAINST_PAST_TIME: list[tuple[str, str]] = [
    ("N", "my mole looks bigger than last summer and the edge is a bit uneven"),
    ("N", "the mole on my arm is a bit darker than last year, not itchy"),
    ("N", "我背上的痣比去年大了一点，边缘有点不规则"),
    ("N", "the freckle on my cheek looks a bit bigger than in a photo from last year"),
    ("!E", "my hay fever is a bit worse than last summer, the usual antihistamine helps"),
    ("!E", "I had chest pain last summer, it was muscular, I'm fine now and just want a check"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    SPEECH_JUMBLED
    + BLACK_STOOLS_SHOCK
    + NOT_SO_GOOD_ZH
    + LUMP_HOT_RED
    + SCARLET_FEVER
    + WHEEZE_ON_SPORT
    + CHANGE_AGAINST_PAST_TIME
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 73 wrong at 8540edd
SET73_ROWS = [
    "f73-en-emg-009",
    "f73-en-emg-006",
    "f73-zh-nur-003",
    "f73-en-urg-003",
    "f73-en-urg-005",
    "f73-zh-urg-008",
    "f73-en-nur-004",
    "f73-en-nur-006",
    "f73-en-slf-001",
    "f73-en-slf-004",
    "f73-zh-slf-003",
    "f73-zh-slf-006",
    "f73-zh-slf-008",
]

_NOT_REACHED = "not reached in session 49 (rules-oa's hour went to the rows above it)"

OPEN_ROWS: dict[str, str] = {
    "f73-en-urg-003": "emergency (gold urgent, NICE NG143 amber: fever 5 days): 'not really"
    " herself' is read as new confusion beside a fever (sepsis_fever_confusion); taking the"
    " hedged form out of `confusion` would be a stand-down for one sentence (no other stored text"
    " says it) and NHS.uk sepsis sends acting confused with a fever to 999, so it stays open",
    "f73-en-slf-001": "non_urgent (gold self_care, NHS.uk thrush, a known repeat): " + _NOT_REACHED,
    "f73-en-slf-004": "non_urgent (gold self_care, NHS.uk acne, mild): " + _NOT_REACHED,
    "f73-zh-slf-003": "non_urgent (gold self_care, red poo after dragon fruit): " + _NOT_REACHED,
    "f73-zh-slf-006": "non_urgent (gold self_care, NHS.uk insect bites, NEWS2 0): " + _NOT_REACHED,
    "f73-zh-slf-008": "non_urgent (gold self_care, a shaving rash): " + _NOT_REACHED,
}


@pytest.mark.parametrize("row_id", rows_with_open(SET73_ROWS, OPEN_ROWS))
def test_set73_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_73.jsonl", row_id)
