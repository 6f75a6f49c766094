"""Numbers: numerals, quantities, rates, and the LG2xx checks (DESIGN §6)."""

from decimal import Decimal

import pytest
from hypothesis import assume, given, strategies as st

import lawgov
from lawgov import Approx
from lawgov._parse.numerals import number
from lawgov.testing import codes, run_rules
from conftest import seed

LG2 = {"select": ["LG2"], "jurisdiction": "none"}


# --- numerals ----------------------------------------------------------------------

_CN = "零一二三四五六七八九"


def reference_chinese(n: int) -> str:
    """Independent int -> Chinese numeral writer (standard forms with 零 and 万/亿)."""
    if n == 0:
        return "零"

    def below_10000(k: int, leading: bool) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, k = divmod(k, unit)
            if d:
                if zero or (out == "" and not leading and unit < 1000):
                    out += "零"
                out += ("" if (d == 1 and unit == 10 and out == "" and leading) else _CN[d]) + name
                zero = False
            elif out or not leading:
                zero = bool(out) or not leading
        return out

    parts = []
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        d, n = divmod(n, big)
        if d:
            parts.append(below_10000(d, not parts) + name)
        elif parts and n:
            parts.append("零") if not parts[-1].endswith("零") else None
    text = "".join(parts)
    while "零零" in text:
        text = text.replace("零零", "零")
    return text.rstrip("零") or "零"


@pytest.mark.parametrize("text, value", [
    ("八十二", "82"), ("两千零五", "2005"), ("1.2万", "12000"), ("3万", "30000"),
    ("百分之九十", "90"), ("百分之九十八点五", "98.5"), ("１２３", "123"), ("1,234", "1234"),
    ("三万五", "35000"), ("一亿二千万", "120000000"), ("639.33万", "6393300")])
def test_numerals_in_every_script(text, value):
    assert number(text) == Decimal(value)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_agree_with_an_independent_writer(n):
    assert number(reference_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_with_separators_and_full_width(n):
    assert number(f"{n:,}") == n
    assert number(str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))) == n


# --- quantities ---------------------------------------------------------------------

def quantities(text):
    return [(q.text, str(q.value), q.unit, q.approx) for q in lawgov.parse(text).quantities]


