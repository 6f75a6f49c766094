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
    ("本年度镇公共法律服务站接受委托112件，上年为90件，比上年增加30件。", "22件"),
    ("全年调解纠纷1,000件，比上年增加200件，增长20%。", "25.00%"),
    ("镇执法大队查处的违法行为比上年少了60起，减少12%，降为540起。", "-10.00%"),
    ("全年受理复议案件150件，比上年的120件增加30件，增长30%。", "25.00%"),
    ("本年度受理信访事项84件，上年为70余件，同比增长25%。", "20.00%"),
    ("镇法律服务所本年代写法律文书三百件，比上年的二百四十件增加百分之三十。", "25.00%"),
    ("年内为小微企业开展法治体检120家，比上年的40家增长1.5倍。", "3.00倍"),
    ("示例镇的人民调解员从上年的35名增加到52名，队伍规模翻了一番。", "1.49倍"),
])
def test_a_claim_the_two_years_figures_contradict_is_an_error(body, computed):
    assert lg207(body) == [computed]


@pytest.mark.parametrize("body", [
    "本年度镇公共法律服务站接受委托112件，上年为90件，比上年增加22件。",
    "全年调解纠纷1,000件，比上年增加200件，增长25%。",
    "镇执法大队查处的违法行为比上年少了60起，减少10%，降为540起。",
    "本年度受理信访事项84件，上年为70余件，同比增长15%。",     # 120–129: 16.3% to 25%
    "镇法律服务所本年代写法律文书三百件，比上年的二百四十件增加百分之二十五。",
    "年内为小微企业开展法治体检120家，比上年的40家增长2倍。",                # 2 times more
    "年内为小微企业开展法治体检120家，比上年的40家增长3倍。",                # 3 times as many
    "示例镇的人民调解员从上年的35名增加到69名，队伍规模翻了一番。",
    # words that make the figures loose or not one thing's two years
    "全年受理复议案件约150件，上年为120件，比上年增加40件。",
    "全年受理复议案件150件，其中上年结转12件，比上年增加40件。",
    "1—9月新设立法律服务点16个，上年同期为12个，同比增长40%。",
    # a rate in the sentence: its percentage is not a change
    "全年受理复议案件150件，上年为120件，办结率98%，增长30%。",
])
def test_claims_the_figures_allow_or_that_are_not_read_are_not_reported(body):
    assert lg207(body) == []


@pytest.mark.parametrize("body, severity", [
    ("村民对调解工作的满意率从去年的78%提升到90%，提升了25%。", "error"),           # 7 points, 8.2% relative
    ("全镇群众满意率由上年的85%下降到82%，提高3%。", "error"),             # the other way
    ("村民对调解工作的满意率从去年的72.5%提升到84.5%，提升了12%。", "info"),       # points, loosely written
])
def test_a_change_in_percent_between_two_rates_is_their_relative_change(body, severity):
    (found,) = run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings
    assert found.severity.label == severity


def test_a_relative_change_between_two_rates_is_not_reported():
    assert lg207("村民对调解工作的满意率从去年的78%提升到90%，提升了15.4%。") == []


@pytest.mark.parametrize("body, computed", [
    # the claim and its figures in one run between semicolons; a rate in the next run
    ("全年受理诉求1,800件，同比增长12.6%（上年同期1,500件）；按期办结1,750件，按期办结率97.2%。", "20.00%"),
    # a rate beside the change is not a claim about the two years
    ("本年度办理行政许可事项2,040件，比上年少了360件，减少18%，按时办结率保持在99%以上。", "-15.00%"),
    # another of last year's figures after 、 is set aside
    ("本年度镇司法所接待法律咨询72人次，较上年增长25%，上年接待64人次、解答60人次。", "12.50%"),
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
    ("示例镇行政执法案卷合格率从上一年度的百分之八十八升至百分之九十四，上升了八个百分点。", 1),
    ("示例镇行政执法案卷合格率从上一年度的百分之八十八升至百分之九十四，上升了六个百分点。", 0),
])
def test_a_change_in_points_written_in_chinese_numerals_is_read(body, expected):
    assert len(run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings) == expected
