"""Grounding: what the model writes stands only where the patient's own words carry it.

Two checks, both deterministic:

- :func:`grounded` — a red-flag finding's evidence must be a quote of what the patient wrote
  (how a model's escalation is weighed, ``agent.weighing``);
- :func:`ground_update` — every field the model fills in the intake record must be said by
  the patient *on that topic*: an allergy in the answer to the allergies question or in words
  about allergy, a medicine or a long-term condition likewise, a vital sign only as the same
  number the patient typed next to its name, an age or a 0-10 score only as a typed number, a
  symptom's details only in the patient's words. What cannot be grounded is dropped, so the
  record (and the nurse's SBAR) stays empty rather than wrong.

:func:`read_topic_answer` reads the patient's answer to a bank question about allergies,
medicines, conditions, location, character, modifiers or sex in their own words, without
the model (``clinical.answers`` reads ages, scores, onset, duration and pregnancy).
:func:`grounded_record` is the weaker check the SBAR applies to any stored record: a field
whose words the patient never wrote is not shown.

The topic cue words below are deliberately small: a cue only admits words the patient did
write, so a missing cue leaves a field empty, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from clinical.ages import parse_age
from clinical.red_flags import RuleSet
from clinical.vitals import vital_findings
from states.record import IntakeRecord, Symptom, VitalSigns

MAX_ANSWER_CHARS = 80  # a recorded answer, as IntakeRecord's Phrase bound
_HAN = r"[\u4e00-\u9fff]"
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "me",
        "i",
        "i'm",
        "im",
        "it",
        "its",
        "is",
        "am",
        "are",
        "was",
        "be",
        "been",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "with",
        "for",
        "some",
        "very",
        "really",
        "just",
        "also",
        "have",
        "has",
        "had",
        "do",
        "does",
    ]
)

# Words that show a message is about a topic (English word stems, Chinese substrings).
TOPIC_CUES: dict[str, str] = {
    "allergies": r"allerg|anaphyla|\brash (?:from|after|with)\b|过敏",
    "medications": (
        r"\b(?:take|takes|taking|took|on|using|use|prescribed|medicines?|medications?|meds|"
        r"pills?|tablets?|inhalers?|insulin|drugs?)\b|吃药|服用|在吃|用药|药"
    ),
    "conditions": (
        r"\b(?:diagnosed|history|known|condition|chronic|suffer\w*|diabet\w*|asthma\w*|"
        r"hypertension|epilep\w*|copd|cancer|hiv|kidney|heart (?:disease|failure|condition)|"
        r"high blood pressure|thyroid|arthritis|depression)\b|"
        r"患有|病史|诊断|糖尿病|高血压|哮喘|心脏病|慢性|肾病|癌|甲状腺|抑郁"
    ),
    "onset_duration": (
        r"\d|\b(?:ago|since|yesterday|today|tonight|morning|afternoon|evening|night|hours?|"
        r"days?|weeks?|months?|years?|sudden\w*|gradual\w*|started|began|last|this)\b|"
        r"昨|今|前天|早上|上午|下午|晚上|小时|天|周|星期|月|年|突然|慢慢|开始"
    ),
    "location": (
        r"\b(?:head|chest|arm|arms|leg|legs|back|stomach|belly|tummy|abdomen|throat|neck|ear|"
        r"ears|eye|eyes|knee|ankle|foot|feet|hand|hands|wrist|elbow|shoulder|hip|side|left|"
        r"right|lower|upper|forehead|temple|jaw|tooth|teeth|skin|face|mouth|nose|groin|pelvis)\b"
        r"|头|胸|腹|肚|背|腰|腿|手|脚|喉|嗓|颈|脖|耳|眼|膝|踝|肩|臂|左|右|牙|皮肤|脸|鼻"
    ),
    "character": (
        r"\b(?:sharp|dull|burning|pressing|pressure|throbbing|stabbing|aching|ache|crushing|"
        r"tight\w*|cramp\w*|shooting|pounding|itch\w*|sore|heavy|squeez\w*|constant|comes and "
        r"goes)\b|刺|钝|烧|灼|压|胀|绞|跳|酸|痒|闷|紧"
    ),
    "modifiers": (
        r"\b(?:better|worse|when|after|rest\w*|moving|movement|eating|lying|standing|walking|"
        r"cough\w*|bend\w*|helps?|eases?)\b|加重|缓解|好转|时|后"
    ),
    "age": r"\b(?:old|years?|yrs?|yo|aged?|months?|weeks?)\b|岁|年龄|个月|周大",
}
_SEX_WORDS = {
    "female": r"\b(?:female|woman|women|girl|lady)\b|女",
    "male": r"\b(?:male|man|men|boy|gentleman)\b|男",
    "other": r"\b(?:other|non-?binary|intersex)\b|其他",
}
_PREGNANCY = re.compile(r"pregnan|expecting a baby|怀孕|妊娠|孕", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"(?:no+|nope|none|nothing|nil|n/?a|not really|not that i know(?: of)?|i don'?t know|"
    r"don'?t know|i'?m not sure|not sure|unsure|no(?:ne)?[,.]? (?:none|nothing|thanks?|"
    r"thank you|i don'?t(?: think so)?)|没有|无|没|不知道|不清楚|不确定|没有的)[\s.!。！,，]*",
    re.IGNORECASE,
)
_SCAFFOLD = re.compile(r"[_<>{}]")


def normalise(text: str) -> str:
    """Return ``text`` case-folded, punctuation turned into spaces, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


