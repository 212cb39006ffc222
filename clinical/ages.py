"""Ages ("6-week-old", "18/12", "宝宝八个月", "两岁半") and durations ("3 days", "两周").

Every parser returns only plausible values; anything else is ignored rather than guessed.
Chinese numerals up to 99 are understood ("六周大", "三天"). Split from ``clinical.vitals``,
whose ``Found`` and ``number`` it uses.
"""

from __future__ import annotations

import functools
import re

from clinical.corrections import corrected
from clinical.matching import normalize
from clinical.vitals import COUNT as _COUNT
from clinical.vitals import Found, number

__all__ = ["age_findings", "duration_findings", "parse_age"]

_I = re.IGNORECASE

# --- ages ------------------------------------------------------------------------------

_YEARS_PER = {"day": 1 / 365.25, "week": 7 / 365.25, "month": 1 / 12, "year": 1.0}
_EN_UNIT = r"(day|week|wk|month|mo|mth|year|yr)s?"
_AGE_EN_OLD = re.compile(rf"(?<![a-z0-9.]){_COUNT}[\s-]*{_EN_UNIT}[\s-]*old(?![a-z])", _I)
# "my baby boy is 8 months", "our little girl is 10 months", "my toddler is 20 months": the
# count is the child's age (NICE NG143 age bands), not how long a symptom has lasted
_AGE_EN_IS = re.compile(
    rf"(?<![a-z])(?:he|she|baby|child|son|daughter|boy|girl|toddler|infant|grandson|granddaughter"
    rf"|little\s+one)(?:'s|\s+is|\s+was)\s+(?:only\s+|just\s+)?"
    rf"{_COUNT}[\s-]*{_EN_UNIT}(?![a-z])"
    # "she is 2 weeks overdue", "he is 3 days post-op": how late a birth is or the time since an
    # operation, not the person's age
    r"(?!\s*(?:overdue|late|early|pregnant|post|ago|into|since|behind|after)(?![a-z]))",
    _I,
)
# Parents' shorthand for a baby's age (forum and text style): "my 2mo", "our 6wo", "a 2m old",
# "10 m/o", "8wk old" (NICE NG143: the age bands decide what a fever means, and 38 °C or more
# under 3 months is red); "2mo" after my/our/his/her only, so "a cough for 2mo" stays a span,
# and never "w/o" (without)
_AGE_EN_SHORTHAND = re.compile(
    r"(?<![a-z0-9.])(\d{1,2})\s*(wo|m/o|mo/o|(?:w|wk|m|mo)\s+old)(?![a-z])"
    r"|(?<![a-z])(?:my|our|his|her|their)\s+(\d{1,2})\s*(mo|mos|mth|mths|wk|wks)(?![a-z/])"
    r"(?!\s*(?:ago|later|before|after|since|of))",
    _I,
)
# Second-language English drops the copula: "my baby 3 month", "my daughter 5 month", "my
# baby 6 week" (a baby's days or weeks, anyone's months or years; never "... ago / since").
# A phone message drops "my" too: "baby 6 weeks, temp 38.3", "baby girl 8 weeks" (NICE NG143:
# the weeks are the baby's age, not how long the fever has lasted); never "6 weeks early /
# overdue" (how premature or late a birth was).
_AGE_EN_NO_COPULA = re.compile(
    r"(?<![a-z])(?:my\s+)?(?:(?:baby|newborn|infant)(?:\s+(?:girl|boy|son|daughter))?\s+"
    rf"{_COUNT}[\s-]*(day|week|wk|month|mo|mth)s?"
    rf"|my\s+(?:son|daughter|child|boy|girl|kid|grandson|granddaughter)\s+{_COUNT}[\s-]*"
    r"(month|mo|mth|year|yr)s?)(?![a-z])(?!\s*(?:ago|later|before|after|of|since|old|early"
    r"|premature|prem|overdue|late|pregnant|gestation))",
    _I,
)
_AGE_EN_AGED = re.compile(
    r"(?<![a-z])(?:aged?|age\s*:)\s*(\d{1,3})(?!\d)(?![\s-]*(?:day|week|wk|month|mo|mth)s?(?![a-z]))"
    r"|(?<![a-z0-9.])(\d{1,3})\s*(?:y/?o|yrs?\s+old|years?\s+old)(?![a-z])"
    r"|(?<![a-z])(?:i\s+am|i'm|im)\s+(\d{1,3})(?!\d|\.\d)(?!\s*(?:%|kg|lb|min|hour|hr|day|week|"
    r"month|cm|ft|feet|foot|inch|degree|°|mile|km|time|x|times|people|/))",
    _I,
)
# "两个月大咗少少", 三个月大了一点: a lump or a swelling that grew a little over the months, not an
# age (大咗 / 大了 with a degree word after it)
_GREW = r"(?!\s*(?:咗|了)\s*(?:少少|啲|一点|一些|些|不少|好多|很多|一圈|一倍))"
# "宝宝八个月" (the baby is eight months old) is an age even without 大
_ZH_BABY = (
    r"宝宝|宝贝|女宝|男宝|大宝|二宝|小宝|婴儿|孩子|小孩|儿子|女儿|孙子|孙女|外孙|娃|患儿"
    r"|bb仔|bb|啤啤|囡囡|阿仔|细路"
)
# "only just" before a baby's age: 才, 刚; Cantonese 啱啱, 啱, 先 ("個BB啱啱兩個月", "先六個禮拜")
_ZH_ONLY_JUST = r"才|刚刚|刚满|刚|满|已经|啱啱|啱满|啱|先"
# 大 after a span is "old" (六周大), never the 大 of 大概, 大约, 大致 ("一周大概三次": about three
# times a week, NICE CG111 bedwetting; not a one-week-old), nor the first character of a word
# after a time ("爬完山两天大腿很酸": thighs two days after a hike, NHS.uk muscle pain; Cantonese
# "做完gym两日大髀好酸", 大脾: the thigh)
_ZH_UNIT = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month"}
_AGE_ZH_OLD = re.compile(
    rf"(?:出生\s*)?{_COUNT}\s*(?:个)?\s*(天|日|周|星期|礼拜|月)\s*(?:大(?![便小概约致腿口块量声半部髀脾]){_GREW}|了?的宝宝|的婴儿|的孩子)"
    rf"|出生\s*{_COUNT}\s*(?:个)?\s*(天|日|周|星期|礼拜|月)"
    rf"|(?<!生完)(?<!生了)(?<!生下)(?<!怀着)(?:{_ZH_BABY})\s*(?:{_ZH_ONLY_JUST})?\s*{_COUNT}\s*(?:个)?\s*(周|星期|礼拜|月)"
    r"(?![内里前后没不都一以来开])",
    _I,
)
# An older baby's age said alone between commas in a message about a baby ("宝宝发烧37.6，
# 吃奶正常，8个月"): months or weeks with nothing else in the clause, never "8个月了" (how long)
_AGE_ZH_ALONE = re.compile(
    rf"(?:^|(?<=[,，。;；!！\s]))(?:才|刚|啱啱|先)?\s*{_COUNT}\s*(?:个)?\s*(周|星期|礼拜|月)\s*大?"
    r"(?=\s*(?:$|[,，。;；!！?？]))",
    _I,
)
_ZH_BABY_WORD = re.compile(_ZH_BABY, _I)
# "八十几岁", "七十多岁" (eighty-odd): read at the lower bound
_AGE_ZH_YEARS = re.compile(
    rf"{_COUNT}\s*(?:几|多|来)?\s*(?:周)?岁(半)?|年龄\s*:?\s*(\d{{1,3}})", _I
)
# An older relative's age said without a unit: "my grandad is 82", "my nan, 87,", "my mum (79)";
# never a weight, a temperature ("my dad is 38.5") or a count of something else.
_RELATIVES = (
    r"grand(?:ad|dad|pa|father|ma|mother|mum|mom|parent)|granny|gran|nan|nana|nanna|nanny"
    r"|mum|mom|mother|dad|father|husband|wife|partner|uncle|aunt|auntie|aunty"
    r"|(?:mother|father)[\s-]in[\s-]law"
)
_AGE_EN_RELATIVE = re.compile(
    rf"(?<![a-z])(?:{_RELATIVES})(?:'s|\s+is|\s+who\s+is|\s+who's|\s*,|\s*\(|\s+(?=[4-9]\d\s))\s*"
    r"(?:now\s+|only\s+|nearly\s+|almost\s+|about\s+|over\s+|aged\s+)?(\d{2,3})(?!\d|\.\d)"
    r"(?!\s*(?:%|kg|kilos?|lbs?|pounds?|stone|st|cm|ft|feet|inch|inches|degrees?|°|c|f|mmol|bpm"
    r"|weeks?|wks?|days?|months?|hours?|hrs?|minutes?|mins?|times|x|/|mg|miles?|km|pills?"
    r"|tablets?)(?![a-z]))",
    _I,
)
# Clinicians' "6/52" (weeks) and "18/12" (months) before a word for the child, and a parent's
# "my toddler, 18 months," (an age set off by a comma or a bracket, never "for 2 weeks").
_AGE_NOTES = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*/\s*(52|12|7)(?![\d/])(?=\s*(?:old|baby|infant|boy|girl|child|"
    r"toddler|son|daughter|m(?![a-z])|f(?![a-z])|male|female))",
    _I,
)
_AGE_EN_APPOSITION = re.compile(
    rf"(?<![a-z])(?:baby|infant|toddler|son|daughter|child|kid|boy|girl|grandson|granddaughter)"
    rf"\s*[,(]\s*(?:aged\s+|age\s+|just\s+|only\s+)?{_COUNT}[\s-]*{_EN_UNIT}(?![a-z])"
    r"(?!\s*(?:ago|later|before|after|of|since))",
    _I,
)
# A child's age after "of" or "aged", with its unit: "my baby of 6 weeks", "a little one of 7
# weeks", "baby aged 6 weeks", "aged 10 months" (never "aged 6" read as years when weeks follow)
_AGE_EN_OF = re.compile(
    rf"(?<![a-z])(?:(?:baby|infant|newborn|toddler|son|daughter|child|kid|boy|girl|grandson"
    rf"|granddaughter|little\s+one)\s+of|aged?|age\s*:)\s+(?:just\s+|only\s+)?"
    rf"{_COUNT}[\s-]*{_EN_UNIT}(?![a-z])(?!\s*(?:ago|later|before|after|since))",
    _I,
)
# "a child of 5", "my daughter of 3", "a woman of 80": years, never a count of something
_AGE_EN_OF_YEARS = re.compile(
    r"(?<![a-z])(?:child|son|daughter|boy|girl|kid|grandson|granddaughter|man|woman|lady"
    r"|gentleman)\s+of\s+(\d{1,3})(?![\d.])(?!\s*(?:%|/|x(?![a-z])|kg|cm|mg|ml|times|children"
    r"|kids|people|tablets?|pills?|years?\s+(?:ago|of))(?![a-z]))",
    _I,
)
# A note's opening "45M", "72F", "3mo F", "18mo girl", "6wk M" (at the start or after a full
# stop, so "walked 5 m" is no age), and "18mo girl" anywhere.
_NOTE_UNIT = {"y": "year", "m": "month", "w": "week", "d": "day"}
_AGE_NOTE_HEAD = re.compile(
    r"(?:^\s*|\n\s*|(?<!\d)[.;:]\s+|(?<![a-z])(?:pt|patient)\s+(?:is\s+)?(?:a\s+|an\s+)?)(\d{1,3})\s*"
    r"(yo|y/o|yrs?|y|mos?|m/o|mths?|wks?|w/o|d/o|days?)?\s*(?:old\s+)?"
    r"(m|f|male|female|man|woman|boy|girl|gentleman|lady)(?![a-z])"
    r"|(?<![\d.])(\d{1,2})\s*(mos?|mths?|wks?)\s*(?:old\s+)?"
    r"(?=(?:baby|infant|boy|girl|son|daughter|m|f|male|female)(?![a-z]))",
    _I,
)
# A note's or a phone message's months, weeks or days as one letter before the word for the child:
# "18m girl", "9m boy", "6w baby" (NICE NG143: the age band decides what a fever means; "18m" is
# never 18 years, nor "M" a sex here)
_AGE_EN_LETTER_UNIT = re.compile(
    r"(?<![a-z0-9.])(\d{1,2})\s*(m|w|d)\s+(?:old\s+)?"
    r"(?=(?:baby|infant|newborn|boy|girl|son|daughter|toddler|child)(?![a-z]))",
    _I,
)
# A sex then an age at the start of a message or a sentence ("woman 25, sore throat", "M 67,
# chest tightness", "F 82 fell", "man, 71,"), or an age set off before a sex or a pregnancy
# ("41, female", "cystitis again. 41, not pregnant"):
# NICE NG232 and the older-adult rules read 65 and over; never a weight, a count or a reading
_AGE_UNITS_NOT = (
    r"(?!\s*(?:%|/|x(?![a-z])|kg|kilos?|lbs?|st(?![a-z])|stone|cm|ft|feet|mg|ml|mmol|bpm|times"
    r"|tablets?|pills?|hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|mos?|degrees?|°))"
)
_AGE_EN_SEX_FIRST = re.compile(
    r"(?:^|\n|(?<![\d.])[.;!?]\s)\s*(?:m|f|male|female|man|woman|lady|gentleman|gent)"
    r"\s*[,:]?\s*(?:aged\s+)?(\d{1,3})(?![\d.])"
    + _AGE_UNITS_NOT
    + r"(?=\s*(?:$|[,;.:!?)]|y(?:rs?|o|/o)?(?![a-z])|years?(?![a-z])|[a-z]))"
    r"|(?:^|\n|(?<![\d.])[.;!?]\s)\s*(\d{1,3})\s*[,:]\s*"
    r"(?:m|f|male|female|man|woman|lady|gentleman|(?:not\s+)?pregnant)(?![a-z])",
    _I,
)
# A child's age in brackets or between commas after the word for the child ("my son (6) has",
# "my daughter, 4, has a temp"), and "she is 4", "he's 7," said of a child: years under 16 only,
# so a temperature ("she is 38.5") and a pregnancy's weeks ("she is 12 weeks") stay out
_AGE_EN_CHILD_BARE = re.compile(
    r"(?<![a-z])(?:son|daughter|boy|girl|child|kid|grandson|granddaughter|toddler)"
    r"\s*(?:\(\s*(\d{1,2})\s*\)|,\s*(\d{1,2})\s*,)"
    r"|(?<![a-z])(?:he|she)(?:'s|\s+is)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(\d{1,2})"
    r"(?![\d.])"
    + _AGE_UNITS_NOT
    + r"(?=\s*(?:$|[,;.!?)]|and(?![a-z])|now(?![a-z])|with(?![a-z])|y(?:rs?|o|/o)?(?![a-z])))",
    _I,
)
# A clinician's "6/52", "2/12" after the word for the child ("baby 6/52, temp 38.3"), or after a
# forum's DS / DD / LO (darling son, darling daughter, little one: "DS 2/12, temp 38.1")
_AGE_NOTES_AFTER = re.compile(
    r"(?<![a-z])(?:baby|infant|boy|girl|child|toddler|son|daughter|newborn|ds|dd|lo)\d?"
    r"\s*[,(:]?\s*"
    r"(\d{1,2})\s*/\s*(52|12|7)(?![\d/])",
    _I,
)
_ZH_COUNT = r"(\d{1,3}|[零一二两三四五六七八九十]{1,3})"  # no English words: "a" is everywhere
# A note's sex then a baby's age, set off by commas: 患儿男，10个月，/ 女，7個月，/ 男婴，5个月。
_AGE_ZH_SEX_HEAD = re.compile(
    rf"(?:男|女)(?:婴|孩|童|宝)?\s*[,，、]\s*{_ZH_COUNT}\s*[个個]?\s*(月|周|天)\s*大?(?=\s*[,，、。;；:：])",
    _I,
)
# Forum shorthand for one's own child (mumsnet, BabyCenter): "DD 8 months", "DS, 14 months",
# "LO is 9 months", "my dd (10 months)"; never "DD has had eczema for 8 months".
_AGE_EN_FORUM = re.compile(
    rf"(?<![a-z])(?:dd|ds|lo)\d?(?:'s|\s+is|\s*[,(])?\s*(?:aged\s+|just\s+|only\s+)?"
    rf"{_COUNT}[\s-]*{_EN_UNIT}(?![a-z])(?!\s*(?:ago|later|before|after|of|since))",
    _I,
)
# Chinese notes: 3个月女婴, 8月龄, 生后25天, 日龄5天; day 5 of life
_AGE_ZH_NOTES = re.compile(
    rf"{_ZH_COUNT}\s*(?:个)?\s*(月|周|天)\s*(?:大)?\s*的?\s*(?=男婴|女婴|婴儿|男孩|女孩|患儿|宝宝)"
    rf"|(\d{{1,2}})\s*(月|周|日|天)龄|(?:生后|日龄)\s*{_ZH_COUNT}\s*(天|周|月)",
    _I,
)
# A child's age before a family word for the child at a clause's start or after 我家 / 家里
# ("18个月女儿发烧", 我家10个月儿子, 3个月的孩子): the age (NICE NG143), never "咳了两个月孩子..."
_AGE_ZH_BEFORE_CHILD = re.compile(
    r"(?:^|(?<=[,，。;；!！?？\s])|(?<=我家)|(?<=我)|(?<=家里)|(?<=家)|(?<=有个)|(?<=一个))"
    rf"{_ZH_COUNT}\s*(?:个)?\s*(月|周|天)\s*(?:大)?\s*的?\s*"
    r"(?=女儿|儿子|孩子|小孩|宝贝|闺女|孙子|孙女|外孙|娃|男宝|女宝|bb)",
    _I,
)
_DAY_OF_LIFE = re.compile(r"(?<![a-z])day\s*(\d{1,2})\s*of\s*life", _I)
_HAN = re.compile(r"[\u3400-\u9fff]")  # the Chinese patterns run only on text with Han
_NEWBORN = re.compile(r"(?<![a-z])new[\s-]?born(?![a-z])|新生儿|刚出生", _I)


def _years(count: str, unit: str) -> float | None:
    value = number(count)
    if value is None:
        return None
    key = {"d": "day", "w": "week", "m": "month", "y": "year"}[unit.lower()[0]]
    return value * _YEARS_PER[key]


def age_findings(text: str) -> list[Found]:
    """Return every age mentioned in ``text``, in years, with the words it came from."""
    text = normalize(text)
    found: list[Found] = []
    spans: list[tuple[int, int]] = []

    def add(years: float | None, match: re.Match[str]) -> None:
        if any(s < match.end() and match.start() < e for s, e in spans):
            return  # "she is 6 weeks old": one age, not two
        if years is not None and 0 <= years <= 130:
            found.append(Found(round(years, 3), match.group().strip()))
            spans.append(match.span())

    for pattern in (_AGE_EN_OLD, _AGE_EN_IS):
        for m in pattern.finditer(text):
            add(_years(m.group(1), m.group(2)), m)
    for m in _AGE_EN_LETTER_UNIT.finditer(text):
        add(_years(m.group(1), m.group(2)), m)
    for m in _AGE_EN_SHORTHAND.finditer(text):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        add(_years(count, unit), m)
    for m in _AGE_EN_NO_COPULA.finditer(text):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        add(_years(count, unit), m)
    for pattern in (_AGE_EN_APPOSITION, _AGE_EN_FORUM, _AGE_EN_OF):
        for m in pattern.finditer(text):
            add(_years(m.group(1), m.group(2)), m)
    for m in _AGE_EN_OF_YEARS.finditer(text):
        add(float(m.group(1)), m)
    for m in (*_AGE_NOTES.finditer(text), *_AGE_NOTES_AFTER.finditer(text)):
        units, per = float(m.group(1)), {"52": 7 / 365.25, "12": 1 / 12, "7": 1 / 365.25}
        if 0 < units <= {"52": 52, "12": 24, "7": 6}[m.group(2)]:  # "80/12 male" is no age
            add(units * per[m.group(2)], m)
    for m in _AGE_NOTE_HEAD.finditer(text):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(5))
        spaced = m.group(1) and not unit and len(m.group(3)) == 1 and text[m.start(3) - 1].isspace()
        if spaced and text[: m.start(1)].strip():
            continue  # "5 m" later in a note is metres or minutes; "45M", a leading "45 M" an age
        add(_years(count, _NOTE_UNIT[(unit or "y").lower()[0]]), m)
    for m in _AGE_EN_SEX_FIRST.finditer(text):
        add(float(m.group(1) or m.group(2)), m)
    for m in _AGE_EN_CHILD_BARE.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        if 0 < float(raw) < 16:
            add(float(raw), m)
    for m in _DAY_OF_LIFE.finditer(text):
        add(_years(m.group(1), "day"), m)
    han = _HAN.search(text) is not None
    for m in _AGE_ZH_SEX_HEAD.finditer(text) if han else ():
        add(_years(m.group(1), _ZH_UNIT[m.group(2)]), m)
    for m in _AGE_ZH_BEFORE_CHILD.finditer(text) if han else ():
        add(_years(m.group(1), _ZH_UNIT[m.group(2)]), m)
    for m in _AGE_ZH_NOTES.finditer(text) if han else ():
        count, unit = next(
            (c, u) for c, u in zip(m.groups()[:6:2], m.groups()[1:6:2], strict=True) if c
        )
        add(_years(count, _ZH_UNIT[unit]), m)
    for m in _AGE_EN_AGED.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        add(float(raw), m)
    for m in _AGE_EN_RELATIVE.finditer(text):
        if 16 <= float(m.group(1)) <= 115:
            add(float(m.group(1)), m)
    for m in _AGE_ZH_OLD.finditer(text) if han else ():
        count, unit = next(
            (c, u) for c, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if c
        )
        add(_years(count, _ZH_UNIT[unit]), m)
    if han and _ZH_BABY_WORD.search(text):
        for m in _AGE_ZH_ALONE.finditer(text):
            add(_years(m.group(1), _ZH_UNIT[m.group(2)]), m)
    for m in _AGE_ZH_YEARS.finditer(text) if han else ():
        if m.group(1):
            value = number(m.group(1))
            add(None if value is None else value + (0.5 if m.group(2) else 0), m)
        else:
            add(float(m.group(3)), m)
    for m in _NEWBORN.finditer(text):
        add(0.04, m)
    return found


