"""SARIF 2.1.0, written one report at a time; ``driver.rules`` declares every rule
and code the context carries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._model import FileResult, Severity
from .base import Format, RenderContext, version
from .json import nested


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A file's SARIF ``uri``: a relative or absolute URI reference, percent-encoded
    (spaces, #, %, non-ASCII), or the address itself for a web address."""
    from urllib.parse import quote

    if path.lower().startswith(("http://", "https://")):
        return path
    path = path.replace("\\", "/")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _sarif_results(f: FileResult, lang: str) -> list[dict[str, Any]]:
    results = []
    for x in f.findings:
        loc: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.path)}}
        if x.span:
            loc["region"] = {"startLine": x.span.line, "startColumn": x.span.column,
                             "endLine": x.span.end_line, "endColumn": x.span.end_column,
                             "charOffset": x.span.start, "charLength": x.span.end - x.span.start}
        results.append({"ruleId": x.code, "level": _SARIF_LEVEL[x.severity],
                        "message": {"text": x.text(lang)},
                        "locations": [{"physicalLocation": loc}]})
    return results


def _sarif_doc(lang: str, rules: Sequence[Any], results: list[Any]) -> dict[str, Any]:
    driver_rules = [{
        "id": r.code, "name": r.name,
        "shortDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "fullDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "help": {"text": f"lawgov explain {r.code}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
    } for r in rules]
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "lawgov", "semanticVersion": version(),
                                          "rules": driver_rules}},
                      "columnKind": "unicodeCodePoints", "results": results}]}


class Sarif(Format):
    name = "sarif"
    separated = True

    def head(self, ctx: RenderContext) -> str:
        doc = nested(_sarif_doc(ctx.lang, ctx.rules, ["@"]), 0)
        return doc[:doc.index('"@"')].rstrip()

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        return ",\n".join(" " * 8 + nested(x, 4) for x in _sarif_results(f, ctx.lang))

    def tail(self, totals: dict[str, int], empty: bool, ctx: RenderContext) -> str:
        doc = nested(_sarif_doc(ctx.lang, ctx.rules, ["@"]), 0)
        end = doc[doc.index('"@"') + 3:]
        return ("]" if empty else "\n" + " " * 6 + "]") + end.split("]", 1)[1] + "\n"


FORMAT = Sarif()
