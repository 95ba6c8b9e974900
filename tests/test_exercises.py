"""Every exercise: the reference scores full marks, the blank release scores 0, wrong answers lose.

One test class per notebook, so ``pytest -n auto --dist loadscope`` keeps a notebook's tests on
one worker and grades each of its variants once.
"""

import re

import pytest
from conftest import MASTERS, RELEASE_DIR, answer_cells, load, notebook_name, with_answers, wrong_answers


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


class NotebookExercises:
    """The checks every exercise of one notebook (``NAME``) must pass."""

    NAME = ""

    def test_reference_solution_scores_full_marks(self, graded, exercise):
        entry = graded(self.NAME, "solution")["exercises"][exercise]
        assert entry["max_score"] > 0
        assert entry["score"] == entry["max_score"], entry["tests"]

    def test_blank_release_scores_zero(self, graded, exercise):
        entry = graded(self.NAME, "blank")["exercises"][exercise]
        assert entry["score"] == 0, entry["tests"]
        assert all(t["message"] for t in entry["tests"]), "a failing test must say why"

    def test_every_wrong_answer_is_rejected(self, graded, exercise):
        answers = wrong_answers(self.NAME).get(exercise, [])
        assert answers, f"{exercise} needs at least one plausible wrong answer in tests/wrong_answers"
        for k in range(len(answers)):
            entry = graded(self.NAME, f"wrong{k}")["exercises"][exercise]
            assert entry["score"] < entry["max_score"], f"wrong answer #{k + 1} of {exercise} passed"

    def test_wrong_answers_name_real_exercises(self):
        unknown = set(wrong_answers(self.NAME)) - set(answer_cells(load(RELEASE_DIR / f"{self.NAME}.ipynb")))
        assert not unknown


def pytest_generate_tests(metafunc):
    if "exercise" in metafunc.fixturenames:
        name = metafunc.cls.NAME
        exercises = list(answer_cells(load(RELEASE_DIR.parent / "source" / f"{name}.ipynb")))
        metafunc.parametrize("exercise", exercises, ids=[f"{name}::{e}" for e in exercises])


for _master in MASTERS:
    _name = notebook_name(_master)
    _class = "Test_" + re.sub(r"\W", "_", _name)
    globals()[_class] = type(_class, (NotebookExercises,), {"NAME": _name})


def test_there_are_exercises():
    assert MASTERS, "no source notebooks: run make build"
