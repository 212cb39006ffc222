"""An emoji or emoticon standing between two clauses ends the first, as a full stop would.

Issue 13: a cue's scope (negation, past history, hypothetical, another person's words) ends
at its clause, with or without punctuation. In chat an emoji or emoticon often stands where the
full stop or comma would be ("had a stroke in 2019 😢 face drooping now", "没有发烧🙏嘴唇发紫",
"no fever xD crushing chest pain"), so the danger told after it is the patient's current sign.
An emoji that stands for a word (``clinical.textprep.write_out_emoji``: 🤮 vomiting, 🤒 fever)
is still that word, and an emoji inside one clause, right after its cue ("no 😅 chest pain",
"没有😬发烧"), does not lift the cue: the look-alikes below keep their cue over what follows.
Written by the rules helper of session 36 (no set's rows read). Sources of the dangers: NHS.uk
/ NHS 111 and 999 pages (stroke FAST, heart attack, anaphylaxis, sepsis, meningitis rash,
vomiting blood, heavy bleeding, seizures), RCUK (anaphylaxis), NICE NG143 (a child hard to
wake), MTS discriminators.

``E`` must end ``emergency``, ``!E`` anything but ``emergency``, ``L`` below urgent. Before
the change: 26 of 65 wrong (26 dangers below emergency, 0 look-alikes raised). After: 2 of 65,
strict xfails below, both below emergency with a full stop in place of the emoji too (not the
emoji's doing). Two look-alikes were added after the first change, which read the first as
urgent (a preposition carrying the clause on past the emoji): 2 of 67 wrong after the second.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# A danger told after a past, negated, hypothetical or other person's clause, an emoji or
# emoticon between them and no punctuation: the cue stays in its own clause.
DANGERS: list[tuple[str, str] | object] = [
    # RCUK anaphylaxis: throat tightening after a sting, past reaction before the emoji
    ("E", "had anaphylaxis to a wasp 2 yrs ago 😬 got stung again and my throat is closing up"),
    # NHS stroke FAST
    ("E", "had a stroke in 2019 😢 face drooping on one side and cant lift my arm"),
    ("E", "not drunk lol 😂 face drooping on one side and my speech is slurred"),
    ("E", "what if its a stroke 😰 arm gone weak and face drooping"),
    # NHS 999: blue lips, cannot breathe
    ("E", "no chest pain 🙏 lips going blue and cant breathe"),
    ("E", "never had asthma T_T cant breathe cant speak in sentences"),
    ("E", "my sister had sepsis last month 😢 cant breathe lips going blue"),
    # NHS 999 heart attack
    ("E", "heart attack last year 😭 crushing chest pain going down my left arm"),
    ("E", "no fever xD crushing chest pain spreading to my jaw and sweating"),
    ("E", "no history of heart problems QAQ crushing chest pain and sweating"),
    ("E", "not anxious ^^ crushing chest pain going into my left arm"),
    # NHS anaphylaxis
    # (closed by rules-dg, session 37: swelling with trouble swallowing, tests/test_noticed_gaps.py)
    ("E", "no allergies 😬 lips and tongue swelling up fast cant swallow"),
    ("E", "never reacted to peanuts before 😳 throat swelling and cant breathe"),
    # NHS seizures: a fit lasting more than 5 minutes
    ("E", "had a fit as a kid 😕 fitting for over 5 mins and not stopping"),
    # NHS 999: vomiting blood
    ("E", "wasnt sick yesterday 😩 vomiting blood loads"),
    # NHS meningitis: a rash that does not fade under a glass
    ("E", "no headache 🙂 neck stiff and purple rash that doesnt fade under a glass"),
    # NHS.uk pulmonary embolism
    ("E", "had a clot in 2020 😬 sudden chest pain and coughing up blood"),
    # NHS 999: heavy vaginal bleeding, feeling faint
    # (closed by rules-dg, session 37: heavy periods with faintness, tests/test_noticed_gaps.py)
    ("E", "not pregnant 😅 bleeding really heavily soaking a pad every hour and feel faint"),
    # emoticons written as letters or symbols
    ("E", "no cough xD lips blue and struggling to breathe"),
    ("E", "had a stroke years ago T_T face drooping and slurred speech"),
    ("E", "no fever :( crushing chest pain and sweating"),
    ("E", "had a heart attack in 2018 -_- crushing chest pain again"),
    ("E", "no pain QQ lips blue and cant breathe"),
    # Chinese: 以前 / 去年 / 没有 before the emoji, the sign after it
    ("E", "以前中风过😭今天又说话不清楚"),
    ("E", "以前中风过😭说话不清楚嘴歪了"),
    ("E", "去年心梗过😢胸口压着痛出冷汗"),
    ("E", "没有发烧🙏嘴唇发紫喘不上气"),
    ("E", "没怀孕😅下面大出血头晕"),
    ("E", "不是胃病😫胸口剧痛放射到左臂"),
    ("E", "小时候有癫痫T_T抽搐了十分钟还没停"),
    ("E", "没有过敏史QAQ嘴唇肿了喘不上气"),
    ("E", "以前流产过😭肚子剧痛大出血"),
    ("E", "没吃药😂一边脸歪了手抬不起来"),
    ("E", "前年脑出血😢突然头痛欲裂吐了"),
    ("E", "没有摔倒^^宝宝抽搐叫不醒"),
    ("E", "去年被蜂蜇过敏😬又被蜇了喉咙发紧喘不上气"),
    ("E", "没有胸痛🙏咳血喘不上气"),
]

# The cue covers what follows: the emoji is inside its clause (right after the cue), stands for
# a word under a negation, or closes a clause that holds both the cue and the sign.
LOOK_ALIKES: list[tuple[str, str]] = [
    ("!E", "no 🤮 no 🤒 just a runny nose"),
    ("!E", "no chest pain 🙏 just a cough"),
    ("!E", "no 😅 chest pain or shortness of breath, just a sore throat"),
    ("!E", "not 😬 vomiting blood, just a sore tummy"),
    ("!E", "no 😷 fever no rash just tired"),
    ("!E", "denies 🙄 chest pain, sob or syncope"),
    ("!E", "without 😅 any chest pain or breathlessness, just a tickly cough"),
    ("!E", "had a stroke in 2019 😢 worried about my blood pressure tablets"),
    ("!E", "my mum had a heart attack last year 😢 worried about my own cholesterol"),
    ("!E", "what are the signs of a stroke 🤔 asking for a school project"),
    ("!E", "if my lips went blue 😰 would that be an emergency"),
    ("!E", "no 🤮 no 🤒 no 😵 just a headache after reading"),
    ("!E", "never had 😅 chest pain, just heartburn after curry"),
    ("!E", "not pregnant lol 😅 but my period is 3 weeks late"),
    ("!E", "had anaphylaxis in 2015 😬 fine since, asking about a flu jab"),
    ("!E", "没有🤮没有🤒就是流鼻涕"),
    ("!E", "没有😅胸痛也不喘就是咳嗽"),
    ("!E", "去年中风😢想问问降压药怎么吃"),
    ("!E", "没有😬发烧没有皮疹就是有点累"),
    ("!E", "中风有哪些表现🤔想了解一下"),
    ("!E", "从来没😅晕倒过只是有点累"),
    ("!E", "没有😷呕血就是胃有点不舒服"),
    ("!E", "以前心梗过😢最近复查都正常想问问饮食"),
    ("!E", "不是😂吐血是吃了红心火龙果"),
    ("!E", "no 😵 no chest pain just a stuffy nose xD"),
    ("!E", "no fever 🙏 no rash ^^ just a sore throat"),
    ("!E", "以前哮喘😭现在很好就是鼻塞"),
    ("!E", "没有胸痛😊就是咳嗽"),
    # written after the first change, which read the first one as urgent (a preposition after
    # the emoji carries the clause on)
    ("L", "do i need to worry 😬 about coughing up blood"),
    ("L", "what should i do 😰 if my lips go blue"),
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("expected", "text"), DANGERS)
def test_danger_after_an_emoji_clause_end_reaches_its_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), LOOK_ALIKES)
def test_cue_over_an_emoji_inside_its_clause_still_holds(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
