"""Text preparation before matching: traditional Chinese, typos and Chinese numerals.

- **Traditional → simplified Chinese** with OpenCC (``t2s``), the converter Chinese input
  methods and Wikipedia use, so the rule data is written once in simplified characters and
  "喉嚨很緊" matches "喉咙...紧". Latin text passes through unchanged.
- **Typos** in longer English words are corrected towards the rule vocabulary only: a word
  of 5 or more letters that is neither a rule word nor a real English word (pyspellchecker's
  frequency list) becomes the one rule word within edit distance 1 (2 for 9 letters or
  more) that shares its first letter ("unconcious" → "unconscious", "vomitting" →
  "vomiting"). A real word is never changed ("painted" stays "painted", not "fainted"),
  and a tie between two rule words changes nothing, unless one is the other's inflection
  ("collapsd" is as near "collapse" as "collapsed": the base form, which the phrases
  inflect, is taken). A negative contraction typed without its apostrophe ("didnt",
  "doesnt", "havent") is never changed: it is a negation, not a typo of a rule word.
- **Pinyin keyboard slips** in Chinese: a run of characters that sounds exactly like a rule
  phrase of 3 or more characters (toneless pinyin, any reading of a character) but differs
  from it in one character (two in a phrase of 6 or more) becomes that phrase ("抽出停不下来"
  → "抽搐停不下来", "叫不性" → "叫不醒"). A changed character that forms a word with its
  neighbour (pypinyin's phrase dictionary: 睡觉不行, 光叫不行), or that a rule phrase already
  reads as written (纽扣, 发作, 体重), is no slip and stays.
- **Chinese typed as toneless pinyin, and English words inside Chinese sentences**: see
  ``clinical.mixed_language``.
- **Phone shorthand** standing alone as a word is written out: "n" and "&" as "and", "thru",
  "wk" / "wks", "hrs", "mins", "tonite" / "2nite", "b4", "cuz" / "coz", "abt", "w/o" (without)
  and "w/" (with), so the rules and the clause cues read "arm n leg gone numb" as they read
  "arm and leg". Only whole words (never "a&e" or "32wk"), and never "hr" (heart rate).
  An amount said as "heaps" or "tons" after what it measures ("bleeding heaps") is "a lot".
  Timing words and picked-up abbreviations too: "rn", "2day", "tmrw", "yday", "preggo",
  "bfing", "n/v", "d&v", "LOC" (lost consciousness) and "pp" after a time since the birth
  ("2wks pp"). Not "sob" (also crying) nor "cp" (also cerebral palsy): rule phrases read them
  only in company ("sudden sob", "cp radiating").
  (Dialect negatives such as Scots "cannae" and "nae" are written out in ``clinical.regional``.)
- **Emoji that stand for a word** are written as the word, in the language beside them
  ("coughing up 🩸" as "coughing up blood", "现在🤮🤮" as "现在呕吐", "🤒 38.6" as "fever 38.6"):
  Unicode CLDR's names for them. Feelings (😭, 💔, 💀) stay as typed.
- **Chinese numerals in vital signs** ("三十九度五" → "39.5度", "一百四" → "140") for the
  vital-sign parser only; phrases such as "一下子" are left alone elsewhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import opencc
from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT

from clinical.matching import NEGATIVE_CONTRACTIONS, word_pattern

_WORD = re.compile(r"(?<![a-z'])[a-z]{4,}(?![a-z'])")  # not part of a contraction
_MAX_DISTANCE_LONG = 2
_LONG_WORD = 9
# a word of four letters is corrected only to a rule word it spells with a doubled letter typed
# once ("dizy": dizzy, "blod": blood); any other slip of a short word stays as typed
_SHORT_WORD = 4


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


_HAN_CLASS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{_HAN_CLASS}]")


# Variant characters OpenCC's t2s keeps as typed: Hong Kong writes numb as 痺 (痺咗, 麻痺), the
# rules as 痹; read as one (rules-pd, session 50: 隻右手突然痺咗 had matched no gap phrase)
_VARIANTS = str.maketrans({"痺": "痹"})


def to_simplified(text: str) -> str:
    """Return ``text`` with traditional Chinese characters converted to simplified ones."""
    if not HAN_RE.search(text):
        return text
    return str(_converter().convert(text)).translate(_VARIANTS)


_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}")
HAN_RUN_ANY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MIN_SOUND_PHRASE = 3
_LONG_SOUND_PHRASE = 6


@functools.cache
def _readings(char: str) -> frozenset[str]:
    """Return every toneless pinyin reading of one Han character."""
    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


# the commonest grammatical characters are said, not slipped: 也 has the rare reading yi, and
# 胸口也不疼 ("the chest doesn't hurt either") had become the Cantonese 胸口翳 (chest tightness);
# Cantonese's own grammatical characters (啲 some, 嘅 of, 咗 done, 喺 at) are typed as meant, no
# pinyin keyboard's slip: 讲嘢有啲唔清楚 ("speech a bit unclear") had become 有睇唔清 (sight)
_FUNCTION_CHARS = frozenset("也都还又就的了着和与啲嘅咗喺")


def _is_word(chars: str) -> bool:
    return chars in PHRASES_DICT


class SoundRepair:
    """Repairs pinyin-keyboard slips towards a fixed vocabulary (the Chinese rule phrases)."""

    def __init__(self, vocabulary: Iterable[str], *, known: Iterable[str] = ()) -> None:
        """Repair towards ``vocabulary``; a character ``known`` phrases read as written stays."""
        # phrases by the sound of their first two characters (most runs find none)
        self._by_sound: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
        phrases = set(vocabulary)
        # every Han stretch of the vocabulary (gapped phrases' parts too), by first character:
        # a character a rule phrase already reads as written is no slip ("纽扣", "发作", "体重")
        self._known: dict[str, set[str]] = {}
        for phrase in phrases | set(known):
            for part in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}", phrase):
                self._known.setdefault(part[0], set()).add(part)
        for phrase in sorted(phrases, key=len, reverse=True):
            if len(phrase) < _MIN_SOUND_PHRASE or not _HAN_RUN.fullmatch(phrase):
                continue
            sounds = tuple(s.lower() for s in (p[0] for p in pinyin(phrase, style=Style.NORMAL)))
            if len(sounds) == len(phrase):
                self._by_sound.setdefault((sounds[0], sounds[1]), []).append((phrase, sounds))

    def _slip(
        self,
        run: str,
        start: int,
        phrase: str,
        sounds: tuple[str, ...],
        readings: list[frozenset[str]],
    ) -> list[int] | None:
        """Return where ``run[start:]`` differs from ``phrase`` when it sounds the same and
        differs by a slip (one character, two in a long phrase); otherwise None."""
        end = start + len(phrase)
        if end > len(run):
            return None
        differ = []
        for offset in range(len(phrase)):
            at = start + offset
            if run[at] == phrase[offset]:
                continue
            if sounds[offset] not in readings[at] or run[at] in _FUNCTION_CHARS:
                return None
            differ.append(at)
        allowed = 2 if len(phrase) >= _LONG_SOUND_PHRASE else 1
        if not differ or len(differ) > allowed:
            return None
        for at in differ:
            # a changed character that makes a word with a neighbour is no slip (睡觉不行);
            # in a phrase of 3 any neighbour counts, in a longer one only those outside it
            for left, right in ((at - 1, at + 1), (at, at + 2)):
                if left < 0 or right > len(run):
                    continue
                outside = left < start or right > end
                if (outside or len(phrase) == _MIN_SOUND_PHRASE) and _is_word(run[left:right]):
                    return None
        return differ

    def _covered(self, run: str) -> list[bool]:
        """Return, per character of ``run``, whether a vocabulary stretch covers it as written."""
        covered = [False] * len(run)
        for start, char in enumerate(run):
            for part in self._known.get(char, ()):
                if run.startswith(part, start):
                    covered[start : start + len(part)] = [True] * len(part)
        return covered

    def _repair_run(self, run: str) -> str:
        readings = [_readings(char) for char in run]
        covered: list[bool] | None = None
        out = list(run)
        at = 0
        while at <= len(run) - _MIN_SOUND_PHRASE:
            step = 1
            for first in readings[at]:
                for second in readings[at + 1]:
                    for phrase, sounds in self._by_sound.get((first, second), ()):
                        differ = self._slip(run, at, phrase, sounds, readings)
                        if differ is None:
                            continue
                        covered = covered or self._covered(run)
                        if any(covered[i] for i in differ):
                            continue
                        out[at : at + len(phrase)] = phrase
                        step = len(phrase)
                        break
                    if step > 1:
                        break
                if step > 1:
                    break
            at += step
        return "".join(out)

    def repair(self, text: str) -> str:
        """Return ``text`` with pinyin slips towards the vocabulary repaired."""
        if not self._by_sound:
            return text
        return _HAN_RUN.sub(lambda m: self._repair_run(m.group()), text)


@functools.cache
def _english_words() -> frozenset[str]:
    """Return pyspellchecker's English word list (loaded once, about 0.3 s)."""
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en", distance=1)
    return frozenset(checker.word_frequency.keys())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Return the optimal-string-alignment distance of ``a`` and ``b`` (``limit + 1`` if more).

    Insertions, deletions, substitutions and swaps of two neighbouring letters cost 1.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


