"""Red-flag rules as data: concepts with phrases per language, rules over them, vital signs.

The rules in ``clinical/data/red_flags/`` (one YAML file per body system, merged by
``clinical.rule_files``) run on every patient message, need no model and cannot be talked
out of an emergency: a prompt injection is just more words around "crushing chest pain".
A rule fires on the message that completes it; concepts from earlier messages count, so
"fever" on turn 1 and "stiff neck" on turn 3 fire on turn 3. What a message says is read
by ``clinical.findings``; this module decides which rules that fires.

Ages ("my 6-week-old") and pregnancy words are read from the text as well as from the
intake record, because the record is filled by the model in parallel with this check.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from clinical.clauses import Reason
from clinical.corrections import first_account, retract
from clinical.durations import bare_age
from clinical.findings import AGE_SAME_YEARS, FEVER_C, Reader, TextFindings, read_as_age
from clinical.language import supported
from clinical.matching import PhraseSet
from clinical.messages import text as message_text
from clinical.news2 import news2
from clinical.persons import BOTH, Holder, Persons
from clinical.rule_files import read_rules
from clinical.rule_specs import ConceptSpec, CueSpec, News2Rule, RuleSpec, TextRule, VitalRule
from clinical.textprep import to_simplified
from clinical.vitals import parse_vitals
from states.disposition import Disposition
from states.record import IntakeRecord

__all__ = ["HeldBack", "RuleCheck", "RuleHit", "RuleSet", "load_rules", "parse_vitals"]

# NEWS2 consciousness (ACVPU): new confusion, or responding only to voice or pain, or not at all
ALTERED_CONSCIOUSNESS = (
    "confusion",
    "drowsy",
    "unconscious",
    "floppy_unresponsive",
    "reduced_consciousness",
    "consciousness_reduced_words",
    "altered_mental_state",
)
# NEWS2 air or oxygen: any supplemental oxygen scores 2
ON_OXYGEN = ("on_oxygen", "oxygen_given")
# RCP NEWS2 SpO2 scale 2 (a target of 88-92% set for hypercapnic respiratory failure): said as
# such by a clinician (the concept itself), or a usual or target saturation of 88-92 said
# with COPD (both concepts); never COPD alone.
SPO2_SCALE2 = "spo2_scale2"
SPO2_SCALE2_FROM = ("copd", "spo2_usual_88_92")
# RCP NEWS2's five measured parameters (consciousness is read from words): with all of them
# typed, one parameter at 3 and an aggregate below 5 is an urgent response, not an emergency
FULL_NEWS2_SET = frozenset(
    {"respiratory_rate", "oxygen_saturation", "systolic_bp", "heart_rate_bpm", "temperature_c"}
)

_VITAL_FORMAT = {
    "temperature_c": "temperature {:g} °C",
    "heart_rate_bpm": "heart rate {:g}/min",
    "systolic_bp": "systolic BP {:g} mmHg",
    "diastolic_bp": "diastolic BP {:g} mmHg",
    "respiratory_rate": "breathing rate {:g}/min",
    "oxygen_saturation": "SpO2 {:g}%",
}


class RuleHit(BaseModel):
    """One rule that fired on the newest message, with the words that triggered it."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    level: Disposition
    label: str = Field(description="Short and patient-readable, in the requested language.")
    evidence: str = Field(description="The patient's words from the newest message, or a vital.")
    guideline: str = Field(description="The guideline family the rule comes from.")


class HeldBack(BaseModel):
    """A danger sign the patient named that did not count: negated, past, hypothetical or
    someone else's. It raises nothing; the agent asks its confirming question once."""

    model_config = ConfigDict(frozen=True)

    concept: str
    reason: Reason
    evidence: str = Field(description="The patient's words of the clause it was said in.")
    sign: str = Field(description="The sign in a few words, in the requested language.")
    question: str = Field(description="The confirming question, in the requested language.")
    topic: list[str] = Field(
        default_factory=list,
        description="What the question asks about (screening topics such as 'neurological').",
    )


