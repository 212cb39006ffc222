"""A sender who corrects themselves in the same message: the corrected account is read.

Patients type fast and fix a slip at once: "38.2, sorry I mean 39.2", "she's 4 months, no
wait, 10 weeks", "it's been 5 days not 2", 三十八度五，不对，是三十九度五, 血氧九十五，讲错咗，系
八十九, 打错了，是八周大; "he didn't hit his head, actually he did", 冇撞到个头，唔系，有撞到. The
rules read (``clinical.findings.Reader.prepare``, after traditional Chinese is simplified):

- **a corrected number**: a number, a correction marker and a second number of the same kind
  (no unit, or units of one family: days and weeks, degrees, tablets...) are read as the second
  number with its unit, or the first one's when it gives none ("took 4 paracetamol, sorry I
  mean 24" is "took 24 paracetamol"); "5 days not 2", 是五天，不是两天 and 不是两天，是五天 keep
  the number said as the right one;
- **a retracted negation**: a negation, a correction marker and an affirmation ("wait no, he
  did", "actually yes", 唔系，有, 不对，其实有) read as the thing said, not negated.
- **a word or a blood pressure taken back** (:func:`retract`, after the above, English): "burnt
  my face, sorry not my face, my forearm", "184/112 ... actually I misread it, it's 174/112"
  blank what was taken back.

Which number crosses which threshold is the rules' own reading (NICE NG143, NG51, NEWS2, NHS
oximetry, TOXBASE). A correction never drops an emergency silently: :func:`first_account` gives
the message as first said, and ``clinical.red_flags.RuleSet.check`` keeps an emergency that
account reached (DESIGN.md: nothing dropped silently).
"""

from __future__ import annotations

import functools
import re

from clinical.rechecks import superseded
from clinical.textprep import to_simplified

__all__ = ["corrected", "first_account", "read_corrections", "retract"]

_I = re.IGNORECASE
_ZH_DIGITS = "零〇一二两三四五六七八九十百廿卅"
# a number: digits with a decimal, a blood pressure's pair, or Chinese numerals (点 a decimal)
_NUM = (
    rf"(?:(?<![0-9a-z_.])\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
    rf"|(?<![{_ZH_DIGITS}])[{_ZH_DIGITS}]+(?:点[{_ZH_DIGITS}]+)?)"
)
# the unit after a number: an English word or two ("weeks old", "degrees c"), a sign, or a
# Chinese measure word; markers and fillers are no unit
_EN_UNIT = (
    r"(?:\s*(?:%|percent|°\s*[cf]?|degrees?(?:\s*[cf]\b)?)"
    r"|\s*-?\s*(?!(?:sorry|no|nope|wait|actually|correction|i|not|oops|or|scratch|make|but|"
    r"and|it|its|it's|is|was|now|then|after|since|today|later|this|last|yesterday|tonight|earlier|"
    r"oh|hang|hold|um|uh|er)\b)[a-z]+(?:[\s-]+old\b)?)"
)
_ZH_UNIT = (
    r"(?:\s*(?:个|個)?\s*(?:多\s*)?(?:星期|礼拜|禮拜|小时|钟头|分钟|月|周|週|天|日|岁|歲|年)(?:大)?"
    r"|\s*度[一二三四五六七八九半]?|\s*(?:次|下|%)"
    r"|\s*(?:片|粒|颗|顆)[\u4e00-\u9fff]{0,6}?)(?:了|啦|喇|咗|左右)?"
)
_UNIT = rf"(?:{_ZH_UNIT}|{_EN_UNIT})"
_SEP = r"[\s,，、.。;；:：!！~…—–-]*"
_EN_MARKER = (
    r"(?:(?:oh\s+)?sorry,?\s*(?:no,?\s*)?(?:i\s+meant?(?:\s+to\s+say)?|i\s+mean)?"
    r"|no,?\s*sorry|no,?\s*wait|wait,?\s*no|(?:but\s+)?actually|i\s+meant?(?:\s+to\s+say)?"
    r"|correction|scratch\s+that|or\s+rather|oops|typo|make\s+that|i\s+was\s+wrong"
    r"|(?:oh\s+)?wait|hang\s+on|hold\s+on|no(?:pe)?)(?![a-z])"
)
_ZH_MARKER = (
    r"(?:不对(?!劲)|我?说错了?|我?讲错(?:咗|了)?|我?打错(?:咗|了)?|我?写错(?:咗|了)?|更正一下|更正|"
    r"纠正一下|纠正|不好意思|抱歉|哦不|啊不|唔系|唔係|唔对|唔啱|我的意思是|我是说|我是讲)"
)
_MARKER = rf"(?:{_EN_MARKER}|{_ZH_MARKER})(?:{_SEP}(?:{_EN_MARKER}|{_ZH_MARKER}))*"
# words between the marker and the right number ("it's been", 应该是, 系)
_LEAD = (
    r"(?:(?:it'?s|it\s+is|it\s+was|its|was|is|(?:he|she|they|it)\s+(?:is|was|are)|he'?s|she'?s|"
    r"they'?re|more\s+like|closer\s+to|"
    r"about|like|been|it'?s\s+been|it\s+has\s+been|took|i\s+took|(?:it\s+)?(?:says|reads)|"
    r"应该是|应该系|其实是|其实系|是|系|係|有)\s*)*"
)
_CORRECTED = re.compile(
    rf"(?<!out of )(?<!/)(?P<first>{_NUM})(?P<unit1>{_UNIT})?{_SEP}(?P<marker>{_MARKER}){_SEP}"
    rf"{_LEAD}(?P<second>{_NUM})(?P<unit2>{_UNIT})?(?![\d.])",
    _I,
)
# "5 days not 2", 是五天，不是两天: the number said first is the right one
_NOT_AFTER = re.compile(
    rf"(?P<second>{_NUM})(?P<unit2>{_UNIT})?\s*[,，]?\s*(?:not|不是|唔系|唔係)\s*"
    rf"(?P<first>{_NUM})(?P<unit1>{_UNIT})?(?![0-9a-z.])",
    _I,
)
# 不是两天，是五天 / "not 2 days but 5": the number after is the right one
_NOT_BEFORE = re.compile(
    rf"(?:(?<![a-z])not|不是|唔系|唔係)\s*(?P<first>{_NUM})(?P<unit1>{_UNIT})?{_SEP}"
    rf"(?:but|而是|是|系|係)\s*{_LEAD}(?P<second>{_NUM})(?P<unit2>{_UNIT})?(?![\d.])",
    _I,
)