_SHORTHAND = {
    "n": "and",
    "&": "and",
    "thru": "through",
    "wk": "week",
    "wks": "weeks",
    "hrs": "hours",
    "mins": "minutes",
    "tonite": "tonight",
    "2nite": "tonight",
    "b4": "before",
    "cuz": "because",
    "coz": "because",
    "abt": "about",
    "w/o": "without",
    "w/": "with",
    # timing words as texted
    "rn": "right now",
    "2day": "today",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "yday": "yesterday",
    "yest": "yesterday",
    # what a patient has picked up (pregnancy, feeding, notes)
    "preggo": "pregnant",
    "preggers": "pregnant",
    "bfing": "breastfeeding",
    "bf'ing": "breastfeeding",
    "ebf": "exclusively breastfeeding",
    "n/v": "nausea and vomiting",
    "n&v": "nausea and vomiting",
    "d&v": "diarrhoea and vomiting",
    "loc": "lost consciousness",
    # the complaint said as an adjective ("dizzy and headachy"); written out rather than a rule
    # phrase, so a typed "headach" is still corrected to "headache", its one near word
    "headachy": "headache",
    # "rite" for "right" (a side, or all right), a phone spelling by sound
    "rite": "right",
}
_SHORTHAND_RE = re.compile(
    r"(?<![\w/&])(?:"
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/&])"
)
# an amount said in chat slang after what it measures ("bleeding heaps", "throwing up tons",
# "feel heaps better") is "a lot"; "heaps of" / "tons of" before a noun stay as typed
_SLANG_AMOUNT = re.compile(r"(?<![\w'])(?:heaps|tons)(?![\w'])(?!\s+of\b)")
# "whole" typed as its sound-alike "hole" before a pack or a bottle ("took a hole pack of
# paracetamol"): TOXBASE and NHS.uk paracetamol overdose (the amount taken decides; A&E even when
# feeling well). "hole" is a real word the typo corrector keeps; "a hole in the pack" stays
# (rules-na, set 70)
_WHOLE_SOUNDALIKE = re.compile(
    r"(?<![\w'])hole(?=\s+(?:pack|packs|packet|packets|box|boxes|bottle|bottles|strip|strips|"
    r"blister|tub|sheet|lot|load)\b)"
)
# "pp" is postpartum after a time since the birth ("2wks pp", "10 days pp"), nothing alone
_POSTPARTUM = re.compile(r"(?<=\d)(\s*(?:d|days?|wk|wks|weeks?|w|m|mo|months?)\s*)pp\b")


