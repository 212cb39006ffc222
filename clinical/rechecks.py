"""A home device's odd reading that the sender explains and measured again, normal.

People read a gadget, doubt it and measure again: "oximeter said 84 with my nail varnish on,
took it off and it's 98", "BP machine said 182/100 first go, sat quietly 5 minutes and
re-measured 138/84", "watch said heart rate 38 but the strap was loose, my pulse at the wrist
is 72", 额温枪显示34度，刚从外面进来，改用腋下测是36.7, "libre said 2.8 but I was lying on the
sensor, finger prick was 6.4". The guidance reads the second measurement: NHS.uk pulse
oximeter (warm the hand, take off nail polish or false nails, measure again), NICE NG136 (a
high first blood pressure is measured again; the lower of the last two is recorded), NICE NG17
(a sensor reading that does not match how the person feels is checked with a finger-prick),
NHS.uk (a temperature taken straight after a hot drink or coming in from the cold is taken
again).

:func:`superseded` blanks the first reading (same length, as ``clinical.corrections.retract``
does) when, within a sentence or two, a re-check or an explanation of the gadget's error (nail
varnish, cold fingers, a loose strap or cuff, lying on the sensor, the cold outside, a hot
drink) stands between it and a second reading of the same kind that is normal. Nothing else:
a second reading that is itself abnormal, or one after a treatment (paracetamol, oxygen, an
inhaler, sugar: NICE NG143 does not judge a fever by its response to paracetamol; a treated
hypo is a hypo), leaves the first as typed. ``clinical.red_flags.RuleSet`` asks once about an
emergency the first reading met (``_readings_taken_back``), so it is never dropped silently.

:func:`later_worse` is the other side: a reading taken again, or told as it went on, that is
worse than the first ("sats 93, checked again and it's 88", "temp 35.2, rechecked 34.8", "HR 110
... now 145", 体温35.2，再测34.8) is the one ``clinical.vitals`` reads (RCP NEWS2: the latest
observations). Both read one vocabulary of a re-check (``_RETAKE``).
"""

from __future__ import annotations

import functools
import re

from clinical.news2 import FIELDS, points_for
from clinical.textprep import zh_numerals_to_digits

__all__ = ["after_treatment", "later_worse", "superseded"]

_I = re.IGNORECASE
_ZH_NUM = r"[零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?"
_NUMBER = rf"(?<![\d.])\d{{1,3}}(?:\.\d{{1,2}})?(?!\d)|(?<![零一二两三四五六七八九十百]){_ZH_NUM}"
_PAIR = (
    r"(?<![\d./])\d{2,3}\s*(?:/|over|比)\s*\d{2,3}(?![\d./])"
    r"|(?<![零一二两三四五六七八九十百])[一二两三四五六七八九十百]+比[一二两三四五六七八九十百]+"
)
# each kind's words before its reading
_KINDS: dict[str, str] = {
    "spo2": (
        r"(?<![a-z])(?:ox[iy]met(?:er|re)s?|pulse\s*ox|spo2|sats?|saturations?|o2"
        r"|(?:blood\s+)?oxygen(?:\s+level)?|finger\s+(?:thing|clip|monitor|probe|gadget))(?![a-z])"
        r"|血氧|氧饱和度|指脉氧"
    ),
    "hr": r"(?<![a-z])(?:heart\s*rate|pulse|hr|bpm)(?![a-z])|心率|心跳|脉搏",
    "temp": (
        r"(?<![a-z])(?:temp(?:erature)?|thermometer|fever)(?![a-z])"
        r"|体温|额温|耳温|腋温|腋下|舌下|肛温|口温|温度|探热|发烧"
    ),
    "glucose": (
        r"(?<![a-z])(?:glucose|blood\s+sugars?|sugars?|bms?|cbg|libre|dexcom|cgm"
        r"|finger[\s-]?prick|meter)(?![a-z])|血糖|瞬感|指尖血|手指血"
    ),
    "bp": r"(?<![a-z])(?:blood\s+pressure|bp|cuff)(?![a-z])|血压|袖带",
}
_KIND_OF = {kind: re.compile(words, _I) for kind, words in _KINDS.items()}
_ANY_KIND = re.compile("|".join(f"(?:{w})" for w in _KINDS.values()), _I)

