"""The rule engine on real phrasing: clause scope without punctuation, pseudo-cues, held-back
danger signs, traditional Chinese, typos, Chinese numerals and third-person reports."""

from __future__ import annotations

import re

import pytest

from clinical.answers import says_yes
from clinical.matching import phrase_pattern
from clinical.red_flags import RuleSet, load_rules
from clinical.textprep import (
    Speller,
    edit_distance,
    expand_shorthand,
    to_simplified,
    zh_numerals_to_digits,
)
from clinical.vitals import parse_vitals
from states.disposition import Disposition, more_urgent

EMERGENCY = Disposition.EMERGENCY


def level(rules: RuleSet, text: str) -> Disposition | None:
    return more_urgent(*(hit.level for hit in rules.evaluate(text)))


# --- a cue's scope ends at the clause, with or without punctuation ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "no fever i have crushing chest pain",
        "not a fever my chest is crushing",
        "i dont have a cold i have crushing chest pain",
        "never had asthma i cant speak in sentences",
        "没有发烧我胸口压榨样痛",
        "不发烧 胸口压榨样痛",
        "没有感冒 现在嘴唇发紫",
    ],
)
def test_negation_stops_at_an_unpunctuated_clause_start(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is EMERGENCY


# A negation's scope ends at "and" (又, 还, 也) when a new finding follows: "not sweating and
# confused" is confused. A list cue ("denies", "negative for") still runs through "and", and
# "or" (或, 和) keeps the negation: "no fever or cough". NICE CKS delirium / MTS new confusion
# and drowsiness must not be cancelled by an earlier negated finding.
@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("not sweating and confused", "confusion", True),
        ("he's not eating and very confused", "confusion", True),
        ("no fever and really drowsy", "drowsy", True),
        ("she isn't coughing and she's drowsy", "drowsy", True),
        ("唔出汗又好糊塗", "confusion", True),
        ("没发烧又很嗜睡", "drowsy", True),
        ("他不发烧还糊涂了", "confusion", True),
        ("不出汗 但是 糊涂了", "confusion", True),
        ("他不出汗还糊涂了", "sweating", False),
        ("no chest pain or breathlessness", "breathless_new", False),
        ("denies chest pain and shortness of breath", "breathless_new", False),
        ("negative for fever and confusion", "confusion", False),
        ("没有发烧和咳嗽", "fever", False),
        ("not confused", "confusion", False),
    ],
)
def test_a_negation_ends_at_and_before_a_new_finding(
    rules: RuleSet, text: str, concept: str, counts: bool
) -> None:
    assert (concept in rules.concepts_in(text)) is counts


# A finding written absent after it, as notes write it ("petechiae: none", "rash: nil",
# 皮疹：无, 瘀点：未见, 出血点：冇): the finding is negated, in any concept, not a per-concept
# exclude.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Petechiae: none", "non_blanching_rash"),
        ("non-blanching rash: none", "non_blanching_rash"),
        ("Rash: nil", "rash"),
        ("rash - none seen", "rash"),
        ("purpura: absent", "non_blanching_rash"),
        ("Confusion: no. Vomiting: nil", "confusion"),
        ("皮疹：无", "rash"),
        ("瘀点：未见", "non_blanching_rash"),
        ("出血点：冇", "non_blanching_rash"),
        ("紫癜：阴性", "non_blanching_rash"),
    ],
)
def test_a_finding_written_absent_after_it_does_not_count(
    rules: RuleSet, text: str, concept: str
) -> None:
    assert concept not in rules.concepts_in(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("petechiae: on both legs, none on the trunk", "non_blanching_rash"),
        ("rash not fading with a glass, none of us knew what it was", "non_blanching_rash"),
        ("皮疹无瘙痒，压之不褪色", "non_blanching_rash"),
    ],
)
def test_a_finding_with_words_after_it_still_counts(
    rules: RuleSet, text: str, concept: str
) -> None:
    assert concept in rules.concepts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "woke up without any warning i have crushing chest pain",
        "never felt like this before crushing pain in my chest",
        "not sure if this is anything but crushing chest pain",
        "没想到会这样 胸口像压了大石头",
        "不知道怎么回事 嘴唇发紫",
    ],
)
def test_pseudo_cues_negate_nothing(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "no crushing chest pain",
        "i do not have crushing chest pain",
        "没有压榨样胸痛",
        "嘴唇没有发紫",
    ],
)
def test_negation_in_its_own_clause_still_holds(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is not EMERGENCY


# --- held back, never silently dropped --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept", "reason"),
    [
        ("no chest pain just a cough", "chest_pain", "negated"),
        ("没有胸痛 只是咳嗽", "chest_pain", "negated"),
        ("my lips aren't swollen, just itchy bites", "allergic_swelling", "negated"),
        ("嘴唇没肿 就是蚊子咬了", "allergic_swelling", "negated"),
        ("I had a seizure as a child, today a cold", "seizure", "past"),
        ("去年抽搐过一次 今天只是感冒", "seizure", "past"),
        ("if I ever get crushing chest pain what to do", "crushing_chest_pain", "hypothetical"),
        ("如果以后胸口突然剧痛应该怎么办", "chest_pain", "hypothetical"),
        ("my neighbour collapsed and was taken away, I'm fine", "unconscious", "other_person"),
        ("我邻居刚才晕倒被救护车拉走了 我没事", "unconscious", "other_person"),
    ],
)
def test_a_danger_sign_that_does_not_count_is_held_back(
    rules: RuleSet, text: str, concept: str, reason: str
) -> None:
    check = rules.check(text, language="en")
    assert check.level is not EMERGENCY
    held = {h.concept: h for h in check.held_back}
    assert concept in held, check.held_back
    assert held[concept].reason == reason
    assert held[concept].question.startswith("To be sure: do you have ")
    assert held[concept].question.endswith(" right now?")


