"""Set 51's kinds in Chinese (voice38: work and study, animals and garden, night): steam or
hot oil on the face and neck with a hoarse voice, singed nose hair or black phlegm, which is an
inhalation injury; another person's heart attack told as a death (心梗走了) beside the writer's
own chest infection; a febrile fit told as had before (之前試過熱性抽筋) beside a cut head; a
deep puncture wound (扎了个很深的洞); asthma named in Taiwan usage (氣喘) as a fear or a parent's
illness beside a mild cold; and the self-care kinds the rows show (mild spots before exams, a
baby's blocked nose at night, bloating eased by wind, a child's tummy ache gone after the
toilet, a snake seen but no bite, a vaccinated pet's lick on unbroken skin).

Written by rules-dk (session 38) before any rule changed. The sentences are this file's own
(simplified and traditional, Mandarin, Cantonese and Taiwan usage), each from the published
source named above its list, beside the set's row (``tests.rule_levels.fresh_row``).
Wrong before any rule change (44cd30a's rules): 25 of 51 (11 of the set's 11 wrong Chinese
rows, 14 of the 40 own sentences; the two speech sentences, right before, were added as
look-alikes after the first change). After: 4, the rows in ``OPEN`` (school, night and animals
wording, other helpers' kinds this session).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

_SET = "fresh_levels_51.jsonl"


def _row(row_id: str) -> str:
    return fresh_row(_SET, row_id)["text"]


# British Burn Association referral (burns with airway involvement: singed nasal hair,
# carbonaceous sputum, hoarse voice) and the Manchester Triage System burns chart (inhalational
# injury); NHS.uk burns and scalds (A&E for a burn to the face; 999 with breathing trouble): the
# face and neck reached by steam, hot oil or boiling water, with a sign of the airway
FACE_SCALD_AIRWAY: list[tuple[str, str]] = [
    ("E", _row("f51-zh-emg-009")),
    ("E", "炒菜时热油溅到脸上，现在声音变哑了，鼻毛也烧焦了"),
    ("E", "煲滚水嘅蒸汽喷到我块面同颈，而家把声沙咗，咳啲痰系黑色"),
    ("E", "工廠的蒸氣噴到臉上，現在聲音沙啞，呼吸有點喘"),
    ("E", "高压锅的蒸汽冲到脸和脖子，嗓子哑了，痰里有黑的"),
    ("E", "开水烫到脸上和脖子，现在声音变哑，喘气费劲"),
    # a facial steamer, a small scald on the hand and a cold's hoarse voice are no airway burn
    ("!E", "用蒸脸器的时候蒸汽有点烫，脸红了一点，现在不痛了"),
    ("!E", "早上用蒸汽熨斗烫到手背，红了一小块，已经冲了凉水"),
    ("!E", "感冒三天了声音变哑了，喝热水会舒服点"),
]

# NHS.uk heart attack (the symptoms are the person's own) and NICE CKS CVD risk assessment (a
# relative's or a colleague's heart attack is their history): a death told as 走了 / 走咗 is
# another person's past, and the writer's own signs decide; a crushing pain beside it stays 999
FOREIGN_HEART_ATTACK_DEATH: list[tuple[str, str]] = [
    ("=U", _row("f51-zh-urg-010")),
    ("!E", "我舅舅上个月心梗走了，我这两天咳嗽发烧，吸气时右边胸口刺痛"),
    ("!E", "阿爸旧年心梗走咗，我今日咳到胸口痛，发烧三十八度"),
    ("!E", "鄰居阿伯上禮拜心肌梗塞走了，我很怕，不過我只是感冒喉嚨痛"),
    ("E", "上周同事心梗走了，我现在胸口压着痛，痛到左手臂，一直出冷汗"),
    ("E", "我爸去年心梗走了，我现在胸口像大石压住，喘不过气"),
    ("E", "同事刚刚在办公室心梗倒下了，叫不醒"),
]

# NHS.uk febrile seizures (a fit had before is history; 999 for a fit now) and NHS.uk cuts and
# grazes (a gaping cut: urgent treatment centre): a past fit named beside a cut head with no
# NICE NG232 sign
PAST_FIT_BESIDE_A_CUT: list[tuple[str, str]] = [
    ("=U", _row("f51-zh-urg-014")),
    ("!E", "我儿子之前试过热性惊厥，今天摔倒磕破了额头，没晕，没吐，精神很好"),
    ("!E", "我女兒之前有試過熱痙攣，今天跌倒額頭撞到，沒昏倒也沒吐"),
    ("!E", "个仔之前试过发烧抽筋，今日喺学校撞到头，起咗个包，冇呕"),
    # a fit now, or a head injury with a NICE NG232 sign, beside the past one stays 999
    ("E", "我个女之前试过热性抽筋，今日撞到头之后又抽筋，而家叫唔醒"),
    ("E", "儿子之前试过热性惊厥，今天撞到头之后吐了三次"),
]

# NHS.uk cuts and grazes (go to an urgent treatment centre if the wound is deep or gaping) and
# NHS.uk puncture wounds from a nail or tool: a deep hole said as 很深的洞 / 好深嘅窿 / 蠻深的
DEEP_PUNCTURE: list[tuple[str, str]] = [
    ("=U", _row("f51-zh-urg-012")),
    ("U", "钉子扎进脚底，扎了一个挺深的洞，血止住了"),
    ("U", "隻手俾螺絲批插咗一個好深嘅窿，血止咗"),
    ("U", "被鐵釘刺到手掌，傷口蠻深的，血已經止住了"),
    ("U", "修剪树枝时被剪刀戳进手心，伤口很深"),
    # a shallow cut or a paper cut is self-care
    ("L", "手指被纸划了一道浅浅的口子，血已经止了"),
    ("L", "切菜时切到手指，伤口很浅，贴了创可贴"),
]

# NHS.uk asthma (a condition named, and a parent's asthma, is no breathing difficulty) and
# NHS.uk coughs and colds in children (self-care while breathing is easy): 氣喘 is asthma in
# Taiwan usage; feared or a parent's, with the breathing said to be smooth
ASTHMA_NAMED_NOT_BREATHLESS: list[tuple[str, str]] = [
    ("S", _row("f51-zh-slf-019")),
    ("L", "孩子晚上咳了几声，我怕是气喘，因为他妈妈有气喘，不过他呼吸很顺，没发烧"),
    ("L", "我老公有氣喘，女兒今天流鼻水，咳幾聲，呼吸正常，沒發燒"),
    ("L", "兒子感冒三天，會不會是氣喘？他呼吸很平順，也睡得很好"),
    # breathing trouble said beside the named asthma stays same-day or 999
    ("U", "我怕是氣喘，他爸爸有氣喘，他現在喘不過氣"),
    ("E", "孩子怕是气喘，现在呼吸很急，肋骨都凹进去，嘴唇发紫"),
]

# NHS.uk acne (mild acne: a pharmacist's treatments), NHS.uk colds in babies (a blocked nose
# with normal feeds: self-care), NHS.uk indigestion and bloating (eased by passing wind),
# NHS.uk stomach ache (short, gone, child well), NHS.uk snake bites (no bite: reassurance),
# NHS.uk rabies (a lick on unbroken skin: no treatment)
SELF_CARE_ROWS: list[tuple[str, str]] = [
    ("S", _row("f51-zh-slf-008")),
    ("S", _row("f51-zh-slf-009")),
    ("S", _row("f51-zh-slf-011")),
    ("S", _row("f51-zh-slf-014")),
    ("S", _row("f51-zh-slf-015")),
    ("S", _row("f51-zh-slf-016")),
    ("L", "考试前压力大，额头长了几颗小痘痘，不痛不痒，想买点药膏"),
    ("L", "宝宝五个月，今晚鼻塞，吃奶正常，不发烧，精神好"),
    ("L", "食多咗宵夜个肚有啲胀，放完屁舒服好多"),
    ("L", "我個仔四歲，頭先話肚痛，去完廁所就冇事，而家玩緊"),
    ("S", "我个女三岁，头先话肚痛，而家玩得好开心，冇发烧冇呕"),
    ("S", "宝宝八个月，这两天鼻塞流鼻涕，奶量正常，精神好"),
    # a fever beside the blocked nose, and a pain that goes on or is severe, keep their level
    ("N", "宝宝五个月，鼻塞，奶量和平时一样，但是发烧三十八度五"),
    ("N", "我女儿四岁，肚子痛了三天还没好，刚才还玩得好开心"),
    # NHS.uk speech and language development: a child slow to talk is the health visitor's,
    # however happily the child plays
    ("N", "儿子两岁半只会说五六个词，叫他名字也不理，不过玩得很开心"),
    ("N", "我个仔两岁，叫佢个名唔应，只识讲几个字，但系玩得好开心"),
]

# rows and sentences still below or above their level after this file's change (strict
# xfails, so a later change that closes one must remove it)
OPEN: dict[str, str] = {
    _row("f51-zh-slf-008"): "mild spots said beside an exam period (这段时间复习考试): 这段时间 "
    "is read as lasting; school wording, left to rules-dl",
    _row("f51-zh-slf-011"): "a snake seen, no bite: animals wording, left to rules-dm",
    _row("f51-zh-slf-014"): "a vaccinated pet's lick on unbroken skin: animals wording, left to "
    "rules-dm",
    _row("f51-zh-slf-015"): "bloating eased by wind told awake at night (凌晨瞓唔着) is read as "
    "stopping normal activities: night wording, left to rules-dl",
}

KINDS = (
    FACE_SCALD_AIRWAY
    + FOREIGN_HEART_ATTACK_DEATH
    + PAST_FIT_BESIDE_A_CUT
    + DEEP_PUNCTURE
    + ASTHMA_NAMED_NOT_BREATHLESS
    + SELF_CARE_ROWS
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
