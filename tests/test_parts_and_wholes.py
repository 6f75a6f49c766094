"""Parts and their whole when the whole is not written with 共/合计: a count of the
whole year or place (全年受理…) closed by 其余, and a whole whose parts follow
``…中，`` (在审结的N件中，…). Such a list is complete only when it ends with the rest
(其余/其他); otherwise its parts may not exceed the whole."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def codes(body):
    return [f.code for f in run_rules(TITLE + body + "\n", select=["LG203", "LG204"],
                                      jurisdiction="none").findings]


@pytest.mark.parametrize("body, expected", [
    ("全年受理行政复议申请58件，已审结51件，其余5件正在审理。", ["LG204"]),      # 56, not 58
    ("全年受理行政复议申请58件，已审结51件，其余7件正在审理。", []),
    ("全年办结投诉130件，查证属实的71件，部分属实的22件，其余31件不属实。", ["LG204"]),  # 124
    ("全年办结投诉130件，查证属实的71件，部分属实的22件，其余37件不属实。", []),
])
def test_a_years_count_closed_by_the_rest_must_add_up(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("在审结的52件行政复议案件中，维持原行政行为的33件，驳回申请的9件，纠错的12件。", ["LG204"]),  # 54
    ("在审结的52件行政复议案件中，维持原行政行为的33件，驳回申请的9件，纠错的8件。", []),
    ("全年开庭审理的27件行政诉讼案件中，行政机关负责人出庭应诉29件。", ["LG203"]),
    ("全年开庭审理的27件行政诉讼案件中，行政机关负责人出庭应诉27件。", []),
])
def test_parts_after_a_whole_named_with_zhong_may_not_exceed_it(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body", [
    # 分别 after a whole without 共 names some of its kinds, not all of them
    "全年受理的64件行政复议案件中，维持、撤销的分别为41件、6件，分别占64.1%、9.4%。",
    # the rest closes the list of the count after the whole, not the whole's
    "全年新收行政复议案件30件，办结33件，其中维持20件、撤销6件、其他7件。",
    # last year's figure is not a whole
    "全年受理纠纷60件（上年为75件），其余为咨询类。",
])
def test_lists_that_do_not_claim_to_be_the_whole_are_not_summed(body):
    assert codes(body) == []


@pytest.mark.parametrize("body, expected", [
    ("全年共化解纠纷1,200余件，其中婚姻纠纷700余件、邻里纠纷400余件、其他纠纷200余件。", ["LG204"]),
    ("全年受理投诉近300件，已办结280件，其余30余件正在核查。", ["LG204"]),
    ("全年共化解纠纷1,200余件，其中婚姻纠纷700余件、邻里纠纷400余件。", []),
    ("全年受理投诉近300件，已办结260件，其余30余件正在核查。", []),
])
def test_approximate_parts_and_wholes_are_compared_as_ranges(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全年开展执法检查：市场监管领域116次，安全生产领域84次，生态环境领域48次，合计258次。", ["LG204"]),
    ("全年开展执法检查：市场监管领域116次，安全生产领域84次，生态环境领域48次，合计248次。", []),
    ("一至四季度分别受理投诉28件、46件、39件、57件，全年共计180件。", ["LG204"]),
    ("全年开展培训12次，其中线上5次、线下7次，合计13次。", ["LG204"]),
    ("全年开展培训12次，线上5次、线下7次，合计12次。", []),
])
def test_a_list_closed_by_a_total_after_it_must_add_up(body, expected):
    assert codes(body) == expected
