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
