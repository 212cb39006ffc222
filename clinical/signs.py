"""Numbers patients type that are not the record's vital signs: capillary refill, capillary
glucose, GCS and ACVPU, oxygen given by flow ("on 2L"), and tablets taken at once.

Clinicians' notes and patients write them as numbers ("CRT 4 s", "BM 2.1", "GCS 13/15",
"E3V4M6", "AVPU: P", "94% on 2L", 血糖一点八, 毛细血管再充盈时间4秒). ``clinical.findings``
turns a reading into the concept the rules use (a capillary refill of 3 s or more, a low
glucose, reduced consciousness, supplemental oxygen), so the rule data stays words and the
thresholds sit here, each with its source. Chinese numerals are read as in vital signs.
"""

from __future__ import annotations

import re

from clinical.matching import normalize
from clinical.textprep import zh_numerals_to_digits
from clinical.vitals import BP_USUAL_NOW, SPO2_WORDS, Found, numeric_text

__all__ = [
    "CRT_SLOW_S",
    "GLUCOSE_HIGH",
    "GLUCOSE_LOW",
    "GLUCOSE_VERY_LOW",
    "MANY_TABLETS",
    "sign_concepts",
    "sign_findings",
    "tablet_findings",
]

CRT_SLOW_S = 3.0  # NICE NG143 amber: capillary refill time of 3 seconds or more
GLUCOSE_LOW = 4.0  # NHS hypoglycaemia: below 4 mmol/L is a hypo
GLUCOSE_VERY_LOW = 3.0  # International Hypoglycaemia Study Group level 2: below 3.0 mmol/L
GLUCOSE_HIGH = 11.0  # NHS.uk high blood sugar: a home test over 11 mmol/L (not fasting) is high
# NICE NG17/NG18 DKA: a reading of 20 or more with vomiting or tummy pain (the rules' "sugar over
# 20" said in words); JBDS-IP hyperosmolar hyperglycaemic state: 30 mmol/L or more
GLUCOSE_VERY_HIGH, GLUCOSE_HHS = 20.0, 30.0
# A meter's "LO" and "HI": below and above its range (about 1.1 and 33.3 mmol/L)
GLUCOSE_METER_LO, GLUCOSE_METER_HI = 1.0, 34.0
MG_DL_PER_MMOL = 18.0
SYSTOLIC_DROP = 40  # NICE NG51 high risk: systolic more than 40 mmHg below normal
GCS_FULL = 15  # GCS 14 (confused speech) is the C of ACVPU: new confusion
GCS_REDUCED = 13  # 13 or less: not alert, a reduced conscious level
# RCP NEWS2 SpO2 scale 2 / BTS oxygen guideline: a target saturation of 88-92% (COPD with
# hypercapnic respiratory failure); a usual or target at the top of that range or below
SPO2_TARGET_LOW, SPO2_TARGET_HIGH = 84.0, 92.0

