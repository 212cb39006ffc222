"""Fixed patient-facing texts and language detection, in English and Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinical import ClinicalDataError
from clinical.language import SUPPORTED, detect_language, supported
from clinical.messages import (
    REQUIRED,
    Messages,
    disposition_name,
    disposition_text,
    load_messages,
    placeholders,
    text,
)
from states.disposition import Disposition


def has_han(value: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in value)


def test_every_message_exists_in_english_and_chinese_with_the_same_placeholders() -> None:
    messages = load_messages()
    assert set(REQUIRED) <= set(messages.texts)
    for key, by_lang in messages.texts.items():
        assert set(by_lang) >= set(SUPPORTED), key
        assert not has_han(by_lang["en"]), key
        assert has_han(by_lang["zh"]), key
        assert placeholders(by_lang["en"]) == placeholders(by_lang["zh"]), key


@pytest.mark.parametrize(
    ("language", "do_not_drive", "unlock"),
    [("en", "Do not drive yourself", "Unlock the door"), ("zh", "不要自己开车", "打开门锁")],
)
def test_the_emergency_template_needs_no_model_and_is_unmissable(
    language: str, do_not_drive: str, unlock: str
) -> None:
    reply = text("emergency", language, number="120", reasons="REASON-1; REASON-2")
    assert reply.count("120") >= 2  # call now, and call again if worse
    assert "REASON-1; REASON-2" in reply
    assert "{" not in reply
    assert do_not_drive in reply
    assert unlock in reply


@pytest.mark.parametrize(("language", "saved"), [("en", "saved"), ("zh", "保存")])
def test_greeting_and_model_unavailable_show_the_emergency_number(
    language: str, saved: str
) -> None:
    assert "999" in text("greeting", language, number="999")
    unavailable = text("model_unavailable", language, number="911")
    assert "911" in unavailable
    assert saved in unavailable


def test_disclaimer_says_it_does_not_replace_a_clinician() -> None:
    assert "does not replace a clinician" in text("disclaimer", "en")
    assert "仅供参考" in text("disclaimer", "zh")


def test_input_too_long_shows_the_limit() -> None:
    assert "2000" in text("input_too_long", "en", limit="2000")
    assert "2000" in text("input_too_long", "zh", limit="2000")


@pytest.mark.parametrize("level", list(Disposition))
@pytest.mark.parametrize("language", ["en", "zh"])
def test_disposition_texts(level: Disposition, language: str) -> None:
    meaning = disposition_text(level, language, "112")
    name = disposition_name(level, language)
    assert name and name in meaning
    assert ("112" in meaning) is (level is Disposition.EMERGENCY)
    assert has_han(meaning) is (language == "zh")
    assert disposition_text(level.value, language, "112") == meaning


def test_text_falls_back_to_english() -> None:
    assert text("input_empty", "fr") == text("input_empty", "en")
    assert text("input_empty", "zh-CN") == text("input_empty", "zh")


def test_a_missing_key_raises_naming_it() -> None:
    with pytest.raises(KeyError, match="no_such_message"):
        text("no_such_message", "en")


def test_a_missing_placeholder_value_raises_naming_it() -> None:
    with pytest.raises(KeyError, match="reasons"):
        text("emergency", "en", number="112")


def test_patient_words_in_values_are_not_interpreted() -> None:
    reply = text("emergency", "en", number="112", reasons="{number} {0} }{")
    assert "{number} {0} }{" in reply


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("I have chest pain", "en"),
        ("我胸口痛", "zh"),
        ("我有chest pain", "zh"),
        ("I ate 饺子 yesterday and now my stomach hurts", "en"),
        ("血氧88", "zh"),
        ("SpO2 88", "en"),
        ("胸口痛!!!", "zh"),
        ("ＩＮ ＰＡＩＮ", "en"),  # full-width Latin letters
    ],
)
def test_detect_language(value: str, expected: str) -> None:
    assert detect_language(value) == expected


@pytest.mark.parametrize("value", ["", "   ", "😷🤒", "120 / 80", "!!!"])
def test_detect_language_without_letters_returns_the_default(value: str) -> None:
    assert detect_language(value, default="zh") == "zh"
    assert detect_language(value) == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("zh", "zh"), ("zh-CN", "zh"), ("ZH_hans", "zh"), ("en-GB", "en"),
     ("fr", "en"), ("", "en"), (None, "en")],
)  # fmt: skip
def test_supported(value: str | None, expected: str) -> None:
    assert supported(value) == expected


MINIMAL_MESSAGES = """
greeting: {en: "Hello, call {number} in an emergency.", zh: "您好，紧急情况请拨打 {number}。"}
emergency: {en: "Call {number} now. Why: {reasons}", zh: "请立即拨打 {number}。原因：{reasons}"}
disclaimer: {en: "For reference only.", zh: "仅供参考。"}
model_unavailable: {en: "Try again, or call {number}.", zh: "请重试，或拨打 {number}。"}
fallback_advice: {en: "Contact the clinic.", zh: "请联系诊所。"}
input_empty: {en: "Empty.", zh: "空的。"}
input_too_long: {en: "At most {limit}.", zh: "最多 {limit}。"}
session_finished: {en: "Finished.", zh: "已结束。"}
confirm_sign: {en: "Do you have {sign} now?", zh: "您现在有{sign}吗？"}
disposition:
  emergency: {en: "Emergency: call {number}", zh: "紧急：拨打 {number}"}
  urgent: {en: "Urgent", zh: "尽快"}
  non_urgent: {en: "Non-urgent", zh: "非紧急"}
  self_care: {en: "Self-care", zh: "居家"}
