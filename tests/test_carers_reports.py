"""Carers writing about the person they look after: an older parent, a partner with a long-term
condition, a person with dementia or a learning disability, a care-home resident, in English and
in simplified and traditional Chinese and Cantonese.

Written before the rules changed for them, each group from the public source named above it.
Wrong before the change: 27 of 99 (22 ending below their level, 5 look-alikes raised). Open:
the row in ``OPEN`` below, with its reason. ``E`` must end ``emergency``, ``U`` at least
``urgent``, ``L`` below ``urgent``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NICE CG103 delirium / NHS.uk sudden confusion (delirium): a change from the person's usual self
# over hours or a day (newly confused, more sleepy or withdrawn, not themselves) is same-day help;
# with signs of sepsis (NHS.uk sepsis, NICE NG51) or of a stroke (NHS.uk stroke, FAST) it is 999.
# The carer's normalising words ("always a bit muddled") beside a new change do not lower it.
SUDDEN_CHANGE: list[tuple[str, str]] = [
    ("U", "mum has been newly confused since yesterday, she's not herself at all"),
    ("U", "dad is much more sleepy than usual today and not making sense"),
    ("U", "she's always a bit muddled with her dementia but today she doesn't know who I am"),
    (
        "U",
        "my husband has dementia, he's usually chatty but since this morning he's been "
        "really confused and agitated",
    ),
    ("U", "the care home rang, mum isn't herself since yesterday, more sleepy and off her food"),
    (
        "U",
        "grandad's not been himself since yesterday, he's much quieter and keeps "
        "dozing off mid sentence",
    ),
    ("E", "nan is suddenly very confused and she's hot and shivering, breathing fast"),
    (
        "E",
        "grandad has gone confused overnight, his skin looks blotchy and he hasn't had "
        "a wee since yesterday",
    ),
    ("E", "dad's not himself since yesterday, now his face has dropped on one side"),
    ("U", "我妈这两天突然糊涂了，平时不是这样的"),
    ("U", "奶奶有老年痴呆，平时也有点糊涂，但今天连我都不认得了"),
    ("U", "爸爸从昨天开始特别嗜睡，跟平时完全不一样"),
    ("U", "护工说婆婆从昨天开始不太对劲，迷迷糊糊的"),
    ("U", "護工說婆婆從昨天開始不太對勁，迷迷糊糊的"),
    ("U", "阿爸今日成个人同平时唔同，好渴瞓，问佢嘢都答非所问"),
    ("E", "外婆突然糊涂，发高烧，全身发抖，呼吸好快"),
    ("E", "阿嫲今日突然认唔到人，仲发烧，手脚冰冻，成日冇屙尿"),
    ("E", "外佣话阿爷突然讲嘢唔清楚，嘴角歪咗"),
]

# NHS.uk falls / JRCALC long lie: a person who cannot get up or has lain on the floor a long time
# is an ambulance; NICE NG232 and NHS.uk warfarin, apixaban, rivaroxaban (A&E after a head knock,
# advice straight away after a fall): a new fall on a blood thinner is at least urgent.
FALLS: list[tuple[str, str]] = [
    (
        "E",
        "found dad on the bedroom floor this morning, he'd been there all night and "
        "couldn't get up",
    ),
    ("E", "mum fell and we can't get her up, she's been on the floor for two hours"),
    ("E", "my wife fell in the bathroom and bumped her head, she's on warfarin"),
    ("U", "grandad had a fall this afternoon, he's on rivaroxaban, didn't hit his head"),
    ("U", "mum had a fall today and she takes apixaban, she seems ok but I'm worried"),
    ("E", "我爸昨晚在厕所摔倒了，在地上躺了一整夜起不来"),
    ("E", "阿嫲跌咗喺地下，起唔到身，我哋扶唔起佢"),
    ("E", "奶奶在吃华法林，今天摔倒撞到头了"),
    ("U", "外公在吃阿哌沙班，今天早上又摔了一跤，头没撞到"),
    ("E", "婆婆跌低咗成晚，今朝先發現，起唔到身"),
    ("U", "爸爸吃着抗凝药，今天在家里摔了一跤"),
]

# NICE NG51 / NHS.uk dehydration: not eating or drinking for a day or more, or far fewer wees, in
# an older person is same-day help; no wee all day, or with drowsiness, is 999.
EATING_DRINKING_WEES: list[tuple[str, str]] = [
    ("U", "mum has barely eaten or drunk anything since yesterday, she just pushes it away"),
    ("U", "dad hasn't had anything to drink for over a day and is weeing much less than normal"),
    ("E", "she hasn't had a wee all day and she's very drowsy"),
    ("U", "奶奶从昨天到现在几乎没吃没喝"),
    ("U", "阿爷成日都唔肯饮水，尿都少咗好多"),
    ("E", "爸爸一整天都没有小便了，叫他也不太醒"),
    ("U", "婆婆兩天沒怎麼吃東西，喝水也很少"),
    ("U", "外公这两天尿很少，颜色很深，水也不肯喝"),
]

# NHS.uk urinary catheters: a blocked catheter (no urine draining, tummy pain) or one bypassing with
# a temperature or cloudy smelly urine needs help the same day (district nurse, GP or 111); with
# shaking, a high temperature and confusion it is sepsis (NICE NG51: 999).
CATHETER: list[tuple[str, str]] = [
    ("U", "dad's catheter has stopped draining since this morning and his lower tummy hurts"),
    ("U", "mum's catheter keeps bypassing, there's leaking around it and she has a temperature"),
    ("E", "his catheter is blocked, he's shaking with a high temperature and confused"),
    ("U", "爷爷的尿管从早上到现在一点尿都没有流出来，肚子胀痛"),
    ("U", "婆婆的导尿管旁边一直漏尿，还发烧了"),
    ("E", "阿爷条尿喉塞咗，发高烧，打冷震，人都糊涂咗"),
    ("U", "外公的尿袋裡面的尿很混濁又有臭味，他發燒了"),
]

# NHS.uk pressure ulcers: a sore that smells, has pus, is red, hot and swollen, or comes with a
# high temperature is infected (see a GP or call 111 the same day); with confusion and fast
# breathing it is sepsis (NICE NG51: 999).
PRESSURE_SORE: list[tuple[str, str]] = [
    ("U", "grandma's pressure sore on her bottom has started to smell and there's yellow pus"),
    ("U", "the bed sore on dad's heel is getting bigger and he has a fever"),
    (
        "E",
        "mum's pressure sore smells awful and now she's burning up, confused and "
        "breathing really fast",
    ),
    ("U", "奶奶屁股上的褥疮有臭味，还流脓"),
    ("U", "阿爷背脊嘅褥疮越嚟越大，今日仲发烧"),
    ("U", "外婆腳跟的壓瘡發臭，周圍紅腫發熱"),
]

# NHS.uk dementia and pain / Abbey pain scale: a person who cannot say they are in pain and
# grimaces, winces or pulls at the tummy needs to be seen the same day; green vomit with a hard
# swollen tummy is an emergency (NHS.uk bowel obstruction).
CANNOT_SAY_PAIN: list[tuple[str, str]] = [
    (
        "U",
        "my son has a learning disability and can't talk, he keeps grimacing and "
        "pulling at his tummy",
    ),
    (
        "U",
        "mum has advanced dementia and can't tell us, but she winces and cries out "
        "when we touch her tummy",
    ),
    (
        "E",
        "my brother is non-verbal, he's been holding his tummy, vomiting green and his "
        "belly is swollen hard",
    ),
    ("U", "我妈老年痴呆说不出哪里痛，一直皱眉头，老是用手去抓肚子"),
    ("U", "我儿子有智力障碍不会说话，今天一直捂着肚子哭闹"),
    ("U", "阿嫲讲唔到边度痛，一碰佢个肚就皱眉叫"),
]

# NHS.uk stroke (FAST), told of someone else: a face dropped on one side, an arm that cannot be
# lifted, words muddled or slurred: call 999.
STROKE_OF_SOMEONE_ELSE: list[tuple[str, str]] = [
    ("E", "my husband's face has dropped on one side and his words are muddled"),
    ("E", "mum's smile is lopsided all of a sudden and she can't lift her right arm"),
    ("E", "dad's speech went all jumbled at lunch and one side of his mouth is drooping"),
    ("E", "爸爸中风后本来好好的，今天突然一边脸歪了，说话含糊不清"),
    ("E", "阿嫲突然口齿不清，嘴巴歪向一边"),
    ("E", "外婆突然講話亂七八糟，右手舉不起來"),
    ("E", "我老公突然半边脸垂下来，讲嘢唔清楚"),
]

# The look-alikes' words (a stroke or a dementia long known, always muddled, no change lately)
# beside a new FAST sign, sepsis signs or a same-day worsening: these stay where their sources put
# them (NHS.uk stroke, NICE NG51, NICE CG103: delirium on top of a dementia).
STAND_DOWN_BESIDE_DANGER: list[tuple[str, str]] = [
    (
        "E",
        "dad had a stroke years ago and his arm has always been weak, but today his "
        "face suddenly dropped and he can't get his words out",
    ),
    ("E", "奶奶老年痴呆好几年了，平时都是这样糊涂，但今天突然一边手脚动不了"),
    ("E", "婆婆中风后一直讲嘢唔清楚，但今日突然另一边脸都歪埋"),
    (
        "E",
        "mum has had dementia for years and is always muddled, but now she's burning "
        "up, shivering and her breathing is very fast",
    ),
    (
        "E",
        "mum had a stroke years ago and her speech has been a bit slow ever since, but "
        "this morning she suddenly can't get her words out",
    ),
    ("E", "爸爸中风后左手一直没力，几年都系咁，今天突然右手也抬不起来了"),
    (
        "U",
        "dad's had Alzheimer's for years, no change lately in his memory, but since "
        "this morning he's been really confused",
    ),
    ("E", "婆婆有老年痴呆，最近冇乜变化，但今日突然认唔到人，仲发高烧，打冷震"),
    (
        "E",
        "he had a stroke last year and has been the same ever since, but an hour ago "
        "his words went slurred",
    ),
    (
        "E",
        "he had a stroke last year and has been the same ever since, but an hour ago "
        "his arm went weak",
    ),
    ("E", "阿爷中风之后右手一直冇力，但係今朝突然讲唔到嘢"),
    # guards written after the change: the stand-down's words beside a new sign (none failed)
    ("E", "she had a stroke 2 years ago and since then she's been fine, now her arm is weak"),
    (
        "E",
        "dad had a stroke years ago, no change since, but his right arm has gone weak and his "
        "face looks droopy",
    ),
    ("E", "爷爷中风后一直都好好的，没有变化，现在左手突然没力"),
    ("E", "爷爷中风以后好几年了，现在右手没力，讲话不清楚"),
    ("U", "mum has dementia, no change lately, but she's much more confused since yesterday"),
    ("U", "婆婆有认知障碍，最近冇乜变化，但系琴日开始好糊涂"),
]

# Look-alikes that stay below urgent: the person at their usual baseline (NICE NG97 dementia: a
# gradual course is the GP's), a long-standing mild problem unchanged (an old stroke's weak arm or
# speech, NHS.uk stroke recovery), a catheter draining well, the carer's own tiredness or backache
# with no red flag, a question about care arrangements, a trip with no injury (NHS.uk falls).
LOOK_ALIKES: list[tuple[str, str]] = [
    ("L", "mum has dementia and is her usual self today, a bit forgetful as always, eating well"),
    ("L", "dad's been muddled for a couple of years with his Alzheimer's, no change lately"),
    ("L", "奶奶有老年痴呆好几年了，今天跟平时一样，吃饭睡觉都正常"),
    ("L", "阿爷平时都系咁，记性差咗几年，冇乜变化"),
    (
        "L",
        "grandad has had the same small red mark on his heel for months, the district "
        "nurse checks it, no change",
    ),
    (
        "L",
        "her catheter is draining fine, clear yellow urine, just asking how often to "
        "change the bag",
    ),
    ("L", "外公尿管用了半年了，尿很清，一切正常"),
    ("L", "婆婆中风后右手一直没力，已经好几年了，没有变化"),
    ("L", "dad had a stroke three years ago and his left arm has been weak ever since, no change"),
    ("L", "爸爸中風後講嘢一直有啲唔清楚，幾年都係咁"),
    ("L", "I'm exhausted looking after mum, my back aches from lifting her"),
    ("L", "照顾我妈太累了，我自己腰酸背痛，睡不好"),
    ("L", "我系外佣，照顾阿嫲，自己条腰好痛，好攰"),
    ("L", "how do I arrange respite care for my dad who has dementia?"),
    ("L", "请问怎么申请护工上门照顾老人？"),
    ("L", "外佣放假，边个可以帮手照顾阿爷？"),
    ("L", "can we get carers to come in twice a day for mum after her stroke?"),
    ("L", "mum tripped on the rug but got straight up by herself, no injury, walking fine"),
    ("L", "爷爷在地毯上绊了一下，自己马上站起来了，没受伤"),
    ("L", "奶奶胃口一般，但每天都有吃饭喝水，小便正常"),
    ("L", "nan has always been a bit slow to answer, she's the same as ever today"),
    ("L", "阿嫲一向都係咁，講嘢慢啲，今日同平時一樣"),
]

# Speller guards: typos beside the new words ("dozing" is one edit from "oozing") still read.
TYPOS: list[tuple[str, str]] = [
    ("U", "the cut on his leg is ozing pus and the redness is spreading"),
    ("U", "mum's wound after her operation is ozing yellow pus"),
    ("U", "my grandad is drowzy and not himself since yesterday"),
]

CASES = [
    *SUDDEN_CHANGE,
    *FALLS,
    *EATING_DRINKING_WEES,
    *CATHETER,
    *PRESSURE_SORE,
    *CANNOT_SAY_PAIN,
    *STROKE_OF_SOMEONE_ELSE,
    *STAND_DOWN_BESIDE_DANGER,
    *LOOK_ALIKES,
    *TYPOS,
]

OPEN: dict[str, str] = {
    "我系外佣，照顾阿嫲，自己条腰好痛，好攰": (
        "open: a carer's own back said 好痛 is read as severe flank pain (the decision's severe "
        "symptoms: urgent); NHS.uk back pain puts it at home or a GP"
    ),
}


@pytest.mark.parametrize(("expected", "text"), with_open(CASES, OPEN))
def test_carers_report_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
