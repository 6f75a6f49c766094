"""lawgov plugin for 青海省 (Qinghai Province): jurisdiction ``qinghai``, codes ``QH``.

Registers the jurisdiction with the place names that identify it, read from
``data/places.tsv`` (sources named in that file).
"""

from __future__ import annotations

from lawgov import Jurisdiction, hookimpl, load_jurisdiction


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(
        __name__, name="qinghai", prefix="QH", province="青海省",
        aliases=("青海",), label="青海省", label_en="Qinghai")]
