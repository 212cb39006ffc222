"""The advice a patient reads is in their language: a model's message or list item in another
language is not shown (the message falls back to the template; the item is dropped)."""

from __future__ import annotations

from fakes.chat_model import FakeStructuredLLM
from states.outputs import Advice
from tests.test_graph import Graph

ENGLISH_DRAFT = {
    "disposition": "self_care",
    "message": "Rest at home and keep drinking fluids.",
    "reasons": ["a mild cold"],
    "self_care": ["rest", "drink plenty of fluids", "多喝温水"],
    "get_help_now_if": ["you find it hard to breathe", "呼吸困难时请立即就医"],
}
COLD_ZH = ["三天", "2分", "30岁", "喉咙", "有点痒", "没有", "没有", "没有", "没有", "没有"]


async def test_a_chinese_patient_reads_no_english_advice() -> None:
    llm = FakeStructuredLLM.build().enqueue(Advice, ENGLISH_DRAFT)
    graph = Graph("phrasing", llm)
    state = await graph.until_done("我有点感冒，流鼻涕，喉咙有点痒，精神还好", COLD_ZH)
    assert state["stage"] == "advice"
    advice = state["advice"]
    assert advice["self_care"] == ["多喝温水"]
    assert advice["get_help_now_if"] == ["呼吸困难时请立即就医"]
    assert "a mild cold" not in advice["reasons"]
    assert advice["message"] != ENGLISH_DRAFT["message"]  # the template, in Chinese
    for english in ("Rest at home", "drink plenty", "hard to breathe", "mild cold"):
        assert english not in state["reply"]


async def test_an_english_patient_keeps_the_model_s_english_advice() -> None:
    llm = FakeStructuredLLM.build().enqueue(Advice, ENGLISH_DRAFT)
    graph = Graph("phrasing", llm)
    answers = ["3 days", "2 out of 10", "I'm 30", "throat", "scratchy", *["no"] * 6]
    state = await graph.until_done("I have a mild cold, runny nose, coping fine", answers)
    assert state["stage"] == "advice"
    advice = state["advice"]
    if advice["disposition"] == "self_care":  # the model's words stand only at its level
        assert advice["message"] == ENGLISH_DRAFT["message"]
    assert advice["self_care"] == ["rest", "drink plenty of fluids"]
    assert advice["get_help_now_if"] == ["you find it hard to breathe"]
