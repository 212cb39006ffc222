"""Numbers people read off home devices that are not vital signs: a blood ketone meter, a peak
flow meter against the person's best, wet nappies counted in a day, and a potassium result a
kidney team rang them with.

Patients type them as they read them ("ketones 3.4", 血酮四点二, "peak flow 150, my best is
450", 峰流速120 平时400, "peak flow 40% of my best", "only 2 wet nappies in 24 hours",
24小时只有两片湿尿布). ``reading_concepts`` turns each reading into the concept the rules use,
so the rule data stays words and each threshold sits here with its source. Chinese numerals are
read as in vital signs.
"""

from __future__ import annotations

import re

from clinical.vitals import Found, numeric_text

__all__ = ["reading_concepts"]

# NHS.uk diabetic ketoacidosis (blood ketone meter): under 0.6 mmol/L normal; 0.6 to 1.5 test
# again in 2 hours; 1.6 to 3 speak to the diabetes team (same day); over 3 call 999 or go to A&E.
KETONES_NORMAL = 0.6
KETONES_AT_RISK = 1.6
KETONES_DKA = 3.0
# BTS/SIGN British guideline on the management of asthma: peak flow 33-50% of best (or
# predicted) is acute severe asthma, under 33% life-threatening; over 50-75% moderate.
PEAK_FLOW_SEVERE_PCT = 50.0
PEAK_FLOW_MODERATE_PCT = 75.0
# NHS.uk dehydration (babies: fewer wet nappies than usual); NICE NG143 amber: reduced urine
# output. A baby wets about 6 nappies a day (NHS.uk breastfeeding: 6 or more from day 5); half
# that or fewer in a day is read as reduced.
FEW_WET_NAPPIES = 3
# UK Kidney Association hyperkalaemia guideline: 6.0-6.4 mmol/L moderate, 6.5 or more severe
# (emergency treatment, whatever the symptoms)
POTASSIUM_HIGH = 6.0
POTASSIUM_SEVERE = 6.5

