"""Built-in plugin ``numbers``: rates against counts, impossible rates, parts and
wholes, repeated figures and stated changes (LG2xx), following DESIGN §6.

An error needs the text itself to tie the operands together: the counts and the
rate stand in one sentence, and the rate's name says which count is its numerator
(调解成功率: 成功…) and which its denominator (受理/调解/排查…). Every candidate
pair, three rounding schemes (half-up, half-even, truncation) and every reading of
余/以上/近/约 are tried before anything is reported. A rate whose operands are not
stated is counted as unverifiable, never reported.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import attrs
import regex

from ..._domain.contents import FUTURE_CUES
from ..._model import Approx, Severity
from ..._check.rule import rule
from ..._util.text import fold, lazy_pattern
from ...hookspecs import hookimpl
from ..._util.cache import per_report
from .._common import counts, sentence_at, sentences

HUNDRED = Decimal(100)
#: How many values of an approximate operand (1600余 = 1600–1699) are tried at most.
_MAX_RANGE = 5000


class _RateKind:
    """A kind of rate. Only ``names`` is compiled at once: the other patterns are
    compiled when a rate of this kind is first read (compiling costs start-up time)."""

    def __init__(self, names: str, numerator: str, denominator: str, weak: str = "") -> None:
        self.names = regex.compile(f"(?:{names})$")
        self.numerator = lazy_pattern(numerator)
        self.denominator = lazy_pattern(denominator)
        #: denominators that may count more than the rate's base (排查: screened, not mediated)
        self.weak = lazy_pattern(weak) if weak else None


#: Rate names and the words that mark their numerator and denominator in the text.
#: Conventions from ../shared/reference/domain.md §6 (纠错率 over 审结, 出庭应诉率 over
#: 开庭 cases, 调解成功率 over cases received or mediated…).
_KINDS = [
    _RateKind("成功率", "成功", "调解|调处|受理|排查|化解|纠纷|共", weak="排查"),
    _RateKind("化解率", "化解", "受理|排查|调处|纠纷", weak="排查"),
    _RateKind("纠错率", "纠错|撤销|变更|确认违法|责令履行|确认无效", "审结|办结|结案"),
    _RateKind("出庭应诉率|出庭率", "出庭", "开庭|应诉|审理"),
    _RateKind("胜诉率", "胜诉", "审结|判决|结案|案件|诉讼"),
    _RateKind("败诉率", "败诉", "审结|判决|结案|案件|诉讼"),
    _RateKind("办结率|结案率", "办结|结案|办理完毕", "受理|收到|接收|登记|交办|转办|信访事项|信访件"),
    _RateKind("答复率|回复率", "答复|回复", "受理|收到|申请"),
    _RateKind("合格率|通过率", "合格|通过", "参加|参考|考试|应考|参训|参与"),
    _RateKind("参训率|参考率|参学率", "参训|参加|参考|参学", "应训|应考|应参|在编|全体|总数"),
    _RateKind("整改率", "整改", "发现|反馈|交办|检查出|查出|排查出"),
]
#: A denominator that counts cases received or mediated, not merely screened.
_RECEIVED = regex.compile("调解|调处|受理|共")
_SHARE = regex.compile(r"(占比|比例|比重)$")
_WHOLE = regex.compile(r"共|合计|总计|累计|总数|总共|一共")
_REST = regex.compile(r"(剩余|其余|余下|另外|其他)\s*$")
#: Rates that may exceed 100%: growth, and completion or execution against a plan.
_GROWTH = regex.compile(r"增长|增加|上升|提高|提升|增幅|增速|同比|环比|完成|执行|达成|超额|进度")
_SCOPE = regex.compile(r"全年|全镇|全乡|全区|全县|全市|共|累计|总计|合计|年内|本年度")


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}%" if value == value.to_integral_value() else f"{value}%"


def _label(rate) -> str:
    """How messages name a rate: 占全部事项的 reads as 占全部事项的比例, a bare 占 as 所占比例."""
    if rate.name == "占":
        return "所占比例"
    return rate.name + "比例" if rate.name.startswith("占") and rate.name.endswith("的") else rate.name


def _fmt(value: Decimal, places: int = 2) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}"


def _scheme(exact: Decimal, stated: Decimal, decimals: int, bound: Approx) -> str | None:
    """The reading under which ``exact`` (percent) is reported as ``stated``."""
    unit = Decimal(1).scaleb(-decimals)
    if bound is Approx.AT_LEAST:
        return "at-least" if exact >= stated - unit / 2 else None
    if bound is Approx.AT_MOST:
        return "at-most" if exact <= stated + unit / 2 else None
    if bound is Approx.ABOUT:
        return "about" if abs(exact - stated) <= max(unit, Decimal(1)) else None
    for name, mode in (("half-up", ROUND_HALF_UP), ("half-even", ROUND_HALF_EVEN),
                       ("truncate", ROUND_DOWN)):
        if exact.quantize(unit, rounding=mode) == stated:
            return name
    return None


def _values(q) -> range | None:
    lo, hi = q.bounds()
    if hi is None or lo != lo.to_integral_value():
        return None
    lo_i, hi_i = int(lo), int(hi)
    return range(lo_i, hi_i + 1) if hi_i - lo_i <= _MAX_RANGE else None


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


@rule("LG201", "rate-matches-counts", Severity.ERROR,
      "比率与文中给出的计数不符", "a rate cannot come from the counts stated with it")
def rate_matches_counts(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED:
            continue  # LG205
        quantities, start = _sentence_quantities(report, rate.span)
        pairs = _operands(report, rate, quantities, start)
        if pairs is None or not pairs[1] or not pairs[0] and _lone_denominators(rate, pairs[1]):
            # no operands, only a numerator, or LG202's case (a lone exact denominator)
            ctx.count("claims_unverifiable" if not pairs or not pairs[1] or pairs[0] else "claims_checked")
            continue
        nums, dens = pairs
        if not nums:
            ctx.count("claims_unverifiable")
            continue
        ctx.count("claims_checked")
        finding = _check_pairs(ctx, rate, nums, dens)
        if finding is not None:
            yield finding


def _operands(report, rate, quantities, start):
    """(numerators, denominators) for ``rate``, or None when its kind is unknown."""
    kind = _kind(rate.name)
    if kind is not None:
        text = report.text
        nums = [q for q in quantities if kind.numerator().search(q.metric)]
        # a count after 其中 is a subset (其中婚姻纠纷调解成功12件), not the rate's numerator,
        # unless its words are the rate's own (共审结…，其中纠错29件，纠错率…) and no other
        # count names the numerator
        plain = [q for q in nums if text.find("其中", max(start, q.span.start - 20), q.span.start) == -1]
        nums = plain or [q for q in nums if _own_words(kind, q.metric)]
        dens = [q for q in quantities if kind.denominator().search(q.metric)
                and not kind.numerator().search(q.metric)]
        return _with_sums(nums), [(q, bool(kind.weak and kind.weak().search(q.metric)
                                           and not _RECEIVED.search(q.metric))) for q in dens]
    if _SHARE.search(rate.name) or rate.name.startswith("占"):
        return _share_operands(report, rate)
    return None


#: Words that may stand around a rate's numerator word in a count after 其中
#: (其中直接纠错29件, 其中按期办结48件) without making it a subset of another kind.
_LEAD = r"(?:依法|予以|作出|共|已|均|被|调解|办理|直接|综合|实质性|按期|按时|及时|当场)*"
_TAIL = r"(?:的)?(?:案件|事项|纠纷|申请)?"


def _own_words(kind, metric):
    """Whether a count's words are the numerator word alone (纠错), not a subset
    named by it (邻里纠纷调解成功, 调解成功的婚姻纠纷)."""
    return regex.fullmatch(f"{_LEAD}(?:{kind.numerator().pattern}){_TAIL}", metric) is not None


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


#: A share's name, less the words that say "all of it": what is left names the base.
_GENERIC = regex.compile(r"^(?:全[市省县区州镇乡]|全部|所有|全)+|(?:总数|总量|总额|数量|总|数|的)+$")
_STOP = "。；;\n"


def _names_base(rate) -> bool:
    """占全部事项的…, 占总数的…: a share that says what it is a share of (not 占比)."""
    return rate.name.startswith("占") and not rate.name.startswith("占比")


def _share_operands(report, rate):
    """(part, candidate wholes) for a share: the count just before the share is the
    part; a whole is a count with the same unit that a 其中 or a ``N件中`` ties to it,
    earlier in the paragraph. A share naming its base (占全部政务服务事项的) only takes
    wholes whose clause names it too."""
    text = report.text
    if regex.search(r"(?:分别|各)$", text[max(0, rate.span.start - 2):rate.span.start]) or "分别" in rate.name:
        return None  # 分别占60%、40%: shares of a list, each of its own part
    found, starts = counts(report)
    i = bisect.bisect_left(starts, rate.span.start) - 1
    if i < 0:
        return None
    part = found[i]
    between = text[part.span.end:rate.span.start]
    if len(between) > 12 or any(c in _STOP for c in between):
        return None
    base = ""
    if _names_base(rate):
        base = _GENERIC.sub("", regex.sub(r"的?(?:比例|比重)?$", "", rate.name[1:]))
    para_start = text.rfind("\n", 0, part.span.start) + 1
    wholes = []
    for j in range(i - 1, -1, -1):
        q = found[j]
        if q.span.start < para_start or part.span.start - q.span.start > 400:
            break
        if q.unit != part.unit:
            continue
        nxt = found[j + 1].span.start
        tie = text.find("其中", q.span.end, min(nxt, part.span.start) + 1)
        if tie == -1 and not text.startswith("中", q.span.end) and not _stated_total(report, q, part):
            continue
        if base:
            clause = text[max(para_start, q.span.start - 40):q.span.end]
            if base not in clause and not _names_chars(base, clause):
                continue
        wholes.append((q, False))
    return [part], wholes


#: Measure words that count the same kind of thing.
_SAME_KIND = [frozenset("人名位"), frozenset("件起宗案"), frozenset(("人次", "万人次"))]


def _comparable(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_KIND)


def _names_chars(base, clause):
    """受案 for a clause about 受理的…件: every character of the base but its measure
    words (案 件 项 数) is in the clause."""
    chars = set(base) - set("案件项数")
    return bool(chars) and chars <= set(clause)


def _stated_total(report, q, part):
    """共收到申请120件，依法受理100件，占83.3%: a total (共/合计/总计…) in the part's sentence."""
    text = report.text
    found = sentence_at(report, q.span.start)
    if found is None or part.span.start >= found.span.end:
        return False
    clause_start = max(found.span.start, *(text.rfind(c, found.span.start, q.span.start) for c in "，,；;"))
    return _WHOLE.search(text, clause_start, q.span.start) is not None


