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
    ("全年收到政府信息公开申请64件，已答复57件，其余5件在法定期限内办理中。", ["LG204"]),      # 56, not 58
    ("全年收到政府信息公开申请64件，已答复57件，其余7件在法定期限内办理中。", []),
    ("全年核查举报线索96条，经查属实的44条，部分属实的19条，其余28条不实。", ["LG204"]),  # 124
    ("全年核查举报线索96条，经查属实的44条，部分属实的19条，其余33条不实。", []),
])
def test_a_years_count_closed_by_the_rest_must_add_up(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("镇里本年办结的45起治安调解案件中，当场达成协议的28起，延期调解成功的9起，终止调解的10起。", ["LG204"]),  # 54
    ("镇里本年办结的45起治安调解案件中，当场达成协议的28起，延期调解成功的9起，终止调解的8起。", []),
    ("本年度镇政府作为被告的14起行政诉讼中，镇长出庭应诉16起。", ["LG203"]),
    ("本年度镇政府作为被告的14起行政诉讼中，镇长出庭应诉14起。", []),
])
def test_parts_after_a_whole_named_with_zhong_may_not_exceed_it(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body", [
    # 分别 after a whole without 共 names some of its kinds, not all of them
    "全年受理的64件行政复议案件中，维持、撤销的分别为41件、6件，分别占64.1%、9.4%。",
    # the rest closes the list of the count after the whole, not the whole's
    "全年新登记劳动争议案件47件，结案52件，其中调解31件、裁决13件、其他8件。",
    # last year's figure is not a whole
    "全年受理纠纷60件（上年为75件），其余为咨询类。",
])
def test_lists_that_do_not_claim_to_be_the_whole_are_not_summed(body):
    assert codes(body) == []


@pytest.mark.parametrize("body, expected", [
    ("年内共接待来访群众2,100余人次，其中咨询类1,300余人次、求助类600余人次、其他300余人次。", ["LG204"]),
    ("全年收到行政执法投诉近250件，已处理完毕231件，其余20余件仍在调查。", ["LG204"]),
    ("年内共接待来访群众2,100余人次，其中咨询类1,300余人次、求助类600余人次。", []),
    ("全年收到行政执法投诉近250件，已处理完毕221件，其余20余件仍在调查。", []),
])
def test_approximate_parts_and_wholes_are_compared_as_ranges(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("年内开展的专项检查为：食品药品方面62次，消防安全方面45次，校园周边方面23次，合计140次。", ["LG204"]),
    ("年内开展的专项检查为：食品药品方面62次，消防安全方面45次，校园周边方面23次，合计130次。", []),
    ("第一至第四季度依次办理行政许可61件、74件、58件、83件，全年共计286件。", ["LG204"]),
    ("全年开展培训12次，其中线上5次、线下7次，合计13次。", ["LG204"]),
    ("全年开展培训12次，线上5次、线下7次，合计12次。", []),
])
def test_a_list_closed_by_a_total_after_it_must_add_up(body, expected):
    assert codes(body) == expected