# A limb named and then called "it" (NHS.uk stroke, FAST arms: the person may not be able to
# lift one arm): "my left arm went numb and I can't lift it" is "... can't lift the arm", in
# the same sentence; in Chinese the limb of one clause is the subject of the next, with no
# word for it (左手突然麻了，抬不起来 is 左手...抬不起来). The rules then read the limb's
# weakness, or the injury told beside it, as they read "can't lift my arm".
_LIMB_IT = re.compile(
    r"(?<![a-z])(arm|hand|leg)(?![a-z])"
    r"([^.!?;\n]{1,60}?(?<![a-z])(?:can't|cant|cannot|can not|couldn't|unable to)"
    r"(?:\s+even)?\s+(?:lift|raise|move|use|hold up|grip with))\s+it(?![a-z'])"
)
_ZH_LIMB_NEXT = re.compile(
    r"(左手|右手|左臂|右臂|手臂|胳膊|左腿|右腿|一只手|一边手)([^，,。！？!?；;\s]{1,8}[，,]\s*)"
    r"(?=抬不起|举不起|抬唔起|举唔起|动不了|郁唔到|使不上劲|拿不起|握不住)"
)


def name_the_limb(lowered: str) -> str:
    """Return ``lowered`` with a limb called "it" (or left unsaid in Chinese) after it was
    named written out as the limb: "my arm went numb and i can't lift it" -> "... can't lift
    the arm", 左手突然麻了，抬不起来 -> 左手突然麻了，左手抬不起来."""
    if "it" in lowered:
        lowered = _LIMB_IT.sub(r"\1\2 the \1", lowered)
    return _ZH_LIMB_NEXT.sub(r"\1\2\1", lowered)


