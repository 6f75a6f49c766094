"""The national gazetteer: every province, prefecture, county and township of China.

Read on first use from ``data/divisions.tsv`` (built by ``tools/build_gazetteer.py``
from public division data, named in the file). A division's level is the one its
code tells, not its suffix: 格尔木市 is a county-level city (县), 海西蒙古族藏族自治州
a prefecture (市).
"""

from __future__ import annotations

import functools

from attrs import frozen

from .._util.resources import resource_files
from .._util.store import remembered
from .._util.text import Pattern

#: Levels, from the top: a province (省, also 自治区 and the four municipalities), a
#: prefecture (市, also 州, 盟, 地区), a county (县, also 区, 旗 and county-level 市),
#: a township (乡镇) or a street office (街道).
LEVELS = ("省", "市", "县", "乡镇", "街道")
#: The peoples' names and 自治 in an autonomous division's name, which reports leave
#: out (张家川县 for 张家川回族自治县, 海西州 for 海西蒙古族藏族自治州).
_PEOPLES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
_AUTONOMOUS = Pattern("(?:(?:%s)族?)+自治(?=[州县旗])" % "|".join(sorted(_PEOPLES, key=len, reverse=True)))
#: Province-level codes of the four municipalities, whose counties have no prefecture.
MUNICIPALITIES = ("11", "12", "31", "50")


@frozen
class Division:
    """One administrative division. ``code`` is its GB/T 2260 code; a township has
    its county's code (the source gives townships none)."""

    code: str
    name: str
    level: str

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


class Gazetteer:
    """Every division, by name and by code. Counties and above are indexed when the
    file is read; a township is looked up in the file's text when asked for (an index
    of 43,000 townships would cost every run its start-up time)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._names, self._by_code = remembered("divisions", text, lambda: _index(text))

    def known(self, name: str) -> bool:
        """Whether a province, prefecture or county has this name (or this short name:
        张家川县 for 张家川回族自治县)."""
        return name in self._names

    @functools.cached_property
    def townships(self) -> frozenset[str]:
        """The names of all townships and street offices (indexed on first use)."""
        found: set[str] = set()
        for line in self._text.split("\n"):
            if line and line[0] != "#" and line.count("\t") == 2:
                found.update(line.rsplit("\t", 1)[1].split(" "))
        return frozenset(found)

    def division(self, code: str) -> Division | None:
        """The province, prefecture or county with this code."""
        name = self._by_code.get(code)
        if name is None:
            return None
        return Division(code, name, "省" if code.endswith("0000") else "市" if code.endswith("00") else "县")

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process
    def named(self, name: str) -> tuple[Division, ...]:
        """The divisions called ``name`` (several for 城关镇; 张家川县 finds 张家川回族自治县)."""
        found = [d for d in map(self.division, self._names.get(name, ())) if d is not None]
        if name and " " not in name and "\t" not in name and "\n" not in name:
            level = "街道" if name.endswith("街道") else "乡镇"
            text, i = self._text, -1
            while (i := text.find(name, i + 1)) >= 0:
                end = i + len(name)
                if text[i - 1] in " \t" and text[end:end + 1] in (" ", "\n", "") and \
                        text.rfind("\t", 0, i) > text.rfind("\n", 0, i) + 7:
                    found.append(Division(text[text.rfind("\n", 0, i) + 1:][:6], name, level))
        return tuple(found)

    def chain(self, division: Division) -> tuple[Division, ...]:
        """The division and its parents, from the province down."""
        codes = [division.province_code]
        if division.level != "省":
            codes.append(division.code[:4] + "00")
            if division.level != "市":
                codes.append(division.code)
        out = [d for d in map(self.division, dict.fromkeys(codes)) if d is not None]
        if division.level in ("乡镇", "街道"):
            out.append(division)
        return tuple(out)

    def province(self, division: Division) -> str:
        """The name of the division's province."""
        return self._by_code[division.province_code]


