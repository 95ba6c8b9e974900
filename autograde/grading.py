"""Score an executed notebook the way ``nbgrader autograde`` does, and explain each failure."""

import re

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TEST_ID = re.compile(r"^(?P<exercise>\w+?)_test(_\d+)?$")


def exercise_id(grade_id: str) -> str | None:
    """The exercise a test cell belongs to (``largest_team_test_2`` -> ``largest_team``)."""
    match = TEST_ID.match(grade_id)
    return match.group("exercise") if match else None


def nbgrader_meta(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_test_cell(cell: dict) -> bool:
    meta = nbgrader_meta(cell)
    return cell.get("cell_type") == "code" and bool(meta.get("grade")) and not meta.get("solution")


def is_manual_cell(cell: dict) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and bool(meta.get("solution")) or bool(meta.get("task"))


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _first_line(value) -> str:
    lines = ANSI.sub("", _text(value)).strip().splitlines()
    return lines[0] if lines else ""


def score_test_cell(cell: dict) -> tuple[float, str | None]:
    """Points earned and, when short of full marks, why (nbgrader's rules)."""
    points = float(nbgrader_meta(cell).get("points", 0))
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "error":
            return 0.0, _explain(output.get("ename", "Error"), ANSI.sub("", _text(output.get("evalue", ""))))
        if kind == "stream" and output.get("name") == "stderr":
            return 0.0, f"the test wrote to stderr: {_first_line(output.get('text', ''))}"
        if kind == "execute_result":
            return _partial(output, points)
    return points, None


def _partial(output: dict, points: float) -> tuple[float, str | None]:
    try:
        earned = float(_text(output.get("data", {}).get("text/plain", "")).strip())
    except ValueError:
        return points, None
    earned = min(max(earned, 0.0), points)
    return earned, None if earned == points else f"partial credit: {earned:g} of {points:g}"


def _explain(ename: str, evalue: str) -> str:
    if ename == "NotImplementedError":
        return "not answered yet: replace `raise NotImplementedError()` in the answer cell with your code."
    if ename == "NameError":
        return f"{evalue}: the answer cell did not define it (did it run without an error?)"
    if ename in ("AssertionError", "ResultMismatch"):
        return evalue or "a test assertion failed"
    return f"{ename}: {evalue}"


def _answer_failure(cell: dict) -> str | None:
    """The error an answer cell stopped with (a timeout, a dead kernel, ...), if any."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return f"{output.get('ename', 'Error')}: {_first_line(output.get('evalue', ''))}".rstrip(": ")
    return None


def grade(executed: dict, assignment: str, notebook: str) -> dict:
    """The CONTRACT's report: per exercise, per test cell; manual points kept apart."""
    exercises: dict[str, dict] = {}
    manual = 0.0
    failed_answers = {nbgrader_meta(c).get("grade_id"): _answer_failure(c) for c in executed.get("cells", [])
                      if nbgrader_meta(c).get("solution") and c.get("cell_type") == "code"}
    for cell in executed.get("cells", []):
        if is_manual_cell(cell):
            manual += float(nbgrader_meta(cell).get("points", 0))
            continue
        if not is_test_cell(cell):
            continue
        grade_id = nbgrader_meta(cell)["grade_id"]
        score, message = score_test_cell(cell)
        max_score = float(nbgrader_meta(cell).get("points", 0))
        failure = failed_answers.get(exercise_id(grade_id))
        if message and failure:
            message = f"the answer cell failed ({failure}); {message}"
        entry = exercises.setdefault(exercise_id(grade_id) or grade_id, {"score": 0.0, "max_score": 0.0, "tests": []})
        entry["score"] += score
        entry["max_score"] += max_score
        entry["tests"].append(
            {"grade_id": grade_id, "score": score, "max_score": max_score,
             "passed": score == max_score, "message": message}
        )
    return {
        "assignment": assignment,
        "notebook": notebook,
        "score": sum(e["score"] for e in exercises.values()),
        "max_score": sum(e["max_score"] for e in exercises.values()),
        "manual_max_score": manual,
        "exercises": exercises,
    }


def error_cells(executed: dict) -> list[tuple[int, str]]:
    """(cell number, first error line) for every cell with an error or stderr output."""
    found = []
    for number, cell in enumerate(executed.get("cells", []), start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" or output.get("name") == "stderr":
                text = output.get("evalue") or output.get("text") or output.get("ename", "error")
                found.append((number, f"{output.get('ename', 'stderr')}: {_first_line(text)}"))
                break
    return found
