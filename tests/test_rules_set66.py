"""Set 66's rows wrong at the first run, both languages (the carry-over set, voice45).

Written by rules-ld (session 46). Set 66 (``tests/data/fresh_levels_66.jsonl``) stood at 80.0%
(64 of 80) on the rules of e6bbe6d, with one emergency at self_care and one self-care message
at emergency. Each row worked here is named by the KIND of reading that failed, with the
published source of its gold:

- f66-en-emg-007 (self_care): a calf gone rock hard and tight after an injury, the foot numb,
  pale and cold - NHS.uk compartment syndrome, BOAST Compartment syndrome;
- f66-zh-slf-002 (emergency): a small bruise on the foot said 青紫 with its size (一小块青紫),
  read as blue skin - NHS.uk bruises;
- f66-zh-urg-003 (emergency): suicidal thoughts with no plan, "tonight" said of the mother
  staying with her (今晚我妈在家陪着我), read as a time in mind - NICE NG225, NHS help for
  suicidal thoughts;
- f66-en-urg-010 (emergency): breathless walking on an antibiotic got for a chest infection days
  before, read as an allergic reaction to it - NHS.uk chest infection, RCUK 2021 anaphylaxis;
- f66-zh-urg-010 (non_urgent): a dog bite told by its two small holes (两个小洞) - NHS.uk animal
  and human bites;
- f66-zh-urg-005 (non_urgent): redness said still growing (红肿还在扩大) on antibiotics with a
  fever - NICE CKS cellulitis, NICE NG141;
- f66-en-nur-003 (emergency): a near faint on a packed hot train, grey, fine after a minute
  sitting, read as shock; and the carriage said "boiling" read as a boil with feeling hot and
  cold - NICE CG109, NHS.uk fainting, NHS.uk boils;
- f66-zh-slf-003 (urgent): shingles named as a colleague's (同事确诊带状疱疹), the writer well and
  asking about catching it - NHS.uk shingles;
- f66-zh-nur-006 (self_care): ankles swollen on a blood pressure medicine named only as 降压药 -
  NHS.uk amlodipine, NICE CKS Hypertension;
- f66-zh-slf-009 (non_urgent): a school nurse's note of a small graze (擦傷) cleaned, the
  bleeding stopped (出血已停) - NHS.uk cuts and grazes;

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of e6bbe6d): 10 of 10 rows and 22
of 51 kind sentences. After: the 10 rows at their gold and every kind sentence at its level; set
66 92.5% (74 of 80; 20 of 20 emergencies; no self-care at emergency).

Left open, not worked for want of time (session 46's deadline), each below urgent either way:
f66-en-nur-004 (self_care, gold non_urgent: hearing still down after an ear infection, NHS.uk
glue ear), f66-en-slf-005 (urgent, gold self_care: a cold sore on pharmacy cream, read as severe
by the decision's "severe symptoms"), f66-zh-nur-001 (self_care, gold non_urgent: shoulder pain
not settled two weeks after a diagnosis), f66-zh-nur-007 (self_care, gold non_urgent: a trigger
finger locking for a month), f66-zh-slf-004 and f66-zh-slf-006 (non_urgent, gold self_care: a
back strain and a stiff neck improving, read as a sudden onset).

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

# NHS.uk compartment syndrome (acute compartment syndrome is an emergency: intense pain after an
# injury, much worse than expected, a muscle that feels tight or full, tingling or numbness - A&E
# or 999) and BOAST Compartment syndrome (a tense compartment; sensory change and pallor): a limb
# said rock hard or tight as a drum with a numb, tingling, pale or cold foot or hand, or pain the
# painkillers do not touch; a calf hard in a cramp that stretching eased is NHS.uk leg cramps
TENSE_LIMB_AFTER_INJURY: list[tuple[str, str]] = [
    (
        "E",
        "kicked in the shin at football this afternoon, now the shin is rock hard and my foot has"
        " pins and needles",
    ),
    ("E", "fell off a ladder yesterday, my calf is tight as a drum and my toes have gone numb"),
    (
        "E",
        "crushed my forearm at work this morning, the forearm is rock hard and the painkillers"
        " aren't helping at all",
    ),
    (
        "E",
        "my leg got trapped under the quad bike, the calf feels hard and tight and the foot is"
        " paler than the other one",
    ),
    ("E", "昨天骑车摔了，小腿现在硬邦邦的，胀得厉害，脚背发麻"),
    ("E", "小腿被砸伤了，现在又胀又硬，脚趾发麻，止痛药一点用都没有"),
    (
        "!E",
        "my calf went rock hard with a cramp in bed last night, I stretched it and it eased, no"
        " numbness",
    ),
    ("!E", "my calves feel tight after the marathon yesterday, walking fine, no pins and needles"),
    ("!E", "半夜小腿抽筋，硬邦邦的，拉伸一下就好了"),
]

# NHS.uk bruises (a blue, purple or black patch on the skin after a knock: treated at home) and
# NICE NG143 / NHS 999 (blue lips, face or skin): a bruise said 青紫 with its size or its place
# on a limb (一小块青紫, 脚背青紫) is no blue skin; lips or a face 青紫 stay cyanosis
BRUISE_SAID_BLUE: list[tuple[str, str]] = [
    ("!E", "膝盖撞到桌角，有一小块青紫，不肿，走路正常"),
    ("!E", "胳膊被门撞了一下，青紫了一小块，按着有点痛"),
    ("!E", "打球被踩了一脚，脚背青紫，走路没问题"),
    ("E", "宝宝哭着哭着嘴唇青紫，喘不上气"),
    ("E", "爸爸突然倒地，脸色青紫，叫不醒"),
]

# NICE NG225 Self-harm (safety planning) and NHS help for suicidal thoughts (no plan or intent:
# a same-day GP, 111 or crisis line): someone with the person tonight, said beside "no plan", is
# support, not a time in mind; no one with them, or "tonight" said of the act, stays one
COMPANY_TONIGHT: list[tuple[str, str]] = [
    ("=U", "最近老想死，没有具体计划，今晚我男朋友会陪我"),
    ("=U", "这几周一直有轻生的念头，没有计划，今天晚上我姐在家陪着我"),
    (
        "=U",
        "I keep thinking about ending my life but I have no plan, my brother is staying with me"
        " tonight",
    ),
    ("E", "最近老想死，没有具体计划，今晚没人陪我"),
    ("E", "最近老想死，打算今晚吃药，我妈在家陪着我"),
]

# NHS.uk chest infection (antibiotics from a GP; over 65 and no better after 3 days of them: an
# urgent GP appointment or 111) and RCUK 2021 anaphylaxis (breathing problems within minutes of
# a trigger): an antibiotic got for a chest infection days before, breathless only walking, is
# the infection's breathlessness; breathing trouble just after a first dose stays anaphylaxis
ANTIBIOTIC_FOR_THE_CHEST: list[tuple[str, str]] = [
    (
        "!E",
        "my nan got co-amoxiclav for a chest infection on Friday, still coughing, a bit puffed"
        " walking up the stairs, otherwise herself",
    ),
    (
        "=U",
        "Dad is 80, the GP gave him amoxicillin for a chest infection on Tuesday, still 38.4 and"
        " a bit breathless walking to the kitchen",
    ),
    (
        "E",
        "took my first amoxicillin for a chest infection an hour ago and now my throat feels"
        " tight and I can't breathe",
    ),
    (
        "E",
        "started amoxicillin for a chest infection this morning, now hives all over and wheezy"
        " even sitting still",
    ),
]

# NHS.uk animal and human bites (a bite that breaks the skin: urgent GP or 111 for cleaning and
# antibiotics; one that did not break the skin is washed at home): the broken skin told by its
# small holes (两个小洞, 两个小孔); teeth marks with the skin not broken, or an insect's bites,
# are not
BITE_HOLES: list[tuple[str, str]] = [
    ("U", "帮朋友喂兔子，被它咬了一口，手指上有两个小孔"),
    ("U", "被仓鼠咬了一口，指头上两个小洞，按一下就不流了"),
    ("L", "被狗咬了一下，只有牙印，皮没破，不痛"),
    ("L", "蚊子咬了两个小包，很痒"),
]

# NICE CKS Cellulitis and erysipelas and NICE NG141 (spreading despite antibiotics: reassess the
# same day) and NHS.uk cellulitis (red skin that is spreading: urgent GP or 111): the red swelling
# said still growing (还在扩大, 扩大了); one shrinking or not growing is not
REDNESS_STILL_GROWING: list[tuple[str, str]] = [
    ("U", "脚背的红肿还在扩大，吃着抗生素"),
    ("U", "手肘上的红肿扩大了一圈，已经吃了两天药"),
    ("U", "我的手臂红肿还在蔓延，吃了三天头孢"),
    ("L", "脚背上的红肿已经在缩小了，不发烧，抗生素还在吃"),
    ("L", "脸上的痘痘红肿，没有扩大，也不痛"),
]

# NICE CG109 Transient loss of consciousness (an uncomplicated faint: a provoking factor,
# posture, feeling hot before it, prompt recovery) and NHS.uk fainting (standing a long time,
# being too hot: no doctor needed once recovered): pale or grey and lightheaded with an everyday
# trigger, fine within a minute, is no shock; still clammy and faint, or with blood lost, is
NEAR_FAINT_EVERYDAY: list[tuple[str, str]] = [
    (
        "!E",
        "went grey and dizzy standing on a packed train this morning, fine after a minute sitting"
        " down, happens now and then",
    ),
    (
        "!E",
        "nearly fainted in a hot crowded room at the wedding, went pale and lightheaded, felt"
        " fine after a minute",
    ),
    (
        "!E",
        "went pale and dizzy in the hot shower, back to normal after a minute on the floor,"
        " it's happened before",
    ),
    ("E", "went pale and dizzy on a packed train an hour ago and I'm still clammy and faint now"),
    ("E", "pale, cold and dizzy after losing a lot of blood from a cut, it won't stop bleeding"),
]

# NHS.uk boils and skin abscess (a boil with feeling hot and shivery: an urgent GP appointment or
# 111): the weather or a room said "boiling" names no boil; a boil with the shivers still does
BOILING_IS_NO_BOIL: list[tuple[str, str]] = [
    (
        "L",
        "it was boiling hot on the tube and I came over hot and cold and a bit sick, fine now"
        " I'm home",
    ),
    ("L", "the office was boiling today and I felt hot and cold all afternoon, no other symptoms"),
    ("U", "I have a boil on my neck, it's red and swollen and I feel hot and shivery"),
]

# NHS.uk shingles (you cannot catch shingles from someone who has it; chickenpox had before):
# someone else's shingles, the writer well, is no shingles of the writer's; the writer's own
# band of blisters stays a same-day GP
SOMEONE_ELSES_SHINGLES: list[tuple[str, str]] = [
    ("S", "朋友得了带状疱疹，我昨天去看了她，我自己一点症状都没有，小时候出过水痘，会不会被传染？"),
    ("U", "同事说我这个可能是带状疱疹，腰上一串水泡，很痛"),
    ("U", "I think I've got shingles, a painful band of rash on my left side since yesterday"),
]

# NHS.uk amlodipine and nifedipine (swollen ankles are a common side effect: talk to the doctor)
# and NICE CKS Hypertension (a calcium-channel blocker's ankle oedema: the GP reviews the drug):
# the medicine said only as a blood pressure tablet (降压药, 血压药); a question about the tablets
# with no symptom stays what it was
BP_TABLET_ANKLES: list[tuple[str, str]] = [
    ("N", "换了新的血压药以后，两边脚踝都有点肿，不喘"),
    (
        "N",
        "started new blood pressure tablets last week and my ankles are a bit swollen by the"
        " evening, breathing fine",
    ),
    ("L", "换了新的血压药以后，两边脚踝都有点肿，不喘"),
    ("L", "吃降压药好几年了，一直没什么不舒服，想问能不能喝点酒"),
]

# NHS.uk cuts and grazes (a graze cleaned and covered is treated at home; a deep one with dirt
# that will not wash out, or a part that cannot move, is not): the graze said 擦伤 and its
# bleeding stopped said 出血已停
GRAZE_CLEANED: list[tuple[str, str]] = [
    ("S", "跑步摔了一跤，膝盖擦伤，用生理盐水洗干净了，活动正常"),
    ("S", "小朋友在操场跌倒，手掌擦伤一小块，已经冲洗干净，出血已停"),
    ("U", "膝盖擦伤，伤口很深，里面有小石子洗不出来"),
    ("U", "摔倒后手肘擦伤，现在整个手肘肿起来，动不了"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    TENSE_LIMB_AFTER_INJURY
    + BRUISE_SAID_BLUE
    + COMPANY_TONIGHT
    + ANTIBIOTIC_FOR_THE_CHEST
    + BITE_HOLES
    + REDNESS_STILL_GROWING
    + NEAR_FAINT_EVERYDAY
    + BOILING_IS_NO_BOIL
    + SOMEONE_ELSES_SHINGLES
    + BP_TABLET_ANKLES
    + GRAZE_CLEANED
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 66 wrong at the first run on e6bbe6d's rules
SET66_ROWS = [
    "f66-en-emg-007",
    "f66-zh-slf-002",
    "f66-zh-urg-003",
    "f66-en-urg-010",
    "f66-zh-urg-010",
    "f66-zh-urg-005",
    "f66-en-nur-003",
    "f66-zh-slf-003",
    "f66-zh-nur-006",
    "f66-zh-slf-009",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET66_ROWS, OPEN_ROWS))
def test_set66_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_66.jsonl", row_id)