_I = re.IGNORECASE
_JOIN = r"\s*(?:of|is|was|=|:|at|about|around|>|≥|>=|\s)*\s*"
_CRT = re.compile(
    rf"(?<![a-z])(?:crt|cap(?:illary)?\s+refill(?:\s+time)?|capillary\s+refill)(?![a-z]){_JOIN}"
    r"(\d{1,2}(?:\.\d)?)\s*(?:s|secs?|seconds?)(?![a-z])"
    r"|(?:毛细血管)?(?:再)?充盈时间\s*(?:是|为|有|大于|超过|>)?\s*(\d{1,2}(?:\.\d)?)\s*秒",
    _I,
)
# "BM" is also a bowel movement ("no BM for 3 days"): as a glucose it needs a decimal or a unit.
_GLUCOSE = re.compile(
    rf"(?<![a-z])(?:bms?(?={_JOIN}(?:\d{{1,2}}\.\d|\d{{1,3}}\s*(?:mmol|mg)))"
    rf"|cbg|capillary\s+(?:blood\s+)?glucose|(?:blood\s+)?glucose|blood\s+sugars?|sugars?)"
    rf"(?![a-z]){_JOIN}(?:only\s+|just\s+|still\s+)?(\d{{1,3}}(?:\.\d{{1,2}})?)\s*(mmol(?:/l)?|mg\s*/\s*dl)?"
    r"(?!\s*(?:days?|hours?|hrs?|weeks?|ago|times|years?|%))"
    # the reading said through the meter (NHS hypoglycaemia: a finger-prick test): 血糖机测出来2.1,
    # 血糖仪显示3.2, Cantonese 血糖机度到2.5
    # a reading said not to have come up after treating it: "sugar is still 2.9", 血糖还是3.0
    # ...and measured with it (用血糖机量是386, 血糖机量到15.2, Cantonese 度咗; rules-mc, s47)
    r"|血糖\s*(?:机|仪|计)?\s*(?:值|是|为|测|只有|才|有|测出来|测了|测到|测得|显示|读数|度到|度出来|度咗|量出来|量了|量到|量咗|量|还是|仍然|依然|仲系|都仲系)*"
    r"\s*(\d{1,3}(?:\.\d{1,2})?)",
    _I,
)
# A glucose sensor's reading (NICE NG17: continuous or flash glucose monitoring; NHS.uk low blood
# sugar): "my libre says 2.4", "dexcom alarm went off at 2.9", "CGM reading 24", 瞬感显示2.3,
# 探头报警2.8 (a sensor's low that a finger-prick shows normal is read by clinical.rechecks)
_GLUCOSE_SENSOR = re.compile(
    r"(?<![a-z])(?:(?:freestyle\s+)?libre|dexcom|cgm|(?:glucose|sugar)\s+(?:sensor|monitor))"
    r"(?:\s+(?:sensor|alarm|app|reader|graph|reading))?(?![a-z])"
    r"(?:\s*(?:says|said|reads|read|reading|shows|showed|showing|is|was|at|of|=|:|alarmed"
    r"|alerted|went\s+off|dropped\s+to|down\s+to|up\s+to|on|just|only|still|it|me)(?![a-z]))*"
    r"\s*(\d{1,3}(?:\.\d{1,2})?)\s*(mmol(?:/l)?|mg\s*/\s*dl)?"
    r"(?!\d|:\d|\s*(?:days?|hours?|hrs?|weeks?|ago|times|years?|%|am|pm|mins?|minutes?)(?![a-z]))"
    r"|(?:瞬感|动态血糖(?:仪)?|血糖探头|血糖贴|探头)\s*(?:显示|报警|读数|是|测到|测出来|说|话|响|提示)*\s*"
    r"(\d{1,3}(?:\.\d{1,2})?)(?!\d|\s*(?:点|天|小时|分钟|次))",
    _I,
)
# "meter says HI", "his glucose meter just says LO", 血糖仪显示LO, 血糖打不出来显示HI: the meter's
# out-of-range words after a glucose keyword and a display verb, or before "on my meter" (never
# "hi" alone: a greeting)
_GLUCOSE_METER = re.compile(
    # the sensor named too ("CGM says LO", "libre says LO": NICE NG17, NHS.uk low blood sugar)
    r"(?:(?<![a-z])(?:meter|glucometer|glucose|sugars?|bm|cbg|cgm|libre|dexcom)(?![a-z])|血糖)"
    r"[^\n.;!?。\d]{0,24}?"
    # a display verb before it: a Cantonese sentence-final "lo" (囉) is no reading
    r"(?:says?|reads?|reading|shows?|showing|displays?|displaying|just|显示|出现|打出|写着|是)"
    r"\s*[:\"'“‘(]?\s*(hi|lo)[\"'”’)]?(?![a-z])"
    # or the word first, on the meter: "glucose HI on my meter", "LO on his monitor"
    r"|(?<![a-z])(hi|lo)[\"'”’)]?\s+on\s+(?:my|the|his|her|their|our|mum's|dad's)\s+"
    r"(?:(?:blood\s+)?(?:glucose|sugar)\s+)?(?:meter|glucometer|monitor|machine|reader)(?![a-z])",
    _I,
)
# A glucose meter's number with the device named and no word of glucose ("my meter said 19",
# "it said 2.1 on my meter"; NHS.uk low and high blood sugar: a finger-prick meter): never a
# peak flow, ketone, gas or other meter named, and never with a ketone or peak flow word near
# (rules-ih, session 43)
_METER_NUMBER = re.compile(
    r"(?<!flow\s)(?<!ketone\s)(?<!ketones\s)(?<!gas\s)(?<!water\s)(?<!light\s)(?<!electric\s)"
    r"(?<![a-z])(?:meter|glucometer)(?![a-z])"
    # a time told between the device and its verb ("meter this morning said 22", "meter 今天早上
    # said 22")
    r"(?:\s*(?:this\s+morning|this\s+evening|tonight|earlier|today|last\s+night"
    r"|[今昨早晚上下午夜天刚才]{2,6}))?"
    r"(?:\s*(?:says|said|reads|read|reading|shows|showed|showing|is|was|gave\s+me|gave|at|of|=|:"
    r"|just|only|still|it|me)(?![a-z]))+"
    # (no "am|pm" here any more: clinical.vitals.numeric_text writes every clock time it could
    # guard as "oclock" first, and it only stopped a reading before "am I ok"; rules-ne)
    r"\s*(\d{1,2}(?:\.\d{1,2})?)(?!\d|\.\d|:\d|\s*(?:days?|hours?|hrs?|weeks?|ago|times|years?|%"
    r"|mins?|minutes?|l\b|litres?|liters?|/)(?![a-z]))"
    r"|(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s*(?:mmol(?:/l)?\s*)?on\s+(?:my|the|his|her|their|our)\s+"
    r"(?:(?:blood\s+)?(?:glucose|sugar)\s+)?(?:meter|glucometer)(?![a-z])",
    _I,
)
_NOT_GLUCOSE_METER = re.compile(
    r"ketone|peak\s*flow|oximeter|sats|oxygen|spo2|pulse|electric|gas\b", _I
)

