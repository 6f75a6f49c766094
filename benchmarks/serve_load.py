"""A bounded local load test of ``lawgov serve``.

Starts the server on 127.0.0.1, sends REQUESTS checks of an example report from
CLIENTS threads to ``POST /api/check``, compares every answer with the command line's
JSON for the same file, and prints the server's resident memory before, right after
and a few seconds after the load (Linux /proc):

    python benchmarks/serve_load.py [REQUESTS] [CLIENTS]
"""

from __future__ import annotations

import json
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "reports" / "cover-line-with-problems.txt"


def _rss_mb(pid: int) -> float:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _post(url: str, name: str, data: bytes) -> bytes:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        return answer.read()


def main(requests: int = 200, clients: int = 8) -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "lawgov", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/api/check"
        data = REPORT.read_bytes()
        for _ in range(100):
            try:
                expected = json.loads(_post(url, REPORT.name, data))
                break
            except OSError:
                time.sleep(0.1)
        command = [sys.executable, "-m", "lawgov", "check", REPORT.name, "--format", "json"]
        cli = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=REPORT.parent).stdout)
        assert expected == cli, "the API's JSON differs from the command line's"
        base = _rss_mb(server.pid)
        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            answers = list(pool.map(lambda _: json.loads(_post(url, REPORT.name, data)), range(requests)))
        elapsed = time.perf_counter() - start
        right = sum(a == cli for a in answers)
        after = _rss_mb(server.pid)
        time.sleep(3)
        settled = _rss_mb(server.pid)
        print(f"serve: {right}/{requests} answers correct from {clients} clients in {elapsed:.1f} s "
              f"({requests / elapsed:.0f} requests/s)")
        print(f"serve: RSS {base:.0f} MB before, {after:.0f} MB after the load, {settled:.0f} MB 3 s later")
        return 0 if right == requests else 1
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:])))
