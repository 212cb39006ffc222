"""Numbers patients type: vital signs ("SpO2 88", "体温39.5度", "P 124 R 28").

Every parser returns only plausible values (inside the bounds of ``VitalSigns``); anything
else is ignored rather than guessed. Chinese numerals up to 999 with decimals are read in
vital signs ("三十九度五"); ``number`` (up to 99) and ``COUNT`` serve ``clinical.ages``
and ``clinical.durations``.

Vital signs are read as clinicians' notes and patients write them: "P 124 R 28", "T38.5",
"sys 88", "91% on air", "94% on 2L", "febrile 39.2", "breathing 70 times a minute",
"心跳很快，每分钟150下". A number belongs to the sign whose keyword precedes it with no other
sign's keyword (nor "usually") in between ("sats ok hr 99" is a heart rate of 99, not a
saturation; "BP normally 160, now 105" is 105); a number followed by a unit of time is no
vital sign ("heart pounding for 30 minutes"), and a rate said about exercise ("150 when I
run") is not a resting one. Other measured signs (capillary refill, glucose, GCS, ACVPU,
oxygen flow) are read by ``clinical.signs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clinical.corrections import corrected, retract
from clinical.matching import normalize
from clinical.news2 import points_for
from clinical.rechecks import after_treatment, later_worse
from clinical.textprep import zh_numerals_to_digits
from states.record import VitalSigns

_I = re.IGNORECASE
_NUM = r"(\d{1,3}(?:\.\d{1,2})?)"
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_ZH_DIGITS |= {"八": 8, "九": 9}
# northern 俩 (two) and 仨 (three) as counts: 疼俩月了, 仨礼拜 (a pair of people, 他俩, is no count:
# clinical.durations skips it before a unit)
_ZH_DIGITS |= {"俩": 2, "仨": 3}
_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
COUNT = (  # a count as typed: digits, English number words or Chinese numerals
    r"(\d{1,3}(?:\.\d+)?|[零一二两三四五六七八九十]{1,3}|[俩仨]"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)


@dataclass(frozen=True)
class Found:
    """A value read from text and the patient's words it came from."""

    value: float
    words: str


def number(token: str) -> float | None:
    """Return the value of an Arabic, English-word or Chinese numeral (up to 99), else None."""
    token = token.strip().lower()
    if not token:
        return None
    if token[0].isdigit():
        return float(token)
    if token in _EN_NUMBERS:
        return float(_EN_NUMBERS[token])
    if token == "十":
        return 10.0
    if "十" in token:
        tens, _, units = token.partition("十")
        t = _ZH_DIGITS.get(tens, 1) if tens else 1
        u = _ZH_DIGITS.get(units, 0) if units else 0
        return float(t * 10 + u)
    if len(token) == 1 and token in _ZH_DIGITS:
        return float(_ZH_DIGITS[token])
    if len(token) == 2 and all(ch in _ZH_DIGITS for ch in token):
        low, high = _ZH_DIGITS[token[0]], _ZH_DIGITS[token[1]]
        if high == low + 1:  # a range: 八九天 is eight or nine days; take the longer
            return float(high)
    return None


# --- vital signs -----------------------------------------------------------------------

