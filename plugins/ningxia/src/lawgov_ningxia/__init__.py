"""lawgov plugin for 宁夏回族自治区 (Ningxia Hui Autonomous Region): jurisdiction ``ningxia``, codes ``NX``.

Registers the jurisdiction with the place names that identify it, read from
``data/places.tsv`` (sources named in that file).
"""

from __future__ import annotations

from lawgov import Jurisdiction, hookimpl, load_jurisdiction


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(
        __name__, name="ningxia", prefix="NX", province="宁夏回族自治区",
        aliases=("宁夏",), label="宁夏回族自治区", label_en="Ningxia")]
