"""Place names: loading a jurisdiction's divisions and attributing a report.

A report is attributed to a jurisdiction from the place names it contains (its
title, issuer and body). A name that exists in more than one province (城中区 is
in 青海 and in 广西) only counts when the text also names one of its parents
(西宁, 青海); otherwise it is reported as ambiguous. Names inside 《》 are citation
titles, not the report's own place, and do not count.
"""

from __future__ import annotations

import functools
import re

import regex

from .._util.store import compiled, remembered
from .._util.text import Pattern
from attrs import field, frozen

from .._model import Jurisdiction, Report
from .._util.resources import resource_files
from .divisions import gazetteer

# re: these two plain scans run on every report, and re runs them faster than regex
_SUFFIX = re.compile("[省市县区镇乡州旗盟道]")

_MAX_NAME = 12
#: Two-character names (忠县, 开县, 古乡) occur inside ordinary words (召开县委会议) and
#: are not used as evidence.
_MIN_NAME = 3
_CITATION = re.compile(r"《[^《》\n]{1,80}》")
_CITY_SUFFIX = Pattern(r"(市|地区|自治州|盟)$")


def load_places(package: str, resource: str = "data/places.tsv") -> tuple[
        dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[str, str]]]:
    """Read a jurisdiction's place file: rows ``province/city/county[/town]`` and
    ``renamed<TAB>old<TAB>new[<TAB>year<TAB>source]``; ``#`` starts a comment.

    :returns: (name -> paths, old name -> (new name, year of the rename or ""))
    """
    return _places_of((resource_files(package) / resource).read_text("utf-8"))


def _places_of(text: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[str, str]]]:
    places: dict[str, list[tuple[str, ...]]] = {}
    renamed: dict[str, tuple[str, str]] = {}
    seen: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        if line.startswith("renamed\t"):
            _, old, new, *rest = line.split("\t")
            renamed[old] = (new, rest[0] if rest else "")
            continue
        path = tuple(line.split("/"))
        for depth in range(1, len(path) + 1):
            sub = path[:depth]
            if sub in seen:
                continue
            seen.add(sub)
            if depth == 2 and sub[1] == sub[0]:
                continue  # municipality: city level repeats the province
            places.setdefault(sub[-1], []).append(sub)
    return {k: tuple(v) for k, v in places.items()}, renamed


def load_jurisdiction(package: str, *, name: str, prefix: str, province: str,
                      aliases: tuple[str, ...] = (), label: str = "", label_en: str = "",
                      resource: str = "data/places.tsv") -> Jurisdiction:
    """A :class:`Jurisdiction` whose places come from ``package``'s place file.

    Former names of renamed places (湟中县 for 湟中区) identify the jurisdiction too.
    The file's ``#`` header is kept as the jurisdiction's ``source``.
    """
    text = (resource_files(package) / resource).read_text("utf-8")
    merged, renamed = remembered(f"places-{package}", text, lambda: _merged(text))
    source = "\n".join(line[1:].strip() for line in text.splitlines() if line.startswith("#"))
    return Jurisdiction(name, prefix, province, label, label_en, aliases, merged, source,
                        renamed=renamed)


def _merged(text: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[str, str]]]:
    """The places of a place file, former names included, and its renames."""
    places, renamed = _places_of(text)
    merged = dict(places)
    for old, (new, _) in renamed.items():
        if new in places and old not in merged:
            merged[old] = tuple(path[:-1] + (old,) for path in places[new])
    return merged, renamed


@functools.lru_cache(maxsize=4096)
def provinces_of(name: str) -> frozenset[str]:
    """The provinces having a place called ``name``, when there are several (from the
    national gazetteer); empty for a name found in one province only."""
    national = gazetteer()
    found = frozenset(national.province(d) for d in national.named(name))
    return found if len(found) > 1 else frozenset()


def short_name(name: str) -> str | None:
    """The short form of a city name (西宁市 → 西宁) used only as context."""
    m = _CITY_SUFFIX.search(name)
    if m and len(name) - len(m.group()) >= 2:
        return name[: m.start()]
    return None


@frozen
class Attribution:
    """The outcome of attributing a report to a jurisdiction."""

    name: str | None
    evidence: tuple[str, ...] = ()
    #: jurisdiction -> its names found, when more than one jurisdiction has evidence
    candidates: dict[str, tuple[str, ...]] = field(factory=dict)
    #: names found that could not be resolved to one jurisdiction
    ambiguous: tuple[str, ...] = ()


