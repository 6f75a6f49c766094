"""What ``lawgov serve`` refuses or survives: bodies over the limits however they
are sent, names no file may have, posts from other sites, requests by other host
names, malformed forms; and checks that never hold the event loop."""

import asyncio
import json

import pytest

from conftest import EXAMPLES

pytest.importorskip("starlette")
pytest.importorskip("httpx2")

from starlette.testclient import TestClient  # noqa: E402

from lawgov._web import create_app, uploads  # noqa: E402

REPORT = (EXAMPLES / "department.txt").read_bytes()


@pytest.fixture
def client():
    with TestClient(create_app(max_bytes=200_000, max_files=5), base_url="http://127.0.0.1:8000") as c:
        yield c


class _Upload:
    """A request whose body streams in as parts of ``size`` bytes, counting what was read."""

    headers = {"content-type": "multipart/form-data; boundary=b"}

    def __init__(self, parts, size):
        self.parts, self.size, self.read = parts, size, 0

    async def stream(self):
        for i in range(self.parts):
            head = f'--b\r\nContent-Disposition: form-data; name="file"; filename="{i}.txt"\r\n\r\n'
            yield head.encode()
            for _ in range(self.size // 10_000):
                self.read += 10_000
                yield b"x" * 10_000
            yield b"\r\n"
        yield b"--b--\r\n"


def _refused(request, max_files=300, max_bytes=200_000):
    import anyio
    from starlette.datastructures import Headers

    request.headers = Headers(request.headers)
    with pytest.raises(uploads.Refused) as info:
        anyio.run(uploads.form_parser(request, max_files, max_bytes).parse)
    return info.value


def test_a_body_over_the_request_limit_is_refused_while_it_streams(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_REQUEST", 1_000_000)
    request = _Upload(parts=100, size=100_000)  # each file within its limit; no Content-Length
    assert _refused(request).status == 413 and request.read <= 1_010_000


def test_a_file_over_its_limit_is_refused_before_the_rest_is_read():
    request = _Upload(parts=1, size=10_000_000)
    refused = _refused(request)
    assert refused.status == 413 and "0.txt" in refused.zh and request.read <= 210_000


def test_a_chunked_body_over_the_request_limit_is_refused(client, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_REQUEST", 1_000_000)

    def body():  # no Content-Length: the body comes chunked
        for i in range(10):
            yield f'--b\r\nContent-Disposition: form-data; name="file"; filename="{i}.txt"\r\n\r\n'.encode()
            yield b"x" * 150_000 + b"\r\n"
        yield b"--b--\r\n"

    answer = client.post("/api/check", content=body(),
                         headers={"content-type": "multipart/form-data; boundary=b"})
    assert answer.status_code == 413 and "MB" in answer.json()["error"]


def test_a_file_part_over_the_file_limit_is_refused_before_the_rest_is_read(client):
    parts = [("file", ("a.txt", REPORT)), ("file", ("big.txt", b"x" * 300_000)), ("file", ("c.txt", REPORT))]
    answer = client.post("/api/check", files=parts)
    assert answer.status_code == 413 and answer.json()["error_zh"] == "big.txt 超过 200000 字节的上限"


def test_pasted_text_over_the_file_limit_is_refused(client):
    answer = client.post("/api/check", data={"text": "示" * 100_000})
    assert answer.status_code == 413


@pytest.mark.parametrize("name, shown", [
    ("..", "report-1.txt"), (".", "report-1.txt"), ("...txt", "txt"),
    ("示例镇" * 60 + ".txt", "示例镇" * 19 + "示.txt"),  # 180 bytes of UTF-8, the suffix kept
])
def test_any_upload_name_is_checked_under_a_name_a_file_may_have(client, name, shown):
    answer = client.post("/api/check", files=[("file", (name, REPORT))])
    assert answer.status_code == 200
    assert answer.json()["reports"][0]["path"] == shown


@pytest.mark.parametrize("headers", [
    {"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site", "origin": "http://127.0.0.1:8000"},
])
def test_a_form_posted_by_another_site_is_refused(client, headers):
    for path in ("/check", "/api/check"):
        answer = client.post(path, files=[("file", ("a.txt", REPORT))], headers=headers)
        assert answer.status_code == 403


def test_a_form_posted_by_the_page_itself_or_by_a_script_is_checked(client):
    for own in ({"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"},
                {"origin": "null", "sec-fetch-site": "same-origin"}):  # a page without a referrer
        assert client.post("/api/check", files=[("file", ("a.txt", REPORT))], headers=own).status_code == 200
    assert client.post("/api/check", files=[("file", ("a.txt", REPORT))]).status_code == 200  # curl


def test_requests_for_another_host_name_are_refused_unless_allowed():
    for app, status in ((create_app(), 403), (create_app(allowed_hosts=["review.example"]), 200)):
        with TestClient(app, base_url="http://review.example") as c:
            assert c.get("/").status_code == status
            assert c.post("/api/check", files=[("file", ("a.txt", REPORT))]).status_code == status
    with TestClient(create_app(), base_url="http://[::1]:8000") as c:
        assert c.get("/").status_code == 200


def test_a_malformed_form_gets_a_json_error(client):
    answer = client.post("/api/check", content=b"--x\r\nnonsense",
                         headers={"content-type": "multipart/form-data"})
    assert answer.status_code == 400 and "error_zh" in answer.json()


def test_json_answers_are_not_sniffed_or_cached(client):
    answer = client.post("/api/check", files=[("file", ("a.txt", REPORT))])
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["content-security-policy"] == "default-src 'none'"
    assert json.loads(answer.text)["summary"]["files"] == 1


def test_checking_and_rendering_run_outside_the_event_loop(client, monkeypatch):
    from lawgov._render.html import FORMAT

    seen = []
    render = FORMAT.render

    def spy(*args, **kw):
        try:
            asyncio.get_running_loop()
            seen.append("event loop")
        except RuntimeError:
            seen.append("worker thread")
        return render(*args, **kw)

    monkeypatch.setattr(FORMAT, "render", spy)
    assert client.post("/check", files=[("file", ("a.txt", REPORT))]).status_code == 200
    assert seen == ["worker thread"]


def test_a_report_with_control_characters_and_surrogates_gets_its_page(client):
    text = "示例镇2026年法治政府建设情况报告\n\x0c一、主要举措和成效\n\x1b[2K开展培训3次。\n".encode()
    page = client.post("/check", files=[("file", ("a.txt", text))])
    assert page.status_code == 200 and "\x1b" not in page.text and "\x0c" not in page.text
