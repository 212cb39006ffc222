"""What one patient message says, as the red-flag rules read it.

A :class:`Reader` holds the compiled concepts of a rule set. It prepares a text (simplified
Chinese, typos corrected), cuts it into clauses (``clinical.clauses``) and returns its
:class:`TextFindings`: the concepts said (with the patient's words for each), ages, vital
signs and durations, and the signed concepts said but held back (negated, past,
hypothetical or someone else's). Which rules those findings fire is ``clinical.red_flags``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from clinical.ages import age_findings
from clinical.clause_cues import NegationCues
from clinical.clauses import Analysis, Reason
from clinical.corrections import read_corrections, retract
from clinical.durations import bare_age, duration_findings
from clinical.home_readings import reading_concepts
from clinical.list_lines import carry_headings
from clinical.matching import LiteralIndex, PhraseSet, blank_spans
from clinical.medicine_sounds import read_medicine_sounds
from clinical.mixed_language import PinyinReader, read_code_switched, read_han_in_english
from clinical.persons import BOTH, Holder, PersonCues, Persons, locate
from clinical.quoted import quoted_spans
from clinical.regional import read_regional
from clinical.rule_specs import ConceptSpec, CueSpec, LangList
from clinical.second_language import standardise
from clinical.signs import MANY_TABLETS, sign_concepts, sign_findings, tablet_findings
from clinical.textprep import (
    SoundRepair,
    Speller,
    expand_shorthand,
    join_spaced_han,
    to_simplified,
)
from clinical.verbatim import Verbatim
from clinical.vitals import Found, asleep_dip_found, vital_findings

FEVER_C = 38.0  # a typed temperature at or above this counts as the concept "fever"
# NICE NG136: a blood pressure of 180/120 or more (either number) is severe hypertension; it
# counts as the concept "bp_severe" (with signs of organ damage an emergency, else same day)
SEVERE_SYSTOLIC, SEVERE_DIASTOLIC = 180.0, 120.0
# How far along a pregnancy is, said without the word: a message that opens with 12 to 42 weeks
# ("34 weeks, pounding headache"), "at 30 weeks", or the notes' "34/40" / "8+2/40" count as the
# concept "pregnancy" (NICE NG133 / NG25: women say how far along they are, not "pregnant").
# "3 weeks", "for 34 weeks", "34 weeks ago / old / post-op" do not.
_WEEKS = (
    r"(?:1[2-9]|[23]\d|4[0-2])\s*(?:weeks?|wks?)(?![a-z])"
    r"(?!\s+(?:ago|old|post|after|since|of|into|on|now)\b)"
)
# NICE NG143 and NHS.uk fever in children: a fever said only on the illness's first days and
# gone since ("a temperature on day 1 and 2 but none since", "fever the first two days, not
# since", 头两天发烧，之后没再烧) is no fever now and no fever lasting; the cough or cold's own
# days are not the fever's. A fever said anywhere else in the message still counts.
_FEVER_EARLY_ONLY = re.compile(
    r"\b(?:fever|temperature|temp|high temp|pyrexia|pyrexial|febrile)\b[^.!?;\n]{0,30}?"
    r"\b(?:days?\s*(?:1|one)\b|(?:the\s+)?first\s+(?:day|night|(?:\d|two|three|couple of|few)"
    r"\s+(?:days|nights))\b)[^.!?;\n]{0,30}?"
    r"(?:\bnone|\bno\s+(?:fever|temperature|temp)|\bnot|\bhas\s*n[o']t\s+had\s+(?:one|it|a\s+\w+)"
    r"|\bgone|\bsettled|\bnormal)\s+(?:ever\s+)?since\b"
    r"|(?:第一天|头一天|头两天|头几天|前两天|前几天|头1天|头2天)[^。！？\n]{0,6}?(?:发烧|发热|烧)"
    r"[^。！？\n]{0,8}?(?:之后|后来|以后|此后)[^。！？\n]{0,3}?(?:没再|没有再|冇再|无再|都没|没)"
    r"(?:烧|发烧|发热)"
    # NHS.uk roseola / NICE NG143: a fever said gone since, in the same sentence (前三天高烧，昨天
    # 烧退了; 前天烧到三十八度，今天已经没烧了), unless it came back (烧退了又烧)
    r"|(?:发烧|发热|高烧|低烧|烧到|烧了|在烧)[^。！？\n]{0,24}?"
    r"(?:烧退了|烧已经退了|烧也退了|退烧了|已经退烧|已经没烧|没烧了|没有烧了|不烧了|没再烧|冇再烧|"
    r"冇烧了|唔烧了|无再烧)(?!一点|一些|点|些)"
    r"(?![^。！？\n]{0,8}?(?:又烧|又发烧|再烧|又开始烧|反复))",
    re.I,
)


_GESTATION = re.compile(
    rf"^\W*(?:i'?m\s+|she'?s\s+|we'?re\s+)?{_WEEKS}|(?<![a-z])at\s+{_WEEKS}"
    # the notes' early weeks too ("8/40 and some spotting", "6+3/40"): NHS.uk vaginal bleeding
    # in pregnancy, bleeding at any stage
    r"|(?<![\d/.])(?:[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])?/40(?![\d.])"
    # a partner telling how far along she is ("my wife is 36 weeks", "my girlfriend's about 30
    # weeks"): NICE NG133 / NG25, said by the family (rules-ge, session 41)
    rf"|\b(?:wife|girlfriend|partner|fianc[ée]e?|missus|misses|daughter-in-law)(?:'s|\s+is)"
    rf"(?:\s+(?:now|about|around|nearly|almost|just|only))?\s+{_WEEKS}",
    re.IGNORECASE,
)
# Cantonese 有咗 (expecting): how far along ("有咗三个月", "有咗6个礼拜") or 有咗 said alone
# after a person ("我有咗，...", "老婆有咗啦"); 有咗 is also "have got" (有咗好多功课, 个肿有咗
# 三个月), so a count needs a person or a clause start before it.
_ZH_PERSON = r"(?:我|佢|她|老婆|太太|女朋友|新抱|家姐|阿妹|囡囡|个女)"
_ZH_EXPECTING = re.compile(
    rf"(?:^|[，,。.!！?？;；\s]|{_ZH_PERSON})(?:已经|而家|依家|宜家)?有咗\s*"
    r"(?:[一二两三四五六七八九十几半\d]{1,3}\s*(?:个半|个)?\s*(?:月|周|礼拜|星期)"
    r"|(?=\s*(?:[，,。.!！?？;；]|$|啦|喇|嘞|了)))"
    rf"|{_ZH_PERSON}有咗(?=\s*(?:[，,。.!！?？;；]|$|啦|喇|嘞))"
)
# 孕 30 周 / 孕30+2周 / 孕 32 週 typed with spaces round the number (a common Taiwan and Hong
# Kong typing style): the concept's "孕...周" gap holds no space, so how far along is read here
# (NICE NG133 / NG25: women say how far along they are); weeks 4-42 only
_ZH_GESTATION = re.compile(
    r"孕\s*(?:[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])?\s*(?:周|週|w\b)"
    # a partner telling how far along she is (老婆34周, 太太三十二周, 女朋友已经30周了): NICE
    # NG133 / NG25 said by the family; never weeks ago (周前) or a baby's age (周大)
    r"|(?:老婆|太太|女朋友|女友|妻子|媳妇|新抱|老婆仔)(?:已经|而家|现在|都)?\s*"
    r"(?:1[2-9]|[23]\d|4[0-2]|十[二三四五六七八九]|[二三]十[一二三四五六七八九]?|四十[一二]?)"
    r"\s*(?:周|个礼拜|个星期)(?!前|大|左右前)"
)
CHILD_YEARS = 16.0  # a typed age below this counts as the concept "child"
LONG_DAYS = 3.0  # a typed duration at or above this counts as the concept "days_long"
WEEKS_DAYS = 14.0  # a typed duration at or above this counts as the concept "weeks_long"
SLOW_PULSE = 50.0  # RCP NEWS2 scores a pulse of 50 or less: "heart_rate_slow"
YEAR_DAYS = 365.0  # ... and below this (a span of years is no "worse over days")
SPAN_DAYS = 28.0  # a typed duration from LONG_DAYS and below this counts as "days_span"


@dataclass(frozen=True)
class Concept:
    """A concept's compiled phrases."""

    phrases: PhraseSet
    exclude: PhraseSet | None
    sign: dict[str, str] | None
    loose: PhraseSet | None = None  # signed concepts: the phrases with negations let in
    started: PhraseSet | None = None  # a treatment's start words: a past start still counts
    verdict: bool = False  # a diagnosis named only in a quoted non-clinical verdict is held back
    quoted_as: str | None = None  # ...and counts as this concept (its fear)
    event_over: bool = False  # an event that ends: someone else's, over, is held back as past


