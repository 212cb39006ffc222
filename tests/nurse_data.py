"""Nurse workspace fixture data, made by running real conversations against the fake model."""

from __future__ import annotations

from dataclasses import dataclass

from agent.conversation import Conversation
from fakes.llm_scripts import SELF_CARE_ADVICE, ModelScript

# Every fact the scripted extraction fills is one the patient wrote, on its topic: the
# record holds only what the patient said (clinical.grounding drops anything else).
COLD = [
    "I have had a runny nose and a sore throat since yesterday. I'm allergic to penicillin",
    "It's mild, maybe 2 out of 10",
    "I'm 34, female",
    *["No"] * 12,
]
COLD_EXTRACTIONS = [
    {
        "update": {
            "chief_complaint": "runny nose and sore throat",
            "symptoms": [{"name": "sore throat", "onset": "yesterday"}],
            "allergies": ["penicillin"],
        }
    },
    {"update": {"symptoms": [{"name": "sore throat", "severity": 2}]}},
    {"update": {"age_years": 34, "sex": "female"}},
    {"update": {}},
]
CHEST_PAIN = "I have crushing chest pain spreading to my left arm and I am sweating"
XSS = (
    'Help <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> '
    "![pixel](http://127.0.0.1:9/track.png) [click](javascript:alert(1)) tummy ache"
)


@dataclass(frozen=True)
class Seeded:
    """Session ids of the seeded conversations, created in this order."""

    cold: str  # self_care, no red flag
    urgent: str  # urgent through a model red flag
    emergency: str  # a rule emergency in the first message
    xss: str  # still collecting; its message carries an HTML/JS/markdown payload


async def _until_done(conversation: Conversation, session_id: str, lines: list[str]) -> None:
    for line in lines:
        if (await conversation.send(session_id, line)).done:
            return
    raise AssertionError("the scripted conversation did not reach a disposition")


async def seed(conversation: Conversation, model: ModelScript) -> Seeded:
    """Run four conversations through the real agent and return their session ids."""
    model.use({"Extraction": list(COLD_EXTRACTIONS), "Advice": [SELF_CARE_ADVICE]})
    cold = (await conversation.start("en")).session_id
    await _until_done(conversation, cold, COLD)

    model.use(
        {
            "Extraction": list(COLD_EXTRACTIONS),
            "RedFlagAssessment": [
                {
                    "level": "urgent",
                    "findings": [
                        {"flag": "sore throat for days", "evidence": "runny nose and a sore throat"}
                    ],
                },
                {"level": "self_care", "findings": []},
            ],
            "Advice": [SELF_CARE_ADVICE],
        }
    )
    urgent = (await conversation.start("en")).session_id
    await _until_done(conversation, urgent, COLD)

    model.use({})
    emergency = (await conversation.start("en")).session_id
    await _until_done(conversation, emergency, [CHEST_PAIN])

    xss = (await conversation.start("en")).session_id
    await conversation.send(xss, XSS)
    return Seeded(cold=cold, urgent=urgent, emergency=emergency, xss=xss)
