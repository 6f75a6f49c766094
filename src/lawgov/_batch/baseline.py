"""Baselines: accept today's findings and report only new ones.

A finding is known by its file, its code and the text around it (its span and ten
characters either side, whitespace removed), not by its line, so editing another
part of the report does not bring known findings back. Findings about the whole
report are known by their code and message.
"""

from __future__ import annotations

from collections import Counter

from .._model import Finding, Report
from .._errors import UsageError

SCHEMA = "lawgov-baseline/1"
_AROUND = 10


def fingerprint(finding: Finding, report: Report | None) -> str:
    """What identifies ``finding`` across edits of its report."""
    if finding.span is None or report is None:
        return f"{finding.code}|{finding.message}"
    s = finding.span
    around = report.text[max(0, s.start - _AROUND):s.end + _AROUND]
    return f"{finding.code}|{''.join(around.split())}"


def load(path: str) -> dict[str, Counter[str]]:
    """The known findings of a baseline file, by report path."""
    import json

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
        raise UsageError(f"--baseline {path}: cannot read it ({exc})",
                         f"--baseline {path}：无法读取（{exc}）") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise UsageError(f"--baseline {path}: not a lawgov baseline (schema {SCHEMA})",
                         f"--baseline {path}：不是 lawgov 的基线文件（应为 {SCHEMA}）")
    reports = data.get("reports", [])
    if not isinstance(reports, list) or not all(
            isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("findings"), list)
            and all(isinstance(x, str) for x in e["findings"]) for e in reports):
        raise UsageError(f"--baseline {path}: each report needs a path and a list of findings",
                         f"--baseline {path}：每份报告应有 path 和 findings 列表")
    return {entry["path"]: Counter(entry["findings"]) for entry in reports}


def new_findings(findings: tuple[Finding, ...], report: Report | None,
                 known: Counter[str]) -> tuple[Finding, ...]:
    """``findings`` less those the baseline knows (each known one absorbs one finding)."""
    left = Counter(known)
    kept = []
    for f in findings:
        key = fingerprint(f, report)
        if left[key] > 0:
            left[key] -= 1
        else:
            kept.append(f)
    return tuple(kept)


def write(path: str, entries: list[tuple[str, list[str]]]) -> None:
    """Write a baseline: (report path, fingerprints of its findings) per report."""
    import json

    doc = {"schema": SCHEMA, "reports": [{"path": p, "findings": sorted(fps)} for p, fps in entries]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