# GCS in Chinese notes too: "GCS评分11分", 格拉斯哥昏迷评分十分 (numerals read as digits first)
# A change written with an arrow or a verb ("GCS 15 -> 9", "GCS 15 dropped to 8", 15分降至9分)
# is read at its later value, the one now (NICE NG232 asks for the current GCS).
_GCS_THEN = (
    r"(?:\s*分)?(?:\s*(?:-+>|→|⟶|=>|(?:dropped|fell|fallen|down|decreased|improved|up)\s+to|降至|降到|下降到)"
    r"\s*(\d{1,2})(?:\s*/\s*15)?(?!\d))?"
)
_GCS = re.compile(
    rf"(?:(?<![a-z])gcs|格拉斯哥(?:昏迷)?(?:评分|量表)?|昏迷评分)(?:\s*(?:评分|得分|分数))?\s*(?:为|是)?"
    rf"{_JOIN}(\d{{1,2}})(?:\s*/\s*15)?(?!\d){_GCS_THEN}",
    _I,
)
_EVM = re.compile(r"(?<![a-z])e\s*([1-4])\s*v\s*([1-5])\s*m\s*([1-6])(?![\d])", _I)
_AVPU = re.compile(
    r"(?<![a-z])a?c?avpu\s*(?:score|scale)?\s*(?:is|was|=|:|-|of)?\s*\(?\s*([acvpu])(?![a-z])", _I
)
# A usual or target saturation: "SpO2 91% (usual 90-92)", "target 88-92", "my usual sats are
# 88 to 92", "sats 90, which is my normal", 血氧90，平时就是88到92, 平常都系90左右.
_USUAL = (
    r"(?<![a-z])(?:usual(?:ly)?|normal(?:ly)?|baseline|target(?:\s+range)?|typically)(?![a-z])"
    r"|平时|平常|一般|通常|目标|基线"
)
_SPO2_RANGE = r"(\d{2})\s*%?(?:\s*(?:-|–|to|到|至|~|and)\s*(\d{2}))?(?![\d.])"
_SPO2_USUAL = re.compile(
    # the saturation's keyword, then (in the same sentence) the usual or target value
    rf"(?:{SPO2_WORDS})[^\n;!?。]{{0,40}}?(?:{_USUAL})"
    rf"(?:\s*(?:sats?|spo2|saturations?|o2|oxygen|level|is|are|of|at|around|about|between|"
    rf"就是|都是|都系|大概|大约|是|系|在|的|血氧|:|=|\())*\s*{_SPO2_RANGE}"
    # a target range said alone: "target 88-92%", 目标88至92 (a saturation target, BTS)
    r"|(?<![a-z])(?:target(?:\s+range)?|目标)(?:\s*(?:of|is|:|=|为|是))?\s*"
    r"(8\d)\s*%?\s*(?:-|–|to|到|至|~)\s*(9\d)\s*%?(?![\d.])"
    # or the usual first: "my usual sats are 88 to 92", 平时血氧都是90
    rf"|(?:{_USUAL})\s*(?:的)?\s*(?:{SPO2_WORDS})"
    rf"(?:\s*(?:is|are|of|at|around|about|between|就是|都是|都系|大概|是|系|在|:|=))*\s*{_SPO2_RANGE}",
    _I,
)
# A reading said to be the usual one: "sats 90, which is my usual", 血氧90，平时就是这样; a range
# said to be the documented baseline (RCP NEWS2 scale 2): "sats 90-92% her usual baseline per
# care plan", 血氧九十到九十二，护理计划里写的就是她的基线
_SPO2_AS_USUAL = re.compile(
    rf"(?:{SPO2_WORDS})\D{{0,14}}?(?<!\d)(\d{{2}})(?!\d)\s*%?"
    r"(?:\s*(?:-|–|to|到|至)\s*(\d{2})(?!\d)\s*%?)?[^\n;!?。\d]{0,40}?"
    r"(?:(?:is|that's|thats|which\s+is|that\s+is|it's)\s+(?:my\s+|his\s+|her\s+)?"
    r"(?:usual|normal|baseline)|(?:normal|usual)\s+for\s+(?:me|him|her)|as\s+usual"
    r"|(?<![a-z])(?:my|his|her|their)\s+(?:usual|normal|baseline)(?![a-z])"
    r"|(?:跟|和|同)平(?:时|常)一样|平(?:时|常)(?:就|都)(?:是|系)(?:这样|咁)"
    r"|(?:就是|都是|是|系)(?:她|他|我)?(?:的|嘅)?(?:基线|平时水平|平常水平))",
    _I,
)
_DIGIT = re.compile(r"\d")
_WORD_READING = re.compile(r"avpu|(?<![a-z])(?:hi|lo)(?![a-z])", _I)
_AVPU_LEVEL = {"a": 1.0, "c": 1.5, "v": 2.0, "p": 3.0, "u": 4.0}
_OXYGEN_FLOW = re.compile(
    r"(?<![a-z])on\s+(\d{1,2}(?:\.\d)?)\s*(?:l|litres?|liters?|lpm|l/min)(?![a-z])"
    r"|(?<![\d.])(\d{1,2}(?:\.\d)?)\s*(?:l|litres?|liters?|lpm|l/min)\s*(?:of\s+)?"
    r"(?:o2|oxygen|nc|nasal|via|by\s+(?:mask|nasal)|nrb|non-rebreather|face\s*mask|fm)(?![a-z])"
    r"|吸氧\s*(\d{1,2}(?:\.\d)?)\s*(?:升|l)",
    _I,
)


