"""Measure lawgov's numeric rules on annotated real claims (the realtext dev set).

Each line of the claims file holds one numeric claim quoted from a published report,
with the operands a person reads in it and a verdict (consistent, inconsistent or
undecidable). Every distinct quote is parsed and checked on its own, as the body of a
report under a bare title line, with the numeric rules (LG2xx); each finding is
attributed to the claim of that quote whose numbers it names most, and then counted:

- an ``inconsistent`` claim is found when a finding is attributed to it, at warning or
  error, or at any severity when only truncation explains it ("truncated value" in its
  reason: the policy makes those info at most);
- a warning or error attributed to a ``consistent`` or ``undecidable`` claim, or to a
  truncation-only one, or to none of the quote's claims, is a false alarm;
- an inconsistent claim nobody found is a miss, also when lawgov cannot read the quote.

Run ``python tools/accuracy.py [CLAIMS]`` (default ``../shared/realtext/claims.jsonl``);
``--json`` prints the figures as JSON, ``--details`` lists every miss and false alarm.

``--openings [DIR]`` measures how the report year, jurisdiction, issuer and publication
date are read from real page openings instead (see ``tools/faces.py``).

``--cases [CASES]`` measures the passages of the numeric-cases dev set instead
(default ``../shared/numeric-cases/cases.jsonl``): each passage is checked on its own,
as the body of a report, with the numeric rules; an ``inconsistent`` passage is found
when any warning or error is reported on it, and a ``consistent`` or ``undecidable``
one with a warning or error is a false alarm. The figures are given overall, by kind
of claim and by phrasing tag.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "realtext" / "claims.jsonl"
CASES = ROOT.parent / "shared" / "numeric-cases" / "cases.jsonl"
OPENINGS = ROOT.parent / "shared" / "realtext" / "openings"
#: The rules measured: the numeric family.
SELECT = ("LG2",)
#: A quote is checked as the body of a report: a line alone would be read as a title.
BODY = "关于法治政府建设情况的报告\n{}\n"
#: The rule expected to find each kind of claim (a miss is charged to it).
EXPECTED = {"rate": "LG201", "percent_range": "LG201", "part_whole": "LG203", "sum": "LG204",
            "yoy": "LG207"}


def _numbers(value) -> set[Decimal]:
    """Every number in a JSON value (strings such as "92.71%" included)."""
    found: set[Decimal] = set()
    if isinstance(value, bool) or value is None:
        return found
    if isinstance(value, (int, float)):
        found.add(Decimal(str(value)).normalize())
    elif isinstance(value, str):
        try:
            found.add(Decimal(value.rstrip("%").replace(",", "")).normalize())
        except InvalidOperation:
            pass
    elif isinstance(value, dict):
        for v in value.values():
            found |= _numbers(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            found |= _numbers(v)
    return found


def truncation_only(claim: dict) -> bool:
    return claim["verdict"] == "inconsistent" and "truncated value" in claim["reason"]


def attribute(finding, claims: list[dict]) -> dict | None:
    """The claim whose numbers the finding's evidence names most (None: none)."""
    named = _numbers(finding.evidence)
    named |= {(n / scale).normalize() for n in named for scale in (Decimal(10_000), Decimal(10**8))}
    best, score = None, 0
    for claim in claims:
        overlap = len(named & _numbers(claim["numbers"]))
        fits = EXPECTED.get(claim["kind"]) == finding.code
        if (overlap, fits) > (score, best is not None and EXPECTED.get(best["kind"]) == finding.code):
            best, score = claim, overlap
    return best if score else None


