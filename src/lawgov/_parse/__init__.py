"""Text to :class:`Report`: front matter, headings, paragraphs, sentences, dates.

Matching runs on a width-folded copy of the text (full-width ASCII folded to
half-width), which has the same length, so every offset found there is an offset
into the original text. Parsing never raises on text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from .._domain.contents import looks_like_content_heading
from .._domain.issuers import issuer_level
from .._model import Heading, HeadingKind, Metadata, Paragraph, Report, Section, Sentence, TextSpan, evolve
from .dates import DATE, date_mention, dates as find_dates, report_year
from .numerals import to_int
from . import front
from .front import ORG_SUFFIX as _ORG_SUFFIX
from .selfname import self_named
from .citations import extract as extract_citations
from .quantities import extract
from .._util.text import Pattern, fold, report_text
from .._model.spans import line_span, line_starts, make_span
from .._util.collect import collector_paused

_CN = "一二三四五六七八九十"
_LEAD = Pattern(r"[ \t\u3000\xa0\u200b\ufeff]*(?:\[bookmark:[^\]]*\][ \t\u3000\xa0]*)*")
#: Heading markers in the order they are tried; ``<`` opens the group of the number.
_MARKER_TEMPLATES = (
    (HeadingKind.PART, rf"第<[{_CN}]+)部分[ \t:、,.]*"),
    (HeadingKind.CHINESE, rf"<[{_CN}]+)[ \t]*(?:、|\.(?!\d))[ \t]*"),
    (HeadingKind.PAREN_CHINESE, rf"[(〔][ \t]*<[{_CN}]+)[ \t]*[)〕][ \t、.]*"),
    (HeadingKind.ARABIC, r"<\d{1,2})[ \t]*[.、](?!\d)[ \t]*"),
    (HeadingKind.PAREN_ARABIC, r"[(〔][ \t]*<\d{1,2})[ \t]*[)〕][ \t、.]*"),
    (HeadingKind.CIRCLED, r"<[\u2460-\u2473])[ \t、.]*"),
    (HeadingKind.INLINE, rf"<[{_CN}]+)是(?=[^,，。;；]{{2}})"),
)
#: Each marker's own pattern, compiled on first need (only when a marker's number is
#: not a number and the next markers must be tried one by one).
_MARKERS = tuple((kind, Pattern(t.replace("<", "(", 1))) for kind, t in _MARKER_TEMPLATES)
# All markers in one pattern, tried in the same order; group ``m<i>`` is marker i's number.
_ANY_MARKER = Pattern("|".join(t.replace("<", f"(?P<m{i}>", 1)
                               for i, (_, t) in enumerate(_MARKER_TEMPLATES)))
_RANK = [HeadingKind.PART, HeadingKind.CHINESE, HeadingKind.PAREN_CHINESE,
         HeadingKind.ARABIC, HeadingKind.PAREN_ARABIC, HeadingKind.CIRCLED]
_TITLE_END = Pattern(r"[。！？!?;；:：]")
_INLINE_TITLE_END = Pattern(r"[，,。！？!?;；:：]")
_INLINE_IN_TEXT = Pattern(rf"(?:^|(?<=[。；;：:，,！!？?]))[ \t]*([{_CN}]+)是(?=[^,，。;；]{{2}})")
_SENTENCE = re.compile(r"[ \t\u3000\xa0]*([^。！？!?]*(?:[。！？!?]+[”’」』)]*|$))")  # re: faster here
_TERMINAL = "。；;，,：:！!？?"

_TITLE_WORDS = Pattern(r"报告|法治政府|法治建设|依法行政")


def parse(text: str, source: str = "<text>", encoding: str = "utf-8") -> Report:
    """Parse report text into a :class:`Report`.

    >>> r = parse("示例镇关于2025年法治政府建设情况的报告\\n一、主要举措和成效\\n全年开展培训3次。")
    >>> r.metadata.year, r.headings[0].title, r.paragraphs[0].sentences[0].text
    (2025, '主要举措和成效', '全年开展培训3次。')
    """
    with collector_paused():
        return _parse(text, source, encoding)


def _parse(text: str, source: str, encoding: str) -> Report:
    text = report_text(text)
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    starts, folded = line_starts(text), fold(text)
    lines = _lines(text, folded, starts)
    face = front.read(lines)
    if face.furniture:  # a portal page's furniture: neither title nor body
        lines = [_Line(ln.start, ln.end, ln.lead, "", "") if i in face.furniture else ln
                 for i, ln in enumerate(lines)]
    front_end = _front_end(lines)
    sig_start, signature, signing = _signature(lines, starts, text)
    meta_title, issuer, addressee = _front_matter(lines[:front_end], starts)
    fields = front.text_fields(face, lambda value, a, b: TextSpan(value, make_span(starts, a, b)))
    if meta_title is None and fields.get("title") is not None:
        meta_title = fields["title"]
        issuer = issuer or front.title_issuer(meta_title, _span(starts))
    addressee = addressee or fields.get("addressee")
    if meta_title is not None and (glued := front.glued(meta_title.text)):
        at = meta_title.span.start
        addressee = addressee or _span(starts)(glued.group(2), at + glued.start(2), at + glued.end(2))
        meta_title = TextSpan(glued.group(1), make_span(starts, at, at + glued.end(1)))
    issuer = front.choose_issuer(issuer, fields.get("publisher"), signature)
    drafts: list[_Draft] = []
    paragraphs: list[Paragraph] = []
    for ln in lines[front_end:sig_start]:
        if not ln.content:
            continue
        heading, body_start = _line_heading(ln, starts)
        if heading is not None:
            drafts.append(heading)
        if body_start < ln.end and text[body_start:ln.end].strip():
            para = _paragraph(text, folded, starts, body_start, ln.end)
            paragraphs.append(para)
            drafts.extend(_inline_headings(para, folded, starts))
    headings = _levels(drafts)
    quantities, rates, changes = extract(text, folded, starts)
    if meta_title is None and paragraphs:  # a covering letter: 现将《…报告》报送如下
        m = front.ENCLOSED.search(text, paragraphs[0].span.start, paragraphs[0].span.end)
        if m is not None:
            meta_title = TextSpan(m.group(1), make_span(starts, m.start(1), m.end(1)))
            issuer = issuer or front.title_issuer(meta_title, _span(starts))
    year, year_source = report_year(meta_title, paragraphs, folded, starts)
    if issuer is None and paragraphs:
        issuer = _opening_issuer(text, paragraphs, starts)
    published, written = face.date("published"), face.date("written")
    metadata = Metadata(title=meta_title, issuer=issuer, addressee=addressee, year=year,
                        year_source=year_source, signature=signature, signing_date=signing,
                        published=published[0] if published else None,
                        published_from="页面发布日期" if published else None,
                        publisher=fields.get("publisher"), document_number=fields.get("document_number"),
                        written=written[0] if written else None, index_number=fields.get("index_number"),
                        issuer_level=issuer_level(issuer.text if issuer else None))
    return Report(
        source=source, text=text, metadata=metadata, headings=tuple(headings),
        sections=_tree(headings, len(text) if sig_start >= len(lines) else lines[sig_start].start,
                       starts, text),
        paragraphs=tuple(paragraphs), dates=tuple(find_dates(text, folded, starts)), quantities=quantities,
        rates=rates, changes=changes, citations=extract_citations(text, starts), encoding=encoding,
        line_starts=starts)


def parse_source(source, published: _dt.date | None = None) -> Report:
    """Parse a read file (a ``Source``) with the publication date it carries, unless ``published``."""
    report = parse(source.text, source.path, source.encoding)
    if source.page_starts:
        report = evolve(report, page_starts=source.page_starts)
    date, where = (published, "--published") if published else (source.published, source.published_from)
    if date is None:
        return report
    return evolve(report, metadata=evolve(report.metadata, published=date, published_from=where))


class _Line:
    __slots__ = ("start", "end", "content", "folded", "lead")

    def __init__(self, start: int, end: int, lead: int, content: str, folded: str) -> None:
        self.start, self.end, self.lead = start, end, lead
        self.content, self.folded = content, folded


def _lines(text: str, folded: str, starts: tuple[int, ...]) -> list[_Line]:
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        lead = _LEAD.match(text, start, end).end()
        stop = lead + len(text[lead:end].rstrip(" \t\u3000\xa0"))
        out.append(_Line(start, end, lead, text[lead:stop], folded[lead:stop]))
    return out


def _is_body(ln: _Line) -> bool:
    c = ln.content
    return (len(c) > 60 or c[-1] in "。；;！!？?" or "现将" in c or "如下" in c
            or len(c) > 15 and ("，" in c or "," in c))  # titles and signatures have no commas


def _front_end(lines: list[_Line]) -> int:
    """Index of the first line that is body text or a heading."""
    seen = 0
    for i, ln in enumerate(lines):
        if not ln.content:
            continue
        seen += 1
        if seen > 6 or _is_body(ln) or _marker(ln.folded) is not None:
            return i
    return len(lines)


#: Characters a heading marker can start with (besides digits).
_MARKER_FIRST = frozenset(f"第({_CN}〔" + "".join(map(chr, range(0x2460, 0x2474))))


def _marker(folded: str) -> tuple[HeadingKind, str, int] | None:
    """The heading marker ``folded`` starts with: its kind, its number as written
    and where it ends."""
    if not folded or not (folded[0] in _MARKER_FIRST or folded[0].isdecimal()):
        return None  # most lines: no pattern can match
    m = _ANY_MARKER.match(folded)
    if m is None:
        return None
    i = m.lastindex - 1  # each alternative has one group, its number
    number = m.group(m.lastindex)
    if not (number[0] in _CN and to_int(number) is None):
        return _MARKERS[i][0], number, m.end()
    for kind, pattern in _MARKERS[i + 1:]:  # as the patterns one by one would go on
        m = pattern.match(folded)
        if m is None:
            continue
        if m.group(1)[0] in _CN and to_int(m.group(1)) is None:
            continue
        return kind, m.group(1), m.end()
    return None


def _front_matter(opening: list[_Line], starts: tuple[int, ...]):  # type: ignore[no-untyped-def]
    """Title, issuer and addressee from the lines before the body."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for ln in opening:
        if ln.content:
            current.append(ln)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    title = issuer = addressee = None
    for block in blocks:
        lines = list(block)
        if (addressee is None and len(lines) == 1 and lines[0].folded.endswith(":")
                and len(lines[0].content) <= 30 and not _TITLE_WORDS.search(lines[0].content)):
            ln = lines[0]
            addressee = TextSpan(ln.content[:-1], make_span(starts, ln.lead, ln.lead + len(ln.content) - 1))
            continue
        if title is None and _TITLE_WORDS.search("".join(ln.content for ln in lines)):
            if (len(lines) > 1 and not _TITLE_WORDS.search(lines[0].content)
                    and "年" not in lines[0].content and _ORG_SUFFIX.search(lines[0].content)):
                issuer = issuer or _text_span(lines[0], starts)
                lines = lines[1:]
            first, last = lines[0], lines[-1]
            title = TextSpan("".join(ln.content for ln in lines),
                             make_span(starts, first.lead, last.lead + len(last.content)))
            continue
        if issuer is None and title is None and len(lines) == 1 and _ORG_SUFFIX.search(lines[0].content):
            issuer = _text_span(lines[0], starts)
    if title is not None and issuer is None:
        issuer = front.title_issuer(title, _span(starts))
    return title, issuer, addressee


