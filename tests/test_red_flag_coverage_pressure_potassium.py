"""Two discriminators said with a number: bleeding that minutes of pressure have not stopped,
and a moderately high blood potassium.

Written from the sources named above each group (not from any evaluation case). ``E`` must
end ``emergency``, ``=U`` exactly ``urgent``, ``!E`` anything but ``emergency``, ``L`` below
urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk cuts and grazes (A&E when 10 minutes of pressure does not stop the bleeding; MTS
# uncontrollable haemorrhage): minutes of pressing told, then still bleeding. These were
# non-urgent or self-care before. A bleed that stopped, or a paper cut, stays home care.
PRESSURE_FAILED: list[tuple[str, str]] = [
    ("E", "cut my palm on a broken glass, pressing on it for 15 minutes and it's still bleeding"),
    ("E", "hes been pressing on it 20 mins still bleeding"),
    ("E", "I've had pressure on it for ten minutes and it hasn't stopped"),
    ("E", "pressed on it for about 12 minutes and it was still bleeding when I let go"),
    ("E", "按了十五分钟还在流血"),
    ("E", "用纸巾压了二十分钟还在出血"),
    ("E", "按咗十分鐘仲流緊血"),
    # the pressing told on the wound or the cut rather than "it", or with 住 / 仲係 in Cantonese
    # (gaps rules-br named in session 30, sentences written by the coordinator)
    ("E", "I've pressed on the cut for 10 minutes and it's still bleeding, it's quite deep"),
    ("E", "been pressing a towel on the wound for 15 mins and it's still bleeding"),
    ("E", "held pressure on the gash for ten minutes, still bleeding"),
    ("E", "按住十分鐘仲係流緊血，個傷口好深"),
    ("E", "用毛巾压住伤口十五分钟了还是在流血"),
    ("E", "按住傷口十分鐘還是一直流血"),
    ("L", "pressed on the cut for 10 minutes and it has stopped bleeding now"),
    ("L", "按住十分鐘之後冇再流血"),
    ("L", "I was pressing on it for a few minutes and it stopped bleeding"),
    ("L", "paper cut, pressing on it for a minute, still bleeding a little"),
    ("L", "按了五分钟血就止住了"),
]

# UK Kidney Association hyperkalaemia guideline: 6.0-6.4 mmol/L moderate (treated and repeated
# the same day: urgent), 6.5 or more severe (emergency), under 6.0 neither. These were
# non-urgent before.
POTASSIUM: list[tuple[str, str]] = [
    ("=U", "GP rang, my potassium came back 6.2"),
    ("=U", "the surgery said my potassium is 6.0 on yesterday's bloods"),
    ("=U", "K+ 6.3 on my kidney bloods, what should i do"),
    ("=U", "验血说我血钾六点三"),
    ("=U", "醫生話我血鉀6.1"),
    ("E", "the renal nurse rang, potassium 6.7"),
    ("!E", "my potassium was 5.8 last week"),
    ("L", "my potassium was 4.5 on my routine bloods"),
]

# UK Kidney Association / NHS.uk: a high potassium with a slow or irregular heartbeat is emergency
# treatment. The irregular beat said with "heart" rather than "heartbeat" or "pulse" was urgent
# only (session 23's note); a moderate result with no heart or muscle sign stays urgent (above).
POTASSIUM_IRREGULAR_HEART: list[tuple[str, str]] = [
    ("E", "potassium 6.4 and my heart feels irregular"),
    ("E", "bloods showed potassium 6.1, my heart is all over the place"),
    ("E", "K+ 6.2 today and my heart keeps going out of rhythm"),
    ("E", "they said potassium is high and my heart feels erratic"),
    ("E", "血钾6.2 心脏跳得不规律"),
    ("=U", "potassium 6.2 and my heart feels fine"),
]

CASES = PRESSURE_FAILED + POTASSIUM + POTASSIUM_IRREGULAR_HEART


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_number_said_with_the_discriminator_reaches_its_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
