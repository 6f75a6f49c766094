"""The time a rule may take on a report.

In a Unix main thread a SIGALRM ticks every tenth of the budget and its handler
interrupts a rule that ran past it. In any other thread (the web app checks in a
pool of threads) one watchdog thread does the same with an asynchronous exception
(``PyThreadState_SetAsyncExc``). Either way the rule is interrupted between two
Python instructions: a rule stuck inside one call of C code is stopped when that
call returns.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time


class RuleTimeout(Exception):
    """A rule ran past its time budget."""

    def __repr__(self) -> str:
        return "RuleTimeout(the rule ran past its time budget)"


class Budget:
    """Times one rule at a time: ``start`` and ``stop`` only note the clock (arming a
    timer per rule would cost two system calls per rule and report); the tick of
    :func:`budget` looks at it."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.started: float | None = None
        self.thread = threading.get_ident()
        #: Whether the watchdog has sent this thread a RuleTimeout.
        self.fired = False
        self.lock = threading.Lock()

    def start(self) -> None:
        self.started = time.monotonic()

    def stop(self) -> None:
        with self.lock:
            self.started = None
            if self.fired:  # sent as the rule ended: not to be raised after it
                self.fired = False
                _raise_in(self.thread, None)

    def expired(self) -> bool:
        started = self.started
        return started is not None and self.seconds is not None and (
            time.monotonic() - started >= self.seconds)


def _raise_in(thread: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in ``thread`` at its next Python instruction (None: cancel)."""
    import ctypes  # only off the main thread (its import costs a cold start 7 ms)

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread),
                                               ctypes.py_object(exc) if exc else ctypes.c_void_p())


class _Watchdog:
    """One daemon thread that interrupts the rules of other threads past their budget."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.budgets: dict[int, Budget] = {}
        self.thread: threading.Thread | None = None

    def watch(self, b: Budget) -> None:
        with self.lock:
            self.budgets[b.thread] = b
            if self.thread is None or not self.thread.is_alive():  # also after a fork
                self.thread = threading.Thread(target=self._run, name="lawgov-rule-watchdog", daemon=True)
                self.thread.start()

    def forget(self, b: Budget) -> None:
        with self.lock:
            self.budgets.pop(b.thread, None)

    def _run(self) -> None:
        while True:
            with self.lock:
                budgets = list(self.budgets.values())
            pause = min((_tick(b.seconds) for b in budgets if b.seconds), default=1.0)
            time.sleep(pause)
            for b in budgets:
                with b.lock:
                    if b.expired():
                        b.started, b.fired = None, True
                        _raise_in(b.thread, RuleTimeout)


_WATCHDOG = _Watchdog()


def _tick(seconds: float) -> float:
    return max(0.01, min(1.0, seconds / 10))


@contextlib.contextmanager
def budget(seconds: float | None):  # type: ignore[no-untyped-def]
    """A :class:`Budget` of ``seconds`` per rule, for the rules run in this block."""
    b = Budget(seconds)
    if not seconds:
        yield b
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        _WATCHDOG.watch(b)
        try:
            yield b
        finally:
            _WATCHDOG.forget(b)
            b.stop()
        return

    def tick(signum, frame):  # type: ignore[no-untyped-def]
        if b.expired():
            b.started = None
            raise RuleTimeout()

    interval = _tick(seconds)
    previous = signal.signal(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, interval, interval)
    try:
        yield b
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
