"""Gaps noticed in earlier sessions and left alone, closed by kind in session 44 (rules-jh).

Mostly over-triage: a mild message pushed to an emergency or the same day by a word read out of
its context. Each sentence is our own, read as a first message with the rules alone; each list
holds the real danger of the same kind too, which must still fire. The guidance is named above
each list:

1. **A lip or face swollen by a blow** (NHS.uk angioedema: swelling of the lips or face needs a
   trigger, an allergen, or comes with no injury; a swollen lip from a punch or a fall is an
   injury, NHS.uk cuts and grazes / bruises: cold compress at home). An allergen named, or a
   swelling with no injury, keeps its level.
2. **A fall from a bike, a horse or a quad bike with no head named** (NICE NG232 Head injury:
   the head must have been hit; the fall's other injuries are read by their own signs): no head
   injury, so blood thinners or a vomit from the pain alone are no head-injury emergency.
3. **"Fell off a ladder" with no injury said** (NICE NG232 / NG41 and the Manchester Triage
   System: a fall from a height is a mechanism, an emergency needs a sign of serious injury;
   NHS.uk falls: a fall with no injury is looked after at home or a GP): an emergency only with
   a head injury, a spinal sign, loss of consciousness, chest or tummy pain, breathlessness,
   limb weakness, uncontrolled bleeding or the worst pain.
4. **A charcoal or gas grill used outdoors** (NHS.uk carbon monoxide poisoning: fuel burnt
   indoors or in an enclosed space; never a barbecue in a tent or a garage): no carbon monoxide,
   and 烧炭 for a barbecue outdoors is no suicide plan (NICE NG225 reads charcoal burnt in a
   closed room).
5. **Feeling faint read as a faint** (NHS.uk fainting: a faint is passing out; feeling faint,
   "like I might pass out", 快要昏过去, 好似就快晕低, is not): no loss of consciousness.
6. **Vomiting "after eating" read as an allergic reaction** (NHS.uk food poisoning: vomiting
   after a meal, often with diarrhoea, is treated at home; Resuscitation Council UK 2021 /
   NHS.uk anaphylaxis: a reaction follows an allergen): vomiting counts as an allergic sign only
   after a named allergen (a food of the FSA 14, a sting, a medicine, "allergic").
7. **An animal bitten by a snake** (NHS.uk snake bites is about people; an animal is the
   vet's): 鸡被蛇咬了, 羊被蛇咬了, "a snake bit our dog"; the person bitten (喂鸡的时候被蛇咬了)
   stays 999.
8. **Shivering after a swim, warmed up and fine** (NHS.uk hypothermia: shivering and feeling
   cold after time in cold water, warmed up and well, is looked after at home; 999 for
   confusion, slurred speech or drowsiness): self-care.
9. **"kms lol"** (NICE NG225 Self-harm: ask directly, do not assume; NHS.uk help for suicidal
   thoughts): a statement of killing oneself with "lol" and no everyday trigger is read as
   "ill kms lol" already is (an emergency: the rules cannot ask); with an everyday trigger it is
   the same-day jest rule; "5 kms" after a verb of distance is a distance.

Wrong before the change (the rules of 5e2ec9a): 35 of the 65 sentences (1 lip or face 4 of 8,
2 a ride's fall 3 of 7, 3 a ladder 4 of 8, 4 a grill outdoors 4 of 7, 5 feeling faint 6 of 8, 6
vomiting after eating 4 of 7, 7 an animal bitten 4 of 8, 8 a swim's shivering 3 of 6, 9 "kms lol"
3 of 6); every real danger of each kind reached its level before and after. One stays open, a
strict xfail: "shivered for ages" read as lasting. Decided against the brief's floor for kind 9:
"kms lol" alone is an emergency (as "ill kms lol" and "gonna kms 😂" are, session 42), above its
"at least a check-in"; with an everyday trigger it is the same-day jest rule.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. NHS.uk angioedema; NHS.uk cuts and grazes / bruises
LIP_FACE_INJURY: list[tuple[str, str]] = [
    ("L", "got punched in the mouth last night and my lip is swollen"),
    ("L", "我被人打了一拳，嘴唇肿了，牙齿没事"),
    ("L", "fell off my bike and my lip is swollen, teeth all fine"),
    ("L", "摔了一跤，嘴唇磕肿了"),
    ("!E", "took a football to the face at training, my cheek is swollen"),
    ("E", "ate peanuts at lunch and now my lips are swelling"),
    ("U", "my lips have swollen up for no reason"),
    ("U", "嘴唇突然肿起来了，没有撞到哪里"),
]

# 2. NICE NG232 Head injury (the head hit)
RIDE_FALL_NO_HEAD: list[tuple[str, str]] = [
    ("!E", "fell off my horse this morning, I'm on warfarin, bruised hip"),
    ("!E", "fell off the quad bike, I'm on apixaban, grazed my arm"),
    ("!E", "fell off my bike, sore wrist, threw up from the pain"),
    ("!E", "从马上摔下来，屁股疼，吐了一次"),
    ("E", "fell off my bike and hit my head, I'm on warfarin"),
    ("E", "fell off the horse onto her head and she's been sick twice"),
    ("E", "从马上摔下来撞到头，吐了两次"),
]

# 3. NICE NG232 / NG41, Manchester Triage System major trauma; NHS.uk falls
LADDER_NO_INJURY: list[tuple[str, str]] = [
    ("!E", "fell off a ladder"),
    ("L", "fell off a ladder this morning, feel fine, nothing hurts"),
    ("!E", "从梯子上摔下来了"),
    ("L", "从梯子上摔下来，没受伤，现在感觉挺好"),
    ("E", "fell off a ladder and now I can't feel my legs"),
    ("E", "fell off a ladder, landed on my back, neck hurts and both hands are tingling"),
    ("E", "fell off a ladder and hit my head, was knocked out"),
    ("E", "从梯子上摔下来，头着地，吐了两次"),
]

# 4. NHS.uk carbon monoxide poisoning (indoors or an enclosed space); NICE NG225
CO_OUTDOORS: list[tuple[str, str]] = [
    ("!E", "we had a charcoal grill outside and now the whole family feels sick with headaches"),
    ("!E", "charcoal grill in the garden, the whole family has headaches"),
    ("!E", "在户外烧炭烧烤，有点头晕"),
    ("!E", "院子里用炭炉烧烤，全家人都有点头痛"),
    ("E", "we used a charcoal grill inside the tent and now we all have headaches"),
    ("E", "在屋里烧炭取暖，全家都头晕想吐"),
    ("E", "gas heater on all night in the caravan, the whole family feels sick and dizzy"),
]

# 5. NHS.uk fainting (feeling faint is not a faint)
FEELING_FAINT: list[tuple[str, str]] = [
    ("!E", "I feel like I might pass out"),
    ("!E", "dizzy, feels like I'll pass out any second"),
    ("!E", "close to fainting, been standing all day in the heat"),
    ("!E", "有点晕，想晕倒的感觉"),
    ("!E", "我觉得快要昏过去了"),
    ("!E", "头晕晕的，好似就快晕低"),
    ("E", "felt faint then passed out on the kitchen floor"),
    ("E", "她刚才突然晕倒了，叫不醒"),
]

# 6. NHS.uk food poisoning; Resuscitation Council UK 2021, NHS.uk anaphylaxis
VOMIT_AFTER_EATING: list[tuple[str, str]] = [
    ("L", "I've been vomiting after eating a takeaway last night, keeping water down"),
    ("L", "threw up after eating, bit of diarrhoea too, keeping fluids down"),
    ("L", "吃完东西就吐了，现在好多了"),
    ("L", "吃了外卖以后吐了两次，现在能喝水"),
    ("U", "vomiting after eating peanuts, I'm allergic to nuts"),
    ("U", "吃了虾以后吐了，身上起了荨麻疹"),
    ("E", "ate prawns and now my lips are swelling and I'm vomiting"),
]

# 7. NHS.uk snake bites (people; an animal is the vet's)
ANIMAL_BITTEN: list[tuple[str, str]] = [
    ("!E", "鸡被蛇咬了"),
    ("!E", "今天早上鸡被蛇咬了，怎么办"),
    ("!E", "羊被蛇咬了，腿肿了"),
    ("!E", "a snake bit our dog on the nose"),
    ("!E", "the dog got bitten by a snake"),
    ("E", "喂鸡的时候被蛇咬了"),
    ("E", "鸡被蛇咬了，我去抓蛇的时候也被咬了"),
    ("E", "the adder bit our dog and then bit me on the ankle"),
]

# 8. NHS.uk hypothermia
SWIM_SHIVER: list[tuple[str, str]] = [
    ("S", "shivering after swimming, warmed up and fine now"),
    ("S", "cold water swim this morning, shivered for ages after but warmed up now"),
    ("S", "游完泳一直发抖，现在暖和过来了，没事了"),
    ("N", "been shivering since my swim two hours ago and can't warm up"),
    ("U", "after the sea swim he's still shivering and slurring his words, very drowsy"),
    ("U", "游完泳以后一直发抖，说话含糊，叫他反应很慢"),
]

# 9. NICE NG225 Self-harm; NHS.uk help for suicidal thoughts
KMS_LOL: list[tuple[str, str]] = [
    ("E", "kms lol"),
    ("E", "kms lmao"),
    ("=U", "this homework makes me want to kms lol"),
    ("=U", "exams tomorrow, kms lol"),
    ("L", "ran 5 kms lol my legs are dead"),
    ("E", "kms lol, i've saved up my pills"),
]

KINDS = (
    LIP_FACE_INJURY
    + RIDE_FALL_NO_HEAD
    + LADDER_NO_INJURY
    + CO_OUTDOORS
    + FEELING_FAINT
    + VOMIT_AFTER_EATING
    + ANIMAL_BITTEN
    + SWIM_SHIVER
    + KMS_LOL
)
OPEN: dict[str, str] = {
    "cold water swim this morning, shivered for ages after but warmed up now": "'for ages' of "
    "a shivering already over is read as lasting (the decision's persistent words), which keeps "
    "it off self-care; the span of a sign told as past is a separate reader",
}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
