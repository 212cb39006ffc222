"""The YAML schema of the rule files (``clinical/data/red_flags/``): concepts, rules, cues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from clinical.loading import check_languages
from clinical.matching import is_chinese
from clinical.topics import CaseTopic
from states.disposition import Disposition

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
_ID = ID_PATTERN

VitalField = Literal[
    "temperature_c",
    "heart_rate_bpm",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "oxygen_saturation",
]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConceptSpec(_Spec):
    """A clinical idea and the ways patients say it, per language."""

    en: list[str] = Field(min_length=1)
    zh: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list, description="Look-alikes that never count.")
    sign: dict[str, str] | None = Field(
        default=None,
        description="The sign in a few words per language, for the confirming question asked "
        "when the concept was said but negated, past, hypothetical or someone else's.",
    )
    topic: tuple[CaseTopic, ...] = Field(
        default=(),
        description="What the confirming question asks about (one topic or a list, such as "
        "'neurological'), so it is answered like the bank's questions on those topics.",
    )
    started_by: list[str] = Field(
        default_factory=list,
        description="A treatment taken since a past time: a match told as past still counts "
        "when one of these words is in its clause ('started sertraline last month').",
    )
    verdict: bool = Field(
        default=False,
        description="A diagnosis a verdict names (a heart attack, a stroke): named only inside a "
        "verdict quoted from a non-clinical source (a web search, an app, an AI chatbot, a "
        "friend: clinical.quoted) it is held back as hypothetical, not had.",
    )
    quoted_as: str | None = Field(
        default=None,
        description="With `verdict`: the concept a diagnosis named only in a quoted verdict "
        "counts as (the fear of it: heart_attack_feared), so the signs that make a fear an "
        "emergency still do.",
    )
    condition: bool = Field(
        default=False,
        description="A condition a person has (known cancer, AF, type 1 diabetes): a rule joins "
        "it with a symptom only when both are one person's (clinical.persons).",
    )
    others_only: bool = Field(
        default=False,
        description="A stand-down about someone else (a relative already in hospital): as a "
        "rule's `unless` it does not stop the rule when one of the rule's concepts is said as "
        "the writer's own (clinical.persons); only another person's finding is stood down.",
    )
    event_over: bool = Field(
        default=False,
        description="An event that ends (a faint, a collapse, a fit): its match in a sentence "
        "that tells it as someone else's, days back, dealt with by care and over, with nothing "
        "of now in it or of its return after it, is held back as past "
        "(clinical.clauses.Analysis.event_over).",
    )
    fetal: bool = Field(
        default=False,
        description="The unborn baby's sign (its movements): said of 'the baby', it is still "
        "the pregnant person's own for a pregnancy rule (clinical.persons).",
    )

    @field_validator("sign")
    @classmethod
    def _sign_languages(cls, sign: dict[str, str] | None) -> dict[str, str] | None:
        return None if sign is None else check_languages(sign, "sign")

    @field_validator("topic", mode="before")
    @classmethod
    def _topic_list(cls, topic: object) -> object:
        return [topic] if isinstance(topic, str) else topic

    @model_validator(mode="after")
    def _topic_with_sign(self) -> ConceptSpec:
        if (self.sign is None) != (not self.topic):
            raise ValueError("a concept with a sign needs a topic, and only such a concept has one")
        return self

    @model_validator(mode="after")
    def _scripts(self) -> ConceptSpec:
        wrong = [p for p in self.en if is_chinese(p)] + [p for p in self.zh if not is_chinese(p)]
        if wrong:
            raise ValueError(f"phrases in the wrong language list: {wrong}")
        return self


class RuleSpec(_Spec):
    id: str = Field(pattern=_ID)
    level: Disposition
    guideline: str = Field(min_length=3)
    label: dict[str, str]
    min_age_years: float | None = Field(default=None, ge=0, le=130)
    max_age_years: float | None = Field(default=None, gt=0, le=130)
    if_age_unknown: bool = Field(
        default=False, description="With age limits: whether the rule applies to an unknown age."
    )
    pregnant: bool = Field(
        default=False, description="Only when the record or the text says the patient is pregnant."
    )

    @field_validator("level")
    @classmethod
    def _red_flag_level(cls, level: Disposition) -> Disposition:
        if level not in (Disposition.EMERGENCY, Disposition.URGENT):
            raise ValueError("a red flag is 'emergency' or 'urgent'")
        return level

    @field_validator("label")
    @classmethod
    def _both_languages(cls, label: dict[str, str]) -> dict[str, str]:
        return check_languages(label, "label")

    @property
    def has_age_limit(self) -> bool:
        """Return True when the rule is restricted to an age range."""
        return self.min_age_years is not None or self.max_age_years is not None

    def age_fits(self, age: float) -> bool:
        """Return True for min_age_years <= age < max_age_years."""
        low = self.min_age_years if self.min_age_years is not None else 0.0
        high = self.max_age_years if self.max_age_years is not None else 1000.0
        return low <= age < high

    def ages_fit(self, ages: Sequence[float]) -> bool:
        """Return True when any known age fits (or, with none known, if_age_unknown)."""
        if not self.has_age_limit:
            return True
        if not ages:
            return self.if_age_unknown
        return any(self.age_fits(age) for age in ages)


class TextRule(RuleSpec):
    """A rule over concepts the patient mentioned, with optional record modifiers."""

    all_of: list[str | list[str]] = Field(
        default_factory=list,
        description="Concepts all present; an item that is a list is a group, one of whose "
        "concepts is enough (two rules that differed only in one concept, joined: rules-mf).",
    )
    any_of: list[str] = Field(default_factory=list)
    unless: list[str] = Field(
        default_factory=list,
        description="Concepts that stop the rule (a patient who says there is no plan); a "
        "rule at the lower level over the same concepts says what it is then.",
    )

    unless_all: list[str] = Field(
        default_factory=list,
        description="Concepts that stop the rule when all of them are present (NHS.uk angina: "
        "diagnosed, relieved by rest or GTN, as usual).",
    )
    unless_together: list[list[str]] = Field(
        default_factory=list,
        description="Further concept sets, each stopping the rule when all of that set is "
        "present (NICE CKS stable angina: brought on by exertion, relieved by rest, for weeks); "
        "a rule without the stand-down says what a new or same-day onset is.",
    )

    @model_validator(mode="after")
    def _has_concepts(self) -> TextRule:
        if not self.all_of and not self.any_of:
            raise ValueError("a rule needs all_of or any_of concepts")
        return self

    @property
    def concepts(self) -> tuple[str, ...]:
        """Return every concept the rule mentions."""
        flat = [c for item in self.all_of for c in ([item] if isinstance(item, str) else item)]
        return (*flat, *self.any_of)

    def satisfied(self, present: set[str]) -> bool:
        """Return True when ``present`` holds all of all_of, one of any_of and none of unless."""
        if any(c in present for c in self.unless):
            return False
        if self.unless_all and all(c in present for c in self.unless_all):
            return False
        if any(group and all(c in present for c in group) for group in self.unless_together):
            return False
        if not all(
            (item in present) if isinstance(item, str) else any(c in present for c in item)
            for item in self.all_of
        ):
            return False
        return not self.any_of or any(c in present for c in self.any_of)


class News2Rule(RuleSpec):
    """A NEWS2 response threshold: an aggregate score, or any single parameter scoring 3."""

    min_score: int | None = Field(default=None, ge=1, le=20)
    single_parameter: bool = Field(default=False, description="Fires on one parameter at 3.")

    @model_validator(mode="after")
    def _has_threshold(self) -> News2Rule:
        if (self.min_score is None) == (not self.single_parameter):
            raise ValueError("a NEWS2 rule needs exactly one of min_score or single_parameter")
        return self


class VitalRule(RuleSpec):
    """A danger-zone threshold on one vital sign (bounds are combined with AND)."""

    field: VitalField
    any_of: list[str] = Field(
        default_factory=list,
        description="Concepts of which one must be present too (NICE NG51: a breathing rate "
        "of 25 counts with a suspected infection); empty: the value alone.",
    )
    unless: list[str] = Field(
        default_factory=list,
        description="Concepts that stop the threshold (NEWS2 SpO2 scale 2: a saturation target "
        "of 88-92% was set); another vital rule says what counts then.",
    )
    below: float | None = None
    above: float | None = None
    at_least: float | None = None
    at_most: float | None = None
    full_set_below: int | None = Field(
        default=None,
        ge=1,
        le=20,
        description="Stands the threshold down when the observations give a full NEWS2 set "
        "(breathing rate, saturation, systolic, heart rate, temperature) whose aggregate is "
        "below this (RCP NEWS2: one parameter at 3 alone is an urgent response); the "
        "NEWS2 rules then say the level.",
    )
    full_set_at_most: float | None = Field(
        default=None,
        description="The highest value `full_set_below` stands down; above it the threshold "
        "holds whatever the other observations.",
    )

    @model_validator(mode="after")
    def _has_threshold(self) -> VitalRule:
        if all(v is None for v in (self.below, self.above, self.at_least, self.at_most)):
            raise ValueError("a vital rule needs below, above, at_least or at_most")
        return self

    def matches(self, value: float) -> bool:
        """Return True when ``value`` is inside the danger zone."""
        return (
            (self.below is None or value < self.below)
            and (self.above is None or value > self.above)
            and (self.at_least is None or value >= self.at_least)
            and (self.at_most is None or value <= self.at_most)
        )


class LangList(_Spec):
    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.en, *self.zh]


class _Negation(_Spec):
    window: int = Field(ge=0, le=20, description="Words (en) or characters (zh) it reaches.")
    phrases: list[str] = Field(min_length=1)


class CueSpec(_Spec):
    """The words that cancel a phrase match or end a clause."""

    negation: dict[Literal["en", "zh"], _Negation]
    past: LangList
    history: LangList = Field(
        default_factory=LangList,
        description="Events named as had ('had a stroke'): past unless a `recent` time is next "
        "to them.",
    )
    recent: LangList = Field(default_factory=LangList, description="Times within hours.")
    pseudo: LangList
    clause_breaks: LangList
    subjects: LangList = Field(
        default_factory=LangList, description="New subjects that start a clause ('i', 我)."
    )
    binders: LangList = Field(
        default_factory=LangList, description="Words that keep a subject in the clause ('if')."
    )
    hypothetical: LangList = Field(default_factory=LangList)
    question_frames: LangList = Field(
        default_factory=LangList,
        description="Question or conditional frames that a present anchor makes a report "
        "('should i worry if'; clinical.question_frames).",
    )
    general_frames: LangList = Field(
        default_factory=LangList,
        description="Questions whether a sign is normal or what it means: general only with a "
        "`generic` word before the sign ('is it normal for a baby's lips to go blue').",
    )
    generic: LangList = Field(
        default_factory=LangList,
        description="Words that keep a question frame general ('ever', 'someone', 以后).",
    )
    asking_ahead: LangList = Field(
        default_factory=LangList,
        description="The question is asked ahead, or all is well now ('just wondering', "
        "现在没事): no present anchor makes a question frame a report.",
    )
    present_anchor: LangList = Field(
        default_factory=LangList,
        description="Times of the current episode that anchor a question frame now "
        "('since lunch', 刚才).",
    )
    asked_after: LangList = Field(
        default_factory=LangList,
        description="A question about the sign right after it ('中风有哪些表现').",
    )
    own_after: LangList = Field(
        default_factory=LangList,
        description="The writer says, in the sentence after a sign asked about in general, "
        "that they have it now ('should someone with a thunderclap headache go to A&E? i've "
        "got one right now', 我现在就是这样): the sign is theirs, not hypothetical.",
    )
    asked_if: LangList = Field(
        default_factory=LangList,
        description="A danger asked about in a question the writer put to the patient ('I "
        "asked him if'): with an answer of no after the sign it is denied (answered_no).",
    )
    answered_no: LangList = Field(
        default_factory=LangList,
        description="The patient's answer of no after a question asked_if names ('and he said "
        "no', 他说没有); a yes keeps the sign.",
    )
    answered_yes: LangList = Field(
        default_factory=LangList,
        description="The patient's answer of yes after a question asked_if names ('and he said "
        "yes', 她说有): the question's own words neither negate the sign nor make it a "
        "hypothetical.",
    )
    asked_question: LangList = Field(
        default_factory=LangList,
        description="A question closing the sign's clause with a question mark "
        "('what does anaphylaxis look like?').",
    )
    assertion: LangList = Field(
        default_factory=LangList, description="Present assertions that end a hypothetical."
    )
    other_person: LangList = Field(
        default_factory=LangList, description="People outside the household ('my neighbour')."
    )
    first_person: LangList = Field(default_factory=LangList)
    absent_after: LangList = Field(
        default_factory=LangList,
        description="A finding written absent after it, as notes do ('petechiae: none', 皮疹：无).",
    )
    scope_ends: LangList = Field(
        default_factory=LangList,
        description="A negation ends here when a finding stands between ('not sweating and "
        "confused').",
    )
    care_sought: LangList = Field(
        default_factory=LangList,
        description="The care sought ('go to A&E', 看医生): a negation ends at it, and a question "
        "frame with it before the sign asks about the care, not the sign.",
    )
    care_reasons: LangList = Field(
        default_factory=LangList,
        description="The sign given as the reason for the care sought after it "
        "(因为, 'because of').",
    )
    list_negation: LangList = Field(
        default_factory=LangList,
        description="Negation cues of a list, whose scope runs through `scope_ends` ('denies').",
    )
    negated_items: LangList = Field(
        default_factory=LangList,
        description="Pertinent negatives listed as not had ('no fever no cough', 没发烧没吐): "
        "a negation reaches only its own item in a list that marks its items.",
    )
    self_fine: LangList = Field(
        default_factory=LangList, description="The writer says they are fine ('I'm fine')."
    )
    writer: LangList = Field(
        default_factory=LangList,
        description="Words naming the writer as the one who has a finding ('I', 'my', 我).",
    )
    someone_else: LangList = Field(
        default_factory=LangList,
        description="Words naming another person the message is about ('mum', 'she', 宝宝, 他).",
    )
    watching: LangList = Field(
        default_factory=LangList,
        description="Verbs after the writer's word that make the writer an onlooker "
        "('I took his temperature', 我给宝宝量体温).",
    )
    own_parts: LangList = Field(
        default_factory=LangList,
        description="Parts of the body or states after 'my' (我的) that make a finding the "
        "writer's own ('my back', 我的头); 'my tablets' names no finding of theirs.",
    )
    other_now: LangList = Field(
        default_factory=LangList,
        description="Someone else's danger said as happening now or in their own words "
        "('right now', 'she says', 他说他): it counts whatever the writer says of themselves.",
    )
    other_days_back: LangList = Field(
        default_factory=LangList,
        description="Times days back ('last week', 'yesterday', 上个星期): someone else's "
        "event told then, and that person said well now (`other_well_now`), is not the "
        "writer's current problem.",
    )
    other_well_now: LangList = Field(
        default_factory=LangList,
        description="Someone else said to be well now ('she's fine now', 现在没事了).",
    )
    event_care: LangList = Field(
        default_factory=LangList,
        description="Care had for someone else's event ('went to hospital', 'by ambulance', "
        "'checked her over', 送了医院, 医生看过): with `event_outcome` in the event's sentence.",
    )
    event_outcome: LangList = Field(
        default_factory=LangList,
        description="The event's outcome said in its sentence: well now, sent home, "
        "discharged or kept in ('she's fine now', 'staying in for tests', 已经出院了, 冇事).",
    )
    event_now: LangList = Field(
        default_factory=LangList,
        description="Words of now or of going on in the event's sentence ('now', 'still', "
        "'again', 今天, 又, 还在): the event is not over (its outcome words are read first).",
    )
    event_back: LangList = Field(
        default_factory=LangList,
        description="Words after the event's sentence telling it back or going on ('again', "
        "'another', 'still', 又, 越来越): the event is not over.",
    )
    other_witnessed: LangList = Field(
        default_factory=LangList,
        description="The writer's word of seeing someone else's event ('i saw', 'i watched'): "
        "with a time days back (`other_days_back`) a bystander's memory, not the writer's "
        "current problem.",
    )
    other_carried: LangList = Field(
        default_factory=LangList,
        description="Pronouns that name someone outside the household again after a comma "
        "('my neighbour had a stroke last year, her face dropped', 她, 佢): that person's.",
    )
