"""The national law registry (``data/laws.tsv``, sources in the file) and the kinds of
document a cited title can name."""

from __future__ import annotations

import functools

from attrs import frozen

from .._model import CitationKind
from .._util.resources import resource_files
from .._util.text import Pattern, fold

#: Words that show a title is mentioned as history, not cited as in force.
HISTORICAL = Pattern(r"废止|废除|失效|取代|替代|代替|修订前|原《|旧《|此前|曾经")
_PUBLICATION = Pattern(r"(日报|晚报|报|杂志|期刊|文摘|手册|读本|汇编|文选|选编|丛书)$")
_LOCAL_PREFIX = Pattern(
    r"^\p{Han}{1,12}?(省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|镇|乡|街道)"
    r"(人民代表大会常务委员会|人民政府|人大常委会)?")
_PARTY = Pattern(r"^中国共产党|党内|党组|党委|党员|党政主要负责人|纪律处分")
_PLAN = Pattern(r"(规划|纲要|方案|计划|要点|行动)(（[^）]*）|\([^)]*\))?$")
_NORMATIVE = Pattern(r"(意见|通知|决定|规定|办法|细则|指引|规范|清单|制度|规则|指南|标准|公告)$")
_RULE_SUFFIX = Pattern(r"(条例|规定|办法|实施细则|细则|规则)$")


@frozen
class Version:
    """One version of a law: the date it was adopted (通过) or amended (修正, 修订), and
    the date it came into force when recorded."""

    date: str
    event: str
    in_force: str = ""


@frozen
class LawEntry:
    """One title of the registry."""

    title: str
    kind: str
    short_names: tuple[str, ...]
    #: Its versions as the data file writes them (see :attr:`versions`).
    history: str
    #: The date it stopped being in force, ``?`` when known to have ended on an
    #: unrecorded date, empty while in force.
    ended: str
    replaced_by: str
    source: str

    @property
    def versions(self) -> tuple[Version, ...]:
        """Every recorded version, oldest first."""
        return tuple(Version(m[1], m[2], m[3] or "") for m in _VERSION.finditer(self.history))

    @property
    def adopted(self) -> str:
        """The date it was first adopted (empty when the registry does not know it)."""
        m = _VERSION.search(self.history)
        return m[1] if m and m[2] != "记载" else ""  # 记载: not known to be the first

    @property
    def version_years(self) -> frozenset[int] | None:
        """The years in which a version was adopted or came into force; None when the
        registry holds only some of its versions."""
        if any(v.event == "记载" for v in self.versions):
            return None
        return frozenset(int(d[:4]) for v in self.versions for d in (v.date, v.in_force) if d)

    @property
    def replaced_on(self) -> str:
        """The date its replacement took over (empty unless it was replaced)."""
        return self.ended if self.replaced_by else ""


_PRC = "中华人民共和国"
_VERSION = Pattern(r"(\d{4}-\d{2}-\d{2})(通过|修正|修订|记载)(?:>(\d{4}-\d{2}-\d{2}))?")


def normalise(title: str) -> str:
    """A title reduced for lookup: width-folded, no spaces, brackets unified."""
    t = fold(title).replace(" ", "").replace("(", "（").replace(")", "）")
    return t.replace("-", "—").replace("–", "—").replace("－", "—")


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, LawEntry]:
    """Canonical and short titles (normalised) -> entry; loaded on first use."""
    text = (resource_files("lawgov") / "data" / "laws.tsv").read_text("utf-8")
    out: dict[str, LawEntry] = {}
    # one normalise of the whole file gives every line's lookup keys
    for line, keys in zip(text.splitlines(), normalise(text).splitlines()):
        if line.startswith("# complete-through:"):
            _COMPLETE[0] = line.split(":", 1)[1].strip()
        if not line or line.startswith("#"):
            continue
        title, kind, short, history, ended, replaced, source = (line.split("\t") + [""] * 7)[:7]
        key, _, short_keys = (keys.split("\t") + ["", "", ""])[:3]
        entry = LawEntry(title, kind, tuple(n for n in short.split("|") if n), history, ended, replaced,
                         source)
        out[key] = entry
        for name in (*short_keys.split("|"), key.removeprefix(_PRC)):
            if name:
                out.setdefault(name, entry)
    return out


def complete_through() -> str:
    """The date up to which the registry holds every national title and version
    (its snapshot's date; later titles come from a hand-kept list)."""
    registry()
    return _COMPLETE[0]


_COMPLETE = [""]


def lookup(title: str) -> LawEntry | None:
    """The registry entry a cited title names (full or short form), if any."""
    key = normalise(title)
    reg = registry()
    return reg.get(key) or reg.get(key.removeprefix(_PRC))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_KINDS = ("条例", "法典", "法")


def near_titles(title: str) -> list[str]:
    """Registry titles a cited title not in the registry is a garbled form of: the same
    title with words inserted (安全生产管理法 for 安全生产法), with the kind changed
    (行政复议条例 for 行政复议法) or with 中华人民共和国 added to a title that lacks it.
    Titles that merely share words (国家公园法, 国家安全法) are never near.

    >>> near_titles("中华人民共和国行政执法监督条例"), near_titles("安全生产管理法")
    (['行政执法监督条例'], ['中华人民共和国安全生产法'])
    >>> near_titles("行政复议条例"), near_titles("国家公园法")
    (['中华人民共和国行政复议法'], [])
    """
    reg = registry()
    cited = normalise(title)
    core = cited.removeprefix(_PRC)
    if core in reg and cited != core:
        return [reg[core].title]  # 中华人民共和国 added to a title without it
    kind = next((k for k in _KINDS if core.endswith(k)), None)
    if kind is None or len(core) - len(kind) < 2:
        return []
    stem = core[: -len(kind)]
    out = [reg[stem + k].title for k in _KINDS if k != kind and stem + k in reg]
    for key, entry in _cores():
        if len(key) >= 4 and key.endswith(kind) and 0 < len(core) - len(key) <= 3 \
                and _subsequence(key, core):
            out.append(entry.title)
    return list(dict.fromkeys(out))


@functools.lru_cache(maxsize=1)
def _cores() -> tuple[tuple[str, LawEntry], ...]:
    """Every title without 中华人民共和国, with its entry."""
    return tuple((normalise(e.title).removeprefix(_PRC), e)
                 for e in {id(e): e for e in registry().values()}.values())


def classify(title: str) -> CitationKind:
    """The kind of document a 《…》 title names.

    >>> [classify(t).value for t in ("中华人民共和国行政处罚法", "信访工作条例", "重庆市重大行政决策程序规定",
    ...  "法治政府建设实施纲要（2021—2025年）", "法制报", "关于加强行政执法协调监督工作体系建设的意见")]
    ['law', 'party', 'local', 'plan', 'publication', 'party']
    """
    entry = lookup(title)
    if entry is not None:
        return CitationKind(entry.kind)
    t = normalise(title)
    if _PUBLICATION.search(t):
        return CitationKind.PUBLICATION
    if t.endswith("法") and not t.endswith(("办法", "方法", "做法", "工作法")) or t.endswith("法典"):
        return CitationKind.LAW
    if _PARTY.search(t):
        return CitationKind.PARTY
    if _LOCAL_PREFIX.match(t) and _RULE_SUFFIX.search(t) and not t.startswith("中华人民共和国"):
        return CitationKind.LOCAL
    if t.endswith("条例"):
        return CitationKind.REGULATION
    if _PLAN.search(t):
        return CitationKind.PLAN
    if _NORMATIVE.search(t):
        return CitationKind.NORMATIVE
    return CitationKind.OTHER
