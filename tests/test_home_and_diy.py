"""Accidents and exposures at home or on a DIY job, as people play them down (rules-hf, session 42).

Each sentence is our own, in English or Chinese (simplified, Hong Kong Cantonese, Taiwan
traditional), read as a first message with the rules alone. Both directions: the danger reaches
its level, and a minor injury handled well stays below urgent.

1. **Falls from ladders or roofs** (NICE NG41 spinal injury: a dangerous mechanism, a fall from
   over 1 metre, with neck pain or numbness, tingling or weakness in the limbs; NICE NG232 head
   injury: vomiting more than once; Manchester Triage System: high-energy mechanism).
2. **Power tools and kitchen knives** (Manchester Triage System: uncontrollable or spurting
   haemorrhage; NHS.uk cuts and grazes: A&E for a cut that will not stop bleeding with pressure,
   numbness or fingers that cannot move, a part cut off).
3. **Burns and scalds** (NHS.uk burns and scalds: A&E for a burn larger than the hand, blistered
   skin in a child, electrical and chemical burns; a small burn cooled 20 minutes is treated at
   home).
4. **Cleaning chemicals and solvents** (NHS.uk / TOXBASE: fumes with breathlessness or chest
   tightness; a chemical in the eye: wash it out and go to A&E; a child who swallowed a
   hydrocarbon and coughs; fumes cleared with no symptoms need nothing).
5. **Carbon monoxide** (NHS.uk carbon monoxide poisoning: others in the house ill too, better
   outside; 999 with confusion or loss of consciousness).
6. **Electric shocks** (NHS.uk electric shock: A&E after a mains shock with a burn, chest pain,
   palpitations or loss of consciousness; a static spark or a battery tingle is nothing).
7. **Lifting furniture** (NHS.uk back pain and cauda equina syndrome: numbness between the legs,
   losing control of the bladder: A&E; a strain with none of these is self-care).

Wrong before the change (d9366d1): 8 of the 61 sentences first written (falls 1 of 9: a fall
from a roof "三米高" in Chinese, no 从; cuts 3 of 12: numbness or a stuck finger after a cut
played down as small; chemicals 1 of 12: a child's cough after thinners, 天那水, from a drink
bottle; shocks 1 of 8: "knocked me out"; lifting 2 of 6: wetting unawares with back pain, and
闪亲腰 with numbness below). Burns and carbon monoxide read at their level already. New rules in
``clinical/data/red_flags/home_diy.yaml`` (``cut_numb_or_finger_stuck``,
``electric_shock_knocked_out``, ``back_strain_cauda_signs``, ``back_pain_bladder_unfelt``,
``hydrocarbon_swallowed_coughing``, ``hydrocarbon_swallowed``) and roof and metre falls in
``high_energy_injury``. ``AFTER`` holds sentences written afterwards, in other words, to probe the
new rules both ways (look-alikes: a paper cut with carpal tunnel, a sleeping tablet that "knocked
me out", petrol fumes, a cup of tea beside thinners). After: no open row.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

FALLS = [
    # NICE NG41: fall from a height with limb numbness / neck pain
    (
        "E",
        "fell off the ladder clearing the gutters, landed on my back, now my legs are "
        "numb and tingly",
    ),
    (
        "E",
        "dad fell about 3 metres off the roof, says he's fine but his neck really hurts "
        "and he can't turn it",
    ),
    # NICE NG232: head injury with vomiting more than once
    (
        "E",
        "fell off the stepladder and hit my head, finished painting the ceiling first "
        "but I've been sick twice since",
    ),
    ("E", "从梯子上摔下来，背先着地，现在两条腿发麻没力气"),
    ("E", "我爸在屋顶修漏水摔下来，大概三米高，他说没事但是脖子很痛转不了"),
    ("E", "在家油漆時從梯子上跌下來撞到頭，之後吐了兩次"),
    # look-alikes: a low fall, walking fine
    ("L", "fell off a kitchen chair changing a light bulb, bruised my bum, walking fine"),
    ("L", "grazed my knee slipping off the bottom rung of the ladder, cleaned it up, all fine"),
    ("L", "换灯泡从凳子上摔下来，屁股有点痛，走路正常"),
]

CUTS = [
    # Manchester Triage System: uncontrollable haemorrhage; NHS.uk cuts: won't stop with pressure
    (
        "E",
        "slipped with the angle grinder, deep cut on my forearm, still pouring after "
        "pressing on it for 15 minutes",
    ),
    ("E", "circular saw caught my thumb and the blood keeps spurting out"),
    ("E", "cut the tip of my finger off on the mandoline slicer"),
    ("E", "装修时电锯割到手，用毛巾压了十五分钟血还是止不住"),
    ("E", "整嘢嗰陣𠝹親手，按咗十分鐘血都仲止唔到"),
    # NHS.uk cuts: numbness or can't move the fingers, said as minor
    (
        "U",
        "only a small cut from the kitchen knife but I can't feel the tip of my finger "
        "and can't bend it",
    ),
    ("U", "切菜切到手指，只是个小口子，但是手指麻了，动不了"),
    ("U", "the hedge trimmer cut my hand, not a big cut but two fingers have gone numb since"),
    # look-alikes: a small cut that stopped with pressure
    (
        "L",
        "small cut on my finger chopping onions, stopped bleeding after pressing on it "
        "for a few minutes",
    ),
    ("L", "nicked my thumb with a stanley knife, plaster on, not bleeding any more"),
    ("L", "切菜不小心划了个小口子，按了几分钟就不流血了"),
    ("L", "切菜𠝹親手指，貼咗膠布，已經冇流血"),
]

BURNS = [
    # NHS.uk burns: a blistered burn on a child; larger than the hand; chemical burn
    (
        "E",
        "knocked the kettle over and the boiling water went on my toddler's arm, it's blistering",
    ),
    ("E", "burnt my arm on the bbq, the burn is bigger than my hand"),
    ("U", "got oven cleaner on my hands and the skin is burning and peeling"),
    ("E", "热水壶的开水烫到孩子手臂，起了水泡"),
    ("U", "通渠水濺到手臂，皮膚好痛好紅，仲起泡"),
    # look-alikes: a small burn cooled well
    (
        "L",
        "slight burn on my finger from the oven tray, held it under cold water for 20 "
        "minutes, a bit red, no blisters",
    ),
    (
        "L",
        "scalded the back of my hand with steam from the pan, small red patch, cooled it "
        "under the tap",
    ),
    ("L", "炒菜时被油溅到手背，冲了冷水，只有一点红，没有起泡"),
]

CHEMICALS = [
    # NHS.uk / TOXBASE: fumes with breathing trouble; chemical in the eye
    ("E", "mixed bleach and toilet cleaner, now I'm coughing and wheezy and my chest is tight"),
    ("E", "splashed bleach in my eye cleaning the bathroom, it's stinging and really red"),
    ("E", "把漂白水和洁厕灵混在一起用了，现在一直咳嗽，胸闷喘不过气"),
    ("E", "洗廁所時漂白水濺到眼睛裡，又紅又痛"),
    ("E", "my toddler drank some white spirit from a cup in the garage and keeps coughing"),
    ("E", "孩子喝了一口放在饮料瓶里的天那水，一直咳嗽"),
    # look-alikes: fumes cleared with no symptoms, superglued fingers, washing-up liquid rinsed out
    (
        "L",
        "mixed bleach with another cleaner by mistake, opened the windows and went out, "
        "no cough, feel completely fine",
    ),
    (
        "L",
        "strong paint fumes in the bedroom, went outside for a bit and the headache's "
        "gone, feel fine now",
    ),
    ("L", "superglued two fingers together fixing a mug"),
    ("!E", "splashed a bit of washing up liquid in my eye, rinsed it out, only slightly sore"),
    ("L", "不小心把漂白水和洗洁精混了，马上开窗离开，没有咳嗽也没有不舒服"),
    ("L", "油漆味有点大，出去走走头就不晕了，现在没事"),
]

CARBON_MONOXIDE = [
    # NHS.uk carbon monoxide poisoning
    (
        "U",
        "the boiler's been playing up, we've all got headaches and feel sick, better "
        "when we go outside",
    ),
    (
        "E",
        "running a generator in the garage, my husband is confused and really drowsy and "
        "the kids have headaches",
    ),
    ("U", "家里热水器可能一氧化碳泄漏，全家人都头痛想吐，到外面就好一点"),
    ("E", "烧炭取暖，老公叫不醒"),
    ("U", "屋企熱水爐好似漏氣，一家人都頭痛想嘔"),
    # look-alike: the alarm's low-battery chirp, nobody ill
    ("L", "the carbon monoxide alarm keeps chirping, think it's the battery, nobody feels ill"),
]

SHOCKS = [
    # NHS.uk electric shock: a mains shock with a burn, palpitations, loss of consciousness
    (
        "E",
        "got a shock from the mains rewiring a socket, there's a burn on my hand and my "
        "heart keeps fluttering",
    ),
    ("E", "electric shock from the plug socket knocked me out for a second, seem ok now"),
    ("E", "換插座時觸電，手上有燒傷，心跳好亂"),
    ("E", "修电线被电到，晕过去了一下，现在好像没事"),
    # look-alikes: a static spark, a battery
    ("L", "got a static shock off the car door"),
    ("L", "licked a 9 volt battery for a laugh, tiny tingle, feel fine"),
    ("L", "冬天摸门把手被静电电了一下"),
    ("L", "被電池電了一下，沒什麼感覺"),
]

LIFTING = [
    # NHS.uk back pain / cauda equina syndrome
    ("E", "hurt my back lifting the wardrobe upstairs, now numb between my legs and can't pee"),
    ("E", "moved a sofa yesterday, bad back pain and I've wet myself without knowing"),
    ("E", "搬衣柜扭到腰，现在屁股那里麻木，尿不出来"),
    ("E", "搬梳化閃親腰，而家下面冇感覺，仲失禁"),
    # look-alikes: a strain without red flags
    ("L", "pulled a muscle in my back moving furniture, can walk, no numbness, peeing normally"),
    ("L", "搬家具腰有点酸，能走路，大小便正常"),
]

# Written after the change, in other words: the new rules both ways.
AFTER = [
    ("E", "my son siphoned petrol and swallowed a mouthful, now coughing and short of breath"),
    ("E", "孩子误喝了一口火水，咳个不停"),
    ("E", "got an electric shock from the toaster and it threw me across the kitchen"),
    ("E", "触电了，电晕了一下，现在醒了"),
    ("E", "閃到腰之後，屁股那裡麻麻的，小便都不知道"),
    ("U", "cut my hand on a broken glass, small cut but I can't move my finger"),
    ("!E", "paper cut on my finger, and my fingers go numb at night with carpal tunnel"),
    ("L", "the sleeping tablet knocked me out, slept twelve hours, fine now"),
    ("L", "filled the lawnmower with petrol and the fumes made me cough for a second, fine now"),
    ("!E", "喝了杯茶，刚才用天那水洗刷子，没有不舒服"),
    ("L", "hurt my back moving the bed, sore but walking, no numbness and peeing as normal"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(FALLS, OPEN_ROWS))
def test_falls(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CUTS, OPEN_ROWS))
def test_cuts(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BURNS, OPEN_ROWS))
def test_burns(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHEMICALS, OPEN_ROWS))
def test_chemicals(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CARBON_MONOXIDE, OPEN_ROWS))
def test_carbon_monoxide(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SHOCKS, OPEN_ROWS))
def test_shocks(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LIFTING, OPEN_ROWS))
def test_lifting(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER, OPEN_ROWS))
def test_written_after(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