def parse_age(text: str) -> float | None:
    """Return the first age mentioned in ``text`` in years (a 6-week-old is 0.115), else None;
    an age the patient corrected is the corrected one ("4 months, no wait, 10 weeks")."""
    found = age_findings(corrected(text))
    return found[0].value if found else None


# --- durations -------------------------------------------------------------------------

_DURATION_EN = re.compile(
    rf"(?<![a-z0-9.]){_COUNT}[\s-]*(day|week|month|year)s?(?![a-z])(?![\s-]*(?:old|pregnant|along))",
    _I,
)
# "两个多星期", 一个多月: more than N (read as N)
_DURATION_ZH = re.compile(
    rf"(?<![\d.]){_COUNT}\s*(?:个)?\s*(?:多\s*)?(天|日|周|星期|礼拜|月|年)"
    r"(?!\s*(?:大(?![便小概约致])|岁|前|级|纪))",
    _I,
)


# Months, weeks or years said without a number (NICE CKS: long-standing pain is reviewed, not
# seen the same day; NHS.uk peripheral arterial disease: a GP): 几个月 and 好几个月 read as two
# and three months, 几个星期 two weeks, 几年 two years, 半年 six months, 成个月 (Cantonese: a
# whole month) one (成个礼拜 is left unread: tests/test_disposition_sources.py holds its
# level); never a baby's age (几个月大), a time ago or ahead (几个月前, 过几个月), how often
# (几个月一次) nor a negated span (没几个月, 不到几个月)
_DURATION_ZH_VAGUE = re.compile(
    r"(?<![没冇不过再等])(好|近|这|呢)?\s*(?:几|幾)\s*(?:个|個)?\s*(?:多\s*)?(月|星期|礼拜|禮拜|周|週|年)"
    r"|(?<![没冇不过再等])(半)\s*(年)"
    r"|(?<![没冇不])(成)\s*(?:个|個)\s*(月)"
)
_VAGUE_NOT_AFTER = re.compile(
    r"\s*(?:大|岁|歲|前|后|後|以后|以後|之后|之後|内|內|里|裡|一次|次|才|先)"
)
_VAGUE_DAYS = {"月": 30.0, "星期": 7.0, "礼拜": 7.0, "禮拜": 7.0, "周": 7.0, "週": 7.0, "年": 365.0}


