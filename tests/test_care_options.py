"""The clinic's care options: the next step that ends the patient's summary, per level.

The clock is injected (a fixed moment, never the real time), so open and closed are exact.
The example file's clinic is in Europe/London: Monday to Thursday 08:00-18:30, Friday
08:00-12:30 and 13:30-17:00, Saturday 09:00-12:00, closed on Sunday.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from clinical.care_options import CareOptions, load_care_options
from core.errors import ConfigError
from ui import render

EXAMPLE = Path(__file__).parent.parent / "clinic" / "care_options.example.yaml"
NUMBER = "999"
OPEN = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # Monday 10:00 in London (GMT)
CLOSED_EVENING = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)  # Monday 20:00: opens tomorrow
CLOSED_WEEKEND = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)  # Saturday after 12:00: Monday
PHONES = {"urgent": "020 7946 0011", "non_urgent": "020 7946 0022", "self_care": "020 7946 0033"}
OUT_OF_HOURS = "111"


def advice(level: str) -> dict[str, object]:
    return {
        "disposition": level,
        "message": "Advice.",
        "reasons": ["a reason"],
        "self_care": ["rest"],
        "get_help_now_if": ["you get worse"],
        "disclaimer": "For reference only.",
    }


def card_text(card: str) -> str:
    """Return the visible text of a card (tags dropped) and the download's text."""
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", card)
    assert payload is not None
    return re.sub(r"<[^>]+>", " ", card), base64.b64decode(payload.group(1)).decode()


@pytest.fixture(scope="module")
def care() -> CareOptions:
    options = load_care_options(EXAMPLE)
    assert options is not None
    return options


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("level", ["urgent", "non_urgent", "self_care"])
def test_an_open_clinic_names_the_levels_phone_number_and_says_it_is_open(
    care: CareOptions, level: str, language: str
) -> None:
    card = render.summary_card(language, advice(level), number=NUMBER, care=care, now=OPEN)
    shown, download = card_text(card)
    step = shown.split("What to do next" if language == "en" else "下一步怎么做", 1)[1]
    opened = "is open now, until 18:30" if language == "en" else "现在开门，营业到 18:30"
    name = "Riverside Family Clinic" if language == "en" else "河畔家庭诊所"
    assert name + ("" if language == "zh" else " ") + opened in " ".join(step.split())
    assert PHONES[level] in step
    assert f'href="tel:{PHONES[level].replace(" ", "")}"' in card
    assert OUT_OF_HOURS not in step  # the clinic answers: no out-of-hours line
    for other, phone in PHONES.items():
        if other != level:
            assert phone not in step
    # The download ends with the same next step.
    assert download.rstrip().endswith(care_tail(care, level, language, OPEN))
    assert opened in download and PHONES[level] in download
    if level == "non_urgent":
        assert "https://riverside-clinic.example/book" in step and "https://" in download


def care_tail(care: CareOptions, level: str, language: str, now: datetime) -> str:
    from clinical.care_options import next_step

    return next_step(care, level, language, now=now, number=NUMBER).lines[-1]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("level", ["urgent", "non_urgent", "self_care"])
def test_a_closed_clinic_says_so_when_it_opens_and_gives_the_out_of_hours_line(
    care: CareOptions, level: str, language: str
) -> None:
    card = render.summary_card(
        language, advice(level), number=NUMBER, care=care, now=CLOSED_EVENING
    )
    shown, download = card_text(card)
    step = " ".join(
        shown.split("What to do next" if language == "en" else "下一步怎么做")[1].split()
    )
    if language == "en":
        assert "Riverside Family Clinic is closed now. It opens tomorrow at 08:00." in step
        assert "out-of-hours GP service" in step
    else:
        assert "河畔家庭诊所现在已关门，将于明天 08:00 开门。" in step
        assert "非工作时间全科医生服务" in step
    assert OUT_OF_HOURS in step and 'href="tel:111"' in card  # the line to call now
    assert ("is open now" if language == "en" else "现在开门") not in step
    assert "closed now" in download if language == "en" else "已关门" in download


