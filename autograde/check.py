"""``autograde check``: grade one learner notebook against its source's hidden tests."""

import copy
import json
from pathlib import Path

from .errors import CourseError
from .grading import grade, is_test_cell, nbgrader_meta
from .paths import SOURCE_DIR, database_path


class CheckError(CourseError):
    """Bad input: the message is the one line the learner sees."""


def load_notebook(path: Path) -> dict:
    """A notebook as plain JSON, or ``CheckError`` saying why it is not one."""
    if not path.exists():
        raise CheckError(f"no such file: {path}")
    if not path.is_file():
        raise CheckError(f"not a file: {path}")
    from .sandbox import Limits

    limit = Limits.from_env().max_notebook_mb
    if path.stat().st_size > limit << 20:
        raise CheckError(f"{path} is {path.stat().st_size >> 20} MB, more than the {limit} MB a notebook may be: "
                         "clear its outputs (Edit > Clear Outputs of All Cells), save and try again")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise CheckError(f"{path} is not a notebook (not UTF-8 text)") from None
    if not text.strip():
        raise CheckError(f"{path} is empty, not a notebook")
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as error:
        raise CheckError(f"{path} is not a notebook (invalid JSON at line {error.lineno})") from None
    if isinstance(nb, dict) and "nbformat" in nb and nb["nbformat"] != 4:
        raise CheckError(f"{path} is nbformat {nb['nbformat']}; open and save it in JupyterLab (nbformat 4)")
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise CheckError(f"{path} is not a Jupyter notebook (no list of cells)")
    if nb.get("nbformat") != 4:
        raise CheckError(f"{path} is nbformat {nb.get('nbformat')}; open and save it in JupyterLab (nbformat 4)")
    if not all(isinstance(c, dict) and "cell_type" in c for c in nb["cells"]):
        raise CheckError(f"{path} is corrupted (a cell without a type)")
    if not isinstance(nb.get("metadata", {}), dict):
        raise CheckError(f"{path} is corrupted (its metadata is not a JSON object)")
    for number, cell in enumerate(nb["cells"], start=1):
        source, metadata = cell.get("source", ""), cell.get("metadata", {})
        if not (isinstance(metadata, dict) and isinstance(metadata.get("nbgrader") or {}, dict)
                and isinstance(cell.get("id", ""), str)
                and (isinstance(source, str) or isinstance(source, list) and all(isinstance(s, str) for s in source))):
            raise CheckError(f"{path} is corrupted (cell {number}: its text, id or metadata has the wrong type)")
    return nb


def source_for(path: Path) -> tuple[str, str, Path]:
    """Assignment, topic and source notebook named by ``.../<assignment>/<topic>.ipynb``."""
    assignment, topic = path.parent.name, path.stem
    source = SOURCE_DIR / assignment / f"{topic}.ipynb"
    if path.suffix != ".ipynb" or not source.is_file():
        known = sorted(f"{p.parent.name}/{p.name}" for p in SOURCE_DIR.glob("*/*.ipynb"))
        raise CheckError(
            f"{assignment}/{topic}{path.suffix} is not a notebook of this course "
            f"(expected one of: {', '.join(known) or 'none built yet; run make build'})"
        )
    return assignment, topic, source


def _key(cell: dict) -> tuple[str, str] | None:
    """How a cell is matched across copies: its grade_id, else its cell id."""
    grade_id = nbgrader_meta(cell).get("grade_id")
    if grade_id:
        return ("grade_id", grade_id)
    return ("id", cell["id"]) if cell.get("id") else None


def merge(learner: dict, source: dict) -> dict:
    """The learner's answers inside the source's locked cells and hidden tests, as nbgrader does.

    Locked cells and test cells come from the source; answer cells and other unlocked cells
    keep the learner's text (an answer cell the learner deleted comes back empty); cells the
    learner added run right after the cell they follow. The source's order rules.
    """
    known = {_key(c) for c in source["cells"]} - {None}
    mine, extras, anchor = {}, {}, None
    for cell in learner["cells"]:
        key = _key(cell)
        if key in known:
            mine.setdefault(key, cell)
            anchor = key
        elif cell.get("cell_type") == "code":  # a cell of the learner's: never a graded one
            metadata = {k: v for k, v in (cell.get("metadata") or {}).items() if k != "nbgrader"}
            extras.setdefault(anchor, []).append({**cell, "metadata": metadata})
    cells = []
    for cell in copy.deepcopy(source["cells"]):
        meta, key = nbgrader_meta(cell), _key(cell)
        if not (meta.get("locked") or is_test_cell(cell)):
            theirs = mine.get(key)
            if theirs is not None and theirs.get("cell_type") == cell["cell_type"]:
                cell["source"] = theirs.get("source", "")
            elif meta.get("solution"):
                cell["source"] = ""  # deleted answer: never fall back to the reference
        cells.append(cell)
        cells.extend(copy.deepcopy(extras.pop(key, [])))
    setup = next((i + 1 for i, c in enumerate(cells) if nbgrader_meta(c).get("locked")), 0)
    for leftover in extras.values():  # cells before any known cell run right after the set-up
        cells[setup:setup] = copy.deepcopy(leftover)
    for cell in cells:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return {**source, "cells": cells}


