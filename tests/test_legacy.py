"""Legacy .doc and .wps files go through a converter installed on the machine.

The converters are stand-ins with the command lines of antiword and LibreOffice, so
the tests say what lawgov asks of them without needing them installed."""

import os
import stat

import pytest

import lawgov
from lawgov.testing import run_rules
from conftest import EXAMPLES

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file signature .doc and .wps start with
TAIL = "/usr/bin/tail" if os.path.exists("/usr/bin/tail") else "/bin/tail"


def _tool(bindir, name, body):
    path = bindir / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def legacy(tmp_path, monkeypatch):
    """A .doc of an example report, and an empty PATH to put converters on."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    monkeypatch.setenv("PATH", str(bindir))
    text = (EXAMPLES / "township-complete.txt").read_text("utf-8")
    doc = tmp_path / "report.doc"
    doc.write_bytes(OLE + text.encode("utf-8"))
    return bindir, doc


def _places(report):
    return sorted((f.code, report.text[f.span.start:f.span.end] if f.span else None)
                  for f in run_rules(report).findings)


def test_a_doc_is_read_through_antiword(legacy):
    bindir, doc = legacy
    # antiword -m UTF-8.txt -w 0 FILE: the text on standard output
    _tool(bindir, "antiword", f'for last; do :; done; exec {TAIL} -c +9 "$last"')
    report = lawgov.load(str(doc))
    assert report.encoding == "antiword"
    assert _places(report) == _places(lawgov.load(str(EXAMPLES / "township-complete.txt")))
    assert doc.read_bytes().startswith(OLE)  # the input is never written


def test_a_wps_needs_libreoffice_and_is_read_through_it(legacy, tmp_path):
    bindir, doc = legacy
    wps = tmp_path / "report.wps"
    wps.write_bytes(doc.read_bytes())
    _tool(bindir, "antiword", "exit 1")  # .doc only: never asked for a .wps
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(wps))
    assert info.value.code == "LG006" and "LibreOffice" in info.value.message_en
    # soffice --headless ... --convert-to txt:... --outdir DIR FILE
    _tool(bindir, "soffice",
          'for a; do prev="$cur"; cur="$a"; case "$prev" in --outdir) out="$a";; esac; done; '
          f'n="${{cur##*/}}"; {TAIL} -c +9 "$cur" > "$out/${{n%.*}}.txt"')
    assert lawgov.load(str(wps)).encoding == "libreoffice"


def test_without_a_converter_the_message_says_what_to_install(legacy):
    _, doc = legacy
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(doc))
    assert info.value.code == "LG006"
    assert "antiword" in info.value.message and ".docx" in info.value.message


def test_a_converter_that_fails_is_named(legacy):
    bindir, doc = legacy
    _tool(bindir, "antiword", 'echo "is not a Word Document." >&2; exit 1')
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(doc))
    assert info.value.code == "LG007" and "not a Word Document" in info.value.message


def test_a_converter_past_its_time_is_stopped_with_what_it_started(legacy, tmp_path, monkeypatch):
    from lawgov._read import legacy_word

    bindir, doc = legacy
    pids = tmp_path / "pids"
    # a wrapper that starts the real work in a child and waits, as LibreOffice's does
    _tool(bindir, "antiword", f'/bin/sleep 60 & echo $! > {pids}; wait')
    monkeypatch.setattr(legacy_word, "TIMEOUT", 0.5)
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(doc))
    assert info.value.code == "LG007" and "0.5 s" in info.value.message
    assert _ends(int(pids.read_text()))


def _ends(pid):
    """Whether process ``pid`` is gone (or dead, waiting to be reaped) within 5 s."""
    import pathlib
    import time

    for _ in range(50):
        try:
            if pathlib.Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False
