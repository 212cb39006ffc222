"""Alcohol, party drugs, cannabis, vaping, energy drinks, hangovers, withdrawal, spiked drinks and
drink or drugs mixed with medicines, read by kind (rules-gf, session 41).

Each sentence is our own, written from the published guidance before any rule changed, in the
voice of the person, a friend, a flatmate or a parent: embarrassed, minimising, afraid of the
police or the parents, in slang; English and Chinese (simplified, Hong Kong Cantonese, Taiwan
usage). Read as a first message with the rules alone.

1. **Alcohol poisoning** (NHS.uk alcohol poisoning: confused, vomiting while drowsy, slow or
   irregular breathing, cold, pale or blue skin, a fit, cannot be woken: 999; put them in the
   recovery position, never leave them to sleep it off).
2. **A hangover that is coping** (NHS.uk hangover: water, rest, painkillers; self-care), and a
   hangover beside a danger sign that keeps its level.
3. **Alcohol withdrawal** (NICE CG100, NICE CKS alcohol-use disorders: a fit, hallucinations,
   confusion after stopping, delirium tremens: hospital; the shakes with sweating after a heavy
   drinker stops: medical help the same day).
4. **Party drugs** (NHS.uk / FRANK / TOXBASE: chest pain, overheating, a fit, not waking,
   paranoid and agitated after a drug: 999), in slang (pills, pingers, mandy, molly, coke, ket,
   G, 摇头丸, K仔, 索K, 嗑药).
5. **Cannabis** (FRANK cannabis: a bad reaction, paranoid or panicky, settles with a quiet place
   and reassurance; 999 for chest pain, unconscious, or paranoid and agitated beyond reassurance).
6. **Vaping and nicotine** (TOXBASE nicotine e-liquid; NHS.uk poisoning: a child who swallowed
   e-liquid needs help; a vaping cough or quitting vaping is the GP's or the pharmacy's).
7. **Energy drinks and caffeine** (NHS.uk heart palpitations: caffeine is a common cause, usually
   harmless; chest pain or fainting with them: 999).
8. **A spiked drink** (NHS.uk drink spiking: confused, very drowsy, unable to stand or
   unresponsive: 999; no memory of the night and well now: medical help soon).
9. **GHB, ketamine, nitrous oxide** (TOXBASE / FRANK: GHB, sudden deep sleep, cannot be woken, a
   fit; ketamine bladder damage, blood in the pee; nitrous oxide, numb or tingling hands and
   feet, weak legs: nerve damage, see a doctor).
10. **Drink or drugs mixed with medicines** (NHS.uk / BNF: an opioid, a benzodiazepine or a
    sleeping tablet with alcohol, drowsy or slow breathing: 999; an SSRI with MDMA, serotonin
    syndrome).
11. **A pack said after a comma** (TOXBASE / NHS.uk overdose): "she's taken her tablets, the
    whole box" is "she's taken the whole box of her tablets".

Wrong before the change (22f98ff): 28 of the 119 sentences first written (item 1: 2 of 21,
item 2: 0 of 8, item 3: 6 of 13, item 4: 7 of 18, item 5: 1 of 8, item 6: 2 of 9, item 7: 0 of 5,
item 8: 3 of 9, item 9: 3 of 9, item 10: 0 of 8, item 11: 4 of 11). After (new
``clinical/data/red_flags/substances.yaml``, 16 rules): none open. Sixteen look-alikes written
while the rules changed (``WHILE_FIXING``) read at their level at the end; three of them were
wrong on the way and narrowed a rule. Of the 10,027 stored texts (``tests/data`` and the
development set) two moved, both to their gold level, none away; development set rules-only
98.5%, 174 of 174 emergencies, no self-care message at an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

ALCOHOL_POISONING = [
    ("E", "my mate drank a whole bottle of vodka and now we can't wake him up"),
    ("E", "friend is really drunk, her lips are going blue and her skin is cold"),
    ("E", "flatmate's been drinking all night, his breathing is really slow with long gaps"),
    ("E", "she's so drunk she keeps being sick and nodding off"),
    (
        "E",
        "my 15 year old came home drunk from a party, he's confused and doesn't know where he is",
    ),
    ("E", "he did loads of shots and now he's passed out on the bathroom floor and won't respond"),
    ("E", "my son downed half a bottle of vodka and just had a fit"),
    ("E", "she's really drunk and her breathing is irregular, stops and starts"),
    (
        "E",
        "we put him in the recovery position but he's not waking up, he's had way too much to "
        "drink",
    ),
    (
        "E",
        "probably overreacting and pls don't call the police but my mate's been drinking "
        "and now he's unconscious and freezing cold",
    ),
    ("E", "bf is wasted, pale and clammy and we can't get him to wake up properly"),
    ("E", "我朋友喝了一整瓶白酒，现在叫不醒"),
    ("E", "他喝醉了，一边吐一边昏昏沉沉的"),
    ("E", "我個friend飲大咗，而家叫極都唔醒，嘴唇紫咗"),
    ("E", "室友喝太多酒了，現在皮膚冰冰的、嘴唇發紫，叫不太醒"),
    ("E", "我老公喝醉了，呼吸很慢，好久才吸一口气"),
    ("E", "我个仔饮醉咗，啱啱抽筋"),
    ("E", "同學喝到掛了，怎麼叫都叫不醒，身體很冰"),
    # drunk, sleepy and well, or merry: no 999
    ("!E", "I'm a bit drunk lol, gonna drink some water and go to bed"),
    ("!E", "had a few drinks at dinner, feel fine, can I take ibuprofen for my knee"),
    ("!E", "我喝了两杯啤酒，有点脸红，没其他不舒服"),
]

HANGOVER = [
    ("S", "hungover as hell, headache and feel sick but keeping water down"),
    ("S", "bit of a hangover, threw up once this morning, feeling better now"),
    ("S", "rough hangover today, headache and tired, resting and drinking water"),
    ("S", "宿醉，头痛想吐，喝了点水在休息"),
    ("S", "尋晚飲多咗，今朝頭痛，飲咗好多水休息緊"),
    ("S", "昨晚喝太多，今天宿醉頭很痛，有喝水在休息"),
    # beside a danger sign the hangover keeps the sign's level
    ("E", "hungover but I've been throwing up blood"),
    ("E", "宿醉，但是吐了好多血"),
]

WITHDRAWAL = [
    ("E", "my dad stopped drinking 2 days ago and he just had a fit"),
    ("E", "he's a heavy drinker, quit cold turkey on monday, now he's seeing spiders on the walls"),
    ("E", "my husband hasn't had a drink for three days, he's shaking, sweating and confused"),
    ("E", "trying to stop drinking, day 3, I keep seeing bugs that aren't there"),
    ("E", "我爸戒酒两天了，今天突然抽搐"),
    ("E", "他停酒三天，说看到墙上有虫在爬"),
    ("E", "佢戒咗酒三日，成身震，出晒汗，仲有啲糊塗"),
    # the shakes with sweating after a heavy drinker stops: help the same day
    (
        "U",
        "my partner drinks a bottle of vodka a day, stopped yesterday, now has the shakes and is "
        "sweating buckets",
    ),
    (
        "U",
        "I stopped drinking 2 days ago after years of heavy drinking, hands shaking badly and "
        "sweating",
    ),
    ("U", "我先生本來每天喝很多酒，突然不喝了，現在一直發抖、冒冷汗"),
    ("U", "我爸酗酒，戒酒第二天，手一直抖，出很多汗"),
    # cutting down, a bit anxious: the GP
    ("L", "cutting down on my drinking, a bit anxious and not sleeping great"),
    ("L", "最近在少喝酒，有点焦虑，睡不好"),
]

PARTY_DRUGS = [
    ("E", "took mdma at a festival and now my chest really hurts"),
    ("E", "my mate took two pills and he's boiling hot, drenched in sweat and his jaw is going"),
    ("E", "did a few lines of coke and now my chest is tight and my heart is pounding"),
    ("E", "friend took some ket and now we can't wake her up"),
    (
        "E",
        "he dropped some mandy and now he's really paranoid and agitated, shouting that people "
        "are after him",
    ),
    ("E", "my flatmate had some pingers and is overheating and confused"),
    ("E", "took molly and now I'm burning up and can't cool down"),
    (
        "E",
        "please don't tell the police, my son took something at a party and now he's "
        "having a seizure",
    ),
    (
        "E",
        "pls don't tell my parents, my friend took a pill and she's really hot and not making "
        "sense",
    ),
    ("E", "took a pill at a rave and my friend is fitting"),
    ("E", "朋友吃了摇头丸，现在全身发烫，胡言乱语"),
    ("E", "他索咗K，而家叫唔醒"),
    ("E", "佢食咗粒E仔，而家成身好熱，心口好痛"),
    ("E", "朋友嗑了搖頭丸，現在體溫很高，一直抽搐"),
    ("E", "不敢叫救护车怕警察，我朋友吃了不明药丸，现在抽搐"),
    ("E", "我男朋友嗑药之后很激动，一直说有人要害他，控制不住"),
    # a comedown, low and tired, no danger sign: not 999
    ("!E", "coming down after the weekend, feel low and tired, no other symptoms"),
    ("!E", "周末嗑药后这两天心情很低落很累，没有别的不舒服"),
]

CANNABIS = [
    ("L", "smoked weed, got really paranoid, calmer now after some water and a lie down"),
    ("L", "had an edible, felt really paranoid for a bit, now calming down, just want to sleep"),
    ("L", "抽了大麻有点被害妄想，现在慢慢平静下来了"),
    ("L", "食咗啲大麻糖，有啲驚驚哋，而家冷靜返"),
    ("L", "哈草之後有點恐慌，現在好多了"),
    # paranoid and agitated beyond reassurance, or chest pain: 999
    (
        "E",
        "after smoking skunk he's really paranoid and agitated, won't calm down, thinks we're "
        "poisoning him",
    ),
    ("E", "smoked weed and now I have crushing chest pain"),
    ("E", "抽了大麻以后他很激动很多疑，说我们要害他，怎么劝都冷静不下来"),
]

VAPING = [
    ("U", "my toddler chewed my vape and some of the liquid got in his mouth"),
    ("U", "my 2 year old drank some vape juice"),
    ("U", "我两岁的儿子舔了电子烟的烟油"),
    ("U", "個仔咬爛咗電子煙，飲咗啲煙油"),
    ("U", "小孩把電子菸油喝了一口"),
    ("L", "been vaping a lot, got a bit of a cough"),
    ("L", "quit vaping 3 days ago, irritable and craving"),
    ("L", "戒电子烟三天了，很烦躁，很想抽"),
    ("E", "vaping and now sudden chest pain and I can't catch my breath"),
]

ENERGY_DRINKS = [
    ("E", "my 14 year old drank 5 monsters and now she's got chest pain and fainted"),
    ("E", "drank 4 energy drinks and now crushing chest pain and sweating"),
    ("L", "had too many energy drinks, jittery and can't sleep"),
    ("L", "喝了三罐红牛，心跳有点快，手有点抖"),
    ("L", "飲咗兩罐能量飲品，有啲手震瞓唔著"),
]

SPIKED = [
    ("E", "I think my drink was spiked, I can't stand up and I'm really confused"),
    ("E", "my friend's drink got spiked, she's barely conscious and can't stand"),
    ("E", "drink got spiked, she's really drowsy and keeps collapsing"),
    ("E", "我觉得我的饮料被人下药了，现在站不稳，脑子很乱"),
    ("E", "我朋友杯嘢俾人落咗藥，而家企唔穩，叫佢都冇乜反應"),
    ("E", "我朋友的酒好像被下藥，現在站不起來又意識不清"),
    ("U", "think someone spiked my drink last night, can't remember getting home"),
    ("U", "I think I was spiked last night, woke up at a friend's with no memory, feel ok now"),
    ("U", "昨晚的酒好像被下药了，完全断片，不记得怎么回家的"),
]

GHB_KET_NOS = [
    ("E", "he took G and he's snoring and we can't wake him"),
    ("E", "she took too much G and she's twitching and won't respond"),
    ("E", "my mate's in a G-hole and his breathing sounds weird and slow"),
    ("E", "朋友喝了G水，现在怎么叫都叫不醒"),
    ("E", "吸了好多笑气之后晕倒了，一直抽搐"),
    ("U", "been doing ket every day for months, now weeing blood and it really hurts"),
    ("U", "索K索咗好耐，而家屙尿有血好痛"),
    ("U", "been doing loads of nos balloons, now my hands and feet are numb and my legs feel weak"),
    ("U", "打笑气打了几个月，现在手脚发麻，走路不稳"),
]

MIXING = [
    ("E", "took my tramadol and then had a few drinks, now really drowsy and breathing slow"),
    ("E", "he mixed diazepam with alcohol and we can't wake him"),
    ("E", "on sertraline and took mdma, now shaking, sweating and really hot"),
    ("E", "吃了安眠药又喝了酒，现在叫不醒"),
    ("E", "佢食咗安眠藥再飲酒，而家叫唔醒"),
    ("U", "吃了头孢又喝了酒，现在脸红心慌胸闷"),
    ("!E", "had a glass of wine on metronidazole, feel a bit sick and flushed"),
    ("!E", "is it ok to have a couple of beers while on amoxicillin"),
]

PACK_AFTER_COMMA = [
    ("E", "she's taken her tablets, the whole box"),
    ("E", "she's taken the whole box of her tablets"),
    ("E", "he's swallowed his sleeping pills, the whole packet"),
    ("E", "took my antidepressants, the whole strip"),
    ("E", "my mum took her pills, all of them"),
    ("E", "she took her paracetamol - the whole pack"),
    ("E", "她把药吃了，一整盒"),
    ("E", "佢食咗啲藥，成盒"),
    ("E", "他吞了他的安眠藥，整盒"),
    # a course finished, or the rest of the box still there: no overdose
    ("!E", "took my antibiotics, the whole course, finished yesterday"),
    ("!E", "she's taken her tablets this morning, the rest of the box is still in the drawer"),
]

# Written while the rules changed (after the first run): look-alikes near the new words, each
# read at its level once the rules were done; the three marked * were wrong on the way and fixed.
WHILE_FIXING = [
    # a night gone, well now: the decision's same-day call, not 999 (*)
    ("!E", "I think I was spiked last night, woke up groggy at a friend's, fine now"),
    ("E", "my friend's drink was spiked an hour ago and she can't stand up"),
    ("E", "他们在我的酒里下了药，我现在很想睡，站都站不稳"),
    # a number or a fever that spiked is no drink spiked
    ("!E", "my temperature spiked last night and I feel drowsy"),
    ("!E", "the new tablets make me feel drugged and drowsy"),
    # a vape named beside a mouth ulcer is no liquid swallowed (*)
    ("!E", "my teenager vapes and has ulcers in her mouth"),
    # settled after cannabis, paranoid and agitated before (*)
    ("!E", "he smoked weed and got paranoid and agitated but calmed down now"),
    ("!E", "my daughter Molly has a cough and is sleepy"),
    ("!E", "I had a gin and tonic and took G&T to bed, feel confused"),
    ("!E", "he took a pill for his headache and now feels hot"),
    ("!E", "my friend is at a party, she's really hot and dancing"),
    ("!E", "quit smoking cold turkey, feel irritable and shaky and sweaty"),
    ("!E", "took my antibiotics as prescribed, all of them, still have a cough"),
    ("S", "I took my tablets this morning as usual, the whole box is nearly gone, need a refill"),
    ("!E", "他每天喝一瓶奶，今天不喝了，一直出汗"),
    ("E", "my husband is an alcoholic, stopped drinking three days ago, now confused and shaking"),
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("code", "text"), with_open(ALCOHOL_POISONING))
def test_alcohol_poisoning(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HANGOVER))
def test_hangover(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WITHDRAWAL))
def test_withdrawal(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PARTY_DRUGS))
def test_party_drugs(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CANNABIS))
def test_cannabis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(VAPING))
def test_vaping(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ENERGY_DRINKS))
def test_energy_drinks(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SPIKED))
def test_spiked_drink(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GHB_KET_NOS))
def test_ghb_ketamine_nitrous(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MIXING))
def test_mixed_with_medicines(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PACK_AFTER_COMMA))
def test_pack_after_comma(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WHILE_FIXING))
def test_written_while_fixing(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
