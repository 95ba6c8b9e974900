"""Shared fixtures: the course's built notebooks and a way to grade a notebook as a learner."""

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from autograde.check import check
from autograde.grading import nbgrader_meta
from autograde.paths import COURSE_ROOT, RELEASE_DIR, SOURCE_DIR, database_path, tool_env

WRONG_ANSWERS_DIR = Path(__file__).parent / "wrong_answers"
MASTERS = sorted(SOURCE_DIR.glob("week[0-9][0-9]/*.ipynb"))


def notebook_name(master: Path) -> str:
    return f"{master.parent.name}/{master.stem}"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def answer_cells(nb: dict) -> dict[str, dict]:
    """Answer cells by exercise id (nbgrader solution cells that are not manually graded)."""
    return {
        nbgrader_meta(c)["grade_id"]: c
        for c in nb["cells"]
        if nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")
    }


def run_nbgrader(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run an nbgrader command in the course at ``root``, as an instructor would."""
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), *args], cwd=root, env=tool_env(),
                          capture_output=True, text=True)
    assert done.returncode == 0 or not check, done.stdout + done.stderr
    return done


def launchers() -> set[str]:
    """Notebooks that only start mock attempts and have no exercises of their own."""
    from autograde.mock import BANK, load_bank

    if not BANK.exists():  # a scratch course without the mock loops
        return set()
    return {loop["launcher"] for loop in load_bank()["loops"].values() if "launcher" in loop}


def wrong_answers(name: str) -> dict[str, list[str]]:
    """The plausible wrong answers kept for one notebook (``tests/wrong_answers/<name>.py``)."""
    path = WRONG_ANSWERS_DIR / f"{name}.py"
    if name in launchers() and not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"wrong_{name.replace('/', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.WRONG_ANSWERS


def with_answers(release: dict, answers: dict[str, str]) -> dict:
    """A copy of a release notebook with some answer cells rewritten, as a learner would."""
    nb = copy.deepcopy(release)
    for grade_id, cell in answer_cells(nb).items():
        if grade_id in answers:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            if source.lstrip().startswith("%%sql"):
                cell["source"] = source.lstrip().split("\n", 1)[0] + "\n" + answers[grade_id]
            else:
                cell["source"] = answers[grade_id]
    return nb


@pytest.fixture(scope="session")
def grade_as_learner(tmp_path_factory):
    """Grade a notebook dict as if a learner saved it at ``<tmp>/<week>/<topic>.ipynb``."""

    def run(nb: dict, name: str) -> dict:
        path = tmp_path_factory.mktemp("learner") / f"{name}.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(nb), encoding="utf-8")
        return check(path)

    return run


@pytest.fixture(scope="session", autouse=True)
def retail_database():
    """The default dataset must exist before any notebook runs."""
    if not database_path().exists():
        from autograde.dataset import write_database

        write_database(database_path())
    return database_path()


__all__ = ["COURSE_ROOT", "MASTERS", "RELEASE_DIR", "SOURCE_DIR", "load", "notebook_name"]