@dataclass(frozen=True)
class RuleCheck:
    """The rules' reading of the newest message: hits, and the signs held back."""

    hits: list[RuleHit]
    held_back: list[HeldBack] = field(default_factory=list)

    @property
    def level(self) -> Disposition | None:
        """Return the most urgent level among the hits, or None."""
        return self.hits[0].level if self.hits else None


class RuleSet:
    """The loaded red-flag rules; evaluate one patient message at a time."""

    def __init__(
        self,
        *,
        concepts: dict[str, ConceptSpec],
        rules: Sequence[TextRule],
        vitals: Sequence[VitalRule],
        cues: CueSpec,
        news2_rules: Sequence[News2Rule] = (),
        source: str = "<memory>",
    ) -> None:
        self.source = source
        self.rules: tuple[TextRule, ...] = tuple(rules)
        self.vital_rules: tuple[VitalRule, ...] = tuple(vitals)
        self.news2_rules: tuple[News2Rule, ...] = tuple(news2_rules)
        every: tuple[RuleSpec, ...] = (*self.rules, *self.vital_rules, *self.news2_rules)
        self._order = {r.id: i for i, r in enumerate(every)}
        self._by_id = {r.id: r for r in every}
        # A text rule is satisfied only with one of its concepts present (all of all_of, or
        # one of any_of; TextRule requires one of the two), so check() looks only at the
        # rules of the concepts present, in the rules' order: the same hits as trying all
        # of them (about 270 a message). A rule without concepts (built unvalidated) is
        # always looked at.
        by_concept: dict[str, set[int]] = {}
        self._rules_always = frozenset(i for i, r in enumerate(self.rules) if not r.concepts)
        for index, rule in enumerate(self.rules):
            for concept in rule.concepts:
                by_concept.setdefault(concept, set()).add(index)
        self._rules_of: dict[str, frozenset[int]] = {
            c: frozenset(ix) for c, ix in by_concept.items()
        }
        # a pinyin slip is repaired only towards a danger sign's words: a concept with a
        # confirming question, or one an emergency rule is completed by (not its context)
        danger = {c for c, spec in concepts.items() if spec.sign}
        danger.update(c for r in rules if r.level is Disposition.EMERGENCY for c in r.any_of)
        # whose a finding is matters only to a rule below emergency with an age, a pregnancy or
        # a person's condition (``_OnePerson``): only those concepts' persons are read
        conditions = {c for c, spec in concepts.items() if spec.condition}
        whose = {"pregnancy"}
        whose.update(
            c
            for r in rules
            if r.level is not Disposition.EMERGENCY
            and (r.has_age_limit or r.pregnant or any(c in conditions for c in r.concepts))
            for c in r.concepts
        )
        # a stand-down about someone else (`others_only`: a relative in hospital) stops a rule
        # only when its finding is not the writer's own: whose those findings are is read
        self._others_only = frozenset(c for c, spec in concepts.items() if spec.others_only)
        own = {
            c for r in rules if any(u in self._others_only for u in r.unless) for c in r.concepts
        }
        self._reader = Reader(
            concepts, cues, sound_targets=danger, whose_targets=whose, own_targets=own
        )
        self._concepts = self._reader.concepts
        self._topics: dict[str, list[str]] = {
            c: list(spec.topic) for c, spec in concepts.items() if spec.topic
        }
        # concepts that make an emergency on their own: asked about first when held back
        self._standalone = frozenset(
            c
            for r in self.rules
            if r.level is Disposition.EMERGENCY and not r.all_of and not r.pregnant
            for c in r.any_of
        )
        self._findings = functools.lru_cache(maxsize=1024)(self._compute_findings)
        self._typed_findings = functools.lru_cache(maxsize=256)(self._compute_typed_findings)
        # a message is prepared and its persons read once, however many readers ask each turn
        self._prepared = functools.lru_cache(maxsize=1024)(self._reader.prepare)
        self._persons = functools.lru_cache(maxsize=256)(self._compute_persons)
        # a person's conditions: joined with a symptom only when one person's (NICE NG234)
        self._conditions = frozenset(conditions)
        # the unborn baby's signs: the pregnant person's own (RCOG Green-top 57)
        self._fetal = frozenset(c for c, spec in concepts.items() if spec.fetal)

    @classmethod
    def load(cls, path: Path | None = None) -> RuleSet:
        """Load and validate the rules: a folder of files merged (default: the packaged
        ``clinical/data/red_flags/``) or a single rules file."""
        data = read_rules(path)
        return cls(
            concepts=data.concepts,
            rules=data.rules,
            vitals=data.vitals,
            cues=data.cues,
            news2_rules=data.news2,
            source=data.source,
        )

    @property
    def concept_ids(self) -> frozenset[str]:
        """Return the ids of every defined concept."""
        return frozenset(self._concepts)

    def prepare(self, text: str) -> str:
        """Return ``text`` as the rules read it: simplified Chinese, typos corrected (cached)."""
        return self._prepared(text)

    def persons_in(self, prepared: str) -> Persons:
        """Return who the parts of ``prepared`` (a text as :meth:`prepare` returns it) are said
        of (``clinical.persons``; cached)."""
        return self._persons(prepared)

    def _compute_persons(self, prepared: str) -> Persons:
        return Persons(prepared.lower(), self._reader.persons)

    def findings(self, text: str) -> TextFindings:
        """Return what ``text`` says (cached: earlier messages are analysed once)."""
        return self._findings(text)

    def concepts_in(self, text: str) -> set[str]:
        """Return the non-negated concepts present in ``text``."""
        return set(self._findings(text).concepts)

    def matches(self, text: str, phrases: PhraseSet, *, reach: int | None = None) -> bool:
        """Return True when ``phrases`` match ``text`` outside negated or past clauses.

        ``reach`` caps how many words (or characters) a negation may stand before the match.
        """
        return self._findings(text).analysis.find(phrases, reach=reach) is not None

    def mentions(self, text: str, phrases: PhraseSet) -> bool:
        """Return True when ``phrases`` occur in ``text`` at all, negated or not: a denial that
        carries its own negation ("no fever", 不发烧, 腰也不痛) is read whatever the clause reader
        makes of the negation before it."""
        return self._findings(text).analysis.find_any(phrases) is not None

    def names_known(self, text: str, phrases: PhraseSet) -> bool:
        """Return True when ``phrases`` match ``text`` outside negated, hypothetical or other
        people's clauses, told now or as past (a long-term condition named with a past stay)."""
        return self._findings(text).analysis.find_known(phrases) is not None

    def names_a_sign_of(self, quote: str, rule_ids: Iterable[str]) -> bool:
        """Return whether ``quote`` names a danger sign of one of the rules ``rule_ids``.

        A sign is a concept of a text rule, said without negation in the quote itself
        ("no chest pain" names nothing), or a vital sign a vital rule watches, typed in
        the quote. This is how a model's emergency is weighed (``agent.nodes.screen``): it
        stands only when its quote names a sign the rules raised in the conversation.
        """
        found = self._findings(quote)
        wanted = set(rule_ids)
        for rule in self.rules:
            if rule.id in wanted and any(c in found.concepts for c in rule.concepts):
                return True
        return any(v.id in wanted and v.field in found.vitals for v in self.vital_rules)

    def evaluate(
        self,
        message: str,
        *,
        record: IntakeRecord | None = None,
        earlier: Sequence[str] = (),
        language: str = "en",
        affirmed: Iterable[str] = (),
    ) -> list[RuleHit]:
        """Return the hits the newest ``message`` triggers, most urgent first, one per rule."""
        return self.check(
            message, record=record, earlier=earlier, language=language, affirmed=affirmed
        ).hits

    def lapsed(self, rule_id: str, age_years: float | None) -> bool:
        """Return True when a rule that fired below an emergency only because no age was
        known (``if_age_unknown``) does not fit the age now known: its flag no longer stands
        (a fever in a baby of unknown age, urgent, and then the baby is 10 months old)."""
        rule = self._by_id.get(rule_id)
        if rule is None or age_years is None or not rule.if_age_unknown:
            return False
        return rule.level is not Disposition.EMERGENCY and not rule.ages_fit([age_years])

    def _earlier_findings(self, text: str, record: IntakeRecord) -> TextFindings:
        found = self._findings(text)
        age = record.age_years
        years = bare_age(text) if age is not None and not found.ages else None
        if age is not None and years is not None and abs(years - age) < AGE_SAME_YEARS:
            return read_as_age(found, text)  # the answer that gave the recorded age
        return found

    def check(
        self,
        message: str,
        *,
        record: IntakeRecord | None = None,
        earlier: Sequence[str] = (),
        language: str = "en",
        affirmed: Iterable[str] = (),
        asks_age: bool = False,
    ) -> RuleCheck:
        """Return the hits of the newest ``message`` and the danger signs it held back.

        A held-back sign is a concept with a ``sign`` (one of an emergency rule) that the
        newest message names but that does not count (negated, past, hypothetical or
        someone else's) and that nothing else in the conversation affirms. It never raises
        the level: the agent asks its confirming question instead of dropping it silently.
        ``affirmed`` are held-back concepts the patient has since confirmed ("yes" to the
        confirming question): they count as said in ``message``. ``asks_age``: ``message``
        answers an age question, so a bare "7 weeks" is the age, not how long (so is an
        earlier bare answer that gave the recorded age).
        """
        record = record or IntakeRecord()
        lang = supported(language)
        new = self._findings(message)
        if asks_age:
            new = read_as_age(new, message)
        confirmed = [c for c in affirmed if c in self._concepts and c not in new.concepts]
        if confirmed:
            said = {**new.concepts, **dict.fromkeys(confirmed, message.strip()[:160])}
            new = TextFindings(
                new.analysis,
                said,
                new.ages,
                new.vitals,
                new.durations,
                new.held,
                new.verbatim,
                new.holders,
                new.age_holders,
                new.own,
            )
        old_texts: list[str] = [*earlier, *record.conditions, *record.medications]
        old_texts += [s.duration for s in record.symptoms if s.duration]
        old = [self._earlier_findings(t, record) for t in old_texts if t and t.strip()]
        earlier_present = set().union(*(f.concepts for f in old))
        present = set(new.concepts) | earlier_present
        if record.vitals.temperature_c is not None and record.vitals.temperature_c >= FEVER_C:
            present.add("fever")
        ages = [f.value for f in new.ages] + [a.value for f in old for a in f.ages]
        if record.age_years is not None:
            ages.append(record.age_years)
        # whose each age is: the newest message's own reading, anyone's for the rest
        aged = [(a.value, new.age_holder(i)) for i, a in enumerate(new.ages)]
        aged += [(age, BOTH) for age in ages[len(new.ages) :]]
        one = _OnePerson(
            new, earlier_present, aged, record.pregnant is True, self._conditions, self._fetal
        )
        pregnant = record.pregnant is True or "pregnancy" in present
        if all(c in present for c in SPO2_SCALE2_FROM) and SPO2_SCALE2 in self._concepts:
            present.add(SPO2_SCALE2)

        hits: list[RuleHit] = []
        for rule in self._rules_with(present):
            if not rule.satisfied(self._stand_downs(rule, present, new)):
                continue
            if not rule.ages_fit(ages) or (rule.pregnant and not pregnant):
                continue
            if not one.rule(rule, present):
                continue  # NICE NG234, NG196, NG143: both findings must be one person's
            evidence = _unique(new.concepts[c] for c in rule.concepts if c in new.concepts)
            if not evidence and rule.has_age_limit:
                evidence = _unique(new.quote(a.words) for a in new.ages if rule.age_fits(a.value))
            if not evidence and rule.pregnant and "pregnancy" in new.concepts:
                evidence = [new.concepts["pregnancy"]]
            if evidence:
                hits.append(self._hit(rule, "; ".join(evidence), lang))
        for vital in self.vital_rules:
            if not vital.ages_fit(ages) or (vital.pregnant and not pregnant):
                continue
            if vital.any_of and not any(c in present for c in vital.any_of):
                continue  # NICE NG51: a threshold that counts with a suspected infection
            if any(c in present for c in vital.unless):
                continue  # NEWS2 scale 2: the saturation's own threshold applies
            if not one.vital(vital):
                continue  # NICE NG143: the baby's age with the baby's own temperature
            typed = new.vitals.get(vital.field)
            recorded = getattr(record.vitals, vital.field)
            if vital.full_set_below is not None and self._full_set_settles(
                vital, new, old, record, present
            ):
                continue  # RCP NEWS2: one parameter at 3, the rest normal, is urgent
            if typed is not None and vital.matches(typed.value):
                hits.append(self._hit(vital, new.quote(typed.words), lang))
            elif recorded is not None and vital.matches(recorded):
                hits.append(self._hit(vital, _VITAL_FORMAT[vital.field].format(recorded), lang))
        hits += self._news2_hits(new, old, record, present, ages, pregnant, lang)
        if all(h.level is not Disposition.EMERGENCY for h in hits) and (
            first := first_account(to_simplified(message))
        ):
            # a number corrected down ("38.4, sorry I mean 37.4" in a 6-week-old): the
            # emergency the message first gave is kept, never dropped silently (DESIGN.md)
            before = self.check(
                first, record=record, earlier=earlier, language=language, asks_age=asks_age
            )
            hits += [h for h in before.hits if h.level is Disposition.EMERGENCY]
        taken_back: list[HeldBack] = []
        if all(h.level is not Disposition.EMERGENCY for h in hits) and retract(message) != message:
            taken_back = self._taken_back(message, present, earlier_present, ages, pregnant, lang)
            taken_back += self._readings_taken_back(message, new, present, ages, pregnant, lang)
        hits.sort(key=lambda h: (-h.level.rank, self._order[h.rule_id]))
        held = [
            self._held(concept, words, reason, lang)
            for concept, (words, reason) in new.held.items()
            if concept not in present
        ]
        held += [h for h in taken_back if h.concept not in {x.concept for x in held}]
        held.sort(key=lambda h: h.concept not in self._standalone)  # the gravest first
        return RuleCheck(hits=hits, held_back=held)

    def _rules_with(self, present: set[str]) -> list[TextRule]:
        """Return the text rules that name a concept in ``present``, in the rules' order
        (no other rule can be satisfied)."""
        rules_of = self._rules_of
        indices = set(self._rules_always)
        for concept in present:
            indices.update(rules_of.get(concept, ()))
        return [self.rules[i] for i in sorted(indices)]

    @staticmethod
    def _known_vitals(
        new: TextFindings, old: list[TextFindings], record: IntakeRecord
    ) -> tuple[dict[str, float], dict[str, str]]:
        """Return every vital known so far (the record's, then each message's, newest last),
        with its words (the patient's, quoted from the message that typed it)."""
        values: dict[str, float] = {}
        words: dict[str, str] = {}
        for name, value in record.vitals.model_dump(exclude_none=True).items():
            values[name] = float(value)
            words[name] = _VITAL_FORMAT[name].format(value)
        for found in (*old, new):
            for name, item in found.vitals.items():
                values[name] = item.value
                words[name] = found.quote(item.words)
        return values, words

    def _full_set_settles(
        self,
        vital: VitalRule,
        new: TextFindings,
        old: list[TextFindings],
        record: IntakeRecord,
        present: set[str],
    ) -> bool:
        """Return True when a full NEWS2 set of observations scores below the vital rule's
        ``full_set_below`` and its own value is no higher than ``full_set_at_most``."""
        values, _ = self._known_vitals(new, old, record)
        own = values.get(vital.field)
        if own is None or not values.keys() >= FULL_NEWS2_SET:
            return False
        if vital.full_set_at_most is not None and own > vital.full_set_at_most:
            return False
        score = news2(
            values,
            on_oxygen=any(c in present for c in ON_OXYGEN),
            altered_consciousness=any(c in present for c in ALTERED_CONSCIOUSNESS),
            spo2_scale2=SPO2_SCALE2 in present,
        )
        return score.score < (vital.full_set_below or 0)

    def _news2_hits(
        self,
        new: TextFindings,
        old: list[TextFindings],
        record: IntakeRecord,
        present: set[str],
        ages: list[float],
        pregnant: bool,
        lang: str,
    ) -> list[RuleHit]:
        """Return the NEWS2 hits: the aggregate of every vital known so far (adults only)."""
        if not self.news2_rules or pregnant:
            return []
        values, words = self._known_vitals(new, old, record)
        if not values:
            return []
        score = news2(
            values,
            on_oxygen=any(c in present for c in ON_OXYGEN),
            altered_consciousness=any(c in present for c in ALTERED_CONSCIOUSNESS),
            spo2_scale2=SPO2_SCALE2 in present,
        )
        evidence = "; ".join(
            dict.fromkeys(words[name] for name in score.points if name in words)
        ) or "; ".join(dict.fromkeys(words.values()))
        hits = []
        for rule in self.news2_rules:
            if not rule.ages_fit(ages):
                continue
            fires = (
                score.single_red if rule.single_parameter else score.score >= (rule.min_score or 0)
            )
            if fires:
                hits.append(self._hit(rule, f"NEWS2 {score.score}: {evidence}", lang))
        return hits

    def _held(self, concept: str, words: str, reason: Reason, lang: str) -> HeldBack:
        sign = self._concepts[concept].sign or {}
        name = sign.get(lang) or sign.get("en") or concept
        return HeldBack(
            concept=concept,
            reason=reason,
            evidence=words,
            sign=name,
            question=message_text("confirm_sign", lang, sign=name),
            topic=self._topics.get(concept, []),
        )

    def _hit(self, rule: RuleSpec, evidence: str, lang: str) -> RuleHit:
        return RuleHit(
            rule_id=rule.id,
            level=rule.level,
            label=rule.label.get(lang) or rule.label["en"],
            evidence=evidence,
            guideline=rule.guideline,
        )

    def _compute_findings(self, text: str) -> TextFindings:
        return self._reader.read(text)

    def _compute_typed_findings(self, text: str) -> TextFindings:
        return self._reader.read(text, retractions=False)

    def _stand_downs(self, rule: TextRule, present: set[str], new: TextFindings) -> set[str]:
        """Return ``present`` as ``rule`` reads it: a stand-down about someone else
        (``others_only``: a relative in hospital, NHS.uk stroke and heart attack) does not stop
        the rule when one of its findings is said clearly as the writer's own."""
        if not any(u in self._others_only for u in rule.unless):
            return present
        if not any(c in new.own for c in rule.concepts):
            return present
        return present - self._others_only

    def _taken_back(
        self,
        message: str,
        present: set[str],
        earlier: set[str],
        ages: list[float],
        pregnant: bool,
        lang: str,
    ) -> list[HeldBack]:
        """Return the confirming questions an emergency the message gave as typed still asks
        once a word was taken back ("burnt on my face, sorry not my face its my shoulders":
        ``clinical.corrections.retract``): each sign it loses is held back, as a negated one
        is, with its own question or, for a sign without one, the rule's label. Never dropped
        silently (issue 13)."""
        typed = self._typed_findings(message)
        typed_present = set(typed.concepts) | earlier
        held: dict[str, HeldBack] = {}
        for rule in self._rules_with(typed_present):
            if rule.level is not Disposition.EMERGENCY or not rule.satisfied(typed_present):
                continue
            if not rule.ages_fit(ages) or (rule.pregnant and not pregnant):
                continue
            for c in rule.concepts:
                if c not in typed.concepts or c in present or c in held:
                    continue
                if self._concepts[c].sign:
                    held[c] = self._held(c, typed.concepts[c], "negated", lang)
                    continue
                label = rule.label.get(lang) or rule.label["en"]
                held[c] = HeldBack(
                    concept=c,
                    reason="negated",
                    evidence=typed.concepts[c],
                    sign=label,
                    question=message_text("confirm_sign", lang, sign=label),
                    topic=self._topics.get(c, []),
                )
        return list(held.values())

    def _readings_taken_back(
        self,
        message: str,
        new: TextFindings,
        present: set[str],
        ages: list[float],
        pregnant: bool,
        lang: str,
    ) -> list[HeldBack]:
        """Return a confirming question for each emergency vital rule a reading as typed met
        and the reading read instead does not ("bp machine said 230/130 ... actually I read it
        wrong, it says 150/90": ``clinical.corrections.retract``; NICE NG136). The question
        names the vital rule's label; a yes makes its emergency (``agent.rules``)."""
        typed = self._typed_findings(message)
        held: list[HeldBack] = []
        for vital in self.vital_rules:
            if vital.level is not Disposition.EMERGENCY or not vital.ages_fit(ages):
                continue
            if vital.pregnant and not pregnant:
                continue
            if vital.any_of and not any(c in present for c in vital.any_of):
                continue
            if any(c in present for c in vital.unless):
                continue
            as_typed, read = typed.vitals.get(vital.field), new.vitals.get(vital.field)
            if as_typed is None or not vital.matches(as_typed.value):
                continue
            if read is not None and vital.matches(read.value):
                continue
            label = vital.label.get(lang) or vital.label["en"]
            held.append(
                HeldBack(
                    concept=vital.id,
                    reason="negated",
                    evidence=typed.quote(as_typed.words),
                    sign=label,
                    question=message_text("confirm_sign", lang, sign=label),
                    topic=[],
                )
            )
        return held


