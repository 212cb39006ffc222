"""Set 31's English categories (session 28): exposures, a setting that changes what a symptom
means, and several complaints in one message where the deciding one is not the first.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 31's rows, ``tests/data/fresh_levels_31.jsonl``):

- an electric shock told in lay words ("touched a wire", "a jolt up my arm", "got a belt off
  the socket") with a heart that skips or flutters, or a faint feeling, after it (NHS.uk
  electric shock; Manchester Triage System electrical injury: palpitations or a faint after a
  shock, A&E); a static shock off a car door, or a jolt of a train, is none;
- a heart attack's pain that is not in the chest: an ache or heaviness from the shoulder or
  arm into the jaw or neck with sweating, feeling sick or breathless (NICE CG95 1.1.1.1: pain
  in the chest and/or other areas, for example the arms, back or jaw, with nausea, marked
  sweating or breathlessness; NHS.uk heart attack); a toothache in the jaw or a stiff
  shoulder after the gym with nothing else is not;
- a numbered list written on one line ("1) ... 2) ... 3) ..."): each item is a sentence of
  its own, so a general question in the first item ("is it normal to ...", "can you ...")
  does not make an overdose or a danger sign in a later one a question (NHS.uk paracetamol
  overdose; NICE NG225 self-harm: A&E now even if the person feels well);
- a collapse told by a relative in lay words: "out for a minute, then came round" (NHS 999:
  collapsed or unconscious, even when it has passed), and grey and sweaty with a pulse "all
  over the place" (Manchester Triage System shock: pale, clammy with an irregular or fast
  pulse); a friend who "came round for tea" is none;
- an operation told as the joint replaced ("had my knee replaced", "my hip was replaced
  three weeks ago") is the recent surgery of a clot in the lung, with sudden breathlessness
  or pain on breathing in (NICE NG158 Wells: surgery in the last 4 weeks; NHS.uk pulmonary
  embolism: 999);
- a late period said in Spanish inside English ("mi regla is 10 days late", "tengo un
  retraso") with one-sided pain, a faint or shoulder-tip pain (NHS.uk ectopic pregnancy: 999
  or A&E; NICE NG126). Written after the five groups above, before its phrases (both E
  sentences failed first).

Later groups, each with its source in the comment above it: a shoulder strained at the gym is no
stroke (``SHOULDER``), a splinter under a nail, a work rash better on holiday and a dog bite that
did not break the skin (``ROUTINE``), and same-day signs sent too low: sudden hearing loss, a
lasting risk condition told as past, a child's thirst with night wees (``SAME_DAY``).

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- an electric shock in lay words with a heart sign after it (NHS.uk electric shock; MTS)
    (
        "E",
        "was fixing a light fitting and touched a wire that should have been off, big jolt up"
        " my arm, now my heart keeps skipping beats",
    ),
    ("E", "got a proper jolt off the plug socket an hour ago and my heart feels fluttery since"),
    ("E", "my son touched a bare wire in the shed, jolt went through him, he's dizzy and pale"),
    (
        "E",
        "got a belt off the socket when I was changing the plug, doesn't hurt at all but my"
        " heart is fluttering and I feel faint",
    ),
    ("!E", "got a static shock off the car door again, made me jump, I'm fine"),
    ("!E", "the train jolted and I bumped my elbow, bit sore, no swelling"),
    # --- a heart attack's pain outside the chest (NICE CG95 1.1.1.1; NHS.uk heart attack)
    (
        "E",
        "for the last half hour I've had an ache from my left shoulder up into my jaw and I'm"
        " sweating, I'm 58",
    ),
    ("E", "heavy ache in my left arm going up into my jaw, feel sick and clammy"),
    (
        "E",
        "my husband has a pain from his shoulder into his neck and jaw since he mowed the lawn,"
        " he's grey and sweaty",
    ),
    ("E", "aching in both arms and my jaw for 20 minutes, breathless and a sick feeling"),
    ("!E", "toothache in my lower jaw on the left, worse with cold drinks, no swelling"),
    (
        "!E",
        "my left shoulder has been stiff since the gym on Monday, aches when I lift my arm,"
        " otherwise fine",
    ),
    # --- a numbered list on one line: each item its own sentence (NHS.uk overdose; NG225)
    (
        "E",
        "few questions 1) is it normal to get dry skin in winter 2) can you buy melatonin here"
        " 3) i swallowed 20 of my mums co-codamol this morning",
    ),
    (
        "E",
        "1) can you get the pill from a pharmacy 2) is it normal to feel tired on it 3) i took"
        " 40 ibuprofen an hour ago",
    ),
    (
        "E",
        "two things 1) is it normal to have spots when you're stressed 2) i took a whole pack"
        " of paracetamol last night, feel ok now",
    ),
    ("!E", "1) is it normal to get spots on my back 2) can you use tea tree oil on them"),
    ("!E", "my son (3) has a runny nose 2 days, eating fine, is it normal to last this long"),
    # --- a collapse in lay words, told by a relative (NHS 999; MTS shock)
    (
        "E",
        "mum went down in the kitchen, she was out for a few seconds then came round, says"
        " she's fine",
    ),
    ("E", "my husband dropped to the floor and came round after about a minute, he's 66"),
    ("E", "grandad looks grey and sweaty and his pulse is all over the place, he's 79"),
    ("E", "dad keeled over at the bus stop, came round quickly but his pulse feels irregular"),
    ("!E", "my sister came round for tea and we went down to the shops, I have a mild cold"),
    ("!E", "I went down with a cold on Monday, runny nose, feel fine otherwise"),
    # --- an operation told as the joint replaced (NICE NG158 Wells; NHS.uk PE)
    (
        "E",
        "had my hip replaced 3 weeks ago, this morning I suddenly got very short of breath"
        " and it hurts when I breathe in",
    ),
    (
        "E",
        "my knee was replaced a fortnight ago and since lunchtime I'm breathless with a sharp"
        " pain in my chest when I breathe in",
    ),
    (
        "E",
        "Mum had her knee replaced last week, now she's suddenly really out of breath and her"
        " heart is racing",
    ),
    ("!E", "I had my knee replaced 10 years ago, it clicks going up stairs, no pain"),
    # --- a late period said in Spanish inside English (NHS.uk ectopic pregnancy; NICE NG126)
    (
        "E",
        "mi regla is 10 days late and since this morning sharp pain low on my left side and I"
        " nearly fainted",
    ),
    (
        "E",
        "tengo un retraso, and I've got a sharp pain on one side low down and pain in the tip"
        " of my shoulder",
    ),
    ("!E", "mi regla came on time this month, just the usual mild cramps, hot water bottle helps"),
]

# A shoulder strained at the gym whose arm cannot go above the head for the pain is NHS.uk
# shoulder pain's GP or physio, no stroke's weak arm (NHS.uk shoulder pain: a rotator cuff
# strain; NICE CKS Shoulder pain); a sudden weakness stays one (NHS FAST; NICE NG128).
SHOULDER: list[tuple[str, str]] = [
    (
        "!E",
        "felt something twinge in my left shoulder at the gym, since then i cant lift my arm"
        " all the way over my head without it aching",
    ),
    (
        "!E",
        "tweaked my shoulder bench pressing last week and cant lift my arm above my head"
        " without it aching",
    ),
    (
        "!E",
        "pulled my left shoulder doing pull-ups two weeks ago, can't get my arm above my head"
        " without it hurting, paracetamol helps",
    ),
    (
        "!E",
        "felt a twinge in my right shoulder lifting boxes last month, now I can't reach up"
        " to the top shelf without it aching",
    ),
    (
        "!E",
        "strained my shoulder at the gym, it aches when I lift my arm over my head, no numbness",
    ),
    ("E", "my arm suddenly went weak an hour ago and I can't lift it above my head, no injury"),
]

# A GP within days, not home care: a splinter under a nail or one that will not come out
# (NHS.uk splinters: see a GP or a minor injuries unit), and a work rash on the hands better away
# from work (NICE CKS Dermatitis - contact: suspected occupational contact dermatitis is
# assessed by a GP; HSE work-related dermatitis).
ROUTINE: list[tuple[str, str]] = [
    ("=N", "a bit of wood went under my fingernail yesterday, splinter won't come out, not sore"),
    ("=N", "got a splinter from the fence, tried tweezers and a needle, can't get it out"),
    ("=S", "small splinter in my palm, got it out with tweezers, washed it, fine now"),
    (
        "=N",
        "since starting at the hairdresser's my hands are red, cracked and itchy, better on"
        " holiday, cream not helping",
    ),
    (
        "=N",
        "my fingers get a dry itchy rash during the week at the bakery, fine at weekends",
    ),
    (
        "=N",
        "new job at a garage with oils and gloves, the backs of my hands are red, cracked and"
        " itchy, better on holidays, moisturiser isn't doing much",
    ),
    ("=S", "my hands get a bit dry in winter, moisturiser sorts it out, no cracks"),
    # NHS.uk common cold (treated at home; a pharmacist for remedies that suit other medicines):
    # a cold with a word of its kind between ("a streaming cold", "a stinking cold")
    ("=S", "I've got a streaming cold, what can I take for the snot?"),
    ("=S", "stinking cold since Monday, sneezing, eating fine, what's best from the chemist"),
    ("=S", "On warfarin for my valve, I've picked up a horrible cold, which remedies are safe?"),
    # NHS.uk animal bites: a bite that has not broken the skin is washed at home, nothing more;
    # broken skin, or a bite abroad, is seen the same day
    (
        "=S",
        "a neighbour's dog bit my calf through my trousers, skin not broken, just a red mark,"
        " feel fine",
    ),
    ("=S", "got bitten by a dog at the park but it didn't break the skin, small bruise only"),
]

# Same-day signs sent too low (written after the emergencies, before their phrases).
SAME_DAY: list[tuple[str, str]] = [
    # --- a sudden hearing loss told as the hearing in one ear gone on waking, even beside
    # earwax asked about (NICE CKS Hearing loss in adults: sudden loss, same-day or 24-hour ENT)
    (
        "=U",
        "two questions, can I use olive oil for wax, and I woke up today and the hearing in my"
        " left ear has all but gone, no pain",
    ),
    ("=U", "since I woke up yesterday the hearing in my right ear has pretty much gone"),
    ("L", "my hearing has got a bit worse over the years, I'm 72, the telly is louder"),
    # --- a lasting risk condition told as past: a transplant or a spleen removed with a fever
    # (NICE NG51 risk factors; NHS.uk kidney transplant; NHS.uk spleen removal)
    ("=U", "I had a liver transplant 3 years ago and since last night I've had a fever of 38.4"),
    (
        "=U",
        "had my spleen taken out years ago after a crash, now a temperature of 38.6 and shivery",
    ),
    ("L", "I had my appendix out years ago, I've got a mild cold, no temperature, feel ok"),
    # --- a urinary infection after a transplant, said as past, no fever yet (NICE NG51:
    # immunosuppression is a higher risk; NICE CKS UTI (lower): higher risk of serious illness,
    # same-day; NHS.uk kidney transplant: signs of an infection, contact the transplant unit)
    (
        "=U",
        "I had a kidney transplant 5 years ago, since yesterday it burns when I pee and I'm"
        " going all the time, temp 37.6",
    ),
    ("=U", "on tacrolimus after my liver transplant, I think I've got cystitis again, no fever"),
    ("L", "I had a kidney transplant in 2019, all stable, what jabs do I need for Spain?"),
    ("=U", "bitten by a dog an hour ago, it broke the skin and it's bleeding a bit"),
    ("=U", "dog bite on my hand, two puncture marks, skin is broken, washed it"),
    ("=U", "a dog bit my ankle on holiday in Thailand yesterday, skin not broken, just a bruise"),
    # --- a child's thirst with wees counted at night or a bed wet again (NICE NG18; NHS.uk
    # type 1 diabetes, the 4 Ts)
    ("=U", "my son is 7, for a couple of weeks he's always thirsty and up twice a night to wee"),
    ("=U", "my girl is 10 and really thirsty lately, she wet the bed again and looks thinner"),
    ("L", "my son is 7 and drinking lots in this heatwave, playing football all day, wees normal"),
    ("L", "my son is 9 and still wets the bed most nights, dry in the day, not drinking loads"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set31_en_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set31_en_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), SHOULDER)
def test_set31_en_shoulder_strain(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), ROUTINE)
def test_set31_en_routine(rules: RuleSet, expected: str, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    want = Disposition.NON_URGENT if expected == "=N" else Disposition.SELF_CARE
    assert level is want, (level, [h.rule_id for h in hits])
