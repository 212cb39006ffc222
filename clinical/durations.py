"""Durations ("3 days", "两周", "6/52") and a bare count answering "how old?".

Every parser returns only plausible values; anything else is ignored rather than guessed.
Chinese numerals up to 99 are understood ("三天"). An age ("6-week-old", 宝宝5个月零10天) is
never a duration, so this module reads ages first (``clinical.ages``).
"""

from __future__ import annotations

import functools
import re

from clinical.ages import age_findings, parse_age
from clinical.matching import normalize
from clinical.vitals import COUNT as _COUNT
from clinical.vitals import Found, number

__all__ = ["bare_age", "duration_findings", "trip_spans_blanked"]

_I = re.IGNORECASE

_DURATION_EN = re.compile(
    rf"(?<![a-z0-9.]){_COUNT}[\s-]*(day|week|month|year)s?(?![a-z])(?![\s-]*(?:old|pregnant|along))",
    _I,
)
# A count of cakes is no span (吃了四个月饼, 两个年糕: mooncakes and rice cakes, rules-jg, set
# 62): the one place that says so, for the spans here and the rules' `lasting` phrases
# (clinical.disposition reads the text with ``cake_counts_blanked``)
_CAKES = "饼餅糕"
_CAKE_COUNTED = re.compile(rf"[月年](?=\s*[{_CAKES}])")


def cake_counts_blanked(text: str) -> str:
    """Return ``text`` with the month or year of a counted cake (三个月饼, 两个年糕) taken out, so
    no reader takes the count for a span of months or years."""
    return _CAKE_COUNTED.sub(_CAKES[0], text)


