"""What a request to the web app carries, within its limits: the form is read as it
streams in, and a limit holds however the body comes (with a Content-Length, or
chunked without one) and for each file part before it is spooled whole."""

from __future__ import annotations

import os
from typing import Any

from .._util.text import Pattern, printable

#: How many reports one request may carry.
MAX_FILES = 300
#: Largest request body accepted, whatever it holds.
MAX_REQUEST = 200 * 1024 * 1024
#: The longest upload name kept, in bytes of UTF-8 (a file name may have 255).
LONGEST_NAME = 180
_SAFE = Pattern(r"[^\w\u3400-\u9fff.\-（）()]+")


class Refused(Exception):
    """A request lawgov does not check: ``status`` and a message in both languages."""

    def __init__(self, status: int, zh: str, en: str) -> None:
        super().__init__(en)
        self.status, self.zh, self.en = status, zh, en


def too_large(zh: str, en: str) -> Refused:
    return Refused(413, zh, en)


def upload_name(filename: str | None, i: int) -> str:
    """A display name for an upload: its base name, cleaned, at most
    :data:`LONGEST_NAME` bytes with its suffix kept; never a path, never ``.`` or
    ``..``, never empty."""
    base = os.path.basename(printable(filename or "").replace("\\", "/"))
    name = _SAFE.sub("_", base).strip(".")
    if not name:
        return f"report-{i + 1}.txt"
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    tail = f".{suffix}" if suffix else ""
    room = LONGEST_NAME - len(tail.encode("utf-8"))
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore") or f"report-{i + 1}"
    return stem + tail


def request_too_large() -> Refused:
    mb = MAX_REQUEST // 2**20
    return too_large(f"上传内容超过 {mb} MB 的上限", f"the upload is over {mb} MB")


async def limited(stream: Any):  # type: ignore[no-untyped-def]
    """``stream``'s chunks, refused as soon as more than :data:`MAX_REQUEST` bytes have
    come (however the body is sent: a Content-Length is not trusted)."""
    seen = 0
    async for chunk in stream:
        seen += len(chunk)
        if seen > MAX_REQUEST:
            raise request_too_large()
        yield chunk


def form_parser(request: Any, max_files: int, max_bytes: int):  # type: ignore[no-untyped-def]
    """A parser of ``request``'s form (multipart or URL-encoded) that refuses, while
    the body streams in, a body over :data:`MAX_REQUEST`, a file over ``max_bytes``
    and more than ``max_files`` files."""
    from starlette.datastructures import FormData
    from starlette.formparsers import FormParser, MultiPartParser

    class Uploads(MultiPartParser):
        def on_part_begin(self) -> None:
            super().on_part_begin()
            self.part_size = 0

        def on_part_data(self, data: bytes, start: int, end: int) -> None:
            file = self._current_part.file
            if file is not None:
                self.part_size += end - start
                if self.part_size > max_bytes:
                    name = upload_name(file.filename, self._current_files - 1)
                    raise too_large(f"{name} 超过 {max_bytes} 字节的上限",
                                    f"{name} is larger than {max_bytes} bytes")
            super().on_part_data(data, start, end)

        def on_headers_finished(self) -> None:
            if self._current_files >= max_files and b"filename" in self._current_part.content_disposition:
                raise too_large(f"一次最多检查 {max_files} 份报告", f"at most {max_files} reports at a time")
            super().on_headers_finished()

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    stream = limited(request.stream())
    if kind == "multipart/form-data":
        return Uploads(request.headers, stream, max_files=max_files + 1, max_fields=50,
                       max_part_size=max_bytes)
    if kind == "application/x-www-form-urlencoded":
        return FormParser(request.headers, stream)

    class Empty:
        async def parse(self) -> FormData:
            return FormData()

    return Empty()