def measure(claims: list[dict]) -> dict:
    import lawgov

    by_quote: dict[str, list[dict]] = defaultdict(list)
    for claim in claims:
        by_quote[claim["quote"]].append(claim)
    found: dict[int, list] = defaultdict(list)
    stray: list[tuple[str, object]] = []
    for quote, group in by_quote.items():
        result = lawgov.check(lawgov.parse(BODY.format(quote)), jurisdiction="none", select=SELECT)
        for f in result.findings:
            claim = attribute(f, group)
            if claim is None:
                stray.append((quote, f))
            else:
                found[id(claim)].append(f)

    rules: dict[str, Counter] = defaultdict(Counter)
    outcome = Counter()
    misses, alarms = [], []
    for claim in claims:
        fs = found.get(id(claim), [])
        loud = [f for f in fs if f.severity >= lawgov.Severity.WARNING]
        verdict = claim["verdict"]
        if verdict == "inconsistent":
            trunc = truncation_only(claim)
            hit = fs if trunc else loud
            key = "truncation" if trunc else "inconsistent"
            outcome[f"{key}_claims"] += 1
            if hit:
                outcome[f"{key}_found"] += 1
                for f in hit:
                    rules[f.code]["tp"] += 1
            else:
                outcome[f"{key}_missed"] += 1
                rules[EXPECTED[claim["kind"]]]["fn"] += 1
                misses.append((claim, fs))
            if trunc and loud:
                for f in loud:
                    rules[f.code]["fp"] += 1
                alarms.append((claim, loud))
        else:
            outcome[f"{verdict}_claims"] += 1
            for f in loud:
                rules[f.code]["fp"] += 1
            if loud:
                outcome[f"{verdict}_alarmed"] += 1
                alarms.append((claim, loud))
    for quote, f in stray:
        if f.severity >= lawgov.Severity.WARNING:
            rules[f.code]["fp"] += 1
            alarms.append(({"quote": quote, "verdict": "none", "kind": "-", "reason": ""}, [f]))
    tp = sum(c["tp"] for c in rules.values())
    fp = sum(c["fp"] for c in rules.values())
    return {
        "claims": len(claims), "quotes": len(by_quote), "outcome": dict(outcome),
        "rules": {code: dict(c) for code, c in sorted(rules.items())},
        "loud_findings": tp + fp - sum(1 for c in claims if truncation_only(c) and found.get(id(c))
                                       and not any(f.severity >= lawgov.Severity.WARNING
                                                   for f in found[id(c)])),
        "false_alarms": fp,
        "misses": misses, "alarms": alarms,
    }


def summary(m: dict) -> dict:
    """The published figures: recall of real and truncation-only inconsistencies,
    false alarms, and precision of warnings and errors."""
    o = m["outcome"]
    real = o.get("inconsistent_claims", 0)
    trunc = o.get("truncation_claims", 0)
    loud = m["loud_findings"]
    return {
        "claims": m["claims"],
        "quotes": m["quotes"],
        "inconsistent": real,
        "inconsistent_found": o.get("inconsistent_found", 0),
        "recall": round(o.get("inconsistent_found", 0) / real, 3) if real else None,
        "truncation_only": trunc,
        "truncation_found": o.get("truncation_found", 0),
        "consistent": o.get("consistent_claims", 0),
        "consistent_alarmed": o.get("consistent_alarmed", 0),
        "undecidable": o.get("undecidable_claims", 0),
        "undecidable_alarmed": o.get("undecidable_alarmed", 0),
        "false_alarms": m["false_alarms"],
        "precision": round((loud - m["false_alarms"]) / loud, 3) if loud else None,
        "rules": m["rules"],
    }


def measure_cases(cases: list[dict]) -> dict:
    """Passages found (inconsistent, with a warning or error) and alarmed (the others,
    with a warning or error): overall, by ``kind`` and by phrasing tag."""
    import lawgov

    groups: dict[str, Counter] = defaultdict(Counter)
    details = []
    for case in cases:
        result = lawgov.check(lawgov.parse(BODY.format(case["text"])), jurisdiction="none", select=SELECT)
        loud = [f for f in result.findings if f.severity >= lawgov.Severity.WARNING]
        bad = case["verdict"] == "inconsistent"
        outcome = ("found" if loud else "missed") if bad else ("alarmed" if loud else "silent")
        tags = [t for t in case.get("phrasing", "").split("+") if t]
        keys = ["all", f"kind:{case['kind']}"] + [f"phrasing:{t}" for t in tags]
        for key in keys:
            groups[key]["inconsistent" if bad else "other"] += 1
            groups[key][outcome] += 1
        if outcome in ("missed", "alarmed"):
            details.append((case, outcome, loud))
    return {"groups": {k: dict(v) for k, v in sorted(groups.items())}, "details": details}