# A learner's Chinese with a space between every word (我 朋友 胸口 痛 很 厉害 出 很多 汗): a
# space between Chinese characters ends a clause (clinical/clauses.py), so 胸口 痛 would be no
# chest pain. A message whose Chinese comes mostly as words of one or two characters, five or
# more of them, each set apart by a space, is read with those spaces closed; Chinese typed with
# a space between phrases (宝宝五个月 从昨天开始拉肚子) is left as typed.
_HAN_WORD = re.compile(f"^[{_HAN_CLASS}]+$")
_HAN_SPACE_HAN = re.compile(f"(?<=[{_HAN_CLASS}]) (?=[{_HAN_CLASS}])")


def join_spaced_han(text: str) -> str:
    """Return ``text`` with the single spaces between Chinese words closed when it is written
    word by word (a learner's spacing), else ``text`` unchanged."""
    tokens = text.split()
    han = [t for t in tokens if _HAN_WORD.match(t)]
    if len(han) < 5 or len(han) < 0.8 * len(tokens):
        return text
    if sum(len(t) for t in han) > 2 * len(han):
        return text
    return _HAN_SPACE_HAN.sub("", text)


# The place of a pain said apart from it (NHS.uk heart attack: chest pain that feels like
# pressure, tightness, heaviness or crushing; NICE CG95): as an afterthought after a comma
# ("it's crushing, in my chest, and i'm sweating"), or first and alone before one ("in my
# chest, it's crushing"; 胸口，压得很), or in Chinese after the feeling (很闷，在胸口). The place
# joins its feeling ("it's crushing in my chest", "my chest is crushing", 胸口压得很, 胸口很闷);
# a place that begins a statement of its own ("in my chest it's fine now") is left as typed.
# A note's bare fragments are joined the same way ("squeezing. middle of chest. sweaty",
# 压着痛。胸口中间。出冷汗).
_BODY_PLACE = r"(?:chest|head|tummy|stomach|belly|abdomen|back|neck|throat|jaw)"
_PLACE_AFTER = re.compile(
    r"[,.]\s*((?:right\s+|just\s+)?(?:(?:in|across|on|behind|around)\s+"
    r"(?:the\s+(?:middle|centre|center)\s+of\s+)?(?:my|his|her|their|the)\s+"
    # or a bare fragment of a note: "squeezing. middle of chest. sweaty"
    r"|(?:in\s+)?(?:the\s+)?(?:middle|centre|center)\s+of\s+(?:(?:my|his|her|their|the)\s+)?)"
    + _BODY_PLACE
    + r")(?=\s*(?:[,.;!?]|$|and\b|with\b|spreading\b|going\b|down\b))"
    # a time in the past said next is the place's own ("crushing, in my chest, last year")
    r"(?!\s*[,.]\s*(?:last\b|years?\s+ago|months?\s+ago|when\s+i\s+had|back\s+in))"
)
_PLACE_FIRST = re.compile(
    r"(^|[.!?;,]\s*)(?:in\s+)?(my|his|her|their)\s+("
    + _BODY_PLACE
    + r"),\s*it(?:'s|\s+is|\s+(feels))(?=\s)"
)
_ZH_PLACE = r"(?:胸口|心口|胸前|胸部)"
# after a comma or a full stop, with 在 / 喺 or as a fragment naming the middle (胸口中间)
_ZH_PLACE_AFTER = re.compile(
    r"(^|[，,。！？!?；;\s])([^，,。！？!?；;\s]{1,6})[，,。]\s*(?:(?:在|喺)("
    + _ZH_PLACE
    + r")(?:中间|正中|中央)?|("
    + _ZH_PLACE
    + r")(?:中间|正中|中央))(?=[，,。！？!?；;\s]|$)"
)
_ZH_PLACE_FIRST = re.compile(r"(^|[，,。！？!?；;\s])(" + _ZH_PLACE + r")[，,。]\s*")


