"""Reports fetched by URL (a local server on 127.0.0.1 only)."""

import http.server
import json
import subprocess
import sys
import threading
import time

import pytest

import lawgov
from lawgov.testing import run_rules
from conftest import EXAMPLES
from builders import docx, portal_page

REPORT = (EXAMPLES / "township-complete.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def site():
    """A portal on 127.0.0.1: path -> (status, content type, body, extra headers)."""
    pages = {
        "/report.html": (200, "text/html; charset=gb2312",
                         portal_page(REPORT, charset="gb2312", pubdate="2026-04-10").encode("gb18030"), {}),
        "/moved": (302, "text/html", b"", {"Location": "/report.html"}),
        "/wrapper.html": (200, "text/html; charset=utf-8",
                          ('<html><head><meta name="PubDate" content="2026-03-20"></head><body>'
                           '<div id="zoom"><p>附件：<a href="files/report.docx">示例镇法治政府建设报告</a></p>'
                           "</div></body></html>").encode(), {}),
        "/files/report.docx": (200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               docx(REPORT), {}),
        "/big.html": (200, "text/html", b"<html><body>" + b"x" * 5_000_000 + b"</body></html>", {}),
        "/local-file": (200, "text/html; charset=utf-8",
                        '<html><body><div id="zoom"><a href="file:///etc/secret.docx">附件'
                        '</a></div></body></html>'.encode(), {}),
        "/to-file": (302, "text/html", b"", {"Location": "file:///etc/passwd"}),
        "/mislabelled": (200, "application/pdf", REPORT.encode("utf-8"), {}),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - the stdlib's name
            if self.path == "/cut-off":  # a chunked answer that stops half-way
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b"100\r\n<html>")
                self.wfile.flush()
                self.close_connection = True
                return
            if self.path == "/drip":  # one byte at a time, each in time, never done
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                try:
                    for _ in range(200):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(0.1)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            status, kind, body, headers = pages.get(self.path, (404, "text/plain", b"not found", {}))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at its size limit

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _places(report):
    return sorted((f.code, report.text[f.span.start:f.span.end] if f.span else None)
                  for f in run_rules(report).findings if f.code != "LG307")


def load(url, **kwargs):
    """What the tests' site serves, from 127.0.0.1: allowed by name."""
    return lawgov.load(url, allow_private_urls=True, **kwargs)


def test_a_page_fetched_by_url_gives_the_reports_findings(site):
    report = load(f"{site}/moved")
    assert _places(report) == _places(lawgov.load(str(EXAMPLES / "township-complete.txt")))
    assert report.metadata.published.isoformat() == "2026-04-10"
    assert [f.code for f in run_rules(report, select=["LG307"]).findings] == ["LG307"]


def test_text_a_server_calls_a_pdf_is_read_as_the_text_it_is(site):
    expected = lawgov.load(str(EXAMPLES / "township-complete.txt"))
    assert _places(load(f"{site}/mislabelled")) == _places(expected)


def test_a_page_that_only_wraps_the_report_is_followed_to_it(site):
    report = load(f"{site}/wrapper.html")
    assert report.encoding == "docx" and report.metadata.year == 2025
    assert report.metadata.published.isoformat() == "2026-03-20"


@pytest.mark.parametrize("path, code", [("/missing.html", "LG009"), ("/big.html", "LG009")])
def test_urls_that_cannot_be_fetched_are_named(site, path, code):
    with pytest.raises(lawgov.InputProblem) as info:
        load(f"{site}{path}", max_bytes=1_000_000)
    assert info.value.code == code
    assert ("404" if path == "/missing.html" else "1000000") in info.value.message


def test_the_command_line_reports_an_unreachable_url_and_checks_the_rest(site):
    out = subprocess.run([sys.executable, "-m", "lawgov", "check", f"{site}/missing.html",
                          f"{site}/report.html", "--format", "json", "--allow-private-urls"],
                         capture_output=True, text=True)
    reports = json.loads(out.stdout)["reports"]
    assert [f["code"] for f in reports[0]["findings"]] == ["LG009"]
    assert reports[1]["year"] == 2025 and reports[1]["published"] == "2026-04-10"
    assert out.returncode == 1


@pytest.mark.parametrize("address", ["{site}/report.html", "http://localhost:1/report.html",
                                     "http://[::1]:1/report.html", "http://10.0.0.1:1/report.html",
                                     "http://169.254.169.254/latest/meta-data/"])
def test_addresses_on_this_machine_or_a_local_network_are_refused_unless_allowed(site, address):
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(address.format(site=site))
    assert info.value.code == "LG009" and "--allow-private-urls" in info.value.message_en


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://example.org/report.pdf"])
def test_only_http_and_https_are_fetched(address):
    from lawgov._read.url import FetchProblem, fetch

    with pytest.raises(FetchProblem, match="only http and https"):
        fetch(address, 1000, private=True)


@pytest.mark.parametrize("path", ["/local-file", "/to-file"])
def test_neither_a_link_nor_a_redirect_reaches_a_local_file(site, path):
    with pytest.raises(lawgov.InputProblem) as info:
        load(f"{site}{path}")
    assert info.value.code == "LG009" and "secret" not in info.value.message_en.split("fetch")[0]


def test_a_cut_off_answer_is_lg009_and_the_rest_of_the_batch_is_checked(site):
    out = subprocess.run([sys.executable, "-m", "lawgov", "check", f"{site}/cut-off",
                          str(EXAMPLES / "township-complete.txt"), "--format", "json",
                          "--allow-private-urls"],
                         capture_output=True, text=True)
    reports = json.loads(out.stdout)["reports"]
    assert [f["code"] for f in reports[0]["findings"]] == ["LG009"] and reports[1]["year"] == 2025


def test_an_answer_that_never_ends_is_cut_off_at_the_time_limit(site, monkeypatch):
    from lawgov._read import url

    monkeypatch.setattr(url, "TOTAL", 1.0)
    start = time.monotonic()
    with pytest.raises(lawgov.InputProblem) as info:
        load(f"{site}/drip")
    assert time.monotonic() - start < 8 and "longer than 1 s" in info.value.message_en