def sign_findings(text: str) -> dict[str, Found]:
    """Return each measured sign found in ``text`` (the first of each) with its words.

    ``capillary_refill_s`` in seconds, ``glucose_mmol`` in mmol/L (mg/dL converted),
    ``gcs`` 3 to 15, ``avpu`` 1 (alert), 1.5 (new confusion), 2 (voice), 3 (pain),
    4 (unresponsive), ``oxygen_lpm`` a flow of supplemental oxygen in litres a minute,
    ``systolic_drop`` how far a systolic now is below the one said to be usual,
    ``spo2_usual`` the saturation said to be the patient's usual or target.
    """
    text = numeric_text(text)
    found: dict[str, Found] = {}
    if not _DIGIT.search(text) and not _WORD_READING.search(text):
        return found  # every reading but an ACVPU letter or a meter's HI or LO is a number

    def add(name: str, value: float | None, match: re.Match[str], low: float, high: float) -> None:
        if value is not None and low <= value <= high and name not in found:
            found[name] = Found(round(value, 1), match.group().strip())

    for m in _CRT.finditer(text):
        add("capillary_refill_s", float(m.group(1) or m.group(2)), m, 0.5, 15)
    for m in _GLUCOSE.finditer(text):
        raw, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), None)
        value = float(raw)
        if (unit and "mg" in unit.lower()) or (unit is None and value > 35):
            value /= MG_DL_PER_MMOL
        add("glucose_mmol", value, m, 0.5, 60)
    for m in _GLUCOSE_SENSOR.finditer(text):
        raw, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), None)
        value = float(raw)
        if (unit and "mg" in unit.lower()) or (unit is None and value > 35):
            value /= MG_DL_PER_MMOL
        add("glucose_mmol", value, m, 0.5, 60)
    for m in _METER_NUMBER.finditer(text):
        if _NOT_GLUCOSE_METER.search(text, max(0, m.start() - 40), m.end() + 20):
            continue
        add("glucose_mmol", float(m.group(1) or m.group(2)), m, 0.5, 35)
    for m in _GLUCOSE_METER.finditer(text):
        lo = (m.group(1) or m.group(2)).lower() == "lo"
        add("glucose_mmol", GLUCOSE_METER_LO if lo else GLUCOSE_METER_HI, m, 0.5, 60)
    for m in _GCS.finditer(text):
        add("gcs", float(m.group(2) or m.group(1)), m, 3, 15)
    for m in _EVM.finditer(text):
        add("gcs", float(sum(int(g) for g in m.groups())), m, 3, 15)
    for m in _AVPU.finditer(text):
        add("avpu", _AVPU_LEVEL[m.group(1).lower()], m, 1, 4)
    for m in BP_USUAL_NOW.finditer(text):
        add("systolic_drop", float(m.group(1)) - float(m.group(2)), m, 1, 250)
    for m in _OXYGEN_FLOW.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        add("oxygen_lpm", float(raw), m, 0.5, 60)
    for m in _SPO2_USUAL.finditer(text):
        values = [float(g) for g in m.groups() if g is not None]
        add("spo2_usual", max(values), m, 50, 100)  # a range at its upper end
    for m in _SPO2_AS_USUAL.finditer(text):
        add("spo2_usual", max(float(g) for g in m.groups() if g is not None), m, 50, 100)
    return found


