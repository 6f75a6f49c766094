"""What the LG2xx rules share: the kinds of rate and their operands, the search
for the counts a rate is computed from, rounding schemes and the GRIM test."""

from __future__ import annotations

import bisect
import itertools
from decimal import ROUND_HALF_UP, Decimal

import attrs
import regex

from ..._model import Approx, Severity
from ._arithmetic import HUNDRED, _comparable, _fmt, _pct, _scheme, _values
from ..._util.text import Pattern
from .._common import counts, sentence_at
from ._shares import _last_year, _share_operands


class _RateKind:
    """A kind of rate; its patterns are compiled when first used (compiling costs
    start-up time)."""

    def __init__(self, names: str, numerator: str, denominator: str, weak: str = "",
                 base_within: bool = False) -> None:
        self.names = Pattern(f"(?:{names})$")
        #: the denominator words name a total the rate's base is part of (审结 for 纠错率,
        #: whose base is the cases closed by a decision): any base from the numerator up
        #: to that total is a reading
        self.base_within = base_within
        self.numerator = Pattern(numerator)
        self.denominator = Pattern(denominator)
        #: denominators that may count more than the rate's base (排查: screened, not mediated)
        self.weak = Pattern(weak) if weak else None


#: Rate names and the words that mark their numerator and denominator in the text.
#: Conventions from ../shared/reference/domain.md §6 (纠错率 over 审结, 出庭应诉率 over
#: 开庭 cases, 调解成功率 over cases received or mediated…).
_KINDS = [
    _RateKind("成功率", "成功", "调解|调处|受理|排查|化解|纠纷|共", weak="排查"),
    _RateKind("化解率", "化解", "受理|排查|调处|纠纷", weak="排查"),
    # the national 纠错率 is over cases closed by a 复议决定, not every case closed
    # (domain-2026.md §6.1: 7.2万 of 111.5万 handled is 6.5%, the published rate 11.5%)
    _RateKind("纠错率", "纠错|撤销|变更|确认违法|责令履行|确认无效", "审结|办结|结案", base_within=True),
    _RateKind("出庭应诉率|出庭率", "出庭", "开庭|应诉|审理"),
    _RateKind("胜诉率", "胜诉", "审结|判决|结案|案件|诉讼"),
    _RateKind("败诉率", "败诉", "审结|判决|结案|案件|诉讼"),
    _RateKind("办结率|结案率", "办结|结案|办理完毕", "受理|收到|接收|登记|交办|转办|信访事项|信访件"),
    _RateKind("答复率|回复率", "答复|回复", "受理|收到|申请"),
    _RateKind("合格率|通过率", "合格|通过", "参加|参考|考试|应考|实考|参训|参与"),
    _RateKind("参训率|参考率|参学率", "参训|参加|参考|参学", "应训|应考|应参|在编|全体|总数"),
    _RateKind("整改率", "整改", "发现|反馈|交办|检查出|查出|排查出"),
    # against a plan: may exceed 100%
    _RateKind("完成率|执行率|落实率", "实际|实有|已完成|完成", "计划|目标|任务数|预计"),
]
#: Rates of what was done against a plan: above 100% when the plan is exceeded.
_PLANNED = Pattern(r"(?:完成|执行|落实)率$")
#: A denominator that counts cases received or mediated, not merely screened.
_RECEIVED = Pattern("调解|调处|受理|共")
_SHARE = Pattern(r"(占比|比例|比重)$")
_REST = Pattern(r"(剩余|其余|余下|另外|其他)\s*$")
#: Rates that may exceed 100%: growth, and completion or execution against a plan.
_GROWTH = Pattern(r"增长|增加|上升|提高|提升|增幅|增速|同比|环比|完成|执行|达成|超额|进度")


def _label(rate) -> str:
    """How messages name a rate: 占全部事项的 reads as 占全部事项的比例, a bare 占 as 所占比例."""
    if rate.name == "占":
        return "所占比例"
    return rate.name + "比例" if rate.name.startswith("占") and rate.name.endswith("的") else rate.name


#: Operands are looked for this far before a rate, within its sentence, and at most
#: this many of them: real reports state them in the clauses just before the rate,
#: and the bound keeps hostile text (thousands of figures in one sentence) linear.
_WINDOW, _MAX_OPERANDS = 150, 10


