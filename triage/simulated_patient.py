"""A simulated patient for ``triage eval``: answers intake questions from one case text only.

Deterministic, no model. It knows only what the case text says and says so otherwise:

- a general question is answered with the case's own words for what it asks about (an
  age, when it started, how long, a 0-10 score or "mild"/"severe", pregnancy), else
  "I don't know" / "不知道";
- a red-flag screening question is answered "yes", quoting the case's words, only when the
  case text mentions one of the concepts the question screens for (red_flags.yaml concepts,
  negation-aware), else "no". Questions asked the other way round ("Can you speak in full
  sentences?") get the quote, or "no problem there".
"""

from __future__ import annotations

import re
from typing import Literal

from clinical.language import detect_language
from clinical.questions import QuestionBank
from clinical.red_flags import RuleSet

Polarity = Literal["yes", "inverted", "mixed"]

# Screening question id -> (the concepts it screens for, how a "yes" reads). Kept next to
# the bank's ids on purpose: tests check that every packaged screening question is here.
SCREENS: dict[str, tuple[tuple[str, ...], Polarity]] = {
    "chest_pain.spread": (("pain_radiating",), "yes"),
    "chest_pain.sweat_breath": (("sweating", "breathless", "severe_breathing"), "yes"),
    "chest_pain.rest": (("at_rest",), "yes"),
    "headache.sudden": (("sudden", "worst_headache", "worst_pain"), "yes"),
    "headache.neck_fever": (("fever", "stiff_neck", "photophobia"), "yes"),
    "headache.neuro": (("limb_weakness", "face_droop", "slurred_speech", "confusion"), "yes"),
    "headache.injury": (("head_injury",), "yes"),
    "abdominal_pain.worst": (("worst_pain", "rigid_abdomen"), "yes"),
    "abdominal_pain.blood": (("vomiting_blood", "black_stools"), "yes"),
    "abdominal_pain.fever_vomit": (("fever", "vomiting"), "yes"),
    "breathlessness.sentences": (("severe_breathing",), "inverted"),
    "breathlessness.colour": (("severe_breathing", "mottled_skin"), "yes"),
    "breathlessness.chest_allergy": (("chest_pain", "allergic_swelling"), "yes"),
    "fever.neck_light": (("stiff_neck", "photophobia", "headache", "worst_headache"), "yes"),
    "fever.rash": (("rash", "non_blanching_rash"), "yes"),
    "fever.confusion": (
        ("confusion", "drowsy", "shivering", "no_urine", "dehydration_sign"),
        "yes",
    ),
    "fever_child.floppy": (("floppy_unresponsive", "drowsy", "unconscious"), "yes"),
    "fever_child.rash": (("non_blanching_rash",), "yes"),
    "fever_child.fluids_breathing": (
        ("dehydration_sign", "no_urine", "breathless", "severe_breathing"),
        "mixed",
    ),
    "injury.head": (("head_injury", "unconscious"), "yes"),
    "injury.bleeding": (("bleeding_uncontrolled",), "yes"),
    "injury.thinners": (("blood_thinners",), "yes"),
    "injury.move": (("fracture_signs",), "mixed"),
    "mental_health.thoughts": (("suicidal", "self_harm"), "yes"),
    "mental_health.plan": (("self_harm", "poisoning"), "yes"),
    "mental_health.safe": (("suicidal", "self_harm"), "inverted"),
    "skin_rash.glass": (("non_blanching_rash",), "inverted"),
    "skin_rash.fever": (("fever",), "yes"),
    "skin_rash.swelling": (("allergic_swelling", "breathless", "severe_breathing"), "yes"),
    "urinary.fever_back": (("fever", "shivering", "flank_pain"), "yes"),
    "urinary.blood_amount": (("no_urine", "dehydration_sign"), "yes"),
    "general.danger": (
        ("chest_pain", "breathless", "severe_breathing", "severe_pain", "worst_pain"),
        "yes",
    ),
    "general.neuro": (
        ("unconscious", "seizure", "confusion", "limb_weakness", "face_droop", "slurred_speech"),
        "yes",
    ),
}
# Answered from the case's numbers, not its concepts.
AGE_QUESTIONS = {"fever_child.under_3_months": 0.25}  # "younger than" this many years
MEASURED_QUESTIONS = {"fever.measured"}
# Concepts that describe who or how long, never a red flag a question screens for.
CONTEXT_CONCEPTS = frozenset({"child", "days_long", "pregnancy", "injury"})

