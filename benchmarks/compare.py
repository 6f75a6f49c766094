"""This tree against another revision of lawgov, measured in the same run.

    python benchmarks/compare.py [REV] [--rounds N] [--files N]

REV (default ``HEAD``) is checked out into a temporary git worktree; each measure
then runs alternately on both trees, in fresh processes (``PYTHONPATH`` selects the
tree; the installed jurisdiction plugins import whichever ``lawgov`` it gives), and
the medians are printed with the ratio of this tree to REV:

- cold start: wall time of one ``python -m lawgov check`` of an example report;
- in-process speed: CPU seconds to parse and check 300 distinct reports of the
  benchmark corpus (benchmarks/corpus.py), in a child process that only does that;
- a batch from the command line: wall time and the checking process's own peak RSS
  (``wait4``, so no other process's memory is counted) for a folder of reports with
  ``--jobs 1`` and ``--format json``.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

_IN_PROCESS = """
import sys, time
sys.path.insert(0, {bench!r})
import corpus, lawgov
texts = corpus.reports(300)
lawgov.check(lawgov.parse(texts[0]))
start = time.process_time()
for text in texts:
    lawgov.check(lawgov.parse(text))
print(time.process_time() - start, len(texts))
"""


def _env(src: pathlib.Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB of the process itself, and what it printed."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, _, usage = os.wait4(child.pid, 0)
        child.returncode = 0
        wall = time.perf_counter() - start
        out.seek(0)
        return wall, usage.ru_maxrss / 1024, out.read().decode("utf-8", "replace")


def measure(trees: dict[str, pathlib.Path], rounds: int, folder: pathlib.Path) -> dict[str, dict[str, list]]:
    example = str(ROOT / "examples" / "reports" / "township-complete.txt")
    cases = {
        "cold start, ms": [sys.executable, "-m", "lawgov", "check", example],
        "in-process, CPU s": [sys.executable, "-c", _IN_PROCESS.format(bench=str(ROOT / "benchmarks"))],
        "batch, s": [sys.executable, "-m", "lawgov", "check", str(folder), "--format", "json",
                     "--fail-on", "never"],
    }
    results: dict[str, dict[str, list]] = {name: {"rss": []} | {t: [] for t in trees} for name in cases}
    for name, cmd in cases.items():
        for tree, src in trees.items():  # compiled bytecode on both sides before timing
            _run(cmd, _env(src))
        for _ in range(rounds):
            for tree, src in trees.items():
                wall, rss, printed = _run(cmd, _env(src))
                value = wall * 1000 if name.startswith("cold") else wall
                if name.startswith("in-process"):
                    value = float(printed.split()[0])
                results[name][tree].append(value)
                if name.startswith("batch"):
                    results[name].setdefault(f"rss {tree}", []).append(rss)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", nargs="?", default="HEAD")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args(argv)
    import corpus

    with tempfile.TemporaryDirectory(prefix="lawgov-compare-") as tmp:
        base = pathlib.Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.rev],
                       check=True, capture_output=True)
        try:
            folder = pathlib.Path(tmp) / "reports"
            folder.mkdir()
            corpus.write(folder, args.files)
            trees = {"this tree": ROOT / "src", args.rev: base / "src"}
            results = measure(trees, args.rounds, folder)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                           check=False, capture_output=True)
    print(f"medians of {args.rounds} alternating rounds; batch: {args.files} reports, --jobs 1")
    print(f"{'measure':<22} {'this tree':>12} {args.rev[:12]:>12} {'ratio':>7}")
    for name, values in results.items():
        ours, theirs = statistics.median(values["this tree"]), statistics.median(values[args.rev])
        print(f"{name:<22} {ours:>12.3f} {theirs:>12.3f} {ours / theirs:>7.2f}")
        if name.startswith("batch"):
            ours, theirs = (statistics.median(values[f"rss {t}"]) for t in trees)
            print(f"{'batch peak RSS, MB':<22} {ours:>12.1f} {theirs:>12.1f} {ours / theirs:>7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
