"""Building blocks for jurisdiction rule packs.

A jurisdiction plugin ships its facts as data (``data/places.tsv`` with renamed
places, ``data/regulations.tsv`` with its provincial and municipal regulations) and
turns them into rules under its own code prefix with these factories::

    @hookimpl
    def lawgov_rules():
        return [repealed_rule("CQ101", "chongqing", __name__),
                stale_place_rule("CQ102", "chongqing", __name__)]

Each rule runs only on reports attributed to the jurisdiction, and finds its
documentation page as ``docs/<CODE>.md`` in the plugin's package.

``regulations.tsv`` columns (tab-separated; ``#`` starts a comment): title, order
number (令号), adopted, in force, replaced by, replacement in force, source.
"""

from __future__ import annotations

import functools

import regex
from attrs import frozen

from ._domain.laws import normalise
from ._model import Severity
from ._util.resources import resource_files
from ._check.rule import Rule, rule
from .rules._common import replaced_citations, sentence_text as _sentence, year_of as _year

__all__ = ["Regulation", "load_regulations", "misnamed_rule", "repealed_rule", "replaced_citations",
           "stale_place_rule"]

#: Words that show a former place name is used about the change itself.
_RENAME_NOTE = regex.compile(r"撤县|撤乡|撤镇|设区|更名|改名|原名|原为|原来")


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
    text = (resource_files(package) / resource).read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            reg = Regulation(*(line.split("\t") + [""] * 7)[:7])
            out[normalise(reg.title)] = reg
    return out


def repealed_rule(code: str, jurisdiction: str, package: str) -> Rule:
    """A rule reporting a cited provincial or municipal regulation that the plugin's
    data records as replaced, in a report on a year when the replacement was in force."""

    @rule(code, "repealed-local-rule", Severity.ERROR,
          "引用了已被取代的本地法规规章", "cites a replaced regulation of the jurisdiction",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        regs = load_regulations(package)
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


def misnamed_rule(code: str, jurisdiction: str, package: str, threshold: float = 0.75) -> Rule:
    """A rule reporting a cited title of the jurisdiction that is not in its data but
    nearly matches one that is (《宁夏回族自治区重大行政决策程序规定》 for
    《宁夏回族自治区重大行政决策规定》): the published title is suggested."""

    @rule(code, "misnamed-local-rule", Severity.INFO,
          "本地法规规章名称与公布的名称不一致", "a local regulation is cited under a wrong title",
          jurisdiction=jurisdiction, docs_package=package)
    def check(report, ctx):
        regs = load_regulations(package)
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
