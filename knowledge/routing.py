"""Is a patient's message a symptom report, a health-information question, or both?

Deterministic, in English and Chinese, from two signals per sentence:

- **a question**: a question mark, or a sentence that opens like a question ("what",
  "how", "should", "can", "is it"...; 什么, 怎么, 如何, 哪些, 吗...), or asks for information
  ("tell me about", "tips for"; 请问, 介绍一下);
- **a symptom of the patient's own** (or of someone they speak for): a first-person or
  "my child" marker next to a symptom word ("I have a headache", "my son has a fever",
  "我头疼", "孩子发烧") — unless the sentence is hypothetical ("how do I know if my child
  has a fever", "如果发烧怎么办").

A message with a question and no own symptom is a ``question``; one with both is ``both``;
everything else — including answers to intake questions ("yes", "since Monday") — is a
``symptom`` message and goes through the intake as before. The red-flag rules have
already run on the message before this is asked (``agent.graph``).
"""

from __future__ import annotations

import re
from typing import Literal

from knowledge.text import normalize

Route = Literal["symptom", "question", "both"]

_SENTENCES = re.compile(r"[^.!?。！？\n;；]+[.!?。！？;；]*")

_EN_QUESTION_START = re.compile(
    r"^\s*(?:so|and|but|also|ok|okay|hi|hello|please|doctor|nurse)?[\s,]*"
    r"(?:what|what's|whats|how|why|when|which|who|where|should|shall|can|could|is|are|"
    r"does|do|did|will|would|may|might|must|any|tell me|explain|advice|tips?|info|"
    r"information|i (?:want|would like|'d like|need) to know|i wonder|wondering)\b"
    r"(?!['’]t)"  # "can't grip it" answers a question; it does not ask one
)
_EN_ASKS = re.compile(
    r"\b(?:tell me (?:about|more)|information (?:on|about)|advice (?:on|about|for)|"
    r"tips (?:on|for)|what (?:should|can|to)|how (?:do|can|should|to|long|often|much)|"
    r"is it (?:ok|okay|safe|normal|bad|true)|i (?:want|would like) to know)\b"
)
_ZH_QUESTION = re.compile(
    r"什么|怎么|怎样|如何|哪些|哪种|哪个|为什么|为何|是否|能否|能不能|可不可以|可以吗|"
    r"要不要|需不需要|该不该|是不是|多久|多长时间|多少|请问|介绍|有哪些|注意事项|吗\s*$|呢\s*$"
)

_EN_SELF = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|we|we're|our|mine|myself)\b|"
    r"\b(?:my|our) (?:son|daughter|child|baby|kid|husband|wife|mother|father|mum|mom|dad)\b"
)
_EN_SYMPTOM = re.compile(
    r"\b(?:pain|painful|ache|aches|aching|hurts?|hurting|sore|fever|feverish|temperature|"
    r"cough|coughing|vomit\w*|throwing up|sick|nause\w*|diarrh\w*|dizzy|dizziness|faint\w*|"
    r"bleed\w*|blood|rash|itch\w*|swollen|swelling|lump|breathless\w*|short of breath|"
    r"wheez\w*|headache|migraine|tired|fatigue|exhausted|numb\w*|tingl\w*|weak|weakness|"
    r"burn\w*|cut|injur\w*|sprain\w*|fell|fall|hit|bump\w*|can't sleep|insomnia|anxious|"
    r"panic\w*|depressed|low|constipat\w*|heartburn|cramp\w*|discharge|spotting|"
    r"stiff\w*|chills|shivering|sweat\w*|palpitation\w*|racing|runny|blocked|sneez\w*|"
    r"symptoms?|unwell|ill|poorly|hurt)\b"
)
_EN_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|in case|when (?:you|someone|a person|people|children|a child)|"
    r"someone|a person|people|anyone|children|kids)\b"
)

_ZH_SELF = re.compile(r"我|俺|本人|孩子|宝宝|小孩|儿子|女儿|老公|老婆|爸|妈|家里")
_ZH_SYMPTOM = re.compile(
    r"疼|痛|发烧|发热|烧到|咳|吐|泻|拉肚子|晕|恶心|出血|流血|皮疹|疹子|痒|肿|胸闷|气短|喘|"
    r"麻|乏力|没力气|失眠|睡不着|焦虑|心慌|心悸|便秘|烧心|反酸|抽筋|不舒服|难受|感冒了|"
    r"鼻塞|流鼻涕|打喷嚏|嗓子|摔|烫伤|割伤|扭伤|症状"
)
_ZH_HYPOTHETICAL = re.compile(
    r"如果|要是|万一|假如|怎么知道|怎么判断|如何判断|怎样判断|的人|患者|病人"
)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.findall(text) if s.strip()]


def is_question(sentence: str) -> bool:
    """Return whether one sentence asks something."""
    if sentence.rstrip().endswith(("?", "？")):
        return True
    if _ZH_QUESTION.search(sentence):
        return True
    return bool(_EN_QUESTION_START.search(sentence) or _EN_ASKS.search(sentence))


def own_symptom(sentence: str) -> bool:
    """Return whether one sentence reports a symptom of the patient (or of their child)."""
    if _EN_SELF.search(sentence) and _EN_SYMPTOM.search(sentence):
        hypothetical = _EN_HYPOTHETICAL.search(sentence)
        # "how do I know if my child has a fever": the symptom is supposed, not reported.
        return not (hypothetical and is_question(sentence))
    if _ZH_SELF.search(sentence) and _ZH_SYMPTOM.search(sentence):
        return not (_ZH_HYPOTHETICAL.search(sentence) and is_question(sentence))
    return False


def route(message: str) -> Route:
    """Return how to handle a patient's message: ``symptom``, ``question`` or ``both``."""
    sentences = _sentences(normalize(message)) or [normalize(message)]
    asks = any(is_question(s) for s in sentences)
    reports = any(own_symptom(s) for s in sentences)
    if asks and reports:
        return "both"
    if asks:
        return "question"
    return "symptom"


def question_text(message: str) -> str:
    """Return the part of ``message`` to search the library with: without the sentences
    that only report the patient's symptoms ("... I also have had a cough for a week")."""
    sentences = _SENTENCES.findall(message) or [message]
    kept = [s for s in sentences if is_question(normalize(s)) or not own_symptom(normalize(s))]
    return "".join(kept).strip() or message
