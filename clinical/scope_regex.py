"""What the scope guard's regular expressions can match, read from the patterns themselves.

- :func:`required_literal`: a run of caseless letters every match contains, so a text without it
  is not searched (a pattern opening with some 200 conditions cost about 1 ms per 100 characters);
- :func:`stops`: the sentence ends no pattern can match across, and how far any pattern looks
  ahead, so :class:`clinical.scope.StreamCheck` reads a growing reply from its last stop only.

Both walk the standard library's own parse of each pattern (``re._parser``, Python >= 3.11).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from re import _constants as _sre  # type: ignore[attr-defined]  # the stdlib's own regex parser
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # (Python >= 3.11)
from typing import Any

__all__ = ["SENTENCE_END_CHARS", "required_literal", "stop_source", "stops"]

SENTENCE_END_CHARS = (
    ".!?;\n。！？；"  # the characters a sentence can end at (scope's _SENTENCE_END)
)


def required_literal(pattern: re.Pattern[str]) -> str | None:
    """Return the longest run of caseless letters (CJK and the like, Unicode category Lo)
    that stands at the top level of ``pattern``, so every match contains it; else None.

    A pattern that opens with a long alternation (``(?:<conditions>)无疑``: some 200
    conditions) is tried at every position of the text, which made the guard's check of a
    streamed reply cost about 1 ms per 100 characters; a plain substring test answers first.
    Only caseless characters count, so ``re.IGNORECASE`` cannot make a match that lacks the
    run, and only top-level ones, which every match passes through in order.
    """
    runs: list[str] = []
    current = ""
    for op, value in _sre_parse.parse(pattern.pattern, pattern.flags):
        if op is _sre.LITERAL and unicodedata.category(chr(value)) == "Lo":
            current += chr(value)
            continue
        if current:
            runs.append(current)
        current = ""
    if current:
        runs.append(current)
    return max(runs, key=len) if runs else None


class _Unsupported(Exception):
    """A regular-expression construct the stop analysis does not know."""


_CATEGORIES = {
    _sre.CATEGORY_DIGIT: re.compile(r"\d"),
    _sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    _sre.CATEGORY_SPACE: re.compile(r"\s"),
    _sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    _sre.CATEGORY_WORD: re.compile(r"\w"),
    _sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_DIGITS = [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)])]
_ODD_FLAGS = re.DOTALL | re.ASCII | re.LOCALE  # "." takes a newline; \d, \s, \w change


def stop_source(stops: frozenset[str]) -> str:
    plain = "".join(re.escape(c) for c in sorted(stops - {"."}))
    parts = ([f"[{plain}]"] if plain else []) + ([r"\.(?!\d)"] if "." in stops else [])
    return "|".join(parts)


def stops(patterns: Sequence[re.Pattern[str]]) -> tuple[frozenset[str], int]:
    """Return the sentence ends no pattern can match across, and the patterns' look-ahead.

    A stop is a character of ``_SENTENCE_END`` that no character-consuming part of any
    pattern can match, or "." when every part that can match it must be followed by a
    digit (then a "." before anything else, which ends a sentence, is a stop). The
    look-ahead is the most characters any pattern reads past where it stands (``\\b``,
    ``(?!...)``). Anything the analysis does not know gives no stops: the caller then
    checks the whole text each time.
    """
    crossable: set[str] = set()
    lookahead = [1]
    try:
        for pattern in patterns:
            parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
            if parsed.state.flags & _ODD_FLAGS:
                raise _Unsupported(f"{pattern.pattern!r}: flags {parsed.state.flags}")
            if parsed.getwidth()[0] < 1:
                raise _Unsupported(f"{pattern.pattern!r} can match empty text")
            _walk(list(parsed), crossable, lookahead)
    except _Unsupported:
        return frozenset(), 1
    return frozenset(SENTENCE_END_CHARS) - crossable, lookahead[0]


def _walk(items: list[tuple[Any, Any]], crossable: set[str], lookahead: list[int]) -> None:
    for i, (op, av) in enumerate(items):
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            for char in SENTENCE_END_CHARS:
                if _consumes(op, av, char) and not (char == "." and _digit_next(items, i)):
                    crossable.add(char)
        elif op in _REPEATS:
            _walk(list(av[2]), crossable, lookahead)
        elif op is _sre.SUBPATTERN:
            if av[1] & _ODD_FLAGS:  # (?s:...), (?a:...)
                raise _Unsupported("scoped flags")
            _walk(list(av[-1]), crossable, lookahead)
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                _walk(list(alternative), crossable, lookahead)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            direction, sub = av
            if direction > 0:  # look-ahead; a look-behind reads what comes before
                width = sub.getwidth()[1]
                if width >= _sre.MAXREPEAT:
                    raise _Unsupported("unbounded look-ahead")
                lookahead[0] = max(lookahead[0], width)
        elif op is _sre.AT:
            pass  # \b reads one character ahead; ^ and $ are far from any stop used
        else:
            raise _Unsupported(str(op))


def _digit_next(items: list[tuple[Any, Any]], i: int) -> bool:
    if i + 1 >= len(items):
        return False
    op, av = items[i + 1]
    if op is _sre.IN:
        return [(op, av)] == _DIGITS
    return op in _REPEATS and av[0] >= 1 and list(av[2]) == _DIGITS


def _consumes(op: Any, av: Any, char: str) -> bool:
    """Return True when one regex part (case-insensitively) can match ``char``."""
    variants = {char, char.lower(), char.upper()}
    if op is _sre.LITERAL:
        return chr(av) in variants
    if op is _sre.NOT_LITERAL:
        return chr(av) not in variants
    if op is _sre.ANY:
        return char != "\n"
    negate = bool(av) and av[0][0] is _sre.NEGATE
    hit = False
    for item_op, item_av in av[1:] if negate else av:
        if item_op is _sre.LITERAL:
            hit |= chr(item_av) in variants
        elif item_op is _sre.RANGE:
            hit |= any(item_av[0] <= ord(v) <= item_av[1] for v in variants)
        elif item_op is _sre.CATEGORY and item_av in _CATEGORIES:
            hit |= bool(_CATEGORIES[item_av].match(char))
        else:
            raise _Unsupported(str(item_op))
    return hit != negate
