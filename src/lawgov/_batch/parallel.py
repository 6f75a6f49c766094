"""Worker processes for ``jobs`` > 1: started for a batch, stopped at once (and
reaped) when the run stops early."""

from __future__ import annotations

import contextlib
import signal

from .._read.guard import die_with_parent


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which stops them, and die quietly when
    it terminates them (no tracebacks): the main process's SIGTERM handler is not theirs."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    die_with_parent()  # even when the run is killed with SIGKILL (Linux)
    # forked while the main process held these signals (see Pool.map): a SIGTERM sent
    # since then is delivered now, and ends the worker
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


#: Signals held while workers are forked: one arriving during a fork would run its
#: handler inside the fork's bookkeeping (``os.register_at_fork`` callbacks), where the
#: exception it raises is printed and dropped, and the run would go on as if never stopped.
_HELD = frozenset({signal.SIGINT, signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])})


@contextlib.contextmanager
def _signals_held():  # type: ignore[no-untyped-def]
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)  # what arrived is handled now


class Pool:
    """A process pool whose ``map`` forks its workers with Ctrl-C and SIGTERM held,
    so that stopping the run while a worker is being started is never lost."""

    def __init__(self, executor) -> None:  # type: ignore[no-untyped-def]
        self.executor = executor

    def map(self, fn, *iterables, chunksize: int = 1):  # type: ignore[no-untyped-def]
        # Executor.map submits every chunk (and so forks every worker) before it returns
        with _signals_held():
            return self.executor.map(fn, *iterables, chunksize=chunksize)


#: Set when a pool was stopped early: its manager thread may wait forever on a result
#: a terminated worker was half-way through sending, so the program must not wait
#: for its threads at exit.
POOL_STOPPED = False


def _quiet_cancelled_futures() -> None:
    """Stopping a pool while results arrive can make its manager thread set a result
    on a future just cancelled (InvalidStateError, a race in concurrent.futures);
    that thread's traceback would reach the user, so it is not printed."""
    import threading
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook
    if getattr(previous, "_lawgov", False):
        return

    def hook(args):  # type: ignore[no-untyped-def]
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    hook._lawgov = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def start_method() -> str:
    """How workers start: forked from this process when it has no other thread (the
    command line), else from a fork server, since a process with other threads (a web
    server, a notebook) could fork while one of them holds a lock."""
    import threading

    return "fork" if threading.active_count() == 1 else "forkserver"


@contextlib.contextmanager
def pool(parallel: bool, jobs: int, method: str = "fork"):  # type: ignore[no-untyped-def]
    """A process pool of ``jobs`` workers started by ``method`` (see
    :func:`start_method`), or None to work in this process. When the run stops early
    (Ctrl-C, SIGTERM, an error), the workers are stopped at once."""
    if not parallel:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                               mp_context=multiprocessing.get_context(method))
    try:
        yield Pool(pool)
    except BaseException:
        global POOL_STOPPED
        POOL_STOPPED = True
        _quiet_cancelled_futures()
        workers = list((getattr(pool, "_processes", None) or {}).values())
        for process in workers:
            process.terminate()
        for process in workers:
            process.join(1)  # reaps it: no zombie is left behind
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