def _vague_durations(text: str) -> list[Found]:
    """Return the Chinese spans said without a number (几个月, 半年, 成个月) in days."""
    found: list[Found] = []
    for m in _DURATION_ZH_VAGUE.finditer(text):
        if _VAGUE_NOT_AFTER.match(text, m.end()) or _FREQUENCY_AFTER.match(text, m.end()):
            continue
        if text[: m.start()].rstrip().endswith(("孕", "有咗")):
            continue  # 怀孕几个月: how far along a pregnancy is
        if m.group(4):  # 半年
            count, unit = 0.5, m.group(4)
        elif m.group(5):  # 成个月
            count, unit = 1.0, m.group(6)
        else:  # 几个月 two, 好几个月 three
            count, unit = (3.0 if m.group(1) == "好" else 2.0), m.group(2)
        found.append(Found(count * _VAGUE_DAYS[unit], m.group().strip()))
    return found


# Clinicians' fractions: N/7 days, N/52 weeks, N/12 months ("cough 4/52"); never a date
# (1/12/2025), a score (7/10), "24/7" or visual acuity (VA 6/12, 视力6/9).
_DURATION_NOTES = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(7|52|12)(?![\d/])")
_NOTE_DAYS = {"7": (1, 14), "52": (7, 52), "12": (30, 24)}  # days per unit, largest count
_ACUITY = re.compile(r"(?:va|v/a|acuity|vision|visual|视力|視力|矫正)\s*[:：]?\s*(?:[rl]\s*)?$", _I)


