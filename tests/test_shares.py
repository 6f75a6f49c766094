"""Shares (占比, 占…的) read against the whole the text ties them to: a whole after
which 其中 or ``…中，`` lists its parts, never last year's figure stated beside it;
a share whose part is not stated is tested against its whole alone (no whole
number of the whole gives it)."""

import pytest

from lawgov.testing import run_rules

TITLE = "示例镇关于2025年法治政府建设情况的报告\n"


def findings(body, select=("LG2",)):
    return [(f.code, f.severity.label, f.evidence.get("numerator"), f.evidence.get("denominator"))
            for f in run_rules(TITLE + body + "\n", select=list(select), jurisdiction="none").findings]


def test_last_years_figure_in_brackets_is_not_the_whole():
    # 9/88 = 10.23%; 12.86% is 9 over last year's 70
    body = "全年办理信访事项88件（上年为70件），其中转交办的9件，占{}%。"
    assert findings(body.format("12.86")) == [("LG201", "error", "9", "88")]
    assert findings(body.format("10.23")) == []


def test_a_whole_named_before_zhong_ties_the_parts_after_it():
    body = "在全镇的40名村干部中，有25名参加了法律知识培训，占比{}%。"
    assert findings(body.format("67.5")) == [("LG201", "error", "25", "40")]
    assert findings(body.format("62.5")) == []


@pytest.mark.parametrize("body, whole", [
    ("全年受理矛盾纠纷46件，其中邻里纠纷占比达38.5%。", "46"),
    ("办结的120件中，土地纠纷占比为37.9%。", "120"),
])
def test_a_share_whose_part_is_unstated_must_be_possible_over_its_whole(body, whole):
    (found,) = run_rules(TITLE + body + "\n", select=["LG2"], jurisdiction="none").findings
    assert (found.code, found.evidence["denominator"]) == ("LG202", int(whole))


@pytest.mark.parametrize("body", [
    "全年受理矛盾纠纷46件，其中邻里纠纷占比达37%。",        # 17/46
    "办结的120件中，土地纠纷占比为37.5%。",                  # 45/120
    "全年受理矛盾纠纷46件，其中邻里纠纷占比约38.5%。",      # stated as approximate
])
def test_a_possible_share_of_its_whole_is_not_reported(body):
    assert findings(body) == []


def test_a_count_of_the_whole_year_is_the_whole_of_a_share_in_its_sentence():
    body = "全年新收行政复议案件64件，涉及行政处罚的21件，占比{}%。"
    assert findings(body.format("35.9")) == [("LG201", "error", "21", "64")]
    assert findings(body.format("32.8")) == []


@pytest.mark.parametrize("body", [
    "全年新收行政复议案件64件，涉及行政处罚的29件，占比过半。",                # 45.3%
    "全镇建成法律服务点的村11个，占全镇村总数15个的八成以上。",                # 73.3%
    "年内法治宣传触达居民8.5万人次，其中经新媒体触达5.9万人次，占比超过八成。",        # 69.2%
    "全年受理投诉1,520件，其中涉及物业的412件，占全部投诉的三成以上。",        # 27.1%
    "全年受理投诉1,520件，其中涉及物业的520件，占全部投诉的不足三成。",        # 34.2%
])
def test_a_share_in_words_that_the_counts_contradict_is_an_error(body):
    ((code, severity, _, _),) = findings(body)
    assert (code, severity) == ("LG201", "error")


@pytest.mark.parametrize("body", [
    "全年新收行政复议案件64件，涉及行政处罚的33件，占比过半。",
    "全镇建成法律服务点的村13个，占全镇村总数15个的八成以上。",
    "全年受理投诉1,520件，其中涉及物业的412件，占全部投诉的近三成。",          # 近: too loose to test
    "全年受理投诉1,520件，其中涉及物业的412件，占全部投诉的三成。",            # a bare 三成 too
    "全年受理投诉1,520件，其中涉及物业的412件，占全部投诉的不足三成。",
    "全年作出重大行政决策7项，其中组织听证的4项，占比过半。",
])
def test_a_share_in_words_that_the_counts_allow_is_not_reported(body):
    assert findings(body) == []


@pytest.mark.parametrize("body, expected", [
    ("全年办理法律援助案件500件，其中刑事案件占30.2%、民事案件占60.4%、行政案件占5.2%，"
     "其余为非诉事项，占6.2%。", ["LG208"]),
    ("全年复议案件中涉及处罚的占40.2%，涉及强制的占21.5%，其余为其他类型，占30.6%。", ["LG208"]),
    ("全年办理法律援助案件500件，其中刑事案件占30.2%、民事案件占60.4%、行政案件占5.2%，"
     "其余为非诉事项，占4.2%。", []),
])
def test_shares_of_one_whole_ending_with_the_rest_add_up_to_100_percent(body, expected):
    assert [code for code, *_ in findings(body, select=["LG208"])] == expected


@pytest.mark.parametrize("body", [
    "从类别看，甲类事项最多，共215件，占比28.1%；其次为乙类事项180件，占比23.5%；丙类事项120件，占比15.7%。",
    "全年受理投诉765件。从类别看，甲类事项最多，共215件，占比28.1%；其次为乙类事项180件，占比23.5%。",
])
def test_a_count_with_its_own_share_is_a_part_never_the_whole_of_the_shares_after_it(body):
    assert findings(body) == []


def test_the_whole_before_a_list_of_parts_with_shares_is_still_read():
    body = "全年受理投诉765件，其中甲类事项215件，占比28.1%；乙类事项180件，占比25.5%。"
    assert findings(body) == [("LG201", "error", "180", "765")]


@pytest.mark.parametrize("body, expected", [
    ("示例镇20个行政村中已配备专职调解员的有13个，占70%。", ["LG201"]),            # 9/15 = 60%
    ("示例镇二十个行政村中已配备专职调解员的有十三个，占百分之七十。", ["LG201"]),
    ("示例镇二十个行政村中已配备专职调解员的有十三个，占百分之六十五。", []),
])
def test_a_whole_followed_by_zhong_and_a_verb_and_shares_written_as_baifenzhi(body, expected):
    assert [code for code, *_ in findings(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("全年热线诉求中，咨询类、求助类、投诉类分别为1,200件、800件、500件，"
     "分别占总量2,500件的48.0%、32.0%、21.0%。", ["LG201"]),          # 500/2,500 = 20%
    ("全年热线诉求中，咨询类、求助类、投诉类分别为1,200件、800件、500件，"
     "分别占总量2,500件的48.0%、32.0%、20.0%。", []),
])
def test_listed_parts_and_their_listed_shares_of_a_named_whole_are_paired_in_order(body, expected):
    assert [code for code, *_ in findings(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("镇便民服务窗口办理的事项里，户籍、社保、不动产登记三类的占比分别为52.6%、30.9%、22.3%。", ["warning"]),
    ("镇便民服务窗口办理的事项里，户籍、社保、不动产登记三类的占比分别为52.6%、30.9%、12.3%。", []),
    # rates of different things, not shares of one base
    ("群众对执法、司法、普法的满意率分别为95.2%、96.1%、97.3%。", []),
])
def test_shares_listed_with_fenbie_over_100_percent_are_a_warning(body, expected):
    assert [severity for _, severity, *_ in findings(body, select=["LG208"])] == expected
