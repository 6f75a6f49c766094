"""Copying between the reports of one batch (LG406), in near-linear time.

Each paragraph of at least 50 characters is sketched by the four smallest CRC32
hashes of its 8-character windows (whitespace removed): a bottom-k sketch, which two
copies of a paragraph share unless the copy changed a large part of it (a changed
town name or figure touches only a few windows). An inverted index from hash to
reports finds, for each paragraph, the other reports that hold at least three of its
four hashes. A hash found in more than 50 reports is common
phrasing (习近平法治思想…), not copying, and is left out, which also bounds the work
per hash. A large batch keeps its index in an SQLite file (:class:`CopyIndex`), so
memory stays flat at any batch size.
"""

from __future__ import annotations

import heapq
import os
from collections import defaultdict
from collections.abc import Iterator
from itertools import groupby
from zlib import crc32

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

#: Batches beyond this many files keep their index in a file, not in memory.
IN_MEMORY = 1000

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA temp_store = FILE;
CREATE TABLE doc (doc INTEGER PRIMARY KEY, chars INTEGER NOT NULL);
CREATE TABLE para (doc INTEGER, para INTEGER, length INTEGER NOT NULL, need INTEGER NOT NULL,
                   PRIMARY KEY (doc, para)) WITHOUT ROWID;
CREATE TABLE post (hash INTEGER NOT NULL, doc INTEGER NOT NULL, para INTEGER NOT NULL);
"""

#: For each report, each other report it shares paragraphs with: a paragraph is shared
#: with a report that holds at least ``need`` (three, or all if fewer) of its hashes,
#: leaving out hashes more than _COMMON reports hold.
_SHARED = f"""
WITH common AS (SELECT hash FROM post GROUP BY hash HAVING count(DISTINCT doc) > {_COMMON}),
hits AS (SELECT a.doc AS doc, a.para AS para, b.doc AS other, count(DISTINCT a.hash) AS k
         FROM post AS a JOIN post AS b ON b.hash = a.hash AND b.doc != a.doc
         WHERE a.hash NOT IN common
         GROUP BY a.doc, a.para, b.doc)
SELECT h.doc, (SELECT chars FROM doc WHERE doc.doc = h.doc), h.other, count(*), sum(p.length)
FROM hits AS h JOIN para AS p ON p.doc = h.doc AND p.para = h.para
WHERE h.k >= p.need
GROUP BY h.doc, h.other
ORDER BY h.doc, sum(p.length) DESC, h.other
"""


Shared = Iterator[tuple[int, int, list[tuple[int, int, int]]]]


class CopyIndex:
    """The paragraph sketches of a batch, and which reports share paragraphs. Reports
    are numbered in the order they are added. A batch of up to :data:`IN_MEMORY`
    files is indexed in memory (a dict from hash to reports); a larger one in an
    SQLite database (the standard library's) in a file under ``folder``, so that
    memory stays flat whatever the batch's size. Both give the same answers."""

    def __init__(self, folder: str | None = None, size: int = 0) -> None:
        self.db = None
        if folder and size > IN_MEMORY:
            import sqlite3  # only for large batches (its import costs a cold start 6 ms)

            self.db = sqlite3.connect(os.path.join(folder, "copies.sqlite"))
            self.db.executescript(_SCHEMA)
        self.sketches: list[Sketch] = []
        self.count = 0

    def add(self, sketched: Sketch) -> None:
        doc, (chars, paragraphs) = self.count, sketched
        self.count += 1
        if self.db is None:
            self.sketches.append(sketched)
            return
        self.db.execute("INSERT INTO doc VALUES (?, ?)", (doc, chars))
        self.db.executemany("INSERT INTO para VALUES (?, ?, ?, ?)",
                            ((doc, i, length, min(_SAME, len(hashes)))
                             for i, (length, hashes) in enumerate(paragraphs)))
        self.db.executemany("INSERT INTO post VALUES (?, ?, ?)",
                            ((h, doc, i) for i, (_, hashes) in enumerate(paragraphs) for h in hashes))

    def shared(self) -> Shared:
        """(report, its characters, [(other report, paragraphs, characters)]) of each
        report that shares paragraphs with another, most characters first."""
        if self.db is None:
            yield from _shared_in_memory(self.sketches)
            return
        self.db.execute("CREATE INDEX post_hash ON post (hash, doc)")
        for doc, rows in groupby(self.db.execute(_SHARED), key=lambda row: row[:2]):
            yield *doc, [(other, paras, length) for _, _, other, paras, length in rows]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _shared_in_memory(sketches: list[Sketch]) -> Shared:
    index: dict[int, set[int]] = defaultdict(set)
    for doc, (_, paragraphs) in enumerate(sketches):
        for _, hashes in paragraphs:
            for h in hashes:
                index[h].add(doc)
    for h in [h for h, docs in index.items() if len(docs) > _COMMON]:
        del index[h]  # common phrasing across the batch, not copying
    for doc, (chars, paragraphs) in enumerate(sketches):
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
        if totals:
            yield doc, chars, sorted(((d, p, c) for d, (p, c) in totals.items()), key=lambda t: (-t[2], t[0]))


#: (other report, paragraphs shared, share of this report's text).
Copy = tuple[str, int, float]
#: Share of a report's text copied from another report of the batch that makes LG406 a warning.
COPY_WARNING = 0.3


def batch_copies(names: list[str], index: CopyIndex) -> dict[int, list[Copy]]:
    """For each report of ``index`` that shares paragraphs with others, by its number:
    [(other's name, paragraphs, share of the text)]."""
    return {doc: [(names[other], paras, round(length / (total or 1), 3)) for other, paras, length in found]
            for doc, total, found in index.shared()}


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