class Gazetteer:
    """Place names of all registered jurisdictions, ready for scanning."""

    def __init__(self, jurisdictions: dict[str, Jurisdiction]) -> None:
        self.jurisdictions = jurisdictions
        self.names: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.context: dict[str, set[str]] = {}
        for j in jurisdictions.values():
            for name, paths in j.places.items():
                if len(name) < _MIN_NAME:
                    continue
                for path in paths:
                    self.names.setdefault(name, []).append((j.name, path))
                    if len(path) <= 2:
                        short = short_name(name)
                        if short:
                            self.context.setdefault(short, set()).add(name)
            for alias in j.aliases:
                self.names.setdefault(alias, []).append((j.name, (j.province,)))
        #: The last two characters of every name (a cheap test before the lookups).
        self._endings = frozenset(name[-2:] for name in self.names)
        self.aliases = {a for j in jurisdictions.values() for a in j.aliases}
        longest_first = sorted(map(regex.escape, self.aliases), key=len, reverse=True)
        self._alias_re = compiled("|".join(longest_first)) if self.aliases else None

    def scan(self, text: str) -> list[tuple[int, str]]:
        """(offset, name) of every known name, longest match at each ending, outside 《》."""
        masked = _CITATION.sub(lambda m: "\0" * len(m.group()), text)
        found: list[tuple[int, str]] = []
        names, endings = self.names, self._endings
        for m in _SUFFIX.finditer(masked):
            i = m.start()
            if masked[i - 1:i + 1] not in endings:
                continue  # 全市, 市场: no name ends in these two characters
            for length in range(min(_MAX_NAME, i + 1), 1, -1):
                cand = masked[i - length + 1:i + 1]
                if cand in names:
                    found.append((i - length + 1, cand))
                    break
        if self._alias_re is not None:
            covered = {i for start, name in found for i in range(start, start + len(name))}
            for m in self._alias_re.finditer(masked):
                if m.start() not in covered:
                    found.append((m.start(), m.group()))
        found.sort()
        return found

    def attribute(self, report: Report) -> Attribution:
        """Attribute ``report`` to one jurisdiction, or to none with the reason."""
        text = report.text
        found = self.scan(text)
        present = {name for _, name in found}
        context: set[str] | None = None  # full names whose short form is in the text

        def in_context(name: str) -> bool:
            nonlocal context
            if context is None:
                context = {full for short, fulls in self.context.items() if short in text for full in fulls}
            return name in context

        header_end = _header_end(report)
        sig = report.metadata.signature
        footer_start = sig.span.start if sig is not None else len(text)
        evidence: dict[str, list[str]] = {}
        strong: set[str] = set()
        ambiguous: list[str] = []
        for offset, name in found:
            owners = self.names[name]
            js = {j for j, _ in owners}
            resolved = set()
            for j, path in owners:
                jur = self.jurisdictions[j]
                elsewhere = provinces_of(name) - {jur.province}
                if len(js) == 1 and not elsewhere:
                    resolved.add(j)
                elif any(p in present or in_context(p) for p in path[:-1]) or (
                        jur.province in present or any(a in present for a in jur.aliases)):
                    resolved.add(j)
            if len(resolved) != 1:
                if name not in ambiguous:
                    ambiguous.append(name)
                continue
            (j,) = resolved
            if name not in evidence.setdefault(j, []):
                evidence[j].append(name)
            if offset < header_end or offset >= footer_start:
                strong.add(j)
        ambiguous = [a for a in ambiguous if not any(a in names for names in evidence.values())]
        if len(evidence) == 1:
            (j, names), = evidence.items()
            return Attribution(j, tuple(names), ambiguous=tuple(ambiguous))
        if len(evidence) > 1 and len(strong) == 1:
            (j,) = strong
            return Attribution(j, tuple(evidence[j]), {k: tuple(v) for k, v in evidence.items()},
                               tuple(ambiguous))
        return Attribution(None, (), {k: tuple(v) for k, v in evidence.items()}, tuple(ambiguous))


def _header_end(report: Report) -> int:
    """Offset before which a place name speaks for the issuer: the title, issuer
    and addressee lines, or the first 80 characters when there is no title."""
    m = report.metadata
    ends = [ts.span.end for ts in (m.title, m.issuer, m.addressee) if ts is not None]
    return max(ends) if ends else min(80, len(report.text))
