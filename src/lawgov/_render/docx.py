"""Word with comments (批注): each finding a comment at its place, as a reviewer marks
a draft. For a report read from a .docx, the output is that document with the
comments added and nothing else changed: the comment marks go between its runs, every
other byte of its paragraphs stays. For any other input, and for several reports, a
plain document of the text, a paragraph a line.

Findings about the whole report (a missing part) are comments on the title, or on the
first paragraph with text.
"""

from __future__ import annotations

import bisect
import html
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from .._model import FileResult, Finding
from . import evidence
from .base import Format, RenderContext

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_NAME = re.compile(r"</?([\w:.-]+)")


class _Run:
    """A run of document.xml: its first and last token, and the text range it holds."""

    __slots__ = ("first", "last", "start", "end")

    def __init__(self, first: int, start: int) -> None:
        self.first, self.last, self.start, self.end = first, first, start, start


def _runs(tokens: list[str]) -> tuple[str, list[_Run], list[tuple[int, int]]] | None:
    """The text our .docx reader gives for these tokens, the runs with their text
    ranges, and each paragraph's range; None for a layout this mapping does not
    follow (a paragraph inside a paragraph)."""
    lines: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    runs: list[_Run] = []
    current: list[str] | None = None
    offset = 0  # where the current paragraph starts in the text
    length = 0  # and how long it is so far
    run: _Run | None = None
    in_text = False
    for i, tok in enumerate(tokens):
        if tok[0] != "<":
            if in_text and current is not None:
                piece = html.unescape(tok)
                current.append(piece)
                length += len(piece)
                if run is not None:
                    run.end += len(piece)
            continue
        m = _NAME.match(tok)
        name = m.group(1) if m else ""
        closing, empty = tok.startswith("</"), tok.endswith("/>")
        if name == "w:p":
            if closing or empty:
                if current is None and closing:
                    return None
                text = "".join(current or [])
                lines.append(text)
                paragraphs.append((offset, offset + len(text)))
                offset += len(text) + 1
                current = None
            elif current is not None:
                return None  # a paragraph inside a paragraph (a text box)
            else:
                current, length = [], 0
        elif name == "w:r" and current is not None:
            if closing:
                if run is not None:
                    run.last = i
                    runs.append(run)
                run = None
            elif not empty:
                run = _Run(i, offset + length)
        elif name == "w:t":
            in_text = not closing and not empty
        elif current is not None and (closing or empty) and name in ("w:tab", "w:br", "w:cr"):
            piece = "\t" if name == "w:tab" else "\n"
            current.append(piece)
            length += 1
            if run is not None:
                run.end += 1
    return "\n".join(lines), runs, paragraphs


def _comment(n: int, f: Finding, lang: str) -> str:
    en = lang == "en"
    lines = [f"{f.code} {f.severity.label if en else f.severity.label_zh}：{f.text(lang)}" if not en
             else f"{f.code} {f.severity.label}: {f.text(lang)}"]
    hint = f.suggestion_text(lang)
    if hint:
        lines.append(("Suggestion: " if en else "建议：") + hint)
    for key, value in f.evidence.items():
        lines.append(f"{evidence.label(key, lang)}{': ' if en else '：'}{evidence.value(key, value, lang)}")
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    return f'<w:comment w:id="{n}" w:author="lawgov" w:initials="LG">{paras}</w:comment>'


def _anchor(f: Finding, runs: list[_Run], title: tuple[int, int],
            starts: list[int], ends: list[int]) -> tuple[_Run, _Run] | None:
    """The first and last run a finding's span touches (the title's for a finding
    without one). Runs follow each other in the text: ``starts`` and ``ends`` are
    their ranges' ends, in order, to be searched by halves."""
    start, end = (f.span.start, max(f.span.end, f.span.start + 1)) if f.span else title
    first, last = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end) - 1
    if first <= last:
        return runs[first], runs[last]
    for r in runs[bisect.bisect_left(ends, start):]:  # the run the span's start is at the end of
        if r.start > start:
            break
        if r.end > r.start:
            return r, r
    return None


