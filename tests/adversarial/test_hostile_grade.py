"""`autograde grade` on a batch mixing good and hostile submissions (nbgrader's executor path).

One course copy, one batch: two honest learners, two attackers and four broken files. Every
good submission is graded normally, each attack costs only its own exercises (with a one-line
reason in the autograded notebook), broken files fail alone with a one-line reason, and the
dataset and every submitted file are byte-identical afterwards.
"""

import json
import shutil
import time
from pathlib import Path

import pytest
from conftest import run_nbgrader, wrong_answers
from hostile import (PF, SQL, add_cell_after, database_path, hostile_limits, one_line,  # noqa: F401
                     orphans, rewrite, sandbox_probe, sha256, solved, tree_hashes)
from test_hostile_check import DATA, RUNAWAY, tampered_sql_notebook

from autograde.cohort import FAILED_NOTE, grade_cohort
from autograde.grading import nbgrader_meta
from autograde.paths import COURSE_ROOT

pytestmark = pytest.mark.xdist_group("test_hostile_grade")  # its module fixtures run once, on one worker

ASSIGNMENT = "week01"
PF_ATTACKS = ["sample_variance", "valid_parentheses", "max_profit", "two_sum", "is_anagram",
              "is_palindrome_sentence", "first_unique_char", "group_anagrams"]
TAMPERED = {"largest_team", "paid_more_than_manager", "department_pay", "never_purchased",
            "unsold_products_q4_2020", "repeat_buyer_rate_2020"}  # see tampered_sql_notebook()
SNOOP = """
import glob, os
from autograde.paths import database_path
found = {"submissions": glob.glob("{root}/submitted/*/*/*.ipynb"), "gradebook": os.path.exists("{root}/gradebook.db"),
         "source": glob.glob("{root}/source/*/*.ipynb")}
for target in [{targets}]:  # written to only where a read-only filesystem is enforced
    try:
        with open(target, "r+b") as handle:
            handle.write(b"overwritten")
        found[target] = "written"
    except OSError as error:
        found[target] = type(error).__name__
print("SNOOP", found)
"""


def submissions(root, probe) -> dict:
    """student -> {file name: notebook dict, or raw bytes}"""
    wrong = next(iter(wrong_answers(SQL).items()))
    runaway = {e: RUNAWAY[e][0] for e in PF_ATTACKS}
    if not probe["processes_stop"]:
        runaway.pop("two_sum")  # a fork bomb is only run where a process limit is enforced
    if not probe["memory_stops"]:
        runaway.pop("max_profit")
    targets = [str(root / "submitted/alice/week01/sql_foundations.ipynb"), str(database_path())]
    snoop = SNOOP.replace("{root}", str(root)).replace("{targets}", ", ".join(map(repr, targets * isolated(probe))))
    trudy = add_cell_after(tampered_sql_notebook(), "prime_share_by_country_test", snoop)
    big = b'{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": "' + \
        b"x" * (200 << 20) + b'", "metadata": {}, "outputs": [], "execution_count": null}]}'
    return {
        "alice": {"python_fundamentals.ipynb": solved(PF), "sql_foundations.ipynb": solved(SQL)},
        "bob": {"sql_foundations.ipynb": rewrite(solved(SQL), {wrong[0]: wrong[1][0]})},
        "mallory": {"python_fundamentals.ipynb": rewrite(solved(PF), runaway)},
        "trudy": {"sql_foundations.ipynb": trudy},  # edits, deletes, moves tests; patches helpers; snoops
        "oscar": {"sql_foundations.ipynb": rewrite(solved(SQL), {e: answer for e, (answer, _) in DATA.items()})},
        "carol": {"sql_foundations.ipynb": b'{"cells": ['},
        "dave": {"sql_foundations.ipynb": big},
        "erin": {"sql_foundationz.ipynb": solved(SQL)},
        "frank": {"sql_foundations.ipynb": json.dumps({"nbformat": 3, "worksheets": []}).encode()},
    }, wrong[0], runaway


def isolated(probe) -> bool:
    return bool(probe.get("namespaces") and probe.get("read_only"))


def gradebook(root) -> dict:
    from nbgrader.api import Gradebook

    found = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for submission in gb.find_assignment(ASSIGNMENT).submissions:
            for nb in submission.notebooks:
                for grade in nb.grades:
                    found[submission.student.id, nb.name, grade.name] = (grade.score, grade.max_score)
    return found


