"""Second-language English grammar written as the rules read it (deterministic rewrites).

Someone who learnt English later often drops the auxiliary that carries a negation or puts
the negation before the modal: "he no can wake up", "she not can talk", "my baby not want
feed", "i not want to live". Each rewrite gives the standard form with the same meaning
("can't wake up", "don't want to feed"), so every rule phrase written in standard English
reads it; nothing else changes. "A bit" said without its article ("throat bit dry") gets it
back. The matcher itself also tolerates dropped auxiliaries inside a phrase ("since baby born",
"he not answer"; ``clinical.matching``).
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


def standardise(lowered: str) -> str:
    """Return ``lowered`` (lowercased English) with second-language grammar written out."""
    if "bit" in lowered:
        lowered = _BARE_BIT.sub("a bit ", lowered)
    if "no" not in lowered:  # "no" is in "not" too
        return lowered
    lowered = _NEG_MODAL.sub("can't", lowered)
    return _NEG_WANT.sub("don't want to", lowered)
