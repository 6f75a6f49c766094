"""The web page in a real headless browser (Debian's chromium and chromedriver).

Skipped when either is missing; .ci/run installs them."""

import shutil
import socket
import threading
import time

import pytest

from conftest import EXAMPLES

pytest.importorskip("starlette")
webdriver = pytest.importorskip("selenium.webdriver")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromedriver are not installed")


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from lawgov._web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _upload(browser, server, *names):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    field = browser.find_element(By.NAME, "file")
    field.send_keys("\n".join(str(EXAMPLES / n) for n in names))
    browser.find_element(By.CSS_SELECTOR, "button.go").click()
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "section.report")))
    return By


def _in_view(browser, element):
    return browser.execute_script(
        "var r=arguments[0].getBoundingClientRect(),p=arguments[0].closest('.text').getBoundingClientRect();"
        "return r.top>=p.top&&r.bottom<=p.bottom&&r.top>=0&&r.bottom<=window.innerHeight;", element)


def test_a_report_is_shown_with_its_problems_marked_in_place(browser, server):
    by = _upload(browser, server, "cover-line-with-problems.txt")
    marks = browser.find_elements(by.CSS_SELECTOR, ".text mark")
    items = browser.find_elements(by.CSS_SELECTOR, ".findings .finding")
    assert marks and items
    assert any("调解成功率" in m.text for m in marks if "error" in m.get_attribute("class"))
    summary = browser.find_element(by.CSS_SELECTOR, ".summary").text
    assert "2025" in summary and "其他情况" in summary


def test_clicking_a_finding_brings_its_span_into_view(browser, server):
    by = _upload(browser, server, "cover-line-with-problems.txt")
    browser.execute_script("document.querySelector('.text').style.maxHeight='120px'")
    item = next(li for li in browser.find_elements(by.CSS_SELECTOR, ".finding[data-target]")
                if li.get_attribute("data-code") == "LG201")
    target = browser.find_element(by.ID, item.get_attribute("data-target"))
    browser.execute_script("document.querySelector('.text').scrollTop=0")
    assert not _in_view(browser, target)
    item.click()
    time.sleep(0.3)
    assert _in_view(browser, target)
    target.click()  # and back from the text to the finding
    time.sleep(0.3)
    assert "flash" in item.get_attribute("class")


def test_the_language_switches_to_english(browser, server):
    by = _upload(browser, server, "cover-line-with-problems.txt")
    first = browser.find_element(by.CSS_SELECTOR, ".finding[data-code='LG201'] .msg")
    assert "与文中数字不符" in first.text
    browser.find_element(by.ID, "lang").click()
    assert "does not match the counts" in first.text
    assert browser.execute_script("return document.documentElement.lang") == "en"


def test_a_finding_about_the_whole_report_leads_to_the_top_of_its_text(browser, server):
    by = _upload(browser, server, "cover-line-with-problems.txt")
    text = browser.find_element(by.CSS_SELECTOR, ".text")
    browser.execute_script("arguments[0].style.maxHeight='120px';arguments[0].scrollTop=9999", text)
    # no part on other matters: a finding about the whole report
    item = browser.find_element(by.CSS_SELECTOR, ".finding[data-code='LG106']")
    item.click()
    time.sleep(0.3)
    assert "flash" in text.get_attribute("class")
    severities = [li.get_attribute("data-sev") for li in browser.find_elements(by.CSS_SELECTOR, ".finding")]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)  # most severe first


def test_a_batch_is_an_overview_worst_first_sortable_and_filterable(browser, server):
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    by = _upload(browser, server, *names)
    rows = lambda: [r.find_elements(by.TAG_NAME, "td") for r in  # noqa: E731
                    browser.find_elements(by.CSS_SELECTOR, "#reports tbody tr") if r.is_displayed()]
    assert len(rows()) == len(names)
    errors = [int(r[5].text) for r in rows()]
    assert errors == sorted(errors, reverse=True)  # worst first
    header = browser.find_elements(by.CSS_SELECTOR, "#reports th")[5]  # errors
    header.click()
    assert [int(r[5].text) for r in rows()] == sorted(errors, reverse=True)  # the most first
    header.click()
    assert [int(r[5].text) for r in rows()] == sorted(errors)
    assert {r[8].text for r in rows()} <= {"✓", "✗", "△"}  # the first of the five contents
    bars = browser.find_elements(by.CSS_SELECTOR, ".chart .bar")
    assert bars
    code = bars[0].get_attribute("data-code")
    bars[0].click()
    shown = browser.find_elements(by.CSS_SELECTOR, "#reports tbody tr")
    assert all(code in r.get_attribute("data-codes").split() for r in shown if r.is_displayed())
    assert 0 < len(rows()) <= len(names)
    rows()[0][0].find_element(by.TAG_NAME, "a").click()
    shown = [s for s in browser.find_elements(by.CSS_SELECTOR, "section.report") if s.is_displayed()]
    assert len(shown) == 1 and shown[0].find_elements(by.CSS_SELECTOR, ".finding")


def test_severity_filters_hide_findings_and_their_marks(browser, server):
    by = _upload(browser, server, "cover-line-with-problems.txt")
    browser.find_element(by.CSS_SELECTOR, ".filters input[data-sev='info']").click()
    visible = [li for li in browser.find_elements(by.CSS_SELECTOR, ".finding") if li.is_displayed()]
    assert visible and all("info" not in li.get_attribute("class") for li in visible)