def _annotate(xml: str, findings: Sequence[Finding], title_span, lang: str,
              expected_text: str | None, first_id: int) -> tuple[str, list[str]] | None:
    """document.xml with comment marks around each finding's runs, and the comments;
    None when the document's text is not the text that was checked."""
    tokens = _TOKEN.findall(xml)
    mapped = _runs(tokens)
    if mapped is None:
        return None
    text, runs, paragraphs = mapped
    if expected_text is not None and text != expected_text:
        return None
    if title_span is None:
        title_span = next(((a, b) for a, b in paragraphs if text[a:b].strip()), (0, 0))
    before: dict[int, list[str]] = {}
    after: dict[int, list[str]] = {}
    comments = []
    n = first_id
    starts, ends = [r.start for r in runs], [r.end for r in runs]
    for f in sorted(findings, key=Finding.severity_key):
        where = _anchor(f, runs, title_span, starts, ends)
        if where is None:
            continue
        first, last = where
        before.setdefault(first.first, []).append(f'<w:commentRangeStart w:id="{n}"/>')
        after.setdefault(last.last, []).append(
            f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>')
        comments.append(_comment(n, f, lang))
        n += 1
    out = []
    for i, tok in enumerate(tokens):
        out.extend(before.get(i, ()))
        out.append(tok)
        out.extend(after.get(i, ()))
    return "".join(out), comments


def _comments_part(existing: str | None, comments: list[str]) -> str:
    if existing and "</w:comments>" in existing:
        return existing.replace("</w:comments>", "".join(comments) + "</w:comments>", 1)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:comments xmlns:w="{_W_NS}">{"".join(comments)}</w:comments>')


def commented_docx(original: bytes, findings: Sequence[Finding], *, text: str | None = None,
                   title_span: tuple[int, int] | None = None, lang: str = "zh") -> bytes | None:
    """``original`` (a .docx) with a comment for each finding; None when its text is
    not ``text`` (the text that was checked), so offsets would not match."""
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
        infos = zf.infolist()
    document = parts["word/document.xml"].decode("utf-8")
    existing = parts.get("word/comments.xml", b"").decode("utf-8") or None
    ids = [int(x) for x in re.findall(r'w:id="(\d+)"', (existing or "") + document)]
    done = _annotate(document, findings, title_span, lang, text, max(ids, default=-1) + 1)
    if done is None:
        return None
    xml, comments = done
    parts["word/document.xml"] = xml.encode("utf-8")
    parts["word/comments.xml"] = _comments_part(existing, comments).encode("utf-8")
    rels_name = "word/_rels/document.xml.rels"
    rels = parts.get(rels_name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                     b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    if _COMMENTS_TYPE.encode() not in rels:
        rels = rels.replace(b"</Relationships>", (
            f'<Relationship Id="rIdLawgovComments" Type="{_COMMENTS_TYPE}" Target="comments.xml"/>'
            "</Relationships>").encode())
    parts[rels_name] = rels
    types = parts.get("[Content_Types].xml", _CONTENT_TYPES)
    if b"/word/comments.xml" not in types:
        types = types.replace(b"</Types>", (f'<Override PartName="/word/comments.xml" '
                                            f'ContentType="{_COMMENTS_MEDIA}"/></Types>').encode())
    parts["[Content_Types].xml"] = types
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        known = {i.filename: i for i in infos}
        for name in [*known, *(n for n in parts if n not in known)]:
            info = known.get(name) or zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            dst.writestr(info, parts[name], info.compress_type if name in known else zipfile.ZIP_DEFLATED)
    return out.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>")
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>')


def plain_docx(text: str, cuts: Sequence[int] = ()) -> bytes:
    """A plain .docx of ``text``: a paragraph a line, runs split at ``cuts`` (text
    offsets) so that comments can be anchored exactly there."""
    points = sorted(set(cuts))
    paras, offset = [], 0
    for line in text.split("\n"):
        inner = [p - offset for p in points if offset < p < offset + len(line)]
        pieces = [line[a:b] for a, b in zip([0, *inner], [*inner, len(line)])]
        runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r>' for p in pieces if p)
        paras.append(f"<w:p>{runs}</w:p>")
        offset += len(line) + 1
    return package("".join(paras))


def package(body: str) -> bytes:
    """A minimal .docx whose body is ``body`` (WordprocessingML paragraphs and tables)."""
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _PACKAGE_RELS),
                           ("word/document.xml", document.encode("utf-8"))):
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _title_span(result) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    title = result.report.metadata.title
    return (title.span.start, title.span.end) if title is not None and title.span is not None else None


def render_docx(files: Sequence[FileResult], lang: str = "zh",
                originals: Mapping[str, bytes] | None = None) -> bytes:
    """The reports as Word documents with comments: the original document for a single
    report read from a .docx (its bytes from ``originals`` by display path, else read
    from the path), else a plain document (several reports one after another)."""
    checked = [f for f in files if f.result is not None]
    if len(checked) == 1 and checked[0].path.lower().endswith(".docx"):
        f = checked[0]
        try:
            original = (originals or {}).get(f.path)
            if original is None:
                with open(f.path, "rb") as fh:
                    original = fh.read()
            done = commented_docx(original, f.findings, text=f.result.report.text,
                                  title_span=_title_span(f.result), lang=lang)
        except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
            done = None
        if done is not None:
            return done
    texts, findings, offset = [], [], 0
    for f in checked:
        text = f.result.report.text
        if len(checked) > 1:
            text = f"【{f.path}】\n{text}"
        shift = offset + (len(text) - len(f.result.report.text))
        findings += [_shifted(x, shift) for x in f.findings]
        texts.append(text)
        offset += len(text) + 1
    whole = "\n".join(texts)
    cuts = [p for x in findings if x.span for p in (x.span.start, x.span.end)]
    done = commented_docx(plain_docx(whole, cuts), findings, text=whole, lang=lang)
    assert done is not None  # our own document maps onto its own text
    return done


def _shifted(f: Finding, by: int) -> Finding:
    """A finding whose span is moved ``by`` characters (its report's place in a
    document of several)."""
    if f.span is None or by == 0:
        return f
    import attrs

    return attrs.evolve(f, span=attrs.evolve(f.span, start=f.span.start + by, end=f.span.end + by))


class Docx(Format):
    name = "docx"
    binary = True
    streamable = False

    def render(self, files: Sequence[FileResult], ctx: RenderContext) -> bytes:
        return render_docx(files, ctx.lang, ctx.originals)


FORMAT = Docx()
