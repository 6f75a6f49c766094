import atexit
import os
import pathlib
import shutil
import sys
import tempfile
import textwrap

import pytest
from hypothesis import HealthCheck, settings

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "reports"

# The tests' own start-up cache (lawgov._util.store), not the user's, removed after.
if "LAWGOV_CACHE_DIR" not in os.environ:
    os.environ["LAWGOV_CACHE_DIR"] = tempfile.mkdtemp(prefix="lawgov-test-cache-")
    atexit.register(shutil.rmtree, os.environ["LAWGOV_CACHE_DIR"], True)

# No deadline and no "too slow" health check: a busy machine must not fail a property;
# failing examples kept in .hypothesis only where the checkout may be written to.
settings.register_profile("default", deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow],
                          **({} if os.access(ROOT, os.W_OK) else {"database": None}))
settings.load_profile("default")


def seed(prefix: str) -> pathlib.Path:
    """Path of the real sample report starting with ``prefix``; skips when absent."""
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    return paths[0]


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file in a temporary folder and return its path."""

    def _write(name, content, encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return str(path)

    return _write


@pytest.fixture
def installed(monkeypatch, tmp_path):
    """Pretend modules written to ``tmp_path`` are installed as ``lawgov.plugins``,
    for the library and the command line alike: ``installed(name, source)`` writes
    ``fake_lawgov_<name>.py``. They are forgotten after the test."""
    from lawgov._check import default_plugin_manager, plugins

    monkeypatch.syspath_prepend(str(tmp_path))
    eps = []

    def install(name, source):
        module = f"fake_lawgov_{name}"
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), "utf-8")
        eps.append(plugins.EntryPoint(name, module))

    monkeypatch.setattr(plugins, "entry_point_groups",
                        lambda *groups: {g: eps if g == plugins.ENTRY_POINT_GROUP else [] for g in groups})
    default_plugin_manager.cache_clear()
    yield install
    default_plugin_manager.cache_clear()
    for ep in eps:
        sys.modules.pop(ep.value, None)
