"""Phrase matching for the clinical data (what a phrase matches; see ``clinical.clauses`` for
whether a match counts).

English phrases match case-insensitively on word boundaries and tolerate simple inflection
("faint" matches "fainted", "breathe" matches "breathing"); Chinese phrases match as
substrings. In either language ``...`` inside a phrase allows a short gap ("pain ... chest"
matches "pain in my chest", "胸...痛" matches "胸口很痛"), never across punctuation.

A phrase written in the first person also matches the same words about someone else
("can't lift my arm" matches "can't lift his arm"): a carer speaks for the patient.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

GAP = "..."
HAN_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FLAGS = re.IGNORECASE
LATIN_SEP = r"[\s-]+"
# A gap is up to three words (or four characters) and never holds a negation, so
# "chest ... hurt" cannot match "chest doesn't hurt" nor "胸...痛" match "胸口不痛" (nor, in
# Cantonese, "嘴唇...肿" match "嘴唇冇肿": 冇 and 唔 are negations too).
# Negative contractions as typed on a phone, without the apostrophe ("arent", "havent").
NEGATIVE_CONTRACTIONS = frozenset(
    {"isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "hasnt", "havent", "hadnt"}
    | {"cant", "couldnt", "wont", "wouldnt", "shouldnt", "mustnt", "neednt", "mightnt", "aint"}
)
_NEGATORS = (
    r"(?:no|not|never|none|without|cannot|[a-z]+n't|"
    + "|".join(sorted(NEGATIVE_CONTRACTIONS - {"cant", "wont"}))  # "wont stop": no negation
    + r")(?![a-z'])"
    # "won't stop", "can't stop", "hasn't stopped", "not stopping" say a sign goes on
    + r"(?![\s-]+stop)"
)
_LATIN_GAP = rf"(?:[\s-]+(?!{_NEGATORS})[a-z0-9']+){{0,3}}[\s-]+"
_HAN_GAP = r"[^\s,.!?;:。、不没无未冇唔]{0,4}"
# The loose gaps let a negation in ("lips aren't swollen", "嘴唇没肿"): used only to notice
# a danger sign that was said negated, so it can be confirmed rather than dropped.
_LOOSE_LATIN_GAP = r"(?:[\s-]+[a-z0-9']+){0,3}[\s-]+"
_LOOSE_HAN_GAP = r"[^\s,.!?;:。、]{0,4}"
# A Chinese adverb sits between the part of the body (or the person) and the sign: a minimiser
# (说话有点不清楚, 胳膊有些抬不起来, Cantonese 讲嘢有啲唔清楚), an intensifier (舌头很不灵) or a
# time word (说话突然不清楚). A phrase that opens with such a subject lets up to two of them in
# after it; none of them negates, and how little the patient makes of a sign does not change it.
# A "still" after a remedy that did not help (喝了凉茶也没用，胸口还是压得很紧; Cantonese
# 心口仲系好翳) is one of them too (rules-mg, session 47). So is 又 ("and also") when a second sign
# is added to one another person noticed (同事话我口歪，讲嘢又唔清楚: NHS FAST; rules-nh, s48).
_ZH_SUBJECT = re.compile(
    r"^(?:一边|半边|左边|右边|单边|左|右)?(?:说话|讲话|讲嘢|口齿|舌头|嘴唇|嘴巴|嘴角|喉咙|嗓子"
    r"|胸口|心口|手脚|手臂|胳膊|手指|手|脚|腿|脸色|面色|半边脸|脸|眼睛|视力|呼吸|皮肤|意识|神志"
    r"|人|宝宝|孩子|小孩|肚子|头|脖子|颈|身体|嘴)(?=.)"
)
_ZH_ADVERB = (
    r"(?:有一点点|有一点|有点儿|有点|有些|有啲|稍微|稍稍|略微|少少|好像|似乎|很|非常|特别"
    r"|越来越|变得|都|也|已经|还是|仍然|依然|仲系|仲|还|开始|一直|突然|忽然|完全){0,2}"
)
BOUNDARY_BEFORE = r"(?<![a-z0-9])"
BOUNDARY_AFTER = r"(?![a-z0-9])"
_HAN = re.compile(f"[{HAN_CHARS}]")
# the unit a window counts in: an English word or one Chinese character
UNIT = re.compile(rf"[a-z0-9']+|[{HAN_CHARS}]", _FLAGS)
_CONTRACTIONS = {
    "can't": r"(?:can'?t|cannot|can\s+not)",
    "won't": r"(?:won'?t|will\s+not)",
}
# A phrase written in the first person also matches a report about someone else ("can't
# lift my arm" matches "can't lift his arm"): a carer speaks for the patient.
_PRONOUNS = {
    "i": r"(?:i|he|she|they|we)",
    "i'm": r"(?:i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|they'?re|they\s+are)",
    "my": r"(?:my|his|her|their|our|your)",
    "me": r"(?:me|him|her|them|us)",
    "myself": r"(?:myself|himself|herself|themselves|themself|yourself)",
}


def normalize(text: str) -> str:
    """Return ``text`` in NFKC form with curly apostrophes straightened."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'")


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return ``text`` with each span turned to spaces, so offsets into it still hold."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def is_chinese(phrase: str) -> bool:
    """Return True when ``phrase`` contains a Han character (matched as a substring)."""
    return bool(_HAN.search(phrase))