def _index(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(name or short name -> codes, code -> name) of the counties and above."""
    names: dict[str, list[str]] = {}
    by_code: dict[str, str] = {}
    shorts: dict[str, list[str]] = {}
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        code, name = line.split("\t", 2)[:2]
        by_code[code] = name
        names.setdefault(name, []).append(code)
        short = _AUTONOMOUS.sub("", name)
        if short != name and len(short) > 2:
            shorts.setdefault(short, []).append(code)
    for short, codes in shorts.items():
        if short not in names:
            names[short] = codes
    return names, by_code


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The national gazetteer (read once, on first use)."""
    return Gazetteer((resource_files("lawgov") / "data" / "divisions.tsv").read_text("utf-8"))


_TOWNSHIP = ("镇", "乡", "街道", "苏木")
_PROVINCE_SUFFIX = Pattern(r"(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$")


@functools.lru_cache(maxsize=1)
def provinces() -> tuple[tuple[str, str], ...]:
    """The 34 province-level divisions, each with its short name (青海省 → 青海,
    宁夏回族自治区 → 宁夏, 香港特别行政区 → 香港), in the order of their codes."""
    return tuple((name, _PROVINCE_SUFFIX.sub("", name)) for code, name in gazetteer()._by_code.items()
                 if code.endswith("0000"))


@functools.lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    """Every province's name and short name -> its name."""
    return {n: full for full, short in provinces() for n in (full, short)}


def leading_places(text: str) -> list[str]:
    """The place names a name starts with, in order (宁夏回族自治区固原市原州区司法局 →
    宁夏回族自治区, 固原市, 原州区), each the longest known name at that point.

    >>> leading_places("宁夏回族自治区固原市原州区司法局"), leading_places("市司法局")
    (['宁夏回族自治区', '固原市', '原州区'], [])
    """
    gz, provinces = gazetteer(), _province_names()
    out: list[str] = []
    i = 2 if text.startswith("中共") else 0
    while i < len(text):
        for j in range(min(len(text), i + 12), i + 1, -1):
            name = text[i:j]
            if name in provinces or gz.known(name) or name.endswith(_TOWNSHIP) and gz.named(name):
                out.append(name)
                i = j
                break
        else:
            break
    return out


@frozen
class Location:
    """Where a report comes from: its province and the chain of places below it that
    the report names (province first), with the names that showed it."""

    province: str
    chain: tuple[str, ...]
    evidence: tuple[str, ...]


def locate(names: list[str], text: str) -> Location | None:
    """The province (and place chain) that the place names ``names`` (from a report's
    issuer, title or signature) belong to; a name found in several provinces is settled
    by the other names, or by a province or parent place the ``text`` names, never by a
    guess. None when no name is known or the ambiguity stays."""
    gz, provinces = gazetteer(), _province_names()
    options: list[list[Division]] = []
    for name in names:
        if name in provinces:
            options.append([d for d in gz.named(provinces[name]) if d.level == "省"])
        elif found := gz.named(name):
            options.append(list(found))
    if not options:
        return None
    common = set.intersection(*({gz.province(d) for d in ds} for ds in options))
    if len(common) > 1:
        named = {full for n, full in provinces.items() if full in common and n in text}
        parents = {gz.province(d) for ds in options for d in ds if gz.province(d) in common
                   and any(c.name in text for c in gz.chain(d)[1:-1])}
        common = named or parents  # still several, or none: left open below
    if len(common) != 1:
        return None
    (province,) = common
    deepest = [d for d in options[-1] if gz.province(d) == province]
    chain = tuple(c.name for c in gz.chain(deepest[0])) if len(deepest) == 1 else (province,)
    return Location(province, chain, tuple(names))


def locate_report(report) -> Location | None:  # type: ignore[no-untyped-def]
    """:func:`locate` on the place names the report's issuer, title or signature start
    with, the first of them that settles a province; failing that, on those names
    together with the counties and cities its opening names (a township reporting
    "在文峰区委、区政府的领导下" names its county)."""
    meta = report.metadata
    own: list[str] = []
    for source in (meta.issuer, meta.title, meta.signature):
        if source is None:
            continue
        names = leading_places(source.text)
        found = locate(names, report.text)
        if found is not None:
            return found
        own.extend(n for n in names if n not in own)
    around = opening_places(report.text)
    if not around:
        return None
    found = locate(own + around, report.text)
    if found is None:
        return None
    return Location(found.province, found.chain, tuple(own + around))


#: How much of the text is the opening, where a report names its own government.
_OPENING = 400
_CITATION = Pattern(r"《[^《》\n]{0,80}》")


@functools.lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """The last characters of the names (three characters or more) of provinces,
    prefectures and counties: 县 区 市 州 旗 省 盟, and 江 古 … of provinces' short names."""
    return frozenset(n[-1] for n in (*gazetteer()._names, *_province_names()) if len(n) >= 3)


def opening_places(text: str) -> list[str]:
    """The counties, prefectures and provinces (three characters or more) that the
    opening of a text names outside 《》 titles, in order, each once.

    >>> opening_places("2025年，示例街道在文峰区委、区政府的领导下，学习《示例市条例》。")
    ['文峰区']
    """
    gz, provinces, endings = gazetteer(), _province_names(), _endings()
    head = _CITATION.sub(lambda m: " " * len(m.group()), text[:_OPENING])
    ends = [j for j in range(3, len(head) + 1) if head[j - 1] in endings]  # where a name can end
    known = gz.known
    out: list[str] = []
    i = p = 0
    while True:  # from left to right, the longest name (3 to 12 characters) at each start
        while p < len(ends) and ends[p] < i + 3:
            p += 1
        if p == len(ends):
            break
        if ends[p] > i + 12:
            i = ends[p] - 12  # no name can start before this
            continue
        q = p
        while q + 1 < len(ends) and ends[q + 1] <= i + 12:
            q += 1
        for k in range(q, p - 1, -1):
            name = head[i:ends[k]]
            if name in provinces or known(name):
                if name not in out:
                    out.append(name)
                i = ends[k]
                break
        else:
            i += 1
    return out