# a reading taken again: the words of a re-check, shared by both readers of this module
_RETAKE_EN = (
    r"re-?check(?:ed|ing)?|re-?measur(?:e|ed|ing)|re-?test(?:ed|ing)?|re-?took"
    r"|re-?did|re-?done|(?:checked|took|measured|tested|tried|did|done|taken)\s+(?:it\s+|them\s+)?"
    r"again|second\s+(?:go|reading|time|try|one)|another\s+reading"
)
_RETAKE_ZH = r"再测|再量|再度|再探|复测|重测|重新|又测|又量|再试|再次"
# a re-check, or the gadget's error explained, between the two readings
_CUE = re.compile(
    rf"(?<![a-z])(?:{_RETAKE_EN}"
    # another device ("tried a proper finger oximeter", "on a real one")
    r"|tried\s+(?:a|my|the|his|her|another)\s+(?:proper|real|finger|medical|different)"
    r"|(?:on|with)\s+(?:a|my|the)\s+(?:proper|real|medical)\s+(?:finger\s+)?(?:oximeter|one)"
    r"|warm(?:ed|ing)?\s+(?:up|my|his|her|them|it)|cold\s+(?:hands?|fingers?)|freezing"
    r"|nail\s+(?:varnish|polish)|false\s+nails|gel\s+nails|loose|strap|cuff"
    r"|(?:lying|laying|lay|slept|sleeping)\s+on\s+(?:the\s+|my\s+|it)|compression"
    r"|finger[\s-]?prick|under\s+(?:the|my|his|her)\s+tongue|(?:come|came)\s+in\s+from"
    r"|hot\s+(?:drink|cup|tea|coffee|bath|shower)|cup\s+of\s+tea"
    # a pulse counted by hand against a watch's number (NHS.uk: how to check your pulse)
    r"|by\s+hand|manually|counted\s+(?:it|my|his|her))(?![a-z])"
    rf"|{_RETAKE_ZH}|暖|冻|冰|指甲油|甲油|美甲|表带"
    r"|松了|松咗|没绑好|冇绑好|压着|压住|指尖血|手指血|扎手指|腋下|舌下|从外面|热水|热茶|热饮|自己摸",
    _I,
)
# a treatment between the readings: the second reading is the response, not a re-check
_TREATED = re.compile(
    r"(?<![a-z])(?:paracetamol|calpol|ibuprofen|nurofen|medicine|meds|tablets?|pills?|inhaler"
    r"|puffs?|nebuli[sz]er|nebs?|on\s+oxygen|put\s+on|jelly\s+babies|juice|lucozade|dextrose"
    r"|glucose\s+(?:tablets?|gel)|sweets|sugary|insulin|glucagon|ate|eaten|drank|spray|gtn)"
    r"(?![a-z])|药|退烧|布洛芬|美林|泰诺|吸氧|上氧|喷|糖水|果汁|糖果|葡萄糖|胰岛素|吃了|饮咗|喝了糖",
    _I,
)
# between the readings: no other number but a time ("sat quietly 5 minutes")
_BETWEEN = (
    r"(?:[^\d\n零一二两三四五六七八九十百]"
    # 一 of a word, no number (吓我一跳, 一看是指甲油)
    r"|(?<![零一二两三四五六七八九十百])一(?![零一二两三四五六七八九十百\d次下遍])"
    r"|\d{1,3}\s*(?:mins?|minutes?|secs?|seconds?|分钟|秒)(?![a-z])"
    r"|[一二两三四五六七八九十]{1,3}\s*(?:分钟|秒)"
    # a count of tries (再测一次, 又量了两下: rules-hc's retakes, session 42)
    r"|[一二两三]\s*(?:次|下|遍)"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)(?![a-z])|\d{1,2}:\d\d"
    # a clock time said in Chinese (下午3点, 4点半) and the distance of a run between (刚跑完5公里,
    # "ran 5k": a temperature taken straight after exercise, taken again; rules-mc, session 47)
    r"|\d{1,2}\s*(?:点|點)(?:半|钟|鐘|\d{1,2}\s*分?)?"
    r"|\d{1,2}(?:\.\d)?\s*(?:公里|km|k)(?![a-z]))"
)
_LEAD = r"[^\d\n.!?。！？零一二两三四五六七八九十百]{0,24}?"
_SINGLE = re.compile(
    rf"(?P<kw>{_ANY_KIND.pattern}){_LEAD}(?P<first>{_NUMBER})(?P<between>{_BETWEEN}{{4,140}}?)"
    rf"(?!一(?![零一二两三四五六七八九十百]))(?P<second>{_NUMBER})(?!\s*(?:/|over|比|mins?|minutes?|hours?|am|pm|分钟|小时|天|岁|次|下|遍|点|點|公里|km|k(?![a-z]))|:\d)",
    _I,
)
_PAIRS = re.compile(
    rf"(?P<kw>{_KINDS['bp']}|(?<![a-z])(?:machine|monitor)(?![a-z])|血压计|血压机)?{_LEAD}"
    rf"(?P<first>{_PAIR})(?P<between>{_BETWEEN}{{4,140}}?)(?P<second>{_PAIR})",
    _I,
)


