"""The cues that decide whether a phrase match counts, compiled from ``red_flags/cues.yaml``.

:class:`NegationCues` holds every cue list (negation with its reach, past, history, pseudo-cues,
hypotheticals, question frames, other people, clause breaks and subjects); :class:`BreakSet`
finds the clause breaks said in words ("and i", 但是). :class:`clinical.clauses.Analysis` reads
a message with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from clinical.matching import (
    BOUNDARY_AFTER,
    BOUNDARY_BEFORE,
    HAN_CHARS,
    LATIN_SEP,
    PhraseSet,
    is_chinese,
    normalize,
    phrase_pattern,
    word_pattern,
)
from clinical.question_frames import FrameCues

__all__ = ["BreakSet", "NegationCues"]

_FLAGS = re.IGNORECASE


def _break_pattern(phrase: str) -> str:
    """Return a clause break that consumes only its first word ("and i": the clause
    starts at "I"), so evidence keeps the patient's subject."""
    phrase = normalize(phrase).strip()
    if is_chinese(phrase):
        return re.escape(phrase)
    first, _, rest = phrase.partition(" ")
    head = BOUNDARY_BEFORE + word_pattern(first, inflect=False) + BOUNDARY_AFTER
    if not rest:
        return head
    return head + f"(?={LATIN_SEP}{phrase_pattern(rest, inflect=False)})"


