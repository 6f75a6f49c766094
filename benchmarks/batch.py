"""What a user waits for, measured against targets, each beside a baseline measured in
the same run (so that a busy or slow machine moves both):

- reading PDFs: lawgov's reader (PDFium in its reading process) against the pypdf
  path it replaced (pypdf's extraction and the same cleaning), per page;
- a batch of 50 PDFs from the command line, against the same batch with
  ``--ignore LG406`` (the copying check must not read the files again);
- peak memory of the command line at 10,000 and 50,000 .txt reports (``--jobs 1``),
  the checker's own process from ``wait4``, against a run on one report;
- in-process parse + check on the corpus of distinct, realistic reports
  (``corpus.py``), against reading the files' bytes and one ``regex`` pass;
- a cold ``lawgov check`` of one report against ``import pluggy, attrs, regex``;
- a 5 MB report with a 5 MB last year's report (``--previous``), against one regex
  pass over the two texts.

Times are medians of several rounds. Prints a Markdown table (``docs/batch.md``):

    python benchmarks/batch.py [LARGE]     (LARGE: the larger batch, default 50000)
"""

from __future__ import annotations

import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import corpus  # noqa: E402
from run import cold  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def median_of(rounds: int, measure) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(measure() for _ in range(rounds))


#: Started by this benchmark, it starts lawgov and prints lawgov's peak RSS (KB) from
#: ``wait4``. Linux carries a process's peak RSS across fork and exec, so a child of
#: this benchmark (which holds the corpus) would report the benchmark's peak, not its
#: own: the small launcher in between is what makes the figure the checker's.
_LAUNCH = ("import os, subprocess, sys\n"
           "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
           "_, status, usage = os.wait4(child.pid, 0)\n"
           "print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))")


def cli(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one ``lawgov`` run: the peak of the checker's
    own process (and its workers), from ``wait4`` in a launcher that does nothing else."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _LAUNCH, sys.executable, "-m", "lawgov", *args,
                           "--fail-on", "never"], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    peak, status = map(int, done.stdout.split())
    if status != 0:
        raise SystemExit(f"lawgov {' '.join(args)} failed")
    return wall, peak / 1024


def pdf_reading(tmp: pathlib.Path, texts: list[str]) -> tuple[float, float]:
    """(ms a page with lawgov's reader, ms a page with the pypdf path)."""
    import io

    import pypdf
    from builders import report_pdf
    from lawgov._read import read
    from lawgov._read.pdf import clean, join

    font = FONT if pathlib.Path(FONT).is_file() else None
    folder = tmp / "pdf"
    folder.mkdir()
    paths, pages = [], 0
    for i, text in enumerate(texts):
        raw = report_pdf(text, lines_per_page=24, font_file=font)
        pages += len(pypdf.PdfReader(io.BytesIO(raw)).pages)
        path = folder / f"r{i:03d}.pdf"
        path.write_bytes(raw)
        paths.append(path)
    read(str(paths[0]))  # the reading process started

    def ours() -> float:
        start = time.perf_counter()
        for path in paths:
            read(str(path))
        return time.perf_counter() - start

    def before() -> float:
        start = time.perf_counter()
        for path in paths:
            reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
            join(clean([page.extract_text() or "" for page in reader.pages]))
        return time.perf_counter() - start

    return median_of(5, ours) / pages * 1000, median_of(3, before) / pages * 1000


def in_process(texts: list[str], folder: pathlib.Path) -> tuple[float, float, float]:
    """(reports per CPU-second, and the same for reading the bytes and for one regex pass)."""
    import regex

    import lawgov

    paths = corpus.write(folder, len(texts))
    lawgov.check(lawgov.parse(texts[0]))
    numbers = regex.compile(r"\d+(?:\.\d+)?")

    def rate(work) -> float:  # type: ignore[no-untyped-def]
        def once() -> float:
            start = time.process_time()
            work()
            return len(texts) / (time.process_time() - start)
        return median_of(5, once)

    ours = rate(lambda: [lawgov.check(lawgov.parse(t)) for t in texts])
    reading = rate(lambda: [p.read_bytes() for p in paths])
    one_pass = rate(lambda: [sum(1 for _ in numbers.finditer(t)) for t in texts])
    return ours, reading, one_pass


