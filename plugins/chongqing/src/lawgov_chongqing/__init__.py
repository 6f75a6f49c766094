"""lawgov plugin for 重庆市 (Chongqing): jurisdiction ``chongqing``, codes ``CQ``.

Registers the jurisdiction with the place names that identify it
(``data/places.tsv``) and its rules: CQ101 a replaced regulation cited as current,
CQ102 a former place name, CQ103 a regulation cited under a wrong title. Only rules
with facts to apply are registered. Sources are named in the data files and in each
rule's page under ``docs/``.
"""

from __future__ import annotations

from lawgov import Jurisdiction, Rule, hookimpl, load_jurisdiction
from lawgov.packs import misnamed_rule, repealed_rule, stale_place_rule

NAME = "chongqing"


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(__name__, name=NAME, prefix="CQ", province="重庆市",
                              aliases=("重庆",), label="重庆市", label_en="Chongqing")]


@hookimpl
def lawgov_rules() -> list[Rule]:
    return [repealed_rule("CQ101", NAME, __name__),
            stale_place_rule("CQ102", NAME, __name__),
            misnamed_rule("CQ103", NAME, __name__)]
