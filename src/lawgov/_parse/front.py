"""A portal page's furniture at the top of a report's text, as copied or saved from
the page: breadcrumbs (当前位置：首页 » …), accessibility and print links, the
metadata block ([ 索引号 ] … [ 发布机构 ] … [ 成文日期 ] … [ 发布日期 ] …, 标 题：…,
发文字号：…), and the line under the title that gives the source and the time
(2026-03-02 09:30 来源：… 点击：18). These lines are set aside: they are not the title, not
headings and not body text; what they state is read into fields.
"""

from __future__ import annotations

import datetime as _dt

from .._util.text import Pattern, ymd

#: Lines that are navigation, page tools or a site's header.
_NAVIGATION = Pattern(
    r"当前位置|您的位置|所在位置|首页\s*[>》»]|[>》»]\s*正文|无障碍|简体\s*[|｜]?\s*繁|繁体|"
    r"字号[:：]?\s*[大中小]?$|打印本页|关闭窗口|分享到|扫一扫|星期[一二三四五六日天]|【\s*打印\s*】|"
    # a speech's delivery note: （2026年3月5日在县人大常委会会议上）
    r"^[(（](?:19|20)\d\d年\d{1,2}月\d{1,2}日在.{2,40}?上[)）]$")
#: Labels of a metadata block, each with the field it fills.
_LABELS = [
    ("index_number", r"索\s*引\s*号"),
    ("publisher", r"发布机构|发文机关|发布单位|信息来源|来\s*源"),
    ("document_number", r"发文字号|文\s*号"), ("written", r"成文日期|成文时间|印发日期"),
    ("published", r"发布日期|发布时间|发文时间|发文日期|公开日期|公开时间|上线时间|生成日期|日\s*期|时\s*间"),
    ("title", r"标\s*题|名\s*称"),
    (None, r"主题分类|体裁分类|公开方式|公开形式|公开范围|有效性|是否有效|关键词|所属机构|组配分类|分\s*类|"
           r"服务对象|点击|浏览|阅读|访问量|作者|编辑"),
]
_LABEL = Pattern(
    r"[\[【〔|｜]?\s*(?:" + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_LABELS))
    + r")\s*[\]】〕|｜]?\s*[:：]?\s*")
