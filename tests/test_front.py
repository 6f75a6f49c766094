"""A report's face as reviewers copy it out of a portal page: breadcrumbs, page tools
and the metadata block are set aside and read into the model; the title is found
under them; the issuer comes from the title, the page's publisher or the opening
sentence; the publication date the page shows feeds the 1 April rule."""

import datetime as dt

import lawgov
from lawgov.testing import run_rules

PORTAL = """当前位置：首页 » 信息公开 » 年报专栏 » 正文
[ 索引号 ] 000000000/2026-00007 [ 发文字号 ] 示政发〔2026〕2号
[ 发布机构 ] 示例县人民政府办公室 [ 公开方式 ] 主动公开
成文日期：2026年2月10日　发布日期：{published}
示例县人民政府关于2025年法治政府建设情况的报告
一、主要举措和成效
全年审查行政规范性文件9件，开展执法检查40次。
"""


def test_the_metadata_block_is_read_and_set_aside():
    report = lawgov.parse(PORTAL.format(published="2026-02-12"))
    meta = report.metadata
    assert meta.title.text == "示例县人民政府关于2025年法治政府建设情况的报告"
    assert meta.issuer.text == "示例县人民政府" and meta.year == 2025
    assert (meta.published, meta.written) == (dt.date(2026, 2, 12), dt.date(2026, 2, 10))
    assert meta.document_number.text == "示政发〔2026〕2号"
    assert meta.publisher.text == "示例县人民政府办公室"
    assert [h.title for h in report.headings] == ["主要举措和成效"]
    assert all("索引号" not in p.text for p in report.paragraphs)


def test_a_publication_date_read_from_the_text_feeds_the_deadline_rule():
    late = run_rules(PORTAL.format(published="2026-04-15"), select=["LG307"], jurisdiction="none")
    assert [f.code for f in late.findings] == ["LG307"]
    assert run_rules(PORTAL.format(published="2026-03-20"), select=["LG307"],
                     jurisdiction="none").findings == ()


def test_a_date_line_under_the_title_is_the_publication_date():
    text = ("示例镇2025年法治政府建设情况报告\n2026-03-02 09:30 来源：示例镇人民政府 点击：18\n"
            "2025年，示例镇坚持以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。\n")
    meta = lawgov.parse(text).metadata
    assert meta.published == dt.date(2026, 3, 2) and meta.issuer.text.startswith("示例镇")


def test_a_bare_place_in_the_title_gives_way_to_the_bureau_that_published_it():
    text = ("标  题：示例区2025年法治政府建设年度报告\n发布机构：示例区司法局\n发文时间：2026-01-30\n"
            "2025年，示例区坚持以习近平法治思想为指导，全面推进依法行政。\n")
    assert lawgov.parse(text).metadata.issuer.text == "示例区司法局"


def test_a_page_without_a_title_takes_its_issuer_from_the_opening_sentence():
    text = "2025年，在区委、区政府的坚强领导下，示例街道坚持以习近平法治思想为指导，推进法治建设。\n一、主要举措\n"
    assert lawgov.parse(text).metadata.issuer.text == "示例街道"
    # 我县, 全县: no name to take
    assert lawgov.parse("2025年，我县坚持以习近平法治思想为指导，推进法治建设。\n一、主要举措\n").metadata.issuer is None


def test_a_covering_letter_names_the_report_it_encloses():
    text = ("县委依法治县办：\n根据有关规定，现将《示例县市场监管局2025年度法治政府建设工作报告》报送如下。\n"
            "一、主要举措\n")
    meta = lawgov.parse(text).metadata
    assert meta.title.text == "示例县市场监管局2025年度法治政府建设工作报告"
    assert meta.issuer.text == "示例县市场监管局" and meta.year == 2025


def test_the_signature_and_its_date_at_the_end_are_never_furniture():
    meta = lawgov.parse("示例镇关于2025年法治政府建设情况的报告\n一、主要举措\n全年开展培训3次。\n"
                        "示例镇人民政府\n2026年1月20日\n").metadata
    assert meta.signing_date is not None and meta.published is None


def test_joint_issuers_and_general_offices_pair_with_their_government():
    from lawgov._domain.issuers import issuer_level, names_of, same_issuer

    assert names_of("中共示例县委、示例县人民政府") == {"示例县"}
    assert same_issuer(names_of("示例县人民政府办公室"), names_of("中共示例县委 示例县人民政府"))
    assert [issuer_level(t) for t in ("示例省人民政府", "示例市", "中共示例县委、示例县人民政府", "示例镇人民政府",
                                      "示例街道", "示例县司法局", "上海市")] == ["省", "市", "县", "乡镇", "街道", "部门", "省"]


