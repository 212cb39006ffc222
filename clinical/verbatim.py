"""The patient's own words for what the rules read in the prepared text.

The rules read a prepared text (``Reader.prepare``: simplified Chinese, pinyin read as
Chinese, slips repaired, lower case, shorthand and regional words written out, typos
corrected), but the evidence a nurse reads must quote the message as written. A
:class:`Verbatim` aligns the original message with the prepared text once (a character
alignment, ``difflib.SequenceMatcher``, of the prepared text with the original brought to
the same script and case) and maps a prepared span back to the original's words: a clause of
the prepared text becomes the original's clause, a value's words ("temp 39.6", "体温39.5度")
the original's ("Temp 39.6", 体温三十九度五). What it returns is always a part of the
original message: where no span maps, the original's sentence around the place, never words
the patient did not write.
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from clinical.matching import normalize
from clinical.textprep import to_simplified

_STRIP = " \t\n,.;:!?，。；：！？"
CLAUSE_CHARS, CLAUSE_LEAD = 160, 60  # as ``Analysis.clause`` trims a long clause
# where the texts are cut into pieces to align (preparing keeps punctuation)
_CUT = re.compile(r"[.!?;,:\n。！？；，：、]+")
_CHAR_WORK = 400_000  # pieces this large (lengths multiplied) are aligned heuristically
_SENTENCE_END = re.compile(r"[.!?;\n。！？；]")
# a value's words the preparation rewrote (Chinese numerals and number words read as digits):
# the original's number around the words' anchor ("体温" + 三十九度五, "temperature" + thirty
# nine point four)
_ZH_NUMBER = set("零〇一二两兩三四五六七八九十百千点點半廿卅度分之幾几次")
_NUMBER_WORD = re.compile(
    r"[^\S\n]*(?:(?:point|and|over)[^\S\n]+)?(?:\d+|zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"(?:[^\S\n]*(?:percent|degrees?))?(?![a-z])",
    re.IGNORECASE,
)


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Return the offsets that cut ``text[start:end]`` into pieces, each ending in punctuation
    (the first offset ``start``, the last ``end``)."""
    return [start, *(m.end() for m in _CUT.finditer(text, start, end) if m.end() < end), end]


def _word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char == "'")


