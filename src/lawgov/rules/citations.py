"""Built-in plugin ``citations``: cited titles against the registry of national laws
and regulations (``lawgov/data/laws.tsv``) and against the report's province (LG5xx)."""

from __future__ import annotations

import functools

from .._util.text import Pattern

from .._domain.laws import HISTORICAL, complete_through, lookup, near_titles, normalise
from .._model import CitationKind, Severity
from .._domain.localtitles import title_province
from .._check.rule import rule
from ..hookspecs import hookimpl
from ._common import replaced_citations, sentence_text


@rule("LG501", "repealed-citation", Severity.ERROR,
      "引用了已废止或被取代的法规", "cites a repealed or replaced regulation as current")
def repealed_citation(report, ctx):
    return replaced_citations(report, ctx, lookup)


@rule("LG502", "non-canonical-title", Severity.INFO,
      "法规名称宜用全称", "use the full title of the law or regulation")
def non_canonical_title(report, ctx):
    for c in report.citations:
        entry = lookup(c.title)
        if entry is None or normalise(c.title) == normalise(entry.title) or _prefix_added(c.title):
            continue  # (a prefix added to a title is LG505's)
        yield ctx.finding(
            f"《{c.title}》宜使用全称《{entry.title}》",
            f"《{c.title}》: the full title is 《{entry.title}》",
            span=c.span, suggestion=f"改为《{entry.title}》", suggestion_en=f"write 《{entry.title}》",
            evidence={"cited": c.title, "canonical": entry.title})


def citation_province(title: str, jurisdictions) -> tuple[str, str] | None:
    """The province a local title belongs to and how that is known: from the table of
    local regulations or the national gazetteer (see ``title_province``), else from a
    place name of an installed jurisdiction (a former name such as 湟中县)."""
    found = title_province(title)
    if found is not None:
        return found
    t = normalise(title)
    prefixes = _city_prefixes(tuple(jurisdictions.values()))
    for length in range(min(len(t), 12), 2, -1):
        if t[:length] in prefixes:
            return prefixes[t[:length]], t[:length]
    return None


@functools.lru_cache(maxsize=4)
def _city_prefixes(jurisdictions) -> dict[str, str]:
    """City and county names of the installed jurisdictions -> their province."""
    return {name: j.province for j in jurisdictions for name, paths in j.places.items()
            if len(name) >= 3 and all(len(p) <= 3 for p in paths)}


#: A sentence about learning from or working with another province, where its rules
#: are cited on purpose.
_ELSEWHERE = Pattern(r"借鉴|学习考察|考察学习|赴\p{Han}{2,8}(考察|学习|调研)|协同立法|联合立法|区域协同|对口")


@rule("LG503", "other-province-regulation", Severity.WARNING,
      "引用了其他省份的地方性法规或规章", "cites another province's local regulation or rule")
def other_province_regulation(report, ctx):
    home = ctx.province
    if home is None:
        return  # without the report's province there is nothing to compare with
    known = ctx.options.get("jurisdictions", {})
    for c in report.citations:
        if c.kind is not CitationKind.LOCAL:
            continue
        found = citation_province(c.title, known)
        if found is None or found[0] == home:
            continue
        if _ELSEWHERE.search(sentence_text(report, c.span.start)):
            continue
        province, how = found
        yield ctx.finding(
            f"《{c.title}》是{province}的地方性法规或规章，而本报告属于{home}；"
            "可能是照搬其他地方的材料",
            f"《{c.title}》 is a local regulation of {province}, but this report is from "
            f"{home}; the text may have been copied from elsewhere",
            span=c.span, suggestion=f"改为引用{home}或本地的相应规定",
            suggestion_en=f"cite the corresponding rule of {home}",
            evidence={"cited": c.title, "cited_province": province, "report_province": home,
                      "known_from": "local_titles.tsv" if how == "table" else how})


@rule("LG504", "cited-before-it-existed", Severity.ERROR,
      "引用了报告期后才出台的法规", "cites a regulation adopted after the report was written")
