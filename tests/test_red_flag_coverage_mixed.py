"""Cantonese, colloquial Chinese and two languages in one message, by category (session 16).

Set 20 (``tests/data/fresh_levels_20.jsonl``, voice ``mixed``) missed red flags said in
Cantonese or with English medical words inside Chinese, raised Chinese look-alikes, and put
mixed-language messages at the wrong level below an emergency. Each group names the habit of
speech and the published source of its signs; the sentences are written for this test, with
look-alikes that must stay where they are. Codes as in ``tests.rule_levels`` (``E``, ``U``,
``!E``), and an exact level name for the four-level decision.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

# NHS stroke (FAST), NICE NG128: speech said with the English "slur" inside Cantonese or
# Mandarin, and an arm's weakness said by what the hand cannot do (攞唔起, 揸唔住, 拎唔起, 举唔起);
# English "weak" and "numb" inside Chinese are the Chinese words. The past, a carpal-tunnel hand
# for weeks and an injured wrist are not a stroke.
STROKE: list[tuple[str, str]] = [
    ("E", "阿爸今朝講嘢slur咗"),
    ("E", "我妈说话 slur 了，嘴有点歪"),
    ("E", "佢右手突然攞唔起個杯"),
    ("E", "阿爺左手揸唔住筷子，講嘢唔清楚"),
    ("E", "我老婆右手拎唔起袋嘢，成個人好唔對路"),
    ("E", "我爸右手weak咗，行路拖住隻腳"),
    ("E", "阿媽突然半邊身numb晒"),
    ("!E", "阿爺三年前中風嗰陣講嘢slur咗，而家好返晒"),
    ("!E", "打咗成日機，手腕好攰，攞嘢有啲痛"),
    ("!E", "我右手手腕扭親，攞唔起重嘢"),
    ("!E", "佢唔係講嘢slur，只係喉嚨痛"),
]

# NICE NG232 / NHS head injury: a head hurt in a fall (跌親個頭) on a blood thinner said in
# Cantonese (薄血藥, 薄血丸) or with bleeding that will not stop (止唔到) is an emergency; a fall
# without the head, or a bump with no warning sign, is not.
HEAD_INJURY: list[tuple[str, str]] = [
    ("E", "阿爺跌親個頭，佢有食薄血丸"),
    ("E", "我媽仆親個頭，食緊薄血藥，而家好眼瞓"),
    ("E", "阿嫲整親個頭，流咗好多血，點按都止唔到"),
    ("E", "my gung gung 跌親個頭, he take 薄血藥 every day"),
    ("!E", "個仔跌親隻膝頭，擦損咗少少，冇流好多血"),
    ("!E", "阿爺上個月跌親個頭，而家冇事，照食薄血丸"),
]

# NICE NG143 (red: under 3 months with 38 °C or more): a baby's age said with 啱啱 / 先 / 才
# ("only just"); an older baby's age stands alone ("8个月") and is no fever of 8 months.
INFANT_AGE: list[tuple[str, str]] = [
    ("E", "個BB啱啱六個禮拜，發燒38.3"),
    ("E", "囡囡先兩個月，發燒38度，好眼瞓"),
    ("E", "宝宝才七周，体温38.1"),
    ("!E", "個BB啱啱八個月，發燒38，食奶正常，精神好"),
]


@pytest.mark.parametrize(("expected", "text"), STROKE + HEAD_INJURY + INFANT_AGE)
def test_cantonese_and_mixed_red_flags(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Look-alikes (must not be emergencies): standing up and the sight going dark for a moment
# (NHS low blood pressure). 眼前一黑 is blacking out, never the sight lost by itself.
LOOKALIKES: list[tuple[str, str]] = [
    ("!E", "我坐久咗一企起身眼前一黑，坐低就好返"),
    ("!E", "站起来太快眼前一黑，扶住墙一下就好了"),
    ("E", "我妈突然眼前一黑，一只眼睛什么都看不见了"),
]


@pytest.mark.parametrize(("expected", "text"), LOOKALIKES)
def test_chinese_lookalikes(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(
    "text",
    [
        "今朝行山嘅時候突然眼前一黑，跌低咗，幾秒就醒返，而家冇事",
        "跑步的时候突然眼前一黑倒下了，几秒钟就醒了",
        "我坐久咗一企起身眼前一黑，坐低就好返",
    ],
)
def test_blacking_out_is_no_loss_of_sight(rules: RuleSet, text: str) -> None:
    _, hits = rules_only_level(text, rules)
    assert not [hit.rule_id for hit in hits if "vision" in hit.rule_id]


# Look-alikes that end at the four-level decision, exact levels.
LOOKALIKE_DECISIONS: list[tuple[Disposition, str]] = [
    # NHS chapped lips: a pharmacist or self-care
    (Disposition.SELF_CARE, "天气干燥，嘴唇干裂，起皮，其他都好"),
    (Disposition.SELF_CARE, "冬天嘴唇爆晒拆，搽潤唇膏"),
    # NHS chest pain with a cough from a cold that is getting better (no breathlessness)
    (Disposition.SELF_CARE, "咳得太多，咳嗽時先胸口痛，其他冇嘢，傷風就快好"),
    (Disposition.SELF_CARE, "感冒快好了，就是咳嗽的时候胸口有点痛"),
    # NHS vaccine side effects (a mild fever, a well baby, the day after): self-care
    (Disposition.SELF_CARE, "宝宝昨天打了疫苗，今天37.8度，吃奶好，精神好，10个月"),
    (Disposition.SELF_CARE, "BB尋日打完針，今日有少少燒37.7，食奶正常，好精神，六個月"),
]


@pytest.mark.parametrize(("expected", "text"), LOOKALIKE_DECISIONS)
def test_chinese_lookalike_decisions(rules: RuleSet, expected: Disposition, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level is expected, (level, [hit.rule_id for hit in hits])


# The four-level decision below an emergency in mixed messages, exact levels.
DECISIONS: list[tuple[Disposition, str]] = [
    # NHS hives after a new antibiotic, breathing and voice normal: GP / 111 the same day
    (Disposition.URGENT, "我老公食咗新嘅抗生素，成身出風癩，好痕，唞氣正常，把聲冇變"),
    (Disposition.URGENT, "吃了新开的antibiotic，身上起了荨麻疹，呼吸正常"),
    # NHS appendicitis in a child: pain moving to the lower right with a temperature
    (Disposition.URGENT, "個仔四歲，肚痛咗成日，而家痛咗去右下邊，有啲發燒"),
    (Disposition.URGENT, "我儿子三岁，肚子痛了一天，现在在右下腹，有点发烧"),
    # NICE CKS carpal tunnel: a month of night numbness of the thumb side, worse at night: a GP
    (Disposition.NON_URGENT, "手腕numb咗成個月，夜晚仲犀利，拇指同食指麻"),
    (Disposition.NON_URGENT, "手指麻了一个多月，晚上更严重，拇指和食指"),
    # English with a Chinese symptom word and the article of "a bit" dropped: a dry throat
    # for a day (NHS sore throat: self-care)
    (Disposition.SELF_CARE, "my ah ma say her 喉咙 bit dry today, no fever, eating ok"),
    (Disposition.SELF_CARE, "my gong gong nose bit runny since yesterday, no fever"),
]


@pytest.mark.parametrize(("expected", "text"), DECISIONS)
def test_mixed_language_decisions(rules: RuleSet, expected: Disposition, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level is expected, (level, [hit.rule_id for hit in hits])


# A Chinese symptom word inside an English sentence reads as its English word, and an English
# word before a number inside Chinese as the Chinese: each pair reaches the same level.
SAME_AS_OTHER_LANGUAGE: list[tuple[str, str]] = [
    (
        "she said 头好晕 since the new BP pills, nearly fainted when she stood up",
        "she said she feels very dizzy since the new BP pills, nearly fainted when she stood up",
    ),
    (
        "my popo 胸口痛 since an hour ago, sweating",
        "my popo has chest pain since an hour ago, sweating",
    ),
    ("my son 发烧 39 since yesterday", "my son has a fever of 39 since yesterday"),
    ("宝宝fever 39度，从昨天开始", "宝宝发烧39度，从昨天开始"),
]


@pytest.mark.parametrize(("mixed", "plain"), SAME_AS_OTHER_LANGUAGE)
def test_a_word_of_the_other_language_reads_as_its_own(
    rules: RuleSet, mixed: str, plain: str
) -> None:
    assert rules_only_level(mixed, rules)[0] is rules_only_level(plain, rules)[0]
