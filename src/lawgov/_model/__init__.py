"""The typed report model: immutable attrs classes with exact character spans."""

from __future__ import annotations

import datetime as _dt
import enum
from decimal import Decimal
from typing import Any

import attrs
from attrs import field, frozen

from .spans import Span, TextSpan, make_span


class Severity(enum.IntEnum):
    """How sure a finding is that the text has a defect.

    Ordered, so ``Severity.ERROR > Severity.INFO``.
    """

    #: Advice; the text is not wrong.
    INFO = 1
    #: A likely defect a person should look at.
    WARNING = 2
    #: The text itself proves a defect.
    ERROR = 3

    @property
    def label(self) -> str:
        """The lower-case name used in every output format (``"error"``)."""
        return self.name.lower()

    @classmethod
    def from_label(cls, label: str) -> Severity:
        """Parse ``"error"``, ``"warning"`` or ``"info"``."""
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {label!r}") from None


@frozen
class Sentence:
    """One sentence, ending at 。！？ or at the end of its paragraph."""

    text: str
    span: Span


@frozen
class Paragraph:
    """A run of body text on one line, with its sentences."""

    text: str
    span: Span
    sentences: tuple[Sentence, ...]


class HeadingKind(enum.Enum):
    """The numbering style of a heading, in the conventional order of depth."""

    PART = "第一部分"
    CHINESE = "一、"
    PAREN_CHINESE = "（一）"
    ARABIC = "1."
    PAREN_ARABIC = "（1）"
    CIRCLED = "①"
    UNNUMBERED = "unnumbered"
    INLINE = "一是"


@frozen
class Heading:
    """A numbered (or recognisably titled) heading.

    ``number`` is the ordinal the marker stands for (``（三）`` is 3), ``title`` the
    heading's words without the marker, ``level`` its depth in this report's tree
    (1 is the top). ``inline`` headings are enumerations such as 一是…二是… inside
    a paragraph.
    """

    kind: HeadingKind
    number: int | None
    marker: str
    title: str
    span: Span
    title_span: Span
    level: int
    inline: bool = False


@frozen
class Section:
    """A heading and everything under it up to the next heading of the same or a
    higher level. ``span`` covers the heading and its body."""

    heading: Heading
    span: Span
    children: tuple[Section, ...] = ()

    def walk(self):  # type: ignore[no-untyped-def]
        """Yield this section and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@frozen
class DateMention:
    """A calendar date or year-month written in the text (2025年12月9日)."""

    date: _dt.date
    precision: str  # "day" or "month"
    text: str
    span: Span


class Approx(enum.Enum):
    """What an approximation marker makes of a stated value."""

    #: No marker: the value as written.
    EXACT = "exact"
    #: 余 多 以上 超过 逾: at least the value.
    AT_LEAST = "at_least"
    #: 近 不足 不到: at most the value.
    AT_MOST = "at_most"
    #: 约 左右: about the value.
    ABOUT = "about"


@frozen
class Quantity:
    """A number with a measure word or unit (125件, 1600余次, 3万余元, 97.6%).

    ``value`` is exact (``Decimal``); ``unit`` the measure word (件, 人次, 万元…) or
    ``%``; ``approx`` what its markers make of it; ``metric`` the phrase it counts
    (调解矛盾纠纷), empty when none could be read.
    """

    value: Decimal
    unit: str
    approx: Approx
    metric: str
    text: str
    span: Span

    @property
    def is_count(self) -> bool:
        """A count of things or events (not money, not a percentage)."""
        return self.unit != "%" and not self.unit.endswith("元")

    def bounds(self) -> tuple[Decimal, Decimal | None]:
        """The smallest and largest values the text allows (None: no upper bound).

        余/多 after a round number allow up to the next step of its last non-zero
        digit (1600余 is 1600–1699); 以上/超过 have no upper bound; 近/不足 allow
        down to 90 %; 约/左右 allow ±10 %.
        """
        v = self.value
        if self.approx is Approx.EXACT:
            return v, v
        if self.approx is Approx.AT_LEAST:
            if "余" in self.text or "多" in self.text:
                step = Decimal(1)
                digits = str(int(v)) if v == v.to_integral_value() else ""
                while digits.endswith("0") and step * 10 <= v:
                    digits = digits[:-1]
                    step *= 10
                return v, v + step - (1 if step > 1 else 0)
            return v, None
        if self.approx is Approx.AT_MOST:
            return v * Decimal("0.9"), v
        return v * Decimal("0.9"), v * Decimal("1.1")


@frozen
class RateStatement:
    """A stated rate or share (调解成功率达97.6%): ``value`` in percent, with the
    number of ``decimals`` written and what its ``bound`` markers make of it."""

    name: str
    value: Decimal
    decimals: int
    bound: Approx
    text: str
    span: Span
    value_span: Span


@frozen
class ChangeClaim:
    """A change with both values stated (由A增至B，增长X%); ``direction`` is +1 for
    增长/增加/上升/提高, -1 for 下降/减少/降低."""

    before: Quantity
    after: Quantity
    direction: int
    stated: Decimal
    decimals: int
    text: str
    span: Span


class CitationKind(enum.Enum):
    """What a 《…》 title names."""

    LAW = "law"
    REGULATION = "regulation"
    LOCAL = "local"
    PARTY = "party"
    NORMATIVE = "normative"
    PLAN = "plan"
    PUBLICATION = "publication"
    OTHER = "other"


@frozen
class Citation:
    """A 《…》 title in the text: ``title`` without the brackets, its ``kind``, and
    ``span`` covering the brackets."""

    title: str
    kind: CitationKind
    span: Span


@frozen
class Metadata:
    """What the report says about itself."""

    title: TextSpan | None = None
    issuer: TextSpan | None = None
    addressee: TextSpan | None = None
    year: int | None = None
    #: Where the report year was read from: the title, or the opening sentence.
    year_source: TextSpan | None = None
    signature: TextSpan | None = None
    signing_date: DateMention | None = None
    #: When the report was published (a web page's PubDate or 发布时间, or
    #: ``--published``), and where that date came from; None when unknown.
    published: _dt.date | None = None
    published_from: str | None = None


@frozen
class Report:
    """A parsed report. Build one with :func:`lawgov.parse` or :func:`lawgov.load`."""

    source: str
    text: str = field(repr=False)
    metadata: Metadata
    headings: tuple[Heading, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    dates: tuple[DateMention, ...]
    quantities: tuple[Quantity, ...] = ()
    rates: tuple[RateStatement, ...] = ()
    changes: tuple[ChangeClaim, ...] = ()
    citations: tuple[Citation, ...] = ()
    encoding: str = "utf-8"
    line_starts: tuple[int, ...] = field(repr=False, default=(0,))
    #: For a report read from a PDF, the offset at which each page's text starts.
    page_starts: tuple[int, ...] = field(repr=False, default=())

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of every paragraph, in order."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for offsets ``start``..``end`` of this report's text."""
        return make_span(self.line_starts, start, end)

    def page(self, offset: int) -> int | None:
        """The 1-based PDF page holding ``offset``, or None for other formats."""
        if not self.page_starts:
            return None
        import bisect

        return bisect.bisect_right(self.page_starts, offset) or 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def all_sections(self) -> tuple[Section, ...]:
        """Every section at every depth, in document order."""
        return tuple(s for top in self.sections for s in top.walk())


