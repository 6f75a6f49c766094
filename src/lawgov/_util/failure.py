"""Plugin code may raise anything: what lawgov catches of it, and how it names it."""

from __future__ import annotations

#: The longest description of an exception put in a message: a plugin's exception
#: may quote a whole report (or 144 KB of HTML).
LONGEST = 300


class Terminated(BaseException):
    """SIGTERM or SIGHUP, turned into an exception so that a run stops cleanly; like
    Ctrl-C, never caught as a plugin's failure."""


def plugin_failure(exc: BaseException) -> BaseException:
    """``exc`` itself when a plugin's failure of this kind is to be reported, for use as
    ``except BaseException as exc: plugin_failure(exc)``; re-raises Ctrl-C and
    :class:`Terminated`."""
    if isinstance(exc, (KeyboardInterrupt, Terminated)):
        raise exc
    return exc


def describe(exc: BaseException) -> str:
    """``repr(exc)`` (which escapes what cannot be shown), cut to :data:`LONGEST`
    characters."""
    text = repr(exc)
    return text if len(text) <= LONGEST else text[:LONGEST] + "…"
