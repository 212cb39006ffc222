"""The clinic's care options: where each level of care sends the patient, read from a YAML file.

The clinic's IT person writes one file (``TRIAGE_CARE_OPTIONS_FILE``; an example is
``clinic/care_options.example.yaml``) with the clinic's name, a phone number per level, the
opening hours per weekday in the clinic's time zone, a booking link, an out-of-hours line and
the nearest emergency department, in every language. It is validated once at start: a wrong
file stops the program with a message naming the file and the field.

:func:`next_step` turns a level into the concrete step that ends the patient's summary: the
emergency number first for an emergency, otherwise the number to call and whether the clinic
is open now (in its own time zone), with the out-of-hours line when it is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from clinical.loading import LANGUAGES, read_yaml
from clinical.messages import text
from core.errors import ConfigError
from states.disposition import Disposition

__all__ = ["Action", "CareOptions", "ClinicStatus", "NextStep", "load_care_options", "next_step"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,30}$")


def _span(value: str) -> str:
    match = _SPAN.match(value.strip())
    if not match:
        raise ValueError(f"expected opening hours like '08:00-18:30', got {value!r}")
    start = int(match[1]) * 60 + int(match[2])
    end = int(match[3]) * 60 + int(match[4])
    if end > 24 * 60 or end <= start:
        raise ValueError(f"{value!r}: the closing time must be after the opening time")
    return value.strip()


def _phone(value: str) -> str:
    if not _PHONE.match(value.strip()):
        raise ValueError(f"expected a phone number (digits, spaces, + - ( )), got {value!r}")
    return value.strip()


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name like Europe/London)"
        ) from None
    return value


def _web(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#].\S*$", value):
        raise ValueError(f"expected an http(s) address, got {value!r}")
    return value


Span = Annotated[str, AfterValidator(_span)]
Phone = Annotated[str, AfterValidator(_phone)]
Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """One text in every supported language."""

    en: Text
    zh: Text

    def __call__(self, language: str) -> str:
        """Return the text in ``language`` (English when it has none)."""
        return str(getattr(self, language, self.en))


class LevelPhones(_Strict):
    """The number a patient calls for each level below emergency."""

    urgent: Phone
    non_urgent: Phone
    self_care: Phone


class OpeningHours(_Strict):
    """Opening hours per weekday in the clinic's time zone; a day left out is closed."""

    monday: list[Span] = []
    tuesday: list[Span] = []
    wednesday: list[Span] = []
    thursday: list[Span] = []
    friday: list[Span] = []
    saturday: list[Span] = []
    sunday: list[Span] = []

    def minutes(self, weekday: int) -> list[tuple[int, int]]:
        """Return the open spans of a weekday (0 = Monday) in minutes since midnight."""
        spans = []
        for value in getattr(self, WEEKDAYS[weekday]):
            match = _SPAN.match(value)
            assert match is not None  # validated on load
            spans.append((int(match[1]) * 60 + int(match[2]), int(match[3]) * 60 + int(match[4])))
        return sorted(spans)


class OutOfHours(_Strict):
    """The line to call when the clinic is closed."""

    name: Localized
    phone: Phone


class EmergencyDepartment(_Strict):
    """The nearest emergency department."""

    name: Localized
    address: Localized


@dataclass(frozen=True)
class ClinicStatus:
    """Whether the clinic is open at a moment, and until or from when (clinic's local time)."""

    open: bool
    closes: datetime | None = None  # when open
    opens: datetime | None = None  # when closed


class CareOptions(_Strict):
    """The clinic's care options file."""

    version: Literal[1] = 1
    clinic_name: Localized
    time_zone: Annotated[str, AfterValidator(_zone)]
    phones: LevelPhones
    opening_hours: OpeningHours
    booking_url: Annotated[str, AfterValidator(_web)]
    out_of_hours: OutOfHours
    emergency_department: EmergencyDepartment

    def status(self, now: datetime) -> ClinicStatus:
        """Return whether the clinic is open at ``now`` (an aware datetime, any zone)."""
        local = now.astimezone(ZoneInfo(self.time_zone))
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        minute = local.hour * 60 + local.minute
        for start, end in self.opening_hours.minutes(local.weekday()):
            if start <= minute < end:
                return ClinicStatus(open=True, closes=midnight + timedelta(minutes=end))
        for days in range(8):
            day = midnight + timedelta(days=days)
            for start, _ in self.opening_hours.minutes(day.weekday()):
                if days or start > minute:
                    return ClinicStatus(open=False, opens=day + timedelta(minutes=start))
        return ClinicStatus(open=False)  # never open: the loader refuses such a file


