"""A rate over 100% is an error unless its name allows it (growth, completion of a
plan) or its sentence shows how it comes about: visits (人次) counted over people,
or cases concluded over a new intake that leaves out the cases carried over."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg205(body):
    return [f.code for f in run_rules(TITLE + body + "\n", select=["LG205"], jurisdiction="none").findings]


@pytest.mark.parametrize("body", [
    "全镇受理纠纷30件，调解成功33件，调解成功率110%。",
    "全年新收行政复议案件30件，上年结转4件，审结33件，审结率110%。",  # the carried-over cases are counted
    "全镇法律顾问覆盖率达到104%。",
])
def test_a_rate_over_100_percent_that_nothing_explains_is_an_error(body):
    assert lg205(body) == ["LG205"]


@pytest.mark.parametrize("body", [
    "全年新收行政复议案件30件，审结33件，审结率110%。",
    "全镇应参训干部50人，全年参训60人次，参训率120%。",
    "今年按计划应组织送法下乡32次，实际组织36次，完成率112.5%。",
])
def test_a_rate_over_100_percent_its_sentence_explains_is_not_reported(body):
    assert lg205(body) == []


@pytest.mark.parametrize("body, expected", [
    ("今年按计划应组织送法下乡32次，实际组织36次，完成率115%。", ["LG201"]),   # 46/40 = 115%
    ("今年按计划应组织送法下乡32次，实际组织36次，完成率112.5%。", []),
    ("全年执法检查任务完成率112.5%，计划检查8次，实际完成9次。", []),
])
def test_a_completion_rate_is_checked_against_the_plan_and_may_exceed_100_percent(body, expected):
    result = run_rules(TITLE + body + "\n", select=["LG2"], jurisdiction="none")
    assert [f.code for f in result.findings] == expected


def test_more_passes_than_candidates_cannot_give_any_pass_rate():
    result = run_rules(TITLE + "年度执法资格考试中，实考人数为48人，合格50人，合格率100%。\n",
                       select=["LG201"], jurisdiction="none")
    assert [f.code for f in result.findings] == ["LG201"]
