"""Whose words: the writer's own, or another person's, in a message about more than one.

A carer writes about the patient ("my mum has cancer", 我爸有房颤), and often about
themselves in the same message ("and I have back pain", 我今天有点头晕). A rule that needs two
findings in one person (NICE NG234 known cancer with new back pain, NICE NG196 AF with
dizziness, NICE NG143 a baby under 3 months with a fever) must not join the relative's
condition to the writer's symptom, nor a baby's age to the breastfeeding mother's fever.

Each finding's place is read for the person it is said of: the last person named before it
(``writer`` words such as "I", 我; ``someone_else`` words such as "mum", "she", "my friend",
宝宝, 他). The writer's word does not count when a ``watching`` verb follows it ("I took his
temperature", "I'm breastfeeding my 6 week old", 我给宝宝量体温: the writer is watching, not
having), when it is the object (对我, 趁我), nor "my" (我的) before anything but the writer's
body or state (``own_parts``: "my back", not "my amlodipine" or "my diabetic dad"). The
reading is deliberately cautious: a finding is the writer's or another's only when nothing in
its own words says otherwise, and a message that does not name both the writer and someone
else has no holders at all (everything may join). ``clinical.red_flags`` applies it only to a
rule below ``emergency`` with an age band or a ``condition`` concept (a cancer, AF, type 1
diabetes, a child): an emergency rule joins findings across persons as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from clinical.matching import is_chinese, normalize

Holder = Literal["self", "other"]
BOTH: frozenset[Holder] = frozenset(("self", "other"))

# an age written as a noun is a child ("my 3 week old", "her 6-month-old"); not "I'm 34 years old"
_AGE_NOUN = re.compile(
    r"(?<![a-z'])(?:my|our|the|a|his|her|their)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s*-?\s*(?:(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)"
    r"\s*-?\s*old|yo|y/o|yr|m/o|mo|wk)(?![a-z])",
)
# "just" before having or feeling is the writer's own ("I've just got a cold", "I just feel sick")
_OWN_AFTER_JUST = re.compile(r"just\s+(?:got|get|have|had|has|feel|felt|am|been)\b")
# the writer reading a thermometer ("I got 39.2 under the arm", "I'm getting 39.4", "I got a
# reading of 39.5"): the writer measured the temperature, it is not theirs (NICE NG143 reads a
# parent's thermometer reading however it is typed; rules-pa, session 50)
_READING_GOT = re.compile(
    r"(?:'m\s+|am\s+)?(?:got|get|getting|gets|recorded)\s+(?:a\s+reading\s+of\s+|about\s+|"
    r"around\s+)?(?:3[5-9]|4[0-2])(?:\.\d{1,2})?(?![\d.]*\s*(?:hours?|hrs?|mins?|minutes?|days?|times?|%))"
)
# the writer named as the object, not the subject: "smiles at me", 对我, 趁我不注意
_HAN_OBJECT = frozenset("对给跟和让叫把被帮陪替向朝冲趁离")


def _pattern(words: Sequence[str], *, plural: bool = False) -> re.Pattern[str] | None:
    latin = sorted(
        {normalize(w).strip().lower() for w in words if w and not is_chinese(w[0])},
        key=len,
        reverse=True,
    )
    han = sorted({normalize(w).strip() for w in words if w and is_chinese(w[0])}, key=len)[::-1]
    parts = []
    suffix = "(?:'?s)?" if plural else ""
    if latin:
        parts.append(rf"(?<![a-z'])(?:{'|'.join(map(re.escape, latin))}){suffix}(?![a-z'])")
    if han:
        parts.append(f"(?:{'|'.join(map(re.escape, han))})")
    return re.compile("|".join(parts)) if parts else None


class PersonCues:
    """The compiled person words of the rule files (``writer``, ``someone_else``, ``watching``
    and ``own_parts`` in ``red_flags/cues.yaml``)."""

    def __init__(
        self,
        writer: Sequence[str],
        someone_else: Sequence[str],
        watching: Sequence[str],
        own_parts: Sequence[str] = (),
    ) -> None:
        self.writer = _pattern(writer)
        self.someone_else = _pattern(someone_else, plural=True)  # "my mums tablets", "mum's"
        latin_parts = [normalize(w).strip().lower() for w in own_parts if not is_chinese(w[:1])]
        # "my" names the writer's own finding only before a part of the body or a state, at
        # most two words on ("my lower back", "my blood sugar"); 我的 before a body character
        self.own_parts = (
            re.compile(
                r"\s+(?:[a-z'-]+\s+){0,2}?(?:"
                + "|".join(map(re.escape, sorted(latin_parts, key=len, reverse=True)))
                + r")(?![a-z])"
            )
            if latin_parts
            else None
        )
        self.own_han = "".join(normalize(w).strip() for w in own_parts if is_chinese(w[:1]))
        latin = [w for w in watching if w and not is_chinese(w[0])]
        han = [w for w in watching if w and is_chinese(w[0])]
        # the writer's word followed by a watching verb ("i took", "i'm feeding", "我给")
        self.watching_latin = _pattern(latin)
        self.watching_han = tuple(normalize(w).strip() for w in han)

    def people(self, lowered: str) -> list[tuple[int, int, Holder]]:
        """Return the persons named in ``lowered`` (start, end, holder), in order."""
        if self.writer is None or self.someone_else is None:
            return []
        found: list[tuple[int, int, Holder]] = []
        for m in self.someone_else.finditer(lowered):
            if m.group() == "他" and lowered[max(0, m.start() - 1) : m.start()] in ("其", "吉"):
                continue  # 其他 (other), 吉他 (guitar)
            found.append((m.start(), m.end(), "other"))
        for m in _AGE_NOUN.finditer(lowered):
            found.append((m.start(), m.end(), "other"))
        taken = [(s, e) for s, e, _ in found]
        for m in self.writer.finditer(lowered):
            if any(s <= m.start() < e for s, e in taken):
                continue  # 我 of 我们, "my" of "my 3 week old"
            if self._watching(lowered, m.end()) or lowered[max(0, m.start() - 1) : m.start()] in (
                _HAN_OBJECT
            ):
                continue
            if m.group() in ("my", "我") and not self._own_part(lowered, m.end()):
                continue  # "my amlodipine", 我的药, "my diabetic dad": not the writer's body
            found.append((m.start(), m.end(), "self"))
        found.sort()
        return found

    def _own_part(self, lowered: str, end: int) -> bool:
        """Return True when "my" (我的) after ``end`` names the writer's body or state ("my
        back", "my temperature", 我的头): an object or a relative is no finding of theirs."""
        rest = lowered[end : end + 30]
        if rest[:1] and is_chinese(rest[:1]):
            return not rest.startswith("的") or rest[1:2] in self.own_han
        if self.own_parts is None:
            return True
        return bool(self.own_parts.match(rest))

    def _watching(self, lowered: str, end: int) -> bool:
        rest = lowered[end : end + 24]
        if rest[:1] and is_chinese(rest[:1]):
            return rest.startswith(self.watching_han)
        if _READING_GOT.match(rest.lstrip(" ")):
            return True
        if self.watching_latin is None:
            return False
        m = self.watching_latin.match(rest.lstrip(" "))
        # "I've just got a sore throat", "I just feel tired": the writer's own, not "I just gave"
        if m is None:
            return False
        return not (m.group() == "just" and _OWN_AFTER_JUST.match(rest.lstrip(" ")))