@dataclass(frozen=True)
class TextFindings:
    """What one message says: concepts (with the words for each), ages, vitals, durations,
    and the signed concepts said but held back (negated, past, hypothetical, another's).

    The words of a concept or a held-back sign are the patient's own, quoted from the message
    as written; a value's ``Found.words`` are the prepared text's (the readers use them there):
    :meth:`quote` gives the patient's words for them."""

    analysis: Analysis
    concepts: dict[str, str]
    ages: list[Found]
    vitals: dict[str, Found]
    durations: list[Found]
    held: dict[str, tuple[str, Reason]]
    verbatim: Verbatim | None = None
    # whose each concept and typed vital ("vital:<field>") is, and each age (aligned with
    # ``ages``), in a message about the writer and someone else (clinical.persons); empty when
    # the message names only one person: everything may join
    holders: Mapping[str, frozenset[Holder]] = field(default_factory=dict)
    age_holders: tuple[frozenset[Holder], ...] = ()
    # the concepts (of ``own_targets``) said at least once clearly as the writer's own
    own: frozenset[str] = frozenset()

    def holder_of(self, concept: str) -> frozenset[Holder]:
        """Return whose ``concept`` is in this message (anyone's when not clear)."""
        return self.holders.get(concept, BOTH)

    def age_holder(self, index: int) -> frozenset[Holder]:
        """Return whose the ``index``-th age is (anyone's when not clear)."""
        return self.age_holders[index] if index < len(self.age_holders) else BOTH

    def quote(self, words: str) -> str:
        """Return the patient's words for a value's ``words`` (an age, a vital sign)."""
        return words if self.verbatim is None else self.verbatim.words(words)


