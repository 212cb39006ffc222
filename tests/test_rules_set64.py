"""Set 64's rows wrong at their first run (voice44: after treatment, cosmetic and body, kitchen and
cooking), English and Chinese.

Written by rules-kd (session 45), on opening ``tests/data/fresh_levels_64.jsonl`` (80 messages,
session 44's carry-over, 83.8% at its first run: 67 of 80, 19 of 20 emergencies). Each wrong row
is named by the KIND of reading that failed, with the published source of its gold:

- f64-en-emg-007 (non_urgent): a kitchen scald to the face said by what hit it (hot oil, hot fat,
  a chip pan, boiling water, steam) with a hoarse voice - NHS.uk burns and scalds, British Burn
  Association referral (burns with airway involvement), Manchester Triage System burns;
- f64-en-urg-002 (emergency): a cut fingertip numb "on one side" read as a stroke's one-sided
  numbness - NHS.uk cuts and grazes (numbness around a cut: urgent treatment centre), NHS FAST;
- f64-zh-urg-004 (self_care): a cut that gapes said 张得挺开 and a finger that bends without
  strength (弯起来使不上劲) - NHS.uk cuts and grazes;
- f64-zh-urg-009 (non_urgent): a sudden loss of hearing in one ear said with a softener
  (听不太到, 听不太清) - NHS.uk hearing loss, NICE CKS hearing loss in adults;
- f64-zh-urg-008 (non_urgent): hardly a wee all day (成日冇点去厕所小便) with diarrhoea - NHS.uk
  diarrhoea and vomiting, NHS.uk dehydration;
- f64-zh-nur-007 (self_care): a span told as a time ago it began (三个礼拜前开始) - NHS.uk
  diarrhoea (a GP after 7 days), NHS.uk metformin;
- f64-zh-slf-003 (urgent): a sunbed's burn (美黑店, 晒床) read as a hot joint - NHS.uk sunburn;
- f64-en-nur-004 (urgent): a burn of 10 days ago, blistered then scabbed, read as a fresh
  blistered burn - NICE CKS burns and scalds;
- f64-zh-nur-004 (urgent): a mild reaction each time a fruit is handled that settles by itself
  read as a reaction now - NICE CG116 food allergy;
- f64-en-slf-009 (urgent): an English "no ... or" before a Chinese word (No redness or 化脓) not
  reaching it - NHS.uk cuts and grazes;
- f64-en-nur-005, f64-en-slf-006, f64-zh-slf-006: left open (see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both directions, from the source
named above its list. Wrong before any rule change (the rules of 0557fed): 13 of 13 rows and
20 of 38 kind sentences. After: 10 rows at their gold and every kind sentence at its level; set 64
96.2% (77 of 80; 20 of 20 emergencies; no self-care at emergency).

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

# NHS.uk burns and scalds (burns to the face, and a hoarse voice or breathing trouble after a burn:
# A&E / 999) and the British Burn Association referral (burns with airway involvement: hoarse
# voice, stridor, singed hair): a kitchen scald said by what reached the face (hot oil or fat, a
# chip pan, boiling water, steam); a small splash with the voice and breathing normal, or a voice
# hoarse from a cold beside water splashed on the face, is not
FACE_SCALD_AIRWAY_EN: list[tuple[str, str]] = [
    ("E", "hot oil from the wok spat up into my face and now my voice is going hoarse"),
    ("E", "boiling water splashed in my face when the kettle tipped, voice is croaky and wheezy"),
    ("E", "the chip pan flared and the hot fat hit his face, his voice has gone hoarse"),
    ("E", "steam from the pressure cooker scalded my face and my voice is hoarse now"),
    ("!E", "hot oil spat on my face while frying, a small red spot on my cheek, breathing fine"),
    ("!E", "voice hoarse from a cold all week, splashed some cold water on my face this morning"),
]

# NHS.uk cuts and grazes (numbness around the cut or a finger that cannot move: an urgent
# treatment centre or A&E) is a cut's nerve, not NHS FAST's one-sided numbness: a fingertip numb
# "on one side" beside its cut; numbness down one side of the body stays a stroke's
CUT_FINGER_NUMB_ONE_SIDE: list[tuple[str, str]] = [
    ("=U", "cut my finger on a broken glass, the tip of my finger is numb on one side now"),
    ("=U", "sliced my thumb with the bread knife an hour ago, my thumb feels numb on one side"),
    ("E", "suddenly my left arm went numb on one side and my face feels funny"),
    (
        "E",
        "cut my finger earlier, now suddenly numb down one side of my body and can't lift my arm",
    ),
]

# NHS.uk cuts and grazes (a cut that is gaping open may need closing; numbness or a finger that
# cannot move near it: an urgent treatment centre or A&E): the gape said 张得挺开 / 张得好开, a
# finger bending without strength (弯起来使不上劲); a small cut closed and healing is not
CUT_GAPES_WEAK_BEND_ZH: list[tuple[str, str]] = [
    ("U", "切菜切到手指，口子张得很开，血止住了"),
    ("U", "削皮的时候割到大拇指，手指弯起来使不上劲，按了一会止血了"),
    ("U", "𠝹亲手指，个口张得好开，唔系好痛"),
    ("L", "切菜切到手指一个小口子，已经不流血了，口子合起来了，不红不肿"),
]

# NHS.uk hearing loss (sudden hearing loss in one or both ears: an urgent GP appointment or NHS
# 111 the same day): the hearing said gone with a softener (听不太到, 听不太清, 听不大清楚) after a
# sudden onset or on waking; an ear blocked with a cold or after a flight is a pharmacist's
HEARING_SOFTENED_ZH: list[tuple[str, str]] = [
    ("U", "昨晚睡觉前还好好的，今早醒来左耳听不太清楚了，一直嗡嗡响"),
    ("U", "刚才突然觉得右边耳朵听不大到声音，像隔了一层"),
    ("U", "今朝起身突然發覺左耳聽唔太到嘢"),
    ("L", "感冒鼻塞三天了，耳朵有点听不太清，像塞住一样"),
    ("L", "坐完飞机耳朵有点听不太到，打哈欠就好了"),
]

# NHS.uk diarrhoea and vomiting and NHS.uk dehydration (peeing less than usual, with diarrhoea: an
# urgent GP appointment or NHS 111): hardly a wee all day said 冇点去厕所小便 / 没怎么小便; wees
# said normal are not
WEES_HARDLY_ZH: list[tuple[str, str]] = [
    ("U", "我爸拉肚子一天了，喝水很少，一整天都没怎么小便"),
    ("U", "阿爷屙咗成日，饮水少，冇点去厕所小便"),
    ("L", "我屙肚两日，饮水正常，小便正常，冇点唔舒服"),
]

# NHS.uk diarrhoea (see a GP if it lasts more than 7 days) and NHS.uk metformin (side effects that
# bother you or do not go away: the doctor): the span told as a time ago it began (三个礼拜前开始,
# as English "three weeks ago I started"); two days ago with a cold stays a cold, years ago no span
SPAN_FROM_AGO_ZH: list[tuple[str, str]] = [
    ("N", "我三个星期前开始拉肚子，每日两三次，没有血，吃喝正常"),
    ("N", "两个礼拜前开始食新药，之后一直肚屙，每日两次"),
    ("S", "两天前开始流鼻涕，有点咳，吃喝正常，精神好"),
]

# NHS.uk sunburn (sunbeds burn too; red, hot, sore skin without blisters or a temperature is
# treated at home; blisters or swelling, a high temperature or feeling unwell: 111): a sunbed's
# burn on the shoulders is no hot joint nor cellulitis
SUNBED_BURN: list[tuple[str, str]] = [
    (
        "S",
        "went on a sunbed yesterday for too long, my shoulders are red and hot to touch and "
        "a bit sore, no blisters, feel fine",
    ),
    ("S", "昨天去美黑店躺晒床太久，今天肩膀又红又热，有点痛，没起泡，精神很好"),
    ("N", "my knee is red and hot to touch and swollen, I haven't been in the sun, 38.5 temp"),
]

# NHS.uk burns and scalds (blistered burns on the hands: an urgent treatment centre) is a fresh
# burn; NICE CKS burns and scalds: one of days ago now scabbed and healing is not, and slow healing
# in diabetes is a practice nurse's or GP's within days
BURN_SCABBED: list[tuple[str, str]] = [
    ("L", "burnt my arm on the oven a week ago, it blistered, now it's scabbed over, not red"),
    ("N", "I have diabetes, scalded my hand 9 days ago, blistered then scabbed, slow to heal"),
    ("U", "just burnt my hand on the kettle, it's blistered, about the size of a 50p"),
]

# NICE CG116 food allergy (mild symptoms each time a food is eaten or handled that settle on
# their own: a GP to assess, not the same day); RCUK 2021 (one system after an exposure now:
# assessment today); a reaction now with faintness stays an emergency
ALLERGY_PATTERN_SETTLES: list[tuple[str, str]] = [
    (
        "L",
        "every time I peel kiwi my lips itch and I get a little rash round my mouth, it goes "
        "away by itself within an hour",
    ),
    ("L", "每次吃完虾，身上就起红疹，很痒，过几个小时自己就消了"),
    ("U", "刚吃了芒果，嘴巴周围起了红疹，很痒"),
    ("E", "just ate prawns and now I have an itchy rash all over and feel faint"),
]

# NHS.uk cuts and grazes (a small cut without signs of infection is cleaned and covered at home):
# an English sentence's "no" or "or" before a Chinese word reaches it (No redness or 化脓); the
# Chinese word said without a negation still counts
ENGLISH_NEGATION_BEFORE_CHINESE: list[tuple[str, str]] = [
    ("L", "tiny cut on my thumb from yesterday, No redness or 化脓, healing fine"),
    ("L", "small cut on my finger, no 化脓, edges together"),
    ("U", "the cut on my finger is red, swollen and 化脓 now"),
]

KINDS: list[tuple[str, str]] = (
    FACE_SCALD_AIRWAY_EN
    + CUT_FINGER_NUMB_ONE_SIDE
    + CUT_GAPES_WEAK_BEND_ZH
    + HEARING_SOFTENED_ZH
    + WEES_HARDLY_ZH
    + SPAN_FROM_AGO_ZH
    + SUNBED_BURN
    + BURN_SCABBED
    + ALLERGY_PATTERN_SETTLES
    + ENGLISH_NEGATION_BEFORE_CHINESE
)

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 64 wrong at the first run, the emergency first
SET64_ROWS = [
    "f64-en-emg-007",
    "f64-en-urg-002",
    "f64-zh-urg-004",
    "f64-zh-urg-009",
    "f64-zh-urg-008",
    "f64-en-nur-004",
    "f64-en-nur-005",
    "f64-zh-nur-004",
    "f64-zh-nur-007",
    "f64-en-slf-006",
    "f64-en-slf-009",
    "f64-zh-slf-003",
    "f64-zh-slf-006",
]

OPEN_ROWS: dict[str, str] = {
    "f64-en-nur-005": "gold non_urgent (NICE CG150: a tension-type headache with possible"
    " medication overuse, a routine GP); the band said in its own clause after the headache"
    ' ("Headaches on and off ..., like a tight band, worse ...") is read as chest pain'
    " (chest_pain_unexplained): the tension headache's exclude reaches only a band said in the"
    " headache's own clause, the place of a band across a comma is not read yet; left open by"
    " rules-kd",
    "f64-en-slf-006": "gold self_care (NHS.uk tooth extraction aftercare); two readings are"
    " missing: a span of putting something off (after putting it off for about three years)"
    " is read as the symptom's duration, and a superlative about a thing that is no symptom"
    " (the worst music) as a severity; left open by rules-kd",
    "f64-zh-slf-006": "gold self_care (NHS.uk gallbladder removal recovery); the community"
    " nurse's note heading (随访记录, a follow-up record: the visit itself) and the patient's"
    " question whether a review is needed (询问是否需要回医院复查) are read as a review to arrange"
    " (the `review` phrases); a heading or a question is not told apart from a request yet;"
    " left open by rules-kd",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET64_ROWS, OPEN_ROWS),
)
def test_set64_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_64.jsonl", row_id)
