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