AGE_SAME_YEARS = 1 / 52  # an earlier bare answer within a week of the recorded age is it


def read_as_age(found: TextFindings, text: str) -> TextFindings:
    """Return ``found`` for an answer to an age question: a bare count and unit ("7 weeks",
    8个月) is the age, never a duration (a fever "over 3 days"). Unchanged otherwise."""
    years = bare_age(text)
    if years is None or found.ages:  # an age the readers already found excludes its duration
        return found
    age = Found(years, text.strip()[:160])
    concepts = {c: w for c, w in found.concepts.items() if c not in ("days_long", "weeks_long")}
    if years < CHILD_YEARS:
        concepts.setdefault("child", age.words)
    return TextFindings(
        found.analysis, concepts, [age], found.vitals, [], found.held, found.verbatim
    )


def build_cues(cues: CueSpec) -> NegationCues:
    """Compile the cue lists of the rule files."""
    return NegationCues.build(
        negation=[(n.phrases, n.window) for n in cues.negation.values()],
        past=cues.past.all(),
        history=cues.history.all(),
        recent=cues.recent.all(),
        pseudo=cues.pseudo.all(),
        clause_breaks=cues.clause_breaks.all(),
        subjects=cues.subjects.all(),
        binders=cues.binders.all(),
        hypothetical=cues.hypothetical.all(),
        asked_after=cues.asked_after.all(),
        own_after=cues.own_after.all(),
        asked_question=cues.asked_question.all(),
        assertion=cues.assertion.all(),
        other_person=cues.other_person.all(),
        first_person=cues.first_person.all(),
        self_fine=cues.self_fine.all(),
        other_now=cues.other_now.all(),
        other_days_back=cues.other_days_back.all(),
        other_well_now=cues.other_well_now.all(),
        event_care=cues.event_care.all(),
        event_outcome=cues.event_outcome.all(),
        event_now=cues.event_now.all(),
        event_back=cues.event_back.all(),
        other_witnessed=cues.other_witnessed.all(),
        other_carried=cues.other_carried.all(),
        someone_else=cues.someone_else.all(),
        absent_after=cues.absent_after.all(),
        scope_ends=cues.scope_ends.all(),
        care_sought=cues.care_sought.all(),
        list_negation=cues.list_negation.all(),
        negated_items=cues.negated_items.all(),
        asked_if=cues.asked_if.all(),
        answered_no=cues.answered_no.all(),
        answered_yes=cues.answered_yes.all(),
        frames=(
            cues.question_frames.all(),
            cues.generic.all(),
            cues.present_anchor.all(),
            cues.asking_ahead.all() + cues.self_fine.all(),
            cues.general_frames.all(),
            cues.care_sought.all(),
            cues.care_reasons.all(),
        ),
    )


