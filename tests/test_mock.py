"""Mock loops: every pool exercise works on its own, draws are reproducible, misses come back."""

import json

import pytest
from conftest import with_answers, wrong_answers

from autograde.check import check
from autograde.compose import compose
from autograde.errors import CourseError
from autograde.mock import draw, load_bank, read_records, review_schedule, start_attempt

BANK = load_bank()
EVERY_EXERCISE = sorted({e for pool in BANK["rounds"].values() for e in pool["exercises"]})


def everything() -> dict:
    """One manifest with a round for every exercise of every pool."""
    rounds = [{"round": "all", "title": e, "minutes": 10, "exercise": e, "review": False} for e in EVERY_EXERCISE]
    return {"loop": "everything", "assignment": "week08", "attempt": 1, "seed": 0, "rounds": rounds,
            "intro": "# every pool exercise"}


def grade_composed(tmp_path, nb: dict) -> dict:
    path = tmp_path / "week08" / "everything_attempt_01.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb), encoding="utf-8")
    return check(path)


def round_ids(manifest):
    return [f"r{n}_{item['exercise'].rsplit('/', 1)[1]}" for n, item in enumerate(manifest["rounds"], start=1)]


def test_every_loop_round_has_exercises():
    for loop in BANK["loops"].values():
        for kind in loop["rounds"]:
            assert [e for e in BANK["rounds"][kind]["exercises"] if int(e[4:6]) <= loop["until_week"]], kind


def test_each_pool_exercise_scores_full_marks_alone_and_zero_blank(tmp_path):
    manifest = everything()
    solved = grade_composed(tmp_path / "solved", compose(manifest, "source"))
    blank = grade_composed(tmp_path / "blank", compose(manifest, "release"))
    for name in round_ids(manifest):
        entry = solved["exercises"][name]
        assert entry["max_score"] > 0 and entry["score"] == entry["max_score"], (name, entry["tests"])
        assert blank["exercises"][name]["score"] == 0, name


def test_wrong_answers_lose_points_in_the_mock_too(tmp_path):
    manifest = everything()
    release = compose(manifest, "release")
    picks = {}
    for name, item in zip(round_ids(manifest), manifest["rounds"]):
        notebook, exercise = item["exercise"].rsplit("/", 1)
        answers = wrong_answers(notebook).get(exercise)
        if answers:
            picks[name] = answers[0]
    report = grade_composed(tmp_path, with_answers(release, picks))
    assert picks
    for name in picks:
        entry = report["exercises"][name]
        assert entry["score"] < entry["max_score"], name


def test_the_same_seed_draws_the_same_loop_and_seeds_differ():
    first, again = draw("full_loop", 11, 1, []), draw("full_loop", 11, 1, [])
    assert first == again
    draws = {tuple(r["exercise"] for r in draw("full_loop", seed, 1, [])["rounds"]) for seed in range(8)}
    assert len(draws) > 1
    assert [r["round"] for r in first["rounds"]] == BANK["loops"]["full_loop"]["rounds"]


def record(attempt, results):
    return {"loop": "full_loop", "attempt": attempt, "seed": 1,
            "rounds": [{"exercise": e, "score": s, "max_score": 2.0} for e, s in results.items()]}


def test_missed_exercises_come_back_next_then_after_two_then_four_attempts():
    a = "week01/sql_foundations/largest_team"
    assert review_schedule([record(1, {a: 0.0})]) == {a: 2}
    assert review_schedule([record(1, {a: 0.0}), record(2, {a: 2.0})]) == {a: 4}
    assert review_schedule([record(1, {a: 0.0}), record(2, {a: 2.0}), record(4, {a: 2.0})]) == {a: 8}
    assert review_schedule([record(1, {a: 0.0}), record(2, {a: 2.0}), record(4, {a: 2.0}), record(8, {a: 2.0})]) == {}
    assert review_schedule([record(1, {a: 2.0})]) == {}  # never missed: nothing to review
    manifest = draw("mock_interview_1", 5, 2, [record(1, {a: 0.0})])
    sql = manifest["rounds"][0]
    assert sql["exercise"] == a and sql["review"]


def test_attempts_are_numbered_never_overwritten_and_checks_append_a_debrief(tmp_path):
    first = start_attempt("mock_interview_1", seed=3, workspace=tmp_path)
    first.write_text(first.read_text().replace("SELECT 'not answered yet' AS todo", "SELECT 1 AS wrong"))
    mine = first.read_bytes()
    second = start_attempt("mock_interview_1", seed=3, workspace=tmp_path)
    assert (first.name, second.name) == ("mock_interview_1_attempt_01.ipynb", "mock_interview_1_attempt_02.ipynb")
    assert first.read_bytes() == mine
    check(first)
    check(first)
    debrief = (tmp_path / "week04" / "mock_interview_1_debrief.md").read_text()
    assert debrief.count("## Attempt 1") == 2 and "Comes back in the next attempt" in debrief
    records = read_records(tmp_path, "mock_interview_1")
    assert [r["attempt"] for r in records] == [1]
    third = json.loads(start_attempt("mock_interview_1", seed=99, workspace=tmp_path).read_text())
    missed = {r["exercise"] for r in records[0]["rounds"]}
    assert {r["exercise"] for r in third["metadata"]["autograde"]["mock"]["rounds"]} == missed


def test_a_tampered_attempt_gets_a_one_line_reason(tmp_path):
    path = start_attempt("mock_interview_1", seed=3, workspace=tmp_path)
    nb = json.loads(path.read_text())
    nb["metadata"]["autograde"]["mock"]["rounds"][0]["exercise"] = "week01/sql_foundations/no_such_exercise"
    path.write_text(json.dumps(nb))
    with pytest.raises(CourseError, match="start a new attempt"):
        check(path)


def test_the_launcher_cell_writes_an_attempt_beside_its_notebook_but_not_inside_a_grader(tmp_path, monkeypatch):
    from autograde.mock import open_attempt

    folder = tmp_path / "week04"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("AUTOGRADE_GRADING", "1")
    assert open_attempt("mock_interview_1", seed=1) is None and not list(folder.iterdir())
    monkeypatch.delenv("AUTOGRADE_GRADING")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert open_attempt("mock_interview_1", seed=1) == folder / "mock_interview_1_attempt_01.ipynb"
