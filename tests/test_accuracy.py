"""Accuracy on real published claims (the realtext dev set in ../shared).

The thresholds are what the rules reach today (docs/accuracy.md): a change that
loses a real inconsistency or adds a false alarm fails here.
"""

import importlib.util

import pytest

from conftest import ROOT

CLAIMS = ROOT.parent / "shared" / "realtext" / "claims.jsonl"


def _tool():
    """tools/accuracy.py, which measures both dev sets."""
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "tools" / "accuracy.py")
    accuracy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(accuracy)
    return accuracy


@pytest.fixture(scope="module")
def figures():
    if not CLAIMS.is_file():
        pytest.skip("../shared/realtext is not available")
    accuracy = _tool()
    return accuracy.summary(accuracy.measure(accuracy.load(CLAIMS)))


def test_every_real_inconsistency_is_found(figures):
    assert figures["inconsistent_found"] == figures["inconsistent"] >= 3


def test_no_warning_or_error_on_consistent_or_undecidable_claims(figures):
    assert figures["false_alarms"] == 0
    assert figures["consistent_alarmed"] == figures["undecidable_alarmed"] == 0


def test_truncation_only_claims_readable_from_their_quote_are_noted(figures):
    # four of the seven need a denominator that their quote does not state
    assert figures["truncation_found"] >= 2


CASES = ROOT.parent / "shared" / "numeric-cases" / "cases.jsonl"


@pytest.fixture(scope="module")
def cases():
    if not CASES.is_file():
        pytest.skip("../shared/numeric-cases is not available")
    accuracy = _tool()
    return accuracy.cases_summary(accuracy.measure_cases(accuracy.load(CASES)))


def test_numeric_passages_found_and_false_alarms_no_worse_than_measured(cases):
    # docs/accuracy.md: 132 of 146 inconsistent passages found, 0 of 225 others alarmed
    assert cases["found"] >= 132
    assert cases["alarmed"] <= 0


OPENINGS = ROOT.parent / "shared" / "realtext" / "openings"


def test_the_face_of_real_pages_is_read_no_worse_than_measured():
    if not (OPENINGS / "index.tsv").is_file():
        pytest.skip("../shared/realtext/openings is not available")
    spec = importlib.util.spec_from_file_location("faces", ROOT / "tools" / "faces.py")
    faces = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(faces)
    tally = faces.measure(OPENINGS)["tally"]
    # docs/accuracy.md: year 35/35, jurisdiction 35/35, issuer 35/35, level 34/35, publication
    # date 12/12
    for every in ("year", "jurisdiction", "issuer", "published"):
        assert tally[every][0] == tally[every][1], every
    assert tally["level"][0] >= 34
