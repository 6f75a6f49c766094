"""Built-in plugin ``plans``: the five-year plans a report cites against the plans
data (``lawgov/data/plans.toml``): wrong periods (LG507), plans that have ended cited
as current work (LG602), the superseded 纲要's goal wording (LG603), and plans not
known to have been issued (LG604)."""

from __future__ import annotations

import functools
from typing import Any

import regex

from .._check.rule import rule
from .._domain.contents import Content
from .._domain.plans import (PERIOD, Plan, checked, expected_names, informal_names, named_periods,
                             outline_for, periods_of, plan_of_informal, plans)
from .._model import Severity
from .._util.store import compiled
from .._util.text import Pattern
from ..hookspecs import hookimpl
from ._common import parts, sentence_at, sub_sections

#: A place just before a plan's name makes it a local plan of that name.
_LOCAL_BEFORE = Pattern(r"((省|自治区|市|州|盟|县|区|旗|镇|乡|街道|我|本|全)(委|政府|人民政府)?|党委|政府)"
                        r"(印发|制定|出台)?的?[《“\"]?$")
#: Words by which a sentence looks back on a plan rather than carrying it on.
_LOOKS_BACK = Pattern(r"总结|验收|评估|回顾|考核|复盘")
_PAST = Pattern(r"总结|验收|评估|回顾|考核|复盘|收官|完成|期间|以来|成效|经验|圆满|结束|取得")
#: List markers and verbs before a plan's name (一是确保…方案).
_LEADING = Pattern(r"(?:[一二三四五六七八九十\d]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．]|确保|落实|贯彻|"
                   r"实施|完成|推进|按照|对照|围绕|根据|依据|深入|全面|继续|认真|严格|执行)+")


@functools.cache
def _any_plan_period() -> Any:
    """A plan's name (a 规划, 纲要, 方案, 计划 or 行动) with its period."""
    return compiled(r"(?:规划|纲要|方案|计划|行动)[”\"》]?" + PERIOD)


