"""Set 35's English categories (session 30): danger signs said in other words, and same-day
rows whose words no rule read.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 35's rows, ``tests/data/fresh_levels_35.jsonl``):

- the glass test's result said as the spots not going pale or white, and spots called
  purple-red or red-purple (NHS.uk meningitis and sepsis: a rash that does not fade when a
  glass is rolled over it, with a fever: call 999; NICE NG240, NG51); spots that went pale
  under the glass are the test passed;
- a belly "hard like a board" or "stiff as a board", and appendicitis pain that moved down to
  the bottom right and then spread over the whole tummy (MTS abdominal pain: peritonism;
  NHS.uk appendicitis: pain that spreads across the tummy, call 999); a back stiff as a board
  after gardening is no belly;
- the asthma reliever needed every 3 hours or less, or wearing off within a few hours
  (NHS.uk asthma and Asthma + Lung UK: the reliever needed more than every 4 hours: urgent GP
  or 111 the same day; BTS/SIGN); a reliever used once a week is well-controlled asthma;
- a child's fever counted as "day 5 of his temperature", or said to keep coming back
  (NICE NG143 amber: fever for 5 days or more; NHS 111 fever advice); a cold on day 5 with no
  temperature is none;
- colours washed out or faded in one eye, or pain moving the eye with blurred sight (NHS.uk
  optic neuritis and vision loss: urgent same-day eye assessment); feeling washed out after
  flu is no eye sign;
- a snap at the back of the heel, as if kicked, and then not able to stand on tiptoe
  (NHS.uk Achilles tendon rupture: an urgent treatment centre or A&E); a stiff Achilles in the
  morning after running is a GP's or home;
- thoughts of not wanting to be here, with no plan, and someone staying with the person
  tonight (NICE NG225 and NHS.uk help for suicidal thoughts: urgent help the same day; a time
  in mind is 999, someone keeping them company tonight is no time in mind).

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
    # --- the glass test's result in other words (NHS.uk meningitis; NICE NG240, NG51)
    ("E", "my son has a fever and I pushed a glass on the spots, they don't go pale"),
    ("E", "she's burning up, rolled a glass over the rash and it didn't go white"),
    ("E", "he's got a high temperature and little purple-red spots on his tummy"),
    ("E", "red-purple spots on her arms and she's feverish and sleepy"),
    ("E", "temperature 39 and the marks on his legs stayed dark under the glass, didn't go pale"),
    ("!E", "fever and a rash, I pressed a glass on it and the spots went pale"),
    ("!E", "she's got a temperature and a red rash that faded when I pressed the glass on it"),
    # --- a rigid belly and pain moved then spread (MTS abdominal pain; NHS.uk appendicitis)
    ("E", "my tummy has gone hard like a board and it hurts to move"),
    ("E", "his stomach is stiff as a board and he's curled up in pain"),
    (
        "E",
        "the pain started near my belly button, moved down to the bottom right and has now"
        " spread over the whole tummy",
    ),
    (
        "E",
        "pain shifted to my lower right side this morning and now it's spread all over my stomach",
    ),
    ("!E", "my back is stiff as a board after a weekend of gardening"),
    ("!E", "my lower back feels hard like a board after lifting boxes, no other problems"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set35_en_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SAME_DAY: list[tuple[str, str]] = [
    # --- the reliever needed every 3 hours or less (NHS.uk asthma; Asthma + Lung UK; BTS/SIGN)
    ("U", "I have asthma and I'm using my blue inhaler every 2 hours today"),
    ("U", "needing my reliever every three hours since yesterday, it wears off quickly"),
    ("U", "my ventolin works for a bit then wears off after an hour or two"),
    ("U", "asthmatic, the blue inhaler isn't lasting, needing it every couple of hours"),
    ("L", "I use my blue inhaler about once a week before football, asthma is fine"),
    # --- a child's fever counted in days or coming back (NICE NG143 amber; NHS 111 fever)
    ("U", "it's day 5 of her temperature, she's 2, still hitting 38.8 at night"),
    ("U", "my 4 year old's temperature keeps coming back every evening, day 6 now"),
    ("U", "my son is 18 months and this is the fifth day of his temperature"),
    ("L", "day 5 of my son's cold, no temperature, he's eating and playing, he's 3"),
    # --- colours washed out in one eye, or pain moving the eye with blurred sight
    # (NHS.uk optic neuritis; NHS.uk vision loss)
    ("U", "colours look washed out in my left eye since yesterday"),
    ("U", "reds look faded out of my right eye and it aches when I move it"),
    ("U", "it hurts when I move my eye and the middle of my vision is blurry in that eye"),
    ("U", "the colours look dull out of one eye compared with the other, and it's blurred"),
    ("L", "I feel a bit washed out after the flu last week, eating ok now"),
    ("L", "the colours on my new phone screen look washed out, is that normal"),
    # --- a ruptured Achilles (NHS.uk Achilles tendon rupture)
    ("U", "at badminton I felt like someone kicked me in the back of the ankle, heard a pop"),
    ("U", "heard a snap at the back of my heel running for the bus, can't stand on tiptoe"),
    ("U", "I think I've snapped my achilles, I can't push off on that foot"),
    ("U", "since jumping at netball she can't go up on her toes on that leg and heard a snap"),
    ("L", "my achilles is a bit stiff first thing in the morning after running, then eases"),
    # --- not wanting to be here, no plan, someone with them tonight (NICE NG225; NHS.uk)
    ("=U", "the thoughts of not wanting to be here are getting stronger, I have no plan"),
    (
        "=U",
        "I keep thinking about not wanting to be here, no plan, my mum is staying with me tonight",
    ),
    ("=U", "I've been wishing I wasn't here, I haven't got a plan and won't act on it"),
    ("E", "I don't want to be here anymore and I've planned to do it tonight"),
]


# Look-alikes written after the phrases above, each for a phrase that first reached too far
# while they were written: a mole or a tooth at the "bottom right" is no appendix (NHS.uk
# appendicitis names the tummy), a T-shirt's faded red or a knee that hurts to move is no eye
# (NHS.uk optic neuritis: colour vision and pain moving the eye), a child not wanting to be at
# school is no passive wish to die (NICE NG225), lifelong flat feet are no rupture (NHS.uk flat
# feet), and a painkiller wearing off is no reliever (NHS.uk asthma).
LOOK_ALIKES: list[tuple[str, str]] = [
    ("L", "the mole moved to the bottom right of my back, it's not changed in size"),
    ("L", "the ache moved to my bottom right tooth, it's a dull ache"),
    ("L", "my red t-shirt has faded in the wash and my eye is itchy"),
    ("L", "my knee hurts when I move it and my vision is blurry without my glasses"),
    ("!E", "my son is not wanting to be here at school, he cries at drop-off"),
    ("L", "I've always been flat footed, my arches ache after long walks"),
    ("L", "the paracetamol wears off after a few hours, I have a sore throat"),
]


@pytest.mark.parametrize(("expected", "text"), LOOK_ALIKES)
def test_set35_en_look_alikes_written_after(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set35_en_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# A painful shoulder told by what is put on it or by the night, not by the word pain (NHS.uk
# shoulder pain: a shoulder that hurts when lying on it and stops the arm going above the head
# is rotator cuff or frozen shoulder, a GP or physio if not better in 2 weeks); weakness said
# to come on suddenly or today stays a stroke's (NHS.uk stroke, NICE NG128). Written before
# the phrases that read it.
SHOULDER: list[tuple[str, str]] = [
    (
        "!E",
        "been rubbing ibuprofen gel on my left shoulder for 3 weeks, still can't get my arm"
        " above my head to brush my hair",
    ),
    (
        "!E",
        "ice packs on my shoulder for a fortnight, lying on that side at night wakes me and I"
        " can't reach up to the top shelf",
    ),
    ("!E", "can't lie on my right shoulder for weeks now, and I can't lift my arm over my head"),
    (
        "!E",
        "Voltarol gel and ice on my shoulder for 2 weeks, not much better, I can't lift my arm"
        " above my head to put my coat on",
    ),
    (
        "!E",
        "heat pad on my left shoulder for ten days, no better, can't raise my arm above my head"
        " to wash my hair",
    ),
    (
        "E",
        "all of a sudden this morning I can't lift my arm above my head, I put ice on my"
        " shoulder but it's no help",
    ),
]


@pytest.mark.parametrize(("expected", "text"), SHOULDER)
def test_set35_en_shoulder_told_by_its_treatment(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Self-care told in other words (written before the phrases that read them): a back that
# aches after a weekend of gardening or digging, with no numbness and the bladder as normal
# (NHS.uk back pain: treated at home, keep moving); hives that came up after a new washing
# powder or soap and faded on an antihistamine (NHS.uk hives: an antihistamine from a
# pharmacy; 999 for a swollen tongue or lips or trouble breathing, NICE CG134). ``SC``
# self-care, ``!SC`` anything else.
HOME: list[tuple[str, str]] = [
    (
        "SC",
        "my lower back aches after a day of digging the allotment, no numbness, eases as I move",
    ),
    ("SC", "ache in my back after gardening all Saturday, no leg pain, weeing normally"),
    ("SC", "got itchy welts after a new shower gel, took an antihistamine and they've gone down"),
    (
        "SC",
        "came out in hives after a new soap, cetirizine sorted it within the hour, breathing fine",
    ),
    ("!SC", "lower back ache after gardening and now numb between my legs and can't pee"),
    ("U", "came out in hives after a new soap and now my tongue is swelling up"),
]


@pytest.mark.parametrize(("expected", "text"), HOME)
def test_set35_en_home(rules: RuleSet, expected: str, text: str) -> None:
    level = rules_only_level(text, rules)[0]
    if expected == "SC":
        assert level is Disposition.SELF_CARE, level
    elif expected == "!SC":
        assert level is not Disposition.SELF_CARE, level
    else:
        assert_reaches(rules, expected, text)
