"""Set 65's Chinese rows (voice45: understated, already seen, commute and transport).

Written by rules-kc (session 45). Each Chinese row of ``tests/data/fresh_levels_65.jsonl`` wrong
at its first run (81.2% for the set; 16 Chinese rows wrong) is named by the KIND of reading that
failed, with the published source of its gold:

KIND_LIST

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 0557fed): WRONG_BEFORE.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

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

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    HELMET_CRACKED_IN_A_COLLISION
    + SHINGLES_CRUSTED_OVER
    + SHOE_BLISTER_CLEAN
    + TRAVEL_SICKNESS_OFF_THE_BUS
    + GASTROENTERITIS_SETTLING
    + FOLLOW_UP_ASKED_WHEN_IMPROVING
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
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=OPEN_ROWS[r]))
        if r in OPEN_ROWS
        else r
        for r in SET65_ZH_ROWS
    ],
)
def test_set65_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = fresh_row("fresh_levels_65.jsonl", row_id)
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