# A word ending in a vowel and -e keeps the -e when inflected ("bee": bees, "toe": toes,
# "free": freed, "dye": dyed): dropping it, as for a silent -e ("breathe": breathing), read
# "being" and "bed" as "bee" and "lying" as the caustic "lye". Its -ing ("peeing", "seeing")
# is not added: "peeing normally" would then read as a urine complaint. Not -ie ("die":
# dying) nor -ue ("argue": arguing), which drop or change the -e.
_KEEPS_E = frozenset({"ee", "oe", "ye"})


# Learner English negates a verb with a bare "no" or "not" and no auxiliary ("spot no fade when
# press", "rash not go away", "he not know where he is"): inside a phrase, the auxiliaries of
# do-support and the copula written negative also read as a plain "no" / "not". Not "can't",
# "won't" (a modal says more than the negation) nor "haven't" (also a main verb: "no have").
_LEARNER_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were"})


def word_pattern(word: str, inflect: bool) -> str:
    """Return the regex source for one English word (pronouns and contractions widened)."""
    w = word.lower()
    if w in _PRONOUNS:
        return _PRONOUNS[w]
    if w in _CONTRACTIONS:
        return _CONTRACTIONS[w]
    if w == "around":
        return r"a?round"  # "blue round his mouth": British and phone English
    if w.endswith("n't"):
        stem = re.escape(w[:-3])
        if w[:-3] in _LEARNER_AUXILIARIES:  # "spots no fade", "rash not go away when i press"
            # "no" before an -ing word is a noun's ("no breathing problems", "no smoking")
            return rf"(?:{stem}n'?t|{stem}\s+not|not|no(?![\s-]+[a-z]+ing(?![a-z])))"
        return rf"(?:{stem}n'?t|{stem}\s+not)"
    if not inflect or not w.isalpha() or len(w) < 3:
        return re.escape(w).replace("'", "'?")
    if w[-2:] in _KEEPS_E:  # "bee": bees; "free": freed; never "being" or "bed"
        return rf"{re.escape(w)}(?:s|d)?"
    if w.endswith("e"):
        return rf"{re.escape(w[:-1])}(?:e|es|ed|ing)"
    if w.endswith("y") and w[-2] not in "aeiou":
        return rf"{re.escape(w[:-1])}(?:y|ies|ied|ying)"
    last = re.escape(w[-1])
    return rf"{re.escape(w)}(?:s|es|ed|ing|{last}ed|{last}ing)?"


