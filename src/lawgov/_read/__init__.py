"""Reading input files: bytes to text, with every problem named as an LG0xx code.

Encodings are detected without a dependency: a byte-order mark, then strict UTF-8,
then UTF-16 without a mark, then strict GB18030 (a superset of GBK and GB2312),
then whichever of UTF-8 and GB18030 needs fewer replacement characters.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import stat
import sys

from attrs import evolve, frozen

from .._errors import InputProblem

#: Default largest input accepted, in bytes. Real reports are 5–60 KB as text and a
#: few MB as .docx; 20 MB leaves room for pictures inside a .docx.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Largest decoded text accepted, in characters (about 100 times a long report),
#: which bounds the time a hostile file can take.
MAX_CHARS = 2_000_000

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@frozen
class Source:
    """Decoded input: the text (line endings normalised to ``\\n``), the encoding
    it was read with, and how many undecodable bytes were replaced."""

    path: str
    text: str
    encoding: str
    replaced: int = 0
    #: The publication date the file itself carries (a web page's PubDate), and where
    #: it was read.
    published: _dt.date | None = None
    published_from: str | None = None
    #: For a PDF, the offset in ``text`` at which each page starts.
    page_starts: tuple[int, ...] = ()


def read(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode ``path`` (``"-"`` reads standard input).

    :raises InputProblem: the file is missing, unreadable, empty, too large, binary
        or undecodable.
    """
    if path.lower().startswith(("http://", "https://")):  # _fetch (urllib) only for URLs
        return _url_source(path, max_bytes)
    return _from_bytes(path, _read_bytes(path, max_bytes), path.lower())


def _from_bytes(path: str, raw: bytes, lower: str) -> Source:
    """Decode ``raw`` by its format: ``lower`` is the lower-cased name it came by."""
    if lower.endswith(".docx"):
        return _extracted(path, _docx_text(path, raw), "docx")
    if raw.lstrip()[:5] == b"%PDF-" or lower.endswith(".pdf"):
        return _pdf_source(path, raw)
    if lower.endswith((".doc", ".wps")):
        return _legacy_source(path, raw)
    if lower.endswith(HTML_SUFFIXES) or looks_like_html(raw):
        return _html_source(path, raw)
    return decode(raw, path)


def _pdf_source(path: str, raw: bytes) -> Source:
    from .pdf import PdfProblem, pdf_text

    try:
        text, starts = pdf_text(raw)
    except PdfProblem as problem:
        zh, en, code = {
            "encrypted": ("PDF 文件已加密，无法读取文字", "the PDF is encrypted; its text cannot be read",
                          "LG007"),
            "too-many-pages": (f"PDF 页数过多（{problem.detail} 页），不像是一份年度报告",
                               f"the PDF has too many pages ({problem.detail}) for an annual report",
                               "LG004"),
            "no-text": ("PDF 没有文字层（可能是扫描件），lawgov 不做文字识别；请使用原始电子文档或带文字层的 PDF",
                        "the PDF has no text layer (a scan?); lawgov does no OCR: use the original "
                        "document or a PDF with text", "LG008"),
        }.get(problem.kind, (f"PDF 文件损坏，无法读取（{problem.detail}）",
                             f"corrupt PDF, cannot be read ({problem.detail})", "LG007"))
        raise InputProblem(code, path, zh, en) from None
    return _extracted(path, text, "pdf", page_starts=starts)


def _legacy_source(path: str, raw: bytes) -> Source:
    from .legacy_word import ConversionFailed, NoConverter, legacy_text

    if path == "-" or not os.path.isfile(path):
        # fetched or piped: a converter needs a file, written where only we read it
        import tempfile

        with tempfile.TemporaryDirectory(prefix="lawgov-") as tmp:
            copy = os.path.join(tmp, "report" + os.path.splitext(path.lower())[1])
            with open(copy, "wb") as fh:
                fh.write(raw)
            return evolve(_legacy_source(copy, raw), path=path)
    try:
        text, tool = legacy_text(path)
    except NoConverter:
        raise InputProblem(
            "LG006", path,
            "读取 .doc/.wps 需要本机安装转换程序：.doc 可安装 antiword 或 catdoc（如 apt-get install antiword），"
            ".doc 和 .wps 均可安装 LibreOffice；也可在 Word 或 WPS 中另存为 .docx 后再检查",
            "reading .doc/.wps needs a converter on this machine: antiword or catdoc for .doc "
            "(e.g. apt-get install antiword), LibreOffice for .doc and .wps; or save the report "
            "as .docx in Word or WPS") from None
    except ConversionFailed as exc:
        raise InputProblem("LG007", path, f"文件无法转换为文本（{exc}）",
                           f"the file could not be converted to text ({exc})") from None
    return _extracted(path, text, tool)


