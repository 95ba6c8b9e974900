"""Hostile submissions, built from the real release notebooks by rewriting cells as a learner could.

Each attack is one answer cell (or one added, moved or edited cell) of week01's
python_fundamentals or sql_foundations; every other answer is the reference solution, so a
test can check that the attack costs its own exercise and nothing else. The limits are set
low through the AUTOGRADE_* variables so hostile cells stop within seconds.
"""

import copy
import hashlib
import json
import os
import textwrap
from pathlib import Path

import pytest

from autograde.grading import nbgrader_meta
from autograde.paths import COURSE_ROOT, database_path

PF, SQL = "week01/python_fundamentals", "week01/sql_foundations"
LIMITS = {"AUTOGRADE_CELL_SECONDS": "4", "AUTOGRADE_MEMORY_MB": "1536", "AUTOGRADE_MAX_PROCS": "64",
          "AUTOGRADE_MAX_FILE_MB": "16", "AUTOGRADE_MAX_OUTPUT_KB": "256", "AUTOGRADE_NOTEBOOK_SECONDS": "150",
          "AUTOGRADE_CPU_SECONDS": "120"}


def load(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def text(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def solved(name: str) -> dict:
    """The release notebook with every answer cell holding the reference solution."""
    master, release = load(COURSE_ROOT / "source" / f"{name}.ipynb"), load(COURSE_ROOT / "release" / f"{name}.ipynb")
    answers = {nbgrader_meta(c)["grade_id"]: text(c) for c in master["cells"] if nbgrader_meta(c).get("solution")}
    nb = copy.deepcopy(release)
    for cell in nb["cells"]:
        if nbgrader_meta(cell).get("grade_id") in answers:
            cell["source"] = answers[nbgrader_meta(cell)["grade_id"]]
    return nb


def index_of(nb: dict, grade_id: str) -> int:
    return next(i for i, c in enumerate(nb["cells"]) if nbgrader_meta(c).get("grade_id") == grade_id)


def rewrite(nb: dict, answers: dict[str, str]) -> dict:
    """A copy with these answer cells' whole text replaced (a SQL query keeps its ``%%sql`` line
    when the new text does not start with one of its own)."""
    nb = copy.deepcopy(nb)
    for grade_id, source in answers.items():
        cell = nb["cells"][index_of(nb, grade_id)]
        first = text(cell).split("\n", 1)[0]
        source = textwrap.dedent(source).strip("\n")
        sql = first.startswith("%%sql") and not source.startswith(("%%", "#!python"))
        cell["source"] = f"{first}\n{source}" if sql else source.removeprefix("#!python\n")
    return nb


def add_cell_after(nb: dict, grade_id: str, source: str, **metadata) -> dict:
    """A copy with a code cell of the learner's inserted right after ``grade_id``'s cell."""
    nb = copy.deepcopy(nb)
    cell = {"cell_type": "code", "id": f"added-{len(nb['cells'])}", "metadata": metadata,
            "source": textwrap.dedent(source).strip("\n"), "outputs": [], "execution_count": None}
    nb["cells"].insert(index_of(nb, grade_id) + 1, cell)
    return nb


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree_hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): sha256(p) for p in sorted(Path(root).rglob("*")) if p.is_file()}


def one_line(message: str | None) -> str:
    """The first line of a reason; it must be there and say something."""
    assert message and message.strip(), "no reason given"
    return message.strip().splitlines()[0]


def orphans(wait: float = 15) -> list[int]:
    """Live processes of sandboxed kernels that are gone (kernel X ran as UID_BASE + X)."""
    import time

    from autograde.sandbox import UID_BASE

    deadline = time.monotonic() + wait
    while True:
        found = []
        for entry in os.listdir("/proc"):
            try:
                uid = os.stat(f"/proc/{entry}").st_uid if entry.isdigit() else 0
                with open(f"/proc/{entry}/stat") as handle:
                    state = handle.read().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if uid >= UID_BASE and state != "Z" and not os.path.exists(f"/proc/{uid - UID_BASE}"):
                found.append(int(entry))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


@pytest.fixture(scope="module")
def hostile_limits():
    """The AUTOGRADE_* limits of these tests, for this module's kernels (and nbgrader's workers)."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in LIMITS.items():
            patch.setenv(name, value)
        yield LIMITS


PROBE = r"""
import json, os, resource, subprocess
from autograde.sandbox import STATUS
report = dict(STATUS, limits_seen={n: resource.getrlimit(getattr(resource, n))[0]
                                  for n in ("RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_NPROC", "RLIMIT_FSIZE")})
try:  # harmless probe: a limit far below what the memory-hog cases try
    bytearray(int(os.environ["AUTOGRADE_MEMORY_MB"]) << 20)
    report["memory_stops"] = False
except MemoryError:
    report["memory_stops"] = True
sleepers = []
try:  # harmless probe: sleeping children, twice the process limit, stop at the limit
    for _ in range(2 * int(os.environ["AUTOGRADE_MAX_PROCS"])):
        sleepers.append(subprocess.Popen(["sleep", "20"]))
    report["processes_stop"] = False
except OSError:
    report["processes_stop"] = True
for child in sleepers:
    child.kill()
    child.wait()
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def sandbox_probe(hostile_limits, tmp_path_factory):
    """What the sandbox enforces on this machine, measured in a real kernel with harmless probes.

    Memory hogs, fork bombs and file writes on the dataset run only once their limit has been
    seen to stop this probe.
    """
    from autograde.kernel import Kernel

    with Kernel(cwd=tmp_path_factory.mktemp("probe")) as kernel:
        outputs, _ = kernel.run(PROBE, 60)
    printed = [o["text"] for o in outputs if o.get("name") == "stdout"]
    assert printed, outputs
    return json.loads(printed[-1])


def require(probe: dict, what: str) -> None:
    """Skip, with the reason, when this machine cannot enforce ``what``."""
    reasons = "; ".join(probe.get("problems", [])) or "see autograde.sandbox.STATUS"
    if what == "processes" and not probe["processes_stop"]:
        pytest.skip(f"no process limit can be enforced here (root needs a uid to drop to): {reasons}")
    if what == "memory" and not probe["memory_stops"]:
        pytest.skip(f"RLIMIT_AS is not enforced here: {reasons}")
    if what == "isolation" and not (probe.get("namespaces") and probe.get("read_only")):
        pytest.skip(f"no private mount namespace here (needs root or user namespaces): {reasons}")

