"""People who cannot easily say what is wrong, and the carers who write for them (rules-he,
session 42).

Each sentence is our own, in English or Chinese (simplified, Hong Kong and Taiwan
traditional), read as a first message with the rules alone. Illness in someone with a learning
disability, autism, dementia, aphasia after a stroke, deafness or sight loss often shows as a
change from their usual self rather than in words, and carers compare with "usual":

1. **Danger told as a change in behaviour** (NHS.uk learning disabilities, signs of pain and
   distress; NICE NG51 sepsis: a carer's concern, a change in behaviour or mental state;
   RESTORE2 soft signs; NICE CKS delirium: new or worse confusion is urgent, with signs of
   sepsis an emergency): reaches its level.
2. **Danger told through someone else** (an interpreter, a support worker, a parent of a grown-up
   child, limited English): the reported sign keeps its level.
3. **Autonomic dysreflexia** (NHS.uk: a spinal cord injury at T6 or above with a sudden pounding
   headache, flushing or sweating above the injury, often a blocked catheter: an emergency).
4. **Epilepsy** (NHS.uk: call 999 for a seizure over 5 minutes or one after another without
   waking; a person's usual seizure, over and back to normal, is no 999).
5. **A known usual behaviour, stable and at baseline** (autism, a learning disability, dementia,
   old aphasia, wheelchair use): not raised by being said.

Wrong before the change (d9366d1): 9 of the 56 sentences first written (item 1: 4 of 20, the
stopped eating and drinking and head-hitting told as "not like him" at self-care or non-urgent,
sleepier than usual with a fever non-urgent; item 2: 0 of 8; item 3: 1 of 7, dysreflexia
urgent; item 4: 0 of 5; item 5: 4 of 16, a dementia's usual muddle and usual incontinence
raised to urgent). Six look-alikes of the new rules were written after the change and read
right at their first run. A second batch of 32, written after that change, was then run on
the unchanged rules (d9366d1): 8 of 32 wrong (5 still wrong after the first change: a carer's
"hasn't opened his bowels" with vomiting, 抱着肚子, 叫佢都冇乜反应, "sleep sleep cannot wake", and
learner Chinese with a space between words); four look-alikes written after the second change.
After: one open row (the spaced learner Chinese, a clause reader's change).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. A change from the usual self (NHS.uk learning disabilities; NICE NG51; RESTORE2; CKS delirium)
CHANGE_FROM_USUAL = [
    # NHS.uk learning disabilities: stopping eating and drinking, head-hitting, a change from usual
    (
        "U",
        "my son has a learning disability and can't talk, since yesterday he's stopped "
        "eating and drinking and keeps hitting his head, this is not like him",
    ),
    (
        "U",
        "I'm a support worker, the man I support is non verbal, he has stopped drinking "
        "since yesterday and hasn't had a wee all day",
    ),
    # NICE NG51: carer concern / behaviour change with an infection
    (
        "E",
        "care home resident with dementia is much more confused than usual today, hot and "
        "shivering and breathing fast",
    ),
    (
        "E",
        "Dad has dementia, since this morning he's more muddled than normal and has new "
        "incontinence, temperature 38.7",
    ),
    (
        "E",
        "support worker here: resident with autism, non verbal, temp of 38.6 and much "
        "sleepier than usual, hard to wake",
    ),
    # NICE CKS delirium: new or worse confusion is urgent
    ("U", "Mum has dementia, today she's much more confused than her usual, not herself at all"),
    (
        "U",
        "my brother has Down's syndrome and since yesterday he is not himself, more "
        "agitated than usual and not eating",
    ),
    # RESTORE2 soft signs with a fever
    (
        "U",
        "she's usually chatty but today she's very quiet, sleeping much more than usual "
        "and has a fever of 38.4",
    ),
    (
        "U",
        "care home resident has stopped eating and drinking, more sleepy than normal, "
        "urine dark and smelly, temp 38.3",
    ),
    # NHS.uk learning disabilities: pain shown, not said (stroke aphasia)
    (
        "U",
        "my husband can't speak since his stroke, today he's grimacing, holding his "
        "tummy, sweating and won't eat or drink",
    ),
    (
        "N",
        "my autistic daughter, 24, doesn't speak, she keeps pulling at her ear and crying "
        "and won't sleep",
    ),
    (
        "U",
        "he can't tell us what's wrong, he has a learning disability, he hasn't passed "
        "urine all day and his tummy is swollen",
    ),
    # Chinese
    ("U", "我儿子有智力障碍，不会说话，这两天不吃不喝，一直打自己的头，跟平时不一样"),
    ("E", "我妈有老人痴呆，今天突然比平时糊涂很多，还发烧发抖，呼吸很快"),
    ("E", "院友有認知障礙，今日突然好混亂，同平時唔同，仲發燒"),
    ("E", "我爸失智，今天突然比平常更混亂，叫不太醒"),
    ("U", "我弟弟有自閉症，不會講話，今天一直捶頭，不肯吃東西也不喝水，跟平常不一樣"),
    ("U", "爸爸中风后不能说话，今天一直捂着肚子，表情很痛苦，不肯吃饭"),
    ("U", "外婆有失智症，今天比平时糊涂很多，不像她自己"),
    ("U", "佢有智障唔識講嘢，今日成日唔食嘢唔飲水，仲比平時燥好多，唔係佢平時咁"),
]

# 2. A sign reported through someone else or in limited English keeps its level
REPORTED_FOR_THEM = [
    (
        "E",
        "my brother is deaf and uses BSL, through the interpreter he says he has crushing "
        "chest pain and is sweating",
    ),
    (
        "E",
        "I'm interpreting for a patient, she says she has the worst headache of her life, "
        "it came on suddenly",
    ),
    (
        "E",
        "my mother speak little English, she say very bad pain in chest, go to left arm, sweating",
    ),
    ("E", "father no can talk properly, face go down one side, since 30 minutes"),
    (
        "E",
        "I'm registered blind and the sight in my good eye suddenly went dark like a "
        "curtain coming down",
    ),
    (
        "U",
        "I'm deaf in one ear already and this morning I suddenly lost the hearing in my other ear",
    ),
    ("E", "她是聋人，我帮她翻译：她突然胸口很痛，喘不过气"),
    ("E", "我是手語翻譯，病人說她頭突然劇痛，是她這輩子最痛的一次"),
]

# 3. Autonomic dysreflexia (NHS.uk)
DYSREFLEXIA = [
    (
        "E",
        "I have a spinal cord injury at T4, sudden pounding headache, flushed face and "
        "sweating above my injury, I think my catheter is blocked",
    ),
    ("E", "tetraplegic, sudden severe headache and my BP is 190/110, catheter isn't draining"),
    (
        "E",
        "my son is paralysed from the chest down, he's got a pounding headache, red face "
        "and blotchy skin above the injury, I think it's autonomic dysreflexia",
    ),
    ("E", "我是脊髓损伤病人，T6以上，突然头痛得厉害，脸发红出汗，尿管好像堵了"),
    ("E", "我係脊髓損傷，突然頭好痛，塊面好紅出汗，導尿管塞咗"),
    # look-alikes: the injury alone, a mild headache that is usual
    ("L", "I'm a wheelchair user with a spinal injury, I have a small graze on my elbow"),
    ("L", "我女兒坐輪椅，腰以下一直冇感覺，今日想問少少感冒點算"),
]

# 4. Epilepsy (NHS.uk)
EPILEPSY = [
    (
        "E",
        "my son with learning disabilities has epilepsy, his seizure has lasted 6 minutes "
        "and isn't stopping",
    ),
    ("E", "she's had three seizures in the last hour and hasn't come round properly between them"),
    ("E", "儿子有癫痫，这次抽搐超过五分钟还没停"),
    (
        "!E",
        "he has epilepsy, had one of his usual short seizures, lasted about a minute like "
        "always, he's back to his normal self now",
    ),
    ("!E", "她有癫痫，刚才是她平时那种发作，一分钟就停了，现在已经恢复正常"),
]

# 5. Usual behaviour at baseline, not raised
AT_BASELINE = [
    (
        "L",
        "my son is autistic and rocks and flaps his hands, that's normal for him, he just "
        "has a mild cold",
    ),
    (
        "L",
        "she has a learning disability and doesn't speak, that's usual for her; she has a "
        "runny nose and is eating and drinking as normal",
    ),
    (
        "L",
        "he has dementia and gets confused in the evenings like he always does, nothing "
        "new, otherwise well",
    ),
    (
        "L",
        "Mum has had no speech since her stroke in 2019, she's her usual self, we need a "
        "repeat of her blood pressure tablets",
    ),
    (
        "L",
        "his speech has been slurred since his stroke three years ago, no change, he "
        "wants to ask about his eczema cream",
    ),
    (
        "L",
        "he always hits his head when he's frustrated, it's his usual behaviour and the "
        "behaviour team know, nothing different today",
    ),
    (
        "L",
        "my son doesn't talk, he's autistic, he has a bit of a sore throat, eating and "
        "drinking fine",
    ),
    (
        "L",
        "she is incontinent normally and wears pads, no change, we'd like to ask about "
        "her pad prescription",
    ),
    (
        "L",
        "Grandpa's dementia means he doesn't recognise us, it's been like that for a "
        "year, he's eating and drinking as usual",
    ),
    ("L", "I'm deaf and use BSL, I'd like to book a routine check about a mild rash on my arm"),
    ("L", "我儿子有自闭症，平时就会拍手摇晃，这是他的常态，今天只是有点流鼻涕，吃喝正常"),
    ("L", "奶奶有失智症，傍晚都会比较混乱，一向如此，今天没有变化，吃喝正常"),
    ("L", "我爸中风后一直说话不清楚，已经三年了，没有变化，想开降压药"),
    ("L", "佢有智障，平時都唔講嘢，今日精神同平時一樣，只係有少少咳"),
    ("L", "阿公有失智，認唔到人已經一年，今日同平時一樣，食嘢飲水正常，想問下濕疹膏"),
    ("L", "我妹妹是聽障，平常用手語，今天想問輕微的感冒要怎麼照顧"),
]

# Look-alikes of the new rules, written after the change (each read right at its first run)
NEW_RULE_LOOK_ALIKES = [
    (
        "L",
        "I'm paraplegic and have a mild tension headache after a long day at my desk, no "
        "other symptoms",
    ),
    (
        "L",
        "spinal injury at T5, had a bad headache and red face last year from a blocked "
        "catheter, asking how to prevent it",
    ),
    ("L", "她是截瘫病人，今天有点感冒，脸有点红，没有头痛"),
    (
        "L",
        "my son has a learning disability and bangs his head when he's excited, that's "
        "usual for him, he's otherwise well",
    ),
    ("L", "佢有智障，平時興奮就會撞頭，一向如此，今日精神好，食嘢正常"),
    ("L", "he's sleepier than usual after the long trip, no temperature, eating fine"),
]


# A second batch, written after the first change (the same sources; NHS.uk constipation and
# bowel obstruction; NHS.uk epilepsy; NHS.uk stroke, chest pain and head injury through an
# interpreter or in learner English or Chinese)
SECOND_BATCH = [
    (
        "E",
        "care home: resident with dementia is not himself, his skin is mottled and his "
        "hands are cold",
    ),
    ("E", "he has cerebral palsy, his lips look blue and he's very floppy"),
    (
        "U",
        "he has a learning disability and hasn't opened his bowels for 5 days, his tummy "
        "is swollen and he's been sick",
    ),
    (
        "U",
        "she has a learning disability and coughs and splutters when eating, now she's "
        "chesty with a fever and breathing fast",
    ),
    ("E", "typing for my deaf dad: he collapsed and isn't breathing properly"),
    (
        "E",
        "my mum only speaks Cantonese, I'm translating: she says her left arm and leg "
        "went weak an hour ago",
    ),
    ("E", "我 朋友 胸口 痛 很 厉害 出 很多 汗"),
    ("E", "my husband he fall, hit head, now sleep sleep cannot wake"),
    ("E", "baby no drink milk today, very sleepy, not wake good"),
    (
        "E",
        "his usual seizure lasted 2 minutes but he hasn't woken up after 20 minutes, "
        "which is unusual for him",
    ),
    ("E", "C6 tetraplegia, my head is pounding and I'm sweating a lot, my bladder feels full"),
    ("E", "我先生是四肢癱瘓，現在頭劇烈抽痛、臉很紅、一直流汗"),
    ("U", "我哥有唐氏综合征，不会说话，今天一直抱着肚子哼，吐了两次"),
    ("E", "院舍職員：院友有失智症，今朝開始唔肯食嘢，成日瞓，叫佢都冇乜反應，發燒三十八度五"),
    ("E", "佢係聾人，我幫佢打字：佢話胸口好痛，痛到落左手"),
    ("E", "我媽只會講台語，我翻譯：她說突然一邊手腳沒力，講話不清楚"),
    ("U", "我儿子自闭症，今天比平时安静很多，一直在睡，发烧39度"),
    ("E", "我爸中风后不能说话，今天右边手脚突然完全不能动，跟早上不一样"),
    (
        "U",
        "she has a learning disability and is more confused than usual and seeing things "
        "that aren't there",
    ),
    ("U", "我女儿有智力障碍，这两天比平时糊涂很多，还说看到不存在的东西"),
    (
        "N",
        "she has Down's syndrome, over the past two weeks she's become more forgetful and "
        "lost some skills",
    ),
    ("!E", "her usual cluster of absences this morning, same as always, she's fine now"),
    ("!E", "他有癫痫，今早是平时那种小发作，一分钟内就停了，现在跟平时一样"),
    ("!E", "his oxygen is usually 92% because of his lung condition, that's his normal, he's well"),
    ("L", "he's non verbal and always drools, that's normal for him, he has a mild cough"),
    (
        "L",
        "she uses a wheelchair and has a pressure sore the district nurse is already "
        "treating, no change",
    ),
    (
        "L",
        "my son with cerebral palsy has his usual muscle spasms, no change, we'd like a "
        "physio referral",
    ),
    ("L", "我妈失智好几年了，经常认不出人，今天没有变化，想问降压药"),
    ("L", "佢係視障人士，想問點樣喺屋企量血壓"),
    ("L", "我弟是唐氏症，平常就不太講話，今天只是喉嚨有點痛，吃喝正常"),
    ("L", "她是脑瘫，平时就会流口水，这是她的常态，今天只是轻微咳嗽"),
    (
        "L",
        "I'm autistic and find phone calls hard, so I'm writing: I've had a mild cold for "
        "3 days and it's getting better",
    ),
]

# Look-alikes of the second change, written after it (each read right at its first run)
SECOND_LOOK_ALIKES = [
    ("L", "Mum hasn't had a poo for 3 days and feels a bit bloated, eating fine"),
    ("L", "he hasn't opened his bowels for 4 days, no other problems"),
    ("L", "叫佢冇乜反应，佢喺度睇电视"),
    ("L", "I can't wake up in the morning, I'm so tired all the time"),
]

OPEN_ROWS: dict[str, str] = {
    # (我 朋友 胸口 痛 很 厉害 出 很多 汗, a learner's Chinese with a space between every word,
    # closed by the coordinator in session 42: clinical/textprep.py join_spaced_han;
    # tests/test_noticed_gaps_42.py)
}


@pytest.mark.parametrize(("code", "text"), with_open(CHANGE_FROM_USUAL, OPEN_ROWS))
def test_change_from_usual(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(REPORTED_FOR_THEM, OPEN_ROWS))
def test_reported_for_them(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DYSREFLEXIA, OPEN_ROWS))
def test_dysreflexia(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EPILEPSY, OPEN_ROWS))
def test_epilepsy(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AT_BASELINE, OPEN_ROWS))
def test_at_baseline(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NEW_RULE_LOOK_ALIKES, OPEN_ROWS))
def test_new_rule_look_alikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SECOND_BATCH, OPEN_ROWS))
def test_second_batch(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SECOND_LOOK_ALIKES, OPEN_ROWS))
def test_second_look_alikes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
