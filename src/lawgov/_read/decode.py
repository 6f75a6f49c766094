"""Plain text in the encodings Chinese government files use, detected without a
dependency: a byte-order mark, then strict UTF-8, then UTF-16 without a mark, then
strict GB18030 (a superset of GBK and GB2312), then whichever of UTF-8 and GB18030
needs fewer replacement characters."""

from __future__ import annotations

from .._errors import InputProblem
from .source import CONTROLS, Source, blank, check_length, normalise

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


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
    text = normalise(text)
    if replaced is None:
        replaced = text.count("\ufffd")
    controls = len(CONTROLS.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise _binary(path)
    if replaced and replaced > max(16, len(text) // 20):
        raise InputProblem(
            "LG005", path, f"无法识别文件编码：{replaced} 个字符无法解码",
            f"cannot decode the file: {replaced} characters are undecodable")
    if blank(text):
        raise InputProblem("LG003", path, "文件为空，没有可检查的内容", "the file is empty")
    check_length(path, text)
    return Source(path, text, encoding, replaced)


def decode_source(path: str, raw: bytes) -> Source:
    """A plain-text file."""
    return decode(raw, path)