# the families a unit belongs to: a correction keeps to one kind of number
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, _I))
    for name, pattern in (
        (
            "time",
            r"^(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?|"
            r"(?:day|week|month|year)s?[\s-]+old|个?多?(?:星期|礼拜|禮拜|小时|钟头|分钟|月|周|週|天|日|岁|歲|年)大?)$",
        ),
        ("degrees", r"^(?:°\s*[cf]?|degrees?(?:\s*[cf])?|c|f|度[一二三四五六七八九半]?)$"),
        ("percent", r"^(?:%|percent)$"),
        ("count", r"^(?:tablets?|pills?|caps(?:ules)?|片|粒|颗|顆)"),
        ("beats", r"^(?:bpm|beats?|次|下|breaths?)$"),
        ("clock", r"^(?:am|pm|o'?clock|h)$"),
    )
)


def _bare(unit: str) -> str:
    """A unit without its spaces and a particle after it (天了 is 天)."""
    return re.sub(r"(?:了|啦|喇|咗|左右)$", "", unit.strip(" -")).lower()


def _family(unit: str) -> str | None:
    unit = _bare(unit)
    if not unit:
        return None
    return next((name for name, pattern in _FAMILIES if pattern.match(unit)), "word")


def _same_kind(unit1: str, unit2: str) -> bool:
    """Whether two units may be one number corrected: either missing, or of one family."""
    one, two = _family(unit1), _family(unit2)
    if "clock" in (one, two):
        return False  # "at 2pm, actually 39": a time of day, not the number corrected
    if one is None or two is None:
        return True
    if one == "word" or two == "word":
        return _bare(unit1) == _bare(unit2)
    return one == two


# a bare "actually" before a number said with a time after it is a new reading, not a slip:
# "39.2, actually 38.2 now after Calpol" (NICE NG143: the response to an antipyretic does not
# judge severity), so it is not read as a correction
_WEAK_MARKER = re.compile(r"(?:but\s+)?actually|or\s+rather|make\s+that", _I)
_CHANGE_AFTER = re.compile(
    r"[\s,]*(?:now|then|after|today|later|tonight|this\s+(?:morning|afternoon|evening)|"
    r"(?:it\s+)?(?:went|came|has\s+come|dropped|fell|rose|went\s+up))\b",
    _I,
)


