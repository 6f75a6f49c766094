"""Benchmarks for lawgov (run with ``tox -e bench`` or ``python benchmarks/run.py``).

Measures, against the targets of DESIGN §8:

- batch throughput on reports of 10,000 characters of repeated sample text (issue 10's
  table, on seed-sized reports, is printed by ``batch.py``);
- cold start: one ``python -m lawgov check`` against ``python -c "import pluggy,
  attrs, regex"`` (target ≤ 2.5×, issue 10);
- linear scaling in text size, and the peak memory of this process (a batch run's
  memory is measured by ``batch.py``).

Inputs are the sample reports (../shared/seeds) when present, else the example reports.
"""

from __future__ import annotations

import pathlib
import resource
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import sources

    return sources()


def batch(n: int = 400) -> tuple[float, float]:
    import lawgov

    texts = _texts()
    docs = [(texts[i % len(texts)] * 4)[:10_000] for i in range(n)]
    lawgov.check(lawgov.parse(docs[0]))  # warm caches: plugins, place names
    start = time.perf_counter()
    for text in docs:
        lawgov.check(lawgov.parse(text))
    elapsed = time.perf_counter() - start
    return n / elapsed, sum(map(len, docs)) / elapsed


def scaling() -> list[tuple[int, float]]:
    import lawgov

    base = "\n".join(_texts())
    out = []
    for factor in (1, 4, 16):
        text = base * factor
        start = time.perf_counter()
        lawgov.check(lawgov.parse(text))
        out.append((len(text), time.perf_counter() - start))
    return out


def hostile() -> list[tuple[str, int, float]]:
    """Time on adversarial texts of about 100 KB (all must stay linear)."""
    import lawgov

    cases = {
        "one sentence of rates": "共受理矛盾纠纷12件，调解成功率达98.5%，" * 4000,
        "one line without punctuation": "全年开展培训3次" * 12000,
        "headings only": "\n".join(f"（{'一二三四五六七八九十'[i % 10]}）标题{i}。正文" for i in range(7000)),
        "changes": "由20件增至25件，增长30%，" * 5000,
        "totals, 其中 and shares": "共办理案件100件。其中，受理60件，占比60%；其他处理40件，占比40%。" * 3000,
        "two years' counts": "2024年受理案件40件，2025年受理案件50件，同比增长25%，" * 3000,
        "shares on one line": "共受理案件15.5件，其中办结3件，占20%，" * 4000,
    }
    out = []
    for name, text in cases.items():
        start = time.perf_counter()
        lawgov.check(lawgov.parse(text))
        out.append((name, len(text), time.perf_counter() - start))
    from lawgov._model import FileResult
    from lawgov._render import render_text

    line = "标题\n" + "全年共受理矛盾纠纷12件，调解成功率达98.5%，" * 4000 + "\n"
    result = lawgov.check(lawgov.parse(line), jurisdiction="none", select=["LG2"])
    start = time.perf_counter()
    render_text([FileResult("long.txt", result)])
    out.append((f"text output, one line, {len(result.findings)} findings", len(line),
                time.perf_counter() - start))
    return out


def readers() -> list[str]:
    """Speed of the page readers: HTML in MB/s, PDF in pages per second."""
    sys.path.insert(0, str(ROOT / "tests"))
    from builders import portal_page
    from lawgov._read.html import extract

    out = []
    texts = _texts()
    html_pages = [portal_page(t) for t in texts]
    extract(html_pages[0])
    start = time.perf_counter()
    for _ in range(20):
        for page in html_pages:
            extract(page)
    elapsed = time.perf_counter() - start
    size = 20 * sum(len(p.encode("utf-8")) for p in html_pages)
    rate = 20 * len(html_pages) / elapsed
    out.append(f"readers: HTML {size / elapsed / 1e6:.1f} MB/s ({rate:.0f} pages/s)")
    try:
        from builders import report_pdf
    except Exception:  # reportlab (a test dependency) missing
        return out + ["readers: PDF skipped (reportlab not installed)"]
    import io

    import pypdf
    from lawgov._read.pdf import pdf_text

    pdfs = [report_pdf(t) for t in texts]
    n_pages = sum(len(pypdf.PdfReader(io.BytesIO(p)).pages) for p in pdfs)
    start = time.perf_counter()
    for raw in pdfs:
        pdf_text(raw)
    elapsed = time.perf_counter() - start
    out.append(f"readers: PDF {n_pages / elapsed:.0f} pages/s ({n_pages} pages of CID-font text)")
    return out


