"""make build: reproducible byte for byte, and it refuses to ship a broken exercise."""

import json
import shutil
from pathlib import Path

import pytest
from conftest import COURSE_ROOT

from autograde.authoring import AuthoringError, source_notebook
from autograde.build import GENERATED, BuildError, build

MINI = '''# %% [markdown]
# # A tiny notebook

# %% nbgrader={"grade_id": "user_count", "solution": true}
# %%sql user_count <<
SELECT count(*) AS n FROM users

# %% nbgrader={"grade_id": "user_count_test", "grade": true, "points": 1}
expect_columns(user_count, ["n"])
### BEGIN HIDDEN TESTS
expect_same_result(user_count, SOLUTION_SQL)
### END HIDDEN TESTS
'''


def course_copy(tmp_path: Path, notebooks: dict[str, str] | None = None) -> Path:
    """A course root with the real (or the given) curriculum and configuration."""
    root = tmp_path / "course"
    shutil.copytree(COURSE_ROOT / "curriculum", root / "curriculum")
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", root)
    if notebooks is not None:
        for old in (root / "curriculum").glob("week*/*.py"):
            old.unlink()
        for name, text in notebooks.items():
            (root / "curriculum" / f"{name}.py").parent.mkdir(parents=True, exist_ok=True)
            (root / "curriculum" / f"{name}.py").write_text(text)
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for folder in GENERATED
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def test_committed_notebooks_equal_a_fresh_build(tmp_path):
    root = course_copy(tmp_path)
    learner = root / "work" / "week01" / "sql_foundations.ipynb"
    learner.parent.mkdir(parents=True)
    learner.write_text("my answers")
    build(root, progress=False)
    assert learner.read_text() == "my answers", "a rebuild must never touch the workspace"
    fresh, committed = tree(root), tree(COURSE_ROOT)
    assert sorted(fresh) == sorted(committed), "run make build and commit the result"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"out of date (run make build): {stale}"


def test_build_refuses_a_reference_that_fails_its_own_test(tmp_path):
    broken = MINI.replace('expect_columns(user_count, ["n"])', 'expect_columns(user_count, ["users"])')
    root = course_copy(tmp_path, {"week01/mini": broken})
    with pytest.raises(BuildError, match="reference solution of user_count fails"):
        build(root, progress=False)


def test_build_refuses_a_solution_cell_that_errors(tmp_path):
    root = course_copy(tmp_path, {"week01/mini": MINI.replace("FROM users", "FROM no_such_table")})
    with pytest.raises(BuildError, match="week01/mini cell"):
        build(root, progress=False)


def test_target_minutes_reach_the_release(tmp_path):
    root = course_copy(tmp_path, {"week01/mini": MINI.replace('"solution": true}', '"solution": true} '
                                                                'autograde={"target_minutes": 12}')})
    build(root, progress=False)
    release = json.loads((root / "release/week01/mini.ipynb").read_text())
    answer = next(c for c in release["cells"] if c["id"] == "user_count")
    assert answer["metadata"]["autograde"] == {"target_minutes": 12}


def test_hidden_tests_get_the_solution_query(tmp_path):
    root = course_copy(tmp_path, {"week01/mini": MINI})
    nb = source_notebook(root / "curriculum/week01/mini.py", root)
    test = next(c for c in nb.cells if c.id == "user_count_test")
    assert "SELECT count(*) AS n FROM users" in test.source and "SOLUTION_SQL" not in test.source
    assert test.metadata["nbgrader"]["locked"] is True


@pytest.mark.parametrize("mistake, message", [
    ((', "points": 1}', "}"), "has no points"),
    (('"grade_id": "user_count_test"', '"grade_id": "user_count"'), "duplicate grade_id"),
    (("expect_same_result(user_count, SOLUTION_SQL)", "expect_same_result(users, SOLUTION_SQL)"), None),
    (('"solution": true}', '"solution": true} autograde={"target_minute": 5}'), "target_minutes"),
])
def test_authoring_mistakes_are_named(tmp_path, mistake, message):
    root = course_copy(tmp_path, {"week01/mini": MINI.replace(*mistake)})
    if message is None:  # a typo in a test is caught when the build runs the solution
        with pytest.raises(BuildError):
            build(root, progress=False)
    else:
        with pytest.raises(AuthoringError, match=message):
            source_notebook(root / "curriculum/week01/mini.py", root)
