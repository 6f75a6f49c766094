"""A corpus of distinct, seed-sized reports for batch benchmarks (no cache can help).

Each report is one of the real sample reports (../shared/seeds, 2,900–5,700
characters) with every figure replaced by another of the same number of digits, chosen
by a seeded random generator. Where the samples are absent, the example reports are
used instead; being a few hundred characters long, each has its body repeated up to
``size`` characters, about the samples' mean (this makes them denser in headings and
figures than real reports, and slower to check):

    python benchmarks/corpus.py DIR [N]
"""

from __future__ import annotations

import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def sources() -> list[str]:
    """The sample reports when ../shared/seeds exists, else the example reports."""
    seeds = ROOT.parent / "shared" / "seeds"
    paths = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if not paths:
        paths = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    return [p.read_text("utf-8") for p in paths]


def _vary(text: str, rng: random.Random) -> str:
    def figure(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith("20"):
            return digits  # years stay years
        low = 10 ** (len(digits) - 1) if len(digits) > 1 else 0
        return str(rng.randint(low, 10 ** len(digits) - 1))

    return re.sub(r"\d+", figure, text)


def reports(n: int, size: int = 4_000, seed: int = 2026, short: int = 1_000) -> list[str]:
    rng = random.Random(seed)
    texts = sources()
    out = []
    for i in range(n):
        base = texts[i % len(texts)]
        body = _vary(base, rng)
        while len(base) < short and len(body) < size:
            body += "\n" + _vary(base.split("\n", 1)[-1], rng)
        out.append(body)
    return out


def write(folder: pathlib.Path, n: int) -> list[pathlib.Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(reports(n)):
        path = folder / f"report-{i:05d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write(pathlib.Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