def cases_summary(m: dict) -> dict:
    """The published figures of the numeric-cases set."""
    a = m["groups"]["all"]
    return {"inconsistent": a.get("inconsistent", 0), "found": a.get("found", 0),
            "others": a.get("other", 0), "alarmed": a.get("alarmed", 0),
            "groups": m["groups"]}


def _print_cases(path: pathlib.Path, as_json: bool, details: bool) -> int:
    m = measure_cases(load(path))
    s = cases_summary(m)
    if as_json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return 0
    print(f"inconsistent passages found: {s['found']}/{s['inconsistent']}; "
          f"others with a warning or error: {s['alarmed']}/{s['others']}")
    print(f"\n{'group':<40} {'found':>9} {'alarmed':>9}")
    for key, g in s["groups"].items():
        print(f"{key:<40} {g.get('found', 0):>4}/{g.get('inconsistent', 0):<4} "
              f"{g.get('alarmed', 0):>4}/{g.get('other', 0):<4}")
    if details:
        for case, outcome, loud in m["details"]:
            print(f"\n{outcome.upper()} {case['id']} {case['kind']} ({case.get('phrasing', '')})")
            for f in loud:
                print(f"  {f.code} {f.severity.label}: {f.message}")
    return 0


def load(path: pathlib.Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claims", nargs="?", default=str(DEFAULT))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    parser.add_argument("--cases", nargs="?", const=str(CASES), metavar="CASES",
                        help="measure the numeric-cases passages instead (default: %(const)s)")
    parser.add_argument("--openings", nargs="?", const=str(OPENINGS), metavar="DIR",
                        help="measure how report pages' faces are read (default: %(const)s)")
    args = parser.parse_args(argv)
    if args.openings:
        import faces

        folder = pathlib.Path(args.openings)
        if not (folder / "index.tsv").is_file():
            print(f"accuracy: {folder}/index.tsv not found (the openings live in ../shared)", file=sys.stderr)
            return 2
        return faces.report(folder, args.details)
    if args.cases:
        cases = pathlib.Path(args.cases)
        if not cases.is_file():
            print(f"accuracy: {cases} not found (the numeric-cases dev set lives in ../shared)",
                  file=sys.stderr)
            return 2
        return _print_cases(cases, args.json, args.details)
    path = pathlib.Path(args.claims)
    if not path.is_file():
        print(f"accuracy: {path} not found (the realtext dev set lives in ../shared)", file=sys.stderr)
        return 2
    m = measure(load(path))
    s = summary(m)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return 0
    print(f"{s['claims']} claims in {s['quotes']} quotes")
    print(f"real inconsistencies found:       {s['inconsistent_found']}/{s['inconsistent']}"
          f"  (recall {s['recall']})")
    print(f"truncation-only found (info):     {s['truncation_found']}/{s['truncation_only']}")
    print(f"consistent claims with an alarm:  {s['consistent_alarmed']}/{s['consistent']}")
    print(f"undecidable claims with an alarm: {s['undecidable_alarmed']}/{s['undecidable']}")
    print(f"warnings and errors: {m['loud_findings']}, false alarms {s['false_alarms']}"
          f"  (precision {s['precision']})")
    print("\nrule    TP  FP  FN")
    for code, c in s["rules"].items():
        print(f"{code:6} {c.get('tp', 0):3} {c.get('fp', 0):3} {c.get('fn', 0):3}")
    if args.details:
        for claim, fs in m["misses"]:
            print(f"\nMISS {claim['kind']} {claim['numbers']}\n  {claim['quote'][:160]}")
            for f in fs:
                print(f"  (found only {f.code} {f.severity.label}: {f.message})")
        for claim, fs in m["alarms"]:
            print(f"\nALARM on {claim['verdict']} {claim['kind']}\n  {claim['quote'][:160]}")
            for f in fs:
                print(f"  {f.code} {f.severity.label}: {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
