"""Readers of PDF, web pages and Word files run in a child process with a budget.

Their parsers are C libraries or deep Python recursion that a hostile file can hold
for hours or drive past gigabytes, and that neither Ctrl-C nor a rule timeout can
stop. Each reading process runs such a reader under an address-space limit
(``MEMORY`` beyond what it started with) and is killed when one input takes longer
than ``SECONDS``: the input becomes an LG007 finding, a new reading process starts
for the next one, and the rest of the batch is read. A reading process serves input
after input (no start-up cost per file) and dies with the process that started it.

Where there is no ``fork`` and no ``resource`` module (Windows), readers run in the
calling process without these bounds.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from .._errors import InputProblem

#: Wall-clock seconds one input may take to read (a 1,000-page PDF takes a few).
SECONDS = 30.0
#: Bytes of memory a reader may take beyond what its process started with.
MEMORY = 1024 * 1024 * 1024

_SUPPORTED = sys.platform.startswith("linux") or sys.platform == "darwin"


def die_with_parent() -> None:
    """On Linux, the kernel kills this process when the one that started it dies."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _limit_memory() -> None:
    import resource

    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/statm") as fh:
            start = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (start + MEMORY, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _serve(conn: Any) -> None:
    """The reading process: reads what it is sent until its pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    _limit_memory()
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", function(*args))
        except InputProblem as problem:
            answer = ("problem", (problem.code, problem.path, problem.message, problem.message_en))
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:  # a reader's own bug: the caller reports it
            answer = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except MemoryError:
            conn.send(("memory", None))


class _Reader:
    """One reading process and the pipe to it, started when first needed."""

    def __init__(self) -> None:
        self.process: Any = None
        self.conn: Any = None

    def _start(self) -> None:
        import multiprocessing

        # fork when this process has no other thread; a fork server where one could
        # hold a lock at the moment of the fork (a web server, a notebook)
        context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "forkserver")
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), daemon=True, name="lawgov-reader")
        self.process.start()
        theirs.close()

    def stop(self) -> None:
        if self.process is not None:
            with contextlib.suppress(Exception):
                self.process.kill()
                self.process.join(5)
            with contextlib.suppress(Exception):
                self.conn.close()
        self.process = self.conn = None

    def run(self, path: str, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self.process is None or not self.process.is_alive():
            self.stop()
            self._start()
        try:
            self.conn.send((function, args))
            if not self.conn.poll(SECONDS):
                self.stop()
                raise _limit(path, f"读取超过 {SECONDS:.0f} 秒仍未完成", f"reading took longer than {SECONDS:.0f} s")
            kind, value = self.conn.recv()
        except (EOFError, OSError):  # the reading process died: out of memory in C code, or a crash
            self.stop()
            raise _limit(path, "读取时内存超限或解析程序崩溃", "the reader ran out of memory or crashed") from None
        except BaseException:  # Ctrl-C while waiting: the reader is stopped with the run
            self.stop()
            raise
        if kind == "ok":
            return value
        if kind == "problem":
            raise InputProblem(*value)
        if kind == "memory":
            self.stop()
            raise _limit(path, f"读取需要超过 {MEMORY >> 20} MB 内存", f"reading needs more than {MEMORY >> 20} MB")
        raise InputProblem("LG007", path, f"文件无法读取（{value}）", f"the file cannot be read ({value})")


def _limit(path: str, zh: str, en: str) -> InputProblem:
    return InputProblem("LG007", path, f"{zh}，不像是一份正常的报告文件",
                        f"{en}: not a normal report file (Limit)")


#: Idle reading processes of this process; a thread takes one, or starts one, for each input.
_IDLE: queue.SimpleQueue[_Reader] = queue.SimpleQueue()
#: Most reading processes one process keeps.
_MOST = max(2, os.cpu_count() or 1)
_started = 0
_lock = threading.Lock()


@contextlib.contextmanager
def _reader() -> Iterator[_Reader]:
    global _started
    try:
        reader = _IDLE.get_nowait()
    except queue.Empty:
        with _lock:
            fresh = _started < _MOST
            _started += fresh
        reader = _Reader() if fresh else _IDLE.get()
    try:
        yield reader
    finally:
        _IDLE.put(reader)


def guarded(path: str, function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` run in a reading process within the time and memory
    budget; an input beyond it raises LG007 naming ``path``."""
    import multiprocessing

    if not _SUPPORTED or multiprocessing.current_process().daemon:  # a daemon may start no process
        return function(*args)
    with _reader() as reader:
        return reader.run(path, function, args)


def _forget_after_fork() -> None:
    """A forked child (a --jobs worker) starts its own reading processes: the pipes it
    inherited belong to its parent's."""
    global _IDLE, _started, _lock
    _IDLE, _started, _lock = queue.SimpleQueue(), 0, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
