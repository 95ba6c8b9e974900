"""``autograde grade``: nbgrader's autograde for a whole cohort, in parallel.

Each submission is executed by ``nbgrader autograde`` itself, in a scratch copy of the
course of its own (its own kernel, directory and gradebook copy), on local processes or a
Dask cluster. The course's gradebook is then written by nbgrader's own autograde once more,
with execution replaced by the outputs already computed, so grades, comments, timestamps
and late penalties are recorded exactly as ``nbgrader autograde`` records them.
"""

import os
import shutil
import subprocess
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from .check import load_notebook
from .errors import CourseError

FAILED_NOTE = "GRADING_FAILED.txt"
SUBMISSION_TIMEOUT = 900


def submitted_students(root: Path, assignment: str) -> list[str]:
    """Students with a submission of ``assignment`` under ``submitted/``."""
    return sorted(p.parent.name for p in (root / "submitted").glob(f"*/{assignment}") if p.is_dir())


def _nbgrader(root: Path, *args: str, timeout: float) -> subprocess.CompletedProcess:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(
        [str(bin_dir / "nbgrader"), *args], cwd=root, env=env, capture_output=True, text=True, timeout=timeout
    )


def execute_submission(root: str, assignment: str, student: str, scratch: str,
                       timeout: float = SUBMISSION_TIMEOUT) -> tuple[str, str | None]:
    """Run ``nbgrader autograde`` on one submission in its own scratch course.

    Returns ``(student, None)`` on success or ``(student, reason)``; never raises, so one
    submission cannot stop a batch. Runs on a worker: plain arguments, plain results.
    """
    root, work = Path(root), Path(scratch) / student
    for notebook in sorted((root / "submitted" / student / assignment).glob("*.ipynb")):
        try:
            load_notebook(notebook)
        except CourseError as error:
            return student, str(error).replace(str(root) + os.sep, "")
    try:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copy(root / "nbgrader_config.py", work)
        shutil.copy(root / "gradebook.db", work)
        shutil.copytree(root / "source" / assignment, work / "source" / assignment)
        shutil.copytree(root / "submitted" / student / assignment, work / "submitted" / student / assignment)
        done = _nbgrader(work, "autograde", assignment, "--student", student, "--force", timeout=timeout)
    except subprocess.TimeoutExpired:
        return student, f"grading took longer than {timeout:g} s"
    except OSError as error:
        return student, f"could not prepare the submission: {error}"
    produced = list((work / "autograded" / student / assignment).glob("*.ipynb"))
    expected = list((work / "submitted" / student / assignment).glob("*.ipynb"))
    if done.returncode != 0 or not produced or len(produced) < len(expected):
        errors = [line.strip() for line in (done.stdout + done.stderr).splitlines()
                  if "Error" in line and "see the" not in line]
        return student, f"nbgrader autograde failed: {errors[-1] if errors else 'no output'}"
    return student, None


def _run_all(root: Path, assignment: str, students: list[str], scratch: Path,
             workers: int, scheduler: str | None, progress):
    """Execute every submission; yield ``(student, reason)`` as each finishes."""
    args = [(str(root), assignment, s, str(scratch)) for s in students]
    if scheduler:
        from distributed import Client, as_completed as dask_completed

        with Client(scheduler) as client:
            futures = [client.submit(execute_submission, *a, pure=False) for a in args]
            for future in dask_completed(futures):
                progress()
                yield future.result()
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(execute_submission, *a) for a in args]
        for future in as_completed(futures):
            progress()
            yield future.result()


def record(root: Path, assignment: str, students: list[str], scratch: Path) -> dict[str, str]:
    """Write grades to the course's gradebook with nbgrader's autograde, replaying outputs."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    from .replay import ReplayOutputs

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    steps = Autograde.class_traits()["autograde_preprocessors"].default()
    config.merge(Config({
        "Autograde": {"autograde_preprocessors": [ReplayOutputs if s is Execute else s for s in steps]},
        "ReplayOutputs": {"executed_root": str(scratch)},
        "CourseDirectory": {"root": str(root)},
    }))
    api = NbGraderAPI(config=config)
    failures = {}
    for student in students:
        with warnings.catch_warnings():  # SQLAlchemy chatter from nbgrader's gradebook
            warnings.simplefilter("ignore")
            result = api.autograde(assignment, student, force=True, create=True)
        if not result.get("success"):
            lines = (result.get("error") or "unknown error").strip().splitlines()
            failures[student] = f"recording the grades failed: {lines[-1]}"
    return failures


def grade_cohort(assignment: str, root: Path, workers: int | None = None, scheduler: str | None = None,
                 progress_bar: bool = True) -> dict[str, str | None]:
    """Grade every submission of ``assignment``; return each student's failure reason or None."""
    from tqdm import tqdm

    root = Path(root)
    if not (root / "gradebook.db").exists():
        raise CourseError(f"no gradebook.db in {root}: run nbgrader generate_assignment {assignment} first")
    students = submitted_students(root, assignment)
    if not students:
        raise CourseError(f"no submissions of {assignment} under {root / 'submitted'}")
    scratch = root / ".autograde-scratch" / assignment
    outcome: dict[str, str | None] = {}
    with tqdm(total=len(students), desc=f"grading {assignment}", unit="submission",
              disable=not progress_bar) as bar:
        for student, reason in _run_all(root, assignment, students, scratch, workers or os.cpu_count() or 1,
                                        scheduler, bar.update):
            outcome[student] = reason
    graded = [s for s in students if outcome[s] is None]
    outcome.update(record(root, assignment, graded, scratch))
    for student, reason in outcome.items():
        note = root / "autograded" / student / assignment / FAILED_NOTE
        if reason:
            note.parent.mkdir(parents=True, exist_ok=True)
            note.write_text(reason + "\n", encoding="utf-8")
        else:
            note.unlink(missing_ok=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return outcome
