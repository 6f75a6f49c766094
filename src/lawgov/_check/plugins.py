"""Plugin discovery and registration, the pytest way.

Built-in rules are modules registered under short names, exactly like third-party
plugins found through the ``lawgov.plugins`` entry-point group. ``-p no:NAME``
blocks a plugin before it is imported. Whatever goes wrong in a plugin becomes a
:class:`PluginProblem` (reported as an LG9xx finding) and never stops the run.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable, Sequence

import pluggy
from attrs import frozen

from .. import hookspecs
from .._util.failure import describe, plugin_failure
from .._model import Jurisdiction, evolve
from .._domain.places import Gazetteer
from .rule import CODE_RE, Rule
from .select import selected

ENTRY_POINT_GROUP = "lawgov.plugins"
#: Packs made of data: each entry point names the package that holds ``pack.toml``.
PACK_GROUP = "lawgov.packs"
#: Built-in plugins: short name -> module.
DEFAULT_PLUGINS = {
    "input": "lawgov.rules.input",
    "structure": "lawgov.rules.structure",
    "years": "lawgov.rules.years",
    "numbers": "lawgov.rules.numbers",
    "crossyear": "lawgov.rules.crossyear",
    "citations": "lawgov.rules.citations",
    "outline": "lawgov.rules.outline",
    "plans": "lawgov.rules.plans",
    "packs": "lawgov.packs",
}


@frozen
class PluginProblem:
    """A plugin that failed: ``code`` is LG901 (import), LG902 (a hook raised),
    LG903 (duplicate code or jurisdiction) or LG905 (invalid rule code)."""

    code: str
    plugin: str
    message: str
    message_en: str


@frozen
class EntryPoint:
    """An installed entry point: ``value`` is ``module:attribute``; ``dist`` and
    ``version`` name the distribution that declares it."""

    name: str
    value: str
    dist: str = ""
    version: str = ""

    def load(self) -> object:
        module, _, attr = self.value.partition("[")[0].partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` declared by the distributions on ``sys.path``
    (the first of each name wins, as with ``importlib.metadata``)."""
    return entry_point_groups(group)[group]


def entry_point_groups(*groups: str) -> dict[str, list[EntryPoint]]:
    """The entry points of each of ``groups``, from one pass over the distributions.

    Reads only ``entry_points.txt`` files, and the ``METADATA`` of the distributions
    that declare the group: ``importlib.metadata`` costs about 20 ms to import and
    parses the metadata of every installed distribution.
    """
    found: dict[str, list[EntryPoint]] = {group: [] for group in groups}
    seen: set[str] = set()
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue  # zip files and missing folders hold no plugins of ours
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if suffix not in ("dist-info", "egg-info") or not dot:
                continue
            key = stem.partition("-")[0].lower().replace("-", "_").replace(".", "_")
            if key in seen:
                continue
            seen.add(key)
            meta = os.path.join(folder or ".", name)
            text = _read(os.path.join(meta, "entry_points.txt"))
            for group in groups:
                items = _group(text, group)
                if items:
                    dist, version = _name_and_version(meta, suffix, stem)
                    found[group].extend(EntryPoint(n, v, dist, version) for n, v in items)
    return found


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return ""