_YEARS_AGO = re.compile(r"s?\s*(?:ago|back|before)(?![a-z])|\s*(?:前|之前|以前)", _I)
# A named visit is no duration: "her 16-week jabs", "the 12 week scan", "6-week check" (the
# NHS schedule's names for a baby's vaccines, a pregnancy scan or a postnatal check).
_NAMED_VISIT = re.compile(
    r"s?[\s-]*(?:jabs?|vaccin\w*|immuni[sz]ations?|injections?|check|check-?up|scan|"
    r"baby check|postnatal check)(?![a-z])",
    _I,
)
# How far along a pregnancy is, said without "pregnant" after the weeks: "I'm 34 weeks",
# "she's 36 weeks", "pregnant 20 weeks", "33 weeks gone" (British), in a message about a
# pregnancy (NICE NG201 / NHS.uk: women say how far along they are); never "I'm 3 weeks into
# this cough" or "3 weeks post op".
_GESTATION_BEFORE = re.compile(
    r"(?:\b(?:i'?m|i\s+am|she'?s|she\s+is|we'?re|pregnant|preggers|expecting)|\bat)\s*$", _I
)
_GESTATION_AFTER = re.compile(r"[\s-]*(?:gone|pg|preg)(?![a-z])", _I)
_NOT_GESTATION_AFTER = re.compile(
    r"\s+(?:into|post|after|since|of|with|on|off|out|in|now|ago|later|before)(?![a-z])", _I
)
_PREGNANCY_WORDS = re.compile(
    r"pregnan|preggers|midwife|antenatal|maternity|\bbump\b|\bkick|\bbaby|\bexpecting\b", _I
)


