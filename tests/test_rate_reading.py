"""Rates read from their names: a rate whose kind lawgov has no list for is checked
from what its name says (公开率: 公开… of the counts before it), and a rate is never
reported while some count of its sentence, read as the whole, gives it."""

import pytest

from lawgov.testing import codes, run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def lg201(body):
    return [(f.severity.label, f.evidence.get("numerator"), f.evidence.get("denominator"))
            for f in run_rules(TITLE + body + "\n", select=["LG201"], jurisdiction="none").findings]


@pytest.mark.parametrize("body, numerator, denominator", [
    ("镇政府年内出台规范性文件13件，依规报送备案12件，备案率100%。", "12", "13"),
    ("镇政府门户网站应公开的决策事项共26项，已公开23项，公开率96.2%。", "23", "26"),
    ("全年受理行政复议申请52件，审结49件，审结率97.1%。", "49", "52"),
    ("对办结的信访件开展回访，应回访140件，实际回访131件，回访率97.9%。", "131", "140"),
    ("年内签订人民调解协议书2,150件，已自动履行2,067件，履行率98.9%。", "2067", "2150"),
])
def test_a_rate_known_only_by_its_name_is_checked_against_the_counts_before_it(body, numerator, denominator):
    assert lg201(body) == [("error", numerator, denominator)]


@pytest.mark.parametrize("body", [
    "镇政府年内出台规范性文件13件，依规报送备案12件，备案率92.3%。",
    "全年受理行政复议申请52件，审结49件，审结率94.2%。",
    "年内签订人民调解协议书2,150件，已自动履行2,067件，履行率96.1%。",
])
def test_the_same_rates_stated_right_are_not_reported(body):
    assert lg201(body) == []


@pytest.mark.parametrize("body", [
    # the rate's own count is larger than every count before it (cases carried over)
    "全年新收行政复议案件38件，审结41件，审结率97.6%。",
    # the name's words are in no count: nothing says which count is the numerator
    "全镇18个村全部配备法律顾问，法律顾问覆盖率100%。",
    # survey rates are over people asked, who are not counted in the text
    "发放问卷300份，群众满意率98.2%。",
    # no count before the rate
    "备案率100%，全年报送备案规范性文件17件。",
])
def test_a_rate_whose_whole_the_text_does_not_give_is_left_unverified(body):
    assert lg201(body) == []


@pytest.mark.parametrize("body", [
    # 参训 and 实考 are both plausible wholes; over 实考 the rate holds
    "应参训干部46人，实际参考44人，考核合格42人，合格率95.45%。",
    # on-time completion is over the cases completed, which the sentence also states
    "全年受理信访事项210件，办结206件，其中按期办结201件，按期办结率97.6%。",
])
def test_a_rate_that_another_whole_of_its_sentence_gives_is_not_reported(body):
    assert lg201(body) == []


def test_a_rate_no_whole_of_its_sentence_gives_is_still_an_error():
    assert lg201("应参训干部46人，实际参考44人，考核合格42人，合格率97%。") != []


@pytest.mark.parametrize("body, fires", [
    ("参加普法考试的干部共40人，考试合格率85%（33/40人）。", True),
    ("参加普法考试的干部共40人，考试合格率82.5%（33/40人）。", False),
    ("行政复议审结率96%（审结47件/受理50件）。", True),
    ("行政复议审结率94%（审结47件/受理50件）。", False),
])
def test_a_fraction_in_brackets_after_a_rate_gives_its_operands(body, fires):
    assert bool(lg201(body)) == fires


@pytest.mark.parametrize("body, fires", [
    ("法律援助案件结案率为97.1%，全年立案210件，结案199件。", True),
    ("法律援助案件结案率为94.8%，全年立案210件，结案199件。", False),
])
def test_counts_stated_after_their_rate_are_read(body, fires):
    assert bool(lg201(body)) == fires


def test_a_count_of_what_was_not_done_is_not_the_numerator():
    assert lg201("抽查执法人员50人，考核不合格3人，合格47人，考核合格率94%。") == []


def test_what_a_rate_says_it_includes_is_added_to_its_numerator():
    body = "抽评执法案卷80卷，其中优秀22卷、合格54卷、不合格4卷，执法案卷合格率（含优秀级）95%。"
    assert lg201(body) == []
    assert lg201(body.replace("95%", "90%")) != []


@pytest.mark.parametrize("body, fires", [
    ("通过调解方式办结的行政复议案件有18件，占本年度办结案件总数72件的28%。", True),
    ("通过调解方式办结的行政复议案件有18件，占本年度办结案件总数72件的25%。", False),
    ("通过调解方式办结的行政复议案件有１８件，占本年度办结案件总数７２件的２５．０％。", False),
])
def test_a_share_that_names_its_whole_is_checked_against_the_count_before_it(body, fires):
    assert bool(lg201(body)) == fires


def test_a_rate_written_in_chinese_numerals_is_read_and_checked():
    import lawgov

    (rate,) = lawgov.parse(TITLE + "意见采纳率为百分之八十六点五。").rates
    assert (rate.name, str(rate.value), rate.decimals) == ("意见采纳率", "86.5", 1)
    body = "全年出具法律意见二百条，被采纳一百九十三条，意见采纳率为百分之九十{}。"
    assert lg201(body.format("六点五")) == [] and lg201(body.format("八")) != []


def test_a_rate_stated_before_its_only_whole_must_be_possible_over_it():
    result = run_rules(TITLE + "执法人员考试合格率为93.8%，参加考试的执法人员共47人。\n", select=["LG202"],
                       jurisdiction="none")
    assert [f.code for f in result.findings] == ["LG202"]  # 44/47 = 93.6%, 45/47 = 95.7%
    assert run_rules(TITLE + "执法人员考试合格率为93.6%，参加考试的执法人员共47人。\n", select=["LG202"],
                     jurisdiction="none").findings == ()


def test_a_correction_rate_may_be_over_the_cases_closed_by_a_decision():
    """纠错率's base is the cases closed by a reconsideration decision: the 审结 total,
    or that total less the cases the text says were mediated or withdrawn."""
    over_decided = "全年审结行政复议案件90件，其中调解撤回30件，纠错9件，纠错率15%。"
    assert codes(over_decided, select=["LG201"]) == []
    below_any_reading = "全年审结行政复议案件90件，其中调解撤回30件，纠错9件，纠错率12%。"
    (f,) = run_rules(below_any_reading, select=["LG201"]).findings
    assert "扣除文中所述调解、撤回等结案数后也不相符" in f.message
    # no mediated count stated: the 审结 total is the only base the text gives
    assert codes("全年共审结行政复议案件80件，其中纠错12件，纠错率10.5%。", select=["LG201"]) == ["LG201"]
    assert codes("审结复议案件82件，其中调解结案12件，纠错率为10%。", select=["LG202"]) == []