_SPO2_WORDS = (
    r"(?<![a-z])(?:spo2|sp02|o2\s*sat(?:uration)?s?|oxygen(?:\s+(?:saturation|sat|sats|level))?"
    r"|sats?|saturation|pulse\s*ox(?:imeter)?|ox(?:imeter)?\s+reading"
    # the device's name as typed (NHS.uk pulse oximeter): "oxymeter", "oximetre"
    r"|ox[iy]met(?:er|re)(?:\s+on\s+(?:my|his|her|the|their)\s+finger)?"
    # a patient's "the oxygen thing on my finger says 89", "the finger oxygen thing"
    r"|(?:finger\s+)?(?:oxygen|o2|sats?)\s+(?:thing|clip|monitor|meter|reader|machine|probe|gadget)"
    r"(?:\s+(?:keeps|kept))?"
    r"(?:\s+on\s+(?:my|his|her|the|their)\s+finger)?"
    # "the finger clip thing: it says 86" (NHS.uk pulse oximetry at home, in a carer's words)
    r"|finger\s+(?:thing|clip|monitor|probe|sensor)(?:\s+(?:thing|thingy|monitor|gadget))?"
    r"(?:\s*[:,-]?\s*it\s+(?:says|reads|shows|said|read|showed))?)(?![a-z])"
    r"|(?<![a-z])o2(?=\s*[:=]?\s*\d{2,3}\s*%)"  # "O2 93%"
    r"|血氧(?:饱和度)?|氧饱和度|指脉氧"
)
SPO2_WORDS = _SPO2_WORDS
_BP_WORDS = r"(?<![a-z])(?:blood\s+pressure|bp)(?![a-z])|血压"
_SYSTOLIC_WORDS = r"(?<![a-z])(?:systolic|sys|sbp)(?![a-z])|收缩压|高压|上压"
# the lower number said on its own: "diastolic 125", 低压一百二, 下压120 (NICE NG136: 120 or more)
_DIASTOLIC_WORDS = r"(?<![a-z])(?:diastolic|dbp)(?![a-z])|舒张压|低压|下压"
_TEMP_WORDS = (
    r"(?<![a-z])(?:temp(?:erature)?s?|fever(?:\s+of)?|thermometer(?:\s+says)?|febrile"
    r"|burning\s+up(?:\s+at)?"
    # "very hot 38.5" (a child felt hot, then the reading): only with a decimal 35-42 next;
    # "shivery with 38.6", "feverish at 38.2" too (NHS.uk: hot and shivery is a high
    # temperature; rules-pd), never weeks of pregnancy ("shivery at 38.5 weeks")
    r"|(?:hot|shivery|shivering|feverish)(?=[\s,]*(?:(?:with|at)\s+)?(?:3[5-9]|4[0-2])\.\d"
    r"(?!\d|\s*(?:weeks?|wks?|w(?![a-z])))"
    r"(?![^.,;!?\n]{0,25}(?:outside|weather|room|in\s+here)))"
    r"|pyrexi(?:al|c|a))(?![a-z])"
    r"|(?<![a-z])t(?=\s*[:=]?\s*\d{2,3}(?:\.\d)?(?![\d/]))"
    r"|体温|发烧|发热|高烧|低烧|烧到|烧了|探热|探到"
    # where a home thermometer was held (NICE NG143: axillary in babies; ear, forehead, oral)
    r"|腋温|腋下温度|耳温|额温|肛温|口温|舌下温度"
)
# "HR" after a number is usually hours ("for 24 hr"), unless a number follows it at once.
_HR_WORDS = (
    r"(?<![a-z])(?:heart\s*rate|heart\s*beat|pulse(?:\s+rate)?|tachy(?:cardic|cardia)?"
    r"|heart(?:\s+is|'s)?\s+(?:racing|beating|pounding|going))(?![a-z])"
    r"|(?<![a-z0-9])(?<![0-9]\s)hr(?![a-z])|(?<![a-z0-9])hr(?=\s*[:=]?\s*\d)"
    r"|(?<![a-z0-9'])p(?=\s*[:=]?\s*\d{2,3}(?![\d./%]))"  # clinicians' "P 124", "P110"
    r"|心率|脉搏|心跳"
)
_RR_WORDS = (
    r"(?<![a-z])(?:resp(?:iratory)?(?:\s*rate)?|resps|breathing\s+rate|rr|tachypno?e(?:ic|a))"
    r"(?![a-z])"
    r"|(?<![a-z0-9'])r(?=\s*[:=]?\s*\d{1,2}(?![\d./%]))"  # clinicians' "R 24", "R24"
    r"|呼吸频率|呼吸次数|呼吸率"
)
_USUAL_WORDS = (  # "BP normally 160, now 105": the usual value is not the reading now
    r"(?<![a-z])(?:usually|normally|normal|baseline|usual|typically|target)(?![a-z])|平时|平常|一般"
    r"|目标"
)
# "my usual sats are 88", "target sats 88-92", 平时血氧90: a saturation whose keyword follows a
# usual or target word is that value, not the reading now
_USUAL_BEFORE = re.compile(rf"(?:{_USUAL_WORDS})\s*(?:的\s*)?$", re.IGNORECASE)
# A saturation or a heart rate told as the night's (a watch's or a ring's overnight lowest:
# 夜里最低86%, "dropped to 85% overnight", "was 88 overnight", "overnight sats 87, now 97",
# 夜里心率40，现在72) is no reading now when every later reading of it is normal and no treatment
# stands between: NHS.uk pulse oximeter (a low reading is measured again; the reading now
# decides); the heart rate falls in sleep (NHS.uk). A night-time dip of oxygen is suspected sleep
# apnoea, a GP referral for sleep studies (NICE NG202): ``saturation_dip_asleep``. The one reader
# of the night's reading (``clinical.rechecks`` had a second until session 44).
_ASLEEP = (
    r"(?:夜里|夜间|夜晚|晚上|半夜|昨晚|昨天晚上|凌晨|琴晚|睡觉|睡着|睡眠|瞓觉"
    r"|overnight|at\s+night|last\s+night|in\s+the\s+night"
    r"|(?:while|when)\s+(?:i\s+was\s+|he\s+was\s+|she\s+was\s+)?(?:asleep|sleeping)"
    r"|during\s+(?:the\s+night|sleep|my\s+sleep)|in\s+(?:my|his|her|their)\s+sleep)"
)
_DIP = r"(?:最低|掉到|降到|跌到|低到|lowest|dipped|dips|dropped|drops|dropping|minimum|low\s+of)"
_ASLEEP_DIP_BEFORE = re.compile(
    rf"{_ASLEEP}[^\d\n,;!?。，]{{0,16}}{_DIP}|{_DIP}[^\d\n,;!?。，]{{0,16}}{_ASLEEP}", re.IGNORECASE
)
_ASLEEP_AFTER = re.compile(rf"\s*%?\s*(?:{_ASLEEP})", re.IGNORECASE)
# the night said later in the reading's clause ("dipped to 86% a few times last night"), never
# after "since" (a low reading since last night is still going on)
_ASLEEP_LATER = re.compile(
    rf"\s*%?(?:(?!since|ever|从|自|一直)[^\d\n.;!?。，,]){{0,24}}?(?:{_ASLEEP})", re.IGNORECASE
)
# the night said just before the reading's keyword ("overnight his sats", 昨晚睡觉的时候心率)
_ASLEEP_BEFORE = re.compile(rf"{_ASLEEP}[^\d\n.;!?。]{{0,16}}$", re.IGNORECASE)
_PERCENT = re.compile(r"(?<![\d.])(\d{2,3})\s*%")
_SPO2_LATER = re.compile(
    rf"(?:{_SPO2_WORDS})[^\d\n.;!?。]{{0,30}}?(?<![\d.])(\d{{2,3}})(?![\d.])", _I
)
# a reading told as now, its kind unsaid ("now 97", "this morning it's 96", 现在96)
_NOW_READING = re.compile(
    r"(?:(?<![a-z])(?:now|this\s+morning|since\s+waking|awake|today)(?![a-z])[^\d\n]{0,14}?"
    r"|(?:现在|而家|今早|醒来|醒咗|早上|今天)[^\d\n]{0,8}?)"
    r"(?<![\d.])(\d{2,3})(?![\d.])"
    r"(?!\s*(?:mins?|minutes?|hours?|hrs?|am|pm|o'clock|分钟|小时|点|岁)(?![a-z]))",
    _I,
)


