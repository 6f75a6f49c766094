"""Package data: the files an installed package carries (place names, law titles,
rule pages), found without importing ``pathlib`` or ``importlib.resources`` in the
usual install, since both cost start-up time."""

from __future__ import annotations

import os


class _Folder:
    """A file or folder inside an installed package: the few ``pathlib`` methods
    lawgov uses, without importing ``pathlib`` (about 3 ms at start-up)."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __truediv__(self, name: str) -> _Folder:
        return _Folder(os.path.join(self.path, name))

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def is_file(self) -> bool:
        return os.path.isfile(self.path)

    def iterdir(self):  # type: ignore[no-untyped-def]
        return (self / name for name in sorted(os.listdir(self.path)))

    def open(self, mode: str = "r", encoding: str | None = None):  # type: ignore[no-untyped-def]
        return open(self.path, mode, encoding=encoding)  # noqa: SIM115 - the caller closes it

    def read_text(self, encoding: str = "utf-8") -> str:
        with open(self.path, encoding=encoding) as fh:
            return fh.read()

    def __repr__(self) -> str:
        return f"_Folder({self.path!r})"


def resource_files(package: str):  # type: ignore[no-untyped-def]
    """The folder of ``package``'s data: the package's own folder in the usual
    install, else ``importlib.resources.files`` (which costs about 10 ms to import)."""
    import importlib

    module = importlib.import_module(package)
    init = getattr(module, "__file__", None)
    if init and os.path.isdir(os.path.dirname(init)):
        return _Folder(os.path.dirname(init))
    paths = list(getattr(module, "__path__", ()))
    if not init and len(paths) == 1 and os.path.isdir(paths[0]):
        return _Folder(paths[0])  # a package of data files only (a namespace package)
    import importlib.resources

    return importlib.resources.files(package)


def doc_page(package: str, code: str, lang: str = "en") -> str | None:
    """The page of ``code`` in ``package``'s ``docs`` folder (Markdown), or None.
    With ``lang="zh"`` the Chinese page ``docs/zh/<code>.md`` when there is one, else
    the English page."""
    try:
        docs = resource_files(package) / "docs"
    except (ImportError, TypeError, ValueError):
        return None
    for page in ([docs / "zh" / f"{code}.md"] if lang == "zh" else []) + [docs / f"{code}.md"]:
        try:
            return page.read_text("utf-8")
        except (OSError, ModuleNotFoundError, ValueError, TypeError):
            continue
    return None
