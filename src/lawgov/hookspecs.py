"""Hook specifications: what a lawgov plugin can provide.

A plugin is a module (or any object) with functions named after these hooks and
marked with :data:`lawgov.hookimpl`. It is found through the entry-point group
``lawgov.plugins`` (see :doc:`docs/plugins.md`). Implementations may omit any
argument they do not use, so a spec can gain arguments without breaking plugins.

Each hook is called once per run, for every registered plugin; lawgov calls each
plugin's implementation separately so that a failing plugin is reported by name
(as LG902) and the others still count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from ._model import Jurisdiction
    from ._check.rule import Rule

hookspec = pluggy.HookspecMarker("lawgov")
#: Marks a plugin's implementation of a hook (re-exported as ``lawgov.hookimpl``).
hookimpl = pluggy.HookimplMarker("lawgov")

# ---- collection hooks: called once per run, results from every plugin are kept ----


@hookspec
def lawgov_rules() -> list[Rule]:
    """Return the rules this plugin provides.

    Build each with the :func:`lawgov.rule` decorator. Codes are a two- or
    three-letter prefix and three digits (``QH101``); a code another plugin
    already uses is rejected with an LG903 finding naming both plugins.

    :returns: a list (or other iterable) of :class:`lawgov.Rule`.

    Use in plugins: a jurisdiction plugin gives its rules ``jurisdiction=NAME`` so
    they run only on reports attributed to that jurisdiction.
    """


@hookspec
def lawgov_jurisdictions() -> list[Jurisdiction]:
    """Return the jurisdictions this plugin knows.

    Each :class:`lawgov.Jurisdiction` has a name (``qinghai``), a rule-code prefix
    (``QH``), the province's name and short aliases, and the place names that
    identify it, mapped to their paths (build them with
    :func:`lawgov.load_places`). lawgov attributes a report to a jurisdiction from
    the place names it contains.

    :returns: a list of :class:`lawgov.Jurisdiction`.
    """


@hookspec(firstresult=True)
def lawgov_load_pack(package: str) -> object | None:
    """Make a plugin of the data pack whose manifest (``pack.toml``) is in ``package``.

    Called once for each entry point of the group ``lawgov.packs``; the first
    non-None result is registered as a plugin under the entry point's name. lawgov's
    built-in ``packs`` plugin implements it with :class:`lawgov.packs.DataPack`.

    :param package: the importable package holding the manifest and its data files.
    :returns: a plugin object (implementing :func:`lawgov_jurisdictions` and
        :func:`lawgov_rules`), or None to leave the pack to another plugin.
    :raises lawgov.packs.PackError: the manifest is wrong; lawgov reports it as
        LG901 naming the pack, and the run goes on without it.

    Use in plugins: rarely needed; a plugin may implement it to read packs in
    another format.
    """
