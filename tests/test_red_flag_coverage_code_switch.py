"""Chinese typed in pinyin, and English words inside Chinese sentences, by category.

Fresh walk 11 (``tests/data/fresh_walk_11.jsonl``) holds second-language and code-switched
messages; its Chinese rows missed 8 emergencies and raised 2 look-alikes on the first run.
Each group below names the language habit the matcher did not read and the published source
of the signs; the sentences are written for this test in other words than the walk's, with
look-alikes (``!E``) that must not become emergencies.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from clinical.textprep import PinyinReader
from tests.rule_levels import assert_reaches

# Chinese typed as toneless pinyin, no characters (a phone without a Chinese keyboard): read
# as the rules' Chinese. NHS 999 (collapse, unresponsive, stroke FAST, vomiting blood, fits
# over 5 minutes), NICE NG143 (a baby under 3 months with 38 °C), NHS heart attack; negation,
# the past and an everyday cold stay what they are.
PINYIN: list[tuple[str, str]] = [
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
