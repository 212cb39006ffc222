"""Reading gaps noticed in session 38, closed by kind (rules-dt, session 39).

Each sentence is our own, in English or simplified / Cantonese Chinese, read as a first message
with the rules alone:

1. **Pale, dizzy, clammy after losing blood, said in Cantonese** (Manchester Triage System:
   shock; NHS.uk: 999 for heavy blood loss with pale, cold, clammy skin or dizziness):
   塊面好白 (the face gone white), 手腳冰凍 (hands and feet ice cold), 流咗好多血 (lost a lot
   of blood) read as their Mandarin words are.
2. **A person's poisoning said after a pet's** (NHS.uk poisoning; TOXBASE via NHS 111): "the
   dog ate slug pellets, my toddler too" is the toddler's swallowing (urgent), not the vet's.
3. **Jaundice said as "yellow eyes"** (NHS.uk jaundice: new yellow skin or whites of the eyes,
   an urgent GP or 111, the same day), as "yellow skin" and "eyes have gone yellow" already
   are; yellow sticky eyes (NHS.uk conjunctivitis) or a yellow bruise are no jaundice.
4. **A child's fever counted in weekdays** (NICE NG143: a fever of five days or more is amber,
   at least urgent): "hot since Monday, it's Saturday" is five days.
5. **One-slip typos of everyday symptom words** ("dizy", the speller hazard of session 36).
6. **Chest pain of last week, gone now** (NICE CG95: chest pain more than 72 hours ago and none
   now is assessed, not the same day; NHS.uk chest pain: a GP): below urgent; pain now, back
   again or coming and going stays at least urgent, danger signs stay an emergency.
7. **Out of breath after exercise in someone unfit, no other sign** (NHS.uk shortness of
   breath: being unfit is a common cause; see a GP if it goes on): below urgent; with chest
   pain, blue lips, or breathless at rest it stays its level.
8. **要不要 (whether to)** is a question, not a negation of what follows.
9. **A pet's seizure** ("took my dog to the vet for seizures") is no person's fit.
10. **下巴 (jaw, chin)** in a toothache or a jaw knock, no chest pain, is no heart-attack sign.

Wrong before the change (8ad1995): 33 of the 89 sentences first written (item 1: 5 of 12,
item 2: 3 of 11, item 3: 8 of 17, item 4: 5 of 7, item 5: 0 of 6, item 6: 5 of 12, item 7: 4 of
9, item 8: 0 of 4, item 9: 3 of 5, item 10: 0 of 6); eight added while fixing (two fits beside
the vet, six slips near the new words) read right before and after. After: one open row (a
child "been hot" is no fever word). Items 5, 8 and 10 read at their level already: "dizy" (four
letters) is not corrected but "feel dizzy" reaches the same level; 要不要 after a bite loses
``rabies_named`` but the bite keeps the level; 下巴 fires nothing without chest pain.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

CANTONESE_SHOCK = [
    ("E", "我流咗好多血，而家塊面好白好頭暈"),
    ("E", "流咗好多血之后塊面好白，手腳冰凍，出晒冷汗"),
    ("E", "佢割親手流咗好多血，塊面白晒，話好暈"),
    ("E", "出咗好多血，成個人好暈，塊面青白"),
    ("E", "伤口流咗好多血，手脚冰冻，好头晕"),
    ("E", "lost a lot of blood from a cut, now pale, dizzy and clammy"),
    ("E", "出了很多血，现在脸色很白，很头晕，出冷汗"),
    ("E", "流了好多血，脸色发白，头晕"),
    # look-alikes: fair skin, a nosebleed stopped and well, a faint at the sight of blood
    ("!E", "我塊面好白淨，想問點樣防曬"),
    ("!E", "佢個樣好白淨，皮膚好好"),
    ("L", "流咗少少鼻血，已經止咗，冇事"),
    ("!E", "見到血就塊面好白好頭暈，坐低一陣就好返"),
]

PET_THEN_PERSON_POISON = [
    ("U", "the dog ate slug pellets, my toddler too"),
    ("U", "the dog ate slug pellets and so did my toddler"),
    ("U", "my dog ate slug pellets and I think my son had some as well"),
    ("U", "the cat chewed the peace lily and my daughter might have too"),
    ("U", "狗吃了蜗牛药，我儿子也吃了"),
    ("U", "只狗食咗蜗牛药，我个仔都食咗"),
    ("U", "my toddler ate slug pellets"),
    # the pet alone is the vet's
    ("L", "the dog ate slug pellets"),
    ("L", "my dog ate some slug pellets, what should I do"),
    ("L", "狗吃了蜗牛药怎么办"),
    # the child with danger signs stays an emergency
    ("E", "the dog ate slug pellets and so did my toddler, now he's twitching and drooling"),
]

YELLOW_EYES = [
    ("U", "yellow eyes"),
    ("U", "I've got yellow eyes and feel tired"),
    ("U", "yellowish eyes since yesterday"),
    ("U", "yellowish skin"),
    ("U", "yellow tinge to his eyes"),
    ("U", "my eyes have gone yellow"),
    ("U", "yellow skin"),
    ("U", "眼睛发黄"),
    ("U", "眼睛有点黄"),
    ("U", "皮肤有点黄，眼白也黄"),
    ("U", "眼黄黄，皮膚都黄埋"),
    # look-alikes: sticky eyes, a healing bruise, stained teeth
    ("L", "yellow sticky eyes in the morning"),
    ("L", "yellow gunk in my eyes when I wake up"),
    ("L", "my eyes have yellow discharge"),
    ("L", "眼睛有黄色分泌物"),
    ("L", "bruise has gone yellow"),
    ("L", "my teeth are yellow"),
]

WEEKDAY_FEVER = [
    ("U", "kid's been hot since Monday, it's Saturday"),
    ("U", "my son has had a fever since Monday and today is Saturday"),
    ("U", "she's had a temperature since Sunday, it's Friday now"),
    ("U", "孩子从星期一开始发烧，今天星期六了"),
    ("U", "个仔由礼拜一开始发烧，今日礼拜六"),
    # two or three days is no amber by itself
    ("L", "kid's been hot since Monday, it's Wednesday"),
    ("L", "孩子从星期一开始发烧，今天星期三，精神还好"),
]

SLIPS = [
    ("N", "feel dizy"),
    ("N", "I feel dizy and sick"),
    ("N", "really bad headahce"),
    ("U", "my chset hurts"),
    ("E", "I can't breath and my lips are bleu"),
    ("E", "crushing chest pian spreading to my arm"),
    # slips of words near the new ones (speller hazard): unfit, exercise, toddler, pellets
    ("E", "pale and dizy after losing lots of blood"),
    ("E", "my son is unconcious"),
    ("E", "vomitting blood and dizy"),
    ("U", "breathles at rest"),
    ("U", "my todler ate slug pellets"),
    ("E", "sudenly can't breath after excercise, lips blue"),
]

CHEST_PAIN_GONE = [
    ("L", "I had chest pain last week - it's gone now"),
    ("L", "had some chest pain last week, it went away and I feel fine now"),
    ("L", "chest pain a few days ago, gone now, should I get it checked"),
    ("L", "上周胸口痛了一下，现在好了"),
    ("L", "上个星期胸口痛过，而家冇事"),
    # pain now, back again, yesterday, or with danger signs
    ("U", "I had chest pain last week and it keeps coming back"),
    ("U", "had chest pain last week, it's gone now but it came back this morning"),
    ("U", "chest pain last week, gone now, but it's back today"),
    ("U", "had chest pain yesterday, gone now"),
    ("U", "上周胸口痛，现在又痛了"),
    ("E", "had chest pain last week, it's gone now but now I can't breathe and my lips are blue"),
    ("E", "chest pain last week gone now, but right now crushing pain in my chest and sweating"),
]

UNFIT_EXERTION = [
    ("L", "out of breath after exercise, I'm a bit unfit"),
    ("L", "get out of breath going up stairs, I'm very unfit"),
    ("L", "I'm out of shape and get breathless when I run for the bus"),
    ("L", "运动后有点喘，我平时很少运动"),
    ("L", "好耐冇做运动，跑步之后好喘"),
    # beside a danger the stand-down does not hold
    ("U", "out of breath after exercise, I'm unfit, and I had chest pain with it"),
    ("E", "I'm unfit and got breathless after exercise and now my lips are blue"),
    (
        "E",
        "out of breath after exercise, I'm unfit, "
        "but now I can't breathe sitting still and can't speak",
    ),
    ("U", "breathless at rest, I'm a bit unfit"),
]

WHETHER_TO = [
    ("U", "被狗咬了，要不要打狂犬疫苗"),
    ("U", "被狗咬出血了，要不要打狂犬疫苗"),
    ("U", "要不要打狂犬疫苗，被流浪猫抓出血了"),
    ("E", "要不要叫救护车，他胸口很痛，出冷汗"),
]

PET_SEIZURE = [
    ("!E", "took my dog to the vet for seizures"),
    ("!E", "took the cat to the vet for a seizure, I'm worried about her"),
    ("!E", "带狗去兽医那里看抽搐"),
    ("E", "took my dog to the vet and then I had a seizure in the waiting room"),
    ("E", "my son is having a seizure"),
    # the vet said beside a person's fit: the fit stays an emergency
    ("E", "back from the vet with the dog, now my husband is having a seizure"),
    ("E", "我从兽医那里回来，儿子突然抽搐"),
]

JAW_NO_CHEST = [
    ("!E", "toothache and my jaw hurts, feels like it's spreading to my ear"),
    ("!E", "牙痛，下巴也痛"),
    ("!E", "摔了一跤，下巴撞伤了，有点痛"),
    ("!E", "智齿痛到下巴"),
    ("E", "胸口很痛，痛到下巴和左手，出冷汗"),
    ("E", "chest pain going into my jaw and I'm sweating"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {
    "kid's been hot since Monday, it's Saturday": "'been hot' said of a child is not read as a "
    "fever ('it's been hot' is the weather): the five days are counted, the fever is not",
}


@pytest.mark.parametrize(("code", "text"), with_open(CANTONESE_SHOCK, OPEN_ROWS))
def test_cantonese_shock(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PET_THEN_PERSON_POISON, OPEN_ROWS))
def test_pet_then_person_poison(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(YELLOW_EYES, OPEN_ROWS))
def test_yellow_eyes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WEEKDAY_FEVER, OPEN_ROWS))
def test_weekday_fever(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SLIPS, OPEN_ROWS))
def test_symptom_slips(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHEST_PAIN_GONE, OPEN_ROWS))
def test_chest_pain_gone(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(UNFIT_EXERTION, OPEN_ROWS))
def test_unfit_exertion(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WHETHER_TO, OPEN_ROWS))
def test_whether_to(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PET_SEIZURE, OPEN_ROWS))
def test_pet_seizure(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(JAW_NO_CHEST, OPEN_ROWS))
def test_jaw_no_chest(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
