"""The evidence a nurse reads is the patient's own words.

A rule hit's evidence (and a held-back sign's) is shown as "Evidence" and stored in the red
flag: it must quote the message as the patient wrote it, never the text the rules read after
preparing it (simplified Chinese, pinyin read as Chinese, slips repaired, lower case,
shorthand and regional words written out, typos corrected). Each part of an evidence string
(parts are joined by "; ", a NEWS2 hit's words follow "NEWS2 <score>: ") is a substring of
the message, and the evidence holds the words of the sign.
"""

from __future__ import annotations

import re

import pytest

from clinical.red_flags import RuleCheck, load_rules

_NEWS2 = re.compile(r"^NEWS2 \d+: ")


def _parts(evidence: str) -> list[str]:
    return _NEWS2.sub("", evidence).split("; ")


def _evidence(check: RuleCheck) -> list[str]:
    return [h.evidence for h in check.hits] + [b.evidence for b in check.held_back]


def _assert_verbatim(check: RuleCheck, *texts: str) -> None:
    for evidence in _evidence(check):
        for part in _parts(evidence):
            assert part.strip(), evidence
            assert any(part in text for text in texts), (part, evidence)


# (message, words of the sign that the evidence must quote)
CASES = [
    # Hong Kong Cantonese, traditional: 手痺痺 (numb hand) was "repaired" to 手臂 (arm)
    ("個心好似俾嘢壓住咁 出晒冷汗 左手痺痺哋 廿分鐘都未停", ["左手痺痺哋", "出晒冷汗"]),
    ("跌落樓梯撞到頭，暈咗一陣，而家嘔咗幾次，仲越嚟越眼瞓", ["暈咗一陣"]),
    ("男朋友食咗花生醬多士，塊面同嘴唇腫到好犀利，話喉嚨好緊唞唔到氣", ["喉嚨好緊"]),
    ("Pt 45F，對蝦敏感，BP 80/50，wheeze，已打 EpiPen 一支 仲係好喘", ["對蝦敏感"]),
    # Taiwan, traditional
    ("我爸有腹主動脈瘤在追蹤 剛剛突然腰背劇痛 臉色發白 一直冒冷汗", ["臉色發白", "腰背劇痛"]),
    ("懷孕八個月下面一直流血", ["懷孕八個月下面一直流血"]),
    # simplified, numbers written in Chinese
    (
        "护工上门：刘大爷七十岁打胰岛素，倒在卫生间，满身汗，眼睛睁着但不理人，有点抽，"
        "血糖一点八。往腮帮子里挤了葡萄糖凝胶咽不下去。",
        ["血糖一点八"],
    ),
    (
        "病人男七十六岁 呼吸二十八次 血氧百分之九十 心率一百二十 血压九十/五十八 "
        "体温三十九度五 新出现意识模糊",
        ["意识模糊"],
    ),
    ("女 68岁 血压85/50 心率130 呼吸28 体温35.4 表情淡漠 一天没怎么解小便", ["血压85/50"]),
    # toneless pinyin, read as Chinese by the rules
    ("wo xiong kou hen tong chuan bu guo qi, zuo bian shou bi ye tong", ["xiong kou hen tong"]),
    ("wo er zi fa shao 40 du, bo zi ying le, shen shang you hong dian an bu diao", ["bo zi ying"]),
    # English: typos, shorthand, capitals, learner English
    ("chest pian cant breath propely sweaty arm numb", ["chest pian"]),
    (
        "T1 diabetic, sugar just says HI on meter, ketones 3.8, n/v all day, "
        "breathin fast n deep, v drowsy",
        ["breathin fast n deep"],
    ),
    ("36wks preggo, PV bleed soakin pads, tummy rock hard n v painful", ["PV bleed soakin pads"]),
    ("vomited loads of blood 🩸 like coffee grounds n now v dizzy n pale", ["coffee grounds"]),
    (
        "Used my epipen 5 mins ago after prawns, still struggling to breathe and voice has "
        "gone hoarse what do i do now",
        ["Used my epipen 5 mins ago"],
    ),
    ("my 4 year old swallowed a button battery 20 mins ago", ["button battery 20 mins ago"]),
    ("4 wk old baby temp 38.4 not feeding and really hard to wake", ["4 wk old baby"]),
    ("hi my wife she is 8 week pregnent and bleding heavy with big pain", ["bleding heavy"]),
    ("my father face one side is fall down, he talk funny, left arm no strong", ["left arm"]),
    (
        "my sun is nineteen months and hes had a temperature thirty nine point four since lunch "
        "and now hes really floppy",
        ["really floppy"],
    ),
    ("watch says HR 188-192 for 40 mins. SpO2 93. feel like passing out, chest tight. 47F", []),
    ("Pt c/o SOB and central CP radiating to L arm, sweaty", ["SOB"]),
]

# (message, the held-back sign's words)
HELD = [
    (
        "我兒子被蜜蜂叮了手臂，叮的地方紅腫，呼吸正常，臉和嘴唇沒有腫。可以吃抗過敏藥嗎？",
        "臉和嘴唇沒有腫",
    ),
    ("社工轉介（香港）：女，34歲，抑鬱加重一個月，但冇計劃、冇意圖，冇自殘，同家人住。", "冇自殘"),
    (
        "Work first-aider: 25M hit head on cupboard door 1h ago. No LOC, no vomiting, GCS 15.",
        "No LOC",
    ),
    ("四年前有过一次小中风（TIA），一直吃他汀和阿司匹林，情况稳定。", "小中风（TIA）"),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_hit_evidence_quotes_the_message(text: str, words: list[str]) -> None:
    check = load_rules().check(text)
    assert check.hits, text
    _assert_verbatim(check, text)
    said = " | ".join(_evidence(check))
    for word in words:
        assert word in said, (word, said)


@pytest.mark.parametrize(("text", "words"), HELD)
def test_held_back_evidence_quotes_the_message(text: str, words: str) -> None:
    check = load_rules().check(text)
    assert check.held_back, text
    _assert_verbatim(check, text)
    assert any(words in b.evidence for b in check.held_back), check.held_back


def test_news2_words_quote_each_message() -> None:
    earlier = "Temp 39.6, HR 125, RR 26, v shivery n breathin fast"
    message = "SpO2 91% on air, BP 88/50, she's confused"
    check = load_rules().check(message, earlier=[earlier])
    news = [h for h in check.hits if h.evidence.startswith("NEWS2 ")]
    assert news, check.hits
    _assert_verbatim(check, message, earlier)