def load_care_options(path: Path | None) -> CareOptions | None:
    """Return the validated care options in ``path`` (None without a file), or raise ConfigError.

    The message names the setting, the file and each wrong field.
    """
    if path is None:
        return None
    where = f"TRIAGE_CARE_OPTIONS_FILE={path}"
    try:
        data = read_yaml(path)
    except ValueError as exc:  # ClinicalDataError: unreadable, not YAML, not a mapping
        raise ConfigError(f"{where}: {exc}") from exc
    try:
        options = CareOptions.model_validate(data)
    except ValidationError as exc:
        lines = [f"  {'.'.join(map(str, e['loc'])) or '(file)'}: {e['msg']}" for e in exc.errors()]
        raise ConfigError(f"{where}: invalid care options:\n" + "\n".join(lines)) from exc
    if not any(options.opening_hours.minutes(day) for day in range(7)):
        raise ConfigError(f"{where}: opening_hours: the clinic must be open on at least one day")
    assert set(LANGUAGES) == set(Localized.model_fields), "a language is missing from Localized"
    return options


@dataclass(frozen=True)
class Action:
    """A link the patient can follow: a number to call or the booking page."""

    label: str
    href: str


@dataclass(frozen=True)
class NextStep:
    """The concrete next step for a level: sentences in order, then links."""

    lines: list[str]
    actions: list[Action] = field(default_factory=list)


def _tel(number: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", number)


def _when(moment: datetime, now: datetime, language: str) -> str:
    """Return "today at 08:00", "tomorrow at 08:00" or "on Monday at 08:00"."""
    hhmm = moment.strftime("%H:%M")
    days = (moment.date() - now.astimezone(moment.tzinfo).date()).days
    if days == 0:
        return text("care.when_today", language, time=hhmm)
    if days == 1:
        return text("care.when_tomorrow", language, time=hhmm)
    day = text(f"care.day.{WEEKDAYS[moment.weekday()]}", language)
    return text("care.when_day", language, day=day, time=hhmm)


def next_step(
    care: CareOptions, level: Disposition | str, language: str, *, now: datetime, number: str
) -> NextStep:
    """Return what the patient does next for ``level``, given the clinic's hours at ``now``."""
    level = Disposition(level)
    clinic = care.clinic_name(language)
    call = text("care.call", language, phone=number)
    if level is Disposition.EMERGENCY:  # the emergency number always comes first
        department = care.emergency_department
        return NextStep(
            [
                text("care.emergency_call", language, number=number),
                text(
                    "care.emergency_department",
                    language,
                    name=department.name(language),
                    address=department.address(language),
                ),
            ],
            [Action(call, _tel(number))],
        )
    phone = getattr(care.phones, level.value)
    ooh = care.out_of_hours
    values = {
        "clinic": clinic,
        "phone": phone,
        "booking": care.booking_url,
        "service": ooh.name(language),
        "ooh_phone": ooh.phone,
        "number": number,
    }
    state = care.status(now)
    if state.open and state.closes is not None:
        until = state.closes.strftime("%H:%M")
        status = text("care.open_until", language, clinic=clinic, time=until)
        actions = [Action(text("care.call", language, phone=phone), _tel(phone))]
    else:
        opens = _when(state.opens, now, language) if state.opens else ""
        status = text("care.closed_opens", language, clinic=clinic, when=opens)
        actions = [Action(text("care.call", language, phone=ooh.phone), _tel(ooh.phone))]
    if level is Disposition.NON_URGENT:
        actions.append(Action(text("care.book", language), care.booking_url))
    key = f"care.{level.value}_{'open' if state.open else 'closed'}"
    return NextStep([status, text(key, language, **values)], actions)
