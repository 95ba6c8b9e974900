"""The sandboxed kernel itself: its limits, what it can see and write, and what it leaves behind."""

import json
import os
import time

import pytest
from hostile import hostile_limits, require, sandbox_probe  # noqa: F401

from autograde.kernel import Kernel, execute_notebook
from autograde.paths import COURSE_ROOT
from autograde.sandbox import UID_BASE, Limits

pytestmark = pytest.mark.xdist_group("test_sandbox_limits")  # its module fixtures run once, on one worker


def code(source: str) -> dict:
    return {"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None}


def printed(cell: dict) -> str:
    return "".join(o.get("text", "") for o in cell["outputs"] if o["output_type"] == "stream")


def test_the_kernel_runs_under_the_configured_limits(sandbox_probe):
    seen, limits = sandbox_probe["limits_seen"], Limits.from_env()
    assert seen["RLIMIT_AS"] == limits.memory_mb << 20 and seen["RLIMIT_FSIZE"] == limits.max_file_mb << 20
    assert seen["RLIMIT_CPU"] == limits.cpu_seconds
    require(sandbox_probe, "memory")
    require(sandbox_probe, "processes")


def test_a_loop_that_ignores_interrupts_is_stopped_by_its_cpu_limit(hostile_limits, monkeypatch):
    monkeypatch.setenv("AUTOGRADE_CPU_SECONDS", "3")
    nb = {"cells": [code("x = 1"), code("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                        "while True:\n    pass"), code("x + 1")]}
    started = time.monotonic()
    execute_notebook(nb, cell_timeout=30)
    killed = nb["cells"][1]["outputs"][-1]
    assert killed["ename"] == "DeadKernelError" and "CPU time" in killed["evalue"]
    assert nb["cells"][2]["outputs"][-1]["data"]["text/plain"] == "2"
    assert time.monotonic() - started < 25


def test_output_is_cut_per_cell_and_per_notebook(hostile_limits):
    cell_kb = Limits.from_env().max_output_kb
    flood = "for _ in range(50_000):\n    print('x' * 100)"  # 5 MB per cell
    html = "from IPython.display import HTML, display\ndisplay(HTML('<b>' + 'x' * (3 << 20) + '</b>'))"
    nb = {"cells": [code(flood), code(html), *[code(flood) for _ in range(20)], code("print('still here')")]}
    execute_notebook(nb)
    sizes = [len(json.dumps(c["outputs"])) for c in nb["cells"]]
    assert max(sizes) < 2 * cell_kb * 1024 and sum(sizes) < 17 * cell_kb * 1024, sizes
    assert "output cut" in printed(nb["cells"][0]) and "output cut" in printed(nb["cells"][1])
    assert nb["cells"][-1]["outputs"] and all(o["output_type"] != "error" for o in nb["cells"][-1]["outputs"])


PEEK = """
import os, socket
from autograde.paths import COURSE_ROOT
def attempt(action):
    try:
        return repr(action())
    except Exception as error:
        return type(error).__name__
print("OTHER", attempt(lambda: open({other!r}).read()))
print("SOURCE", attempt(lambda: os.listdir(COURSE_ROOT / "source")))
print("HOME", attempt(lambda: sorted(os.listdir({home!r}))))
print("CWD", attempt(lambda: open("written-by-the-kernel.txt", "w").write("x")))
print("TMP", attempt(lambda: open("/tmp/private.txt", "w").write("x")))
print("NET", attempt(lambda: socket.create_connection(("1.1.1.1", 53), timeout=2)))
print("PARENT", attempt(lambda: os.kill(os.getppid(), 0)))
"""


def test_the_kernel_sees_no_other_submission_and_writes_nowhere_else(sandbox_probe, tmp_path):
    require(sandbox_probe, "isolation")
    other = tmp_path / "course" / "submitted" / "alice" / "week01" / "sql_foundations.ipynb"
    other.parent.mkdir(parents=True)
    other.write_text("alice's answers")
    mine = tmp_path / "mine"
    mine.mkdir()
    home = os.path.expanduser("~")
    nb = {"cells": [code(PEEK.format(other=str(other), home=home))]}
    execute_notebook(nb, cwd=mine, hide=[tmp_path / "course" / "submitted"])
    seen = dict(line.split(" ", 1) for line in printed(nb["cells"][0]).splitlines())
    # hidden: an empty folder, or gone altogether when the course itself sits under the private /tmp
    assert seen["OTHER"] == "FileNotFoundError" and seen["SOURCE"] in ("[]", "FileNotFoundError"), seen
    assert seen["CWD"] in ("OSError", "PermissionError") and not (mine / "written-by-the-kernel.txt").exists()
    assert seen["TMP"] == "1" and not os.path.exists("/tmp/private.txt")
    assert seen["NET"] == "OSError" and seen["PARENT"] in ("PermissionError", "ProcessLookupError")
    hidden = [name for name in os.listdir(home) if name.startswith(".") and os.path.isfile(os.path.join(home, name))]
    assert seen["HOME"] == "PermissionError" or not any(repr(name) in seen["HOME"] for name in hidden), seen["HOME"]
    assert other.read_text() == "alice's answers"
    assert (COURSE_ROOT / "source").exists()


def test_processes_a_kernel_leaves_behind_are_killed(sandbox_probe, tmp_path):
    require(sandbox_probe, "processes")
    if not str(sandbox_probe.get("process_limit", "")).startswith("own uid"):
        pytest.skip("only a kernel with a uid of its own can be cleaned up completely")
    escape = "import subprocess\nsubprocess.Popen(['sleep', '600'], start_new_session=True)\nimport os\nos.getuid()"
    with Kernel(cwd=tmp_path) as kernel:
        outputs, _ = kernel.run(escape, 20)
        uid = int(outputs[-1]["data"]["text/plain"])
    assert uid >= UID_BASE
    from autograde.sandbox import _alive_with_uid

    assert not _alive_with_uid(uid)


@pytest.mark.parametrize("name", ["week02/ml_from_scratch", "week01/sql_foundations"])
def test_real_solutions_keep_full_marks_under_the_default_limits(tmp_path, monkeypatch, name):
    """The default limits leave room for real work (scikit-learn, DuckDB); see README for peaks."""
    from hostile import LIMITS

    from autograde.check import check

    for variable in LIMITS:
        monkeypatch.delenv(variable, raising=False)
    path = tmp_path / f"{name}.ipynb"
    path.parent.mkdir(parents=True)
    path.write_text((COURSE_ROOT / "source" / f"{name}.ipynb").read_text())
    report = check(path)
    assert report["score"] == report["max_score"] > 0