def test_the_confirming_question_follows_the_language(rules: RuleSet) -> None:
    en = rules.check("no chest pain", language="en").held_back[0]
    zh = rules.check("no chest pain", language="zh").held_back[0]
    assert en.question == "To be sure: do you have chest pain right now?"
    assert zh.question == "想确认一下：您现在有胸痛吗？"


def test_a_sign_affirmed_elsewhere_is_not_held_back(rules: RuleSet) -> None:
    check = rules.check("no chest pain now", earlier=["I have chest pain"])
    assert "chest_pain" not in {h.concept for h in check.held_back}


def test_a_friend_who_has_not_woken_up_is_still_an_emergency(rules: RuleSet) -> None:
    assert level(rules, "my friend fainted and still hasn't woken up") is EMERGENCY


# --- third-person reports ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my mum can't lift her arm",
        "my 2-year-old's lips have turned blue",
        "my husband says he wants to kill himself",
        "我妈嘴歪了",
        "我爸说话含糊不清",
    ],
)
def test_a_carer_speaks_for_the_patient(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is EMERGENCY


# --- traditional Chinese, typos, numerals -----------------------------------------------


def test_traditional_chinese_is_read_as_simplified(rules: RuleSet) -> None:
    assert to_simplified("喉嚨很緊 呼吸很困難") == "喉咙很紧 呼吸很困难"
    assert to_simplified("chest pain 胸口痛") == "chest pain 胸口痛"
    assert level(rules, "吃了花生後 嘴唇腫起來 喉嚨很緊") is EMERGENCY
    assert level(rules, "突然嘴歪了 說話含糊不清") is EMERGENCY


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("he is unconcious", "he is unconscious"),
        ("vomitting blood", "vomiting blood"),
        ("siezure", "seizure"),
        ("i painted the wall", "i painted the wall"),  # a real word is never changed
        ("sweating", "sweating"),
    ],
)
def test_typos_are_corrected_towards_rule_words_only(typed: str, fixed: str) -> None:
    speller = Speller(["unconscious", "vomiting", "seizure", "fainted", "sweating"])
    assert speller.correct(typed) == fixed


def test_a_typo_does_not_hide_an_emergency(rules: RuleSet) -> None:
    assert level(rules, "my dad is unconcious on the floor") is EMERGENCY
    assert level(rules, "ive been vomitting blood") is EMERGENCY
    assert level(rules, "I painted the fence today and my arm aches") is not EMERGENCY


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("chset", "chest", 1) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("体温三十九度五", "体温39.5度"),
        ("发烧三十九度", "发烧39度"),
        ("心跳一百四", "心跳140"),
        ("心率一百零五", "心率105"),
        ("血压九十比六十", "血压90比60"),
        ("一下子就倒了", "一下子就倒了"),
    ],
)
def test_chinese_numerals(text: str, expected: str) -> None:
    assert zh_numerals_to_digits(text) == expected