def grounded(evidence: str, patient_text: str) -> bool:
    """Return whether ``evidence`` is (nearly) a quote of what the patient wrote.

    A quote must say something: at least two Chinese characters or six other characters
    ("3" or "no" quote nothing), found whole-word in the patient's text, or three or more
    words of which 80% appear there.
    """
    quote = normalise(evidence)
    if len(re.findall(_HAN, quote)) < 2 and len(quote) < 6:
        return False
    haystack = normalise(patient_text)
    if re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", haystack) or (
        re.search(_HAN, quote) and quote in haystack
    ):
        return True
    words = quote.split()
    if len(words) < 3:
        return False
    present = set(haystack.split())
    return sum(1 for word in words if word in present) / len(words) >= 0.8


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {han[i : i + 2] for i in range(len(han) - 1)} or set(han)


def _word_said(word: str, present: set[str], *, last: bool) -> bool:
    if word in present:
        return True
    for other in present:
        if last and other.startswith(word):  # a value cut at its length bound
            return True
        if len(word) >= 5 and len(other) >= 5 and word[:5] == other[:5]:  # swollen/swelling
            return True
    return False


def said(value: str, text: str) -> bool:
    """Return whether the patient's ``text`` says ``value``: all its words, in any order.

    English: every content word (or its first five letters: "swollen"/"swelling"); Chinese:
    the value as written, or each pair of adjacent characters. Digits must match too.
    """
    v, t = normalise(value), normalise(text)
    if not v or not t:
        return False
    if re.search(_HAN, v):
        compact_v, compact_t = v.replace(" ", ""), t.replace(" ", "")
        if compact_v in compact_t:
            return True
        if not all(g in compact_t for g in _bigrams(compact_v)):
            return False
        v = re.sub(_HAN, " ", v)  # what is left (digits, Latin words) is checked below
        if not v.strip():
            return True
    words = [w for w in v.split() if w not in _STOP]
    if not words:
        return False
    present = set(re.sub(_HAN, " ", t).split())
    return all(_word_said(w, present, last=i == len(words) - 1) for i, w in enumerate(words))


def on_topic(topic: str, text: str) -> bool:
    """Return whether ``text`` holds a cue word of ``topic`` (see ``TOPIC_CUES``)."""
    return re.search(TOPIC_CUES[topic], text, re.IGNORECASE) is not None


def negative(answer: str) -> bool:
    """Return whether an answer says no, none or "I don't know" and nothing else."""
    return _NEGATIVE.fullmatch(answer.strip()) is not None


def _numbers(text: str) -> set[float]:
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}


def _items(items: Iterable[str], topic: str, message: str, fills: str | None) -> list[str]:
    if fills != topic and not on_topic(topic, message):
        return []
    return [i for i in items if not negative(i) and said(i, message)]


def _detail(value: str | None, field: str, message: str, fills: str | None) -> str | None:
    """Return a symptom detail if the newest message says it, on its topic."""
    if not value or not said(value, message):
        return None
    topic = {"onset": "onset_duration", "duration": "onset_duration"}.get(field, field)
    if field in ("better_with", "worse_with"):
        topic = "modifiers"
    asked = fills == field or (fills == "modifiers" and topic == "modifiers")
    return value if asked or on_topic(topic, value) else None


def _symptom(
    symptom: Symptom, message: str, patient_text: str, fills: str | None
) -> Symptom | None:
    name = symptom.name.strip()
    if not name or _SCAFFOLD.search(name) or not said(name, patient_text):
        return None
    severity = symptom.severity
    if severity is not None and float(severity) not in _numbers(message):
        severity = None
    return Symptom(
        name=name,
        severity=severity,
        **{
            field: _detail(getattr(symptom, field), field, message, fills)
            for field in ("onset", "duration", "location", "character", "better_with", "worse_with")
        },
    )


def _sex(value: str | None, message: str) -> str | None:
    if value is None:
        return None
    return value if re.search(_SEX_WORDS[value], message, re.IGNORECASE) else None


def _vitals(vitals: VitalSigns, message: str) -> VitalSigns:
    """Keep a vital only when the patient typed that vital with the same number."""
    typed = vital_findings(message)
    kept = {
        field: value
        for field, value in vitals.model_dump(exclude_none=True).items()
        if field in typed and abs(typed[field].value - value) < 0.05
    }
    return VitalSigns.model_validate(kept)