_I = re.IGNORECASE
_DIGIT = re.compile(r"\d")
# A blood ketone reading; a urine strip's "2+" is another scale and is not read here, nor is a
# number of days or times ("ketones 3 days ago"). A full stop after the reading ends the
# sentence ("ketones 1.2."), only a digit after it continues the number.
_NOT_COUNT = (
    r"(?!\d|\.\d|\s*\+|\s*(?:days?|hours?|hrs?|h|weeks?|months?|years?|times|x|am|pm)(?![a-z])"
    r"|\s*(?:天|日|小时|个|次|周|点))"
)
_KETONES = re.compile(
    r"(?<![a-z])(?:blood\s+)?ketones?(?:\s+(?:level|reading|meter))?(?![a-z])"
    r"(?:\s*(?:is|are|was|were|of|at|=|:|says|reads|reading|showed|shows|on\s+the\s+meter))*\s*"
    rf"(\d(?:\.\d{{1,2}})?){_NOT_COUNT}"
    r"|(?:血酮|酮体|血酮体)\s*(?:值|是|为|测|有|测出来|测了|显示|只有|才|到)*\s*"
    rf"(\d(?:\.\d{{1,2}})?){_NOT_COUNT}",
    _I,
)
_PEF_WORDS = r"(?<![a-z])(?:peak\s*flow|pefr?)(?![a-z])|峰流速|峰流量|呼气峰流速|最大呼气流量"
_BEST_WORDS = (
    r"(?<![a-z])(?:best|usual|normal(?:ly)?|predicted|personal\s+best)(?![a-z])"
    r"|平时|平常|一般|最好|个人最佳|最佳|正常"
)
# "peak flow 150, my best is 450", "peak flow is 200 normally 500", 峰流速120 平时400
_PEF_OF_BEST = re.compile(
    rf"(?:{_PEF_WORDS})[^\d\n.;!?。]{{0,14}}?(\d{{2,3}})(?![\d%])[^\d\n;!?。]{{0,24}}?"
    rf"(?:{_BEST_WORDS})[^\d\n;!?。]{{0,12}}?(\d{{2,3}})(?![\d%])",
    _I,
)
# "peak flow 40% of my best", 峰流速只有平时的40%
_PEF_PERCENT = re.compile(
    rf"(?:{_PEF_WORDS})[^\d\n;!?。]{{0,24}}?(\d{{1,2}})\s*%"
    r"|(?<![\d.])(\d{1,2})\s*%\s*of\s+(?:my\s+|his\s+|her\s+)?(?:best|usual|normal|predicted)",
    _I,
)
# "potassium 6.8", "K+ 7.1", 血钾7.0, 验血话血钾6.9 (a number of days or times is no result)
_POTASSIUM = re.compile(
    r"(?<![a-z])(?:(?:serum\s+|blood\s+)?potassium|k\+)(?:\s+(?:level|result))?(?![a-z])"
    r"(?:\s*(?:is|was|of|at|=|:|came\s+back(?:\s+at)?|up\s+to))*\s*"
    rf"(\d(?:\.\d{{1,2}})?){_NOT_COUNT}"
    r"|(?:血钾|血清钾|钾离子)\s*(?:值|是|为|有|测出来|高到|到|达到|达|系|去到)*\s*"
    rf"(\d(?:\.\d{{1,2}})?){_NOT_COUNT}",
    _I,
)
_NAPPY = r"(?:nappies|nappy|diapers?|pads?)"
_FEW_EN = r"(?:no|zero|one|two|three|four|five|six|a|\d)"
_NAPPY_COUNT = re.compile(
    # "only 2 wet nappies in 24 hours", "just one wet nappy today"
    rf"(?<![a-z\d])({_FEW_EN})\s+wet\s+{_NAPPY}(?![a-z])"
    # over a whole day (by mid-morning, "3 today" is no reduced output)
    r"[^\n.;!?]{0,12}?(?:in\s+(?:the\s+last\s+)?24\s*(?:hours?|hrs?|h)|all\s+day|since\s+"
    r"yesterday|in\s+(?:a|one)\s+(?:whole\s+)?day|a\s+day|per\s+day)"
    # 24小时只有2片湿尿布, 一天只湿了2块尿片, 尿布一天湿3次
    r"|(?:24\s*小时|一天|一整天|一日)[^\d\n;!?。]{0,6}?(\d)\s*(?:片|块|个|次|张)\s*湿?(?:的)?\s*"
    r"(?:尿布|尿片|纸尿裤|尿不湿)"
    r"|(?:尿布|尿片|纸尿裤|尿不湿)[^\d\n;!?。]{0,6}?(?:湿|换)了?\s*(\d{1,2})\s*(?:次|片|块|个)",
    _I,
)
# Only one or two wet nappies today, said with "only" (只, 得, 就, 净系, 才): the writer counts the
# day's few against the usual, whatever the hour ("baby has only had one wet nappy today",
# 今天只湿了一片尿布, 今日得一块尿片湿, 今日净系湿咗一块尿片): NHS.uk dehydration in babies (fewer
# wet nappies), NICE NG143 amber (reduced urine output). Without "only" a count so far today
# ("one wet nappy this morning") is no reduced output (rules-ma, session 47).
_NAPPY_ONLY_TODAY = re.compile(
    r"(?<![a-z])(?:only|just)\s+(?:had\s+|been\s+)?(one|two|a|1|2)\s+wet\s+"
    rf"{_NAPPY}(?![a-z])[^\n.;!?\d]{{0,16}}?(?<![a-z])today(?![a-z])"
    r"|(?:今天|今日|今朝)[^\d\n;!?。，,]{0,4}?(?:只有|只|得|就|净系|淨係|净係|才|仅)\s*"
    r"(?:湿了|湿咗|濕咗|换了|换咗|有)?\s*(一|两|二|1|2)\s*(?:片|块|塊|个|張|张)\s*(?:湿|濕)?(?:的)?\s*"
    r"(?:尿布|尿片|纸尿裤|尿不湿)",
    _I,
)
_ZH_FEW = {"一": 1, "两": 2, "二": 2}
_EN_COUNTS = {"no": 0, "zero": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_EN_COUNTS |= {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Wet nappies counted so far today against the usual day ("two wet nappies today when she
# normally has six", "1 wet nappy today, usually 5"): fewer than the usual is reduced urine output
# whatever the hour (NHS.uk dehydration: fewer wet nappies; NICE NG143 amber).
_NAPPY_AGAINST_USUAL = re.compile(
    rf"(?<![a-z\d])({_FEW_EN})\s+wet\s+{_NAPPY}(?![a-z])[^\n.;!?]{{0,24}}?(?<![a-z])"
    r"(?:usually|normally|usual|normal|instead\s+of)(?![a-z])[^\n.;!?\d]{0,20}?"
    r"(\d{1,2}|three|four|five|six|seven|eight|nine|ten)(?![a-z\d])",
    _I,
)


def _count(token: str) -> float:
    token = token.lower()
    return float(_EN_COUNTS[token]) if token in _EN_COUNTS else float(token)


def reading_findings(text: str) -> dict[str, Found]:
    """Return each reading found in ``text`` (the first of each) with its words.

    ``ketones_mmol`` a blood ketone reading in mmol/L, ``peak_flow_pct`` a peak flow as a
    percentage of the person's best, ``wet_nappies_day`` wet nappies counted in a day,
    ``potassium_mmol`` a blood potassium in mmol/L.
    """
    text = numeric_text(text)
    found: dict[str, Found] = {}
    if (
        not _DIGIT.search(text)
        and not re.search(r"(?:no|zero|one|two|three|a) wet", text, _I)
        and not _NAPPY_ONLY_TODAY.search(text)
    ):
        return found

    def add(name: str, value: float, match: re.Match[str], low: float, high: float) -> None:
        if low <= value <= high and name not in found:
            found[name] = Found(round(value, 1), match.group().strip())

    for m in _KETONES.finditer(text):
        add("ketones_mmol", float(m.group(1) or m.group(2)), m, 0.0, 9.9)
    for m in _PEF_OF_BEST.finditer(text):
        now, best = float(m.group(1)), float(m.group(2))
        if best >= 100 and now < best * 1.2:  # a best below 100 L/min is no peak flow
            add("peak_flow_pct", 100 * now / best, m, 5, 120)
    for m in _PEF_PERCENT.finditer(text):
        add("peak_flow_pct", float(m.group(1) or m.group(2)), m, 5, 120)
    for m in _NAPPY_COUNT.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        add("wet_nappies_day", _count(raw), m, 0, 20)
    for m in _NAPPY_ONLY_TODAY.finditer(text):
        raw = next(g for g in m.groups() if g is not None)
        add("wet_nappies_day", _ZH_FEW.get(raw) or _count(raw), m, 0, 2)
    for m in _NAPPY_AGAINST_USUAL.finditer(text):
        if _count(m.group(1)) < _count(m.group(2)):
            add("wet_nappies_day", _count(m.group(1)), m, 0, FEW_WET_NAPPIES)
    for m in _POTASSIUM.finditer(text):
        add("potassium_mmol", float(m.group(1) or m.group(2)), m, 1.5, 9.9)
    return found


def reading_concepts(text: str) -> dict[str, Found]:
    """Return the concepts the readings in ``text`` stand for, each with the reading's words.

    A blood ketone reading of 3.0 mmol/L or more is ``ketones_dka_range`` (NHS.uk DKA: 999 or
    A&E); under 1.6 ``ketones_not_at_risk`` (no DKA emergency: normal, or tested again in 2
    hours) and under 0.6 ``ketones_normal`` (no same-day ketone rule either). A peak flow of
    50% of best or less is ``peak_flow_severe`` (BTS/SIGN acute severe or life-threatening
    asthma), over 50 to 75% ``peak_flow_moderate``. Three or fewer wet nappies in a day is
    ``few_wet_nappies`` (NHS.uk dehydration; NICE NG143 amber reduced urine output). A
    potassium of 6.0 or more is ``high_potassium``, and also ``potassium_moderate`` up to 6.4
    and ``potassium_severe`` from 6.5 (UK Kidney Association hyperkalaemia guideline).
    """
    found = reading_findings(text)
    out: dict[str, Found] = {}
    ketones = found.get("ketones_mmol")
    if ketones is not None:
        if ketones.value >= KETONES_DKA:
            out["ketones_dka_range"] = ketones
        elif ketones.value < KETONES_AT_RISK:
            out["ketones_not_at_risk"] = ketones
            if ketones.value < KETONES_NORMAL:
                out["ketones_normal"] = ketones
    peak = found.get("peak_flow_pct")
    if peak is not None:
        if peak.value <= PEAK_FLOW_SEVERE_PCT:
            out["peak_flow_severe"] = peak
        elif peak.value <= PEAK_FLOW_MODERATE_PCT:
            out["peak_flow_moderate"] = peak
    nappies = found.get("wet_nappies_day")
    if nappies is not None and nappies.value <= FEW_WET_NAPPIES:
        out["few_wet_nappies"] = nappies
    potassium = found.get("potassium_mmol")
    if potassium is not None and potassium.value >= POTASSIUM_HIGH:
        out["high_potassium"] = potassium
        if potassium.value >= POTASSIUM_SEVERE:
            out["potassium_severe"] = potassium
        else:
            out["potassium_moderate"] = potassium
    return out
