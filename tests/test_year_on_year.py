"""Year-on-year claims inside one sentence: this year's figure, last year's and the
difference, two of which give the third, against the stated difference, change in
percent, multiple or doubling. Approximate figures stand for every value they allow;
a claim is reported only when none of them gives it."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg207(body):
    result = run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none")
    return [f.evidence["computed"] for f in result.findings]


@pytest.mark.parametrize("body, computed", [
    ("全年受理复议案件150件，上年为120件，比上年增加40件。", "30件"),
    ("全年调解纠纷1,000件，比上年增加200件，增长20%。", "25.00%"),
    ("全年调解成功的纠纷较上年减少40件，下降10%，降至400件。", "-9.09%"),
    ("全年受理复议案件150件，比上年的120件增加30件，增长30%。", "25.00%"),
    ("全年受理复议案件150件，上年为120余件，同比增长30%。", "25.00%"),
    ("全年办理公证两千件，较上年的一千六百件增长百分之三十。", "25.00%"),
    ("全年服务企业180家，比上年的60家增长1.5倍。", "3.00倍"),
    ("法律明白人由上年的40名增至60名，人数翻了一番。", "1.50倍"),
])
def test_a_claim_the_two_years_figures_contradict_is_an_error(body, computed):
    assert lg207(body) == [computed]


@pytest.mark.parametrize("body", [
    "全年受理复议案件150件，上年为120件，比上年增加30件。",
    "全年调解纠纷1,000件，比上年增加200件，增长25%。",
    "全年调解成功的纠纷较上年减少40件，下降9.1%，降至400件。",
    "全年受理复议案件150件，上年为120余件，同比增长20%。",     # 120–129: 16.3% to 25%
    "全年办理公证两千件，较上年的一千六百件增长百分之二十五。",
    "全年服务企业180家，比上年的60家增长2倍。",                # 2 times more
    "全年服务企业180家，比上年的60家增长3倍。",                # 3 times as many
    "法律明白人由上年的40名增至79名，人数翻了一番。",
    # words that make the figures loose or not one thing's two years
    "全年受理复议案件约150件，上年为120件，比上年增加40件。",
    "全年受理复议案件150件，其中上年结转12件，比上年增加40件。",
    "1—6月受理复议案件150件，上年同期为120件，同比增长30%。",
    # a rate in the sentence: its percentage is not a change
    "全年受理复议案件150件，上年为120件，办结率98%，增长30%。",
])
def test_claims_the_figures_allow_or_that_are_not_read_are_not_reported(body):
    assert lg207(body) == []


@pytest.mark.parametrize("body, severity", [
    ("全镇群众满意率由上年的85%提高到92%，提高15%。", "error"),           # 7 points, 8.2% relative
    ("全镇群众满意率由上年的85%下降到82%，提高3%。", "error"),             # the other way
    ("全镇群众满意率由上年的80.5%提高到92.5%，提高12%。", "info"),       # points, loosely written
])
def test_a_change_in_percent_between_two_rates_is_their_relative_change(body, severity):
    (found,) = run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings
    assert found.severity.label == severity


def test_a_relative_change_between_two_rates_is_not_reported():
    assert lg207("全镇群众满意率由上年的85%提高到92%，提高8.2%。") == []


@pytest.mark.parametrize("body, computed", [
    # the claim and its figures in one run between semicolons; a rate in the next run
    ("全年受理诉求1,800件，同比增长12.6%（上年同期1,500件）；按期办结1,750件，按期办结率97.2%。", "20.00%"),
    # a rate beside the change is not a claim about the two years
    ("全年共调解纠纷1,200件，较上年减少300件，下降25%，调解成功率保持在98%以上。", "-20.00%"),
    # another of last year's figures after 、 is set aside
    ("全年受理复议申请96件，较上年增长23.1%，上年受理80件、审结78件。", "20.00%"),
])
def test_the_two_years_figures_are_found_beside_rates_and_other_figures(body, computed):
    assert lg207(body) == [computed]


def test_a_change_between_two_rates_that_fits_them_once_rounded_is_not_reported():
    # 由85%提高到92%: the rates stand for 84.5–85.5% and 91.5–92.5%, whose relative change
    # may be 7%; the same words with 15% fit neither reading
    assert lg207("合格率由85%提高到92%，提高7%。") == []
    assert len(lg207("合格率由85%提高到92%，提高15%。")) == 1


@pytest.mark.parametrize("body, expected", [
    ("全年受理复议案件53件，同比上升27.5%。", 1),   # 41 gives 29.27%, 42 gives 26.19%
    ("全年受理复议案件51件，同比上升27.5%。", 0),   # 40
    ("全年受理复议案件53件，同比下降11.7%。", 0),   # 60
    ("全年受理复议案件约53件，同比上升27.5%。", 0),  # an approximate figure gives any change
])
def test_a_change_with_this_years_figure_alone_must_be_possible_for_some_whole_last_year(body, expected):
    assert len(run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings) == expected


@pytest.mark.parametrize("body, expected", [
    ("全乡调解成功率由上年的百分之九十一提高到百分之九十六，提高了七个百分点。", 1),
    ("全乡调解成功率由上年的百分之九十一提高到百分之九十六，提高了五个百分点。", 0),
])
def test_a_change_in_points_written_in_chinese_numerals_is_read(body, expected):
    assert len(run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings) == expected
