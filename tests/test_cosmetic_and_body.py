"""Cosmetic and body treatments, both ways (rules-je, session 44).

Our own sentences, English and Chinese (simplified, Hong Kong Cantonese, Taiwan usage), read as
a first message with the rules alone, written from the published guidance before any rule
changed:

- NHS.uk cosmetic procedures ("what to do if something goes wrong"), dermal fillers and Botox;
  BAAPS / JCCP filler complications (vascular occlusion: skin going white, grey or dusky blue,
  or a change in vision after a filler: an emergency); NHS.uk Botox (problems breathing,
  swallowing or speaking: A&E).
- NHS.uk hair dye reactions (PPD) and NHS.uk anaphylaxis (swelling of the face or throat,
  breathing difficulty: 999; an itchy scalp alone is a mild reaction, a pharmacist).
- NHS.uk contact lenses and eye infections (a painful red eye, light sensitivity or blurred
  vision with a lens: the same day; a tired, dry eye: self care).
- NHS.uk DVT and pulmonary embolism after surgery and a long flight (a painful swollen calf:
  111 urgently; breathless or chest pain: 999).
- MHRA on GLP-1 weight-loss medicines (severe tummy pain spreading to the back, with vomiting:
  pancreatitis, seek medical help now; mild nausea early on is common).
- NHS.uk piercing infection; NHS.uk tattoo aftercare (red, sore, itchy for a few days is
  normal); NHS.uk sunburn (mild sunburn at home; blistering badly, fever, dizziness: 111);
  TOXBASE on DNP diet pills (any DNP taken with overheating: an emergency).

Codes as in tests/rule_levels.py.

Wrong before the change (5e2ec9a): 9 of the 75 sentences first written (dangers: 8 of 42, the
filler's white or grey skin and changed sight read as urgent or below, trouble swallowing after
Botox urgent, lash glue in the eye non-urgent; expected after-effects: 1 of 33, lips a bit
swollen and bruised after a filler, settling, read urgent as angioedema). Changed: a new file
``clinical/data/red_flags/cosmetic.yaml`` (``filler_vascular_occlusion`` and
``botox_swallowing_or_breathing``, emergencies; ``glue_in_eye``, urgent), the angioedema
safety floor ``allergic_swelling_alone`` and the same-day lip-swelling group stood down for a
filler's settling swelling. The 18 of ``AFTER`` were written after that change, in other words:
3 of them were wrong at 5e2ec9a, and one look-alike (a hyaluronic-acid face mask, 玻尿酸面膜,
with the face a bit white) was made an emergency by the new rule until its products were
excluded; the eyes "glued" shut by a sticky discharge (a fresh set's conjunctivitis row, found
by the all-texts check) were read as glue until the glue had to be named. After: none open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# (a) emergencies and same-day problems the guidance names
DANGERS = [
    # BAAPS / JCCP filler vascular occlusion: skin white or dusky, vision change: emergency
    ("E", "had lip filler an hour ago and the skin above my lip has gone white and really painful"),
    (
        "E",
        "after my nose filler today the skin on my nose looks grey and blotchy and it hurts a lot",
    ),
    ("E", "had tear trough filler this afternoon and now my vision in that eye is blurry"),
    ("E", "got cheek filler this morning and i can't see properly out of my left eye now"),
    ("E", "my skin went dusky blue around where she injected the filler and it's really sore"),
    ("E", "打完玻尿酸一个小时，嘴唇上面的皮肤发白，很痛"),
    ("E", "刚打了鼻子填充剂，现在那只眼睛看东西模糊"),
    ("E", "啱啱打完玻尿酸，個鼻嘅皮膚變晒灰藍色，好痛"),
    ("E", "今天打玻尿酸之後，眼睛突然看不清楚"),
    # NHS.uk Botox: problems breathing, swallowing or speaking: A&E
    ("E", "had botox in my neck 3 days ago and now i'm struggling to swallow and breathe"),
    ("E", "打完肉毒杆菌之后吞东西很困难，说话也不清楚，呼吸有点费力"),
    # NHS.uk hair dye reactions / anaphylaxis: face swelling, breathing difficulty: 999
    ("E", "dyed my hair an hour ago and now my face and lips are swelling up and i'm wheezing"),
    ("E", "after the hair dye my eyes are swelling shut and my throat feels tight"),
    ("E", "染完头发之后脸和嘴唇都肿起来了，喘不过气"),
    ("E", "染完頭髮塊面腫晒，喉嚨好緊，唞唔到氣"),
    # NHS.uk DVT / PE after surgery and a long flight
    (
        "E",
        "flew back from turkey after a tummy tuck, now suddenly "
        "breathless with chest pain when i breathe in",
    ),
    ("E", "去韩国做完整形坐飞机回来，突然胸口痛，喘不上气"),
    ("U", "had liposuction abroad last week, my left calf is swollen and painful and warm"),
    ("U", "在泰国做完抽脂回来，左边小腿又肿又痛"),
    # MHRA GLP-1 medicines: pancreatitis signs
    ("U", "on weight loss injections, severe stomach pain going through to my back and being sick"),
    ("U", "i'm on mounjaro and have really bad tummy pain that goes into my back, keep vomiting"),
    ("U", "打减肥针之后肚子痛得很厉害，痛到后背，一直吐"),
    ("U", "打緊瘦瘦筆，肚好痛痛到背脊，一直嘔"),
    # TOXBASE DNP diet pills: overheating is an emergency
    (
        "E",
        "took some diet pills from online called DNP and i'm burning "
        "up, sweating loads and heart racing",
    ),
    ("E", "网上买的减肥药DNP吃了之后全身发烫，大汗，心跳很快"),
    # NHS.uk contact lens: painful red eye, light hurts: same day
    ("U", "wear contact lenses and my eye is red and really painful, light hurts it"),
    ("U", "slept in my contacts and now my eye is painful and red and blurry"),
    ("U", "戴隐形眼镜，眼睛很红很痛，怕光"),
    ("U", "戴隱形眼鏡之後眼好紅好痛，見光好刺"),
    ("U", "戴隱形眼鏡睡著，起來眼睛紅又痛，看東西霧霧的"),
    # eyelash glue / nail glue in the eye: chemical in the eye, same day
    ("U", "eyelash extension glue got in my eye, it's burning and red and i can't open it"),
    ("U", "接睫毛的胶水弄到眼睛里，很痛睁不开"),
    # NHS.uk piercing infection: hot, red, swollen with a fever: same day
    ("U", "my new ear piercing is red, hot and swollen with pus and i have a high temperature"),
    ("U", "新打的耳洞红肿流脓，还发烧了"),
    # tongue piercing swelling with breathing trouble: 999
    ("E", "got my tongue pierced today and it's swelling so much i'm struggling to breathe"),
    # tattoo infection with spreading redness and fever
    (
        "U",
        "new tattoo is red hot and swollen with the redness "
        "spreading up my arm and i feel feverish",
    ),
    ("U", "刺青的地方紅腫發燙，紅一直擴散，還發燒"),
    # cosmetic surgery wound infection with sepsis signs
    (
        "E",
        "had a bbl in turkey 5 days ago, wound is leaking pus, high "
        "fever and i'm confused and shaking",
    ),
    # NHS.uk sunburn: badly blistered with fever / dizziness: 111
    (
        "U",
        "fell asleep on a sunbed, skin is badly blistered and i've "
        "got a high temperature and feel dizzy",
    ),
    ("U", "晒伤了，起了很多水泡，还发烧头晕想吐"),
    # gym supplements: chest pain and sweating
    ("E", "took a pre workout supplement at the gym and now crushing chest pain and sweating"),
    ("E", "喺健身室飲完補充劑，心口好翳好痛，出晒冷汗"),
]

# (b) hard negatives: the expected, mild after-effects the page looks after at home or at a
# routine appointment; never an emergency, and below urgent or self-care as the page says
EXPECTED = [
    # NHS.uk tattoo aftercare: red, sore, itchy for a few days, settling
    ("L", "got a new tattoo 3 days ago, it's a bit red and itchy but getting better"),
    ("L", "my tattoo is peeling and itchy, it's healing nicely"),
    ("L", "纹身三天了，有点红有点痒，但在好转"),
    ("L", "啱啱紋身，有少少紅同痕，好返緊"),
    ("L", "刺青第四天，有點脫皮跟癢，越來越好"),
    # NHS.uk dermal fillers: a little swelling, bruising, redness for a few days
    ("L", "had lip filler yesterday, a bit of swelling and a small bruise, otherwise fine"),
    ("L", "打完玻尿酸有少少瘀青同腫，其他冇事"),
    ("L", "打了玻尿酸，嘴唇有點腫和一點瘀青，慢慢在消"),
    # NHS.uk Botox: a mild headache or a small bruise where injected
    ("L", "had botox on my forehead, slight headache and a tiny bruise, feeling ok"),
    ("!E", "my eyelid is drooping a bit since my botox last week, no other problems"),
    ("L", "打完肉毒之后额头有点瘀青，轻微头痛，其他都好"),
    # NHS.uk piercing: a bit sore for a few days
    ("L", "new ear piercing is a bit sore and a little red, no pus, getting better"),
    ("L", "新打的耳洞有点痛，有点红，没有流脓，在好转"),
    ("L", "穿咗鼻環有少少痛，冇膿，好返緊"),
    # NHS.uk sunburn: mild sunburn is treated at home
    ("S", "mild sunburn on my shoulders from the beach, a bit sore"),
    ("L", "went on a sunbed, skin is a bit pink and tender, no blisters"),
    ("S", "轻微晒伤，肩膀有点红有点痛"),
    ("L", "曬傷咗少少，膊頭有啲紅，唔算痛"),
    # NHS.uk hair dye: a mildly itchy scalp, no swelling
    ("L", "scalp is a little itchy after dyeing my hair, no swelling, no rash spreading"),
    ("L", "染髮之後頭皮有點癢，沒有腫"),
    # NHS.uk contact lenses: a tired, dry eye, no pain or redness
    ("L", "my eyes feel a bit dry and tired after wearing contact lenses all day, no pain"),
    ("L", "戴了一整天隐形眼镜眼睛有点干，不痛不红"),
    # MHRA GLP-1 medicines: mild nausea at the start is common
    ("L", "started weight loss injections last week, feeling a bit sick after meals, no pain"),
    ("L", "打减肥针第一个礼拜有点恶心，肚子不痛"),
    ("L", "開始打猛健樂，有點噁心，其他都還好"),
    # nails, lashes, hair removal: minor irritation
    ("L", "skin round my nails is a little sore after acrylics, no swelling"),
    ("L", "eyelash extensions feel a bit itchy, eye not red"),
    ("L", "laser hair removal yesterday, skin a bit red like mild sunburn, settling"),
    ("L", "做完美甲，指甲边有少少痛，冇肿"),
    ("L", "接完睫毛有一點癢，眼睛不紅不痛"),
    # cosmetic surgery abroad: bruising and swelling settling, no fever, calves fine
    (
        "!E",
        "had a tummy tuck abroad 2 weeks ago, still bruised and swollen but improving, no fever",
    ),
    ("!E", "做完隆鼻一个礼拜，还有点肿和瘀青，慢慢在消，没有发烧"),
    # gym supplements: muscle ache after training
    ("L", "sore muscles after a new gym routine with protein shakes, otherwise fine"),
]

# written after the first change, in other words, with look-alikes of the new rules
AFTER = [
    (
        "E",
        "had filler in my chin yesterday and the skin has gone a "
        "dusky purple colour and is very painful",
    ),
    ("E", "隆鼻针打完鼻头发紫发黑，好痛"),
    ("E", "打完淚溝針，眼睛突然睇唔到嘢"),
    ("E", "after my anti-wrinkle injections i'm slurring my words and can't swallow properly"),
    ("U", "got superglue in my eye while doing my acrylics"),
    ("U", "做緊美甲，啲指甲膠彈咗入眼，好痛"),
    ("U", "on ozempic, constant severe pain in my upper tummy and back, can't stop being sick"),
    (
        "U",
        "did a hair dye patch test, behind my ear is very swollen "
        "and blistering and spreading to my face",
    ),
    (
        "U",
        "had breast surgery in turkey a week ago, wound is red, hot "
        "and oozing and i have a temperature",
    ),
    # look-alikes: a skincare product named like a filler, an old filler, the expected
    # after-effects of Botox and weight-loss medicines, a healing tattoo
    ("!E", "敷完玻尿酸面膜之后脸有点发白发干"),
    ("!E", "用咗玻尿酸精華，塊面有啲白白哋，乾"),
    ("!E", "my filler has gone down a lot, lips look thinner, is that normal"),
    ("!E", "had botox for migraines last month, a bit of neck ache"),
    ("L", "打完瘦脸针，咬东西有点无力，其他正常"),
    ("L", "on wegovy, a bit constipated and full quickly, otherwise fine"),
    ("L", "lost a contact lens in my eye i think, eye feels fine, not red"),
    ("S", "a little bit of sunburn after the sunbed, just pink"),
    ("L", "tattoo from last week is scabbing and itchy, no redness spreading"),
    # eyes stuck by a sticky discharge (NHS.uk conjunctivitis) or "glued" to a screen: no glue
    ("L", "my eyes were glued shut with gunk this morning, not painful"),
    ("L", "my eyes are glued to the screen all day and feel tired"),
    ("L", "今朝起身眼被眼屎黐住打唔開，洗完就冇事，唔痛"),
]

OPEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("expected", "text"), with_open(DANGERS, OPEN))
def test_cosmetic_dangers(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), with_open(EXPECTED, OPEN))
def test_cosmetic_expected_after_effects(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), with_open(AFTER, OPEN))
def test_cosmetic_written_after(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
