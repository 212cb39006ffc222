"""Set 59's English rows (voice42: wearables and home devices, disability and communication,
home and DIY).

Written by rules-hb (session 42). Each English row of ``tests/data/fresh_levels_59.jsonl`` wrong
at its first run is named by the KIND of reading that failed, with the published source of its
gold:

- f59-en-emg-008 (self_care): a person found after a fall who is not making sense ("isnt
  making sense") and whose breathing is noisy, like snoring - NHS.uk when to call 999 (an acute
  confused state, breathing difficulties), RCUK basic life support;
- f59-en-slf-008 and f59-en-urg-012 (emergency): a low oximeter reading taken again on a proper
  oximeter or with warm fingers and normal the second time - NHS.uk pulse oximeter at home
  (warm the hand and take it again), RCP NEWS2 (a reliable oximeter's reading);
- f59-en-nur-010 (emergency): a finger "nearly cut off" a week ago - NHS.uk cuts (now below an
  emergency; its nail change still unread, open);
- f59-en-urg-011 (emergency): a friend's stroke, then the writer's own "and now I'm paranoid" -
  NHS.uk stroke, the writer's DVT signs (NHS.uk DVT) deciding;
- f59-en-urg-001 (self_care) and f59-en-nur-008 (self_care): a watch's AF alert three times
  today with a fluttery feeling, and one alert weeks ago in someone well - NICE NG196, NHS.uk
  heart palpitations;
- f59-en-urg-020 (non_urgent) and f59-en-urg-008 (non_urgent): a wound said to need closure,
  and an ankle that can "only just" take weight - NHS.uk cuts, Ottawa ankle rules;
- f59-en-nur-020 (urgent): a fall "off" a step stool with "no head injury" - NICE NG232, NG249;
- f59-en-slf-020 (non_urgent): an 82-year-old "alert at baseline", "no change from usual" - NICE
  NG51 / Age UK (a change from the usual is the warning), RCP NEWS2.

Left open as strict xfails (OPEN_ROWS gives each reason): f59-en-urg-009 and -urg-014 (their
gold against NICE NG51 and NHS.uk eye injuries), and -nur-006, -nur-007, -nur-009, -nur-012,
-nur-014, -nur-019, -slf-005 (not reached in the time; -nur-014 and -nur-019 are other helpers'
themes).

Wrong before any rule change (the rules of d9366d1): 20 of 20 rows and 16 of 40 kind sentences.
After: 10 rows at their gold (f59-zh-slf-008 too, by the oximeter retake), -nur-010 moved from
emergency to self_care, and every kind sentence at its level.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# NHS.uk when to call 999 (an acute confused state; breathing difficulties) and RCUK basic life
# support (a person not responding normally whose breathing is noisy, snoring or gurgling): new
# confusion said with "isn't", or muddled, beside breathing that sounds wrong
CONFUSED_NOISY_BREATHING: list[tuple[str, str]] = [
    ("E", "found my grandad in his chair, he isn't making sense and his breathing is gurgling"),
    ("E", "dad's suddenly muddled and his breathing sounds like snoring though he's awake"),
    ("E", "my aunt wasn't making sense on the phone and now her breathing sounds weird"),
    ("E", "she is confused and making snoring breaths, we can only just get her to look at us"),
    ("!E", "my husband snores every night and gets a bit muddled in the evenings, the GP knows"),
    ("!E", "mum's breathing sounds funny with her cold but she's chatty and completely herself"),
]

# NHS.uk pulse oximeter at home (cold fingers, nail varnish or a loose fit give a false low: warm
# the hand, rest, and take it again) and RCP NEWS2 (SpO2 from a reliable oximeter): a low reading
# taken again and normal the second time is no low oxygen; a retake still low is
OXIMETER_RETAKEN_NORMAL: list[tuple[str, str]] = [
    ("!E", "sats said 84 on my cheap clip, rechecked after a rest and it says 97, I feel fine"),
    ("!E", "my watch said oxygen 90% this morning, tried a proper finger oximeter and it read 99%"),
    ("!E", "finger thing said 82 but my fingers were cold, warmed my hands and it says 96 now"),
    ("E", "oxygen 88 on the oximeter, warmed my hands and rechecked and it says 89, breathless"),
    ("E", "my watch said oxygen 87, tried a proper finger oximeter and it says 88%"),
    # the same retake in Chinese (nail varnish wiped off, measured again: 重新测)
    ("!E", "手表说血氧85%，擦掉指甲油重新测是97%，一点都不喘"),
    ("E", "血氧仪显示86%，重新测还是87%，有点喘"),
]

# NHS.uk cuts and grazes and NHS.uk amputation first aid (a part cut off, or hanging off: A&E or
# 999): a finger "nearly" or "almost" cut off is a cut with the part still on; a tip hanging off,
# or hanging by a thread, is a part cut off however it is introduced
NEARLY_CUT_OFF: list[tuple[str, str]] = [
    ("!E", "almost cut my thumb off with the bread knife last week, it's scabbed over now"),
    ("!E", "nearly chopped my finger off on Sunday, healing well but the nail has gone dark"),
    ("E", "nearly cut my thumb off chopping onions, the tip is hanging off and pouring"),
    ("E", "I nearly cut my finger off with the saw just now, it's hanging by a thread"),
    ("E", "cut the top of my finger off with the mandoline, the bit is in the bowl"),
]

# NHS.uk stroke (999 is for the person with the signs now) with the writer's own "I'm fine":
# someone outside the household whose stroke is told, then the writer's own clause opened by
# "now" ("and now I'm worried") - that "now" is the writer's state, not the other's danger; a
# sign of the other's told as now before the writer's clause still counts
OTHERS_EVENT_WRITERS_NOW: list[tuple[str, str]] = [
    ("!E", "my neighbour just had a stroke and now I'm scared of every headache. I'm fine"),
    ("!E", "my colleague just had a heart attack and now I'm checking my pulse all day, I'm fine"),
    ("E", "my friend's face has dropped right now and I'm with her, I'm fine"),
    ("E", "my friend is having a stroke now and I'm panicking, I'm fine"),
]

# NICE NG196 Atrial fibrillation (a suspected new AF: a manual pulse and an ECG) and NHS.uk heart
# palpitations and atrial fibrillation: a watch's AF alert that keeps coming today, or with the
# heart felt fluttering, is a same-day check; one past alert in someone well, a GP within days;
# chest pain, fainting or breathlessness with it stay 999
WATCH_AF_ALERT: list[tuple[str, str]] = [
    ("=U", "my watch gave me an afib alert twice this morning, my heart feels fluttery"),
    ("=U", "smartwatch keeps going off with irregular rhythm alerts today and I have palpitations"),
    ("L", "my watch flagged AFib once last month, no symptoms at all"),
    ("N", "my watch had an irregular rhythm alert last night, I feel fine"),
    ("E", "my apple watch keeps going off with irregular rhythm alerts and I have chest pain"),
]

# NHS.uk cuts and grazes (a cut that needs closing with stitches, strips or glue: an urgent
# treatment centre) and the Ottawa ankle rules with NHS.uk sprains (trouble bearing weight: an
# urgent treatment centre): a wound said to need closure, and weight borne only just
NEEDS_CLOSURE_OR_BARELY_WEIGHT: list[tuple[str, str]] = [
    (
        "U",
        "School nurse note: 2cm laceration to the chin from a fall, bleeding stopped,"
        " needs closure.",
    ),
    ("U", "the cut on my palm from the stanley knife needs stitches, it's still oozing a bit"),
    (
        "U",
        "went over on my ankle stepping off the bus, it's puffy and I can barely put weight on it",
    ),
    (
        "L",
        "twisted my ankle yesterday, it's a bit swollen but I can put weight on it fine and walk",
    ),
    ("L", "small cut on my finger from a tin, stopped bleeding, edges together with a plaster"),
]

# NICE NG232 Head injury (65 or over with a head injury: CT within 8 hours) and NICE NG249 falls
# (a fall without one: a falls assessment): a fall "off" something read as a head injury's
# mechanism, beside the head said not hit or not injured, is no head injury; a head banged is
HEAD_SAID_NOT_HIT: list[tuple[str, str]] = [
    ("L", "Physio note: 76M, fell off the kerb 2 weeks ago, no head injury, knee bruise resolved."),
    (
        "L",
        "I'm 81, fell off a low stool last month, didn't hit my head, fine now, worried about"
        " falling",
    ),
    ("U", "gran is 88, fell off the step and banged her head"),
    ("U", "I'm 80 and fell off the bed this morning and hit my head on the bedside table"),
]

# NICE NG51 and Age UK (in frailty the warning is a change from the person's usual) with RCP
# NEWS2 (0: routine monitoring): a care home's note that the resident is "alert at baseline" or
# shows "no change from usual" is the usual self; a fever, or more muddled than baseline, is not
AT_BASELINE_IN_A_NOTE: list[tuple[str, str]] = [
    (
        "S",
        "Nursing home: 85M, mild cold 3 days, obs normal, alert at baseline, eating and drinking"
        " as usual",
    ),
    (
        "S",
        "Care home: 90F with a mild runny nose since yesterday, no change from her usual, drinking"
        " well",
    ),
    (
        "N",
        "Care home nurse: 88F, dementia, mild cough 2 days, temp 38.3, alert at baseline, eating"
        " less",
    ),
    ("U", "85M care home, more confused than his baseline today and mild cough"),
]

KINDS: list[tuple[str, str]] = (
    CONFUSED_NOISY_BREATHING
    + OXIMETER_RETAKEN_NORMAL
    + NEARLY_CUT_OFF
    + OTHERS_EVENT_WRITERS_NOW
    + WATCH_AF_ALERT
    + NEEDS_CLOSURE_OR_BARELY_WEIGHT
    + HEAD_SAID_NOT_HIT
    + AT_BASELINE_IN_A_NOTE
)

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 59 wrong at the first run
SET59_ROWS = [
    "f59-en-emg-008",
    "f59-en-slf-008",
    "f59-en-urg-012",
    "f59-en-nur-010",
    "f59-en-urg-011",
    "f59-en-urg-001",
    "f59-en-nur-008",
    "f59-en-urg-020",
    "f59-en-urg-008",
    "f59-en-urg-009",
    "f59-en-urg-014",
    "f59-en-nur-006",
    "f59-en-nur-007",
    "f59-en-nur-009",
    "f59-en-nur-012",
    "f59-en-nur-014",
    "f59-en-nur-019",
    "f59-en-nur-020",
    "f59-en-slf-005",
    "f59-en-slf-020",
]

OPEN_ROWS: dict[str, str] = {
    "f59-en-nur-010": "no longer an emergency (nearly cut off); a nail lifting after a healing"
    " fingertip cut (NHS.uk: a GP) is not read, so self_care; left for lack of time",
    "f59-en-urg-009": "gold urgent by NEWS2's single parameter, but NICE NG51 makes new confusion"
    " with a fever of 38.4 at 86 a high-risk criterion (emergency assessment); the emergency kept",
    "f59-en-urg-014": "NHS.uk eye injuries sends an eye hit by something from a drill or power tool"
    " (a possible high-speed particle) to A&E; the rules' eye_penetrating_injury follows it; kept",
    "f59-en-nur-006": "a healing cut 'a bit pink' asked about (NHS.uk cuts: a pharmacist or GP)"
    " still self_care; not reached in the time",
    "f59-en-nur-007": "a verruca that hurts in PE (NHS.uk warts and verrucas: a GP if painful)"
    " still self_care; not reached in the time",
    # (f59-en-nur-009, a faint after drink 'last month' fronted before 'I passed out', closed by
    # rules-kh in session 45: a past time said first binds the writer to its clause)
    "f59-en-nur-012": "a tension-type headache over 2 weeks reads 'tight band' as chest pain"
    " (chest_pain_unexplained, urgent); not reached in the time",
    "f59-en-nur-014": "white spirit used on brushes (skin contact, TOXBASE / NICE CKS contact"
    " dermatitis) fires poisoning_overdose; an exclude also hid 'my son drank some of it', so"
    " left for the home-and-DIY helper",
    "f59-en-nur-019": "blanching redness on a wheelchair user's bottom ('goes pale when I press',"
    " NICE CG179) fires child_pale; left for the disability helper",
    "f59-en-slf-005": "a baby monitor sock's false alarm in a well 6-month-old (NICE NG143 green)"
    " stays non_urgent; not reached in the time",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET59_ROWS, OPEN_ROWS),
)
def test_set59_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_59.jsonl", row_id)
