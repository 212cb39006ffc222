"""Reading gaps noticed in earlier sessions and left alone, closed by kind (rules-hg, session 42).

Each sentence is our own, in English or simplified / Cantonese Chinese, read as a first message
with the rules alone; each group names the guidance its level comes from:

1. **A whole pack said to be still there** (TOXBASE: the amount taken decides; a pack untouched
   is no overdose): 一整盒都还在, "the whole packet is still there" is no overdose; a whole pack
   taken stays an emergency.
2. **Vape liquid named, not swallowed** (TOXBASE nicotine: e-liquid drunk, licked or chewed):
   buying, using up or asking about 烟油 / "vape liquid" is no poisoning; a child who drank it
   stays at least urgent.
3. **Drinking stopped months ago** (NICE CG100: withdrawal typically begins 6-72 hours after
   the last drink): shaky hands months after stopping are no acute withdrawal; stopped
   yesterday and shaking stays at least urgent, seeing things an emergency.
4. **A bump that goes hard, a hard tummy with constipation** (NHS.uk Braxton Hicks: irregular,
   painless tightenings are normal; NHS.uk constipation): no rigid abdomen; a board-like
   tummy with severe pain stays an emergency.
5. **Weeks of a pregnancy and days since a birth are no duration** (NHS.uk heartburn and
   constipation in pregnancy and after the birth: a pharmacist): "30 weeks," 三十五周，产后十天
   are how far along / how long since the birth, not how long the symptom has lasted.
6. **A baby under 3 months at 37.x** (NICE NG143: fever is 38 °C or more): no red fever;
   38 °C or more stays an emergency (the disposition floor for a baby under 3 months stays).
7. **痛得要死 with no place and no minor illness** (Manchester Triage System: severe pain is
   very urgent; NHS 111): at least urgent, as "the pain is killing me" already is; a cold's
   sore throat said so stays below urgent (the hyperbole rule).
8. **A heavy period with clots, otherwise well** (NHS.uk heavy periods: see a GP; clots bigger
   than about 2.5cm): not self-care; soaking a pad an hour and faint stays an emergency.
9. **"i'll kms 😂"** (NICE NG225: ask directly, do not assume): a statement of killing oneself
   with a laughing emoji and no everyday trigger is read as "gonna kms 😂" already is (an
   emergency); a laughing jest about homework is the same-day jest rule; "5 kms" is a distance.
10. **An arm that went limp** (NHS.uk stroke FAST: arm weakness): a limb weakness (the stroke
    arm rule), not a floppy or unconscious person.
11. **An arm numb from sleeping on it** (NHS.uk pins and needles: pressure on a nerve, goes
    away): below urgent; with a face drooping it stays an emergency.
12. **Found on the floor since yesterday** (JRCALC long lie; NHS.uk falls: call 999 when the
    person has been on the floor a long time): an emergency by the long-lie rules, not by a
    loss of consciousness.

Wrong before the change (d9366d1): 32 of the 83 sentences first written (item 1: 4 of 9, item
2: 4 of 7, item 3: 1 of 7, item 4: 4 of 8, item 5: 4 of 8, item 6: 1 of 6, item 7: 2 of 6, item
8: 3 of 6, item 9: 3 of 7, item 11: 1 of 6, item 12: 1 of 5; the rules that read items 10 and 12:
4 of 8). Rows marked "written while fixing" came after and are not counted; one jest row ("i'll
kms 😂 if i have to redo this essay", wrong before) became "i'll kms lol this essay is so long":
😂 cannot be a phrase of ``said_jokingly`` and "if" made the essay hypothetical. Levels kept by
guidance and pinned: a whole pack taken (E), a child who drank e-liquid (U), withdrawal within
days (U, E with hallucinations), a board-like tummy with pain (E), 38 °C under 3 months (E), a
cold's pain said 痛得要死 (below urgent), "gonna kms 😂" (E), stroke numbness (E), "found on the
floor since yesterday" in English (E by the long-lie rules already). After: none open.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

PACK_STILL_THERE = [
    ("!E", "吃了感冒药，一整盒都还在"),
    ("!E", "took one paracetamol, the whole packet is still there"),
    ("!E", "the whole box of pills is untouched, he didn't take any"),
    ("!E", "吃了两片止痛药，整盒都还在，没多吃"),
    ("!E", "他说吃了药，但是我看整瓶都没动过"),
    ("L", "I only took two of my sleeping tablets, the rest of the box is still there"),
    # a whole pack taken
    ("E", "吃了一整盒感冒药"),
    ("E", "took the whole box of paracetamol an hour ago"),
    ("E", "整瓶安眠药都吃完了"),
]

VAPE_LIQUID_NAMED = [
    ("!E", "I'm trying to quit vaping, does vape liquid have a lot of nicotine?"),
    ("!E", "bought some vape liquid online, is it bad for my throat"),
    ("!E", "烟油用完了，想问戒烟有什么办法"),
    ("!E", "我在网上买了烟油，抽了以后喉咙有点干"),
    # written while fixing: 抽 (smoked) after the vape liquid is no fit
    ("E", "买了新的烟油，刚才突然全身抽搐"),
    # swallowed, drunk or licked
    ("U", "my toddler drank some vape liquid"),
    ("U", "孩子喝了一口烟油"),
    ("U", "宝宝舔了烟油"),
]

DRINKING_STOPPED_LONG_AGO = [
    ("L", "I stopped drinking 3 months ago and my hands are still a bit shaky"),
    ("L", "quit alcohol last year, and I've been shaky this week"),
    ("L", "戒酒半年了，最近手有点抖"),
    ("L", "戒酒三个月了，手还是有点抖"),
    # stopped within hours or days
    ("U", "stopped drinking yesterday after years of drinking every day, now shaking and sweating"),
    ("U", "昨天开始戒酒，我每天都喝一瓶白酒，今天手抖出汗"),
    ("E", "quit booze this morning, heavy drinker, now seeing things and shaking badly"),
]

HARD_BUMP_OR_CONSTIPATION = [
    ("!E", "36 weeks, bump goes hard every now and then, irregular, doesn't hurt"),
    (
        "!E",
        "I'm 34 weeks pregnant and my belly tightens and goes hard sometimes, no pain, no pattern",
    ),
    ("!E", "怀孕32周，肚子有时候发硬，不痛，不规律"),
    ("!E", "肚子还是硬的，便秘三天了"),
    ("!E", "便秘好几天，肚子胀胀硬硬的，不怎么痛"),
    # a rigid tummy with severe pain
    ("E", "my tummy is rigid like a board and the pain is agony"),
    ("E", "肚子硬得像木板，一碰就剧痛"),
    ("E", "34 weeks, bump hard all the time with constant severe pain and bleeding"),
]

GESTATION_NOT_DURATION = [
    ("S", "30 weeks, mild heartburn after meals"),
    ("S", "三十五周，有点胃灼热，吃完饭更明显"),
    ("S", "产后十天，有点便秘，不严重"),
    ("S", "生完宝宝十天，有点便秘，不严重"),
    ("S", "30 weeks pregnant, mild heartburn after meals"),
    ("S", "怀孕三十五周，有点胃灼热，吃完饭更明显"),
    # a symptom's own weeks stay a duration
    ("N", "3 weeks of heartburn, mild"),
    ("N", "三周了，一直咳嗽，不发烧"),
    # written while fixing
    ("S", "2 weeks after giving birth, mild constipation"),
    ("N", "3 weeks, mild heartburn"),
]

YOUNG_BABY_37 = [
    ("!E", "my 8 week old has a temperature of 37.5"),
    ("!E", "my 2 month old is 37.6, feeding fine"),
    ("!E", "宝宝两个月，体温37.6"),
    ("!E", "宝宝两个月大，今天量了37.6度，吃奶正常"),
    # 38 or more
    ("E", "宝宝两个月，发烧38.2度"),
    ("E", "my 6 week old has a temperature of 38.1"),
]

SEVERE_PAIN_NO_PLACE = [
    ("U", "痛得要死"),
    ("U", "疼得要死"),
    ("U", "好痛，痛得要死"),
    ("U", "the pain is killing me"),
    # a minor illness named: the hyperbole rule
    ("L", "喉咙痛得要死，感冒了"),
    ("L", "感冒了，头痛得要死"),
]

HEAVY_PERIOD_CLOTS = [
    ("N", "period with lots of blood and clots, otherwise fine"),
    ("N", "heavy period with big clots this month, feel ok otherwise"),
    ("N", "月经量很大，有很多血块，其他都还好"),
    ("N", "这次来月经量特别多，有大血块，别的没什么"),
    ("E", "soaking a pad every hour with my period and I feel dizzy and faint"),
    ("E", "月经量很大，一小时湿透一片卫生巾，头晕想晕倒"),
]

KMS_WITH_EMOJI = [
    ("E", "i'll kms 😂"),
    ("E", "ill kms lol"),
    ("E", "gonna kms 😂"),
    ("E", "我想死😂"),
    # a laughing jest about homework: asked about the same day
    ("=U", "i'll kms lol this essay is so long"),
    ("=U", "作业太多了，想死哈哈"),
    # kilometres
    ("L", "walked 5 kms today and my knees are sore"),
]

NUMB_FROM_SLEEPING_ON_IT = [
    ("L", "woke up and my arm was numb from sleeping on it, it's coming back now"),
    ("L", "my arm went numb because I slept on it, pins and needles now"),
    ("L", "我压着手睡觉，醒来手麻了，现在慢慢好了"),
    ("L", "睡觉压到手臂，醒来整只手都麻了"),
    ("E", "woke up with my arm numb and my face drooping on one side"),
    ("E", "突然半边身子发麻，说话不清楚"),
]

LONG_LIE = [
    ("E", "found my mum on the floor, she's been there since yesterday"),
    ("E", "found on the floor since yesterday"),
    ("E", "发现我妈倒在地上，从昨天就躺在那里了"),
    ("E", "我爸从昨晚一直躺在地上，起不来，人是清醒的"),
    ("E", "found my dad on the floor, not breathing properly and won't wake up"),
]

# rule ids that must (first) and must not (second) fire: a limp arm is a limb weakness, a long
# lie is no loss of consciousness
LIMB_NOT_FLOPPY = [
    ("his arm suddenly went limp", "stroke_arm_weakness", "floppy_or_unresponsive"),
    ("her arm just went limp all of a sudden", "stroke_arm_weakness", "floppy_or_unresponsive"),
    (
        "my dad's left arm suddenly went limp and he can't lift it",
        "stroke_arm_weakness",
        "loss_of_consciousness",
    ),
    ("我爸的左手突然软了，抬不起来", "stroke_arm_weakness", "floppy_or_unresponsive"),
    ("the baby suddenly went limp and floppy", "floppy_or_unresponsive", "stroke_arm_weakness"),
    ("他突然全身瘫软，叫不醒", "loss_of_consciousness", "stroke_arm_weakness"),
    ("found on the floor since yesterday", "found_on_floor_overnight", "loss_of_consciousness"),
    # 倒在地上 (collapsed on the floor) may be read as a collapse too: only the long lie is asked
    ("发现我妈倒在地上，从昨天就躺在那里了", "found_on_floor_overnight", None),
]

# Part B (session 42): the alcohol-withdrawal rules of poisoning.yaml and substances.yaml merged
# into one set in substances.yaml; the examples of the rules merged away (test_red_flags.py,
# rules-gf, session 41) are read by the rule they joined, at the same level
WITHDRAWAL_MERGED = [
    (
        "trying to stop drinking, day 3, seeing bugs that aren't there",
        "alcohol_withdrawal_delirium",
        None,
    ),
    ("戒酒第三天，看到墙上有虫子在爬", "alcohol_withdrawal_delirium", None),
    (
        "I stopped drinking 2 days ago, hands shaking badly and sweating",
        "alcohol_withdrawal_symptoms",
        None,
    ),
    ("戒酒第二天，手一直抖，出很多汗", "alcohol_withdrawal_symptoms", None),
    (
        "my partner drinks a bottle of vodka a day, stopped yesterday, now has the shakes and is "
        "sweating buckets",
        "alcohol_withdrawal_symptoms_daily",
        None,
    ),
    ("我先生酗酒，突然停了，现在一直发抖，冒冷汗", "alcohol_withdrawal_symptoms_daily", None),
]

# Part B: the eight missed_dialysis_* rules (sessions 39-40) are three; the examples of the five
# merged away (test_red_flags.py) are read by the rule they joined, at the same level
DIALYSIS_MERGED = [
    (
        "I'm on haemodialysis and missed a session, now I'm short of breath",
        "missed_dialysis_breathless",
        None,
    ),
    ("我在洗肾，这次没去，现在喘不过气", "missed_dialysis_breathless", None),
    (
        "he's on dialysis and missed both sessions this week, his pulse is slow now",
        "missed_dialysis_heart_signs",
        None,
    ),
    ("我爸在做血透，这周两次都没去，刚量心跳一分钟42", "missed_dialysis_heart_signs", None),
    (
        "grandad is on dialysis, missed two sessions, and now can't lie flat",
        "missed_dialysis_breathless",
        None,
    ),
    ("阿爷洗肾，呢个礼拜两次都冇去，而家气喘到瞓唔低", "missed_dialysis_breathless", None),
    (
        "mum is on dialysis and missed both sessions this week, she feels weak",
        "missed_dialysis_weak",
        None,
    ),
    ("妈妈做透析，这周有一次没去，今天浑身没力", "missed_dialysis_weak", None),
    (
        "mum's on dialysis, she missed her last session and feels very weak",
        "missed_dialysis_weak",
        None,
    ),
    ("我血透的，漏咗一次，成身冇力", "missed_dialysis_weak", None),
]

OPEN_ROWS: dict[str, str] = {}

GROUPS = {
    "pack_still_there": PACK_STILL_THERE,
    "vape_liquid_named": VAPE_LIQUID_NAMED,
    "drinking_stopped_long_ago": DRINKING_STOPPED_LONG_AGO,
    "hard_bump_or_constipation": HARD_BUMP_OR_CONSTIPATION,
    "gestation_not_duration": GESTATION_NOT_DURATION,
    "young_baby_37": YOUNG_BABY_37,
    "severe_pain_no_place": SEVERE_PAIN_NO_PLACE,
    "heavy_period_clots": HEAVY_PERIOD_CLOTS,
    "kms_with_emoji": KMS_WITH_EMOJI,
    "numb_from_sleeping_on_it": NUMB_FROM_SLEEPING_ON_IT,
    "long_lie": LONG_LIE,
}

ROWS = [row for rows in GROUPS.values() for row in rows]


@pytest.mark.parametrize(("code", "text"), with_open(ROWS, OPEN_ROWS))
def test_noticed_gap_levels(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        pytest.param(
            text,
            wanted,
            unwanted,
            id=text[:60],
            marks=pytest.mark.xfail(strict=True, reason=OPEN_ROWS[text])
            if text in OPEN_ROWS
            else (),
        )
        for text, wanted, unwanted in LIMB_NOT_FLOPPY + WITHDRAWAL_MERGED + DIALYSIS_MERGED
    ],
)
def test_the_rule_that_reads_it(
    rules: RuleSet, text: str, wanted: str, unwanted: str | None
) -> None:
    _, hits = rules_only_level(text, rules)
    fired = [hit.rule_id for hit in hits]
    assert wanted in fired and (unwanted is None or unwanted not in fired), fired
