"""Text written in two ways at once: Chinese typed as toneless pinyin, and English words said
alone inside Chinese sentences. Part of the text preparation before matching
(``clinical.textprep`` has the rest; ``clinical.findings`` applies both).

- **Chinese typed as toneless pinyin** ("wo xiong kou hen tong") is read as the Chinese of the
  rules and cues (``PinyinReader``), only when nearly every word of a message with no Chinese
  characters is a pinyin syllable.
- **An English word said alone inside a Chinese sentence** ("chest好痛", "两年前 stroke 过") is
  written as the rules' own Chinese word for it (``read_code_switched``, ``CODE_SWITCH``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from pypinyin import lazy_pinyin

from clinical.textprep import HAN_RE, HAN_RUN_ANY

# --- Chinese typed as toneless pinyin ------------------------------------------------------

_PINYIN_TOKEN = re.compile(r"[a-zü]+|\d+(?:\.\d+)?|[^\sa-zü\d]")
_PINYIN_WORD = re.compile(r"[a-zü]+")
_PINYIN_MIN_SYLLABLES = 4
_PINYIN_SHARE = 0.8
_PINYIN_MAX_RUN = 8
# a syllable that names no rule word: a Han character no phrase holds, so the gaps of the
# Chinese phrases (胸...痛) read across it as they read across any other word
PINYIN_FILLER = "\u3405"
# Words that give a Chinese sentence its frame and are in no rule phrase: the units that let
# the age, duration and vital-sign readers read "40 du", "6 sui", "liang ge yue", and the
# commonest verbs and particles. Whatever the rule vocabulary says of the same sound, these win.
_PINYIN_COMMON = {
    ("du",): "度",
    ("sui",): "岁",
    ("ge", "yue"): "个月",
    ("tian",): "天",
    ("zhou",): "周",
    ("xiao", "shi"): "小时",
    ("fen", "zhong"): "分钟",
    ("hen",): "很",
    ("you",): "有",
    # the negation of having (mei you is 没有, not the rule word 煤油, kerosene: session 42)
    ("mei", "you"): "没有",
    ("mei",): "没",
    ("le",): "了",
    ("de",): "的",
    ("ye",): "也",
    # the past-experience particle (zhong feng guo, 中风过), which the history cues read; a
    # rule word of the same sound (如果, 效果) must not take it
    ("guo",): "过",
    # the family, who count as the patient (ma ma is no 麻麻, numb)
    ("ba", "ba"): "爸爸",
    ("ma", "ma"): "妈妈",
    ("ye", "ye"): "爷爷",
    ("nai", "nai"): "奶奶",
    ("er", "zi"): "儿子",
    ("nu", "er"): "女儿",
    ("bao", "bao"): "宝宝",
    # numbers said before a unit (wu is 五 here, not the written negation 无)
    ("liang",): "两",
    ("san",): "三",
    ("si",): "四",
    ("wu",): "五",
    ("liu",): "六",
    ("jiu",): "九",
    # times, which the clause cues read (past, recent, how long)
    ("yi", "qian"): "以前",
    ("yi", "jing"): "已经",
    ("yi", "zhi"): "一直",
    ("xian", "zai"): "现在",
    ("jin", "tian"): "今天",
    ("zuo", "tian"): "昨天",
    ("you", "dian"): "有点",
    ("gan", "mao"): "感冒",
}


@functools.lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    """Return a pinyin syllable without tone marks, ü written u ("lǜ" -> "lu")."""
    if syllable.isascii() and "v" not in syllable:
        return syllable
    syllable = syllable.replace("ü", "u").replace("v", "u")
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if c.isascii())


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    """Return every toneless pinyin syllable pypinyin knows (about 400)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return frozenset(
        _toneless(reading) for readings in pinyin_dict.values() for reading in readings.split(",")
    )


