"""Turn an authoring file (jupytext percent format) into an nbgrader master notebook.

Authors write short nbgrader metadata in cell headers, e.g.
``# %% nbgrader={"grade_id": "largest_team", "solution": true}``; this module fills in the
rest, adds the shared header and footer cells and writes each SQL exercise's reference query into
its hidden tests wherever a test cell says ``SOLUTION_SQL``.
"""

from pathlib import Path

import jupytext
import nbformat

from .errors import CourseError
from .grading import exercise_id
from .paths import COURSE_ROOT

HEADER_FILE = "curriculum/header.py"
FOOTER_FILE = "curriculum/footer.py"
SOLUTION_PLACEHOLDER = "SOLUTION_SQL"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


class AuthoringError(CourseError):
    """An authoring file breaks the course's conventions."""


def full_metadata(short: dict, where: str) -> dict:
    """Complete nbgrader metadata from the few keys an author writes."""
    meta = {"grade": False, "locked": False, "schema_version": 3, "solution": False, "task": False}
    meta.update(short)
    if "grade_id" not in meta:
        raise AuthoringError(f"{where}: nbgrader cell without a grade_id")
    if meta["grade"] and not meta["solution"]:
        meta["locked"] = True
    if not meta["grade"] and not meta["solution"] and "locked" not in short:
        meta["locked"] = True
    if meta["grade"] and "points" not in meta:
        raise AuthoringError(f"{where}: graded cell {meta['grade_id']} has no points")
    return meta


def _solution_queries(cells) -> dict[str, str]:
    queries = {}
    for cell in cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.source.lstrip().startswith("%%sql"):
            queries[meta["grade_id"]] = cell.source.lstrip().split("\n", 1)[1].strip()
    return queries


def _inline_reference(cell, queries: dict[str, str], where: str) -> None:
    if SOLUTION_PLACEHOLDER not in cell.source:
        return
    exercise = exercise_id(cell.metadata["nbgrader"]["grade_id"])
    if exercise not in queries:
        raise AuthoringError(f"{where}: {SOLUTION_PLACEHOLDER} used, but no SQL solution for {exercise}")
    query = queries[exercise]
    if '"""' in query:
        raise AuthoringError(f'{where}: the solution of {exercise} may not contain """')
    indented = "\n".join("    " + line if line else line for line in query.splitlines())
    cell.source = cell.source.replace(SOLUTION_PLACEHOLDER, f'"""\n{indented}\n"""')


def source_notebook(path: Path, root: Path = COURSE_ROOT) -> nbformat.NotebookNode:
    """The nbgrader master notebook for one authoring file."""
    path = Path(path)
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    nb = jupytext.read(path, fmt="py:percent")
    header = jupytext.read(root / HEADER_FILE, fmt="py:percent").cells
    first = 1 if nb.cells and nb.cells[0].cell_type == "markdown" else 0
    nb.cells[first:first] = header
    nb.cells += jupytext.read(root / FOOTER_FILE, fmt="py:percent").cells
    queries = _solution_queries(nb.cells)
    seen = set()
    for index, cell in enumerate(nb.cells):
        where = f"{relative} cell {index + 1}"
        short = cell.metadata.pop("nbgrader", None)
        timing = cell.metadata.get("autograde")
        cell.metadata = {}
        if timing is not None:
            if not (isinstance(timing, dict) and set(timing) == {"target_minutes"}
                    and isinstance(timing["target_minutes"], (int, float)) and timing["target_minutes"] > 0):
                raise AuthoringError(f'{where}: write autograde={{"target_minutes": N}} with N > 0 minutes')
            cell.metadata["autograde"] = timing
        if short is not None:
            cell.metadata["nbgrader"] = full_metadata(short, where)
            grade_id = short["grade_id"]
            if grade_id in seen:
                raise AuthoringError(f"{where}: duplicate grade_id {grade_id}")
            seen.add(grade_id)
            cell.id = grade_id
            if cell.metadata["nbgrader"]["grade"] and not cell.metadata["nbgrader"]["solution"]:
                _inline_reference(cell, queries, where)
        else:
            cell.id = f"cell-{index:03d}"
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata = {
        "kernelspec": KERNELSPEC,
        "language_info": {"name": "python"},
        "autograde": {"generated_from": relative},
    }
    nb.nbformat, nb.nbformat_minor = 4, 5
    return nb