# A saturation told as one that fell while asleep on a watch or a ring, seen next morning, with
# no reading since: the writer says they are well now or names sleep apnoea's signs (snoring,
# sleepy in the day), and no danger sign beside it ("my watch says my oxygen dipped to 86% a few
# times last night while I slept, I feel fine", 手表显示我昨晚睡觉时血氧掉到85%，今天没什么不舒服).
# NHS.uk pulse oximeter: the reading now, with symptoms, is what counts; NICE NG202 obstructive
# sleep apnoea: overnight dips with snoring or daytime sleepiness, a GP (rules-lk, session 46).
# Breathless, blue lips, confusion or chest pain said (and not denied) keep it the reading.
_SLEEP_OR_WEARABLE = re.compile(
    r"(?<![a-z])(?:asleep|sleep|sleeping|slept|watch|smartwatch|ring|fitbit|oura|garmin|whoop"
    r"|wearable)(?![a-z])|睡|瞓|手表|手錶|手环|手環|戒指",
    _I,
)
_WELL_NOW = re.compile(
    r"(?<![a-z])(?:i\s+feel|i'm\s+feeling|feel|feels|feeling)\s+(?:totally\s+|completely\s+)?"
    r"(?:fine|ok|okay|normal|well|good|alright|all\s+right)(?![a-z])"
    r"|(?<![a-z])(?:i'm|i\s+am|he's|he\s+is|she's|she\s+is)\s+(?:fine|ok|okay|well|alright)"
    r"(?:\s+(?:now|today|this\s+morning))?(?![a-z])"
    r"|(?<![a-z])no\s+(?:symptoms|other\s+symptoms|breathing\s+problems?|problems?)(?![a-z])"
    r"|(?<![a-z])(?:snore|snores|snoring|snored|tired\s+in\s+the\s+day|tired\s+during\s+the\s+day"
    r"|sleepy\s+(?:in|during)\s+the\s+day|daytime\s+(?:sleepiness|tiredness))(?![a-z])"
    r"|不舒服都没有|不舒服都沒有|不舒服都冇|没有任何不舒服|没什么不舒服|沒什麼不舒服|没有不舒服"
    r"|沒有不舒服|没什么事|没事|沒事|冇事|冇咩唔舒服|冇乜唔舒服"
    r"|无不适|無不適|没有症状|沒有症狀|一切正常|感觉正常|感覺正常|打呼|打鼾|白天很困|白天犯困|白天好眼瞓",
    _I,
)
_DANGER_NOW = re.compile(
    r"(?<![a-z])(?:breathless|short\s+of\s+breath|shortness\s+of\s+breath|struggling\s+to\s+breathe"
    r"|can'?t\s+(?:catch\s+(?:my|his|her)\s+)?breath|cannot\s+breathe|difficulty\s+breathing"
    r"|hard\s+to\s+breathe|gasping|blue|confused|confusion|drowsy|chest\s+pain|chest\s+tight"
    r"|dizzy|faint)"
    r"|喘|气促|氣促|气短|氣短|呼吸困难|呼吸困難|透不过气|透不過氣|透唔到气|透唔到氣|紫|发绀|發紺|糊涂|糊塗"
    r"|意识|意識|胸痛|胸闷|胸悶|头晕|頭暈|晕|暈|辛苦",
    _I,
)
# a danger word denied: "no breathlessness or blue lips", 没有气促, 冇喘 (never across "but", 但)
_DENIED = re.compile(
    r"(?:(?<![a-z])(?:no|not|without|never|nor|or)(?![a-z])(?:(?!\bbut\b)[^.;!?。，,]){0,14}"
    r"|(?:没有|沒有|冇|无|無|没|沒|未|不)(?:任何|什么|什麼|咩|乜)?)$",
    _I,
)


def _asleep_well_now(text: str) -> bool:
    """Return True when ``text`` tells a night's low saturation asleep or on a watch or ring,
    the writer well now or naming sleep apnoea's signs, with no danger sign said (and not
    denied): the reading of last night is no reading now (NHS.uk; NICE NG202)."""
    if not (_SLEEP_OR_WEARABLE.search(text) and _WELL_NOW.search(text)):
        return False
    return not any(
        not _DENIED.search(text, max(0, d.start() - 20), d.start())
        for d in _DANGER_NOW.finditer(text)
    )


def _asleep_dip(text: str, m: re.Match[str], kind: str = "spo2") -> bool:
    """Return True when the reading ``m`` (a saturation, or a heart rate when ``kind`` is
    ``"hr"``) is told as the night's and every other reading of it is normal (a saturation of
    94% or more, a heart rate NEWS2 scores nothing), with no treatment between; with no other
    reading, or an abnormal one, the night's stays the reading."""
    dip = (
        _ASLEEP_DIP_BEFORE.search(text, max(0, m.start() - 14), m.end())
        or _ASLEEP_AFTER.match(text, m.end())  # "blood oxygen was 88 overnight"
        or _ASLEEP_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    )
    if not dip and not (kind == "spo2" and _ASLEEP_LATER.match(text, m.end())):
        return False
    later: list[tuple[int, float]] = []
    if kind == "spo2":
        later += [
            (p.start(1), float(p.group(1)))
            for p in _PERCENT.finditer(text)
            if not (m.start() <= p.start(1) < m.end() + 2)
        ] + [  # or read by its keyword ("the finger oximeter this morning is 97")
            (p.start(1), float(p.group(1)))
            for p in _SPO2_LATER.finditer(text, m.end())
            if not _ASLEEP_AFTER.match(text, p.end())
        ]
    else:
        later += [
            (p.start(p.lastindex or 0), float(p.group(p.lastindex or 0)))
            for p in _HR.finditer(text, m.end())
        ]
    later += [(p.start(1), float(p.group(1))) for p in _NOW_READING.finditer(text, m.end())]
    if not later:
        return kind == "spo2" and _asleep_well_now(text)
    first = min(start for start, _ in later)
    if first > m.end() and after_treatment(text[m.end() : first]):
        return False  # the reading after oxygen or a medicine is the response, not the night's end
    if kind == "spo2":
        return min(value for _, value in later) >= 94
    return all(points_for("heart_rate_bpm", value) == 0 for _, value in later)


def saturation_dip_asleep(text: str) -> bool:
    """Return True when ``text`` tells a saturation under 94% as the night's dip with the
    reading now normal, or with no reading since and the writer well (``_asleep_dip``):
    suspected sleep apnoea, a GP (NICE NG202), never self-care."""
    return asleep_dip_found(text) is not None


def asleep_dip_found(text: str) -> Found | None:
    """Return the saturation ``saturation_dip_asleep`` reads as the night's dip, or None (the
    rules read it as ``spo2_dip_asleep``: the words of a night's dip are no low oxygen now)."""
    text = numeric_text(text)
    if not any(c.isdigit() for c in text):  # no reading told: the decision asks on every turn
        return None
    for pattern in (_SPO2, _SPO2_AFTER):
        for m in pattern.finditer(text):
            value = float(next(g for g in m.groups() if g))
            if value < 94 and _asleep_dip(text, m):
                return Found(value, m.group().strip())
    return None


_OTHER_SIGN_WORDS = (  # measured signs read by clinical.signs: never a vital's number
    r"(?<![a-z])(?:crt|cap(?:illary)?\s+refill|gcs|avpu|bm|cbg|glucose|blood\s+sugar|libre|dexcom"
    r"|cgm)(?![a-z])"
    r"|血糖|充盈"
)
_ANY_SIGN = re.compile(
    "|".join(
        f"(?:{w})"
        for w in (
            _SPO2_WORDS, _BP_WORDS, _SYSTOLIC_WORDS, _DIASTOLIC_WORDS, _TEMP_WORDS, _HR_WORDS,
            _RR_WORDS, _OTHER_SIGN_WORDS, _USUAL_WORDS,
        )
    ),
    _I,
)  # fmt: skip


def _gap(longest: int) -> str:
    """Between a keyword and its number: a few characters, no digits, no clause punctuation,
    and no other sign's keyword ("sats ok hr 99": 99 is the heart rate, not the SpO2)."""
    return rf"(?:(?!{_ANY_SIGN.pattern})[^\d\n,;!?。.]){{0,{longest}}}?"


