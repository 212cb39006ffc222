"""Set 59's Chinese rows (voice42: wearables and home devices, disability and communication, home
and DIY).

Written by rules-hc (session 42). Each Chinese row of ``tests/data/fresh_levels_59.jsonl`` wrong
at its first run is named by the KIND of reading that failed, with the published source of its
gold; the five self-care messages at emergency first:

- f59-zh-slf-006 (emergency): a poisoning said as nearly had (差点煤气中毒), the alarm set off by
  cooking fumes, no symptoms - NHS.uk carbon monoxide poisoning;
- f59-zh-slf-008 (emergency): an oximeter's low reading blamed on nail polish and measured again
  normal (擦掉重新测98%) - NHS.uk pulse oximetry at home (take another reading; the retake decides);
- f59-zh-slf-013 (emergency): a watch's rate of 150 given exercise as its cause in the next clause
  (係因為我去咗跑步), back to the seventies once stopped - NHS.uk heart palpitations (a fast heart
  in exercise is normal);
- f59-zh-slf-014 (emergency): a shock that turned out to be static (其實係...靜電) - NHS.uk electric
  shock (a shock from the mains, a wire or a power line);
- f59-zh-slf-020 (emergency): a note's lasting deficit named as its label (中風後失語) -
  NHS.uk stroke recovery;
- f59-zh-urg-005 (self_care): a nappy wet once in half a day (尿不湿半天才湿一次; the 不 of
  尿不湿 read as a negation) - NICE NG143 amber;
- f59-zh-urg-014 (non_urgent): red, swollen and hot said in a row over the big toe (腳公拇趾又紅又腫
  又熱) - NICE CKS septic arthritis / gout;
- f59-zh-slf-009 (non_urgent): an ulcer slowly getting smaller (在慢慢变小) - NHS.uk mouth ulcers;
- f59-zh-slf-012 (non_urgent): a care note's "as usual" (精神食欲同平时) beside an older person's
  cold - NHS.uk common cold, NICE NG51;
- the others are left open (see OPEN_ROWS), each gold checked against its source.

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of d9366d1): 18 of 18 rows and 17
of 38 kind sentences. After: 8 rows at their gold (four of the five self-care rows at emergency
among them; f59-zh-slf-006 from emergency to non_urgent), two left at emergency with golds that
disagree with their guidance, and every kind sentence at its level but one left open (OPEN).

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

# NHS.uk carbon monoxide poisoning (a headache, dizziness, feeling sick: fresh air and advice the
# same day; confusion, collapse: 999): a poisoning nearly had (差点, 险些) is none, its symptoms
# decide; with them the same-day or 999 rules still read
NEARLY_POISONED: list[tuple[str, str]] = [
    ("L", "我差点煤气中毒，还好发现得早，开窗通风了，现在没有头痛也不恶心"),
    ("L", "險些瓦斯中毒，幸好報警器響了馬上開窗，現在沒有任何不舒服"),
    ("=U", "热水器漏气，差点煤气中毒，现在头痛恶心"),
    ("E", "我妈差点煤气中毒，现在迷迷糊糊叫不醒"),
    ("E", "家里几个人都头痛恶心，怀疑煤气中毒了"),
]

# NHS.uk pulse oximetry at home (nail polish and cold hands give false low readings; take another
# reading, and act on it): a low reading measured again normal after its cause was put right is
# no low saturation; a low retake, or a retake beside blue lips, is still an emergency
OXIMETER_RETAKEN: list[tuple[str, str]] = [
    ("L", "血氧仪显示85%，手太冰了，搓热手再测一次是97%，没有不舒服"),
    ("L", "指脉氧刚才89，涂了指甲油，卸掉再测一次98"),
    ("E", "血氧仪显示85%，重新测还是86%，嘴唇有点紫"),
    ("E", "妈妈血氧仪显示90%，我重新夹了一次变成96%，但她喘得很厉害，嘴唇发紫"),
    ("E", "血氧88%，喘得厉害"),
]

# NHS.uk heart palpitations (a heart beating fast during exercise is normal) and RCP NEWS2
# (scored at rest): a rate given exercise as its cause in the clause after it is no resting rate;
# a cause denied (不是因为运动) keeps the reading
RATE_CAUSED_BY_EXERCISE: list[tuple[str, str]] = [
    ("L", "手表说我心跳到了160，因为我在打球，休息一下就降下来了，没有不舒服"),
    ("L", "隻錶話我心跳最高一百六，係因為頭先去咗行山，停低之後就返到七十幾"),
    ("E", "手表说心跳170，不是因为运动，我一直坐着，胸口有点闷"),
    ("E", "手錶話心跳一百六，唔係因為跑步，我坐喺度都係咁，有啲頭暈"),
    ("E", "心跳150，跑步后一直降不下来，胸口痛"),
]

# NHS.uk electric shock (a shock from the mains, a socket, a wire or a power line: A&E with a
# burn, palpitations, a faint): a static discharge off a jumper or a door handle names no supply;
# a static only thought of (以为是静电) and a mains shock said beside it stay shocks
STATIC_NOT_SHOCK: list[tuple[str, str]] = [
    ("L", "我以为触电了，原来是静电，手指痛了一下就好了"),
    ("L", "脫毛衣嗰陣好似觸電咁，其實係靜電，手指痺咗一陣"),
    ("E", "以为是静电，其实是插座漏电，电了一下之后心慌胸口痛"),
    ("E", "不是静电，是插座漏电，触电了，手有烧伤"),
    ("E", "修插座的时候触电了，现在心跳很快很乱"),
]

# NHS.uk stroke recovery (a lasting deficit after a stroke) and NHS FAST (new or suddenly worse
# signs: 999): a deficit named as a note's condition label (中风后失语, 脑梗后偏瘫) is the baseline;
# a new sign beside it today stays a 999 call
POST_STROKE_LABEL: list[tuple[str, str]] = [
    ("L", "护理记录：女，80岁，脑梗后失语，今天咳嗽两声，体温36.8，生命体征平稳"),
    ("L", "我爸卒中後偏癱，想問下有冇社區復康服務"),
    ("E", "爷爷中风后失语，今天突然右手也抬不起来"),
    ("E", "外公卒中后偏瘫，今天突然讲话含糊不清"),
    ("E", "我妈今天早上突然说不出话，嘴也歪了"),
]

# NICE CKS Septic arthritis / Gout and NHS.uk joint pain (a hot, swollen joint: same-day
# assessment): red, swollen and hot said in a row (又红又肿又热), the big toe in Hong Kong and
# Taiwan words (脚公拇趾, 大拇趾); swollen but not hot or red stays below same day
HOT_JOINT_IN_A_ROW: list[tuple[str, str]] = [
    ("=U", "我爸的大拇趾今天又红又肿又热，痛得不能走路"),
    ("=U", "膝頭又腫又熱，今朝開始"),
    ("L", "打完波膝头有啲肿，冇热冇红"),
]

# NHS.uk common cold (treated at home at any age) and NICE NG51 / Age UK (in frailty the warning
# is a change from the usual): a care note's "as usual" after what it compares (精神食欲同平时,
# 精神胃口如常) is the older person's usual self; a fever or a sudden muddle beside it is not
NOTE_AS_USUAL: list[tuple[str, str]] = [
    ("S", "护理记录：男，88岁，今天流鼻涕，体温37.0，精神食欲如常"),
    ("S", "外公八十五歲，流鼻水打噴嚏兩日，精神胃口如常"),
    ("N", "护理记录：男，88岁，今天流鼻涕，发烧38.6，精神食欲如常"),
    ("E", "外婆九十岁，今天突然糊涂了，不认得人，精神食欲如常"),
]

# NHS.uk mouth ulcers (usually heal within 1 to 2 weeks; see a GP if lasting over 3 weeks): an
# ulcer slowly getting smaller (在慢慢变小) is improving; one not healed in three weeks is not
ULCER_GETTING_SMALLER: list[tuple[str, str]] = [
    ("S", "舌头上的溃疡两天了，在慢慢变小，吃饭有点痛"),
    ("L", "嘴里长了个溃疡，三个礼拜了，一直没好"),
]

# NICE NG143 Fever in under 5s (amber: reduced urine output: same day): a nappy wet only once in
# hours (半天才湿一次), the nappy named 尿不湿 (its 不 negates nothing); nappies wet as usual are
# green
NAPPY_WET_ONCE: list[tuple[str, str]] = [
    ("=U", "宝宝一岁，发烧38.5，尿不湿一上午才湿了一次，还在玩"),
    ("=U", "个女两岁，发烧三十九度，尿片半天才湿咗一次"),
    ("L", "宝宝两岁，发烧38.5，尿不湿湿了好几次，能吃能玩"),
    ("S", "宝宝一岁，流鼻涕，尿不湿正常，不发烧"),
]

KINDS = (
    NEARLY_POISONED
    + OXIMETER_RETAKEN
    + RATE_CAUSED_BY_EXERCISE
    + STATIC_NOT_SHOCK
    + POST_STROKE_LABEL
    + HOT_JOINT_IN_A_ROW
    + NOTE_AS_USUAL
    + ULCER_GETTING_SMALLER
    + NAPPY_WET_ONCE
)

OPEN: dict[str, str] = {
    "护理记录：女，80岁，脑梗后失语，今天咳嗽两声，体温36.8，生命体征平稳": (
        "NHS.uk stroke recovery: the label is read as lasting, but 今天 said of the cough is read "
        "as the speech sign's onset (stroke_speech_new_onset reads onset_today anywhere in the "
        "message); left open by rules-hc in session 42"
    ),
}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 59 wrong at the first run
SET59_ZH_ROWS = [
    "f59-zh-slf-006",
    "f59-zh-slf-008",
    "f59-zh-slf-013",
    "f59-zh-slf-014",
    "f59-zh-slf-020",
    "f59-zh-urg-003",
    "f59-zh-urg-004",
    "f59-zh-urg-005",
    "f59-zh-urg-011",
    "f59-zh-urg-013",
    "f59-zh-urg-014",
    "f59-zh-nur-005",
    "f59-zh-nur-006",
    "f59-zh-nur-008",
    "f59-zh-nur-013",
    "f59-zh-slf-009",
    "f59-zh-slf-012",
    "f59-zh-slf-018",
]

# rows not worked in the time (the self-care messages at emergency first)
_LEFT = "not worked by rules-hc in session 42 (time: the self-care rows at emergency first); "

OPEN_ROWS: dict[str, str] = {
    "f59-zh-slf-006": (
        "gold self_care agrees with NHS.uk carbon monoxide poisoning (an alarm set off by cooking"
        " fumes, no symptoms); no longer an emergency (差点煤气中毒 is no poisoning) but"
        " 开窗后就没事 is not read as improving (a bare 就没事 also ends a recurring dizziness"
        " on standing, fresh set 34's f34-zh-non-007): non_urgent"
    ),
    "f59-zh-urg-003": (
        "gold urgent (NICE CKS contact-lens keratitis, same-day eye casualty) disagrees with "
        "NHS.uk red eye, which sends a red eye with changed vision, a very painful eye or light "
        "hurting the eye to A&E at once: left at emergency"
    ),
    "f59-zh-urg-004": (
        "gold urgent agrees with NICE CKS UTI / NICE NG51 (a fever with a change in behaviour in "
        "someone who cannot say how they feel: same day); " + _LEFT + "read as mild self-care"
    ),
    "f59-zh-urg-011": (
        "gold urgent (NEWS2 single parameter) disagrees with NICE NG51, where new altered mental "
        "state with a suspected infection is a high-risk criterion (emergency): left at emergency"
    ),
    "f59-zh-urg-013": (
        "gold urgent agrees with NHS.uk atrial fibrillation / heart palpitations (a new irregular "
        "heartbeat felt: urgent GP or 111); " + _LEFT + "a watch's rhythm alert with palpitations "
        "felt (揼揼聲) is read as mild"
    ),
    # (f59-zh-nur-005, a night-time dip with snoring and no reading now, closed by rules-lk in
    # session 46: NICE NG202; tests/test_over_triage_46c.py)
    "f59-zh-nur-006": (
        "gold non_urgent agrees with NHS.uk numbness lasting after an injury (see a GP); "
        + _LEFT
        + "read as mild self-care"
    ),
    # (f59-zh-nur-008, a watch's AF alert once, half a month ago, with many normal ECGs since,
    # closed by rules-hb and rules-hd's watch-alert groups: NICE NG196; see_a_gp_or_home.yaml)
    "f59-zh-nur-013": (
        "gold non_urgent agrees with NHS.uk back pain (not better after a few weeks: see a GP); "
        + _LEFT
        + "上個月 is not read as a span lasting"
    ),
    "f59-zh-slf-018": (
        "gold self_care agrees with NICE NG136 (a single 138/86, then home readings about 120/80); "
        + _LEFT
        + "read as lasting or coming back"
    ),
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET59_ZH_ROWS, OPEN_ROWS),
)
def test_set59_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_59.jsonl", row_id)
