"""The command line, run in-process: formats, exit codes, and never a traceback."""

import json
import os
import subprocess
import sys

import pytest

from lawgov.cli import main
from lawgov._util.text import display_width
from conftest import EXAMPLES
from sample_reports import COMPLETE

BAD_YEAR = COMPLETE.replace("二、2025年党政", "二、2024年党政")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_report_exits_0(capsys, write):
    code, out, _ = run(capsys, "check", write("ok.txt", COMPLETE), "--jurisdiction", "none")
    assert code == 0 and "0 个错误" in out


def test_text_output_is_located_like_a_compiler_with_a_caret_under_the_span(capsys, write):
    path = write("bad.txt", BAD_YEAR)
    code, out, _ = run(capsys, "check", path, "--select", "LG3")
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == f"{path}:8:3: LG301 error 2025 年度报告中“2024年党政主要负责人履行推进法治建设第一责任人职责情况”这一部分的标题写的是 2024 年"
    excerpt, marker = lines[1][4:], lines[2][4:]
    col = display_width(excerpt[:excerpt.index("2024")])
    assert marker == " " * col + "^^^^"


def test_english_messages_with_lang_en(capsys, write):
    _, out, _ = run(capsys, "check", write("bad.txt", BAD_YEAR), "--select", "LG3", "--lang", "en")
    assert "names 2024" in out and "1 error(s)" in out


def test_json_output_follows_the_schema(capsys, write):
    path = write("bad.txt", BAD_YEAR)
    code, out, _ = run(capsys, "check", path, "--format", "json")
    doc = json.loads(out)
    assert doc["schema"] == "lawgov-report/1" and code == 1
    (report,) = doc["reports"]
    assert report["year"] == 2025 and report["title"].startswith("示例镇")
    (f,) = [f for f in report["findings"] if f["code"] == "LG301"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (8, 3, 8, 7)
    assert BAD_YEAR[f["offset"]:f["end_offset"]] == "2024"
    assert doc["summary"]["errors"] == 1
    assert set(report) >= {"path", "title", "issuer", "year", "jurisdiction",
                           "jurisdiction_evidence", "findings", "stats"}


@pytest.mark.parametrize("fmt, marker", [("sarif", '"version": "2.1.0"'), ("csv", "path,line,column"),
                                         ("github", "::error file="), ("html", "<!DOCTYPE html>")])
def test_machine_formats(capsys, write, fmt, marker):
    _, out, _ = run(capsys, "check", write("bad.txt", BAD_YEAR), "--format", fmt)
    assert marker in out and "LG301" in out


def test_output_file(capsys, write, tmp_path):
    dest = tmp_path / "out.json"
    run(capsys, "check", write("bad.txt", BAD_YEAR), "--format", "json", "--output", str(dest))
    assert json.loads(dest.read_text("utf-8"))["summary"]["files"] == 1


@pytest.mark.parametrize("fail_on, expected", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_threshold(capsys, write, fail_on, expected):
    text = COMPLETE.replace("示例镇人民政府\n2026年1月20日\n", "")  # LG109 warning only
    code, _, _ = run(capsys, "check", write("r.txt", text), "--jurisdiction", "none",
                     "--fail-on", fail_on)
    assert code == expected


def test_ignore_and_select_by_prefix_most_specific_wins(capsys, write):
    path = write("bad.txt", BAD_YEAR)
    assert run(capsys, "check", path, "--ignore", "LG3")[0] == 0
    assert run(capsys, "check", path, "--ignore", "LG3", "--select", "LG301")[0] == 1


def test_unreadable_files_are_findings_and_the_run_goes_on(capsys, write, tmp_path):
    good = write("good.txt", BAD_YEAR)
    empty = write("empty.txt", b"")
    code, out, err = run(capsys, "check", str(tmp_path / "missing.txt"), empty, good, "--format", "json")
    doc = json.loads(out)
    assert [r["findings"][0]["code"] for r in doc["reports"][:2]] == ["LG001", "LG003"]
    assert "missing.txt" in doc["reports"][0]["findings"][0]["message"]
    assert doc["reports"][2]["year"] == 2025 and code == 1 and err == ""


def test_directories_are_searched_for_reports(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLES), "--format", "json", "--fail-on", "never")
    assert json.loads(out)["summary"]["files"] == len(list(EXAMPLES.glob("*.txt"))) and code == 0


def test_jobs_give_the_same_results(capsys):
    one = run(capsys, "check", str(EXAMPLES), "--format", "json")[1]
    two = run(capsys, "check", str(EXAMPLES), "--format", "json", "--jobs", "2")[1]
    assert one == two


def test_usage_errors_exit_2_with_a_message(capsys, write):
    path = write("r.txt", COMPLETE)
    assert run(capsys, "check", path, "--jurisdiction", "atlantis")[0] == 2
    assert run(capsys, "check", path, "-p", "structure")[0] == 2
    assert run(capsys, "explain", "XX999")[0] == 2
    code, _, err = run(capsys, "check", path, "--format", "yaml")
    assert code == 2 and "invalid choice" in err


def test_blocking_a_builtin_plugin_from_the_command_line(capsys, write):
    path = write("r.txt", COMPLETE.replace("五、其他需要报告的情况\n无。\n", ""))
    assert "LG106" in run(capsys, "check", path)[1]
    assert "LG106" not in run(capsys, "check", path, "-p", "no:structure")[1]


def test_rules_explain_and_jurisdictions(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "LG103" in out and "structure" in out and "error" in out
    code, out, _ = run(capsys, "explain", "lg107")
    assert code == 0 and out.startswith("# LG107") and "## 局限" in out  # Chinese by default
    code, out, _ = run(capsys, "explain", "LG107", "--lang", "en")
    assert code == 0 and out.startswith("# LG107") and "## Limits" in out
    code, out, _ = run(capsys, "explain", "LG003")
    assert code == 0 and "empty" in out
    code, out, _ = run(capsys, "jurisdictions")
    assert code == 0 and all(n in out for n in ("qinghai", "ningxia", "chongqing", "tibet", "gansu"))
    assert "甘肃省（gansu）  代码前缀 GS  来自 lawgov-gansu-0.1.0" in out and "规则：GS102 GS103 GS104" in out
    assert "全国通用数据" in out and "laws.tsv: LawRefBook/Laws commit 2f4c5c237162" in out
    code, out, _ = run(capsys, "jurisdictions", "--lang", "en")
    assert "Gansu (gansu), prefix GS" in out and "national data" in out


def test_version_lists_the_plugin_distributions(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("lawgov 0.1.0") and "lawgov-qinghai-0.1.0" in out


def test_stdin_and_python_dash_m(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lawgov", "check", "-", "--select", "LG3"],
                          input=BAD_YEAR.encode("gb18030"), capture_output=True, cwd=tmp_path)
    assert proc.returncode == 1 and "-:8:3: LG301" in proc.stdout.decode()
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("content", [b"\x00\x01\x02" * 100, b"", b"\xff\xfe\x00", b"PK\x03\x04"])
def test_hostile_input_never_gives_a_traceback(tmp_path, content):
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "lawgov", "check", str(path)], capture_output=True)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"x.docx" in proc.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "sarif", "github", "html", "xlsx"])
def test_a_batch_gives_the_same_bytes_whatever_jobs_is(tmp_path, fmt):
    import shutil

    for i in range(3):
        for p in EXAMPLES.glob("*.txt"):
            shutil.copy(p, tmp_path / f"{i}-{p.name}")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path), "--format", fmt,
                        "--jobs", jobs, "-o", str(out), "--fail-on", "never"], check=True, cwd=tmp_path)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0]


