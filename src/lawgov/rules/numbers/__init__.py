"""Built-in plugin ``numbers``: rates against counts, impossible rates, parts and
wholes, repeated figures and stated changes (LG2xx), by family:
``rates``, ``wholes``, ``figures``, ``yoy`` and ``averages``, on what ``_operands`` finds.

An error needs the text itself to tie the operands together: the counts and the
rate stand in one sentence, and the rate's name says which count is its numerator
(调解成功率: 成功…) and which its denominator (受理/调解/排查…). Every candidate
pair, three rounding schemes (half-up, half-even, truncation) and every reading of
余/以上/近/约 are tried before anything is reported. A rate whose operands are not
stated is counted as unverifiable, never reported.
"""

from __future__ import annotations

from ...hookspecs import hookimpl
from .averages import average_contradicts_total
from .figures import change_contradicts_values, figure_stated_twice
from .rates import rate_impossible_for_denominator, rate_matches_counts, rate_over_100
from .wholes import part_exceeds_whole, parts_do_not_sum, shares_do_not_sum


@hookimpl
def lawgov_rules():
    return [rate_matches_counts, rate_impossible_for_denominator, part_exceeds_whole, parts_do_not_sum,
            rate_over_100, figure_stated_twice, change_contradicts_values, shares_do_not_sum,
            average_contradicts_total]
