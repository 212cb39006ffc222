"""Which of the supported languages a patient's message is written in."""

from __future__ import annotations

import re
import unicodedata

SUPPORTED = ("en", "zh")

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def detect_language(text: str, default: str = "en") -> str:
    """Return "zh" or "en" for ``text``, or ``default`` when it has no letters at all.

    A Han character carries about as much as a Latin word, so the text counts as Chinese
    when its Han characters are at least as many as its Latin-script words ("我有chest
    pain" is Chinese, "I ate 饺子 yesterday" is English). Letters of other scripts count
    as one unit each against the Han characters.
    """
    text = unicodedata.normalize("NFKC", text)
    han = len(_HAN.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    other = sum(
        1
        for ch in _LATIN_WORD.sub(" ", _HAN.sub(" ", text))
        if unicodedata.category(ch).startswith("L")
    )
    if han == 0 and latin == 0 and other == 0:
        return default
    return "zh" if han > 0 and han >= latin + other else "en"


def supported(lang: str | None) -> str:
    """Return ``lang`` as one of SUPPORTED ("zh-CN" -> "zh"); anything else becomes "en"."""
    primary = re.split(r"[-_]", (lang or "").strip().lower(), maxsplit=1)[0]
    return primary if primary in SUPPORTED else "en"
