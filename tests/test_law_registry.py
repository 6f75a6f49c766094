"""The national law registry: built from a LawRefBook/Laws snapshot plus a hand-kept
list (tools/build_laws.py), read through one lookup, and the citation rules on it
(LG505 titles that do not exist, LG506 versions that do not exist, LG501 in a year
of replacement)."""

from __future__ import annotations

import pathlib
import sqlite3
import sys

import pytest

from lawgov._domain.laws import complete_through, lookup, near_titles, registry
from lawgov.testing import codes, run_rules

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_laws  # noqa: E402

LG5 = {"select": ["LG5"]}


def _report(sentence: str, year: int = 2025) -> str:
    return f"示例镇关于{year}年法治政府建设情况的报告\n{year}年，示例镇{sentence}\n"


# -- the build tool, on a small snapshot of our own ------------------------------------

def _snapshot(root: pathlib.Path) -> pathlib.Path:
    (root / "行政法").mkdir(parents=True)
    (root / "行政法规").mkdir()
    (root / "行政法" / "示例保护法(2020-06-01).md").write_text(
        "# 中华人民共和国示例保护法\n\n2010年3月1日 某会议通过\n\n2020年6月1日 某会议《关于修改〈中华人民共和国"
        "示例保护法〉的决定》修正\n\n2020年9月1日 施行\n\n<!-- INFO END -->\n\n## 第一章\n", "utf-8")
    (root / "行政法规" / "示例管理条例(2015-05-04).md").write_text(
        "# 示例管理条例\n\n2015年4月1日 国务院批准\n\n2015年5月4日 国务院令第1号公布\n\n<!-- INFO END -->\n",
        "utf-8")
    (root / "行政法规" / "示例旧条例(1990-01-01).md").write_text("# 示例旧条例\n\n<!-- INFO END -->\n", "utf-8")
    con = sqlite3.connect(root / "db.sqlite3")
    con.execute("CREATE TABLE law (name TEXT, level TEXT, publish DATE, expired INTEGER)")
    con.executemany("INSERT INTO law VALUES (?, ?, ?, ?)", [
        ("示例保护法", "法律", "2020-06-01", 0), ("示例管理条例", "行政法规", "2015-05-04", 0),
        ("示例旧条例", "行政法规", "1990-01-01", 1)])
    con.commit()
    con.close()
    dlc = root / "DLC" / "河南地方法规"
    dlc.mkdir(parents=True)
    con = sqlite3.connect(dlc / "db.sqlite3")
    con.execute("CREATE TABLE category (id TEXT, name TEXT)")
    con.execute("CREATE TABLE law (name TEXT, publish DATE, valid_from DATE, expired INTEGER, "
                "category_id TEXT)")
    con.execute("INSERT INTO category VALUES ('c1', '河南')")
    con.executemany("INSERT INTO law VALUES (?, ?, ?, ?, 'c1')", [
        ("示例市养犬管理条例", "2019-01-15", "2019-03-01", 0),
        ("示例市养犬管理条例", "2023-05-01", "2023-07-01", 0),
        ("示例市旧条例", "2001-01-01", "2001-01-01", 1)])
    con.commit()
    con.close()
    return root


def test_the_build_tool_reads_titles_versions_and_expiry_and_applies_the_hand_list(tmp_path):
    snapshot = _snapshot(tmp_path / "snap")
    hand = tmp_path / "hand.tsv"
    hand.write_text("# ours\n中华人民共和国示例保护法\tlaw\t示例法\t2025-06-27修订>2026-01-01\t\t\tpage A\n"
                    "示例旧条例\tregulation\t\t\t2001-01-01\t示例管理条例\tpage B\n"
                    "示例工作规定\tparty\t\t2024-02-01通过\t\t\tpage C\n", "utf-8")
    out, local = tmp_path / "laws.tsv", tmp_path / "local.tsv"
    assert build_laws.main([str(snapshot), "0123abcd", "--hand", str(hand), "-o", str(out),
                            "--local-output", str(local)]) == 0
    assert [r.split("\t") for r in local.read_text("utf-8").splitlines() if not r.startswith("#")] == [
        ["示例市养犬管理条例", "河南省", "2023-05-01", "2023-07-01", "0"],   # the latest version's dates
        ["示例市旧条例", "河南省", "2001-01-01", "2001-01-01", "1"]]
    text = out.read_text("utf-8")
    assert "commit 0123abcd" in text and "# complete-through: 2020-06-01" in text
    rows = {r.split("\t")[0]: r.split("\t") for r in text.splitlines() if not r.startswith("#")}
    assert rows["中华人民共和国示例保护法"][1:5] == [
        "law", "示例法", "2010-03-01通过 2020-06-01修正>2020-09-01 2025-06-27修订>2026-01-01", ""]
    assert rows["示例管理条例"][3] == "2015-04-01通过"  # approved, then published: one version
    assert rows["示例旧条例"][3:6] == ["1990-01-01记载", "2001-01-01", "示例管理条例"]
    assert rows["示例工作规定"][1] == "party"


def test_the_build_tool_refuses_a_malformed_hand_row(tmp_path):
    hand = tmp_path / "hand.tsv"
    hand.write_text("示例法\tlaw\t\t2025年修订\t\t\tpage\n", "utf-8")
    with pytest.raises(SystemExit, match="bad version"):
        build_laws.main([str(_snapshot(tmp_path / "snap")), "0123abcd", "--hand", str(hand),
                         "-o", str(tmp_path / "out.tsv"), "--local-output", str(tmp_path / "local.tsv")])


