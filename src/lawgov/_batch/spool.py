"""Inputs read once: a batch that looks across its files (LG406) reads each input in
a first pass and keeps what the reader produced, compressed, in a temporary folder;
the second pass checks from there. No file is read, no PDF extracted and no web
address fetched twice, and standard input (``-``) is read once wherever it stands.

The modules a spool needs are imported when one is used: a check of one file has
none, and importing them costs a cold start about 15 ms.
"""

from __future__ import annotations

import os

from .._errors import InputProblem
from .._read import Source, read
from .copies import Sketch, sketch


class Spool:
    """A temporary folder of read inputs, one file each, named by position in the
    batch. Workers write and read it by its ``folder``; :meth:`close` removes it."""

    def __init__(self) -> None:
        import tempfile

        self.folder = tempfile.mkdtemp(prefix="lawgov-batch-")

    def close(self) -> None:
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


def _entry(folder: str, key: str) -> str:
    return os.path.join(folder, f"{key}.read")


def keep(folder: str, key: str, path: str, max_bytes: int, private_urls: bool = False) -> Source | None:
    """Read ``path`` and keep what came of it (the text, or the problem) as entry
    ``key`` of the spool ``folder``; the source, or None when it could not be read."""
    import pickle
    import zlib

    try:
        source: Source | None = read(path, max_bytes=max_bytes, private_urls=private_urls)
        kept: Source | tuple[str, str, str, str] = source  # type: ignore[assignment]
    except InputProblem as problem:
        source, kept = None, (problem.code, problem.path, problem.message, problem.message_en)
    with open(_entry(folder, key), "wb") as fh:
        fh.write(zlib.compress(pickle.dumps(kept, pickle.HIGHEST_PROTOCOL), 1))
    return source


def read_and_sketch(index: int, path: str, folder: str, max_bytes: int, private_urls: bool = False) -> Sketch:
    """The first pass of a batch over ``path``, its ``index``-th file: read and kept,
    and the sketch of its paragraphs for LG406."""
    source = keep(folder, str(index), path, max_bytes, private_urls)
    return sketch(source.text) if source is not None else (0, [])


def source_from(folder: str, key: str) -> Source:
    """What the first pass read as entry ``key``.

    :raises InputProblem: the problem the first pass met.
    """
    import pickle
    import zlib

    with open(_entry(folder, key), "rb") as fh:
        kept = pickle.loads(zlib.decompress(fh.read()))
    if isinstance(kept, Source):
        return kept
    raise InputProblem(*kept)
