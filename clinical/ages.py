"""Ages ("6-week-old", "18/12", "宝宝八个月", "两岁半").

Every parser returns only plausible values; anything else is ignored rather than guessed.
Chinese numerals up to 99 are understood ("六周大"). Split from ``clinical.vitals``, whose
``Found`` and ``number`` it uses; durations ("3 days", "两周"), which must not be read as
ages, live in ``clinical.durations``.
"""

from __future__ import annotations

import re

from clinical.corrections import corrected
from clinical.matching import normalize
from clinical.vitals import COUNT as _COUNT
from clinical.vitals import Found, number

__all__ = ["age_findings", "parse_age"]

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
    # Cantonese "my son", "my daughter" (个仔八个月出紧牙: NHS.uk teething; rules-na), never
    # 一个女人 or 个女仔
    r"|(?<![一两三几这那每])个仔|(?<![一两三几这那每])个女(?![人士生仔孩])"
)
# "only just" before a baby's age: 才, 刚; Cantonese 啱啱, 啱, 先 ("個BB啱啱兩個月", "先六個禮拜")
_ZH_ONLY_JUST = r"才|刚刚|刚满|刚|满|已经|啱啱|啱满|啱|先"
# 大 after a span is "old" (六周大), never the 大 of 大概, 大约, 大致 ("一周大概三次": about three
# times a week, NICE CG111 bedwetting; not a one-week-old), nor the first character of a word
# after a time ("爬完山两天大腿很酸": thighs two days after a hike, NHS.uk muscle pain; Cantonese
# "做完gym两日大髀好酸", 大脾: the thigh), nor a euphemism for a bowel movement or a period after
# a span ("出差两天大号不太顺", 大解, "三天大姨妈还没走": NHS.uk constipation and periods; rules-nh)
_ZH_UNIT = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month"}
_AGE_ZH_OLD = re.compile(
    rf"(?:出生\s*)?{_COUNT}\s*(?:个)?\s*(天|日|周|星期|礼拜|月)\s*(?:大(?![便小概约致腿口块量声半部髀脾号姨解]){_GREW}|了?的宝宝|的婴儿|的孩子)"
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
    # a note's "8 month old girl, 2 day hx cough" is how long, not how old
    r"(?!\s*(?:ago|later|before|after|of|since|hx|history|h/o))",
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
# A sex said with its child's word needs no comma before the age: 男婴十一个月，(a note's head)
_AGE_ZH_SEX_HEAD = re.compile(
    rf"(?:(?:男|女)(?:婴|孩|童|宝)\s*[,，、]?|(?:男|女)\s*[,，、])\s*{_ZH_COUNT}\s*[个個]?\s*(月|周|天)\s*大?(?=\s*[,，、。;；:：])",
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