def _gestation(text: str, m: re.Match[str], value: float | None) -> bool:
    """Return True when "N weeks" is how far along a pregnancy is ("I'm 34 weeks")."""
    if m.group(2).lower() != "week" or value is None or not 4 <= value <= 42:
        return False
    if _GESTATION_AFTER.match(text, m.end()):
        return True
    return (
        bool(_GESTATION_BEFORE.search(text[: m.start()]))
        and not _NOT_GESTATION_AFTER.match(text, m.end())
        and bool(_PREGNANCY_WORDS.search(text))
    )


# A frequency is no duration: "a couple of times a year", "twice a month", 一年会发两三次,
# 一个月两次 say how often, not how long.
_FREQUENCY_BEFORE = re.compile(r"(?:times?|twice|once|thrice)\s*(?:per\s*)?$", _I)
_FREQUENCY_AFTER = re.compile(
    r"\s*(?:会|要|都|就|大概|左右|发|犯|来|嚟|有)*\s*[一二两三四五六七八九十几\d]+\s*(?:到[一二两三四五六七八九十几\d]+)?\s*次"
)


# A time ahead is no duration: "exams in 3 weeks", "my wedding is in two months", "flying in
# 10 days", "surgery in 6 weeks' time" say when something will happen (NHS.uk: how long a
# symptom has lasted decides; a date to come does not). Only after a planned event's word, so
# "lost weight in 3 weeks" and "worse in the last 2 days" stay durations.
_AHEAD_BEFORE = re.compile(
    r"\b(?:exams?|interviews?|wedding|holiday|trip|flights?|flying|fly|travel(?:l?ing)?|"
    r"operation|surgery|deadline|finals|driving test|move|moving|starts?|starting|due)"
    r"(?:\s+(?:is|are|was|will\s+be|starts?|'s))?\s+in\s+(?:about\s+|around\s+|roughly\s+|"
    r"just\s+(?:over\s+|under\s+)?|only\s+|another\s+)?$",
    _I,
)
_AHEAD_AFTER = re.compile(r"s?'?\s*time(?![a-z])|s?\s+from\s+now(?![a-z])", _I)


