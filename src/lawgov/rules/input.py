"""Built-in plugin ``input``: problems with the text itself and with attribution."""

from __future__ import annotations

from ..hookspecs import hookimpl
from .._model import Severity
from .._check.rule import rule


@rule("LG005", "undecodable-characters", Severity.WARNING,
      "部分字节无法解码，已替换为 �", "some bytes could not be decoded and were replaced")
def undecodable_characters(report, ctx):
    count = report.text.count("\ufffd")
    if count:
        first = report.text.index("\ufffd")
        yield ctx.finding(
            f"文件中有 {count} 处字节无法按 {report.encoding} 解码，已替换为 �；这些位置的文字可能缺失",
            f"{count} byte sequences could not be decoded as {report.encoding} and were "
            "replaced with �; text there may be missing",
            span=report.span(first, first + 1), evidence={"replaced": count, "encoding": report.encoding})


@rule("LG010", "jurisdiction-undetermined", Severity.INFO,
      "无法确定报告所属辖区，仅适用全国通用规则",
      "the jurisdiction could not be determined; national rules only")
def jurisdiction_undetermined(report, ctx):
    att = ctx.attribution
    if att is None or att.name is not None or att.evidence == ("--jurisdiction",):
        return
    choose, choose_en = ("可在命令行用 --jurisdiction 或在网页的“辖区”选项中指定辖区",
                         "choose one with --jurisdiction or the page's jurisdiction list")
    if att.candidates:
        known = ctx.options.get("jurisdictions", {})
        names = {j: known[j].province if j in known else j for j in att.candidates}
        listed = "；".join(f"{names[j]}：{'、'.join(found)}" for j, found in att.candidates.items())
        listed_en = "; ".join(f"{j}: {', '.join(found)}" for j, found in att.candidates.items())
        yield ctx.finding(
            f"报告中的地名指向多个辖区（{listed}），无法确定所属辖区，仅适用全国通用规则",
            f"place names point to several jurisdictions ({listed_en}); national rules only",
            suggestion=choose, suggestion_en=choose_en,
            evidence={"candidates": {k: list(v) for k, v in att.candidates.items()}})
    elif ctx.province is not None:
        yield ctx.finding(
            f"报告属于{ctx.province}，尚未安装该省的规则包，仅适用全国通用规则",
            f"the report is from {ctx.province}, for which no rule pack is installed; national rules only",
            suggestion=f"如有{ctx.province}的规则包，安装后即可使用该省的规则",
            suggestion_en=f"install a rule pack for {ctx.province} to apply its rules")
    else:
        yield ctx.finding(
            "报告中没有可识别已安装辖区插件的地名，仅适用全国通用规则",
            "no place name of an installed jurisdiction was found; national rules only",
            suggestion=choose, suggestion_en=choose_en)


@rule("LG011", "ambiguous-place-name", Severity.INFO,
      "地名在多个省份都有，无法据此判断辖区", "a place name exists in several provinces")
def ambiguous_place_name(report, ctx):
    att = ctx.attribution
    if att is None or not att.ambiguous:
        return
    for name in att.ambiguous:
        start = report.text.find(name)
        yield ctx.finding(
            f"地名“{name}”在多个省份都有，文中没有可区分的上级地名，未据此判断辖区",
            f"the place name {name} exists in several provinces and nothing in the text "
            "says which; it was not used to attribute the report",
            span=report.span(start, start + len(name)) if start >= 0 else None,
            evidence={"name": name})


@hookimpl
def lawgov_rules():
    return [undecodable_characters, jurisdiction_undetermined, ambiguous_place_name]
