"""Animals, pets, gardening, plants, DIY and tools: our own sentences (rules-dm, session 38).

Each sentence is our own, in English, simplified Chinese, Hong Kong Cantonese or Taiwan usage
(traditional characters), read as a first message with the rules alone, its level from:

- **NHS.uk animal and human bites**: a bite that broke the skin, by a cat, on a hand or foot, or
  with a high temperature is NHS 111 the same day; a large or deep bite, or on the face or
  head, is A&E; bleeding that will not stop or a part bitten off is 999; a bat bite, or a bite
  abroad where rabies is a risk, is the same day. A scratch that did not break the skin, or a
  bite long healed, stays below urgent.
- **NHS.uk insect bites and stings**: signs of anaphylaxis after a sting (swollen lips, tongue or
  throat, struggling to breathe, faint) are 999; a sting in the mouth or throat or near the
  eye, a spreading red area, or a high temperature, is an urgent GP or 111; a local red lump
  is self-care. **NHS.uk Lyme disease**: a bullseye rash after a tick bite is a GP (the
  insect-bites page: urgent GP or 111), not an emergency.
- **NHS.uk snake bites**: an adder bite is 999 or A&E.
- **Poisoning in the garden** (NHS.uk poisoning; TOXBASE via NHS 111): weedkiller, slug
  pellets, garden sprays or a plant or berries swallowed is NHS 111 at least; with symptoms
  (drowsy, fitting, struggling to breathe) it is 999.
- **Tool injuries** (NHS.uk cuts and grazes, tetanus): bleeding that will not stop or a finger
  partly cut off is 999; a rusty nail puncture without full tetanus vaccination is the same
  day.
- **A fall from a ladder** (NICE NG232): knocked out, vomiting again, or on blood thinners after
  a head injury goes to hospital; a small bump with none of these stays below urgent.
- **Pet allergy with asthma** (NHS.uk asthma attack): by the asthma signs; sneezing alone stays
  below urgent. **Rat-bite fever** (NHS.uk animal bites, high temperature): urgent.
- Look-alikes that must not go up: a nettle rash, a splinter out cleanly, gardening back ache,
  hay fever while mowing, a pet that is ill while the writer is well.

Wrong before the change (8730641): 18 of the first 90 (bites 2 of 18: a bat bite, a pet rat's
bite with fever in Taiwan usage; stings 4 of 22: the mouth twice, many stings, the bullseye rash
in Chinese; snakes 1 of 5; garden poisons 6 of 11; tools 2 of 10; look-alikes 3 of 13: hay fever
while mowing, a cat's fits twice). Thirteen rows added with the change (two pet poisonings, six
stand-downs, five typos) were 1 wrong on 8730641 (the toddler beside the dog). After: 0 wrong,
hay fever while mowing open (strict xfail).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

BITES = [
    # NHS.uk animal and human bites: broke the skin, cat, hand, face: NHS 111 / A&E
    ("U", "my dog bit my hand and it broke the skin, two deep holes"),
    ("U", "got bitten by next door's cat on my thumb this morning, puncture marks"),
    ("U", "a dog bit my son on the face at the park, it's bleeding a bit"),
    ("U", "the neighbour's dog bit my leg yesterday, now the bite is hot, swollen and oozing"),
    ("U", "was bitten by a monkey in Bali 2 days ago, do I need a rabies jab"),
    ("U", "found a bat in the bedroom and think it bit my arm in the night"),
    ("U", "my hamster bit me, broke the skin and now I have a temperature of 38.6"),
    ("U", "bitten by my pet rat last week, now fever, aching joints and a rash on my hands"),
    ("U", "猫咬了我的手，咬破皮了，有两个小洞"),
    ("U", "被狗咬到脸，流了点血"),
    ("U", "在泰国被流浪狗咬了，要不要打狂犬疫苗"),
    ("U", "俾隻狗咬親隻手，穿咗窿"),
    ("U", "被鄰居的貓咬到手指，咬破皮了"),
    ("U", "養的老鼠咬了我，現在發燒關節痛"),
    # 999: bleeding that will not stop, sepsis signs
    ("E", "a big dog attacked me, bite on my arm is bleeding heavily and won't stop"),
    ("E", "dog bite 2 days ago, red streaks up my arm, high fever, shivering and confused"),
    ("E", "被狗咬伤，血一直止不住"),
    ("E", "畀狗咬完之后发高烧，发冷发抖，人都糊涂了"),
]

STINGS = [
    # NHS.uk insect bites and stings: anaphylaxis signs: 999
    ("E", "stung by a wasp in the garden, now my lips and tongue are swelling and I can't breathe"),
    ("E", "bee sting 10 minutes ago, throat feels tight and I feel faint"),
    ("E", "my husband was stung while mowing, his face is swelling and he's wheezing"),
    ("E", "被蜜蜂蛰了，嘴唇肿起来，喘不过气"),
    ("E", "被黄蜂叮咗，喉咙好紧，透唔到气"),
    ("E", "被虎頭蜂叮到，臉腫起來，呼吸困難"),
    # urgent GP / 111: mouth or throat, spreading red area with fever, many stings
    ("U", "a wasp flew into my can and stung me inside my mouth"),
    ("U", "stung by a bee near my eye, eyelid swelling up"),
    ("U", "horsefly bite on my leg, red area spreading bigger every hour and I've got a fever"),
    ("U", "my son was stung about 20 times by wasps when he stepped on a nest"),
    ("U", "被蜜蜂蛰到嘴巴里面"),
    ("U", "被蚊虫咬的地方红肿越来越大，还发烧了"),
    # NHS.uk Lyme disease: a bullseye rash after a tick is a GP, not an emergency
    ("N", "pulled a tick off my leg last week and now there's a bullseye rash around it"),
    ("!E", "pulled a tick off my leg last week and now there's a bullseye rash around it"),
    ("N", "被蜱虫咬过，现在周围有一圈像靶子一样的红疹"),
    ("!E", "被蜱虫咬过，现在周围有一圈像靶子一样的红疹"),
    # self-care: a local lump
    ("L", "got stung by a bee on my arm, just a bit of red swelling around it"),
    ("L", "wasp sting on my finger, it's sore and a little swollen but otherwise fine"),
    ("L", "被蜜蜂叮了一下，手臂有点红肿，其他都没事"),
    ("L", "被蚊咬咗好多粒，好痕"),
]

SNAKES = [
    # NHS.uk snake bites: 999 or A&E
    ("E", "I think an adder just bit my ankle on the heath"),
    ("E", "my dog and I were walking and a snake bit me on the hand, it's swelling"),
    ("E", "被毒蛇咬了脚"),
    ("E", "行山俾蛇咬咗，隻脚肿晒"),
    ("E", "被蛇咬到小腿，傷口在腫"),
    # the bite said in one word or with the snake after it; one rule reads the snake and the
    # bite wherever each is said (session 39: the two snake rules joined)
    ("E", "adder bite on my ankle, it's gone puffy"),
    ("E", "snakebite on my foot while camping"),
    ("E", "a snake has bitten my little boy on the leg"),
    ("E", "蛇咬咗我隻手"),
    ("E", "毒蛇咬伤了手背"),
    ("E", "snake bite on my calf, it's throbbing"),
    # a snake seen, no bite; a snake-plant, a board game and a piercing are no snake
    ("!E", "saw an adder on the path but it didn't bite me, just a scare"),
    ("!E", "my snake plant has yellow leaves and my hand itches after repotting it"),
    ("!E", "got a snake bite piercing yesterday, lip a bit sore"),
]

GARDEN_POISONS = [
    # NHS.uk poisoning / TOXBASE: swallowed, no symptoms: NHS 111 at least
    ("U", "my toddler ate some slug pellets from the garden"),
    ("U", "my 3 year old ate some red berries off a bush in the garden"),
    ("U", "child chewed a leaf of the foxglove in our garden"),
    ("U", "孩子吃了花园里的灭蜗牛药"),
    ("U", "细路食咗几粒花园啲野果"),
    # with symptoms, or a weedkiller like paraquat: 999
    ("E", "my dad drank weedkiller by mistake, it had paraquat in it"),
    (
        "E",
        "spraying insecticide on the roses and now I'm drooling, sweating and can hardly breathe",
    ),
    ("E", "my toddler ate slug pellets and now he's twitching and very sleepy"),
    ("E", "爸爸误喝了百草枯"),
    ("E", "喷完农药，现在流口水、出汗，呼吸困难"),
    ("E", "小朋友吃了花園的漿果，現在一直吐，叫不太醒"),
]

TOOLS = [
    # NHS.uk cuts: bleeding that will not stop, a finger partly cut off: 999
    ("E", "cut my arm with the hedge trimmer, blood is pouring out and won't stop"),
    ("E", "slipped with the circular saw and half my finger is hanging off"),
    ("E", "chainsaw went into my leg, spurting blood"),
    ("E", "用电锯割到手指，差点断了，血一直流"),
    ("E", "剪草机割伤脚，血流不止"),
    # NHS.uk tetanus: a rusty nail puncture without full vaccination: the same day
    ("U", "stood on a rusty nail in the shed, it went through my shoe, never had a tetanus jab"),
    ("U", "踩到生锈的钉子，刺得很深，没打过破伤风针"),
    # minor: a small cut, a splinter
    ("L", "caught my thumb with the secateurs, small cut, stopped bleeding with a plaster"),
    ("L", "got a splinter from the fence panel, pulled it out cleanly"),
    ("L", "手指插了根木刺，已经拔出来了"),
]

FALLS = [
    # NICE NG232: a fall from a ladder with head injury signs
    ("E", "fell off the ladder clearing the gutters, hit my head and was knocked out for a minute"),
    ("E", "my husband fell off a ladder, hit his head and has been sick twice since"),
    ("E", "fell off the ladder onto my back and now I can't feel my legs"),
    ("E", "爸爸从梯子上摔下来，撞到头，晕过去了"),
    ("E", "喺梯度跌落嚟撞到头，呕咗两次"),
    ("U", "the dog knocked my nan over and she hit her head, she's on warfarin"),
    # a small bump, a graze: below urgent
    ("L", "slipped off the bottom step of the ladder, grazed my knee, no head injury"),
    ("L", "the dog knocked me over in the garden, bruised my hip a bit, walking fine"),
    ("L", "從梯子最後一格滑下來，膝蓋擦傷，沒撞到頭"),
]

PET_ALLERGY = [
    # NHS.uk asthma attack: by the asthma signs
    (
        "E",
        "my asthma is really bad around the cat, blue inhaler not working, can't finish a sentence",
    ),
    ("E", "对猫过敏，哮喘发作，吸了药也没用，说不出整句话"),
    # sneezing alone
    ("L", "I sneeze and get itchy eyes whenever I visit my friend's cat"),
    ("L", "一摸狗就打喷嚏，眼睛痒"),
]

LOOK_ALIKES = [
    ("L", "my cat scratched my arm but it didn't break the skin"),
    ("L", "brushed against nettles while weeding, itchy bumpy rash on my legs"),
    ("L", "my back aches after a whole day of digging the garden"),
    ("L", "hay fever is terrible when I mow the lawn, sneezing and streaming eyes"),
    ("L", "my dog is vomiting and won't eat, what should I do? I'm fine myself"),
    ("L", "my cat has been having fits all morning, which vet is open?"),
    ("L", "I was bitten by a dog 2 years ago and it healed fine, can dogs smell fear?"),
    ("L", "猫抓了一下，没抓破皮"),
    ("L", "除草的时候碰到荨麻，腿上起了痒痒的疹子"),
    ("L", "整了一整天花园，腰有点酸"),
    ("L", "我只狗呕咗几次，唔肯食嘢，我自己冇事"),
    ("L", "我家的貓一直抽搐，哪裡有夜間動物醫院"),
    ("L", "割草的時候花粉症發作，一直打噴嚏"),
    # a pet that swallowed a garden poison is the vet's (the writer well)
    ("L", "my dog ate some slug pellets, he seems fine, do I call the vet?"),
    ("L", "我家的狗吃了灭蜗牛药，要去看兽医吗"),
]

# A pet's fit or a pet's poisoning said beside a person's danger: the person's danger stays
STAND_DOWNS = [
    ("E", "my cat has been having fits, and now my husband is fitting on the floor"),
    ("E", "my dog had a seizure this morning and then I had a fit too"),
    ("E", "我家的猫抽搐，我老公现在也在抽搐，叫不醒"),
    ("E", "我的狗抽搐了，我自己刚才也抽搐了两分钟"),
    ("E", "the cat is having a fit and my daughter ate slug pellets and is very sleepy"),
    ("U", "the dog ate slug pellets and my toddler ate some too"),
]

# Typos of nearby words still reach their level (new single words: bat, rabies, foxglove...)
TYPOS = [
    ("E", "crushing chest pain, it's reallly bsd and spreading to my arm"),
    ("E", "sudden pain in my bak and can't feel my legs"),
    ("E", "i was fiting and shaking for 10 minutes"),
    ("E", "my lips are swolen and I cant breath after a wasp sting"),
    ("U", "my dog bit me and now i have a fevr"),
]

# Sentences the rules cannot yet bring to their level: strict xfails with their reason.
# (the hay fever said terrible when mowing, open until session 41, reads right since rules-gg:
# hay fever's own degree words are no severity, clinical/disposition.py, NHS.uk hay fever)
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(BITES, OPEN))
def test_animal_and_human_bites(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STINGS, OPEN))
def test_insect_bites_stings_and_ticks(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SNAKES, OPEN))
def test_snake_bites(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GARDEN_POISONS, OPEN))
def test_garden_poisons(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TOOLS, OPEN))
def test_tool_injuries(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FALLS, OPEN))
def test_ladder_falls_and_knocked_over(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PET_ALLERGY, OPEN))
def test_pet_allergy_and_asthma(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LOOK_ALIKES, OPEN))
def test_look_alikes_stay_down(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STAND_DOWNS, OPEN))
def test_pet_stand_downs_keep_a_person_s_danger(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TYPOS, OPEN))
def test_typos_of_nearby_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
