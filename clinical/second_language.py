"""Second-language English grammar written as the rules read it (deterministic rewrites).

Someone who learnt English later often drops the auxiliary that carries a negation or puts
the negation before the modal: "he no can wake up", "she not can talk", "my baby not want
feed", "i not want to live". Each rewrite gives the standard form with the same meaning
("can't wake up", "don't want to feed"), so every rule phrase written in standard English
reads it; nothing else changes. "A bit" said without its article ("throat bit dry") gets it
back. Learner English (speakers of Chinese, South Asian languages, Arabic, Slavic languages,
Spanish, Portuguese; text put through a translator) also doubles a word for intensity ("big big",
"fast fast": very big, very fast; "shaking shaking": shaking), says "good" for "well" after a
negated verb ("cannot breathe good": can't breathe properly), "no strong" for weak, and
"confuse" for confused. The matcher itself also tolerates dropped auxiliaries inside a phrase
("since baby born", "he not answer"; ``clinical.matching``).
"""

from __future__ import annotations

import re

__all__ = ["standardise"]

# "no can", "not can", "no could", "not can't": the negation before the modal
_NEG_MODAL = re.compile(r"(?<![a-z'])(?:no|not)\s+(?:can(?:'?t|not)?|could)(?![a-z'])")
# "not want (to) X", "no want X", "not wants": a dropped do-support ("do not want", "would
# not want" stay as they are)
_NEG_WANT = re.compile(
    r"(?<![a-z'])(?<!do )(?<!does )(?<!did )(?<!would )(?<!will )(?:no|not)\s+wants?"
    r"(?:\s+to)?(?![a-z'])"
)


# "her throat bit dry", "nose bit runny": the article of "a bit" dropped (Chinese 有点, Malay
# "sikit" said as "bit"), only before a word for how a complaint feels, so "the dog bit her"
# stays a bite
_BARE_BIT = re.compile(
    r"(?<![a-z'])(?<!a )(?<!little )(?<!tiny )bit\s+(?=(?:dry|sore|itchy|scratchy|runny|blocked|"
    r"tired|achy|stiff|tender|swollen|red|warm|hot|cold|painful|dizzy|off|better|worse|"
    r"uncomfortable|tight|wheezy|chesty|snotty|queasy|sick|nauseous)(?![a-z]))"
)


# Reduplication for intensity (Chinese 大大, 快快; Malay, Hindi/Urdu, Tagalog, West African
# English): a gradable word said twice is "very" that word; another word said twice is the
# word once ("shake shake her", "shaking shaking"). Never an intensifier doubled ("very very"
# stays), a fixed pair ("so so" is middling, "bye bye", "night night") or a number.
_GRADABLE = frozenset(
    {"big", "small", "little", "much", "many", "heavy", "hard", "fast", "slow", "bad", "strong"}
    | {"weak", "hot", "cold", "high", "low", "deep", "red", "black", "yellow", "blue", "white"}
    | {"pale", "sleepy", "tired", "dizzy", "sick", "swollen", "sore", "itchy", "quick", "long"}
    | {"short", "dark", "thick"}
)
_NOT_DOUBLED = frozenset(
    {"very", "really", "so", "bye", "night", "knock", "tut", "chop", "choo", "boo", "yes"}
    | {"no", "now", "that", "had", "is"}
)
_DOUBLED = re.compile(r"(?<![a-z'])([a-z]{3,})\s+\1(?![a-z'])")
# "cannot breathe good", "not wake up good", "can't speak good": "good" for "well" after a
# negated verb (and its particle) is "properly", the word the rules use ("can't speak properly")
_NEG_GOOD = re.compile(
    r"(?<![a-z'])((?:can'?t|cannot|can not|not|no|don'?t|doesn'?t)\s+[a-z]+(?:\s+(?:up|out|in))?)"
    r"\s+good(?![a-z'])"
)
# "arm no strong", "leg not strong": the learner negator before the adjective is "weak"
# (Chinese 没力 / 不够力 as "no strong"); only "strong" itself, and not "not strong enough"
_NO_STRONG = re.compile(r"(?<![a-z'])(?:no|not)\s+strong(?![a-z'])(?!\s+enough)")
# "she is confuse", "very confuse", "now he confuse": the adjective said as the verb's bare
# form; never the verb with its object or after "to" / "don't" ("don't confuse me")
_CONFUSE = re.compile(
    r"(?<![a-z'])(?<!to )(?<!t )(?<!not )confuse(?![a-z'])"
    r"(?!\s+(?:me|him|her|them|us|you|it|the|a|my|his|with)(?![a-z']))"
)


def _undouble(match: re.Match[str]) -> str:
    word = match.group(1)
    if word in _NOT_DOUBLED:
        return match.group(0)
    return f"very {word}" if word in _GRADABLE else word


def standardise(lowered: str) -> str:
    """Return ``lowered`` (lowercased English) with second-language grammar written out."""
    lowered = _DOUBLED.sub(_undouble, lowered)
    if "good" in lowered:
        lowered = _NEG_GOOD.sub(r"\1 properly", lowered)
    if "strong" in lowered:
        lowered = _NO_STRONG.sub("weak", lowered)
    if "confuse" in lowered:
        lowered = _CONFUSE.sub("confused", lowered)
    if "bit" in lowered:
        lowered = _BARE_BIT.sub("a bit ", lowered)
    if "no" not in lowered:  # "no" is in "not" too
        return lowered
    lowered = _NEG_MODAL.sub("can't", lowered)
    return _NEG_WANT.sub("don't want to", lowered)