WORDS = {
    "en": {
        "unknown": "I don't know.",
        "yes": "Yes: {quote}.",
        "no": "No.",
        "inverted": "No: {quote}.",
        "fine": "No problem there, as far as I know.",
        "pregnant": "Yes, I'm pregnant.",
        "age_yes": "Yes, {quote}.",
        "age_no": "No, {quote}.",
    },
    "zh": {
        "unknown": "不知道。",
        "yes": "有的：{quote}。",
        "no": "没有。",
        "inverted": "不行：{quote}。",
        "fine": "据我所知，这方面没有问题。",
        "pregnant": "是的，我怀孕了。",
        "age_yes": "是的，{quote}。",
        "age_no": "不是，{quote}。",
    },
}

_TIME_EN = re.compile(
    r"\b(?:since|for|over|about)\s+(?:the\s+)?(?:last\s+|past\s+)?[^,.;!?]{0,25}?"
    r"\b(?:yesterday|today|morning|afternoon|evening|night|days?|weeks?|months?|years?|hours?"
    r"|minutes?|now)\b"
    r"|\b(?:\w+\s+)?(?:hours?|minutes?|days?|weeks?|months?)\s+ago\b"
    r"|\b(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night|week)\b"
    r"|\b(?:yesterday|today|tonight)\b",
    re.IGNORECASE,
)
_TIME_ZH = (  # an amount of time first ("一个月"), then a point in time ("昨天开始")
    re.compile(
        r"[\d一二两三四五六七八九十几半]+\s*(?:个)?\s*(?:小时|分钟|天|周|星期|月|年)(?:了|前|以来)?"
    ),
    re.compile(
        r"(?:从)?(?:今天|昨天|前天|今早|昨晚|早上|上午|下午|晚上|刚才|刚刚|这两天|这几天|最近|上周"
        r"|上个月)(?:[^，。！？,.!?]{0,6}?(?:开始|以来|起))?"
    ),
)
_SCORE = re.compile(r"(?<![\d.])(?:10|\d)\s*(?:/|out of)\s*10(?!\d)|(?<![\d.])(?:10|\d)\s*分")
_SEVERITY_EN = re.compile(
    r"\b(?:mild|slight|a bit|a little|moderate|severe|really bad|very bad|terrible|unbearable"
    r"|excruciating|agony|worst)\b",
    re.IGNORECASE,
)
_SEVERITY_ZH = re.compile(
    r"轻微|有点|有一点|一点|剧烈|剧痛|很痛|很疼|非常|特别|厉害|受不了|不严重|严重"
)
_FEMALE = re.compile(
    r"\b(?:i'm a woman|i am a woman|female|woman|girl|daughter|wife|mother|mum|mom|sister"
    r"|grandmother|she|her|pregnant)\b|女|妈妈|母亲|妻子|老婆|女儿|奶奶|姥姥|外婆|她|怀孕",
    re.IGNORECASE,
)
_MALE = re.compile(
    r"\b(?:i'm a man|i am a man|male|man|boy|son|husband|father|dad|brother|grandfather|he|his"
    r"|him)\b|男|爸爸|父亲|丈夫|老公|儿子|爷爷|姥爷|外公|(?<!其)他",
    re.IGNORECASE,
)