def _opening_issuer(text: str, paragraphs: list[Paragraph], starts: tuple[int, ...]) -> TextSpan | None:
    """The issuer the body names when nothing above it does: the subject of one of the
    opening sentences (2024年，某县坚持…), else the place the report speaks for."""
    for sentence in paragraphs[0].sentences[:3]:
        subject = front.opening_subject(sentence.text)
        if subject is not None:
            at = sentence.span.start + subject[1]
            return TextSpan(subject[0], make_span(starts, at, at + len(subject[0])))
    named = self_named(text, paragraphs[0].span.start)
    return TextSpan(named[0], make_span(starts, named[1], named[2])) if named else None


def _span(starts: tuple[int, ...]):  # type: ignore[no-untyped-def]
    return lambda text, a, b: TextSpan(text, make_span(starts, a, b))


def _text_span(ln: _Line, starts: tuple[int, ...]) -> TextSpan:
    return TextSpan(ln.content, make_span(starts, ln.lead, ln.lead + len(ln.content)))


def _signature(lines: list[_Line], starts: tuple[int, ...], text: str):  # type: ignore[no-untyped-def]
    """The signing organisation and date at the end, and the index where they start."""
    idx = [i for i, ln in enumerate(lines) if ln.content]
    if not idx:
        return len(lines), None, None
    sig_start = len(lines)
    signature = signing = None
    for pos in reversed(idx[-3:]):
        ln = lines[pos]
        m = DATE.fullmatch(ln.folded)
        if m and signing is None and signature is None and (m.group("d") or m.group("d2")):
            signing = date_mention(m, ln.lead, starts, text)
            if signing is not None:
                sig_start = pos
                continue
        if (signature is None and len(ln.content) <= 30 and ln.content[-1] not in _TERMINAL
                and _ORG_SUFFIX.search(ln.content) and _marker(ln.folded) is None
                and not looks_like_content_heading(ln.content)):
            signature = _text_span(ln, starts)
            sig_start = pos
            continue
        break
    return sig_start, signature, signing


