"""lawgov plugin for 青海省 (Qinghai): jurisdiction ``qinghai``, codes ``QH``.

Registers the jurisdiction with the place names that identify it
(``data/places.tsv``) and its rules: QH102 a former place name, QH103 a regulation
cited under a wrong title. Only rules with facts to apply are registered. Sources
are named in the data files and in each rule's page under ``docs/``.
"""

from __future__ import annotations

from lawgov import Jurisdiction, Rule, hookimpl, load_jurisdiction
from lawgov.packs import misnamed_rule, stale_place_rule

NAME = "qinghai"


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(__name__, name=NAME, prefix="QH", province="青海省",
                              aliases=("青海",), label="青海省", label_en="Qinghai")]


@hookimpl
def lawgov_rules() -> list[Rule]:
    return [stale_place_rule("QH102", NAME, __name__),
            misnamed_rule("QH103", NAME, __name__)]