def _check_pairs(ctx, rate, nums, dens):
    closest = None
    for num in nums:
        for den, weak in dens:
            if not _comparable(num.unit, den.unit):
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
            n0, k0 = next(iter(dvals)), next(iter(nvals))
            off = abs(Decimal(k0) * HUNDRED / n0 - rate.value) if n0 else None
            if off is not None and (closest is None or off < closest[0]):
                closest = (off, num, den, weak, k0, n0)  # the pair the message shows
    if closest is None:
        return None
    _, num, den, weak, k, n = closest
    exact = Decimal(k) * HUNDRED / Decimal(n) if n else Decimal(0)
    shown = exact.quantize(Decimal(1).scaleb(-rate.decimals), rounding=ROUND_HALF_UP)
    bigger = num.bounds()[0] > (den.bounds()[1] or num.bounds()[0])
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


@rule("LG202", "rate-impossible-for-denominator", Severity.ERROR,
      "比率不可能由所述总数得出", "no whole count gives the rate over the stated total")
def rate_impossible(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED:
            continue
        quantities, start = _sentence_quantities(report, rate.span)
        pairs = _operands(report, rate, quantities, start)
        if pairs is None or pairs[0] or not pairs[1]:
            continue
        dens = _lone_denominators(rate, pairs[1])
        if not dens:
            continue
        if any(_grim(rate, int(q.value)) for q, _ in dens):
            continue
        den, weak = dens[0]
        n = int(den.value)
        near = _neighbours(rate, n)
        listed = "，".join(f"{k}{den.unit}为{_fmt(v, rate.decimals)}%" for k, v in near)
        yield ctx.finding(
            f"{_label(rate)}{_pct(rate.value)}不可能由{den.metric}{den.text}得出：{listed}，"
            f"没有哪个整数能得到{_pct(rate.value)}",
            f"{_label(rate)} {_pct(rate.value)} cannot come from {den.text}: no whole number of "
            f"{n} gives {_pct(rate.value)} at {rate.decimals} decimal place(s)",
            span=rate.span, severity=Severity.WARNING if weak else None,
            suggestion=f"核对{_label(rate)}或{den.metric}的数字", suggestion_en="check the rate or the total",
            evidence={"denominator": n, "denominator_text": den.text, "stated": _pct(rate.value),
                      "nearest": [{"count": k, "rate": f"{_fmt(v, 4)}%"} for k, v in near],
                      "rounding": ["half-up", "half-even", "truncate"]})


def _lone_denominators(rate, dens):
    """Denominators LG202 can test: exact whole counts, for a rate stated exactly."""
    if rate.bound is not Approx.EXACT:
        return []
    return [(q, weak) for q, weak in dens if q.approx is Approx.EXACT and q.value > 0
            and q.value == q.value.to_integral_value()]


def _grim(rate, n: int) -> bool:
    centre = int(rate.value * n / HUNDRED)
    return any(_scheme(Decimal(k) * HUNDRED / n, rate.value, rate.decimals, Approx.EXACT)
               for k in range(max(0, centre - 2), min(n, centre + 2) + 1))


def _neighbours(rate, n: int):
    centre = int(rate.value * n / HUNDRED)
    return [(k, Decimal(k) * HUNDRED / n) for k in (centre, centre + 1) if 0 <= k <= n]


#: How many sentences a list continued after 。其中 may run over (bounds hostile text).
_MAX_CONTINUED = 8


#: The last clause boundary before a position (searched backwards).
_CLAUSE_STOP = regex.compile(r"(?r)[，,；;。\n]")


@per_report
def _wholes(report):
    """(whole, [first part after 其中], same-unit counts after the whole, continued) for
    each total stated with 共/合计/总计/累计. The counts after it are those of its sentence
    or, when the next sentence opens with 其中 (共办理…N宗。其中，…), those of the rest
    of the paragraph (``continued``)."""
    text = report.text
    found = []
    by_sentence = defaultdict(list)
    sents, starts = sentences(report)
    for q in counts(report)[0]:
        by_sentence[bisect.bisect_right(starts, q.span.start) - 1].append(q)
    for i, qs in by_sentence.items():
        for j, whole in enumerate(qs):
            window = max(0, whole.span.start - 60)
            if not _WHOLE.search(text, window, whole.span.start):
                continue  # most counts: no 共 or 合计 even before their clause
            stop = _CLAUSE_STOP.search(text, window, whole.span.start)
            clause_start = stop.end() if stop else window
            if not _WHOLE.search(text, clause_start, whole.span.start):
                continue
            after = [q for q in qs[j + 1:] if q.unit == whole.unit]
            cut = text.find("其中", whole.span.end, after[0].span.start) if after else -1
            continued = False
            if cut == -1 and i + 1 < len(sents) and i >= 0:
                nxt = sents[i + 1]
                end = text.find("\n", whole.span.end)
                end = len(text) if end == -1 else end
                if nxt.text.lstrip().startswith("其中") and nxt.span.start < end:
                    cut, continued = nxt.span.start, True
                    after = []
                    for k in range(i + 1, min(len(sents), i + 1 + _MAX_CONTINUED)):
                        if sents[k].span.start >= end:
                            break
                        after += [q for q in by_sentence.get(k, ()) if q.unit == whole.unit]
            parts = [q for q in after if cut != -1 and q.span.start > cut]
            found.append((whole, parts[:1] if parts else [], after, continued))
            break
    return found


def _catch_all(q, whole):
    """其他行政执法行为45.22万宗 after 共办理各类行政执法案件…: the rest of the whole
    (其他 followed by the whole's own words, or by nothing but a measure of kind)."""
    m = regex.match(r"(?:其他|其余)(.*)$", q.metric)
    if m is None:
        return False
    rest = m.group(1)
    if len(rest) <= 2:
        return True
    return any(rest[k:k + 2] in whole.metric for k in range(len(rest) - 1))


def _half_unit(q) -> Decimal:
    """Half the last written digit of a quantity (1616.85万 → 50; 12 → 0): how far
    its rounding may have moved it."""
    m = regex.search(r"(\d+)(?:\.(\d+))?\s*([万亿])?", fold(q.text))
    if m is None:
        return Decimal(0)
    decimals = len(m.group(2) or "")
    mult = {"万": 10_000, "亿": 100_000_000}.get(m.group(3) or "", 1)
    if not decimals and mult == 1:
        return Decimal(0)
    return Decimal(5).scaleb(-decimals - 1) * mult


def _in_units_of(value: Decimal, q) -> str:
    """``value`` written the way ``q`` is (16166538 as 1616.6538万宗 beside 1616.85万宗)."""
    for mark, mult in (("亿", Decimal(100_000_000)), ("万", Decimal(10_000))):
        if mark + q.unit in q.text:
            return f"{(value / mult).normalize():f}{mark}{q.unit}"
    return f"{value.normalize():f}{q.unit}"


@rule("LG203", "part-exceeds-whole", Severity.ERROR,
      "部分大于整体", "a part is larger than its whole")
def part_exceeds_whole(report, ctx):
    for whole, parts, _, _ in _wholes(report):
        for part in parts:
            ctx.count("claims_checked")
            hi = whole.bounds()[1]
            if hi is not None and part.bounds()[0] > hi:
                yield ctx.finding(
                    f"其中{part.metric}{part.text}大于总数{whole.metric}{whole.text}",
                    f"the part {part.text} ({part.metric}) is larger than the whole "
                    f"{whole.text} ({whole.metric})",
                    span=part.span, suggestion="核对总数和其中各项的数字",
                    suggestion_en="check the total and its parts",
                    evidence={"whole": str(whole.value), "part": str(part.value)})


def _sum_claims(report):
    """(whole, parts, last part) for every list the text says is complete."""
    text = report.text
    for whole, _, after, continued in _wholes(report):
        if not after or whole.approx is not Approx.EXACT:
            continue
        rest = next((q for q in after if _REST.search(text, max(0, q.span.start - 4), q.span.start)
                     or _catch_all(q, whole)), None)
        if rest is not None:
            parts = after[: after.index(rest) + 1]
        elif not continued and text.find("分别", whole.span.end, after[0].span.start) != -1:
            rest, parts = after[-1], after  # 共X件，分别为a件、b件: the list claims to be all
            if "等" in text[rest.span.end:rest.span.end + 3]:
                continue  # 分别为a件、b件等: not every part is named
        else:
            continue
        first_sub = text.find("其中", parts[0].span.end, rest.span.start) if len(parts) > 1 else -1
        if first_sub != -1:
            parts = [q for q in parts if q.span.start < first_sub or q is rest]
        yield whole, parts, rest
    yield from _totals_after(report)


_TOTAL_AFTER = regex.compile(r"[，,]\s*(?:合计|共计|总计)(?:为|达)?\s*")


def _totals_after(report):
    """处罚案件12件、强制案件3件，合计15件: a 、 list closed by a total after it."""
    text = report.text
    found = counts(report)[0]
    for j, whole in enumerate(found):
        lead = text.rfind("，", max(0, whole.span.start - 8), whole.span.start)
        lead = max(lead, text.rfind(",", max(0, whole.span.start - 8), whole.span.start))
        if j < 2 or lead == -1 or not _TOTAL_AFTER.fullmatch(text, lead, whole.span.start):
            continue
        parts, end = [], lead
        for k in range(j - 1, -1, -1):
            q = found[k]
            gap = text[q.span.end:end]
            if q.unit != whole.unit or (parts and ("、" not in gap or any(c in "，,。；;\n" for c in gap))
                                        or not parts and gap):
                break
            parts.insert(0, q)
            end = q.span.start
        if len(parts) >= 2 and whole.approx is Approx.EXACT:
            yield whole, parts, whole


@rule("LG204", "parts-do-not-sum", Severity.ERROR,
      "各部分之和与总数不符", "parts said to be complete do not add up to the whole")
def parts_sum(report, ctx):
    for whole, parts, rest in _sum_claims(report):
        if len(parts) < 2 or any(q.approx is not Approx.EXACT for q in parts):
            continue  # a list of one item is no sum
        ctx.count("claims_checked")
        total = sum(q.value for q in parts)
        tolerance = sum(_half_unit(q) for q in [whole, *parts])
        if abs(total - whole.value) > tolerance:
            terms = " + ".join(q.text for q in parts)
            diff = abs(total - whole.value).normalize()
            shown = _in_units_of(total, whole)
            tol = _in_units_of(tolerance, whole)
            note = f"（各数四舍五入的误差至多{tol}）" if tolerance else ""
            note_en = f" (rounding explains at most {tol})" if tolerance else ""
            yield ctx.finding(
                f"{terms} = {shown}，与总数{whole.text}不符{note}",
                f"{terms} = {shown}, not the whole {whole.text}{note_en}",
                span=rest.span,
                suggestion=f"核对各部分或总数；两者相差{_in_units_of(diff, whole)}",
                suggestion_en="check the parts or the whole",
                evidence={"whole": str(whole.value), "parts": [str(q.value) for q in parts],
                          "sum": str(total), "tolerance": str(tolerance)})


@rule("LG205", "rate-over-100", Severity.ERROR,
      "比率或占比超过100%", "a rate or share above 100%")
def over_100(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED and not _GROWTH.search(rate.name):
            ctx.count("claims_checked")
            yield ctx.finding(
                f"{_label(rate)}为{_pct(rate.value)}，比率和占比不可能超过100%",
                f"{_label(rate)} is {_pct(rate.value)}; a rate or share cannot exceed 100%",
                span=rate.value_span, suggestion="核对数字", suggestion_en="check the figure",
                evidence={"stated": _pct(rate.value)})


@rule("LG206", "figure-stated-twice", Severity.WARNING,
      "同一指标前后数字不一致", "the same figure is stated twice with different values")
def stated_twice(report, ctx):
    seen = {}
    report_wide = {}  # sentence start -> states a report-wide figure, not a plan
    for q in counts(report)[0]:
        if q.approx is not Approx.EXACT or len(q.metric) < 4:
            continue
        found = sentence_at(report, q.span.start)
        if found is None:
            continue
        key = found.span.start
        if key not in report_wide:
            report_wide[key] = bool(_SCOPE.search(found.text) and not FUTURE_CUES.search(found.text))
        if not report_wide[key]:
            continue
        key = (fold(q.metric), q.unit)
        first = seen.setdefault(key, q)
        if first is not q and first.value != q.value and first.span.line != q.span.line:
            yield ctx.finding(
                f"“{q.metric}”在第 {first.span.line} 行为{first.text}，此处为{q.text}，前后不一致",
                f"“{q.metric}” is {first.text} on line {first.span.line} but {q.text} here",
                span=q.span, suggestion="统一为核实后的数字", suggestion_en="state one verified figure",
                evidence={"first": str(first.value), "first_line": first.span.line,
                          "second": str(q.value)})


@rule("LG207", "change-contradicts-values", Severity.ERROR,
      "增减幅度与前后两个数值不符", "a stated change contradicts the two values")
def change_values(report, ctx):
    for c in report.changes:
        a, b = c.before.value, c.after.value
        if a == 0:
            continue
        ctx.count("claims_checked")
        actual = (b - a) * HUNDRED / a
        stated = c.stated * c.direction
        verb, verb_en = ("增长", "rise") if c.direction > 0 else ("下降", "fall")
        if (b - a) * c.direction < 0:
            zh = f"由{c.before.text}到{c.after.text}是{'下降' if b < a else '增长'}，不是{verb}"
            en = f"from {c.before.text} to {c.after.text} is not a {verb_en}"
        elif (scheme := _scheme(abs(actual), c.stated, c.decimals, Approx.EXACT)) != "half-up":
            shown = abs(actual).quantize(Decimal(1).scaleb(-c.decimals), rounding=ROUND_HALF_UP)
            if scheme is None:
                zh = (f"由{c.before.text}到{c.after.text}的变化是{_fmt(actual)}%，"
                      f"应为{verb}{shown}%，不是{_pct(c.stated)}")
                en = (f"from {c.before.text} to {c.after.text} is {_fmt(actual)}%, a {verb_en} of "
                      f"{shown}%, not {_pct(c.stated)}")
            else:
                label = {"half-even": "银行家舍入", "truncate": "截断"}[scheme]
                zh = (f"{verb}{_pct(c.stated)}只能由{label}得出（{c.before.text}到{c.after.text}为"
                      f"{_fmt(actual, 4)}%），按通行的四舍五入应为{shown}%")
                en = (f"a {verb_en} of {_pct(c.stated)} only comes out by {scheme} rounding of "
                      f"{_fmt(actual, 4)}% ({c.before.text} to {c.after.text})")
        else:
            continue
        yield ctx.finding(zh, en, span=c.span, suggestion="核对前后两个数值或增减幅度",
                          suggestion_en="check the two values or the change",
                          severity=Severity.INFO if scheme else None,
                          evidence={"before": str(a), "after": str(b), "stated": _pct(stated),
                                    "computed": f"{_fmt(actual, 4)}%", "rounding": scheme or "none"})


@rule("LG208", "shares-do-not-sum", Severity.ERROR,
      "覆盖全部的各项占比相加不等于100%", "shares that cover the whole do not add up to 100%")
def shares_sum(report, ctx):
    text = report.text
    groups = defaultdict(list)
    for rate in report.rates:
        if rate.name.endswith("占比") or _names_base(rate):
            found = sentence_at(report, rate.span.start)
            if found is not None:
                groups[found.span.start].append(rate)
    for start, shares in groups.items():
        last = shares[-1]
        end = last.value_span.start
        clause = text[max(start, *(text.rfind(c, start, end) for c in "；;，,")):end]
        if (len(shares) < 2 or len({"占比" if r.name.endswith("占比") else r.name for r in shares}) > 1
                or text.find("其中", start, shares[0].span.start) == -1
                or not regex.search(r"其他|其余|剩余", clause)
                or any(r.bound is not Approx.EXACT for r in shares)):
            continue  # not several exact shares of one base that end with the rest of it
        ctx.count("claims_checked")
        total = sum(r.value for r in shares)
        tolerance = sum(Decimal(5).scaleb(-r.decimals - 1) for r in shares)
        if abs(total - HUNDRED) > tolerance:
            terms = " + ".join(_pct(r.value) for r in shares)
            yield ctx.finding(
                f"各项占比 {terms} = {_pct(total)}，列到“其他”已是全部，合计应为100%"
                f"（四舍五入的误差至多{_pct(tolerance)}）",
                f"the shares {terms} = {_pct(total)} cover the whole (they end with the rest) "
                f"but do not add up to 100% (rounding explains at most {_pct(tolerance)})",
                span=last.span, suggestion="核对各项数量和占比", suggestion_en="check the counts and shares",
                evidence={"shares": [_pct(r.value) for r in shares], "sum": _pct(total),
                          "tolerance": _pct(tolerance)})


@hookimpl
def lawgov_rules():
    return [rate_matches_counts, rate_impossible, part_exceeds_whole, parts_sum, over_100,
            stated_twice, change_values, shares_sum]
