"""A medicine's name dictated into a phone and written by the recogniser as sound-alike words.

Speech recognisers that do not know a drug's name write it as ordinary words that sound like
it: "paris at a mole" (paracetamol), "ibby pro fen" (ibuprofen), "trauma doll" (tramadol),
"cert re lean" (sertraline). The overdose rules (TOXBASE, NHS.uk overdose advice) read the
medicine's name and a count ("took 30 paracetamol"), so a run of two to five words whose
sound key equals a medicine's is written as that medicine before the rules read the text.

The sound key is a rough English spelling-to-sound reduction: letters only, "ph" as f, "c"
before e, i or y as s and otherwise as k, "q" as k, "z" as s, "x" as ks, every vowel (and
"y") as one vowel, a doubled letter once, a final vowel dropped. Only medicines of eight
letters or more, whose keys no run of everyday words reaches by chance, are read; a single
word is left to the speller (``clinical.textprep``), and a run that is already the medicine
spelt in parts ("co codamol") is the medicine too.
"""

from __future__ import annotations

import functools
import re

# TOXBASE: medicines commonly taken in overdose (the names ``medicine_named`` and
# ``clinical.signs`` read), eight letters or more
MEDICINES = (
    "paracetamol",
    "co-codamol",
    "ibuprofen",
    "tramadol",
    "sertraline",
    "citalopram",
    "fluoxetine",
    "amitriptyline",
    "mirtazapine",
    "diazepam",
    "zopiclone",
    "naproxen",
    "pregabalin",
    "gabapentin",
    "oxycodone",
    "propranolol",
)
_WORDS = re.compile(r"[a-z]+(?:[ -]+[a-z]+)*")
_TOKEN = re.compile(r"[a-z]+")
_MIN_RUN = 2
_MAX_RUN = 5
_MIN_KEY = 6


def sound_key(word: str) -> str:
    """Return the rough sound key of ``word`` (see the module docstring)."""
    s = re.sub(r"[^a-z]", "", word.lower())
    s = s.replace("ph", "f").replace("ck", "k").replace("x", "ks")
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = s.replace("c", "k").replace("q", "k").replace("z", "s")
    s = re.sub(r"[aeiouy]+", "a", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if len(s) > 1 and s.endswith("a") else s


@functools.cache
def _keys() -> dict[str, str]:
    return {sound_key(name): name for name in MEDICINES}


def read_medicine_sounds(lowered: str) -> str:
    """Return ``lowered`` with runs of two to five words that sound like a medicine's name
    written as the name ("took 30 paris at a mole tablets" -> "took 30 paracetamol tablets")."""
    keys = _keys()

    def run(match: re.Match[str]) -> str:
        words = list(_TOKEN.finditer(match.group()))
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(_MAX_RUN, len(words) - i), _MIN_RUN - 1, -1):
                part = words[i : i + size]
                key = sound_key("".join(w.group() for w in part))
                if len(key) >= _MIN_KEY and key in keys:
                    out.append(keys[key])
                    i += size
                    break
            else:
                out.append(words[i].group())
                i += 1
        return " ".join(out) if len(out) < len(words) else match.group()

    return _WORDS.sub(run, lowered)
