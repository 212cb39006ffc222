"""Frail older people, proxies reading behaviour, and sensations told as comparisons.

Session 17's voices at the emergency line, written from the published sources before the rules
changed for them, in other words than ``tests/data/fresh_levels_21.jsonl``. Codes as
``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at least
urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE CG95 Chest pain / NHS.uk heart attack: in older people and people with diabetes a heart
# attack may come without pain, as breathlessness, sweating, clamminess, a grey colour, feeling
# sick; a known-mild breathlessness alone is no emergency
PAINLESS_HEART_ATTACK: list[tuple[str, str]] = [
    ("E", "my dad is 84 and diabetic, no chest pain but he's gone grey and clammy and breathless"),
    ("E", "im 81 type 2 diabetic, feel sick and sweaty and short of breath, no pain anywhere"),
    ("E", "爷爷82岁有糖尿病，不痛，但是突然气短、出冷汗、脸色发灰"),
    ("!E", "my mum is 80, a bit breathless on the stairs for months, her usual, otherwise well"),
    ("!E", "im 78, feel a bit sick after a curry last night, no other symptoms, getting better"),
]

# NHS.uk falls and broken hip, NICE CG124 Hip fracture, Manchester Triage "unable to walk"
# after a fall in the elderly; JRCALC long lie: a fall with a long lie, or a short, turned-out
# leg after a fall, is an emergency; a fall without injury who got straight up is not
FALLS: list[tuple[str, str]] = [
    ("E", "found my nan on the bathroom floor, she'd been there all night and can't get up"),
    ("E", "my grandad fell in the garden, his left leg is shorter and the foot is turned outwards"),
    ("E", "my mum is 86, fell this morning, can't put any weight on her leg and the hip hurts"),
    ("E", "外婆摔了一跤，在地上躺了一晚上，起不来"),
    ("E", "爷爷摔倒后右腿短了一截，脚往外翻，站不起来"),
    # an age after a relative with no verb ("mum 86"), read since a strict xfail here
    ("E", "mum 86 fell this morning, can't put any weight on her leg and the hip hurts"),
    ("!E", "my gran tripped on the rug, got straight back up and is fine, just a bit shaken"),
    ("!E", "奶奶早上滑了一下，自己站起来了，走路正常，没有哪里痛"),
]

# NHS.uk bowel obstruction: not able to poo or fart, with being sick and a swollen tummy (A&E)
BOWEL_OBSTRUCTION: list[tuple[str, str]] = [
    (
        "E",
        "82 year old, no poo for 6 days and no wind either, being sick and tummy tight as a drum",
    ),
    ("E", "老人家5天没大便也不放屁，一直吐，肚子胀得像鼓"),
    ("!E", "constipated for 3 days, still passing wind, no vomiting, eating fine"),
]

# NICE NG156 AAA / NHS.uk aortic dissection: sudden tearing or ripping pain in the back or
# tummy going through, with faintness
AORTA: list[tuple[str, str]] = [
    ("E", "sudden pain like something tearing in my back going through to my stomach, feel faint"),
    ("E", "felt like my back was being ripped apart, came on suddenly, im 72 and sweaty and dizzy"),
    ("E", "背部突然像撕开一样的痛，穿到肚子，头晕想晕倒"),
    ("!E", "ripped my jeans on a fence and scraped my knee"),
    ("E", "my chest feels like it is being torn apart, came on suddenly, cold and clammy"),
    ("!E", "my family has been torn apart by this, i can't sleep and my back aches a bit"),
    ("!E", "I feel ripped apart since the divorce, crying every night"),
]

# NICE CKS Headache assessment (thunderclap): a sudden blow-like onset, then the worst pain; and
# the hangover look-alikes (NHS hangover: self-care) that must not read as one
THUNDERCLAP: list[tuple[str, str]] = [
    ("E", "like being kicked in the back of the head, then the worst pain ive ever had, been sick"),
    ("E", "was reading and it felt like someone hit my head with a bat, worst pain ever"),
    ("E", "看电视时头像被人打了一棍，然后是这辈子最痛的头痛"),
    ("!E", "feels like my head will explode, had way too much wine last night, better after water"),
    ("!E", "我的头要炸开了，昨晚喝太多酒，现在喝了水好一点了"),
    ("!E", "tension headache like a band round my head, had them before, paracetamol helps"),
]

# NICE CG95 / NHS.uk heart attack: chest pain told as a weight or a squeeze
CHEST_METAPHORS: list[tuple[str, str]] = [
    ("E", "feels like an elephant sitting on my chest and i'm sweating"),
    ("E", "like a tight band round my chest going into my jaw, started 20 min ago"),
    ("E", "胸口像压了块石头，一直出冷汗"),
    ("E", "心口翳到唔透得气，出晒冷汗"),
    ("!E", "我明天考试，刚才有点心慌，现在已经好了"),
    ("!E", "got a stitch in my side while running, like a knife, went when i stopped"),
]

# NICE NG128 Stroke / NHS.uk stroke (FAST) and eye: sensations of one side, a curtain over one
# eye; NHS.uk sore throat "like glass" that is getting better is self-care
SENSATIONS: list[tuple[str, str]] = [
    ("E", "my right leg suddenly feels like it belongs to someone else and i keep dropping things"),
    ("E", "a dark curtain came down over my left eye about an hour ago"),
    ("E", "突然半边身子麻麻的不听使唤"),
    ("E", "like breathing through a straw and my lips are going blue"),
    ("E", "吃了虾以后喉咙像被掐住一样，喘不过气"),
    ("!E", "sore throat like swallowing glass for 3 days, getting better now, eating ok"),
]

# NICE NG240 / NHS.uk meningitis and NICE NG51 sepsis: a carer reading a non-verbal person; a
# rash that does not fade under a glass in someone unwell is 999
PROXY_BEHAVIOUR: list[tuple[str, str]] = [
    # without a fever, a rash or a stiff neck this is a migraine's pattern too (NHS.uk
    # migraine): no emergency rule; the level below is the four-level decision's
    (
        "!E",
        "my son has autism and doesn't talk, today he keeps holding his head and moaning, been"
        " sick and hides from the light",
    ),
    (
        "E",
        "my son has autism and doesn't talk, today he's hot, keeps holding his head and moaning,"
        " been sick and hides from the light",
    ),
    (
        "E",
        "she can't tell us but she's floppy, been sick and has spots that don't fade under a glass",
    ),
    ("E", "he has a rash that won't fade under a glass and he's being sick and very sleepy"),
    ("!E", "my son's teething, dribbling and chewing everything, otherwise happy"),
]

# Left-alone items checked against their guidance: a negated "or" list, a long flight (NICE
# NG158), a shoulder after gardening (not a stroke), a mother's own temperature, a nosebleed
# that has stopped (NHS.uk nosebleeds)
LEFT_ALONE: list[tuple[str, str]] = [
    ("!E", "i have not had any dizziness, chest pain or fainting, just a runny nose"),
    ("!E", "i haven't had any headache, vomiting or stiff neck, just a blocked nose"),
    (
        "E",
        "flew back from Australia yesterday and now suddenly short of breath with sharp pain"
        " when i breathe in",
    ),
    ("!E", "my shoulder hurts and i can't lift my arm above my head since gardening"),
    ("!E", "my temp is 38.5, my baby is 3 weeks old and seems fine"),
    ("!E", "流鼻血好多血，现在已经止住了"),
]

# NHS.uk hypothermia (cold skin with confusion, drowsiness or slurred speech: 999), indoors in
# an older person; NHS.uk urinary retention (suddenly unable to pee, a painful full bladder:
# A&E). Written after the first commit from the probes that failed then (both Chinese rows).
COLD_AND_RETENTION: list[tuple[str, str]] = [
    ("E", "外婆家里没开暖气，摸着冰凉，迷迷糊糊的"),
    ("E", "gran's heating broke, she's cold to touch and more muddled than usual"),
    ("!E", "my hands are cold to the touch, otherwise fine"),
    ("E", "爷爷一天没小便，小肚子胀痛"),
    ("E", "dad 80 hasn't passed urine since yesterday, tummy swollen and painful low down"),
    ("!E", "mum hasn't passed urine since this morning, drinking little, no pain"),
    ("!E", "没有小便困难，就是有点咳嗽"),
]

# Probes of the changes above, written after and failing first: a rip said of grief is no
# aorta; a head about to explode after a drink that came on suddenly or is the worst ever stays
# a thunderclap (NICE CKS), in both languages
PROBES: list[tuple[str, str]] = [
    ("!E", "my husband said he felt like someone ripped his heart out when the dog died"),
    (
        "E",
        "had a lot to drink last night, then suddenly this afternoon my head felt like it would"
        " explode, never had anything like it",
    ),
    ("E", "昨晚喝多了，今天下午突然头像炸开一样，从来没这么痛过"),
    ("!E", "my head felt like it would explode after a big night out, better now after sleep"),
]

CASES = (
    PAINLESS_HEART_ATTACK
    + FALLS
    + BOWEL_OBSTRUCTION
    + AORTA
    + THUNDERCLAP
    + CHEST_METAPHORS
    + SENSATIONS
    + PROXY_BEHAVIOUR
    + LEFT_ALONE
    + COLD_AND_RETENTION
    + PROBES
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_frail_proxy_and_sensation_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
