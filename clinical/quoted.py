"""Find a verdict quoted from a non-clinical source: it never sets the level.

"google says it's probably just a migraine", "chatgpt told me it's anxiety", 小红书上说是痔疮,
網上話係肌肉拉傷啫: the words of the verdict are the source's, not the patient's, and by
guidance (NHS.uk condition pages, NICE CKS) the level comes from the patient's own signs. The
four-level decision reads its self-care evidence without these clauses; the red flags hold back
a diagnosis (a concept marked ``verdict``) named only inside one. The word lists are data
(``clinical/data/quoted_verdicts.yaml``).
"""

from __future__ import annotations

import functools
import re

from clinical.loading import DATA_DIR, read_yaml
from clinical.textprep import to_simplified

_CLAUSE_END = r"[,.;!?\n，。；！？、…]"


def _words(items: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = read_yaml(DATA_DIR / "quoted_verdicts.yaml")
    en, zh = data["en"], data["zh"]
    inside = _CLAUSE_END.replace("[", "[^", 1)
    # the quote's words run on to a contrast word or, past its first two words, a new subject
    en_stop = rf"(?!\b(?:{_words(en['ends'])})\b)"
    en_new = rf"(?!\s(?:{_words(en['subjects'])})(?![\w']))"
    english = (
        rf"(?<![\w'])(?:{_words(en['sources'])})(?![\w'])"
        rf"(?:(?!\b(?:{_words(en['clinicians'])})\b)[^,.;!?\n，。]){{0,30}}?"
        rf"(?<![\w'])(?:{_words(en['verbs'])})(?![\w'])"
        rf"(?:\s+{en_stop}[^\s,.;!?\n，。；！？]+){{0,2}}"
        rf"(?:{en_stop}{en_new}{inside})*"
        rf"|according to (?:\s+{en_stop}[^\s,.;!?\n，。；！？]+){{0,2}}"
        rf"(?:{en_stop}{en_new}{inside})*"
    )
    zh_stop = rf"(?!{_words(zh['ends'])})"
    chinese = (
        rf"(?<![a-z])(?:{_words(zh['sources'])})(?![a-z])"
        rf"(?:(?!{_words(zh['clinicians'])})[^。；！？!?;\n]){{0,8}}?(?:{_words(zh['verbs'])})"
        rf"(?:{zh_stop}{inside}){{0,2}}"
        rf"(?:{zh_stop}(?!{_words(zh['subjects'])}){inside})*"
    )
    return re.compile(f"{english}|{chinese}", re.I)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` (already simplified) that quote a non-clinical verdict."""
    return [m.span() for m in _pattern().finditer(text) if m.end() > m.start()]


def without_quoted_verdicts(text: str) -> str:
    """Return ``text`` (simplified) with each clause that quotes a non-clinical verdict blanked."""
    return _pattern().sub(" ", to_simplified(text))
