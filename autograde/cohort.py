"""``autograde grade``: nbgrader's autograde for a whole cohort, in parallel.

Each submission is executed by ``nbgrader autograde`` itself, in a scratch copy of the
course of its own (its own kernel, directory and gradebook copy), on local processes or a
Dask cluster. The course's gradebook is then written by nbgrader's own autograde once more,
with execution replaced by the outputs already computed, so grades, comments, timestamps
and late penalties are recorded exactly as ``nbgrader autograde`` records them.
"""

import os
import shutil
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from .check import load_notebook
from .errors import CourseError

FAILED_NOTE = "GRADING_FAILED.txt"


def submitted_students(root: Path, assignment: str) -> list[str]:
    """Students with a submission of ``assignment`` under ``submitted/``."""
    return sorted(p.parent.name for p in (root / "submitted").glob(f"*/{assignment}") if p.is_dir())


def nbgrader_api(root: Path, **overrides):
    """nbgrader's Python API on the course at ``root`` (its nbgrader_config.py plus overrides)."""
    from nbgrader.apps import NbGraderAPI
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    config.merge(Config({"CourseDirectory": {"root": str(root)}, **overrides}))
    return NbGraderAPI(config=config)


def _autograde(api, assignment: str, student: str) -> str | None:
    """Run nbgrader's autograde for one student; the failure's last line, or None."""
    with warnings.catch_warnings():  # SQLAlchemy chatter from nbgrader's gradebook
        warnings.simplefilter("ignore")
        result = api.autograde(assignment, student, force=True, create=True)
    if result.get("success"):
        return None
    lines = [line.strip() for line in (result.get("error") or result.get("log") or "").splitlines()
             if line.strip() and "see the" not in line]
    return lines[-1] if lines else "nbgrader autograde failed"


def sandboxed_steps() -> list:
    """nbgrader's autograde steps with Execute replaced by the sandboxed one (safe_execute.py)."""
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute

    from .safe_execute import SandboxedExecute

    return [SandboxedExecute if s is Execute else s for s in Autograde.class_traits()["autograde_preprocessors"].default()]


def _unknown_notebooks(root: Path, assignment: str, student: str) -> str | None:
    """Why a submission holds no notebook of ``assignment`` at all (nbgrader would skip them all)."""
    known = sorted(p.name for p in (root / "source" / assignment).glob("*.ipynb"))
    sent = sorted(p.name for p in (root / "submitted" / student / assignment).glob("*.ipynb"))
    if set(sent) & set(known):
        return None
    return (f"no notebook of {assignment} in the submission (found: {', '.join(sent) or 'none'}; "
            f"expected one of: {', '.join(known)})")


def execute_submission(root: str, assignment: str, student: str, scratch: str) -> tuple[str, str | None]:
    """Run nbgrader's autograde on one submission in a scratch course of its own.

    Returns ``(student, None)`` or ``(student, reason)`` and never raises, so one submission
    cannot stop a batch. Runs on a long-lived worker, so nbgrader is imported once per
    worker, not once per submission. Each notebook runs in a sandboxed kernel that sees no
    other submission (safe_execute.py); runaway cells stop at nbgrader's per-cell timeout.
    """
    from .sandbox import HIDDEN

    root, work = Path(root), Path(scratch) / student
    for notebook in sorted((root / "submitted" / student / assignment).glob("*.ipynb")):
        try:
            load_notebook(notebook)
        except CourseError as error:
            return student, str(error).replace(str(root) + os.sep, "")
    unknown = _unknown_notebooks(root, assignment, student)
    if unknown:
        return student, unknown
    try:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copy(root / "nbgrader_config.py", work)
        shutil.copy(root / "gradebook.db", work)
        shutil.copytree(root / "source" / assignment, work / "source" / assignment)
        shutil.copytree(root / "submitted" / student / assignment, work / "submitted" / student / assignment)
        failure = _autograde(nbgrader_api(work, Autograde={"autograde_preprocessors": sandboxed_steps()},
                                          SandboxedExecute={"hide": [str(root / name) for name in HIDDEN]}),
                             assignment, student)
    except Exception as error:  # noqa: BLE001 (a submission must never stop the batch)
        return student, f"{type(error).__name__}: {error}"
    if failure:
        return student, f"nbgrader autograde failed: {failure}"
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


def recorder(root: Path, scratch: Path):
    """A function that writes one student's grades to the course's gradebook.

    It runs nbgrader's autograde with execution replaced by the outputs already computed.
    """
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute

    from .replay import ReplayOutputs

    steps = Autograde.class_traits()["autograde_preprocessors"].default()
    api = nbgrader_api(root, Autograde={"autograde_preprocessors": [ReplayOutputs if s is Execute else s for s in steps]},
                       ReplayOutputs={"executed_root": str(scratch)})
    return lambda assignment, student: _autograde(api, assignment, student)


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
    record = recorder(root, scratch)
    with tqdm(total=len(students), desc=f"grading {assignment}", unit="submission",
              disable=not progress_bar) as bar:
        for student, reason in _run_all(root, assignment, students, scratch, workers or os.cpu_count() or 1,
                                        scheduler, bar.update):
            if reason is None:  # record while the workers go on with the next submissions
                failure = record(assignment, student)
                reason = f"recording the grades failed: {failure}" if failure else None
            outcome[student] = reason
    for student, reason in outcome.items():
        note = root / "autograded" / student / assignment / FAILED_NOTE
        if reason:
            note.parent.mkdir(parents=True, exist_ok=True)
            note.write_text(reason + "\n", encoding="utf-8")
        else:
            note.unlink(missing_ok=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return outcome