def hostile_files() -> list[str]:
    """Time and peak memory of reading hostile files: each must be refused or read in
    bounded time and memory."""
    import io
    import tempfile
    import tracemalloc
    import zipfile
    import zlib

    from lawgov._errors import InputProblem
    from lawgov._read import read

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    nested = f"<w:document {w}><w:body>" + "<w:p>" * 20000 + "x" + "</w:p>" * 20000 + "</w:body></w:document>"

    def docx(xml: str, method: int = zipfile.ZIP_DEFLATED) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", method) as zf:
            zf.writestr("word/document.xml", xml)
        return out.getvalue()

    cases = {
        "docx, 20,000 nested paragraphs": ("n.docx", docx(nested)),
        "docx, bzip2 member": ("b.docx", docx("<w:document/>" + " " * 10**7, zipfile.ZIP_BZIP2)),
        "docx, zip bomb (100 MB of spaces)": ("z.docx", docx("<w:document/>" + " " * 10**8)),
        "html, 100,000 nested divs": ("d.html", ("<html><body>" + "<div>" * 100000 + "x" + "</div>" * 100000
                                                 + "</body></html>").encode()),
    }
    try:
        import pypdf
        from pypdf.generic import EncodedStreamObject, NameObject

        writer = pypdf.PdfWriter()
        page = writer.add_blank_page(612, 792)
        stream = EncodedStreamObject()
        stream._data = zlib.compress(b"(x) Tj " * 12_000_000, 9)
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        page[NameObject("/Contents")] = writer._add_object(stream)
        buf = io.BytesIO()
        writer.write(buf)
        cases["pdf, stream inflating to 84 MB"] = ("bomb.pdf", buf.getvalue())
    except ImportError:
        pass
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (file, data) in cases.items():
            path = f"{tmp}/{file}"
            with open(path, "wb") as fh:
                fh.write(data)
            tracemalloc.start()
            start = time.perf_counter()
            try:
                read(path)
                what = "read"
            except InputProblem as problem:
                what = problem.code
            elapsed = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            out.append(f"hostile file: {name} ({len(data) // 1024} KB): {what} in {elapsed * 1000:.0f} ms, "
                       f"peak {peak:.0f} MB")
    return out


def cold(repeat: int = 11) -> tuple[float, float]:
    """Median wall time of one ``lawgov check`` of an example, and of importing
    pluggy, attrs and regex. Both run as an installed program does: with compiled
    bytecode (a first run writes it, even where PYTHONDONTWRITEBYTECODE is set), so
    that neither side pays for compiling its modules."""
    import os

    example = str(ROOT / "examples" / "reports" / "township-complete.txt")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def wall(cmd: list[str]) -> float:
        subprocess.run(cmd, capture_output=True, check=False, env=env)  # writes bytecode
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return (wall([sys.executable, "-m", "lawgov", "check", example]),
            wall([sys.executable, "-c", "import pluggy, attrs, regex"]))


def main() -> int:
    reports_per_s, chars_per_s = batch()
    print(f"batch: {reports_per_s:.0f} reports/s of 10,000 characters of repeated sample text "
          f"({chars_per_s / 1e6:.2f} M chars/s); issue 10's targets are in batch.py's table")
    for size, seconds in scaling():
        print(f"scaling: {size:>9} chars in {seconds * 1000:8.1f} ms ({size / seconds / 1e6:.2f} M chars/s)")
    for name, size, seconds in hostile():
        print(f"hostile: {name}: {size} chars in {seconds * 1000:.0f} ms")
    for line in readers() + hostile_files():
        print(line)
    ours, base = cold()
    print(f"cold start: {ours * 1000:.0f} ms vs {base * 1000:.0f} ms for pluggy+attrs+regex "
          f"({ours / base:.1f}x; target <= 2.5x)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process, hostile inputs included: {peak:.0f} MB "
          "(a batch run's memory, target <= 100 MB, is measured by batch.py)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