class SimulatedPatient:
    """Answers the agent's questions about one case, from the case text alone."""

    def __init__(self, case_text: str, *, rules: RuleSet, questions: QuestionBank) -> None:
        self.text = case_text
        self.language = "zh" if detect_language(case_text) == "zh" else "en"
        self._words = WORDS[self.language]
        self._rules = rules
        self._questions = questions
        self._findings = rules.findings(case_text)

    def answer(self, question_id: str | None) -> str:
        """Return the patient's answer to the bank question ``question_id``."""
        if question_id is None:
            return self._words["unknown"]
        try:
            question = self._questions.get(question_id)
        except KeyError:
            return self._words["unknown"]
        if question_id in AGE_QUESTIONS:
            return self._younger_than(AGE_QUESTIONS[question_id])
        if question_id in MEASURED_QUESTIONS:
            return self._measured()
        if question.fills == "screening":
            return self._screening(question_id, list(question.text.values()))
        return self._general(question.fills)

    # --- general questions -------------------------------------------------------------

    def _general(self, fills: str) -> str:
        found: str | None = None
        match fills:
            case "chief_complaint":
                found = self.text
            case "onset" | "duration":
                found = self._time()
            case "severity":
                found = self._severity()
            case "age":
                found = self._findings.ages[0].words if self._findings.ages else None
            case "sex":
                found = self._sex()
            case "pregnancy":
                if "pregnancy" in self._findings.concepts:
                    return self._words["pregnant"]
            case "medications":
                found = self._findings.concepts.get("blood_thinners")
        return found or self._words["unknown"]

    def _time(self) -> str | None:
        patterns = _TIME_ZH if self.language == "zh" else (_TIME_EN,)
        for pattern in patterns:
            if (match := pattern.search(self.text)) is not None:
                return match.group().strip()
        durations = self._findings.durations
        return durations[0].words if durations else None

    def _severity(self) -> str | None:
        if match := _SCORE.search(self.text):
            return match.group()
        pattern = _SEVERITY_ZH if self.language == "zh" else _SEVERITY_EN
        if match := pattern.search(self.text):
            if self.language == "zh":
                return self._findings.analysis.clause(match.start(), match.end())
            return f"It's {match.group().lower()}."
        return None

    def _sex(self) -> str | None:
        female, male = bool(_FEMALE.search(self.text)), bool(_MALE.search(self.text))
        if female == male:
            return None  # neither, or both (a mother asking about her son): not stated
        if self.language == "zh":
            return "女" if female else "男"
        return "female" if female else "male"

    # --- screening questions -----------------------------------------------------------

    def _screening(self, question_id: str, wordings: list[str]) -> str:
        concepts, polarity = SCREENS.get(question_id) or (self._derived(wordings), "yes")
        quotes = [self._findings.concepts[c] for c in concepts if c in self._findings.concepts]
        if quotes:
            quote = quotes[0]
            if polarity == "mixed":
                return quote
            return self._words[polarity].format(quote=quote)
        return self._words["no"] if polarity == "yes" else self._words["fine"]

    def _derived(self, wordings: list[str]) -> tuple[str, ...]:
        """Return the concepts a question not in SCREENS mentions (a bank edited later)."""
        found: set[str] = set()
        for wording in wordings:
            found |= self._rules.concepts_in(wording)
        return tuple(sorted(found - CONTEXT_CONCEPTS))

    def _younger_than(self, years: float) -> str:
        ages = self._findings.ages
        if not ages:
            return self._words["unknown"]
        key = "age_yes" if ages[0].value < years else "age_no"
        return self._words[key].format(quote=ages[0].words)

    def _measured(self) -> str:
        temperature = self._findings.vitals.get("temperature_c")
        if temperature is None and "fever" not in self._findings.concepts:
            return self._words["unknown"]
        parts = [temperature.words] if temperature else []
        if time := self._time():
            parts.append(time)
        return ", ".join(parts) if parts else self._words["unknown"]
