"""SBAR handoff summary (Situation, Background, Assessment, Recommendation), deterministic.

Built only from the stored session (``nurse.view.SessionView``): every fact is a field of
the record, a red flag, the assessment or a sign-off; what was not recorded is said to be
not recorded, never guessed. Only grounded facts are shown: a record field whose words (or
number) the patient never wrote in this session is left out (``clinical.grounding``; records
are grounded by topic when written, this also covers records stored before that). The
fixed wording (labels, the action per level) is in English and Chinese. No model is
involved, so the same session always gives the same text.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinical.grounding import grounded_record
from nurse.view import SessionView
from states.record import Symptom

LANGUAGES = ("en", "zh")
MAX_QUOTE = 300

_T: dict[str, dict[str, str]] = {
    "en": {
        "S": "Situation",
        "B": "Background",
        "A": "Assessment",
        "R": "Recommendation",
        "complaint": "Presenting complaint (patient's words)",
        "first_message": "Presenting complaint not recorded; the patient's first message",
        "not_recorded": "not recorded",
        "intake": "Intake session {sid}, started {start}, {n} patient message(s), stage: {stage}",
        "flags": "Red flags",
        "none": "none",
        "age": "Age",
        "years": "{age} years",
        "sex": "Sex",
        "pregnant": "Pregnant",
        "yes": "yes",
        "no": "no",
        "conditions": "Conditions",
        "medications": "Medications",
        "allergies": "Allergies",
        "symptoms": "Symptoms",
        "onset": "onset",
        "duration": "duration",
        "severity": "severity {n}/10",
        "location": "location",
        "character": "character",
        "better": "better with",
        "worse": "worse with",
        "vitals": "Reported vital signs",
        "asked": (
            "Health question (patient's words): \u201c{question}\u201d; answered from: {sources}"
        ),
        "disposition": "Agent disposition",
        "levels": "rules: {rule}, model: {model}",
        "reasons": "Reasons",
        "flag_line": (
            "{label} [{level}; raised by {source} {flag_id}] patient said: \u201c{evidence}\u201d"
        ),
        "override": "Nurse override: {level} by {who} at {at}, reason: {reason}",
        "reviewed": "Reviewed by {who} at {at}",
        "not_reviewed": "Not yet reviewed by a nurse",
        "no_assessment": "No disposition yet (conversation in progress)",
        "action_emergency": (
            "Emergency: contact the patient now and confirm they are reaching emergency care."
        ),
        "action_urgent": "Urgent: arrange clinician assessment within 24 hours.",
        "action_non_urgent": "Non-urgent: offer an appointment within days.",
        "action_self_care": "Self-care: no appointment needed unless the safety-net signs appear.",
        "action_in_progress": "Conversation not finished: review the transcript before acting.",
        "safety_net": "Safety-net advice given to the patient",
        "summary_note": "Generated from the stored record; not a diagnosis.",
    },
    "zh": {
        "S": "现状 (Situation)",
        "B": "背景 (Background)",
        "A": "评估 (Assessment)",
        "R": "建议 (Recommendation)",
        "complaint": "主诉（患者原话）",
        "first_message": "主诉未记录；患者的第一条消息",
        "not_recorded": "未记录",
        "intake": "问诊会话 {sid}，开始于 {start}，患者消息 {n} 条，阶段：{stage}",
        "flags": "危险信号",
        "none": "无",
        "age": "年龄",
        "years": "{age} 岁",
        "sex": "性别",
        "pregnant": "怀孕",
        "yes": "是",
        "no": "否",
        "conditions": "既往疾病",
        "medications": "用药",
        "allergies": "过敏",
        "symptoms": "症状",
        "onset": "起病",
        "duration": "持续",
        "severity": "严重程度 {n}/10",
        "location": "部位",
        "character": "性质",
        "better": "缓解因素",
        "worse": "加重因素",
        "vitals": "患者报告的生命体征",
        "asked": "健康问题（患者原话）：\u201c{question}\u201d；回答依据：{sources}",
        "disposition": "系统分诊级别",
        "levels": "规则：{rule}，模型：{model}",
        "reasons": "理由",
        "flag_line": "{label} [{level}；由 {source} {flag_id} 触发] 患者原话：“{evidence}”",
        "override": "护士更改级别：{level}，{who}，{at}，理由：{reason}",
        "reviewed": "已由 {who} 于 {at} 审核",
        "not_reviewed": "尚未经护士审核",
        "no_assessment": "尚无分诊级别（对话进行中）",
        "action_emergency": "急诊：立即联系患者，确认其正在前往急诊。",
        "action_urgent": "紧急：安排 24 小时内由临床医生评估。",
        "action_non_urgent": "非紧急：安排数日内预约就诊。",
        "action_self_care": "自我护理：除非出现警示症状，无需预约。",
        "action_in_progress": "对话尚未结束：行动前请先查看对话记录。",
        "safety_net": "已告知患者的警示症状",
        "summary_note": "根据已存储的记录生成，并非诊断。",
    },
}

_VITALS = {
    "temperature_c": ("T", "°C"),
    "heart_rate_bpm": ("HR", "/min"),
    "systolic_bp": ("SBP", " mmHg"),
    "diastolic_bp": ("DBP", " mmHg"),
    "respiratory_rate": ("RR", "/min"),
    "oxygen_saturation": ("SpO2", "%"),
}


@dataclass(frozen=True)
class Sbar:
    """The four sections, each a list of lines."""

    language: str
    situation: list[str]
    background: list[str]
    assessment: list[str]
    recommendation: list[str]

    def sections(self) -> list[tuple[str, list[str]]]:
        """Return (heading, lines) for the four sections in SBAR order."""
        t = _T[self.language]
        return [
            (t["S"], self.situation),
            (t["B"], self.background),
            (t["A"], self.assessment),
            (t["R"], self.recommendation),
        ]

    def to_text(self) -> str:
        """Return the summary as plain text (for a handoff or a copy-paste)."""
        parts = []
        for heading, lines in self.sections():
            parts.append(heading.upper() if self.language == "en" else heading)
            parts.extend(f"- {line}" for line in lines)
            parts.append("")
        parts.append(_T[self.language]["summary_note"])
        return "\n".join(parts)


def _when(view_at: object) -> str:
    return view_at.strftime("%Y-%m-%d %H:%M UTC") if hasattr(view_at, "strftime") else "?"


def _list(items: list[str], t: dict[str, str]) -> str:
    return "; ".join(items) if items else t["not_recorded"]


def _symptom(symptom: Symptom, t: dict[str, str]) -> str:
    details = []
    for key, label in (
        ("onset", "onset"),
        ("duration", "duration"),
        ("location", "location"),
        ("character", "character"),
        ("better_with", "better"),
        ("worse_with", "worse"),
    ):
        value = getattr(symptom, key)
        if value:
            details.append(f"{t[label]}: {value}")
    if symptom.severity is not None:
        details.append(t["severity"].format(n=symptom.severity))
    return f"{symptom.name} ({', '.join(details)})" if details else symptom.name


def _age(age: float | None, t: dict[str, str]) -> str:
    if age is None:
        return t["not_recorded"]
    shown = f"{age:g}" if age >= 2 else f"{age:.2f}".rstrip("0").rstrip(".")
    return t["years"].format(age=shown)


def build_sbar(view: SessionView, *, language: str = "en") -> Sbar:
    """Return the SBAR summary of a stored session, in ``language`` (en or zh)."""
    t = _T[language if language in LANGUAGES else "en"]
    patient_texts = [line.content for line in view.transcript if line.role == "patient"]
    record = grounded_record(view.record, patient_texts)
    patient_messages = len(patient_texts)

    first = next((line.content for line in view.transcript if line.role == "patient"), None)
    if record.chief_complaint:
        complaint = f"{t['complaint']}: {record.chief_complaint}"
    elif first:  # the record is empty (e.g. a rule emergency in the first message)
        shown = first if len(first) <= MAX_QUOTE else first[: MAX_QUOTE - 1] + "…"
        complaint = f"{t['first_message']}: \u201c{shown}\u201d"
    else:
        complaint = f"{t['complaint']}: {t['not_recorded']}"
    situation = [
        complaint,
        t["intake"].format(
            sid=view.session_id, start=_when(view.created_at), n=patient_messages, stage=view.stage
        ),
        f"{t['flags']}: "
        + (", ".join(f"{f.label} ({f.level})" for f in view.flags) if view.flags else t["none"]),
    ]

    pregnant = (
        t["not_recorded"] if record.pregnant is None else (t["yes"] if record.pregnant else t["no"])
    )
    background = [
        f"{t['age']}: {_age(record.age_years, t)}",
        f"{t['sex']}: {record.sex or t['not_recorded']}",
        f"{t['pregnant']}: {pregnant}",
        f"{t['conditions']}: {_list(record.conditions, t)}",
        f"{t['medications']}: {_list(record.medications, t)}",
        f"{t['allergies']}: {_list(record.allergies, t)}",
        f"{t['symptoms']}: {_list([_symptom(s, t) for s in record.symptoms], t)}",
    ]
    for question, sources in view.questions:  # answered from the knowledge base
        quoted = question if len(question) <= MAX_QUOTE else question[: MAX_QUOTE - 1] + "…"
        shown = "; ".join(s.label() for s in sources) or t["none"]
        background.append(t["asked"].format(question=quoted, sources=shown))

    assessment: list[str] = []
    if view.assessment is None:
        assessment.append(t["no_assessment"])
    else:
        a = view.assessment
        levels = t["levels"].format(
            rule=a.rule_disposition or t["none"], model=a.model_disposition or t["none"]
        )
        assessment.append(f"{t['disposition']}: {a.disposition} ({levels})")
        if a.reasons:
            assessment.append(f"{t['reasons']}: {'; '.join(a.reasons)}")
    for flag in view.flags:
        assessment.append(
            t["flag_line"].format(
                label=flag.label,
                level=flag.level,
                source=flag.source,
                flag_id=flag.flag_id,
                evidence=flag.evidence,
            )
        )
    vitals = record.vitals.model_dump(exclude_none=True)
    if vitals:
        shown = ", ".join(
            f"{_VITALS[key][0]} {value:g}{_VITALS[key][1]}" for key, value in vitals.items()
        )
        assessment.append(f"{t['vitals']}: {shown}")
    review = view.current_review
    if review is not None and review.override_disposition:
        assessment.append(
            t["override"].format(
                level=review.override_disposition,
                who=review.reviewer,
                at=_when(review.at),
                reason=review.override_reason,
            )
        )

    level = view.effective_disposition or "in_progress"
    recommendation = [t[f"action_{level}"]]
    if view.assessment is not None and view.assessment.get_help_now_if:
        recommendation.append(f"{t['safety_net']}: {'; '.join(view.assessment.get_help_now_if)}")
    if review is not None and review.reviewed:
        recommendation.append(t["reviewed"].format(who=review.reviewer, at=_when(review.at)))
    else:
        recommendation.append(t["not_reviewed"])

    return Sbar(
        language=language if language in LANGUAGES else "en",
        situation=situation,
        background=background,
        assessment=assessment,
        recommendation=recommendation,
    )
