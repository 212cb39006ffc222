"""Outdoors and water: our own sentences (rules-lg, session 46).

Each sentence is our own, in English, simplified Chinese, Hong Kong Cantonese or Taiwan usage
(traditional characters), read as a first message with the rules alone, its level from:

- **Drowning and near-drowning** (RLSS UK; Resuscitation Council UK drowning; NHS.uk): anyone
  pulled from the water who was unconscious, is breathless, coughs on and on, is drowsy or
  confused, goes to hospital (999 / A&E); a swim with a mouthful of water, no cough and well
  now, stays below urgent.
- **Heat exhaustion and heatstroke** (NHS.uk): confusion, hot skin that is no longer sweating,
  a fit or a collapse in the heat, or no better after 30 minutes of cooling, is 999; pale,
  sweaty and dizzy in the heat and better after rest and fluids is self-care.
- **Cold-water immersion and hypothermia** (NHS.uk hypothermia): very cold with slurred
  speech, drowsiness or confusion, or shivering that has stopped, is 999; cold and shivery
  after a swim, warmed up and well, stays below urgent.
- **Stings and bites outdoors** (NHS.uk jellyfish and other sea creature stings; NHS.uk insect
  bites and stings; NHS.uk Lyme disease): a sting with breathing difficulty, swelling of the
  mouth or throat, chest pain, a fit or a collapse is 999; a sting on the face or genitals, or
  severe pain not getting better, is A&E or an urgent treatment centre (at least urgent); a
  settling jellyfish sting, a weever fish sting eased by hot water, or a tick removed with no
  rash stays below urgent.
- **Altitude sickness** (NHS.uk altitude sickness): confusion, unsteadiness or drowsiness
  (HACE) or breathless at rest with a cough (HAPE) at altitude is an emergency; a mild headache
  on the first day up, resting, stays below urgent.
- **A fall while climbing or hiking** (NICE NG41 spinal injury; NICE NG232 head injury): a fall
  from height with neck pain, tingling or weakness in the limbs, or knocked out, or vomiting
  again after a head knock, goes to hospital; a twisted ankle walked on stays below urgent.
- **Sun** (NHS.uk sunburn): mild sunburn is self-care; blistered burn with a high temperature,
  chills or feeling faint is NHS 111 (at least urgent).
- **A question about someone else or asked ahead** (a trip planned, a first-aid course): low.

Wrong before the change (e6bbe6d): 6 of the 67 sentences first written (drowning 2 of 14: out
of the sea, swept off the rocks by a wave; heat 1 of 11: cooled with wet towels and no better;
cold 1 of 7: a wild swim and confused; stings 1 of 13: a weever fish's severe pain; falls 1 of
8: "can't feel or move his legs"; altitude, sun and questions 0). Twenty-five added while fixing
(probes of the same kinds) were 14 wrong before: 20 of 92 in all. After: 0 wrong, none open.
Left as found: a bump on the head and "confused about what happened" (puzzled, an exclude);
唔係好醒 after a near-drowning is no drowsiness word.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

DROWNING = [
    # RLSS / RCUK / NHS: pulled from water, unconscious, breathless, cough, drowsy, confused: 999
    ("E", "my son was pulled out of the pool unconscious, he's breathing now but very sleepy"),
    (
        "E",
        "lifeguard dragged my friend out of the sea, she was under for a minute and is "
        "still coughing and breathless",
    ),
    (
        "E",
        "my daughter went under at the lake, they got her out and now she keeps coughing "
        "and seems confused",
    ),
    (
        "E",
        "nearly drowned at the beach an hour ago, now my chest is tight and I can't "
        "catch my breath",
    ),
    ("E", "toddler fell in the garden pond, face down, we pulled him out and he's floppy"),
    ("E", "he was found floating in the river, not breathing, we're doing CPR"),
    (
        "E",
        "my dad got swept off the rocks by a wave, they got him out, he's coughing non "
        "stop and drowsy",
    ),
    ("E", "孩子在泳池溺水，救上来后一直咳嗽，呼吸很急"),
    ("E", "我老公在海边差点淹死，救上来后昏迷了一下，现在迷迷糊糊的"),
    ("E", "個仔喺泳池遇溺，救返上嚟之後一直咳，好似好眼瞓"),
    ("E", "朋友在溪裡溺水被救起來，現在呼吸很喘，嘴唇發紫"),
    # below urgent: a mouthful of water, no cough now, well
    ("E", "爸爸被海浪卷走，拉上岸后一直咳嗽，好喘"),
    (
        "E",
        "my 4 year old slipped under in the paddling pool, we got her out and now she's "
        "coughing and wheezing",
    ),
    ("E", "our kid was at the bottom of the pool, he's breathing now but vomiting and sleepy"),
    ("L", "just got out of the sea after a lovely swim, bit of a runny nose from the cold"),
    (
        "L",
        "swallowed a mouthful of pool water during my swim, coughed once and I'm totally fine now",
    ),
    ("L", "游泳时呛了一口水，咳了两下就好了，现在没事"),
    ("L", "游水嗰陣飲咗啖水，咳咗兩聲，而家冇事"),
]

HEAT = [
    # NHS.uk heatstroke: confusion, not sweating, a fit, collapse: 999
    (
        "E",
        "my husband has been working in the sun all day, now he's confused, hot and not sweating",
    ),
    ("E", "runner collapsed at the finish line in the heat, he's very hot and talking nonsense"),
    ("E", "my grandad was in the garden in this heatwave and has just had a fit"),
    (
        "E",
        "we've cooled her with wet towels and water for half an hour and she's no "
        "better, still dizzy and hot",
    ),
    ("E", "在太阳下干了一天活，现在人糊涂了，皮肤很烫不出汗"),
    ("E", "阿爸喺地盤曬咗成日，突然暈低咗，全身好熱"),
    ("E", "在大太陽下打球，朋友突然抽筋倒地，叫不醒"),
    ("E", "用湿毛巾给她降温半小时还是不好，人还是很热"),
    ("E", "he's stopped sweating and is really hot and drowsy after the marathon"),
    ("E", "my friend is hot, red and confused after the festival in the sun"),
    ("E", "她在戶外工作一天，皮膚很燙沒有出汗，講話語無倫次"),
    ("L", "sat in the sun all afternoon reading, feel fine, bit sleepy"),
    # a child's fever sponged down is no heatstroke (NICE NG143 reads the fever)
    (
        "!E",
        "sponged my son down with a wet towel for half an hour for his fever of 38.5 and "
        "he's no better",
    ),
    # NHS.uk heat exhaustion: better after rest and fluids: self-care
    (
        "L",
        "felt dizzy and sweaty after gardening in the heat, lay down in the shade with "
        "water and I'm fine now",
    ),
    (
        "L",
        "bit of heat exhaustion at the festival yesterday, rested and drank lots, feel "
        "normal today",
    ),
    ("L", "天太热有点中暑，头晕出汗，在阴凉处休息喝了水已经好了"),
    ("L", "今日好熱有啲頭暈，飲咗水抖吓而家好返"),
]

COLD = [
    # NHS.uk hypothermia: slurred speech, drowsy, confused, shivering stopped: 999
    (
        "E",
        "my friend fell through the ice on the reservoir, we got him out, he's stopped "
        "shivering and is slurring his words",
    ),
    (
        "E",
        "wild swimming in the sea this morning, my mum came out freezing and now she's "
        "confused and drowsy",
    ),
    ("E", "walker found on the moor, ice cold to the touch and barely responding"),
    ("E", "冬泳后我爸全身冰冷，说话含糊，叫他反应很慢"),
    ("E", "行山迷路一晚，朋友凍到唔識震，講嘢含糊"),
    ("E", "冬泳后我妈说话含糊，很想睡"),
    ("E", "we were hiking on the fells, my dad is freezing cold, stumbling and mumbling"),
    ("E", "爬山遇到暴风雪，朋友冻得发抖，人迷迷糊糊"),
    ("L", "my hands are freezing cold after the walk, otherwise fine"),
    # below urgent: cold and shivery, warmed up and well
    ("L", "love wild swimming, came out freezing this morning but warmed up fine in the car"),
    (
        "L",
        "did a cold water swim, was shivery for a while but warmed up with a hot drink "
        "and feel great",
    ),
    ("L", "冬泳后有点发抖，喝了热水暖和过来了，现在没事"),
]

STINGS = [
    # NHS.uk jellyfish / sea creature stings; insect stings: breathing, throat, chest pain: 999
    ("E", "stung by a jellyfish while swimming, now I'm struggling to breathe and my chest hurts"),
    ("E", "jellyfish sting on my leg, now my lips are swelling and I feel faint"),
    ("E", "我儿子在海里被水母蜇了，现在喘不过气，嘴唇肿"),
    ("E", "喺海灘俾水母螫親，而家透唔到氣"),
    # A&E / urgent treatment centre: face or genitals, severe pain not getting better
    ("U", "got stung by a jellyfish on my face, it's really painful and swelling"),
    (
        "U",
        "stood on a weever fish 3 hours ago, soaked it in hot water but the pain is "
        "severe and not getting better",
    ),
    ("U", "stung by a stingray on my foot, the pain is unbearable"),
    ("U", "被海胆刺到脚，刺还在里面，痛得受不了"),
    # below urgent: settling stings, a tick out with no rash
    ("L", "jellyfish sting yesterday, no better or worse today, just a bit itchy"),
    (
        "L",
        "jellyfish sting on my arm at the beach, rinsed it with sea water and it's settling down",
    ),
    ("L", "stepped on a weever fish, put my foot in hot water and the pain has gone"),
    ("L", "pulled a tick off my leg after a hike yesterday, got it all out, no rash"),
    ("L", "被水母蜇了一下，用海水冲过，现在不怎么痛了"),
    ("L", "行山後發現腳上有隻蜱蟲，已經夾走咗，冇紅疹"),
    ("L", "爬山回來發現身上有蜱蟲，已經拔掉了，沒有起疹子"),
    # NHS.uk Lyme disease: a bullseye rash is a GP, not 999
    ("!E", "tick bite on a walk 10 days ago and now a spreading circular red rash around it"),
]

ALTITUDE = [
    # NHS.uk altitude sickness; HACE / HAPE: confused, unsteady, drowsy, breathless resting: 999
    ("E", "trekking in Nepal at 4500m, my friend is confused and can't walk in a straight line"),
    ("E", "at base camp, my partner is breathless even resting and coughing up frothy pink stuff"),
    ("E", "在西藏高反很严重，朋友走路不稳，叫他也昏昏沉沉的"),
    ("E", "breathless even when resting in the tent at 3800m, can't walk a few steps"),
    ("E", "在海拔4000米，休息也喘，一直咳嗽"),
    # mild altitude sickness resting: below urgent
    ("L", "first day in Cusco, mild headache and a bit off my food, resting and drinking water"),
    ("!E", "a bit breathless walking uphill at 3500m, fine when I stop"),
    ("L", "刚到拉萨有点轻微高反，头有点痛，休息了好一点"),
]

FALLS = [
    # NICE NG41: a fall from height with neck pain or arm/leg tingling or weakness: hospital
    ("E", "fell about 5 metres while climbing, neck hurts and my hands are tingling"),
    ("E", "my friend fell off a ledge on the hike, can't feel or move his legs"),
    ("E", "he can't move or feel his legs after falling off the crag"),
    ("E", "跌落山坡之后下半身冇知觉"),
    ("E", "climbing fall, landed on my back, severe back pain and my legs are tingling"),
    ("E", "攀岩时摔下来，背好痛，双脚发麻"),
    # NICE NG232: knocked out, or vomiting more than once after a head injury: hospital
    ("U", "bouldering fall, hit my head on the rock and was knocked out for a bit"),
    ("U", "fell while scrambling and hit my head, I've been sick twice since"),
    ("E", "攀岩时从高处掉下来，脖子痛，手脚发麻"),
    ("U", "行山跌倒撞親個頭，暈咗一陣，之後嘔咗兩次"),
    # a twisted ankle walked on: below urgent
    ("L", "twisted my ankle on the hike, a bit swollen but I walked the rest of the way down"),
    ("L", "爬山扭到腳，有點腫，但是可以走路"),
]

SUN = [
    # NHS.uk sunburn: mild sunburn self-care; blisters with fever or chills: 111
    ("L", "got a bit sunburnt on my shoulders at the beach, red and sore"),
    ("L", "晒伤了，肩膀红红的有点痛"),
    ("L", "曬到塊面紅晒，有啲刺痛"),
    (
        "U",
        "bad sunburn with big blisters all over my back, now I've got chills and a "
        "temperature of 39",
    ),
]

ABOUT_OTHERS = [
    # asked ahead or about someone not here: low
    ("L", "going to Peru next month, what are the signs of altitude sickness I should watch for?"),
    (
        "L",
        "what should you do if someone is pulled out of the water and not breathing? "
        "doing a first aid course",
    ),
    ("L", "how do you tell heat exhaustion from heatstroke?"),
    ("L", "如果有人溺水了应该怎么急救？"),
    ("L", "點樣分中暑同熱衰竭？"),
]

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(DROWNING, OPEN))
def test_drowning_and_near_drowning(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEAT, OPEN))
def test_heat_exhaustion_and_heatstroke(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(COLD, OPEN))
def test_cold_water_and_hypothermia(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STINGS, OPEN))
def test_stings_and_bites_outdoors(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ALTITUDE, OPEN))
def test_altitude_sickness(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FALLS, OPEN))
def test_falls_climbing_and_hiking(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SUN, OPEN))
def test_sun(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ABOUT_OTHERS, OPEN))
def test_questions_about_others_stay_low(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