class Verbatim:
    """Maps spans and words of a prepared text back to the original message."""

    def __init__(self, original: str, prepared: str) -> None:
        self.original = original
        self.prepared = prepared
        self.same = original == prepared
        self._maps: tuple[list[int], list[int]] | None = None

    def _key(self) -> str:
        """Return the original in the prepared text's script and case, char for char."""
        key = normalize(self.original)
        if len(key) != len(self.original):  # NFKC wrote a character as several ("½")
            key = "".join(c if len(n := normalize(c)) != 1 else n for c in self.original)
        for step in (to_simplified, str.lower):
            stepped = step(key)
            if len(stepped) == len(key):
                key = stepped
        return key

    def _alignment(self) -> tuple[list[int], list[int]]:
        """Return, for each prepared character, where it starts and ends in the original.

        The texts are aligned piece by piece (pieces end at punctuation, which preparing
        keeps), then character by character inside the pieces that differ: a long message
        costs about as much as its changed pieces."""
        if self._maps is not None:
            return self._maps
        a, b = self._key(), self.prepared
        starts, ends = [0] * len(b), [0] * len(b)
        head, most = 0, min(len(a), len(b))
        while head < most and a[head] == b[head]:
            head += 1
        tail = 0
        while tail < most - head and a[-1 - tail] == b[-1 - tail]:
            tail += 1
        for j in range(head):
            starts[j], ends[j] = j, j + 1
        for k in range(1, tail + 1):
            starts[-k], ends[-k] = len(a) - k, len(a) - k + 1
        a_cuts, b_cuts = _cuts(a, head, len(a) - tail), _cuts(b, head, len(b) - tail)
        pieces = SequenceMatcher(
            None,
            [a[x:y] for x, y in itertools.pairwise(a_cuts)],
            [b[x:y] for x, y in itertools.pairwise(b_cuts)],
            False,
        )
        for tag, i1, i2, j1, j2 in pieces.get_opcodes():
            if tag == "equal" or i2 - i1 == j2 - j1:  # piece for piece
                for d in range(j2 - j1):
                    _chars(
                        a, b, a_cuts[i1 + d : i1 + d + 2], b_cuts[j1 + d : j1 + d + 2], starts, ends
                    )
            else:
                _chars(a, b, [a_cuts[i1], a_cuts[i2]], [b_cuts[j1], b_cuts[j2]], starts, ends)
        self._maps = starts, ends
        return self._maps

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original span of the prepared span ``start:end``, whole words."""
        starts, ends = self._alignment()
        if not starts:
            return 0, len(self.original)
        start = min(max(start, 0), len(starts) - 1)
        end = min(max(end, start + 1), len(ends))
        o_start, o_end = starts[start], max(ends[end - 1], starts[start])
        text = self.original
        while (
            0 < o_start < len(text) and _word_char(text[o_start - 1]) and _word_char(text[o_start])
        ):
            o_start -= 1
        while 0 < o_end < len(text) and _word_char(text[o_end - 1]) and _word_char(text[o_end]):
            o_end += 1
        return o_start, o_end

    def _sentence(self, at: int) -> str:
        """Return the original's sentence around ``at`` (the whole message when none)."""
        text = self.original
        before = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
        after = _SENTENCE_END.search(text, at)
        words = text[before[-1] if before else 0 : after.start() if after else len(text)]
        words = words.strip(_STRIP) or text.strip(_STRIP) or text
        return words[:CLAUSE_CHARS].strip()

    def clause(self, clause: tuple[int, int], start: int, end: int) -> str:
        """Return the original's words of the prepared ``clause`` (its bounds) that holds the
        match ``start:end``, trimmed for display as ``Analysis.clause`` trims."""
        c_start, c_end = self._span(*clause)
        m_start, _ = self._span(start, end)
        words = self.original[c_start:c_end].strip(_STRIP)
        if len(words) > CLAUSE_CHARS:
            left = max(0, m_start - c_start - CLAUSE_LEAD)
            words = self.original[c_start + left : c_start + left + CLAUSE_CHARS].strip()
        return words or self._sentence(m_start)

    def words(self, words: str) -> str:
        """Return the original's words for a value's ``words`` read from the prepared text
        (or from it with its numbers written as digits)."""
        if words in self.original:
            return words
        at = self.prepared.find(words)
        if at >= 0:
            start, end = self._span(at, at + len(words))
            return self.original[start:end].strip() or self._sentence(start)
        match = SequenceMatcher(None, self.prepared, words, False).find_longest_match(
            0, len(self.prepared), 0, len(words)
        )
        if match.size == 0:
            return self._sentence(0)
        start, end = self._span(match.a, match.a + match.size)
        if match.b > 0:  # the number before the anchor
            start = self._number_before(start)
        if match.b + match.size < len(words):  # the number after it
            end = self._number_after(end)
        return self.original[start:end].strip() or self._sentence(start)

    def _number_after(self, end: int) -> int:
        text = self.original
        while end < len(text):
            char = text[end]
            if char in _ZH_NUMBER or char.isdigit():
                end += 1
            elif char in ".%/" and (text[end - 1].isdigit() or text[end - 1] in _ZH_NUMBER):
                end += 1  # 39.4, 88/50, 91%, 九十/五十八
            elif (word := _NUMBER_WORD.match(text, end)) is not None:
                end = word.end()
            else:
                break
        while end > 0 and text[end - 1] in "./":
            end -= 1
        return end

    def _number_before(self, start: int) -> int:
        text = self.original
        while start > 0 and (text[start - 1] in _ZH_NUMBER or text[start - 1] in "0123456789."):
            start -= 1
        return start


def _chars(
    a: str, b: str, a_range: list[int], b_range: list[int], starts: list[int], ends: list[int]
) -> None:
    """Align ``a[a_range]`` with ``b[b_range]`` character by character into the maps."""
    (i0, i_end), (j0, j_end) = a_range, b_range
    if a[i0:i_end] == b[j0:j_end]:
        for d in range(j_end - j0):
            starts[j0 + d], ends[j0 + d] = i0 + d, i0 + d + 1
        return
    big = (i_end - i0) * (j_end - j0) > _CHAR_WORK  # the matcher's own heuristic then
    matcher = SequenceMatcher(None, a[i0:i_end], b[j0:j_end], big)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        i1, i2, j1, j2 = i1 + i0, i2 + i0, j1 + j0, j2 + j0
        if tag == "equal" or i2 - i1 == j2 - j1:  # a character for a character (繁→简)
            for d in range(j2 - j1):
                starts[j1 + d], ends[j1 + d] = i1 + d, i1 + d + 1
        else:  # rewritten ("sob" for "shortness of breath", pinyin) or inserted
            for j in range(j1, j2):
                starts[j], ends[j] = i1, i2
