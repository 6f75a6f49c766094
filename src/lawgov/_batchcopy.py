"""Copying between the reports of one batch (LG406), in near-linear time.

Each paragraph of at least 50 characters is sketched by the CRC32 hashes of its
8-character windows (whitespace removed) that fall into one residue class, a fixed
sample of about one window in six that two copies of a paragraph share wherever
they share text. An inverted index from sampled hash to paragraphs finds the
paragraphs of other reports with most of the same hashes; hashes found in more
more than 50 reports are common phrasing (习近平法治思想…), not copying, and are
left out, which also bounds the work per hash: the whole pass is linear in the text.
"""

from __future__ import annotations

import zlib
from collections import defaultdict

_WINDOW = 8
_SAMPLE = 6
_MIN_PARAGRAPH = 50
#: Share of sampled hashes two paragraphs must have in common to be one text.
_SAME = 0.8
#: A window found in more reports than this is shared phrasing, not a copy.
_COMMON = 50


def sketch(text: str) -> list[tuple[int, frozenset[int]]]:
    """(length, sampled hashes) of each paragraph long enough to compare; the first
    item is (length of all the text without whitespace, an empty set)."""
    out = [(len("".join(text.split())), frozenset())]
    for line in text.split("\n"):
        compact = "".join(line.split())
        if len(compact) < _MIN_PARAGRAPH:
            continue
        hashes = set()
        for i in range(len(compact) - _WINDOW + 1):
            h = zlib.crc32(compact[i:i + _WINDOW].encode("utf-8"))
            if h % _SAMPLE == 0:
                hashes.add(h)
        if len(hashes) >= 3:
            out.append((len(compact), frozenset(hashes)))
    return out


def shared(sketches: list[list[tuple[int, frozenset[int]]]]) -> list[list[tuple[int, int, int]]]:
    """For each report, (other report, paragraphs, characters) it shares with each
    other report of the batch, most characters first."""
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for doc, paragraphs in enumerate(sketches):
        for para, (_, hashes) in enumerate(paragraphs):
            for h in hashes:  # (the first item, the whole text's length, has none)
                index[h].append((doc, para))
    cap = _COMMON
    for h in [h for h, posting in index.items() if len({d for d, _ in posting}) > cap]:
        del index[h]  # common phrasing across the batch, not copying
    out: list[list[tuple[int, int, int]]] = []
    for doc, paragraphs in enumerate(sketches):
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for para, (length, hashes) in enumerate(paragraphs):
            hits: dict[tuple[int, int], int] = defaultdict(int)
            for h in hashes:
                for other in index.get(h, ()):
                    if other[0] != doc:
                        hits[other] += 1
            best: dict[int, bool] = {}
            for (other_doc, other_para), k in hits.items():
                other_hashes = sketches[other_doc][other_para][1]
                if k >= _SAME * min(len(hashes), len(other_hashes)):
                    best[other_doc] = True
            for other_doc in best:
                totals[other_doc][0] += 1
                totals[other_doc][1] += length
        out.append(sorted(((d, p, c) for d, (p, c) in totals.items()), key=lambda t: (-t[2], t[0])))
    return out
