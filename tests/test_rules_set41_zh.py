"""Set 41's kinds in Chinese: the voice compares with something known, names a practical
obstacle or asks for reassurance with a leading guess, and none of those sets the level. What
does: a diabetic on insulin who only grunts when called and talks words nobody can follow; a
baby's skin sucked in under the ribs, told with a word between; charcoal bought and kept in the
room with a time in mind; a constant pain in later pregnancy with the bump hard and not letting
go, and blood; a little brown or pinkish discharge in early pregnancy; another short febrile fit
in a child who has had one before, back to normal; self-harm denied as never thought of (没想过);
and a rash's light flaking (有啲甩皮), which is no skin coming off.

Written by rules-ce (session 33) before any rule changed. The sentences are this file's own
(simplified and traditional, Mandarin, Cantonese and Taiwan usage, and English where the kind
applies), each from the published source named above its list; ``SET41_ROWS`` are the Chinese
rows of ``tests/data/fresh_levels_41.jsonl`` at a wrong level at the first run, each asserted at
its gold level. Wrong before any rule change: 15 of 15 rows and 24 of 44 kind sentences.

``DECIDED`` holds the four-level decision's kinds at their exact level, written after the red-flag
commit and before the decision's changes (6 of 19 wrong then, with 5 of the 8 rows still open):
a pharmacy treatment not improving said as 改善, a check-up's result flagged high, period pain
worse over years, a sore red arm after a flu vaccine, and a toddler who cried a moment
(哭一下就停) after a low fall. ``MORNING_SICKNESS_AS_BEFORE`` was written after the decision's
commit and before its change (3 of 3 wrong then): nausea in pregnancy said as 恶心 or 作呕, and
the week the last pregnancy's sickness ended (到16周左右就好了) read as no span.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk low blood sugar (hypoglycaemia): someone with diabetes who is drowsy, confused or cannot
# be roused is 999; the Manchester Triage System's altered conscious level (ACVPU V). Called, he
# only grunts (叫他半天才哼一声); talking words nobody follows (说些听不懂的话); an ordinary nap
# or a foreign doctor's words that are hard to follow are not
HYPO_GRUNT_AND_MUDDLE: list[tuple[str, str]] = [
    ("E", "我妈有糖尿病，一直打胰岛素，中午没吃饭，现在叫她半天才哼一声，满头大汗"),
    ("E", "阿爸有糖尿病打开胰岛素，而家叫佢好耐先哼一声，讲啲听唔明嘅嘢，系咪瞓懵咗？"),
    ("E", "我爸有糖尿病在打胰島素，晚餐沒吃，現在一直冒汗，講一些聽不懂的話"),
    (
        "E",
        "Dad's diabetic on insulin and skipped dinner, now he only grunts when we call him "
        "and he's drenched in sweat. Probably just sleepy?",
    ),
    ("!E", "我爸有糖尿病，打胰岛素，刚才睡午觉，叫他一声就醒了，说话正常"),
    ("!E", "我爸有糖尿病，医生说的话有些我听不懂，想问报告上的血糖是什么意思"),
]

# NICE NG143 (red: moderate or severe chest indrawing) and NICE NG9 bronchiolitis (severe
# respiratory distress, marked chest recession: 999): the skin under the ribs sucked in, a word
# or two between (肋骨下面就往里陷, 肋骨下方一直往内凹); a thin baby's ribs seen at rest are not
INDRAWING_UNDER_THE_RIBS: list[tuple[str, str]] = [
    ("E", "宝宝六个月，咳了三天，呼吸很快，每吸一口气肋骨下面就往里陷"),
    ("E", "BB十个月，咳咗三日，而家抖气好急，肋骨下面一吸就陷落去"),
    ("E", "寶寶7個月，呼吸很喘，肋骨下方一直往內凹，奶也喝不下"),
    (
        "E",
        "my 8 month old is breathing really fast and the skin under her ribs sucks in every "
        "breath, last cold was just a runny nose",
    ),
    ("!E", "宝宝比较瘦，肋骨下面看得到骨头的形状，呼吸正常，吃奶好"),
]

# NICE NG225 Self-harm and NHS.uk help for suicidal thoughts (a plan or the means obtained, a
# time in mind: 999, not a waiting list): charcoal bought and kept in the room (买了炭, 收埋喺床底);
# charcoal for a barbecue is not
CHARCOAL_BOUGHT: list[tuple[str, str]] = [
    ("E", "上周在网上买了炭，放在床底下，室友都回家了，觉得今晚可能是个机会"),
    ("E", "我買咗兩包炭，收埋喺床底，今晚屋企冇人"),
    ("E", "網路上買了木炭，藏在房間衣櫃，這個週末家裡都沒人"),
    ("E", "I bought a bag of charcoal online and it's under my bed, my flatmates are away tonight"),
    ("!E", "周末要和朋友去烧烤，今晚先去超市买了炭"),
    ("!E", "bought charcoal for the barbecue tonight, my back has been aching since I carried it"),
]

# RCOG Green-top 63 Antepartum haemorrhage (abruption: constant pain, a tense, hard womb, with
# bleeding or the baby moving less) and NHS.uk vaginal bleeding in pregnancy (with tummy pain in
# later pregnancy: 999 / the maternity unit now); tightenings that come and go with no blood are not
ABRUPTION_CONSTANT_HARD: list[tuple[str, str]] = [
    ("E", "怀孕32周，肚子突然开始一直疼，摸着硬邦邦的不放松，下面出血了"),
    ("E", "有咗三十五个礼拜，个肚一路痛，摸落硬晒唔放松，仲见红"),
    ("E", "懷孕30週，肚子一直痛，摸起來硬梆梆的，內褲上有血"),
    (
        "E",
        "34 weeks pregnant, the pain is constant and my bump is rock hard and won't relax, "
        "and there's fresh red blood",
    ),
    ("!E", "怀孕30周，肚子偶尔一阵一阵发硬，一会儿就放松了，没有出血，不痛"),
    ("U", "怀孕8周，内裤上有一点褐色的血，肚子有点隐隐痛"),
]

# NHS.uk vaginal bleeding in early pregnancy (a GP, early pregnancy unit or 111 the same day):
# the blood said as a discharge tinged brown or pink (淡红色的分泌物, 分泌物带少少啡色); a white
# discharge, or brown before a period when not pregnant, is not
EARLY_PREGNANCY_TINGED_DISCHARGE: list[tuple[str, str]] = [
    ("=U", "怀孕6周，今天发现分泌物有点淡红色，不痛"),
    ("=U", "有咗七个礼拜，分泌物带少少啡色，唔痛"),
    ("=U", "懷孕9週，分泌物有點咖啡色，量很少"),
    ("=U", "8 weeks pregnant and my discharge is a bit pinkish brown today, no pain"),
    ("L", "怀孕10周，白带有点多，白色的，不痒"),
]

# NHS.uk febrile seizures: a child who has had one before and has another under 5 minutes, back
# to normal: an urgent GP appointment or 111; the first, one over 5 minutes or a child who does
# not wake: 999
FEBRILE_FIT_AGAIN: list[tuple[str, str]] = [
    ("=U", "儿子两岁，之前有过一次高热惊厥，今天发烧又抽了，不到一分钟就停了，现在醒了，会玩"),
    ("=U", "个女三岁，旧年都试过热性抽筋，今日发烧又抽咗，大概一分钟就停，而家醒晒识喊"),
    (
        "=U",
        "My 2 year old has had febrile seizures before and today she had another febrile "
        "seizure, it lasted about a minute and she's back to normal now",
    ),
    ("E", "儿子两岁，第一次发烧抽搐，一分钟就停了，现在醒了"),
    ("E", "女儿以前有过热性惊厥，今天发烧又抽了，抽了七分钟才停"),
    ("E", "之前有过高热惊厥，今天发烧又抽了，一分钟就停了，但现在叫不醒"),
]

# NHS.uk vomiting and morning sickness in pregnancy (unable to keep fluids down, or not weeing:
# a GP, midwife or 111 the same day), the look-alike of MORNING_SICKNESS_AS_BEFORE below
HYPEREMESIS: list[tuple[str, str]] = [
    ("U", "怀孕10周，吐得很厉害，喝水都吐，一天没小便"),
    ("U", "有咗十个礼拜，饮水都呕，成日冇点去厕所"),
]

# NICE NG225 and NHS.uk help for suicidal thoughts: thoughts of self-harm denied as never had
# (没想过伤害自己, 冇谂过伤害自己, 從來沒想過要傷害自己) are not self-harm; an act done is
SELF_HARM_NEVER_THOUGHT: list[tuple[str, str]] = [
    ("L", "最近压力大，一个多月睡不好，没想过伤害自己"),
    ("L", "成个月瞓唔着，冇谂过伤害自己，想睇下医生"),
    ("L", "最近心情不太好，兩個月睡不好，從來沒想過要傷害自己"),
    ("L", "Can't sleep for two months now, I've never thought about hurting myself"),
    ("E", "没想过会这样，昨晚又用刀划自己了，划得很深"),
]

# NHS.uk seborrhoeic dermatitis (flaky, scaly patches: a pharmacist, a GP if not improving) against
# NHS.uk Stevens-Johnson syndrome (skin peeling off in sheets with blisters, mouth sores or a
# fever: A&E): a rash that flakes a little (有啲甩皮, 有点脱皮) is no skin coming off
RASH_FLAKING_LITTLE: list[tuple[str, str]] = [
    ("L", "面上有啲红疹，有啲甩皮，好痕，搽咗两个礼拜药膏都冇好"),
    ("L", "头皮屑很多，发际线那里红红的，有点甩皮"),
    ("L", "眉毛附近出咗啲红疹，少少甩皮，唔痛"),
    ("E", "食咗新药之后全身起红疹，成块成块甩皮，口入面烂晒"),
    ("E", "吃了新的药之后，皮肤一片片脱皮，起水泡，还发烧"),
]

# The four-level decision's kinds (written before its changes; each sentence at its exact level)

# NHS.uk dandruff and seborrhoeic dermatitis, NHS.uk athlete's foot and eczema (see a GP if the
# pharmacy's treatment has not helped): not improving said as 改善 (没什么改善, 冇乜改善)
TREATMENT_NOT_IMPROVING: list[tuple[str, str]] = [
    ("non_urgent", "头皮屑很多又痒，用了两个月去屑洗发水都没什么改善"),
    ("non_urgent", "脚气搽咗三个礼拜药膏都冇乜改善"),
    ("non_urgent", "手上的濕疹擦了一個月藥膏都沒有改善"),
    ("non_urgent", "used dandruff shampoo for two months with no improvement, itchy red scalp"),
]

# NICE CKS abnormal liver blood tests and BSG guidance (a raised result with no symptoms: the GP
# repeats and reviews it, not today): a check-up's report with a result flagged high
CHECK_UP_RESULT_HIGH: list[tuple[str, str]] = [
    ("non_urgent", "公司健检，报告写尿酸偏高，红字，身体没有不舒服"),
    ("non_urgent", "验血报告话肝指数高咗少少，冇唔舒服"),
    ("non_urgent", "體檢報告說肝功能有一項偏高，沒有任何症狀"),
    (
        "non_urgent",
        "my health check showed my liver enzymes are a bit high, I feel completely fine",
    ),
]

# NHS.uk period pain and endometriosis (see a GP if it is severe or has changed): a pain that
# has worsened over years is a GP's, not today's; a pain getting worse today stays same-day
PERIOD_PAIN_WORSE_OVER_YEARS: list[tuple[str, str]] = [
    ("non_urgent", "这几年痛经越来越严重，每次来月经第一天都痛到要请假"),
    ("non_urgent", "呢几年经痛越嚟越犀利，第一日痛到要请假"),
    ("non_urgent", "這幾年經痛越來越嚴重，痛到沒辦法上班"),
    ("urgent", "这两天肚子越来越痛，痛到要请假"),
]

# NHS.uk flu vaccine and vaccine side effects (a sore, red arm where the needle went in for a day
# or two: at home); with a fever or a redness spreading, not self-care
VACCINE_SORE_ARM: list[tuple[str, str]] = [
    ("self_care", "昨天打了流感疫苗，今天打针的地方有点红肿，有点痛，别的都好"),
    ("self_care", "琴日打咗流感疫苗，今日针口有啲红，少少痛，其他冇嘢"),
    (
        "self_care",
        "had my flu jab yesterday, sore arm today where the needle went in, otherwise fine",
    ),
    ("non_urgent", "打了疫苗后注射部位越来越红，越来越大"),
]

# NHS.uk head injury in children and NICE NG232 (a low fall, an immediate cry, no vomiting, playing
# normally: watch at home): 哭一下就停 (cried a moment, then stopped) is no sudden onset
TODDLER_LOW_FALL: list[tuple[str, str]] = [
    ("self_care", "女儿三岁从沙发上摔下来，马上哭了，哭一下就停了，没有吐，现在在玩"),
    ("self_care", "個仔兩歲喺梳化跌落嚟，即刻喊，喊一下就停，冇嘔，而家玩緊"),
    ("emergency", "儿子两岁从床上摔下来撞到头，吐了三次"),
]

# NHS.uk vomiting and morning sickness in pregnancy (nausea and some vomiting, keeping food and
# fluids down: at home; a GP or midwife if unable to keep anything down): nausea said as 恶心,
# 干呕 or 作呕, and the end of the last pregnancy's sickness said as a week of pregnancy
# (到16周左右就好了), no span of the complaint; vomiting everything stays same-day (KINDS)
MORNING_SICKNESS_AS_BEFORE: list[tuple[str, str]] = [
    ("self_care", "怀孕10周，早上有点恶心，偶尔干呕，能吃能喝"),
    ("self_care", "有咗十二个礼拜，朝早有啲作呕，食到嘢饮到水"),
    ("self_care", "懷孕13週，早上有點噁心，跟上一胎一樣，那次到16週左右就好了，現在吃得下喝得下"),
]

DECIDED = (
    TREATMENT_NOT_IMPROVING
    + CHECK_UP_RESULT_HIGH
    + PERIOD_PAIN_WORSE_OVER_YEARS
    + VACCINE_SORE_ARM
    + TODDLER_LOW_FALL
    + MORNING_SICKNESS_AS_BEFORE
)

KINDS = (
    HYPO_GRUNT_AND_MUDDLE
    + INDRAWING_UNDER_THE_RIBS
    + CHARCOAL_BOUGHT
    + ABRUPTION_CONSTANT_HARD
    + EARLY_PREGNANCY_TINGED_DISCHARGE
    + FEBRILE_FIT_AGAIN
    + SELF_HARM_NEVER_THOUGHT
    + RASH_FLAKING_LITTLE
    + HYPEREMESIS
)

# the Chinese rows of set 41 at a wrong level at the first run (ea7459e's rules), still open
OPEN_ROWS: dict[str, str] = {
    "f41-zh-slf-006": "first run: urgent (a thriving baby under 3 months posseting)",
    "f41-zh-slf-008": "first run: non_urgent (exam stress, coping)",
}

SET41_IDS = (
    "f41-zh-emg-004",
    "f41-zh-emg-005",
    "f41-zh-emg-006",
    "f41-zh-emg-012",
    "f41-zh-urg-002",
    "f41-zh-urg-019",
    "f41-zh-nur-001",
    "f41-zh-nur-016",
    "f41-zh-nur-018",
    "f41-zh-nur-019",
    "f41-zh-slf-006",
    "f41-zh-slf-008",
    "f41-zh-slf-009",
    "f41-zh-slf-012",
    "f41-zh-slf-019",
)


def _set41_rows() -> list[object]:
    path = Path(__file__).parent / "data" / "fresh_levels_41.jsonl"
    rows = {
        row["id"]: row
        for row in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    }
    return [
        pytest.param(
            rows[i]["text"],
            rows[i]["gold_triage"],
            id=i,
            marks=pytest.mark.xfail(strict=True, reason=OPEN_ROWS[i]) if i in OPEN_ROWS else (),
        )
        for i in SET41_IDS
    ]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_set41_kinds_in_chinese_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("gold", "text"), DECIDED)
def test_set41_decision_kinds_reach_their_exact_level(rules: RuleSet, gold: str, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level.value == gold, (level, [hit.rule_id for hit in hits])


@pytest.mark.parametrize(("text", "gold"), _set41_rows())
def test_set41_chinese_rows_reach_their_gold_level(rules: RuleSet, text: str, gold: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level.value == gold, (level, [hit.rule_id for hit in hits])
