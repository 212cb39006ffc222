"""Whether a sign is told as past history rather than as the current problem.

The readings of the past that are more than a past cue word in the sign's clause (those cues,
"last year", 去年, live in red_flags/cues.yaml and are read by ``clinical.clauses``):

- **a past date or age**: "in 2019", "since 2015", 2019年, "when I was 19", 五十岁时, and a
  year in brackets or just before one as notes date an event ("(2019)", "stroke 2022 (left
  side weak)"), never a clock time said "at 1930" or "@2015" (:func:`has_past_date`);
- **a history header** of clinicians' notes ("PMH:", "Background:", 既往史：): what follows it
  up to the end of its sentence, a clause-break word ("now", 现在), the next header ("PC:",
  现病史) or a time of the current episode ("an hour ago", "for 40 min", "suddenly", 刚刚,
  突然) is past history (:func:`under_history_header`);
- **an event had once** ("had a febrile seizure once"), not "once more / again / today"
  (:func:`had_once`);
- **an event named as had** ("I had a stroke") is past unless a time within hours stands right
  next to it in a sentence that names no older time ("I think I had a stroke this morning":
  :func:`within_hours`; NHS says call 999 for stroke signs even when they have gone).

``clinical.clauses`` decides the order these are asked in, with negation, hypotheticals and
other people's words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from clinical.matching import UNIT, PhraseSet

__all__ = [
    "had_once",
    "has_past_date",
    "history_headers",
    "under_history_header",
    "within_hours",
]

_FLAGS = re.IGNORECASE
_NEAR = 3  # words (or characters) between an event had and the time that makes it recent
# words that put an event back in history even beside a recent time ("had a stroke before
# and today..."; "and" starts another clause)
_STALE = frozenset({"before", "previously", "once", "ago", "and", "but", "also", "already"})
# Dates and ages that put an event in the past: "in 2019", "2019年", "when i was 19".
_PAST_DATES = re.compile(
    r"(?<![a-z0-9])(?:in|since|back\s+in|from)\s+(?:19|20)\d\d(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d\s*年"
    r"|(?<![a-z])when\s+(?:i|he|she|they)\s+was\s+(?:\d{1,2}(?!\d)|a\s+(?:kid|child|baby|teen))"
    # an age said as "at N" in Chinese: 40岁时, 五十岁的时候, 三十岁那年
    r"|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*岁(?:时|的时候|那年|那时)"
    # a year in brackets, or just before one, as notes date past events: "(2019)",
    # "stroke 2022 (left side weak)"; never a clock time said "at 1930" or "@2015"
    r"|\(\s*(?:[a-z]{3,9}\s+)?(?:19|20)\d\d\s*\)|(?<![\d:/@.])(?<!at\s)(?P<year>(?:19|20)\d\d)\s*\(",
    _FLAGS,
)
# A history header of clinicians' notes ("PMH: CVA 2019, residual weakness", 既往史：脑梗): what
# follows it up to the end of its sentence, a clause-break word ("now", 现在) or the next header
# ("PC:", "O/E:", 现病史) is past history, not the presenting problem.
_HISTORY_HEADER = re.compile(
    r"(?<![a-z])(?:pmhx?|past\s+(?:medical\s+)?history|medical\s+history|background)\s*[:：-]"
    r"|既往(?:史|病史|疾病史)\s*[:：]?|过去史\s*[:：]?",
    _FLAGS,
)
_HEADER_END = re.compile(
    r"[!?;\n。！？；]|(?<!\d)\.(?!\d)|(?<![a-z0-9])[a-z][a-z/]{0,5}\s*[:：]"
    r"|现病史|主诉|查体|体格检查|专科检查|辅助检查",
    _FLAGS,
)
# A time of the current episode, which ends a history header's list even inside one comma-run
# line (besides the recent times of cues.yaml, "an hour ago", 刚刚): a sudden onset, "just" with
# an event, a duration in minutes or hours. NHS.uk: stroke signs, chest pain with sweating or a
# fit that will not stop are 999 now, whatever the history before them.
_CURRENT = re.compile(
    r"(?<![a-z])(?:sudden(?:ly)?|acute\s+onset|abrupt(?:ly)?)(?![a-z])"
    r"|(?<![a-z])just\s+(?:now|[a-z]+ed|ate|took|had|fell|went|got|drank|began|started)(?![a-z])"
    r"|(?<![a-z])(?:for|x|since|over|onset|past|last)\s+(?:the\s+(?:last|past)\s+)?"
    r"(?:\d+|an?|one|two|three|a\s+few|few|several|half\s+an?)\s*"
    r"(?:min(?:ute)?s?|hrs?|hours?|h)(?![a-z])"
    r"|(?<![a-z0-9])\d+\s*(?:min(?:ute)?s?|hrs?|hours?|h)\s+ago(?![a-z])"
    r"|突然|忽然|猛然"
    # a sign that is never a residual disability of a listed condition is now (NHS.uk 999: blue
    # or grey lips, not breathing, choking, unresponsive), unlike "can't use left hand" (a stroke)
    r"|(?<![a-z])(?:lips?\s+(?:(?:are|is|have|has|gone|going|turning|turned|look|looks)\s+)*(?:blue|grey|gray)"
    r"|(?:blue|grey|gray)\s+lips?|not\s+breathing|stopped\s+breathing|choking|unresponsive)(?![a-z])"
    r"|嘴唇(?:发|变)?(?:紫|青|蓝)|没有?呼吸|不呼吸|叫不醒"
    r"|(?:\d+|[一二两三四五六七八九十半几]+)\s*(?:多)?(?:分钟|个?小时(?!候)|个?钟头)",
    _FLAGS,
)
# what else says an entry is the current episode: "still", "ago", a recent time of day
_NOW_AGAIN = re.compile(
    r"(?<![a-z])(?:still|ago|just\s+now|right\s+now|tonight|today|this\s+(?:morning|afternoon|"
    r"evening))(?![a-z])|刚才|刚刚|现在|还在|仍然",
    _FLAGS,
)
# irregular past-tense verbs of an event, and the words of a place or person between such a
# verb and the time ("found him on the floor 1930", "collapsed at home 2015")
_PAST_VERBS = frozenset({"found", "fell", "woke", "began", "came", "went", "took", "ate", "got"})
_PLACE_WORDS = frozenset({"on", "at", "in", "the", "floor", "ground", "home", "him", "her", "me"})
# words that say an event is over ("collapsed 2015 (vasovagal) now fine")
_OVER = re.compile(r"(?<![a-z])(?:fine|well|ok|okay|better|recovered|normal|back)(?![a-z])", _FLAGS)
# the end of one entry of a list (a comma, a sentence end), and a year that dates an entry
# after a marker ("sudden cardiac arrest 2015": the arrest is the dated history)
_ENTRY_END = re.compile(r"[,，;；:：。！？!?\n、]|(?<!\d)\.(?!\d)")
_BARE_YEAR = re.compile(r"(?<![\d:/@.])(?:19|20)\d\d(?!\d)")
# An event had "once" (on one occasion, in the past): "had a febrile seizure once", not "once
# more / again" nor "once today" (read on the rest of the sentence: "today" starts a clause).
_HAD_ONCE = re.compile(
    r"(?<![a-z])had\s+(?:a|an|one)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+once(?![a-z])"
    r"(?!\s+(?:more|again|today|tonight|this|already|just|earlier|in\s+the\s+last))",
    _FLAGS,
)


def has_past_date(
    text: str, start: int = 0, end: int | None = None, *, sign: int | None = None
) -> bool:
    """Return True when ``text[start:end]`` names a past date or age ("in 2019", 2019年,
    五十岁时).

    A year-like number just before a bracket dates history in notes ("stroke 2022 (left side
    weak) residual weakness"), unless it reads as a 24-hour clock time (:func:`_clock_time`,
    read on in ``text`` past ``end``): then it dates nothing, or, after an event verb ("found
    on the floor 1930 (wife called) unresponsive"), not a sign at ``sign`` after the bracket."""
    for m in _PAST_DATES.finditer(text, start, len(text) if end is None else end):
        number = m.group("year")
        if number is None or int(number[2:]) > 59:
            return True  # not "HHMM" before a bracket
        close = text.find(")", m.end())
        verb = _event_verb_before(text, m.start())
        if verb and sign is not None and 0 <= close < sign:
            continue
        if not _clock_time(text, m.end(), close, verb=verb):
            return True
    return False


def _event_verb_before(text: str, start: int) -> bool:
    """Return True when the words before ``start`` tell an event with a past-tense verb, maybe
    with a place or person after it ("collapsed 2015", "found him on the floor 1930"); notes
    date a diagnosis with a noun ("MI 2019", "stroke 2022")."""
    words = re.findall(r"[a-z']+", text[max(0, start - 40) : start].lower())
    verb = next((w for w in reversed(words) if w not in _PLACE_WORDS), "")
    return verb.endswith("ed") or verb in _PAST_VERBS


def _clock_time(text: str, end: int, close: int, *, verb: bool) -> bool:
    """Return True when the entry after a time-like number (``end``; its bracket closes at
    ``close``) goes on in the current episode: "still", "ago", a recent time, a duration in
    minutes or hours, a sudden onset; or "now" after an event verb ("collapsed 2015 (daughter
    rang 999) now breathing noisily"), unless the event is over ("now fine")."""
    entry = _ENTRY_END.search(text, close + 1 if close >= 0 else end)
    after = text[end : entry.start() if entry else len(text)]
    if _CURRENT.search(after) or _NOW_AGAIN.search(after):
        return True
    now = re.search(r"(?<![a-z])now\s+(?:[a-z']+)?", after, _FLAGS)
    return verb and now is not None and not _OVER.search(now.group())


def history_headers(lowered: str) -> Iterator[re.Match[str]]:
    """Iterate over the history headers in ``lowered`` ("PMH:", "Background -", 既往史：).

    ``clinical.clauses`` blanks them before it looks for past cues in a clause: a header is
    read by its scope, so "PMH - asthma, tonight can't breathe" is not past for "pmh" alone."""
    return _HISTORY_HEADER.finditer(lowered)


def under_history_header(
    lowered: str,
    start: int,
    break_starts: Sequence[int],
    *,
    entry_end: int | None = None,
    recent: PhraseSet | None = None,
) -> bool:
    """Return True when a history header ("PMH:", 既往史：) comes before ``start`` in
    ``lowered`` with no end of its scope between: a sentence end, a clause-break word, another
    header; ``break_starts`` are the sorted starts of the text's clause breaks, of which only
    a comma or a colon keeps the scope open. A time of the current episode (``recent`` times,
    a sudden onset, a duration in minutes or hours) before ``entry_end`` (the end of the
    span's entry) ends it too, unless a year after it in its entry dates it."""
    header = None
    for m in _HISTORY_HEADER.finditer(lowered, 0, start):
        header = m
    if header is None:
        return False
    if _HEADER_END.search(lowered, header.end(), start):
        return False
    i = bisect.bisect_left(break_starts, header.end())
    while i < len(break_starts) and break_starts[i] < start:
        if lowered[break_starts[i]] not in ",，:：":
            return False
        i += 1
    return entry_end is None or not _current_after(lowered, header.end(), entry_end, recent)


def _current_after(lowered: str, start: int, end: int, recent: PhraseSet | None) -> bool:
    """Return True when ``lowered[start:end]`` names a time of the current episode that no
    year after it in its entry dates."""
    words = lowered[start:end]
    markers = list(_CURRENT.finditer(words))
    if recent is not None:
        markers += list(recent.finditer(words, words))
    for marker in markers:
        entry = _ENTRY_END.search(lowered, start + marker.end())
        rest = lowered[start + marker.end() : entry.start() if entry else len(lowered)]
        if not _BARE_YEAR.search(rest):
            return True
    return False


def had_once(text: str, clause_start: int, clause_end: int, sentence_end: int) -> bool:
    """Return True when an event had "once" starts in the clause ``clause_start:clause_end``
    (read on to ``sentence_end``: "had a fit once at a party")."""
    once = _HAD_ONCE.search(text, clause_start, sentence_end)
    return once is not None and once.start() < clause_end


def within_hours(
    text: str,
    sentence: tuple[int, int],
    event: tuple[int, int],
    *,
    past: PhraseSet,
    recent: PhraseSet,
) -> bool:
    """Return True when a time within hours (``recent``: "this morning", 刚才) stands next to
    the event had at ``event`` (at most three words between, none of them "before" or "and")
    and its ``sentence`` (a span of ``text``) names no older time (``past`` or a past date)."""
    s_start, s_end = sentence
    start, end = event
    words = text[s_start:s_end]
    if next(past.finditer(words, words.lower()), None) is not None or has_past_date(words):
        return False
    for m in recent.finditer(words, words.lower()):
        r_start, r_end = s_start + m.start(), s_start + m.end()
        between = text[end:r_start] if r_start >= end else text[r_end:start]
        units = [u.lower() for u in UNIT.findall(between)]
        if len(units) <= _NEAR and not _STALE.intersection(units):
            return True
    return False