# Articles and "my" inside a phrase may be dropped, as short messages do ("baby blue around
# mouth", "after having baby", "can't catch breath"); an article may be another article and
# "my" any possessive, as before. Only between two other words of the phrase (a first or last
# word stays as written); "his" / "her" stay as written (a phrase may mean someone else).
_OPTIONAL = {
    "a": r"(?:(?:a|an|the)[\s-]+)?",
    "an": r"(?:(?:a|an|the)[\s-]+)?",
    "the": r"(?:(?:a|an|the)[\s-]+)?",
    "my": rf"(?:{_PRONOUNS['my']}[\s-]+)?",
}
# Second-language English drops the copula too ("since baby born", "her lips blue", "she
# bleeding heavy"): inside a phrase "is", "are", "was", "were", "am" and "been" may be dropped
# or be another of them. Not "has" / "have" / "had", which are also main verbs ("has a fit").
_COPULA = r"(?:(?:is|are|was|were|am|been|be)[\s-]+)?"
_OPTIONAL |= dict.fromkeys(("is", "are", "was", "were", "am", "been"), _COPULA)
# After "not" / "no" a phrase's -ing verb also reads as its bare or -s form, the auxiliary
# dropped ("he not answer me", "baby not feed", "she not breathe"): "not answering".
_NOT = frozenset({"not", "no"})
# The understated voice puts a hedge between a negation and its verb ("the spots don't really
# fade", "don't seem to fade", "he won't really wake up", "she isn't really making sense", "can't
# quite lift his arm"): inside a phrase, after "not", "cannot" or a negative contraction, one
# such hedge may stand; the sign is still the sign (NICE NG143, NHS.uk stroke; session 45).
_HEDGE_AFTER_NEGATION = r"(?:[\s-]+(?:really|quite|seem(?:s|ed)?[\s-]+to|appear(?:s|ed)?[\s-]+to))?"


def _negative_word(word: str) -> bool:
    """Return True for "not", "cannot" and a negative contraction ("doesn't", "wont")."""
    w = word.lower()
    return w in {"not", "cannot"} or w.endswith("n't") or w in NEGATIVE_CONTRACTIONS


def _bare_of_ing(word: str) -> tuple[str, str] | None:
    """Return (regex source, literal) of an -ing word with its bare and -s forms ("answering":
    answer, answers; "breathing": breathe; "running": run), or None if it is no -ing verb."""
    w = word.lower()
    if len(w) < 6 or not w.endswith("ing") or not w.isalpha():
        return None
    stem = w[:-3]
    bare = rf"{re.escape(stem)}(?:e|es|s)?"
    if stem[-1] == stem[-2] and stem[-1] not in "lsz":  # running -> run
        bare += rf"|{re.escape(stem[:-1])}s?"
        stem = stem[:-1]
    return rf"(?:{re.escape(w)}|{bare})", stem


# Present for past: second-language English often tells what happened in the present or base
# form ("my son drink the bleach", "she fall from ladder", "not passing urine since morning").
# Inside a phrase of two or more words the past of these verbs also reads as its present
# forms. Only verbs whose present says the same thing to the rules: an intake, a fall, urine
# passed. Not "stopped" ("I stop breathing at night" is a habit: snoring), "moved" ("my face
# is not moving" is no baby) or "faded": there the present is a habit or a state. A one-word
# phrase stays as written.
_PRESENT_FOR_PAST = {
    "ate": r"(?:ate|eat|eats|eating|eaten)",
    "eaten": r"(?:eaten|ate|eat|eats|eating)",
    "drank": r"(?:drank|drink|drinks|drinking|drunk)",
    "fell": r"(?:fell|fall|falls|falling|fallen)",
    "took": r"(?:took|take|takes|taking|taken)",
    "taken": r"(?:taken|took|take|takes|taking)",
    "swallowed": r"swallow(?:ed|s|ing)?",
    "passed": r"pass(?:ed|es|ing)?",
    # learner English: "face is drop one side", "her face also drop" (NHS FAST)
    "dropped": r"drop(?:ped|s|ping)?",
}
# the literal (a prefix of every form) each is looked up by; None: no common prefix
_PAST_LITERAL = {"swallowed": "swallow", "passed": "pass", "dropped": "drop"}


def _past_pattern(word: str) -> str | None:
    """Return the regex source of a past tense with its present forms, or None if not one."""
    return _PRESENT_FOR_PAST.get(word.lower())


