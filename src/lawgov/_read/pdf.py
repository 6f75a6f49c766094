"""PDF: the text layer in reading order, with the page each part came from.

PDFium (pypdfium2, a binary wheel with no other dependency; docs/formats.md has the
measures) extracts each page's text; it reads CJK fonts through their ToUnicode maps
and CID encodings. What a page
adds that the report does not have is taken out: running headers and footers (lines
repeated at the top or bottom of most pages) and page numbers (— 3 —, 第3页, 3/12).
Lines that a page's width broke are joined back into their paragraph, also across a
page break, so sentences and numbered headings read as they were written.
"""

from __future__ import annotations

import regex

from .._util.text import Pattern, display_width

from .._errors import InputProblem
from .source import Source, extracted

#: More pages than any annual report has (they run to 5–40).
MAX_PAGES = 1000
_PAGE_NUMBER = Pattern(
    r"^\s*(?:[—\-－–~·.\s]*\d{1,4}[—\-－–~·.\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[-—]\s*[一二三四五六七八九十百]+\s*[-—])\s*$")
#: A line that is a whole title (关于…的报告): it fills the width but runs on into nothing.
_TITLE = Pattern(r"^[^，。；：、,;:]*(?:报告|情况|总结|工作要点)$")
_HEADING_START = Pattern(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[.．、](?!\d)"
    r"|[①-⑳]|第[一二三四五六七八九十]+[部章节])")


class PdfProblem(Exception):
    """A PDF that cannot be read: ``kind`` is ``corrupt``, ``encrypted``, ``limit``, ``too-many-pages``
    or ``no-text`` (a scan without a text layer)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def pdf_text(raw: bytes) -> tuple[str, tuple[int, ...]]:
    """The text of a PDF and the offset at which each page's text starts.

    :raises PdfProblem: the file is corrupt, encrypted, too long or has no text layer.
    """
    pages = _pages(raw)
    if not any(p.strip() for p in pages):
        raise PdfProblem("no-text", f"{len(pages)} page(s)")
    return join(clean(pages))


#: Largest decompressed stream (a report's page content is a few KB; fonts a few MB).
MAX_STREAM = 16 * 1024 * 1024
_STREAM = Pattern(rb"stream\r?\n")
_OBJECT = Pattern(rb"\d+\s+\d+\s+obj\b")
_IMAGE = Pattern(rb"/Subtype\s*/Image")


def _inflation_within_limits(raw: bytes) -> None:
    """Refuse a PDF with a compressed stream (other than an image, which text
    extraction does not decode) that inflates beyond :data:`MAX_STREAM`, before PDFium
    spends seconds and hundreds of MB on it.

    :raises PdfProblem: ``limit``, with the limit in MB.
    """
    import zlib

    for match in _STREAM.finditer(raw):
        head = raw[max(0, match.start() - 2048):match.start()]
        objects = list(_OBJECT.finditer(head))
        if _IMAGE.search(head, objects[-1].end() if objects else 0):
            continue
        inflate = zlib.decompressobj()
        try:
            inflated = inflate.decompress(raw[match.end():match.end() + MAX_STREAM], MAX_STREAM + 1)
            while len(inflated) <= MAX_STREAM and inflate.unconsumed_tail and not inflate.eof:
                inflated += inflate.decompress(inflate.unconsumed_tail, MAX_STREAM + 1 - len(inflated))
        except zlib.error:
            continue  # not a Flate stream, or a damaged one: PDFium judges it
        if len(inflated) > MAX_STREAM:
            raise PdfProblem("limit", str(MAX_STREAM >> 20))


def _pages(raw: bytes) -> list[str]:
    """The text of each page, as PDFium extracts it (docs/formats.md says why PDFium)."""
    import pypdfium2 as pdfium

    _inflation_within_limits(raw)
    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfProblem("encrypted") from None
        raise PdfProblem("corrupt", str(exc)) from None
    try:
        if len(pdf) > MAX_PAGES:
            raise PdfProblem("too-many-pages", str(len(pdf)))
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage()
            # a lone surrogate (a broken ToUnicode map) becomes U+FFFD, visible and harmless
            texts.append(text.get_text_range(errors="replace").replace("\r\n", "\n").replace("\r", "\n"))
            text.close()
            page.close()
        return texts
    except pdfium.PdfiumError as exc:
        raise PdfProblem("corrupt", str(exc)) from None
    finally:
        pdf.close()


def _shape(line: str) -> str:
    """A line with its digits blurred, to recognise running headers that number pages."""
    return regex.sub(r"\d+", "#", "".join(line.split()))


def clean(pages: list[str]) -> list[list[str]]:
    """Each page's lines without page numbers and running headers or footers.

    >>> clean(["— 1 —\\n示例镇文件\\n正文一", "— 2 —\\n示例镇文件\\n正文二"])
    [['正文一'], ['正文二']]
    """
    lines = [[ln.strip() for ln in p.split("\n") if ln.strip()] for p in pages]
    edges = {}
    for page in lines:
        for shape in {_shape(ln) for ln in page[:3] + page[-3:]}:
            edges[shape] = edges.get(shape, 0) + 1
    running = {s for s, n in edges.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2 + 1)}
    out = []
    for page in lines:
        keep = []
        for i, ln in enumerate(page):
            at_edge = i < 3 or i >= len(page) - 3
            if at_edge and (_PAGE_NUMBER.match(ln) or _shape(ln) in running):
                continue
            keep.append(ln)
        out.append(keep)
    return out


def join(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """One text from the pages' lines: a line that fills the width of the text runs
    on into the next line (on the next page too), unless that line opens a heading."""
    widths = sorted(display_width(ln) for page in pages for ln in page if display_width(ln) >= 20)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    wrapped = False
    for page in pages:
        starts.append(length)
        for i, ln in enumerate(page):
            if parts and not (wrapped and not _HEADING_START.match(ln)):
                parts.append("\n")
                length += 1
            if i == 0:
                starts[-1] = length
            parts.append(ln)
            length += len(ln)
            # a full line runs on even when it ends a sentence: sentences end at the
            # margin far more often than paragraphs do
            wrapped = bool(full) and display_width(ln) >= 0.85 * full and not _TITLE.search(ln)
    return "".join(parts) + "\n", tuple(starts)


def pdf_source(path: str, raw: bytes) -> Source:
    try:
        text, starts = pdf_text(raw)
    except PdfProblem as problem:
        zh, en, code = {
            "encrypted": ("PDF 文件已加密，无法读取文字", "the PDF is encrypted; its text cannot be read",
                          "LG007"),
            "limit": (f"PDF 中的压缩数据解压后超过 {problem.detail} MB，不像是一份正常的报告文件，已拒绝读取",
                      f"a compressed stream of the PDF inflates beyond {problem.detail} MB (Limit): "
                      "not a normal report file", "LG007"),
            "too-many-pages": (f"PDF 页数过多（{problem.detail} 页），不像是一份年度报告",
                               f"the PDF has too many pages ({problem.detail}) for an annual report",
                               "LG004"),
            "no-text": ("PDF 没有文字层（可能是扫描件），lawgov 不做文字识别；请使用原始电子文档或带文字层的 PDF",
                        "the PDF has no text layer (a scan?); lawgov does no OCR: use the original "
                        "document or a PDF with text", "LG008"),
        }.get(problem.kind, (f"PDF 文件损坏，无法读取（{problem.detail}）",
                             f"corrupt PDF, cannot be read ({problem.detail})", "LG007"))
        raise InputProblem(code, path, zh, en) from None
    return extracted(path, text, "pdf", page_starts=starts)
