"""Set 29's English categories (session 26): the dictated head injury, and the same-day signs
in babies and of the heart said in ways the rules missed.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 29's rows, ``tests/data/fresh_levels_29.jsonl``):

- a head injury told by the part of the head that was hit ("banged the back of his head",
  "cracked the side of her head", "landed on the back of his head"), the part's words a longer
  gap than a phrase's three words, is a head injury: with vomiting, blood thinners or confusion
  it is an emergency (NICE NG232 head injury; NHS.uk head injury: A&E), at 65 or over it is
  same-day (NICE NG232: CT within 8 hours). A headache at the back of the head with no injury
  stays what it was;
- a temperature dictated in words with a decimal ("thirty nine point two") is a temperature:
  a baby of 3 to 6 months at 39 or more is amber (NICE NG143 fever in under 5s, same day);
  a normal temperature said the same way is no fever;
- wet nappies counted today against the usual ("two today, she usually has six") are reduced
  urine output (NICE NG143 amber; NHS.uk dehydration in babies: fewer wet nappies, urgent GP or
  NHS 111); a count that is the usual is not;
- a heartbeat said to go fast and irregular (NICE CKS palpitations; NICE NG196 atrial
  fibrillation: a new irregular pulse needs an ECG the same day) is same-day; occasional
  skipped beats for years are not (NHS.uk heart palpitations: usually harmless).

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- a head injury told by the part of the head hit (NICE NG232; NHS.uk head injury)
    (
        "E",
        "my mum tripped on the rug and cracked the back of her head shes on apixaban and has"
        " thrown up once",
    ),
    (
        "E",
        "he went over on the ice and smacked the side of his head now hes being sick and keeps"
        " asking the same question",
    ),
    ("E", "grandad lost his footing and hit the back of his head hard, he takes rivaroxaban"),
    ("E", "she bumped the top of her head really hard on the beam and now she's very drowsy"),
    (
        "E",
        "my son landed on the back of his head off the trampoline and he's vomited three times",
    ),
    ("E", "my husband whacked the front of his head on the van door and he's been sick twice"),
    ("U", "my dad is 84 and knocked the back of his head this morning, seems fine"),
    ("U", "my nan banged the side of her head getting into the car, she's a bit shaken"),
    ("!E", "I bumped the top of my head on the cupboard door, small lump, no other symptoms"),
    ("!E", "the back of my head aches after a long day at the screen"),
    ("!E", "sore at the back of my head when I cough, no injury, no sickness"),
    # --- a temperature dictated in words with a decimal (NICE NG143)
    ("U", "my son is five months old and his temperature is thirty nine point four"),
    ("U", "baby is 4 months, temp thirty nine point one since teatime, feeding ok"),
    ("U", "my daughter is three months old and she has a temperature of thirty nine point five"),
    ("L", "my daughter is eight months and teething, temperature thirty seven point one, happy"),
    ("L", "I'm twenty five, had a temp of thirty seven point four earlier, bit of a cold"),
    # --- wet nappies counted today against the usual (NICE NG143 amber; NHS.uk dehydration)
    (
        "U",
        "my toddler has had diarrhoea since last night and two wet nappies today when she"
        " normally has six",
    ),
    ("U", "baby 10 months, being sick since yesterday, one wet nappy today, usually 5"),
    ("U", "my son is 1, tummy bug, 2 wet nappies today instead of his usual 6 or 7"),
    ("L", "my son is 1, runny nose, six wet nappies today as usual, eating well"),
    # --- a heartbeat fast and irregular (NICE CKS palpitations; NICE NG196)
    ("=U", "since lunchtime my heart keeps beating fast and irregular, I'm 70, no chest pain"),
    ("=U", "my heart has been racing and irregular on and off today, not dizzy, 62"),
    ("=U", "my pulse feels irregular and fast since this morning, otherwise I feel alright"),
    ("L", "for years I've had the odd skipped beat after coffee, it's harmless they said"),
    ("L", "my periods are irregular and heavy, 34, no pain"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set29_english_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