# A phrase's word may carry a verb's contraction ("my throat's closing up" is "throat ...
# closing up", "lips've gone blue"): the clitic is no word of a gap and no separator.
_CLITIC = r"(?:'(?:s|re|ve|d|ll))?"


def _part_pattern(words: list[str], inflect: bool, tense: bool = False) -> str:
    """Return the regex source of a run of English words (between "..." gaps)."""
    out = ""
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word.lower() in _OPTIONAL:
            out += _OPTIONAL[word.lower()]
            continue
        past = _past_pattern(word) if tense and inflect else None
        if past is None and inflect and i > 0 and words[i - 1].lower() in _NOT:
            past = (_bare_of_ing(word) or (None, ""))[0]
        out += past if past is not None else word_pattern(word, inflect)
        if "'" not in word:
            out += _CLITIC
        if i < len(words) - 1 and _negative_word(word):
            out += _HEDGE_AFTER_NEGATION
        if i < len(words) - 1:
            out += LATIN_SEP
    return out


def _han_split(part: str) -> tuple[str, str]:
    """Return a Chinese part cut after its opening subject (``("", part)`` without one)."""
    m = _ZH_SUBJECT.match(part)
    return (part[: m.end()], part[m.end() :]) if m else ("", part)


# The understated voice in Chinese softens a negation with a degree word after it (举不太起来,
# 说话不太清楚, 压了也不怎么褪, Cantonese 唔系好清楚, 唔太清楚): inside a phrase, 不 and 唔 let
# one such word in; the sign is still the sign (NICE NG143, NHS.uk stroke; session 45). Not 不大
# (不大便 is no stool) nor 没 (没怎么吃 is its own phrase where it matters). 太 only after a word
# of the phrase (举不太起来, 说话不太清楚): a phrase opening 不 is often an absence or a look-alike
# (不痛了 is not 不太痛了, "not so painful now"), and never before 好 (不太好 is "not great").
_ZH_NEGATION_HEDGE = {"不": "不(?:怎么|怎样)?", "唔": "唔(?:系好|系几|太)?"}
_ZH_NEGATION_HEDGE_INSIDE = {"不": "不(?:太|怎么|怎样|是很|是太)?", "唔": "唔(?:系好|系几|太)?"}
_ZH_NEGATION = re.compile("[不唔]")


def _han_escape(text: str, inside: bool) -> str:
    """Return ``text`` escaped, each 不 or 唔 letting a softening degree word in after it
    (``inside``: the text follows a word of the phrase)."""
    out = []
    for i, ch in enumerate(text):
        if ch in _ZH_NEGATION_HEDGE and text[i + 1 : i + 2] not in ("好", ""):
            table = _ZH_NEGATION_HEDGE_INSIDE if inside or i > 0 else _ZH_NEGATION_HEDGE
            out.append(table[ch])
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _han_part(part: str) -> str:
    subject, rest = _han_split(part)
    if subject:
        return re.escape(subject) + _ZH_ADVERB + _han_escape(rest, inside=True)
    return _han_escape(rest, inside=False)


def phrase_pattern(phrase: str, *, inflect: bool = True, loose: bool = False) -> str:
    """Return the regex source for one phrase (English or Chinese, see the module doc)."""
    phrase = normalize(phrase).strip()
    if not phrase:
        raise ValueError("empty phrase")
    parts = [p.strip() for p in phrase.split(GAP)]
    if any(not p for p in parts):
        raise ValueError(f"phrase {phrase!r}: '...' must sit between words")
    if is_chinese(phrase):
        return (_LOOSE_HAN_GAP if loose else _HAN_GAP).join(_han_part(p) for p in parts)
    split = [[w for w in re.split(r"[\s-]+", part) if w] for part in parts]
    tense = sum(len(words) for words in split) > 1
    words = [_part_pattern(part, inflect, tense) for part in split]
    gap = _LOOSE_LATIN_GAP if loose else _LATIN_GAP
    return BOUNDARY_BEFORE + gap.join(words) + BOUNDARY_AFTER