def test_opening_is_judged_in_the_clinics_time_zone_with_breaks_and_closed_days(
    care: CareOptions,
) -> None:
    shanghai = timezone(timedelta(hours=8))
    # 17:30 in Shanghai is 09:30 in London: open, whatever zone the server's clock is in.
    assert care.status(datetime(2026, 11, 30, 17, 30, tzinfo=shanghai)).open
    # Friday's lunch break; Saturday afternoon, past a closed Sunday, until Monday morning.
    lunch = care.status(datetime(2026, 12, 4, 12, 45, tzinfo=UTC))
    assert not lunch.open and lunch.opens is not None and lunch.opens.strftime("%H:%M") == "13:30"
    shown, _ = card_text(
        render.summary_card("en", advice("urgent"), number=NUMBER, care=care, now=CLOSED_WEEKEND)
    )
    assert "It opens on Monday at 08:00" in " ".join(shown.split())
    shown, _ = card_text(
        render.summary_card("zh", advice("urgent"), number=NUMBER, care=care, now=CLOSED_WEEKEND)
    )
    assert "将于星期一 08:00 开门" in shown
    # British summer time: 07:30 UTC on a June Monday is 08:30 in London.
    assert care.status(datetime(2026, 6, 1, 7, 30, tzinfo=UTC)).open
    assert not care.status(datetime(2026, 1, 5, 7, 30, tzinfo=UTC)).open


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("now", [OPEN, CLOSED_EVENING])
def test_an_emergency_shows_the_emergency_number_first_then_the_emergency_department(
    care: CareOptions, language: str, now: datetime
) -> None:
    card = render.summary_card(language, advice("emergency"), number=NUMBER, care=care, now=now)
    shown, download = card_text(card)
    step = shown.split("What to do next" if language == "en" else "下一步怎么做", 1)[1]
    department = (
        "12 Hospital Road, London E1 4AA" if language == "en" else "伦敦 E1 4AA 医院路 12 号"
    )
    assert step.index(NUMBER) < step.index(department)
    for phone in [*PHONES.values(), OUT_OF_HOURS]:
        assert phone not in step  # nothing to distract from the emergency number
    assert 'href="tel:999"' in card.split("triage-next-step", 1)[1]
    tail = download.split("What to do next" if language == "en" else "下一步怎么做", 1)[1]
    assert tail.index(NUMBER) < tail.index(department)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_without_the_file_the_summary_keeps_todays_wording(language: str) -> None:
    card = render.summary_card(language, advice("urgent"), number=NUMBER, now=OPEN)
    assert "triage-next-step" not in card and "tel:" not in card
    _, download = card_text(card)
    assert download.endswith("For reference only.\n")
    assert load_care_options(None) is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("  monday:", "  mondya:"), "opening_hours.mondya"),
        (('"Europe/London"', '"Europe/Londn"'), "time_zone"),
        (('  urgent: "020 7946 0011"', '  urgent: "call us"'), "phones.urgent"),
        (('zh: "河畔家庭诊所"', 'fr: "Clinique"'), "clinic_name.zh"),
        (('["08:00-18:30"]', '["18:30-08:00"]'), "opening_hours.monday.0"),
        (('"https://riverside-clinic.example/book"', '"riverside"'), "booking_url"),
    ],
)
def test_an_invalid_file_is_refused_naming_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], field: str
) -> None:
    source = EXAMPLE.read_text(encoding="utf-8")
    assert change[0] in source
    bad = tmp_path / "care.yaml"
    bad.write_text(source.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_care_options(bad)
    assert str(bad) in str(caught.value) and field in str(caught.value)


def test_triage_serve_stops_at_once_on_a_wrong_file(tmp_path: Path) -> None:
    bad = tmp_path / "care.yaml"
    bad.write_text("clinic_name: {en: A}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        {
            "TRIAGE_CARE_OPTIONS_FILE": str(bad),
            "TRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
            "TRIAGE_LLM_BACKEND": "vllm",
            "TRIAGE_LLM_BASE_URL": "http://127.0.0.1:9/v1",
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "serve", "--port", "9"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 1
    assert f"TRIAGE_CARE_OPTIONS_FILE={bad}" in done.stderr
    assert "clinic_name.zh" in done.stderr and "opening_hours" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.db").exists()  # stopped before anything was opened
