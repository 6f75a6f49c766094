"""The batch measures of issue 10 on a corpus of distinct reports (benchmarks/corpus.py),
printed as a table against the targets:

- in-process parse + check: reports per CPU-second, MB/s, and the ratio to one
  ``regex`` pass (finding every number) over the same texts, measured in the same run
  (each the best of several rounds, so that a busy moment does not decide);
- the command line on a folder: peak RSS by batch size with ``--jobs 1``, and the
  ``--jobs 2`` speed-up;
- one cold ``lawgov check`` against ``python -c "import pluggy, attrs, regex"``.

    python benchmarks/batch.py [N]        (default 1000 reports)
"""

from __future__ import annotations

import pathlib
import os
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
from run import cold  # noqa: E402


def in_process(texts: list[str], rounds: int = 3) -> tuple[float, float, float]:
    import regex

    import lawgov

    lawgov.check(lawgov.parse(texts[0]))

    def ours() -> float:
        start = time.process_time()
        for text in texts:
            lawgov.check(lawgov.parse(text))
        return time.process_time() - start

    numbers = regex.compile(r"\d+(?:\.\d+)?")

    def one_pass() -> float:
        start = time.process_time()
        for text in texts:
            sum(1 for _ in numbers.finditer(text))
        return time.process_time() - start

    cpu = min(ours() for _ in range(rounds))
    floor = min(one_pass() for _ in range(rounds * 3))
    size = sum(len(t.encode("utf-8")) for t in texts)
    return len(texts) / cpu, size / cpu / 1e6, cpu / floor


def cli(folder: pathlib.Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) for checking ``folder``: the peak of the checker's
    own process (and its workers), from ``wait4`` on that one child, not the running
    maximum over every child this benchmark started (``RUSAGE_CHILDREN``), which carries
    earlier, larger runs into later figures."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "lawgov", "check", str(folder), "--format", "json",
                              "-o", str(folder.parent / f"out-{folder.name}.json"), "--jobs", str(jobs),
                              "--fail-on", "never"])
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main(n: int = 1000) -> int:
    texts = corpus.reports(n)
    rows = []
    rate, mbs, ratio = in_process(texts)
    rows.append(("in-process parse + check", f"{rate:.0f} reports per CPU-second ({mbs:.2f} MB/s)",
                 ">= 500", rate >= 500))
    rows.append(("  against one regex pass", f"{ratio:.0f}x slower", "<= 45x", ratio <= 45))
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        sizes = sorted({250, n, 2 * n})
        for size in sizes:
            folder = root / f"b{size}"
            folder.mkdir()
            more = corpus.reports(size - n, seed=7) if size > n else []
            for i, text in enumerate((texts + more)[:size]):
                (folder / f"r{i:05d}.txt").write_text(text, "utf-8")
        for size in sizes:
            wall, peak = cli(root / f"b{size}", 1)
            rows.append((f"CLI --jobs 1, {size} files", f"peak RSS {peak:.0f} MB ({size / wall:.0f} files/s)",
                         "<= 100 MB", peak <= 100))
        one, _ = cli(root / f"b{n}", 1)
        two, _ = cli(root / f"b{n}", 2)
        rows.append((f"CLI --jobs 2 vs --jobs 1, {n} files", f"{one / two:.2f}x faster", ">= 1.7x",
                     one / two >= 1.7))
    ours, floor = cold()
    rows.append(("cold lawgov check, one report", f"{ours / floor:.1f}x the import floor "
                 f"({ours * 1000:.0f} ms against {floor * 1000:.0f} ms)", "<= 2.5x", ours / floor <= 2.5))
    width = max(len(r[0]) for r in rows)
    for what, now, target, met in rows:
        print(f"{what:<{width}}  {now:<52}  target {target:<9}  {'met' if met else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:])))