@pytest.mark.parametrize("text, expected", [
    ("受理纠纷125件。", ("125件", "125", "件", Approx.EXACT)),
    ("发放资料1000余份。", ("1000余份", "1000", "份", Approx.AT_LEAST)),
    ("覆盖群众6000多人次。", ("6000多人次", "6000", "人次", Approx.AT_LEAST)),
    ("培训200人以上。", ("200人以上", "200", "人", Approx.AT_LEAST)),
    ("服务超过300人。", ("超过300人", "300", "人", Approx.AT_LEAST)),
    ("惠及逾500户。", ("逾500户", "500", "户", Approx.AT_LEAST)),
    ("涉及近50家。", ("近50家", "50", "家", Approx.AT_MOST)),
    ("不足20人参加。", ("不足20人", "20", "人", Approx.AT_MOST)),
    ("涉及金额约220万元。", ("约220万元", "2200000", "元", Approx.ABOUT)),
    ("参与群众300人左右。", ("300人左右", "300", "人", Approx.ABOUT)),
    ("投入资金3万余元。", ("3万余元", "30000", "元", Approx.AT_LEAST)),
    ("开展培训十二次。", ("十二次", "12", "次", Approx.EXACT)),
    ("通过率为百分之九十。", ("百分之九十", "90", "%", Approx.EXACT)),
    ("共3,158件。", ("3,158件", "3158", "件", Approx.EXACT)),
])
def test_quantities_with_units_and_approximation(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize("text", [
    "落实行政执法“三项制度”。", "深化八五普法。", "一是加强培训。", "学习党的二十届四中全会精神。",
    "2025年12月9日召开。", "依据〔2021〕33号文件。", "开通12345热线。", "第三次会议审议。",
    "市委十五届十次全会部署。", "实行一次性告知。", "大家一起学习。", "落实“两个维护”。",
    "走进千家万户。", "更换零件。",
])
def test_ordinals_names_years_dates_and_numbers_are_not_quantities(text):
    assert quantities(text) == []


def test_the_metric_is_the_phrase_the_quantity_counts():
    report = lawgov.parse("全年调解矛盾纠纷125件，66人次参加学法考试。")
    assert [q.metric for q in report.quantities] == ["调解矛盾纠纷", "参加学法考试"]


def test_rate_statements_with_precision_and_bounds():
    report = lawgov.parse("调解成功率达97.6%，知晓率达90%以上，刑事发案率同比下降12%。")
    assert [(r.name, str(r.value), r.decimals, r.bound) for r in report.rates] == [
        ("调解成功率", "97.6", 1, Approx.EXACT), ("知晓率", "90", 0, Approx.AT_LEAST)]


# --- LG201 / LG202: rates against counts ---------------------------------------------

def test_a_rate_that_matches_its_counts_is_silent():
    assert codes("共排查矛盾纠纷41起，成功调解40起，调解成功率达97.6%。", **LG2) == []


def test_a_rate_that_cannot_come_from_its_counts_is_an_error_with_the_arithmetic():
    result = run_rules("全年共受理矛盾纠纷64件，成功调解60件，调解成功率达96.9%。", **LG2)
    (f,) = result.findings
    assert (f.code, f.severity.label) == ("LG201", "error")
    assert "93.75%" in f.message and "93.8%" in f.message
    assert f.evidence["numerator"] == "60" and f.evidence["denominator"] == "64"
    text = result.report.text
    assert text[f.span.start:f.span.end] == "调解成功率达96.9%"


def test_more_successes_than_cases_is_an_error_even_against_an_approximate_count():
    (f,) = run_rules("受理矛盾纠纷60余件，调解成功95件，调解成功率达97%。", **LG2).findings
    assert f.code == "LG201" and f.severity.label == "error" and "多于" in f.message


def test_counts_of_another_kind_are_not_operands():
    # screening rounds (次) are not the disputes (件) a success rate is taken over
    assert codes("排查纠纷800余次，调处成功1500件，调处成功率达97%。", **LG2) == []


def test_a_screening_denominator_only_warns():
    (f,) = run_rules("排查矛盾纠纷150起，成功调解120起，调解成功率达98%。", **LG2).findings
    assert f.severity.label == "warning"


def test_rates_only_truncation_produces_are_info():
    (f,) = run_rules("共受理信访事项3件，按期办结2件，按期办结率66.6%。", **LG2).findings
    assert f.severity.label == "info" and f.evidence["rounding"] == "truncate"


def test_no_whole_count_gives_the_rate_over_the_denominator():
    (f,) = run_rules("全年共排查调处矛盾纠纷74起，调解成功率达98.5%。", **LG2).findings
    assert f.code == "LG202" and f.severity.label == "error"
    assert "97.3%" in f.message and "98.6%" in f.message


def test_a_possible_rate_over_a_lone_denominator_is_silent():
    assert codes("依法受理60件，审结42件，纠错率7.1%。", **LG2) == []


@pytest.mark.parametrize("text", [
    "共调解矛盾纠纷50件，其中婚姻家庭纠纷调解成功12件，调解成功率98%。",
    "接待来访群众120人次，信访事项按期办结率98.5%。",
    "开展纠纷排查15次，调解纠纷30件，成功29件，调解成功率96.7%。",
])
def test_counts_that_are_not_the_rates_operands_do_not_raise_alarms(text):
    assert [f for f in run_rules(text, **LG2).findings if f.severity.label != "info"] == []


def test_rates_without_operands_are_unverifiable_not_findings():
    result = run_rules("群众满意度达95%以上，行政执法文书规范率达100%。", **LG2)
    assert result.findings == () and result.stats["claims_unverifiable"] == 2


def test_share_after_qi_zhong_is_checked_against_the_total():
    assert codes("共办理案件40件，其中调解结案10件，占比25%。", **LG2) == []
    assert codes("共办理案件40件，其中调解结案10件，占比30%。", **LG2) == ["LG201"]


# --- LG203-LG207 ------------------------------------------------------------------

def test_part_larger_than_whole():
    assert codes("全年共受理行政复议案件12件，其中撤销15件。", **LG2) == ["LG203"]
    assert codes("全年共受理行政复议案件12件，其中撤销3件。", **LG2) == []


def test_parts_said_complete_must_sum_to_the_whole():
    assert codes("共排查矛盾纠纷41起，成功调解37起，剩余2起正在办理。", **LG2) == ["LG204"]
    assert codes("共排查矛盾纠纷41起，成功调解39起，剩余2起正在办理。", **LG2) == []


def test_a_list_introduced_by_fenbie_must_sum_to_the_whole():
    assert codes("全年共开展培训6期，分别为普法培训2期、执法培训3期。", **LG2) == ["LG204"]
    assert codes("全年共开展培训6期，分别为普法培训2期、执法培训4期。", **LG2) == []


def test_rates_over_100_percent_but_not_growth():
    assert codes("群众满意率达105%。", **LG2) == ["LG205"]
    assert codes("案件数量同比增长150%。", **LG2) == []


def test_the_same_figure_stated_twice_differently_is_a_warning():
    text = "一、做法\n全年开展普法宣传活动20场。\n二、成效\n全年开展普法宣传活动25场。"
    assert codes(text, **LG2) == ["LG206"]
    assert codes(text.replace("二、成效\n全年", "二、下一步打算\n计划明年"), **LG2) == []


def test_a_change_that_contradicts_its_values():
    assert codes("行政复议案件由20件增至25件，增长30%。", **LG2) == ["LG207"]
    assert codes("行政复议案件由20件增至25件，增长25%。", **LG2) == []
    assert codes("行政复议案件由25件下降至20件，下降20%。", **LG2) == []


# --- the real sample reports ----------------------------------------------------------

def _seed_findings(prefix):
    return run_rules(lawgov.load(str(seed(prefix))), select=["LG2"]).findings


def test_yaofu_98_5_percent_of_112_is_impossible():
    (f,) = [f for f in _seed_findings("001") if f.code == "LG202"]
    assert "98.5%" in f.message and "112" in f.message


def test_lijiashan_80_of_82_is_consistent():
    assert [f for f in _seed_findings("000") if f.code in ("LG201", "LG202")] == []


# --- properties ------------------------------------------------------------------

@given(n=st.integers(1, 5000), data=st.data(), decimals=st.integers(0, 2))
def test_a_rate_computed_from_counts_and_rounded_half_up_is_never_flagged(n, data, decimals):
    k = data.draw(st.integers(0, n))
    from decimal import ROUND_HALF_UP
    rate = (Decimal(k) * 100 / n).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"全年共受理信访事项{n}件，按期办结{k}件，按期办结率{rate}%。"
    assert codes(text, **LG2) == []


@given(n=st.integers(2, 999), data=st.data())
def test_writing_counts_as_chinese_numerals_changes_no_finding(n, data):
    k = data.draw(st.integers(0, n))
    stated = data.draw(st.sampled_from(["97.6", "50", "33.3", "100"]))
    arabic = f"共受理信访事项{n}件，按期办结{k}件，按期办结率{stated}%。"
    chinese = f"共受理信访事项{reference_chinese(n)}件，按期办结{reference_chinese(k)}件，按期办结率{stated}%。"
    assume(k > 1)  # 一件, 零件 alone read as idioms and are deliberately not quantities
    assert codes(arabic, **LG2) == codes(chinese, **LG2)


@given(st.sampled_from(["全镇干部积极参与。", "工作取得明显成效。", "群众满意度持续提升。"]),
       st.integers(0, 3))
def test_inserting_unrelated_sentences_changes_no_finding(filler, where):
    sentences = ["共排查矛盾纠纷41起，成功调解37起，剩余2起正在办理。",
                 "全年共受理矛盾纠纷64件，成功调解60件，调解成功率达96.9%。",
                 "群众满意率达105%。"]
    base = codes("".join(sentences), **LG2)
    sentences.insert(where, filler)
    assert codes("".join(sentences), **LG2) == base


# --- LG4xx: against last year's report -------------------------------------------------

LAST_YEAR = """示例镇关于2024年法治政府建设情况的报告
一、主要举措和成效
全年调解矛盾纠纷100件。
深化“枫桥经验”，完善矛盾纠纷多元化解机制，推动人民调解、行政调解、司法调解衔接联动，做到小事不出村、大事不出镇。
二、2025年工作安排
全年开展执法培训8期。
"""


def _with_last_year(text):
    return run_rules(text, previous=lawgov.parse(LAST_YEAR), select=["LG4"], jurisdiction="none")


def test_lg4_rules_need_last_years_report():
    assert codes("全年调解矛盾纠纷125件，同比增长30%。", select=["LG4"]) == []


def test_a_change_contradicting_last_years_figure_is_a_warning():
    (f,) = _with_last_year("一、做法\n全年共调解各类矛盾纠纷125件，同比增长30%。").findings
    assert (f.code, f.severity.label) == ("LG403", "warning") and "100件" in f.message
    assert _with_last_year("一、做法\n全年调解矛盾纠纷125件，同比增长25%。").findings == ()


def test_an_absolute_change_contradicting_last_years_figure():
    assert codes_with_last_year("一、做法\n全年调解矛盾纠纷125件，较上年增加30件。") == ["LG403"]
    assert codes_with_last_year("一、做法\n全年调解矛盾纠纷125件，较上年增加25件。") == []


def codes_with_last_year(text):
    return [f.code for f in _with_last_year(text).findings]


def test_last_years_targets_are_set_against_this_years_figures():
    (f,) = _with_last_year("一、做法\n全年开展执法培训6期。").findings
    assert f.code == "LG402" and "未达到计划" in f.message


def test_paragraphs_copied_from_last_year_are_info():
    copied = LAST_YEAR.splitlines()[3]
    (f,) = _with_last_year("一、做法\n" + copied).findings
    assert (f.code, f.severity.label) == ("LG401", "info")


# --- patterns of real reports (our own sentences in their shapes) ----------------------

def test_a_count_after_qi_zhong_named_like_the_rate_is_its_numerator():
    text = "全年共审结行政复议案件80件（含上年结转），其中纠错（含撤销、变更）12件，纠错率约{}%。"
    assert codes(text.format("15"), **LG2) == []
    (f,) = run_rules(text.format("10.5"), **LG2).findings
    assert (f.code, f.severity.label) == ("LG201", "error") and "15.00%" in f.message


def test_a_subset_after_qi_zhong_is_still_not_the_numerator():
    assert codes("共调解纠纷40件，其中邻里纠纷调解成功10件，调解成功率95%。", **LG2) == []


def test_parts_of_a_compound_numerator_may_be_added():
    assert codes("共审结复议案件50件，其中撤销3件，确认违法2件，纠错率10%。", **LG2) == []


@pytest.mark.parametrize("share, fires", [("占全部审批事项的97.5%", False), ("占全部审批事项的96.4%", True),
                                          ("占总数的97.5%", False), ("占比97.5%", False), ("占比98.5%", True)])
def test_a_share_of_a_base_stated_before_its_qi_zhong(share, fires):
    text = f"示例镇审批事项共400项，其中“一次办好”事项390项，{share}。"
    assert codes(text, **LG2) == (["LG201"] if fires else [])


def test_a_share_of_a_subgroup_is_not_taken_over_the_whole():
    text = ("全镇受理的600件中，镇本级受理120件，占全部受理的20%；各村受理前三位分别为"
            "东村100件、西村90件、南村60件，分别占村级受理总数的20.8%、18.8%、12.5%。")
    assert codes(text, **LG2) == []


@pytest.mark.parametrize("shares", ["分别占60%、40%", "分别占比60%、40%", "各占60%和40%"])
def test_shares_of_a_list_are_not_taken_for_the_last_item_alone(shares):
    assert codes(f"共受理申请200件，其中甲类120件、乙类80件，{shares}。", **LG2) == []


def test_a_share_after_a_total_in_the_next_sentence_opened_by_qi_zhong():
    text = "全年共办理申请1000件，同比增长8%。其中，依法受理820件，占比{}%；不予受理180件，占比18%。"
    assert codes(text.format("82"), **LG2) == []
    assert codes(text.format("80"), **LG2) == ["LG201"]


def test_shares_that_end_with_the_rest_must_add_up_to_100():
    text = "共受理申请200件。其中，依法受理150件，占比75%；不予受理30件，占比15%；其他处理的占比{}%。"
    assert codes(text.format("10"), **LG2) == []
    assert codes(text.format("5"), **LG2) == ["LG208"]
    assert codes("共受理申请200件。其中，依法受理150件，占比75%；不予受理30件，占比15%。", **LG2) == []


def test_sums_in_wan_with_decimals_allow_for_rounding():
    text = ("全年共办理执法案件250.50万宗。其中，行政处罚100.20万宗；行政许可{}万宗；"
            "其他行政执法行为50.10万宗。")
    assert codes(text.format("100.20"), **LG2) == []
    assert codes(text.format("100.21"), **LG2) == []   # 0.01万 off: within rounding
    (f,) = run_rules(text.format("99.90"), **LG2).findings
    assert f.code == "LG204" and "250.2万宗" in f.message


def test_a_catch_all_must_name_the_whole_to_close_a_list():
    # 其他部门转办 is one more source, not "the rest": the list need not be complete
    assert codes("共受理来信100件，其中群众来信60件，其他部门转办30件。", **LG2) == []


def test_lists_of_one_item_or_ending_in_deng_are_no_sum():
    assert codes("全年共开展培训6期，分别为普法培训2期。", **LG2) == []
    assert codes("全年共开展培训6期，分别为普法培训2期、执法培训3期等。", **LG2) == []


def test_a_change_between_two_years_counts():
    text = "2024年共受理复议案件40件，2025年共受理复议案件50件，同比增长{}%。"
    assert codes(text.format("25"), **LG2) == []
    assert codes(text.format("30"), **LG2) == ["LG207"]
    (f,) = run_rules("2024年受理复议案件12件，2025年受理复议案件29件，同比增长141.66%。", **LG2).findings
    assert (f.code, f.severity.label, f.evidence["rounding"]) == ("LG207", "info", "truncate")


@pytest.mark.parametrize("text", ["年度重点任务完成率105%。", "预算执行率101.2%。", "收入增长率120%。"])
def test_rates_that_may_exceed_100(text):
    assert codes(text, **LG2) == []


def test_a_list_marker_fused_with_a_number_is_not_a_decimal():
    report = lawgov.parse("示例镇报告\n3.13个村完成法律顾问全覆盖。\n")
    assert all(q.value != Decimal("3.13") for q in report.quantities)


@pytest.mark.parametrize("marker", ["（3）", "(3)", "③", "3、"])
def test_a_list_marker_before_a_count_is_not_part_of_it(marker):
    report = lawgov.parse(f"示例镇报告\n{marker}13个村完成法律顾问全覆盖，分别为东村等。\n")
    assert [q.value for q in report.quantities] == [13]


def test_a_base_of_people_is_not_a_base_of_votes_or_cases():
    assert codes("参加测评群众200人，收回问卷180份，满意率98%。", **LG2) == []
    assert codes("全年受理申请30件，涉及群众45人，办结率100%。", **LG2) == []


def test_a_change_is_compared_only_with_last_years_figure_of_the_same_indicator():
    text = "一、做法\n全年调解矛盾纠纷125件，刑事发案率同比下降12%。"
    assert codes_with_last_year(text) == []


def test_copying_is_reported_once_per_report():
    copied = LAST_YEAR.splitlines()[3]
    (f,) = _with_last_year(f"一、做法\n{copied}\n二、成效\n{copied}\n").findings
    assert f.code == "LG401" and f.evidence["paragraphs"] == 2
    assert [p["line"] for p in f.evidence["places"]] == [2, 4] and "2 段" in f.message


def test_a_copy_is_matched_to_its_paragraph_not_to_a_longer_one_that_holds_it():
    copied = LAST_YEAR.splitlines()[3]
    longer = copied + "同时建立纠纷排查台账，每月分析研判一次，对重点纠纷实行包案化解。"
    last_year = LAST_YEAR.replace("全年调解矛盾纠纷100件。", longer)  # comes first
    (f,) = run_rules("一、做法\n" + copied, previous=lawgov.parse(last_year), select=["LG401"],
                     jurisdiction="none").findings
    assert f.evidence["places"] == [{"line": 2, "previous_line": 4, "jaccard": 1.0}]


def _long_report(year: int, n: int, copied: set[int]) -> str:
    lines = [f"示例镇关于{year}年法治政府建设情况的报告", "一、主要举措和成效"]
    for i in range(n):
        kind = "去年" if i in copied or year == 2024 else "今年"
        lines.append(f"第{i}项：{kind}示例镇围绕第{i * 7 % 97}号任务开展专项行动{i}次，"
                     f"覆盖{i * 13 % 89}个村（社区），编号{i:05d}，形成经验做法{i % 11}条，群众满意度持续提升。")
    return "\n".join(lines) + "\n"


def test_every_copied_paragraph_of_a_long_report_is_found():
    copied = set(range(0, 600, 3))
    this_year, last_year = _long_report(2025, 600, copied), _long_report(2024, 600, copied)
    (f,) = run_rules(this_year, previous=lawgov.parse(last_year), select=["LG401"],
                     jurisdiction="none").findings
    assert f.evidence["paragraphs"] == len(copied)


THIS_YEAR = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n全年调解矛盾纠纷125件，同比增长30%。\n"


@pytest.mark.parametrize("previous, why", [
    (LAST_YEAR.replace("示例镇", "样板乡"), "样板乡"),
    (LAST_YEAR.replace("2024年", "2023年"), "2023年度"),
    (THIS_YEAR, "本报告自身"),
])
def test_a_previous_report_of_another_issuer_or_year_is_not_compared(previous, why):
    result = run_rules(THIS_YEAR, previous=lawgov.parse(previous), select=["LG4"], jurisdiction="none")
    (f,) = result.findings
    assert f.code == "LG404" and why in f.message


def test_last_years_report_of_the_same_issuer_is_compared():
    result = run_rules(THIS_YEAR.replace("示例镇关于", "西宁市湟中区示例镇关于"),
                       previous=lawgov.parse(LAST_YEAR), select=["LG4"], jurisdiction="none")
    assert [f.code for f in result.findings] == ["LG403"]


@pytest.mark.parametrize("part", ["其中直接纠错12件", "其中依法纠错12件"])
def test_the_numerator_after_qi_zhong_may_carry_a_manner(part):
    assert codes(f"共审结复议案件80件，{part}，纠错率10.5%。", **LG2) == ["LG201"]


def test_a_subset_named_after_the_numerator_word_is_not_the_numerator():
    assert codes("共调解纠纷100件，其中调解成功的婚姻纠纷30件，调解成功率95%。", **LG2) == []


def _half_up(value, decimals):
    from decimal import ROUND_HALF_UP
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@given(n=st.integers(1, 5000), data=st.data(), decimals=st.integers(0, 2))
def test_a_share_computed_from_its_counts_is_never_flagged(n, data, decimals):
    k = data.draw(st.integers(0, n))
    share = _half_up(Decimal(k) * 100 / n, decimals)
    text = f"示例镇审批事项共{n}项，其中网办事项{k}项，占全部审批事项的{share}%。"
    assert codes(text, **LG2) == []


@given(st.lists(st.integers(0, 50_000_000), min_size=2, max_size=8))
def test_parts_and_whole_each_rounded_in_wan_are_never_flagged(counts):
    def wan(v):
        return f"{_half_up(Decimal(v) / 10_000, 2)}万宗"
    parts = "；".join(f"第{i + 1}类案件{wan(v)}" for i, v in enumerate(counts[:-1]))
    text = f"全年共办理执法案件{wan(sum(counts))}。其中，{parts}；其他执法案件{wan(counts[-1])}。"
    assert codes(text, **LG2) == []


def test_a_list_closed_by_a_total_after_it_must_add_up():
    text = "其中，行政处罚案件12件、行政强制案件3件、行政检查5件，合计{}件。"
    assert codes(text.format(20), **LG2) == []
    assert codes(text.format(21), **LG2) == ["LG204"]
    assert codes("培训干部120人、群众300人，合计420人次。", **LG2) == []


def test_a_change_against_last_years_value_stated_in_the_comparison():
    text = "全年受理复议案件60件，较上年的48件增长{}%。"
    assert codes(text.format(25), **LG2) == []
    assert codes(text.format(20), **LG2) == ["LG207"]
    assert codes("全年受理复议案件60件，比2024年的75件下降20%。", **LG2) == []


def test_a_folder_of_last_years_reports_is_paired_by_issuer_and_year(tmp_path, capsys):
    import json

    from lawgov.cli import main

    folder = tmp_path / "2024"
    folder.mkdir()
    (folder / "a.txt").write_text(LAST_YEAR, "utf-8")
    (folder / "b.txt").write_text(LAST_YEAR.replace("示例镇", "样板乡"), "utf-8")
    this = tmp_path / "this.txt"
    this.write_text(THIS_YEAR.replace("示例镇关于", "西宁市湟中区示例镇关于"), "utf-8")
    other = tmp_path / "other.txt"
    other.write_text(THIS_YEAR.replace("示例镇", "无名乡"), "utf-8")
    main(["check", str(this), str(other), "--previous", str(folder), "--select", "LG4",
          "--format", "json", "--jurisdiction", "none"])
    reports = json.loads(capsys.readouterr().out)["reports"]
    first, second = ([(f["code"], f["evidence"]) for f in r["findings"]] for r in reports)
    assert first[0] == ("LG405", {"previous": str(folder / "a.txt")}) and ("LG403", first[1][1]) == first[1]
    assert second == [("LG405", {"previous": None})]
