"""Set 61's English rows (voice43: rural and remote, violence and safeguarding, festivals and
gatherings).

Written by rules-ib (session 43). Each English row of ``tests/data/fresh_levels_61.jsonl`` wrong
at its first run (the rules of 96ce9ba) is named by the KIND of reading that failed, with the
published source of its gold:

- f61-en-emg-007 (non_urgent): a blow to the head dealt by a person ("punched in the head",
  "kicked in the head", headbutted, "hit over the head with a bottle") - NICE NG232 head injury;
- f61-en-emg-012 (non_urgent): a knife wound told by the attack ("went for her with a knife",
  "came at him with a knife") with blood - Manchester Triage System major trauma (penetrating
  injury), NHS.uk when to call 999;
- f61-en-emg-013 (urgent): a face burnt by a blast ("exploded in his face", "went off in her
  face") with a hoarse voice or breathing trouble - British Burn Association referral (airway
  involvement), Manchester Triage System burns;
- f61-en-emg-018 (non_urgent): a person told to be in danger from someone now ("he's outside
  banging the door saying he's going to kill me") - NHS.uk domestic violence and abuse (in
  immediate danger: call 999).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 96ce9ba): 15 of 15 rows and 16
of 34 kind sentences (the four emergency kinds as first written; 3 near misses added after, from
what the new rules first over-read: a joke of being "killed", a threat made with a condition, a
cut with a blade told as self-harm). After: the four emergency rows at their gold and every kind
sentence at its level; the other 11 rows left open (see OPEN_ROWS: one against its source, ten
not reached in the session's time).

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

# NICE NG232 Head injury and NHS.uk head injury (vomiting, drowsiness, confusion after a head
# injury: A&E): the blow dealt by a person, a fist, a foot, a head or a bottle; a punch to
# another part of the body is no head injury
HEAD_BLOW_BY_A_PERSON: list[tuple[str, str]] = [
    ("E", "my son was punched in the head outside the pub and he's been sick twice since"),
    ("E", "someone kicked him in the head during the fight and now he's really drowsy"),
    ("E", "she got headbutted at the gig last night and this morning she keeps throwing up"),
    ("E", "my brother was hit over the head with a bottle at the club and keeps nodding off"),
    ("E", "我儿子昨晚被人打到头，今天吐了两次"),
    ("E", "他头被人踢了，现在一直想睡觉"),
    ("!E", "my brother punched me in the arm yesterday, it's bruised, and I've a stomach bug"),
    ("!E", "he punched the wall in a temper and his knuckles are swollen, no other injury"),
    ("!E", "他被人打到手臂，有点淤青，没有别的不舒服"),
]

# Manchester Triage System major trauma (penetrating injury) and NHS.uk when to call 999 (a
# serious injury, heavy bleeding): a knife wound told by the attack with blood; a kitchen cut or
# a threat long ago is no stab wound
KNIFE_ATTACK_WITH_BLOOD: list[tuple[str, str]] = [
    ("E", "her boyfriend came at her with a knife and there's blood all down her side"),
    ("E", "he went for me with a knife and my arm is bleeding through my sleeve"),
    ("E", "someone attacked my son with a knife outside the chippy, he's bleeding from his back"),
    ("E", "a lad slashed my mate across the arm with a blade at the festival, it's pouring blood"),
    ("E", "她男朋友拿刀砍她，手臂一直在流血"),
    ("!E", "cut my finger with a kitchen knife chopping onions, bleeding a little, plaster on"),
    ("!E", "he threatened me with a knife last year and I still get nightmares about it"),
    ("!E", "切菜的时候刀切到手指，流了一点血，已经贴了创可贴"),
    ("!E", "我女儿昨晚用刀划了手臂，伤口很浅，已经不流血了"),
]

# British Burn Association referral (burns with airway involvement: singed hair, hoarse voice,
# stridor, breathing difficulty) and Manchester Triage System burns (inhalational injury): a
# face burnt by a blast (a firework, a gas flare) with signs in the airway; a bang in the face
# that left no mark is not one
FACE_BLAST_AIRWAY: list[tuple[str, str]] = [
    ("E", "a firework went off in my son's face, his lips are swelling and his voice is hoarse"),
    ("E", "the gas barbecue flared up in his face, eyebrows singed and he's struggling to breathe"),
    ("E", "a banger exploded in her face, her nose hairs are burnt and she's coughing black stuff"),
    ("E", "烟花在他脸上炸开了，眉毛烧焦，声音沙哑"),
    ("E", "鞭炮炸到她的脸，现在呼吸很困难"),
    ("!E", "a party popper went off in his face and made him jump, he's laughing now, no marks"),
    ("!E", "a spark from a sparkler landed on my hand, small red mark, no blister"),
    ("!E", "鞭炮声吓到孩子了，没有受伤"),
]

# NHS.uk domestic violence and abuse (if you're in immediate danger, call 999; the police's
# Silent Solution): someone threatening to kill the writer or the household now, at the door or
# inside; a joke of being "killed" by a relative, or a threat long ago, is not
THREAT_TO_LIFE_NOW: list[tuple[str, str]] = [
    (
        "E",
        "my husband is drunk and smashing things, says he's going to kill me, I'm hiding upstairs",
    ),
    ("E", "my ex is trying to break the door down and screaming that he'll kill me"),
    ("E", "my dad is threatening to kill my mum right now, we're locked in my bedroom"),
    ("E", "he's outside the front door with a knife saying he'll kill us all"),
    ("E", "他喝醉了在门外砸门，说要杀了我，我和孩子锁在厕所里"),
    ("!E", "my mum will kill me when she sees this cut on my knee, it's stopped bleeding"),
    (
        "!E",
        "my ex threatened to kill me two years ago, he's in prison now, I still get panic attacks",
    ),
    (
        "!E",
        "my sister is going to kill me for breaking her straighteners lol, burnt my finger a bit",
    ),
    ("!E", "我妈知道了会杀了我的哈哈，膝盖擦破一点皮"),
    ("!E", "my dad is going to kill me when he sees my report, I'm hiding upstairs"),
    ("E", "he said he'll kill me if I call the police, he's outside banging on the door"),
]

KINDS = HEAD_BLOW_BY_A_PERSON + KNIFE_ATTACK_WITH_BLOOD + FACE_BLAST_AIRWAY + THREAT_TO_LIFE_NOW

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 61 wrong at the first run
SET61_EN_ROWS = [
    "f61-en-emg-007",
    "f61-en-emg-012",
    "f61-en-emg-013",
    "f61-en-emg-018",
    "f61-en-urg-002",
    "f61-en-urg-005",
    "f61-en-urg-011",
    "f61-en-urg-012",
    "f61-en-urg-014",
    "f61-en-urg-017",
    "f61-en-nur-005",
    "f61-en-nur-010",
    "f61-en-nur-011",
    "f61-en-slf-010",
    "f61-en-slf-015",
]

OPEN_ROWS: dict[str, str] = {
    "f61-en-urg-002": "not reached in session 43's time: a fall told as a shove onto the wrist",
    "f61-en-urg-005": "gold urgent against NHS.uk burns and scalds, which sends a burn that"
    " blisters on the hands (and any blistered burn on a child) to A&E: the rules'"
    " child_blistered_burn emergency is kept, so left open",
    "f61-en-urg-011": "not reached in session 43's time: a dog bite through the skin played down",
    # (f61-en-urg-012 closed by rules-ke, session 45: reduced fetal movements told softly, the
    # baby "hasn't really moved" today; tests/test_understated.py)
    "f61-en-urg-014": "not reached in session 43's time: sudden new floaters and flashes",
    "f61-en-urg-017": "not reached in session 43's time: a rib injury with fever and a productive"
    " cough",
    "f61-en-nur-005": "not reached in session 43's time: suspected financial abuse of an older"
    " adult",
    "f61-en-nur-010": "not reached in session 43's time: a tension headache's tight band read as"
    " chest tightness",
    "f61-en-nur-011": "not reached in session 43's time: a nose blocked on one side after a healed"
    " injury read as new breathlessness",
    "f61-en-slf-010": "not reached in session 43's time: a screen headache eased by paracetamol",
    "f61-en-slf-015": "not reached in session 43's time: sore feet after dancing",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET61_EN_ROWS, OPEN_ROWS),
)
def test_set61_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_61.jsonl", row_id)
