"""lawgov plugin for 西藏自治区 (Tibet): jurisdiction ``tibet``, codes ``XZ``.

Registers the jurisdiction with the place names that identify it
(``data/places.tsv``) and its rules: XZ102 a former place name, XZ103 a regulation
cited under a wrong title, XZ104 legal publicity without 藏汉双语 materials (customary,
info). Only rules with facts to apply are registered. Sources are named in the data
files and in each rule's page under ``docs/``.
"""

from __future__ import annotations

from lawgov import Jurisdiction, Rule, hookimpl, load_jurisdiction
from lawgov.packs import misnamed_rule, stale_place_rule

from ._bilingual import bilingual_publicity

NAME = "tibet"


@hookimpl
def lawgov_jurisdictions() -> list[Jurisdiction]:
    return [load_jurisdiction(__name__, name=NAME, prefix="XZ", province="西藏自治区",
                              aliases=("西藏",), label="西藏自治区", label_en="Tibet")]


@hookimpl
def lawgov_rules() -> list[Rule]:
    return [stale_place_rule("XZ102", NAME, __name__),
            misnamed_rule("XZ103", NAME, __name__),
            bilingual_publicity]
