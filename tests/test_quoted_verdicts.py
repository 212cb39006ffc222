"""A verdict quoted from a non-clinical source never sets the level (session 35, rules-cr).

Patients often pass on what a web search, a forum, a symptom-checker app, an AI chatbot, a
leaflet or a friend told them: "google says it's probably just a migraine", "chatgpt told me
it's anxiety", "the app said see a GP within a week", 小红书上说是..., 百度说..., 網上話...,
PTT上有人說..., 問了AI說.... The level comes from the patient's own signs, as the published
pages set them (NHS.uk condition pages, NICE CKS, NICE NG143 traffic lights, NEWS2, the
Manchester Triage System), never from the quoted verdict:

- a benign diagnosis or a relaxed disposition in the quote does not lower a dangerous or
  same-day picture, and is no minor illness, no known condition and no positive evidence for
  self-care (`BENIGN_QUOTE_DANGEROUS_SIGNS`, `BENIGN_QUOTE_SAME_DAY_SIGNS`,
  `BENIGN_QUOTE_NOT_SELF_CARE`);
- a frightening diagnosis or "go to A&E" named only in the quote does not by itself make an
  emergency of mild signs (`SCARY_QUOTE_MILD_SIGNS`). Where the product's safety design keeps
  an emergency concept (DESIGN.md: an emergency is never silently dropped; a held-back sign gets
  its confirming question), the safe side is kept.

Sentences written before any rule changed, in English and Chinese (simplified, traditional,
Hong Kong Cantonese and Taiwan phrasing), the signs decided by the published page each names.
Wrong before the change (on `a5abf29`), first run: 5 of the 54 (benign quote over an emergency 0
of 16, over a same-day sign 0 of 8, no self-care evidence 0 of 10, frightening quote over mild
signs 5 of 20: a heart attack or a stroke named in the quote fired `heart_attack_named` or
`stroke_named`, and 会窒息的会厌炎 fired severe breathing). The first run passing the benign side
led to a probe of the decision below the red flags, and the pairs (`BENIGN_QUOTE_PAIRS`,
`SCARY_QUOTE_PAIRS`: the same words with and without the quote reach the same level) were
written while the change was made and run against `a5abf29`: 12 of the 24 wrong (a quoted
minor illness, "nothing serious" or "gets better by itself" was self-care evidence).
`NOT_A_QUOTED_VERDICT` and `HELD_BACK` were written after the change, to pin its safe side: all
of `NOT_A_QUOTED_VERDICT` were right before (its four run-on sentences, typed without
punctuation, were wrong on the change's first form, whose quote ran to the end of the sentence,
and led to the new-subject end; the two with a clinician after the source word led to the
`clinicians` list); `HELD_BACK` (3) describes the new behaviour; `QUOTED_BESIDE_ITS_SIGNS`
(4, right before) pins the safe side. In all, 20 of the 100 wrong on `a5abf29`; after, one
strict xfail (a joked quote beside a chest twinge stays an emergency: the safe side), since
closed on main by rules-cu's chest-wall strain (the pain pressed sore after the bench press).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# (a) a benign verdict quoted, the patient's own signs an emergency
BENIGN_QUOTE_DANGEROUS_SIGNS = [
    # NHS.uk heart attack: chest pain spreading to the arm or jaw, with sweating, call 999
    "chatgpt told me it's anxiety but I have crushing chest pain going down my left arm and "
    "I'm sweating buckets",
    "my friend says it's only a pulled muscle, but the pain in my chest is spreading to my jaw "
    "and I feel sick and clammy",
    # NHS.uk subarachnoid haemorrhage: a sudden, very severe headache, worst ever, call 999
    "google says it's probably just a migraine, but this headache came on suddenly like being "
    "hit on the head and it's the worst I've ever had",
    # NHS.uk stroke (FAST)
    "the symptom checker app said see a GP within a week, but my dad's face has dropped on one "
    "side and his speech is slurred since lunch",
    # NICE NG143: under 3 months with 38 C or more is red
    "a forum said it's just a virus going round, my 6 week old has a temperature of 38.5",
    # NHS.uk meningitis: a rash that does not fade under a glass
    "googled it and it says it's just a heat rash, but my son's rash doesn't fade when I press "
    "a glass on it and he's got a fever",
    # NHS.uk anaphylaxis
    "the app said it's a mild allergy and to take an antihistamine, but my lips are swelling "
    "and I'm struggling to breathe after eating peanuts",
    # NHS.uk sepsis / MTS: blue lips, severe breathlessness
    "a leaflet said it's normal after flu, but my mum's lips have gone blue and she can barely "
    "breathe",
    "百度说是偏头痛，但是我突然头痛，像被人打了一下，是这辈子最痛的一次",
    "小红书上说只是焦虑，可我胸口压着痛，痛到左手臂，还一直出冷汗",
    "網上話係肌肉拉傷啫，但係我胸口好痛，痛到落下巴，仲出晒冷汗",
    "PTT上有人說只是感冒，可是我寶寶才兩個月大，發燒到38.5度",
    "問了AI說是焦慮，但我爸一邊臉歪了，講話也不清楚，從中午開始的",
    "朋友说只是普通过敏，可是我吃完花生嘴唇肿起来了，现在喘不上气",
    "网上说出疹子不要紧，可是孩子身上的疹子用杯子压也不褪色，还发高烧",
    "問咗ChatGPT，佢話係胃痛啫，但係我阿爸胸口好似俾嘢壓住咁痛，仲冒冷汗",
]

# (a) a benign verdict quoted, the patient's own signs a same-day problem
BENIGN_QUOTE_SAME_DAY_SIGNS = [
    # NHS.uk coughing up blood: an urgent GP appointment or 111
    "chatgpt said it's just a chest cold, but I've been coughing up blood since yesterday",
    # NHS.uk kidney infection: high temperature, pain in the side or back, being sick
    "google says it's probably just a UTI, but I've got a high temperature, pain in my back "
    "under my ribs and I keep being sick",
    # NHS.uk hearing loss: sudden loss in one ear, an urgent GP appointment or 111
    "the app said it's probably just earwax, but I suddenly lost the hearing in my left ear "
    "this morning",
    # NHS.uk floaters and flashes: new floaters with flashes, same day
    "a forum said it's only floaters and they're harmless, but I suddenly have loads of new "
    "floaters and flashes of light in one eye",
    "百度说就是普通肠胃炎，可是我拉肚子拉出血来了",
    "网上说是耳屎堵住了，可是我今天早上右耳突然听不见了",
    "Google話只係小問題，但係我咳嘢咳出血",
    "Dcard上有人說是肌肉拉傷，可是我小腿又紅又腫又痛，摸起來熱熱的",
]

# (a) a benign verdict quoted is no positive evidence for self-care: the patient's own words
# give a sign a GP should see within days (or nothing that says home care is safe)
BENIGN_QUOTE_NOT_SELF_CARE = [
    # NHS.uk lumps: a new lump in the groin, see a GP
    "the app says it's probably just a pulled muscle, I've found a lump in my groin this week",
    # NHS.uk cough: lasting more than 3 weeks
    "chatgpt says it's just a cold, I've had this cough for 4 weeks now",
    # NICE NG12: a change in bowel habit with weight loss
    "my friend reckons it's only piles, I've had blood in my poo on and off for 3 weeks and "
    "I've lost weight",
    # NHS.uk heartburn: see a GP with difficulty swallowing
    "google says it's just heartburn, but food keeps getting stuck when I swallow",
    # NHS.uk mouth ulcers: lasting more than 3 weeks
    "a forum said it's just a mouth ulcer, it's been there for 5 weeks",
    "网上说只是普通感冒，可我已经咳了一个多月了",
    "小红书上说是痔疮，不用管，可是我大便带血已经三个星期了，体重也掉了",
    "朋友话只系湿疹啫，但係我脚上面有粒痣最近变大，仲变咗颜色",
    "問了AI，說是偏頭痛，但我這兩個星期頭痛一天比一天嚴重",
    "百度说是腱鞘炎，可是我大腿根摸到一个肿块",
]

# (b) a frightening diagnosis or "go to A&E" named only in the quote, the signs mild
SCARY_QUOTE_MILD_SIGNS: list[object] = [
    # NHS.uk headaches: a tension headache eased by painkillers is treated at home
    (
        "L",
        "a forum said my headache could be a brain tumour, but it's a mild headache since this "
        "afternoon after staring at a screen and paracetamol helped",
    ),
    # NHS.uk common cold
    (
        "S",
        "the symptom checker app told me to go to A&E, but it's just a runny nose and sneezing "
        "for two days, no fever",
    ),
    # NHS.uk fever in children: a child who is playing, drinking and has a low temperature
    (
        "!E",
        "chatgpt said it might be meningitis, but she's running around playing, drinking "
        "fine, temperature 37.9 and just a runny nose",
    ),
    # NHS.uk chest pain: a pain worse when pressing on the chest is usually a strained muscle
    # (a strict xfail on rules-cr's branch, the quoted heart attack joining the chest pain as
    # its fear; closed on main by rules-cu's chest-wall strain: pressed sore after the bench
    # press, tests/test_rules_set46.py)
    (
        "!E",
        "google says it could be a heart attack lol but it's a sharp twinge in my chest that "
        "only hurts when I press on it, I overdid the bench press yesterday",
    ),
    # NHS.uk eye twitching: not a sign of a stroke
    (
        "!E",
        "my friend says a twitching eyelid is a sign of a stroke, my left eyelid has been "
        "twitching on and off for a week since I've been tired",
    ),
    # NHS.uk pins and needles after lying on an arm
    (
        "!E",
        "google says numbness can mean a stroke, but my arm just went numb because I slept on "
        "it and it came back after I shook it",
    ),
    # NHS.uk moles: a mole that has not changed
    (
        "L",
        "a website said moles can be cancer, I've had the same mole for 10 years and it "
        "hasn't changed, just wanted to check",
    ),
    # NHS.uk heartburn
    (
        "!E",
        "the app said go to A&E for chest pain, but it's the usual burning after a curry that "
        "goes when I take gaviscon, same as always",
    ),
    # NHS.uk sore throat: swallowing fine, no fever (epiglottitis needs drooling, noisy
    # breathing, difficulty swallowing)
    (
        "!E",
        "chatgpt said it could be epiglottitis, I just have a bit of a sore throat, I can "
        "swallow fine and have no fever",
    ),
    # NHS.uk leg cramps / DVT page: an ache after exercise that eases
    (
        "!E",
        "a forum said calf pain can be a blood clot, but my calf is a bit sore after a 10k run "
        "yesterday and it's easing with stretching",
    ),
    ("L", "百度说头痛可能是脑瘤，吓死我了，其实就是昨晚没睡好有点头痛，吃了布洛芬已经好了"),
    ("!E", "小红书上说手麻是中风前兆，我就是睡觉压到手了，早上起来有点麻，甩一甩就好了"),
    ("!E", "網上話心口痛可能係心臟病發，但我只係食完辣嘢有啲火燒心，食咗胃藥就好返"),
    ("!E", "PTT上有人說喉嚨痛可能是會窒息的會厭炎，可是我只是有點喉嚨痛，吞東西還好，沒發燒"),
    ("S", "問了AI說要馬上去急診，可是我只是流鼻水、打噴嚏兩天，沒發燒，精神很好"),
    ("!E", "朋友说这样可能是心梗，让我赶紧去急诊，可我就是跑步后小腿有点酸痛，休息一下就好了"),
    ("!E", "网上说眼皮跳是中风的征兆，我左眼皮跳了几天，最近加班比较累"),
    ("!E", "AI说可能是脑膜炎，叫我马上去急诊，可是孩子37.8度，在玩玩具，吃喝都正常"),
    ("!E", "谷歌说胸口痛可能是心脏病，可是我就是搬家拉伤了，按一下胸口才痛"),
    ("L", "知乎上说痣会癌变，我这颗痣十几年了一直没变化，就是想问问"),
]

# the same words with and without the quoted verdict reach the same level: the verdict names a
# minor illness, "nothing serious", "it gets better by itself" or a disposition (written after
# the first run, from a probe of the code before any change: 7 of the 16 wrong then)
BENIGN_QUOTE_PAIRS = [
    (
        "chatgpt said it's probably just a tension headache, I've had a headache for 3 days",
        "I've had a headache for 3 days",
    ),
    (
        "google says it's just a cold, my 4 year old has had a temperature of 38.5 since yesterday",
        "my 4 year old has had a temperature of 38.5 since yesterday",
    ),
    (
        "chatgpt said it's probably just indigestion, I have a pain in my upper tummy",
        "I have a pain in my upper tummy",
    ),
    ("chatgpt said it's nothing serious, I have tummy pain", "I have tummy pain"),
    ("the symptom checker said it's mild, my tummy hurts", "my tummy hurts"),
    ("my friend reckons it's just a pulled muscle, my back hurts", "my back hurts"),
    ("the app told me it's probably hay fever, I've been wheezing", "I've been wheezing"),
    (
        "according to google it's only a migraine, my head is pounding since this morning",
        "my head is pounding since this morning",
    ),
    (
        "a leaflet said it usually gets better by itself, my ear has been hurting for 2 days",
        "my ear has been hurting for 2 days",
    ),
    ("百度说是感冒，我头痛", "我头痛"),
    ("小红书上说是肠胃炎，休息两天就好，我肚子痛", "我肚子痛"),
    ("網上話係偏頭痛啫，我頭痛咗成日", "我頭痛咗成日"),
    ("問了AI，說只是小問題不用擔心，我胸口悶悶的", "我胸口悶悶的"),
    ("Dcard上有人說是正常的，過幾天就好，我月經來了兩個禮拜都還沒停", "我月經來了兩個禮拜都還沒停"),
    ("知乎上说是湿疹，我手上起了一片红疹", "我手上起了一片红疹"),
    ("同事话系扭亲啫，我只脚踭好痛", "我只脚踭好痛"),
]

# ...and a frightening diagnosis or "go to A&E" quoted beside signs that are not a stroke's or
# a heart attack's (NHS.uk stroke, heart attack; written with the pairs above: 5 of the 8 wrong)
SCARY_QUOTE_PAIRS = [
    (
        "chatgpt said it might be a stroke, my left eyelid keeps twitching",
        "my left eyelid keeps twitching",
    ),
    (
        "google said go to A&E, I've had a runny nose for two days",
        "I've had a runny nose for two days",
    ),
    (
        "a forum said it could be a heart attack, my calf aches after football",
        "my calf aches after football",
    ),
    (
        "the symptom checker said it could be a stroke, I have pins and needles in my foot "
        "after sitting cross-legged",
        "I have pins and needles in my foot after sitting cross-legged",
    ),
    ("朋友说可能是心梗，我跑步后小腿酸痛", "我跑步后小腿酸痛"),
    ("百度说可能是中风，我脖子睡落枕了", "我脖子睡落枕了"),
    ("網上話可能係中風，我眼皮跳咗幾日", "我眼皮跳咗幾日"),
    ("問了AI說可能是心肌梗塞，要馬上去急診，可是我只是打噴嚏流鼻水", "我只是打噴嚏流鼻水"),
]


# the safe side: a heart attack or a stroke named by a clinician (111, a paramedic, a GP, 医生),
# or thought by the patient or a relative, is no quoted verdict and stays an emergency (NHS.uk:
# call 999 if you think someone is having a heart attack or a stroke); so does one named outside
# the quote (written after the change; all were right before it)
NOT_A_QUOTED_VERDICT = [
    "the 111 nurse said it could be a heart attack and to call an ambulance",
    "the paramedic said it could be a stroke",
    "my GP said it could be a heart attack and sent me to A&E",
    "I think this could be a heart attack",
    "google says it's just anxiety but I think I'm having a heart attack",
    "医生说可能是心梗",
    "我觉得可能是中风了",
    "我爸可能是中风了",
    "百度說係焦慮啫，但係我覺得我心臟病發作緊",
    # typed without punctuation: a new subject after the quote's first words ends it
    "chatgpt says its anxiety i think im having a heart attack",
    "google said its nothing i feel like im having a stroke",
    "the app said its fine my dad thinks hes having a stroke",
    "网上说是焦虑我觉得是心梗",
    # a clinician between the source word and the verb is the one who spoke
    "I booked online and the GP said it could be a stroke, he wants me to go in now",
    "網上預約了醫生，醫生說可能是心梗",
]

# the safe side: a heart attack or a stroke quoted beside its signs counts as the fear of one
# (heart_attack_feared_with_pain, stroke_feared_with_sign: NHS.uk heart attack and stroke), as
# the heart attack named there did before the change
QUOTED_BESIDE_ITS_SIGNS = [
    "google says it could be a heart attack, I have chest pain",
    "the app said it could be a stroke, his face has dropped on one side",
    "百度说可能是心梗，我胸口痛",
    "問了AI說可能是中風，我阿媽講嘢含糊",
]

# a diagnosis named only in the quote is held back with its confirming question, never dropped
HELD_BACK = [
    ("google says it could be a heart attack lol", "heart_attack_named"),
    ("問了AI說可能是中風，我只是眼皮跳", "stroke_named"),
    (
        "chatgpt said it might be anaphylaxis, I only have a few hives on my arm",
        "anaphylaxis_named",
    ),
]


@pytest.mark.parametrize("text", BENIGN_QUOTE_DANGEROUS_SIGNS)
def test_a_benign_quote_does_not_lower_an_emergency(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)


@pytest.mark.parametrize("text", BENIGN_QUOTE_SAME_DAY_SIGNS)
def test_a_benign_quote_does_not_lower_a_same_day_sign(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "U", text)


@pytest.mark.parametrize("text", BENIGN_QUOTE_NOT_SELF_CARE)
def test_a_benign_quote_is_no_evidence_for_self_care(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "N", text)


@pytest.mark.parametrize(("code", "text"), SCARY_QUOTE_MILD_SIGNS)
def test_a_scary_quote_alone_makes_no_emergency(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("quoted", "alone"), BENIGN_QUOTE_PAIRS + SCARY_QUOTE_PAIRS)
def test_the_quoted_verdict_does_not_set_the_level(rules: RuleSet, quoted: str, alone: str) -> None:
    with_quote, hits = rules_only_level(quoted, rules)
    without, _ = rules_only_level(alone, rules)
    assert with_quote is without, (with_quote, without, [h.rule_id for h in hits])


@pytest.mark.parametrize("text", NOT_A_QUOTED_VERDICT + QUOTED_BESIDE_ITS_SIGNS)
def test_a_clinicians_or_the_patients_own_verdict_still_counts(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)


@pytest.mark.parametrize(("text", "concept"), HELD_BACK)
def test_a_diagnosis_named_only_in_the_quote_is_asked_about(
    rules: RuleSet, text: str, concept: str
) -> None:
    check = rules.check(text)
    assert not check.hits, [h.rule_id for h in check.hits]
    assert concept in [h.concept for h in check.held_back]