def ground_update(
    update: IntakeRecord,
    *,
    message: str,
    patient_text: str,
    fills: str | None,
    rules: RuleSet,
) -> IntakeRecord:
    """Return the model's record ``update`` with every field the patient did not say dropped.

    ``message`` is the newest patient message, ``patient_text`` all of them, ``fills`` what
    the question they answered asks about (a bank question's ``fills``), if any.
    """
    age = update.age_years
    if age is not None and not (
        float(age) in _numbers(message) and (fills == "age" or on_topic("age", message))
    ):
        age = parse_age(message) if age == parse_age(message) else None
    # Pregnant only where the rules read pregnancy (not negated); not pregnant only where
    # the patient wrote about pregnancy and the rules read it as negated.
    said_pregnant = "pregnancy" in rules.concepts_in(message)
    wrote = _PREGNANCY.search(message) is not None
    pregnant = update.pregnant
    if (pregnant is not None and pregnant != said_pregnant) or not wrote:
        pregnant = None
    complaint = update.chief_complaint
    if complaint and not said(complaint, patient_text):
        complaint = None
    grounded_symptoms = (_symptom(s, message, patient_text, fills) for s in update.symptoms)
    symptoms = [s for s in grounded_symptoms if s is not None]
    return IntakeRecord(
        chief_complaint=complaint,
        symptoms=symptoms,
        age_years=age,
        sex=_sex(update.sex, message),  # type: ignore[arg-type]
        pregnant=pregnant,
        conditions=_items(update.conditions, "conditions", message, fills),
        medications=_items(update.medications, "medications", message, fills),
        allergies=_items(update.allergies, "allergies", message, fills),
        vitals=_vitals(update.vitals, message),
    )


def _main_symptom(record: IntakeRecord) -> Symptom:
    if record.symptoms:
        return record.symptoms[0].model_copy()
    return Symptom(name=(record.chief_complaint or "main problem")[:60])


def read_topic_answer(text: str, *, fills: str | None, record: IntakeRecord) -> IntakeRecord:
    """Return the patient's answer to a topic question, in their own words, as an update.

    Covers what ``clinical.answers.read_answer`` leaves to the model: allergies, medicines,
    conditions (the answer itself, unless it says no or "I don't know"), a symptom's
    location, character or modifiers, and sex. Anything else gives an empty update.
    """
    answer = text.strip()
    update = IntakeRecord()
    if not answer or negative(answer) or fills is None:
        return update
    phrase = answer[:MAX_ANSWER_CHARS]
    if fills in ("allergies", "medications", "conditions"):
        setattr(update, fills, [phrase])
    elif fills in ("location", "character", "modifiers"):
        symptom = _main_symptom(record)
        if fills == "modifiers":
            better = re.search(r"better|help|eases?|relie|缓解|好转|舒服", answer, re.IGNORECASE)
            field = "better_with" if better else "worse_with"
        else:
            field = fills
        setattr(symptom, field, phrase)
        update.symptoms = [symptom]
    elif fills == "sex":
        letter = {"f": "female", "m": "male"}.get(answer.casefold().rstrip("."))
        found = [s for s, words in _SEX_WORDS.items() if re.search(words, answer, re.I)]
        found = [letter] if letter else found
        if len(found) == 1:
            update.sex = found[0]  # type: ignore[assignment]
    return update


def grounded_record(record: IntakeRecord, patient_texts: Sequence[str]) -> IntakeRecord:
    """Return ``record`` without any value whose words the patient never wrote.

    Topic-free (the stored record does not say which message filled which field): the SBAR
    uses it so that a record stored before grounding, or by a faulty model, shows nothing
    invented. Grounding by topic happens when the record is written (:func:`ground_update`).
    """
    text = "\n".join(patient_texts)
    numbers = _numbers(text)
    typed: dict[str, float] = {}
    for message in patient_texts:
        typed.update({k: f.value for k, f in vital_findings(message).items()})

    def keep(items: Iterable[str]) -> list[str]:
        return [i for i in items if said(i, text)]

    symptoms = []
    for s in record.symptoms:
        if not said(s.name, text):
            continue
        details = {
            f: v
            for f in ("onset", "duration", "location", "character", "better_with", "worse_with")
            if (v := getattr(s, f)) and said(v, text)
        }
        severity = s.severity if s.severity is not None and s.severity in numbers else None
        symptoms.append(Symptom(name=s.name, severity=severity, **details))
    ages = {a for m in patient_texts if (a := parse_age(m)) is not None}
    age = record.age_years
    if age is not None and age not in ages and float(age) not in numbers:
        age = None
    vitals = {
        k: v
        for k, v in record.vitals.model_dump(exclude_none=True).items()
        if k in typed and abs(typed[k] - v) < 0.05
    }
    sex = record.sex if record.sex and re.search(_SEX_WORDS[record.sex], text, re.I) else None
    pregnant = record.pregnant if _PREGNANCY.search(text) else None
    return IntakeRecord(
        chief_complaint=record.chief_complaint
        if record.chief_complaint and said(record.chief_complaint, text)
        else None,
        symptoms=symptoms,
        age_years=age,
        sex=sex,  # type: ignore[arg-type]
        pregnant=pregnant,
        conditions=keep(record.conditions),
        medications=keep(record.medications),
        allergies=keep(record.allergies),
        vitals=VitalSigns.model_validate(vitals),
    )
