"""Copying between the reports of one batch (LG406), in near-linear time.

Each paragraph of at least 50 characters is sketched by the four smallest CRC32
hashes of its 8-character windows (whitespace removed): a bottom-k sketch, which two
copies of a paragraph share unless the copy changed a large part of it (a changed
town name or figure touches only a few windows). An inverted index from hash to
reports finds, for each paragraph, the other reports that hold at least three of its
four hashes. A hash found in more than 50 reports is common
phrasing (习近平法治思想…), not copying, and is left out, which also bounds the work
per hash: the pass is linear in the text, and holds four integers a paragraph.
"""

from __future__ import annotations

import heapq
from zlib import crc32
from collections import defaultdict

from .._check.codes import CODES
from .._model import Finding, Severity

_WINDOW = 8
_K = 4
_SAME = 3
_MIN_PARAGRAPH = 50
#: A hash found in more reports than this is shared phrasing, not a copy.
_COMMON = 50


def sketch(text: str) -> tuple[int, list[tuple[int, tuple[int, ...]]]]:
    """(characters of the text without whitespace, [(length, bottom-k hashes)] of each
    paragraph long enough to compare)."""
    paragraphs = []
    for line in text.split("\n"):
        compact = "".join(line.split())
        if len(compact) < _MIN_PARAGRAPH:
            continue
        data = compact.encode("utf-8")
        step = max(1, len(data) // len(compact))  # 3 bytes a character in Chinese text
        width = _WINDOW * step
        hashes = {crc32(data[i:i + width]) for i in range(0, len(data) - width + 1, step)}
        paragraphs.append((len(compact), tuple(heapq.nsmallest(_K, hashes))))
    return len("".join(text.split())), paragraphs


Sketch = tuple[int, list[tuple[int, tuple[int, ...]]]]


def shared(sketches: list[Sketch]) -> list[list[tuple[int, int, int]]]:
    """For each report, (other report, paragraphs, characters) it shares with each
    other report of the batch, most characters first. A paragraph is shared with a
    report that holds at least three of its four hashes."""
    index: dict[int, set[int]] = defaultdict(set)
    for doc, (_, paragraphs) in enumerate(sketches):
        for _, hashes in paragraphs:
            for h in hashes:
                index[h].add(doc)
    for h in [h for h, docs in index.items() if len(docs) > _COMMON]:
        del index[h]  # common phrasing across the batch, not copying
    out: list[list[tuple[int, int, int]]] = []
    for doc, (_, paragraphs) in enumerate(sketches):
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for length, hashes in paragraphs:
            hits: dict[int, int] = defaultdict(int)
            for h in hashes:
                for other in index.get(h, ()):
                    hits[other] += 1
            need = min(_SAME, len(hashes))
            for other, k in hits.items():
                if k >= need and other != doc:
                    totals[other][0] += 1
                    totals[other][1] += length
        out.append(sorted(((d, p, c) for d, (p, c) in totals.items()), key=lambda t: (-t[2], t[0])))
    return out


#: (other report, paragraphs shared, share of this report's text).
Copy = tuple[str, int, float]
#: Share of a report's text copied from another report of the batch that makes LG406 a warning.
COPY_WARNING = 0.3


def batch_copies(paths: list[str], names: list[str], sketches: list[Sketch]) -> dict[str, list[Copy]]:
    """For each file, the other files of the batch it shares paragraphs with (by
    their ``names``): path -> [(other, paragraphs, share of the text)]."""
    out = {}
    for path, sketched, found in zip(paths, sketches, shared(sketches)):
        total = sketched[0] or 1
        if found:
            out[path] = [(names[other], paras, round(chars / total, 3)) for other, paras, chars in found]
    return out


def copy_finding(copies: list[Copy]) -> Finding:
    """The LG406 finding of a report that shares paragraphs with ``copies``."""
    other, paras, share = copies[0]
    more = f"等 {len(copies)} 份报告" if len(copies) > 1 else ""
    more_en = f" and {len(copies) - 1} other report(s)" if len(copies) > 1 else ""
    return CODES["LG406"].finding(
        f"有 {paras} 段（占正文的 {share:.0%}）与同批检查的 {other} {more}相同，请确认是否照抄他人报告",
        f"{paras} paragraph(s) ({share:.0%} of the text) are the same as in {other}{more_en} of this batch; "
        "check that the report was not copied",
        severity=Severity.WARNING if share >= COPY_WARNING else Severity.INFO,
        suggestion="按本单位的实际情况撰写", suggestion_en="write about this organisation's own work",
        evidence={"copies": [{"path": p, "paragraphs": n, "share": s} for p, n, s in copies[:10]]})
