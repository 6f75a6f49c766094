"""``lawgov serve``: the JSON API and the pages, through Starlette's test client."""

import json
import subprocess
import sys
import tempfile

import pytest

from conftest import EXAMPLES

pytest.importorskip("starlette")
pytest.importorskip("httpx2")

from starlette.testclient import TestClient  # noqa: E402

from lawgov._web import create_app  # noqa: E402

NAMES = ["cover-line-with-problems.txt", "department.txt"]


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_bytes=200_000, max_files=5), base_url="http://127.0.0.1:8000") as c:
        yield c


def _files(names):
    return [("file", (n, (EXAMPLES / n).read_bytes())) for n in names]


def test_the_api_answers_what_the_command_line_prints(client):
    answer = client.post("/api/check", files=_files(NAMES))
    cli = subprocess.run([sys.executable, "-m", "lawgov", "check", *NAMES, "--format", "json"],
                         capture_output=True, text=True, cwd=EXAMPLES)
    assert answer.status_code == 200
    assert answer.json() == json.loads(cli.stdout)


def test_the_api_takes_last_years_report_the_jurisdiction_and_the_language(client):
    files = _files(["township-complete.txt"])
    files.append(("previous", ("township-2024.txt", (EXAMPLES.parent / "previous" / "township-2024.txt")
                               .read_bytes())))
    answer = client.post("/api/check", files=files, data={"jurisdiction": "none", "lang": "en"}).json()
    report = answer["reports"][0]
    assert report["jurisdiction"] is None
    assert any(f["code"] == "LG402" for f in report["findings"])
    assert [f["message"][:26] for f in report["findings"] if f["code"] == "LG402"] == [
        "last year's report planned"]


def test_uploads_over_the_limits_get_a_clear_answer(client):
    big = [("file", ("big.txt", b"x" * 300_000))]
    answer = client.post("/api/check", files=big)
    assert answer.status_code == 413 and "200000" in answer.json()["error"]
    many = _files(NAMES * 3)
    assert client.post("/api/check", files=many).status_code == 413
    page = client.post("/check", files=big)
    assert page.status_code == 413 and "上限" in page.text


def test_report_text_is_escaped_and_names_are_never_paths(client):
    hostile = "示例镇关于2025年法治政府建设情况的报告\n<script>alert(1)</script>全年开展培训3次。\n".encode()
    page = client.post("/check", files=[("file", ("../../etc/<b>x.txt", hostile))])
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert "../../etc" not in page.text and "etc/" not in page.text and "_b_x.txt" in page.text


def test_pages_forbid_scripts_they_did_not_write(client):
    for answer in (client.get("/"), client.post("/check", files=_files(NAMES[:1]))):
        policy = answer.headers["content-security-policy"]
        nonce = policy.split("'nonce-")[1].split("'")[0]
        assert "default-src 'none'" in policy and f'<script nonce="{nonce}">' in answer.text
        assert answer.text.count("<script") == answer.text.count(f'<script nonce="{nonce}">')


def test_uploads_are_not_kept_after_the_answer_nor_after_the_server(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with TestClient(create_app(), base_url="http://127.0.0.1:8000") as c:
        assert c.post("/api/check", files=_files(NAMES)).status_code == 200
        assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    assert list(tmp_path.iterdir()) == []


def test_the_start_page_offers_upload_paste_previous_and_jurisdiction(client):
    page = client.get("/").text
    for field in ('name="file"', "multiple", 'name="text"', 'name="previous"', 'name="jurisdiction"',
                  'value="qinghai"'):
        assert field in page


def test_pasted_text_is_checked(client):
    text = (EXAMPLES / NAMES[0]).read_text("utf-8")
    answer = client.post("/api/check", data={"text": text}).json()
    assert answer["reports"][0]["year"] == 2025 and answer["summary"]["errors"] >= 1


def test_copying_between_uploaded_reports_is_found_by_their_names(client):
    text = (EXAMPLES / "township-complete.txt").read_text("utf-8")
    files = [("file", ("甲镇.txt", text.encode("utf-8"))),
             ("file", ("乙镇.txt", text.replace("示例镇", "样板乡").encode("utf-8")))]
    reports = client.post("/api/check", files=files).json()["reports"]
    (copy,) = [f for f in reports[1]["findings"] if f["code"] == "LG406"]
    assert copy["evidence"]["copies"][0]["path"] == "甲镇.txt" and "/tmp" not in copy["message"]


def test_a_report_on_2026_is_measured_against_the_latest_outline_and_the_page_says_so(client):
    upload = _files(["township-2026.txt"])
    page = client.post("/check", files=upload).text
    assert "依据最新印发的《法治政府建设实施纲要（2021—2025年）》，其期限已结束" in page
    answer = client.post("/api/check", files=upload).json()["reports"][0]
    assert answer["outline_plan"]["current"] is False
    assert {"LG505", "LG602"} <= {f["code"] for f in answer["findings"]}


def test_the_jurisdiction_list_names_provinces_in_the_language_shown(client):
    page = client.get("/").text
    assert '<option value="qinghai" data-zh="青海省" data-en="Qinghai">青海省</option>' in page
    assert '<option value="gansu" data-zh="甘肃省" data-en="Gansu">甘肃省</option>' in page
    english = client.get("/?lang=en").text
    assert '<option value="qinghai" data-zh="青海省" data-en="Qinghai">Qinghai</option>' in english
    assert "o.dataset.en" in page  # the language button swaps the option texts


def test_an_uploaded_docx_comes_back_as_itself_with_comments(client):
    import base64
    import io
    import re
    import zipfile

    from test_docx_comments import MARKS, word_file

    text = (EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8")
    draft = word_file(text)
    page = client.post("/check", files=[("file", ("示例镇草稿.docx", draft))]).text
    (link,) = re.findall(r'download="lawgov.docx" href="data:[^;]+;base64,([^"]+)"', page)
    returned = base64.b64decode(link)
    with zipfile.ZipFile(io.BytesIO(returned)) as got, zipfile.ZipFile(io.BytesIO(draft)) as sent:
        assert got.read("word/styles.xml") == sent.read("word/styles.xml")  # the original, not a new one
        document = got.read("word/document.xml").decode()
        assert MARKS.sub("", document) == sent.read("word/document.xml").decode()
        assert got.read("word/comments.xml").count(b"<w:comment ") > 0
