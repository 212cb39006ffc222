"""Retractions: a word or a reading the sender takes back is not read.

People typing in a hurry correct themselves in the same message ("burnt on my face, sorry not my
face its my shoulders", "it said 184/112 ... actually I misread the slip, it's 174/112", "he's 2,
I mean 20 months", "for 4 days, sorry 3 days"). What sets the level is what stands once the
sender has finished (NHS.uk sunburn: shoulders, not the face; NICE NG136: the reading read
right), so the item taken back is blanked before the rules read the text. Blanks keep the
text's length, so every span still maps to the patient's own words (``clinical.verbatim``).

- **A word taken back**: a correction cue ("sorry", "oops", "no wait", "I mean", "actually",
  "correction") then "not" and the word, a possessive between ("sorry not my face"): the last
  time that word was said before the cue, within the same or the sentence before, is blanked.
  The word after "not" is negated by the clause cues as usual.
- **A reading taken back**: a number, then a cue and another number of the same form, with at
  most two filler words between ("2, I mean 20 months", "4 days, sorry 3 days", "37.5, sorry I
  mean 38.5"), the two near each other or one the other's first digits; or a blood pressure
  pair, then within a sentence or two a cue and another pair ("184/112 ... actually I misread
  the slip, it's 174/112"). The first is blanked (with the cue, when the two are that close):
  the newest reading stands, whichever way it moves the level.

English only. A number corrected with its marker between ("38.2, sorry I mean 39.2") and Chinese
corrections (说错了, 不对) are also read by ``clinical.corrections``, which keeps an emergency the
first account gave.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_CUE = r"(?:sorry|oops|no wait|i mean|i meant|actually|correction|or rather)"
_OWNER = r"(?:(?:my|the|his|her|their|your|our|on|in)\s+)?"
_WORD_BACK = re.compile(
    rf"\b{_CUE}\b[\s,]*(?:(?:it's|its|it is|it was)\s+)?not\s+{_OWNER}(?P<word>[a-z]{{3,}})\b",
    _I,
)
_WORD_REACH = 120  # characters before the cue a word taken back may stand
_NUMBER = r"\d{1,3}(?:\.\d{1,2})?"
_FILLER = r"(?:(?:no|it's|its|it is|it was|make that|about|more like|nearer|i mean)[\s,]+)"
_NUMBER_BACK = re.compile(
    rf"(?<![\d/.])(?P<old>{_NUMBER})(?![\d/.])(?P<unit>\s+[a-z]+)?[\s,]*"
    rf"(?:{_CUE}[\s,]+){{1,2}}{_FILLER}{{0,2}}(?P<new>{_NUMBER})(?![\d/.])"
    # a new reading told with a time is no slip ("39.2, actually 38.2 now after Calpol": NICE
    # NG143, a fever is not judged by its response to an antipyretic)
    r"(?!\s*(?:now|after|since|today|tonight|this\s+(?:morning|afternoon|evening)))",
    _I,
)
_PAIR = r"\d{2,3}\s*/\s*\d{2,3}"
_PAIR_BACK = re.compile(
    rf"(?<![\d/])(?P<old>{_PAIR})(?![\d/])[^\d/]{{0,120}}?\b{_CUE}\b[^\d/]{{0,60}}?"
    rf"(?<![\d/])(?P<new>{_PAIR})(?![\d/])",
    _I,
)
_SENTENCE = re.compile(r"[.!?\n]")
_CUE_WORDS = ("sorry", "oops", "wait", "mean", "actually", "correction", "rather")


def _same_quantity(old: str, new: str) -> bool:
    """Return True when ``new`` can restate ``old``: near it (half to twice), or one written as
    the other's first digits ("2, I mean 20 months"); "temp 39, sorry, 120 heart rate" is two."""
    a, b = float(old), float(new)
    if a > 0 and 0.5 <= b / a <= 2:
        return True
    whole_a, whole_b = old.split(".")[0], new.split(".")[0]
    return whole_a != whole_b and (whole_b.startswith(whole_a) or whole_a.startswith(whole_b))


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _sentence_before(text: str, cue: int) -> int:
    """Return where the sentence before the one holding ``cue`` starts (a word taken back is
    looked for in the same sentence or the one before), capped at ``_WORD_REACH``."""
    ends = [m.end() for m in _SENTENCE.finditer(text, 0, cue)]
    start = ends[-2] if len(ends) >= 2 else 0
    return max(start, cue - _WORD_REACH)


def retract(text: str) -> str:
    """Return ``text`` with each word or reading its sender takes back blanked (same length)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUE_WORDS):
        return text
    chars = list(text)
    for m in _WORD_BACK.finditer(text):
        word = re.compile(rf"\b{re.escape(m.group('word'))}\b", _I)
        said = list(word.finditer(text, _sentence_before(text, m.start()), m.start()))
        if said:
            _blank(chars, *said[-1].span())
    for m in _NUMBER_BACK.finditer(text):
        if _same_quantity(m.group("old"), m.group("new")):
            # the cue too: "is 2, I mean 20 months" reads as "is 20 months" (an age)
            _blank(chars, m.start("old"), m.start("new"))
    for m in _PAIR_BACK.finditer(text):
        _blank(chars, *m.span("old"))
    return "".join(chars)
