"""Evidence for people: each key a finding's evidence may hold, in Chinese and in
English. The JSON output keeps the raw keys for machines; the web page, the HTML
report and other outputs for people show these words."""

from __future__ import annotations

import json
from typing import Any

from .._model import CONTENTS

#: key -> (Chinese, English)
LABELS: dict[str, tuple[str, str]] = {
    "actual": ("实际值", "actual"),
    "adopted": ("通过日期", "adopted"),
    "after": ("之后", "after"),
    "before": ("之前", "before"),
    "candidates": ("可能的辖区", "candidates"),
    "canonical": ("规范名称", "full title"),
    "change": ("增减", "change"),
    "chapter": ("纲要章节", "纲要 chapter"),
    "checked": ("核对截至", "checked up to"),
    "cited": ("引用的名称", "cited title"),
    "cited_period": ("引用的期限", "period cited"),
    "cited_province": ("被引法规所属省份", "province of the cited title"),
    "claimed_version": ("所称版本", "version cited"),
    "closest": ("最接近的名称", "closest title"),
    "computed": ("计算值", "computed"),
    "content": ("内容", "content"),
    "copies": ("相同段落", "copied paragraphs"),
    "count": ("数量", "count"),
    "current": ("现行名称", "current name"),
    "date": ("日期", "date"),
    "deadline": ("截止日期", "deadline"),
    "denominator": ("分母", "denominator"),
    "denominator_may_differ": ("分母可能不同", "denominator may differ"),
    "denominator_text": ("分母原文", "denominator as written"),
    "encoding": ("编码", "encoding"),
    "ended": ("终止日期", "ended"),
    "expected": ("应为", "expected"),
    "first": ("前一处", "first"),
    "first_line": ("前一处所在行", "line of the first"),
    "issuer": ("发文单位", "issuer"),
    "jaccard": ("相似度", "similarity"),
    "jurisdictions": ("辖区", "jurisdictions"),
    "known_from": ("判断依据", "known from"),
    "line": ("行", "line"),
    "met": ("已完成", "met"),
    "name": ("名称", "name"),
    "nearest": ("最接近的", "nearest"),
    "new": ("新名称", "new name"),
    "numerator": ("分子", "numerator"),
    "numerator_text": ("分子原文", "numerator as written"),
    "old": ("旧名称", "old name"),
    "over": ("超出", "over"),
    "over_text": ("超出部分原文", "excess as written"),
    "paragraphs": ("段落", "paragraphs"),
    "part": ("部分", "part"),
    "parts": ("分项", "parts"),
    "path": ("文件", "file"),
    "places": ("地名", "places"),
    "plan": ("规划", "plan"),
    "plans": ("规划", "plans"),
    "plugin": ("插件", "plugin"),
    "points": ("百分点", "points"),
    "previous": ("上一年度", "last year"),
    "previous_issuer": ("上一年度发文单位", "last year's issuer"),
    "previous_line": ("上一年度所在行", "line in last year's report"),
    "previous_source": ("上一年度报告", "last year's report"),
    "previous_year": ("上一年度", "last year"),
    "published": ("公开日期", "published"),
    "published_from": ("公开日期来源", "publication date from"),
    "rate": ("比率", "rate"),
    "registry_complete_through": ("法规库完整至", "registry complete through"),
    "replaced": ("被取代的", "replaced"),
    "replaced_by": ("取代它的", "replaced by"),
    "replaced_on": ("取代日期", "replaced on"),
    "report_province": ("本报告所属省份", "report's province"),
    "report_year": ("报告年度", "report year"),
    "rounding": ("取舍", "rounding"),
    "rule": ("规则", "rule"),
    "second": ("后一处", "second"),
    "share": ("占比", "share"),
    "shares": ("各项占比", "shares"),
    "signed": ("成文日期", "signed"),
    "similarity": ("相似度", "similarity"),
    "since": ("自", "since"),
    "source": ("来源", "source"),
    "stated": ("所述比率", "stated"),
    "sum": ("合计", "sum"),
    "sum_at_least": ("合计至少", "sum at least"),
    "sum_at_most": ("合计至多", "sum at most"),
    "target": ("目标", "target"),
    "title": ("标题", "title"),
    "tolerance": ("允许误差", "tolerance"),
    "total": ("总数", "total"),
    "total_text": ("总数原文", "total as written"),
    "versions": ("已知版本", "known versions"),
    "whole": ("总数", "whole"),
    "written": ("成文日期", "written"),
    "year": ("年度", "year"),
}
_CONTENT = {key: (name, name_en) for key, name, name_en, *_ in CONTENTS}


def label(key: str, lang: str = "zh") -> str:
    """The words for an evidence key (the key itself when it has none)."""
    words = LABELS.get(key)
    return key if words is None else words[lang == "en"]


def value(key: str, v: Any, lang: str = "zh") -> str:
    """An evidence value as a person reads it: text without quotes, lists joined,
    yes/no, a content's name for its key."""
    en = lang == "en"
    if key == "content" and isinstance(v, str) and v in _CONTENT:
        return _CONTENT[v][en]
    if isinstance(v, bool):
        return ("yes" if v else "no") if en else ("是" if v else "否")
    if v is None:
        return "—"
    if isinstance(v, str | int | float):
        return str(v)
    if isinstance(v, list | tuple) and all(isinstance(x, str | int | float) for x in v):
        return (", " if en else "、").join(map(str, v))
    return json.dumps(v, ensure_ascii=False)
