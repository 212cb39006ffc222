"""Set 69's Chinese rows (voice47: frustrated tone, home remedies, numbers and timelines).

Written by rules-mc (session 47). Each Chinese row of ``tests/data/fresh_levels_69.jsonl`` wrong
at its first run (87.5% of the 80 Chinese rows right, 70 of 80, on 3dca7ea) is named by the KIND
of reading that failed, with the published source of its gold:

- f69-zh-emg-011 (urgent): an asthma attack with the reliever failing told with the breathing
  in English inside Chinese (breathing很困难) and the speech said "one character at a time"
  (说话只能一个字一个字说) - BTS/SIGN 158 acute severe asthma (cannot complete sentences in one
  breath), NHS.uk asthma attack (999: too breathless to speak, the reliever not helping);
- f69-zh-urg-011 (emergency): a little spotting with a cramping pain in early pregnancy (a
  period two weeks late, a positive test), no faintness - NICE NG126 (pain and bleeding in early
  pregnancy: an early pregnancy assessment service), NHS.uk ectopic pregnancy and RCOG
  "Bleeding and/or pain in early pregnancy" (111 or an early pregnancy unit; A&E or 999 for
  heavy bleeding, severe or sudden intense pain, dizziness or fainting, shoulder-tip pain);
- f69-zh-urg-002 (non_urgent): the lower right said in a clause of its own after the tummy pain
  (在右下腹，按一下疼) - NHS.uk appendicitis;
- f69-zh-urg-014 (non_urgent): a leg red, swollen and hot in Cantonese (肿咗、红咗、热热哋) with a
  slight fever - NHS.uk cellulitis, NICE CKS Cellulitis and erysipelas;
- f69-zh-urg-016 (non_urgent): thoughts of not going on in Cantonese (活唔落去) with no intent to
  harm oneself (冇谂住伤害自己) - NICE NG225, NHS.uk help for suicidal thoughts;
- f69-zh-urg-019 (self_care): a glucose meter's 386 said as measured (血糖机量是 386), thirst said
  很口渴, thinner said 变瘦 - NICE NG17, NHS.uk type 1 diabetes and high blood sugar;
- f69-zh-nur-005 (self_care): a gland that appeared after a cold two weeks ago (两周前感冒后出现的)
  - NHS.uk swollen glands (a GP after 2 weeks);
- f69-zh-nur-006 (self_care): ectopic beats after coffee several times a day (一天几次) - NHS.uk
  heart palpitations (a GP if they keep coming back);
- f69-zh-slf-007 (non_urgent): 38.2 straight after a 5 km run, 36.9 at the re-check an hour later
  with clock times between (下午3点 ... 4点再量), the person well (人没有不舒服) - NHS.uk high
  temperature in adults;
- f69-zh-slf-010 (non_urgent): a mouth ulcer typed 馈疡 - NHS.uk mouth ulcers.

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong on 3dca7ea, before any rule change: 10 of 10 rows; of the kind
sentences, 10 of the 20 written first (one-word speech, breathing in English, early pregnancy
spotting, before any change) and 12 of the 28 of the other kinds (written as each change was
made, measured on an export of 3dca7ea). After: 9 rows at their gold (f69-zh-nur-006 left
open: see OPEN_ROWS) and every kind sentence at its level; OTHER_WORDS_AFTER (7) was written
after the changes, in other words, and passed at once.

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

# BTS/SIGN 158 acute severe asthma (cannot complete sentences in one breath) and NHS.uk asthma
# attack (999: so breathless you cannot speak): the speech said to come one character (word) at
# a time; a child learning to read, or typing slowly, is no breathing sign
SPEECH_ONE_WORD_AT_A_TIME: list[tuple[str, str]] = [
    ("E", "我哮喘发作了，现在说话只能一个字一个字地说"),
    ("E", "我老公喘得很厉害，说话一个字一个字往外蹦"),
    ("E", "佢哮喘发作，而家讲嘢一个字一个字咁讲"),
    ("E", "我女兒氣喘發作，說話只能一個字一個字說，嘴唇有點白"),
    ("!E", "我在教孩子认字，让他一个字一个字地读课文"),
    ("!E", "手机坏了，我只能一个字一个字地打字给你，喉咙有点痛"),
]

# NHS.uk asthma attack (999: the reliever not helping, breathing hard) said with the breathing in
# English inside a Chinese sentence ("breathing很困难"); a breathing exercise named in English is
# no breathlessness
BREATHING_IN_ENGLISH: list[tuple[str, str]] = [
    ("E", "我有哮喘，现在breathing很困难，inhaler喷了好多次都没用"),
    ("E", "我妈 breathing 好困难，吸入器喷咗几次都冇用"),
    ("U", "今天早上开始 breathing 有点困难，没有哮喘"),
    ("L", "瑜伽老师教了一个 breathing exercise，做完很放松"),
    ("L", "我在练习 breathing 技巧，想改善睡眠"),
]

# NICE NG126, NHS.uk ectopic pregnancy, RCOG "Bleeding and/or pain in early pregnancy": a little
# bleeding (spotting) with a pain not said severe in early pregnancy (a late period, a positive
# test) is an early pregnancy unit or 111 the same day; heavy bleeding, severe pain, dizziness or
# fainting, shoulder-tip pain, or bleeding with pain later in pregnancy is 999 or A&E
EARLY_PREGNANCY_SPOTTING_PAIN: list[tuple[str, str]] = [
    ("=U", "例假推迟两周，测了两条杠，今天右下腹一阵一阵疼，内裤上有一点点血，没有头晕"),
    ("=U", "月经晚了十天，验孕阳性，下午开始左边小肚子痛，有点 spotting"),
    ("=U", "月經遲咗三個禮拜，驗孕係兩條線，今日肚痛，有少少落紅，冇暈"),
    (
        "=U",
        "my period is two weeks late and the test is positive, there's a little"
        " spotting and some pain low on the left, not dizzy",
    ),
    ("E", "月经晚了三周，验孕阳性，下面出了一点点血，肚子剧烈疼痛"),
    ("E", "验孕阳性，有一点点 spotting，肚子痛，刚才晕倒了"),
    ("E", "月经晚了两周，有一点点出血，右边肚子痛，肩膀尖也痛"),
    ("E", "怀孕30周，肚子痛，有一点点出血"),
    ("E", "月经晚了两周，验孕阳性，流了很多血，有血块，肚子痛"),
]

# NHS.uk appendicitis (pain low on the right of the tummy, worse when pressed: an urgent GP
# appointment or 111): the place said in a clause of its own after the tummy pain; a mark or a
# scar on the lower right, or an appendix already out, is no appendicitis
RIGHT_LOWER_PLACE_APART: list[tuple[str, str]] = [
    ("U", "昨晚开始肚子痛，今天更厉害了，在右下腹，按一下疼"),
    ("U", "个肚痛咗成晚，而家痛喺右下边，撳落去痛"),
    ("U", "肚子疼了一天，越来越厉害，位置在右下，按下去疼"),
    ("L", "我右下腹有颗痣，肚子不痛"),
    ("L", "阑尾切除的疤在右下腹，这两天拉肚子，肚子有点痛"),
]

# NHS.uk cellulitis (red, hot, swollen skin: an urgent GP appointment or 111; NICE CKS Cellulitis
# and erysipelas) said with 发热 or in Cantonese (肿咗、红咗、热热哋); a face flushed after a drink,
# or a shoulder red after a day in the sun, is not this
RED_HOT_SWOLLEN_SAID_OTHERWISE: list[tuple[str, str]] = [
    ("U", "我阿妈条小腿肿咗、红咗、热热哋，仲有少少发烧"),
    ("U", "脚背红肿发热，有点发烧，擦了药油没用"),
    ("L", "块面红咗、热热哋，啱啱饮咗酒"),
    ("L", "晒咗成日太阳，膊头红咗、热热哋"),
]

# NICE NG225 / NHS.uk help for suicidal thoughts: thoughts of not going on (活唔落去, Cantonese)
# said with no intent to harm oneself are a same-day mental health assessment; said alone they
# stay 999 (the rules cannot ask), and with a plan they stay 999
SUICIDAL_NO_INTENT: list[tuple[str, str]] = [
    ("=U", "呢两个礼拜成日觉得活唔落去，但我冇谂住伤害自己"),
    ("=U", "这两个星期总觉得活不下去，没想过伤害自己，想找人聊聊"),
    ("E", "呢排成日觉得活唔落去"),
    ("E", "我觉得活唔落去，今晚就想去跳楼"),
]

# NICE NG17 / NHS.uk type 1 diabetes (the 4 Ts: toilet, thirsty, tired, thinner: an urgent GP
# appointment or 111) and NHS.uk high blood sugar (a reading of 20 mmol/L or more with thirst and
# passing a lot of urine, same day): the meter's reading said as measured with it (血糖机量是386),
# the thirst with its degree word first (很口渴), the weight lost said as 变瘦; thirst after a run
# and weight lost on a diet are not this
HIGH_SUGAR_SAID_OTHERWISE: list[tuple[str, str]] = [
    ("U", "这几天一直很口渴、一直跑厕所，用我爸的血糖机量是 402"),
    ("U", "最近很累，也变瘦了，这几天一直很口渴"),
    ("U", "佢成日好口渴，瘦咗好多，成日去厕所"),
    ("L", "我在减肥，变瘦了，运动后很口渴"),
]

# NHS.uk swollen glands (see a GP if they have not gone down within 2 weeks): the time ago it
# appeared (两周前感冒后出现的) is how long it has lasted; a sore throat that came after a cold
# three days ago and is better stays at home
APPEARED_N_WEEKS_AGO: list[tuple[str, str]] = [
    ("N", "脖子左边有个淋巴结，三周前感冒后出现的，不痛"),
    ("N", "耳朵后面摸到一粒淋巴，两个礼拜前出现的，冇变大"),
    ("S", "三天前感冒后出现的喉咙痛，好多了"),
]

# NHS.uk heart palpitations (usually harmless, often set off by caffeine; see a GP if they keep
# coming back): several times a day is coming back; once this morning after coffee, gone, is not
NOT_GONE_SEVERAL_A_DAY: list[tuple[str, str]] = [
    ("N", "喝了咖啡以后心跳漏一拍，一天几次，没有胸痛"),
    ("N", "my heart skips a beat after coffee a few times a day, no chest pain"),
    ("S", "今天早上喝了两杯咖啡，心跳漏了几下，现在好了"),
]

# NHS.uk high temperature (fever) in adults and NHS.uk (a temperature taken straight after
# exercise, a hot drink or coming in from the cold is taken again): the second reading, normal,
# with a Chinese clock time and a run's distance between, and the person well; a second reading
# that is high stays
TEMPERATURE_AFTER_RUN: list[tuple[str, str]] = [
    ("S", "刚跑完10公里量体温38.4，半小时后再量37.0，人冇唔舒服"),
    ("S", "体温38.3吓死我，我下午5点刚打完球，6点再量36.8，人没有不舒服"),
    ("N", "体温38.9，3点再量39.6，好辛苦"),
]

# NHS.uk mouth ulcers (treated at home, a pharmacist; a dentist or GP after 3 weeks): 溃疡 typed
# with its pinyin twin 馈
ULCER_TYPED_KUI: list[tuple[str, str]] = [
    ("S", "舌头长了个馈疡，两天了，吃东西有点疼"),
    ("N", "嘴里长了个馈疡，一个多月了，越来越大还出血"),
]

# written after the change, in other words (each kind once more; all at their level at once)
OTHER_WORDS_AFTER: list[tuple[str, str]] = [
    ("E", "我儿子哮喘，现在讲话一个字一个字地讲，喷雾没用"),
    ("E", "阿爷 breathing 好辛苦，嘴唇有啲紫"),
    ("=U", "月經遲咗十日，驗孕兩條線，有少少咖啡色分泌物，左邊肚有啲痛"),
    ("U", "痛了一晚上，痛在右下腹，一按就疼"),
    ("U", "阿嫲隻腳肿咗、红咗、热热哋"),
    ("=U", "我冇谂住伤害自己，只系成日觉得活唔落去"),
    ("U", "呢几日好口渴，血糖机度咗二十三点五"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    SPEECH_ONE_WORD_AT_A_TIME
    + BREATHING_IN_ENGLISH
    + EARLY_PREGNANCY_SPOTTING_PAIN
    + RIGHT_LOWER_PLACE_APART
    + RED_HOT_SWOLLEN_SAID_OTHERWISE
    + SUICIDAL_NO_INTENT
    + HIGH_SUGAR_SAID_OTHERWISE
    + APPEARED_N_WEEKS_AGO
    + NOT_GONE_SEVERAL_A_DAY
    + TEMPERATURE_AFTER_RUN
    + ULCER_TYPED_KUI
    + OTHER_WORDS_AFTER
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 69 wrong at the first run
SET69_ZH_ROWS = [
    "f69-zh-emg-011",
    "f69-zh-urg-011",
    "f69-zh-urg-002",
    "f69-zh-urg-014",
    "f69-zh-urg-016",
    "f69-zh-urg-019",
    "f69-zh-nur-005",
    "f69-zh-nur-006",
    "f69-zh-slf-007",
    "f69-zh-slf-010",
]

OPEN_ROWS: dict[str, str] = {
    "f69-zh-nur-006": "ectopic beats after coffee several times a day (NHS.uk heart palpitations:"
    " a GP if they keep coming back); reading 'several times a day' as persistent in general"
    " sent an eyelid twitch (f31-zh-slf-020) and Braxton Hicks (f58-en-slf-006) away from"
    " self-care, both normal several times a day on NHS.uk, so it was taken out; a"
    " palpitations-only reading was not done in this session",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET69_ZH_ROWS, OPEN_ROWS))
def test_set69_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_69.jsonl", row_id)
