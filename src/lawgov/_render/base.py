"""What every output format shares: the context a renderer is given, and the
frame of a format written one file at a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import field, frozen

from .._model import FileResult
from .._model.serialize import summary


@frozen
class RenderContext:
    """What a renderer is given besides the files: the language, and the rules and
    other codes lawgov knows (for SARIF's ``driver.rules`` and the page's rule pages),
    which the caller passes in: a renderer never loads plugins."""

    lang: str = "zh"
    rules: Sequence[Any] = field(default=(), eq=False)
    #: The bytes of inputs that are no longer on disk, by their display path (the web
    #: page's uploads), for formats that return the original document (docx).
    originals: Mapping[str, bytes] = field(factory=dict, eq=False)


class Format:
    """An output format. A streamable one is written one file at a time, so a batch
    of any size is rendered in constant memory and in input order: ``head``, then
    ``chunk`` for each file (workers may compute chunks; ``join`` puts them together),
    then ``tail``. ``render`` is this, in one go."""

    #: The name ``--format`` takes.
    name = ""
    #: Whether the output is bytes (written in binary) rather than text.
    binary = False
    #: Whether ``head``/``chunk``/``tail`` may be used.
    streamable = True
    #: Whether chunks are items of a JSON array (joined with commas).
    separated = False

    def head(self, ctx: RenderContext) -> str:
        return ""

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        """The file's part of the output, without what separates it from the last."""
        raise NotImplementedError

    def join(self, chunk: str, first: bool) -> str:
        """``chunk`` with the separator it needs after the chunks before it."""
        if not self.separated or not chunk:
            return chunk
        return ("\n" if first else ",\n") + chunk

    def tail(self, totals: dict[str, int], empty: bool, ctx: RenderContext) -> str:
        """The end of the output: ``totals`` is the summary, ``empty`` whether no
        chunk had content."""
        return ""

    def render(self, files: Sequence[FileResult], ctx: RenderContext) -> str | bytes:
        out, wrote = [self.head(ctx)], False
        for f in files:
            chunk = self.chunk(f, ctx)
            out.append(self.join(chunk, not wrote))
            wrote = wrote or bool(chunk)
        out.append(self.tail(summary(files), not wrote, ctx))
        return "".join(out)


def version() -> str:
    """lawgov's version, as outputs cite it."""
    from .._version import __version__

    return __version__