class PinyinReader:
    """Reads Chinese typed as toneless pinyin ("wo xiong kou hen tong") as the Chinese words of
    a fixed vocabulary (the rules' Chinese phrases and cues), so the rules read it as Chinese.

    Only a message with no Chinese characters whose words are nearly all pinyin syllables (4
    or more, at least 80%: English "he", "a", "men", "long" are syllables, but an English
    sentence has "i", "my", "the", "pain") is read. Runs of syllables are read longest first
    as a vocabulary word of the same sound; a syllable no word takes becomes a neutral
    character, so a phrase's gap reads across it, and punctuation stays where it was.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        counts: dict[str, int] = {}
        for phrase in vocabulary:
            for part in phrase.split("..."):
                part = part.strip()
                if part and HAN_RUN_ANY.fullmatch(part):
                    counts[part] = counts.get(part, 0) + 1
        by_sound: dict[tuple[str, ...], str] = {}
        # the word the rules use most for a sound wins it (痛 over 通 for "tong")
        for part in sorted(counts, key=lambda p: (-counts[p], p)):
            sounds = tuple(_toneless(s) for s in lazy_pinyin(part))
            if len(sounds) == len(part) and len(sounds) <= _PINYIN_MAX_RUN:
                by_sound.setdefault(sounds, part)
        by_sound.update(_PINYIN_COMMON)
        self._by_sound = by_sound

    @staticmethod
    def is_pinyin(lowered: str) -> bool:
        """Return True when ``lowered`` reads as a message typed in toneless pinyin."""
        if HAN_RE.search(lowered):
            return False
        words = _PINYIN_WORD.findall(lowered)
        if len(words) < _PINYIN_MIN_SYLLABLES:
            return False
        syllables = pinyin_syllables()
        allowed = len(words) * (1 - _PINYIN_SHARE)  # words that are no syllable
        others = 0
        for word in words:
            if _toneless(word) not in syllables:
                others += 1
                if others > allowed:
                    return False
        return True

    def read(self, text: str) -> str:
        """Return ``text`` in Chinese when it is typed in pinyin, else unchanged."""
        lowered = text.lower()
        if not self.is_pinyin(lowered):
            return text
        syllables = pinyin_syllables()
        tokens = _PINYIN_TOKEN.findall(lowered)
        out: list[str] = []
        at = 0
        while at < len(tokens):
            token = _toneless(tokens[at])
            if token not in syllables:
                out.append(tokens[at] if not token.isalpha() else f" {token} ")
                at += 1
                continue
            for size in range(min(_PINYIN_MAX_RUN, len(tokens) - at), 0, -1):
                sounds = tuple(_toneless(t) for t in tokens[at : at + size])
                word = self._by_sound.get(sounds)
                if word is not None:
                    out.append(word)
                    at += size
                    break
            else:
                out.append(PINYIN_FILLER)
                at += 1
        return re.sub(r" +", " ", "".join(out)).strip()


# --- English words inside Chinese sentences ------------------------------------------------

# An English word said alone inside a Chinese sentence ("chest好痛", "屁股那里 numb 了",
# "喝了 oven cleaner", "两年前 stroke 过") is a Chinese word there: the sentence's frame (its
# verb, its time and negation cues, the other half of a sign) is Chinese. Each English word is
# written as the rules' own Chinese word for it (every value is in the rule phrases); body
# parts, the people who count as the patient, the words of signs and of named conditions, and
# the substances a Chinese verb takes. A word inside a longer English stretch ("I have chest
# pain 很严重") stays English: the English phrases read it there.
CODE_SWITCH = {
    # body parts
    "chest": "胸口",
    "arm": "手臂",
    "arms": "手臂",
    "leg": "腿",
    "legs": "腿",
    "head": "头",
    "neck": "脖子",
    "throat": "喉咙",
    "lip": "嘴唇",
    "lips": "嘴唇",
    "face": "脸",
    "tongue": "舌头",
    "eye": "眼睛",
    "eyes": "眼睛",
    "stomach": "肚子",
    "tummy": "肚子",
    "belly": "肚子",
    "skin": "皮肤",
    # NHS.uk broken bones (a bone through the skin: 999): "bone" inside Cantonese
    # (條腿 bone 穿咗出嚟)
    "bone": "骨头",
    # people
    "baby": "宝宝",
    "son": "儿子",
    "daughter": "女儿",
    "mum": "妈妈",
    "mom": "妈妈",
    "mummy": "妈妈",
    "dad": "爸爸",
    "daddy": "爸爸",
    "grandma": "奶奶",
    "grandpa": "爷爷",
    "husband": "老公",
    "wife": "老婆",
    # the words of signs
    "numb": "麻",
    # NHS stroke (FAST): slurred speech and a weak arm said in English inside Cantonese or
    # Mandarin ("講嘢slur咗", "右手weak咗")
    "slur": "含糊",
    "slurred": "含糊",
    "slurring": "含糊",
    "weak": "没力",
    # NHS.uk optic neuritis and blurred vision: "blur" said inside Cantonese (睇嘢好blur)
    "blur": "模糊",
    "blurry": "模糊",
    "blurred": "模糊",
    "numbness": "麻木",
    "pain": "痛",
    "painful": "痛",
    "swollen": "肿",
    "swelling": "肿",
    "rash": "皮疹",
    "fever": "发烧",
    "bleeding": "出血",
    "blood": "血",
    "vomit": "吐",
    "vomiting": "呕吐",
    "dizzy": "头晕",
    "faint": "晕倒",
    "fainted": "晕倒",
    "seizure": "抽搐",
    # NHS.uk asthma attack / shortness of breath: the breathing named in English inside Chinese
    # (breathing很困难: 呼吸很困难; rules-mc, session 47)
    "breathing": "呼吸",
    "breathless": "喘不过气",
    "short of breath": "喘不过气",
    "chest pain": "胸痛",
    "unconscious": "昏迷",
    "tight": "紧",
    "stiff": "硬",
    "purple": "发紫",
    "pale": "苍白",
    "sweating": "出汗",
    "pregnant": "怀孕",
    "period": "月经",
    # named conditions
    "stroke": "中风",
    "heart attack": "心脏病发作",
    "epilepsy": "癫痫",
    "asthma": "哮喘",
    # NHS.uk asthma: the reliever named in English inside Chinese (blue inhaler 一天要用四五次)
    "blue inhaler": "蓝色喷雾",
    "inhaler": "吸入器",
    "reliever": "蓝色喷雾",
    "allergy": "过敏",
    "allergic": "过敏",
    # a medicine a Chinese verb takes (食咗新嘅 antibiotic: NHS antibiotic allergy)
    "antibiotic": "抗生素",
    "antibiotics": "抗生素",
    # substances a Chinese verb takes (喝了 ..., 吞了 ...)
    "bleach": "漂白水",
    "cleaner": "清洁剂",
    "oven cleaner": "清洁剂",
    "drain cleaner": "通渠水",
    "weed killer": "农药",
    "pesticide": "农药",
    # NHS.uk jet lag (treated at home, improving within days) named in English inside Chinese
    # ("飞回来两天，jet lag 很严重")
    "jet lag": "时差",
    "jetlag": "时差",
    "jet-lag": "时差",
    # NHS.uk high blood sugar: a reading said high and checked in English inside Chinese
    # (血糖一直很high, 今天check了一下380; rules-oc, session 49, set 75); only beside a reading
    # (_ONLY_BESIDE_A_READING below): Hong Kong's 玩得好high (hyped) keeps its meaning
    "high": "高",
    "check": "测",
    "checked": "测",
    # MTS uncontrollable haemorrhage / NHS.uk cuts and grazes: pressing on the wound said in
    # English inside Cantonese (press住都止唔到)
    "press": "按",
    "pressed": "按",
    "pressing": "按",
}
_DETERMINER = r"(?:(?:my|his|her|our|their|the|a|an)\s+)?"
_CODE_SWITCH_RE = re.compile(
    r"(\s*)(?<![A-Za-z0-9'])"
    + _DETERMINER
    + "("
    + "|".join(re.escape(k) for k in sorted(CODE_SWITCH, key=len, reverse=True))
    + r")(?![A-Za-z0-9'])(\s*)",
    re.IGNORECASE,
)
# What a reading is of, in Chinese (either script: the text is not simplified yet) or in
# English (rules-pe, session 50)
_READING_OF = (
    r"血糖|血压|血壓|体温|體溫|温度|溫度|发烧|發燒|发热|發熱|烧|燒|度数|度數|读数|讀數|心跳|脉搏|脈搏"
    r"|血氧|血酮|sugar|glucose|bp|blood\s+pressure|fever|temp(?:erature)?|reading|pulse"
)
# "high" said of a reading before it in its clause (血糖一直很high, 血压好high, 发烧好high)
_HIGH_OF_A_READING = re.compile(rf"(?:{_READING_OF})[^\n，。,.;；!?！？、]{{0,6}}$", re.IGNORECASE)
# "check" (a measuring) followed by the reading or its number (check了一下380, check咗血压,
# check 過血糖, check咗係25); "check一下" alone (去医院check一下) is a check-up, left as typed
_CHECK_OF_A_READING = re.compile(
    r"^[^\S\n]*(?:了|咗|过|過|下|一下|一吓|吓|个|個|埋)*[^\S\n]*(?:係|系|是|为|為)?[^\S\n]*"
    rf"(?:\d|{_READING_OF})",
    re.IGNORECASE,
)
# the words of the table read only beside a reading: each with its test on the text before
# and after it
_ONLY_BESIDE_A_READING = {
    "high": lambda before, after: _HIGH_OF_A_READING.search(before) is not None,
    "check": lambda before, after: _CHECK_OF_A_READING.match(after) is not None,
    "checked": lambda before, after: _CHECK_OF_A_READING.match(after) is not None,
}
# a Chinese negation, a space and an English word the table does not hold ("没有 wheeze", "冇
# wheeze"): the English negation, so the English phrases read the sign as denied (NHS.uk hay
# fever and asthma: no wheeze said; rules-na, set 70)
_NEGATION_BEFORE_ENGLISH = re.compile(r"(?:没有|沒有|冇|无|無|没|沒)[ \t]+(?=[A-Za-z])")
# an English word touching it makes a longer English stretch; a number does not ("宝宝fever 39度")
_LATIN_WORD_END = re.compile(r"[A-Za-z'][^\S\n]*$")
_LATIN_WORD_START = re.compile(r"^[^\S\n]*[A-Za-z']")


def read_code_switched(text: str) -> str:
    """Return ``text`` with English words said alone inside Chinese written in Chinese.

    A word is said alone when nothing but spaces stands between it and Chinese on one side
    and no other English word touches it on either ("chest好痛" -> "胸口好痛", "屁股那里 numb 了"
    -> "屁股那里麻了"); a possessive or article may come first ("my baby 发烧").
    """
    if not HAN_RE.search(text):
        return text

    def replace(match: re.Match[str]) -> str:
        before, after = text[: match.start()], text[match.end() :]
        if _LATIN_WORD_END.search(before) or _LATIN_WORD_START.search(after):
            return match.group()  # part of a longer English stretch
        han_before = bool(before) and HAN_RE.match(before[-1]) is not None
        han_after = bool(after) and HAN_RE.match(after[0]) is not None
        if not (han_before or han_after):
            return match.group()
        beside = _ONLY_BESIDE_A_READING.get(match.group(2).lower())
        if beside is not None and not beside(before, after):
            return match.group()  # "high" and "check" only of a reading (玩得好high stays)
        left = "" if han_before or not before else match.group(1)
        # a number after it is joined as Chinese writes it ("baby fever 39度" -> 发烧39度)
        right = "" if han_after or not after or after.lstrip()[:1].isdigit() else match.group(3)
        return left + CODE_SWITCH[match.group(2).lower()] + right

    return _NEGATION_BEFORE_ENGLISH.sub("no ", _CODE_SWITCH_RE.sub(replace, text))


# --- A Chinese word said alone inside an English sentence ----------------------------------

# A Chinese word said alone inside an English sentence ("sudden pain in my left 蛋蛋",
# "his 睾丸 (testicle) hurts") is an English word there: the sentence's frame (its verb, its
# onset, its "I vomited") is English, and the English phrases read across it only when it is
# written in English. Each Chinese word (simplified) is written as the rules' own English word.
HAN_IN_ENGLISH = {
    # NHS.uk testicle pain (sudden, very bad pain, or pain with being sick: A&E); NICE CKS
    # Scrotal pain and swelling (torsion)
    "蛋蛋": "testicle",
    "睾丸": "testicle",
    "春袋": "scrotum",
    "阴囊": "scrotum",
    # NHS.uk stroke (FAST: the face may have dropped on one side): the mouth or face said 歪
    # (askew) inside English ("the right side of her mouth looks 歪"; rules-lb, set 67)
    "歪": "crooked",
}
_HAN_IN_ENGLISH_RE = re.compile(
    r"(?<=[A-Za-z',] )("
    + "|".join(re.escape(k) for k in HAN_IN_ENGLISH)
    # an English gloss in brackets after it ("蛋蛋 (testicle)") says the same word again
    + r")(?![\u3400-\u9fff])(?:\s*\([A-Za-z' ]{1,24}\))?"
)


def read_han_in_english(text: str) -> str:
    """Return ``text`` with Chinese words said alone inside English written in English.

    Only in an English message (more Latin words than Han characters), and only a word that
    follows an English word and a space and is followed by no other Han character ("my left
    蛋蛋 (testicle)" -> "my left testicle", its gloss in brackets dropped); ``text`` is in
    simplified characters.
    """
    if not HAN_RE.search(text):
        return text
    latin = len(re.findall(r"[A-Za-z]+", text))
    hans = sum(len(run) for run in HAN_RUN_ANY.findall(text))
    if hans >= latin:
        return text
    return _HAN_IN_ENGLISH_RE.sub(lambda m: HAN_IN_ENGLISH[m.group(1)], text)
