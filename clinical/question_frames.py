"""Whether a sign after a question or conditional frame is asked about or happening now.

People ask about what is happening to them, or to someone with them, in the frame of a
question or a condition: "should I worry if my dad's face looks droopy and he's talking funny
since lunch", "do I need to come in for chest pain that started 20 minutes ago", "要是我妈刚刚
吃了一整瓶安眠药，会不会有事". The same frames also ask in general: "what should I do if I ever
get chest pain", "is it normal for a baby's lips to go blue when they cry?", "如果以后胸口痛
要怎么办".

A sign after a cue counts as hypothetical (``clinical.clauses``) when the cue comes before it
in its sentence with no present assertion in between (``assertion``: "i have", "right now").
Three kinds of cue (``cues.yaml``):

- ``hypothetical``: always a hypothetical or a general question ("in case", "if I ever",
  "signs of", "in the film", 预防, 担心会);
- ``question_frames``: a conditional frame that is either ("should I worry if", "do I need",
  "if my", "is it bad if", 如果, 要是). The sign counts as a present report when the frame
  is **anchored now**: a ``present_anchor`` (a time of the current episode: "since lunch",
  "20 minutes ago", "this morning", "right now", 刚才, 从中午开始, 今天) stands between the
  frame and the end of the sentence after the sign's (the writer often adds it after a
  question mark: "does it matter? it started an hour ago"), no ``generic`` word makes the
  frame general between the frame and the sign ("ever", "someone", "you", "a baby",
  "usually", "next week", 以后, 有人, 一般), and nothing in the window says the question is
  asked ahead or that all is well now (``asking_ahead``: "just wondering", "everyone's fine
  now", 现在没事, 想提前了解). A frame about the care sought (``care_sought`` between the
  frame and the sign: "do I need to go to A&E for chest pain", 如果去急诊看胸口痛要多少钱; or
  the sign given as its reason, ``care_reasons``: 如果我因为胸口痛去急诊要自费吗) tells the sign
  as now, as a present anchor does. A ``hypothetical`` cue anywhere before the sign in its
  sentence wins over a frame ("what if my chest pain comes back?");
- ``general_frames``: a question whether a sign is normal, what it means or what causes it
  ("is it normal to", "what does it mean when", "can ... cause", "why do people"). Usually
  about the writer's own complaint ("is it normal to have a sore throat for 2 days?"), so
  general only with a ``generic`` word between it and the sign ("is it normal for a baby's
  lips to go blue when they cry?"). A conditional frame inside a general one ("what does it
  mean if my son's rash doesn't fade under a glass?") is read as the general frame.

Factive frames ("is it normal that my baby is grunting", "why is my 2 year old so floppy",
"这样正常吗", "要不要紧" after the report) presuppose the sign and are no cue at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clinical.matching import PhraseSet

__all__ = ["FrameCues", "is_hypothetical", "last_match"]

# "for 20 minutes", "for the last hour", "3 hours now": a duration of the current episode in
# minutes or hours (days are often a general "for a few days"); "4 days after giving birth":
# the time since the event the sign follows
_COUNT = r"(?:\d+|an?|half an|one|two|three|several|a few|a couple of)"
_DURATION_NOW = re.compile(
    rf"\bfor (?:the (?:last|past) {_COUNT}?|{_COUNT}) ?(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\b"
    rf"|\b{_COUNT} ?(?:min(?:ute)?s?|h(?:ou)?rs?|hours?) now\b"
    r"|\b\d+ ?(?:days?|weeks?) (?:after|since)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FrameCues:
    """Compiled cues of a question or conditional frame (see the module docstring)."""

    frames: PhraseSet
    generic: PhraseSet
    anchors: PhraseSet
    ahead: PhraseSet
    general: PhraseSet
    care: PhraseSet | None = None
    reasons: PhraseSet | None = None

    @classmethod
    def build(cls, *lists: list[str]) -> FrameCues:
        """Compile the frames, generic words, present anchors, asking-ahead words, general
        frames, and (optionally) the care sought and its reason words (taken literally,
        without inflection)."""
        frames, generic, anchors, ahead, general, *care = (
            PhraseSet(p, inflect=False) for p in lists
        )
        return cls(frames, generic, anchors, ahead, general, *care)

    def about_care(self, frame_to_sign: str, window: str) -> bool:
        """Return True when the frame asks about the care sought, the sign its reason: the care
        between the frame and the sign ("do I need to go to A&E for chest pain", 如果去急诊看胸口
        痛), or a reason word there with the care after the sign (如果我因为胸口痛去急诊)."""
        if self.care is None:
            return False
        if next(self.care.finditer(frame_to_sign, frame_to_sign.lower()), None) is not None:
            return True
        return (
            self.reasons is not None
            and next(self.reasons.finditer(frame_to_sign, frame_to_sign.lower()), None) is not None
            and next(self.care.finditer(window, window.lower()), None) is not None
        )

    def is_generic(self, frame_to_sign: str) -> bool:
        """Return True when a generic word makes the frame general ("ever", "a baby")."""
        return next(self.generic.finditer(frame_to_sign, frame_to_sign.lower()), None) is not None

    def general_or_ahead(self, window: str) -> bool:
        """Return True when a generic word anywhere in ``window`` makes the question general,
        or an asking-ahead word does with no present anchor ("just wondering" beside "since
        an hour" is still a report)."""
        if self.is_generic(window):
            return True
        lowered = window.lower()
        if next(self.ahead.finditer(window, lowered), None) is None:
            return False
        return (
            next(self.anchors.finditer(window, lowered), None) is None
            and _DURATION_NOW.search(window) is None
        )

    def anchored(self, frame_to_sign: str, window: str) -> bool:
        """Return True when a frame is a present report: no generic word in ``frame_to_sign``
        (the frame up to the sign's end) and a present anchor in ``window`` (the frame to
        the end of the sentence after the sign's)."""
        if self.is_generic(frame_to_sign):
            return False
        lowered = window.lower()
        if next(self.ahead.finditer(window, lowered), None) is not None:
            return False
        return (
            self.about_care(frame_to_sign, window)
            or next(self.anchors.finditer(window, lowered), None) is not None
            or _DURATION_NOW.search(window) is not None
        )


def last_match(phrases: PhraseSet, text: str) -> re.Match[str] | None:
    """Return the last match of ``phrases`` in ``text``, or None."""
    last = None
    for last in phrases.finditer(text, text.lower()):  # noqa: B007 - keep the last
        pass
    return last


def is_hypothetical(
    hypothetical: PhraseSet,
    assertion: PhraseSet,
    frames: FrameCues | None,
    masked: str,
    span: tuple[int, int, int, int],
) -> bool:
    """Return True when the sign is asked about, not had.

    ``span`` is (sentence start, sign start, sign end, end of the sentence after the sign's)
    in ``masked`` (the text with pseudo-cues blanked).
    """
    s_start, start, end, window_end = span
    sentence = masked[s_start:start]
    cue = last_match(hypothetical, sentence)
    frame = general = None
    inside = False
    if cue is None and frames is not None:
        frame = last_match(frames.frames, sentence)
        general = last_match(frames.general, sentence)
        # a frame inside the general one ("what does it mean if my ...": the "if" is the
        # general frame's own) is the general frame, asked ahead or in general only by its
        # whole sentence ("... if my chest pain comes back in future?", "just asking ahead")
        inside = frame is not None and general is not None and frame.start() < general.end()
        if frame is not None and general is not None and (general.end() > frame.end() or inside):
            frame = None  # the later of the two decides
        cue = frame or general
    if cue is None:
        return False
    after = sentence[cue.end() :]
    if next(assertion.finditer(after, after.lower()), None) is not None:
        return False
    if frames is None or (frame is None and general is None):
        return True
    frame_start = s_start + cue.start()
    if inside:
        return frames.general_or_ahead(masked[frame_start:window_end])
    if frame is None:
        return frames.is_generic(masked[frame_start:end])
    return not frames.anchored(masked[frame_start:end], masked[frame_start:window_end])
