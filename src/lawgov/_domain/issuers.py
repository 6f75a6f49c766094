"""Who issues a report: the names a report gives for its issuer, when two sets of
names mean one issuer (used to pair a report with last year's), and the issuer's
level."""

from __future__ import annotations

from .._util.text import Pattern
from .divisions import gazetteer

#: Words around a place's name that name its Party committee or government.
_PARTY = Pattern(r"^(?:中国共产党|中共)")
_ORG_SUFFIX = Pattern(r"(?:人民政府办公室|人民政府办公厅|人民政府|政府|党委|委员会|委)$")
_JOINT = Pattern(r"[、，,\s]+")
#: The provinces named 市: a 市 issuer of these four is a provincial one.
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_DEPARTMENT = Pattern(r"(?:局|厅|委员会|办公室|办|中心|院|所|队|站|室)$")


def names_of(text: str) -> set[str]:
    """The places an issuer's text names, with Party and government words dropped:
    中共示例县委、示例县人民政府 → {示例县}; 示例县人民政府办公室 → {示例县}."""
    found = set()
    for part in _JOINT.split(text.strip()):
        name = _ORG_SUFFIX.sub("", _PARTY.sub("", part))
        if len(name) >= 2:
            found.add(name)
    return found


def issuer_names(report):
    """The issuer's names a report gives (title line and signature)."""
    meta = report.metadata
    return {n for t in (meta.issuer, meta.signature) if t is not None for n in names_of(t.text)}


def same_issuer(a, b):
    """Whether two sets of issuer names name one issuer (示例镇 and 西宁市湟中区示例镇)."""
    return any(x.endswith(y) or y.endswith(x) for x in a for y in b)


def issuer_level(text: str | None) -> str | None:
    """The level of an issuer: 省, 市, 县, 乡镇, 街道 or 部门 (a department or office):
    the national gazetteer's level for a division it knows by a name of one level,
    else the name's suffix; None when its words do not tell."""
    if not text:
        return None
    words = text.strip()
    if _DEPARTMENT.search(words) and not words.endswith(("人民政府", "政府")):
        return "部门"
    names = names_of(words) or {words}
    name = max(names, key=len)
    levels = {d.level for d in gazetteer().named(name)}
    if len(levels) == 1:
        return levels.pop()  # 格尔木市 is a county-level city
    if name.endswith("街道") or name.endswith("街道办事处"):
        return "街道"
    if name.endswith(("镇", "乡")):
        return "乡镇"
    if name.endswith(("省", "自治区")) or name in _MUNICIPALITIES or name.endswith(_MUNICIPALITIES):
        return "省"
    if name.endswith(("县", "区", "旗")):
        return "县"
    if name.endswith(("市", "州", "盟")):
        return "市"
    return None