def join_the_place(lowered: str) -> str:
    """Return ``lowered`` with the place of a feeling said apart from it joined to it:
    "it's crushing, in my chest" -> "it's crushing in my chest", "in my chest, it's crushing" ->
    "my chest is crushing", 很闷，在胸口 -> 胸口很闷, 胸口，压得很 -> 胸口压得很."""
    if "," in lowered or "." in lowered:
        lowered = _PLACE_AFTER.sub(r" \1", lowered)
        lowered = _PLACE_FIRST.sub(lambda m: f"{m[1]}{m[2]} {m[3]} {m[4] or 'is'}", lowered)
    if HAN_RE.search(lowered):
        lowered = _ZH_PLACE_AFTER.sub(lambda m: f"{m[1]}{m[3] or m[4]}{m[2]}", lowered)
        lowered = _ZH_PLACE_FIRST.sub(r"\1\2", lowered)
    return lowered


# Emoji that stand for a word, as Unicode CLDR names them ("face vomiting", "face with
# thermometer", "drop of blood", "face with crossed-out eyes" / "face with spiral eyes", keyword
# dizzy, "nauseated face", "sneezing face", "pill", "pile of poo"), in English and in Chinese.
# Feelings (😭, 💔, 💀) stand for no symptom and stay as typed: the clause and negation cues
# read past them.
_EMOJI_WORDS = {
    "\U0001f635\u200d\U0001f4ab": ("dizzy", "头晕"),  # 😵‍💫
    "\U0001f635": ("dizzy", "头晕"),  # 😵
    "\U0001f92e": ("vomiting", "呕吐"),  # 🤮
    "\U0001f922": ("nauseous", "恶心"),  # 🤢
    "\U0001f912": ("fever", "发烧"),  # 🤒
    "\U0001f927": ("sneezing", "打喷嚏"),  # 🤧
    "\U0001fa78": ("blood", "血"),  # 🩸
    "\U0001f48a": ("pills", "药"),  # 💊
    "\U0001f4a9": ("poo", "大便"),  # 💩
}
# one emoji, or the same one repeated ("🤮🤮🤮" is vomiting, said once), variation selector or not
_EMOJI_RE = re.compile(
    "("
    + "|".join(re.escape(k) for k in sorted(_EMOJI_WORDS, key=len, reverse=True))
    + ")\ufe0f?(?:\\1\ufe0f?)*"
)


