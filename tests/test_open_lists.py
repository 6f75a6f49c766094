"""A list after 其中 need not name every part, but its parts cannot add up to more
than the whole (LG204)."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg204(body):
    return [f.message for f in run_rules(TITLE + body + "\n", select=["LG204"], jurisdiction="none").findings]


def test_parts_after_qizhong_that_add_up_to_more_than_the_whole_are_an_error():
    (message,) = lg204("示例镇全年共提供法律援助服务230件，其中代理诉讼95件、代写文书118件、法律咨询转办21件。")
    assert "234件" in message and "230件" in message


def test_approximate_parts_that_exceed_the_whole_even_at_their_least_are_an_error():
    (message,) = lg204("全年共开展普法讲座150场，其中进社区90余场、进学校45余场、进园区30余场。")
    assert "至少为165场" in message


@pytest.mark.parametrize("body", [
    # fewer than the whole: the list need not be complete
    "示例镇全年共提供法律援助服务230件，其中代理诉讼95件、代写文书118件。",
    # approximate parts that may come to less than the whole, or a list that stops at
    # the end of its clause
    "全年共开展普法讲座180场，其中进社区90余场、进学校45余场、进园区30余场。",
    "示例镇全年共提供法律援助服务230件，其中代写文书118件；劳动争议案件90件、婚姻家庭案件60件。",
    # parts of another unit
    "示例镇全年共提供法律援助服务230件，其中为农民工追回欠薪320万元、挽回损失180万元。",
])
def test_lists_that_do_not_exceed_their_whole_or_cannot_be_added_are_not_reported(body):
    assert lg204(body) == []


def test_parts_of_names_that_end_in_deng_need_not_make_the_whole_but_cannot_exceed_it():
    listed = "全年共办理信访事项96件，涉及城建、环保、教育等领域，分别为{}件、25件、18件。"
    assert lg204(listed.format(40)) == []
    assert len(lg204(listed.format(60))) == 1
    assert len(lg204("全年共办理信访事项96件，分别为城建类40件、环保类25件、教育类18件。")) == 1