#: A heading before its level is known: the fields of :class:`Heading` but ``level``.
_Draft = tuple


def _line_heading(ln: _Line, starts: tuple[int, ...]) -> tuple[_Draft | None, int]:
    """The heading a line starts with, and where its body text begins."""
    found = _marker(ln.folded)
    if found is None:
        if (len(ln.content) <= 30 and ln.content[-1] not in _TERMINAL
                and looks_like_content_heading(ln.content)):
            span = make_span(starts, ln.lead, ln.lead + len(ln.content))
            return (HeadingKind.UNNUMBERED, None, "", ln.content, span, span, False), ln.end
        return None, ln.lead
    kind, written, marker_end = found
    if kind is HeadingKind.INLINE:
        return None, ln.lead
    number = to_int(written) if kind is not HeadingKind.CIRCLED else ord(written) - 0x245F
    title_start = ln.lead + marker_end
    end = _TITLE_END.search(ln.folded, marker_end)
    title_len = (end.start() if end else len(ln.folded)) - marker_end
    body_start = ln.lead + (end.end() if end else len(ln.folded))
    title = ln.content[marker_end:marker_end + title_len].strip()
    heading = (kind, number, ln.content[:marker_end].strip(), title,
               make_span(starts, ln.lead, title_start + title_len),
               make_span(starts, title_start, title_start + title_len), False)
    return heading, body_start


