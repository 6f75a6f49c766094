"""A batch reads each input once, and its copying check (LG406) keeps its index in
SQLite, in memory or on disk, with the same answers either way."""

import glob
import random
import tempfile
from collections import defaultdict

import pytest
from hypothesis import given, settings, strategies as st

import lawgov
from lawgov._batch import copies, spool
from lawgov._read import read as real_read
from lawgov.cli import main
from conftest import EXAMPLES

COMPLETE = (EXAMPLES / "township-complete.txt").read_text("utf-8")


def reads_counted(monkeypatch):
    counted = defaultdict(int)

    def counting(path, **kwargs):
        counted[path] += 1
        return real_read(path, **kwargs)

    for module in (spool, lawgov._batch.job, lawgov._batch.previous):
        if hasattr(module, "read"):
            monkeypatch.setattr(module, "read", counting)
    return counted


def test_every_file_of_a_batch_is_read_once_though_copies_are_looked_for(write, tmp_path, monkeypatch):
    last = tmp_path / "last"
    last.mkdir()
    (last / "old.txt").write_text(COMPLETE.replace("2025", "2024").replace("2026", "2025"), "utf-8")
    paths = [write(f"r{i}.txt", COMPLETE.replace("示例镇", f"示例{i}镇")) for i in range(3)]
    counted = reads_counted(monkeypatch)
    results = list(lawgov.check_paths(paths, lawgov.BatchOptions(previous=str(last))))
    assert {f.code for r in results for f in r.findings} >= {"LG405", "LG406"}
    assert dict(counted) == {**{p: 1 for p in paths}, str(last / "old.txt"): 1}


def test_standard_input_among_other_files_is_checked_with_what_it_held(write, capsys, monkeypatch):
    import io
    import sys

    other = write("other.txt", COMPLETE.replace("示例镇", "样板乡"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(COMPLETE.encode("utf-8"))))
    main(["check", "-", other, "--format", "json", "--select", "LG0,LG406", "--fail-on", "never"])
    import json

    files = {f["path"]: f for f in json.loads(capsys.readouterr().out)["reports"]}
    assert [f["code"] for f in files["-"]["findings"]] == ["LG406"]


def test_the_spool_is_removed_when_the_batch_ends_or_is_stopped_early(write, tmp_path, monkeypatch):
    paths = [write(f"r{i}.txt", COMPLETE.replace("示例镇", f"示例{i}镇")) for i in range(3)]
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert len(list(lawgov.check_paths(paths))) == 3
    stopped = lawgov.check_paths(paths)
    next(stopped)
    assert len(glob.glob(f"{temporary}/lawgov-batch-*")) == 1  # the spool of the stopped batch
    stopped.close()
    assert list(temporary.iterdir()) == []


def an_inverted_index(sketches):
    """The copies of each report, computed the plain way: a dict from hash to reports."""
    index = defaultdict(set)
    for doc, (_, paragraphs) in enumerate(sketches):
        for _, hashes in paragraphs:
            for h in hashes:
                index[h].add(doc)
    common = {h for h, docs in index.items() if len(docs) > copies._COMMON}
    out = {}
    for doc, (chars, paragraphs) in enumerate(sketches):
        totals = defaultdict(lambda: [0, 0])
        for length, hashes in paragraphs:
            hits = defaultdict(int)
            for h in set(hashes) - common:
                for other in index[h] - {doc}:
                    hits[other] += 1
            for other, k in hits.items():
                if k >= min(copies._SAME, len(hashes)):
                    totals[other][0] += 1
                    totals[other][1] += length
        if totals:
            found = sorted(((o, p, c) for o, (p, c) in totals.items()), key=lambda t: (-t[2], t[0]))
            out[doc] = (chars, found)
    return out


sketch_sets = st.integers(0, 2**32).map(random.Random).map(lambda rng: [
    (rng.randint(50, 5000), [(rng.randint(50, 400), tuple(rng.sample(range(40), rng.randint(1, 4))))
                             for _ in range(rng.randint(0, 6))])
    for _ in range(rng.randint(2, 60))])


@settings(max_examples=60, deadline=None)
@given(sketch_sets)
def test_the_sqlite_index_finds_what_an_inverted_index_in_memory_finds(sketches):
    """Hashes drawn from a small range so that reports share many, some beyond the
    threshold of common phrasing."""
    with tempfile.TemporaryDirectory() as folder:
        for size in (0, copies.IN_MEMORY + 1):  # in memory, then in a file
            index = copies.CopyIndex(folder, size)
            for sketched in sketches:
                index.add(sketched)
            got = {doc: (chars, found) for doc, chars, found in index.shared()}
            index.close()
            assert got == an_inverted_index(sketches)


@pytest.mark.parametrize("size, on_disk", [(10, False), (copies.IN_MEMORY + 1, True)])
def test_a_large_batch_keeps_its_index_on_disk(tmp_path, size, on_disk):
    copies.CopyIndex(str(tmp_path), size).close()
    assert (tmp_path / "copies.sqlite").exists() is on_disk