def sign_concepts(found: dict[str, Found]) -> dict[str, Found]:
    """Return the concepts the readings stand for, each with the reading's words.

    A capillary refill of 3 s or more is ``crt_prolonged`` (NICE NG143 amber); a glucose
    below 4 mmol/L ``glucose_low`` (NHS hypoglycaemia), below 3.0 also ``glucose_very_low``;
    over 11 ``glucose_high`` (NHS.uk high blood sugar), 20 or more also ``glucose_very_high``
    (NICE NG17 DKA with vomiting), 30 or more (or a meter's HI) also ``glucose_hhs_range``
    (JBDS-IP hyperosmolar range);
    GCS 14 or ACVPU C is ``confusion``, GCS 13 or less or ACVPU V, P or U
    ``reduced_consciousness`` (NEWS2 scores both 3), GCS 15 or ACVPU A ``acvpu_alert``
    (NEWS2 scores it 0); a flow of oxygen ``oxygen_given``; a
    systolic more than 40 below the usual one ``systolic_far_below_usual`` (NICE NG51); a
    usual or target saturation of 88-92 (or a little lower) ``spo2_usual_88_92`` (NEWS2 scale 2
    with COPD, ``clinical.red_flags``).
    """
    out: dict[str, Found] = {}
    crt = found.get("capillary_refill_s")
    if crt is not None and crt.value >= CRT_SLOW_S:
        out["crt_prolonged"] = crt
    glucose = found.get("glucose_mmol")
    if glucose is not None and glucose.value < GLUCOSE_LOW:
        out["glucose_low"] = glucose
        if glucose.value < GLUCOSE_VERY_LOW:
            out["glucose_very_low"] = glucose
    if glucose is not None and glucose.value > GLUCOSE_HIGH:
        out["glucose_high"] = glucose
        if glucose.value >= GLUCOSE_VERY_HIGH:
            out["glucose_very_high"] = glucose
        if glucose.value >= GLUCOSE_HHS:
            out["glucose_hhs_range"] = glucose
    gcs, avpu = found.get("gcs"), found.get("avpu")
    if gcs is not None and gcs.value <= GCS_REDUCED:
        out["reduced_consciousness"] = gcs
    elif avpu is not None and avpu.value >= _AVPU_LEVEL["v"]:
        out["reduced_consciousness"] = avpu
    elif gcs is not None and gcs.value < GCS_FULL:
        out["confusion"] = gcs
    elif avpu is not None and avpu.value == _AVPU_LEVEL["c"]:
        out["confusion"] = avpu
    elif gcs is not None and gcs.value >= GCS_FULL:
        out["acvpu_alert"] = gcs
    elif avpu is not None and avpu.value == _AVPU_LEVEL["a"]:
        out["acvpu_alert"] = avpu
    drop = found.get("systolic_drop")
    if drop is not None and drop.value > SYSTOLIC_DROP:
        out["systolic_far_below_usual"] = drop
    if "oxygen_lpm" in found:
        out["oxygen_given"] = found["oxygen_lpm"]
    usual = found.get("spo2_usual")
    if usual is not None and SPO2_TARGET_LOW <= usual.value <= SPO2_TARGET_HIGH:
        out["spo2_usual_88_92"] = usual
    return out


# --- amounts of medicine -----------------------------------------------------------------

MANY_TABLETS = 10  # ten or more tablets taken at once counts as an overdose to assess
# What a count of medicine is said with, for both readings below.
_TAKE_EN = r"took|taken|take|swallowed|ate|eaten|had|popped|downed|necked"
_MEDICINE = (
    r"tablets?|pills?|caps(?:ules)?|paracetamol|ibuprofen|co-codamol|codeine|aspirin|"
    r"sertraline|diazepam|zopiclone|amitriptyline|tramadol|sleeping\s+(?:pills?|tablets?)|"
    r"antidepressants?|painkillers?|meds|tabs|citalopram|fluoxetine|mirtazapine|quetiapine|"
    r"lorazepam|temazepam|pregabalin|gabapentin|naproxen|morphine|oxycodone"
)
# A count relayed as the person said it, inside quotation marks ("he took 'like 20'
# paracetamol", 吃了“大概二十片”): the marks are no word of the count (NHS.uk paracetamol overdose)
_OPEN_QUOTE = r"(?:['\"“「『]\s*)?"
_CLOSE_QUOTE = r"(?:\s*['\"”」』])?"
_TAKEN = re.compile(
    rf"(?<![a-z])(?:{_TAKE_EN})\s+{_OPEN_QUOTE}"
    r"(?:about\s+|around\s+|like\s+|maybe\s+|at\s+least\s+|over\s+|nearly\s+|almost\s+)?"
    # a strength is no count ("took 100mg sertraline" is one tablet of 100 mg)
    r"(\d{1,3})(?!\d)(?!\s*(?:mg|mcg|µg|g|ml|毫克|克)(?![a-z]))"
    rf"{_CLOSE_QUOTE}\s*(?:x\s*)?(?:of\s+(?:my|the|his|her|their|mum's|dad's)\s+)?"
    rf"(?:[a-z-]+{_CLOSE_QUOTE}\s+){{0,2}}?"
    # insulin counts here only (a count after it is units, not tablets: below)
    rf"(?:{_MEDICINE}|insulin|sleeping|of\s+them)"
    r"|(?:吃了|吞了|服了|吃下|喝了|吃掉|吞咗|食咗|食了|服咗|吞落|食落)\s*(?:大概|大约|约|差不多|至少|将近|快)?\s*(\d{1,3})\s*"
    r"(?:多|几|来|余)?\s*(?:片|颗|粒|板)",
    _I,
)