def write_out_emoji(text: str) -> str:
    """Return ``text`` with an emoji that stands for a word written as that word: Chinese beside
    a Chinese character ("咳出🩸了" -> "咳出血了"), English elsewhere ("coughing up 🩸" ->
    "coughing up blood", "🤮🩸" -> "vomiting blood", "🤒38.6" -> "fever 38.6")."""
    if not _EMOJI_RE.search(text):
        return text

    def replace(match: re.Match[str]) -> str:
        english, chinese = _EMOJI_WORDS[match.group(1)]
        before = text[: match.start()].rstrip(" ")
        after = text[match.end() :].lstrip(" ")
        if (before and HAN_RE.match(before[-1])) or (after and HAN_RE.match(after[0])):
            return chinese
        left = " " if match.start() > 0 and not text[match.start() - 1].isspace() else ""
        following = text[match.end() : match.end() + 1]
        right = " " if following.isalnum() else ""
        return f"{left}{english}{right}"

    return _EMOJI_RE.sub(replace, text)


# A hesitation filler said out of embarrassment inside the words of a sign ("pain in one of my,
# um, balls", "my, erm, back passage"; session 48, rules-nb): NHS.uk testicle pain and the other
# pages read the sign, not the pause. After a word that cannot end a clause (a possessive, an
# article, a preposition: "my, um, balls") the filler and its commas go, joining the phrase;
# elsewhere only the filler and the comma after it go, so a clause that ended before it still
# ends ("no fever, um, crushing chest pain" keeps its comma). "er" counts only set off by commas
# or opening the message ("the ER" is the place); a filler is never a word of its own.
_FILLER = r"(?:u+m+|e+r+m+|u+h+m*|h+m+|a+h+e+m+)"
_FILLER_ER = r"e+r+"
_FILLER_BOUND = (
    r"(?:my|his|her|their|your|our|the|a|an|of|in|on|to|with|some|this|that|is|was|are|feel"
    r"|feels|felt|got|have|has|had|been)"
)
_FILLER_PAUSE = r"(?:\s*(?:,|\.{2,}|…))"
_FILLER_JOINED = re.compile(
    rf"(?<![\w'])({_FILLER_BOUND})(?:(?:\s*,\s*|\s+){_FILLER}(?![\w'])|\s*,\s*{_FILLER_ER}(?=\s*,))"
    rf"{_FILLER_PAUSE}?\s+"
)
_FILLER_ALONE = re.compile(
    rf"(?:(?<=^)|(?<=[,.!?]))\s*(?:{_FILLER}|{_FILLER_ER})(?![\w']){_FILLER_PAUSE}\s*"
    rf"|(?<=\s){_FILLER}(?![\w'])\s+"
)


def drop_fillers(lowered: str) -> str:
    """Return ``lowered`` without its hesitation fillers ("um", "erm", "uh"): "pain in one of
    my, um, balls" -> "pain in one of my balls", "um, a bit awkward" -> "a bit awkward"."""
    if not re.search(r"(?<![\w'])(?:um|erm|uh|er|hm|ahem)", lowered):
        return lowered
    joined = _FILLER_JOINED.sub(r"\1 ", lowered)
    return _FILLER_ALONE.sub(lambda m: " " if m.group().startswith((",", " ")) else "", joined)


def expand_shorthand(lowered: str) -> str:
    """Return ``lowered`` with phone shorthand words written out ("arm n leg" -> "arm and leg"),
    hesitation fillers dropped (``drop_fillers``), emoji that stand for a word written as the
    word (``write_out_emoji``), the place of a feeling said apart from it joined to it
    (``join_the_place``) and a limb called "it" named (``name_the_limb``)."""

    def replace(match: re.Match[str]) -> str:
        return _SHORTHAND.get(match.group(), match.group())

    lowered = _WHOLE_SOUNDALIKE.sub("whole", lowered)
    lowered = join_the_place(_SLANG_AMOUNT.sub("a lot", write_out_emoji(drop_fillers(lowered))))
    return name_the_limb(_SHORTHAND_RE.sub(replace, _POSTPARTUM.sub(r"\1postpartum", lowered)))