def _national(report, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a plan name found at ``m`` is the national plan, not a local one of
    the same name (示例省法治政府建设实施纲要)."""
    before = report.text[max(0, m.start() - 12):m.start()]
    return not _LOCAL_BEFORE.search(before)


@rule("LG507", "plan-period-wrong", Severity.ERROR,
      "规划、纲要的年限写错", "a plan cited with a period it never had")
def plan_period_wrong(report, ctx):
    for m in named_periods().finditer(report.text):
        start, end = int(m["start"]), int(m["end"])
        known = periods_of(m["name"])
        if not known or not _national(report, m) or any((p.start, p.end) == (start, end) for p in known):
            continue
        if start > max(p.end for p in known):
            continue  # a later period: LG604
        real = max(known, key=lambda p: (min(p.end, end) - max(p.start, start), -abs(p.start - start)))
        yield ctx.finding(
            f"《{m['name']}》的期限是{real.period}，不是{start}—{end}年",
            f"the {m['name']} covers {real.start}–{real.end}, not {start}–{end}",
            span=report.span(m.start(), m.end()), suggestion=f"改为《{real.title}》",
            suggestion_en=f"write 《{real.title}》",
            evidence={"cited_period": [start, end], "plans": [[p.start, p.end] for p in known]})


def _plans_spans(report) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Where the next-year plans are: the parts and sub-parts announcing them."""
    found = [s for s, contents in parts(report) if Content.PLANS in contents]
    found += sub_sections(report, Content.PLANS)
    return [(s.span.start, s.span.end) for s in found]


def _clause(report, offset: int) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The start and text of the sentence holding ``offset``, or of its line when it is
    not in a sentence (a heading such as （一）确保…)."""
    sentence = sentence_at(report, offset)
    if sentence is not None:
        return sentence.span.start, sentence.text
    start = report.text.rfind("\n", 0, offset) + 1
    end = report.text.find("\n", offset)
    return start, report.text[start:end if end >= 0 else len(report.text)]


def _plan_name(report, start: int, end: int) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Where the name of a plan whose period ends at ``end`` starts, and the name: the
    《》 title holding it, or the words before it back to a punctuation mark."""
    for c in report.citations:
        if c.span.start <= start < c.span.end:
            return c.span.start, f"《{c.title}》"
    begin = start
    while begin > 0 and begin > start - 30 and report.text[begin - 1] not in "，。；：、,;:\n《》“”":
        begin -= 1
    lead = _LEADING.match(report.text, begin, start)
    begin = lead.end() if lead else begin
    return begin, f"“{report.text[begin:end]}”"


def _in(spans, offset: int) -> bool:  # type: ignore[no-untyped-def]
    return any(a <= offset < b for a, b in spans)


@rule("LG602", "ended-plan-as-current", Severity.WARNING,
      "把已到期的规划当作当前工作", "a plan whose period has ended is treated as current work")
def ended_plan_as_current(report, ctx):
    year = report.metadata.year
    if year is None:
        return
    plan_parts = _plans_spans(report)
    # the latest issued 纲要 stays the reference while no successor is known
    outline = outline_for(year + 1)
    seen: set[int] = set()
    for m in _any_plan_period().finditer(report.text):
        end = int(m["end"])
        if end >= year or not _in(plan_parts, m.start()):
            continue
        if outline is not None and (int(m["start"]), end) == (outline.start, outline.end) \
                and any(report.text.endswith(n, 0, m.start() + 2) for n in outline.names):
            continue
        where, sentence = _clause(report, m.start())
        if _LOOKS_BACK.search(sentence) or where in seen:
            continue
        seen.add(where)
        start, name = _plan_name(report, m.start(), m.end())
        yield _ended(ctx, report, start, m.end(), name, end, year, next_year=True)
    for m in informal_names().finditer(report.text):
        plan, name = plan_of_informal(m)
        where, sentence = _clause(report, m.start())
        if plan.end >= year or where in seen:
            continue
        looks_back = _LOOKS_BACK if _in(plan_parts, m.start()) else _PAST
        if looks_back.search(sentence):
            continue
        seen.add(where)
        yield _ended(ctx, report, m.start(), m.end(), f"“{name}”", plan.end, year,
                     next_year=_in(plan_parts, m.start()))


def _ended(ctx, report, start, end_offset, name, end, year, *, next_year):  # type: ignore[no-untyped-def]
    when = f"{year + 1}年的工作安排" if next_year else f"{year}年度的工作"
    when_en = f"the plans for {year + 1}" if next_year else f"the work of {year}"
    return ctx.finding(
        f"{name}已于{end}年到期，{when}不宜再以它为依据或目标",
        f"{name} ended with {end}; {when_en} should not rest on it",
        span=report.span(start, end_offset),
        suggestion="改为依据现行的规划或上级部署；对到期规划只宜写总结、验收",
        suggestion_en="rest on a current plan or instruction; an ended plan is only reviewed",
        evidence={"plan": name, "ended": end, "report_year": year})


@functools.lru_cache(maxsize=8)
def _goal_pattern(goal: tuple[str, ...]) -> Any:
    return compiled(r"[、，,\s]{0,2}".join(map(regex.escape, goal)))


@rule("LG603", "superseded-goal-wording", Severity.INFO,
      "沿用了旧纲要的目标表述", "the goal is worded as in a superseded 纲要")
def superseded_goal_wording(report, ctx):
    current = outline_for(report.metadata.year)
    if current is None or not current.goal:
        return
    for old in plans():
        if old.role != "outline" or not old.goal or old.goal == current.goal or old.end >= current.start:
            continue
        for m in _goal_pattern(old.goal).finditer(report.text):
            yield ctx.finding(
                f"法治政府的目标仍沿用《{old.title}》的表述；现行表述为“{'、'.join(current.goal)}”",
                f"the goal is worded as in 《{old.title}》; the current wording is “{'、'.join(current.goal)}”",
                span=report.span(m.start(), m.end()), suggestion=f"改为“{'、'.join(current.goal)}”",
                suggestion_en=f"write “{'、'.join(current.goal)}”",
                evidence={"old": old.title, "current": current.title})


@rule("LG604", "plan-not-known-to-exist", Severity.INFO,
      "引用了尚未印发的规划", "cites a plan not known to have been issued")
def plan_not_known_to_exist(report, ctx):
    for m in named_periods().finditer(report.text):
        known = periods_of(m["name"])
        if _national(report, m) and known and int(m["start"]) > max(p.end for p in known):
            yield _unissued(ctx, report, m.start(), m.end(), f"《{m['name']}（{m['start']}—{m['end']}年）》",
                            known[-1])
    expected = expected_names()
    for c in report.citations:
        hit = next(((n, follows) for n, follows in expected if n in c.title), None)
        if hit is not None:
            previous = next((p for p in plans() if p.title == hit[1]), None)
            yield _unissued(ctx, report, c.span.start, c.span.end, f"《{c.title}》", previous)


def _unissued(ctx, report, start, end, name, previous: Plan | None):  # type: ignore[no-untyped-def]
    after = f"，已知最近的是《{previous.title}》" if previous else ""
    after_en = f"; the latest known is 《{previous.title}》" if previous else ""
    return ctx.finding(
        f"截至{checked().isoformat()}，未见{name}印发{after}；请核对名称和文号",
        f"no {name} was known to have been issued by {checked().isoformat()}{after_en}; "
        "check the title and its document number",
        span=report.span(start, end), suggestion="核对文件名称、文号和印发时间",
        suggestion_en="check the title, document number and date",
        evidence={"cited": name, "checked": checked().isoformat()})


@hookimpl
def lawgov_rules():
    return [plan_period_wrong, ended_plan_as_current, superseded_goal_wording, plan_not_known_to_exist]
