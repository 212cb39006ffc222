"""Gaps the coordinator probed before session 50 (rules-pd), each kind both ways.

Kinds (sentences written here from the sources, several phrasings, English, simplified,
traditional (Taiwan) and Cantonese; none copied from a data row):
- one arm or hand gone numb, clumsy or weak, told as NEW (since waking, this morning, all of a
  sudden): NHS.uk stroke (FAST arm: weakness or numbness in one arm; woke up with it = onset
  unknown, 999), NICE NG128. Look-alikes: an arm numb from lying on it that went in minutes
  (NHS.uk pins and needles), "I'm so clumsy" (a habit), weeks of a hand numb at night (NICE CKS
  carpal tunnel), a clumsy child, hands clumsy in the cold, a cut finger's numb tip.
- a Cantonese belly gone hard said in its own clause after the pain (肚好痛，硬晒，發燒):
  Manchester Triage System abdominal pain (peritonism: 999). Look-alikes: a stiff neck, a hard
  stool, hard ice cream.
- heat exhaustion not recovered after cooling (still dizzy, sick again): NHS.uk heat
  exhaustion and heatstroke (better within 30 minutes of cooling is heat exhaustion; a sign
  that goes on is 111, still unwell after 30 minutes of cooling is 999). Look-alikes: cooled and
  fine again within minutes; a tummy bug still sick after an hour of sips of water.
- the noticed list: a boil gone red hot with a fever (NHS.uk boils and skin abscess: urgent
  GP or 111); "shivery with 38.6" read as a temperature; Cantonese 有啲混乱 (a bit muddled) of a
  person read as new confusion (MTS new confusion, NICE CKS delirium) and not of a cycle or a
  routine; 阿哥 (elder brother) read as someone else and "last Friday" as a time days back
  for session 49's narrow "someone else's event over and dealt with" (NHS.uk 999, fainting,
  epilepsy), with more "must stay" sentences than "must come down" ones.

Written before the change (the rules of 910e3ad): 44 of 94 wrong before (arm 21 of 22 new
and 1 of 14 look-alikes, belly 5 of 6 and 0 of 7, heat 8 of 9 and 0 of 6, boil 1 of 7,
shivery 1 of 5, 有啲混乱 4 of 7, event over 3 of 3 down and 0 of 8 stay); then 4 "must stay"
arm sentences written with the stand-down added to stroke_arm_weakness (3 below emergency before
it) and one belly look-alike (right before). After: all at their level but one left open (a
leg said weak, see OPEN). AFTER_OTHER_WORDS was written after the change, in other words: 1 of
16 wrong at its first run (named there), then mended.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk stroke (FAST arm: weakness or numbness in one arm), NICE NG128: told as new
ARM_NEW: list[tuple[str, str]] = [
    ("E", "my left arm is clumsy since I woke up"),
    ("E", "left arm feels clumsy and face feels weird since this morning"),
    ("E", "my left arm suddenly went numb"),
    ("E", "my left hand has gone weak since this morning"),
    ("E", "left hand feels weak since lunch"),
    ("E", "Dad's left arm went numb all of a sudden about 20 minutes ago"),
    ("E", "mum says her right hand has gone weak since breakfast"),
    ("E", "my left arm has felt heavy and numb since I woke up this morning"),
    ("E", "my right hand went clumsy out of nowhere an hour ago, can't do up my buttons"),
    ("E", "my left arm went numb after I slept on it and it's still numb 3 hours later"),
    ("E", "woke up with my arm numb, thought I'd slept on it, it went but now it's numb again"),
    ("E", "I've had carpal tunnel for months but this morning my whole left arm went weak"),
    ("E", "我今天早上起床左手就不灵活了"),
    ("E", "左手突然麻了，现在还麻"),
    ("E", "我右手從今天早上開始沒力"),
    ("E", "左边手臂突然发麻，一直没好"),
    ("E", "佢今朝起身之后隻左手唔听使唤"),
    ("E", "我爸左手从午饭后开始没力"),
    ("E", "左手今天早上开始不听使唤"),
    ("E", "我隻右手突然痹咗，到而家都未好"),
    # Hong Kong's 痺 for numb (clinical.textprep reads it as 痹)
    ("E", "我隻右手突然痺咗，到而家都未好"),
    ("E", "我媽今天早上起床後右手一直麻麻的，拿筷子都拿不好"),
    ("E", "睡醒左手麻咗，以为压住咗，但系两个钟都仲痹"),
    # written with the pressure stand-down added to stroke_arm_weakness: the weakness said to
    # go on or come back, or a side gone weak after it, stays 999 (three of four were below
    # emergency before it: "it went dead", "left leg is weak", "left side went weak" unread)
    ("E", "I slept on my arm and it went dead, went after a few minutes but now it's dead again"),
    ("E", "slept on my arm, it went dead, fine after a few minutes, but now my left leg is weak"),
    (
        "E",
        "slept on my arm it went dead shook it and it went after a few minutes then suddenly my"
        " left side went weak",
    ),
    ("E", "瞓觉压住只手，只手冇晒力，郁吓就好返，但系而家只手又冇晒力"),
]

# NHS.uk pins and needles (pressure, gone on moving), NICE CKS carpal tunnel, a habit, the cold
ARM_LOOKALIKES: list[tuple[str, str]] = [
    (
        "L",
        "woke up with my arm numb from sleeping on it, it went after a few minutes of shaking it",
    ),
    ("L", "my arm went dead after I slept on it but it was fine in five minutes"),
    ("L", "I'm so clumsy, dropped my phone again this morning"),
    ("L", "my hand has gone numb at night for weeks, tingling in my thumb and fingers"),
    ("L", "my hand goes numb at night, it has done for weeks, it woke me again last night"),
    ("L", "my 4 year old is clumsy, always tripping over things"),
    ("L", "my hands go clumsy and numb in the cold, fine once they warm up"),
    ("!E", "cut my hand on a knife this morning and the tip of my finger is numb"),
    ("L", "我睡觉压到手臂麻了，甩了几下就好了"),
    ("L", "瞓覺壓住隻手痹咗，郁吓就好返"),
    ("L", "瞓覺壓住隻手痺咗，郁吓就好返"),
    ("L", "我成日都好论尽，今朝又打爛咗隻杯"),
    ("L", "几个星期了晚上手指发麻，大拇指那边，昨晚又麻醒"),
    ("L", "天冷手指不灵活，暖返就冇事"),
    ("L", "我个仔好论尽，成日跌亲"),
]

# Manchester Triage System abdominal pain (peritonism): the belly gone hard, in its own clause
BELLY_HARD: list[tuple[str, str]] = [
    ("E", "肚好痛，硬晒，發燒"),
    ("E", "肚子好痛，硬晒，仲发烧"),
    ("E", "個肚好痛，成個硬晒，郁都唔敢郁"),
    ("E", "肚痛到死，摸落去硬晒"),
    ("E", "肚子很痛，硬邦邦的，发烧"),
    ("E", "肚子很痛，摸起來硬邦邦的，發燒"),
]

BELLY_HARD_LOOKALIKES: list[tuple[str, str]] = [
    ("L", "条颈硬晒，今朝瞓醒就咁，冇发烧"),
    ("L", "大便硬晒，好难屙"),
    ("L", "屎硬晒，三日冇屙，肚有啲痛"),
    ("L", "肚有啲痛，大便硬晒，几日冇屙"),
    ("L", "雪糕硬晒，食唔到"),
    ("L", "肚有少少痛，膊头硬晒，成日对住电脑"),
    ("L", "肚子有点痛，便便硬邦邦的，三天没拉"),
    ("!E", "屙屎好辛苦，啲屎硬晒，肚有少少痛"),  # urgent by the decision (好辛苦), no rule
]

# NHS.uk heat exhaustion and heatstroke: still unwell after cooling (111), after 30 minutes (999)
HEAT_NOT_RECOVERED: list[tuple[str, str]] = [
    (
        "U",
        "got too hot at the match, cooled down and drank water, feel much better but still dizzy"
        " and vomited again",
    ),
    ("E", "sat in the shade with water for an hour after the heat and still dizzy"),
    ("U", "中暑了，吹了风扇喝了水好多了，就是还有点头晕"),
    (
        "E",
        "he overheated at the festival, we got him into the shade and gave him water, it's been"
        " 45 minutes and he's still dizzy and being sick",
    ),
    ("E", "中暑后在阴凉处休息了一个小时，还是头晕想吐"),
    ("E", "晒咗成日，喺树荫度坐咗成个钟，饮咗水，仲系好晕"),
    ("E", "今天太熱中暑，在冷氣房休息了半個小時，還是頭暈想吐"),
    (
        "U",
        "too much sun at the beach, had a lie down with my feet up and some water, bit better but"
        " still being sick",
    ),
    ("U", "天气好热晒咗成日，饮咗水休息咗一阵，好返啲但仲想呕"),
]

HEAT_LOOKALIKES: list[tuple[str, str]] = [
    ("L", "got too hot in the garden, cooled off in the shade for 10 minutes and feel fine again"),
    ("L", "been sipping water for an hour and still being sick, tummy bug"),
    ("L", "中暑了，喺阴凉处坐咗十分钟，饮咗水，而家冇事了"),
    ("L", "hot day at work, sat in the air con for an hour and feel completely fine now"),
    ("!E", "肠胃炎，喝了一个小时的水还是想吐"),
    ("L", "my car overheated on the motorway, I'm fine, just a bit of a headache from the stress"),
]

# NHS.uk boils / skin abscess (a high temperature: urgent GP or 111)
BOIL_FEVER: list[tuple[str, str]] = [
    ("=U", "my boil has gone red hot, fever 38.5"),
    ("=U", "the boil on my leg is red and hot and I've got a temperature"),
    ("=U", "I've got an abscess and a fever"),
    ("=U", "腋下长了个脓肿，发烧38度5"),
    ("=U", "我個癤子又紅又熱，仲發燒"),
    ("L", "I've got a boil on my bum, not red, no temperature"),
    ("L", "waiting for the kettle to come to the boil, I've got a cold and a temperature of 38"),
]

# a temperature told after "shivery with" (NICE NG143 under 3 months; NICE NG151 after chemo)
SHIVERY_READING: list[tuple[str, str]] = [
    ("E", "my 2 month old is shivery with 38.2"),
    ("E", "had chemo last week and now I'm shivery with 38.6"),
    ("=U", "I've got a boil on my arm and I'm shivery with 38.6"),
    ("L", "feeling shivery with 2 jumpers on, no temperature, just a cold"),
    ("!E", "a bit shivery at 38.5 weeks pregnant, baby moving well, no temperature"),
]

# Cantonese 有啲混乱 of a person (MTS new confusion; NICE CKS delirium); not of a cycle or routine
BIT_MUDDLED: list[tuple[str, str]] = [
    ("=U", "我阿爸今日有啲混乱"),
    ("=U", "阿嫲今朝开始有啲混乱，讲嘢前言不对后语"),
    ("=U", "我爸今天有點混亂，平時不會這樣"),
    ("=U", "佢琴晚开始有啲混乱，平时好精灵"),
    ("L", "我嘅月经最近有啲混乱，成日迟"),
    ("L", "最近作息有点混乱，成日夜晚先瞓，有啲攰"),
    ("L", "心情有啲混乱，因为要搬屋，瞓得唔好"),
]

# someone else's event over and dealt with: 阿哥 as someone else, "last Friday" days back
EVENT_OVER_DOWN: list[tuple[str, str]] = [
    (
        "!E",
        "My brother fainted last Friday, the paramedics checked him over and he's fine now. I've"
        " got a cold, what can I take?",
    ),
    (
        "!E",
        "my colleague collapsed at work last Friday, went to A&E and was sent home, he's fine now."
        " I've got a sore throat, what can I take?",
    ),
    (
        "!E",
        "阿哥琴日晕低咗，白车送咗去医院，医生睇过话冇事，已经出咗院。我自己喉咙有啲痛，食咩药好？",
    ),
]

EVENT_OVER_STAY: list[tuple[str, str]] = [
    (
        "E",
        "My brother fainted last Friday, the paramedics checked him over and he was fine, but he"
        " fainted again this morning",
    ),
    (
        "E",
        "my colleague collapsed last Friday, went to A&E and was sent home, he's fine now, and"
        " today I collapsed at work too",
    ),
    (
        "E",
        "My dad had a fit last Friday, the doctor checked him and he's fine now, but he's just had"
        " another one",
    ),
    (
        "E",
        "my sister fainted last friday paramedics checked her shes fine now but shes fainting"
        " again today",
    ),
    ("E", "阿哥琴日晕低咗，去咗医院检查过冇事，今日又晕低咗"),
    ("E", "阿哥上个星期抽筋，而家冇事喇，我有啲咳"),
    ("E", "阿哥琴日晕低咗，出咗院，但系而家又晕低咗一次，叫唔醒"),
    ("E", "阿哥琴日晕低咗，医生睇过冇事，我今日都晕低咗"),
]

# written after the change, in other words (1 of 16 wrong at its first run: 右手臂从中午开始发麻,
# the arm's numbness with 从 before it, then added to limb_numb_clumsy_one_side)
AFTER_OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "since I got up this morning my right hand feels numb and clumsy, can't hold my pen"),
    ("E", "her left arm went numb out of the blue half an hour ago"),
    ("E", "老公今朝起身话隻右手痹痹哋，揸唔实啲嘢"),
    ("E", "右手臂从中午开始发麻，到现在都没好"),
    ("L", "my hand goes numb when I lean on my elbow at the desk, fine when I move"),
    ("L", "fell asleep on the sofa on my arm, pins and needles, went in a couple of minutes"),
    ("E", "个肚痛到爆，硬晒，仲呕"),
    ("L", "肚有啲痛，几日冇屙，屙出嚟啲屎硬晒"),
    (
        "E",
        "got too hot doing the gardening, been in the shade with a cold drink for 40 minutes and"
        " still feel faint and sick",
    ),
    ("E", "在太阳下干活太久，在树荫下休息了半个小时，还是头晕"),
    ("=U", "the abscess under my arm is red and hot and I feel shivery with 38.4"),
    ("=U", "佢今日有点混乱，认唔到路返屋企"),
    ("L", "我个月经周期有点混乱"),
    (
        "!E",
        "My grandad collapsed last Sunday, the ambulance took him to hospital and he's home now."
        " I've got a bit of a cough",
    ),
    (
        "E",
        "My grandad collapsed last Sunday, the ambulance took him to hospital and he's home now,"
        " but he's collapsed again today",
    ),
    ("E", "my right hand suddenly feels weak and I keep dropping things"),
]

# found by the all-texts run (lvl8-zh-urg-021 went to emergency): a numbness that passed days
# ago, told in Cantonese (三日前, 之后就好返), is NHS.uk TIA's urgent assessment (NICE NG128:
# within 24 hours), never when it came back or is said now (999)
PASSED_DAYS_AGO: list[tuple[str, str]] = [
    ("=U", "两日前右手突然麻咗几分钟，之后就好返，冇睇过医生"),
    ("=U", "four days ago my left arm suddenly went numb for ten minutes, then back to normal"),
    ("E", "三日前左手突然麻咗十分钟，之后就好返，但今朝又麻返"),
    ("E", "三日前左手突然麻咗，之后就好返，而家又麻咗，讲嘢都唔清楚"),
    ("E", "两日前右手突然冇晒力，之后就好返，今日又冇晒力"),
    ("E", "my left hand went numb for 10 minutes this morning, fine now"),
    ("L", "my hand was numb this morning from sleeping on it, back to normal now"),
    ("L", "woke up this morning with my arm numb from lying on it, fine now"),
    ("L", "今朝瞓醒隻手压到痹咗，而家好返晒"),
]

OPEN: dict[str, str] = {
    "slept on my arm, it went dead, fine after a few minutes, but now my left leg is weak": (
        "a leg said weak ('my left leg is weak') is read by no concept (limb_weakness has 'leg "
        "... went weak', 'one leg ... weak'); legs were left out of the new numb-or-clumsy "
        "concept, whose onset words would read a sciatica's leg: left for a look of its own"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(ARM_NEW, OPEN))
def test_one_arm_numb_clumsy_or_weak_told_as_new(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ARM_LOOKALIKES, OPEN))
def test_arm_numbness_look_alikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BELLY_HARD, OPEN))
def test_a_belly_gone_hard_in_its_own_clause(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BELLY_HARD_LOOKALIKES, OPEN))
def test_other_things_gone_hard(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEAT_NOT_RECOVERED, OPEN))
def test_heat_illness_not_recovered_after_cooling(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEAT_LOOKALIKES, OPEN))
def test_heat_look_alikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BOIL_FEVER, OPEN))
def test_a_boil_with_a_fever(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SHIVERY_READING, OPEN))
def test_a_reading_after_shivery(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BIT_MUDDLED, OPEN))
def test_a_bit_muddled_in_cantonese(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EVENT_OVER_DOWN, OPEN))
def test_someone_elses_event_over_comes_down(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EVENT_OVER_STAY, OPEN))
def test_someone_elses_event_told_going_on_stays(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_OTHER_WORDS, OPEN))
def test_after_the_change_in_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PASSED_DAYS_AGO, OPEN))
def test_a_numbness_passed_days_ago(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