def _sentence_quantities(report, span):
    """Count quantities in the sentence holding ``span``, shortly before it."""
    sentence = sentence_at(report, span.start)
    start = max(sentence.span.start if sentence is not None else span.start,
                span.start - _WINDOW)
    found, starts = counts(report)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, span.start)
    return found[max(lo, hi - _MAX_OPERANDS):hi], start


def _kind(name):
    return next((k for k in _KINDS if k.names.search(name)), None)


#: A rate named by what its numerator did (公开率: 公开…件 of the documents made):
#: the two characters before 率.
_STEM = Pattern(r"(\p{Han}{2})率$")
#: Stems whose rate is not a count over a count stated beside it: growth and plans
#: (增长率, 完成率), surveys (满意率, 知晓率), and shares of a population (覆盖率).
_NOT_COUNTED = Pattern(r"增长|增加|上升|下降|提高|完成|执行|满意|知晓|知悉|覆盖|发生|达标|普及|使用|利用")


def _qualified(name, quantities):
    """The counts whose words are the rate's own name, qualifier and all (按期办结率:
    按期办结…件, not every 办结, even after 其中), or an empty list."""
    words = name[:-1] if name.endswith("率") else name
    for size in range(len(words), 2, -1):
        tail = words[-size:]
        holding = [q for q in quantities if tail in q.metric]
        if holding:
            own = regex.compile(f"{_LEAD}{regex.escape(tail)}{_TAIL}")
            found = [q for q in holding if own.fullmatch(q.metric)]
            if found:
                return found
    return []


def _negated(metric, at):
    """Whether the numerator's word at ``at`` of a count's words is negated (不合格,
    未办结, 调解不成功): the count is the complement of the rate's numerator."""
    return at > 0 and metric[at - 1] in "不未非无"


#: What a rate's name says it includes: 合格率（含优秀）.
_INCLUDES = Pattern(r"[（(]含([\p{Han}、和及与]{1,12})[）)]")


def _included(report, rate, quantities, nums):
    """The counts a rate's name says it includes (合格率（含优秀）: the 优秀 count), to be
    added to its numerator."""
    m = _INCLUDES.search(report.text, rate.span.start, rate.value_span.start)
    if m is None:
        return []
    words = [regex.sub(r"(?:等次|等级|类|级)$", "", w) for w in regex.split(r"[、和及与]", m.group(1)) if w]
    words = [w for w in words if w]
    return [q for q in quantities if q not in nums and any(w in q.metric for w in words)]


def _stem(name):
    """The words that name a rate's numerator when no kind of rate is known for it."""
    m = _STEM.search(name)
    if m is None or _NOT_COUNTED.search(m.group(1)):
        return None
    return m.group(1)


def _stem_operands(report, quantities, start, stem):
    """(numerators, denominators) of a rate known only by its stem: the counts whose
    words hold the stem, and every other count of the sentence before one of them
    (which of them is the whole is left to :func:`_fits_any` and the pairs)."""
    text = report.text
    nums = [q for q in quantities if stem in q.metric and f"应{stem}" not in q.metric
            and not _negated(q.metric, q.metric.find(stem))]
    plain = [q for q in nums if text.find("其中", max(start, q.span.start - 20), q.span.start) == -1]
    nums = plain or [q for q in nums
                     if regex.fullmatch(f"{_LEAD}{regex.escape(stem)}{_TAIL}", q.metric) is not None]
    if not nums:
        return [], []
    last = max(n.span.start for n in nums)
    return nums, [(q, False) for q in quantities if q.span.start < last]


def _wholes_of(nums, quantities, text):
    """The counts that could be the whole of one of ``nums``: comparable, not smaller,
    and not last year's figure."""
    out = []
    for q in quantities:
        if _last_year(text, q):
            continue
        low = q.bounds()[0]
        if any(q is not n and _comparable(n.unit, q.unit) and low >= n.bounds()[0] for n in nums):
            out.append(q)
    return out


def _fits_any(rate, nums, dens) -> str | None:
    """How some numerator over some candidate whole gives the rate: ``"half-up"``,
    ``"other"`` (only half-even or truncation), or None (no plausible reading)."""
    found = None
    for num in nums:
        nvals = _values(num)
        for den in dens:
            dvals = _values(den)
            if den is num or nvals is None or dvals is None or not _comparable(num.unit, den.unit):
                continue
            for k in nvals:
                for n in dvals:
                    if not n or n < k and rate.value <= HUNDRED:
                        continue
                    scheme = _scheme(Decimal(k) * HUNDRED / Decimal(n), rate.value, rate.decimals, rate.bound)
                    if scheme == "half-up":
                        return scheme
                    found = found or (scheme and "other")
    return found