# TOXBASE / NHS overdose: a count said away from its verb, with a strength, a pack or after the
# medicine ("took way more than I should, about 32 of the 500mg ones", "a load of my mum's
# diazepam, maybe 15", 吃了比说明书多的止痛药，差不多二十片五百毫克的). It counts only after a
# taking verb earlier in the same sentence.
_DOSE = r"\d{1,4}(?:\s*/\s*\d{1,4})?\s*(?:mg|mcg|µg|g|毫克|克)(?![a-z])"
_HEDGE = r"(?:about|around|like|maybe|probably|roughly|at\s+least|over|nearly|almost|x)"
# NHS.uk paracetamol overdose: the count told as a guess after the medicine ("paracetamol, she
# thinks 16 tablets", "co-codamol, he reckons about 14")
_GUESS = r"(?:she|he|i|we|they)\s+(?:thinks?|reckons?|guess(?:es)?|believes?)"
_COUNT_AWAY = re.compile(
    # "32 of the 500mg ones", "18 of the 30/500 ones", "24 x 500mg"
    rf"(?<![\d./])(\d{{1,3}})(?!\d)\s*(?:x\s*)?(?:of\s+(?:my|the|those|these|his|her|their)\s+)?"
    rf"(?:{_DOSE}|\d{{1,4}}\s*/\s*\d{{1,4}})\s*(?:[a-z-]+\s+){{0,2}}?(?:{_MEDICINE}|ones)"
    # "diazepam, maybe 15", "zopiclone, like 14 of them"
    # ... or a guess after it, a few words between ("paracetamol at the party, he thinks 20")
    rf"|(?<![a-z])(?:{_MEDICINE})(?:\s*,?\s*{_HEDGE}|(?:\s+[a-z']+){{0,4}}?\s*,?\s*{_GUESS}"
    rf"(?:\s+{_HEDGE})?)\s+(\d{{1,3}})(?!\d)"
    rf"(?!\s*(?:mg|mcg|g|ml|mins?|minutes?|hours?|hrs?|h|days?|weeks?|years?|am|pm|%|:)(?![a-z]))"
    r"|(?:大概|大约|约|差不多|至少|将近|快)\s*(\d{1,3})\s*(?:多|几|来|余)?\s*(?:片|颗|粒)"
    # TOXBASE (a strip or box taken at once): the count told with its pack after the verb
    # ("当维生素吃了，一板十几粒", Cantonese 食咗，成板十几粒)
    r"|(?:一整?[板盒排瓶包]|成[板盒排樽包])\s*(\d{1,3})\s*(?:多|几|来|余)?\s*(?:片|颗|粒)",
    _I,
)
_TAKING = re.compile(
    rf"(?<![a-z])(?:{_TAKE_EN})(?![a-z])"
    r"|吃了|吞了|服了|吃下|吃掉|吞咗|食咗|食了|服咗|吞落|食落|吃多了",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?。！？\n](?!\d)")


