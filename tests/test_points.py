"""Changes in percentage points between two stated rates (LG207): reported only when no
values the two rounded rates stand for give the stated change."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg207(body):
    return [f.message for f in run_rules(TITLE + body + "\n", select=["LG207"], jurisdiction="none").findings]


@pytest.mark.parametrize("body", [
    "全镇行政复议纠错率由上年的12.5%下降至9.3%，下降4.2个百分点。",
    "全镇行政复议纠错率由上年的12.5%下降至9.3%，反而上升了3.2个百分点。",
    "依申请公开按期答复率为98.2%，较上年提高2.9个百分点，上年为96.3%。",
    "执法人员持证率从上年的88%提高到95%，提高了9个百分点。",
    "行政应诉败诉率6.1%，比上年的8.9%下降1.8个百分点。",
])
def test_a_change_in_points_the_two_rates_contradict_is_an_error(body):
    assert len(lg207(body)) == 1


@pytest.mark.parametrize("body", [
    "全镇行政复议纠错率由上年的12.5%下降至9.3%，下降了3.2个百分点。",
    "依申请公开按期答复率为98.2%，较上年提高1.9个百分点，上年为96.3%。",
    "执法人员持证率从上年的88%提高到95%，提高了7个百分点。",
    # both rates are rounded: 94.2 - 91.4 may be 2.9 points
    "按期办结率由上年的91.4%提升至94.2%，共提升了2.9个百分点。",
    # last year's rate is not stated
    "行政复议纠错率为13.6%，较上年上升1.7个百分点。",
    # loose: about, or against another place
    "群众满意率由上年的90.2%提高到94.6%，提高约4个百分点。",
    "按期办结率为97.2%，高于全市平均水平2.3个百分点，上年为95.1%。",
])
def test_changes_the_rates_allow_or_that_cannot_be_judged_are_not_reported(body):
    assert lg207(body) == []


@pytest.mark.parametrize("body", [
    "镇综治中心全年登记矛盾纠纷156件，上年同期为130件，同比增长25%。",
    "全年共收到依申请公开申请75件，较上年的96件下降25.9%。",
    "年内审查村规民约98件，较上年的112件增长14.3%。",
])
def test_a_change_in_percent_the_two_counts_contradict_is_an_error(body):
    assert len(lg207(body)) == 1


@pytest.mark.parametrize("body", [
    "镇综治中心全年登记矛盾纠纷156件，上年同期为130件，同比增长20%。",
    "全年共收到依申请公开申请75件，较上年的96件下降21.9%。",
    # 比上年增加21件 is the difference, not last year's figure
    "全年受理行政复议申请126件，比上年增加21件，增长20%。",
    # periods that are not two whole years, or counts of different things
    "今年1—6月办理法律援助案件95件，去年全年为170件，同比下降44.1%。",
    "镇综治中心全年登记矛盾纠纷156件，去年为140余件，同比增长8%。",
])
def test_changes_the_counts_allow_or_that_cannot_be_judged_are_not_reported(body):
    assert lg207(body) == []