# "两个多星期", 一个多月: more than N (read as N); a counted cake is no span (above); a time
# ago it began (三个礼拜前开始, as English "three weeks ago I started") is how long it has gone
# on (rules-kd, set 64), and so is a time ago it appeared (两周前感冒后出现的: NHS.uk swollen
# glands, a GP after 2 weeks; rules-mc, session 47), 年前 never is
# ... or a time ago something was done, with the complaint there all along since (两个礼拜前行山
# 之后膝头一路痛, 三周前爬山以后一直疼): NHS.uk knee pain counts the 2 weeks (rules-me, session 47)
_AFTER_ALL_ALONG = (
    r"|(?<!年前)[^，。,.!?；;\n]{0,12}?(?:之后|以后|後|后)[^，。,.!?；;\n]{0,8}?(?:一路|一直)"
)
_DURATION_ZH = re.compile(
    rf"(?<![\d.]){_COUNT}\s*(?:个)?\s*(?:多\s*)?(天|日|周|星期|礼拜|月|年)"
    rf"(?!\s*(?:大(?![便小概约致])|岁|前(?!\s*(?:就|便)?\s*开始{_AFTER_ALL_ALONG}"
    rf"|[^，,。！？!?；;\s]{{0,4}}?出现)|级|纪|[{_CAKES}]))",
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


# A message that opens with "30 weeks," (20 to 42: NHS.uk, how far along a pregnancy is said)
# gives the gestation, not how long a symptom has lasted; "3 weeks, cough" stays a duration.
_OPENING_GESTATION_AFTER = re.compile(r"\s*[,.:;]")

# The time since a birth ("10 days after giving birth", "2 weeks postpartum"; 产后十天,
# 生完宝宝十天) is no duration of a symptom (NHS.uk: your body after the birth).
_AFTER_BIRTH = re.compile(
    r"\s+(?:after\s+(?:giving\s+birth|the\s+birth|birth|having\s+(?:the\s+|my\s+)?baby|delivery"
    r"|my\s+c-?section|a\s+c-?section|the\s+c-?section)|post\s*-?partum|postnatal)(?![a-z])",
    _I,
)
# ... unless the symptom is said to go on since then ("still painful", 还是很痛): the time since
# the birth is then how long it has lasted (NHS.uk: pain after the birth still there months on)
_SINCE_THE_BIRTH = re.compile(
    r"\bstill\b|\bever since\b|\bsince the birth\b|还是|仍然|一直|仲系", _I
)
_AFTER_BIRTH_ZH = (
    "产后",
    "生产后",
    "分娩后",
    "生完宝宝",
    "生完孩子",
    "生完BB",
    "生完",
    "生咗",
    "剖腹产后",
    "顺产后",
)


def _gestation(text: str, m: re.Match[str], value: float | None) -> bool:
    """Return True when "N weeks" is how far along a pregnancy is ("I'm 34 weeks")."""
    if m.group(2).lower() != "week" or value is None or not 4 <= value <= 42:
        return False
    if _GESTATION_AFTER.match(text, m.end()):
        return True
    if (
        not text[: m.start()].strip()
        and value >= 20
        and _OPENING_GESTATION_AFTER.match(text, m.end())
    ):
        return True  # "30 weeks, mild heartburn": the message opens with the gestation
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
# "for the first time in about ten years": how long since something was last done, not how
# long a complaint has lasted (rules-lb, set 67: NHS.uk exercise, muscle soreness)
_FIRST_TIME_IN_BEFORE = re.compile(
    r"\bfirst\s+time\s+in\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?$",
    _I,
)
_AHEAD_BEFORE = re.compile(
    r"\b(?:exams?|interviews?|wedding|holiday|trip|flights?|flying|fly|travel(?:l?ing)?|"
    r"operation|surgery|deadline|finals|driving test|move|moving|starts?|starting|due|"
    # the time a clinician said it would take to clear ("said it'd clear in 7 to 10 days":
    # NHS.uk hand, foot and mouth disease; rules-kb, set 65) is a time ahead, only after a word
    # of the forecast ("hasn't healed in 3 weeks" is a span)
    r"(?:would|will|should|could|might|may|usually|normally|'d|'ll|to)\s+"
    r"(?:clear(?:\s+up)?|go\s+away|heal|settle(?:\s+down)?))"
    r"(?:\s+(?:is|are|was|will\s+be|starts?|'s))?\s+in\s+(?:about\s+|around\s+|roughly\s+|"
    r"just\s+(?:over\s+|under\s+)?|only\s+|another\s+)?(?:\d{1,2}\s*(?:to|-|or)\s*)?$",
    _I,
)
# The length of a trip or a stay told as where the writer has come back from ("we've just come
# back from three weeks visiting family", "home from a month in Australia", "after two weeks
# away") is how long the trip lasted, not the complaint (NHS.uk swollen ankles, feet and legs:
# both ankles puffy after a long flight, going down overnight; rules-pb, set 77): a span right
# after "back from" / "home from" / "returned from", or followed by a word of travel
_TRIP_BEFORE = re.compile(
    r"\b(?:back|home|returned|returning)\s+from\s+(?:a\s+|an\s+|our\s+|my\s+|the\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|a\s+good\s+|just\s+over\s+)?$",
    _I,
)
_TRIP_AFTER = re.compile(
    r"s?'?\s+(?:of\s+)?(?:visiting|away|abroad|overseas|travell?ing|backpacking|holidaying"
    r"|on\s+holiday|holiday|vacation|staying\s+with)(?![a-z])",
    _I,
)
_TRIP_SPAN = re.compile(
    r"\b(?:back|home|returned|returning)\s+from\s+(?:a\s+|an\s+|our\s+|my\s+|the\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|good\s+|few\s+|couple\s+of\s+"
    r"|several\s+|[\w-]+\s+)?(?:days?|weeks?|months?|fortnight)(?![a-z])"
    r"|\b(?:a|few|couple\s+of|several|[\w-]+)\s+(?:days?|weeks?|months?|fortnight)'?"
    r"\s+(?:of\s+)?(?:visiting|away|abroad|overseas|travell?ing|backpacking|holidaying"
    r"|on\s+holiday|holiday|vacation|staying\s+with)(?![a-z])",
    _I,
)


def trip_spans_blanked(text: str) -> str:
    """Return ``text`` with the length of a trip told as where the writer came back from ("back
    from a month visiting family", "two weeks away") blanked, so no reader of spans takes it
    for how long a complaint has lasted (NHS.uk swollen ankles after a long flight)."""
    return _TRIP_SPAN.sub(lambda m: " " * len(m.group()), text)


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


# A span told as two weekdays (NICE NG143: a fever of five days or more is amber): "hot since
# Monday, it's Saturday", 从星期一开始发烧，今天星期六. Only a start after "since" / 从 / 由 and an
# end said as today's day count; the days between are the span (the same day twice: none).
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_EN = "(" + "|".join(_WEEKDAYS_EN) + ")"
_SINCE_DAY_EN = re.compile(rf"\bsince\s+(?:last\s+)?{_DAY_EN}\b", _I)
_TODAY_DAY_EN = re.compile(
    rf"\b(?:it'?s|it\s+is|today\s+is|today'?s|now\s+it'?s)\s+(?:now\s+)?{_DAY_EN}\b", _I
)
_SINCE_DAY_ZH = re.compile(r"[从由](?:上)?(?:个)?(?:星期|礼拜|周)([一二三四五六日天])")
_TODAY_DAY_ZH = re.compile(
    r"(?:今天|今日|而家)(?:已经)?(?:是)?(?:星期|礼拜|周)([一二三四五六日天])"
)
_DAY_NUMBER = {
    **{name: n for n, name in enumerate(_WEEKDAYS_EN)},
    **{name: n for n, name in enumerate("一二三四五六日")},
    "天": 6,
}


def _weekday_span(text: str) -> list[Found]:
    """Return the days from a weekday "since" to today's weekday, when both are said."""
    for since, today in ((_SINCE_DAY_EN, _TODAY_DAY_EN), (_SINCE_DAY_ZH, _TODAY_DAY_ZH)):
        start = since.search(text)
        end = today.search(text, start.end()) if start else None
        if start is None or end is None:
            continue
        gap = (_DAY_NUMBER[end.group(1).lower()] - _DAY_NUMBER[start.group(1).lower()]) % 7
        if gap:
            return [Found(float(gap), text[start.start() : end.end()])]
    return []


# A span told as a month or a winter holiday and the month now (NHS.uk cough: a GP after 3
# weeks): "cough since Christmas, it's March now", "since January ... it's April now", "started
# in October and it's December now". Read at its least (the whole months between: Christmas to
# March is at least 66 days, January to April 60); the same month twice, or a month next to the
# one now, is no span read (it may be days). rules-mb, session 47.
_MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_EN = "(" + "|".join(_MONTHS_EN) + ")"
_SINCE_MONTH_EN = re.compile(
    rf"\b(?:since|started\s+in|began\s+in)\s+(?:last\s+|early\s+|mid\s+|late\s+)?"
    rf"(?:{_MONTH_EN}(?!\s+(?:be|have|not|need|help|mean|cause)\b)|(christmas|xmas|new\s+year))\b",
    _I,
)
_NOW_MONTH_EN = re.compile(
    rf"\b(?:it'?s|it\s+is|now\s+it'?s|and\s+now)\s+(?:now\s+)?{_MONTH_EN}\b", _I
)
# a holiday read as its month (Christmas 25 December: six days of it counted; New Year, January)
_HOLIDAY_MONTH = {"christmas": (11, 6.0), "xmas": (11, 6.0), "new year": (0, 0.0)}


def _month_span(text: str) -> list[Found]:
    """Return the least days from a month or holiday "since" to the month said as now."""
    start = _SINCE_MONTH_EN.search(text)
    end = _NOW_MONTH_EN.search(text, start.end()) if start else None
    if start is None or end is None:
        return []
    if start.group(1):
        first, extra = _MONTHS_EN.index(start.group(1).lower()), 0.0
    else:
        first, extra = _HOLIDAY_MONTH[" ".join(start.group(2).lower().split())]
    gap = (_MONTHS_EN.index(end.group(1).lower()) - first) % 12
    if gap < 2:
        return []
    return [Found((gap - 1) * 30.0 + extra, text[start.start() : end.end()])]


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
            if pattern is _DURATION_ZH and (
                (
                    text[: m.start()].rstrip().endswith(_AFTER_BIRTH_ZH)
                    and not _SINCE_THE_BIRTH.search(text)
                )
                or (
                    not text[: m.start()].strip()
                    and m.group(2) in ("周", "星期", "礼拜")
                    and value is not None
                    and 20 <= value <= 42
                    and re.match(r"\s*[，,。:：;；]", text[m.end() :])
                )
            ):
                continue  # 产后十天: since the birth; a message opening 三十五周，: the gestation
            if (
                pattern is _DURATION_EN
                and _AFTER_BIRTH.match(text, m.end())
                and not _SINCE_THE_BIRTH.search(text)
            ):
                continue  # "10 days after giving birth": the time since the birth, not how long
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
            if pattern is _DURATION_EN and (
                _TRIP_BEFORE.search(text[: m.start()]) or _TRIP_AFTER.match(text, m.end())
            ):
                continue  # "back from three weeks visiting family": the trip, not how long
            if pattern is _DURATION_EN and _FIRST_TIME_IN_BEFORE.search(text[: m.start()]):
                continue  # "the first time in 10 years": since it was last done, not how long
            if value is not None:
                found.append(Found(value * days[m.group(2).lower()], m.group().strip()))
    found += _vague_durations(text)
    found += _weekday_span(text)
    found += _month_span(text)
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
