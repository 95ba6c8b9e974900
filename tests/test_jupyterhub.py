"""The example JupyterHub (jupyterhub/jupyterhub_config.py) serves the course to two learners.

It starts the hub in demo mode (DummyAuthenticator, SimpleLocalProcessSpawner) in a temporary
folder with a temporary copy of the course and exchange, logs alice and bob in, starts their
servers, and checks that each sees the released course in nbgrader's assignment list, fetches
and submits through it, gets the learner extensions only, and that the grading account
reaches formgrader through the course service. Skips when JupyterHub or a proxy is missing.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import COURSE_ROOT
from conftest import run_nbgrader as instructor

BIN = Path(sys.executable).parent
PATH = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
ASSIGNMENT, NOTEBOOK = "week06", "customer_success_vs_trial"
COURSE_ID = "ds-interview-loop"
LEARNERS = ("alice", "bob")


def missing() -> str | None:
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        return "JupyterHub is not installed (pip install jupyterhub configurable-http-proxy)"
    for program, how in (("jupyterhub", "pip install jupyterhub"),
                         ("jupyterhub-singleuser", "pip install jupyterhub"),
                         ("configurable-http-proxy", "pip install configurable-http-proxy "
                                                     "(or npm install -g configurable-http-proxy)")):
        if not shutil.which(program, path=PATH):
            return f"{program} is not on PATH ({how})"
    return None


pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))


def free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


class Hub:
    def __init__(self, url: str, state: Path, exchange: Path, process: subprocess.Popen, log: Path):
        self.url, self.state, self.exchange, self.process, self.log = url, state, exchange, process, log

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-40:])

    def wait_until(self, ready, what: str, timeout: float = 90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the hub exited while waiting for {what}:\n{self.tail()}"
            try:
                if ready():
                    return
            except Exception:  # noqa: BLE001 (not up yet)
                pass
            time.sleep(0.5)
        raise AssertionError(f"timed out waiting for {what}:\n{self.tail()}")

    def login(self, user: str, spawn: bool = True):
        import requests

        session = requests.Session()
        session.get(f"{self.url}/hub/login").raise_for_status()
        done = session.post(f"{self.url}/hub/login?next=/hub/home",
                            data={"username": user, "password": "any", "_xsrf": session.cookies.get("_xsrf")})
        assert done.ok and done.url.endswith("/hub/home"), (done.status_code, done.url)
        if spawn:
            session.get(f"{self.url}/hub/spawn/{user}")
            def lab_opens():  # a page, not the API: pages go through the hub's OAuth and set the cookie
                page = session.get(f"{self.url}/user/{user}/lab")
                return page.status_code == 200 and page.url == f"{self.url}/user/{user}/lab"

            self.wait_until(lab_opens, f"{user}'s server")
        return session

    def post(self, session, user: str, path: str, **data):
        xsrf = session.cookies.get("_xsrf", path=f"/user/{user}/")
        return session.post(f"{self.url}/user/{user}/{path}", data=data, headers={"X-XSRFToken": xsrf})


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hub")
    course, exchange, state = tmp / "course", tmp / "exchange", tmp / "state"
    (course / "source" / ASSIGNMENT).mkdir(parents=True)
    shutil.copy(COURSE_ROOT / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", course / "source" / ASSIGNMENT)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", course)
    instructor(course, "generate_assignment", ASSIGNMENT, "--force")
    instructor(course, "release_assignment", ASSIGNMENT, f"--Exchange.root={exchange}")

    hub_port, api_port, proxy_port, service_port = free_ports(4)
    env = dict(os.environ, PATH=PATH, COURSE_ROOT=str(course), COURSE_ID=COURSE_ID,
               COURSE_EXCHANGE_ROOT=str(exchange), COURSE_HUB_STATE=str(state), COURSE_HUB_DEMO="1",
               COURSE_GRADERS="grader", COURSE_STUDENTS=",".join(LEARNERS),
               COURSE_HUB_URL=f"http://127.0.0.1:{proxy_port}", COURSE_HUB_PORT=str(hub_port),
               COURSE_PROXY_API_PORT=str(api_port), COURSE_SERVICE_PORT=str(service_port))
    state.mkdir()
    log = tmp / "jupyterhub.log"
    with open(log, "w") as out:
        process = subprocess.Popen([shutil.which("jupyterhub", path=PATH), "-f",
                                    str(COURSE_ROOT / "jupyterhub" / "jupyterhub_config.py")],
                                   cwd=state, env=env, stdout=out, stderr=subprocess.STDOUT)
    running = Hub(f"http://127.0.0.1:{proxy_port}", state, exchange, process, log)
    try:
        import requests

        running.wait_until(lambda: requests.get(f"{running.url}/hub/api").ok
                           and requests.get(f"{running.url}/services/{COURSE_ID}/api/status").status_code
                           in (200, 302, 403), "the hub and the course service")
        yield running
    finally:
        process.send_signal(signal.SIGINT)  # the hub stops the servers, the service and the proxy
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
        pid_file = state / "jupyterhub-proxy.pid"
        if pid_file.exists():
            try:
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
            except (ProcessLookupError, ValueError):
                pass


def test_the_example_hub_serves_the_course_to_two_learners_and_a_grader(hub, subtests):
    """One test (one hub, so one pytest-xdist worker), one subtest per promise."""
    learners = {user: hub.login(user) for user in LEARNERS}

    with subtests.test("each learner gets a server of their own"):
        for user, session in learners.items():
            assert session.get(f"{hub.url}/user/{user}/api/contents").json()["type"] == "directory"
            assert (hub.state / "home" / user).is_dir()
            other = next(u for u in LEARNERS if u != user)
            assert session.get(f"{hub.url}/user/{other}/api/contents").status_code in (403, 404)

    with subtests.test("each learner sees the course in nbgrader's assignment list"):
        for user, session in learners.items():
            listed = session.get(f"{hub.url}/user/{user}/assignments", params={"course_id": COURSE_ID}).json()
            assert listed["success"], listed
            assert [(a["course_id"], a["assignment_id"], a["status"]) for a in listed["value"]] \
                == [(COURSE_ID, ASSIGNMENT, "released")]

    with subtests.test("learners get the learner extensions only"):
        for user, session in learners.items():
            lab = session.get(f"{hub.url}/user/{user}/lab")
            assert lab.ok and '"@jupyter/nbgrader:formgrader"' in lab.text.split('"disabledExtensions"', 1)[1][:300]
            assert session.get(f"{hub.url}/user/{user}/formgrader").status_code == 404
            assert session.get(f"{hub.url}/services/{COURSE_ID}/formgrader").status_code == 403

    with subtests.test("a learner fetches and submits from the assignment list"):
        session = learners["alice"]
        fetched = hub.post(session, "alice", "assignments/fetch", course_id=COURSE_ID, assignment_id=ASSIGNMENT)
        assert fetched.ok and fetched.json()["success"], fetched.text
        assert (hub.state / "home" / "alice" / COURSE_ID / ASSIGNMENT / f"{NOTEBOOK}.ipynb").exists()
        assert not (hub.state / "home" / "bob" / COURSE_ID).exists()
        submitted = hub.post(session, "alice", "assignments/submit", course_id=COURSE_ID, assignment_id=ASSIGNMENT)
        assert submitted.ok and submitted.json()["success"], submitted.text
        inbound = [p.name.split("+")[:2] for p in (hub.exchange / COURSE_ID / "inbound").iterdir()]
        assert inbound == [["alice", ASSIGNMENT]]  # named after the hub user, not the shared OS account

    with subtests.test("the grader reaches formgrader through the course service"):
        session = hub.login("grader", spawn=False)
        page = session.get(f"{hub.url}/services/{COURSE_ID}/formgrader")
        assert page.status_code == 200, hub.tail()
        assert page.url.endswith("/formgrader/manage_assignments") and "nbgrader formgrade" in page.text
        assignments = session.get(f"{hub.url}/services/{COURSE_ID}/formgrader/api/assignments").json()
        assert [a["name"] for a in assignments] == [ASSIGNMENT]