class Persons:
    """Who the parts of one prepared text are said of."""

    def __init__(self, lowered: str, cues: PersonCues) -> None:
        self._people = cues.people(lowered)
        kinds = {holder for _, _, holder in self._people}
        self.mixed = kinds == set(BOTH)

    def holder(self, start: int, end: int) -> Holder | None:
        """Return whose the span ``start:end`` is, or None when it is not clear."""
        if not self.mixed:
            return None
        before: Holder | None = None
        inside: set[Holder] = set()
        lead = start  # the span opens with a person ("my baby", 宝宝6周): that person's
        for s, e, who in self._people:
            if e <= start:
                before = who
            elif s >= end:
                break
            elif s <= lead and s < end:
                before, lead = who, e + 1
            else:
                inside.add(who)
        if before is None or inside - {before}:
            return None  # no person named yet, or another named inside ("had my baby")
        return before

    def stretches(self, length: int) -> list[tuple[int, int, Holder | None]]:
        """Return the text cut where each person is named (start, end, holder): the words
        from one person named to the next are that person's, those before any are no one's."""
        if not self.mixed:
            return [(0, length, None)]
        cuts: list[tuple[int, int, Holder | None]] = []
        start, who = 0, None
        for s, _, holder in self._people:
            if s > start:
                cuts.append((start, s, who))
            start, who = s, holder
        cuts.append((start, length, who))
        return cuts

    def holders(self, spans: Sequence[tuple[int, int]]) -> frozenset[Holder]:
        """Return whose the spans are, together: every person when one is not clear."""
        found: set[Holder] = set()
        for start, end in spans:
            who = self.holder(start, end)
            if who is None:
                return BOTH
            found.add(who)
        return frozenset(found) if found else BOTH


def locate(lowered: str, words: str) -> tuple[int, int] | None:
    """Return where ``words`` (a value's words) sit in ``lowered``, or None."""
    words = normalize(words).lower()
    at = lowered.find(words)
    if at >= 0:
        return at, at + len(words)
    at = lowered.find(words[:2]) if len(words) > 2 else -1  # numerals rewritten: the verb
    return (at, at + 2) if at >= 0 else None