@pytest.fixture(scope="module")
def batch(sandbox_probe, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-course")
    for folder in ("source", "release"):
        shutil.copytree(COURSE_ROOT / folder / ASSIGNMENT, root / folder / ASSIGNMENT)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", root)
    with open(root / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 4\n")
    run_nbgrader(root, "generate_assignment", ASSIGNMENT, "--force")
    files, wrong, runaway = submissions(root, sandbox_probe)
    for student, notebooks in files.items():
        for name, nb in notebooks.items():
            path = root / "submitted" / student / ASSIGNMENT / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(nb if isinstance(nb, bytes) else json.dumps(nb).encode())
    before = tree_hashes(root / "submitted") | {"dataset": sha256(database_path())}
    started = time.monotonic()
    outcome = grade_cohort(ASSIGNMENT, root, workers=2, progress_bar=False)
    seconds = time.monotonic() - started
    Path("/tmp/autograde-test-huge.bin").unlink(missing_ok=True)  # only there if /tmp is shared
    after = tree_hashes(root / "submitted") | {"dataset": sha256(database_path())}
    return root, outcome, seconds, before == after, wrong, runaway


def test_the_batch_finishes_and_good_submissions_are_graded(batch):
    root, outcome, seconds, _, wrong, _ = batch
    assert seconds < 170, seconds
    graded = ("alice", "bob", "mallory", "trudy", "oscar")
    assert all(outcome[s] is None for s in graded), {s: outcome[s] for s in graded}
    grades = gradebook(root)
    alice = {k: v for k, v in grades.items() if k[0] == "alice" and k[1] in ("python_fundamentals", "sql_foundations")}
    assert alice and all(score == top for score, top in alice.values())
    bob = {k[2]: v for k, v in grades.items() if k[0] == "bob" and k[1] == "sql_foundations"}
    assert all((score == 0) == name.startswith(wrong) for name, (score, top) in bob.items())


@pytest.mark.parametrize("student, words", [("carol", "invalid JSON"), ("dave", "200 MB"),
                                            ("erin", "no notebook of week01"), ("frank", "nbformat 3")])
def test_broken_files_fail_alone_with_one_line(batch, student, words):
    root, outcome, *_ = batch
    assert words in one_line(outcome[student]) and "\n" not in outcome[student].strip()
    assert (root / "autograded" / student / ASSIGNMENT / FAILED_NOTE).read_text().strip() == outcome[student]


def autograded(root, student, notebook) -> dict:
    return json.loads((root / "autograded" / student / ASSIGNMENT / f"{notebook}.ipynb").read_text())


def test_each_attack_costs_only_its_own_exercise(batch):
    root, _, _, _, _, runaway = batch
    grades = gradebook(root)
    attacked = {"mallory": set(runaway), "trudy": TAMPERED, "oscar": set(DATA)}
    for student, notebook in (("mallory", "python_fundamentals"), ("trudy", "sql_foundations"),
                              ("oscar", "sql_foundations")):
        mine = {k[2]: v for k, v in grades.items() if k[:2] == (student, notebook)}
        assert mine
        for name, (score, top) in mine.items():
            exercise = name.split("_test")[0]
            assert score == (0 if exercise in attacked[student] else top), (student, name, score, top)
        cells = {nbgrader_meta(c).get("grade_id"): c for c in autograded(root, student, notebook)["cells"]}
        for exercise in attacked[student]:
            errors = [o for o in cells[f"{exercise}_test"]["outputs"] if o["output_type"] == "error"]
            assert errors and one_line(f"{errors[0]['ename']}: {errors[0]['evalue']}"), exercise


def test_no_file_of_the_course_or_the_dataset_changed(batch, sandbox_probe):
    root, _, _, unchanged, _, _ = batch
    assert unchanged and not orphans()  # not a byte changed; no process of a kernel outlived it
    printed = "".join("".join(o.get("text", "")) for c in autograded(root, "trudy", "sql_foundations")["cells"]
                      for o in c.get("outputs", []))
    assert "SNOOP" in printed and "written" not in printed
    if isolated(sandbox_probe):  # other learners' files and the gradebook are out of sight
        assert "'submissions': []" in printed and "'gradebook': False" in printed and "'source': []" in printed
