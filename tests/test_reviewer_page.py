"""What a reviewer reads agrees with itself: the five contents' summary comes from the
findings, findings are listed most severe first, evidence is in words, a finding about
the whole report leads somewhere, and the CSV opens in Excel."""

import re

import pytest

import lawgov
from lawgov import render
from conftest import EXAMPLES, seed

NO_CAUSES = ("示例镇关于2025年法治政府建设情况的报告\n一、2025年主要举措和成效\n开展执法检查12次。\n"
             "二、存在的不足和原因\n一是执法力量不足。二是宣传不够深入。\n"
             "三、党政主要负责人履行推进法治建设第一责任人职责情况\n镇长带头学法。\n"
             "四、2026年主要安排\n加强执法队伍建设。\n五、其他需要报告的情况\n无。\n")


def _contents(result):
    return {c.key: c.state for c in result.contents}


def test_shortcomings_without_causes_are_partial_never_present():
    result = lawgov.check(lawgov.parse(NO_CAUSES))
    assert "LG107" in {f.code for f in result.findings}
    assert _contents(result)["shortcomings"] == "partial"
    page = render([lawgov.FileResult("r.txt", result)], "html")
    assert "✓ " + '<span class="zh">不足和原因' not in page and "不足和原因（未分析原因）" in page


def _samples():
    paths = sorted(EXAMPLES.glob("*.txt"))
    paths += [seed(p) for p in ("000", "001", "002", "003", "004") if seed(p).is_file()]
    return paths


def test_contents_whose_rules_did_not_run_are_unchecked_not_present():
    result = lawgov.check(lawgov.parse(NO_CAUSES), select=["LG107"])
    assert _contents(result) == {"measures": "unchecked", "shortcomings": "partial", "leaders": "unchecked",
                                 "plans": "unchecked", "other": "unchecked"}
    page = render([lawgov.FileResult("r.txt", result)], "html")
    assert '<span class="unchecked">— <span class="zh">主要举措和成效' in page


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.name)
def test_the_summary_of_every_sample_agrees_with_its_findings(path):
    result = lawgov.check(lawgov.load(str(path)))
    codes = {f.code for f in result.findings}
    states = _contents(result)
    for key, absent, partial in (("measures", "LG101", None), ("shortcomings", "LG102", "LG107"),
                                 ("leaders", "LG103", "LG104"), ("plans", "LG105", None),
                                 ("other", "LG106", None)):
        expected = "missing" if absent in codes else "partial" if partial in codes else "present"
        assert states[key] == expected, key
    page = render([lawgov.FileResult(str(path), result)], "html")
    summary = page.split('<div class="columns">')[0]
    ticks = len(re.findall(r'<span class="present">✓', summary.split("纲要")[0]))
    assert ticks == sum(1 for s in states.values() if s == "present")


def test_findings_are_listed_most_severe_first_in_the_terminal_and_the_page():
    result = lawgov.check(lawgov.load(str(EXAMPLES / "cover-line-with-problems.txt")))
    files = [lawgov.FileResult("r.txt", result)]
    order = [lawgov.Severity.from_label(m) for m in
             re.findall(r"^r\.txt(?::\d+:\d+)?: LG\d+ (error|warning|info) ", render(files, "text"), re.M)]
    assert order == sorted(order, reverse=True) and len(order) == len(result.findings)
    page_order = re.findall(r'<li class="finding (error|warning|info)"', render(files, "html"))
    assert [lawgov.Severity.from_label(s) for s in page_order] == order


def test_evidence_is_shown_in_words_and_the_json_keeps_the_keys():
    text = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n受理案件80件，办结82件，办结率95.6%。\n"
    result = lawgov.check(lawgov.parse(text), select=["LG201"])
    (finding,) = result.findings
    assert {"numerator", "denominator"} <= set(finding.evidence)
    page = render([lawgov.FileResult("r.txt", result)], "html")
    details = page.split("<details>")[1].split("</details>")[0]
    assert '<span class="zh">分子</span>' in details and '<span class="zh">分母</span>' in details
    assert '"numerator"' in render([lawgov.FileResult("r.txt", result)], "json")


def test_a_finding_about_the_whole_report_leads_to_its_text():
    result = lawgov.check(lawgov.parse("示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n开展执法检查。\n"))
    page = render([lawgov.FileResult("r.txt", result)], "html")
    whole = [li for li in re.findall(r'<li class="finding[^>]*>', page) if 'data-code="LG102"' in li]
    assert whole and 'data-target="r0top"' in whole[0] and 'id="r0top"' in page


def test_a_mark_inside_another_stays_visible():
    text = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n受理案件80件，办结82件，办结率95.6%。\n"
    result = lawgov.check(lawgov.parse(text))
    inner = lawgov.Finding("LG999", "outer", lawgov.Severity.INFO, "段落", "paragraph",
                           span=result.report.span(0, len(text) - 1))
    page = render([lawgov.FileResult("r.txt", lawgov.CheckResult(result.report, (*result.findings, inner)))],
                  "html")
    assert "nested" in " ".join(re.findall(r'<mark class="([^"]+)"', page))


def test_the_csv_starts_with_a_byte_order_mark_for_excel():
    result = lawgov.check(lawgov.parse(NO_CAUSES))
    assert render([lawgov.FileResult("r.txt", result)], "csv").startswith("\ufeffpath,line,")


def test_the_overview_of_the_sample_reports_is_worst_first_with_the_matrix_and_the_chart():
    paths = [seed(p) for p in ("000", "001", "002", "003", "004") if seed(p).is_file()]
    if len(paths) < 5:
        pytest.skip("../shared/seeds is not available")
    files = [lawgov.FileResult(str(p), lawgov.check(lawgov.load(str(p)))) for p in paths]
    page = render(files, "html")
    rows = re.findall(r'<tr data-level="[^"]*" data-codes="[^"]*">(.*?)</tr>', page)
    assert len(rows) == 5 and '<figure class="chart">' in page
    cells = [re.findall(r'<td data-sort="([^"]*)">', row) for row in rows]
    counts = [tuple(int(c) for c in row[5:8]) for row in cells]  # errors, warnings, infos
    assert counts == sorted(counts, reverse=True)
    assert all(len(re.findall(r">[✓✗△]</span></td>", row)) == 5 for row in rows)