def test_chinese_numerals_in_vitals() -> None:
    vitals = parse_vitals("发烧三十九度八 心跳一百三十五 血氧八十八")
    assert vitals.temperature_c == 39.8
    assert vitals.heart_rate_bpm == 135
    assert vitals.oxygen_saturation == 88


@pytest.mark.parametrize(
    "text",
    [
        "grandad keeps nodding off mid sentence and isnt making sense",
        "he won't open his eyes when I shout",
        "我奶奶今天一直睡 怎么叫都不太醒",
        "I swallowed a whole pack of my sleeping tablets about an hour ago",
        "ive saved up my pills and im taking them tonight",
        "頭突然像被雷劈一樣痛 從來沒這麼痛過",
        "我妈80岁 吃华法林 摔倒撞到头 吐了两次 一直重复问同样的问题",
        "女 65岁 心率一百三十 血压八十五/五十 呼吸三十 血氧八十九",
    ],
)
def test_everyday_words_for_the_issue_s_categories(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "what a stroke of luck, just a cold today",
        "I took 2 paracetamol for a headache",
        "I'm hoarse after singing at a concert last night",
        "heart racing after coffee, otherwise fine",
        "I've been paranoid about my exams",
        "my grandad is confused about his new phone",
        "喝了咖啡以后心跳有点快，其他都好",
    ],
)
def test_look_alikes_raise_nothing(rules: RuleSet, text: str) -> None:
    assert rules.evaluate(text) == []


def test_a_confirmed_sign_counts(rules: RuleSet) -> None:
    earlier = ["if I ever get crushing chest pain what to do"]
    assert rules.check("yes", earlier=earlier).level is None
    confirmed = rules.check("yes", earlier=earlier, affirmed=["crushing_chest_pain"])
    assert confirmed.level is EMERGENCY
    assert confirmed.hits[0].evidence == "yes"


@pytest.mark.parametrize(
    ("answer", "yes"),
    [
        ("yes", True),
        ("Yes I do", True),
        ("有，还在痛", True),
        ("still there", True),
        ("no", False),
        ("not now", False),
        ("没有", False),
        ("yesterday it was", False),
    ],
)
def test_a_yes_to_the_confirming_question(answer: str, yes: bool) -> None:
    assert says_yes(answer) is yes


def test_phrase_sets_of_other_files_still_match(rules: RuleSet) -> None:
    # the concept literal index must not filter a phrase set it does not index (aeea908 did)
    from clinical.questions import load_questions

    families = load_questions().families_for(["最近心情不好"], rules)
    assert "mental_health" in families


def test_the_literal_index_covers_every_concept_when_built_from_a_generator() -> None:
    """The reader builds its index from a generator; the index reads it twice. When it was
    read only once, no concept counted as covered and every phrase set scanned all its
    literals on every message (same results, about twice the CPU per ordinary message)."""

    reader = load_rules()._reader
    index = reader._literals
    assert all(index.covers(concept.phrases) for concept in reader.concepts.values())


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("i didnt faint", "i didnt faint"),  # no "didn" from "didn't" in the vocabulary
        ("he couldn't breathe", "he couldn't breathe"),  # part of a contraction: untouched
        ("she fainte", "she faint"),  # as near "faint" as "fainted": the base form
        ("she faintd", "she fainted"),  # a past tense's "e" left out: the tense typed (session 41)
    ],
)
def test_contractions_stay_and_an_inflection_tie_takes_the_base_form(
    typed: str, fixed: str
) -> None:
    speller = Speller(["didn't", "didn", "couldn", "could", "faint", "fainted", "breathe"])
    assert speller.correct(typed) == fixed


def test_articles_and_my_may_drop_inside_a_phrase_only() -> None:
    def hit(phrase: str, text: str) -> bool:
        return re.search(phrase_pattern(phrase), text, re.IGNORECASE) is not None

    assert hit("blue around the mouth", "baby blue around mouth")
    assert hit("pain in my chest", "pain in chest")
    assert hit("pain in my chest", "pain in his chest")
    assert not hit("the worst", "worst")  # a first or last word stays
    assert not hit("in her ear", "in my ear")  # "her" may mean someone else


