"""Coverage of learner English: emergencies written by someone whose first language is not English.

Written before any change by the engineer of branch ``rules-at`` from public descriptions of
learner English (the grammar of speakers of Chinese, South Asian languages, Arabic, Slavic
languages, Spanish and Portuguese, and of text put through a translator) and from the published
discriminators named above each group. The features: articles and auxiliaries dropped ("face is
drop", "she have baby"), bare or wrong verb forms ("he talk funny", "is fall down"), "no" or
"not" as a plain negator before an adjective or a verb ("arm no strong", "words no come out"),
"good" for "well" ("cannot breathe good", "cannot wake up good"), reduplication for intensity
("big big", "fast fast"), "very much" after the noun ("blood coming very much"), and plain words
for clinical signs ("blood coming from below", "make whistle noise", "spot no fade when press").
The look-alikes use the same grammar for mild things, denials, history ("before 2 year he have
stroke"), other people and questions. ``E`` must end ``emergency``, ``U`` at least ``urgent``,
``L`` below urgent, ``!E`` anything but ``emergency``. First run on main (6379c69): see
docs/rules-history.md.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS stroke FAST / BE-FAST, NICE NG128: the face drooping on one side, an arm or one side
# weak, speech slurred or lost, sudden loss of sight in one eye; call 999.
FAST: list[tuple[str, str]] = [
    ("E", "my mother face is drop one side and she cannot speak good"),
    ("E", "my father face one side is go down and he talk not clear since 30 minute"),
    ("E", "grandpa mouth is crooked suddenly, he speak very strange words, we cannot understand"),
    ("E", "my husband left arm no strong since one hour, he cannot hold the cup"),
    ("E", "my wife right hand and leg no strong suddenly, face also drop"),
    ("E", "he talk like drunk but he no drink, and his face one side fall since morning"),
    ("E", "my mother suddenly cannot talk, words no come out, right side body no move"),
    ("E", "my father eye one side cannot see suddenly and his arm is weak weak"),
    ("E", "since 20 minute my uncle smile is not straight, one side mouth go down"),
    ("E", "my grandmother she is speak nonsense suddenly and her arm falling down when lift"),
    ("E", "my mother cannot talk good and her face drop, since half hour"),
    ("E", "my husband suddenly cannot speak good, his right hand no strong"),
    ("E", "i feel very weak suddenly one side, my left leg and arm no feeling"),
    ("E", "my grandfather suddenly cannot see one eye, like curtain come down"),
]

# RCOG Green-top 52 / NHS.uk after the birth: heavy bleeding (a pad soaked in an hour or
# less, large clots) up to 6 weeks after the birth, with faintness or pallor: call 999.
POSTPARTUM_BLEEDING: list[tuple[str, str]] = [
    ("E", "after give birth 5 day, blood is come from below very much and she is dizzy"),
    ("E", "my wife baby born 1 week ago, now bleeding heavy heavy, pad full every hour"),
    ("E", "after deliver baby 10 day, i bleeding too much, big big clot and i feel faint"),
    (
        "E",
        "my sister have baby 3 day ago, blood coming a lot from down, she look very white and cold",
    ),
    (
        "E",
        "after the birth 2 week, blood come very much, one pad full in one hour, "
        "i feel want to faint",
    ),
    ("E", "she have baby 6 day ago blood coming very much from below and she is faint"),
    ("E", "i give birth last week, today much much blood coming, soaking pad every hour"),
]

# Resuscitation Council UK anaphylaxis: airway (swelling of the lips, tongue or throat, a
# hoarse voice, stridor), breathing (wheeze, hard work) after an allergen: call 999.
ANAPHYLAXIS: list[tuple[str, str]] = [
    ("E", "my son eat shrimp, now his lips swell big big and he cannot breathe good"),
    ("E", "after eat peanut my daughter face swell very much and she make whistle noise"),
    ("E", "bee sting me, now my throat is feeling close and i cannot breathe good"),
    ("E", "my husband eat cashew nut, now tongue is big, he cannot swallow and breathe hard"),
    ("E", "my girl 5 year eat egg cake, now lips very big and her breathing make noise"),
    ("E", "after take the antibiotic my mother face swell big and she breathe difficult"),
    ("E", "my son 6 year, eat peanut, now vomit, and throat feel tight, voice become strange"),
]

# NICE CG95 / NHS.uk heart attack: chest pain like pressure or squeezing, spreading to the
# arm or jaw, with sweating or sickness; a cardiac arrest (NHS 999, RCUK).
CHEST: list[tuple[str, str]] = [
    ("E", "my chest very pain like heavy stone on it, pain go to left arm, sweating very much"),
    ("E", "chest is very tight and pain go to my jaw, i am sweat too much and want vomit"),
    (
        "E",
        "my father chest pain very strong since 30 minute, he is sweating and the pain go left arm",
    ),
    ("E", "big pressure in chest, pain go down my left arm, i feel vomit and sweat"),
    ("E", "my heart area very pain, like squeeze squeeze, and cold sweat come"),
    ("E", "my husband chest pain and he fall down, no breathing"),
    ("E", "my wife no breathing, no pulse, please help"),
    ("E", "my father heart beat very fast fast, 180, and chest pain and dizzy"),
]

# NHS.uk 999 breathing: so breathless they cannot speak, lips or skin turning blue; choking.
BREATHING: list[tuple[str, str]] = [
    ("E", "my mother cannot breathe good, she cannot talk full sentence, lips is blue"),
    ("E", "i cannot breath good, very difficult, cannot say words"),
    ("E", "my father breathe very hard, he cannot talk, his lips becoming blue colour"),
    ("E", "my baby 5 month eat small toy, cannot breathe, face go blue"),
    ("E", "my father choke on meat, cannot speak, cannot breathe"),
    (
        "E",
        "my daughter 3 year have fever and she make whistle noise breathe in, drool, "
        "cannot swallow",
    ),
]

# Manchester Triage System conscious level / NHS 999 (unconscious, cannot be woken) and NHS
# 999 seizures (a fit over 5 minutes, or one after another without waking).
CONSCIOUS_AND_FITS: list[tuple[str, str]] = [
    ("E", "my husband cannot wake up good, we call him he no answer"),
    ("E", "my grandmother is not wake up, we shake shake her, she no answer"),
    ("E", "my father eyes no open when we call loud, he is very sleepy sleepy"),
    ("E", "my wife she fall down and no wake up, not answer me"),
    ("E", "my son body shaking shaking no stop for 10 minute"),
    ("E", "my mother have fit and it no stop since 6 minute, she not wake between"),
    ("E", "my husband fall down and body shake very much, he not breathing good after"),
]

# NICE NG240 / NHS.uk meningitis (a rash that does not fade under a glass, a stiff neck,
# dislike of bright light) and NICE NG51 / NHS.uk sepsis (confusion, blotchy or blue skin,
# no urine all day, fast breathing with an infection).
MENINGITIS_SEPSIS: list[tuple[str, str]] = [
    ("E", "baby 8 month have fever, rash come and not go away when i press glass"),
    ("E", "my daughter very hot, neck is stiff she cannot bend, light hurt her eyes"),
    ("E", "my son fever and purple spot come on legs, spot no fade when press"),
    ("E", "my mother very hot and shaking, she is confuse and no pee all day"),
    (
        "E",
        "my father have infection, now very confuse, skin colour is strange blotchy and "
        "breathing fast fast",
    ),
    ("E", "my husband fever high and he talk nonsense, his skin cold and blue colour"),
    (
        "U",
        "my wife have baby 2 week ago, now she have fever very high, shaking, and belly very "
        "pain and smell bad from below",
    ),
]

# NICE NG143 red features in a child: blue or pale colour, grunting, chest recession, a
# breathing rate up, floppy or not waking, under 3 months with 38 °C; apnoea.
CHILD: list[tuple[str, str]] = [
    ("E", "my baby lips is blue colour and she breathe very fast"),
    ("E", "my baby 4 month breathing fast fast, belly pull in when breathe, make grunt noise"),
    ("E", "my baby very floppy, no move, not wake up good for feed"),
    ("E", "my son 1 year skin very pale and blue, he no cry, only sleep"),
    ("E", "my baby 2 month very hot 38.5, she no want drink milk"),
    ("E", "my baby breathe stop for some second and go blue colour"),
    ("E", "my baby 3 week is yellow yellow and no want feed, very sleepy"),
]

# TOXBASE / NHS.uk overdose and poisoning (a quantity, a household chemical); NICE NG225 and
# NHS.uk suicide (a plan, the means or a time); NICE NG232 head injury on an anticoagulant.
OVERDOSE_SUICIDE_HEAD: list[tuple[str, str]] = [
    ("E", "i take many many sleeping tablet, maybe 30"),
    ("E", "my friend say she take all her pill bottle one hour ago, she very sleepy"),
    ("E", "i want kill myself tonight, i have the rope already"),
    ("E", "i no want live, i buy many tablet to take tonight"),
    ("E", "my son drink the bleach, now he vomit"),
    ("E", "my sister cut her wrist deep, blood much much, she say want die"),
    ("E", "my mother take warfarin, she fall and hit head, now she vomit two time"),
    ("E", "my father on blood thinner, he fall down hit his head, now he confuse"),
    ("E", "my grandmother take the apixaban and she fall head hit floor, now very sleepy"),
    (
        "E",
        "my husband hit head on door yesterday, he take blood thinner, now headache very bad "
        "and vomit",
    ),
]

# Other published 999 / A&E discriminators: thunderclap headache (NICE CKS), vomiting blood
# or black stools with faintness (NHS.uk), ectopic pregnancy (NHS.uk: one-sided pain and
# fainting), pre-eclampsia (NICE NG133: severe headache, flashing lights, swelling), no
# movements in pregnancy (RCOG), major trauma and haemorrhage (MTS), hypoglycaemia with
# confusion (NHS.uk), DKA (NHS.uk), torsion (NHS.uk), burns to the airway (NHS.uk).
OTHER_999: list[tuple[str, str]] = [
    ("E", "my mother suddenly headache very very bad, worst in her life, like hit with hammer"),
    ("E", "i have sudden headache very strong like explode and neck stiff"),
    ("E", "my father belly very pain and he vomit blood, much much"),
    ("E", "my son vomit blood, red red, and he very dizzy"),
    ("E", "my husband poo is black black like tar and he is faint"),
    ("E", "i am pregnant 7 week, belly one side very pain and i faint"),
    ("E", "my wife pregnant 30 week, head very pain, eyes see flash light, and face swell"),
    ("E", "i pregnant 34 week, the baby no move since yesterday"),
    ("E", "my son hit by car, his leg bone come out of skin"),
    ("E", "blood is jump out from cut on arm, cannot stop"),
    ("E", "he is fall down from roof, not moving his leg, neck very pain"),
    ("E", "my mother diabetes, she very confuse and sweating, sugar very low 2.5"),
    ("E", "my son type 1 diabetic, vomit much and breathe deep deep, smell like nail polish"),
    ("E", "my son 10 year, testicle very pain suddenly and he vomit"),
    ("E", "i burn my face with hot oil, big big blister and voice is change"),
]

# Look-alikes in the same grammar: mild things, denials, history, other people, questions.
LOOK_ALIKES: list[tuple[str, str]] = [
    ("L", "my face no swell, only little pimple on cheek"),
    (
        "!E",
        "before 2 year he have stroke, now he is ok, only want check his blood pressure medicine",
    ),
    ("L", "my friend mother face drop last year, i worry about my mother, she is fine"),
    ("L", "i no have fever, only little cough since 2 day"),
    ("L", "my son eat peanut before, no problem, he is fine, i want ask about allergy test"),
    ("!E", "after baby born 4 week, small small blood sometime, no pain, i feel good"),
    ("L", "my chest little pain when i cough, cold since 3 day, no sweat, no pain to arm"),
    ("L", "my baby nose block, breathing ok, feeding good, no fever"),
    ("!E", "my mother talk not clear because she no wear her teeth, she is normal otherwise"),
    ("L", "my husband sleep very much on weekend, but wake up good when i call"),
    ("L", "my lips little dry and crack because cold weather"),
    ("L", "i cannot sleep good because of work stress, no other problem"),
    ("L", "my son fall from bike, knee have small cut, blood stop already"),
    ("!E", "my period blood very much this month, more than usual, no dizzy"),
    ("!E", "my daughter rash on arm, it fade when i press glass, no fever, she play normal"),
    ("L", "i have headache small small since morning, i drink water and it better"),
    ("L", "my grandmother take warfarin, she want know if she can eat grapefruit"),
    ("L", "my father hit his head on cupboard, small bump, he no take blood thinner, he is fine"),
    ("L", "my baby hiccup very much after feed, he is happy"),
    ("!E", "what to do if my child face swell after eat nut? he is fine now, i just want know"),
    ("!E", "my son cough make whistle noise sometimes when he run, he use his inhaler and ok"),
    ("!E", "i feel sad sometime but i no want hurt myself, i have no plan"),
    ("!E", "my mother leg swell little in evening, she is 70, no breathe problem"),
    ("L", "i have little dizzy when stand up quick, then it go"),
    ("L", "my neck stiff after sleep wrong way, no fever"),
    ("L", "my wife pregnant 20 week, little back pain, baby move good"),
    ("!E", "my father take his tablet two time by mistake, it is his vitamin"),
    ("L", "my son 8 year vomit one time after eat too much cake, now playing"),
    ("L", "my hand shake little when i drink too much coffee"),
    ("L", "my eye red and itchy, i can see good, no pain"),
    ("L", "my stomach little pain after eat spicy food, no blood"),
    ("L", "my baby 10 month have cold, nose running, she eat and drink good, no fever"),
    ("!E", "before 3 year i have fit, now no fit, i take my medicine"),
    ("!E", "my brother he say his friend have heart attack, i want know the signs"),
    ("L", "i bleeding little from gum when brush teeth"),
    ("!E", "my throat sore and little swell, i can swallow and breathe good"),
    ("L", "my daughter very hot 37.8, she play and eat good"),
]

CASES = [
    *FAST,
    *POSTPARTUM_BLEEDING,
    *ANAPHYLAXIS,
    *CHEST,
    *BREATHING,
    *CONSCIOUS_AND_FITS,
    *MENINGITIS_SEPSIS,
    *CHILD,
    *OVERDOSE_SUICIDE_HEAD,
    *OTHER_999,
    *LOOK_ALIKES,
]


# Still wrong after rules-at (strict: a row that passes fails, so remove it when closed). Each
# is a lay word for a sign rather than learner grammar; left for a coverage walk of its family.
OPEN: dict[str, str] = {
    # ("my grandfather suddenly cannot see one eye, like curtain come down" closed by rules-cv's
    # sight likened to a curtain: tests/test_rules_set47_en.py)
    "my husband chest pain and he fall down, no breathing": "'no breathing' after a comma is "
    "a bare noun phrase; 'no' before an -ing word stays a noun's ('no breathing problems')",
    "i cannot breath good, very difficult, cannot say words": "'cannot say words' for too "
    "breathless to speak",
    "my baby 4 month breathing fast fast, belly pull in when breathe, make grunt noise": "NICE "
    "NG143 recession and grunting in plain words ('belly pull in', 'grunt noise')",
    "my baby breathe stop for some second and go blue colour": "apnoea said as 'breathe stop'",
    "my sister cut her wrist deep, blood much much, she say want die": "self-harm with 'want "
    "die' (no 'to')",
    "my husband poo is black black like tar and he is faint": "black stools with fainting "
    "is urgent, not an emergency, in the rules",
    "i am pregnant 7 week, belly one side very pain and i faint": "ectopic: 'belly one side' "
    "is no one-sided pain phrase",
    "my wife pregnant 30 week, head very pain, eyes see flash light, and face swell": "NICE "
    "NG133: 'head very pain' and 'see flash light' are not read",
    "i pregnant 34 week, the baby no move since yesterday": "'baby no move' for no movements "
    "('no' before a bare verb after the copula, not read)",
    "blood is jump out from cut on arm, cannot stop": "pulsatile bleeding as 'jump out'",
    "he is fall down from roof, not moving his leg, neck very pain": "a fall from a height "
    "said 'is fall down from roof'",
    "my brother he say his friend have heart attack, i want know the signs": "a friend's "
    "heart attack reported by a brother is read as the patient's",
}


def _param(expected: str, text: str) -> object:
    if text in OPEN:
        return pytest.param(expected, text, marks=pytest.mark.xfail(reason=OPEN[text], strict=True))
    return pytest.param(expected, text)


@pytest.mark.parametrize(("expected", "text"), [_param(e, t) for e, t in CASES])
def test_learner_english_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
