"""Every exercise: the reference scores full marks, the blank release scores 0, wrong answers lose."""

import pytest
from conftest import (
    MASTERS,
    RELEASE_DIR,
    answer_cells,
    load,
    notebook_name,
    with_answers,
    wrong_answers,
)

NAMES = [notebook_name(m) for m in MASTERS]


def exercise_cases() -> list:
    cases = []
    for master in MASTERS:
        name = notebook_name(master)
        for exercise in answer_cells(load(master)):
            # one xdist group per notebook: its variants are graded once, on one worker
            cases.append(pytest.param(name, exercise, id=f"{name}::{exercise}", marks=pytest.mark.xdist_group(name)))
    return cases


@pytest.fixture(scope="module")
def graded(grade_as_learner):
    """Reports per notebook and variant, computed once: solution, blank, k-th wrong answers."""
    cache = {}

    def get(name: str, variant: str):
        if (name, variant) not in cache:
            master = load(RELEASE_DIR.parent / "source" / f"{name}.ipynb")
            release = load(RELEASE_DIR / f"{name}.ipynb")
            if variant == "solution":
                nb = master
            elif variant == "blank":
                nb = release
            else:
                k = int(variant.removeprefix("wrong"))
                picks = {ex: answers[k] for ex, answers in wrong_answers(name).items() if len(answers) > k}
                nb = with_answers(release, picks)
            cache[name, variant] = grade_as_learner(nb, name)
        return cache[name, variant]

    return get


@pytest.mark.parametrize("name, exercise", exercise_cases())
def test_reference_solution_scores_full_marks(graded, name, exercise):
    entry = graded(name, "solution")["exercises"][exercise]
    assert entry["max_score"] > 0
    assert entry["score"] == entry["max_score"], entry["tests"]


@pytest.mark.parametrize("name, exercise", exercise_cases())
def test_blank_release_scores_zero(graded, name, exercise):
    entry = graded(name, "blank")["exercises"][exercise]
    assert entry["score"] == 0, entry["tests"]
    assert all(t["message"] for t in entry["tests"]), "a failing test must say why"


@pytest.mark.parametrize("name, exercise", exercise_cases())
def test_every_wrong_answer_is_rejected(graded, name, exercise):
    answers = wrong_answers(name).get(exercise, [])
    assert answers, f"{exercise} needs at least one plausible wrong answer in tests/wrong_answers"
    for k in range(len(answers)):
        entry = graded(name, f"wrong{k}")["exercises"][exercise]
        assert entry["score"] < entry["max_score"], f"wrong answer #{k + 1} of {exercise} passed"


@pytest.mark.parametrize("name", NAMES)
def test_wrong_answers_name_real_exercises(name):
    unknown = set(wrong_answers(name)) - set(answer_cells(load(RELEASE_DIR / f"{name}.ipynb")))
    assert not unknown


def test_there_are_exercises():
    assert MASTERS, "no source notebooks: run make build"
