"""Readings and alerts from wearables and home devices, as patients type them (rules-hd,
session 42).

Each sentence is our own, in English or Chinese (simplified, Hong Kong and Taiwan traditional),
read as a first message with the rules alone. Both directions: a dangerous reading, or one with
danger words around it, reaches its level; an odd gadget reading on a well person that the text
explains (a cold finger, nail varnish, a normal re-check, a loose strap, a sensor compression
low that a finger-prick showed normal) is not sent to an emergency when the guidance does not.

1. **Pulse oximeter** (NHS.uk pulse oximeter: 95% or more is usual; 93-94% get advice from a GP
   or 111 the same day; 92% or lower go to A&E or call 999; warm the hand and take off nail
   polish or false nails, which can give a wrong reading).
2. **Smartwatch heart rate and irregular-rhythm alerts** (NICE NG196 and NICE CKS atrial
   fibrillation: AF with chest pain, syncope or breathlessness is an emergency; ESI danger-zone
   heart rate; NICE CKS palpitations; a rate during exercise is no resting rate, RCP NEWS2).
3. **Fall detection** (NHS.uk falls: 999 after a fall with a head injury and confusion, or
   someone who cannot get up and is hurt; a watch alert with no fall is no injury).
4. **Home blood-pressure cuff** (NICE NG136: 180/120 or more same day, an emergency with chest
   pain, a severe headache, confusion, a change in vision; a high first reading is measured
   again and the lower of the last two recorded).
5. **Thermometer** (NICE NG143: under 3 months 38 °C or more red, 3-6 months 39 °C amber;
   Manchester Triage System temperature; NHS.uk: a reading after a hot drink or coming in from
   the cold is taken again).
6. **Glucose meter or sensor** (NHS.uk low blood sugar: under 4 with confusion or drowsiness,
   999; NHS.uk DKA and NICE NG17: high sugar with vomiting, tummy pain, deep breathing;
   JBDS-IP HHS; NICE NG17 CGM: a sensor reading that does not match symptoms is checked with a
   finger-prick).
7. **Several home readings together** (RCP NEWS2 aggregate 7 or more an emergency; NICE NG51
   with a fever).
8. **A health app or online symptom checker's advice quoted** (the person's own signs set the
   level, NHS 111: an app's verdict is no sign).
9. **Re-checks written afterwards** (``clinical/rechecks.py``): a reading explained and measured
   again normal is read at the re-check; abnormal again, another kind, or after a treatment,
   the first stands.

Wrong before the change (d9366d1): 20 of the 80 sentences first written (item 1: 9 of 21,
item 2: 3 of 14, item 3: 0 of 5, item 4: 2 of 9, item 5: 2 of 7, item 6: 3 of 16, item 7: 0 of
3, item 8: 1 of 5). After: one open row (a heart attack named inside an app's quote in
Chinese). Item 9 (10 sentences) was written after the change, in other words, to hold the
re-check reader both ways.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. NHS.uk pulse oximeter (95+ usual; 93-94 same day; 92 or lower A&E / 999; cold hands and
# nail varnish give wrong readings)
OXIMETER = [
    ("E", "my pulse oximeter says 91 and I'm really breathless"),
    ("E", "the finger oxygen thing keeps reading 89, checked it three times"),
    ("E", "oxymeter on my finger says 88%"),
    ("E", "my husband's oximeter says 90 and he's not making sense"),
    ("=U", "oximeter reads 94 on my finger, I've got covid, feel ok otherwise"),
    ("=U", "covid positive, my oxygen is 93 percent, bit tired"),
    (
        "E",
        "my oximeter is probably broken, it keeps saying 86, but I'm breathless and my lips look "
        "bluish",
    ),
    ("E", "oximeter says 96 but I can't finish a sentence without stopping for breath"),
    ("E", "血氧仪显示90%，喘不上气"),
    ("E", "血氧只有九十一，呼吸好困难"),
    ("E", "血氧機顯示八十九，好喘，唞唔到氣"),
    ("E", "血氧計測到90%，呼吸很喘"),
    ("U", "血氧機測到九十三，有點喘，確診新冠"),
    ("E", "不太相信这个血氧仪，显示88，但是我确实喘得厉害"),
    ("E", "血氧95，但系讲唔到一句完整嘅说话，好辛苦"),
    # look-alikes: cold finger, nail varnish, a normal re-check on a well person
    ("L", "oximeter said 84 with my nail varnish on, took it off and it's 98 now, feel fine"),
    (
        "L",
        "my fingers were freezing and the oximeter said 87, warmed my hands up and it reads 97, "
        "no symptoms",
    ),
    ("!E", "手指好凍，血氧機先顯示85，暖咗手再度係98，冇唔舒服"),
    ("!E", "擦了指甲油，血氧仪测出来86，卸掉指甲油再测是97，没有任何不舒服"),
    ("L", "can nail varnish on my fingers make the oximeter read wrong? it says 97 now"),
    (
        "!E",
        "my watch said my blood oxygen was 88 overnight but the finger oximeter this morning is "
        "97 and I feel fine",
    ),
]

# 2. NICE NG196 / CKS atrial fibrillation and palpitations; ESI danger-zone heart rate
WATCH_HEART = [
    ("E", "my watch gave me an irregular rhythm notification and I've got chest pain"),
    ("E", "apple watch says my heart rate is 180 sitting on the sofa and I feel faint"),
    ("E", "my watch says my heart rate is 35 and I nearly passed out"),
    ("E", "fitbit keeps buzzing high heart rate 165 while resting, short of breath and dizzy"),
    ("E", "手表提示心房颤动，胸口好痛"),
    ("E", "手錶話我心跳每分鐘160，坐喺度都係咁，好暈"),
    ("E", "智慧手錶跳出心律不整提示，而且我喘不過氣"),
    ("N", "my watch sent an AFib alert this morning, I feel completely fine otherwise"),
    ("!E", "apple watch says possible AF, no chest pain, not breathless, not dizzy"),
    # look-alikes: exercise, a loose strap, an athlete asleep
    ("L", "watch showed 190 during my spin class, back to 70 now and I feel fine"),
    (
        "!E",
        "my watch said heart rate 38 while I was asleep but the strap was loose, my pulse at "
        "the wrist is 72 now and I feel fine",
    ),
    ("!E", "手表说我心率只有38，表带松了，我自己摸脉搏是七十二，没有不舒服"),
    (
        "L",
        "health app says my heart rate drops to 45 while I sleep, I'm a marathon runner and feel "
        "great",
    ),
    (
        "!E",
        "my watch said possible AFib after push-ups, checked again lying down and it said sinus "
        "rhythm, I feel totally fine",
    ),
]

# 3. NHS.uk falls
FALL_DETECTION = [
    ("E", "dad's apple watch detected a hard fall, he hit his head and now he's confused"),
    ("E", "妈妈手表发出跌倒警报，她倒在地上起不来，头在流血，叫她也不太清醒"),
    ("!E", "my watch did fall detection when I clapped at a concert, I didn't fall, I'm fine"),
    ("!E", "手表检测到摔倒自动打了紧急电话，其实我只是甩了一下手，没有摔倒"),
    (
        "!E",
        "my nan's watch detected a fall and rang me, she slid onto the carpet, got straight up, "
        "didn't hit her head and has no pain",
    ),
]

# 4. NICE NG136 home blood pressure
HOME_BP = [
    ("=U", "home blood pressure monitor says 186/118, no symptoms at all"),
    ("=U", "屋企部血壓機度到185/122，冇咩唔舒服"),
    ("E", "my cuff reads 195/125 and I've got a crushing headache and blurry vision"),
    ("E", "家里的血压计量出来190/125，头痛得厉害，眼睛看东西模糊"),
    ("E", "血压一百九十五比一百二十，胸口痛"),
    ("E", "my blood pressure machine says 82/50 and I feel faint and clammy"),
    ("E", "血壓計顯示200/130，講話不清楚，右手沒力"),
    # look-alikes: a re-check after resting, a cuff put on wrong
    (
        "L",
        "BP machine said 182/100 first go, sat quietly 5 minutes and re-measured 138/84, feel fine",
    ),
    ("L", "血压计第一次测出来185/110，袖带没绑好，重新绑好测是130/85，没有不舒服"),
]

# 5. NICE NG143 and Manchester Triage System temperature
THERMOMETER = [
    ("E", "my 2 month old's temperature is 38.1 on the ear thermometer"),
    ("U", "宝宝三个月大，耳温三十九度二"),
    ("E", "thermometer says 104.2F, I'm shaking and confused"),
    ("E", "耳溫槍量到40.5度，全身發抖，人有點迷糊"),
    # look-alikes: a reading straight after the cold or a hot drink, a normal re-check
    (
        "!E",
        "forehead thermometer said 34.2 but I'd just come in from the snow, under the tongue "
        "it's 36.8 and I'm fine",
    ),
    ("!E", "额温枪显示34度，刚从外面进来，改用腋下测是36.7，没事"),
    (
        "L",
        "thermometer said 39.8 but I'd just had a hot cup of tea, re-checked 20 minutes later "
        "and it's 37.1, feel fine",
    ),
]

# 6. NHS.uk low blood sugar, DKA, NICE NG17, JBDS-IP HHS
GLUCOSE = [
    ("E", "mum's glucose meter says 2.1 and she's really drowsy and not making sense"),
    ("E", "sugar reading HI on the meter, vomiting, breathing really deep and fast"),
    ("E", "血糖仪显示28，一直吐，肚子痛"),
    ("E", "血糖二點五，人叫唔醒"),
    ("E", "blood sugar 450 mg/dl, peeing loads, very thirsty and drowsy"),
    ("E", "dad's sugar reading is 38 mmol, very sleepy and confused"),
    ("E", "ketone meter says 3.8, blood sugar 22, being sick"),
    ("U", "my blood sugar is 3.4, shaky and sweaty"),
    ("E", "my libre says 2.4 and I'm confused and sweaty"),
    ("U", "libre sensor says 2.6, shaky"),
    ("E", "my libre says 24 and I keep being sick with tummy pain"),
    ("E", "瞬感显示2.3，人迷迷糊糊叫不太醒"),
    # look-alikes: a compression low on a sensor, a meter read with sugar on the fingers
    (
        "L",
        "my libre alarm said 2.8 at 3am but I was lying on the sensor, finger prick was 6.4 and "
        "I feel fine",
    ),
    ("L", "libre传感器半夜报警显示2.9，我压着它睡觉，指尖血测是6.2，没有不舒服"),
    (
        "L",
        "meter said 19 but I'd been peeling oranges, washed my hands and retested 6.1, feel normal",
    ),
    ("!E", "my CGM says LO but I feel totally normal, washed my hands and a finger prick is 5.8"),
]

# 7. RCP NEWS2 aggregate; NICE NG51
SEVERAL_READINGS = [
    ("E", "temp 39.4, heart rate 125 on my watch, oxygen 93, breathing 26 a minute"),
    ("E", "体温38.6，心率一百二十，血氧93，呼吸每分钟二十五次"),
    ("U", "home readings: temp 38.9, pulse 118, oxygen 94%, feel rough"),
]

# 8. An app's or a symptom checker's advice quoted
APP_ADVICE = [
    ("E", "the NHS app symptom checker said call 999, I've got chest pain going down my arm"),
    (
        "!E",
        "symptom checker said go to A&E but it's just a mild sore throat for 2 days, eating and "
        "drinking fine",
    ),
    ("!E", "症状检查器说我可能心脏病发作，其实我只是跑完步有点累，现在没事"),
    ("!E", "app說血氧低要去急診，我自己再量是96%，沒有不舒服"),
    ("E", "健康app话我可能中风，我而家半边面冇感觉，讲嘢唔清楚"),
]

# 9. Written after the change, in other words: a re-check read (NHS.uk pulse oximeter, NICE
# NG136, NICE NG17), and one that is not: abnormal again, another kind of reading, or after a
# treatment (NHS.uk low blood sugar: a treated hypo; oxygen given)
RECHECKS_AFTER = [
    ("!E", "血氧机显示87，手太冷了，暖和之后再测是96，人很好"),
    ("L", "家用血压计第一次量195/115，坐下休息五分钟再量是135/85，没有不舒服"),
    (
        "L",
        "my dexcom alarmed at 2.9 overnight but I'd been sleeping on my arm where the sensor is, "
        "finger prick 5.9, feel fine",
    ),
    ("!E", "pulse ox read 85 but I had gel nails on, tried a bare finger and got 98, totally fine"),
    ("E", "sats 85 with cold hands, warmed them and it's still 88"),
    ("E", "oximeter said 86, re-checked and it says 89, breathless"),
    ("E", "my watch said heart rate 38, strap loose, re-checked sats 97"),
    ("E", "sats 90, put on oxygen, re-checked 96"),
    ("U", "my blood sugar was 2.6, had jelly babies, rechecked 5.4"),
    (
        "E",
        "oximeter said 84, checked it again and it says 97 but my lips are blue and I can't "
        "breathe",
    ),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {
    "症状检查器说我可能心脏病发作，其实我只是跑完步有点累，现在没事": "心脏病发作 is itself a "
    "chest-pain phrase in Chinese (cardiac.yaml chest_pain), and the quoted-verdict reader "
    "blanks only verdict concepts, so a heart attack named inside the app's quote still counts "
    "as chest pain",
}


@pytest.mark.parametrize(("code", "text"), with_open(OXIMETER, OPEN_ROWS))
def test_oximeter(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WATCH_HEART, OPEN_ROWS))
def test_watch_heart(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FALL_DETECTION, OPEN_ROWS))
def test_fall_detection(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HOME_BP, OPEN_ROWS))
def test_home_bp(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(THERMOMETER, OPEN_ROWS))
def test_thermometer(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GLUCOSE, OPEN_ROWS))
def test_glucose(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SEVERAL_READINGS, OPEN_ROWS))
def test_several_readings(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(APP_ADVICE, OPEN_ROWS))
def test_app_advice(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(RECHECKS_AFTER, OPEN_ROWS))
def test_rechecks_after(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