# In a pregnancy, a week reached as a point ("那次到16周左右就好了": the sickness ended by week
# 16 of the last pregnancy) is how far along, not how long (NHS.uk morning sickness usually
# eases by 16 to 20 weeks); only with an end said after it (就好了, 就冇事, 就停), so
# "咳到五周了" stays a span.
_WEEK_REACHED_BEFORE = re.compile(r"到了?\s*$")
_WEEK_REACHED_AFTER = re.compile(
    r"\s*(?:左右|前后)?\s*(?:就|便|先)\s*(?:好|没事|冇事|停|消失|结束|无事)"
)
_PREGNANCY_ZH = re.compile(r"怀孕|孕|有咗|怀咗|一胎|怀老")


# An earlier episode's span, told to compare ("跟上次一样，那次三天就好了", "same as last time,
# it cleared up in 4 days"), is how long that one lasted, not this one (NHS.uk fever in
# children, NICE NG143: a fever for 5 days or more): a span with an end right after it
# (就好了, 就退了) or an end before it ("cleared up in"), and an earlier time named before it.
_EARLIER_EPISODE = re.compile(
    r"那次|上次|上回|那回|上一次|以前|之前|每次|last\s+time|that\s+time|the\s+time\s+before|"
    r"that\s+one|last\s+one|previous|before\s+that|every\s+time",
    _I,
)
_SPAN_ENDED_AFTER = re.compile(
    r"\s*(?:左右|前后|多)?\s*(?:就|便|先|已经)\s*(?:好|没事|冇事|退|消|痊愈|无事|康复)"
)
_SPAN_ENDED_BEFORE = re.compile(
    r"(?:cleared(?:\s+up)?|gone|better|over|went\s+away|settled(?:\s+down)?|got\s+better|"
    r"was\s+fine)\s+(?:in|within|after)\s+(?:about\s+|around\s+)?$",
    _I,
)


