"""Set 33's English categories (session 29): emergencies told by a bystander or by what the
person cannot do, readings from a home device in lay words, and self-care messages whose
everyday words read as a danger sign.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 33's rows, ``tests/data/fresh_levels_33.jsonl``):

- the FAST signs told by what a bystander sees or by what the person cannot do: half the
  mouth not moving or hanging on one side, words coming out mushy or the wrong way round, a
  cup or a fork that one hand cannot lift or hold (NHS.uk stroke: the face may have dropped
  on one side, the person may not be able to lift both arms, speech may be slurred or
  garbled; NICE NG128); mushy peas, a sprained wrist and a toddler learning to talk are none;
- a head injury said as a fall head first ("went down the stairs headfirst", "dived head first
  into the shallow end"), with drowsiness, confusion or repeated vomiting after it (NICE NG232
  and NHS.uk head injury: A&E or 999), and drowsiness said as "hard to keep awake"; a child
  who went head first down a slide and carried on playing is no emergency;
- chest tightness said as "a tight feeling" or "a heavy feeling" in the chest, with an arm
  heavy or clammy sweating (NHS.uk heart attack: chest pain that feels like pressure,
  tightness or heaviness, spreading to the arm, sweating; NICE CG95);
- a pulse oximeter called "the finger clip thing" with its reading after "it says", and a
  breathing rate counted by a carer ("I counted 30 breaths in a minute"; NHS.uk pulse
  oximetry at home: 92% or less, A&E or 999; RCP NEWS2: a breathing rate of 25 or more scores 3,
  a single parameter of 3 is urgent);
- a cramp in the calf "rock hard" is the cramp, not a rigid belly (NHS.uk leg cramps: the
  muscle tightens and hurts, stretching eases it; MTS abdominal pain keeps a rock-hard tummy);
- walking "with a limp" is the gait of a sprain, not a floppy child (NHS.uk sprains and
  strains: treated at home if the person can walk; NICE NG143's floppy is a child's tone);
- a voice lost to a whisper or gone croaky after a cold or shouting is laryngitis, not a
  stroke's speech (NHS.uk laryngitis: treated at home; NHS.uk stroke: garbled or slurred words);
  words that will not come out with a face drooping stay a stroke's;
- croup whose noisy breathing went in the cool air, no noise at rest (NICE CKS croup: mild
  croup, no stridor at rest, is managed at home); a noise still there at rest is not.

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- the FAST signs told by a bystander or by what the person cannot do (NHS.uk stroke)
    ("E", "a customer at the till, half her mouth isn't moving and she's slurring a bit"),
    ("E", "my neighbour's mouth is hanging down on the right and he seems confused, 10 min ago"),
    ("E", "the left side of his mouth is hanging and his words are all mushy, he says he's fine"),
    ("E", "Grandad's words are coming out mushy since he sat down for lunch"),
    ("E", "my husband suddenly can't lift his mug with his left hand, started 10 minutes ago"),
    ("E", "she can't hold her fork in her right hand all of a sudden, it keeps dropping"),
    ("E", "mum is saying her words the wrong way round since teatime and looks confused"),
    ("E", "his sentences are coming out the wrong way round, started half an hour ago, he's 66"),
    ("!E", "had mushy peas with my tea and now I'm a bit bloated, otherwise fine"),
    (
        "!E",
        "I can't lift the kettle with my right hand since I sprained my wrist at tennis last week",
    ),
    # --- a head injury said as a fall head first (NICE NG232; NHS.uk head injury)
    ("E", "my son dived head first into the shallow end an hour ago and now he's confused"),
    ("E", "she went down the stairs headfirst this morning and has been sick three times since"),
    ("E", "he came off his bike head first, now he keeps asking the same questions"),
    ("E", "my dad fell and banged his head, now he's really hard to keep awake"),
    ("!E", "my toddler went head first down the slide, giggled and carried on playing, no bump"),
    # --- chest tightness said as a tight or heavy feeling (NHS.uk heart attack; NICE CG95)
    ("E", "there's a tight feeling in my chest and my left arm feels heavy, I'm 61"),
    ("E", "I've had a heavy feeling in my chest for 20 minutes and I'm clammy and sick"),
    ("E", "a squeezing feeling across my chest that won't go and I'm sweating buckets"),
    ("!E", "a tight feeling in my chest when I cough with this cold, I'm 24, otherwise fine"),
    # written after the phrases above moved fresh set 18's typical-angina row to urgent: NICE
    # CKS stable angina (exertion, relieved by rest within minutes, for weeks: a rapid-access
    # clinic, not the same day); the same pain at rest stays an emergency
    (
        "L",
        "a heavy feeling in my chest walking up hills, goes off with rest in a few minutes,"
        " for weeks",
    ),
    (
        "E",
        "a heavy feeling in my chest while sitting watching telly, sweaty and sick, started an"
        " hour ago",
    ),
    # --- a home oximeter and a counted breathing rate in lay words (NHS.uk; RCP NEWS2)
    ("E", "mum's finger clip thing: it says 87, she's breathless"),
    ("E", "the finger clip thingy: it says 88 and he's struggling"),
    ("U", "I counted 28 breaths in a minute while he was sitting still"),
    ("U", "she's breathing 32 times in one minute, I timed it"),
    ("L", "I counted 14 breaths in a minute and the finger clip thing says 98, he's fine now"),
    # --- a calf rock hard in a cramp is the cramp (NHS.uk leg cramps; MTS abdominal pain)
    ("L", "got a cramp in my calf at football, muscle went rock hard, stretched it and it's gone"),
    ("L", "my hamstring cramped up rock hard in the night, eased after a stretch"),
    ("E", "my tummy is rock hard and it hurts so much I can't move"),
    ("E", "his belly went rock hard this afternoon and he's in agony"),
    # --- walking with a limp is a sprain's gait (NHS.uk sprains and strains; NICE NG143)
    ("L", "twisted my ankle yesterday, walking with a limp but it's getting better"),
    ("L", "I've got a slight limp and a bit of bruising since I rolled my ankle, easing already"),
    ("E", "my baby has gone limp and won't wake up"),
    # --- a voice lost after a cold or shouting is laryngitis (NHS.uk laryngitis; NHS.uk stroke)
    ("!E", "lost my voice after the concert, it's just a whisper, had a cold too, face fine"),
    (
        "!E",
        "couldn't get my words out on the phone, it came out croaky and hoarse after my cold",
    ),
    ("!E", "my voice has gone to a whisper since shouting at the match, otherwise well"),
    ("E", "suddenly couldn't get his words out and his face has dropped on one side"),
    # --- croup noise gone at rest (NICE CKS croup; NHS.uk croup)
    ("!E", "his croupy noisy breathing went once we opened the window, barking cough only, he's 3"),
    ("!E", "no noise at all when she's resting now, just the barky cough, she's 2"),
    (
        "!E",
        "Update: the noisy breathing stopped once we took her outside into the cold night air,"
        " she's been sleeping. No noise at all this morning when she's resting, just the barking"
        " cough. 3 years old.",
    ),
    (
        "!E",
        "the noisy breathing went when we sat in the steamy bathroom, he's been asleep since,"
        " no noise now he's resting. My son is 4 years old.",
    ),
    ("E", "my 2 year old has noisy breathing even when resting and is pulling in under his ribs"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set33_en_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Same-day rows told in other words (written before their rules, like the cases above):
# - thoughts that others would be better off, or that there is no point any more, said
#   shortly ("everyone'd be better off", "they'd all be better off") with no plan: NICE NG225
#   and NHS.uk help for suicidal thoughts (thoughts without a plan: urgent help the same day);
#   "no point" about a cream or a bus is none;
# - a child's fever told as "day 5 of it", "the fourth day": NICE NG143 (fever for 5 days or
#   more is amber) and NHS 111 fever advice (several days: the rules' fever_over_3_days);
#   "day 2" is not yet several days;
# - a knee that swelled up fast after a twist or will not straighten: NHS.uk knee pain (a
#   knee that is very swollen after an injury, or locked and cannot be straightened: an urgent
#   treatment centre or A&E); a knee stiff for months is a GP's.
SAME_DAY: list[tuple[str, str]] = [
    ("U", "my partner says everyone'd be better off, he has no plan and won't do anything"),
    ("U", "my sister keeps saying they'd all be better off without her, but says no plan"),
    ("U", "he said there's no point anymore and everyone would be better off, no plan he says"),
    ("L", "no point in using this cream anymore, my eczema is fine now"),
    ("U", "my daughter's temperature is 39.1 and this is day 5 of it, she's 3"),
    ("U", "my son's fever is on its fourth day now, 38.8 this morning, he's 18 months"),
    ("U", "day four of my little girl's temperature, still 38.9, she's 2"),
    ("L", "my son had a temperature yesterday, day 2 now and it's gone, he's 4, playing"),
    ("U", "twisted my knee at football and it blew up like a balloon within an hour"),
    ("U", "my knee is locked after I turned awkwardly, I can't straighten it fully"),
    ("U", "her knee won't straighten since she twisted it at netball this afternoon"),
    ("L", "my knee has been a bit stiff for months when I get up, it loosens after a walk"),
    # written after the knee group moved fresh set 17's row: locking now and then weeks after a
    # twist is a GP's (NHS.uk knee pain)
    (
        "L",
        "hurt my knee skiing a month ago, it sometimes locks and won't straighten till I wiggle it",
    ),
]


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set33_en_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Brief spinning when the head moves (NICE CKS Vertigo and NHS.uk benign paroxysmal positional
# vertigo: vertigo set off by turning over in bed or looking up, lasting seconds, is diagnosed
# and treated by a GP with a repositioning manoeuvre, not treated at home without being seen,
# and never the same day without a neurological sign); a cold named as what came before it is
# no minor illness to treat at home. A dizzy spell after standing up too fast stays self-care
# (NHS.uk dizziness).
GP_NOT_HOME: list[tuple[Disposition, str]] = [
    (
        Disposition.NON_URGENT,
        "the room spins for a few seconds every time I turn over in bed, fine otherwise, speech"
        " and walking fine, since a cold last week",
    ),
    (
        Disposition.NON_URGENT,
        "whenever I look up to the top shelf everything spins for about 15 seconds, then it"
        " stops, no headache, coping fine",
    ),
    (
        Disposition.SELF_CARE,
        "felt a bit dizzy for a second when I stood up too fast from the sofa, fine now",
    ),
]

# A voice lost after a cold or shouting at home (NHS.uk laryngitis: rest the voice, drink
# fluids, usually better within a week), not the same day as a resolved speech problem (NICE
# NG128 TIA: words that would not come, passed, a specialist within 24 hours), which stays.
VOICE: list[tuple[str, str]] = [
    (
        "L",
        "couldn't get my words out in class today, it came out as a whisper, had a cold and was"
        " singing all weekend, face and arms fine",
    ),
    ("L", "my voice came out croaky and I couldn't get my words out after cheering at the match"),
    ("U", "this morning I couldn't get my words out for a few minutes, fine now, I'm 68"),
]


@pytest.mark.parametrize(("expected", "text"), VOICE)
def test_set33_en_voice_lost(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("level", "text"), GP_NOT_HOME)
def test_set33_en_positional_vertigo(rules: RuleSet, level: Disposition, text: str) -> None:
    assert rules_only_level(text, rules)[0] is level


# A hangover told by the night out, not by its name (NHS.uk hangover: headache, feeling sick,
# being sick once or twice the morning after drinking; rest, water, food, treated at home);
# the worst headache of one's life, or vomiting that keeps going with no fluids kept down, is
# not (NICE CKS thunderclap headache; NHS.uk diarrhoea and vomiting).
NIGHT_OUT: list[tuple[str, str]] = [
    (
        "SC",
        "my boyfriend was out last night, sick once this morning, headache, now eating a bacon"
        " roll",
    ),
    ("SC", "I was out drinking last night and woke with a headache, sick once, keeping water down"),
    (
        "SC",
        "big night out for her birthday, she's queasy with a headache today, drinking water fine",
    ),
    ("E", "was out last night, woke with the worst headache of my life, came on suddenly"),
    ("!SC", "out last night and been sick ten times, can't keep any water down since 6am"),
]


@pytest.mark.parametrize(("expected", "text"), NIGHT_OUT)
def test_set33_en_night_out(rules: RuleSet, expected: str, text: str) -> None:
    level = rules_only_level(text, rules)[0]
    if expected == "SC":
        assert level is Disposition.SELF_CARE
    elif expected == "!SC":
        assert level is not Disposition.SELF_CARE
    else:
        assert_reaches(rules, expected, text)


# A faint at the sight of blood told in the order it happened, by a bystander ("saw the blood
# and fainted", "went down", "always happens to me with blood"): NHS.uk fainting and NICE CG109
# (an uncomplicated faint with a clear trigger and full recovery is no emergency); a collapse
# with no trigger, or one that has not come round, stays one.
FAINT_AT_BLOOD: list[tuple[str, str]] = [
    ("!E", "she saw the blood and fainted, out for a few seconds, came round straight away"),
    ("!E", "he saw the blood on his finger and went down, back up in seconds, chatting now"),
    ("!E", "passed out for a second, it always happens to me with blood, fine now"),
    ("E", "he collapsed in the kitchen for no reason and isn't coming round"),
    ("E", "she saw the blood and fainted and she still isn't responding to us"),
]


@pytest.mark.parametrize(("expected", "text"), FAINT_AT_BLOOD)
def test_set33_en_faint_at_blood(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Written by the coordinator at the merge: the typical-angina lift above must not reach an
# angina whose pattern is changing, diagnosed or not (NICE CG95 Chest pain of recent onset:
# unstable angina, a new or changing pattern such as pain more often or on less exertion, is
# not the stable angina of a rapid-access clinic; NHS.uk angina: worse than before, more often
# or lasting longer, urgent GP or 111). Before the merge the chest pain rule held these at
# urgent; the lift had sent the first two to non_urgent.
CHANGING_ANGINA = [
    (
        "U",
        "for the past 3 weeks I get chest pain when I walk up the hill, it goes after a couple"
        " of minutes rest, but it's getting more frequent and comes on with much less effort",
    ),
    (
        "U",
        "a tight feeling in my chest walking to the shops for a month, goes with rest in a few"
        " minutes, but now it comes on more often",
    ),
    (
        "U",
        "a heavy feeling in my chest on the stairs for weeks, eases with a few minutes' rest,"
        " lately it lasts longer",
    ),
    (
        "L",
        "a heavy feeling in my chest walking up hills, goes off with rest in a few minutes,"
        " the same for weeks",
    ),
]


@pytest.mark.parametrize(("expected", "text"), CHANGING_ANGINA)
def test_set33_en_changing_angina_is_not_lifted(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Written by the coordinator after rules-bp's report named a gap (its own look-alike, not a set
# row): a headache for weeks or months, getting worse, with vomiting on waking is NICE CKS
# Headache - assessment's red flag of raised intracranial pressure (urgent assessment); the
# phrase group read only "sick every morning" and its kin. A one-off morning's sickness with a
# headache in a short illness, or a hangover, is not it.
RAISED_PRESSURE = [
    ("U", "headaches for 3 months getting worse, worse when I wake up and I've been vomiting"),
    ("U", "my head has hurt for weeks, it's worst when I wake up and then I throw up"),
    ("U", "头痛几个月，最近越来越厉害，早上还吐"),
    ("U", "头痛了三个月，越来越严重，早上起来会吐"),
    ("U", "佢頭痛咗幾個禮拜，越嚟越痛，朝早起身會嘔"),
    ("L", "I've had a cold for 3 days with a mild headache and was sick once this morning, better"),
    ("L", "woke up with a mild headache and was sick once after drinking last night, fine now"),
    ("L", "得了肠胃炎两天，早上吐了一次，有点头痛，现在好多了"),
]


@pytest.mark.parametrize(("expected", "text"), RAISED_PRESSURE)
def test_headache_for_weeks_with_vomiting_on_waking(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
