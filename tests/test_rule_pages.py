"""Each rule page's examples run through the rule: the text under "Example that
fires" (会报告的例子) is reported, the text under "Example that does not fire"
(不会报告的例子) is not.

The convention of the pages (docs/plugins.md): an example is a ```` ```text ````
block holding a report text; a line that starts with an ASCII ``(`` explains the
example and is not part of it, and so is anything after three spaces and a ``(``
at the end of a line. For the rules that compare a report with last year's, the
lines after ``(last year's report)`` (``(上一年度报告)``) are last year's report and
those after ``(this year's report)`` (``(本年度报告)``) this year's. Examples that
are not a report text (a file that cannot be read, a batch, a web page's publication
date, a failing plugin) are fenced ```` ```none ```` and described in words; they
are tested by the tests of their stage.
"""

from __future__ import annotations

import re

import pytest

import lawgov
from lawgov._check.codes import CODES

FIRES = ("## Example that fires", "## 会报告的例子")
QUIET = ("## Example that does not fire", "## 不会报告的例子")


def _rules():
    return {r.code: r for r in lawgov.plugin_manager().rules()}


LAST_YEAR = ("(last year's report)", "(上一年度报告)")
THIS_YEAR = ("(this year's report)", "(本年度报告)")


def _example(block: str) -> tuple[str, str | None]:
    """(this year's text, last year's text or None) of an example block."""
    texts: dict[str, list[str]] = {"this": [], "last": []}
    into = texts["this"]
    for line in block.split("\n"):
        if line.strip() in LAST_YEAR + THIS_YEAR:
            into = texts["last" if line.strip() in LAST_YEAR else "this"]
        elif not line.startswith("("):
            into.append(re.sub(r"\s{3,}\(.*$", "", line))
    this, last = ("\n".join(texts[k]).strip("\n") + "\n" for k in ("this", "last"))
    return this, last if texts["last"] else None


def _examples(page: str, headings: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """The examples under a heading of ``headings``."""
    out = []
    for heading in headings:
        if heading not in page:
            continue
        section = page.split(heading, 1)[1].split("\n## ", 1)[0]
        out.extend(_example(block) for block in re.findall(r"```text\n(.*?)```", section, flags=re.S))
    return out


def _cases():
    for code, r in sorted(_rules().items()):
        for lang in ("en", "zh"):
            page = r.doc(lang)
            if page is None:
                continue
            for i, (text, last) in enumerate(_examples(page, FIRES)):
                yield pytest.param(code, text, last, True, id=f"{code}-{lang}-fires-{i}")
            for i, (text, last) in enumerate(_examples(page, QUIET)):
                yield pytest.param(code, text, last, False, id=f"{code}-{lang}-quiet-{i}")


@pytest.mark.parametrize(("code", "text", "last", "fires"), list(_cases()))
def test_the_example_of_a_rule_page_does_what_the_page_says(code, text, last, fires):
    previous = lawgov.parse(last) if last is not None else None
    found = [f.code for f in lawgov.check(lawgov.parse(text), select=[code], previous=previous).findings]
    assert (code in found) == fires, f"{code} on:\n{text}"


def test_an_example_may_hold_last_years_report_and_its_comments_are_left_out():
    block = "(last year's report)\n去年的报告\n(this year's report)\n今年的报告   (a note)\n(a comment)\n"
    assert _example(block) == ("今年的报告\n", "去年的报告\n")


@pytest.mark.parametrize("code", sorted(_rules()))
def test_every_rule_page_has_runnable_examples_of_both_kinds_or_says_why_not(code):
    page = _rules()[code].doc("en")
    fires, quiet = _examples(page, FIRES), _examples(page, QUIET)
    described = re.search(r"## Example that fires\n+```none", page)
    assert (fires and quiet) or described, f"{code}: no ```text example to run"


def test_codes_that_are_not_rules_describe_their_examples():
    for code in CODES:
        page = CODES[code].doc("en")
        if code not in _rules():
            assert "```text" not in page, code
