"""``make build``: source/, release/ and solutions/ from curriculum/, verified like otter-grader.

Writes the nbgrader masters, releases them with nbgrader's own generate_assignment, then
executes every master: a solution cell that errors or a test that fails on the reference
solution stops the build, so a broken exercise never ships.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

from .authoring import source_notebook
from .errors import CourseError
from .grading import error_cells, grade
from .kernel import execute_notebook
from .paths import COURSE_ROOT, tool_env

GENERATED = ("source", "release", "solutions")


class BuildError(CourseError):
    """The build produced a notebook that cannot ship; the message lists why."""


def authoring_files(root: Path = COURSE_ROOT) -> list[Path]:
    """Every notebook's authoring file, ``curriculum/weekNN/<topic>.py``."""
    return sorted((root / "curriculum").glob("week[0-9][0-9]/[a-z]*.py"))


def write_notebook(nb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nbformat.from_dict(nb), str(path))


def release(root: Path, weeks: list[str]) -> None:
    """Run ``nbgrader generate_assignment`` for each week (no gradebook side effects)."""
    nbgrader = Path(sys.executable).parent / "nbgrader"
    for week in weeks:
        done = subprocess.run(
            [str(nbgrader), "generate_assignment", week, "--force", "--no-db"],
            cwd=root, env=tool_env(), capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise BuildError(f"nbgrader generate_assignment {week} failed:\n{done.stdout}{done.stderr}")


def verify_solution(executed: dict, name: str) -> list[str]:
    """Why an executed master cannot ship (empty when every cell ran and every test passed)."""
    problems = [f"{name} cell {n}: {line}" for n, line in error_cells(executed)]
    report = grade(executed, *name.split("/"))
    for exercise, entry in report["exercises"].items():
        if entry["score"] != entry["max_score"]:
            problems.append(f"{name}: the reference solution of {exercise} fails its tests")
    return problems


def build(root: Path = COURSE_ROOT, progress: bool = True) -> list[Path]:
    """Rebuild every generated notebook under ``root``; return the masters written."""
    from tqdm import tqdm

    root = Path(root)
    for folder in GENERATED:
        shutil.rmtree(root / folder, ignore_errors=True)
    masters = []
    for authoring in authoring_files(root):
        master = root / "source" / authoring.parent.name / f"{authoring.stem}.ipynb"
        write_notebook(source_notebook(authoring, root), master)
        masters.append(master)
    release(root, sorted({m.parent.name for m in masters}))

    problems = []
    for master in tqdm(masters, desc="executing solutions", unit="notebook", disable=not progress):
        name = f"{master.parent.name}/{master.stem}"
        executed = execute_notebook(json.loads(master.read_text(encoding="utf-8")), cwd=master.parent)
        problems += verify_solution(executed, name)
        write_notebook(executed, root / "solutions" / master.parent.name / master.name)
    if problems:
        raise BuildError("the build cannot ship:\n  " + "\n  ".join(problems))
    return masters
