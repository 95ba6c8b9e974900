"""autograde grade: parallel, isolated, and recorded exactly as nbgrader autograde records."""

import copy
import json
import shutil
from pathlib import Path

import pytest

from autograde.cohort import FAILED_NOTE, grade_cohort
from conftest import COURSE_ROOT, answer_cells, load, with_answers, wrong_answers
from conftest import run_nbgrader as nbgrader

ASSIGNMENT, NOTEBOOK = "week01", "sql_foundations"


def submissions() -> dict[str, object]:
    master = load(COURSE_ROOT / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    release = load(COURSE_ROOT / "release" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    wrong = {ex: answers[0] for ex, answers in wrong_answers(f"{ASSIGNMENT}/{NOTEBOOK}").items()}
    half = dict(list(wrong.items())[::2])
    solved = {gid: "".join(c["source"]).split("\n", 1)[1] for gid, c in answer_cells(master).items()}
    runaway = copy.deepcopy(release)
    for cell in runaway["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == "largest_team":
            cell["source"] = "while True:\n    pass"
    return {
        "alice": master,
        "bob": release,
        "carol": '{"cells": [',  # corrupted
        "dave": runaway,
        "erin": with_answers(release, {**solved, **half}),
    }


def course(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    for folder in ("source", "release"):
        shutil.copytree(COURSE_ROOT / folder / ASSIGNMENT, root / folder / ASSIGNMENT)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", root)
    with open(root / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 5\n")
    nbgrader(root, "generate_assignment", ASSIGNMENT, "--force")
    for student, nb in submissions().items():
        path = root / "submitted" / student / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(nb if isinstance(nb, str) else json.dumps(nb))
    return root


def gradebook(root: Path) -> dict:
    from nbgrader.api import Gradebook

    found = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for assignment in gb.assignments:
            for submission in assignment.submissions:
                student = submission.student.id
                found[student, "total"] = submission.score
                for nb in submission.notebooks:
                    for grade in nb.grades:
                        found[student, grade.name] = (grade.auto_score, grade.max_score, grade.needs_manual_grade)
                    for comment in nb.comments:
                        found[student, "comment", comment.name] = comment.auto_comment
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cohort")
    parallel, serial = course(tmp, "parallel"), course(tmp, "serial")
    outcome = grade_cohort(ASSIGNMENT, parallel, workers=2, progress_bar=False)
    nbgrader(serial, "autograde", ASSIGNMENT, check=False)  # carol's corrupted notebook makes it exit 1
    return outcome, parallel, serial


def test_every_submission_is_graded_or_failed_with_a_reason(graded):
    outcome, parallel, _ = graded
    assert set(outcome) == {"alice", "bob", "carol", "dave", "erin"}
    assert "invalid JSON" in outcome["carol"]
    assert (parallel / "autograded" / "carol" / ASSIGNMENT / FAILED_NOTE).exists()
    assert all(outcome[s] is None for s in ("alice", "bob", "dave", "erin"))


def test_grades_equal_serial_nbgrader_autograde(graded):
    _, parallel, serial = graded
    mine = gradebook(parallel)
    theirs = {k: v for k, v in gradebook(serial).items() if k[0] != "carol"}  # nbgrader leaves carol half-recorded
    assert mine == theirs
    assert mine["bob", "total"] == 0 and 0 < mine["erin", "total"] < mine["alice", "total"]


def test_the_same_work_runs_on_a_dask_cluster(graded):
    from distributed import LocalCluster

    _, parallel, _ = graded
    before = gradebook(parallel)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        outcome = grade_cohort(ASSIGNMENT, parallel, scheduler=cluster.scheduler_address, progress_bar=False)
    assert outcome["carol"] and all(outcome[s] is None for s in ("alice", "bob", "dave", "erin"))
    assert gradebook(parallel) == before
