"""The place a report names as itself, when no title, issuer line or signature names it.

Pages copied from a portal often start with the report's first paragraph: the title
stayed in the page's header. The report still says who it is: it says 我县 or 全市,
and names itself in a phrase (现将宝城镇2025年度法治政府建设情况报告如下, 法治佛坪建设,
《保定市…办法》). The issuer is the place of the level the report speaks for that it
names most; nothing when two places tie or none is named.
"""

from __future__ import annotations


from .._domain.divisions import gazetteer, provinces
from .._util.text import Pattern

#: The report speaking of itself: 我县, 我市, 全县 or 县政府 (全区 and 我区 may be a district or an
#: autonomous region).
_SELF = Pattern(r"我(省|市|区|县|旗|州|盟|镇|乡)|全(省|市|县|旗|州|盟|镇|乡)(?![长委])|"
                r"(?:^|(?<=[，,。；;\s]))(省|市|县|区|旗|镇|乡)(?:人民)?政府(?!办|[令文])")
#: A report naming itself: 现将宝城镇2025年度法治政府建设情况报告如下.
_REPORTING = Pattern(
    r"现将(?![我全本])([\u4e00-\u9fff]{2,14}?)(?:人民政府)?(?:(?:19|20)\d\d年度?)?(?:全面依法治[省市县区镇乡]|法治政府建设|法治建设)")
#: Slogans built on a place's short name: 法治佛坪, 平安盂县.
_SLOGAN = Pattern(r"(?:法治|平安)([\u4e00-\u9fff]{2,6})")
#: Suffixes a place of each self word ends with.
_SUFFIXES = {"省": ("省",), "区": ("区",), "市": ("市",), "县": ("县",), "旗": ("旗",),
             "州": ("州",), "盟": ("盟",), "镇": ("镇",), "乡": ("乡",)}
_MAX = 12
#: How far into the text the report's word for itself is looked for.
_OPENING = 1500


def self_named(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """(name, start, end) of the place the report at ``text[start:]`` speaks for."""
    m = _SELF.search(text, start, start + _OPENING)
    if m is not None:
        word = m.group(1) or m.group(2) or m.group(3)
    else:
        word = None
    m = _REPORTING.search(text, start, start + _OPENING)
    if m is not None and (word is None or m.group(1).endswith(word)):
        return m.group(1), m.start(1), m.end(1)
    if word is None:
        return None
    counts: dict[str, list[int]] = {}
    for name, at, end in _mentions(text, start, word):
        counts.setdefault(name, []).append(at)
        counts[name].append(end)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: len(kv[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None
    name, spots = ranked[0]
    return name, spots[0], spots[1]


def _mentions(text: str, start: int, word: str):  # type: ignore[no-untyped-def]
    """(full name, start, end) of each mention of a place ending in the self word's
    suffix: a full name of three or more characters, a province's short name (江苏),
    a prefecture's or county's short name in a slogan (法治佛坪) or before its own
    committee (武汉市委 is a full name; 武汉 alone counts for 市 only as 市委)."""
    national = gazetteer()
    suffixes = _SUFFIXES[word] + (("自治区",) if word == "区" else ())
    if word == "省" or word == "区":
        for full, short in provinces():
            if full.endswith(suffixes):
                i = text.find(short, start)
                while i >= 0:
                    yield full, i, i + len(short)
                    i = text.find(short, i + 1)
        if word == "省":
            return
    for suffix in set(s[-1] for s in suffixes):
        i = text.find(suffix, start)
        while i >= 0:
            for length in range(min(_MAX, i + 1 - start), 2, -1):
                candidate = text[i - length + 1:i + 1]
                if candidate in national.townships if word in "镇乡" else national.known(candidate):
                    yield candidate, i - length + 1, i + 1
                    break
            i = text.find(suffix, i + 1)
    for m in _SLOGAN.finditer(text, start):
        stem = m.group(1)
        for cut in range(len(stem), 1, -1):
            piece = stem[:cut]
            full = piece if piece.endswith(suffixes) else next(
                (piece + s for s in suffixes if national.known(piece + s)), None)
            if full is not None and national.known(full):
                yield full, m.start(1), m.start(1) + cut
                break
