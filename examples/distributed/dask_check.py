"""Checking a table of reports with Dask: lawgov as a library inside a distributed engine.

Each partition of the table (here: the paths of a folder) is checked by
``lawgov.check_paths`` in a Dask worker, which returns one small row per report: issuer, year,
the counts by severity and the codes found. The same function runs unchanged on a
laptop (the default local scheduler, as below) or on a Dask cluster over object
storage; with Spark, it is the body of a ``mapPartitions``.

    pip install "dask[bag]"
    python examples/distributed/dask_check.py examples/reports
"""

from __future__ import annotations

import sys
from pathlib import Path


def check_partition(paths, previous=None):  # runs in a worker: one plugin manager per process
    """One row per report of ``paths``, checked as ``lawgov check`` checks a batch
    (last year's reports from ``previous``, copies between the reports of the
    partition, the configuration file)."""
    import lawgov

    rows = []
    for r in lawgov.check_paths(paths, lawgov.BatchOptions(previous=previous)):
        meta = r.result.report.metadata if r.result else None
        rows.append({"path": r.path, "issuer": meta.issuer.text if meta and meta.issuer else None,
                     "year": meta.year if meta else None,
                     "errors": r.count(lawgov.Severity.ERROR), "warnings": r.count(lawgov.Severity.WARNING),
                     "infos": r.count(lawgov.Severity.INFO), "codes": sorted({f.code for f in r.findings})})
    return rows


def main(folder: str) -> None:
    import dask.bag as db

    paths = sorted(str(p) for p in Path(folder).rglob("*.txt"))
    rows = db.from_sequence(paths, npartitions=max(1, len(paths) // 200)).map_partitions(check_partition)
    for row in rows.compute():
        print("\t".join(str(row[k]) for k in ("path", "issuer", "year", "errors", "warnings", "infos")))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/reports")
