"""PDF, web pages and .docx are read in a reading process with a time and memory
budget: a file that would hold the reader for hours or take gigabytes costs one LG007
finding, and the rest of the batch is read and reported."""

import os
import signal
import sys
import time

import pytest

import lawgov
from lawgov._read import guard
from conftest import EXAMPLES

pytestmark = pytest.mark.skipif(not guard._SUPPORTED, reason="reading processes need fork and resource")


def sleeps(seconds):
    time.sleep(seconds)
    return "awake"


def allocates(mb):
    return len(bytearray(mb * 1024 * 1024))


def dies():
    os.kill(os.getpid(), signal.SIGKILL)


def pid():
    return os.getpid()


def test_a_reader_that_takes_too_long_is_stopped_and_named_as_lg007(monkeypatch):
    monkeypatch.setattr(guard, "SECONDS", 0.5)
    start = time.monotonic()
    with pytest.raises(lawgov.InputProblem) as info:
        guard.guarded("slow.pdf", sleeps, 30)
    assert time.monotonic() - start < 10
    assert info.value.code == "LG007" and info.value.path == "slow.pdf" and "0 s" in info.value.message_en


def test_a_reader_beyond_its_memory_budget_is_lg007_and_the_next_input_is_read(monkeypatch):
    with pytest.raises(lawgov.InputProblem) as info:
        guard.guarded("big.docx", allocates, (guard.MEMORY >> 20) + 512)
    assert info.value.code == "LG007" and "MB" in info.value.message_en
    assert guard.guarded("next.docx", allocates, 1) == 1024 * 1024


def test_a_reader_that_crashes_is_lg007_and_a_new_reading_process_reads_the_next_input():
    with pytest.raises(lawgov.InputProblem) as info:
        guard.guarded("crash.pdf", dies)
    assert info.value.code == "LG007" and "crashed" in info.value.message_en
    assert guard.guarded("next.pdf", sleeps, 0) == "awake"


def test_inputs_are_read_outside_the_checking_process_by_one_process_in_turn():
    first, second = guard.guarded("a.html", pid), guard.guarded("b.html", pid)
    assert first == second != os.getpid()


def test_a_batch_goes_on_past_a_page_that_holds_the_reader(tmp_path, monkeypatch):
    """A web page nesting 300,000 ``<div/>`` (not self-closing in HTML) held the
    HTML parser for minutes."""
    monkeypatch.setattr(guard, "SECONDS", 1.0)
    page = tmp_path / "nested.html"
    page.write_text("<html><body>" + "<div/>" * 300_000 + "示例镇</body></html>", "utf-8")
    good = str(EXAMPLES / "township-complete.txt")
    results = list(lawgov.check_paths([str(page), good], lawgov.BatchOptions(select="LG0")))
    assert [f.code for f in results[0].findings] == ["LG007"]
    assert results[1].result is not None and results[1].result.report.metadata.year == 2025


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_busy_reading_process_dies_with_the_process_that_started_it(tmp_path):
    import subprocess

    script = ("import os, threading, time; from lawgov._read import guard\n"
              "from test_reading_budget import pid, sleeps\n"
              "print(guard.guarded('x', pid), flush=True)\n"
              "threading.Thread(target=guard.guarded, args=('y', sleeps, 100), daemon=True).start()\n"
              "time.sleep(1); os.kill(os.getpid(), 9)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.path.dirname(__file__), *sys.path])}
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                           timeout=60)
    reader = int(child.stdout.split()[0])

    def running():
        try:
            with open(f"/proc/{reader}/stat") as fh:
                return fh.read().split()[2] != "Z"
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and running():
        time.sleep(0.1)
    assert not running()
