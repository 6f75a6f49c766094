"""lawgov plugin for 西藏自治区 (Tibet Autonomous Region): jurisdiction ``tibet``, codes ``XZ``.

Registers the jurisdiction with the place names that identify it, read from
``data/places.tsv`` (sources named in that file).
"""

from __future__ import annotations

from lawgov import Jurisdiction, hookimpl, load_jurisdiction


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(
        __name__, name="tibet", prefix="XZ", province="西藏自治区",
        aliases=("西藏",), label="西藏自治区", label_en="Tibet")]