def _cue_lists(cues: CueSpec) -> list[list[str]]:
    """Return the phrase lists of the cues other than negation (every list field of
    ``CueSpec``, so a cue added to the schema is read in pinyin too)."""
    return [value.all() for value in dict(cues).values() if isinstance(value, LangList)]


class Reader:
    """Reads patient texts for the concepts of one rule set (no caching: the caller caches)."""

    def __init__(
        self,
        concepts: Mapping[str, ConceptSpec],
        cues: CueSpec,
        *,
        sound_targets: Iterable[str] | None = None,
        whose_targets: Iterable[str] | None = None,
        own_targets: Iterable[str] = (),
    ) -> None:
        """``sound_targets``: the concepts a pinyin slip may be repaired towards (all if None).
        ``whose_targets``: the concepts whose person is read when a message names the writer
        and someone else (all if None); the rest are anyone's."""
        self.cues = build_cues(cues)
        self.persons = PersonCues(
            cues.writer.all(), cues.someone_else.all(), cues.watching.all(), cues.own_parts.all()
        )
        self.concepts: dict[str, Concept] = {}
        vocabulary: set[str] = set()
        for concept_id, spec in concepts.items():
            exclude = PhraseSet(spec.exclude) if spec.exclude else None
            phrases = PhraseSet([*spec.en, *spec.zh])
            gapped = [p for p in (*spec.en, *spec.zh) if "..." in p]
            loose = PhraseSet(gapped, loose=True) if spec.sign and gapped else None
            started = PhraseSet(spec.started_by) if spec.started_by else None
            self.concepts[concept_id] = Concept(
                phrases,
                exclude,
                spec.sign,
                loose,
                started,
                spec.verdict,
                spec.quoted_as,
                spec.event_over,
            )
            for phrase in (*spec.en, *spec.exclude):
                vocabulary.update(re.findall(r"[a-z]+", phrase.lower()))
        self._speller = Speller(vocabulary)
        # the events that end (a faint, a collapse, a fit): someone else's, over, is held back
        # wherever its words are read (clinical.clauses.Analysis.event_over; rules-od)
        self._events = tuple((c.phrases, c.exclude) for c in self.concepts.values() if c.event_over)
        self._whose = frozenset(concepts) if whose_targets is None else frozenset(whose_targets)
        self._own = frozenset(own_targets)
        targets = set(concepts) if sound_targets is None else set(sound_targets)
        self._sounds = SoundRepair(
            (p for c in targets if c in concepts for p in concepts[c].zh),
            known=(p for spec in concepts.values() for p in (*spec.zh, *spec.exclude)),
        )
        # a message typed in toneless pinyin is read as the Chinese of the rules and cues
        self._pinyin = PinyinReader(
            [p for spec in concepts.values() for p in (*spec.zh, *spec.exclude)]
            + [p for n in cues.negation.values() for p in n.phrases]
            + [p for phrases in _cue_lists(cues) for p in phrases]
        )
        self._literals = LiteralIndex(
            lit
            for c in self.concepts.values()
            for phrases in (c.phrases, c.loose)
            if phrases is not None
            for lit in phrases.literals
        )

    def prepare(self, text: str, *, retractions: bool = True) -> str:
        """Return ``text`` as the rules read it: a list's heading carried onto its items, a word
        or reading the sender takes back blanked (``clinical.corrections.retract``; not when
        ``retractions`` is False: the message as typed), a learner's word-by-word Chinese
        spacing closed (``clinical.textprep.join_spaced_han``), simplified Chinese (pinyin slips
        repaired), a self-correction read as corrected (``clinical.corrections``), shorthand, a
        medicine's dictated sound-alike words and regional words written out, typos corrected."""
        text = join_spaced_han(carry_headings(text))
        simplified = self._sounds.repair(
            read_han_in_english(to_simplified(read_code_switched(self._pinyin.read(text))))
        )
        simplified = read_corrections(simplified)
        if retractions:  # after the corrections: "38.2, sorry I mean 39.2" is read there first
            simplified = retract(simplified)
        corrected = self._speller.correct(
            standardise(read_regional(read_medicine_sounds(expand_shorthand(simplified.lower()))))
        )
        if corrected == simplified.lower():
            return simplified
        return corrected

    def analyse(self, text: str) -> Analysis:
        """Return the clause analysis of an already prepared text."""
        return Analysis(text, self.cues, self._literals, events=self._events)

    def _fever_early_only(self, prepared: str, spans: list[tuple[int, int]]) -> bool:
        """Return True when every fever said in ``prepared`` is one said only on the first
        days and gone since (``spans``, the matches of ``_FEVER_EARLY_ONLY``)."""
        if not spans:
            return False
        fever = self.concepts["fever"]
        rest = self.analyse(blank_spans(prepared, spans))
        return rest.find(fever.phrases, fever.exclude) is None

    def _late_period_only(self, analysis: Analysis) -> bool:
        """Return True when every pregnancy word of ``analysis`` is a late period's
        (``period_late``), so a negative test said beside it leaves no pregnancy."""
        late = self.concepts.get("period_late")
        if late is None:  # optional in a rules file
            return False
        text = analysis.text
        spans = [m.span() for m in late.phrases.finditer(text, text.lower())]
        if not spans:
            return False
        pregnancy = self.concepts["pregnancy"]
        rest = self.analyse(blank_spans(text, spans))
        return rest.find(pregnancy.phrases, pregnancy.exclude) is None

    def read(self, text: str, *, retractions: bool = True) -> TextFindings:
        """Return what ``text`` says (with ``retractions`` False, a word taken back still read)."""
        prepared = self.prepare(text, retractions=retractions)
        analysis = self.analyse(prepared)
        verbatim = Verbatim(text, analysis.text)

        def said(start: int, end: int) -> str:  # the patient's words of the span's clause
            if verbatim.same:
                return analysis.clause(start, end)
            return verbatim.clause(analysis.clause_bounds(start, end), start, end)

        concepts: dict[str, str] = {}
        held: dict[str, tuple[str, Reason]] = {}
        quotes: list[tuple[int, int]] | None = None
        quoted_as: dict[str, str] = {}
        for concept_id, concept in self.concepts.items():
            if concept.sign is None:
                match = analysis.find(concept.phrases, concept.exclude)
            else:
                match = None
                found = analysis.find_held(concept.phrases, concept.exclude)
                if found is not None:
                    held_match, reason = found
                    held[concept_id] = (said(held_match.start(), held_match.end()), reason)
                else:
                    match = analysis.find(concept.phrases, concept.exclude)
                    if match is None and concept.loose is not None:
                        loose = analysis.find_any(concept.loose, concept.exclude)
                        if loose is not None:
                            held[concept_id] = (said(*loose.span()), "negated")
            if match is None and concept.started is not None:
                match = _started_since(analysis, concept)
            if match is not None and concept.verdict:
                # a diagnosis named only in a verdict quoted from a web search, an app, an AI
                # chatbot or a friend ("google says it could be a heart attack"): the signs
                # decide (NHS.uk condition pages); asked about, not dropped
                if quotes is None:
                    quotes = quoted_spans(analysis.text)
                if _inside(match.span(), quotes):
                    rest = self.analyse(blank_spans(analysis.text, quotes))
                    if rest.find(concept.phrases, concept.exclude) is None:
                        if concept.sign is not None:
                            held[concept_id] = (said(*match.span()), "hypothetical")
                        if concept.quoted_as is not None:
                            quoted_as[concept.quoted_as] = said(*match.span())
                        match = None
            if match is not None:
                concepts[concept_id] = said(match.start(), match.end())
        for concept_id, words in quoted_as.items():
            concepts.setdefault(concept_id, words)
        if (
            "pregnancy" in concepts
            and "pregnancy_test_negative" in concepts
            and self._late_period_only(analysis)
        ):
            # NHS.uk missed or late periods / NICE NG126: a late period with a negative
            # pregnancy test said is no pregnancy (例假推迟三天，验孕阴性)
            del concepts["pregnancy"]
        vitals = vital_findings(prepared)
        temperature = vitals.get("temperature_c")
        # a fever said only early on and gone since: looked for only when a fever or a
        # temperature is read, and the gone fevers' spans found once for both
        spans = (
            [m.span() for m in _FEVER_EARLY_ONLY.finditer(prepared)]
            if "fever" in concepts or temperature is not None
            else []
        )
        fever_gone = self._fever_early_only(prepared, spans)
        if "fever" in concepts and fever_gone:
            del concepts["fever"]
        if fever_gone and temperature is not None:
            # a temperature told inside the fever said gone since (前天烧到三十八度，今天已经没烧了)
            start, end = _span(prepared, temperature.words)
            if any(s <= start and end <= e for s, e in spans):
                vitals = {k: v for k, v in vitals.items() if k != "temperature_c"}
        ages = age_findings(prepared)
        durations = duration_findings(prepared)
        derived: list[tuple[str, Found | None]] = [
            ("fever", vitals.get("temperature_c") if _hot(vitals) else None),
            ("child", next((a for a in ages if a.value < CHILD_YEARS), None)),
            # days, not years: "worse over a year" is a slow change (a GP), not NHS 111's
            # "getting worse over days" (durations in years are read since set 8's work)
            ("days_long", next((d for d in durations if LONG_DAYS <= d.value < YEAR_DAYS), None)),
            # two weeks or more, years too: a slow loss of function (NICE CKS carpal tunnel,
            # frozen shoulder, rheumatoid arthritis) read with its named pattern
            ("weeks_long", next((d for d in durations if d.value >= WEEKS_DAYS), None)),
        ]
        if "heart_rate_slow" in self.concepts:  # optional in a rules file
            # RCP NEWS2 (a pulse of 50 or less scores) and RCUK bradycardia: a slow pulse said
            # as a number ("心跳一分钟才四十出头", "HR 42"), for the rules a slow beat makes
            # dangerous (a missed dialysis session, a high potassium)
            rate = vitals.get("heart_rate_bpm")
            derived.append(
                ("heart_rate_slow", rate if rate is not None and rate.value <= SLOW_PULSE else None)
            )
        if "days_span" in self.concepts:  # optional in a rules file
            # days to a few weeks, the span of NHS 111's "getting worse over days"; two months
            # of a slow change getting worse is a GP's (NHS.uk: see a GP if it gets worse)
            derived.append(
                (
                    "days_span",
                    next((d for d in durations if LONG_DAYS <= d.value < SPAN_DAYS), None),
                )
            )
        weeks: re.Match[str] | None = None
        if "pregnancy" in self.concepts and "pregnancy" not in concepts:
            weeks = (
                _GESTATION.search(prepared)
                or _ZH_GESTATION.search(prepared)
                or _ZH_EXPECTING.search(prepared)
            )
            if weeks is not None and analysis.counts(weeks.start(), weeks.end()):
                concepts["pregnancy"] = said(weeks.start(), weeks.end())
        if "overdose_quantity" in self.concepts:  # optional in a rules file
            tablets = tablet_findings(prepared)
            many = next((t for t in tablets if t.value >= MANY_TABLETS), None)
            if many is not None and analysis.counts(*_span(prepared, many.words)):
                derived.append(("overdose_quantity", many))
        derived.append(("bp_severe", _severe_bp(vitals)))
        if "hn43_temp_below_fever" in self.concepts:  # optional in a rules file
            # NICE NG143: a fever word told with a typed reading under 38 °C and no reading of
            # 38 or more anywhere in the message (宝宝两个月，发烧37.8): the reading is below the
            # red flag of a baby under 3 months
            derived.append(("hn43_temp_below_fever", _below_fever(vitals, prepared)))
        signs = sign_findings(prepared)
        derived.append(("spo2_at_usual", _at_usual(vitals, signs)))
        if "spo2_dip_asleep" in self.concepts:  # optional in a rules file
            # NICE NG202; NHS.uk pulse oximeter: a saturation that fell while asleep, normal
            # since or the writer well now (clinical.vitals.asleep_dip_found)
            derived.append(("spo2_dip_asleep", asleep_dip_found(prepared)))
        readings = {**sign_concepts(signs), **reading_concepts(prepared)}
        for concept_id, reading in readings.items():
            if concept_id in self.concepts and analysis.counts(*_span(prepared, reading.words)):
                derived.append((concept_id, reading))  # "GCS 9", "BM 2.1", "CRT 4 s"
        derived_words: dict[str, str] = {}
        for concept_id, found_value in derived:
            if found_value is not None and concept_id not in concepts:
                concepts[concept_id] = verbatim.words(found_value.words)
                derived_words[concept_id] = found_value.words
        if weeks is not None and "pregnancy" in concepts:
            derived_words["pregnancy"] = weeks.group()
        persons = Persons(analysis.lowered, self.persons)
        if not persons.mixed:
            return TextFindings(analysis, concepts, ages, vitals, durations, held, verbatim)
        holders = self._holders(analysis, persons, concepts, derived_words)
        for name, item in vitals.items():
            holders[f"vital:{name}"] = _holders_of_words(analysis, persons, item.words)
        age_holders = tuple(_holders_of_words(analysis, persons, a.words) for a in ages)
        own = frozenset(
            c
            for c in self._own & concepts.keys()
            if any(
                persons.holder(*span) == "self"
                for span in analysis.counting_spans(
                    self.concepts[c].phrases, self.concepts[c].exclude
                )
            )
        )
        return TextFindings(
            analysis, concepts, ages, vitals, durations, held, verbatim, holders, age_holders, own
        )

    def _holders(
        self,
        analysis: Analysis,
        persons: Persons,
        concepts: Mapping[str, str],
        derived_words: Mapping[str, str],
    ) -> dict[str, frozenset[Holder]]:
        """Return whose each concept said is: the persons of its counting matches (or of the
        words it was derived from), anyone's when one of them is not clear."""
        holders: dict[str, frozenset[Holder]] = {}
        for concept_id in concepts:
            if concept_id not in self._whose:
                continue  # no rule asks whose it is: anyone's
            spans: list[tuple[int, int]] = []
            concept = self.concepts.get(concept_id)
            if concept is not None:
                spans = analysis.counting_spans(concept.phrases, concept.exclude)
            words = derived_words.get(concept_id)
            if words is not None:
                at = locate(analysis.lowered, words)
                spans = [*spans, at] if at is not None else []
            if spans:
                holders[concept_id] = persons.holders(spans)
        return holders