_GAP = _gap(14)
# A number followed by a unit of time is a duration or a clock time, never a vital sign
# ("heart pounding for 30 minutes", "pulse went up at 11 pm"); "RR 22 HR 88" is two signs.
_NOT_TIME = (
    r"(?!\s*-?\s*(?:mins?|minutes?|hours?|hrs?|h|secs?|seconds?|days?|weeks?|months?|years?"
    r"|yrs?|am|pm|o'clock)(?![a-z])(?!\s*[:=]?\s*\d)|\s*(?:分钟|小时|秒|天|周|个月|年|岁|点))"
)
_SPO2 = re.compile(
    rf"(?:{_SPO2_WORDS}){_GAP}(\d{{2,3}})(?!\d){_NOT_TIME}"
    # the device named, then what it shows across a comma (血氧仪，显示88; "the oximeter, it says
    # 88"): NHS.uk pulse oximeter at home
    r"|(?:血氧(?:仪|机|计)|指夹|(?<![a-z])ox[iy]met(?:er|re)(?![a-z]))[^\d\n。.;!?]{0,10}?[,，]\s*"
    r"(?:it(?:'s|\s+is)?\s+)?(?:显示|读数|测到|测出来|度到|says|reads|shows|said|read|showed|reading)"
    r"\s*(?:是|为|有|只有)?\s*"
    rf"(\d{{2,3}})(?!\d){_NOT_TIME}"
    # the keyword, then its reading told after a comma ("just measured my oxygen, it's 87%",
    # "checked my sats, they're 89%", 测了一下血氧，只有88%, 量咗血氧，得89): NEWS2 SpO2 scale 1,
    # NHS.uk pulse oximeter. Only a time word between the keyword and the comma ("oxygen level
    # just now,"), so "my oxygen cylinder, it's 85% full" is no saturation; a bare number after
    # the comma only with its percent ("oxygen, 91%")
    rf"|(?:{_SPO2_WORDS})(?:\s+(?:just\s+now|now|today|this\s+morning|again))?\s*[,，]\s*"
    r"(?:(?:(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s*"
    r"(?:says|reads|shows|said|read|showed|reading)?|only|just|reading|显示|读数|测到|只有|得|才|是)"
    r"\s*(?:only|just|about|around|at|是|为|有|只有)?\s*(\d{2,3})(?!\d)(?!\s*%?\s*full)"
    rf"{_NOT_TIME}|(\d{{2,3}})(?=\s*(?:%|percent)))",
    _I,
)
_SPO2_AFTER = re.compile(
    r"(?<![\d.])(\d{2,3})\s*%\s*(?:on\s+(?:the\s+|my\s+)?)?"
    r"(?:spo2|oxygen|o2|sats?|saturation|pulse\s*ox|oximeter|血氧"
    # "91% on air", "91% RA", "94% on 2L": the way notes give a saturation
    r"|(?:room\s+)?air(?![a-z])|ra(?![a-z])|r/a(?![a-z])|\d{1,2}(?:\.\d)?\s*l(?![a-z])"
    r"|\d{1,2}(?:\.\d)?\s*(?:litres?|liters?|lpm|l/min))",
    _I,
)
# A pair ("150/95") is unambiguous, so it may sit further from its keyword ("blood pressure at
# the pharmacy was 185/118") than a single number may.
_BP_GAP = _gap(28)
_BP_PAIR = re.compile(rf"(?:{_BP_WORDS}){_BP_GAP}(\d{{2,3}})\s*(?:/|over|比)\s*(\d{{2,3}})", _I)
# "BP normally 160, now 105" / "血压平时160，现在105": the reading now, and the usual one
# (NICE NG51 high risk: a systolic more than 40 below the person's normal)
BP_USUAL_NOW = re.compile(
    rf"(?:{_BP_WORDS}|{_SYSTOLIC_WORDS})[^\d\n;!?。]{{0,12}}?(?:{_USUAL_WORDS})[^\d\n;!?。]{{0,14}}?"
    r"(\d{2,3})(?:\s*(?:/|over|比)\s*\d{2,3})?[^\d\n;!?。]{0,24}?"
    r"(?<![a-z])(?:now|today|currently|but|this\s+morning|tonight|现在|今天|这次|刚才|刚刚)(?![a-z])"
    r"[^\d\n;!?。]{0,14}?(\d{2,3})(?!\d)",
    _I,
)
_BP_BARE = re.compile(r"(?<![\d.])(\d{2,3})\s*/\s*(\d{2,3})\s*mm\s*hg", _I)
# A home cuff's reading typed with no keyword: "190 over 120", "185/122 on the machine". Only a
# three-digit top number over a two- or three-digit lower one (a date, a dose such as "30/500"
# or a score such as "8/10" never has that shape), never followed by a unit. The sentence's full
# stop after it is no decimal ("My home reading was 148/92."; NICE NG136; session 48, rules-nb).
_BP_HOME = re.compile(
    r"(?<![\d./])(1\d\d|2\d\d)\s*(?:/|over)\s*(\d{2,3})(?![\d/])(?!\.\d)"
    r"(?!\s*(?:mg|mcg|g|ml|kg|cm|mm(?!\s*hg)|%|weeks?|days?|years?|months?|hours?|hrs?|mins?"
    r"|minutes?|secs?|seconds?|times|people)(?![a-z]))",
    _I,
)
_SCORE = re.compile(r"(?<![a-z])(?:scored?|marks?|points?|got|exam|test|out\s+of)(?![a-z])", _I)
_BP_DIASTOLIC = re.compile(
    rf"(?:{_DIASTOLIC_WORDS}){_GAP}(\d{{2,3}})(?!\d|\s*(?:/|over)){_NOT_TIME}", _I
)
_BP_SYSTOLIC = re.compile(
    rf"(?:{_BP_WORDS}|{_SYSTOLIC_WORDS}){_GAP}(\d{{2,3}})(?!\d|\s*(?:/|over)){_NOT_TIME}",
    _I,
)
_TEMP_UNIT = (
    r"\s*(°\s*c|°\s*f|℃|℉|摄氏度|度|degrees?(?:\s*(?:c|f|celsius|fahrenheit))?"
    r"|c(?![a-z])|f(?![a-z]))?"
)
# A number after a temperature word is an age, not a reading, when an age unit follows it ("no
# fever, I'm 31 years old", 没有发烧 我三十一岁) or, for a whole number, when the words between
# introduce the person ("no fever im 31", 冇發燒 我二十八歲): NEWS2 reads a temperature, and an
# age read as 31 °C was a hypothermia red flag.
_AGE_AFTER = r"(?!\s*(?:岁|歲|周岁|週歲|years?(?:\s+old)?|yrs?|y/?o)(?![a-z]))"
_TEMP = re.compile(rf"(?:{_TEMP_WORDS}){_GAP}{_NUM}{_AGE_AFTER}{_TEMP_UNIT}", _I)
_AGE_INTRO = re.compile(
    r"(?<![a-z])(?:i\s+am|i'?m|im|he\s+is|he'?s|she\s+is|she'?s|aged?|turned|turning)(?![a-z])"
    r"|我|他|她|今年|年纪|年龄|年紀|年齡",
    _I,
)
# "fever, 38.9", "量了一下体温，39度": a temperature just after its keyword across one comma,
# when it has a decimal or a degree sign (a bare "fever, 39" could be anything)
_TEMP_NEXT = re.compile(
    rf"(?:{_TEMP_WORDS})(?:(?!{_ANY_SIGN.pattern})[^\d\n;!?。]){{0,12}}?(?<![\d.])"
    rf"(\d{{2}}\.\d{{1,2}}|\d{{2}}(?=\s*(?:度|°|℃|℉|degrees?)))(?!\d){_TEMP_UNIT}",
    _I,
)
# A parent's "my 4 month old is 39.3", "she's 38.2", "my 4 week old is 38 degrees": a child
# (or he, she) said to be a temperature: a decimal, or a whole number with "degrees"; never
# with a unit of time, weight or length ("38.5 weeks pregnant"), nor "my son is 38" (an age).
# The patient's own "I'm 38.2" too (NICE NG151: a temperature on chemotherapy however typed).
# The age told first and the reading after "and" ("3 weeks old and 38.2") too.
_TEMP_SUBJECT = re.compile(
    r"(?<![a-z])(?:(?:baby|son|daughter|child|toddler|infant|kid|old|he|she)(?:'s|\s+is|\s+was)"
    # the age then the reading ("she's 3 weeks old and 38.2"; rules-mg, session 47)
    r"|old\s+and(?:\s+(?:is|was|now))?"
    r"|i'm|i\s+am|i\s+was)"
    r"\s+(?:now\s+|running\s+|at\s+|up\s+to\s+)?(?<![\d.])"
    r"(3[5-9]\.\d{1,2}|4[0-2]\.\d{1,2}|(?:3[5-9]|4[0-2])(?=\s*(?:degrees?|°))"
    # a Fahrenheit reading with its tenth ("my 5 month old is 102.5"): 99.0-107.9 °F
    r"|99\.\d|10[0-7]\.\d)(?![\d.])"
    r"(\s*(?:°\s*[cf]|°|degrees?(?:\s*(?:c(?:elsius)?|f(?:ahrenheit)?))?|f(?![a-z])))?"
    r"(?!\s*(?:weeks?|wks?|days?|months?|years?|yrs?|kg|kilos?|lbs?|pounds?|cm|inches|%))",
    _I,
)
# "HR 130-140", "RR 28 to 32": a range is read at its worse end (by NEWS2 points)
_RANGE_END = re.compile(r"\s*(?:-|–|—|~|to|到|至)\s*(\d{2,3})(?![\d./])", _I)
_TEMP_BARE = re.compile(
    rf"(?<![\d.]){_NUM}\s*(°\s*c|°\s*f|℃|℉|摄氏度|degrees?\s*(?:c|celsius|f|fahrenheit))", _I
)
# A home thermometer's reading with its tenth typed without a keyword: "38.4C", "38.4 on the
# thermometer", or a clause that is only the reading ("8 week old baby, 38.4") or the reading
# and its start ("38.2 since this morning"); never a BMI, weeks of pregnancy or a weight (a word
# or unit in the clause).
_TEMP_TENTHS = re.compile(
    r"(?<![\d.])((?:3[5-9]|4[0-2])\.\d{1,2})(?![\d.])"
    r"(?:\s*c(?![a-z])|(?=\s+on\s+(?:the|our|my|a)\s+thermometer)"
    # or where the thermometer was held ("38.0 under the arm", "37.9 in her ear"): NICE NG143
    # (axillary in babies under 4 weeks; ear or armpit after), rules-nf, session 48
    r"|(?=\s+(?:under\s+(?:the|her|his|my|their)\s+arm|in\s+(?:the|her|his|my|their)\s+"
    r"(?:ear|armpit|mouth|bum|bottom)|axillary|(?:on\s+(?:the|her|his|my)\s+)?forehead"
    r"|(?:by|with|on)\s+(?:the\s+)?(?:ear|forehead|digital)\s+thermometer)))"
    r"|(?:^|[,;:])\s*((?:3[5-9]|4[0-2])\.\d{1,2})(?=\s*(?:$|[,;!?]|\.(?!\d)"
    # or the reading and when it began: "had chemo 10 days ago, 38.2 since this morning"
    # (NICE NG151 / UKONS: a temperature after chemotherapy, however it is typed)
    r"|since\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night|yesterday|lunch|earlier|today)"
    r"|all\s+(?:day|night|morning)|overnight))"
    # or a reading told by the measuring ("I measured her at 38.6", "took it, 38.5", "measured
    # 38.4 on her", "got a reading of 39.5": rules-pa, session 50): NICE NG143 reads a parent's
    # thermometer reading however it is typed
    r"|(?<![a-z])(?:measured|measuring|took|taken|checked|reading\s+of)\s+(?:(?:her|him|it|them|baby|the\s+baby)"
    r"\s*,?\s*)?(?:at\s+|as\s+)?((?:3[5-9]|4[0-2])\.\d{1,2})(?![\d.])"
    r"(?!\s*(?:weeks?|wks?|kg|kilos?|lbs?|pounds?|cm|inches|%|mmol|bmi))",
    _I,
)
# "宝宝两个月 三十八度二" (38.2度): a temperature with a tenth and 度 needs no keyword; a whole
# "38度" does (the weather, a bend of the knee)
_TEMP_ZH_TENTHS = re.compile(r"(?<![\d.])((?:3[5-9]|4[0-2])\.\d)\s*度")
_WEATHER = re.compile(r"气温|天气|室温|外面|室外|水温|洗澡水|房间|温度计显示外")
_HR = re.compile(rf"(?:{_HR_WORDS}){_GAP}(\d{{2,3}})(?!\d){_NOT_TIME}", _I)
_HR_AFTER = re.compile(
    r"(?<![\d.])(\d{2,3})\s*(?:bpm|beats?\s*(?:per|a|/)\s*min(?:ute)?)"
    # "130 pulse", "125 heart rate": the number before the word, as callers say it
    r"|(?<![\d.])(\d{2,3})\s*(?:pulse|heart\s*rate)(?![a-z])(?!\s*ox)"
    # "pulse is racing, about 140": a hedged number across one comma
    r"|(?<![a-z])(?:pulse|heart(?:\s*rate)?)(?:\s+(?:is|was|'s))?\s+(?:racing|pounding|going|high)"
    r"\s*,\s*(?:about|around|like|over|nearly|maybe)\s+(\d{2,3})(?!\d)"
    # "my heart's been racing for three hours, my watch says 148-152": a watch's number after a
    # racing heart in the same sentence (rules-lb, set 67; NHS.uk heart palpitations)
    r"|(?<![a-z])heart(?:'s|\s+is|\s+has)?(?:\s+been)?\s+(?:racing|pounding|going\s+fast)"
    r"[^.!?;\n]{0,40}?,\s*(?:my|the|her|his)\s+(?:smart\s*)?(?:watch|fitbit|garmin)"
    r"\s+(?:says|said|shows|showed|reads|read|is\s+saying|is\s+showing)\s+(?:about\s+|around\s+)?"
    r"(\d{2,3})(?![\d%])"
    # "心跳很快，每分钟150下": a rate per minute right after the sign, across one comma
    r"|(?:心跳|心率|脉搏)[^\d\n;!?。]{0,6}?(?:每|一)分钟?\s*(?:有|大概|约|差不多)?\s*(\d{2,3})\s*[多几来]?\s*[次下]",
    _I,
)
_RR = re.compile(rf"(?:{_RR_WORDS}){_GAP}(\d{{1,2}})(?!\d){_NOT_TIME}", _I)
# "a minute", and a carer's count "in a minute", "in one minute" (RCP NEWS2: breaths counted
# over a minute)
_PER_MIN = (
    r"\s*(?:breaths?\s*|times\s*)?(?:per|a|an|/|each|in\s+(?:a|one|the))\s*min(?:ute)?(?![a-z])"
)
_RR_AFTER = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:breaths?\s*(?:per|a|/|in\s+(?:a|one|the))\s*min(?:ute)?|次呼吸)"
    r"|(?<![\d.])(\d{1,2})\s*(?:resps|respirations|resp\s+rate)(?![a-z])"
    # "breathing 70 times a minute", "breathes at about 64 a minute"
    rf"|(?<![a-z])breath(?:e|es|ing)\s+(?:at\s+)?(?:about\s+|around\s+|like\s+|over\s+)?"
    rf"(\d{{1,2}}){_PER_MIN}"
    r"|呼吸\s*(?:每分钟|每分)?\s*(\d{1,2})\s*次"
    r"|呼吸[^\d\n;!?。；]{0,8}?(?:每|一)分钟?\s*(?:有|大概|约|差不多)?\s*(\d{1,2})\s*[多几来]?\s*[次下]"
    r"|(?:每|一)分钟\s*呼吸\s*(?:有|大概|约|差不多)?\s*(\d{1,2})\s*[次下]"
    r"|呼吸\s*[:：]?\s*(\d{1,2})(?![\d.]|\s*(?:天|日|周|个|小时|分钟|年|岁))",
    _I,
)
# A rate said about exercise ("goes up to 150 when I run", "hit 175 during my HIIT workout",
# "just finished a run and it was 168", 跑步冲刺的时候, 刚运动完) is not a resting vital sign
# (RCP NEWS2 is scored at rest); a rest word in the same clause ("resting heart rate 170 even
# after my run", 躺着) keeps the reading.
_WORKOUT = (
    r"(?:run|jog|sprint|workout|work[\s-]?out|exercise|training|gym|spin\s+class"
    r"|match|game|ride|hike|swim|race|interval|intervals|hiit|circuit|circuits)"
)
_WORKOUT_ZH = (
    r"运动|跑步|冲刺|锻炼|健身|训练|打球|打波|踢球|踢波|打完球|打完波|踢完球|踢完波|骑车|爬山|行山"
    r"|游泳|跳绳|动感单车|单车课"
)
_EXERTION = re.compile(
    r"(?<![a-z])(?:when\s+i\s+(?:run|jog|exercise|work\s+out|train|climb)|during\s+(?:exercise|"
    r"a\s+run|my\s+run|training|the\s+workout)|at\s+the\s+gym|after\s+(?:a\s+)?(?:run|"
    r"running|exercise|the\s+gym)|on\s+the\s+treadmill|working\s+out)(?![a-z])"
    r"|(?<![a-z])post[\s-]?(?:run|exercise|workout|gym)(?![a-z])"
    rf"|(?<![a-z])(?:during|after|finished|finishing|mid)\s+(?:a\s+|my\s+|the\s+|this\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?{_WORKOUT}s?(?![a-z])"
    # "at 165 in my spin class", "on my run", "in the gym" (rules-ih, set 60: a determiner is
    # needed after in / on)
    rf"|(?<![a-z])(?:in|on)\s+(?:a|my|the|this|our)\s+(?:[a-z]+\s+){{0,2}}?{_WORKOUT}s?(?![a-z])"
    r"|(?<![a-z])(?:while|when|whilst)\s+(?:i\s+was\s+|i'm\s+|im\s+|i\s+am\s+)?"
    r"(?:running|jogging|sprinting|exercising|training|cycling|lifting|swimming|climbing"
    r"|working\s+out|doing\s+(?:hiit|intervals|sprints|a\s+workout))(?![a-z])"
    r"|运动时|运动的时候|跑步时|跑步的时候|锻炼时|健身时|跑完步|运动后|跑步后"
    rf"|(?:{_WORKOUT_ZH})[^\d，,。；;]{{0,4}}?(?:时|的时候|中|完|后)",
    _I,
)
_AT_REST = re.compile(
    r"(?<![a-z])(?:resting|at\s+rest|sitting|lying|in\s+bed|on\s+the\s+sofa|not\s+doing\s+anything)"
    r"(?![a-z])|静息|休息时|休息的时候|躺着|坐着|不动的时候",
    _I,
)
_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[\n,;!?。.]")
# The rate's cause told as exercise in the clause right after it, of the same exercise words
# (手表话心跳最高一百五，系因为我去咗跑步; 心跳到160，因为刚打完球; "HR 160, because I was
# running"): the rate is about exercise too (rules-hc, session 42); a cause denied (不是因为运动,
# 唔系因为跑步, "not because of the run") is none
_EXERCISE_CAUSE_NEXT = re.compile(
    r"[\s，]*(?:其实|但|不过|都)?\s*(?:是|系|係)?\s*(?:因为|因為|由于|由於|因住)"
    rf"[^\d\n,;!?。.，；！？]{{0,8}}?(?:{_WORKOUT_ZH})"
    r"|\s*(?:(?:it's|its|it\s+is|that's|thats)\s+)?(?:just\s+|only\s+)?(?:because|cos|cuz|coz)\s+"
    r"(?:i\s+(?:was|had\s+been|'d\s+been|just)\s+|i'd\s+been\s+|of\s+(?:the\s+|my\s+|a\s+)?)"
    r"(?:(?:just\s+)?(?:been\s+)?)(?:running|jogging|sprinting|exercising|training|cycling"
    r"|swimming|climbing|working\s+out|playing|"
    rf"{_WORKOUT}s?)(?![a-z])",
    re.IGNORECASE,
)


