"""Set 63's Chinese rows (voice44: after treatment, cosmetic and body, kitchen and cooking).

Written by rules-jc (session 44). Each Chinese row of ``tests/data/fresh_levels_63.jsonl`` wrong
at its first run (12 of 80 Chinese rows) is named by the KIND of reading that failed, with the
published source of its gold:

- f63-zh-emg-008 (urgent): a man who opens his eyes only after being called a long time
  (叫他半天才睁眼) after a meal of mushrooms picked on a hillside - RCP NEWS2 ACVPU (V), Manchester
  Triage altered conscious level, NHS.uk poisoning (wild mushrooms);
- f63-zh-slf-006 and f63-zh-nur-007 (emergency): blindness named as the risk a procedure "can"
  carry, read online (打玻尿酸会血管栓塞失明, 割双眼皮会失明) - NHS.uk dermal fillers and
  cosmetic procedures (the signs decide; NHS.uk sudden loss of sight is A&E);
- f63-zh-urg-015 (emergency): "no breathing problem" (冇呼吸問題) read as "not breathing" -
  RCUK adult basic life support (not breathing: 999) against its denial;
- f63-zh-urg-014 (non_urgent): a knife into the palm and the little and ring fingers numb, the
  fingers named (尾指, 无名指) - NHS.uk cuts and grazes;
- f63-zh-nur-019 (urgent): numbness beside a surgical scar a month after a hernia repair, read as
  a cut's numbness - NHS.uk inguinal hernia repair (recovery);
- f63-zh-nur-011 (urgent): breathless climbing to the third floor (爬三楼) over two months - NHS.uk
  shortness of breath, NICE CKS anaemia;
- f63-zh-urg-010 (non_urgent): pus spots multiplying with a fever after a cosmetic injection
  (水光针), typed with slips (有浓, 发绕) - NHS.uk dermal fillers and cosmetic procedures;
- f63-zh-nur-012 (urgent): a little exudate from a burn said to be healing (创面愈合中，少量渗液)
  - NICE CKS burns and scalds, NICE NG125;
- f63-zh-slf-005 (non_urgent): a pain said lighter each day (疼一天比一天轻) - NHS.uk tooth
  extraction aftercare;
- f63-zh-slf-008 (non_urgent): a night of tossing and turning (翻来覆去睡不着) with bloating after
  a big meal, settled by the morning - NHS.uk indigestion;
- f63-zh-slf-019 (urgent): duck blood eaten in a hotpot (鸭血) read as blood in diarrhoea - NHS.uk
  diarrhoea and vomiting.

Each kind has sentences of this file's own, in simplified, Hong Kong (Cantonese) and Taiwan
usage, in both polarities (the over-triage kinds - blindness named as a risk, "no breathing
problem", a surgical scar's numbness, a healing wound's little exudate, blood as a food, a
restless night - with real emergencies or same-day signs of the same kind that must still fire).
Wrong before any rule change (the rules of 5e2ec9a): 12 of 12 rows and 30 of 51 kind sentences.
After: all 12 rows at their gold and every kind sentence at its level.

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

# RCP NEWS2 ACVPU (V: eyes open only to voice) and Manchester Triage System altered conscious
# level; NHS.uk when to call 999 (hard to wake): eyes opened only after a long calling or
# shaking; waking slowly to an alarm, or a lie-in, is none
EYES_OPEN_ONLY_AFTER_CALLING: list[tuple[str, str]] = [
    ("E", "我老公说话颠三倒四，叫他半天才睁眼"),
    ("E", "阿爸瞓喺梳化，叫咗佢好耐先擘大眼，講嘢又亂七八糟"),
    ("E", "我媽叫了很久才睜開眼睛，問她話也答不上來"),
    ("E", "外婆今天叫她好几遍才睁开眼，一会儿又闭上了"),
    ("!E", "我早上闹钟响了半天才睁眼，起来精神很好"),
    ("!E", "周末睡到十点才睁眼，起来吃了早饭，没有不舒服"),
]

# NHS.uk poisoning (eaten wild mushrooms: A&E) and TOXBASE: mushrooms picked on a hill or a walk
# and eaten, said with the picking verb after the mushrooms or "brought back"; mushrooms from a
# shop, or picking them as an outing, are none
PICKED_MUSHROOMS_EATEN: list[tuple[str, str]] = [
    ("E", "我老公吃了山上采回来的蘑菇，吐了好几次"),
    ("E", "我哋食咗行山摘返嚟嘅菇，而家屙呕"),
    ("E", "昨天吃了採回來的野菇，今天上吐下瀉"),
    ("!E", "超市买的白蘑菇炒了吃，现在胃有点胀"),
    ("!E", "周末带孩子去农场采蘑菇，孩子被蚊子咬了几个包，很痒"),
]

# NHS.uk dermal fillers and cosmetic procedures (the signs decide: sudden changes in sight after a
# filler are an emergency) and NHS.uk sudden loss of sight: blindness named as the risk a
# procedure "can" carry (会失明, 可能导致失明) is no loss of sight; the sight lost is
RISK_READ_ABOUT: list[tuple[str, str]] = [
    ("!E", "听说打玻尿酸会失明，我打完第二天只是有点肿，看东西正常"),
    ("!E", "網上說割雙眼皮可能會失明，我做完兩週了視力正常，疤有點紅"),
    ("!E", "小红书说激光祛斑会导致失明吗？我打算下个月去做"),
    ("!E", "網上話打玻尿酸會搞到失明，我打完個下巴有少少腫，睇嘢正常"),
    ("E", "打完玻尿酸十分钟，右眼突然看不见了"),
    ("E", "打完玻尿酸后左眼突然失明了，鼻子旁边发白"),
]

# Resuscitation Council UK adult basic life support (not breathing normally: 999) against its
# denial: "no breathing problem" (冇呼吸問題, 沒有呼吸問題) is no "not breathing"
NO_BREATHING_PROBLEM: list[tuple[str, str]] = [
    ("!E", "冇呼吸問題，就係喉嚨痛咗兩日"),
    ("!E", "没呼吸问题，就是咳嗽有点多，三天了"),
    ("!E", "都冇呼吸問題，隻腳踝扭親有少少腫"),
    ("E", "阿爺瞓喺床度冇呼吸，叫極都唔醒"),
    ("E", "我爸突然倒地，没有呼吸了"),
]

# NHS.uk cuts and grazes (numbness around the cut, or a part near it that cannot move: an urgent
# treatment centre or A&E): the finger named by its own name (尾指, 无名指, 小指, 拇指); a cut
# with the fingers feeling normal is none
CUT_FINGER_BY_NAME: list[tuple[str, str]] = [
    ("U", "老公開罐頭個刀一滑插咗入手掌，而家尾指麻麻哋冇感覺"),
    ("U", "切菜时刀滑了割到手掌，现在无名指麻麻的没感觉"),
    ("U", "開罐頭割到手，小指一直麻，摸起來沒感覺"),
    ("L", "切菜割到手指一个小口子，已经止血了，手指活动正常，也不麻"),
]

# NHS.uk inguinal hernia repair and NHS.uk caesarean section recovery (numbness around the scar
# is common and can last months): numbness beside a surgical wound is no cut's numbness; a
# kitchen cut with a numb finger still is
SURGICAL_SCAR_NUMB: list[tuple[str, str]] = [
    ("L", "我是疝氣手術後一個月，傷口旁邊一直麻麻的，想問正不正常"),
    ("L", "剖腹产后两个月，伤口旁边还是麻麻的，不红不痛"),
    ("L", "做完膝頭手術三個禮拜，傷口附近痹痹哋，冇紅冇腫"),
    ("U", "切菜割到手指，伤口旁边一直麻麻的，手指弯不了"),
]

# NHS.uk shortness of breath (see a GP if it gets worse when you do your normal activities) and
# NICE CKS anaemia: breathless climbing stairs said by the floors climbed (爬三楼, 行上五樓),
# told over weeks, is a GP's; breathless at rest or with chest pain is not
STAIRS_BY_FLOORS: list[tuple[str, str]] = [
    ("L", "最近两个月爬三楼就有点气短，休息一下就好"),
    ("L", "呢兩個月行上五樓就氣喘，坐低一陣就冇事"),
    ("L", "這幾個月爬到四樓就會有點喘不過氣，休息就好"),
    ("U", "今天下午爬三楼突然气短，坐着也喘不过气"),
]

# NHS.uk dermal fillers, botulinum toxin and cosmetic surgery (an infection after a procedure -
# pus, redness or swelling that spreads, hot skin, a high temperature: the practitioner or a GP
# straight away): the signs after a cosmetic injection or operation; swelling or a spot or two
# without them is aftercare
COSMETIC_INFECTION: list[tuple[str, str]] = [
    ("U", "做完隆鼻一个星期，鼻子越来越红越肿，摸着烫"),
    ("U", "打完玻尿酸第三天，注射的地方有脓，越来越肿"),
    ("U", "打完水光針塊面啲粒粒越嚟越多，仲有膿"),
    ("L", "打完玻尿酸第二天，有点肿，没有脓，也不发烧"),
    ("L", "水光针后脸有点干，出了两颗小痘痘"),
]

# NICE CKS Burns and scalds (a healing partial-thickness burn: review; infection - spreading
# redness, fever - the same day) and NICE NG125: a little exudate from a wound said to be healing
# is no sign of infection; more leaking with redness and a fever is
HEALING_WOUND_LITTLE_LEAK: list[tuple[str, str]] = [
    ("L", "烫伤一周，创面愈合中，少量渗液，周围不红，想找医生看看换药"),
    ("L", "燙傷十日，創面愈合緊，有少少滲液，冇紅冇腫"),
    ("U", "烫伤的地方渗液越来越多，周围红肿，发烧38.5"),
]

# NHS.uk tooth extraction aftercare, NHS.uk sore throat (improving by the day: self-care): a pain
# said lighter each day (一天比一天轻, 一日比一日轻) is improving; one worse each day is not
PAIN_EASING_BY_DAY: list[tuple[str, str]] = [
    ("S", "拔牙第三天，疼一天比一天轻，吃布洛芬就不疼"),
    ("S", "喉嚨痛第四日，一日比一日輕，食嘢冇問題"),
    ("N", "拔牙第三天，疼一天比一天厉害，嘴里有怪味"),
]

# NHS.uk diarrhoea and vomiting (bloody diarrhoea: a GP the same day): blood eaten as food (鸭血,
# 毛血旺, 猪血糕) is no blood in the stool; blood in the stool still is
BLOOD_AS_FOOD: list[tuple[str, str]] = [
    ("S", "昨晚吃了毛血旺，今天拉肚子两次，现在好多了"),
    ("S", "昨晚吃麻辣鍋加了很多鴨血，今天拉肚子兩次，現在已經好多了"),
    ("U", "吃了鸭血粉丝汤，今天拉肚子，大便里有血"),
]

# NHS.uk indigestion (bloating and burping after a big meal: a pharmacist, self-care): a night of
# tossing and turning before it settled is no lost function; a pain that keeps one awake and
# worsens is not a minor illness
RESTLESS_NIGHT_MINOR: list[tuple[str, str]] = [
    ("S", "昨晚吃太多，肚子胀得翻来覆去睡不着，放了几个屁就好多了"),
    ("S", "尋晚食到好飽，肚脹，翻來覆去瞓唔着，今朝好返好多"),
    ("N", "肚子痛得翻来覆去睡不着，已经两天了，越来越痛"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    EYES_OPEN_ONLY_AFTER_CALLING
    + PICKED_MUSHROOMS_EATEN
    + RISK_READ_ABOUT
    + NO_BREATHING_PROBLEM
    + CUT_FINGER_BY_NAME
    + SURGICAL_SCAR_NUMB
    + STAIRS_BY_FLOORS
    + COSMETIC_INFECTION
    + HEALING_WOUND_LITTLE_LEAK
    + PAIN_EASING_BY_DAY
    + BLOOD_AS_FOOD
    + RESTLESS_NIGHT_MINOR
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 63 wrong at the first run, the emergency first
SET63_ROWS = [
    "f63-zh-emg-008",
    "f63-zh-slf-006",
    "f63-zh-nur-007",
    "f63-zh-urg-015",
    "f63-zh-urg-014",
    "f63-zh-nur-019",
    "f63-zh-nur-011",
    "f63-zh-urg-010",
    "f63-zh-nur-012",
    "f63-zh-slf-005",
    "f63-zh-slf-008",
    "f63-zh-slf-019",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET63_ROWS, OPEN_ROWS),
)
def test_set63_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_63.jsonl", row_id)
