"""Whether a phrase match counts: negation, the past, hypotheticals and other people's words.

A message is cut into clauses. Punctuation always ends one, and so does a space between
Chinese characters (phone typists use spaces as commas) and an emoji or emoticon after a word
that leaves no clause open ("had a stroke in 2019 😢 face drooping", 没有发烧🙏嘴唇发紫).
Without punctuation a clause also starts at a new subject ("i", "im", "my", 我, 他), a time
word ("now", "today", 现在) or a conjunction ("but", 但是), unless the word before binds it to
the clause ("if i", "pain in my chest", "让我"): ``clause_breaks``, ``subjects`` and
``binders`` in red_flags/cues.yaml.

A match does not count, and :meth:`Analysis.why_not` says why, when:

- **negated**: a negation cue comes shortly before it in its clause ("no chest pain",
  "没有胸痛");
- **past**: a past-time cue is anywhere in its clause ("chest pain last year", "去年"), or
  ``clinical.past_history`` reads it as history: a past date ("in 2019"), a history header
  over it ("PMH:", 既往史：), an event had once, or an event named as had ("I had a stroke")
  with no time within hours right beside it;
- **hypothetical**: a hypothetical cue or an unanchored question frame comes before it in
  its sentence (``clinical.question_frames``), or a question about the sign follows it at once
  ("中风有哪些表现", "中風有咩徵狀": ``asked_after``), or its clause ends in a question
  mark with a question about it shortly after ("what does anaphylaxis look like?",
  "心肌梗死和心绞痛有什么区别？": ``asked_question``);
- **other_person**: someone outside the household is the subject ("my neighbour", "朋友")
  with no first-person word in between, and either the clause is in the past or the
  writer says they are fine ("I'm fine", "我没事") while the other's danger is not told as
  now or in their own words ("right now", "she says", 他说他: ``other_now``). Family members
  always count: the caller is usually with them. Whose finding joins whose in a rule is
  ``clinical.persons``.

Pseudo-cues ("not sure", "without any warning", "never felt like this", "没想到",
"不知道怎么回事") are blanked out first, so they negate nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Literal

from clinical import past_history
from clinical.clause_cues import NegationCues
from clinical.matching import (
    HAN_CHARS,
    UNIT,
    LiteralIndex,
    PhraseSet,
    blank_spans,
    is_chinese,
    normalize,
)
from clinical.question_frames import is_hypothetical
from clinical.question_frames import last_match as _last

Reason = Literal["negated", "past", "hypothetical", "other_person"]

_FLAGS = re.IGNORECASE
# A sentence also ends at a numbered list's item marker written on one line ("1) is it normal
# to ... 2) can you ... 3) i took 30 paracetamol"): each item is its own sentence, so a general
# question in one item does not reach a report in the next (an age in brackets, "(70)", is no
# marker: the marker stands after a space or at the start). A dash with a space either side
# (" - ", " – ", " — ") or a Chinese dash (——) ends a clause as a full stop does ("had a heart
# attack in 2019 - crushing chest pain"); a hyphen inside a word ("left-sided", "6-year-old")
# or a range between two numbers ("7 - 8 out of 10") is none. A space between an English
# negation or "or" and a Chinese word is none either: "No redness or 化脓" negates the 化脓
# (rules-kd, set 64: English with a Chinese word dropped in).
_HARD = re.compile(
    rf"[!?;:\n。！？；：,，]|(?<!\d)\.|\.(?!\d)|(?<=[{HAN_CHARS}])\s+"
    rf"|(?i:(?<!\bno)(?<!\bnot)(?<!\bor)(?<!\bnor)(?<!n't))\s+(?=[{HAN_CHARS}])"
    r"|(?<!\S)\d{1,2}\)(?=\s)|(?<!\d)\s+[-\u2013\u2014]{1,2}\s+|\s+[-\u2013\u2014]{1,2}\s+(?!\d)|\u2014\u2014"
)
# A full stop, a question or exclamation mark or a new line ends a sentence whose pieces a
# comma only separates (``Analysis._carried_other``); a decimal point does not.
_FULL_STOP = re.compile(r"[!?\n。！？]|(?<!\d)\.|\.(?!\d)")
_OTHERS_OWN = re.compile(r"(?:'s|s')\s+|的|嘅|个")
# An emoji or emoticon ends a clause where it stands between two (issue 13: a cue's scope ends
# at its clause, punctuated or not): chat puts one where the full stop or comma would be ("had a
# stroke in 2019 😢 face drooping", "no fever xD crushing chest pain", 以前中风过😭说话不清楚).
# Pictographs and the face symbols (☹ ☺ ❤), not the ticks and crosses of a form (☒ ✓ ✗); an
# emoticon typed in letters or symbols ("xD", "T_T", "QAQ", "^^", "-_-", ">_<", "=(") stands
# apart from any word. ":(" and ";)" already break at their colon or semicolon. An emoji that
# stands for a word (🤮 vomiting) was written out before (``clinical.textprep.write_out_emoji``).
_PICTOGRAPH = "[\U0001f300-\U0001faff\u2639\u263a\u2763\u2764]"
_EMOJI_END = re.compile(
    rf"{_PICTOGRAPH}[{_PICTOGRAPH[1:-1]}\ufe0f\u200d]*"
    r"|(?<![a-z0-9])(?:xd+|qaq|qwq|qq|t_+t|t\^t|orz)(?![a-z0-9])"
    r"|\^_*\^|-_+-|>_*<|=\(|=\)",
    re.IGNORECASE,
)
# Words that leave their clause open, so an emoji right after one sits inside it ("had a 😭
# stroke", "never had 😅 chest pain"): besides a negation cue ("no 😅 chest pain", 没有😬发烧)
# and the binders of cues.yaml ("pain in 😭 my chest").
_OPEN_WORD = re.compile(
    "a|an|the|any|my|his|her|their|our|your|had|have|has|got|been|felt|was|were|is|are|am|"
    "very|really|so"
)
# Prepositions that carry the clause on after an emoji ("do i need to worry 😬 about coughing
# up blood"): the emoji stands inside it.
# a past time said first binds the writer to its clause ("last month I passed out": binders in
# cues.yaml), but an emoji after the time still ends it ("2 yrs ago 😬 got stung today": rules-kh)
_TIME_BINDERS = frozenset({"month", "year", "ago"})
_TIME_HAN_BINDERS = ("去年", "前年", "年前", "个月前", "上个月", "旧年")
_CARRIED_ON = re.compile(r"\s*(?:about|of|to|for|with|from|into|onto|than)(?![a-z])", re.I)
_ASKED_GAP = 16  # characters between a sign and a question about it ("和心脏骤停有什么区别")
# A negated list written with commas and closed by "or" ("no dizziness, chest pain or
# fainting", "denies sob, cp or syncope"): the cue negates every item, across the commas. An
# item is a few words, none a subject, verb or conjunction that would start a clause of its
# own ("no fever, my chest is crushing" is no list), nor a word of severity or onset, which
# reports rather than denies ("no fever, crushing chest pain or pressure": read as before).
_CLAUSE_WORDS = (
    "i|i'm|im|i've|ive|my|me|he|she|his|her|they|we|it|it's|its|you|but|and|now|then|is|are|"
    "was|were|has|have|had|feel|feels|felt|got|get|getting|been|am|so|because|though|although|"
    "crushing|severe|bad|terrible|awful|worst|heavy|really|very|massive|agonising|agonizing|"
    "excruciating|sudden|suddenly|still|just"
)
_WORD = rf"(?!(?:{_CLAUSE_WORDS})\b)[a-z][a-z'/-]*"
_ITEM = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_LIST = rf"{_ITEM}(?:\s*,\s*{_ITEM})+\s*,?\s+(?:or|nor)\s+{_ITEM}\b"
# The cue may be a verb of having negated ("i have not had any dizziness, chest pain or
# fainting", "hasn't got any", "didn't have any", "havent noticed any").
_HAD_NOT = (
    r"(?:not|haven't|havent|hasn't|hasnt|didn't|didnt|did\s+not)\s+"
    r"(?:had|got|have|noticed|felt|experienced)(?:\s+any)?"
)
_NEGATED_LIST = re.compile(
    rf"\b(?:no|deny|denies|denied|negative for|without|{_HAD_NOT})\s+{_LIST}",
    _FLAGS,
)

# The same in Chinese, a list whose items are joined by the enumeration comma 、 ("没有起疹子、
# 嘴唇肿、喘不上气"): 没有 (冇, 无, 否认, 未见) negates every item, however long the list.
# Not when the cue names a lack that is itself a finding (没精神、没力气、没反应、没尿:
# "没精神、发烧"), nor an item holding a word that reports (但, 还, 又, 了, 现在, 突然, 很,
# 越来越: "没有发烧、但喘不上气", "没有起疹子、嘴唇肿了").
_ZH_LACK = (
    "精神|力|劲|胃口|反应|尿|小便|食欲|知觉|感觉|意识|呼吸|脉|心跳|声|办法|气|奶|吃|喝|睡|"
    "大便|屁|泪|眼泪|血色"
)
_ZH_REPORT = (
    "但|可是|却|还|又|也|了|咗|现在|而家|突然|已经|一直|很|非常|特别|剧|越来越|好|超|仲|开始"
)
_ZH_ITEM = rf"(?:(?!{_ZH_REPORT})[{HAN_CHARS}]){{1,8}}"
_NEGATED_LIST_ZH = re.compile(
    rf"(?:没有|沒有|冇|无|無|否认|未见|并无)(?!{_ZH_LACK}){_ZH_ITEM}(?:、{_ZH_ITEM})+"
)

# what goes on with a denied item rather than starting a new finding ("no pain in my chest",
# "no headache with neck stiffness", 没吐过血, 没有发烧的时候)
_ITEM_GOES_ON = re.compile(
    r"(?:(?:or|nor|and|in|on|of|with|to|at|from|for|when|after|during|while|radiating|"
    r"spreading|going|moving|down|into|since|because|like)\b|[,/、]|或|和|跟|及|的|地|得|了|过|着|时)",
    _FLAGS,
)
_ZH_HAPPENED = re.compile("了|咗|过去|起来|晒")  # a finding reported as happened (昏倒了)
_ITEM_JOINED = re.compile(r"\b(?:or|nor)\b|或", _FLAGS)

# a self_fine match said of someone else: the first-person words widened to another subject
_OTHER_SUBJECT = re.compile(
    r"(?:he|she|they|we|his|her|their|our|your|him|them|us)(?:'?s|'?re)?(?![a-z])"
    r"|.*(?:himself|herself|themselves|themself|yourself)",
    re.IGNORECASE,
)


# rules-od (session 49), Analysis.event_over: the writer's own word between another person and
# their event ("my husband ... and I fainted", 我老公...我也晕倒了); an operation or procedure
# named in the message (a collapse after it is a complication, NHS.uk after surgery; session 48's
# merged check); a negation right before a care or outcome word ("wasn't taken to hospital",
# "isn't back to normal", 没去医院, 还没出院)
_WRITER = re.compile(
    r"(?<![a-z'])(?:i|im|ive|id|me|my|mine|myself|we|us|our|ours)(?![a-z])"
    r"|(?<![a-z'])i'(?:m|ve|d|ll)(?![a-z])|我|咱|俺"
)
_OPERATION_NAMED = re.compile(
    r"(?<![a-z])(?:operation|surgery|op|procedure|keyhole|laparoscop\w*|stent|stents|catheter"
    r"|angiogram|angioplasty|biopsy|removed|taken out|c-section|caesarean)(?![a-z])"
    r"|手术|术后|开刀|支架|导管|腹腔镜|切除|剖腹|活检|内镜|胃镜|肠镜"
)
_OUTCOME_NOW_AFTER = re.compile(r"\s*(?:right\s+)?now(?![a-z])|了?(?:现在|而家|依家|宜家)")
_OUTCOME_NOW_BEFORE = re.compile(r"(?:现在|而家|依家|宜家)(?:已经|已|都|也)?$")
_DENIED_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:not|never|no longer|isnt|wasnt|didnt|hasnt|hadnt|arent|werent|dont"
    r"|doesnt|cant|wont|havent|couldnt)|n't)\s+(?:[a-z']+\s+){0,2}$"
    r"|(?<![a-z])(?:not|never)\s*$|(?:没|沒|未|不|唔|冇|无|別|别)[了有係系是]?$"
)


def _both(text: str) -> tuple[str, str]:
    return text, text.lower()


# "and now" / "now" just before the writer's own subject ("had a stroke and now I'm worried")
_OWN_NOW = re.compile(r"(?:(?<![a-z])(?:and|so)\s+)?(?<![a-z])now\s*$", re.IGNORECASE)
# the place or group the writer shares with someone outside the household, said after them ("a
# friend from my choir", "a lady at my church", "someone in my office"): its "my" names the
# choir, not the writer as the one with the sign (NHS.uk stroke and heart attack: 999 is for
# the person with the signs now; session 48, rules-nb). Never a body part ("in my chest").
_SHARED_PLACE = re.compile(
    r"(?<![a-z])(?:from|at|in|of|on|with)\s+my\s+(?:local\s+)?(?:choir|church|chapel|mosque|temple"
    r"|synagogue|congregation|parish|work|workplace|office|job|shift|team|department|company"
    r"|firm|class|classes|course|school|college|uni|university|year|gym|club|book\s+club"
    r"|running\s+club|band|group|street|road|building|block|estate|village|neighbourhood"
    r"|neighborhood|area)(?![a-z])",
    re.IGNORECASE,
)


def _has(phrases: PhraseSet, text: str) -> bool:
    return next(phrases.finditer(text, text.lower()), None) is not None


class Analysis:
    """One prepared text with its clause boundaries, ready for cue-aware lookups."""

    def __init__(
        self,
        text: str,
        cues: NegationCues,
        literals: LiteralIndex | None = None,
        *,
        events: tuple[tuple[PhraseSet, PhraseSet | None], ...] = (),
    ) -> None:
        self.text = normalize(text)
        # the phrases of the events that end (``event_over``) and, once read, their spans
        # told as someone else's and over
        self._events = events
        self._event_spans: list[tuple[int, int]] | None = None if events else []
        self.lowered = self.text.lower()
        # the phrase literals (of every concept) that occur in the text, found in one scan
        self._index = literals
        self._present = literals.present(self.lowered) if literals is not None else None
        self._cues = cues
        # pseudo-cues negate nothing; a history header is read by its scope
        # (clinical.past_history), not as a past cue
        self._masked = blank_spans(
            self.text,
            [m.span() for m in cues.pseudo.finditer(self.text, self.lowered)]
            + [m.span() for m in past_history.history_headers(self.lowered)],
        )
        hard = [(m.start(), m.end()) for m in _HARD.finditer(self.text)]
        hard += [m.span() for m in _EMOJI_END.finditer(self.text) if self._emoji_ends(*m.span())]
        hard.sort()
        spans = list(hard)
        spans += [(m.start(), m.end()) for m in cues.break_words.finditer(self.text, self.lowered)]
        spans += [
            (m.start(), m.end())
            for m in cues.subject_words.finditer(self.text, self.lowered)
            if not self._bound(m.start())
        ]
        spans.sort()
        self._break_starts = [s for s, _ in spans]
        self._break_ends = sorted(e for _, e in spans)
        self._hard_starts = [s for s, _ in hard]
        self._hard_ends = [e for _, e in hard]
        self._fine: bool | None = None
        self._lists = [(m.start(), m.end()) for m in _NEGATED_LIST.finditer(self._masked)]
        # read on the text itself: a pseudo-cue blanked inside an item (喘不上气) is still its word
        self._lists += [(m.start(), m.end()) for m in _NEGATED_LIST_ZH.finditer(self.text)]
        # pertinent negatives denied all together after them (胸痛气短都没有): the items' span
        self._denied = [
            m.span("items") if m.group("items") else m.span("en_items")
            for m in (cues.denied_after.finditer(self.text) if cues.denied_after else ())
        ]
        # a form that ticks its boxes before the items ("☒ chest pain ☒ sweating") marks what
        # is present: a cross after a sign denies it only when no line opens with a mark
        self._marks_lead = bool(cues.marks) and any(
            line.lstrip(" -*•")[:1] in cues.marks for line in self.text.split("\n")
        )

    def _emoji_ends(self, start: int, end: int) -> bool:
        """Return True when the emoji or emoticon at ``start:end`` ends a clause: something
        stands before it, the word before it leaves no clause open (a negation cue, a binder,
        an article or auxiliary: "no 😅 chest pain", "had a 😭 stroke", 没有😬发烧) and no
        preposition after it carries the clause on ("worry 😬 about")."""
        if _CARRIED_ON.match(self.text, end):
            return False
        before = self._masked[max(0, start - 40) : start].rstrip()
        if not before or not before[-1].isalnum():
            return False
        for cue, _ in self._cues.negation:
            last = _last(cue, before)
            if last is not None and last.end() == len(before):
                return False
        if is_chinese(before[-1]):
            return before.endswith(_TIME_HAN_BINDERS) or not before.endswith(self._cues.han_binders)
        words = re.findall(r"[a-z0-9']+", before.lower())
        return (
            not words
            or words[-1] in _TIME_BINDERS
            or (words[-1] not in self._cues.binders and _OPEN_WORD.fullmatch(words[-1]) is None)
        )

    def _bound(self, start: int) -> bool:
        """Return True when the word before ``start`` binds a subject to its clause."""
        before = self.lowered[max(0, start - 20) : start]
        if before and is_chinese(before[-1]):
            return before.endswith(self._cues.han_binders)
        words = re.findall(r"[a-z']+", before)
        if words[-3:-2] == ["the"] and words[-1] in _TIME_BINDERS:
            return False  # "for the last month she's had": a duration up to now, no past time
        return bool(words) and words[-1] in self._cues.binders

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the (start, end) of the clause holding the span ``start:end``."""
        i = bisect.bisect_right(self._break_ends, start) - 1
        clause_start = self._break_ends[i] if i >= 0 else 0
        j = bisect.bisect_left(self._break_starts, end)
        clause_end = self._break_starts[j] if j < len(self._break_starts) else len(self.text)
        return clause_start, clause_end

    def _answered_no(self, start: int, end: int) -> bool:
        """Return True when the span is a danger the writer asked the patient about and the
        patient answered no ("I asked him straight out if he's thought about hurting himself
        and he said no"; NICE NG225 / NG134: ask directly): the question before the span in its
        sentence, the answer after it in that sentence or the next. A yes keeps the sign."""
        cues = self._cues
        if cues.asked_if is None or cues.answered_no is None:
            return False
        s_start = self._sentence_start(start)
        if not _has(cues.asked_if, self._masked[s_start:start]):
            return False
        after_end = self._sentence_end(self._sentence_end(end) + 1)
        return _has(cues.answered_no, self._masked[end:after_end])

    def _answered_yes(self, start: int, end: int) -> int | None:
        """Return where the question ends when the span is a danger the writer asked the
        patient about and the patient answered yes ("I asked my dad if he had chest pain and
        he said yes", 我问她有没有想过自杀，她说有), else None: the question's own words (the
        "if", the 没 of 有没有) then neither negate the sign nor make it a hypothetical."""
        cues = self._cues
        if cues.asked_if is None or cues.answered_yes is None:
            return None
        s_start = self._sentence_start(start)
        asked = _last(cues.asked_if, self._masked[s_start:start])
        if asked is None:
            return None
        after_end = self._sentence_end(self._sentence_end(end) + 1)
        if not _has(cues.answered_yes, self._masked[end:after_end]):
            return None
        return s_start + asked.end()

    def _question_words(self, start: int, end: int) -> bool:
        """Return True when an exclude phrase at ``start:end`` begins inside a question the
        patient answered yes (没有想过自杀 of 我问她有没有想过自杀，她说有): its negation is the
        question's 有没有, so it excludes nothing."""
        asked_end = self._answered_yes(end, end)
        return asked_end is not None and start < asked_end

    def _sentence_start(self, start: int) -> int:
        i = bisect.bisect_right(self._hard_ends, start) - 1
        return self._hard_ends[i] if i >= 0 else 0

    def _sentence_end(self, end: int) -> int:
        j = bisect.bisect_left(self._hard_starts, end)
        return self._hard_starts[j] if j < len(self._hard_starts) else len(self.text)

    def clause(self, start: int, end: int) -> str:
        """Return the clause around a span in the prepared text, trimmed for display.

        The prepared text is simplified, typo-corrected and repaired; ``clinical.verbatim``
        maps the same bounds back to the patient's own words for the evidence a nurse reads.
        """
        c_start, c_end = self.clause_bounds(start, end)
        words = self.text[c_start:c_end].strip(" \t\n,.;:!?，。；：！？")
        if len(words) > 160:
            left = max(0, start - c_start - 60)
            words = self.text[c_start + left : c_start + left + 160].strip()
        return words or self.text[start:end]

    def _writer_is_fine(self) -> bool:
        if self._fine is None:
            # the phrases widen "i'm" to "she's" (a carer speaks for the patient): here only
            # the writer's own "fine" counts, not the other person's ("she says she's fine now")
            self._fine = any(
                _OTHER_SUBJECT.match(m.group()) is None
                for m in self._cues.self_fine.finditer(*_both(self._masked))
            )
        return self._fine

    def why_not(self, start: int, end: int, reach: int | None = None) -> Reason | None:
        """Return why the span does not count as the patient's current problem, or None.

        ``reach`` caps a negation cue's window (words or characters before the span).
        """
        cues = self._cues
        absent = cues.absent_after.match(self.lowered, end) if cues.absent_after else None
        if absent is not None and not (
            self._marks_lead and absent.group().rstrip()[-1:] in cues.marks
        ):
            return "negated"  # "petechiae: none", 皮疹：无, 胸痛×
        if any(s <= start and end <= e for s, e in self._denied):
            return "negated"  # an item denied after the list (胸痛气短都没有)
        if any(s < start and end <= e for s, e in self._lists):
            return "negated"  # an item of a negated list ("no dizziness, chest pain or fainting")
        if self._answered_no(start, end):
            return "negated"  # "I asked him if he'd thought of hurting himself and he said no"
        c_start, c_end = self.clause_bounds(start, end)
        asked_end = self._answered_yes(start, end)
        before = self._masked[max(c_start, asked_end or 0) : start]
        for cue, window in cues.negation:
            last = _last(cue, before)
            if (
                last is not None
                and len(UNIT.findall(before[last.end() :]))
                <= (window if reach is None else min(window, reach))
                and not self._scope_ended(last.group(), before[last.end() :])
                and not self._item_ended(before, last, start, end)
            ):
                return "negated"
        if self._past(start, end, c_start, c_end):
            return "past"
        s_start, s_end = self._sentence_start(start), self._sentence_end(end)
        sentence = self._masked[s_start:start]
        span = (s_start, start, end, self._sentence_end(s_end + 1))
        if self._own_after(end, span[3]):
            return None  # asked of anyone, then told as the writer's own ("i have one right now")
        if asked_end is None and is_hypothetical(
            cues.hypothetical, cues.assertion, cues.frames, self._masked, span
        ):
            return "hypothetical"
        asked = next(cues.asked_after.finditer(*_both(self._masked[end:c_end])), None)
        if asked is not None and asked.start() <= 1:
            return "hypothetical"
        if self._asked_in_question(end, c_end):
            return "hypothetical"
        other = _last(cues.other_person, sentence)
        if other is not None and not _has(
            cues.first_person, _SHARED_PLACE.sub(" ", sentence[other.end() :])
        ):
            whole = self._masked[self._sentence_start(start) : c_end]
            past = _has(cues.past, whole) or _has(cues.history, whole)
            if past or past_history.has_past_date(whole):
                return "other_person"
            # the other's event told days back, and that person said well now ("my neighbour
            # had a seizure last week, she is fine now", 邻居上个星期抽筋，现在没事了), unless
            # the sign's own clause tells it as now ("is having one again now")
            if not (
                cues.other_now is not None and _has(cues.other_now, self._masked[c_start:c_end])
            ) and self._other_recovered(
                self._masked[s_start:s_end], s_start + other.start(), s_start
            ):
                return "other_person"
            # the writer's own "I'm fine" does not hold back the other person's danger told
            # as now or in their words ("my friend says she can't see, I'm fine", 我同事说他...)
            told = self._masked[s_start + other.start() : s_end]
            # the writer's own clause after the sign ("... and now I'm paranoid") is not the
            # other's: a "now" that opens it tells the writer's state, not the other's danger
            own = next(cues.first_person.finditer(*_both(self._masked[end:s_end])), None)
            if own is not None:
                told = _OWN_NOW.sub("", self._masked[s_start + other.start() : end + own.start()])
            if self._writer_is_fine() and not (
                cues.other_now is not None and _has(cues.other_now, told)
            ):
                return "other_person"
        if other is None and self._carried_other(s_start, start, end, c_end, s_end):
            return "other_person"
        return None

    def _carried_other(self, s_start: int, start: int, end: int, c_end: int, s_end: int) -> bool:
        """Return True when the span's piece (after a comma) carries on someone outside the
        household named in an earlier piece of its sentence ("my neighbour had a stroke last
        year, her face dropped", 我同事上个月中风了，脸歪了说话不清), and that person's event
        is told as past, as over with them well now, or the writer says they are fine (the
        checks of ``why_not`` for the other named in the sign's own piece). Not when the
        writer or a relative is named between ("my neighbour came round, my mum's face
        dropped"; only the ``other_carried`` pronouns may stand there), nor when the sign's
        piece tells a time within hours or now ("chest pain since an hour ago")."""
        cues = self._cues
        if cues.other_carried is None or cues.someone_else is None:
            return False
        stops = [m.end() for m in _FULL_STOP.finditer(self._masked, 0, s_start)]
        f_start = stops[-1] if stops else 0
        other = _last(cues.other_person, self._masked[f_start:s_start])
        if other is None:
            return False
        o_start, o_end = f_start + other.start(), f_start + other.end()
        between = self._masked[o_end:start]
        # the first-person phrases widen to another subject ("her"): only a word no pronoun of
        # the other's covers names the writer or a relative
        allowed = [
            m.span()
            for phrases in (cues.other_carried, cues.other_person)
            for m in phrases.finditer(*_both(between))
        ]
        # the other's own relative is outside the household too ("my neighbour's husband",
        # 邻居的老公, 朋友嘅老公)
        owns = _OTHERS_OWN.match(("'s" if other.group().endswith("'s") else "") + between)
        if owns is not None:
            own_at = owns.end() - (2 if other.group().endswith("'s") else 0)
            allowed += [
                m.span() for m in cues.someone_else.finditer(*_both(between)) if m.start() == own_at
            ]
        if any(
            not any(a <= m.start() and m.end() <= b for a, b in allowed)
            for phrases in (cues.first_person, cues.someone_else)
            for m in phrases.finditer(*_both(between))
        ):
            return False
        piece = self._masked[s_start:c_end]
        if _has(cues.recent, piece) or (cues.other_now is not None and _has(cues.other_now, piece)):
            return False
        told = self._masked[self._sentence_start(o_start) : c_end]
        if _has(cues.past, told) or past_history.has_past_date(told):
            return True
        if self._other_recovered(self._masked[f_start:s_end], o_start, f_start):
            return True
        return self._writer_is_fine() and not (
            cues.other_now is not None and _has(cues.other_now, self._masked[o_start:end])
        )

    def _in_event_over(self, start: int, end: int) -> bool:
        """Return True when the span overlaps the words of an event that ends (a concept marked
        `event_over`: a faint, a collapse, a fit) told as someone else's and over
        (:meth:`event_over`): the event's own words, read by any concept or phrase list."""
        if self._event_spans is None:
            self._event_spans = [
                match.span()
                for phrases, exclude in self._events
                for match, why in self._matches(phrases, exclude, events=False)
                if why is None and self.event_over(*match.span())
            ]
        return any(s < end and start < e for s, e in self._event_spans)

    def event_over(self, start: int, end: int) -> bool:
        """Return True when the span (an event that ends: a faint, a collapse, a fit) is told
        in its own sentence (to a full stop) as someone else's event, days back, dealt with by
        care and over: another person named before it with no word of the writer's between
        (`someone_else`, `other_person`), a time days back (`other_days_back`), the care had
        (`event_care`) and the outcome after it (`event_outcome`: well now, sent home,
        discharged, kept in), neither negated; no word of now or of going on left in the
        sentence once the outcome is read (`event_now`), none after it telling the event back
        (`event_back`), and no operation named in the message. NHS.uk "when to call 999" is
        for the person with the signs now; NHS.uk epilepsy and fainting: a seizure or a faint
        assessed and over is followed up by the GP (rules-od, session 49; session 48's wider
        stand-down was withdrawn). Only this match is held back (as past, with its
        confirming question): the same sign said anywhere else, and every other sign, count.
        """
        cues = self._cues
        if (
            cues.event_care is None
            or cues.event_outcome is None
            or cues.event_now is None
            or cues.event_back is None
            or cues.other_days_back is None
            or cues.someone_else is None
        ):
            return False
        stops = [m.end() for m in _FULL_STOP.finditer(self._masked, 0, start)]
        f_start = stops[-1] if stops else 0
        stop = _FULL_STOP.search(self._masked, end)
        f_end = stop.start() if stop is not None else len(self._masked)
        before = self._masked[f_start:start]
        subjects = [
            m
            for phrases in (cues.someone_else, cues.other_person)
            for m in phrases.finditer(*_both(before))
        ]
        if not subjects:
            return False
        subject_end = f_start + max(m.end() for m in subjects)
        if _WRITER.search(self.lowered, subject_end, start):
            return False  # the writer's own word between: "my husband ... and I fainted"
        sentence = self._masked[f_start:f_end]
        if not _has(cues.other_days_back, sentence) or _OPERATION_NAMED.search(self.lowered):
            return False
        outcomes = [
            self._outcome_span(f_start + m.start(), f_start + m.end())
            for m in cues.event_outcome.finditer(*_both(sentence))
            if f_start + m.start() >= end and not self._denied_before(f_start + m.start())
        ]
        cares = [
            m
            for m in cues.event_care.finditer(*_both(sentence))
            if not self._denied_before(f_start + m.start())
        ]
        if not outcomes or not cares:
            return False
        rest = blank_spans(self._masked, outcomes)[f_start:f_end]
        if _has(cues.event_now, rest):
            return False
        return not _has(cues.event_back, self._masked[f_end:])

    def _outcome_span(self, start: int, end: int) -> tuple[int, int]:
        """Return an outcome's span with the "now" that dates it ("she's fine now", 现在已经没事,
        没事了现在): that "now" tells the outcome, not the event, as now."""
        after = _OUTCOME_NOW_AFTER.match(self.lowered, end)
        before = _OUTCOME_NOW_BEFORE.search(self.lowered[max(0, start - 8) : start])
        return (
            start - (len(before.group()) if before is not None else 0),
            after.end() if after is not None else end,
        )

    def _denied_before(self, at: int) -> bool:
        """Return True when a negation stands right before ``at`` ("wasn't taken to hospital",
        "isn't back to normal", 没去医院, 还没出院, 唔係冇事)."""
        return _DENIED_BEFORE.search(self.lowered[max(0, at - 24) : at]) is not None

    def _other_recovered(self, sentence: str, other_start: int, s_start: int) -> bool:
        """Return True when ``sentence`` (the other person's, with the sign, from ``s_start``)
        tells a time days back and the message says that person is well now, from their
        mention on, or the writer says they saw it happen before naming them ("I saw someone
        collapse at the station yesterday": a bystander's memory, NHS.uk when to call 999)."""
        cues = self._cues
        if cues.other_days_back is None or not _has(cues.other_days_back, sentence):
            return False
        if cues.other_witnessed is not None and _has(
            cues.other_witnessed, self._masked[s_start:other_start]
        ):
            return True
        return cues.other_well_now is not None and _has(
            cues.other_well_now, self._masked[other_start:]
        )

    def counting_spans(
        self, phrases: PhraseSet, exclude: PhraseSet | None = None
    ) -> list[tuple[int, int]]:
        """Return the spans of every match of ``phrases`` that counts."""
        return [m.span() for m, why in self._matches(phrases, exclude) if why is None]

    def _past(self, start: int, end: int, c_start: int, c_end: int) -> bool:
        """Return True when the span ``start:end`` in the clause ``c_start:c_end`` is told as
        past history: a past cue or date in its clause, a history header over it, an event had
        once, or an event had with no time within hours beside it (``clinical.past_history``)."""
        cues = self._cues
        clause = self._masked[c_start:c_end]
        if _has(cues.past, clause) or past_history.has_past_date(
            self._masked, c_start, c_end, sign=start
        ):
            return True
        if past_history.under_history_header(
            self.lowered,
            start,
            self._break_starts,
            entry_end=self._sentence_end(end),
            recent=cues.recent,
        ):
            return True
        if past_history.had_once(self._masked, c_start, c_end, self._sentence_end(end)):
            return True
        history = _last(cues.history, clause)
        if history is None:
            return False
        event = (c_start + history.start(), c_start + history.end())
        sentence = (self._sentence_start(event[0]), self._sentence_end(event[1]))
        return not past_history.within_hours(
            self._masked, sentence, event, past=cues.past, recent=cues.recent
        )

    def _own_after(self, end: int, window_end: int) -> bool:
        """Return True when the writer says, after the sign and by the end of the next
        sentence, that they (or the person they write for) have it now ("should someone with a
        thunderclap headache go to A&E? because i've got one right now", 我现在就是这样): a
        question asked in general then told as one's own is a report (NHS.uk "when to call
        999": the sign decides, not the question's form)."""
        own = self._cues.own_after
        return own is not None and _has(own, self._masked[end:window_end])

    def _asked_in_question(self, end: int, c_end: int) -> bool:
        """Return True when the clause after the sign asks about it and ends in a question
        mark ("what does a seizure look like in a toddler?", "中风和脑梗有什么区别？"): the
        cue starts at most ``_ASKED_GAP`` characters after the sign."""
        if self.text[c_end : c_end + 1] not in ("?", "？"):
            return False
        rest = self._masked[end:c_end]
        return any(
            m.start() <= _ASKED_GAP for m in self._cues.asked_question.finditer(*_both(rest))
        )

    def _scope_ended(self, cue: str, between: str) -> bool:
        """Return True when a negation's scope ended before the span: the care sought between
        the cue and the span ("not going to A&E for", 没时间去看: the going is negated), or a
        ``scope_ends`` word ("and", 又) with a finding between it and the cue ("not sweating
        and confused"), unless the cue negates a list ("denies chest pain and breathlessness")."""
        care = self._cues.care_sought
        if care is not None and _has(care, between):
            return True  # the going is negated, not the sign it is for ("not going to A&E for")
        ends = self._cues.scope_ends
        if ends is None or cue.strip().lower() in self._cues.list_negation:
            return False
        return any(
            UNIT.search(between, 0, m.start()) for m in ends.finditer(between, between.lower())
        )

    def _item_ended(self, before: str, cue: re.Match[str], start: int, end: int) -> bool:
        """Return True when the negation ``cue`` denies a complete pertinent negative and the
        span ``start:end`` follows it as a new finding ("no fever no cough lips blue",
        没发烧没吐胸口压着痛): the list marks its items, by a negation cue before this one or by
        "or" / nor (或) between them, and what stands after the item neither joins it nor starts
        another one ("no fever cough or sob" and 没有胸痛出汗气短 stay one list). An item after
        the run with no cue of its own is a finding only in an English list that gives each
        item its cue ("no fever no cough chest pain spreading to my arm"): Chinese lists items
        side by side under one cue (也没有头晕昏倒 denies both), unless the item is reported as
        happened (没发烧没吐昏倒了)."""
        items = self._cues.negated_items
        if items is None:
            return False
        between = before[cue.end() :]
        run = items.match(between)
        if run is None:
            return False
        rest = between[run.end() :].strip()
        if _ITEM_GOES_ON.match(rest) or _ITEM_JOINED.search(rest):
            return False
        earlier = before[: cue.start()]
        cued = any(_last(other, earlier) is not None for other, _ in self._cues.negation)
        if is_chinese(cue.group()[:1]) and (
            items.match(rest)
            or (
                not rest
                and items.fullmatch(self._masked[start:end]) is not None
                and not _ZH_HAPPENED.match(self._masked, end)
            )
        ):
            return False
        if items.match(rest):
            return cued
        return cued or bool(run.group("joined"))

    def counts(self, start: int, end: int) -> bool:
        """Return False when the span is negated, past, hypothetical or someone else's."""
        return self.why_not(start, end) is None

    def find(
        self, phrases: PhraseSet, exclude: PhraseSet | None = None, *, reach: int | None = None
    ) -> re.Match[str] | None:
        """Return the first match of ``phrases`` that counts, skipping ``exclude`` overlaps
        (``reach``: see :meth:`why_not`)."""
        for match, reason in self._matches(phrases, exclude, reach):
            if reason is None:
                return match
        return None

    def find_held(
        self, phrases: PhraseSet, exclude: PhraseSet | None = None
    ) -> tuple[re.Match[str], Reason] | None:
        """Return the first match that does not count, with the reason, when none counts."""
        held = None
        for match, reason in self._matches(phrases, exclude):
            if reason is None:
                return None
            held = held or (match, reason)
        return held

    def find_known(self, phrases: PhraseSet) -> re.Match[str] | None:
        """Return the first match that counts or is only told as past: a long-term condition
        named with a past admission ("discharged with heart failure") still holds."""
        return next((m for m, why in self._matches(phrases, None) if why in (None, "past")), None)

    def find_any(
        self, phrases: PhraseSet, exclude: PhraseSet | None = None
    ) -> re.Match[str] | None:
        """Return the first match of ``phrases``, counting or not (``exclude`` still applies)."""
        return next((match for match, _ in self._matches(phrases, exclude)), None)

    def _matches(
        self,
        phrases: PhraseSet,
        exclude: PhraseSet | None,
        reach: int | None = None,
        *,
        events: bool = True,
    ) -> Iterator[tuple[re.Match[str], Reason | None]]:
        present = self._present
        if present is not None and not (self._index is not None and self._index.covers(phrases)):
            present = None  # a phrase set of another file: its literals are not indexed
        regex = phrases.regex_for(self.lowered, present)
        if regex is None:
            return
        blocked: list[tuple[int, int]] = []
        if exclude is not None:
            blocked = [
                (m.start(), m.end())
                for m in exclude.finditer(self.text, self.lowered)
                if not self._question_words(m.start(), m.end())
            ]

        def overlaps(match: re.Match[str]) -> bool:
            return any(s < match.end() and match.start() < e for s, e in blocked)

        for match in regex.finditer(self.text, overlaps if blocked else None):
            why = self.why_not(match.start(), match.end(), reach)
            if why is None and events and self._in_event_over(match.start(), match.end()):
                why = "past"
            yield match, why