def _operands(report, rate, quantities, start):
    """(numerators, denominators) for ``rate``, or None when its kind is unknown."""
    kind = _kind(rate.name)
    if kind is not None:
        text = report.text
        qualified = _qualified(rate.name, quantities)
        nums = qualified or [q for q in quantities if (m := kind.numerator.search(q.metric))
                             and not _negated(q.metric, m.start())]
        # a count after 其中 is a subset (其中婚姻纠纷调解成功12件), not the rate's numerator,
        # unless its words are the rate's own (共审结…，其中纠错29件，纠错率…) and no other
        # count names the numerator
        if not qualified:
            plain = [q for q in nums if text.find("其中", max(start, q.span.start - 20), q.span.start) == -1]
            nums = plain or [q for q in nums if _own_words(kind, q.metric)]
        nums += _included(report, rate, quantities, nums)
        dens = [q for q in quantities if kind.denominator.search(q.metric)
                and not kind.numerator.search(q.metric)]
        return _with_sums(nums), [(q, bool(kind.weak and kind.weak.search(q.metric)
                                           and not _RECEIVED.search(q.metric))) for q in dens]
    if _SHARE.search(rate.name) or rate.name.startswith("占"):
        return _share_operands(report, rate)
    stem = _stem(rate.name)
    if stem is not None:
        return _stem_operands(report, quantities, start, stem)
    return None


#: Words that may stand around a rate's numerator word in a count after 其中
#: (其中直接纠错29件, 其中按期办结48件) without making it a subset of another kind.
_LEAD = r"(?:依法|予以|作出|共|已|均|被|调解|办理|直接|综合|实质性|按期|按时|及时|当场)*"
_TAIL = r"(?:的)?(?:案件|事项|纠纷|申请)?"


def _own_words(kind, metric):
    """Whether a count's words are the numerator word alone (纠错), not a subset
    named by it (邻里纠纷调解成功, 调解成功的婚姻纠纷)."""
    return regex.fullmatch(f"{_LEAD}(?:{kind.numerator.pattern}){_TAIL}", metric) is not None


def _with_sums(nums):
    """Numerator candidates and, for a few exact ones, the sums of them
    (撤销3件、确认违法2件，纠错率…: the numerator may be their total)."""
    exact = [q for q in nums if q.approx is Approx.EXACT]
    if len(exact) < 2 or len(exact) > 5:
        return nums
    sums = []
    for size in range(2, len(exact) + 1):
        for group in itertools.combinations(exact, size):
            if len({q.unit for q in group}) == 1:
                value = sum(q.value for q in group)
                sums.append(attrs.evolve(group[-1], value=value, text=f"{value.normalize():f}{group[0].unit}",
                                         metric="、".join(q.metric for q in group) + "合计"))
    return nums + sums


#: Cases closed otherwise than by a decision: left out of a 纠错率's base.
_CLOSED_OTHERWISE = Pattern(r"调解|和解|撤回|撤销申请|终止")


def _bases(rate, n: int, quantities=()) -> tuple[int, ...]:
    """The bases a rate over the total ``n`` may have: ``n``, and for a kind whose base
    is part of that total (纠错率 over 审结: the cases closed by a decision), ``n`` less
    the cases the text says were closed otherwise (调解, 撤回…), each and together."""
    kind = _kind(rate.name)
    if kind is None or not kind.base_within:
        return (n,)
    other = [int(q.value) for q in quantities
             if q.approx is Approx.EXACT and _CLOSED_OTHERWISE.search(q.metric) and 0 < q.value < n]
    return tuple(dict.fromkeys([n, *(n - m for m in other), n - sum(other)]))