def _exertion(text: str, start: int, end: int) -> bool:
    """Return True when the clause around ``start:end`` is about exercise, or the clause right
    after it gives exercise as the rate's cause."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    stop = right.start() if right else len(text)
    if _AT_REST.search(text, left, stop):
        return False
    if _EXERTION.search(text, left, stop) is not None:
        return True
    if _AT_THE_END.search(text, left, stop):
        before = max((m.end() for m in _CLAUSE_END.finditer(text, 0, max(0, left - 1))), default=0)
        if _EXERTION.search(text, before, left) or _RAN_A_DISTANCE.search(text, before, left):
            return True
    return right is not None and _EXERCISE_CAUSE_NEXT.match(text, right.end()) is not None


# A rate told "at the end" or "afterwards" in the clause right after a run or a ride told by
# its distance ("ran 10k at 6.10, heart rate 175 at the end"; rules-mg, session 47): the rate is
# about the exercise too (RCP NEWS2 is scored at rest)
_AT_THE_END = re.compile(
    r"(?<![a-z])(?:at\s+the\s+(?:end|finish(?:\s+line)?|top)|afterwards|straight\s+after"
    r"|right\s+after|just\s+after)(?![a-z])|跑完|最后",
    re.IGNORECASE,
)
_RAN_A_DISTANCE = re.compile(
    r"(?<![a-z])(?:ran|run|jogged|cycled|rode|swam|rowed|did|finished)\s+(?:a\s+|my\s+|the\s+)?"
    r"(?:\d+(?:\.\d)?\s*(?:k|km|kms|miles?|kilomet(?:re|er)s?)|half\s+marathon|marathon|parkrun)"
    r"(?![a-z])|parkrun|marathon",
    re.IGNORECASE,
)


def _worse(field: str, raw: str, text: str, end: int) -> float:
    """Return ``raw``, or the other end of a range written right after it when that end
    scores more NEWS2 points ("HR 130-140" is 140; "HR 38-45" stays 38)."""
    value = float(raw)
    other = _RANGE_END.match(text, end)
    if other is not None and points_for(field, float(other.group(1))) > points_for(field, value):
        return float(other.group(1))
    return value


def _celsius(value: float, unit: str | None, *, keyword: bool) -> float | None:
    unit = (unit or "").lower().replace(" ", "")
    celsius = any(mark in unit for mark in ("c", "℃", "摄氏"))
    fahrenheit = "f" in unit or "℉" in unit or (not celsius and 86 <= value <= 113)
    if fahrenheit:
        value = (value - 32) * 5 / 9
    low = 25.0 if keyword else 35.0  # a bare "30°C" is more likely the weather
    return round(value, 1) if low <= value <= 43.5 else None


_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_DIGIT_WORDS = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_DIGIT_WORD = "|".join(_EN_DIGIT_WORDS)
# A reading dictated in English words with a decimal ("thirty nine point two", "ninety-four point
# five"): a decimal said aloud is a measurement (NICE NG143 reads a baby's temperature to the
# tenth), so it is written in digits like a typed one. Only a tens word before "point": a bare
# "thirty nine" may be an age, and a single digit ("one point two") is left as it was.
_EN_DECIMAL = re.compile(
    rf"(?<![a-z])({'|'.join(_EN_TENS)})(?:[\s-]+({_DIGIT_WORD}))?\s+point\s+({_DIGIT_WORD})"
    r"(?![a-z])",
    re.IGNORECASE,
)


def _en_decimal(match: re.Match[str]) -> str:
    units = _EN_DIGIT_WORDS.get((match.group(2) or "").lower(), 0)
    whole = _EN_TENS[match.group(1).lower()] + units
    return f"{whole}.{_EN_DIGIT_WORDS[match.group(3).lower()]}"


# A clock time is no reading (rules-mg, session 47): "checked my sugar at 2.30 and 2.45, 5.6 both
# times", "took 2 at 6.10", "at 18:10 she collapsed", "37.9 at 6.10, by 7 it was 38.4". A time
# with its minutes after at / by / since / from / until / before / after, a time written with a
# colon or with am / pm, and an hour alone after "by" that a clause end, a pronoun or am / pm
# follows is written as the word "oclock", so no reader of numbers takes it; hours run 0-23 and
# minutes 00-59, so "at 37.5" or "sats at 88" stay numbers, and "at 9," (a rate "at 22") is left.
_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK = re.compile(
    rf"(?<![a-z])(?P<prep>at|by|since|from|until|till|before|after)\s+{_HOUR}[.:][0-5]\d"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d.:])"
    rf"|(?<![\d.:/]){_HOUR}(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"
    rf"|(?<![\d.:/]){_HOUR}:[0-5]\d(?![\d:])"
    rf"|(?<![a-z])(?P<by>by)\s+{_HOUR}(?=\s*(?:o'?clock)|\s*[,;]|\s+(?:it|he|she|i|they|we|his|her|my"
    r"|the|temp|temperature)(?![a-z])|\s*$)",
    re.IGNORECASE,
)


# a second time listed after one ("at 2.30 and 2.45", "at 6.10 or 6.15")
_CLOCK_LISTED = re.compile(
    rf"(?<=oclock)(\s*(?:,|and|or|then|&)\s*){_HOUR}[.:][0-5]\d(?![\d.:])", re.IGNORECASE
)


def _clock(match: re.Match[str]) -> str:
    prep = match.group("prep") or match.group("by")
    return f"{prep} oclock" if prep else "oclock"


# NICE NG136 (home or ambulatory monitoring: the average of the readings): a pair told as an
# average ("home average 150/95", "averaging 150 over 95", 平均150/95)
BP_AVERAGE = re.compile(r"(?<![a-z])(?:averag(?:e|es|ed|ing)|avg|mean)(?![a-z])|平均|均值", re.I)
# the average word belongs to the reading after it only up to an earlier number or a clause's end
_AVERAGE_STOP = re.compile(r"\d|[.;!?,，。；！？]")


def _average_before(text: str, end: int) -> bool:
    """Return True when an average word stands in the 24 characters before ``end`` with no
    number or clause end between."""
    return BP_AVERAGE.search(_AVERAGE_STOP.split(text[max(0, end - 24) : end])[-1]) is not None


def _told_as_average(text: str, m: re.Match[str]) -> bool:
    """Return True when the words just before the numbers of ``m`` call the reading an average."""
    return _average_before(text, m.start(1))


def bp_told_as_average(text: str, words: str) -> bool:
    """Return True when the blood pressure read from ``words`` in ``text`` is told as an
    average (NICE NG136: a home average of 135/85 or more is raised)."""
    at, digit = text.find(words), re.search(r"\d", words)
    if at < 0 or digit is None:
        return BP_AVERAGE.search(words) is not None
    return _average_before(text, at + digit.start())


@lru_cache(maxsize=64)
def numeric_text(text: str) -> str:
    """``text`` normalised with its Chinese numerals, and English decimals said in words, as
    digits, its clock times as the word "oclock": the text every reader of numbers (vital
    signs, measured signs, home readings) parses; cached, as the three read one message."""
    text = _CLOCK.sub(_clock, _EN_DECIMAL.sub(_en_decimal, zh_numerals_to_digits(normalize(text))))
    return _CLOCK_LISTED.sub(r"\1oclock", text)


def vital_findings(text: str) -> dict[str, Found]:
    """Return each vital sign found in ``text`` with the words it came from.

    Chinese numerals count ("体温三十九度五" is 39.5 °C); the words then show digits.
    """
    text = numeric_text(text)
    found: dict[str, Found] = {}
    if not _DIGIT.search(text):
        return found  # every vital sign is a number: most messages hold none
    consumed: list[tuple[int, int]] = []

    def take(
        field: str, value: float | None, match: re.Match[str], low: float, high: float
    ) -> bool:
        if value is None or not low <= value <= high or field in found:
            return False
        if any(s < match.end() and match.start() < e for s, e in consumed):
            return False
        value = later_worse(field, value, text, match.end(), low, high)
        found[field] = Found(value, match.group().strip())
        consumed.append((match.start(), match.end()))
        return True

    for pattern in (_SPO2, _SPO2_AFTER):
        for m in pattern.finditer(text):
            if _USUAL_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                continue
            if _asleep_dip(text, m):
                continue
            take("oxygen_saturation", float(next(g for g in m.groups() if g)), m, 40, 100)
    home = [
        m
        for m in _BP_HOME.finditer(text)
        if not _SCORE.search(text, max(0, m.start() - 16), m.start())
    ]
    pairs = [*_BP_PAIR.finditer(text), *_BP_BARE.finditer(text), *home]
    if any(not _told_as_average(text, m) for m in pairs):
        # NICE NG136: a home average is the GP's measure; a reading told beside it ("average
        # about 150/95 but today 190/125") is the one now (rules-nf, session 48)
        pairs = [m for m in pairs if not _told_as_average(text, m)]
    for m in pairs:
        systolic, diastolic = float(m.group(1)), float(m.group(2))
        pair_ok = diastolic < systolic and take("systolic_bp", systolic, m, 40, 300)
        if pair_ok and 20 <= diastolic <= 200:
            found["diastolic_bp"] = Found(diastolic, m.group().strip())
    for m in BP_USUAL_NOW.finditer(text):
        take("systolic_bp", float(m.group(2)), m, 40, 300)
    for m in _BP_SYSTOLIC.finditer(text):
        take("systolic_bp", float(m.group(1)), m, 40, 300)
    for m in _BP_DIASTOLIC.finditer(text):
        take("diastolic_bp", float(m.group(1)), m, 20, 200)
    for m in _TEMP.finditer(text):
        if "." not in m.group(1) and _AGE_INTRO.search(text, m.start(), m.start(1)):
            continue
        take("temperature_c", _celsius(float(m.group(1)), m.group(2), keyword=True), m, 25, 45)
    for m in _TEMP_SUBJECT.finditer(text):
        unit = "f" if float(m.group(1)) >= 86 else "c"
        take("temperature_c", _celsius(float(m.group(1)), unit, keyword=True), m, 25, 45)
    for m in _TEMP_NEXT.finditer(text):
        take("temperature_c", _celsius(float(m.group(1)), m.group(2), keyword=True), m, 25, 45)
    for m in _TEMP_BARE.finditer(text):
        take("temperature_c", _celsius(float(m.group(1)), m.group(2), keyword=False), m, 25, 45)
    for m in _TEMP_TENTHS.finditer(text):
        take("temperature_c", float(m.group(1) or m.group(2) or m.group(3)), m, 25, 45)
    for m in _TEMP_ZH_TENTHS.finditer(text):
        if _WEATHER.search(text, max(0, m.start() - 8), m.start()):
            continue
        take("temperature_c", _celsius(float(m.group(1)), "c", keyword=False), m, 25, 45)
    # keyword first, then a unit after the number: "RR 28 bpm" is a breathing rate, not HR 28
    hr, rr = ("heart_rate_bpm", 20, 300), ("respiratory_rate", 2, 80)
    for pattern, (name, low, high) in ((_HR, hr), (_RR, rr), (_HR_AFTER, hr), (_RR_AFTER, rr)):
        for m in pattern.finditer(text):
            raw = next(g for g in m.groups() if g is not None)
            if name == "heart_rate_bpm" and _asleep_dip(text, m, "hr"):
                continue
            if not _exertion(text, m.start(), m.end()):
                take(name, _worse(name, raw, text, m.end()), m, low, high)
    return found


def parse_vitals(text: str) -> VitalSigns:
    """Return the vital signs the patient typed in ``text`` (unknown ones stay None); a
    reading the patient corrected or took back is the corrected one ("38.2, sorry I mean 39.2",
    ``clinical.corrections``, which also reads "184/112 ... actually it's 174/112").
    The rules' reader applies both in ``Reader.prepare``, so the numbers' readers do not."""
    values = {name: f.value for name, f in vital_findings(retract(corrected(text))).items()}
    for name in ("heart_rate_bpm", "systolic_bp", "diastolic_bp", "respiratory_rate"):
        if name in values:
            values[name] = round(values[name])
    if "oxygen_saturation" in values:
        values["oxygen_saturation"] = round(values["oxygen_saturation"])
    return VitalSigns.model_validate(values)