def cited_before_it_existed(report, ctx):
    year = report.metadata.year
    signed = report.metadata.signing_date
    for c in report.citations:
        entry = lookup(c.title)
        if entry is None or not entry.adopted:
            continue
        adopted = entry.adopted
        if signed is not None:
            late = adopted > signed.date.isoformat()[: len(adopted)]
        else:
            late = year is not None and adopted[:4].isdigit() and int(adopted[:4]) > year + 1
        if late:
            yield ctx.finding(
                f"《{c.title}》{adopted}才出台，不可能在{year}年度报告（{'成文于' + signed.text if signed else '报告期'}）"
                "中被执行或引用",
                f"《{c.title}》 was adopted in {adopted}, after this report on {year} was written",
                span=c.span, suggestion="核对法规名称或报告年度", suggestion_en="check the title or the year",
                evidence={"cited": c.title, "adopted": adopted, "source": entry.source})


def _national(c) -> bool:  # type: ignore[no-untyped-def]
    """Whether a citation names a national law or administrative regulation by its form."""
    return c.title.startswith("中华人民共和国") or c.kind in (CitationKind.LAW, CitationKind.REGULATION)


@rule("LG505", "unknown-national-title", Severity.WARNING,
      "国家法律法规名称有误", "a national law or regulation cited by a title that does not exist")
def unknown_national_title(report, ctx):
    for c in report.citations:
        if not _national(c):
            continue
        if lookup(c.title) is not None and not _prefix_added(c.title):
            ctx.count("citations_checked")
            continue
        near = near_titles(c.title)
        if not near or HISTORICAL.search(sentence_text(report, c.span.start)):
            ctx.count("citations_unverifiable")  # perhaps newer than the registry
            continue
        ctx.count("citations_checked")
        names = "》《".join(near)
        yield ctx.finding(
            f"没有名为《{c.title}》的国家法律或行政法规，可能是《{names}》",
            f"no national law or regulation is titled 《{c.title}》; perhaps 《{names}》",
            span=c.span, suggestion=f"改为《{near[0]}》", suggestion_en=f"write 《{near[0]}》",
            evidence={"cited": c.title, "closest": near, "registry_complete_through": complete_through()})


def _prefix_added(title: str) -> bool:
    """中华人民共和国 put before a title that does not have it (行政执法监督条例)."""
    entry = lookup(title)
    return (entry is not None and normalise(title).startswith("中华人民共和国")
            and not entry.title.startswith("中华人民共和国"))


_VERSION_BEFORE = Pattern(r"(\d{4})年(?:新)?(?:修订|修正|修改)(?:后)?的?$")
_VERSION_AFTER = Pattern(r"[（(](\d{4})年(?:修订|修正|修改)(?:版|本)?[)）]")


@rule("LG506", "version-does-not-exist", Severity.WARNING,
      "引用了不存在的法规版本", "cites a version of a law that does not exist")
def version_does_not_exist(report, ctx):
    text = report.text
    for c in report.citations:
        m = _VERSION_BEFORE.search(text, max(0, c.span.start - 12), c.span.start) \
            or _VERSION_AFTER.match(text, c.span.end)
        entry = lookup(c.title)
        if m is None or entry is None:
            continue
        claimed, years = int(m.group(1)), entry.version_years
        if not years or not entry.adopted or claimed in years:
            continue  # (a history the registry does not hold whole cannot be judged)
        first = int(entry.adopted[:4])
        if claimed >= first and claimed >= int(complete_through()[:4] or 0):
            ctx.count("citations_unverifiable")  # a version newer than the registry's data
            continue
        known = "、".join(f"{v.date[:4]}年{v.event}" for v in entry.versions)
        yield ctx.finding(
            f"《{entry.title}》没有{claimed}年的版本（已知版本：{known}）",
            f"《{entry.title}》 has no version of {claimed} (known versions: {known})",
            span=report.span(min(m.start(), c.span.start), max(m.end(), c.span.end)),
            suggestion="核对版本年份", suggestion_en="check the year of the version",
            evidence={"cited": c.title, "claimed_version": claimed,
                      "versions": [v.date for v in entry.versions], "source": entry.source})


@hookimpl
def lawgov_rules():
    return [repealed_citation, non_canonical_title, other_province_regulation,
            cited_before_it_existed, unknown_national_title, version_does_not_exist]
