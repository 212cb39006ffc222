"""Everyday words that sound like a danger sign, second round, and the real signs beside them.

Written before the rule changes, in our own words (not the rows of
tests/data/everyday_mild_2.jsonl): each look-alike (``!E``) was an emergency on the rules at
4b61eb5 unless noted, and each positive (``E``) must stay one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# A question ABOUT a sign, with nobody having it now (first-aid training, curiosity, "can you
# overdose on..."), is information, not a patient; a question that also reports a current sign
# still fires on that sign.
INFO_QUESTIONS: list[tuple[str, str]] = [
    ("E", "is this a heart attack? my chest is crushing and my left arm is numb"),
    ("E", "What does anaphylaxis look like? my throat is closing up after eating peanuts"),
    ("E", "how do you do CPR? my dad has collapsed and isn't breathing"),
    ("E", "my dad collapsed, is it true you should put him in the recovery position?"),
    ("E", "can you overdose on paracetamol? I took 30 tablets an hour ago"),
    ("E", "心脏病发作是什么感觉？我现在胸口压着痛，左手发麻"),
    ("E", "过敏性休克是什么样子的？我儿子吃了花生，喉咙肿了，喘不过气"),
    ("E", "中风和脑梗有什么区别？我爸现在嘴歪了，说话不清楚"),
    ("E", "我老公突然晕倒了，叫不醒，怎么办"),
    (
        "!E",
        "What is the difference between a stroke and a mini-stroke? Just curious after a "
        "documentary.",
    ),
    ("!E", "What does a seizure look like in a toddler? Reading up before my nephew visits."),
    ("!E", "Can you overdose on vitamin C tablets?"),
    ("!E", "Is it possible to overdose on melatonin?"),
    ("!E", "Is it true you shouldn't give water to someone who has collapsed?"),
    ("!E", "How do you help someone who is choking? It's for a first aid course."),
    ("!E", "中风和脑梗有什么区别？"),
    ("!E", "心肌梗死和心绞痛有什么区别？"),
    ("!E", "褪黑素吃多了会中毒吗？"),
    ("!E", "過敏性休克是什麼樣子的？"),
    ("!E", "有人抽筋倒地的话要怎么做？"),
    ("!E", "癫痫发作系点样嘅？"),
    ("!E", "去爬山怕遇到有人晕倒，要带什么？"),
]

# NHS.uk paracetamol: one extra or early dose by accident is unlikely to harm; more than the
# daily maximum is an overdose. "Is that an overdose?" asks; the count decides.
DOSE_QUESTIONS: list[tuple[str, str]] = [
    ("E", "I took 20 paracetamol this morning, is that an overdose?"),
    ("E", "took 16 paracetamol today, is that an overdose?"),
    ("E", "我吃了二十片扑热息痛，会中毒吗？"),
    (
        "!E",
        "Took my ibuprofen an hour early by mistake, 3 tablets today in total. Is this an"
        " overdose?",
    ),
    ("!E", "gave my son his Calpol an hour early by accident, is that an overdose?"),
]

# TOXBASE / NHS overdose: a large amount of a MEDICINE taken. A lot of food eaten, and a
# medicine asked for ("what medicine can I take?"), is no overdose.
FOOD_AND_A_REQUEST: list[tuple[str, str]] = [
    ("E", "吃了好多安眠药，现在很困"),
    ("E", "食咗好多药，而家好眼瞓"),
    ("E", "took loads of painkillers an hour ago"),
    ("!E", "昨晚吃了好多火锅，胃胀，有什么药可以吃？"),
    ("!E", "今日食咗好多朱古力，个肚好胀，有冇药可以食？"),
    ("!E", "took loads of selfies at the beach and got sunburnt, what medicine helps?"),
]

# Hyperbole of degree (X到想死, 气得吐血, "until I want to die", 快 collapse 了): the degree of an
# ordinary pain or mood, not the act; the plain statement and a real sign beside it stay.
HYPERBOLE: list[tuple[str, str]] = [
    ("E", "胸口痛到想死，出冷汗，左手发麻"),
    ("E", "痛到想死，真的不想活了"),
    ("E", "我好辛苦，想死"),
    ("E", "今天吐了一大口血"),
    ("E", "我老公突然 collapse 咗，叫唔醒"),
    ("E", "I want to die, I have a plan"),
    ("!E", "牙痛到想死，吃了止痛药"),
    ("!E", "辣到想死，胃有点烧"),
    ("!E", "my knee is sore until I want to die, twisted it at football"),
    ("!E", "被同事气到吐血，头有点痛"),
    ("!E", "他把我气得吐血，胃胀"),
    ("!E", "跑步跑到快 collapse 了，腿好酸"),
]

# English figures of speech: a heart that "stopped" at a shock, a team that collapsed, an
# "overdose" of food or television, a stroke of genius. The real statements stay.
FIGURES_OF_SPEECH: list[tuple[str, str]] = [
    ("E", "my dad's heart stopped and he isn't breathing"),
    ("E", "his heart has stopped"),
    ("E", "I collapsed at work and hit my head"),
    ("E", "I overdosed on paracetamol"),
    ("E", "I think I'm having a stroke, my face is drooping"),
    ("!E", "my heart stopped when I opened the electricity bill, anyway I have a cold"),
    ("!E", "our quiz team collapsed in the second half, I have a sore throat"),
    ("!E", "I collapsed into bed after the night shift, achy today"),
    ("!E", "overdosed on sweets at the party, mild tummy ache"),
    ("!E", "overdosed on Netflix, eyes are dry"),
    ("!E", "stroke of genius by my wife, she booked me a GP check for my cough"),
]

# NHS.uk cuts and grazes / nosebleeds: heavy-looking bleeding that stopped with pressure is first
# aid; A&E when it does not stop after 10 minutes of pressure, or starts again.
BLEEDING_STOPPED: list[tuple[str, str]] = [
    (
        "E",
        "cut my hand on a knife, blood everywhere and it's still pumping out after 15 "
        "minutes of pressure",
    ),
    ("E", "blood everywhere, it stopped then started again and won't stop"),
    ("E", "切到手，流了很多血，按了二十分钟还是止不住"),
    ("E", "lots of blood from my leg, it hasn't stopped after 10 minutes of pressure"),
    (
        "!E",
        "Grazed my knee on the pavement, lots of blood at first but it stopped after "
        "pressing for ten minutes. Plaster enough?",
    ),
    ("!E", "切菜切到手指，流了很多血，按住十分钟后血止住了"),
    (
        "!E",
        "my daughter's nose bled heavily, blood everywhere, but it has stopped now after pinching",
    ),
]

# NHS.uk sleep apnoea: gasping, snorting or choking noises while asleep, and tiredness in the
# day, are for a GP; choking on food, turning blue, or not breathing stay emergencies.
SNORING: list[tuple[str, str]] = [
    ("E", "my baby is choking and turning blue"),
    ("E", "他吃东西噎住了，脸都紫了"),
    ("E", "my husband snores, tonight he choked on a grape, he's turning blue and can't breathe"),
    ("E", "老公平时打呼噜，现在叫不醒，没有呼吸"),
    ("E", "my husband snores and sounds like he's choking, now he isn't breathing"),
    # not breathing said with a contracted verb (an emergency that was non_urgent at 4b61eb5)
    ("E", "my husband isn't breathing"),
    ("E", "she wasn't breathing when I found her"),
    ("!E", "he isn't breathing fast, just a bit snotty with a cold"),
    ("E", "老公打呼噜，好像窒息一样，现在没有呼吸了"),
    (
        "!E",
        "my husband snores loudly and makes choking noises in his sleep, always tired in the day",
    ),
    ("!E", "my wife says I sound like I'm choking when I sleep, I'm exhausted every day"),
    ("!E", "老公打呼噜很响，睡着了好像窒息一样，白天很困"),
]

# NHS.uk fainting: a faint with a clear trigger (the sight of blood, a needle) and a quick full
# recovery is not an emergency; with chest pain or not coming round it is (999), and so is a
# faint in early pregnancy with pain low down on one side (NICE NG126). A faint in pregnancy
# alone that comes round is not on NHS's 999 list.
FAINT_AT_BLOOD: list[tuple[str, str]] = [
    ("E", "I fainted at the sight of blood and now I have chest pain"),
    (
        "E",
        "I'm 8 weeks pregnant, fainted when they took blood and now have bad pain low "
        "down on one side",
    ),
    ("E", "he fainted at the sight of blood and hasn't woken up"),
    ("E", "看到血就晕倒了，现在还叫不醒"),
    ("!E", "I fainted when I saw blood at the dentist, came round straight away, feel fine now"),
    ("!E", "看到血就晕倒了，马上醒了，现在没事"),
    ("!E", "my son passed out during his blood test, came round in seconds and had a biscuit"),
]

# History: a stroke years ago, stable, asking for a prescription; a friend's knock-out last
# season. A current stroke sign or a head injury now stays.
HISTORY: list[tuple[str, str]] = [
    ("E", "我老公中风了，现在说话不清楚"),
    ("E", "我妈中风了，半边脸歪了"),
    ("E", "我爸中风三年了，今天突然说话不清楚，嘴歪了"),
    ("E", "I got knocked out playing football and now I keep vomiting"),
    ("!E", "我妈中风五年了，一直很稳定，想开点降压药"),
    ("!E", "外公脑梗十年了，情况稳定，阿司匹林快吃完了"),
    (
        "!E",
        "My friend got knocked out playing hockey last season and is fine now. When can "
        "you go back to sport after concussion?",
    ),
]


@pytest.mark.parametrize(
    ("expected", "text"),
    INFO_QUESTIONS
    + DOSE_QUESTIONS
    + FOOD_AND_A_REQUEST
    + HYPERBOLE
    + FIGURES_OF_SPEECH
    + BLEEDING_STOPPED
    + SNORING
    + FAINT_AT_BLOOD
    + HISTORY,
)
def test_everyday_words_are_no_danger_sign(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# "had a fit once": an event on one occasion in the past (NHS.uk febrile seizures: a child who
# had one before and is well now is no emergency); a fit now, or once today, still counts.
ONCE: list[tuple[str, str]] = [
    ("E", "he had a fit once, now he's fitting again and won't stop"),
    ("E", "my baby had a fit"),
    ("E", "she had a seizure once today and now she's not responding"),
    ("E", "she collapsed all at once"),
    ("!E", "my daughter had a febrile seizure once, is it likely to happen again?"),
    ("!E", "my nephew had a fit once at a party, should my kids avoid flashing lights?"),
]


@pytest.mark.parametrize(("expected", "text"), ONCE)
def test_an_event_had_once_is_history(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
