"""Word's .docx: the body's paragraphs, one a line, tables cell by cell, read
within bounds a hostile file cannot stretch."""

from __future__ import annotations

import io

from .._errors import InputProblem
from .source import Source, blank, extracted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The same vocabulary in a "Strict Open XML" document (Word's other .docx).
_W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
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
        if blank(text):
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
    p, t, tab, breaks = f"{_W}p", f"{_W}t", f"{_W}tab", (f"{_W}br", f"{_W}cr")
    for start in range(0, len(xml), 1 << 16):
        parser.feed(xml[start:start + (1 << 16)])
        for event, node in parser.read_events():
            if event == "start":
                depth += 1
                if depth > _DOCX_MAX_DEPTH:
                    raise corrupt("结构异常（嵌套过深），已拒绝读取", "suspicious .docx (nested too deep); refused")
                if depth == 1 and node.tag.startswith(_W_STRICT):
                    w = _W_STRICT
                    p, t, tab, breaks = f"{w}p", f"{w}t", f"{w}tab", (f"{w}br", f"{w}cr")
                if node.tag == p:
                    open_paragraphs.append([])
                continue
            depth -= 1
            tag = node.tag
            if tag == p:
                lines.append("".join(open_paragraphs.pop()))
            elif open_paragraphs:
                if tag == t and node.text:
                    open_paragraphs[-1].append(node.text)
                elif tag == tab:
                    open_paragraphs[-1].append("\t")
                elif tag in breaks:
                    open_paragraphs[-1].append("\n")
            node.clear()  # keep memory flat: nothing is read twice
    parser.close()
    return "\n".join(lines)


def docx_source(path: str, raw: bytes) -> Source:
    """The text of a .docx."""
    return extracted(path, _docx_text(path, raw), "docx")