def _group(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of section ``[group]`` of an entry_points.txt."""
    items, inside = [], False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            inside = line == f"[{group}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            items.append((name.strip(), value.strip()))
    return items


def _name_and_version(meta: str, suffix: str, stem: str) -> tuple[str, str]:
    text = _read(os.path.join(meta, "METADATA" if suffix == "dist-info" else "PKG-INFO"))
    headers = {}
    for line in text.splitlines():
        if not line:
            break
        key, _, value = line.partition(":")
        headers.setdefault(key.strip().lower(), value.strip())
    name, _, version = stem.partition("-")
    return headers.get("name", name), headers.get("version", version.partition("-")[0])


class PluginManager(pluggy.PluginManager):
    """lawgov's plugin manager; records problems instead of raising them."""

    def __init__(self) -> None:
        super().__init__("lawgov")
        self.add_hookspecs(hookspecs)
        self.problems: list[PluginProblem] = []
        #: ``name-version`` of each distribution a plugin was loaded from
        self.distributions: dict[str, str] = {}
        self._rules: tuple[Rule, ...] | None = None
        self._jurisdictions: dict[str, Jurisdiction] | None = None
        self._gazetteer: Gazetteer | None = None
        self._selected: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Rule, ...]] = {}

    # -- loading --------------------------------------------------------------------

    def parse_hookimpl_opts(self, plugin: object, name: str):  # type: ignore[no-untyped-def]
        """As pluggy's, with a quick answer for a module's plain attributes: its
        imports, constants and unmarked functions are not hooks (pluggy's general
        lookup of each costs a cold start several milliseconds), and for any plugin's
        special methods (``__init__``, ``__eq__``: never hooks)."""
        if name.startswith("__") and name.endswith("__"):
            return None
        if isinstance(plugin, types.ModuleType):
            value = vars(plugin).get(name)
            if isinstance(value, types.FunctionType):
                opts = getattr(value, "lawgov_impl", None)
                return opts if isinstance(opts, dict) else None
            if not isinstance(value, (staticmethod, classmethod, types.MethodType)):
                return None
        return super().parse_hookimpl_opts(plugin, name)

    def import_plugin(self, name: str, module: str) -> None:
        """Import ``module`` and register it as ``name`` unless blocked."""
        if self.is_blocked(name) or self.has_plugin(name):
            return
        try:
            self.register(importlib.import_module(module), name=name)
        except BaseException as exc:  # noqa: BLE001 - any failure of a plugin is reported
            plugin_failure(exc)
            self._problem("LG901", name, f"插件 {name} 加载失败：{describe(exc)}",
                          f"plugin {name} failed to load: {describe(exc)}")

    def load_entry_points(self) -> None:
        """Load every ``lawgov.plugins`` and ``lawgov.packs`` entry point that is not
        blocked (a pack through :class:`lawgov.packs.DataPack`)."""
        groups = entry_point_groups(ENTRY_POINT_GROUP, PACK_GROUP)
        found = [(ep, False) for ep in groups[ENTRY_POINT_GROUP]] + [(ep, True) for ep in groups[PACK_GROUP]]
        # the official jurisdiction packs first, so that on a clash of codes theirs win
        for ep, pack in sorted(found, key=lambda item: (item[0].name not in OFFICIAL, item[0].name)):
            if self.is_blocked(ep.name) or self.has_plugin(ep.name) or pack and self.is_blocked("packs"):
                continue
            label = f"{ep.dist}[{ep.name}]" if ep.dist else ep.name
            try:
                if pack:
                    plugin = self.hook.lawgov_load_pack(package=ep.value.strip())
                    if plugin is None:
                        raise LookupError("no plugin reads packs (is the built-in packs plugin blocked?)")
                    self.register(plugin, name=ep.name)
                else:
                    self.register(ep.load(), name=ep.name)
                if ep.dist:
                    self.distributions[ep.name] = f"{ep.dist}-{ep.version}"
            except BaseException as exc:  # noqa: BLE001
                plugin_failure(exc)
                self._problem("LG901", ep.name, f"插件 {label} 加载失败：{describe(exc)}",
                              f"plugin {label} failed to load: {describe(exc)}")

    def _problem(self, code: str, plugin: str, message: str, message_en: str) -> None:
        self.problems.append(PluginProblem(code, plugin, message, message_en))

    # -- collection -----------------------------------------------------------------

    def _call_each(self, hook_name: str) -> Iterable[tuple[str, list]]:  # type: ignore[type-arg]
        hook = getattr(self.hook, hook_name)
        for impl in hook.get_hookimpls():  # registration order: built-ins first
            try:
                yield impl.plugin_name, list(impl.function() or ())
            except BaseException as exc:  # noqa: BLE001
                plugin_failure(exc)
                self._problem("LG902", impl.plugin_name,
                              f"插件 {impl.plugin_name} 的 {hook_name} 出错：{describe(exc)}",
                              f"plugin {impl.plugin_name} failed in {hook_name}: {describe(exc)}")

    def rules(self) -> tuple[Rule, ...]:
        """All valid rules of all plugins, each tagged with its plugin's name."""
        if self._rules is None:
            seen: dict[str, Rule] = {}
            for plugin, items in self._call_each("lawgov_rules"):
                for item in items:
                    if not isinstance(item, Rule) or not CODE_RE.match(item.code):
                        self._problem("LG905", plugin,
                                      f"插件 {plugin} 提供了无效的规则：{item!r}",
                                      f"plugin {plugin} provided an invalid rule: {item!r}")
                        continue
                    if item.code.startswith("LG") and plugin not in DEFAULT_PLUGINS:
                        self._problem("LG905", plugin,
                                      f"插件 {plugin} 的规则代码 {item.code} 以 LG 开头，"
                                      "LG 代码留给 lawgov 自身，已忽略",
                                      f"plugin {plugin} used the code {item.code}: LG codes are reserved "
                                      "for lawgov itself; the rule is ignored")
                        continue
                    if item.code in seen:
                        other = seen[item.code].plugin
                        self._problem(
                            "LG903", plugin,
                            f"规则代码 {item.code} 重复：插件 {other} 与插件 {plugin} 都使用它，"
                            f"已忽略 {plugin} 的规则",
                            f"duplicate rule code {item.code}: used by plugin {other} and by "
                            f"plugin {plugin}; the rule of {plugin} is ignored")
                        continue
                    seen[item.code] = evolve(item, plugin=plugin)
            self._rules = tuple(sorted(seen.values(), key=lambda r: r.code))
        return self._rules

    def jurisdictions(self) -> dict[str, Jurisdiction]:
        """All jurisdictions of all plugins by name."""
        if self._jurisdictions is None:
            found: dict[str, Jurisdiction] = {}
            for plugin, items in self._call_each("lawgov_jurisdictions"):
                for item in items:
                    if not isinstance(item, Jurisdiction):
                        continue
                    if item.name in found:
                        other = found[item.name].plugin
                        self._problem("LG903", plugin,
                                      f"辖区 {item.name} 重复：插件 {other} 与插件 {plugin} 都注册了它",
                                      f"jurisdiction {item.name} is registered by plugin {other} "
                                      f"and by plugin {plugin}")
                        continue
                    found[item.name] = evolve(item, plugin=plugin)
            self._jurisdictions = found
        return self._jurisdictions

    # -- what a check asks for every report -----------------------------------------

    def selected_rules(self, select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Rule, ...]:
        """The rules that ``select`` and ``ignore`` let run (remembered: a batch asks
        the same question for every report)."""
        known = self._selected.get((select, ignore))
        if known is None:
            if len(self._selected) > 64:
                self._selected.clear()
            known = self._selected[select, ignore] = tuple(
                r for r in self.rules() if selected(r.code, select, ignore))
        return known

    def gazetteer(self) -> Gazetteer:
        """The place names of every jurisdiction, for attribution (built once)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self.jurisdictions())
        return self._gazetteer


#: The official jurisdiction plugins (plugins/ in the lawgov repository).
OFFICIAL = ("qinghai", "ningxia", "chongqing", "tibet", "gansu")


def plugin_manager(blocked: Sequence[str] = (), *, autoload: bool | None = None,
                   plugins: Sequence[object] = ()) -> PluginManager:
    """A manager with the built-in plugins, the installed ones and ``plugins``.

    :param blocked: plugin names not to load (``-p no:NAME``).
    :param autoload: load entry points; default: unless the environment variable
        ``LAWGOV_DISABLE_PLUGIN_AUTOLOAD`` is set.
    :param plugins: extra plugin objects to register (tests, embedding).
    """
    pm = PluginManager()
    for name in blocked:
        pm.set_blocked(name)
    for name, module in DEFAULT_PLUGINS.items():
        pm.import_plugin(name, module)
    if autoload is None:
        autoload = not os.environ.get("LAWGOV_DISABLE_PLUGIN_AUTOLOAD")
    if autoload:
        pm.load_entry_points()
    for i, plugin in enumerate(plugins):
        name = getattr(plugin, "__name__", None) or f"plugin-{i}"
        if not pm.is_blocked(name):
            try:
                pm.register(plugin, name=name)
            except BaseException as exc:  # noqa: BLE001 - reported as LG901 like any plugin
                plugin_failure(exc)
                pm._problem("LG901", name, f"插件 {name} 注册失败：{describe(exc)}",
                            f"plugin {name} failed to register: {describe(exc)}")
    return pm