def large_pair(tmp: pathlib.Path) -> tuple[float, float, float]:
    """(wall seconds, peak MB) of checking a 5 MB report against a 5 MB previous one,
    and the seconds of one regex pass over both."""
    import regex

    files = []
    for name, seed in (("now.txt", 5), ("before.txt", 6)):
        raw = "\n".join(corpus.reports(1500, seed=seed)).encode("utf-8")
        text = raw[:5_000_000].decode("utf-8", "ignore")
        (tmp / name).write_text(text, "utf-8")
        files.append(text)
    numbers = regex.compile(r"\d+(?:\.\d+)?")

    def one_pass() -> float:
        start = time.perf_counter()
        for text in files:
            sum(1 for _ in numbers.finditer(text))
        return time.perf_counter() - start

    runs = [cli(["check", str(tmp / "now.txt"), "--previous", str(tmp / "before.txt"), "--format", "json",
                 "-o", str(tmp / "pair.json")]) for _ in range(3)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), median_of(5, one_pass)


def main(large: int = 50_000) -> int:
    rows = []
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        texts = corpus.reports(1000)

        ours, before = pdf_reading(tmp, texts[:20])
        rows.append(("PDF reading, a page", f"{ours:.1f} ms", f"pypdf path {before:.1f} ms",
                     f"{before / ours:.1f}× faster", "≥ 4× faster", before / ours >= 4))

        folder = tmp / "pdf50"
        folder.mkdir()
        for i, path in enumerate(sorted((tmp / "pdf").iterdir()) * 3):
            if i < 50:
                (folder / f"{i:02d}-{path.name}").write_bytes(path.read_bytes())
        with_copies = statistics.median(cli(["check", str(folder), "--format", "json"])[0] for _ in range(3))
        without = statistics.median(cli(["check", str(folder), "--format", "json", "--ignore", "LG406"])[0]
                                    for _ in range(3))
        rows.append(("50 PDFs, command line", f"{with_copies:.2f} s", f"--ignore LG406 {without:.2f} s",
                     f"{with_copies / without:.2f}×", "≤ 1.15×", with_copies / without <= 1.15))

        rate, reading, one_pass = in_process(texts, tmp / "corpus")
        rows.append(("in-process parse + check", f"{rate:.0f} reports/CPU-s",
                     f"reading bytes {reading:.0f}/s; one regex pass {one_pass:.0f}/s",
                     f"{one_pass / rate:.0f}× a regex pass", "≥ 500 reports/CPU-s", rate >= 500))

        _, one_report = cli(["check", str(tmp / "corpus" / "report-00000.txt"), "--format", "json"])
        for size in (10_000, large):
            folder = tmp / f"b{size}"
            corpus.write(folder, size, seed=size)
            wall, peak = cli(["check", str(folder), "--format", "json", "-o", str(tmp / "out.json")])
            rows.append((f"peak RSS, {size:,} .txt reports", f"{peak:.0f} MB ({size / wall:.0f} files/s)",
                         f"one report {one_report:.0f} MB", f"{peak / one_report:.2f}×", "≤ 100 MB",
                         peak <= 100))
            for path in folder.iterdir():
                path.unlink()

        ours_cold, floor = cold()
        rows.append(("cold lawgov check, one report", f"{ours_cold * 1000:.0f} ms",
                     f"import pluggy, attrs, regex {floor * 1000:.0f} ms", f"{ours_cold / floor:.1f}×",
                     "≤ 2.3×", ours_cold / floor <= 2.3))

        wall, peak, regex_pass = large_pair(tmp)
        rows.append(("5 MB report with --previous 5 MB", f"{wall:.1f} s, {peak:.0f} MB",
                     f"one regex pass {regex_pass:.2f} s", f"{wall / regex_pass:.0f}×", "< 2 s, < 200 MB",
                     wall < 2 and peak < 200))

    print("| measure | lawgov | baseline, same run | ratio | target | |")
    print("|---|---|---|---|---|---|")
    for what, now, base, ratio, target, met in rows:
        print(f"| {what} | {now} | {base} | {ratio} | {target} | {'met' if met else '**not met**'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:])))
