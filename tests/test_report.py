"""autograde report: item analysis and scores from a gradebook, and a learner's own history."""

import csv
import json

import pytest

from autograde.cli import main

SCORES = {  # student -> assignment -> (sql_test, sql_test_2, essay by a person)
    "ada": {"week01": (2, 1, 3), "week02": (2, 1, 2)},
    "bo": {"week01": (2, 0, 1), "week02": (0, 0, None)},
    "cy": {"week01": (0, 0, 2), "week02": (2, 1, 3)},
}


def make_gradebook(course, monkeypatch):
    from nbgrader.api import Gradebook

    from autograde.paths import tool_env

    monkeypatch.setenv("PATH", tool_env()["PATH"])  # nbgrader runs alembic on a new gradebook
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for assignment in ("week01", "week02"):
            gradebook.add_assignment(assignment)
            gradebook.add_notebook("sql", assignment)
            gradebook.add_grade_cell("top_customers_test", "sql", assignment, max_score=2, cell_type="code")
            gradebook.add_grade_cell("top_customers_test_2", "sql", assignment, max_score=1, cell_type="code")
            gradebook.add_grade_cell("essay", "sql", assignment, max_score=3, cell_type="markdown")
            gradebook.add_solution_cell("essay", "sql", assignment)
        for student, results in SCORES.items():
            gradebook.add_student(student)
            for assignment, points in results.items():
                gradebook.add_submission(assignment, student)
                for cell, score in zip(("top_customers_test", "top_customers_test_2", "essay"), points):
                    grade = gradebook.find_grade(cell, "sql", assignment, student)
                    if cell == "essay":
                        grade.manual_score = score
                    else:
                        grade.auto_score = score
                gradebook.db.commit()


def read(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.filterwarnings("ignore:Object of type")  # inside nbgrader's add_submission
def test_cohort_report_has_item_analysis_scores_and_plots(tmp_path, monkeypatch):
    make_gradebook(tmp_path, monkeypatch)
    out = tmp_path / "out"
    assert main(["report", "--course", str(tmp_path), "--out", str(out)]) == 0
    items = {(r["assignment"], r["exercise"]): r for r in read(out / "exercises.csv")}
    # full marks on both test cells: ada only in week01; ada and cy in week02
    assert float(items["week01", "top_customers"]["pass_rate"]) == round(1 / 3, 3)
    assert float(items["week02", "top_customers"]["pass_rate"]) == round(2 / 3, 3)
    assert float(items["week01", "essay"]["mean_score"]) == 2.0
    scores = {(r["student"], r["assignment"]): r for r in read(out / "scores.csv")}
    assert float(scores["bo", "week01"]["score"]) == 3.0 and float(scores["bo", "week01"]["max_score"]) == 6.0
    page = (out / "index.html").read_text()
    assert page.count("data:image/png;base64") == 3  # distribution, hardest exercises, progress
    assert page.index("week01") < page.index("week02")
    only = tmp_path / "only"
    assert main(["report", "week02", "--course", str(tmp_path), "--out", str(only)]) == 0
    assert {r["assignment"] for r in read(only / "scores.csv")} == {"week02"}


def test_no_gradebook_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", "--course", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "no gradebook" in capsys.readouterr().err


def test_a_learner_reports_their_own_checks(tmp_path):
    history = tmp_path / "work" / ".autograde" / "check_history.jsonl"
    history.parent.mkdir(parents=True)
    runs = [("2026-01-01T10:00:00", {"largest_team": [0.0, 2.0]}),
            ("2026-01-02T10:00:00", {"largest_team": [2.0, 2.0]})]
    history.write_text("".join(json.dumps({"at": at, "assignment": "week01", "notebook": "sql_foundations",
                                           "score": 0, "max_score": 2, "exercises": ex}) + "\n" for at, ex in runs))
    out = tmp_path / "mine"
    assert main(["report", "--mine", str(tmp_path / "work"), "--out", str(out)]) == 0
    (item,) = read(out / "exercises.csv")
    assert item["exercise"] == "largest_team" and float(item["pass_rate"]) == 1.0  # the latest check counts


def test_checking_from_the_command_line_records_history(tmp_path):
    from conftest import RELEASE_DIR

    notebook = tmp_path / "work" / "week01" / "python_fundamentals.ipynb"
    notebook.parent.mkdir(parents=True)
    notebook.write_bytes((RELEASE_DIR / "week01" / "python_fundamentals.ipynb").read_bytes())
    assert main(["check", str(notebook), "--json"]) == 0
    (line,) = (tmp_path / "work" / ".autograde" / "check_history.jsonl").read_text().splitlines()
    assert json.loads(line)["notebook"] == "python_fundamentals"
