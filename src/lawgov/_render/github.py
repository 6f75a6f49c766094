"""GitHub Actions workflow commands: an annotation a finding."""

from __future__ import annotations

from .._model import FileResult, Severity
from .base import Format, RenderContext


_GH = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_escape(text: str) -> str:
    """A workflow command's message (GitHub's escaping of %, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    """A workflow command's property value: the message escaping plus ``:`` and ``,``."""
    return _gh_escape(text).replace(":", "%3A").replace(",", "%2C")


def _github_file(f: FileResult, lang: str) -> str:
    out = []
    for x in f.findings:
        loc = f"file={_gh_property(f.path)}"
        if x.span:
            loc += (f",line={x.span.line},col={x.span.column},endLine={x.span.end_line},"
                    f"endColumn={x.span.end_column}")
        out.append(f"::{_GH[x.severity]} {loc},title={_gh_property(x.code)}::{_gh_escape(x.text(lang))}\n")
    return "".join(out)


class Github(Format):
    name = "github"

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        return _github_file(f, ctx.lang)


FORMAT = Github()
