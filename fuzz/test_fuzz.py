"""Fuzzing: many generated inputs through the whole batch and every output format.

Not part of the default suite (it takes minutes): ``tox -e fuzz``, or
``python -m pytest fuzz``. ``LAWGOV_FUZZ_INPUTS`` (default 10,000) sets how many
inputs, ``LAWGOV_FUZZ_SEED`` the seed, so that a failure can be replayed.

Inputs are the example reports and the test builders' web page, Word document and
PDF, each mutated at the byte level (bytes flipped, cut, repeated or spliced;
control characters, escape sequences, lone surrogate encodings, long digit runs,
deep markup inserted), written to files with odd names, and checked in batches of
500 as ``lawgov check`` checks them. Each batch must give one result per input, in
order, with no internal error (LG9xx), and render in every format. Reading has its
time and memory budget, so no input can hold the run; pytest-timeout stops a run
that hangs anyway.
"""

import functools
import os
import random

import pytest

import lawgov
from lawgov import BatchOptions
from lawgov._render import FORMATS, RenderContext, render_files

from builders import docx, portal_page, report_pdf
from conftest import EXAMPLES

INPUTS = int(os.environ.get("LAWGOV_FUZZ_INPUTS", "10000"))
SEED = int(os.environ.get("LAWGOV_FUZZ_SEED", "20261205"))
BATCH = 500

#: Pieces inserted by mutations: what broke readers and renderers before.
_PIECES = [
    b"\x0c", b"\x00", b"\x1b[2K\x1b[1A", b"\x1b]0;title\x07", b"\x7f", b"\xc2\x9b", b"\xed\xa0\x80",
    b"\xff\xfe", b"\xef\xbb\xbf", b"1" * 40, b"0." + b"0" * 40 + b"1", "\uff05".encode(), "%".encode(),
    "\u767e\u5206\u4e4b".encode(), b"<div/>" * 200, b"<p>" * 300, b"&#xD800;", b"\r", b"\n" * 50,
    "\u4e00\u3001".encode(), "\u589e\u957f".encode(), "\u5176\u4e2d".encode(), b"<script>", b"]]>",
]


@functools.cache
def _seeds():
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    seeds = [(".txt", t.encode("utf-8")) for t in texts]
    seeds += [(".txt", t.encode("gb18030")) for t in texts[:2]]
    seeds += [(".html", portal_page(t).encode("utf-8")) for t in texts[:3]]
    seeds += [(".docx", docx(t)) for t in texts[:2]]
    seeds += [(".pdf", report_pdf(t)) for t in texts[:1]]
    return seeds


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not data:
            data.extend(rng.choice(_PIECES))
            continue
        at = rng.randrange(len(data))
        kind = rng.randrange(6)
        if kind == 0:  # flip bytes
            for i in range(at, min(len(data), at + rng.randint(1, 8))):
                data[i] = rng.randrange(256)
        elif kind == 1:  # insert a known troublemaker
            data[at:at] = rng.choice(_PIECES) * rng.choice((1, 1, 3, 50))
        elif kind == 2:  # cut
            del data[at:at + rng.randint(1, 4000)]
        elif kind == 3:  # repeat a stretch
            data[at:at] = data[at:at + rng.randint(1, 400)] * rng.randint(2, 20)
        elif kind == 4:  # truncate
            del data[rng.randrange(len(data)):]
        else:  # splice from elsewhere
            other = rng.randrange(len(data))
            data[at:at] = data[other:other + rng.randint(1, 300)]
    return bytes(data)


def _name(i: int, suffix: str, rng: random.Random) -> bytes:
    odd = rng.choice([b"", b" ", b"\xb9\xd8\xd3\xda", "\u793a\u4f8b\u9547".encode(), b"-", b"\xff"])
    return b"%05d%s%s" % (i, odd, suffix.encode())


@pytest.mark.parametrize("first", range(0, INPUTS, BATCH))
def test_generated_inputs_lose_nothing_and_raise_no_internal_error(first, tmp_path):
    rng = random.Random(SEED + first)
    seeds = _seeds()
    paths = []
    for i in range(first, min(first + BATCH, INPUTS)):
        suffix, data = rng.choice(seeds)
        suffix = rng.choice([suffix, suffix, suffix, ".txt", ".html", ".pdf", ".docx"])
        path = os.path.join(os.fsencode(tmp_path), _name(i, suffix, rng))
        with open(path, "wb") as fh:
            fh.write(_mutate(data, rng))
        paths.append(os.fsdecode(path))
    results = list(lawgov.check_paths(paths, BatchOptions(isolated=True)))
    assert len(results) == len(paths)
    internal = [(r.path, f.code, f.message) for r in results for f in r.findings if f.code.startswith("LG9")]
    assert internal == []
    ctx = RenderContext("zh")
    for fmt in FORMATS:
        out = render_files(results, fmt, ctx)
        assert out, fmt
        if isinstance(out, str):  # text reaches terminals and files as UTF-8
            assert "\x1b" not in out and out.encode("utf-8"), fmt