disposition_name:
  emergency: {en: "Emergency", zh: "紧急"}
  urgent: {en: "Urgent", zh: "尽快"}
  non_urgent: {en: "Non-urgent", zh: "非紧急"}
  self_care: {en: "Self-care", zh: "居家"}
scope_refusal:
  dose: {en: "No doses.", zh: "不提供剂量。"}
  prescription: {en: "No prescriptions.", zh: "不开药。"}
  diagnosis: {en: "No diagnosis.", zh: "不做诊断。"}
"""


def _write(tmp_path: Path, value: str) -> Path:
    path = tmp_path / "messages.yaml"
    path.write_text(value, encoding="utf-8")
    return path


def test_a_minimal_messages_file_loads(tmp_path: Path) -> None:
    messages = Messages.load(_write(tmp_path, MINIMAL_MESSAGES))
    assert messages.text("disposition.urgent", "zh") == "尽快"


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        (', zh: "空的。"', "", "'input_empty'"),
        ('zh: "最多 {limit}。"', 'zh: "最多 {max}。"', "'input_too_long'"),
        ('Call {number} now. Why: {reasons}"', 'Call now. Why: {reasons}"', "'emergency'"),
        ('session_finished: {en: "Finished.", zh: "已结束。"}\n', "", "session_finished"),
        (
            '  urgent: {en: "Urgent", zh: "尽快"}\n',
            '  urgent: {en: "Urgent", zn: "尽快"}\n',
            "'disposition.urgent'",
        ),
        (
            'input_empty: {en: "Empty.", zh: "空的。"}',
            'input_empty: {en: "Empty {.", zh: "空的 {。"}',
            "'input_empty'",
        ),
    ],
)
def test_a_broken_messages_file_fails_naming_the_key(
    tmp_path: Path, old: str, new: str, names: str
) -> None:
    assert old in MINIMAL_MESSAGES
    path = _write(tmp_path, MINIMAL_MESSAGES.replace(old, new, 1))
    with pytest.raises(ClinicalDataError) as info:
        Messages.load(path)
    assert str(path) in str(info.value)
    assert names in str(info.value)
