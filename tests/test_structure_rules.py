"""LG1xx: the five mandated contents, causes, title and signature."""

import pytest

from lawgov.testing import codes, run_rules
from conftest import seed
from sample_reports import COMPLETE, without

LG1 = {"select": ["LG1"], "jurisdiction": "none"}


def test_a_report_with_all_five_contents_is_clean():
    assert codes(COMPLETE, **LG1) == []


@pytest.mark.parametrize("start, end, code", [
    ("一、2025年推进", "二、2025年党政", "LG101"),
    ("三、2025年推进", "四、2026年", "LG102"),
    ("二、2025年党政", "三、2025年推进", "LG103"),
    ("四、2026年", "五、其他", "LG105"),
    ("五、其他", "示例镇人民政府", "LG106"),
])
def test_removing_a_part_is_reported_as_that_content_missing(start, end, code):
    assert code in codes(without(COMPLETE, start, end), **LG1)


def test_missing_parts_are_errors_except_other_matters():
    result = run_rules(without(COMPLETE, "二、2025年党政", "三、2025年推进"), **LG1)
    (f,) = [f for f in result.findings if f.code == "LG103"]
    assert f.severity.label == "error" and "第一责任人" in f.message and f.span is None


@pytest.mark.parametrize("heading", [
    "一、工作进展情况", "一、主要做法和成效", "一、2025年工作开展情况", "一、工作成效和经验做法"])
def test_measures_recognised_in_many_wordings(heading):
    text = COMPLETE.replace("一、2025年推进法治政府建设的主要举措和成效", heading)
    assert "LG101" not in codes(text, **LG1)


@pytest.mark.parametrize("heading", [
    "三、存在的问题和不足", "三、短板弱项及原因", "三、存在的不足和原因", "三、问题与原因分析"])
def test_shortcomings_recognised_in_many_wordings(heading):
    text = COMPLETE.replace("三、2025年推进法治政府建设存在的不足和原因", heading)
    assert "LG102" not in codes(text, **LG1)


@pytest.mark.parametrize("heading", [
    "四、下一步工作打算", "四、下一年度工作思路", "四、2026年工作安排", "四、2026年重点任务",
    "四、下步打算", "四、下阶段工作谋划"])
def test_plans_recognised_in_many_wordings(heading):
    text = COMPLETE.replace("四、2026年推进法治政府建设的主要安排", heading)
    assert "LG105" not in codes(text, **LG1)


@pytest.mark.parametrize("heading", ["五、其他", "五、其他需要说明的事项", "五、其它情况"])
def test_other_matters_recognised_in_many_wordings(heading):
    assert "LG106" not in codes(COMPLETE.replace("五、其他需要报告的情况", heading), **LG1)


def test_problems_and_next_steps_in_one_part_count_for_both():
    text = without(COMPLETE, "四、2026年", "五、其他").replace(
        "三、2025年推进法治政府建设存在的不足和原因", "三、存在的问题及下一步工作思路")
    found = codes(text, **LG1)
    assert "LG102" not in found and "LG105" not in found


def test_thematic_parts_before_the_mandated_ones_count_as_measures():
    text = COMPLETE.replace("一、2025年推进法治政府建设的主要举措和成效", "一、强化统筹引领，筑牢法治根基")
    assert "LG101" not in codes(text, **LG1)


def test_leaders_content_as_a_sub_point_is_a_warning_not_absent():
    text = without(COMPLETE, "二、2025年党政", "三、2025年推进").replace(
        "（二）规范执法行为", "（二）党政主要负责人切实履行第一责任人职责")
    result = run_rules(text, **LG1)
    found = {f.code: f for f in result.findings}
    assert "LG103" not in found
    assert found["LG104"].severity.label == "warning"
    assert found["LG104"].span.line == 6


def test_leaders_mentioned_only_in_passing_is_absent_and_says_where():
    text = without(COMPLETE, "二、2025年党政", "三、2025年推进").replace(
        "开展执法检查25次。", "开展执法检查25次，全面落实党政主要负责人履行推进法治建设第一责任人职责。")
    result = run_rules(text, **LG1)
    (f,) = [f for f in result.findings if f.code == "LG103"]
    assert "第 7 行" in f.message


