"""Inputs and command lines that used to break a batch (issue 11): each is built here,
and each now gives a clear finding or usage error while the rest of the batch is checked."""

import json
import os
import subprocess
import sys

import pytest

import lawgov
from lawgov.cli import main
from conftest import EXAMPLES

REPORT = EXAMPLES / "department.txt"


def _run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "lawgov", "check", *args], capture_output=True, **kw)


def test_pipes_are_not_read_given_directly_inside_a_folder_or_as_last_year(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(REPORT.read_text("utf-8"), "utf-8")
    for args in ([str(fifo)], [str(tmp_path)]):
        assert main(["check", *args, "--format", "json", "--select", "LG0"]) == 1
        reports = {r["path"]: r for r in json.loads(capsys.readouterr().out)["reports"]}
        assert [f["code"] for f in reports[str(fifo)]["findings"]] == ["LG001"]
    assert main(["check", str(REPORT), "--previous", str(fifo)]) == 2


def test_an_empty_folder_in_a_batch_is_a_finding_and_the_rest_is_checked(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    main(["check", str(tmp_path / "empty"), str(REPORT), "--format", "json", "--select", "LG0"])
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert [f["code"] for f in reports[0]["findings"]] == ["LG001"] and reports[1]["year"] == 2025


def test_utf16_without_a_mark_or_a_nul_byte_is_text(tmp_path):
    import lawgov

    text = REPORT.read_text("utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        assert lawgov.load(str(path)).metadata.year == 2025


def test_a_file_of_invisible_spaces_is_empty(tmp_path):
    import lawgov

    path = tmp_path / "blank.txt"
    path.write_text("\u3000\u3000\n\xa0 \u200b\u200b\n", "utf-8")
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(path))
    assert info.value.code == "LG003"


@pytest.mark.parametrize("value", ["-5", "1e20", "99999999999", "0"])
def test_impossible_max_bytes_are_usage_errors(value):
    done = _run(str(REPORT), "--max-bytes", value)
    assert done.returncode == 2 and b"--max-bytes" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_code_prefix_no_rule_has_is_a_usage_error(option):
    done = _run(str(REPORT), option, "LG9999")
    assert done.returncode == 2 and b"LG9999" in done.stderr


def test_jobs_are_capped():
    assert _run(str(REPORT), "--jobs", "100000").returncode == 2


def test_odd_file_names_are_escaped_in_sarif_and_github_output(tmp_path):
    odd = tmp_path / "a #b,c::d%e 报告\n.txt"
    odd.write_text((EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8"), "utf-8")
    sarif = json.loads(_run(str(odd), "--format", "sarif").stdout)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and " " not in uri and "#" not in uri and "%25e" in uri
    for line in _run(str(odd), "--format", "github").stdout.decode("utf-8").splitlines():
        props = line.split("::")[1]
        assert "\n" not in props and "%0A" in props and "%2C" in props and "%3A" in props


def test_a_narrow_output_encoding_does_not_crash():
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = _run(str(EXAMPLES / "cover-line-with-problems.txt"), env=env)
    assert done.returncode == 1 and b"Traceback" not in done.stderr and b"LG201" in done.stdout


def test_a_closed_pipe_is_not_a_clean_exit():
    reader = subprocess.Popen([sys.executable, "-m", "lawgov", "check", str(EXAMPLES), "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.wait(30) not in (0,)
    assert b"Traceback" not in reader.stderr.read()
    reader.stderr.close()


def _docx_with(tmp_path, name, document_xml, compression=None, flag_bits=0):
    import zipfile

    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression or zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", document_xml)
    if flag_bits:  # zipfile cannot write encrypted members: set the flag in both headers
        data = bytearray(path.read_bytes())
        for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = data.find(signature)
            data[i + at] |= flag_bits
        path.write_bytes(bytes(data))
    return path


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_hostile_docx_files_are_refused_and_the_batch_goes_on(tmp_path, capsys):
    import zipfile

    nested = f"<w:document {W}><w:body>" + "<w:p>" * 20000 + "x" + "</w:p>" * 20000 + "</w:body></w:document>"
    bad = [_docx_with(tmp_path, "bz2.docx", f"<w:document {W}/>", zipfile.ZIP_BZIP2),
           _docx_with(tmp_path, "nested.docx", nested),
           _docx_with(tmp_path, "encrypted.docx", f"<w:document {W}/>", flag_bits=0x1)]
    code = main(["check", *map(str, bad), str(REPORT), "--format", "json", "--select", "LG0"])
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert [[f["code"] for f in r["findings"]] for r in reports[:3]] == [["LG007"]] * 3
    assert reports[3]["year"] == 2025 and code == 1


def test_paragraphs_nested_in_paragraphs_are_read_once(tmp_path):
    import lawgov

    xml = (f"<w:document {W}><w:body><w:p><w:r><w:t>示例镇关于2025年法治政府建设情况的报告</w:t></w:r>"
           "<w:p><w:r><w:t>文本框里的文字</w:t></w:r></w:p></w:p></w:body></w:document>")
    report = lawgov.load(str(_docx_with(tmp_path, "boxed.docx", xml)))
    assert report.text.count("文本框里的文字") == 1


@pytest.mark.parametrize("how, status", [("SIGINT to the group", 130), ("SIGTERM", 143), ("SIGHUP", 143)])
def test_a_stopped_batch_stops_its_workers_at_once_without_a_trace(tmp_path, how, status):
    """Not a worker, an output's ``.part`` or a temporary folder is left behind."""
    import signal
    import time

    text = REPORT.read_text("utf-8")
    for i in range(4000):  # enough that the run is still going when it is stopped
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
    out, temporary = tmp_path / "out.json", tmp_path / "temporary"
    temporary.mkdir()
    command = [sys.executable, "-m", "lawgov", "check", str(tmp_path), "--jobs", "2", "--format", "json",
               "-o", str(out)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                          env={**os.environ, "TMPDIR": str(temporary)}) as run:
        part = tmp_path / "out.json.part"
        for _ in range(1200):  # the output is open: the run is under way, its handlers set
            if part.exists():
                break
            time.sleep(0.05)
        assert run.poll() is None, "the run ended before it could be stopped"
        if how.startswith("SIGINT"):
            os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        else:
            run.send_signal(getattr(signal, how))
        assert run.wait(15) == status
        assert b"Traceback" not in run.stderr.read()
    time.sleep(0.3)
    workers = subprocess.run(["pgrep", "-s", str(run.pid)], capture_output=True, text=True).stdout
    assert workers.strip() == "" and not out.exists() and not part.exists()
    assert list(temporary.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_workers_of_a_killed_batch_die_with_it(tmp_path):
    """SIGKILL cannot be handled: the workers learn of it from the kernel."""
    import signal
    import time

    text = REPORT.read_text("utf-8")
    for i in range(4000):
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
    part = tmp_path / "out.json.part"
    command = [sys.executable, "-m", "lawgov", "check", str(tmp_path), "--jobs", "2", "--format", "json",
               "-o", str(tmp_path / "out.json")]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          start_new_session=True) as run:
        for _ in range(1200):
            if part.exists():
                break
            time.sleep(0.05)
        time.sleep(1)  # the workers are started
        run.send_signal(signal.SIGKILL)
        run.wait(15)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        workers = subprocess.run(["pgrep", "-s", str(run.pid)], capture_output=True, text=True).stdout
        if not workers.strip():
            break
        time.sleep(0.2)
    assert workers.strip() == ""


def test_command_line_errors_are_in_chinese_unless_english_is_asked_for():
    zh = _run(str(REPORT), "--select", "LG9999").stderr.decode("utf-8")
    en = _run(str(REPORT), "--select", "LG9999", "--lang", "en").stderr.decode("utf-8")
    assert "错误" in zh and "没有以 LG9999 开头" in zh
    assert "error:" in en and "no installed rule" in en
    assert "命令行参数有误" in _run("--no-such-option", str(REPORT)).stderr.decode("utf-8")


FORMATS = ("text", "json", "csv", "github", "sarif", "html", "xlsx", "docx")


def _every_format(tmp_path, *inputs):
    """Each output format of ``inputs``, written with -o: what each run returned."""
    written = {}
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        status = main(["check", *map(str, inputs), "--format", fmt, "-o", str(out)])
        written[fmt] = (status, out.read_bytes())
    return written


def test_a_file_name_that_is_not_utf8_is_shown_with_replacement_characters(tmp_path, capsys):
    folder = tmp_path / "zip"
    folder.mkdir()
    gbk = os.path.join(os.fsencode(folder), "示例镇报告.txt".encode("gbk"))  # unpacked from a Windows zip
    with open(gbk, "wb") as fh:
        fh.write(REPORT.read_bytes())
    for fmt, (status, data) in _every_format(tmp_path, folder, REPORT).items():
        assert status in (0, 1) and data, fmt
    paths = [r["path"] for r in json.loads((tmp_path / "out.json").read_text("utf-8"))["reports"]]
    assert paths[0].endswith("\ufffd.txt") and paths[1] == str(REPORT)


def test_control_characters_in_a_report_break_no_output_and_reach_no_terminal(tmp_path, capsys):
    text = ("示例镇关于2025年法治政府建设情况的报告\n\x0c一、主要举措和成效\n"
            "\x1b[2K\x1b[1A\x1b]0;title\x07开展培训3次，培训率达到150%。\n")
    report = tmp_path / "controls.txt"
    report.write_text(text, "utf-8")
    for fmt, (status, data) in _every_format(tmp_path, report, REPORT).items():
        assert status == 1 and data, fmt
        if fmt not in ("xlsx", "docx"):
            assert b"\x1b" not in data and b"\x07" not in data, fmt
    assert lawgov.parse(text).headings[0].title == "主要举措和成效"  # the form feed is a page break


@pytest.mark.parametrize("sentence", [
    "示例镇受理案件由1件增至100000000000000000000000000000000000件，增长30%。",
    "示例镇共受理案件3件，其中办结1件，办结率33.33333333333333333333333333333333333%。",
    "示例镇共受理案件3件，办结率0.0000000000000000000000000000000000000000000001%。",
])
def test_numbers_longer_than_any_figure_of_a_report_fail_no_rule(sentence):
    result = lawgov.check(lawgov.parse(f"示例镇2026年法治政府建设情况报告\n一、主要举措和成效\n{sentence}\n"))
    assert [f.code for f in result.findings if f.code.startswith(("LG2", "LG9"))] == []


def test_a_link_in_a_folder_that_leads_out_of_it_is_not_followed(tmp_path, capsys):
    outside = tmp_path / "secret.txt"
    outside.write_text("示例镇机密文件", "utf-8")
    folder = tmp_path / "reports"
    (folder / "a").mkdir(parents=True)
    (folder / "report.txt").write_bytes(REPORT.read_bytes())
    (folder / "a" / "secret.txt").symlink_to(outside)
    (folder / "a" / "same.txt").symlink_to(folder / "report.txt")
    main(["check", str(folder), "--format", "json"])
    paths = [r["path"] for r in json.loads(capsys.readouterr().out)["reports"]]
    assert paths == [str(folder / "a" / "same.txt"), str(folder / "report.txt")]


def test_a_file_too_large_for_memory_is_lg004_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    from lawgov._batch import job

    def no_memory(path, **kw):
        if path.endswith("huge.txt"):
            raise MemoryError
        return read(path, **kw)

    read = job.read
    monkeypatch.setattr(job, "read", no_memory)
    (tmp_path / "huge.txt").write_text("示例镇", "utf-8")
    main(["check", str(tmp_path / "huge.txt"), str(REPORT), "--format", "json", "--ignore", "LG406"])
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert [f["code"] for f in reports[0]["findings"]] == ["LG004"] and reports[1]["year"] == 2025


def test_a_thread_a_plugin_leaves_running_does_not_keep_the_program_alive():
    code = ("import threading, time, sys\n"
            "threading.Thread(target=time.sleep, args=(120,)).start()\n"
            "from lawgov.cli import entrypoint\n"
            f"sys.argv = ['lawgov', 'check', {str(REPORT)!r}]\n"
            "entrypoint()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"LG" not in done.stderr


def test_an_output_that_cannot_be_written_is_said_by_its_name_before_checking(tmp_path, capsys):
    target = tmp_path / "missing" / "report.html"
    assert main(["check", str(REPORT), "--format", "html", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and ".part" not in err


def test_an_exception_quoted_in_a_message_is_cut_short():
    from lawgov._util.failure import describe

    text = describe(ValueError("示" * 100_000 + "\ud800"))
    assert len(text) < 400 and text.startswith("ValueError('示") and text.encode("utf-8")
