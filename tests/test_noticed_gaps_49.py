"""Over-triage look-alikes noticed in sessions 47-49, each with the real sign that must still fire.

Written by rules-oe (session 49), by kind, before any rule changed (the rules of 8540edd):

- a hot day told "boiling hot" is the weather, not a fever (NHS.uk high temperature: a fever
  is the body's; NHS.uk heat exhaustion: the weather is a cause), so a small boil on a boiling
  hot day is no inflamed abscess (NHS.uk skin abscess: red, hot skin or a high temperature);
- thirst or fast breathing after a run, a workout or time in the heat is the exercise's (NHS.uk
  dehydration: exercise and hot weather), not an SGLT2 inhibitor's DKA sign (MHRA Drug Safety
  Update: thirst with no cause, nausea, vomiting, tummy pain, fast breathing);
- "under the arm" (where a thermometer sits) is no floppy limb, and an adult's own "I feel a bit
  floppy" with a cold is tiredness, not NICE NG143's floppy child (red feature in under 5s);
- a bare "droopy" (feeling droopy, a droopy plant) is no face droop: NHS FAST is a face or
  mouth that has dropped on one side; tired eyelids after no sleep are no new eyelid droop
  (NHS.uk eyelid problems);
- 小便好黄 (dark yellow pee, NHS.uk dehydration) on a baby's first day is no jaundice (NICE CG98:
  the skin or the whites of the eyes);
- an old stroke's weakness told "since my stroke my left hand has been weak" and Cantonese
  都係咁 with 今日冇咩唔同 (nothing different today) are the baseline (NHS.uk stroke recovery);
  a new sign told sudden or today stays an emergency (NHS FAST, NICE NG128);
- Cantonese 肚 alone (tummy) 又胀又硬 is a hard belly (Manchester Triage System abdominal pain,
  peritonism) and 呕咗啡色嘅嘢 (vomited brown stuff) a coffee-ground vomit (NICE CG141).

- "last week" told with the sign over now (left open: rules-od's past-event design);
- a face or jaw swollen after a tooth out is expected (NHS.uk wisdom tooth removal), with
  toothache and no extraction same-day, spreading to the eye or throat 999 (NHS.uk dental
  abscess).

Wrong on the rules of 8540edd: 26 of the 83 sentences written first (besides the 7 left
open, each wrong then too); after: none. The last block of each list (marked) was written after
the change, in other words: 19 sentences, 7 of which the old rules also got wrong; writing them
found "thirsty after the gym" in `diabetes_new_signs` and "my left hand has suddenly gone weak"
read as no stroke sign (a must-stay sentence written first), both mended.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

HOT_DAY_NOT_FEVER: list[tuple[str, str]] = [
    (
        "L",
        "it was a boiling hot day so I got a boil on my bum, it's sore but not red, no temperature",
    ),
    ("L", "boiling hot day at the beach and I've got a little boil on my neck with a yellow head"),
    ("L", "roasting hot day today, got a small boil on my armpit, feel well"),
    ("L", "it's boiling hot outside and I've got a small boil on my back"),
    ("U", "I've got a boil on my leg, the skin around it is red and hot and spreading"),
    ("U", "the boil on my arm has gone red hot and I'm boiling hot with a fever of 38.5"),
    ("U", "abscess on my arm and I feel boiling hot and shivery"),
    ("U", "boiling hot day but I've got a boil on my arm and I'm burning up with a temperature"),
    (
        "E",
        "we were out all day, it's a boiling hot day, dad is confused and not sweating, skin hot "
        "and dry",
    ),
    # written after the change
    (
        "L",
        "boiling hot weather this week and a boil came up on my thigh, eating and sleeping fine",
    ),
    ("U", "it's boiling hot out and so am I, fever 39 and a big boil on my neck"),
]

EXERCISE_THIRST_ON_SGLT2: list[tuple[str, str]] = [
    (
        "L",
        "I take dapagliflozin, went for a long run in the heat and I'm thirsty afterwards, "
        "otherwise fine",
    ),
    ("L", "on empagliflozin, thirsty after a long run in the heat, drank water and feel ok"),
    ("L", "I'm on forxiga and after my run in the sun I felt thirsty, better after a drink"),
    ("L", "on dapagliflozin, breathing fast after my run but settled in a few minutes, feel fine"),
    (
        "U",
        "I'm on dapagliflozin and I've been really thirsty for two days, being sick and my tummy "
        "hurts",
    ),
    ("U", "on jardiance, feeling sick and breathing fast, unusually tired since yesterday"),
    ("U", "I take empagliflozin, I'm very thirsty and peeing a lot the last two days"),
    ("U", "on dapagliflozin, thirsty after my run and now I'm vomiting with tummy pain"),
    ("U", "I take forxiga, it was hot but I'm extremely thirsty all the time and peeing a lot"),
    # written after the change
    ("L", "on jardiance, really thirsty after the gym, had a pint of water and I'm fine"),
    ("U", "on dapagliflozin, thirsty after my workout and I keep being sick, feel awful"),
]

FLOPPY_LOOKALIKES: list[tuple[str, str]] = [
    ("L", "I feel a bit floppy and tired with this cold, temp under the arm is 37.6"),
    ("L", "I'm 30, I feel floppy and achy with flu, 37.9 under my arm"),
    ("L", "I feel a bit floppy and tired with this cold"),
    ("L", "the plaster under my arm has gone floppy, small cut healing fine"),
    ("L", "she's 3, temperature 37.9 under the arm, playing happily"),
    ("E", "my baby is floppy and won't wake properly, temp under the arm 38.9"),
    ("E", "she's floppy and not responding, 39 under the arm"),
    ("E", "his arm is floppy and he can't lift it, came on suddenly"),
    ("E", "my dad is floppy and not responding"),
    ("E", "my 2 year old feels floppy, temp 39 under the arm"),
    ("E", "she feels floppy and won't feed, 38.8 under her arm"),
    # written after the change
    ("L", "I'm feeling a bit floppy with this virus, 37.5 under my arm, drinking fine"),
    ("E", "my son is 18 months, he's gone floppy in my arms, 39.4 under the arm"),
]

DROOPY_LOOKALIKES: list[tuple[str, str]] = [
    ("L", "I feel droopy and tired all week, bit of a cold"),
    ("L", "my basil plant is droopy lol and I have a mild sore throat"),
    ("L", "I'm feeling a bit droopy today after a late night, slight headache"),
    ("L", "my eyes look droopy in the mirror after no sleep, no other problems"),
    ("L", "my eyelids are droopy because I'm so tired, been on night shifts"),
    ("E", "my mum's face looks droopy on one side and her speech is slurred"),
    ("E", "dad's mouth is droopy on the left since 20 minutes ago"),
    ("E", "her face suddenly went droopy on one side"),
    ("E", "his smile is droopy on one side and his arm is weak"),
    ("E", "the left side of her face looks a bit droopy and her tea dribbled out"),
    ("E", "my face feels numb n droopy on the left and my words are coming out wrong"),
    ("E", "the corner of his mouth looks droopy, started 20 minutes ago"),
    ("E", "one side of my face has gone droopy since I woke up"),
    # written after the change
    ("L", "the sunflowers in the garden look droopy and I've got mild hay fever"),
    ("L", "I've felt droopy all day after night shift, a bit of a headache"),
    ("E", "grandma's lip looks droopy on the right and she can't find her words"),
    ("E", "his face went droopy and he can't lift his arm"),
]

YELLOW_PEE_NOT_JAUNDICE: list[tuple[str, str]] = [
    ("L", "今天好热，出了很多汗，小便好黄，喝水就好了"),
    ("L", "我小便好黄，水喝得少，其他没什么"),
    ("L", "我个仔小便好黄，今日饮水少，精神好好"),
    ("!E", "今天出生的宝宝，尿好黄，哭声响亮，吃奶好"),
    ("U", "宝宝今天刚出生，皮肤好黄"),
    ("U", "baby born this morning and his skin already looks yellow"),
    ("U", "今天出生的宝宝，皮肤发黄"),
    # written after the change
    ("U", "今天出生的宝宝，小便好黄，皮肤也发黄"),
]

OLD_STROKE_BASELINE: list[tuple[str, str]] = [
    ("L", "Since my stroke my left hand has been weak. Can I still drive?"),
    ("L", "since my stroke my right arm has been weak, wondering about physio"),
    ("L", "since his stroke his left leg has been weak, he's fine in himself"),
    ("L", "阿爺中風後右手一直冇力，都係咁，今日冇咩唔同"),
    ("L", "佢中風之後左手一直冇力，都係咁，想問下物理治療"),
    ("E", "since my stroke my left hand has been weak, but today my right arm suddenly went weak"),
    (
        "E",
        "since his stroke his left hand has been weak, this morning his face dropped on one side",
    ),
    ("E", "阿爺中風後右手一直冇力，都係咁，但係頭先左手突然冇力"),
    ("E", "阿爺中風後右手一直冇力，都係咁，今日左手又冇晒力"),
    ("E", "阿爺中風後右手一直冇力，冇咩唔同，但係今朝講嘢突然唔清楚"),
    ("E", "my left hand has suddenly gone weak, nothing different otherwise"),
    # written after the change
    ("L", "since her stroke her right hand has been weak, any exercises to help?"),
    ("L", "阿嫲中風之後左腳一直冇力，都係咁，今日冇乜唔同"),
    ("E", "阿嫲中風之後左腳一直冇力，都係咁，但係今日右手突然冇晒力"),
]

HARD_BELLY_BROWN_VOMIT: list[tuple[str, str]] = [
    ("E", "阿爷肚又胀又硬，仲呕咗啡色嘅嘢"),
    ("E", "阿爷个肚又胀又硬"),
    ("E", "阿爷成日唔屙屎，今日个肚好胀，仲呕咗啡色嘅嘢"),
    ("E", "我爸这两天没大便，现在肚子又胀又硬，吐了棕色的臭东西"),
    ("L", "我成日肚痛，食完嘢就好啲，冇呕"),
    ("L", "我成日都头痛，食咗止痛药就好返"),
    ("L", "个小腿今日行山之后有啲攰，冇肿"),
    ("L", "我饮咗杯啡色嘅奶茶，个肚有少少胀"),
    # written after the change
    ("E", "阿婆个肚又硬又胀，今朝呕咗两次啡色嘢"),
    ("L", "屙咗啲啡色嘅屎，成日都系咁，冇痛"),
]

# "last week" told with the sign over by now: NHS.uk "when to call 999" is for signs now; NICE
# CG95 (chest pain more than 72 hours ago and none since: an assessment, not 999), NICE CG109
# (a faint over, well since: a GP), NICE NG128 (a TIA in the last 7 days: specialist within 24
# hours, urgent). Left open: the same kind as rules-od's past-event design (an event days or
# weeks back, told over), which reads "yesterday", "days ago" and "weeks ago" alike; a second
# mechanism for "last week" alone would duplicate it ("last week" is no past cue because "it
# started last week and today it's crushing" is current).
LAST_WEEK_OVER: list[tuple[str, str]] = [
    ("!E", "I had crushing chest pain last week for an hour, none since, feel fine now"),
    ("!E", "last week I passed out for a few seconds at a party, fine since then"),
    ("!E", "上个星期晕倒了一次，现在没事了"),
    ("!E", "上个礼拜晕咗一阵，而家冇事"),
    ("!E", "last week my little boy had a fit with a fever, he's fine now"),
    ("=U", "my face drooped for a few minutes last week, it's gone now and I feel normal"),
    ("U", "上个星期嘴歪了几分钟，现在好了"),
    ("E", "my chest pain started last week and today it's crushing and I'm sweating"),
    ("E", "last week I fainted and today I fainted again and hit my head, now confused"),
    ("E", "上个星期开始胸口痛，今天痛得很厉害还出冷汗"),
    ("E", "last week my face drooped, today my arm suddenly went weak"),
    ("E", "上个星期晕倒过一次，今天又晕倒了，现在叫不醒"),
]

_PAST_EVENT = (
    "a sign told as last week's and over: the kind of rules-od's past-event design (days or "
    "weeks back, told over); not given a second mechanism here"
)
LAST_WEEK_OPEN: dict[str, str] = {
    text: _PAST_EVENT for code, text in LAST_WEEK_OVER if code == "!E"
}

# NHS.uk wisdom tooth removal: the face or jaw swollen for a few days after a tooth out is
# expected (a dentist if it gets worse); spreading to the eye or neck, or trouble swallowing, is
# 999 / A&E (NHS.uk dental abscess); a swelling with toothache and no extraction is same-day
SWOLLEN_AFTER_A_TOOTH_OUT: list[tuple[str, str]] = [
    ("L", "had a wisdom tooth out on monday, half my face is swollen today, eating soup, no fever"),
    ("L", "I had a tooth pulled yesterday and my jaw is swollen, managing with paracetamol"),
    ("L", "had two teeth out on friday, my face is swollen on that side, no temperature"),
    ("U", "my face is swollen on one side and I have bad toothache"),
    ("U", "jaw is swollen and throbbing from a bad tooth, haven't had anything done"),
    ("E", "had a tooth out 3 days ago, now my face is swollen up to my eye and I can't swallow"),
    ("U", "half my face suddenly swelled up and my lips are swollen, no idea why"),
    ("U", "智齿发炎，脸肿了，张不开嘴"),
    ("L", "前天拔了智齿，今天脸肿了，能吃粥，不发烧"),
    ("U", "牙痛了三天，今天脸肿了"),
    # written after the change
    ("E", "had a tooth out this morning and now my lips and tongue are swelling and I'm wheezy"),
    ("L", "two days after my tooth extraction my jaw is a bit swollen, eating fine"),
    ("E", "拔了牙之后脸肿了，现在肿到眼睛，吞不下东西"),
]

OPEN: dict[str, str] = {
    "on dapagliflozin, breathing fast after my run but settled in a few minutes, feel fine": (
        "breathless_new (a rule of its own, not the SGLT2 one) reads fast breathing after a run "
        "that settled as new breathlessness: left for a look at that rule"
    ),
    "the plaster under my arm has gone floppy, small cut healing fine": (
        "a thing said floppy (not a person) still reads floppy_unresponsive, whose look-alikes "
        "are listed one by one (hats, food), and 'arm ... flop' a limb weakness: left open"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(HOT_DAY_NOT_FEVER, OPEN))
def test_a_hot_day_is_no_fever(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EXERCISE_THIRST_ON_SGLT2, OPEN))
def test_thirst_after_exercise_on_an_sglt2(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FLOPPY_LOOKALIKES, OPEN))
def test_floppy_lookalikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DROOPY_LOOKALIKES, OPEN))
def test_droopy_lookalikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(YELLOW_PEE_NOT_JAUNDICE, OPEN))
def test_yellow_pee_is_no_jaundice(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OLD_STROKE_BASELINE, OPEN))
def test_an_old_strokes_baseline(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HARD_BELLY_BROWN_VOMIT, OPEN))
def test_a_hard_belly_and_brown_vomit_in_cantonese(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LAST_WEEK_OVER, LAST_WEEK_OPEN))
def test_last_weeks_sign_told_over(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SWOLLEN_AFTER_A_TOOTH_OUT, OPEN))
def test_a_face_swollen_after_a_tooth_out(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
