"""Where the command line writes: standard output, or a file written whole or not
at all; and the progress bar of a batch."""

from __future__ import annotations

import contextlib
import os
import sys


def progress(items, total: int):  # type: ignore[no-untyped-def]
    """``items``, with a progress bar on standard error when it is a terminal and the
    batch has more than one file (tqdm, imported only then)."""
    if total < 2 or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


@contextlib.contextmanager
def output(path: str | None, binary: bool = False):  # type: ignore[no-untyped-def]
    """Standard output, or ``path`` written whole or not at all (a partial file is
    removed if the run stops)."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    part = f"{path}.part"
    try:
        with open(part, "wb") if binary else open(part, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(part, path)
    finally:
        if os.path.exists(part):
            os.remove(part)
