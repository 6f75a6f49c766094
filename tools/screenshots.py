"""Save screenshots of the web page's views into docs/screenshots (for the README).

Needs the web extra, selenium, and Debian's chromium and chromium-driver:

    python tools/screenshots.py
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    out = ROOT / "docs" / "screenshots"
    out.mkdir(exist_ok=True)
    return _shoot(out)


def _shoot(out: pathlib.Path) -> int:
    import test_browser as tb  # the fixtures of the browser tests, used as plain generators

    server_gen = tb.server.__wrapped__()
    server = next(server_gen)

    class Factory:
        @staticmethod
        def mktemp(name):
            import tempfile

            return tempfile.mkdtemp(prefix=name)

    browser_gen = tb.browser.__wrapped__(Factory)
    browser = next(browser_gen)
    try:
        browser.get(server + "/")
        browser.save_screenshot(str(out / "upload.png"))
        tb._upload(browser, server, "cover-line-with-problems.txt")
        browser.save_screenshot(str(out / "report.png"))
        tb._upload(browser, server, *sorted(p.name for p in tb.EXAMPLES.glob("*.txt")))
        browser.save_screenshot(str(out / "batch.png"))
    finally:
        for gen in (browser_gen, server_gen):
            next(gen, None)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
