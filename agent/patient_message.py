"""A patient's message as it enters the product: cleaned and its language read, once.

The interfaces (the patient chat, ``triage chat``) hand raw text to
:meth:`agent.conversation.Conversation.turn`, or read it first with :func:`read_message` to
refuse an unusable message before anything is stored; either way the text is cleaned and its
language detected here, once, and the graph's run takes the result as its input
(``agent.graph.turn_input``; nothing detects it again).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from clinical.language import detect_language, supported
from clinical.messages import text as message_text
from core.errors import InputRejected

# Control characters, invisible format characters (zero-width space, direction marks and
# overrides, word joiners, BOM) and Unicode tag characters, which can smuggle invisible text
# into a prompt. Zero-width (non-)joiners U+200C/U+200D stay: emoji sequences and several
# scripts need them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)


@dataclass(frozen=True)
class PatientMessage:
    """The cleaned text and the language it is written in."""

    text: str
    language: str | None  # "en" or "zh"; None when the text has no letters to tell by

    def language_in(self, conversation_language: str) -> str:
        """Return the message's language, or the conversation's for a message without
        letters ("3", "?")."""
        return self.language or supported(conversation_language)


def read_message(raw: str) -> PatientMessage:
    """Clean ``raw`` (see :func:`clean_text`) and detect its language; never raises."""
    cleaned = clean_text(raw)
    found = detect_language(cleaned, default="")
    return PatientMessage(text=cleaned, language=supported(found) if found else None)


def clean_text(raw: str) -> str:
    """Return ``raw`` fit to store: valid UTF-8, NFC, no control or invisible characters,
    ``\\n`` line ends, no surrounding blanks."""
    text = _SURROGATE.sub("\ufffd", raw)  # lone surrogates cannot be stored as UTF-8
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n").strip()


def check_message(message: PatientMessage, *, max_chars: int, language: str) -> None:
    """Raise :class:`InputRejected` (in ``language``) if the message is empty or too long."""
    if not message.text:
        raise InputRejected(message_text("input_empty", language), code="empty")
    if len(message.text) > max_chars:
        raise InputRejected(
            message_text("input_too_long", language, limit=str(max_chars)), code="too_long"
        )


def clean_message(raw: str, *, max_chars: int, language: str) -> str:
    """Return the message fit to store, or raise :class:`InputRejected` with a clear reason.

    ``language`` is the conversation's: the reason is given in the message's own language,
    or in that one when the message has no letters.
    """
    message = read_message(raw)
    check_message(message, max_chars=max_chars, language=message.language_in(language))
    return message.text
