"""Export one session: a FHIR R4 (4.3.0, "R4B") JSON bundle and a printable Markdown file.

The bundle is built with ``fhir.resources.R4B`` models, so building it validates every
resource; ``fhir_bundle_json`` also parses its own output back before returning it. It is
a ``collection`` Bundle of:

- a ``QuestionnaireResponse`` with the structured intake record,
- one ``Communication`` per stored message (the transcript, in order, with timestamps),
- one ``Observation`` per red flag (evidence, rule or model, the triggering message),
- one ``Observation`` per reported vital sign (LOINC code, UCUM unit),
- one ``Observation`` with the triage disposition, its reasons and every nurse sign-off.

Ids are UUIDs derived from the session id, so exporting twice gives the same bundle.
Markdown export escapes every stored text, so a transcript cannot inject links, images
or HTML into whatever renders the file.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from nurse.sbar import build_sbar
from nurse.view import SessionView

FHIR_VERSION = "4.3.0"
CODE_SYSTEM = "urn:triage-intake:code"
"""Our own code system for what has no standard code (disposition levels, flag ids)."""
_NAMESPACE = uuid.UUID("2f1c6c1e-8f3e-4d55-9a37-0d6b6c1f5a10")

_VITAL_CODES = {
    "temperature_c": ("8310-5", "Body temperature", "Cel", "°C"),
    "heart_rate_bpm": ("8867-4", "Heart rate", "/min", "/min"),
    "systolic_bp": ("8480-6", "Systolic blood pressure", "mm[Hg]", "mmHg"),
    "diastolic_bp": ("8462-4", "Diastolic blood pressure", "mm[Hg]", "mmHg"),
    "respiratory_rate": ("9279-1", "Respiratory rate", "/min", "/min"),
    "oxygen_saturation": ("59408-5", "Oxygen saturation by pulse oximetry", "%", "%"),
}


def _uid(session_id: str, *parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join([session_id, *map(str, parts)])))


def _ts(value: datetime) -> str:
    return value.isoformat()


def _answer_item(link_id: str, text: str, values: list[Any]) -> dict[str, Any]:
    answers: list[dict[str, Any]] = []
    for value in values:
        if isinstance(value, bool):
            answers.append({"valueBoolean": value})
        elif isinstance(value, int | float):
            answers.append({"valueDecimal": value})
        else:
            answers.append({"valueString": str(value)})
    item: dict[str, Any] = {"linkId": link_id, "text": text}
    if answers:
        item["answer"] = answers
    return item


def _questionnaire_response(view: SessionView, subject: str) -> dict[str, Any]:
    record = view.record
    items = [
        _answer_item(
            "chief_complaint",
            "Chief complaint",
            [record.chief_complaint] if record.chief_complaint else [],
        ),
        _answer_item(
            "age_years", "Age (years)", [] if record.age_years is None else [record.age_years]
        ),
        _answer_item("sex", "Sex", [record.sex] if record.sex else []),
        _answer_item("pregnant", "Pregnant", [] if record.pregnant is None else [record.pregnant]),
        _answer_item("conditions", "Conditions", list(record.conditions)),
        _answer_item("medications", "Medications", list(record.medications)),
        _answer_item("allergies", "Allergies", list(record.allergies)),
    ]
    for index, symptom in enumerate(record.symptoms, start=1):
        parts = [
            _answer_item(f"symptom.{index}.{key}", key.replace("_", " "), [value])
            for key, value in symptom.model_dump(exclude_none=True).items()
            if value not in ("", None)
        ]
        items.append({"linkId": f"symptom.{index}", "text": "Symptom", "item": parts})
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": _uid(view.session_id, "intake"),
        "status": "completed" if view.disposition else "in-progress",
        "subject": {"reference": subject},
        "item": items,
    }
    if view.record_at is not None:
        resource["authored"] = _ts(view.record_at)
    return resource


def _communication(view: SessionView, line: Any, subject: str) -> dict[str, Any]:
    role = {"reference": subject} if line.role == "patient" else {"display": "Triage agent"}
    resource: dict[str, Any] = {
        "resourceType": "Communication",
        "id": _uid(view.session_id, "message", line.seq),
        "status": "completed",
        "identifier": [{"system": f"{CODE_SYSTEM}:message-seq", "value": str(line.seq)}],
        "subject": {"reference": subject},
        "sent": _ts(line.at),
        "sender": role,
        "payload": [{"contentString": line.content}],
    }
    return resource


def _flag_observation(view: SessionView, index: int, flag: Any, subject: str) -> dict[str, Any]:
    note = [{"text": f"Raised by {flag.source} {flag.flag_id}"}]
    if flag.guideline:
        note.append({"text": f"Guideline: {flag.guideline}"})
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _uid(view.session_id, "flag", index),
        "status": "final",
        "category": [{"text": "red-flag"}],
        "code": {
            "coding": [{"system": f"{CODE_SYSTEM}:red-flag", "code": flag.flag_id}],
            "text": flag.label,
        },
        "subject": {"reference": subject},
        "effectiveDateTime": _ts(flag.at),
        "valueString": flag.evidence,
        "interpretation": [
            {"coding": [{"system": f"{CODE_SYSTEM}:disposition", "code": flag.level}]}
        ],
        "note": note,
    }
    if flag.message_seq is not None:
        resource["derivedFrom"] = [
            {"reference": f"urn:uuid:{_uid(view.session_id, 'message', flag.message_seq)}"}
        ]
    return resource


def _vital_observations(view: SessionView, subject: str) -> list[dict[str, Any]]:
    vitals = view.record.vitals.model_dump(exclude_none=True)
    out = []
    for key, value in vitals.items():
        code, display, ucum, unit = _VITAL_CODES[key]
        resource: dict[str, Any] = {
            "resourceType": "Observation",
            "id": _uid(view.session_id, "vital", key),
            "status": "final",
            "category": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "vital-signs",
                        }
                    ]
                }
            ],
            "code": {
                "coding": [{"system": "http://loinc.org", "code": code, "display": display}],
                "text": display,
            },
            "subject": {"reference": subject},
            "valueQuantity": {
                "value": value,
                "unit": unit,
                "system": "http://unitsofmeasure.org",
                "code": ucum,
            },
            "note": [{"text": "Reported by the patient, not measured by staff"}],
        }
        if view.record_at is not None:
            resource["effectiveDateTime"] = _ts(view.record_at)
        out.append(resource)
    return out


def _disposition_observation(view: SessionView, subject: str) -> dict[str, Any] | None:
    a = view.assessment
    if a is None and not view.reviews:
        return None
    level = view.effective_disposition or "in_progress"
    notes: list[dict[str, Any]] = []
    if a is not None:
        notes.append(
            {
                "text": (
                    f"Agent disposition {a.disposition} (rules: {a.rule_disposition or 'none'}, "
                    f"model: {a.model_disposition or 'none'})"
                ),
                "time": _ts(a.at),
            }
        )
        notes.extend({"text": f"Reason: {reason}"} for reason in a.reasons)
    for review in view.reviews:
        text = f"Nurse sign-off ({'reviewed' if review.reviewed else 'not reviewed'})"
        if review.override_disposition:
            text += f"; override to {review.override_disposition}: {review.override_reason}"
        if review.note:
            text += f"; note: {review.note}"
        notes.append({"authorString": review.reviewer, "time": _ts(review.at), "text": text})
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _uid(view.session_id, "disposition"),
        "status": "amended"
        if view.current_review and view.current_review.override_disposition
        else "final",
        "category": [{"text": "triage-disposition"}],
        "code": {"text": "Triage disposition"},
        "subject": {"reference": subject},
        "valueCodeableConcept": {
            "coding": [{"system": f"{CODE_SYSTEM}:disposition", "code": level}],
            "text": level,
        },
        "note": notes,
    }
    if a is not None:
        resource["effectiveDateTime"] = _ts(a.at)
    return resource


def build_fhir_bundle(view: SessionView) -> Bundle:
    """Return the session as a validated FHIR R4 (4.3.0) ``collection`` Bundle."""
    patient_id = _uid(view.session_id, "patient")
    subject = f"urn:uuid:{patient_id}"
    resources: list[dict[str, Any]] = [
        {
            "resourceType": "Patient",
            "id": patient_id,
            "identifier": [{"system": f"{CODE_SYSTEM}:session", "value": view.session_id}],
            "communication": [{"language": {"coding": [{"code": view.language}]}}],
            **({"gender": view.record.sex} if view.record.sex else {}),
        },
        _questionnaire_response(view, subject),
        *(_communication(view, line, subject) for line in view.transcript),
        *(_flag_observation(view, i, f, subject) for i, f in enumerate(view.flags, start=1)),
        *_vital_observations(view, subject),
    ]
    disposition = _disposition_observation(view, subject)
    if disposition is not None:
        resources.append(disposition)
    data = {
        "resourceType": "Bundle",
        "id": _uid(view.session_id, "bundle"),
        "meta": {"tag": [{"system": f"{CODE_SYSTEM}:fhir-version", "code": FHIR_VERSION}]},
        "identifier": {"system": f"{CODE_SYSTEM}:session", "value": view.session_id},
        "type": "collection",
        "timestamp": _ts(view.updated_at),
        "entry": [
            {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
            for resource in resources
        ],
    }
    return Bundle.model_validate(data)


def fhir_bundle_json(view: SessionView) -> str:
    """Return the bundle as JSON, after checking that it parses back as a valid Bundle."""
    text = build_fhir_bundle(view).model_dump_json(exclude_none=True)
    Bundle.model_validate_json(text)
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2)


# --- Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: str) -> str:
    """Return ``text`` safe to put in Markdown: no links, images, HTML or formatting."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("\n", "  \n")