def _holders_of_words(analysis: Analysis, persons: Persons, words: str) -> frozenset[Holder]:
    """Return whose a value is, from where its words sit (anyone's when not found)."""
    at = locate(analysis.lowered, words)
    return BOTH if at is None else persons.holders([at])


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """Return True when ``span`` lies within one of ``spans``."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _started_since(analysis: Analysis, concept: Concept) -> re.Match[str] | None:
    """Return a match of a treatment told as past only by its start ("started sertraline
    last month", "took tramadol for my back"): a start word in its clause means it is still
    taken (BNF: the interaction is with what is taken now)."""
    assert concept.started is not None
    found = analysis.find_held(concept.phrases, concept.exclude)
    if found is None or found[1] != "past":
        return None
    start, end = analysis.clause_bounds(found[0].start(), found[0].end())
    text = analysis.text
    starts = concept.started.finditer(text, analysis.lowered)
    # a start word inside the clause, or the time word that opened it (现在住院: 现在 ends a
    # clause before it, as "now" does; rules-nf, session 48)
    return (
        found[0]
        if any(
            (start <= m.start() and m.end() <= end)
            or (m.end() <= start and not text[m.end() : start].strip())
            for m in starts
        )
        else None
    )


def _span(text: str, words: str) -> tuple[int, int]:
    """Return where ``words`` sit in ``text`` (or the whole text when they were rewritten)."""
    start = text.find(words)
    if start >= 0:
        return start, start + len(words)
    start = text.find(words[:2])  # Chinese numerals were written as digits: find the verb
    return (start, start + 2) if start >= 0 else (0, len(text))


def _severe_bp(vitals: dict[str, Found]) -> Found | None:
    systolic, diastolic = vitals.get("systolic_bp"), vitals.get("diastolic_bp")
    if systolic is not None and systolic.value >= SEVERE_SYSTOLIC:
        return systolic
    if diastolic is not None and diastolic.value >= SEVERE_DIASTOLIC:
        return diastolic
    return None


def _at_usual(vitals: dict[str, Found], signs: dict[str, Found]) -> Found | None:
    """Return the saturation when it is at or above the one said to be usual ("sats 94, that's
    my usual": NHS.uk pulse oximeter at home, unless a clinician gave another number)."""
    now, usual = vitals.get("oxygen_saturation"), signs.get("spo2_usual")
    return now if now is not None and usual is not None and now.value >= usual.value else None


# any number that could be a temperature of 38 °C or more (or in °F), in figures or in words
_MAYBE_HOT = re.compile(
    r"(?<![\d.])(?:3[89]|4[0-4]|9[5-9]|1[01]\d)(?:\.\d+)?(?!\d)"
    # a week of birth or pregnancy, an age or a weight is no reading ("born at 38 weeks",
    # 38周出生: NICE NG143 reads the temperature; rules-nf, session 48)
    r"(?!\.?\d|\s*(?:weeks?|wks?|days?|months?|years?|yrs?|kg|kilos?|lbs?|周|个?星期|个?礼拜|天|岁|公斤|斤))"
    r"|三十[八九](?![周天岁])|四十(?![周天岁])"
)


def _below_fever(vitals: dict[str, Found], text: str) -> Found | None:
    """Return the typed temperature when it is 35.0-37.9 °C and nothing in ``text`` could be a
    reading of 38 or more (a higher reading before or after it keeps the fever)."""
    temperature = vitals.get("temperature_c")
    if temperature is None or not 35.0 <= temperature.value < FEVER_C:
        return None
    return None if _MAYBE_HOT.search(text) else temperature


def _hot(vitals: dict[str, Found]) -> bool:
    temperature = vitals.get("temperature_c")
    return temperature is not None and temperature.value >= FEVER_C
