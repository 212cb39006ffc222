"""Safety regressions the coordinator found merging session 50's helpers, with their tests.

rules-pf (session 50's themes by kind) read a clinician's safety-netting advice quoted with its
"if" ("you said to call 999 if his lips go blue", 护士说如果嘴唇发紫就打120) as something to watch
for, not a report, with guards for the sign said again after "now" or as happened ("and now it
has", 现在真的出现了). Probed at the merge, the stand-down also silenced the sign told as
happened in pronoun form after the advice: each sentence below with code "E" was an emergency at
910e3ad (session 49's rules) and fell to non_urgent on the merged rules (seven of twenty probed).
Advice quoted with a danger sign is what an anxious parent or carer writes when the sign comes
(NICE NG143 safety netting: the sign decides), so the stand-down was withdrawn (its quoted-advice
phrases taken out of the hypothetical cue list); its guards, which only restore signs, stay.
The "must come down" sentences it was written for stay above their level in
tests/test_voice50_kinds.py (strict xfails), the safe side.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

SAFETY_NET_TOLD_AS_HAPPENED: list[tuple[str, str]] = [
    ("E", "you said to call 999 if his lips go blue and now they are blue"),
    ("E", "the nurse said to call 999 if his lips went blue and now they're blue"),
    (
        "E",
        "the nurse told me if the rash doesn't fade under a glass to call 999 and it doesn't fade",
    ),
    ("E", "they told us to come back if he had a fit and he just had a fit"),
    (
        "E",
        "the doctor said to call 999 if the chest pain spread to my arm and it has spread to my "
        "arm now",
    ),
    ("E", "护士说如果嘴唇发紫就打120，现在变紫了"),
    ("E", "醫生話如果佢嘴唇變紫就打999 而家變咗紫色"),
    ("E", "医生交代如果胸口痛到手臂就打120，现在痛到左手臂了"),
    # the same advice with the sign said again in full stays an emergency too
    ("E", "you said call 999 if she had a fit and now she has"),
    ("E", "the nurse said to ring 999 if his lips went blue and now it's happening"),
    ("E", "医生说如果抽搐就打120 他现在抽个不停"),
    ("E", "醫師說如果嘴唇發紫就叫救護車 現在嘴唇紫紫的"),
    ("E", "you said if he stops responding call 999 he isnt responding"),
    # a general question keeps its reading
    ("!E", "do you need to go to A&E for chest pain in general"),
    ("!E", "what should I do if my baby's lips go blue"),
]

# rules-pd's numb arm told as new (neuro_arm_new.yaml, NHS.uk stroke FAST) read "it's coming
# back now" and "came back within 10 minutes" (the arm's feeling returning after it was slept on)
# as the numbness returning: an older look-alike of tests/test_noticed_gaps_42b.py went to
# emergency on the merged rules (NHS.uk pins and needles: pressure, gone on moving)
NUMB_FROM_PRESSURE_FEELING_BACK: list[tuple[str, str]] = [
    ("L", "woke up and my arm was numb from sleeping on it, it's coming back now"),
    ("L", "I'd slept on my arm and it went numb, the feeling came back within 10 minutes"),
    ("L", "slept funny on my arm, numb when I woke, the feeling's coming back now"),
    # session 50's fresh-clone CI (44d1b26): tests/test_quoted_verdicts.py and
    # tests/test_disposition_sources.py
    ("L", "my arm just went numb because I slept on it and it came back after I shook it"),
    ("=U", "前日右手突然麻咗十几分钟，之后好返"),
    ("E", "I slept on my arm and it's still numb 3 hours later"),
    ("E", "slept on my arm, it got better, but now the numbness came back and my hand is weak"),
    (
        "E",
        "woke up with my left arm numb, I slept on it, but it's still numb and my face is drooping",
    ),
]

OPEN: dict[str, str] = {
    "the nurse told me if the rash doesn't fade under a glass to call 999 and it doesn't fade": (
        "urgent by non_blanching_rash (the same at 910e3ad): the rash's own emergency needs a "
        "fever or the person unwell said (NICE NG143, NHS.uk meningitis); open"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(SAFETY_NET_TOLD_AS_HAPPENED, OPEN))
def test_safety_net_told_as_happened(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NUMB_FROM_PRESSURE_FEELING_BACK, OPEN))
def test_numb_from_pressure_feeling_back(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
