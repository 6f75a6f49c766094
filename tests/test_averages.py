"""An average (平均每X…) is the total over the number of X, both stated before it in
its sentence; anything less certain is left unverifiable."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg209(body):
    result = run_rules(TITLE + body + "\n", select=["LG209"], jurisdiction="none")
    return [f.evidence["computed"] for f in result.findings]


@pytest.mark.parametrize("body, computed", [
    ("全区9个街道全年共受理法律援助申请1,350件，平均每个街道受理160件。", "150.00"),
    ("全年开展培训10期，培训1,600人次，平均每期培训170人次。", "160.00"),
    ("全镇8个村共有法律明白人40名，平均每村6名。", "5.00"),
])
def test_an_average_that_is_not_the_total_over_its_number_is_an_error(body, computed):
    assert lg209(body) == [computed]


@pytest.mark.parametrize("body", [
    "全区9个街道全年共受理法律援助申请1,350件，平均每个街道受理150件。",
    "全年开展培训9期，培训1,000人次，平均每期培训111人次。",       # 111.1, truncated
    "全年开展培训9期，培训1,000人次，平均每期培训100余人次。",
    "全年开展培训9期，培训1,000人次，平均每期培训约110人次。",
    # two totals of the average's unit: which one is meant is not said
    "全年开展培训10期，培训1,600人次，考核1,500人次，平均每期培训170人次。",
])
def test_averages_that_follow_or_cannot_be_tied_to_their_counts_are_not_reported(body):
    assert lg209(body) == []