def _paragraph(text: str, folded: str, starts: tuple[int, ...], start: int, end: int) -> Paragraph:
    while start < end and text[start] in " \t\u3000\xa0":
        start += 1
    line = bisect.bisect_right(starts, start)  # a paragraph is one line
    first = starts[line - 1]
    sentences = []
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.span(1)
        if s < e:
            sentences.append(Sentence(text[s:e], line_span(line, first, s, e)))
    return Paragraph(text[start:end], line_span(line, first, start, end), tuple(sentences))


def _inline_headings(para: Paragraph, folded: str, starts: tuple[int, ...]) -> list[_Draft]:
    """一是…二是… enumerations inside a paragraph, if they count up from 一是."""
    if "是" not in para.text:
        return []
    base = para.span.start
    local = folded[base:para.span.end]
    found = []
    expected = 1
    for m in _INLINE_IN_TEXT.finditer(local):
        if to_int(m.group(1)) != expected:
            continue
        expected += 1
        end = _INLINE_TITLE_END.search(local, m.end(), m.end() + 40)
        title_end = end.start() if end else min(len(local), m.end() + 40)
        found.append((
            HeadingKind.INLINE, expected - 1, para.text[m.start(1):m.end()],
            para.text[m.end():title_end],
            make_span(starts, base + m.start(1), base + title_end),
            make_span(starts, base + m.end(), base + title_end), True))
    return found if len(found) >= 2 else []


def _levels(drafts: list[_Draft]) -> list[Heading]:
    """Give each heading its depth: numbering styles in conventional order, top-level
    unnumbered headings at 1, inline enumerations one below their container."""
    present = sorted({d[0] for d in drafts if d[0] in _RANK}, key=_RANK.index)
    rank = {kind: i + 1 for i, kind in enumerate(present)}
    out: list[Heading] = []
    container = 0
    for kind, number, marker, title, span, title_span, inline in sorted(drafts, key=lambda d: d[4].start):
        if inline:
            level = container + 1
        elif kind is HeadingKind.UNNUMBERED:
            level = 1
            container = level
        else:
            level = rank[kind]
            container = level
        out.append(Heading(kind, number, marker, title, span, title_span, level, inline))
    return out


def _tree(headings: list[Heading], end: int, starts: tuple[int, ...], text: str) -> tuple[Section, ...]:
    """Nest headings into sections; each ends where the next heading of the same or a
    higher level starts (inline ones also at the end of their line)."""

    following = [len(text)] * len(headings)
    open_: list[int] = []
    for idx, h in enumerate(headings):
        while open_ and headings[open_[-1]].level >= h.level:
            following[open_.pop()] = h.span.start
        open_.append(idx)

    def build(i: int, limit: int) -> tuple[list[Section], int]:
        items: list[Section] = []
        while i < len(headings):
            h = headings[i]
            if h.span.start >= limit:
                break
            stop = limit
            if h.inline:
                nl = text.find("\n", h.span.start)
                stop = min(stop, nl if nl != -1 else len(text))
            stop = min(stop, following[i])
            children, j = build(i + 1, stop)
            body_end = stop
            while body_end > h.span.start and text[body_end - 1] in " \t\n\u3000":
                body_end -= 1
            items.append(Section(h, make_span(starts, h.span.start, body_end), tuple(children)))
            i = j
        return items, i

    sections, _ = build(0, end)
    return tuple(sections)