#: A page whose article is shorter than this and that links a document only wraps it.
_WRAPPER_CHARS = 300


def _url_source(url: str, max_bytes: int) -> Source:
    from .url import FetchProblem, document_link, fetch

    def get(address: str) -> tuple[bytes, str, str]:
        try:
            return fetch(address, max_bytes)
        except FetchProblem as problem:
            raise InputProblem("LG009", url, f"无法获取网址 {address}：{problem}",
                               f"cannot fetch {address}: {problem}") from None

    import urllib.parse

    raw, final, kind = get(url)
    name = urllib.parse.urlsplit(final).path.lower()
    if kind == "application/pdf":
        name += ".pdf"
    elif "wordprocessingml" in kind:
        name += ".docx"
    elif kind in ("text/html", "application/xhtml+xml"):
        name += ".html"
    source = _from_bytes(url, raw, name)
    if name.endswith(".html") and len(source.text) < _WRAPPER_CHARS:
        from . import html as _html

        declared = _html.charset(raw)
        link = document_link(raw.decode(declared or "utf-8", errors="replace"), final)
        if link is not None:
            raw, final, kind = get(link)
            attached = _from_bytes(url, raw, urllib.parse.urlsplit(final).path.lower())
            source = evolve(attached, published=source.published, published_from=source.published_from)
    return source


def looks_like_html(raw: bytes) -> bool:
    """Whether bytes are a web page whatever the file is called.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>"), looks_like_html(b"report")
    (True, False)
    """
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and (b"<html" in head or b"<body" in head)


#: File names read as web pages (any input that sniffs as HTML is read as one too).
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def _html_source(path: str, raw: bytes) -> Source:
    from . import html as _html

    declared = _html.charset(raw)
    page_text = raw.decode(declared, errors="replace") if declared else decode(raw, path).text
    try:
        text, page = _html.extract(page_text)
    except ImportError:
        raise InputProblem("LG006", path, "读取网页需要 selectolax：pip install selectolax",
                           "reading web pages needs selectolax: pip install selectolax") from None
    except ValueError as exc:
        raise InputProblem("LG007", path, f"网页结构异常，已拒绝读取（{exc}）",
                           f"suspicious web page, refused ({exc})") from None
    return _extracted(path, text, f"html/{declared or 'detected'}", published=page.published,
                      published_from=page.published_from)


def _extracted(path: str, text: str, encoding: str, **extra) -> Source:  # type: ignore[no-untyped-def]
    """A source from text a reader extracted: line endings normalised, not empty, not
    beyond the length limit."""
    text = _normalise(text)
    if _blank(text):
        raise InputProblem("LG003", path, "文件中没有可检查的文字", "the file holds no text to check")
    _check_length(path, text)
    return Source(path, text, encoding, **extra)