def _check_pairs(ctx, rate, nums, dens, quantities=()):
    closest = None
    for num in nums:
        for den, weak in dens:
            if den is num or not _comparable(num.unit, den.unit):
                continue  # 115票 of 120人, 30人 of 12件: not one kind of thing
            nvals, dvals = _values(num), _values(den)
            if nvals is None or dvals is None:
                return None  # too loose to prove anything
            for k in nvals:
                for n in dvals:
                    if n == 0:
                        continue
                    exact = Decimal(k) * HUNDRED / Decimal(n)
                    scheme = _scheme(exact, rate.value, rate.decimals, rate.bound)
                    if scheme is not None:
                        if scheme in ("half-even", "truncate"):
                            return _rounding_note(ctx, rate, num, den, exact, scheme)
                        return None
                    if any(_scheme(Decimal(k) * HUNDRED / Decimal(b), rate.value, rate.decimals, rate.bound)
                           for b in _bases(rate, n, quantities) if b > 0 and b != n):
                        return None  # the cases closed by a decision give the rate
            n0, k0 = next(iter(dvals)), next(iter(nvals))
            off = abs(Decimal(k0) * HUNDRED / n0 - rate.value) if n0 else None
            if off is not None and (closest is None or off < closest[0]):
                closest = (off, num, den, weak, k0, n0)  # the pair the message shows
    if closest is None:
        return None
    _, num, den, weak, k, n = closest
    exact = Decimal(k) * HUNDRED / Decimal(n) if n else Decimal(0)
    shown = exact.quantize(Decimal(1).scaleb(-rate.decimals), rounding=ROUND_HALF_UP)
    bigger = num.bounds()[0] > (den.bounds()[1] or num.bounds()[0]) and rate.value <= HUNDRED
    if bigger:
        zh = (f"{_label(rate)}{_pct(rate.value)}不可能成立：{num.metric}{num.text}多于"
              f"{den.metric}{den.text}，比率会超过100%")
        en = (f"{_label(rate)} {_pct(rate.value)} cannot hold: {num.text} ({num.metric}) is more "
              f"than {den.text} ({den.metric}), which would make the rate exceed 100%")
        hint = f"核对{num.metric}与{den.metric}的数字，或说明{_label(rate)}的计算口径"
    else:
        zh = (f"{_label(rate)}{_pct(rate.value)}与文中数字不符：{num.metric}{num.text} ÷ "
              f"{den.metric}{den.text} = {_fmt(exact)}%，保留{rate.decimals}位小数应为{shown}%")
        en = (f"{_label(rate)} {_pct(rate.value)} does not match the counts: {num.text} / {den.text} "
              f"= {_fmt(exact)}%, which rounds to {shown}%")
        hint = f"若{num.metric}{num.text}、{den.metric}{den.text}无误，{_label(rate)}应为{shown}%"
        if len(_bases(rate, n, quantities)) > 1:
            zh += "（扣除文中所述调解、撤回等结案数后也不相符）"
            en += " (nor over the cases left after those the text says were mediated or withdrawn)"
    return ctx.finding(
        zh, en, span=rate.span, severity=Severity.WARNING if weak and not bigger else None,
        suggestion=hint, suggestion_en="check the counts or the rate",
        evidence={"numerator": str(num.value), "numerator_text": num.text,
                  "denominator": str(den.value), "denominator_text": den.text,
                  "stated": _pct(rate.value), "computed": f"{_fmt(exact, 4)}%",
                  "rounding": ["half-up", "half-even", "truncate"],
                  "denominator_may_differ": weak})


def _rounding_note(ctx, rate, num, den, exact, scheme):
    label = {"half-even": "银行家舍入", "truncate": "截断"}[scheme]
    return ctx.finding(
        f"{_label(rate)}{_pct(rate.value)}只能由{label}得出（{num.text} ÷ {den.text} = {_fmt(exact, 4)}%），"
        "按通行的四舍五入应为"
        f"{exact.quantize(Decimal(1).scaleb(-rate.decimals), rounding=ROUND_HALF_UP)}%",
        f"{_label(rate)} {_pct(rate.value)} only comes out by {scheme} rounding of "
        f"{num.text} / {den.text} = {_fmt(exact, 4)}%",
        span=rate.span, severity=Severity.INFO,
        evidence={"numerator": str(num.value), "denominator": str(den.value),
                  "stated": _pct(rate.value), "computed": f"{_fmt(exact, 4)}%", "rounding": scheme})


def _lone_denominators(rate, dens):
    """Denominators LG202 can test: exact whole counts, for a rate stated exactly."""
    if rate.bound is not Approx.EXACT:
        return []
    return [(q, weak) for q, weak in dens if q.approx is Approx.EXACT and q.value > 0
            and q.value == q.value.to_integral_value()]


#: How many sentences a list continued after 。其中 may run over (bounds hostile text).
