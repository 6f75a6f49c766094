"""Worker processes for ``jobs`` > 1: started for a batch, stopped at once (and
reaped) when the run stops early."""

from __future__ import annotations

import contextlib


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which stops them, and die quietly when
    it terminates them (no tracebacks): the main process's SIGTERM handler is not theirs."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


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
        yield pool
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
