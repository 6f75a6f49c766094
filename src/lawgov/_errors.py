"""The exceptions callers of lawgov see: bad input and a wrong call."""

from __future__ import annotations


class InputProblem(Exception):
    """An input that cannot be checked. ``code`` is its LG0xx code."""

    def __init__(self, code: str, path: str, message: str, message_en: str) -> None:
        super().__init__(f"{path}: {message_en}")
        self.code = code
        self.path = path
        self.message = message
        self.message_en = message_en


class UsageError(Exception):
    """A mistake in how lawgov was called (exit status 2): ``str(error)`` is the English
    message, ``error.zh`` the Chinese one the command line prints by default."""

    def __init__(self, message: str, zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh or message