# A reading taken again, or told as it went on, right after the first and of the same kind: the
# reading now is the later one, and when it scores more NEWS2 points than the first it is the
# one read (a re-check that is normal after an explanation is ``superseded``'s; a better one
# after a treatment keeps the first). No other sign's word may stand between, and a number with
# a unit of time or count after it is no reading.
_LATER_READING = re.compile(
    rf"[^\d\n.!?。；;]{{0,40}}?(?:(?<![a-z])(?:{_RETAKE_EN}|again|then|now|later|down\s+to|up\s+to"
    r"|dropped\s+to|fallen\s+to|fell\s+to|gone\s+to|went\s+to"
    # a later clock time (clinical.vitals writes a clock time as "oclock": "37.9 at 6.10, by 7
    # it was 38.4"; rules-mg, session 47)
    r"|(?:by|at)\s+oclock"
    # a time gone by ("3 hours later", "half an hour later", 两个小时后, 半小时后)
    r"|(?:an?|half\s+an?|\d{1,2}|few|couple\s+of)\s+(?:hours?|hrs?|mins?|minutes?)\s+later)(?![a-z])"
    r"|(?:\d{1,2}|[一二两三四五六七八九十半几]{1,3})\s*个?\s*(?:小时|钟头|分钟|个钟)后"
    rf"|{_RETAKE_ZH}|后来|然后|现在|降到|掉到|升到|跌到|跌咗到|变成)[^\d\n.!?。；;]{{0,16}}?"
    r"(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d./:])"
    r"(?!\s*(?:%\s*)?(?:hours?|hrs?|mins?|minutes?|days?|weeks?|am|pm|puffs?|tablets?|times"
    r"|earlier|before|yesterday|last|usually|normally|小时|分钟|天|周|岁|次|粒|片|口|之前|以前|昨天"
    r"|平时))",
    _I,
)
# a number told as the earlier or the usual one ("96 now, was 92 earlier") is no later reading;
# after a later clock time "it was" tells the later one ("by 7 it was 38.4"), so the words are
# one list and "was|were" joins them only without a clock time (rules-ne, session 48)
_EARLIER_EN = ("earlier", "before", "yesterday", "usual(?:ly)?", "normal(?:ly)?", "baseline")
_EARLIER_ZH = ("之前", "以前", "昨天", "平时", "平常", "本来")


def _earlier_words(*more: str) -> re.Pattern[str]:
    """The earlier or usual words, with ``more`` English words beside them."""
    english = "|".join((*more, *_EARLIER_EN))
    return re.compile(rf"(?<![a-z])(?:{english})(?![a-z])|{'|'.join(_EARLIER_ZH)}", _I)


_EARLIER_WORD = _earlier_words()
_EARLIER = _earlier_words("was", "were")
# a later reading told before its clock time ("38.2 at 6.10 and 39.1 by 7")
_LATER_TIMED = re.compile(
    r"[^\d\n.!?。；;]{0,40}?(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d./:])\s*(?:by|at)\s+oclock",
    re.IGNORECASE,
)
_OTHER_SIGN = re.compile(
    r"(?<![a-z])(?:heart\s*rate|pulse|hr|bp|blood\s+pressure|temp(?:erature)?|sats?|spo2|oxygen"
    r"|rr|resp(?:iratory)?\s+rate|breathing|breaths|glucose|sugar|bm)(?![a-z])"
    r"|心率|心跳|脉搏|血压|体温|血氧|呼吸|血糖",
    _I,
)


