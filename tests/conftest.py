import os
import pathlib

import pytest
from hypothesis import HealthCheck, settings

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "reports"

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