def test_an_output_file_is_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "result.json"
    done = subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path / "missing-dir-file.txt"),
                           "--format", "json", "-o", str(out)], capture_output=True)
    assert done.returncode == 1 and out.exists() and not (tmp_path / "result.json.part").exists()


def _check_to(out, **kwargs):
    return subprocess.run([sys.executable, "-m", "lawgov", "check", str(EXAMPLES / "township-complete.txt"),
                           "--format", "json", "-o", str(out)], **kwargs)


def test_an_output_through_a_symbolic_link_goes_to_its_file_and_the_link_stays(tmp_path):
    (tmp_path / "results").mkdir()
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "results" / "2026.json")
    _check_to(link, capture_output=True)
    written = json.loads((tmp_path / "results" / "2026.json").read_text("utf-8"))
    assert link.is_symlink() and written["reports"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.json", "results"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_output_to_a_named_pipe_is_written_into_it_not_replaced(tmp_path):
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    _check_to(fifo, capture_output=True, timeout=120)
    reader.join(10)
    if reader.is_alive():  # nothing was written into the pipe: let the reader go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and json.loads(got[0])["reports"]


@pytest.mark.skipif(not os.path.exists("/proc/self/fd/1"), reason="no /proc")
def test_an_output_to_standard_output_by_name_comes_out_on_it(tmp_path):
    """As ``-o /dev/stdout`` (a link to /proc/self/fd/1), through a link of our own,
    so that a regression replaces nothing of the system's."""
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    done = _check_to(stdout, capture_output=True)
    assert json.loads(done.stdout)["reports"] and stdout.is_symlink()


def test_paragraphs_copied_between_reports_of_a_batch(tmp_path):
    original = (EXAMPLES / "township-complete.txt").read_text("utf-8")
    (tmp_path / "a.txt").write_text(original, "utf-8")
    (tmp_path / "b.txt").write_text(original.replace("示例镇", "样板乡").replace("64件", "58件"), "utf-8")
    (tmp_path / "c.txt").write_text((EXAMPLES / "department.txt").read_text("utf-8"), "utf-8")
    out = subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path), "--select", "LG406",
                          "--format", "json"], capture_output=True, text=True)
    found = {r["path"].rsplit("/", 1)[1]: r["findings"] for r in json.loads(out.stdout)["reports"]}
    assert [f["evidence"]["copies"][0]["path"].rsplit("/", 1)[1] for f in found["b.txt"]] == ["a.txt"]
    assert found["b.txt"][0]["severity"] == "warning" and found["c.txt"] == []
    alone = subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path / "b.txt"), "--select",
                            "LG406", "--format", "json"], capture_output=True, text=True)
    assert json.loads(alone.stdout)["summary"]["warnings"] == 0


def test_a_progress_bar_only_on_a_terminal(tmp_path):
    import pty

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text((EXAMPLES / "department.txt").read_text("utf-8"), "utf-8")
    piped = subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path), "--fail-on", "never"],
                           capture_output=True, text=True)
    assert "file/s" not in piped.stderr and "it/s" not in piped.stderr
    import fcntl
    import struct
    import termios
    import threading

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    seen = []

    def read():
        try:
            while chunk := os.read(leader, 4096):
                seen.append(chunk)
        except OSError:
            pass  # the terminal closed

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    subprocess.run([sys.executable, "-m", "lawgov", "check", str(tmp_path), "--fail-on", "never",
                    "-o", str(tmp_path / "out.txt")], stderr=follower, stdout=subprocess.DEVNULL)
    os.close(follower)
    reader.join(5)
    assert b"/3 [" in b"".join(seen)
