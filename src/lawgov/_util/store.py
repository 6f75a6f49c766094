"""Start-up work kept between runs in the user's cache folder.

A cold ``lawgov check`` spent a good part of its own time compiling regular
expressions, indexing place names and parsing TOML: the same work on every start.
It is kept:

- compiled ``regex`` patterns, in one pickle file. The ``regex`` module pickles a
  pattern together with its compiled program, so reading one back skips the
  compiler (a typical report's 66 patterns: 54 ms to compile, a few to read back);
- indexes built from data files (place names, manifests), one pickle file each,
  named by a digest of the data and of lawgov's version, so that new data makes a
  new index.

The folder is ``$LAWGOV_CACHE_DIR`` if set (``off`` turns the cache off), else the
platform's cache folder: ``$XDG_CACHE_HOME/lawgov``, ``~/.cache/lawgov``,
``~/Library/Caches/lawgov`` on macOS, ``%LOCALAPPDATA%\\lawgov\\Cache`` on Windows.
Whatever goes wrong with it (no such folder, read-only, a damaged or foreign file)
leaves lawgov working as without it, only slower to start. Files are written whole
or not at all, and only files of the current user, in a folder only they can write,
are read back (a pickle can run code when read).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

import regex

from .._version import __version__

T = TypeVar("T")

#: What makes a kept file valid: lawgov's and the engine's versions.
_TAG = f"{__version__}-{regex.__version__}-{sys.implementation.cache_tag}"
#: More patterns than this in the file and it is rewritten with this run's only.
_MAX_PATTERNS = 2000


def folder() -> str | None:
    """The cache folder (which may not exist yet), or None when the cache is off."""
    chosen = os.environ.get("LAWGOV_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no", "false") else chosen
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return os.path.join(base, "lawgov", "Cache") if base else None
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/lawgov")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "lawgov") if os.path.isabs(base) else None


def _load(path: str) -> Any:
    """What the file at ``path`` holds, or None (missing, damaged, not trusted)."""
    import pickle

    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid"):
                st = os.fstat(fh.fileno())
                if st.st_uid != os.getuid() or st.st_mode & 0o022:
                    return None
            return pickle.loads(fh.read())
    except Exception:  # noqa: BLE001 - a cache that cannot be read is no cache
        return None


def _save(path: str, value: object) -> None:
    """Write ``value`` to ``path`` whole or not at all; failures are ignored."""
    import pickle
    import tempfile

    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no cache
        pass


def _stamp(build: Callable[[], object]) -> int:
    """When the module defining ``build`` last changed (0 if unknown): an index made
    by changed code is made again, even within one version of lawgov."""
    try:
        return os.stat(build.__code__.co_filename).st_mtime_ns
    except (AttributeError, OSError):
        return 0


def remembered(kind: str, data: str, build: Callable[[], T]) -> T:
    """``build()``, an index made from ``data`` (the text of a data file), kept in the
    cache folder under ``kind`` and a digest of ``data``, of lawgov's version and of
    the module that defines ``build``: the next run reads it back instead of building
    it. Older files of the same ``kind`` are removed."""
    where = folder()
    if where is None:
        return build()
    raw = f"{_TAG}\n{_stamp(build)}\n{data}".encode("utf-8", "surrogatepass")
    digest = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}{len(raw):x}"  # hashlib costs 6 ms to import
    path = os.path.join(where, f"{kind}-{digest}.pickle")
    kept = _load(path)
    if kept is not None:
        return kept  # type: ignore[no-any-return]
    value = build()
    _save(path, value)
    try:
        for name in os.listdir(where):
            if name.startswith(f"{kind}-") and name.endswith(".pickle") and name != os.path.basename(path):
                os.unlink(os.path.join(where, name))
    except OSError:
        pass
    return value


def toml(kind: str, text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, kept as :func:`remembered` keeps an index (tomllib,
    10 ms to import, is imported only for a text not seen before).

    :raises ValueError: ``text`` is not TOML (``tomllib.TOMLDecodeError``).
    """
    def parse() -> dict[str, Any]:
        import tomllib

        return tomllib.loads(text)

    return remembered(kind, text, parse)


class _Patterns:
    """The compiled patterns of this process, and the file of those compiled before:
    a dict from (pattern, flags) to the pickled pattern, each read back only when
    asked for (reading back one costs a tenth of compiling it, not nothing)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kept: dict[tuple[str, int], bytes] | None = None
        self.new: dict[tuple[str, int], bytes] = {}
        self.path: str | None = None

    def compile(self, pattern: str, flags: int) -> Any:
        import pickle

        with self.lock:
            if self.kept is None:
                self._open()
            assert self.kept is not None
            key = (pattern, flags)
            data = self.kept.get(key)
            if data is not None:
                try:
                    return pickle.loads(data)
                except Exception:  # noqa: BLE001 - a damaged entry is compiled again
                    pass
            compiled = regex.compile(pattern, flags)
            if self.path is not None:
                self.new[key] = pickle.dumps(compiled, pickle.HIGHEST_PROTOCOL)
            return compiled

    def _open(self) -> None:
        where = folder()
        self.kept = {}
        if where is None:
            return
        self.path = os.path.join(where, f"patterns-{_TAG}.pickle")
        kept = _load(self.path)
        if isinstance(kept, dict):
            self.kept = kept
        atexit.register(self.write)

    def write(self) -> None:
        """Keep the patterns this process compiled that the file did not hold."""
        with self.lock:
            if not self.new or self.path is None or self.kept is None:
                return
            kept = {**self.kept, **self.new} if len(self.kept) + len(self.new) <= _MAX_PATTERNS else self.new
            _save(self.path, kept)
            self.kept, self.new = kept, {}


_PATTERNS = _Patterns()
if hasattr(os, "register_at_fork"):  # a worker forked while a thread compiled must not wait forever
    os.register_at_fork(after_in_child=lambda: setattr(_PATTERNS, "lock", threading.Lock()))


def compiled(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, read from the cache folder when an earlier
    run compiled it."""
    return _PATTERNS.compile(pattern, flags)
