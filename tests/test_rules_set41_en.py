"""Set 41's English kinds: the voice that compares with something known, names a practical
obstacle or asks for reassurance with a leading guess ("it'll settle down by itself, won't
it?"), none of which should set the level. The kinds that set 41's English rows missed:
medicines kept back by their own names and laid out, with life said to be "easier for
everyone" without the writer (and, its look-alike, the burden said with a plan asked about and
answered no); a household cleaner told by the job it was doing (cleaning the oven) sprayed
straight into an eye; a heart attack said as a figure of speech ("nearly had a heart attack
when..."); a boil growing with a fever or feeling hot and shivery; an ear gone deaf on waking; a
child wetting the bed again with no sign of infection or thirst; a fear told as "thought the
worst"; a practical obstacle (no time off work) read as a symptom stopping normal
activities; and "normal wees" in a parent's list of a well child's checks read as a urinary
complaint.

Written by rules-cd (session 33). Before any rule change 30 of the 52 items here were wrong:
9 of set 41's 9 English rows listed below, 21 of this file's own 43 sentences (the last kind,
"normal wees" in a well child's checks, added later: 3 of its 5 items wrong before). After: 1
(f41-en-slf-011, no longer an emergency but at the urinary family's non_urgent floor).

The sentences are this file's own, each from the published source named above its list:

- NHS.uk help for suicidal thoughts and NICE NG225 Self-harm (warning signs: saving up
  tablets, feeling a burden, "everyone would be better off"; the means to hand: call 999; no
  plan or intent: same-day help);
- NHS.uk eye injuries (chemicals such as oven, drain and toilet cleaners in the eye: rinse,
  then A&E) and the Manchester Triage System eye problems chart (chemical eye injury);
- NHS.uk heart attack and NICE CG95 (a heart attack is its signs; "nearly had a heart
  attack" at a fright names none);
- NHS.uk skin abscess (a boil that is painful, red or growing, with feeling hot and shivery or
  a high temperature: an urgent GP appointment or 111);
- NHS.uk hearing loss and NICE CKS Hearing loss in adults (sudden hearing loss in one ear:
  urgent GP or 111, same day);
- NICE CKS Bedwetting (wetting again after being dry: a routine GP review) against NICE NG224
  (with a fever or pain on passing urine) and NICE NG18 (with thirst or weight loss);
- Manchester Triage pain (the pain told) and NHS.uk sprains and strains and swollen glands: no
  time off work is an obstacle to an appointment, "thought the worst" a fear, neither a sign;
- NICE NG143 (green: normal hydration): "normal wees" is a well child's check, not a complaint.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, rows_with_open

DATA = Path(__file__).parent / "data" / "fresh_levels_41.jsonl"

# Set 41's English rows at the wrong level on the first run, with the kind each is. Two more
# (f41-en-slf-012 and -016: an eyelid twitch "on and off" for a week and a flaky scalp for a few
# weeks) are self-care evidence and left to that helper; f41-en-slf-007
# (milk spots at 10 weeks) stays same-day by age (NICE NG143), as set 16's baby rows.
ROWS: dict[str, str] = {
    "f41-en-emg-007": "medicines kept back by name, laid out, easier for everyone",
    "f41-en-emg-019": "oven cleaner told by the job, sprayed straight into an eye",
    "f41-en-slf-011": "nearly had a heart attack at red wee after beetroot",
    "f41-en-urg-017": "a boil growing with a fever",
    "f41-en-urg-020": "an ear gone deaf on waking",
    "f41-en-slf-002": "no time off work is an obstacle, not an impairment",
    "f41-en-nur-012": "thought the worst is a fear, not a severity",
    "f41-en-nur-006": "wetting the bed again with no sign of infection or thirst",
    "f41-en-slf-006": "normal wees in a well child's checks, no urinary complaint",
}
# Rows whose gold is still not reached, with the level they reach (strict: a pass must be seen)
# (f41-en-slf-011 closed by rules-pb, session 50: pee coloured by beetroot, painless, lifts the
# urinary family's floor, NHS.uk blood in urine; tests/test_rules_set77_en.py)
OPEN_ROWS: dict[str, str] = {}

_CODE = {"emergency": "E", "urgent": "=U"}


def _rows() -> dict[str, dict[str, str]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: row for row in rows if row["id"] in ROWS}


# NHS.uk help for suicidal thoughts, NICE NG225: medicines saved up by their own names and got
# out, with the writer's absence "easier for everyone"; a supply for a trip, or an easier
# booking, is not
MEDICINES_KEPT_BACK: list[tuple[str, str]] = [
    ("E", "I've been stockpiling my amitriptyline for weeks, it would be easier for everyone"),
    ("E", "kept back my zopiclone for a month, all out on the table, it'd be easier for everybody"),
    ("E", "been saving up my co-codamol and I keep thinking everyone would be better off"),
    ("E", "I've got all my sertraline out on the table and it would just be easier for everyone"),
    ("L", "I've been keeping back a few co-codamol for my holiday, back is sore again"),
    ("!E", "it would be easier for everyone if I booked online, my ear has been sore for days"),
    # NICE NG225: the burden said, and a plan asked about and answered no, is same-day help
    ("=U", "my son says everyone would be better off, I asked if he has a plan and he said no"),
    ("=U", "my sister says everyone would be better off, but she'd never actually do it"),
]

# NHS.uk eye injuries, MTS eye problems: the cleaner told by the job it was doing, sprayed or
# splashed into the eye with words between; water or a shampoo that stings is not
CLEANER_TOLD_BY_THE_JOB: list[tuple[str, str]] = [
    ("E", "was cleaning the oven and the spray went right in my eye, it really burns"),
    ("E", "cleaning the toilet and the spray got straight in my right eye, can't see properly"),
    ("E", "my son was cleaning the oven and got the spray right in his eye"),
    ("E", "unblocking the drain and it splashed straight up into my left eye"),
    ("E", "清洗烤箱的时候喷雾喷进左眼，现在很辣，看东西模糊"),
    ("!E", "washing my hair and the shampoo went straight in my eye, stings a bit"),
    ("!E", "cleaning the windows with plain water and a drop went in my eye, fine now"),
]

# NHS.uk heart attack, NICE CG95: a fright told as nearly having a heart attack names no sign;
# chest pain told beside it still counts
HEART_ATTACK_AS_A_FIGURE_OF_SPEECH: list[tuple[str, str]] = [
    ("!E", "nearly had a heart attack when I saw the scales, is 2kg overnight just water?"),
    ("!E", "almost had a heart attack when my wee came out orange, I've started vitamin B"),
    ("!E", "the bill nearly gave me a heart attack, anyway I've had a sore throat for two days"),
    (
        "!E",
        "my son gave me a heart attack falling off the sofa, he's fine, just a bump on his knee",
    ),
    ("!E", "看到尿是红色的差点吓出心脏病，后来想起昨天吃了火龙果，不痛"),
    ("E", "nearly had a heart attack on the stairs, crushing pain in my chest and sweating"),
]

# NHS.uk skin abscess: a boil growing, throbbing or red round it, with a fever; a boil come
# to a head with no fever is not
BOIL_GROWING_WITH_A_FEVER: list[tuple[str, str]] = [
    ("U", "boil on my thigh getting bigger and throbbing, temperature 38.4 today"),
    ("U", "a boil under my arm is red round it and growing, I was hot and shivery last night"),
    ("U", "big boil on the back of my neck keeps growing, now I've got a fever of 38.1"),
    ("L", "small boil on my leg came to a head and burst, no fever, feel fine"),
]

# NHS.uk hearing loss, NICE CKS: one ear gone deaf on waking; a cold's blocked ear or wax is not
EAR_GONE_DEAF_ON_WAKING: list[tuple[str, str]] = [
    ("U", "woke up this morning and my right ear has gone completely deaf"),
    ("U", "woke up yesterday and my left ear's gone almost totally deaf, no pain"),
    ("U", "my dad woke up and his left ear had gone deaf, no cold"),
    ("L", "ear feels a bit muffled since my cold last week, popping when I swallow"),
]

# NHS.uk sprains and strains: an obstacle to getting to an appointment is no impairment;
# off work because of it still is
NO_TIME_OFF_WORK: list[tuple[str, str]] = [
    ("S", "sore throat for two days, can't get time off work to see anyone anyway, eating fine"),
    ("S", "rolled my ankle, walking on it fine and swelling going down, can't take time off work"),
]

# A fear that it was the worst is no severity (NHS.uk swollen glands: shrinking after a cold)
THOUGHT_THE_WORST: list[tuple[str, str]] = [
    (
        "L",
        "found a lump in my neck, thought the worst, came with a cold 2 weeks ago, it's shrinking",
    ),
    ("L", "immediately thought the worst when I saw a mole on my arm, it hasn't changed in years"),
]

# NICE CKS Bedwetting (wetting again after being dry, no sign of infection or diabetes: a routine
# GP review) against NICE NG224 (with a fever or pain on passing urine: same day) and NICE NG18
# (with thirst or weight loss: same day)
WETTING_AGAIN: list[tuple[str, str]] = [
    ("L", "my son is 6, started wetting the bed again since the new baby came, no pain, no fever"),
    ("L", "my daughter is 8, wetting the bed again, isn't drinking more than usual, no pain"),
    ("L", "he's 7 and has started wetting again at night, not drinking loads, hasn't lost weight"),
    ("U", "my son is 6 and has started wetting again, says it stings when he wees"),
    ("U", "my 5 year old started wetting again at night and has a temperature of 38.3"),
    ("U", "my 9 year old has been drinking loads, wetting the bed again and has lost weight"),
]

# NICE NG143 green (normal hydration) as a parent lists a well child's checks: "normal wees" is
# no urinary complaint; a wee that hurts still is (NICE NG224)
WEES_SAID_NORMAL: list[tuple[str, str]] = [
    ("S", "my 3 year old has a runny nose and a cough, playing and eating, normal wees"),
    ("S", "my 2 year old has a cold, drinking well and normal wet nappies"),
    ("S", "she's 5 with a cold and a cough, wees are normal, eating fine"),
    ("N", "my 6 year old has a cold and says it hurts when she wees"),
]

CASES = (
    MEDICINES_KEPT_BACK
    + CLEANER_TOLD_BY_THE_JOB
    + HEART_ATTACK_AS_A_FIGURE_OF_SPEECH
    + BOIL_GROWING_WITH_A_FEVER
    + EAR_GONE_DEAF_ON_WAKING
    + NO_TIME_OFF_WORK
    + THOUGHT_THE_WORST
    + WETTING_AGAIN
    + WEES_SAID_NORMAL
)


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(ROWS, OPEN_ROWS),
)
def test_set41_english_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _rows()[row_id]
    level, hits = rules_only_level(row["text"], rules)
    gold = row["gold_triage"]
    if gold in {"urgent", "emergency"}:
        assert_reaches(rules, _CODE[gold], row["text"])
    else:
        assert level.value == gold, (level, [hit.rule_id for hit in hits])


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set41_english_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