def _bounded_read(fh, max_bytes: int) -> bytes:  # type: ignore[no-untyped-def]
    """At most ``max_bytes + 1`` bytes, read in 1 MB chunks (asking for the whole limit
    at once would allocate it for every file, however small)."""
    chunks, size = [], 0
    while size <= max_bytes and (chunk := fh.read(min(1 << 20, max_bytes + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = _bounded_read(sys.stdin.buffer, max_bytes)
    else:
        try:
            if os.path.isdir(path):
                raise InputProblem("LG001", path, "目录中没有可检查的报告文件，或目录无法读取",
                                   "the directory holds no report file, or cannot be read")
            if not stat.S_ISREG(os.stat(path).st_mode):
                raise InputProblem("LG001", path, "不是普通文件（管道、设备等），不读取",
                                   "not a regular file (a pipe, a device…); not read")
            with open(path, "rb") as fh:
                data = _bounded_read(fh, max_bytes)
        except FileNotFoundError:
            raise InputProblem("LG001", path, "文件不存在", "no such file") from None
        except OSError as exc:
            raise InputProblem("LG001", path, f"无法读取文件：{exc.strerror}",
                               f"cannot read the file: {exc.strerror}") from None
    if len(data) > max_bytes:
        raise InputProblem(
            "LG004", path, f"文件超过 {max_bytes} 字节的大小上限（可用 --max-bytes 调整）",
            f"the file is larger than the limit of {max_bytes} bytes (see --max-bytes)")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputProblem("LG003", path, "文件为空，没有可检查的内容", "the file is empty")
    return data


def decode(raw: bytes, path: str = "<bytes>") -> Source:
    """Decode report bytes, trying the encodings Chinese government files use.

    >>> decode("报告".encode("gb18030")).encoding
    'gb18030'
    """
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(enc, errors="replace")
            return _checked(path, text, enc)
    try:
        return _checked(path, raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            # a file cut in the middle of its last character
            return _checked(path, raw[:exc.start].decode("utf-8"), "utf-8", 1)
    utf16 = _guess_utf16(raw)
    if utf16:
        return _checked(path, raw.decode(utf16, errors="replace"), utf16)
    if b"\x00" in raw:
        raise _binary(path)
    try:
        return _checked(path, raw.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    as_utf8 = raw.decode("utf-8", errors="replace")
    as_gb = raw.decode("gb18030", errors="replace")
    bad_utf8, bad_gb = as_utf8.count("\ufffd"), as_gb.count("\ufffd")
    if bad_utf8 <= max(2, len(as_utf8) // 200) and bad_utf8 <= bad_gb:
        return _checked(path, as_utf8, "utf-8", bad_utf8)
    return _checked(path, as_gb, "gb18030", bad_gb)


def _guess_utf16(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the endianness whose first 4 KB read as
    plausible text (Chinese text in UTF-16 need not hold a single NUL byte)."""
    if len(raw) < 4:
        return None
    head = raw[:4096 - (4096 % 2)]
    for enc in ("utf-16-le", "utf-16-be"):
        sample = head[: len(head) - len(head) % 2].decode(enc, errors="replace")
        good = sum(1 for c in sample if _plausible(c))
        if sample and good / len(sample) > 0.95 and len(set(sample)) >= min(20, len(sample) // 10):
            return enc
    return None


def _plausible(ch: str) -> bool:
    cp = ord(ch)
    return (0x20 <= cp < 0x7F or ch in "\r\n\t" or 0x4E00 <= cp <= 0x9FFF
            or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F)


def _binary(path: str) -> InputProblem:
    return InputProblem("LG002", path, "这是二进制文件，不是文本报告",
                        "this is a binary file, not a text report")


def _checked(path: str, text: str, encoding: str, replaced: int | None = None) -> Source:
    text = _normalise(text)
    if replaced is None:
        replaced = text.count("\ufffd")
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise _binary(path)
    if replaced and replaced > max(16, len(text) // 20):
        raise InputProblem(
            "LG005", path, f"无法识别文件编码：{replaced} 个字符无法解码",
            f"cannot decode the file: {replaced} characters are undecodable")
    if _blank(text):
        raise InputProblem("LG003", path, "文件为空，没有可检查的内容", "the file is empty")
    _check_length(path, text)
    return Source(path, text, encoding, replaced)


#: Control characters that do not occur in text (all below U+0020 but \t \n \v \f).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\r]")
#: Characters that show nothing: zero-width spaces and joiners, word joiner, BOM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _blank(text: str) -> bool:
    """Whether a text shows nothing (spaces of any width, NBSP and U+3000 included).

    >>> _blank("\u3000\xa0\u200b "), _blank("无")
    (True, False)
    """
    shown = text.strip()
    if not shown or shown[0] not in _INVISIBLE:
        return not shown  # the usual answer, without a pass over the text
    return not shown.translate({ord(c): None for c in _INVISIBLE}).strip()


def _check_length(path: str, text: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputProblem(
            "LG004", path, f"文本超过 {MAX_CHARS} 个字符，不像是一份年度报告，已拒绝检查",
            f"the text is longer than {MAX_CHARS} characters, far beyond any annual report")


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- .docx -------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Limits checked on the zip directory before anything is inflated (zip bombs).
_ZIP_MAX_ENTRIES = 2000
_ZIP_MAX_MEMBER = 50 * 1024 * 1024
_ZIP_MAX_RATIO = 200


def _docx_text(path: str, raw: bytes) -> str:
    """Paragraph text of a .docx, one paragraph per line, tables cell by cell.

    The document part is inflated in bounded chunks (a zip directory may lie about
    sizes), only stored or deflated members are accepted, and the XML is read as a
    stream with a nesting limit, so hostile files cost bounded time and memory."""
    def corrupt(why: str, why_en: str) -> InputProblem:
        return InputProblem("LG007", path, f".docx 文件{why}", f"{why_en}")

    import zipfile  # deferred, like every reader a .txt does not need

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
            member = next((i for i in infos if i.filename == "word/document.xml"), None)
            if member is None:
                raise corrupt("损坏：缺少正文部分", "corrupt .docx: the document part is missing")
            if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise corrupt("使用了不支持的压缩方式，已拒绝读取",
                              f"the .docx uses an unsupported compression ({member.compress_type}); refused")
            if member.flag_bits & 0x1:
                raise corrupt("已加密，无法读取", "the .docx is encrypted and cannot be read")
            if len(infos) > _ZIP_MAX_ENTRIES or member.file_size > _ZIP_MAX_MEMBER:
                raise corrupt("异常（解压后过大），已拒绝读取", "suspicious .docx (inflates too much); refused")
            xml = bytearray()
            with zf.open(member) as fh:
                while chunk := fh.read(1 << 20):
                    xml += chunk
                    if len(xml) > _ZIP_MAX_MEMBER or len(xml) > _ZIP_MAX_RATIO * max(
                            member.compress_size, 1) and len(xml) > 1024 * 1024:
                        raise corrupt("异常（解压后过大），已拒绝读取",
                                      "suspicious .docx (inflates too much); refused")
        text = _docx_paragraphs(bytes(xml), corrupt)
        if _blank(text):
            raise InputProblem("LG003", path, "文件为空，没有可检查的内容", "the file is empty")
        return text
    except InputProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile and the XML parser raise many kinds
        raise InputProblem("LG007", path, f".docx 文件损坏，无法读取（{exc!r}）",
                           f"corrupt .docx, cannot be read ({exc!r})") from None


#: Deepest XML nesting read in a .docx (real documents stay below 30).
_DOCX_MAX_DEPTH = 300


def _docx_paragraphs(xml: bytes, corrupt) -> str:  # type: ignore[no-untyped-def]
    """The text of the body's paragraphs, read in one pass over the XML. A paragraph
    nested in another (text boxes) is a line of its own."""
    lines: list[str] = []
    open_paragraphs: list[list[str]] = []
    depth = 0
    from xml.etree import ElementTree

    parser = ElementTree.XMLPullParser(events=("start", "end"))
    for start in range(0, len(xml), 1 << 16):
        parser.feed(xml[start:start + (1 << 16)])
        for event, node in parser.read_events():
            if event == "start":
                depth += 1
                if depth > _DOCX_MAX_DEPTH:
                    raise corrupt("结构异常（嵌套过深），已拒绝读取", "suspicious .docx (nested too deep); refused")
                if node.tag == f"{_W}p":
                    open_paragraphs.append([])
                continue
            depth -= 1
            tag = node.tag
            if tag == f"{_W}p":
                lines.append("".join(open_paragraphs.pop()))
            elif open_paragraphs:
                if tag == f"{_W}t" and node.text:
                    open_paragraphs[-1].append(node.text)
                elif tag == f"{_W}tab":
                    open_paragraphs[-1].append("\t")
                elif tag in (f"{_W}br", f"{_W}cr"):
                    open_paragraphs[-1].append("\n")
            node.clear()  # keep memory flat: nothing is read twice
    parser.close()
    return "\n".join(lines)
