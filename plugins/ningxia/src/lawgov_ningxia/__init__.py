"""lawgov plugin for 宁夏回族自治区 (Ningxia): jurisdiction ``ningxia``, codes ``NX``.

Registers the jurisdiction with the place names that identify it
(``data/places.tsv``) and its rules: NX103 a regulation cited under a wrong title.
Only rules with facts to apply are registered. Sources are named in the data files
and in each rule's page under ``docs/``.
"""

from __future__ import annotations

from lawgov import Jurisdiction, Rule, hookimpl, load_jurisdiction
from lawgov.packs import misnamed_rule

NAME = "ningxia"


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(__name__, name=NAME, prefix="NX", province="宁夏回族自治区",
                              aliases=("宁夏",), label="宁夏回族自治区", label_en="Ningxia")]


@hookimpl
def lawgov_rules() -> list[Rule]:
    return [misnamed_rule("NX103", NAME, __name__)]
