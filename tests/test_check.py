"""autograde check: honest grades, clear one-line errors, answers that do not break each other."""

import json
import subprocess
import sys

import pytest
from conftest import MASTERS, RELEASE_DIR, answer_cells, load, notebook_name, with_answers

from autograde.check import merge
from autograde.grading import nbgrader_meta

SQL_MASTER = next(m for m in MASTERS if notebook_name(m) == "week01/sql_foundations")
NAME = notebook_name(SQL_MASTER)


def run_check(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "autograde", "check", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def learner_file(tmp_path, nb, name=NAME):
    path = tmp_path / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb) if not isinstance(nb, str) else nb, encoding="utf-8")
    return path


BAD_INPUTS = {
    "missing": None,
    "empty": "",
    "invalid JSON": "{not json",
    "a JSON list": "[1, 2]",
    "nbformat 3": json.dumps({"nbformat": 3, "worksheets": [], "cells": []}),
    "a cell without a type": json.dumps({"nbformat": 4, "cells": [{"source": "1"}]}),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gets_one_line_and_nonzero_exit(tmp_path, case):
    path = tmp_path / "week01" / "sql_foundations.ipynb"
    if BAD_INPUTS[case] is not None:
        learner_file(tmp_path, BAD_INPUTS[case])
    done = run_check(path)
    assert done.returncode != 0
    assert done.stderr.startswith("autograde: error:") and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_non_utf8_and_unknown_notebooks_and_directories(tmp_path):
    path = tmp_path / "week01" / "sql_foundations.ipynb"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in run_check(path).stderr
    release = (RELEASE_DIR / f"{NAME}.ipynb").read_text()
    unknown = learner_file(tmp_path, release, "week09/no_such_topic")
    done = run_check(unknown)
    assert done.returncode == 2 and "not a notebook of this course" in done.stderr
    assert "not a file" in run_check(tmp_path).stderr


def test_json_report_follows_the_contract(tmp_path):
    done = run_check(learner_file(tmp_path, load(RELEASE_DIR / f"{NAME}.ipynb")), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"assignment", "notebook", "score", "max_score", "manual_max_score", "exercises"}
    assert (report["assignment"], report["notebook"]) == ("week01", "sql_foundations")
    assert report["score"] == 0 and report["max_score"] > 0
    entry = report["exercises"]["largest_team"]
    assert set(entry) == {"score", "max_score", "tests"}
    assert set(entry["tests"][0]) == {"grade_id", "score", "max_score", "passed", "message"}
    assert entry["tests"][0]["message"].startswith("not answered yet")


def test_check_builds_the_default_dataset_when_it_is_missing(tmp_path, monkeypatch):
    database = tmp_path / "data" / "retail.duckdb"
    monkeypatch.setenv("AUTOGRADE_DATABASE", str(database))
    done = run_check(learner_file(tmp_path, load(SQL_MASTER)), "--json")
    assert done.returncode == 0, done.stderr
    assert database.exists() and json.loads(done.stdout)["score"] > 0


def test_sql_errors_show_the_database_message_only():
    from autograde.kernel import execute_notebook

    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": s}
             for s in ("from autograde.notebook import start_session\ncon = start_session()", "%%sql x <<\nSELEC 1")]
    execute_notebook({"cells": cells})
    (error,) = cells[1]["outputs"]
    assert error["traceback"] == ['SQL error: Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^^^^^']


def test_human_report_is_honest_about_hidden_tests(tmp_path):
    done = run_check(learner_file(tmp_path, load(SQL_MASTER)))
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert "(hidden tests included)" in first
    total = len(answer_cells(load(SQL_MASTER)))
    assert f"{total}/{total} exercises pass" in first


def test_one_broken_answer_never_breaks_the_answers_after_it(grade_as_learner):
    master = load(SQL_MASTER)
    first = next(iter(answer_cells(master)))
    broken = with_answers(master, {first: "SELEC broken FROM nowhere"})
    report = grade_as_learner(broken, NAME)
    for exercise, entry in report["exercises"].items():
        assert (entry["score"] == 0) == (exercise == first), exercise


def test_locked_and_hidden_tests_come_back_from_the_source(grade_as_learner):
    """Deleting a test cell or emptying it does not turn a wrong answer into a pass."""
    release = load(RELEASE_DIR / f"{NAME}.ipynb")
    tampered = with_answers(release, {"largest_team": "SELECT 1 AS manager_id, 'x' AS manager_name, 1 AS team_size"})
    cells = tampered["cells"]
    tampered["cells"] = [c for c in cells if nbgrader_meta(c).get("grade_id") != "largest_team_test"]
    for cell in tampered["cells"]:
        if nbgrader_meta(cell).get("grade_id") == "monthly_report_2020_test":
            cell["source"] = "pass"
    report = grade_as_learner(tampered, NAME)
    assert report["exercises"]["largest_team"]["score"] == 0
    assert report["exercises"]["monthly_report_2020"]["score"] == 0


def test_a_deleted_answer_cell_scores_zero_not_the_reference(grade_as_learner):
    master = load(SQL_MASTER)
    learner = json.loads(json.dumps(master))
    learner["cells"] = [c for c in learner["cells"] if nbgrader_meta(c).get("grade_id") != "largest_team"]
    report = grade_as_learner(learner, NAME)
    assert report["exercises"]["largest_team"]["score"] == 0
    assert report["exercises"]["monthly_report_2020"]["score"] > 0


def test_ungraded_cells_keep_the_learners_text_and_run_once():
    master = load(SQL_MASTER)
    learner = json.loads(json.dumps(master))
    scratch = next(c for c in learner["cells"] if c["cell_type"] == "code" and not nbgrader_meta(c))
    scratch["source"] = "my_scratch = 1"
    merged = merge(learner, master)
    sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in merged["cells"]]
    assert sources.count("my_scratch = 1") == 1 and len(merged["cells"]) == len(master["cells"])


def test_cells_a_learner_adds_still_run_in_place():
    master = load(SQL_MASTER)
    learner = json.loads(json.dumps(master))
    index = next(i for i, c in enumerate(learner["cells"]) if nbgrader_meta(c).get("grade_id") == "largest_team")
    learner["cells"].insert(index + 1, {"cell_type": "code", "id": "added-by-me", "metadata": {},
                                        "source": "scratch = 1", "outputs": [], "execution_count": None})
    merged = merge(learner, master)
    ids = [nbgrader_meta(c).get("grade_id") or c["source"] for c in merged["cells"]]
    assert ids[ids.index("largest_team") + 1] == "scratch = 1"


def test_no_query_can_change_the_dataset(retail_database):
    from autograde.kernel import execute_notebook

    before = retail_database.read_bytes()
    sources = ["from autograde.notebook import start_session\ncon = start_session()",
               "%%sql x <<\nDELETE FROM users", "%%sql y <<\nDROP TABLE transactions",
               "con.sql(\"UPDATE products SET price = 0\")", "con.sql(\"CREATE TABLE t AS SELECT 1\")",
               "print(con.sql('SELECT count(*) FROM users').fetchall())"]
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": s}
             for s in sources]
    execute_notebook({"cells": cells})
    for cell in cells[1:5]:
        assert cell["outputs"][-1]["output_type"] == "error"
        assert "read-only" in "".join(cell["outputs"][-1]["traceback"])
    assert retail_database.read_bytes() == before