@frozen
class Finding:
    """One problem found in a report.

    ``message`` is Chinese; ``message_en`` the English text for ``--lang en``.
    ``span`` is None for findings about the document as a whole (a missing part).
    ``evidence`` holds the facts behind the finding in JSON-compatible values.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    message_en: str | None = None
    span: Span | None = None
    suggestion: str | None = None
    suggestion_en: str | None = None
    evidence: dict[str, Any] = field(factory=dict, eq=False)
    plugin: str | None = None

    def text(self, lang: str = "zh") -> str:
        """The message in ``lang`` (``"zh"`` or ``"en"``)."""
        return self.message_en or self.message if lang == "en" else self.message

    def suggestion_text(self, lang: str = "zh") -> str | None:
        """The suggestion in ``lang``, or None."""
        if lang == "en":
            return self.suggestion_en or self.suggestion
        return self.suggestion

    def sort_key(self) -> tuple[int, str]:
        """Document-level findings first, then by position, then by code."""
        return (-1 if self.span is None else self.span.start, self.code)


@frozen
class Jurisdiction:
    """A province-level jurisdiction that a plugin knows.

    ``places`` maps a place name (西宁市, 湟中区, 李家山镇) to its full path inside
    the jurisdiction (``("青海省", "西宁市", "湟中区", "李家山镇")``); the last element
    is the name itself.
    """

    name: str
    prefix: str
    province: str
    label: str = ""
    label_en: str = ""
    aliases: tuple[str, ...] = ()
    places: dict[str, tuple[tuple[str, ...], ...]] = field(factory=dict, eq=False, repr=False)
    source: str = ""
    plugin: str | None = None
    #: former place names: old -> (current name, year of the change or "")
    renamed: dict[str, tuple[str, str]] = field(factory=dict, eq=False, repr=False)


@frozen
class CheckResult:
    """The outcome of :func:`lawgov.check` for one report."""

    report: Report
    findings: tuple[Finding, ...]
    jurisdiction: str | None = None
    jurisdiction_evidence: tuple[str, ...] = ()
    stats: dict[str, int] = field(factory=dict, eq=False)
    #: Coverage of the nine task chapters of the 2021–2025 纲要 (``ChapterCoverage``
    #: items), or None for report years it does not apply to.
    outline: tuple[Any, ...] | None = None

    def count(self, severity: Severity) -> int:
        """How many findings have exactly ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """This report's entry of the ``lawgov-report/1`` JSON document (what
        ``lawgov check --format json`` writes for it), as plain Python values.

        >>> import lawgov
        >>> result = lawgov.check(lawgov.parse("开展培训3次。", source="a.txt"), select=["LG108"])
        >>> d = result.to_dict()
        >>> d["path"], [f["code"] for f in d["findings"]]
        ('a.txt', ['LG108'])
        """
        from .serialize import report_dict

        return report_dict(FileResult(self.report.source, self), lang)


@frozen
class FileResult:
    """One input file: its check result, or the findings that stopped it being read."""

    path: str
    result: CheckResult | None
    input_findings: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings that stopped the file being read, then the check's."""
        return self.input_findings + (self.result.findings if self.result else ())

    def count(self, severity: Severity) -> int:
        """How many findings have exactly ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)


def evolve(inst: Any, **changes: Any) -> Any:
    """Copy a frozen model object with some fields changed."""
    return attrs.evolve(inst, **changes)
