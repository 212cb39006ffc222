"""Set 65's Chinese rows (voice45: understated, already seen, commute and transport).

Written by rules-kc (session 45). Each Chinese row of ``tests/data/fresh_levels_65.jsonl`` wrong
at its first run (81.2% for the set; 16 Chinese rows wrong) is named by the KIND of reading that
failed, with the published source of its gold:

- f65-zh-emg-017 (non_urgent): a road collision told by its cracked helmet (安全帽, Taiwan usage),
  then vomiting, drowsiness and memory loss - NICE NG232 head injury;
- f65-zh-slf-017 (urgent): shingles treated, the blisters crusted over - NHS.uk shingles;
- f65-zh-slf-019 (urgent): a shoe's friction blister said clean, the pain "unbearable" at the end
  of the day - NHS.uk blisters;
- f65-zh-slf-002 (non_urgent): travel sickness never named, told by the bus and by getting off -
  NHS.uk travel sickness;
- f65-zh-slf-016 (non_urgent): gastroenteritis named by a doctor, the diarrhoea stopped, eating -
  NHS.uk diarrhoea and vomiting;
- f65-zh-slf-008, f65-zh-slf-012 (non_urgent): a follow-up asked about (还需要再去复查吗) or a
  follow-up call's notes (电话随访) beside an improving course - NHS.uk sprains and strains, NICE
  CKS conjunctivitis;
- f65-zh-urg-007 (emergency): a heart attack ruled out with 了 after it (排除心梗了) - NHS.uk /
  BTS asthma for the row's gold;
- f65-zh-urg-019 (emergency): last week's chest pain explained (肋软骨发炎) beside a swollen calf,
  no breathlessness - NHS.uk DVT, NICE NG158;
- f65-zh-nur-018 (emergency): a stranger's seizure seen on the metro, "nothing to do with me" -
  NHS.uk alopecia for the row's gold;
- f65-zh-urg-008 (emergency): the glass test quoted from what was read online (网上说), the
  child's rash fading - NICE NG143 amber;
- f65-zh-urg-010 (emergency): a face swollen by a tooth's infection with a fever, on amoxicillin,
  read as an allergy - NHS.uk dental abscess;
- f65-zh-urg-011 (non_urgent): a finger crushed in a metro door (夹了手) - NHS.uk broken finger;
- f65-zh-urg-015 (non_urgent): a bead in a child's ear in Cantonese (耳仔塞咗粒珠，攞唔出) -
  NHS.uk objects in the ear;
- f65-zh-urg-013 (non_urgent): cellulitis past the drawn line in Cantonese (过咗条线) with a
  fever on antibiotics - NICE CKS cellulitis / NG141;
- f65-zh-nur-008 (self_care): ankles swollen on amlodipine started last month - NHS.uk
  amlodipine.

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 0557fed): 16 of 16 rows and 27
of 78 kind sentences. After: all 16 rows at their gold and every kind sentence at its level.

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

# NICE NG232 Head injury (vomiting, drowsiness, confusion or memory loss after a head injury: the
# emergency department; a road collision is a dangerous mechanism) and NHS.uk head injury (a
# cracked helmet): the head's blow told only by the helmet, 安全帽 in Taiwan usage, cracked in a
# road collision; the same collision with the person clear, or a helmet cracked with no
# collision, is not an emergency
HELMET_CRACKED_IN_A_COLLISION: list[tuple[str, str]] = [
    ("E", "骑电动车被车撞了，头盔都裂了，现在吐了两次，很想睡"),
    ("E", "騎機車摔車，安全帽撞裂了，剛才想不起來發生什麼事"),
    ("E", "出了车祸，没戴安全帽，一直很想睡，头越来越痛"),
    ("E", "追尾了，前面的车把我撞倒，头盔撞破了，一直想吐"),
    ("!E", "骑机车被撞，安全帽裂了，手肘擦破皮，头不痛，没吐，很清醒"),
    ("L", "安全帽摔裂了要换新的吗，人没事"),
]

# NHS.uk shingles (a GP or 111 as soon as possible: antivirals work best within 3 days; the rash
# dries and scabs as it heals; urgently if near the eye): shingles already treated, the blisters
# said crusted over, is home care; shingles new, or blisters by the eye, stays the same day
SHINGLES_CRUSTED_OVER: list[tuple[str, str]] = [
    ("S", "奶奶上周确诊带状疱疹，在背上，吃了抗病毒药，现在水泡都结痂了，不怎么痛了"),
    ("S", "医生说我是带状疱疹，已经结痂了，也不痛了，还会传染吗"),
    ("S", "阿婆生缠腰龙，食紧抗病毒药，啲水泡结晒痂，冇咁痛"),
    ("U", "我爸腰上长了带状疱疹，昨天开始起水泡，很痛"),
    ("U", "带状疱疹结痂了，可是今天额头和眼皮又起了一串水泡"),
]

# NHS.uk blisters (friction from shoes: heal on their own, cover them, do not burst them; a GP
# when red, hot, swollen or with pus): a shoe's rubbed blister said clean, however much it hurt,
# is self-care; the same blister red, swollen and hot, or a hot swollen foot, is not
SHOE_BLISTER_CLEAN: list[tuple[str, str]] = [
    ("S", "穿新鞋逛了一天街，脚后跟磨出水泡，痛到不行，没破也不红"),
    ("S", "新买的皮鞋太硬，鞋磨脚，痛死了，脚趾起了个小水泡，不红不肿"),
    ("U", "新鞋磨出水泡，现在整个脚背又红又肿又烫，痛到不行"),
    ("U", "鞋磨出水泡，水泡破了，又红又肿流脓，痛到不行"),
    ("U", "穿新鞋走路，脚背突然痛到不行，又红又肿又烫，发烧38.5"),
]

# NHS.uk travel sickness (feeling sick, dizzy or sweating on a journey; it eases once the journey
# stops: a pharmacist's tablets for the next trip): the sickness told by the ride and by getting
# off, never named; sickness that goes on after getting off, or chest pain, is not
TRAVEL_SICKNESS_OFF_THE_BUS: list[tuple[str, str]] = [
    ("S", "坐大巴走盘山路，一路恶心想吐，下车透透气就好了，下次怎么办"),
    ("S", "搭船去离岛，成程想呕，落船坐一阵就好返"),
    ("S", "felt sick on the coach along the winding roads, fine once we got off, any tips?"),
    ("N", "坐公交车的时候一直恶心，下车后还是吐了好几次，肚子越来越痛"),
    ("E", "坐车回来的路上突然胸口闷痛、恶心出冷汗，下车透气也没好"),
]

# NHS.uk diarrhoea and vomiting (gets better in a few days at home; 111 when fluids will not stay
# down, no pee, or blood): gastroenteritis named by a doctor with the diarrhoea stopped or eating
# again is home care; named with blood, fluids not kept down or weeks of it is not
GASTROENTERITIS_SETTLING: list[tuple[str, str]] = [
    ("S", "医生说是肠胃炎，今天不拉了，能喝粥"),
    ("S", "醫生話係腸胃炎，今日冇肚屙，食到粥，飲到水"),
    ("S", "the GP said gastroenteritis, the diarrhoea has stopped and I'm eating again"),
    ("N", "医生说是肠胃炎，今天还在拉，大便带血"),
    ("U", "医生说是肠胃炎，今天还拉了十几次，一天没尿了"),
    ("N", "医生说是肠胃炎，今天一直吐，水都喝不进去"),
]

# NHS.uk sprains and strains and conjunctivitis (a GP only when not better after a week or with
# pain, light sensitivity or sight change): a follow-up asked about ("还需要复查吗"), or a
# follow-up call's own notes, beside a course said to be improving is no review to arrange; a
# review booked by the doctor, or a course getting worse, still is
FOLLOW_UP_ASKED_WHEN_IMPROVING: list[tuple[str, str]] = [
    ("S", "崴脚一周了，肿消了很多，走路好多了，还需要去复查吗"),
    ("S", "结膜炎电话随访：分泌物减少，发红减轻，无眼痛，视力正常"),
    (
        "S",
        "sprained my ankle last week, x-ray was clear, the swelling is going down, do I need a"
        " follow-up?",
    ),
    ("N", "医生让我两周后回去复查，现在好多了"),
    ("U", "崴脚一周，肿还是没消，越来越痛，还需要去复查吗"),
    ("U", "结膜炎电话随访：分泌物增多，眼睛痛，怕光，看东西模糊"),
]

# NICE CKS Chest pain and NHS.uk asthma (a reliever needed more than every 4 hours: same-day):
# a heart attack a doctor has ruled out (排除心梗了, 已排除), the 了 after the illness, is no
# heart attack named; one not ruled out (不能排除, 要排除) still is
HEART_ATTACK_RULED_OUT: list[tuple[str, str]] = [
    ("!E", "上周胸口痛去急诊，医生说排除心梗了，放心了。现在想问膝盖扭了一下怎么办"),
    ("!E", "已排除心梗，是胃食管反流，吃了药好多了"),
    ("E", "医生说不能排除心梗，让我马上去医院"),
    ("E", "胸口压着痛半小时，出冷汗，医生说要排除心梗"),
    ("E", "急诊说排除心肌梗塞，但今天又开始胸口压榨样痛，出冷汗"),
]

# NICE NG158 and NHS.uk DVT (a swollen, painful calf: same day; with breathlessness, chest pain or
# coughing blood: 999): a chest pain a doctor has already explained (costochondritis, not the
# heart) beside a swollen calf is the DVT's same day; breathlessness, blood or a chest pain on
# breathing in with it is still an emergency
CHEST_PAIN_EXPLAINED_BESIDE_A_CALF: list[tuple[str, str]] = [
    ("=U", "上周胸口痛，急诊说是肋软骨炎，好多了。现在右小腿又肿又痛，不喘"),
    (
        "=U",
        "my calf is swollen and sore, the A&E said my chest pain last week was costochondritis,"
        " no breathlessness",
    ),
    ("E", "急诊说是肋软骨炎，可是今天小腿肿痛，走几步就喘不过气"),
    ("E", "医生说不是心脏病，现在小腿肿痛，还咳出血来"),
    ("E", "小腿肿痛了两天，今天胸口痛，吸气更痛"),
]

# NHS.uk seizures (999 is for the person having one, called by those with them): a stranger's
# seizure the writer only saw, said to be none of theirs, is no emergency of the writer's; one
# happening beside the writer now, or the writer's own danger after it, still is
A_STRANGERS_SEIZURE_SEEN: list[tuple[str, str]] = [
    ("!E", "今天看到一个陌生人癫痫发作，已经有人叫了救护车，跟我没关系。我想问我的脱发"),
    (
        "!E",
        "I saw someone have a seizure on the train this morning, nothing to do with me, I want"
        " to ask about my rash",
    ),
    ("E", "有人在公交车上突然抽搐，现在还在抽，我在旁边，怎么办"),
    ("E", "地铁上有人晕倒抽搐，跟我没关系，可是我现在也胸口很痛，喘不过气"),
]

# NICE NG143 (the glass test: a rash that does not fade under a glass with a fever is 999; one
# that fades is not, the fever's own signs decide): the danger sign quoted from what was read
# (网上说…压了不褪色) and the child's rash said to fade is no non-blanching rash; the child's
# own rash that does not fade, after the same quote, still is
GLASS_TEST_READ_ABOUT: list[tuple[str, str]] = [
    (
        "!E",
        "网上说脑膜炎的疹子压了不褪色，我用杯子压了，孩子的疹子一压就褪了，他三岁，发烧一天，"
        "精神很好",
    ),
    ("E", "网上说压了不褪色的疹子很危险，我女儿的疹子压了也不褪色，发烧39度"),
    ("E", "网上说压了不褪色的疹子很危险，我女儿身上的紫点压了不褪色，发烧39度"),
    ("E", "孩子发烧，身上的疹子用杯子压了不褪色"),
]

# NICE NG126 Ectopic pregnancy and miscarriage and NHS.uk vaginal bleeding in pregnancy (a little
# brown or pink bleeding: the same day): once the quoted 见红 is read as read (网上说, above), the
# brown seen on the paper after wiping in a pregnancy is the writer's own spotting; brown on the
# paper with the bottom named, or with no pregnancy, is not (f57-zh-urg-007 held by it)
BROWN_ON_THE_PAPER_IN_PREGNANCY: list[tuple[str, str]] = [
    (
        "=U",
        "网上说见红就是要流产了，吓死了。我怀孕十一周，今天早上擦的时候纸上有一点点咖啡色的，不痛",
    ),
    ("=U", "怀孕九周，早上擦的时候纸上有点褐色，不痛"),
    ("L", "怀孕八周，擦屁股的时候纸上有点咖啡色，大便有点干"),
    ("L", "擦的时候纸上有一点咖啡色，没怀孕，月经快来了"),
]

# NHS.uk dental abscess (a swollen face with a fever: a dentist the same day; 999 when breathing
# or swallowing is hard or the eye swells) and RCUK anaphylaxis: a face swollen by a tooth's
# infection with a fever, on its antibiotic, is the abscess spreading, not an allergy; a swelling
# soon after the antibiotic without fever, or the tongue with breathing trouble, stays 999
DENTAL_SWELLING_ON_ITS_ANTIBIOTIC: list[tuple[str, str]] = [
    ("=U", "牙周脓肿吃了两天头孢，脸越来越肿，发烧38.5，张口还可以，呼吸正常"),
    ("=U", "牙痛半边脸肿，吃了消炎药还更肿，发烧38度，吞口水没问题"),
    (
        "=U",
        "my tooth abscess is on amoxicillin, my cheek is more swollen, temperature 38.3,"
        " breathing fine",
    ),
    ("E", "牙龈发炎吃阿莫西林，半小时后嘴唇和脸都肿了，全身起风团"),
    ("E", "智齿发炎发烧，吃了阿莫西林后舌头肿，喘不过气"),
]

# NHS.uk broken finger (a finger swollen, bruised or unable to bend after an injury: an urgent
# treatment centre for an X-ray): a finger crushed in a door (夹了手, 夹亲) is an injury; a door's
# knock with the finger moving is not a fracture's
FINGER_CRUSHED_IN_A_DOOR: list[tuple[str, str]] = [
    ("U", "被门夹了手指，现在又肿又紫，动不了"),
    ("U", "车门夹到手，食指变形了，好痛"),
    ("L", "地铁门夹了一下手，有点红，现在能动，不怎么痛"),
    ("L", "抽屉夹了手指，指甲下面有点紫，手指活动正常"),
]

# NHS.uk objects in the ear or nose (a child who pushed something in: do not try to remove it,
# an urgent treatment centre or A&E): the object told by its measure word after 塞咗 / 塞了 or by
# its not coming out (攞唔出); an ear blocked by a flight or water is not
OBJECT_STUCK_IN_AN_EAR: list[tuple[str, str]] = [
    ("U", "孩子把珠子塞进耳朵里了，拿不出来"),
    ("U", "个女耳仔塞咗粒豆，攞唔出嚟"),
    ("U", "阿仔鼻哥塞咗粒珠仔，攞唔出"),
    ("L", "坐完飞机耳仔塞塞哋，听嘢有啲矇"),
    ("L", "游完水耳仔塞咗，有啲水声"),
]

# NICE NG141 Cellulitis and NHS.uk cellulitis (spreading despite antibiotics, with a fever: same
# day): the redness said to have gone past the drawn line (过咗条线, 过了画的线); a line crossed
# in a race or a road, or redness inside the line, is not
CELLULITIS_PAST_THE_LINE: list[tuple[str, str]] = [
    ("U", "阿妈只脚蜂窝组织炎，食紧抗生素，红嗰度过咗条线，仲发烧"),
    ("U", "医生说是蜂窝组织炎，开了抗生素，我用笔画了线，今天红的地方已经过了画的线，发烧38度"),
    ("L", "蜂窝组织炎吃抗生素两天，红的范围缩小了，在画的线里面，不发烧"),
    ("L", "跑步过咗条线先发现鞋带松咗，冇受伤"),
    ("L", "过马路的时候过了那条线才发现红灯，吓了一跳，没受伤"),
]

# NHS.uk amlodipine (swollen ankles are a common side effect: talk to the doctor if they do not go
# away) and NICE CKS Hypertension: ankles swollen on a calcium-channel blocker started last month
# are a GP's review, not self-care; the same ankles with no medicine named are not
ANKLES_ON_AMLODIPINE: list[tuple[str, str]] = [
    ("N", "上个月开始吃氨氯地平，脚踝傍晚有点肿，早上就消了"),
    (
        "N",
        "started amlodipine last month and my ankles are a bit swollen by the evening, fine in"
        " the morning",
    ),
    ("L", "上个月开始吃氨氯地平，脚踝傍晚有点肿，早上就消了"),
    ("S", "我没吃氨氯地平，脚踝有点肿，早上消了"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    HELMET_CRACKED_IN_A_COLLISION
    + SHINGLES_CRUSTED_OVER
    + SHOE_BLISTER_CLEAN
    + TRAVEL_SICKNESS_OFF_THE_BUS
    + GASTROENTERITIS_SETTLING
    + FOLLOW_UP_ASKED_WHEN_IMPROVING
    + HEART_ATTACK_RULED_OUT
    + CHEST_PAIN_EXPLAINED_BESIDE_A_CALF
    + A_STRANGERS_SEIZURE_SEEN
    + GLASS_TEST_READ_ABOUT
    + BROWN_ON_THE_PAPER_IN_PREGNANCY
    + DENTAL_SWELLING_ON_ITS_ANTIBIOTIC
    + FINGER_CRUSHED_IN_A_DOOR
    + OBJECT_STUCK_IN_AN_EAR
    + CELLULITIS_PAST_THE_LINE
    + ANKLES_ON_AMLODIPINE
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 65 wrong at the first run
SET65_ZH_ROWS = [
    "f65-zh-emg-017",
    "f65-zh-urg-007",
    "f65-zh-urg-008",
    "f65-zh-urg-010",
    "f65-zh-urg-011",
    "f65-zh-urg-013",
    "f65-zh-urg-015",
    "f65-zh-urg-019",
    "f65-zh-nur-008",
    "f65-zh-nur-018",
    "f65-zh-slf-002",
    "f65-zh-slf-008",
    "f65-zh-slf-012",
    "f65-zh-slf-016",
    "f65-zh-slf-017",
    "f65-zh-slf-019",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET65_ZH_ROWS, OPEN_ROWS),
)
def test_set65_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_65.jsonl", row_id)