def test_shortcomings_without_any_cause_is_an_error_at_its_heading():
    text = COMPLETE.replace("执法力量不足，原因在于专业人员少。", "执法力量不足，普法形式单一。")
    result = run_rules(text, **LG1)
    (f,) = [f for f in result.findings if f.code == "LG107"]
    assert f.severity.label == "error" and f.span.line == 10


@pytest.mark.parametrize("cause", ["究其根源，是培训不够。", "主要是由于编制紧张。", "客观上人员流动快。",
                                   "分析其成因，一是编制紧张。", "之所以如此，是培训不够。",
                                   "这受基层编制紧张制约。"])
def test_any_cause_analysis_satisfies_lg107(cause):
    text = COMPLETE.replace("执法力量不足，原因在于专业人员少。", "执法力量不足。" + cause)
    assert "LG107" not in codes(text, **LG1)


def test_no_title_and_no_signature_are_warnings():
    text = COMPLETE.replace("示例镇关于2025年法治政府建设情况的报告\n", "").replace(
        "示例镇人民政府\n2026年1月20日\n", "")
    assert codes(text, **LG1) == ["LG108", "LG109"]


def test_a_signature_without_a_date_is_reported():
    text = COMPLETE.replace("2026年1月20日\n", "")
    result = run_rules(text, **LG1)
    assert [f.message for f in result.findings] == ["报告落款没有成文日期"]


HEADLESS = """示例镇关于2025年法治政府建设情况的报告
2025年，示例镇坚持依法行政，全年开展执法检查25次，审查合同18份，调解矛盾纠纷40件。
镇党委书记、镇长认真履行推进法治建设第一责任人职责，带头学法3次。
存在的问题主要是执法力量不足，原因在于专业人员少。
下一步，示例镇将加强执法培训，规范执法行为。
其他需要报告的情况：无。
示例镇人民政府
2026年1月20日
"""


def test_a_report_without_part_headings_is_judged_from_its_prose():
    assert codes(HEADLESS, **LG1) == ["LG100"]


def test_prose_without_a_mandated_content_is_an_error_even_without_headings():
    text = HEADLESS.replace("下一步，示例镇将加强执法培训，规范执法行为。\n", "")
    assert codes(text, **LG1) == ["LG100", "LG105"]
    text = HEADLESS.replace("认真履行推进法治建设第一责任人职责，", "")
    assert "LG103" in codes(text, **LG1)


def test_a_title_alone_misses_every_content():
    assert codes("示例镇关于2025年法治政府建设情况的报告\n", **LG1) == [
        "LG101", "LG102", "LG103", "LG105", "LG106", "LG109"]


# --- the real sample reports -------------------------------------------------------

def _seed(prefix):
    import lawgov
    return run_rules(lawgov.load(str(seed(prefix))), select=["LG1"])


def test_taojiazhen_follows_the_five_contents_and_has_no_lg1_error():
    assert [f.code for f in _seed("004").findings if f.severity.label == "error"] == []


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_lijiashan_and_chengzhong_are_told_their_leaders_part_is_missing(prefix):
    (f,) = [f for f in _seed(prefix).findings if f.code == "LG103"]
    assert "第一责任人" in f.message


def test_chengzhong_has_no_title():
    (f,) = [f for f in _seed("002").findings if f.code == "LG108"]
    assert "标题" in f.message


def test_yaofu_leaders_content_is_a_sub_point_and_other_matters_are_absent():
    found = {f.code: f for f in _seed("001").findings}
    assert "LG103" not in found and "第一责任人" in found["LG104"].message
    assert "其他需要报告的情况" in found["LG106"].message


def test_xicang_has_causes_and_a_leaders_part():
    found = {f.code for f in _seed("003").findings}
    assert not found & {"LG101", "LG102", "LG103", "LG104", "LG105", "LG107"}