def _negation_cut(piece: str) -> list[str]:
    """Return ``piece`` cut after each 不 or 唔 (a degree word may stand there in the text)."""
    return _ZH_NEGATION.sub(lambda m: m.group() + "\0", piece).split("\0")


def phrase_literal(phrase: str, *, inflect: bool = True) -> str | None:
    """Return a lowercase substring every match of ``phrase`` contains, or None if unsure."""
    phrase = normalize(phrase).strip().lower()
    parts = [p.strip() for p in phrase.split(GAP) if p.strip()]
    if is_chinese(phrase):
        pieces = (piece for p in parts for half in _han_split(p) for piece in _negation_cut(half))
        return max(pieces, key=len)
    literals = []
    words_all = [w for part in parts for w in re.split(r"[\s-]+", part) if w]
    for i, word in enumerate(words_all):
        bare = _bare_of_ing(word) if inflect and i > 0 and words_all[i - 1] in _NOT else None
        if bare is not None:
            literals.append(bare[1])  # "answer" is in "answering" and "answers"
            continue
        if "'" in word or word in _PRONOUNS or word in _OPTIONAL or word == "around":
            continue  # contractions, pronouns and determiners have several spellings or none
        if inflect and len(words_all) > 1 and word in _PRESENT_FOR_PAST:
            if word in _PAST_LITERAL:
                literals.append(_PAST_LITERAL[word])
            continue  # "ate" / "eat" share no prefix
        inflected = inflect and word.isalpha() and len(word) >= 3
        inflected = inflected and word[-2:] not in _KEEPS_E  # "bee" is in "bees", "seeing"
        if inflected and (word.endswith("e") or (word.endswith("y") and word[-2] not in "aeiou")):
            word = word[:-1]  # "breathe" -> "breath" is in "breathing"
        literals.append(word)
    return max(literals, key=len) if literals else None


class PhraseSet:
    """Phrases compiled lazily, one by one: only those whose literal occurs in a text are tried.

    Python's regex engine tries every alternative at every position, so scanning a few
    hundred phrases costs far more than checking a few hundred substrings first.
    """

    def __init__(
        self, phrases: Iterable[str], *, inflect: bool = True, loose: bool = False
    ) -> None:
        # longest first; phrases of one length in a fixed order (a set's order changes with
        # each process's string hashing, and the first phrase to match at a place wins)
        self._phrases = tuple(sorted(set(phrases), key=lambda p: (-len(p), p)))
        self._inflect = inflect
        self._loose = loose
        for phrase in self._phrases:
            phrase_pattern(phrase, inflect=inflect)  # validate now, compile on demand
        # "" for a phrase without a safe literal: it is always tried
        self._literals = tuple(phrase_literal(p, inflect=inflect) or "" for p in self._phrases)
        self.literals = frozenset(self._literals)
        self._by_literal: dict[str, list[int]] = {}
        for i, literal in enumerate(self._literals):
            self._by_literal.setdefault(literal, []).append(i)
        self._compiled: dict[int, re.Pattern[str]] = {}

    @property
    def phrases(self) -> tuple[str, ...]:
        """The phrases, longest first."""
        return self._phrases

    def _pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._compiled.get(index)
        if pattern is None:
            source = phrase_pattern(self._phrases[index], inflect=self._inflect, loose=self._loose)
            pattern = self._compiled[index] = _compiled_phrase(source)
        return pattern

    def regex_for(self, lowered: str, present: frozenset[str] | None = None) -> Alternation | None:
        """Return the phrases that could match ``lowered`` (an :class:`Alternation`), or None.

        ``present``, when given, is the set of literals known to occur in ``lowered`` (a
        superset of this set's is fine): one scan of a text serves every phrase set.
        """
        if present is None:
            indexes = tuple(i for i, lit in enumerate(self._literals) if lit in lowered)
        else:
            hits = self.literals & present
            if not hits:
                return None
            indexes = tuple(sorted(i for lit in hits for i in self._by_literal[lit]))
        return Alternation([self._pattern(i) for i in indexes]) if indexes else None

    def possible(self, lowered: str) -> bool:
        """Return False when no phrase can match ``lowered`` (the normalised, lowercased text)."""
        return any(lit in lowered for lit in self._literals)

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Iterate over the matches in ``text`` (``lowered`` is the same text, lowercased)."""
        regex = self.regex_for(lowered)
        if regex is not None:
            yield from regex.finditer(text)


@functools.cache
def _compiled_phrase(source: str) -> re.Pattern[str]:
    """Compile one phrase's regex once per process (the same phrase in two sets shares it)."""
    return re.compile(source, _FLAGS)