def later_worse(field: str, value: float, text: str, end: int, low: float, high: float) -> float:
    """Return the reading of vital sign ``field`` now: a later one of the same kind told right
    after the first (which ends at ``end`` in ``text``) when it lies in ``low``..``high`` and
    scores more NEWS2 points, else ``value``."""
    if field not in FIELDS or field == "systolic_bp":
        return value
    m = _LATER_READING.match(text, end)
    m = m or _LATER_TIMED.match(text, end)
    timed = m is not None and "oclock" in text[end : m.end()]
    earlier = _EARLIER_WORD if timed else _EARLIER
    if (
        m is None
        or _OTHER_SIGN.search(text, end, m.start(1))
        or earlier.search(text, end, m.start(1))
    ):
        return value
    later = float(m.group(1))
    if field == "temperature_c" and later >= 86:
        later = round((later - 32) * 5 / 9, 1)
    if not low <= later <= high:
        return value
    return later if points_for(field, later) > points_for(field, value) else value


def _value(token: str) -> float | None:
    digits = zh_numerals_to_digits(token.strip())
    try:
        return float(digits)
    except ValueError:
        return None


def _pair(token: str) -> tuple[float, float] | None:
    parts = re.split(r"\s*(?:/|over|比)\s*", zh_numerals_to_digits(token.strip()), flags=_I)
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None


def _normal(kind: str, value: float) -> bool:
    """A reading that needs nothing: NHS.uk pulse oximeter (95% or more), a resting heart rate
    of 50-100, a temperature of 36.0-37.9 °C (NHS.uk: 38 or more is high), a blood glucose of
    4-11 mmol/L (NHS.uk: under 4 a hypo, over 11 high)."""
    low, high = {
        "spo2": (95, 100),
        "hr": (50, 100),
        "temp": (36.0, 37.9),
        "glucose": (4.0, 11.0),
    }[kind]
    return low <= value <= high


def _kind(keyword: str) -> str | None:
    return next((k for k, p in _KIND_OF.items() if p.fullmatch(keyword)), None)


def after_treatment(between: str) -> bool:
    """Return True when a treatment (oxygen, a medicine, an inhaler, sugar) is said in
    ``between``: a reading after it is the response, not a re-check (``clinical.vitals`` reads
    the night's dip with it too)."""
    return _TREATED.search(between) is not None


def _explained(between: str, kind: str) -> bool:
    """A re-check or the gadget's error said between the readings, no treatment, and no other
    kind's keyword just before the second reading ("sats 88 ... heart rate 72" is two signs)."""
    if not _CUE.search(between) or _TREATED.search(between):
        return False
    near = between[-24:]  # the words just before the second reading name what it is
    keywords = [_kind(m.group()) for m in _ANY_KIND.finditer(near)]
    return not keywords or keywords[-1] in (kind, None)


@functools.lru_cache(maxsize=1024)
def superseded(text: str) -> str:
    """Return ``text`` with a device reading blanked when the sender explains it and a re-check
    of the same kind is normal (same length)."""
    if not _CUE.search(text):
        return text
    chars = list(text)
    for m in _SINGLE.finditer(text):
        kind = _kind(m.group("kw"))
        if kind is None or kind == "bp":
            continue
        between = m.group("between")
        if len(between) < 4 or not _explained(between, kind):
            continue
        first, second = _value(m.group("first")), _value(m.group("second"))
        if first is None or second is None or _normal(kind, first) or not _normal(kind, second):
            continue
        start, end = m.span("first")
        chars[start:end] = " " * (end - start)
    for m in _PAIRS.finditer(text):
        if not _explained(m.group("between"), "bp"):
            continue
        typed, again = _pair(m.group("first")), _pair(m.group("second"))
        if typed is None or again is None:
            continue
        systolic, diastolic = again
        if not (90 <= systolic < 180 and diastolic < 120 and diastolic < systolic):
            continue
        if typed[0] < 180 and typed[1] < 120:
            continue  # the first needed nothing more either
        start, end = m.span("first")
        chars[start:end] = " " * (end - start)
    return "".join(chars)
