"""The ``lawgov-report/1`` JSON document (the contract is in ``lawgov._model.serialize``),
written one report at a time."""

from __future__ import annotations

import json
from typing import Any

from .._model import FileResult
from .._model.serialize import SCHEMA, report_dict
from .base import Format, RenderContext, version


def nested(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it ``depth`` levels down."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


class Json(Format):
    name = "json"
    separated = True

    def head(self, ctx: RenderContext) -> str:
        return ("{\n" f'  "schema": {json.dumps(SCHEMA)},\n'
                f'  "lawgov_version": {json.dumps(version())},\n  "reports": [')

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        return "    " + nested(report_dict(f, ctx.lang), 2)

    def tail(self, totals: dict[str, int], empty: bool, ctx: RenderContext) -> str:
        return ("]" if empty else "\n  ]") + f',\n  "summary": {nested(totals, 1)}\n}}\n'


FORMAT = Json()
