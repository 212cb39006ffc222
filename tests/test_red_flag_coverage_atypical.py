"""Classic emergencies in their atypical presentations, and their look-alikes (fresh set 18,
rules-ah).

Written before the rule changes, in our own words (not the rows of
tests/data/fresh_levels_18.jsonl): 33 of the 43 positives (``E``) were below an emergency on the
rules at 8a89bd3 (the other 10, other phrasings of the same signs, already were and stay as
guards), and each look-alike (``!E``) must not be one (none was, none is).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk heart attack: "some people may only experience minor pain, similar to indigestion ...
# especially women, older people and people with diabetes", with sweating, breathlessness or
# feeling lightheaded; NICE CG95 / NG185: associated features (sweating, pallor); the response
# to a remedy (GTN, an antacid) rules nothing out (CG95 1.1.1.7 for GTN).
ACS_AS_INDIGESTION_NO_ARM: list[tuple[str, str]] = [
    ("E", "my dad has heartburn that rennies haven't helped, he's clammy and looks grey"),
    ("E", "gran says it's only indigestion but she's pale and sweaty and it won't go"),
    ("E", "indigestion for an hour, antacids did nothing, sweating and short of breath"),
    ("E", "upper tummy pressure, sweating buckets, gone really pale, I'm 70 and diabetic"),
    ("E", "我爸说是消化不良，吃了胃药没用，一直出冷汗，脸色发灰"),
    ("E", "阿嫲話胃唔舒服，食咗胃藥都冇用，成身冷汗，面色好白"),
    ("E", "我媽說是火燒心，出冷汗，臉色很蒼白"),
    ("!E", "indigestion after a big curry, took an antacid and it settled, feel fine"),
    ("!E", "heartburn after pizza, gaviscon sorted it"),
    ("!E", "bit of indigestion and sweaty after a hot bath, went away with a rennie"),
    ("!E", "吃了火锅有点烧心，吃了胃药就好了"),
    ("!E", "消化不良，胃胀，吃多了"),
    ("!E", "heartburn and sweaty after a spicy meal and a run, a bit out of breath"),
    # persistence said of something else is no unrelieved indigestion (coordinator's probe)
    ("!E", "my cough won't go away and I'm sweating at night, indigestion too after meals"),
    ("!E", "indigestion after dinner, a rash that's not going away, sweaty in this heat"),
    ("E", "indigestion that won't shift, sweating and short of breath, I'm 68"),
]

# NICE NG51 sepsis: new altered mental state with a suspected infection is high risk; NHS.uk
# sepsis and NG143 count a fever felt by touch ("feels hot", 摸落好热) and shivering.
SEPSIS_FELT_HOT: list[tuple[str, str]] = [
    ("E", "my grandad is confused today, doesn't know where he is, and he feels hot"),
    ("E", "mum's muddled this morning, keeps calling me by my sister's name, feels really hot"),
    ("E", "外婆今天突然糊涂了，认不出人，摸着很烫"),
    ("E", "阿爺今日亂晒，唔知自己喺邊，摸落好熱"),
    ("!E", "grandad's a bit tired after a cold, no confusion, eating and chatting"),
    ("!E", "my face feels hot after the sauna"),
    ("!E", "外公感冒后有点累，吃饭说话都正常，没发烧"),
]

# NICE NG18 diabetes in children, NHS.uk diabetic ketoacidosis: thirst and weeing a lot (new
# diabetes) with vomiting or tummy pain and deep, heavy breathing or drowsiness: A&E.
DKA_NEW_DIABETES: list[tuple[str, str]] = [
    (
        "E",
        "my daughter is 11, always thirsty and weeing loads lately, now vomiting and "
        "breathing really deep",
    ),
    (
        "E",
        "son is 6, drinking water all the time and wetting the bed again, tummy pain and "
        "big heavy breaths",
    ),
    (
        "E",
        "I've been so thirsty and peeing all the time for weeks, now being sick and my "
        "breathing is deep and heavy",
    ),
    ("E", "女儿10岁，最近老是口渴尿很多，今天吐了好几次，呼吸很深"),
    ("E", "個仔8歲，成日飲水成日去廁所，今日肚痛嘔咗，呼吸好深好大力"),
    ("!E", "my son has a tummy bug, vomited twice, drinking lots of water, breathing fine"),
    ("!E", "I'm thirsty and weeing a lot since it got hot, otherwise fine"),
    ("!E", "孩子最近喝水多尿多，精神很好，吃饭正常"),
]

# NHS.uk ectopic pregnancy: pain in the tip of the shoulder, tummy pain low down, a missed or
# late period, feeling faint or very dizzy: 999 / A&E in combination.
ECTOPIC_SHOULDER_TIP: list[tuple[str, str]] = [
    ("E", "pain in the tip of my left shoulder and I feel faint, my period's 3 weeks late"),
    (
        "E",
        "my left shoulder tip hurts, crampy pain low in my tummy, period is a week late and "
        "I feel faint",
    ),
    (
        "E",
        "sharp pain at the end of my right shoulder, dizzy when I stand, period about 10 days late",
    ),
    ("E", "月经推迟了两周，左边肩膀尖痛，站起来头晕"),
    ("!E", "period a few days late, no pain, feel fine"),
    ("!E", "shoulder aches after the gym, no other symptoms"),
    ("!E", "月经推迟了几天，没有肚子痛，没有不舒服"),
]

# NHS.uk aortic dissection: sudden severe chest or upper back pain, often a tearing, ripping or
# shearing sensation (the verb in any form, felt as something that rips or tears).
DISSECTION_RIPPING: list[tuple[str, str]] = [
    ("E", "felt something rip in my back while lifting, the worst pain ever"),
    ("E", "it felt like something tore between my shoulder blades"),
    ("E", "sudden pain like something tearing inside my chest, going through to my back"),
    ("E", "a shearing pain right through my chest to my back"),
    ("E", "搬东西的时候后背好像被撕开一样，痛得要命"),
    ("!E", "felt something rip in my calf playing football, can't walk on it"),
    ("!E", "sore back after gardening all day, moving ok"),
    ("!E", "周末翻地腰酸背痛，能动"),
]

# NICE CKS headache: thunderclap headache (sudden, peaking within minutes), the lay description
# being a blow to the head that nobody gave ("like someone hit me on the head").
SAH_AS_A_BLOW: list[tuple[str, str]] = [
    ("E", "out of nowhere it felt like someone smacked the back of my head with a hammer"),
    ("E", "while on the loo it was as if I'd been struck on the head, now I'm being sick"),
    ("E", "felt like a brick hit the back of my head, came on in a second"),
    ("E", "我老婆说头突然像被人用锤子敲了一下，然后吐了"),
    ("E", "跑步的時候頭好像被人打了一拳，痛到想吐"),
    ("E", "佢話個頭好似俾人揼咗一下，之後成個人懵懵哋"),
    ("!E", "headache after a long day at the screen, paracetamol helped"),
    ("!E", "I feel like I've been hit by a truck with this flu"),
    ("!E", "累了一天有点头痛，睡一觉好多了"),
    ("!E", "全身好似俾人打咗一身咁，感冒"),
]

# NHS.uk stomach ulcer / NICE CG141: black, sticky, tar-like poo with feeling faint (everything
# going dark on standing): 999 / A&E.
GI_BLEED_FAINT: list[tuple[str, str]] = [
    ("E", "black sticky poo since this morning and everything goes dark when I stand up"),
    ("E", "poo like tar and my vision goes black when I get up"),
    ("E", "大便黑得像柏油，一站起来眼前就黑"),
    ("E", "屙啲屎黑到好似柏油咁，企起身眼前一黑"),
    ("!E", "dark stools since starting iron tablets, otherwise feel well"),
    ("!E", "吃了铁剂以后大便发黑，没有其他不舒服"),
]

# NICE CKS sciatica (cauda equina): both legs numb or weak with impaired sensation of urinary
# flow or new loss of bladder control: emergency referral.
CAUDA_EQUINA_BLADDER: list[tuple[str, str]] = [
    ("E", "back went last week, now both legs are numb and I can't feel when I'm weeing"),
    ("E", "both my legs have gone weak and I wet myself without knowing"),
    ("E", "两条腿都麻了，尿出来了自己都不知道"),
    ("E", "對腳麻晒，屙咗尿都唔知"),
    ("!E", "sore back after digging, both legs fine, peeing normally"),
    ("!E", "腰扭了，腿不麻，大小便正常"),
    ("!E", "Mum is 90, her legs are weak and she's been incontinent for years"),
    ("!E", "奶奶九十岁，腿软，尿失禁好几年了"),
]

# RCOG Green-top 64b bacterial sepsis after pregnancy / NICE NG51: after a birth or a caesarean,
# rigors (shivering, NHS.uk "hot and shivery") with a fast heart or a wound that is infected.
MATERNAL_SEPSIS_RIGORS: list[tuple[str, str]] = [
    ("E", "had a c-section 10 days ago, shaking with cold and my heart is racing"),
    ("E", "gave birth last week, shivering fits and my scar is oozing pus"),
    ("E", "剖腹产两周，一阵阵打冷颤，心跳好快"),
    ("E", "生完BB一個禮拜，傷口流膿，發冷發抖"),
    ("!E", "had my baby 2 weeks ago, scar healing well, bit tired"),
    ("!E", "剖腹产后十天，伤口愈合得很好，有点累"),
]


# Noticed while writing the sentences above (rules-ah): the everyday word "odd" read as an
# overdose (the phrase "od'd" with its apostrophe optional), and "nearly fainting" (the -ing of
# "nearly fainted") read as a faint. A near-faint is feeling faint (NHS.uk), not a loss of
# consciousness; an overdose said as OD, OD'd or an OD stays an emergency (TOXBASE / NHS.uk).
LOOK_ALIKES_NOTICED: list[tuple[str, str]] = [
    ("!E", "feeling a bit odd after my flu jab"),
    ("!E", "an odd rash on my arm, not itchy"),
    ("!E", "odd pain in my shoulder since yesterday"),
    ("!E", "I keep nearly fainting when I stand up quickly, fine once I sit"),
    ("!E", "almost passing out in the queue but sat down and felt fine"),
    ("E", "he od'd on heroin and won't wake"),
    ("E", "she OD'd on her tablets an hour ago"),
    ("E", "I took an OD of paracetamol, feel odd"),
    ("E", "my friend has odd breathing after an od of his pills"),
    ("E", "he keeps fainting, passed out twice today and hit his head"),
    ("E", "she was fainting in the shower and now won't wake"),
    ("E", "nearly fainting, then she fainted and hasn't come round"),
    ("E", "我朋友吃了一整瓶安眠药，叫不醒"),
    ("E", "她刚才晕倒了，现在叫不醒"),
]


@pytest.mark.parametrize(
    ("expected", "text"),
    ACS_AS_INDIGESTION_NO_ARM
    + SEPSIS_FELT_HOT
    + DKA_NEW_DIABETES
    + ECTOPIC_SHOULDER_TIP
    + DISSECTION_RIPPING
    + SAH_AS_A_BLOW
    + GI_BLEED_FAINT
    + CAUDA_EQUINA_BLADDER
    + MATERNAL_SEPSIS_RIGORS
    + LOOK_ALIKES_NOTICED,
)
def test_atypical_presentations_of_classic_emergencies(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