_DATE = Pattern(
    r"((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
#: A line that is only a date, or a publisher and a date (某县政府办公室 2026-03-02).
_DATELINE = Pattern(r"^[\u4e00-\u9fff（）()]{0,20}\s*" + _DATE.pattern + r"\s*[\u4e00-\u9fff]{0,16}$")
#: A line that opens with the page's date and goes on with page tools: 2023-03-31 17:05 来源：….
_DATED_TOOLS = Pattern(r"^" + _DATE.pattern + r".{0,40}?(?:来\s*源|点击|浏览|打印|作者|字号)")
#: A document number alone on its line: [示政发〔2026〕3号].
_DOCNUM = Pattern(r"^[\[【〔(（]?\s*([\u4e00-\u9fff]{1,8}[〔\[(（](?:19|20)\d\d[〕\])）]\d{1,4}号)\s*[\]】)）]?$")
#: An addressee alone on its line: 县委依法治县办：, 中共某县委、某县人民政府：.
_ADDRESSEE = Pattern(r"^((?:(?!报告|法治政府|建设)[\u4e00-\u9fff、，, ]){2,30}?(?:办|委|政府|会|局|厅|部|组))[:：]$")
#: The first heading of the body (一、 （一） 1. 第一): the page's furniture is above it.
_HEADING = Pattern(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[部章])")
#: Where the next label or a bracketed label starts: a field's value stops there.
_NEXT = Pattern(r"\s{2,}|[\[【|｜]|\s(?=" + "|".join(p for _, p in _LABELS) + r")")


def _dateline(text: str) -> bool:
    """Whether a line is only a date, or a publisher and a date."""
    return _DATE.search(text) is not None and _DATELINE.match(text) is not None


def glued(title: str):  # type: ignore[no-untyped-def]
    """A title run into its addressee (…的报告县委依法治县办：), split; None otherwise."""
    return GLUED.match(title) if title[-1:] in ":：" else None


class Face:
    """What the furniture states, and which lines are furniture."""

    def __init__(self) -> None:
        self.furniture: set[int] = set()
        self.fields: dict[str, tuple[str, int, int]] = {}  # name: (value, start, end)

    def date(self, name: str) -> tuple[_dt.date, int, int] | None:
        """The date a field states, with where it stands."""
        found = self.fields.get(name)
        if found is None:
            return None
        m = _DATE.search(found[0])
        day = None if m is None else ymd(m)
        return None if day is None else (day, found[1] + m.start(), found[1] + m.end())


def read(lines, limit: int = 40) -> Face:
    """The furniture among the first ``limit`` non-empty lines before the body text
    starts (``lines`` are the parser's lines: ``content``, ``folded``, ``lead``)."""
    face = Face()
    seen = 0
    end = len(lines)
    for i in [i for i, ln in enumerate(lines) if ln.content][::-1][:3]:
        if len(lines[i].content) > 30:
            break
        end = i  # a short last line: the signature or its date, never the page's furniture
    for i, ln in enumerate(lines[:end]):
        if not ln.content:
            continue
        seen += 1
        if seen > limit:
            break
        text = ln.folded
        body = len(text) > 40 and any(c in text for c in "，,。") or _HEADING.match(text)
        if body and not _LABEL.search(text[:12]):
            break  # body text or the first heading: the furniture is above them
        if _NAVIGATION.search(text):
            face.furniture.add(i)
            continue
        m = ("号" in text and _DOCNUM.match(text)) or (text[-1:] in ":：" and _ADDRESSEE.match(text))
        if m:  # [示政发〔2026〕3号], 县委依法治县办：
            face.furniture.add(i)
            name = "addressee" if text.endswith((":", "：")) else "document_number"
            value = (ln.content[m.start(1):m.end(1)], ln.lead + m.start(1), ln.lead + m.end(1))
            face.fields.setdefault(name, value)
            continue
        labels = list(_LABEL.finditer(text))
        if labels and (labels[0].start() == 0 or len(labels) >= 2 or _dateline(text)
                       or _DATED_TOOLS.match(text)):
            face.furniture.add(i)
            if _DATED_TOOLS.match(text) and "published" not in face.fields:
                m = _DATE.match(text)
                face.fields["published"] = (ln.content[m.start():m.end()], ln.lead + m.start(),
                                            ln.lead + m.end())
            for m in labels:
                name = next(_LABELS[int(k[1:])][0] for k, v in m.groupdict().items() if v is not None)
                if name is None or name in face.fields:
                    continue
                nxt = _NEXT.search(text, m.end())
                end = nxt.start() if nxt else len(text)
                value = ln.content[m.end():end].strip(" \t|｜")
                if value:
                    face.fields[name] = (value, ln.lead + m.end(), ln.lead + end)
            continue
        if len(text) <= 40 and _dateline(text):
            face.furniture.add(i)
            if "published" not in face.fields:
                m = _DATE.search(text)
                face.fields["published"] = (ln.content[m.start():m.end()], ln.lead + m.start(),
                                            ln.lead + m.end())
    return face


#: Fields read as text spans (the dates are read with :meth:`Face.date`).
_TEXT_FIELDS = ("title", "publisher", "document_number", "index_number", "addressee")
#: A title run into its addressee on one line: …情况的报告县委依法治县办：.
GLUED = Pattern(r"^(.{6,}?(?:报告|总结))((?:(?!报告)[\u4e00-\u9fff、，, ]){2,30}?)[:：]$")
#: An organisation's words: a name without them is a bare place (原州区).
_ORGANISATION = Pattern(r"政府|党委|委员会|委|局|厅|办|中心|院|所|室|会|队|站")
#: The subject of a report's opening sentence: 2024年，沙坡头区坚持…; 在…领导下，吐鲁番市坚持….
_SUBJECT = Pattern(
    r"^(?:(?:19|20)\d\d年度?(?:以来)?[，,]\s*|一年来[，,]\s*)?(?:在[^，,。；;]{2,60}?下[，,]\s*)*"
    r"(?![我全本各该])([\u4e00-\u9fff]{1,8}?[省市县区州旗]委、[\u4e00-\u9fff]{0,8}?政府|"
    r"[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|省|市|区|县|旗|州|盟|镇|乡|街道))(?:人民政府|政府)?"
    r"(?=(?:法治政府建设工作|法治政府建设)?(?:坚持|深入|全面|始终|紧紧|认真|聚焦|以|紧扣|围绕|持续|牢牢|"
    r"积极|立足|扎实|着力|在))")
#: A report enclosed by a covering letter: 现将《某局2023年度法治政府建设工作报告》报送如下.
ENCLOSED = Pattern(r"现将《([^《》]{4,60}?报告)》")


def text_fields(face: Face, make):  # type: ignore[no-untyped-def]
    """The text fields of ``face`` as spans, ``make(value, start, end)`` building each."""
    return {name: make(*face.fields[name]) for name in _TEXT_FIELDS if name in face.fields}


#: A government's general office publishing for it: 某县人民政府办公室 for 某县人民政府.
_OFFICE = Pattern(r"(?<=政府)办公(?:室|厅)$")


def choose_issuer(found, publisher, signature):  # type: ignore[no-untyped-def]
    """The issuer: the one the title or the lines above it name; a bare place there
    (原州区) gives way to the publisher the page names for it (原州区司法局, or the
    government when its general office publishes); then the signature; then the page's
    publisher."""
    if publisher is not None and _OFFICE.search(publisher.text):
        name = _OFFICE.sub("", publisher.text)
        publisher = type(publisher)(name, publisher.span)
    if found is not None:
        if (publisher is not None and not _ORGANISATION.search(found.text)
                and publisher.text.startswith(found.text)):
            return publisher
        return found
    return signature if signature is not None else publisher


def opening_subject(first_sentence: str) -> tuple[str, int] | None:
    """The place an opening sentence is about (沙坡头区), and where it starts."""
    m = _SUBJECT.match(first_sentence)
    return (m.group(1), m.start(1)) if m else None


#: What ends an organisation's name.
ORG_SUFFIX = Pattern(
    r"(人民政府|政府|委员会|办公室|办事处|街道|局|厅|委|办|镇|乡|区|县|市|州|旗|盟|省|所|中心|院)$")


#: The issuer a title names: 某县人民政府关于2025年…, 某区2025年…, or 2024年某市法治政府….
TITLE_ISSUER = Pattern(
    r"(.{2,30}?)(?:关于|[(（]?(?:19|20)\d\d)|(?:19|20)\d\d年度?([\u4e00-\u9fff]{2,12}?)(?=法治|关于|依法)")


def title_issuer(title, make):  # type: ignore[no-untyped-def]
    """The issuer a title names, ``make(text, start, end)`` building its span."""
    m = TITLE_ISSUER.match(title.text)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    if not ORG_SUFFIX.search(m.group(group)):
        return None
    start = title.span.start + m.start(group)
    return make(m.group(group), start, start + len(m.group(group)))