# -- the registry --------------------------------------------------------------------

def test_the_registry_holds_every_law_and_regulation_of_the_snapshot_and_later_ones():
    titles = {e.title: e for e in registry().values()}
    kinds = [e.kind for e in titles.values()]
    assert kinds.count("law") >= 300 and kinds.count("regulation") >= 600
    assert complete_through() >= "2025-04-05"
    for later in ("中华人民共和国生态环境法典", "中华人民共和国民族团结进步促进法", "行政执法监督条例",
                  "中华人民共和国法治宣传教育法", "政务数据共享条例"):
        assert later in titles


def test_a_title_is_found_by_its_full_name_its_short_name_and_without_the_state_prefix():
    assert lookup("行政处罚法") is lookup("中华人民共和国行政处罚法") is lookup("行政处罚法 ")
    assert lookup("保密法").title == "中华人民共和国保守国家秘密法"
    law = lookup("治安管理处罚法")
    assert [(v.date, v.event, v.in_force) for v in law.versions][-1] == ("2025-06-27", "修订", "2026-01-01")
    assert lookup("环境保护法").replaced_on == "2026-08-15"


def test_current_titles_cited_in_a_sentence_give_no_finding():
    entries = sorted({e.title: e for e in registry().values()
                      if e.kind in ("law", "regulation") and not e.ended}.values(), key=lambda e: e.title)
    sample = entries[::15]
    assert len(sample) > 50
    text = _report("认真贯彻" + "、".join(f"《{e.title}》" for e in sample) + "。")
    result = run_rules(text, **LG5)
    assert [f for f in result.findings if f.code != "LG502"] == []
    assert result.stats["citations_checked"] == len(sample)


# -- LG505 ---------------------------------------------------------------------------

@pytest.mark.parametrize("cited, real", [
    ("中华人民共和国行政执法监督条例", "行政执法监督条例"),  # the prefix added
    ("安全生产管理法", "中华人民共和国安全生产法"),  # a word inserted
    ("中华人民共和国行政复议条例", "中华人民共和国行政复议法"),  # the kind changed
])
def test_a_garbled_national_title_is_a_warning_naming_the_real_one(cited, real):
    (f,) = run_rules(_report(f"组织学习《{cited}》。"), **LG5).findings
    assert (f.code, f.severity.label, f.evidence["closest"]) == ("LG505", "warning", [real])


@pytest.mark.parametrize("cited", [
    "中华人民共和国国家公园法",  # shares words only: maybe newer than the registry
    "示例县行政执法条例",  # local
    "中国共产党示例工作条例",  # Party
    "示例镇重大事项集体决策制度",  # internal
])
def test_titles_the_registry_cannot_judge_are_counted_not_reported(cited):
    result = run_rules(_report(f"组织学习《{cited}》。"), **LG5)
    assert result.findings == ()
    national = cited.startswith("中华人民共和国")
    assert result.stats.get("citations_unverifiable", 0) == national


def test_a_garbled_title_mentioned_as_repealed_is_not_reported():
    assert codes(_report("依据原《中华人民共和国治安管理处罚条例》处理的旧案已全部办结。"), **LG5) == []


def test_near_titles_never_pairs_titles_that_merely_share_words():
    assert near_titles("国家安全管理法") == ["中华人民共和国国家安全法"]
    assert near_titles("中华人民共和国国家公园法") == near_titles("示例法") == []


# -- LG506 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "贯彻2024年新修订的《行政执法监督条例》。",  # before it existed
    "贯彻2019年修订的《中华人民共和国行政复议法》。",  # not a year it changed
    "贯彻《中华人民共和国行政复议法》（2019年修订）。",
])
def test_a_version_that_does_not_exist_is_a_warning(sentence):
    assert codes(_report(sentence), **LG5) == ["LG506"]


@pytest.mark.parametrize("sentence", [
    "贯彻2023年修订的《中华人民共和国行政复议法》。",
    "贯彻2024年新修订的《行政复议法》。",  # the year it came into force
    "贯彻2025年修订的《中华人民共和国治安管理处罚法》。",
    "贯彻2025年修订的《中华人民共和国行政许可法》。",  # after the snapshot: cannot be judged
])
def test_a_real_or_unverifiable_version_is_quiet(sentence):
    assert [c for c in codes(_report(sentence), **LG5) if c != "LG502"] == []


# -- LG501 in the year of a replacement ------------------------------------------------

def test_a_law_replaced_during_the_report_year_is_a_warning_and_after_it_an_error():
    cite = "依据《中华人民共和国环境保护法》开展执法检查。"
    assert codes(_report(cite, 2025), **LG5) == []
    (during,) = run_rules(_report(cite, 2026), **LG5).findings
    assert (during.code, during.severity.label) == ("LG501", "warning") and "2026-08-15" in during.message
    (after,) = run_rules(_report(cite, 2027), **LG5).findings
    assert (after.code, after.severity.label) == ("LG501", "error")


def test_every_version_the_data_file_writes_is_read():
    for entry in {id(e): e for e in registry().values()}.values():
        assert len(entry.versions) == len(entry.history.split()), entry.title
        assert [v.date for v in entry.versions] == sorted(v.date for v in entry.versions), entry.title
