"""Plain nbgrader works on this course, and agrees with autograde check to the point."""

import json
import shutil

from autograde.check import check
from conftest import COURSE_ROOT, answer_cells, load, with_answers, wrong_answers
from conftest import run_nbgrader as nbgrader

NAME = "week01/sql_foundations"


def test_generate_assignment_and_autograde_match_the_self_check(tmp_path):
    root = tmp_path / "course"
    for folder in ("curriculum", "source", "release"):
        shutil.copytree(COURSE_ROOT / folder, root / folder)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", root)

    nbgrader(root, "generate_assignment", "week01", "--force")
    released = root / "release" / f"{NAME}.ipynb"
    assert released.read_bytes() == (COURSE_ROOT / "release" / f"{NAME}.ipynb").read_bytes()

    master, release = load(root / "source" / f"{NAME}.ipynb"), load(released)
    solved = {gid: "".join(c["source"]).split("\n", 1)[1] for gid, c in list(answer_cells(master).items())[:4]}
    first_wrong = {ex: answers[0] for ex, answers in list(wrong_answers(NAME).items())[4:7]}
    submission = root / "submitted" / "alice" / f"{NAME}.ipynb"
    submission.parent.mkdir(parents=True)
    submission.write_text(json.dumps(with_answers(release, {**solved, **first_wrong})))

    nbgrader(root, "autograde", "week01")
    from nbgrader.api import Gradebook

    report = check(submission)
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        for exercise in report["exercises"].values():
            for test in exercise["tests"]:
                grade = gradebook.find_grade(test["grade_id"], "sql_foundations", "week01", "alice")
                assert grade.score == test["score"], test["grade_id"]
    assert 0 < report["score"] < report["max_score"]
