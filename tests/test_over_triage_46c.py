"""Over-triage by kind, session 46 (rules-lk): two kinds of first message read as emergencies.

Each sentence is our own, in English or simplified / traditional / Cantonese Chinese, read as a
first message with the rules alone:

1. **A watch or ring's low oxygen during last night's sleep, seen next morning, the writer well
   now** (NHS.uk pulse oximetry: the reading now, with symptoms, is what counts; NICE NG202
   obstructive sleep apnoea: overnight dips, snoring or daytime sleepiness, a GP): below an
   emergency. A low reading now (awake, today, just measured) or one with breathlessness,
   blue lips or confusion stays an emergency.
2. **An old stroke's lasting deficit, unchanged** (NICE NG236 stroke rehabilitation: a GP or
   the rehab team; NHS.uk stroke: 999 for new signs): below an emergency. A new or worse
   weakness, or signs new today, stays an emergency.

Wrong before the change (091fe43): 18 of 46 sentences (item 1: 16 of 24, every one of the 15
well-now sleep dips read as an emergency by ``vital_spo2_low`` / ``hypoxia_said``, and one real
emergency missed; item 2: 2 of 22, the 13 unchanged old-stroke deficits already read below an
emergency (rules-ea, rules-gg, rules-ih), two new deficits beside an old stroke missed: "gone
much weaker" and "it's suddenly slurred"). Four added while fixing (a danger sign beside "fine",
a denied one) read right after. After: one open row (an oximeter reading across a
comma, "my oxygen, it's 87%", was not read: an under-triage left for the readers' owner),
closed in session 47 (rules-ma, tests/test_noticed_gaps_47b.py).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

SLEEP_OXYGEN_DIP = [
    # NHS.uk pulse oximetry; NICE NG202: last night's dips asleep, well now: a GP, not 999
    (
        "!E",
        "my watch says my oxygen dipped to 86% a few times last night while I slept, I feel fine",
    ),
    ("!E", "手表显示我昨晚睡觉时血氧掉到85%，今天没什么不舒服"),
    ("!E", "my oura ring showed my blood oxygen went down to 84% during sleep, I'm fine today"),
    ("!E", "apple watch said my SpO2 was 87% at night while sleeping, no breathing problems now"),
    (
        "!E",
        "my fitbit recorded oxygen dips to 88% overnight in my sleep, I feel normal this morning",
    ),
    ("!E", "woke up and saw my watch logged blood oxygen of 85% while I was asleep, I feel ok"),
    (
        "!E",
        "I snore loudly and my watch says my oxygen drops to 83% at night, I'm tired in the "
        "daytime",
    ),
    ("!E", "my smartwatch showed sats 86% during my sleep last night, no symptoms at all"),
    ("!E", "手环说我夜里睡觉血氧最低84%，现在感觉正常"),
    ("!E", "我的手表显示昨晚睡着的时候血氧只有86%，白天很困，打呼噜很响"),
    ("!E", "智能手表记录我睡眠期间血氧降到87%，今天一切正常"),
    ("!E", "我隻手錶話我琴晚瞓覺嗰陣血氧跌到85%，今日冇咩唔舒服"),
    ("!E", "手錶顯示我昨晚睡覺時血氧降到86%，今天沒有不舒服"),
    ("!E", "戒指显示我昨天晚上睡觉血氧低到83%，我现在没事"),
    (
        "!E",
        "my partner's watch said his oxygen went to 85% while he was sleeping, he feels fine today",
    ),
    # a low reading now, or with danger signs: stays an emergency
    ("E", "my oxygen is 86% right now on my watch and I'm breathless"),
    (
        "E",
        "my watch showed 85% oxygen last night while I slept and now I'm short of breath and my "
        "lips are blue",
    ),
    ("E", "just measured my oxygen, it's 87% this morning and I feel dizzy"),
    ("E", "oxygen 84% now, I'm awake and struggling to breathe"),
    ("E", "手表显示我现在血氧86%，喘不上气"),
    ("E", "昨晚睡觉血氧掉到85%，现在醒了还是86%，呼吸困难"),
    ("E", "我而家血氧得85%，好辛苦，唇都紫咗"),
    ("E", "my dad's oxygen was 85% overnight and this morning he's confused and breathless"),
    ("E", "today my oxygen is 88% on the finger monitor and I can't catch my breath"),
    # added while fixing: a danger sign beside "fine" keeps it; a denied one does not
    ("E", "手表显示我昨晚睡觉时血氧掉到85%，今天没事但有点喘"),
    ("E", "watch says oxygen 86% in my sleep, I feel fine but my lips look blue"),
    ("!E", "手表显示我昨晚睡觉时血氧掉到85%，今天没事，没有气促"),
    ("!E", "watch says oxygen 86% in my sleep, no breathlessness or blue lips, I feel fine"),
]

OLD_STROKE_UNCHANGED = [
    # NICE NG236: a lasting deficit after an old stroke, unchanged: a GP or rehab, not 999
    (
        "!E",
        "since my stroke 3 years ago my left arm has been weak, it's the same as always, I need "
        "a physio referral",
    ),
    ("!E", "我三年前中风后左手一直没力，现在想做康复"),
    (
        "!E",
        "I had a stroke two years ago and my right arm is still weak, no change, can I get more "
        "physio",
    ),
    (
        "!E",
        "my mum's speech has been slurred since her stroke last year, nothing new, we want "
        "speech therapy",
    ),
    (
        "!E",
        "after my stroke 18 months ago my left hand is weak, same as always, looking for "
        "rehabilitation",
    ),
    (
        "!E",
        "my arm has been weak since the stroke five years ago, it hasn't changed, need help with "
        "exercises",
    ),
    (
        "!E",
        "old stroke in 2020 left me with a weak left side, no different from usual, asking about "
        "a rehab programme",
    ),
    ("!E", "他两年前脑梗后右手一直没力，没有变化，想找康复科"),
    ("!E", "我阿爸三年前中風之後左手一直冇力，冇變化，想搵物理治療"),
    ("!E", "中风后说话一直不太清楚，已经好几年了，想做言语康复"),
    ("!E", "我中過風，左邊手一直無力，同以前一樣，想轉介做復康"),
    ("!E", "去年中风以后左腿一直没力，跟以前一样，想问问康复训练"),
    (
        "!E",
        "my husband had a stroke 4 years ago and his left arm and leg have been weak ever since, "
        "we need a new walking aid",
    ),
    # new or worse since an old stroke, or signs new today: stays an emergency
    ("E", "I had a stroke 3 years ago but today my arm has suddenly gone much weaker"),
    (
        "E",
        "since my stroke two years ago my speech was fine but this morning it's suddenly slurred",
    ),
    (
        "E",
        "my dad had a stroke years ago and now his face is drooping and his other arm is weak, "
        "started an hour ago",
    ),
    ("E", "我三年前中风过，今天突然右手没力了"),
    ("E", "我阿媽幾年前中過風，今朝突然講嘢含糊，塊面歪咗"),
    ("E", "以前中风左手没力，今天早上突然更没力了，说话也不清楚"),
    ("E", "old stroke years ago but new weakness in my right arm since this morning"),
    ("E", "my left arm suddenly went weak an hour ago"),
    ("E", "突然一边手脚没力，说话不清楚"),
]

# session 47 (rules-ma): the saturation told across a comma is read (clinical.vitals ``_SPO2``)
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(SLEEP_OXYGEN_DIP, OPEN_ROWS))
def test_sleep_oxygen_dip(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OLD_STROKE_UNCHANGED, OPEN_ROWS))
def test_old_stroke_unchanged(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