# The time since an event is no span of a fever that began today ("had chemo 10 days ago, 38.2
# since this morning", "started a new job 2 weeks ago, since this morning a temperature",
# 剖腹产后十天，今天开始发烧, 打完疫苗三天了，今天发烧): NHS 111 fever advice and NICE NG143 count
# the fever's own days. Dropped only when the message gives a start today or last night and the
# span is anchored on a named event (a treatment, a birth, a vaccine, travel, a move, a new job),
# so "fever for 5 days" and "had my operation 10 days ago and a fever ever since" still count.
_RECENT_ONSET = re.compile(
    r"\bsince\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night|today|tonight|lunch(?:time)?"
    r"|breakfast|earlier(?:\s+today)?|yesterday(?:\s+(?:evening|afternoon|night))?|the\s+morning)"
    r"|\b(?:started|began|came\s+on|kicked\s+in)\s+(?:this\s+(?:morning|afternoon|evening)|today"
    r"|tonight|last\s+night|earlier\s+today)"
    r"|(?:今天|今日|今早|今天早上|今天上午|今天下午|早上|昨晚|昨天晚上|昨夜|半夜)\s*(?:才|突然|又)?\s*"
    r"(?:开始|起)?\s*(?:有点|有些)?\s*(?:发烧|发热|烧|低烧|高烧|体温)",
    _I,
)
_EVENT_EN = (
    r"chemo\w*|radiotherapy|operation|surgery|op|procedure|c-?section|caesarean|cesarean"
    r"|gave\s+birth|had\s+(?:the|my|our|her)\s+baby|delivered|jabs?|vaccin\w*|immuni[sz]\w*"
    r"|injection|booster|got\s+back|came\s+back|returned|flew|holiday|trip|moved|new\s+job"
    r"|new\s+school|nursery|discharged|tooth\s+out|extraction"
)
_EVENT_BEFORE_EN = re.compile(rf"\b(?:{_EVENT_EN})\b[^,.;!?]*$", _I)
_AGO_AFTER = re.compile(r"s?\s*(?:ago|back|before)(?![a-z])", _I)
_SINCE_EVENT_AFTER_EN = re.compile(
    rf"s?\s*(?:after|since|post)[\s-]+(?:(?:the|my|his|her|our|a|their)\s+)?(?:{_EVENT_EN}"
    r"|op(?![a-z])|partum|natal|birth)",
    _I,
)
_EVENT_BEFORE_ZH = re.compile(
    r"(?:化疗|放疗|手术|开刀|剖腹产|剖宫产|顺产|生完|生了|生宝宝|分娩|生产|疫苗|打针|接种|出院|回来|回国"
    r"|搬家|拔牙|做完|旅游|旅行)[^,，。;；!！?？]*$"
)


def _since_event(text: str, m: re.Match[str], english: bool) -> bool:
    """Return True when the span ``m`` is the time since a named event, not a symptom's."""
    before = text[max(0, m.start() - 60) : m.start()]
    if english:
        return bool(
            (_EVENT_BEFORE_EN.search(before) and _AGO_AFTER.match(text, m.end()))
            or _SINCE_EVENT_AFTER_EN.match(text, m.end())
        )
    return bool(_EVENT_BEFORE_ZH.search(before))


_PAIR_BEFORE = ("他", "她", "它", "们", "咱", "你", "我", "哥", "姐", "弟", "妹", "口", "两")


