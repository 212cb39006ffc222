"""The structured intake record the conversation fills in, one patient message at a time."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from states.bounds import Name, Phrase, Phrases, Sentence, cut, max_items


class Symptom(BaseModel):
    """One symptom as the patient describes it."""

    name: Name = Field(description="The symptom in a few words, in the patient's language.")
    onset: Phrase | None = Field(
        default=None, description="When it started, e.g. 'yesterday evening', 'suddenly'."
    )
    duration: Phrase | None = Field(default=None, description="How long it has lasted.")
    severity: int | None = Field(
        default=None, ge=0, le=10, description="Severity 0 (none) to 10 (worst imaginable)."
    )
    location: Phrase | None = Field(default=None, description="Where in the body.")
    character: Phrase | None = Field(
        default=None, description="What it feels like, e.g. 'sharp', 'crushing', 'burning'."
    )
    better_with: Phrase | None = Field(default=None, description="What makes it better.")
    worse_with: Phrase | None = Field(default=None, description="What makes it worse.")


class VitalSigns(BaseModel):
    """Vital signs, only when the patient reports a measured value."""

    temperature_c: float | None = Field(
        default=None, ge=25, le=45, description="Body temperature in degrees Celsius."
    )
    heart_rate_bpm: int | None = Field(
        default=None, ge=10, le=300, description="Pulse in beats per minute."
    )
    systolic_bp: int | None = Field(
        default=None, ge=40, le=300, description="Systolic blood pressure in mmHg."
    )
    diastolic_bp: int | None = Field(
        default=None, ge=20, le=200, description="Diastolic blood pressure in mmHg."
    )
    respiratory_rate: int | None = Field(
        default=None, ge=2, le=80, description="Breaths per minute."
    )
    oxygen_saturation: int | None = Field(
        default=None, ge=40, le=100, description="SpO2 in percent, from a pulse oximeter."
    )


class IntakeRecord(BaseModel):
    """Everything known about the patient's problem so far."""

    chief_complaint: Sentence | None = Field(
        default=None, description="The main problem in the patient's own words, short."
    )
    symptoms: Annotated[list[Symptom], cut(8), max_items(8)] = Field(
        default_factory=list, description="Each symptom reported."
    )
    age_years: float | None = Field(
        default=None, ge=0, le=130, description="Age in years (a 6-week-old baby is 0.115)."
    )
    sex: Literal["female", "male", "other"] | None = Field(
        default=None, description="Sex, if the patient said."
    )
    pregnant: bool | None = Field(default=None, description="Whether the patient is pregnant.")
    conditions: Phrases = Field(
        default_factory=list, description="Known long-term conditions, e.g. 'diabetes'."
    )
    medications: Phrases = Field(
        default_factory=list, description="Medicines the patient takes now."
    )
    allergies: Phrases = Field(default_factory=list, description="Known allergies.")
    vitals: VitalSigns = Field(
        default_factory=VitalSigns, description="Measured vital signs the patient reported."
    )

    def merged(self, update: IntakeRecord) -> IntakeRecord:
        """Return this record with the non-empty fields of ``update`` laid over it.

        Scalars are replaced when the update has a value; lists gain new entries; a symptom
        with the same name (case-insensitive) is updated field by field.
        """
        data = self.model_dump()
        new = update.model_dump(exclude_none=True)
        for key in ("chief_complaint", "age_years", "sex", "pregnant"):
            if new.get(key) not in (None, ""):
                data[key] = new[key]
        for key in ("conditions", "medications", "allergies"):
            seen = {item.casefold() for item in data[key]}
            for item in new.get(key, []):
                if item and item.casefold() not in seen:
                    data[key].append(item)
                    seen.add(item.casefold())
        data["vitals"].update({k: v for k, v in new.get("vitals", {}).items() if v is not None})
        by_name = {s["name"].casefold(): s for s in data["symptoms"]}
        for symptom in new.get("symptoms", []):
            name = (symptom.get("name") or "").strip()
            if not name:
                continue
            existing = by_name.get(name.casefold())
            if existing is None:
                data["symptoms"].append(symptom)
                by_name[name.casefold()] = symptom
            else:
                existing.update({k: v for k, v in symptom.items() if v not in (None, "")})
        return IntakeRecord.model_validate(data)