def test_phone_shorthand_is_written_out() -> None:
    assert expand_shorthand("arm n leg gone numb 2 wks") == "arm and leg gone numb 2 weeks"
    # "n/v" is written out whole (its "n" never becomes "and"); "a&e", "32wk", "hr" stay
    assert (
        expand_shorthand("n/v, went to a&e, 32wk, hr 120")
        == "nausea and vomiting, went to a&e, 32wk, hr 120"
    )
    # texted timing words and picked-up abbreviations; "pp" only after a time since the birth
    assert (
        expand_shorthand("bfing 2wks pp, 33 wks preggo, sick rn, gp tmrw, no loc")
        == "breastfeeding 2wks postpartum, 33 weeks pregnant, sick right now, gp tomorrow, "
        "no lost consciousness"
    )
    assert expand_shorthand("pp in my pants, i sob at night") == "pp in my pants, i sob at night"


# A word ending in a vowel and -e ("bee", "knee", "pee", "toe", "dye", "lye") keeps its -e
# when inflected ("bees", "knees", "toes", "dyed"): dropping it, as for "breathe",
# read "being" as "bee", "bed" as "bee" and "lying" as the caustic "lye".
def test_a_word_ending_in_a_vowel_and_e_keeps_it_when_inflected() -> None:
    def hit(phrase: str, text: str) -> bool:
        return re.search(phrase_pattern(phrase), text, re.IGNORECASE) is not None

    assert hit("bee", "stung by bees") and hit("bee", "a bee sting")
    assert hit("knee", "both knees swollen") and hit("pee", "pees") and hit("free", "freed")
    assert hit("toe", "stubbed my toes") and hit("dye", "dyed")
    assert not hit("bee", "being sick") and not hit("bee", "went to bed")
    assert not hit("lye", "lying down") and not hit("dye", "dying for a coffee")
    assert hit("breathe", "breathing") and hit("faint", "fainted")  # a silent -e still drops


@pytest.mark.parametrize(
    "text",
    [
        "I have been being sick since last night",
        "being sick all day",
        "been being sick and feel rough",
        "my son keeps being sick after tea",
        "went to bed with a rash on my arm",
        "I keep lying down, the rash on my leg itches",
    ],
)
def test_being_and_bed_are_no_allergen(rules: RuleSet, text: str) -> None:
    fired = {hit.rule_id for hit in rules.evaluate(text)}
    assert not {r for r in fired if r.startswith(("allergy_", "anaphylaxis_"))}, fired


@pytest.mark.parametrize(
    "text",
    [
        "stung by a bee, lips swelling",
        "bee sting on my hand and now my throat feels tight",
        "stung by bees and my face is swelling up",
        "被蜜蜂蛰了，嘴唇肿了",
    ],
)
def test_a_bee_sting_with_allergy_signs_still_counts(rules: RuleSet, text: str) -> None:
    assert level(rules, text) is EMERGENCY


# --- a phrase set finds what one joined regex would ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "chest pain and then chest pain spreading to my arm, chest tightness",
        "my chest hurts when i breathe and my chest is tight",
        "胸口痛 胸口压着痛 然后胸口闷",
        "can't breathe, can't catch my breath, breathing fast",
        "nothing here at all",
    ],
)
def test_a_phrase_set_matches_as_one_joined_regex(text: str) -> None:
    """Each phrase is compiled on its own; the matches must be those of the phrases joined
    longest first into one regex: the leftmost place, the first phrase matching there, and no
    overlaps (the same spans, in the same order)."""
    from clinical.matching import _FLAGS, PhraseSet

    phrases = [
        "chest pain",
        "chest pain spreading to my arm",
        "chest",
        "chest ... tight",
        "breathe",
        "can't breathe",
        "catch my breath",
        "胸口痛",
        "胸口...痛",
        "胸口",
    ]
    phrase_set = PhraseSet(phrases)
    joined = re.compile(
        "|".join(f"(?:{phrase_pattern(p)})" for p in sorted(phrases, key=lambda p: (-len(p), p))),
        _FLAGS,
    )
    alternation = phrase_set.regex_for(text.lower())
    found = [] if alternation is None else [m.span() for m in alternation.finditer(text)]
    assert found == [m.span() for m in joined.finditer(text)]
