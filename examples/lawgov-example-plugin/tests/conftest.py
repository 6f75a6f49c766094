"""Make the example plugin discoverable for its tests without installing it.

A distribution's entry points are found through the ``*.dist-info`` folders on
``sys.path``; these tests put the plugin's source and a minimal dist-info (name,
version, the ``lawgov.plugins`` entry point) on the path for this process only, so
that running the project's tests leaves nothing installed that would add EX101 to
every real check. ``pip install ./examples/lawgov-example-plugin`` installs it for real.
"""

import importlib
import importlib.metadata
import pathlib
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="module")
def example_plugin_on_path(tmp_path_factory):
    if any(d.metadata["Name"] == "lawgov-example-plugin" for d in importlib.metadata.distributions()):
        yield  # installed for real (pip install ./examples/lawgov-example-plugin)
        return
    site = tmp_path_factory.mktemp("example-site")
    info = site / "lawgov_example_plugin-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: lawgov-example-plugin\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[lawgov.plugins]\nexample = lawgov_example\n")
    sys.path[:0] = [str(HERE / "src"), str(site)]
    importlib.invalidate_caches()
    from lawgov.testing import reset_plugins

    reset_plugins()
    yield
    sys.path.remove(str(HERE / "src"))
    sys.path.remove(str(site))
    importlib.invalidate_caches()
    reset_plugins()
    sys.modules.pop("lawgov_example", None)
