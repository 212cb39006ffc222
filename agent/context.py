"""What every node may use besides the state: injected once per run as LangGraph context."""

from __future__ import annotations

from dataclasses import dataclass

from agent.llm import StructuredLLM
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleSet, load_rules
from clinical.semantic import SemanticChannel, load_semantic
from core.settings import ModelTrust, Settings
from knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class AgentContext:
    """The graph's dependencies: the model, the clinical data and a few settings."""

    llm: StructuredLLM
    rules: RuleSet
    questions: QuestionBank
    emergency_number: str
    question_budget: int = 8
    recent_turns: int = 6
    default_language: str = "en"
    knowledge: KnowledgeBase | None = None  # health questions; None: "no information"
    kb_generate: bool = False  # a production model writes answers (never the bundled one)
    trust: ModelTrust = "phrasing"  # see core.settings.Settings.model_trust
    semantic: SemanticChannel | None = None  # the second channel beside the rules; None: off

    @classmethod
    def from_settings(
        cls, settings: Settings, llm: StructuredLLM, knowledge: KnowledgeBase | None = None
    ) -> AgentContext:
        """Build the context from settings, with the packaged rules and question bank."""
        return cls(
            llm=llm,
            rules=load_rules(),
            questions=load_questions(),
            emergency_number=settings.emergency_number,
            question_budget=settings.question_budget,
            recent_turns=settings.recent_turns,
            default_language=settings.default_language,
            knowledge=knowledge,
            # The bundled model only shows passages; vLLM or another service may write.
            kb_generate=settings.llm_backend != "llamacpp",
            trust=settings.trust,
            semantic=load_semantic() if settings.semantic_channel else None,
        )
