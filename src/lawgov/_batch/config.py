"""Project configuration: ``[tool.lawgov]`` in pyproject.toml, or lawgov.toml.

Found as ruff finds its own: walking up from the first checked path (the current
directory for standard input or web addresses) to the first directory holding a
``lawgov.toml`` or a ``pyproject.toml`` with a ``[tool.lawgov]`` table. Command-line
options override it; ``--config FILE`` names the file; ``--isolated`` ignores any.

```toml
[tool.lawgov]                 # in lawgov.toml: the same keys at the top level
select = ["LG"]
ignore = ["LG601"]
fail-on = "warning"
jurisdiction = "qinghai"
[tool.lawgov.per-file-ignores]
"drafts/*.txt" = ["LG109"]
```
"""

from __future__ import annotations

import fnmatch
import os
import re

from attrs import frozen

from .._errors import UsageError

KEYS = ("select", "ignore", "fail-on", "jurisdiction", "per-file-ignores")


@frozen
class Config:
    """Settings read from a configuration file (empty when there is none)."""

    path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    jurisdiction: str | None = None
    #: (glob pattern relative to the file's directory, code prefixes to ignore)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """Code prefixes ``per-file-ignores`` adds for ``path``."""
        if self.path is None:
            return ()
        base = os.path.dirname(os.path.abspath(self.path))
        rel = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
        return tuple(code for pattern, codes in self.per_file_ignores
                     if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern)
                     for code in codes)


def find(paths: list[str]) -> str | None:
    """The configuration file that applies to ``paths``, or None."""
    first = next((p for p in paths if p != "-" and "://" not in p), None)
    start = os.path.abspath(first if first and os.path.isdir(first) else os.path.dirname(first or "") or ".")
    folder = start
    while True:
        own = os.path.join(folder, "lawgov.toml")
        if os.path.isfile(own):
            return own
        project = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(project) and _table(project) is not None:
            return project
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


#: Any way a pyproject.toml can hold our table: [tool.lawgov], tool.lawgov.x = …,
#: or a lawgov key in a [tool] table (quoted keys too); not the script
#: ``lawgov = "lawgov.cli:entrypoint"`` of a project that installs lawgov.
_TOOL_LAWGOV = re.compile(rb"""tool\s*\.\s*["']?lawgov""")
_TOOL_TABLE = re.compile(rb"^\s*\[\s*tool\s*\]", re.MULTILINE)
_LAWGOV_KEY = re.compile(rb"""^\s*["']?lawgov["']?\s*[=.]""", re.MULTILINE)


def _mentions_table(raw: bytes) -> bool:
    return bool(_TOOL_LAWGOV.search(raw) or _TOOL_TABLE.search(raw) and _LAWGOV_KEY.search(raw))


def _table(path: str) -> dict | None:  # type: ignore[type-arg]
    def unreadable(exc: Exception) -> UsageError:
        return UsageError(f"{path}: cannot read the configuration ({exc})",
                          f"{path}：无法读取配置（{exc}）")

    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise unreadable(exc) from None
    if os.path.basename(path) == "pyproject.toml" and not _mentions_table(raw):
        return None  # no table of ours: not worth importing a TOML parser
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        raise unreadable(exc) from None
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("lawgov") if isinstance(tool, dict) else None
        if data is not None and not isinstance(data, dict):
            raise UsageError(f"{path}: [tool.lawgov] must be a table", f"{path}：[tool.lawgov] 应为表")
    return data


def _codes(value, key: str, path: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{path}: {key} must be a list of code prefixes",
                         f"{path}：{key} 应为规则代码前缀的列表")
    return tuple(v.strip().upper() for v in value if v.strip())


def load(path: str) -> Config:
    """Read a configuration file (``lawgov.toml`` or a pyproject.toml)."""
    table = _table(path)
    if table is None:
        raise UsageError(f"{path}: no [tool.lawgov] table", f"{path}：没有 [tool.lawgov] 表")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise UsageError(f"{path}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(KEYS)})",
                         f"{path}：未知的设置 {'、'.join(unknown)}（可用：{'、'.join(KEYS)}）")
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning", "info", "never"):
        raise UsageError(f"{path}: fail-on must be error, warning, info or never",
                         f"{path}：fail-on 应为 error、warning、info 或 never")
    jurisdiction = table.get("jurisdiction")
    if jurisdiction is not None and not isinstance(jurisdiction, str):
        raise UsageError(f"{path}: jurisdiction must be a name such as 青海",
                         f"{path}：jurisdiction 应为辖区名称，如 青海")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise UsageError(f"{path}: per-file-ignores must be a table of patterns",
                         f"{path}：per-file-ignores 应为“文件模式 = 代码列表”的表")
    return Config(
        path=path,
        select=_codes(table["select"], "select", path) if "select" in table else None,
        ignore=_codes(table["ignore"], "ignore", path) if "ignore" in table else None,
        fail_on=fail_on,
        jurisdiction=jurisdiction,
        per_file_ignores=tuple((k, _codes(v, f"per-file-ignores.{k}", path)) for k, v in per_file.items()))
