"""make lab: one command from a checkout to a running JupyterLab on the learner's workspace."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from conftest import COURSE_ROOT, RELEASE_DIR


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def test_make_lab_serves_the_workspace_and_keeps_learner_work(tmp_path):
    work = tmp_path / "work"
    mine = work / "week01" / "sql_foundations.ipynb"
    mine.parent.mkdir(parents=True)
    mine.write_text("my own answers")
    port = free_port()
    args = f"--no-browser --port={port} --IdentityProvider.token="
    server = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"WORK={work}", f"LAB_ARGS={args}"],
        cwd=COURSE_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status = json.loads(get(f"http://127.0.0.1:{port}/api/status"))
                break
            except OSError:
                assert server.poll() is None, "make lab exited early"
                assert time.monotonic() < deadline, "JupyterLab did not start"
                time.sleep(0.5)
        assert "started" in status
        listing = json.loads(get(f"http://127.0.0.1:{port}/api/contents/week01"))
        names = {item["name"] for item in listing["content"]}
        assert {p.name for p in (RELEASE_DIR / "week01").glob("*.ipynb")} <= names
        page = get(f"http://127.0.0.1:{port}/lab").decode()
        assert "@jupyter/nbgrader" in page  # the lab extension is there ...
        for instructor_only in ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"):
            assert instructor_only in page.split('"disabledExtensions"', 1)[1].split("]", 1)[0]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert mine.read_text() == "my own answers"