class _OnePerson:
    """Whether a rule's findings can all be one person's (``clinical.persons``), for a rule with
    an age or a person's condition (``condition`` concepts) among them: a relative's
    known cancer beside the writer's back pain (NICE NG234), a father's AF beside the writer's
    dizziness (NICE NG196), a baby's age beside the mother's own fever (NICE NG143) do not join.
    Findings of earlier messages, the record and any finding whose person is not clear are
    anyone's."""

    def __init__(
        self,
        new: TextFindings,
        earlier: set[str],
        aged: list[tuple[float, frozenset[Holder]]],
        pregnant_on_record: bool,
        conditions: frozenset[str],
        fetal: frozenset[str],
    ) -> None:
        self._new = new
        self._conditions = conditions
        self._fetal = fetal
        self._earlier = earlier
        self._aged = aged
        self._pregnant_on_record = pregnant_on_record
        self._active = bool(new.holders)

    def _of(self, concept: str) -> frozenset[Holder]:
        return BOTH if concept in self._earlier else self._new.holder_of(concept)

    def _aged_fits(self, spec: RuleSpec, person: Holder) -> bool:
        fitting = [who for age, who in self._aged if spec.age_fits(age)]
        return not fitting or any(person in who for who in fitting)

    def rule(self, rule: TextRule, present: set[str]) -> bool:
        """Return True when one person can hold every finding ``rule`` needs. An emergency
        rule always may: whose a finding is stays a reading that can be wrong, and an emergency
        is never dropped on it (issue 13; session 34's end look found the check dropping
        emergencies to ``urgent`` on held-out splits)."""
        if not self._active or rule.level is Disposition.EMERGENCY:
            return True
        if not (
            rule.has_age_limit
            or rule.pregnant
            or any(c in present and c in self._conditions for c in rule.concepts)
        ):
            return True  # no condition or age to be someone's: the findings join as before
        conditions = [c for c in rule.concepts if c in present and c in self._conditions]
        signs = [c for c in rule.concepts if c in present and c not in self._conditions]
        for person in BOTH:
            # every condition the rule needs is this person's, and so is one of its signs (a
            # mother's inflamed breast may stand beside the baby's own fever: NICE NG143)
            if not all(person in self._of(c) for c in conditions):
                continue
            # the unborn baby's movements, said of "the baby", are the pregnant person's own
            if signs and not any(
                person in self._of(c) or (rule.pregnant and c in self._fetal) for c in signs
            ):
                continue
            if rule.has_age_limit and not self._aged_fits(rule, person):
                continue
            if (
                rule.pregnant
                and not self._pregnant_on_record
                and person not in self._of("pregnancy")
            ):
                continue
            return True
        return False

    def vital(self, vital: VitalRule) -> bool:
        """Return True when the typed vital and the age the rule needs can be one person's. An
        emergency threshold always may (as an emergency text rule: never dropped on whose)."""
        if not self._active or not vital.has_age_limit or vital.level is Disposition.EMERGENCY:
            return True
        typed = self._new.holders.get(f"vital:{vital.field}", BOTH)
        return any(self._aged_fits(vital, person) for person in typed)


def _unique(items: Iterable[str]) -> list[str]:
    """Return the distinct items in order, dropping any contained in another one."""
    distinct = list(dict.fromkeys(items))
    return [a for a in distinct if not any(a != b and a in b for b in distinct)]


@functools.cache
def load_rules() -> RuleSet:
    """Return the packaged rule set, loaded once per process."""
    return RuleSet.load()
