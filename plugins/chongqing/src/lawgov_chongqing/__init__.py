"""lawgov plugin for 重庆市 (Chongqing Municipality): jurisdiction ``chongqing``, codes ``CQ``.

Registers the jurisdiction with the place names that identify it, read from
``data/places.tsv`` (sources named in that file).
"""

from __future__ import annotations

from lawgov import Jurisdiction, hookimpl, load_jurisdiction


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(
        __name__, name="chongqing", prefix="CQ", province="重庆市",
        aliases=("重庆",), label="重庆市", label_en="Chongqing")]