def _sentence_start(text: str, start: int) -> int:
    """Return where the sentence holding ``start`` begins."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)


def _taken_before(text: str, start: int) -> bool:
    """Return True when a taking verb comes before ``start`` in its sentence."""
    return _TAKING.search(text, _sentence_start(text, start), start) is not None


# TOXBASE staggered paracetamol overdose (more than the licensed dose over hours or days: an
# emergency department): a count said with its span and no verb ("it's about 24 since
# yesterday", "maybe 16 in the last 24 hours"). It counts only after a medicine named earlier
# in the message, with no reading (a temperature, a weight, a pulse, times or hours) before it
# in its sentence, at the head of its clause.
_SPAN = (
    r"since\s+(?:yesterday|last\s+night|this\s+morning|the\s+weekend|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
    r"|(?:in|over)\s+the\s+(?:last|past)\s+(?:day|24\s*(?:hours|hrs|h)|twenty-four\s+hours|"
    r"(?:two|2|three|3|few)\s+days)"
)
_COUNT_SINCE = re.compile(
    r"(?<![a-z'])(?:about|around|like|maybe|probably|roughly|nearly|almost|at\s+least|over|"
    r"it's|its|that's|thats)\s+(\d{1,3})(?![\d.])\s+(?:of\s+them\s+)?"
    rf"(?:{_SPAN})",
    _I,
)
_MEDICINE_WORD = re.compile(rf"(?<![a-z])(?:{_MEDICINE})(?![a-z])", _I)
_READING_BEFORE = re.compile(
    r"temp|fever|degrees|°|weigh|kg|stone|pulse|heart\s*rate|bpm|sats|oxygen|pressure|sugar|"
    r"glucose|times|hours|minutes|cigarettes|fags|drinks|pints|units|loo|toilet|wee|poo|sick|"
    r"vomit",
    _I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_WORD = re.compile(r"[a-z']+", _I)


def _count_since(text: str) -> list[Found]:
    """Return every count said with its span after a medicine ("it's about 24 since
    yesterday"), as :data:`_COUNT_SINCE` reads it."""
    found = []
    for m in _COUNT_SINCE.finditer(text):
        left = _sentence_start(text, m.start())
        clause = max((e.end() for e in _CLAUSE_BREAK.finditer(text, left, m.start())), default=left)
        if (
            _MEDICINE_WORD.search(text, 0, m.start())
            and not _READING_BEFORE.search(text, left, m.start())
            # the count opens its clause ("it's about 24", "I reckon it's about 20"): a longer
            # clause before it tells of something else ("been to the loo about 12")
            and len(_WORD.findall(text, clause, m.start())) <= 3
        ):
            found.append(Found(float(m.group(1)), m.group().strip()))
    return found


# TOXBASE staggered paracetamol overdose; NHS.uk paracetamol (no more than 8 tablets of 500 mg in
# 24 hours): a count of paracetamol said per day ("12 paracetamol a day", 每天吃十片扑热息痛,
# 每日食十粒必理痛) is the day's total, read with the same count as a dose taken at once.
_PARACETAMOL = r"paracetamol|co-codamol|panadol|扑热息痛|对乙酰氨基酚|必理痛|泰诺林|百服宁"
_PER_DAY_ZH = r"(?:每天|每日|一天|一日|天天|日日)\s*(?:都)?\s*(?:吃|食|服用|服)?\s*(?:了|咗)?\s*"
_DAILY_COUNT = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\s+(?:x\s+)?(?:of\s+(?:my|the|his|her)\s+)?(?:\d{{3}}\s*mg\s+)?"
    rf"(?:{_PARACETAMOL})(?:\s+(?:tablets?|pills?|caplets?))?\s+"
    # the article is dropped by the reader's preparation ("12 paracetamol day")
    r"(?:(?:a|per|each|every)\s+)?day(?![a-z])"
    # a lone 十 (ten) is left as a character by zh_numerals_to_digits
    rf"|{_PER_DAY_ZH}(\d{{1,2}}|十)\s*(?:片|粒|颗)\s*(?:的)?\s*(?:{_PARACETAMOL})"
    rf"|(?:{_PARACETAMOL})[^。！？.!?，,]{{0,6}}?{_PER_DAY_ZH}(\d{{1,2}}|十)\s*(?:片|粒|颗)",
    _I,
)
# the count asked about, not taken ("扑热息痛每天吃十片会不会伤肝", "is 10 paracetamol a day ok?")
_ASKED_AFTER = re.compile(
    r"[^。！？.!\n]*?(?:\?|？|吗|会不会|会唔会|可不可以|可唔可以|得唔得|系咪)"
)


# "十几片" (ten-odd tablets): a lone 十 before 几/多/来/余 is 10 ("二十几" is read as 20 already);
# so is a lone 十 before its tablets ("吃了十片", "食咗十粒": NHS.uk paracetamol overdose)
_TEN_ODD = re.compile(r"(?<![一二两三四五六七八九\d])十(?=[几多来余]|\s*(?:片|颗|粒))")
# TOXBASE (the quantity taken): a single numeral before its tablets ("吃了八粒", "吞了九片") is
# its digit; a numeral inside a longer number (十八粒, 二十五片) is read whole by
# ``zh_numerals_to_digits`` (rules-nf, session 48)
_ONE_NUMERAL = re.compile(
    r"(?<![一二两三四五六七八九十百千万\d])([一二两三四五六七八九])(?=\s*(?:片|颗|粒))"
)
_NUMERAL_DIGIT = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6"}
_NUMERAL_DIGIT |= {"七": "7", "八": "8", "九": "9"}
# NHS.uk paracetamol / ibuprofen (how much to take: ask a pharmacist): a count after "take" in a
# question of permission or safety ("is it safe to take 10 paracetamol a day?", "can I take 12
# ibuprofen", "should I take 10") is asked about, not taken; "took", "taken", "swallowed" and a
# count being taken ("been taking") are no question
_ASKED_TAKE = re.compile(
    r"(?:\b(?:is|was|would)\s+it\s+(?:be\s+)?(?:safe|ok|okay|alright|all\s+right|fine|bad|"
    r"dangerous|too\s+much|normal)\s+(?:for\s+(?:me|him|her|them|my\s+[a-z]+)\s+)?to"
    r"|\b(?:can|could|should|may|shall)\s+(?:i|you|we|he|she|they|my\s+[a-z]+)"
    r"|\bam\s+i\s+(?:allowed|ok|okay|safe)\s+to"
    r"|\bhow\s+many\b[^.?!]*?\b(?:can|should|could)\s+(?:i|you|we|he|she|they))"
    r"\s+(?:still\s+|safely\s+|just\s+)?$",
    _I,
)
# a daily count said as being taken already ("I've been taking 10 paracetamol a day, is that
# ok?", 一直每天吃十片): TOXBASE staggered overdose, whatever is asked after it
_TAKING_ALREADY = re.compile(
    r"\b(?:been\s+taking|been\s+having|i\s+take|i'?m\s+taking|i\s+am\s+taking|"
    r"(?:he|she)\s+takes|(?:he|she)'?s\s+taking|(?:he|she)\s+is\s+taking)\b|一直|已经|连续",
    _I,
)


