"""One-slip typos of the danger words are read as the words, whatever phrases are added later.

The speller (``clinical.textprep.Speller``) corrects a long word within one edit of one rule
word; when two rule words are equally near it corrects nothing. A phrase added for one kind of
wording can so stop a typo of another word being corrected: in session 36 a new "headachy" left
a typed "headach" uncorrected, and "severe headach worst of my life came on sudenly" ended
urgent. This guard types every danger word below with one slip (a letter left out, two letters
swapped, a letter doubled; the first letter kept) and asks that the rules read it as the word,
or as a form of it ("collapse" for "collapsed"). Slips that are English words themselves
("selling", "seating") are never corrected and are skipped.

Written before the speller's tie-break by a left-out letter (``_one_letter_left_out``): 16 of
the 651 slips were not read as their word ("breating", "breahing", "thoat", "throt", "tonge",
"weezing", "faited", "drows"...: a tie between the word and another rule word one edit away);
after it, the five below (strict xfails). 0 of 9,067 stored texts moved.
"""

from __future__ import annotations

import re

import pytest

from clinical.matching import word_pattern
from clinical.red_flags import RuleSet, load_rules
from clinical.textprep import _english_words
from tests.rule_levels import assert_reaches

DANGER_WORDS = [
    "headache",
    "unconscious",
    "breathing",
    "breathless",
    "vomiting",
    "seizure",
    "bleeding",
    "choking",
    "swelling",
    "confused",
    "collapsed",
    "fainted",
    "drowsy",
    "crushing",
    "paralysed",
    "numbness",
    "weakness",
    "slurred",
    "vision",
    "pregnant",
    "overdose",
    "tablets",
    "suicide",
    "stiffness",
    "bruising",
    "tightness",
    "wheezing",
    "palpitations",
    "sweating",
    "temperature",
    "throat",
    "tongue",
    "swallow",
]

# slips still not read as their word, with why
NOT_READ = {
    "chooking": "one edit from 'choking' and from 'cooking', neither with a letter left out",
    "cohking": "two swapped letters: one edit from 'choking' and from 'coking' (an English word)",
    "paralyed": "'paralysed' is no rule word; the rules read 'paralys...' stems",
    "overdoe": "one edit from 'overdose' and from 'overdoes' (both a letter left out)",
    "overdos": "one edit from 'overdose' and from 'overdoes' (both a letter left out)",
}


def _slips(word: str) -> set[str]:
    left_out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return (left_out | swapped | doubled) - {word}


def _pairs() -> list[tuple[str, str]]:
    english = _english_words()
    return sorted(
        (slip, word)
        for word in DANGER_WORDS
        if len(word) >= 6
        for slip in _slips(word)
        if slip not in english
    )


def _cases() -> list[object]:
    return [
        pytest.param(
            slip,
            word,
            id=slip,
            marks=pytest.mark.xfail(strict=True, reason=NOT_READ[slip]) if slip in NOT_READ else (),
        )
        for slip, word in _pairs()
    ]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def _read_as(rules: RuleSet, slip: str, word: str) -> bool:
    read = rules.prepare(slip).strip().lower()
    if read == word:
        return True
    # a form of the word ("collapse" for "collapsed", "tablet" for "tablets") reads the same
    return re.fullmatch(word_pattern(read, inflect=True), word) is not None


@pytest.mark.parametrize(("slip", "word"), _cases())
def test_a_one_slip_typo_of_a_danger_word_is_read_as_it(
    rules: RuleSet, slip: str, word: str
) -> None:
    assert _read_as(rules, slip, word), rules.prepare(slip)


def test_the_guard_covers_many_slips() -> None:
    assert len(_pairs()) > 500
    assert set(NOT_READ) <= {slip for slip, _ in _pairs()}


@pytest.mark.parametrize(
    "text",
    [
        "severe headach worst of my life came on sudenly",
        "my tonge and thoat are swelling up fast after peanuts and im weezing",
        "she faited and now shes not breating, lips going blue",
        "dad collapsd and is unconsious, not breahing properly",
    ],
)
def test_a_slip_read_as_its_word_reaches_the_emergency(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)