class BreakSet:
    """Clause breaks, tried only when their first word (or character) is in the text."""

    def __init__(self, phrases: Sequence[str]) -> None:
        ordered = sorted({normalize(p).strip().lower() for p in phrases}, key=len, reverse=True)
        self._patterns = tuple(_break_pattern(p) for p in ordered)
        # "" (always tried) for a pronoun, whose other forms ("he", "his") differ
        self._literals = tuple(
            p if is_chinese(p) else ("" if p.split(" ")[0] in _WIDENED else p.split(" ")[0])
            for p in ordered
        )
        self._cache: dict[tuple[int, ...], re.Pattern[str]] = {}

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Iterate over the breaks in ``text``."""
        indexes = tuple(i for i, lit in enumerate(self._literals) if lit in lowered)
        if not indexes:
            return
        regex = self._cache.get(indexes)
        if regex is None:
            regex = re.compile("|".join(self._patterns[i] for i in indexes), _FLAGS)
            if len(self._cache) < 256:
                self._cache[indexes] = regex
        yield from regex.finditer(text)


_WIDENED = frozenset({"i", "i'm", "my", "me", "myself"})


@dataclass(frozen=True)
class NegationCues:
    """Compiled cues that decide whether a phrase match counts."""

    negation: tuple[tuple[PhraseSet, int], ...]  # (cue, how many words/characters it reaches)
    past: PhraseSet
    history: PhraseSet
    recent: PhraseSet
    pseudo: PhraseSet
    break_words: BreakSet
    subject_words: BreakSet
    binders: frozenset[str]
    han_binders: tuple[str, ...]
    hypothetical: PhraseSet
    asked_after: PhraseSet
    asked_question: PhraseSet
    assertion: PhraseSet
    other_person: PhraseSet
    first_person: PhraseSet
    self_fine: PhraseSet
    absent_after: re.Pattern[str] | None = None
    other_now: PhraseSet | None = None  # someone else's danger told as now ("she says")
    other_days_back: PhraseSet | None = None  # a time days back ("last week", 上个星期)
    other_well_now: PhraseSet | None = None  # someone else said well now ("she's fine now")
    event_care: PhraseSet | None = None  # care had for another's event ("by ambulance")
    event_outcome: PhraseSet | None = None  # its outcome: well, home or kept in (出院了)
    event_now: PhraseSet | None = None  # now or going on in its sentence ("still", 又)
    event_back: PhraseSet | None = None  # told back after its sentence ("again", 又)
    other_witnessed: PhraseSet | None = None  # the writer saw it happen ("i saw", "i watched")
    other_carried: PhraseSet | None = None  # the other named again by a pronoun ("her", 她)
    someone_else: PhraseSet | None = None  # any person named ("mum", "her", 妈妈, 邻居)
    marks: str = ""  # the checklist's crosses among absent_after ("×", "✗", "☒")
    scope_ends: PhraseSet | None = None
    care_sought: PhraseSet | None = None  # the care sought: a negation before it is about it
    list_negation: frozenset[str] = frozenset()
    negated_items: re.Pattern[str] | None = None  # a run of pertinent negatives ("fever or cough")
    denied_after: re.Pattern[str] | None = None  # items denied after them (胸痛气短都没有)
    frames: FrameCues | None = None  # question frames that a present anchor makes a report
    asked_if: PhraseSet | None = None  # a question put to the patient ("I asked him if")
    answered_no: PhraseSet | None = None  # the patient's answer of no ("and he said no")
    answered_yes: PhraseSet | None = None  # the patient's answer of yes ("and she said yes")
    own_after: PhraseSet | None = None  # the writer has it now, said after a general question

    @classmethod
    def build(
        cls,
        *,
        negation: Sequence[tuple[Sequence[str], int]],
        past: Sequence[str],
        pseudo: Sequence[str],
        clause_breaks: Sequence[str],
        history: Sequence[str] = (),
        recent: Sequence[str] = (),
        subjects: Sequence[str] = (),
        binders: Sequence[str] = (),
        hypothetical: Sequence[str] = (),
        asked_after: Sequence[str] = (),
        asked_question: Sequence[str] = (),
        assertion: Sequence[str] = (),
        other_person: Sequence[str] = (),
        first_person: Sequence[str] = (),
        self_fine: Sequence[str] = (),
        other_now: Sequence[str] = (),
        other_days_back: Sequence[str] = (),
        other_well_now: Sequence[str] = (),
        event_care: Sequence[str] = (),
        event_outcome: Sequence[str] = (),
        event_now: Sequence[str] = (),
        event_back: Sequence[str] = (),
        other_witnessed: Sequence[str] = (),
        other_carried: Sequence[str] = (),
        someone_else: Sequence[str] = (),
        absent_after: Sequence[str] = (),
        scope_ends: Sequence[str] = (),
        care_sought: Sequence[str] = (),
        list_negation: Sequence[str] = (),
        negated_items: Sequence[str] = (),
        frames: tuple[list[str], ...] | None = None,
        asked_if: Sequence[str] = (),
        answered_no: Sequence[str] = (),
        answered_yes: Sequence[str] = (),
        own_after: Sequence[str] = (),
    ) -> NegationCues:
        """Compile the cue lists (phrases are taken literally, without inflection)."""
        return cls(
            negation=tuple((PhraseSet(p, inflect=False), window) for p, window in negation),
            past=PhraseSet(past, inflect=False),
            history=PhraseSet(history, inflect=False),
            recent=PhraseSet(recent, inflect=False),
            pseudo=PhraseSet(pseudo, inflect=False),
            break_words=BreakSet(clause_breaks),
            subject_words=BreakSet(subjects),
            binders=frozenset(normalize(b).strip().lower() for b in binders),
            han_binders=tuple(normalize(b).strip() for b in binders if is_chinese(b)),
            hypothetical=PhraseSet(hypothetical, inflect=False),
            asked_after=PhraseSet(asked_after, inflect=False),
            asked_question=PhraseSet(asked_question, inflect=False),
            assertion=PhraseSet(assertion, inflect=False),
            other_person=PhraseSet(other_person, inflect=False),
            first_person=PhraseSet(first_person, inflect=False),
            self_fine=PhraseSet(self_fine, inflect=False),
            other_now=PhraseSet(other_now, inflect=False) if other_now else None,
            other_days_back=PhraseSet(other_days_back, inflect=False) if other_days_back else None,
            other_well_now=PhraseSet(other_well_now, inflect=False) if other_well_now else None,
            event_care=PhraseSet(event_care, inflect=False) if event_care else None,
            event_outcome=PhraseSet(event_outcome, inflect=False) if event_outcome else None,
            event_now=PhraseSet(event_now, inflect=False) if event_now else None,
            event_back=PhraseSet(event_back, inflect=False) if event_back else None,
            other_witnessed=PhraseSet(other_witnessed, inflect=False) if other_witnessed else None,
            other_carried=PhraseSet(other_carried, inflect=False) if other_carried else None,
            someone_else=PhraseSet(someone_else, inflect=False) if someone_else else None,
            absent_after=_absent_after(absent_after),
            marks="".join(w for w in absent_after if _is_mark(normalize(w).strip().lower())),
            scope_ends=PhraseSet(scope_ends, inflect=False) if scope_ends else None,
            care_sought=PhraseSet(care_sought, inflect=False) if care_sought else None,
            asked_if=PhraseSet(asked_if, inflect=False) if asked_if else None,
            answered_no=PhraseSet(answered_no, inflect=False) if answered_no else None,
            answered_yes=PhraseSet(answered_yes, inflect=False) if answered_yes else None,
            own_after=PhraseSet(own_after, inflect=False) if own_after else None,
            list_negation=frozenset(normalize(c).strip().lower() for c in list_negation),
            negated_items=_item_run(negated_items),
            denied_after=_denied_after(negated_items),
            frames=FrameCues.build(*frames) if frames else None,
        )


# the words joining pertinent negatives into one list ("fever or cough", 发烧或咳嗽, 发烧、咳嗽)
ITEM_JOIN = r"\s*(?:[,/、]|\bor\b|\bnor\b|或者|或|和|及)\s*"


def _item_run(items: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern of a run of pertinent negatives at the start of a text: one item,
    after a verb of having or "any", or several joined by ``ITEM_JOIN`` (a joined run has the
    group ``joined``), each a whole item (English at word boundaries, longest first)."""
    if not items:
        return None
    ordered = sorted({normalize(i).strip().lower() for i in items}, key=len, reverse=True)
    item = (
        "(?:"
        + "|".join(
            re.escape(i) if is_chinese(i) else BOUNDARY_BEFORE + re.escape(i) + BOUNDARY_AFTER
            for i in ordered
        )
        + ")"
    )
    # "hasn't had any fever or vomiting", "didn't have a temperature", "hasn't been sick"
    lead = r"(?:(?:had|got|have|has|been|any|a|an)\s+){0,2}"
    return re.compile(rf"\s*{lead}{item}(?P<joined>(?:{ITEM_JOIN}{item})+)?", _FLAGS)


