"""Analytics: a cohort's gradebook, or one learner's history of checks, as CSV and an HTML page."""

import base64
import csv
import html
import io
import json
from collections import defaultdict
from pathlib import Path

from .errors import CourseError
from .grading import exercise_id


def gradebook_rows(course: Path) -> list[dict]:
    """One row per graded cell of every submission in ``course/gradebook.db``."""
    database = Path(course) / "gradebook.db"
    if not database.exists():
        raise CourseError(f"no gradebook at {database}: run `autograde grade <assignment>` first")
    import os

    from nbgrader.api import Gradebook

    from .paths import tool_env

    os.environ["PATH"] = tool_env()["PATH"]  # nbgrader runs alembic on a new gradebook
    rows = []
    with Gradebook(f"sqlite:///{database}") as gradebook:
        for assignment in gradebook.assignments:
            for submission in assignment.submissions:
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        rows.append({"student": submission.student_id, "assignment": assignment.name,
                                     "notebook": notebook.name, "cell": grade.name,
                                     "exercise": exercise_id(grade.name) or grade.name,
                                     "score": float(grade.score), "max_score": float(grade.max_score),
                                     "graded_by": "person" if grade.cell.cell_type == "markdown" else "tests"})
    return rows


def history_rows(workspace: Path) -> list[dict]:
    """One row per exercise of every ``autograde check`` run recorded in the workspace."""
    log = Path(workspace) / ".autograde" / "check_history.jsonl"
    if not log.exists():
        raise CourseError(f"no check history in {workspace}: run `autograde check <notebook>` first")
    rows = []
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            run = json.loads(line)
        except ValueError:
            continue
        for name, (score, max_score) in run["exercises"].items():
            rows.append({"student": "you", "assignment": run["assignment"], "notebook": run["notebook"],
                         "checked_at": run["at"], "exercise": name, "score": score, "max_score": max_score})
    return rows


def summarise(rows: list[dict]) -> dict[str, list[dict]]:
    """Score per learner and assignment, and pass rate per exercise (item analysis)."""
    totals = defaultdict(lambda: [0.0, 0.0])
    items = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for row in rows:
        total = totals[row["student"], row["assignment"]]
        total[0] += row["score"]
        total[1] += row["max_score"]
        item = items[row["assignment"], row["notebook"], row["exercise"]][row["student"]]
        item[0] += row["score"]
        item[1] += row["max_score"]
    scores = [{"student": s, "assignment": a, "score": round(v[0], 2), "max_score": round(v[1], 2),
               "percent": round(100 * v[0] / v[1], 1) if v[1] else 0.0} for (s, a), v in sorted(totals.items())]
    exercises = []
    for (assignment, notebook, exercise), by_student in sorted(items.items()):
        full = [v[1] > 0 and v[0] >= v[1] for v in by_student.values()]
        exercises.append({"assignment": assignment, "notebook": notebook, "exercise": exercise,
                          "learners": len(full), "pass_rate": round(sum(full) / len(full), 3),
                          "mean_score": round(sum(v[0] for v in by_student.values()) / len(full), 2),
                          "max_score": max(v[1] for v in by_student.values())})
    return {"scores": scores, "exercises": exercises}


def latest_checks(rows: list[dict]) -> list[dict]:
    """A learner's history reduced to the latest check of each notebook."""
    last = {}
    for row in sorted(rows, key=lambda r: r["checked_at"]):
        last[row["notebook"], row["exercise"]] = row
    return list(last.values())


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    return "<img alt='plot' src='data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode() + "'>"


def _plots(summary: dict) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures = []
    assignments = sorted({s["assignment"] for s in summary["scores"]})
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.hist([[s["percent"] for s in summary["scores"] if s["assignment"] == a] for a in assignments],
            bins=10, range=(0, 100), label=assignments)
    ax.set(xlabel="score (% of autograded and hand-graded points)", ylabel="learners", title="Score distribution")
    ax.legend()
    figures.append(_png(fig))
    hardest = sorted(summary["exercises"], key=lambda e: e["pass_rate"])[:20]
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(hardest) + 1))
    ax.barh([f"{e['assignment']}/{e['notebook']}/{e['exercise']}" for e in hardest], [100 * e["pass_rate"] for e in hardest])
    ax.invert_yaxis()
    ax.set(xlabel="learners with full marks (%)", xlim=(0, 100), title="The exercises most learners miss")
    figures.append(_png(fig))
    students = sorted({s["student"] for s in summary["scores"]})
    if len(assignments) > 1:
        fig, ax = plt.subplots(figsize=(7, 3))
        for student in students[:30]:
            mine = {s["assignment"]: s["percent"] for s in summary["scores"] if s["student"] == student}
            ax.plot(assignments, [mine.get(a) for a in assignments], marker="o", label=student)
        ax.set(ylabel="score (%)", ylim=(0, 105), title="Progress across weeks")
        if len(students) <= 10:
            ax.legend(fontsize="small")
        figures.append(_png(fig))
    plt.close("all")
    return figures


def _table(rows: list[dict]) -> str:
    if not rows:
        return "<p>(none)</p>"
    head = "".join(f"<th>{html.escape(k)}</th>" for k in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r.values()) + "</tr>" for r in rows)
    return f"<table border='1' cellpadding='3' style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"


def write_report(rows: list[dict], out: Path, title: str) -> Path:
    """``scores.csv``, ``exercises.csv`` and ``index.html`` (plots and tables) in ``out``."""
    if not rows:
        raise CourseError("nothing to report: no graded submissions")
    summary = summarise(rows)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in summary.items():
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(table[0]))
            writer.writeheader()
            writer.writerows(table)
    hardest = sorted(summary["exercises"], key=lambda e: (e["pass_rate"], e["exercise"]))
    page = (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            f"<h1>{html.escape(title)}</h1>" + "".join(_plots(summary))
            + "<h2>Exercises, hardest first</h2>" + _table(hardest)
            + "<h2>Scores</h2>" + _table(summary["scores"]) + "</body></html>")
    (out / "index.html").write_text(page, encoding="utf-8")
    return out / "index.html"