class Speller:
    """Corrects typos towards a fixed vocabulary (the English words of the rule data)."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        words = {w for w in vocabulary if w.isalpha() and len(w) >= 4}
        # the stem of a negative contraction ("didn" of "didn't") is no word to correct to
        words -= {w[:-2] + "n" for w in NEGATIVE_CONTRACTIONS if w.endswith("nt")}
        self._vocabulary = frozenset(words)
        self._by_first: dict[str, tuple[str, ...]] = {}
        for word in sorted(words):
            self._by_first.setdefault(word[0], ())
            self._by_first[word[0]] += (word,)
        self._cache: dict[str, str | None] = {}
        _english_words()  # load the word list now, not inside the first patient's turn

    def _fix(self, token: str) -> str | None:
        if token in self._cache:
            return self._cache[token]
        fixed: str | None = None
        if len(token) <= _SHORT_WORD:
            fixed = self._doubled(token)
        elif (
            token not in self._vocabulary
            and token not in _english_words()
            and token not in NEGATIVE_CONTRACTIONS
        ):
            limit = _MAX_DISTANCE_LONG if len(token) >= _LONG_WORD else 1
            best: list[tuple[int, str]] = []
            for word in self._by_first.get(token[0], ()):
                distance = edit_distance(token, word, limit)
                if distance <= limit:
                    best.append((distance, word))
            best.sort()
            if best and (len(best) == 1 or best[0][0] < best[1][0]):
                fixed = best[0][1]
            elif best:
                tied = [w for d, w in best if d == best[0][0]]
                fixed = (
                    _past_e_left_out(token, tied)
                    or _base_form(tied)
                    or _one_letter_left_out(token, tied)
                )
            else:
                fixed = self._letter_moved(token)
        if len(self._cache) < 4096:
            self._cache[token] = fixed
        return fixed

    def _doubled(self, token: str) -> str | None:
        """Return the one rule word ``token`` (a short word, not English) spells with a doubled
        letter typed once ("dizy": dizzy), else None."""
        if token in self._vocabulary or token in _english_words() or token in NEGATIVE_CONTRACTIONS:
            return None
        words = {
            token[: i + 1] + token[i:]
            for i in range(len(token))
            if token[: i + 1] + token[i:] in self._vocabulary
        }
        return words.pop() if len(words) == 1 else None

    def _letter_moved(self, token: str) -> str | None:
        """Return the one rule word of the same letters that ``token`` spells with one letter
        moved two places ("tounge": tongue, a common misspelling two edits away), else None."""
        if len(token) >= _LONG_WORD:
            return None  # longer words are already read within two edits
        letters = sorted(token)
        moved = [
            word
            for word in self._by_first.get(token[0], ())
            if len(word) == len(token)
            and sorted(word) == letters
            and edit_distance(token, word, _MAX_DISTANCE_LONG) <= _MAX_DISTANCE_LONG
        ]
        return moved[0] if len(moved) == 1 else None

    def correct(self, lowered: str) -> str:
        """Return ``lowered`` (a lowercased text) with typos in long words corrected."""

        def replace(match: re.Match[str]) -> str:
            return self._fix(match.group()) or match.group()

        return _WORD.sub(replace, lowered)


def _past_e_left_out(token: str, tied: list[str]) -> str | None:
    """Return the past tense of ``tied`` that ``token`` spells with the "e" of its "-ed" left
    out ("missd": missed, not miss), else None: the tense is what the patient typed."""
    past = token[:-1] + "ed"
    return past if token.endswith("d") and not token.endswith("ed") and past in tied else None


def _one_letter_left_out(token: str, tied: list[str]) -> str | None:
    """Return the one word of ``tied`` (all one edit from ``token``) that ``token`` spells with a
    letter left out, else None: a letter left out is the commonest slip in typing (Damerau
    1964), so "breating" is "breathing", not "beating" or "breaking"."""
    longer = [w for w in tied if len(w) == len(token) + 1]
    return longer[0] if len(longer) == 1 else None


def _base_form(tied: list[str]) -> str | None:
    """Return the one word of ``tied`` whose inflections include all the others, else None."""
    for word in sorted(tied, key=len):
        pattern = re.compile(word_pattern(word, inflect=True))
        if all(pattern.fullmatch(other) for other in tied):
            return word
    return None


# --- Chinese numerals --------------------------------------------------------------------

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGIT |= {"六": 6, "七": 7, "八": 8, "九": 9}
_ZH_RUN = re.compile(r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?")
# 廿 (20) and 卅 (30), colloquial and Cantonese: "廿几粒" is twenty-odd tablets
_ZH_TENS = re.compile(r"[廿卅]")
_ZH_TENS_AS = {"廿": "二十", "卅": "三十"}
# "三十九度五" and "三十九度半" (half a degree): 39.5
_DEGREE_DIGIT = _ZH_DIGIT | {"半": 5}
_DEGREE_TAIL = re.compile(r"(\d{2})\s*度\s*([零一二三四五六七八九半\d])(?![\d十百])")


def zh_integer(run: str) -> int | None:
    """Return the value of a Chinese integer up to 999 ("一百四" is 140), else None."""
    if not run or any(ch not in _ZH_DIGIT and ch not in "十百" for ch in run):
        return None
    if "百" in run:
        head, _, tail = run.partition("百")
        hundreds = _ZH_DIGIT.get(head, 1) if head else 1
        if len(head) > 1:
            return None
        if not tail:
            return hundreds * 100
        if len(tail) == 1 and tail in _ZH_DIGIT:
            return hundreds * 100 + _ZH_DIGIT[tail] * 10  # colloquial: 一百四 = 140
        if "百" in tail:
            return None  # 二百一百二十五 is two numbers (a reading pair), never 325
        if tail.startswith(("零", "〇")):
            rest = zh_integer(tail[1:])
            return None if rest is None or rest >= 10 else hundreds * 100 + rest
        rest = zh_integer(tail)
        return None if rest is None else hundreds * 100 + rest
    if "十" in run:
        tens, _, units = run.partition("十")
        if len(tens) > 1 or len(units) > 1:
            return None
        return (_ZH_DIGIT.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGIT.get(units, 0))
    if len(run) == 1:
        return _ZH_DIGIT[run]
    return None


def _run_value(run: str) -> str | None:
    whole, _, decimals = run.partition("点")
    value = zh_integer(whole)
    if value is None:
        return None
    if decimals:
        return f"{value}." + "".join(str(_ZH_DIGIT[ch]) for ch in decimals)
    return str(value)


# A blood pressure said as two numbers with nothing between (量血压二百一百二十五, 一百八十一百一,
# 一百六九十五): the top number in the hundreds, the lower one below it (NICE NG136 readings)
_PAIR_TOP = (70, 300)
_PAIR_BOTTOM = (30, 200)


def _reading_pair(run: str) -> str | None:
    """Return "top/bottom" for a run of Chinese numerals that is no one number but two, the
    first with 百 ("二百一百二十五" is 200/125), else None."""
    if "百" not in run or "点" in run:
        return None
    for cut in range(2, len(run) - 1):
        left, right = run[:cut], run[cut:]
        if "百" not in left or right[0] in "百十零〇" or not any(ch in right for ch in "十百"):
            continue
        top, bottom = zh_integer(left), zh_integer(right)
        if top is None or bottom is None:
            continue
        high = _PAIR_TOP[0] <= top <= _PAIR_TOP[1]
        low = _PAIR_BOTTOM[0] <= bottom <= _PAIR_BOTTOM[1]
        if high and low and bottom < top:
            return f"{top}/{bottom}"
    return None


def zh_numerals_to_digits(text: str) -> str:
    """Return ``text`` with Chinese numbers of two or more characters written in digits.

    "体温三十九度五" becomes "体温39.5度" (and "三十九度半", half a degree, "39.5度"), "心跳一百四"
    becomes "心跳140", "血压九十比六十" becomes "血压90比60", "廿五" becomes "25". A single
    numeral character ("一下子", "三天") is left alone unless it is a decimal tail after 度.
    """

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if len(run) < 2:
            return run
        return _run_value(run) or _reading_pair(run) or run

    text = _ZH_RUN.sub(replace, _ZH_TENS.sub(lambda m: _ZH_TENS_AS[m.group()], text))
    return _DEGREE_TAIL.sub(
        lambda m: f"{m.group(1)}.{_DEGREE_DIGIT.get(m.group(2), m.group(2))}度", text
    )
