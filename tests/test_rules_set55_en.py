"""Set 55's English rows (voice40: long-term conditions, school-age children, intimate health).

Written by rules-eb (session 40). Each English row of ``tests/data/fresh_levels_55.jsonl`` wrong
at its first run (80.0% for the set, 65 of 80 English rows right) is named by the KIND of
reading that failed, with the published source of its gold:

- f55-en-emg-004 (urgent): a testicle talked round, the pain said as agony before the place
  ("in agony in his privates"), a boy named with his age - NHS.uk testicle pain;
- f55-en-emg-010 (non_urgent): a pack said "full" and a count guessed after the medicine ("she
  thinks 16 tablets") - NHS.uk paracetamol overdose;
- f55-en-emg-018 (urgent): an erection that "has not gone down", a negated perfect - NHS.uk
  priapism;
- f55-en-urg-014 (self_care): redness past a line named by what drew it ("beyond the pen line")
  - NICE NG141 cellulitis;
- f55-en-urg-016 (emergency): the writer's "overdosed" for the usual dose taken again by mistake
  - NHS.uk digoxin / bisoprolol "if you take too much" (a doctor or 111);
- f55-en-urg-018 (non_urgent): vomiting after an emergency pill - FSRH / NICE CKS emergency
  contraception (a repeat dose);
- f55-en-nur-004 (self_care): the treatment "isn't doing much" - NHS.uk / NICE CKS constipation;
- f55-en-nur-007 (emergency): a danger asked about and answered no ("I asked him ... and he said
  no") - NICE NG134 / NG225;
- f55-en-nur-011 (emergency): a known MS's one-sided numbness told over days - NICE NG220;
- f55-en-slf-004 (non_urgent): a heart failure said stable beside a minor strain - NICE CKS
  knee pain, NICE NG106;
- f55-en-slf-010 (non_urgent): "verucca", a minor illness's name misspelt - NHS.uk verrucas;
- f55-en-slf-012 (non_urgent): a sting on weeing gone by the next day - NHS.uk UTIs / NICE NG109
  (the row names NHS sexual health);
- f55-en-slf-016 (urgent): a heart failure's breathlessness at its own normal, weight steady -
  NICE NG106;
- f55-en-slf-020 (emergency): a mini stroke someone else is "convinced" of - NHS.uk stroke, pins
  and needles;
- f55-en-nur-016 (self_care): left open (its gold against its own source: see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 0f90aa4): 15 of 15 rows and 29
of 59 kind sentences. After: 14 rows at their gold and every kind sentence at its level; set 55
88.7% (142 of 160; 38 of 40 emergencies, the two left Chinese; no self-care at emergency).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# NHS.uk testicle pain (sudden, very bad pain, pain with being sick, a testicle higher than usual:
# A&E; torsion is most common in boys and teenagers) and NICE CKS Scrotal pain and swelling: the
# testicles talked round as "his privates", the pain said as agony before the place
TALKED_ROUND_AGONY: list[tuple[str, str]] = [
    ("E", "my 12 year old boy is in agony in his privates since he woke up and he's been sick"),
    ("E", "my son has been in agony in his private parts for an hour, he won't let me look"),
    ("E", "agony in my privates since 4am and one of them is sitting higher than the other"),
    ("!E", "my son has a bit of an itch in his privates, no pain, just a little red"),
    ("!E", "my daughter has a sore spot in her privates after a new bubble bath, nothing else"),
]

# NHS.uk paracetamol overdose and TOXBASE (a whole pack, or ten or more tablets, taken at once:
# A&E even when the person feels well): the pack said "full", and the count told as a guess after
# the medicine ("she thinks 16"); a count of a few, or a full pack bought, is no overdose
FULL_PACK_OR_GUESSED_COUNT: list[tuple[str, str]] = [
    ("E", "my son took a full box of ibuprofen after a fight with his girlfriend, says he's fine"),
    ("E", "I swallowed a full strip of my sertraline about an hour ago"),
    ("E", "she took some of her nan's co-codamol, she reckons 14 of them, around midnight"),
    ("E", "he took paracetamol at the party, he thinks 20 tablets, and now he's scared"),
    ("!E", "I bought a full packet of paracetamol for the cupboard, is it ok for my period pain?"),
    ("!E", "she took 2 paracetamol out of a full packet for her period pain this morning"),
    ("!E", "took ibuprofen for my back, I think 2 tablets, is that ok without food?"),
]

# NHS.uk priapism (an erection lasting more than 4 hours: A&E): the erection told as one that has
# not gone down, a negated perfect; one that went down is no priapism
PRIAPISM_NOT_GONE_DOWN: list[tuple[str, str]] = [
    ("E", "my erection hasn't gone down for 5 hours now and it really hurts"),
    ("E", "erection still has not gone away since last night, about 6 hours, it's sore"),
    ("E", "the erection has not gone soft since midnight and it's painful"),
    ("!E", "my erection went down after half an hour, is that normal after the pill?"),
]

# NICE NG141 Cellulitis and erysipelas (spreading despite antibiotics: reassess the same day) and
# NHS.uk cellulitis (red skin that is spreading: urgent GP or 111): the redness gone past the
# line drawn round it, the pen, biro or marker named between
PAST_THE_DRAWN_LINE: list[tuple[str, str]] = [
    ("U", "the redness on my arm is now 3cm beyond the biro line the nurse drew yesterday"),
    ("U", "red area has crept beyond the marker line from Monday even on the antibiotics"),
    ("U", "cellulitis on my shin, the red has gone outside the pen line they drew in A&E"),
    ("L", "the redness is well inside the pen line now and fading, still on the tablets"),
]

# NHS.uk digoxin, bisoprolol, ramipril and amlodipine ("if you take too much": an extra dose by
# accident - call a doctor or 111 straight away, even when you feel well): the writer's own word
# "overdosed" for the usual dose taken again by mistake is the same-day call, not the overdose
# emergency; a whole pack or a deliberate overdose stays one
USUAL_DOSE_AGAIN: list[tuple[str, str]] = [
    (
        "=U",
        "I think I've accidentally overdosed on my ramipril, I forgot I'd had it and took it"
        " again at 11, I feel fine",
    ),
    (
        "=U",
        "accidentally overdosed on my bisoprolol, forgot I had taken it so took another one,"
        " pulse 62 and I feel ok",
    ),
    ("E", "I took the whole box of my bisoprolol on purpose an hour ago"),
    ("E", "overdosed on my amlodipine deliberately tonight, took 30 of them"),
]

# FSRH Emergency Contraception (2017, amended) and NICE CKS Contraception - emergency: vomiting
# within 3 hours of a levonorgestrel or ulipristal pill needs a repeat dose as soon as possible
# (a pharmacy or GP today); spotting after it is common
EMERGENCY_PILL_VOMITED: list[tuple[str, str]] = [
    ("U", "threw up 2 hours after taking the morning after pill, do I need another one?"),
    ("U", "I was sick about an hour after the emergency contraceptive pill"),
    ("U", "took ellaOne at lunchtime and vomited at 2"),
    ("L", "took the morning after pill on Saturday, no sickness, just a bit of spotting today"),
]

# NHS.uk constipation, hay fever and thrush (see a GP or pharmacist if the treatment is not
# working or it is not getting better): the treatment said not to be doing much is no self-care
TREATMENT_NOT_DOING_MUCH: list[tuple[str, str]] = [
    ("N", "mum's been constipated for 5 days, the lactulose isn't doing much"),
    ("N", "my hay fever tablets aren't doing anything this year, still sneezing all day"),
    ("N", "used the thrush cream from the chemist 4 days ago and it hasn't done anything"),
    ("S", "a mild cold for 2 days, the paracetamol is doing the trick"),
]

# NICE NG225 Self-harm and NICE NG134 Depression in children and young people (ask directly about
# self-harm and suicidal thoughts): a danger asked about and denied in the answer ("I asked him
# if ... and he said no") is no report of it; a yes is
ASKED_AND_DENIED: list[tuple[str, str]] = [
    (
        "!E",
        "I asked her straight out if she's had thoughts of killing herself and she said no, she's"
        " just stressed about exams",
    ),
    ("!E", "asked him whether he'd been self harming and he said no, but he's so withdrawn"),
    ("E", "I asked her if she's thought about ending her life and she said yes, most days"),
    ("E", "asked my son if he's been hurting himself and he said yes and showed me fresh cuts"),
]

# NICE NG220 Multiple sclerosis (a relapse: new or worse symptoms lasting more than 24 hours -
# contact the MS team) and NHS.uk stroke (FAST signs come on suddenly): one-sided numbness told
# over days with a known MS is a relapse, not a stroke; a sudden one is a stroke whatever the MS
MS_RELAPSE_OVER_DAYS: list[tuple[str, str]] = [
    (
        "!E",
        "I have MS and there's been numbness in my hand on the left side for 4 days, not getting"
        " worse, think it's a relapse",
    ),
    ("!E", "my ms is flaring, tingly and numb down one side for a week, walking ok"),
    (
        "E",
        "I have MS but this is different, my right arm suddenly went weak an hour ago and my face"
        " has dropped",
    ),
    ("E", "MS for years, but today out of nowhere my left arm went weak and floppy"),
]

# NHS.uk stroke (the signs decide: face, arms, speech) and NHS.uk pins and needles (a limb gone
# numb from sitting on it, back within minutes): a stroke someone else is convinced of names
# their fear, not a sign; with a sign of stroke it stays an emergency
STROKE_SOMEONE_CONVINCED: list[tuple[str, str]] = [
    (
        "!E",
        "my husband is convinced I had a stroke because my leg went to sleep kneeling in the"
        " garden, fine within a minute",
    ),
    (
        "!E",
        "my sister's convinced it was a mini stroke, my foot went dead from sitting on it and came"
        " back in a few minutes",
    ),
    ("E", "my wife is convinced I'm having a stroke, my face has dropped and my speech is slurred"),
    ("E", "mum is convinced it's a stroke, dad's arm went weak and he can't lift it"),
]

# NHS.uk warts and verrucas (harmless, a pharmacist's treatment; a GP if it bleeds, changes or
# spreads) and NHS England (2018) over-the-counter conditions: the name typed with its common slips
MISSPELT_VERRUCA: list[tuple[str, str]] = [
    ("S", "my daughter has a veruca on her big toe from the pool, doesnt hurt"),
    ("S", "got a couple of veruccas on my foot, can I buy something at the chemist?"),
    ("N", "the verucca on my foot keeps bleeding and getting bigger"),
]

# NHS.uk urinary tract infections (mild symptoms may get better on their own) and NICE NG109
# (self-care for mild symptoms): a sting on weeing after sex, settled by the next day, is no
# infection to treat; one still there is the family's assessment
STING_SETTLED: list[tuple[str, str]] = [
    ("S", "it stung a little when I peed after sex last night but it's fine today"),
    ("S", "slight burning when I weed yesterday after sex, gone now, no discharge"),
    ("N", "stinging when I wee since yesterday and it's still there today"),
    ("N", "burning when I pee after sex two days ago, still stinging today and I've a temperature"),
]

# NICE NG106 Chronic heart failure in adults and NICE NG115 COPD (a stable condition is reviewed
# routinely): a risk condition said to be stable is no reason against self-care for a minor
# complaint beside it; a fever with it, or the condition itself worse, is not self-care
STABLE_CONDITION_BESIDE: list[tuple[str, str]] = [
    (
        "S",
        "my husband has heart failure, it's stable, and he's got a bit of sunburn on his neck"
        " from the garden",
    ),
    ("S", "I have COPD, well controlled, and a mild sore throat since yesterday"),
    ("N", "mum has heart failure, stable, but she's had a fever and a cough for 2 days"),
    ("N", "my dad has heart failure and his ankles are more swollen this week"),
]

# NICE NG106 and NHS.uk heart failure (weigh daily; the team when more breathless than usual,
# ankles swelling or weight up): breathless on exertion at the person's own usual with the weight
# steady is self-monitoring; without the weight it is the GP's review; worse is same day
HEART_FAILURE_AT_USUAL: list[tuple[str, str]] = [
    (
        "S",
        "I have heart failure, breathless on the hill today, exactly my normal, weight steady,"
        " ankles fine",
    ),
    ("L", "I have heart failure, a bit breathless walking to the shops, same as always"),
    ("N", "I have heart failure, a bit breathless walking to the shops, same as always"),
    ("U", "I have heart failure and I'm more breathless than usual this week, weight up 2kg"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    TALKED_ROUND_AGONY
    + FULL_PACK_OR_GUESSED_COUNT
    + PRIAPISM_NOT_GONE_DOWN
    + PAST_THE_DRAWN_LINE
    + USUAL_DOSE_AGAIN
    + EMERGENCY_PILL_VOMITED
    + TREATMENT_NOT_DOING_MUCH
    + ASKED_AND_DENIED
    + MS_RELAPSE_OVER_DAYS
    + STROKE_SOMEONE_CONVINCED
    + MISSPELT_VERRUCA
    + STING_SETTLED
    + STABLE_CONDITION_BESIDE
    + HEART_FAILURE_AT_USUAL
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 55 wrong at the first run
SET55_ROWS = [
    "f55-en-emg-004",
    "f55-en-emg-010",
    "f55-en-emg-018",
    "f55-en-urg-014",
    "f55-en-urg-016",
    "f55-en-urg-018",
    "f55-en-nur-004",
    "f55-en-nur-007",
    "f55-en-nur-011",
    "f55-en-nur-016",
    "f55-en-slf-004",
    "f55-en-slf-010",
    "f55-en-slf-012",
    "f55-en-slf-016",
    "f55-en-slf-020",
]

OPEN_ROWS: dict[str, str] = {
    "f55-en-nur-016": "gold non_urgent by NHS.uk cough, whose page says a GP for a cough of MORE"
    " than 3 weeks; this cough is 3 weeks after a cold (the rules' after-a-cold window is 21"
    " days, NICE NG120: an acute cough lasts up to 3 to 4 weeks) with no red flag; the breast"
    " cancer 3 years ago is no NHS.uk cough risk (a weakened immune system is), so left open",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET55_ROWS, OPEN_ROWS),
)
def test_set55_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_55.jsonl", row_id)