class Alternation:
    """The matches of phrases tried in order at each place, as one regex ``a|b|c`` finds them.

    Each phrase is compiled once, on its own. Joining a text's candidate phrases into one regex
    meant compiling a new regex for nearly every text: that compiling was about 80% of the
    rules' time (13 of 16 s on 150 development messages). The matches are the same: at the
    leftmost place where any phrase matches, the first phrase (longest first) that matches
    there wins, and the search goes on from the end of its match.
    """

    __slots__ = ("_patterns",)

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._patterns = patterns

    def finditer(
        self, text: str, skip: Callable[[re.Match[str]], bool] | None = None
    ) -> Iterator[re.Match[str]]:
        """Iterate over the matches in ``text``, left to right, none overlapping.

        A match ``skip`` refuses (one overlapping an excluded look-alike) is not yielded and the
        search goes on from the character after its start, so it hides no phrase after it ("fell
        off the horse onto her head": the refused "fell ... head" no longer hides "onto her head").
        """
        patterns = self._patterns
        pending = [p.search(text) for p in patterns]  # each phrase's next match from pos
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for i, match in enumerate(pending):
                if match is not None and match.start() < pos:
                    match = pending[i] = patterns[i].search(text, pos)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match  # on a tie the earlier (longer) phrase stays
            if best is None:
                return
            if skip is not None and skip(best):
                pos = best.start() + 1
                continue
            yield best
            pos = best.end() if best.end() > best.start() else best.end() + 1

    def search(self, text: str) -> re.Match[str] | None:
        """Return the first match in ``text``, or None."""
        return next(self.finditer(text), None)


_LATIN_TOKEN = re.compile(r"[a-z0-9']+")
_HAN_RUN = re.compile(f"[{HAN_CHARS}]+")


class LiteralIndex:
    """Finds which phrase literals occur in a text in one pass, for every phrase set at once.

    English literals are whole words or word starts ("breath" in "breathing"), so they are
    looked up among the prefixes of the text's words; Chinese ones among the substrings of
    its runs of Han characters; anything else with a plain substring test.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        literals = frozenset(literals)  # read twice below (a generator would be empty then)
        latin, han, other = set(), set(), set()
        for literal in literals:
            if not literal:
                continue
            if _LATIN_TOKEN.fullmatch(literal):
                latin.add(literal)
            elif _HAN_RUN.fullmatch(literal):
                han.add(literal)
            else:
                other.add(literal)
        self._latin = frozenset(latin)
        self._han = frozenset(han)
        self._other = tuple(sorted(other))
        self._han_max = max((len(h) for h in han), default=0)
        self._all = frozenset(literals) | {""}
        self._covered: dict[int, bool] = {}

    def covers(self, phrases: PhraseSet) -> bool:
        """Return True when every literal of ``phrases`` is indexed (else test it directly)."""
        key = id(phrases)
        if key not in self._covered:
            self._covered[key] = phrases.literals <= self._all
        return self._covered[key]

    def present(self, lowered: str) -> frozenset[str]:
        """Return the literals that occur in ``lowered`` (always including "")."""
        prefixes = {
            token[:n] for token in _LATIN_TOKEN.findall(lowered) for n in range(1, len(token) + 1)
        }
        pieces = {
            run[i : i + n]
            for run in _HAN_RUN.findall(lowered)
            for i in range(len(run))
            for n in range(1, min(self._han_max, len(run) - i) + 1)
        }
        found = (self._latin & prefixes) | (self._han & pieces)
        found |= {lit for lit in self._other if lit in lowered}
        return frozenset(found) | {""}
