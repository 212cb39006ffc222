"""Rural and remote: people far from help, by kind (rules-id, session 43).

Each sentence is our own, in English or simplified / Cantonese / Taiwan Chinese, read as a
first message with the rules alone. The theme's main hazard is the logistics said beside a
danger ("it's two hours to the hospital, is it worth going?", 离医院很远，明天再去行不行): the
danger still ends an emergency, and a distance never lowers a level (nor raises a mild one).

1. **Farm machinery** (NHS.uk and 999: a crush, an amputation, bleeding that will not stop
   with pressure; RCUK first aid): an emergency.
2. **Snake bites** (NHS.uk snake bites: any bite, 999 or A&E; swelling spreading, faintness).
3. **Tick bites** (NHS.uk Lyme disease: a circular "bullseye" rash after a tick bite, a GP;
   a tick removed cleanly with no rash, care at home).
4. **Organophosphate, sheep dip, pesticide** (TOXBASE: drooling, sweating, small pupils,
   breathlessness, twitching: 999).
5. **Hypothermia** (NHS.uk hypothermia: confusion, slurred speech, drowsiness: 999;
   shivering then warmed up and well: care at home).
6. **Animal kicks to the head or chest** (NICE NG232: knocked out, vomiting after a head
   injury; NHS.uk: breathless or coughing blood after a chest injury: 999).
7. **Bites abroad with rabies risk** (NHS.uk rabies: bitten or scratched by an animal abroad,
   get medical help as soon as possible, the same day): at least urgent.
8. **Logistics beside a danger** (NHS.uk 999 pages: chest pain, stroke, breathing, bleeding,
   head injury): the distance, the boat, the car or the signal never lowers the emergency.
9. **Near misses** both ways: a farm cut cleaned, a tick removed cleanly, a mild chill after a
   walk, a question about a cow, a mild illness said beside a long way to hospital.

Wrong before the change (96ce9ba): 12 of 75. The first 54 sentences, written from the sources
above, had 1 wrong (a kick to the chest with Cantonese 好難唞氣, hard to breathe); 21 more written
next in other words, still before any rule changed, had 11 wrong: a leg cut off or an
amputation by a machine (3), a chicken or a sheep bitten by a snake read as the person's bite
(2), chlorpyrifos and swallowed sheep dip (3), pesticide on the skin washed off read as swallowed
(1), a kick to the head with drowsiness and vomiting (1), a kick to the chest with 好難唞氣 (1).
After (``clinical/data/red_flags/rural_remote.yaml``, farm animals in ``pet_bitten``, skin
contact in ``poisoning``, 好难唞气 / 很难呼吸 in ``breathless``): none wrong. Every logistics
sentence read at its level before: no rule reads a distance, so none can lower a level.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, with_open

FARM_MACHINERY = [
    # NHS.uk / 999: crush, amputation, bleeding that won't stop with pressure (RCUK first aid)
    (
        "E",
        "my husband's arm got caught in the baler, it's crushed and bleeding through the "
        "towel we're pressing on",
    ),
    ("E", "cut his finger clean off with the chainsaw out in the woods, lots of blood"),
    ("E", "the tractor rolled onto his leg, he's trapped under it and the leg is crushed"),
    ("E", "我爸的手被收割机卷进去了，压烂了，一直流血按不住"),
    ("E", "阿爸隻手俾機器夾斷咗兩隻手指，血流唔停"),
    ("E", "阿公的腳被耕耘機壓到，一直流血止不住，我們離醫院很遠"),
    (
        "E",
        "on the fishing boat 3 hours from shore, a crewman crushed his hand in the winch "
        "and the bleeding won't stop with pressure",
    ),
    # a limb or a part cut off by a machine, said as its limb or as an amputation
    ("E", "my leg was cut off below the knee by the combine harvester"),
    ("E", "partial amputation of his thumb in the log splitter"),
    ("E", "手指被绞肉机绞断了"),
    # a past operation is no accident
    ("!E", "had an amputation of my leg years ago, the stump is a bit sore"),
    ("!E", "my grandad had his leg amputated because of diabetes, how do I care for the stump?"),
]

SNAKE_BITES = [
    # NHS.uk snake bites: 999 or A&E for any snake bite
    (
        "E",
        "bitten by an adder on the hill, leg swelling up past the knee and I feel faint, "
        "it's 2 hours to A&E, is it worth going?",
    ),
    ("E", "我在山上被蛇咬了，脚肿得越来越大，有点头晕，离医院两个小时，值得去吗"),
    ("E", "喺村度俾蛇咬咗隻腳，腫到上嚟，好暈"),
    ("E", "在山上被蛇咬到，腳越來越腫，要開兩個小時車才到醫院"),
    ("!E", "saw a snake on the footpath but it didn't bite me, just gave me a fright"),
    # a farm animal bitten is the vet's; the person bitten while herding or feeding stays 999
    ("!E", "我家的鸡被蛇咬了，怎么办"),
    ("!E", "our sheep was bitten by an adder, do we need the vet?"),
    ("E", "我去放牛被蛇咬了"),
    ("E", "bitten by an adder while feeding the sheep"),
]

TICK_BITES = [
    # NHS.uk Lyme disease: a circular rash after a tick bite, a GP (non-urgent)
    (
        "GP",
        "a tick bit me 10 days ago walking on the moor and now there's a bullseye rash "
        "spreading round it",
    ),
    ("GP", "上个礼拜在山里被蜱虫咬了，现在咬的地方周围起了一圈像靶子一样的红疹"),
    ("GP", "上星期喺郊野公園俾牛蜱咬咗，而家周圍有一圈好似箭靶咁嘅紅疹"),
    # NHS.uk Lyme disease: tick removed with tweezers, no rash: care at home
    (
        "S",
        "found a tick on my leg after a walk in the hills, pulled it out with tweezers, "
        "no rash and I feel fine",
    ),
    ("S", "爬山回来发现腿上有只蜱虫，已经用镊子夹出来了，没有红疹，人也没有不舒服"),
    ("S", "在山上被蜱蟲咬，已經用鑷子夾出來了，沒有紅疹，人沒事"),
]

PESTICIDES = [
    # TOXBASE organophosphates: drooling, sweating, small pupils, breathlessness, twitching: 999
    (
        "E",
        "been sheep dipping all morning, now he's drooling, sweating buckets, pupils tiny "
        "and struggling to breathe",
    ),
    (
        "E",
        "sprayed organophosphate pesticide in the orchard, now my muscles are twitching, "
        "I'm sweating and breathless",
    ),
    ("E", "打完农药以后一直流口水、出大汗，瞳孔很小，喘不过气"),
    ("E", "噴完農藥之後一直流口水、冒冷汗，肌肉一直抽動，呼吸很喘"),
    ("E", "噴完殺蟲水之後成身出汗，流晒口水，肌肉跳，唞唔到氣"),
    # a question about safety kit, no exposure
    ("!E", "what protective gear should I wear for sheep dipping next week?"),
    (
        "E",
        "I used chlorpyrifos on the field yesterday without a mask, now vomiting and my "
        "muscles are twitching",
    ),
    (
        "E",
        "we're out in the sticks with no car until tomorrow - my toddler swallowed some "
        "sheep dip and is drooling and twitching",
    ),
    # NHS.uk poisoning: swallowed with no symptoms, NHS 111 or A&E (at least urgent)
    ("U", "my toddler swallowed some sheep dip"),
    # on the skin and washed off, no symptoms; sweating after a hot day's work alone
    ("!E", "手上沾到一点农药，马上用肥皂洗了，没有不舒服"),
    ("!E", "sheep dipping all day in the heat, sweating a lot, otherwise fine"),
]

HYPOTHERMIA = [
    # NHS.uk hypothermia: confusion, slurred speech, drowsiness: 999
    (
        "E",
        "found grandad in the cold barn this morning, he's confused, slurring his words "
        "and very drowsy",
    ),
    (
        "E",
        "the walker we found on the hill is ice cold, confused and slurring, the "
        "ambulance is an hour away, should we just drive him down?",
    ),
    ("E", "爷爷在山上冻了一夜，现在说话含糊不清，迷迷糊糊的，很想睡"),
    ("E", "阿伯喺山度凍咗成晚，講嘢含糊，好眼瞓，叫佢都唔多應"),
    # NHS.uk hypothermia: shivering, warmed up, well: care at home
    (
        "S",
        "got very cold on a winter walk and was shivering, warmed up with a hot drink and "
        "a blanket and feel fine now",
    ),
    ("S", "冬天爬山冻得发抖，回家喝了热水暖和过来了，现在没事"),
    ("S", "行完山返屋企有啲凍，沖咗個熱水涼，而家冇事"),
    ("L", "shivering after swimming in the sea, warmed up and fine now"),
]

ANIMAL_KICKS = [
    # NICE NG232: knocked out, vomiting after a head injury; NHS.uk: chest injury breathless
    ("E", "kicked in the head by a horse, knocked out for a minute and now keeps vomiting"),
    ("E", "a cow kicked him in the chest, he's struggling to breathe and coughing up blood"),
    ("E", "被马踢到头，晕过去了一下，现在一直呕吐"),
    ("E", "俾牛踢中心口，而家好難唞氣，咳出血"),
    ("E", "a cow kicked her in the head, she's drowsy and has vomited twice"),
    ("E", "俾牛踢中心口，好難唞氣"),
    # a kick to the shin, bruised and walking
    ("L", "the calf kicked my shin, bit of a bruise, walking fine"),
    ("L", "被牛踢了一下小腿，有点淤青，走路没问题"),
]

RABIES_ABROAD = [
    # NHS.uk rabies: bitten by an animal abroad, get medical help as soon as possible
    ("U", "bitten by a stray dog in Thailand two days ago, it broke the skin, we're back home now"),
    ("U", "在越南旅游的时候被野狗咬了，破皮出血了，现在回国了"),
    ("U", "去菲律賓旅行俾猴子咬咗一啖，有流血"),
    ("U", "no car till Monday, can it wait? bitten by a stray dog in Bali yesterday and it bled"),
]

LOGISTICS = [
    # NHS.uk 999 pages: the danger stays an emergency whatever the distance
    ("E", "crushing chest pain and sweating, but it's 2 hours to the hospital, is it worth going?"),
    (
        "E",
        "no car till tomorrow, can it wait? my dad's face has dropped on one side and his "
        "speech is slurred",
    ),
    ("E", "离医院很远，明天再去行不行？我妈突然一边手脚没力，说话不清楚"),
    ("E", "我們住在山上，離醫院很遠，明天再去可以嗎？爸爸胸口很痛一直冒冷汗"),
    ("E", "我哋喺離島，今晚冇船出去，等聽朝得唔得？阿媽突然唞唔到氣，嘴唇發紫"),
    (
        "E",
        "poor signal up here at the hut, my friend fell and hit his head, was knocked out "
        "and now he's confused",
    ),
    (
        "E",
        "the mobile signal is terrible on the island but my baby is floppy and won't wake "
        "up properly",
    ),
    (
        "E",
        "we're snowed in on the farm, the road's closed, my wife is 34 weeks pregnant and "
        "bleeding heavily",
    ),
    # a same-day sign stays same-day however far
    (
        "U",
        "we're 2 hours from hospital, can it wait till tomorrow? my 2 year old has had a "
        "fever for 5 days",
    ),
]

NEAR_MISSES = [
    # NHS.uk cuts and grazes: a small cut stopped bleeding, cleaned: care at home
    (
        "S",
        "small cut on my hand from a fence post on the farm, it stopped bleeding and I "
        "cleaned it and put a plaster on",
    ),
    ("S", "在农场干活手指划了个小口子，已经不流血了，洗干净贴了创可贴"),
    # a question about an animal is no person's emergency
    ("!E", "our cow is off her food and has a swollen leg, should we call the vet?"),
    ("!E", "我家的牛不吃草，肚子胀，要不要叫兽医"),
    ("!E", "a sheep got its leg caught in the fence and it's bleeding, how do I treat it?"),
    # a mild illness beside a distance: the distance raises nothing
    (
        "L",
        "we live 2 hours from the nearest hospital, I've had a mild cold for 3 days, can "
        "I manage at home?",
    ),
    ("L", "我们住得离医院很远，孩子有点流鼻涕，精神很好，在家观察可以吗"),
    (
        "L",
        "we're on the island with no ferry till Monday, I've got a bit of hay fever, what "
        "can I take?",
    ),
]

OPEN_ROWS: dict[str, str] = {}


def assert_rural(rules: RuleSet, code: str, text: str) -> None:
    """``GP`` is exactly non-urgent (a GP appointment); other codes as ``assert_reaches``."""
    if code == "GP":
        level, hits = rules_only_level(text, rules)
        assert level is Disposition.NON_URGENT, (level, [hit.rule_id for hit in hits])
    else:
        assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FARM_MACHINERY, OPEN_ROWS))
def test_farm_machinery(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SNAKE_BITES, OPEN_ROWS))
def test_snake_bites(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TICK_BITES, OPEN_ROWS))
def test_tick_bites(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PESTICIDES, OPEN_ROWS))
def test_pesticides(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HYPOTHERMIA, OPEN_ROWS))
def test_hypothermia(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ANIMAL_KICKS, OPEN_ROWS))
def test_animal_kicks(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(RABIES_ABROAD, OPEN_ROWS))
def test_rabies_abroad(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LOGISTICS, OPEN_ROWS))
def test_logistics_beside_danger(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NEAR_MISSES, OPEN_ROWS))
def test_near_misses(rules: RuleSet, code: str, text: str) -> None:
    assert_rural(rules, code, text)
