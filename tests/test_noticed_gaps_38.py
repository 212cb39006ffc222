"""Gaps noticed by earlier helpers (not from any case set), closed by kind (rules-dn, session 38).

Each sentence is our own, in English or simplified Chinese, read as a first message with the
rules alone:

1. **Dark pee with little drunk** (NHS.uk dehydration): dark yellow, strong-smelling pee and
   drinking little is dehydration, treated at home by drinking more; feeling dizzy or
   lightheaded with it is a 111 / GP call; confusion or no pee all day stays urgent or above.
   Dark pee alone is not urgent.
2. **A heart rate read during or just after exercise** (RCP NEWS2 is scored at rest): a watch's
   170 while sprinting is no resting vital; a 170 at rest, or with chest pain or fainting,
   stays an emergency.
3. **Palpitations with dizziness alone** (NHS.uk heart palpitations): 999 / A&E with chest pain,
   breathlessness, or fainting or blacking out; dizziness with palpitations is 111 (urgent).
4. **A hoarse voice after shouting or a cold, or out of breath after exercise** (NHS.uk
   laryngitis: self-care); a swelling throat or tongue with hoarseness after an exposure stays
   an emergency (RCUK 2021).
5. **A child's fever for five days or more** (NICE NG143: amber; with red eyes, cracked red lips
   or a rash, Kawasaki features) is at least urgent.
6. **A hypo** (NHS.uk low blood sugar): a reading below 4 mmol/L with shakiness needs treating
   now and same-day advice (urgent); confusion, drowsiness, or not better after treatment is
   999.

Wrong before the change (8730641): 31 of 94 (item 1: 4 of 18, item 2: 6 of 16, item 3: 5 of 17,
item 4: 4 of 15, item 5: 4 of 13, item 6: 8 of 15; five typo sentences added after read right
before and after); the first 69 written were 22 wrong, the rest
(look-alikes and stand-downs beside a danger) were added while fixing. Item 3's two sentences
with breathlessness or clamminess were added after walk10-en-emg-041 showed the kind.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

DARK_PEE = [
    ("N", "my pee is dark and I've hardly drunk anything today, feel dizzy"),
    ("N", "my wee is really dark, haven't had much water and I'm lightheaded"),
    ("N", "pee is dark yellow and smells strong, barely drank all day and dizzy when I stand"),
    ("N", "今天没怎么喝水，尿很黄很深，还头晕"),
    ("N", "尿颜色很深，喝水很少，站起来头晕"),
    ("U", "dark pee, barely drinking, and now she's confused and not making sense"),
    ("U", "haven't peed all day, what little came out was very dark, and I feel confused"),
    # a well person with dark pee after little water: self-care, not urgent
    ("L", "my pee is dark, didn't drink much water today, otherwise fine"),
    ("L", "my wee is really dark this morning, I only had one coffee yesterday"),
    ("L", "尿很黄很深，今天喝水很少，别的都好"),
    ("L", "尿颜色很深，可能是水喝少了"),
    ("!E", "my pee is dark and I've hardly drunk anything today, feel dizzy"),
    ("!E", "今天没怎么喝水，尿很黄很深，还头晕"),
    # dark pee beside a child, vomiting or jaundice stays same day
    ("U", "my toddler has diarrhoea and dark wee"),
    ("U", "宝宝拉肚子，尿很黄"),
    ("U", "dark urine and yellow eyes"),
    ("U", "pee is dark and my poo is pale"),
    ("U", "been vomiting since last night and my pee is really dark"),
]

EXERCISE_HEART_RATE = [
    ("!E", "my watch said 170 while sprinting, is that ok"),
    ("!E", "heart rate hit 175 during my HIIT workout, felt fine after"),
    ("!E", "just finished a run and my heart rate was 168, came down after a few minutes"),
    ("!E", "跑步冲刺的时候手表显示心率170，正常吗"),
    ("!E", "刚运动完心率175，休息一会就降下来了"),
    ("!E", "my pulse was 180 on the treadmill at the gym, feel fine now"),
    ("!E", "heart rate 170 during my spin class"),
    ("!E", "pulse 150 while I was running"),
    # at rest, or with chest pain or fainting: emergency
    ("E", "my heart rate is 170 just sitting on the sofa"),
    ("E", "resting heart rate 170 and I feel awful"),
    ("E", "watch said 170 while sprinting and I had chest pain and nearly fainted"),
    ("E", "heart rate 175 during my run and then I collapsed"),
    ("E", "躺着休息心率170，心慌"),
    ("E", "跑步时心率180，胸口痛，差点晕倒"),
    # a rest word in the same clause keeps the reading
    ("E", "resting heart rate 170 even after my run"),
    ("E", "heart rate 170 while running and I can't catch my breath, lips going blue"),
]

PALPITATIONS_DIZZY = [
    ("!E", "my heart is racing and I feel a bit dizzy"),
    ("!E", "palpitations and lightheaded since this morning"),
    ("!E", "heart pounding and fluttering, feel woozy"),
    ("!E", "心慌心跳很快，有点头晕"),
    ("!E", "心悸，头有点晕"),
    ("U", "palpitations and lightheaded since this morning"),
    ("U", "心慌心跳很快，有点头晕"),
    # fainting, blacking out, chest pain, breathlessness: emergency
    ("E", "my heart was racing and I fainted"),
    ("E", "palpitations and I blacked out for a few seconds"),
    ("E", "heart racing with chest pain and dizzy"),
    ("E", "heart pounding, dizzy and so short of breath I can't speak"),
    ("E", "心慌心跳很快，晕倒了一次"),
    ("E", "心悸伴胸痛"),
    ("E", "heart racing, dizzy, breathless and clammy, can't get up off the stairs"),
    ("E", "心慌心跳快，头晕，出冷汗"),
    ("E", "heart racing and I nearly fainted"),
    ("E", "心跳很快，差点晕倒"),
]

HOARSE_VOICE = [
    ("S", "hoarse voice after shouting at the football all afternoon"),
    ("L", "lost my voice after a cold, bit croaky"),
    ("L", "hoarse voice and puffed after my run, otherwise fine"),
    ("!E", "my voice is hoarse and I get out of breath after exercise, I'm a bit unfit"),
    ("S", "sang karaoke, lost my voice"),
    ("S", "喊了一晚上，声音沙哑"),
    ("L", "感冒后声音嘶哑，别的还好"),
    # swelling throat or tongue with hoarseness after an exposure: emergency
    ("E", "ate peanuts, my throat feels like it's swelling and my voice has gone hoarse"),
    ("E", "stung by a wasp, tongue swelling and voice hoarse"),
    ("E", "吃了虾以后喉咙肿，声音沙哑"),
    ("E", "hoarse voice and puffed, tongue swelling after a new tablet"),
    # the exercise stand-down beside drooling or a muffled voice, or severe breathing
    ("E", "voice gone hoarse and puffed after my run, now can't breathe properly and drooling"),
    ("E", "hoarse voice after shouting, struggling to breathe"),
    ("E", "hoarse voice and out of breath"),
    ("U", "my toddler has a cold, barking cough and a hoarse voice"),
]

CHILD_LONG_FEVER = [
    ("U", "my 3 year old has had a fever for 5 days with red eyes"),
    ("U", "toddler's had a temperature for 6 days, lips red and cracked"),
    ("U", "my son has had a fever for five days and now a rash on his body"),
    ("U", "孩子发烧5天了，眼睛红"),
    ("U", "宝宝发烧六天，嘴唇红裂，身上有皮疹"),
    ("U", "my daughter has had a high temperature for 5 days"),
    ("U", "女儿发烧已经五天了"),
    ("U", "my son's temp has been up for 5 days, his eyes are red and lips cracked"),
    ("U", "女儿烧了5天，眼睛红红的，嘴唇干裂"),
    ("U", "五天了还在烧，孩子眼睛红，身上出疹子"),
    ("U", "仔仔烧咗五日，眼好红"),
    # short fevers in a well child stay below urgent
    ("L", "my 4 year old had a temperature yesterday, playing happily today"),
    ("L", "孩子昨天发烧，今天精神很好"),
]

HYPO = [
    ("U", "I'm fasting and my blood sugar is 3.2, feel shaky"),
    ("U", "type 1 diabetic, sugar 3.5 and sweaty and shaky"),
    ("U", "on insulin, my glucose is 3.1 and I'm trembling"),
    ("U", "血糖3.2，手抖出冷汗"),
    ("U", "我有糖尿病，打胰岛素，血糖3.5，心慌手抖"),
    ("U", "blood sugar 3.4 mmol, feel weak and shaky"),
    ("E", "my dad's blood sugar is 2.8 and he's confused and not making sense"),
    ("E", "had glucose tablets but my sugar is still 2.9 and I'm not getting better"),
    ("E", "血糖2.5，人迷迷糊糊叫不太醒"),
    ("E", "吃了糖血糖还是3.0，没有好转"),
    # normal readings stay below urgent
    ("L", "my blood sugar is 5.6 this morning, is that normal"),
    ("L", "空腹血糖5.8，正常吗"),
    # treated and back up
    ("L", "type 2, sugar 3.8 and a bit shaky, had a glucose tablet and it's back to 5"),
    ("L", "血糖3.5手抖，喝了果汁，现在升上来了"),
    # the stand-down beside confusion
    ("E", "sugar 3.2 and shaky, had juice, feel better now but now he's confused"),
]

# Typos of nearby existing words still reach their level (the speller hazard: new single words
# such as trembly, wobbly, croaky must not stop a typo being corrected)
TYPOS = [
    ("E", "palpitatons and i fainted"),
    ("E", "blood suger 2.5 and confussed"),
    ("U", "my pee is realy dark and I feel dizzy"),
    ("S", "hoarse voise after shouting"),
    ("U", "my sons temprature has been up for 5 days"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(DARK_PEE, OPEN_ROWS))
def test_dark_pee_with_little_drunk(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EXERCISE_HEART_RATE, OPEN_ROWS))
def test_exercise_heart_rate(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PALPITATIONS_DIZZY, OPEN_ROWS))
def test_palpitations_with_dizziness(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HOARSE_VOICE, OPEN_ROWS))
def test_hoarse_voice(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHILD_LONG_FEVER, OPEN_ROWS))
def test_child_long_fever(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HYPO, OPEN_ROWS))
def test_hypo(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TYPOS, OPEN_ROWS))
def test_typos_nearby(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
