"""The batch measures of issue 10 on a corpus of distinct reports (benchmarks/corpus.py):

- in-process parse + check: reports per CPU-second, MB/s, and the ratio to one
  ``regex`` pass (finding every number) over the same texts, measured in the same run;
- the command line on a folder: peak RSS by batch size with ``--jobs 1``, and the
  ``--jobs 2`` speed-up;
- one cold ``lawgov check`` against ``python -c "import pluggy, attrs, regex"``.

    python benchmarks/batch.py [N]        (default 1000 reports)
"""

from __future__ import annotations

import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
from run import cold  # noqa: E402


def in_process(texts: list[str]) -> tuple[float, float, float]:
    import regex

    import lawgov

    lawgov.check(lawgov.parse(texts[0]))
    start = time.process_time()
    for text in texts:
        lawgov.check(lawgov.parse(text))
    cpu = time.process_time() - start
    numbers = regex.compile(r"\d+(?:\.\d+)?")
    start = time.process_time()
    for text in texts:
        sum(1 for _ in numbers.finditer(text))
    floor = time.process_time() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    return len(texts) / cpu, size / cpu / 1e6, (len(texts) / floor) / (len(texts) / cpu)


def cli(folder: pathlib.Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the process tree) for checking ``folder``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lawgov", "check", str(folder), "--format", "json",
                    "-o", str(folder.parent / f"out-{folder.name}.json"), "--jobs", str(jobs),
                    "--fail-on", "never"], check=True)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(n: int = 1000) -> int:
    texts = corpus.reports(n)
    rate, mbs, ratio = in_process(texts)
    print(f"in-process: {rate:.0f} reports per CPU-second ({mbs:.2f} MB/s); "
          f"one regex pass is {ratio:.0f}x faster")
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for size in (250, n):
            folder = root / f"b{size}"
            folder.mkdir()
            for i, text in enumerate(texts[:size]):
                (folder / f"r{i:05d}.txt").write_text(text, "utf-8")
        # peak RSS of children is cumulative: measure the sizes in increasing order
        for size in (250, n):
            wall, peak = cli(root / f"b{size}", 1)
            print(f"cli --jobs 1: {size} files in {wall:.1f} s ({size / wall:.0f}/s), peak RSS {peak:.0f} MB")
        one, _ = cli(root / f"b{n}", 1)
        two, _ = cli(root / f"b{n}", 2)
        print(f"cli --jobs 2: {one / two:.2f}x the speed of --jobs 1 on {n} files")
    ours, floor = cold()
    print(f"cold check: {ours / floor:.1f}x the import of pluggy, attrs and regex")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:])))