# a count asked about stays a count when it is large (NICE NG225: asking how many would harm) or
# said beside ending a life ("should I just take 40 sleeping pills and end it")
_ASKED_MOST = 20
_ENDING_WORDS = re.compile(
    r"\b(?:end\s+it|end\s+(?:my|his|her|their)\s+life|kill|die|dying|dead|suicid\w*|"
    r"(?:not|never)\s+wake)\b",
    _I,
)


def _asked_take(text: str, match: re.Match[str]) -> bool:
    """Return True when ``match`` (a count read by :data:`_TAKEN`) is "take N" asked about: a
    question of permission or safety before it in its sentence, a count under
    :data:`_ASKED_MOST`, and no word of ending a life in the sentence."""
    if not match.group().lower().startswith("take"):
        return False
    count = match.group(1) or match.group(2)
    if count is None or int(count) >= _ASKED_MOST:
        return False
    start = _sentence_start(text, match.start())
    end = next((m.end() for m in _SENTENCE_END.finditer(text, match.end())), len(text))
    if _ENDING_WORDS.search(text, start, end):
        return False
    return _ASKED_TAKE.search(text, start, match.start()) is not None


# TOXBASE staggered paracetamol overdose; NHS.uk paracetamol (no more than 8 tablets of 500 mg
# in 24 hours): a count taken and "another 8" or "8 more" soon after it, the same day ("6.10 took
# 8 paracetamol, by 7 I'd taken another 8", 吃了八粒扑热息痛，七点又吃了八粒) is read as the two
# together (rules-mg, session 47); a day between ("on Monday ... another 5 on Friday") keeps them
# apart, and a unit of time after the second number ("another 4 hours") is no count.
_ANOTHER = re.compile(
    r"(?<![a-z])(?:another|a\s+further)\s+(\d{1,2})(?![\d.:])"
    r"|(?<![\d.:])(\d{1,2})\s+more(?![a-z])"
    r"|(?:又|再)(?:吃|食|吞|服)(?:了|咗)?\s*(\d{1,2})(?![\d.:])",
    _I,
)
_NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|years?|am|pm|times|%|ml|mg|小时|分钟|天|次|岁|年|号)",
    _I,
)
_ANOTHER_DAY = re.compile(
    r"yesterday|last\s+(?:night|week)|tomorrow|next\s+day|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week|昨天|前天|礼拜|星期|第二天",
    _I,
)
_ANOTHER_WITHIN = 80  # characters from the first count to the second


def _taken_again(text: str, m: re.Match[str], first: float) -> Found | None:
    """Return the first count and "another N" taken soon after it together, or None."""
    again = _ANOTHER.search(text, m.end(), m.end() + _ANOTHER_WITHIN)
    if again is None or _NOT_A_COUNT_AFTER.match(text, again.end()):
        return None
    if _ANOTHER_DAY.search(text, m.end(), again.start()):
        return None
    second = float(next(g for g in again.groups() if g is not None))
    return Found(first + second, text[m.start() : again.end()].strip())


def tablet_findings(text: str) -> list[Found]:
    """Return every "took 30 paracetamol" / "吞了四十颗" in ``text`` (the number of tablets)."""
    text = zh_numerals_to_digits(_TEN_ODD.sub("10", normalize(text)))
    text = _ONE_NUMERAL.sub(lambda m: _NUMERAL_DIGIT[m.group(1)], text)
    found = []
    for m in _TAKEN.finditer(text):
        if _asked_take(text, m):
            continue
        raw = m.group(1) or m.group(2)
        found.append(Found(float(raw), m.group().strip()))
        both = _taken_again(text, m, float(raw))
        if both is not None:
            found.append(both)
    for m in _COUNT_AWAY.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        if _taken_before(text, m.start()):
            found.append(Found(float(raw), m.group().strip()))
    found.extend(_count_since(text))
    for m in _DAILY_COUNT.finditer(text):
        taking = _TAKING_ALREADY.search(text, _sentence_start(text, m.start()), m.start())
        if _ASKED_AFTER.match(text, m.end()) and taking is None:
            continue
        raw = next(g for g in m.groups() if g is not None)
        found.append(Found(10.0 if raw == "十" else float(raw), m.group().strip()))
    return found