def _denied_after(items: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern of pertinent negatives denied all together after them, as Chinese
    does (胸痛气短都没有, 胸口痛、气促都冇, 发烧咳嗽也没有) and English notes do ("chest pain,
    shortness of breath, none of that"): the items (group ``items``), then "all" and a
    negation ending its clause. Not "都没有了" / 都冇咗 (all gone now: the sign was had) nor a
    negation with its object ("胸痛都没有好转": the pain has not eased)."""
    if not items:
        return None
    ordered = sorted({normalize(i).strip().lower() for i in items}, key=len, reverse=True)
    han = "|".join(re.escape(i) for i in ordered if is_chinese(i))
    latin = "|".join(
        BOUNDARY_BEFORE + re.escape(i) + BOUNDARY_AFTER for i in ordered if not is_chinese(i)
    )
    end = r"(?=$|[\s,，。.;；!！?？:：]|但|可是|不过|就|只|而)"
    zh = (
        rf"(?P<items>(?:{han})(?:[、和或跟及]?(?:{han})){{0,7}})"
        rf"(?:都|也|均|亦都|全都|全部都|统统都|一样都)(?:没有|没|冇|无|未见|未有){end}"
    )
    en = (
        rf"(?P<en_items>(?:{latin})(?:(?:\s*,\s*|\s+(?:or|and)\s+)(?:{latin})){{1,7}})"
        r"\s*[,:?-]?\s*(?:none of (?:that|those|these|them)|neither of (?:those|them)|all no"
        r"|all negative|all denied|all absent)\b"
    )
    return re.compile(f"{zh}|{en}", _FLAGS)


def _is_mark(word: str) -> bool:
    """Return True for a checklist mark: one symbol, no letter, digit or Chinese."""
    return len(word) == 1 and not re.search(rf"[a-z0-9{HAN_CHARS}]", word)


def _absent_after(words: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern of a finding written absent right after it ("petechiae: none",
    "rash - nil", 皮疹：无, "chest pain? no"): a separator, the word, then the end of the note's
    entry. A checklist's cross ("胸痛× 气短×", "chest pain ✗", a symbol with no letter) ends its
    entry at a space too, unless a number follows (a case note's "胸痛×3天" is a duration), and
    so does a Chinese word after a colon (胸痛：无 气短：无: a space between Chinese is a comma)."""
    if not words:
        return None
    ordered = sorted({normalize(w).strip().lower() for w in words}, key=len, reverse=True)
    marks = [w for w in ordered if not re.search(rf"[a-z0-9{HAN_CHARS}]", w)]
    han = [w for w in ordered if is_chinese(w)]
    alternatives = "|".join(
        re.escape(w) if is_chinese(w) else BOUNDARY_BEFORE + re.escape(w) for w in ordered
    )
    end = r"(?=\s*(?:$|[,.;!?|/)\n。，；！？、]))"
    spaced = [
        rf"\s*(?:{'|'.join(map(re.escape, marks))})(?:{end}|(?=\s+(?!\d)))" if marks else "",
        rf"\s*:\s*(?:{'|'.join(map(re.escape, han))})(?=[^\S\n]+[{HAN_CHARS}])" if han else "",
    ]
    written = "|".join([rf"\s*(?:[:=?\-–—]\s*)?(?:{alternatives}){end}", *(p for p in spaced if p)])
    return re.compile(
        # the rest of the finding's words may come first ("non-blanching[ rash]: none")
        rf"(?:[\s-]*[a-z]+){{0,2}}?[{HAN_CHARS}]{{0,3}}?(?:{written})",
        _FLAGS,
    )
