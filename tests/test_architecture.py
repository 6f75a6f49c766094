"""The layout holds: stages import one way, nothing is in an import cycle, and no
module grows past a reviewable size.

Imports are read from the source with ``ast``, those inside functions included
(a deferred import still ties two modules together); imports under
``if TYPE_CHECKING:`` are annotations only and do not count. The layers are the
table of docs/design.md.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "lawgov"

#: Each layer may import only the layers below it; units on one row import none of
#: each other. (docs/design.md, "The layers".)
LAYERS = [
    {"lawgov", "lawgov.__main__", "lawgov.testing"},
    {"lawgov.cli"},
    {"lawgov._web"},
    {"lawgov._batch"},
    {"lawgov.packs"},
    {"lawgov.rules"},
    {"lawgov._check"},
    {"lawgov._read", "lawgov._parse", "lawgov._render"},
    {"lawgov._domain"},
    {"lawgov._model"},
    {"lawgov._util", "lawgov._errors", "lawgov.hookspecs"},
    {"lawgov._version"},
]
#: Largest module, in lines.
MAX_LINES = 400


def module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, pathlib.Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"
        or isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Every import statement, those under ``if TYPE_CHECKING:`` left out."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking(node):
            for child in node.orelse:  # the else branch runs
                if isinstance(child, ast.Import | ast.ImportFrom):
                    yield child
                yield from _imports(child)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def imports_of(name: str, path: pathlib.Path, known: set[str]) -> set[str]:
    """The lawgov modules ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _imports(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in known else source for a in node.names]
        out.update(t for t in targets if t in known and t != name)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def unit(name: str) -> str:
    """The package a module belongs to for the layer rule (``lawgov._read.pdf`` ->
    ``lawgov._read``; ``lawgov.rules.numbers.rates`` -> ``lawgov.rules``)."""
    parts = name.split(".")
    return ".".join(parts[:2])


def layer(name: str) -> int:
    u = unit(name)
    for depth, row in enumerate(reversed(LAYERS)):
        if u in row:
            return depth
    raise AssertionError(f"{name} is in no layer: add its package to LAYERS and docs/design.md")


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_no_module_is_in_an_import_cycle_deferred_imports_included():
    assert cycles(graph()) == []


def test_a_cycle_is_found_where_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_each_stage_imports_only_the_layers_below_it():
    wrong = sorted(f"{a} -> {b}" for a, targets in graph().items() for b in targets
                   if unit(a) != unit(b) and layer(b) >= layer(a))
    assert wrong == []


def test_imports_inside_functions_count_and_type_checking_ones_do_not(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from lawgov import b\n"
                    "def f():\n    from lawgov import c\n", "utf-8")
    assert imports_of("lawgov.a", path, {"lawgov.a", "lawgov.b", "lawgov.c"}) == {"lawgov.c"}


@pytest.mark.parametrize("name", sorted(modules()))
def test_no_module_is_over_400_lines(name):
    lines = modules()[name].read_text("utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it along a seam"


def test_built_in_rule_modules_and_plugins_keep_their_public_paths():
    from lawgov._check.plugins import DEFAULT_PLUGINS

    names = ("input", "structure", "years", "numbers", "crossyear", "citations", "outline", "plans")
    assert DEFAULT_PLUGINS == {**{name: f"lawgov.rules.{name}" for name in names}, "packs": "lawgov.packs"}