def check(path, progress=None) -> dict:
    """Grade the notebook at ``path``; the CONTRACT's report as a dict."""
    path = Path(path)
    learner = load_notebook(path)
    mock = ((learner.get("metadata") or {}).get("autograde") or {}).get("mock")
    if mock:
        assignment, topic, source = path.parent.name, path.stem, mock_source(mock)
    else:
        assignment, topic, source_path = source_for(path)
        source = json.loads(source_path.read_text(encoding="utf-8"))
    merged = merge(learner, source)
    from .database import ensure_database

    ensure_database(database_path())
    from .kernel import execute_notebook

    execute_notebook(merged, cwd=path.parent.resolve(), progress=progress)
    from .timing import add_times

    report = add_times(grade(merged, assignment, topic), path, source)
    if mock:
        from .mock import record_check

        record_check(path, mock, report)
    return report


def record_history(path: Path, report: dict) -> None:
    """Append a learner's check to ``<workspace>/.autograde/check_history.jsonl`` (for reports)."""
    import time

    from .paths import COURSE_ROOT

    path = Path(path).resolve()
    if any(path.is_relative_to(COURSE_ROOT / d) for d in ("source", "release", "solutions")):
        return  # an instructor checking the course's own notebooks
    line = {"at": time.strftime("%Y-%m-%dT%H:%M:%S"), "assignment": report["assignment"],
            "notebook": report["notebook"], "score": report["score"], "max_score": report["max_score"],
            "exercises": {k: [v["score"], v["max_score"]] for k, v in report["exercises"].items()}}
    log = path.parent.parent / ".autograde" / "check_history.jsonl"
    try:
        log.parent.mkdir(exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")
    except OSError:
        pass  # a read-only workspace loses the history, never the grade


def mock_source(manifest: dict) -> dict:
    """The hidden-test version of a mock attempt, rebuilt from the exercises it names."""
    from .compose import compose

    try:
        return compose(manifest, "source")
    except (KeyError, TypeError, ValueError, AttributeError, OSError) as error:
        raise CourseError(f"this mock attempt names exercises the course does not have ({error}); "
                          "start a new attempt") from None


def describe_time(spent: dict | None) -> str:
    """``12.5 min (target 20)``, or ``18 min so far`` while the visible tests have not passed."""
    if not spent:
        return ""
    minutes = spent["minutes"]
    text = (f"{minutes:g} min" if minutes >= 1 else "<1 min") + ("" if spent["finished"] else " so far")
    target = spent.get("target_minutes")
    if target:
        text += f" (target {target:g}{', over' if minutes > target else ''})"
    return text


def format_report(report: dict) -> str:
    """The human-readable report: one line per exercise, reasons indented under it."""
    exercises = report["exercises"]
    passed = sum(1 for e in exercises.values() if e["score"] == e["max_score"])
    width = max((len(name) for name in exercises), default=10)
    lines = [
        f"{report['assignment']}/{report['notebook']}: {passed}/{len(exercises)} exercises pass "
        f"(hidden tests included), {report['score']:g}/{report['max_score']:g} points"
    ]
    for name, entry in exercises.items():
        mark = "PASS" if entry["score"] == entry["max_score"] else "FAIL"
        points = f"{entry['score']:g}/{entry['max_score']:g}"
        lines.append(f"  {mark}  {name:<{width}}  {points:<7}{describe_time(entry.get('time'))}".rstrip())
        for test in entry["tests"]:
            if test["message"]:
                message = test["message"].splitlines()
                lines.append(f"        {message[0]}")
                lines.extend(f"          {line}" for line in message[1:])
    if report["manual_max_score"]:
        lines.append(f"  + {report['manual_max_score']:g} points graded by a person (not counted here)")
    return "\n".join(lines)