# a bare "no" between a number and a number with a word after it corrects a count taken
# ("he has taken 8, no 18 paracetamol"), not a number said before a new thing
_BARE_NO = re.compile(r"no(?:pe)?", _I)
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|take|swallowed|had)\s*$", _I)


def _corrected(m: re.Match[str], keep: str) -> str:
    unit1, unit2 = m.group("unit1") or "", m.group("unit2") or ""
    if not _same_kind(unit1, unit2):
        return m.group()
    marker = (m.groupdict().get("marker") or "").strip()
    if _WEAK_MARKER.fullmatch(marker) and _CHANGE_AFTER.match(m.string, m.end()):
        return m.group()
    if (
        _BARE_NO.fullmatch(marker)
        and not unit1
        and _family(unit2) == "word"
        and not _TAKEN_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    ):
        return m.group()  # "age 45, no 2 kids": a bare "no" and a new thing, not a slip
    if unit1.startswith(unit2) or unit2.startswith(unit1):
        unit1 = unit2 = max(unit1, unit2, key=len)  # 四片扑热息痛 ... 二十四片: the medicine kept
    if keep == "second":
        return m.group("second") + (unit2 or unit1)
    return m.group("first") + (unit1 or unit2)


# a negation, a correction marker and an affirmation: "didn't hit his head, wait no, he did"
_EN_NEGATION = (
    r"(?P<neg>didn'?t|did\s+not|doesn'?t|does\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|"
    r"wasn'?t|was\s+not|isn'?t|is\s+not|no|not|never)"
)
_EN_RETRACTED = re.compile(
    rf"\b{_EN_NEGATION}\b(?P<said>[^.,;!?，。；！？]{{1,60}}?){_SEP}"
    r"(?:wait,?\s*no|no,?\s*wait|sorry|actually|correction|scratch\s+that|oh\s+wait|"
    r"i\s+was\s+wrong)[\s,]*(?:yes|yeah|(?:he|she|i|they|it|we|baby)\s+"
    r"(?:did|does|has|have|was|is|do))\b(?P<rest>[^.,;!?，。；！？]{0,40})",
    _I,
)
# the negation said positive ("didn't" is "did"); "no", "not" and "never" are dropped
_EN_POSITIVE = {
    "didnt": "did",
    "doesnt": "does",
    "hasnt": "has",
    "havent": "have",
    "wasnt": "was",
    "isnt": "is",
}
# what may follow an affirmation that retracts ("actually he did", "yes she did too")
_EN_AFFIRM_TAIL = re.compile(r"^\s*(?:it|too|so|yes|though|actually|now)?\s*$", _I)
_ZH_RETRACTED = re.compile(
    r"(?P<neg>没有|没|冇|未|不(?!对|是|系|係|好意思|舒服))(?P<said>[^，,。.;；！!？?\s]{1,15}?)"
    rf"{_SEP}(?:{_ZH_MARKER}|其实){_SEP}(?:其实)?(?:系|係|是|真的|都)?有"
    r"(?P<rest>[^，,。.;；！!？?\s]{0,15})"
)
_ZH_AFFIRM_TAIL = re.compile(r"^(?:的|嘅|啊|呀|啦|过|過)?$")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _positive(m: re.Match[str]) -> str:
    """The negated thing said present, when the affirmation after the marker is about it
    (nothing more, or its own first word again: "wait no, he did hit his head")."""
    said, rest = m.group("said"), m.group("rest")
    if not _EN_AFFIRM_TAIL.match(rest) and _words(rest)[:1] != _words(said)[:1]:
        return m.group()  # "he didn't vomit, actually he has a headache": another thing
    neg = " ".join(m.group("neg").lower().replace("'", "").split()).replace(" not", "nt")
    word = _EN_POSITIVE.get(neg, "")
    return f"{word}{said},{rest}" if word else f"{said.strip()},{rest}"


def _zh_positive(m: re.Match[str]) -> str:
    """冇撞到个头，唔系，有撞到: the thing said present (有 and the same words, or nothing
    more); not 不对，有点痛 (another thing)."""
    said, rest = m.group("said"), m.group("rest")
    if not _ZH_AFFIRM_TAIL.match(rest) and rest[:2] != said[:2]:
        return m.group()
    return f"有{said}，{rest}"


