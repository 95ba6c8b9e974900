"""The release holds no solution and no hidden test, and every answer cell starts as a stub."""

import re

import pytest
from conftest import MASTERS, RELEASE_DIR, launchers, load, notebook_name

from autograde.grading import is_test_cell, nbgrader_meta

SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.DOTALL)
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.DOTALL)


def text(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def secrets(master: dict) -> list[str]:
    """Lines of the master that a learner must not see: solutions and hidden tests.

    A line that also appears in the public part of the master (a teaching note, a visible
    test) is not a secret.
    """
    lines, public = [], []
    for cell in master["cells"]:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and cell["cell_type"] == "code":
            body = text(cell).split("\n", 1)[1] if text(cell).startswith("%%sql") else text(cell)
            regions = SOLUTION.findall(body)
            lines += "\n".join(regions or [body]).splitlines()
        else:
            if is_test_cell(cell):
                for block in HIDDEN.findall(text(cell)):
                    lines += block.splitlines()
            public.append(HIDDEN.sub("", text(cell)))
    public_lines = {line.strip() for text_ in public for line in text_.splitlines()}
    return [line.strip() for line in lines if len(line.strip()) > 12 and line.strip() not in public_lines]


@pytest.mark.parametrize("master", MASTERS, ids=notebook_name)
def test_release_leaks_no_solution_and_no_hidden_test(master):
    release = load(RELEASE_DIR / master.parent.name / master.name)
    released = "\n".join(text(cell) for cell in release["cells"])
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "expect_same_result("):
        assert marker not in released
    released_lines = {line.strip() for line in released.splitlines()}
    leaked = [line for line in secrets(load(master)) if line in released_lines]
    assert not leaked, f"release shows: {leaked[:3]}"


@pytest.mark.parametrize("master", MASTERS, ids=notebook_name)
def test_release_answer_cells_are_runnable_stubs(master):
    release = load(RELEASE_DIR / master.parent.name / master.name)
    answers = [c for c in release["cells"] if nbgrader_meta(c).get("solution") and c["cell_type"] == "code"]
    assert answers or notebook_name(master) in launchers()
    for cell in answers:
        source = text(cell)
        if source.startswith("%%sql"):
            grade_id = nbgrader_meta(cell)["grade_id"]
            assert source.splitlines()[0] == f"%%sql {grade_id} <<"
            assert "NotImplementedError" not in source and "SELECT 'not answered yet'" in source
    assert all(not c.get("outputs") for c in release["cells"] if c["cell_type"] == "code")


@pytest.mark.parametrize("master", MASTERS, ids=notebook_name)
def test_masters_follow_the_naming_contract(master):
    nb = load(master)
    answers = {nbgrader_meta(c)["grade_id"] for c in nb["cells"]
               if nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")}
    for cell in nb["cells"]:
        if is_test_cell(cell):
            grade_id = nbgrader_meta(cell)["grade_id"]
            assert re.fullmatch(r"\w+_test(_\d+)?", grade_id), grade_id
            assert re.sub(r"_test(_\d+)?$", "", grade_id) in answers, grade_id
        if nbgrader_meta(cell).get("solution") and text(cell).startswith("%%sql"):
            assert text(cell).splitlines()[0] == f"%%sql {nbgrader_meta(cell)['grade_id']} <<"


@pytest.mark.parametrize("master", MASTERS, ids=notebook_name)
def test_solutions_show_each_sql_result_under_its_query(master):
    solved = load(master.parents[2] / "solutions" / master.parent.name / master.name)
    for cell in solved["cells"]:
        if nbgrader_meta(cell).get("solution") and text(cell).startswith("%%sql"):
            kinds = [o["output_type"] for o in cell["outputs"]]
            assert kinds == ["display_data"], (nbgrader_meta(cell)["grade_id"], kinds)
            assert "text/html" in cell["outputs"][0]["data"]


def _top_level(query: str) -> str:
    depth, kept = 0, []
    for char in query:
        depth += (char == "(") - (char == ")")
        kept.append(char if depth == 0 else " ")
    return "".join(kept)


@pytest.mark.parametrize("master", MASTERS, ids=notebook_name)
def test_sql_solutions_with_several_rows_fix_their_row_order(master):
    """The solutions show the reference result; without ORDER BY a rebuild could reorder it."""
    solved = load(master.parents[2] / "solutions" / master.parent.name / master.name)
    for cell in solved["cells"]:
        source = text(cell)
        if not (nbgrader_meta(cell).get("solution") and source.startswith("%%sql")):
            continue
        shown = "".join(cell["outputs"][0]["data"]["text/plain"])
        match = re.search(r"\[(\d+) rows x", shown)
        rows = int(match.group(1)) if match else len(shown.splitlines()) - 1
        if rows > 1:
            assert re.search(r"ORDER\s+BY", _top_level(source), re.I), nbgrader_meta(cell)["grade_id"]
