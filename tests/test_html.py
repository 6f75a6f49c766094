"""Web pages: a report saved from a government portal reads as the report itself."""

import pytest

import lawgov
from lawgov.testing import run_rules
from builders import portal_page
from conftest import EXAMPLES


def _places(report, findings):
    """Codes with the text they point at: the same report in any format must agree."""
    return sorted((f.code, report.text[f.span.start:f.span.end] if f.span else None) for f in findings)


@pytest.mark.parametrize("name", ["township-complete.txt", "cover-line-with-problems.txt"])
@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("gb2312", "gb18030"), ("GBK", "gbk")])
def test_a_saved_portal_page_gives_the_reports_own_findings(tmp_path, name, charset, codec):
    text = (EXAMPLES / name).read_text("utf-8")
    page = tmp_path / "page.html"
    page.write_bytes(portal_page(text, charset=charset).encode(codec))
    as_txt, as_html = lawgov.load(str(EXAMPLES / name)), lawgov.load(str(page))
    txt_findings = [f for f in run_rules(as_txt).findings if f.code != "LG307"]
    html_findings = [f for f in run_rules(as_html).findings if f.code != "LG307"]
    assert _places(as_html, html_findings) == _places(as_txt, txt_findings)
    assert as_html.metadata.year == as_txt.metadata.year
    for furniture in ("索引号", "打印本页", "分享到", "相关文章", "网站标识码", "当前位置", "document.write"):
        assert furniture not in as_html.text


def test_a_page_saved_under_another_name_is_still_read_as_a_page(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(portal_page((EXAMPLES / "township-complete.txt").read_text("utf-8")), "utf-8")
    report = lawgov.load(str(path))
    assert "<p" not in report.text and report.metadata.title is not None


REPORT = (EXAMPLES / "township-complete.txt").read_text("utf-8") if EXAMPLES.is_dir() else ""


@pytest.mark.parametrize("page, published, source", [
    (portal_page(REPORT, pubdate="2026-04-15 10:00"), "2026-04-15", "meta PubDate"),
    (portal_page(REPORT, pubdate=None, visible_date="2026-04-09"), "2026-04-09", "发布时间 line"),
])
def test_the_publication_date_of_a_page_drives_the_deadline_rule(tmp_path, page, published, source):
    path = tmp_path / "page.html"
    path.write_text(page, "utf-8")
    report = lawgov.load(str(path))
    assert (report.metadata.published.isoformat(), report.metadata.published_from) == (published, source)
    (f,) = run_rules(report, select=["LG307"]).findings
    assert f.evidence["published_from"] == source and "4月1日" in f.message


def test_a_page_published_in_time_or_without_a_date_is_not_late(tmp_path):
    for pubdate in ("2026-04-01", None):
        path = tmp_path / "page.html"
        path.write_text(portal_page(REPORT, pubdate=pubdate), "utf-8")
        assert run_rules(lawgov.load(str(path)), select=["LG307"]).findings == ()


def test_published_given_by_hand_overrides_the_page(tmp_path):
    import datetime

    path = tmp_path / "page.html"
    path.write_text(portal_page(REPORT, pubdate="2026-03-01"), "utf-8")
    report = lawgov.load(str(path), published=datetime.date(2026, 5, 6))
    assert report.metadata.published_from == "--published"
    assert [f.code for f in run_rules(report, select=["LG307"]).findings] == ["LG307"]


def test_markup_nested_beyond_any_real_page_is_refused(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "示例镇报告" + "</div>" * 100_000 + "</body></html>")
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(path))
    assert info.value.code == "LG007"


def test_deep_but_possible_markup_and_entities_are_read_safely(tmp_path):
    nested = "<div>" * 3000 + "<p>示例镇关于2025年法治政府建设情况的报告</p><p>全年开展执法检查25次。</p>" + "</div>" * 3000
    entity = ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><div id="zoom">'
              + "<p>示例镇关于2025年法治政府建设情况的报告</p><p>&x;全年开展执法检查25次。</p>" * 20
              + "</div></body></html>")
    for name, page in (("nested.html", f"<html><body>{nested}</body></html>"), ("entity.html", entity)):
        path = tmp_path / name
        path.write_text(page, "utf-8")
        report = lawgov.load(str(path))
        assert "root:" not in report.text and "全年开展执法检查25次" in report.text


def test_a_page_without_article_text_is_an_input_finding(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>首页</a></nav></body></html>", "utf-8")
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(path))
    assert info.value.code == "LG003"


def test_checking_a_txt_imports_no_page_reader():
    import subprocess
    import sys

    code = ("import sys, lawgov; lawgov.check(lawgov.load(sys.argv[1]));"
            "print('selectolax' in sys.modules, 'pypdf' in sys.modules, 'urllib.request' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(EXAMPLES / "township-complete.txt")],
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_tables_in_the_article_are_kept_as_rows(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><body><div id="zoom"><p>示例镇关于2025年法治政府建设情况的报告</p>'
                    "<table><tr><th>类别</th><th>数量</th></tr><tr><td>行政处罚</td><td>12件</td></tr>"
                    "<tr><td>行政强制</td><td>3件</td></tr></table><p>全年开展执法检查25次，执法工作规范有序。</p>"
                    "</div></body></html>", "utf-8")
    lines = lawgov.load(str(path)).text.split("\n")
    assert "类别 | 数量" in lines and "行政处罚 | 12件" in lines and "行政强制 | 3件" in lines
