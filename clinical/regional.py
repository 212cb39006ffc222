"""Regional English words written as the rules read them (deterministic rewrites).

A few dialect words change what a sentence says to the rules, not only how it sounds:

- Scots and Northern English **wee** is also "small" ("a wee cold", "the wee one", "wee midgie
  bite"). As a urinary word it opens the urinary family and reads as a urinary sign, so an
  adjective "wee" is written "little" before a person or a minor complaint ("my wee boy", "a wee
  cold", "wee midgie bite", "a wee sore throat"); "need a wee", "a wee sample", "my wee burns",
  "his wee smells", "one wee all day" stay urinary.
- Scots **nae** is "no" ("nae temperature", "nae bother") and its verb forms are the English
  negations ("cannae breathe" -> "can't breathe", "dinnae", "disnae", "didnae", "isnae",
  "wouldnae"; also "canna"), as are Jamaican Creole **cyaan** ("mi cyaan breathe") and the
  Dictionary of the Scots Language's other spellings of these words.
- Caribbean **likkle** / **lickle** is "little" ("a likkle cough").

Only lowercased English changes; Chinese passes through.
"""

from __future__ import annotations

import re

__all__ = ["read_regional"]

# "wee" before a person or a minor complaint (any determiner or none): "my wee boy", "a wee
# cold", "wee midgie bite"; after "a" also before a word of degree or a passing illness ("a wee
# sore throat", "a wee tummy bug")
_SMALL_NOUNS = (
    r"bit|bits|while|one|ones|boy|boys|girl|girls|lad|lass|lassie|man|wean|weans|bairn|bairns|"
    r"baby|yin|fella|guy|sister|brother|son|daughter|cold|cough|sniffle|snuffle|bump|cut|"
    r"graze|scratch|bite|bites|midgie|midgies|midge|rash|spot|spots|lump|blister|temperature|"
    r"headache|niggle|tickle|touch|dram|hangover"
)
_AFTER_A = r"sore|tummy|bug|virus|twinge|ache|tickly|runny|dry|itchy|red|chesty|head|stomach"
_WEE_NOUN = re.compile(
    rf"(?<![a-z'])wee(?=\s+(?:{_SMALL_NOUNS})(?![a-z']))"
    rf"|(?<=a )wee(?=\s+(?:{_AFTER_A})(?![a-z']))"
)
_NAE_VERB = re.compile(
    r"(?<![a-z'])(can|did|does|do|din|dis|is|was|were|would|could|should|has|have|had|will|wid|wis)"
    r"nae(?![a-z'])"
)
_NAE_VERBS = {"can": "ca", "din": "do", "dis": "does", "wid": "would", "wis": "was", "will": "wo"}
_CANNA = re.compile(r"(?<![a-z'])(?:canna|cyaan)(?![a-z'])")
_NAE = re.compile(r"(?<![a-z'])nae(?![a-z'])")
_LIKKLE = re.compile(r"(?<![a-z'])(?:likkle|lickle|likle)(?![a-z'])")


def read_regional(lowered: str) -> str:
    """Return ``lowered`` (lowercased English) with the regional words above written out."""
    if "wee" in lowered:
        lowered = _WEE_NOUN.sub("little", lowered)
    if "nae" in lowered:
        lowered = _NAE_VERB.sub(lambda m: _NAE_VERBS.get(m.group(1), m.group(1)) + "n't", lowered)
        lowered = _NAE.sub("no", lowered)
    if "canna" in lowered or "cyaan" in lowered:
        lowered = _CANNA.sub("can't", lowered)
    if "kle" in lowered:
        lowered = _LIKKLE.sub("little", lowered)
    return lowered