def duration_findings(text: str) -> list[Found]:
    """Return every "N days/weeks/months" in ``text`` as a number of days (ages excluded)."""
    text = normalize(text)
    found: list[Found] = []
    ages = age_findings(text)
    days = {
        "day": 1,
        "week": 7,
        "month": 30,
        "天": 1,
        "日": 1,
        "周": 7,
        "星期": 7,
        "礼拜": 7,
        "月": 30,
        "year": 365,
        "年": 365,
    }
    recent = _RECENT_ONSET.search(text) is not None
    for pattern in (_DURATION_EN, _DURATION_ZH):
        for m in pattern.finditer(text):
            value = number(m.group(1))
            if recent and _since_event(text, m, pattern is _DURATION_EN):
                continue  # "had chemo 10 days ago, 38.2 since this morning": not the fever's days
            if m.group(1) in ("俩", "仨") and text[: m.start()].endswith(_PAIR_BEFORE):
                continue  # 他俩天天吵: the two of them, no count of days
            if text[: m.start()].rstrip().endswith(("孕", "有咗")):
                continue  # "怀孕8周", 有咗34周: how far along a pregnancy is, not how long
            before = text[: m.start()].rstrip()
            if before.endswith(("零", "又")) and any(
                before[:-1].rstrip().endswith(a.words) for a in ages
            ):
                continue  # 宝宝5个月零10天, 一岁零两个月: the rest of an age, not how long
            if (
                m.group(2) in ("周", "星期", "礼拜")
                and _WEEK_REACHED_BEFORE.search(text[: m.start()])
                and _WEEK_REACHED_AFTER.match(text, m.end())
                and _PREGNANCY_ZH.search(text)
            ):
                continue  # 那次到16周左右就好了: a week of a pregnancy reached, not how long
            if _EARLIER_EPISODE.search(text[max(0, m.start() - 40) : m.start()]) and (
                _SPAN_ENDED_AFTER.match(text, m.end())
                or _SPAN_ENDED_BEFORE.search(text[: m.start()])
            ):
                continue  # 那次三天就好了: how long an earlier episode lasted, not this one
            if pattern is _DURATION_EN and _gestation(text, m, value):
                continue  # "I'm 34 weeks" (pregnant): how far along, not how long
            if any(a.words == m.group().strip() or m.group().strip() in a.words for a in ages):
                continue  # "宝宝八个月" is the baby's age
            if m.group(2).lower() in ("year", "年") and _YEARS_AGO.match(text, m.end()):
                continue  # "3 years ago", 三年前: when something happened, not how long
            if _FREQUENCY_BEFORE.search(text[: m.start()]) or _FREQUENCY_AFTER.match(text, m.end()):
                continue  # "a few times a year", 一年两三次: how often, not how long
            if _NAMED_VISIT.match(text, m.end()):
                continue  # "her 16-week jabs": a named visit, not how long
            if pattern is _DURATION_EN and (
                _AHEAD_BEFORE.search(text[: m.start()]) or _AHEAD_AFTER.match(text, m.end())
            ):
                continue  # "exams in 3 weeks", "in 2 weeks' time": a time ahead, not how long
            if value is not None:
                found.append(Found(value * days[m.group(2).lower()], m.group().strip()))
    found += _vague_durations(text)
    for m in _DURATION_NOTES.finditer(text):
        per, most = _NOTE_DAYS[m.group(2)]
        count = int(m.group(1))
        if not 0 < count <= most or _ACUITY.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if any(m.group().strip() in a.words for a in ages):
            continue  # "6/52 baby" is the baby's age
        found.append(Found(float(count * per), m.group().strip()))
    return found


# --- an answer to "how old?" -----------------------------------------------------------

# What may stand around a bare count and unit in an answer to an age question: a yes or no
# first ("no, 10 months"), a pronoun ("she's 7 weeks"), a hedge ("about", 大概, 才), "old".
_BARE_AGE_WORDS = re.compile(
    r"(?:yes|yeah|no|nope|not|she'?s|he'?s|she is|he is|they'?re|it'?s|i'?m|i am|about|around|"
    r"roughly|nearly|almost|just|only|over|old|months?|weeks?|days?|and a half|"
    r"是的|是|不是|没有|对|不|她|他|宝宝|孩子|大概|大约|差不多|快|才|刚|刚刚|已经|多|大|了|左右)",
    _I,
)


@functools.lru_cache(maxsize=1024)
def bare_age(text: str) -> float | None:
    """Return the age, in years, that an answer to an age question gives: an age as
    :func:`parse_age` reads one, or a bare count and unit ("7 weeks", "no, 10 months",
    "2个月", 八个月大), which anywhere else would be a duration. None for anything more."""
    if (age := parse_age(text)) is not None:
        return age
    text = normalize(text)
    found = duration_findings(text)
    if len(found) != 1:
        return None
    rest = text.replace(found[0].words, " ", 1)
    if _BARE_AGE_WORDS.sub(" ", rest).strip(" \t,.;:!?~，。、！？；：") != "":
        return None
    return round(found[0].value / 365.25, 3)
