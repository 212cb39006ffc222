"""The four-level decision for a known long-term condition against the patient's own normal,
a child's fever with NICE NG143 green features, and messages written as lists (session 20).

Written from NHS.uk condition pages (migraine, atopic eczema, panic disorder, heartburn and acid
reflux, asthma with the Asthma + Lung UK action plan NHS.uk points to, Crohn's disease and
ulcerative colitis, fever in children, ear infections, early or delayed puberty, insect bites and
stings), NICE CKS and NICE NG143, in other words than fresh set 24's rows
(``tests/data/fresh_levels_24.jsonl``), before the rules changed for them:

- the usual, expected episode of a known condition, handled by the patient's own plan or usual
  medicine and settling, is self-care (the condition's history, "for years", 多年, is no
  episode lasting); a new or different pattern ("not like my usual", 跟平时不一样), one getting
  worse, or the plan not working is never lowered;
- an inflammatory bowel disease flare, even a usual one, goes to the IBD team or GP within days
  (NICE CKS Crohn's disease / ulcerative colitis), never self-care;
- a child of 3 months or more with a fever and the green features (playing, drinking, wet
  nappies) is self-care with safety netting; a baby under 3 months never is;
- earache with discharge from the ear in a child (NICE CKS otitis media: perforation, a GP) and
  signs of puberty in a young child (NHS.uk early puberty: a GP) are a GP's, never self-care.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clinical.disposition_data import DEFAULT_PATH, Dispositions, load_dispositions
from clinical.loading import ClinicalDataError
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


# The usual episode of a known condition, on the patient's own plan, settling: self-care.
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk migraine: treat an attack with the usual triptan; a GP if attacks change
        "I've had migraines for 15 years, got a typical one yesterday with the usual flashing "
        "lights first, took my rizatriptan and it's cleared up now",
        "我有偏头痛十几年了，昨晚又发了一次，跟以前一样先眼前闪光然后半边头痛，吃了佐米曲普坦睡醒就好了",
        "偏頭痛老毛病，今日又嚟，同平時一樣，食咗藥瞓咗一陣已經好返",
        # NHS.uk atopic eczema: a flare treated with the prescribed steroid cream and emollients
        "My eczema flares up behind my knees every autumn, doing the steroid cream as my "
        "dermatologist's plan says and it's calming down",
        "湿疹老毛病了，手腕又发了，按皮肤科医生的计划涂激素药膏和润肤霜，已经好多了",
        # NHS.uk panic disorder: an attack passes; breathing exercises help
        "had a panic attack in the supermarket, exactly like my usual ones, did my breathing "
        "exercises and it passed after a few minutes, I'm ok now",
        "我有惊恐障碍，刚才在地铁上又发作了，跟以前一样心慌手麻，做了呼吸练习几分钟就过去了，现在没事了",
        # NHS.uk heartburn and acid reflux: the usual antacid or PPI eases it
        "long-standing reflux, had heartburn after a curry like I always do, took my usual "
        "gaviscon and omeprazole and it's settled",
        "老胃病了，吃完辣的又反酸烧心，按平时那样吃了奥美拉唑，现在好多了",
        # Asthma + Lung UK action plan (green zone), as NHS.uk asthma points to it
        "Asthma with a cold, using my reliever as my asthma action plan says, peak flow is 90% "
        "of my best, sleeping fine and today's better than yesterday",
        "哮喘，感冒了有点紧，按哮喘行动计划用药，峰流速是最好值的八成五，今天比昨天好多了",
    ],
)
def test_a_known_conditions_usual_episode_settling_on_its_plan_is_self_care(
    rules: RuleSet, text: str
) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# Never lowered: a new or different pattern, one getting worse, or the plan not working.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NHS.uk migraine: see a GP if the attacks change; NICE CKS headache: a new pattern
        (
            "I get migraines but this one is not like my usual ones, the aura lasted two hours "
            "and the triptan did nothing",
            NON_URGENT,
        ),
        ("我有偏头痛，但这次跟平时不一样，吃了药也没用，已经两天了", NON_URGENT),
        # NHS.uk atopic eczema: a GP when the treatment does not help
        (
            "eczema flare on my arms as usual but the steroid cream isn't helping this time "
            "and it's spreading",
            NON_URGENT,
        ),
        ("湿疹又发了，按计划涂了药膏一个星期也没好转，越来越多", NON_URGENT),
        # NHS.uk panic disorder: see a GP for panic attacks (a first one is not "the usual")
        ("I think I had my first ever panic attack today, it passed after ten minutes", NON_URGENT),
        # NICE CKS Crohn's disease / ulcerative colitis: a flare goes to the IBD team or GP
        (
            "my ulcerative colitis is flaring the way it normally does, 3 loose stools a day, "
            "no blood, eating ok, the IBD nurse can see me on Monday",
            NON_URGENT,
        ),
        ("克罗恩病又复发了，跟以前一样肚子有点绞痛，一天拉三次，没有血，吃东西正常", NON_URGENT),
        # the condition's years are its history; another symptom's weeks still last (NICE NG12
        # dysphagia; NICE CKS headache: a new daily headache)
        (
            "I had my normal migraine 3 weeks ago and it settled, but since then I've had a "
            "headache every day",
            NON_URGENT,
        ),
        (
            "I've had migraines for years, same as always, but this is the first one in 20 "
            "years, gone after a sleep",
            NON_URGENT,
        ),
        # NHS.uk atopic eczema / NICE CKS infected eczema: weeping and crusted, a GP today
        (
            "eczema flare like always, using my cream as per plan and it's settling a bit, but "
            "it's weeping with yellow crusts",
            URGENT,
        ),
        ("湿疹老毛病又发了，按计划涂药膏好一点了，但是开始渗液，结黄痂", URGENT),
    ],
)
def test_a_changed_pattern_or_a_flare_for_the_ibd_team_is_not_lowered(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


# NICE NG143 / NHS.uk fever in children: a child of 3 months or more with the green features.
@pytest.mark.parametrize(
    "text",
    [
        "my son is 4, temperature 38.4 since lunchtime, he's running about the garden and "
        "drinking plenty, having wet nappies as normal",
        "18 month old with a temp of 38.2, still playing with her toys, drinking well, "
        "plenty of wet nappies",
        "儿子两岁，今天下午发烧38.3度，现在在玩玩具，喝水正常，尿布也是湿的",
        "個仔四歲，發燒38.5度，而家喺度玩緊，飲水正常",
    ],
)
def test_a_childs_fever_with_the_green_features_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# NICE NG143: under 3 months with 38 or more is red; 3 to 6 months with 39 or more is amber.
@pytest.mark.parametrize(
    "text",
    [
        "my 8 week old has a temperature of 38.1 but she's feeding well and wet nappies",
        "宝宝两个月大，发烧38度，吃奶还可以，尿布是湿的",
        "my 5 month old is 39.2, still playing and drinking, wet nappies",
    ],
)
def test_a_young_babys_fever_is_never_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank >= NON_URGENT.rank, text
    assert decided_level(rules, text) is not SELF_CARE, text


# A list of mild, settling items (NHS.uk insect bites and stings: a small local reaction).
@pytest.mark.parametrize(
    "text",
    [
        "- bitten on my arm by something at the park\n- small itchy lump\n- since yesterday\n"
        "- no swelling of the face\n- antihistamine is helping",
        "- 腿上被虫子咬了一个包\n- 有点痒\n- 一天\n- 嘴唇不肿，呼吸正常\n- 吃了抗组胺药好多了",
    ],
)
def test_a_list_of_mild_settling_items_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# A GP's within days, never self-care.
@pytest.mark.parametrize(
    "text",
    [
        # NICE CKS otitis media / NHS.uk ear infections: discharge from the ear, a GP
        "my son is 5, earache for three days and now there's some gunk leaking out of his ear, "
        "no temperature, eating fine",
        "女儿6岁，耳朵痛了几天，今天耳朵里流出黄水，不发烧，吃饭正常",
        # NHS.uk early or delayed puberty: signs before 8 in girls, 9 in boys, a GP
        "my 7 year old daughter is starting to develop breasts, otherwise well",
        "女儿7岁，最近乳房开始发育了，其他都好",
    ],
)
def test_a_gps_sign_in_a_well_child_is_not_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is NON_URGENT, text


# Their look-alikes: normal puberty at its age, an earache without discharge settling.
@pytest.mark.parametrize(
    "text",
    [
        "my 12 year old daughter's breasts have started developing, she feels a bit shy, is "
        "that normal",
        "daughter 6, mild earache since last night, calpol helps, eating and playing",
    ],
)
def test_their_look_alikes_stay_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# Same-day signs said the way set 24's voices say them: at least urgent.
@pytest.mark.parametrize(
    "text",
    [
        # RCOG Green-top 43: itching in pregnancy, worst on the palms and soles
        "I'm 32 weeks pregnant and itchy all over, especially my palms, no rash",
        "怀孕三十二周，晚上全身都痒，尤其是脚底，没有疹子",
        # NHS.uk dental abscess: toothache with a swollen jaw, an urgent dentist
        "牙痛了三天，今天右边下巴肿了",
        # Asthma + Lung UK / BTS: the reliever needed every 4 hours, in Cantonese
        "个女有哮喘，呢两日每四个钟就要用蓝色喷雾",
        # NHS skin abscess: a red, hot lump that is soft and fluctuant
        "大腿上一个包，按下去有波动感，越来越大",
        # NICE CKS Depression: worse, with thoughts that life is not worth living, no plan
        "my depression has got worse this week, sometimes I feel life isn't worth living, no plans",
        "最近心情越来越差，觉得活着没什么意义，但没有想怎么做",
    ],
)
def test_a_same_day_sign_in_set_24s_voices_is_at_least_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


# Their look-alikes: not pregnant, sweaty palms, a jaw that aches, a spray once a day.
@pytest.mark.parametrize(
    "text",
    [
        "怀孕二十周，手心有点出汗，特别是手心，其他都好",
        "哮喘控制得好，蓝色喷雾一个礼拜用一次",
        "有点感冒，哮喘有点紧，蓝色喷雾能顶四个钟，讲话正常",
        # (thoughts that life isn't worth living with no plan are same-day whatever support is
        # arranged: NICE NG225 / NHS help for suicidal thoughts, as tests/test_suicide_levels.py
        # holds; rules-aw's same-day rule, merged beside this file, reads them so)
        "I don't feel life isn't worth living, I'm just tired after a long week",
    ],
)
def test_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text


def test_a_lift_names_known_states_and_a_group_its_age(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_PATH.read_text("utf-8"))
    data["families"]["mental_health"]["lifts"][0]["when_said"] = ["usual_mood"]
    path = tmp_path / "dispositions.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(ClinicalDataError, match="usual_mood"):
        Dispositions.load(path)
    under = [p.under_years for p in load_dispositions().pairs["refer"] if p.under_years]
    # 9: early signs of puberty (refer_children.yaml); 16: a child sitting close to the TV or
    # squinting, NHS.uk eye tests for children (rules-nc, session 48)
    assert under == [9, 16]
