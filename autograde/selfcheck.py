"""The "check my work" cell: the honest grade, hidden tests included, inside the notebook."""

import html
import json
import os
import subprocess
import sys
import time
from pathlib import Path

GRADING_ENV = "AUTOGRADE_GRADING"  # set in every kernel a grader starts


def being_graded() -> bool:
    """True inside a grading run (autograde check, the build, nbgrader autograde or validate)."""
    return bool(os.environ.get(GRADING_ENV) or os.environ.get("NBGRADER_EXECUTION"))


def notebook_path() -> Path | None:
    """The notebook this kernel belongs to, as JupyterLab told the kernel at start."""
    name = os.environ.get("JPY_SESSION_NAME")
    return Path(name) if name and name.endswith(".ipynb") and Path(name).is_file() else None


def check_my_work() -> None:
    """Grade the saved copy of this notebook in a fresh kernel and show the report here."""
    from IPython.display import HTML, display

    if being_graded():
        return
    path = notebook_path()
    if path is None:
        print("This cell cannot tell which notebook it is in (was it renamed?). In a terminal, run:\n"
              "    autograde check <week>/<notebook>.ipynb")
        return
    saved = path.stat().st_mtime
    done = subprocess.run([sys.executable, "-m", "autograde", "check", str(path), "--json"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr.strip() or "autograde check failed")
        return
    display(HTML(render(json.loads(done.stdout), saved)))


def render(report: dict, saved: float) -> str:
    """The report as an HTML table, with when the graded copy was saved."""
    from .check import describe_time

    exercises = report["exercises"]
    passed = sum(1 for e in exercises.values() if e["score"] == e["max_score"])
    age = max(0, int(time.time() - saved))
    rows = []
    for name, entry in exercises.items():
        ok = entry["score"] == entry["max_score"]
        reasons = "<br>".join(html.escape(t["message"]).replace("\n", "<br>") for t in entry["tests"] if t["message"])
        verdict = "<b style='color:#1a7f37'>PASS</b>" if ok else "<b style='color:#cf222e'>FAIL</b>"
        rows.append(
            f"<tr><td style='text-align:left'>{verdict}</td>"
            f"<td style='text-align:left'><code>{html.escape(name)}</code></td>"
            f"<td style='text-align:left'>{entry['score']:g}/{entry['max_score']:g}</td>"
            f"<td style='text-align:left'>{html.escape(describe_time(entry.get('time')))}</td>"
            f"<td style='text-align:left'><small>{reasons}</small></td></tr>"
        )
    manual = report.get("manual_max_score") or 0
    return (
        f"<p><b>{passed}/{len(exercises)} exercises pass, hidden tests included</b> "
        f"({report['score']:g}/{report['max_score']:g} points"
        + (f"; {manual:g} more points are graded by a person" if manual else "") + ").</p>"
        f"<p><small>Graded the copy saved {time.strftime('%H:%M:%S', time.localtime(saved))} "
        f"({age} s ago). Edits made since are not included: save (Ctrl+S) and run this cell "
        "again.</small></p>"
        "<table><tr><th></th><th style='text-align:left'>exercise</th><th style='text-align:left'>points</th>"
        "<th style='text-align:left'>time</th><th style='text-align:left'>what to fix</th></tr>"
        + "".join(rows) + "</table>"
    )