@functools.lru_cache(maxsize=1024)
def read_corrections(text: str) -> str:
    """Return ``text`` with each self-correction read as its corrected account."""
    for pattern in (_CORRECTED, _NOT_AFTER, _NOT_BEFORE):
        text = pattern.sub(lambda m: _corrected(m, "second"), text)
    return _retract_negations(text)


def _retract_negations(text: str) -> str:
    text = _EN_RETRACTED.sub(_positive, text)
    return _ZH_RETRACTED.sub(_zh_positive, text)


@functools.lru_cache(maxsize=1024)
def first_account(text: str) -> str | None:
    """Return ``text`` with each corrected number read as first said, or None when no number
    is corrected (the check that no correction drops an emergency silently)."""
    first = _CORRECTED.sub(lambda m: _corrected(m, "first"), text)
    first = _NOT_AFTER.sub(lambda m: _corrected(m, "first"), first)
    first = _NOT_BEFORE.sub(lambda m: _corrected(m, "first"), first)
    return None if first == read_corrections(text) or first == text else first


def corrected(text: str) -> str:
    """Return a raw message read as corrected (simplified first), or ``text`` itself when it
    corrects nothing: for the readers of a value the record keeps (``parse_vitals``,
    ``parse_age``)."""
    simplified = to_simplified(text)
    read = read_corrections(simplified)
    return text if read == simplified else read


# --- a word or a reading taken back ----------------------------------------------------
#
# After the corrections above (``clinical.findings.Reader.prepare``): a word or a reading the
# sender takes back is blanked (same length, so every span still maps to the patient's own
# words, ``clinical.verbatim``). NHS.uk sunburn: the shoulders, not the face; NICE NG136: the
# reading read right. English only (rules-cs, session 35).
# - a word taken back: a cue ("sorry", "oops", "no wait", "I mean", "actually", "correction")
#   then "not" and the word, a possessive between ("sorry not my face"): the last time that
#   word was said before the cue, in the same sentence or the one before, is blanked;
# - a blood pressure taken back: a pair, then within a sentence or two a cue and another pair
#   ("184/112 ... actually I misread the slip, it's 174/112"); the first is blanked, the newest
#   reading stands. (A number corrected with its marker between, "2, I mean 20 months", is read
#   by the corrections above; rules-cs's own reader of it changed none of 8,587 stored texts.)
#   ``clinical.red_flags.RuleSet`` asks about an emergency the message gave as typed.
_CUE = r"(?:sorry|oops|no wait|i mean|i meant|actually|correction|or rather)"
_OWNER = r"(?:(?:my|the|his|her|their|your|our|on|in)\s+)?"
_WORD_BACK = re.compile(
    rf"\b{_CUE}\b[\s,]*(?:(?:it's|its|it is|it was)\s+)?not\s+{_OWNER}(?P<word>[a-z]{{3,}})\b",
    _I,
)
_WORD_REACH = 120  # characters before the cue a word taken back may stand
_PAIR = r"\d{2,3}\s*/\s*\d{2,3}"
_PAIR_BACK = re.compile(
    rf"(?<![\d/])(?P<old>{_PAIR})(?![\d/])[^\d/]{{0,120}}?\b{_CUE}\b[^\d/]{{0,60}}?"
    rf"(?<![\d/])(?P<new>{_PAIR})(?![\d/])",
    _I,
)
_SENTENCE = re.compile(r"[.!?\n]")
_CUE_WORDS = ("sorry", "oops", "wait", "mean", "actually", "correction", "rather")


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _sentence_before(text: str, cue: int) -> int:
    """Return where the sentence before the one holding ``cue`` starts (a word taken back is
    looked for in the same sentence or the one before), capped at ``_WORD_REACH``."""
    ends = [m.end() for m in _SENTENCE.finditer(text, 0, cue)]
    start = ends[-2] if len(ends) >= 2 else 0
    return max(start, cue - _WORD_REACH)


def retract(text: str) -> str:
    """Return ``text`` with each word or reading its sender takes back blanked (same length),
    and a device's reading the sender explains and measured again normal
    (``clinical.rechecks``)."""
    text = superseded(text)
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUE_WORDS):
        return text
    chars = list(text)
    for m in _WORD_BACK.finditer(text):
        word = re.compile(rf"\b{re.escape(m.group('word'))}\b", _I)
        said = list(word.finditer(text, _sentence_before(text, m.start()), m.start()))
        if said:
            _blank(chars, *said[-1].span())
    for m in _PAIR_BACK.finditer(text):
        _blank(chars, *m.span("old"))
    return "".join(chars)