def test_a_document_number_and_an_addressee_are_not_part_of_the_title():
    text = ("[示政发〔2026〕3号]\n示例县人民政府\n关于2025年法治政府建设情况的报告\n县委依法治县办：\n"
            "2025年，示例县坚持以习近平法治思想为指导。\n一、主要举措\n")
    meta = lawgov.parse(text).metadata
    assert meta.title.text == "关于2025年法治政府建设情况的报告" and meta.issuer.text == "示例县人民政府"
    assert meta.addressee.text == "县委依法治县办" and meta.document_number.text == "示政发〔2026〕3号"


def test_a_title_run_into_its_addressee_is_split():
    meta = lawgov.parse("示例县人民政府关于2025年法治政府建设情况的报告县委依法治县办：\n"
                        "2025年，示例县坚持以习近平法治思想为指导。\n一、主要举措\n").metadata
    assert meta.title.text == "示例县人民政府关于2025年法治政府建设情况的报告"
    assert meta.addressee.text == "县委依法治县办"


def test_dates_of_one_page_that_disagree_are_said_once():
    text = PORTAL.format(published="2026-02-12")
    at = "https://www.example.gov.cn/zwgk/{}/t{}_1234.html"
    moved = lawgov.check(lawgov.parse(text, at.format("202603", "20260315")), select=["LG308"]).findings
    expected = {"written": "2026-02-10", "published": "2026-02-12", "address": "2026-03-15"}
    assert [f.evidence for f in moved] == [expected]
    assert lawgov.check(lawgov.parse(text, at.format("202602", "20260212")), select=["LG308"]).findings == ()
    early = PORTAL.format(published="2026-02-01")  # before 成文日期 2026-02-10
    assert [f.code for f in lawgov.check(lawgov.parse(early), select=["LG308"]).findings] == ["LG308"]


# A page copied from its first paragraph on: the title stayed in the portal's header.

def _issuer(text):
    meta = lawgov.parse(text).metadata
    return (meta.issuer.text if meta.issuer else None), meta.issuer_level


def test_without_a_title_the_issuer_is_the_place_the_report_speaks_for():
    text = ("2025年，我县以法治康乐建设为抓手，推进依法行政。\n"
            "一、主要举措\n全年审查规范性文件12件，全部报康乐县人大常委会备案。\n")
    assert _issuer(text) == ("康乐县", "县")


def test_a_report_that_names_itself_while_reporting_is_taken_at_its_word():
    text = "按照县委安排，现将示例镇2025年度法治政府建设情况报告如下。\n一、主要举措\n开展普法活动6次。\n"
    assert _issuer(text) == ("示例镇", "乡镇")


def test_two_places_named_equally_often_leave_the_issuer_unread():
    text = ("2025年，我县学习借鉴外地经验，推进依法行政。\n"
            "一、主要举措\n赴康乐县、宁陕县考察行政执法协调监督工作。\n")
    assert _issuer(text) == (None, None)


def test_a_province_speaks_of_itself_by_its_short_name():
    text = "2025年，全省各级政府深入贯彻习近平总书记对甘肃工作的重要指示。\n一、主要举措\n甘肃出台地方性法规5件。\n"
    assert _issuer(text) == ("甘肃省", "省")


def test_an_autonomous_county_is_named_without_its_peoples():
    text = "2025年，我县深入推进依法行政，印发《天祝县重大行政决策事项目录》。\n一、主要举措\n开展执法检查15次。\n"
    assert _issuer(text) == ("天祝县", "县")


def test_the_government_naming_itself_as_县政府_sets_the_level_looked_for():
    text = "2025年，在县委的领导下，县政府坚持依法行政。\n一、主要举措\n平安康乐、法治康乐建设稳步推进。\n"
    assert _issuer(text) == ("康乐县", "县")


def test_a_county_level_city_is_a_county():
    text = "格尔木市人民政府关于2025年法治政府建设情况的报告\n一、主要举措\n开展执法检查15次。\n"
    assert lawgov.parse(text).metadata.issuer_level == "县"


def test_a_speech_dateline_does_not_hide_the_year_reported_on():
    text = ("示例市人民政府关于法治政府建设情况的报告\n（2026年5月20日在市人大常委会会议上）\n市人大常委会：\n"
            "现就有关情况报告如下。\n一、主要举措\n2025年，全市审查规范性文件30件。\n")
    assert lawgov.parse(text).metadata.year == 2025
