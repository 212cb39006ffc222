"""Set 56's two emergencies below urgent (voice40), opened in session 41 by the coordinator.

Set 56 (``tests/data/fresh_levels_56.jsonl``, 80 messages by writer-fresh56) was a carry-over
measure in session 40: 85.0% at its first run and after all of that session's rule work, with
two emergencies at ``non_urgent``. Opened in session 41, after session 41's first rule change
(rules-ga) and before the rest of its rule work, each is named by the KIND of reading that
failed, with the published source of its gold:

- f56-en-emg-003 (non_urgent): a positive pregnancy test, one-sided low pain, shoulder-tip pain
  and a near faint told with phone spellings: a past tense with its "e" left out ("missd", read
  as "miss" rather than "missed") and "rite" for "right" - NHS.uk ectopic pregnancy (999);
- f56-zh-emg-006 (non_urgent): an erection after a medicine for erections told only as "still
  hard, will not go down" (还是硬的，下不去) for five hours and more painful - NHS.uk priapism
  (an erection lasting more than 4 hours: A&E).

Each kind has sentences of this file's own, in other words and both polarities. Wrong before the
change (22f98ff): 2 of 2 rows and 7 of 16 kind sentences; of the 10,027 stored texts only these
two rows moved (toward their gold), none away.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold, with_open

# NHS.uk ectopic pregnancy (a positive test with pain low down on one side, shoulder-tip pain
# and feeling faint: 999), typed in phone spellings: a past tense with its "e" left out, "rite"
ECTOPIC_IN_PHONE_SPELLINGS = [
    ("E", "missd my period and the test is positive, sharp pain on my rite side, nearly fainted"),
    ("E", "my period is late, test was positve, pain low on the left and my shoulder tip hurts"),
    ("E", "i missd a period, positive test, now bad pain on the rite side low down and feel faint"),
    ("N", "missd my period and the test was positive this morning, no pain or bleeding"),
    ("!E", "missd the bus this morning so walked, my right knee aches a bit now"),
    ("!E", "that's the rite of passage for new parents, no sleep, baby is feeding well"),
    ("!E", "missd my period, test negative twice, no pain at all"),
]

# NHS.uk priapism (an erection that lasts more than 4 hours, or is painful and not going away
# after a medicine for erections: A&E), told without the word "erection": still hard, will not
# go down, after Viagra or its like
PRIAPISM_TOLD_AS_STILL_HARD = [
    ("E", "吃了伟哥，现在五个小时了还是硬的，下不去，很痛"),
    ("E", "昨晚吃了西地那非，到现在还一直硬着，软不下来，越来越痛"),
    ("E", "食咗伟哥之后六个钟都仲系硬，落唔到，好痛"),
    ("E", "took viagra last night and it's still hard 5 hours later, won't go down, really sore"),
    ("E", "took a cialis and 6 hours on I'm still hard and it won't go soft, it hurts"),
    ("!E", "吃了伟哥效果不好，硬不起来，想问换什么药"),
    ("!E", "吃了伟哥一个多小时就软下来了，一切正常，想问多久能吃一次"),
    ("!E", "took viagra, it worked fine, went down after an hour, just asking if it's safe again"),
    ("!E", "my tummy is still hard and bloated, won't go down since christmas dinner"),
]

KINDS = ECTOPIC_IN_PHONE_SPELLINGS + PRIAPISM_TOLD_AS_STILL_HARD


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SET56_ROWS = ["f56-en-emg-003", "f56-zh-emg-006"]


@pytest.mark.parametrize("row_id", SET56_ROWS)
def test_set56_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_56.jsonl", row_id)
