"""Compare PDF text extractors on Chinese PDFs made the way governments make them.

Each example report (and each real sample report, when ``../shared/seeds`` is there)
becomes a PDF with an embedded, subset CJK TrueType font (as
LibreOffice and WPS export; reportlab with a real font file), a running header, the
page number as “— N —” in the footer and paragraphs wrapped at the page width. For
each extractor it prints milliseconds per page (median of the rounds) and the share of
the report's paragraphs recovered verbatim after lawgov's own cleaning (page furniture
removed, wrapped lines joined), the share in the report's order, and the page numbers
and running headers left. ``lawgov`` is the reader lawgov uses (PDFium behind a check
of stream sizes); pypdf is the reader it used before:

    python benchmarks/pdf_extractors.py [FONT_FILE] [ROUNDS]

FONT_FILE defaults to Debian's fonts-wqy-zenhei (``/usr/share/fonts/truetype/wqy/
wqy-zenhei.ttc``); without a CJK font file the benchmark says so and stops.
"""

from __future__ import annotations

import io
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def with_pypdf(raw: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(raw)).pages]


def with_pypdfium2(raw: bytes) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(raw)
    try:
        pages = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
        return pages
    finally:
        doc.close()


def with_lawgov(raw: bytes) -> list[str]:
    """lawgov's own page reader (PDFium behind a check of stream sizes)."""
    from lawgov._read.pdf import _pages

    return _pages(raw)


def fidelity(report: str, pages: list[str]) -> tuple[float, float, int]:
    """What lawgov makes of these pages, against the report: the share of its
    paragraphs found verbatim (whitespace aside), the share found in the report's
    order, and how many lines of page furniture (“— N —”, the running header) are left."""
    from lawgov._read.pdf import clean, join

    text, _ = join(clean(pages))
    compact = "".join(text.split())
    paragraphs = ["".join(p.split()) for p in report.split("\n") if p.strip()]
    found = [compact.find(p) for p in paragraphs]
    in_order, last = 0, -1
    for at in found:
        if at > last:
            in_order, last = in_order + 1, at
    furniture = sum(1 for line in text.split("\n") if line.strip().startswith("—") or "示例镇人民政府文件" in line)
    return sum(at >= 0 for at in found) / len(paragraphs), in_order / len(paragraphs), furniture


def main(font: str = FONT, rounds: int = 5) -> int:
    if not pathlib.Path(font).is_file():
        print(f"no CJK font file at {font}: install fonts-wqy-zenhei or give one", file=sys.stderr)
        return 2
    paths = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    paths += sorted((ROOT.parent / "shared" / "seeds").glob("0*.txt"))  # the real samples, when present
    reports = [p.read_text("utf-8") for p in paths]
    from builders import report_pdf

    pdfs = [report_pdf(r, lines_per_page=24, font_file=font) for r in reports]
    extractors = {"pypdf": with_pypdf, "pypdfium2": with_pypdfium2, "lawgov": with_lawgov}
    pages = sum(len(with_pypdf(raw)) for raw in pdfs)
    print(f"{len(pdfs)} PDFs, {pages} pages, embedded subset font {pathlib.Path(font).name}")
    baseline = None
    for name, extract in extractors.items():
        times = []
        for _ in range(rounds):
            start = time.process_time()
            got = [extract(raw) for raw in pdfs]
            times.append((time.process_time() - start) / pages * 1000)
        ms = statistics.median(times)
        baseline = baseline or ms
        measures = [fidelity(r, p) for r, p in zip(reports, got)]
        print(f"{name:<10} {ms:6.2f} ms a page ({baseline / ms:4.1f}x pypdf's speed), "
              f"paragraphs recovered {statistics.mean(m[0] for m in measures):.0%}, "
              f"in order {statistics.mean(m[1] for m in measures):.0%}, "
              f"furniture lines left {sum(m[2] for m in measures)}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(main(args[0] if args else FONT, int(args[1]) if len(args) > 1 else 5))