def markdown_document(view: SessionView, *, language: str = "en") -> str:
    """Return a printable Markdown record of the session: SBAR, flags, transcript, sign-offs."""
    e = md_escape
    lines = [
        f"# Intake session {e(view.session_id)}",
        "",
        f"- Started: {e(view.created_at.strftime('%Y-%m-%d %H:%M UTC'))}",
        f"- Language: {e(view.language)}",
        f"- Stage: {e(view.stage)}",
        f"- Disposition (agent): {e(view.disposition or 'none yet')}",
        f"- Disposition (effective): {e(view.effective_disposition or 'none yet')}",
        "",
    ]
    for heading, items in build_sbar(view, language=language).sections():
        lines += [f"## {e(heading)}", "", *(f"- {e(item)}" for item in items), ""]
    lines += ["## Red flags", ""]
    if not view.flags:
        lines.append("None.")
    for flag in view.flags:
        where = f"message {flag.message_seq}" if flag.message_seq is not None else "unknown message"
        lines.append(
            f"- **{e(flag.label)}** ({e(flag.level)}), raised by {e(flag.source)} "
            f"`{e(flag.flag_id)}` on {where}: {e(flag.evidence)}"
            + (f" (guideline: {e(flag.guideline)})" if flag.guideline else "")
        )
    lines += ["", "## Transcript", ""]
    for line in view.transcript:
        lines.append(
            f"**{line.seq}. {e(line.role)}** ({e(line.at.strftime('%Y-%m-%d %H:%M:%S UTC'))})  "
        )
        lines += [e(line.content), ""]
    lines += ["## Nurse sign-offs", ""]
    if not view.reviews:
        lines.append("None.")
    for review in view.reviews:
        entry = (
            f"- {e(review.at.strftime('%Y-%m-%d %H:%M UTC'))} {e(review.reviewer)}: "
            f"{'reviewed' if review.reviewed else 'not reviewed'}"
        )
        if review.override_disposition:
            entry += (
                f"; override to {e(review.override_disposition)} "
                f"(reason: {e(review.override_reason or '')})"
            )
        if review.note:
            entry += f"; note: {e(review.note)}"
        lines.append(entry)
    lines += ["", "_For clinical handoff; generated from the stored record, not a diagnosis._", ""]
    return "\n".join(lines)
