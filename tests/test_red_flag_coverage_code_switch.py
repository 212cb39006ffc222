"""Chinese typed in pinyin, and English words inside Chinese sentences, by category.

Fresh walk 11 (``tests/data/fresh_walk_11.jsonl``) holds second-language and code-switched
messages; its Chinese rows missed 8 emergencies and raised 2 look-alikes on the first run.
Each group below names the language habit the matcher did not read and the published source
of the signs; the sentences are written for this test in other words than the walk's, with
look-alikes (``!E``) that must not become emergencies.
"""

from __future__ import annotations

import pytest

from clinical.mixed_language import CODE_SWITCH, PinyinReader
from clinical.red_flags import RuleSet
from clinical.rule_files import read_rules
from tests.rule_levels import assert_reaches

# Chinese typed as toneless pinyin, no characters (a phone without a Chinese keyboard): read
# as the rules' Chinese. NHS 999 (collapse, unresponsive, stroke FAST, vomiting blood, fits
# over 5 minutes), NICE NG143 (a baby under 3 months with 38 °C), NHS heart attack; negation,
# the past and an everyday cold stay what they are.
PINYIN: list[tuple[str, str]] = [
    # every clause cue is read in pinyin, the question cues added later included (a question
    # about a sign with nobody having it; the sign reported beside it still fires)
    ("!E", "zhong feng he nao geng you shen me qu bie?"),
    ("!E", "guo min xing xiu ke shi shen me yang zi de?"),
    ("E", "zhong feng he nao geng you shen me qu bie? wo ba ba zui wai le, shuo hua bu qing chu"),
    ("E", "ta tu ran yun dao le, jiao bu xing"),
    ("E", "wo ba ba zui wai le, shuo hua bu qing chu"),
    ("E", "wo ma ma tu xue le, hen duo xue"),
    ("E", "hai zi chou chu ting bu xia lai"),
    ("E", "bao bao liang ge yue, fa shao 38.5 du"),
    ("E", "wo lao gong xiong kou teng, chu leng han"),
    ("!E", "wo gan mao san tian le, mei you fa shao, hou long you dian tong"),
    ("!E", "wo mei you xiong tong, ye mei you chuan bu guo qi"),
    ("!E", "wo ye ye yi qian zhong feng guo, xian zai hen hao"),
    ("!E", "wo ma ma tou teng, shui bu hao"),
]


@pytest.mark.parametrize(("expected", "text"), PINYIN)
def test_chinese_typed_in_pinyin_reads_as_chinese(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# English words that are also pinyin syllables ("he", "a", "long", "hang", "men") do not make
# an English sentence pinyin: it has "i", "my", "the", "pain" too.
@pytest.mark.parametrize(
    ("text", "pinyin"),
    [
        ("wo xiong kou hen tong", True),
        ("he can hang on a long time", False),
        ("a man ran in the rain", False),
        ("she has a long pain in her chest", False),
        ("ban", False),
        ("我 xiong kou tong", False),
    ],
)
def test_only_a_message_of_pinyin_syllables_is_read_as_pinyin(text: str, pinyin: bool) -> None:
    assert PinyinReader.is_pinyin(text) is pinyin


# An English word said alone inside a Chinese sentence is a Chinese word there: a body part
# whose predicate is Chinese (NHS heart attack, NHS meningitis, CKS cauda equina), the baby
# whose age follows in Chinese (NICE NG143: under 3 months with 38 °C), a substance a Chinese
# verb takes (NHS poisoning), a named condition with a Chinese time cue (two years ago is
# history, not now). Inside a longer English stretch a word stays English.
CODE_SWITCHED: list[tuple[str, str]] = [
    # the mixed phrases in the rule data are written as their readings (1b5ada2's dead-phrase test)
    ("E", "心口 tight，出冷汗，左手麻"),
    ("E", "喉咙好 tight 吃了虾之后，嘴唇肿，喘不过气"),
    ("E", "我爸 chest 很闷 一直出冷汗"),
    ("E", "我 neck 好硬, 发烧 39 度, 好怕光"),
    ("E", "个 baby 六个礼拜 发烧 38.5"),
    ("E", "baby 六周 发烧 38.2 度"),
    ("E", "我老公喝了 bleach, 喉咙好痛"),
    ("E", "腰痛一个礼拜 现在两腿之间 numb, 尿不出来"),
    ("E", "I have chest pain and sweating 很辛苦"),
    ("!E", "我爷爷五年前 heart attack 过, 现在每天散步"),
    ("!E", "三年前有过 stroke, 现在复诊拿药"),
    ("!E", "我 chest 有点痒 长了几颗痘痘"),
    ("!E", "baby 三个月 打完疫苗 有点闹, 吃奶正常"),
    ("!E", "坐久了 legs 有点 numb, 站起来就好"),
]

# NICE CKS Sciatica (cauda equina): numbness between the legs, as the English phrases have it
BETWEEN_THE_LEGS: list[tuple[str, str]] = [
    ("E", "背好痛 两腿中间没感觉 小便都控制不住"),
    ("!E", "坐久了两腿之间有点麻 站起来就好"),
    ("!E", "骑完单车 两腿之间磨得好痛"),
]


@pytest.mark.parametrize(("expected", "text"), CODE_SWITCHED + BETWEEN_THE_LEGS)
def test_an_english_word_inside_a_chinese_sentence_reads_as_chinese(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_code_switched_word_is_the_rules_own_chinese() -> None:
    data = read_rules()
    phrases = [p for spec in data.concepts.values() for p in spec.zh]
    phrases += _strings(data.cues.model_dump())
    missing = [zh for zh in CODE_SWITCH.values() if not any(zh in p for p in phrases)]
    assert not missing


# NHS poisoning: a child who got hold of a medicine is an emergency; a medicine given to treat
# the child, said with what it did or taken for days, is treatment, in Chinese and English.
MEDICINE_AS_TREATMENT: list[tuple[str, str]] = [
    ("!E", "孩子咳嗽一个礼拜 止咳药吃了也没用"),
    ("!E", "儿子感冒药吃了两天 还在流鼻涕"),
    ("!E", "女儿发烧 退烧药吃了就退 过几个钟头又烧"),
    ("!E", "四岁儿子发烧三天 药吃了会好一点 但晚上又烧"),
    ("!E", "my 5 year old drank his cough medicine and it helped a bit"),
    ("!E", "my girl has a fever, she drank the calpol medicine and it came down"),
    ("E", "两岁儿子把奶奶的降压药吃了"),
    ("E", "儿子偷偷把一板退烧药吃了"),
    ("E", "孙子把我的安眠药吃了好几粒"),
    ("E", "my son drank his grandad's heart medicine"),
]


@pytest.mark.parametrize(("expected", "text"), MEDICINE_AS_TREATMENT)
def test_a_medicine_given_as_treatment_is_no_poisoning(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
