"""Reading an input's bytes within limits: regular files only, at most
``max_bytes``, never all of the limit at once."""

from __future__ import annotations

import os
import stat
import sys

from .._errors import InputProblem

#: Default largest input accepted, in bytes. Real reports are 5–60 KB as text and a
#: few MB as .docx; 20 MB leaves room for pictures inside a .docx.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _bounded_read(fh, max_bytes: int) -> bytes:  # type: ignore[no-untyped-def]
    """At most ``max_bytes + 1`` bytes, read in 1 MB chunks (asking for the whole limit
    at once would allocate it for every file, however small)."""
    chunks, size = [], 0
    while size <= max_bytes and (chunk := fh.read(min(1 << 20, max_bytes + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_bytes(path: str, max_bytes: int) -> bytes:
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
