"""Time per exercise: the learner's kernel logs each cell run, ``check`` reads the log.

The log is ``.autograde/<notebook>.timing.jsonl`` next to the notebook, one line per run:
the cell id, when it started and ended, and whether it raised. Nothing is logged inside a
grader, and nothing the learner sees changes.
"""

import json
import time
from pathlib import Path

from .grading import exercise_id, nbgrader_meta

IDLE_LIMIT = 30 * 60  # longer pauses before an exercise's first run count as a break


def timing_log(notebook: Path) -> Path:
    """Where the timing log of ``notebook`` lives."""
    notebook = Path(notebook)
    return notebook.parent / ".autograde" / f"{notebook.stem}.timing.jsonl"


def record_cell_times(shell, notebook: Path) -> None:
    """Append every cell run of this kernel to the notebook's timing log (never raises)."""
    log, started = timing_log(notebook), {"t": time.time()}  # the cell registering this runs now

    def before(info) -> None:
        started["t"] = time.time()

    def after(result) -> None:
        cell = getattr(result.info, "cell_id", None)
        if not cell or "t" not in started:
            return
        line = {"cell": cell, "start": round(started.pop("t"), 3), "end": round(time.time(), 3),
                "ok": bool(result.success)}
        try:
            log.parent.mkdir(exist_ok=True)
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(line) + "\n")
        except OSError:
            pass  # a read-only folder costs the timing, never the learner's run

    shell.events.register("pre_run_cell", before)
    shell.events.register("post_run_cell", after)


def read_log(path: Path) -> list[dict]:
    """The runs in a timing log, oldest first; unreadable lines are skipped."""
    runs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return runs
    for line in lines:
        try:
            run = json.loads(line)
            runs.append({"cell": str(run["cell"]), "start": float(run["start"]),
                         "end": float(run["end"]), "ok": bool(run["ok"])})
        except (ValueError, KeyError, TypeError):
            continue
    return sorted(runs, key=lambda r: r["start"])


def exercise_cells(notebook: dict) -> dict[str, dict]:
    """Per exercise: its answer and test cell ids, and the target minutes its answer cell sets."""
    found: dict[str, dict] = {}
    for cell in notebook.get("cells", []):
        meta = nbgrader_meta(cell)
        grade_id = meta.get("grade_id")
        if not grade_id:
            continue
        if meta.get("solution") and cell.get("cell_type") == "code":
            entry = found.setdefault(grade_id, {"answer": set(), "tests": set(), "target": None})
            entry["answer"].add(cell.get("id") or grade_id)
            target = cell.get("metadata", {}).get("autograde", {}).get("target_minutes")
            entry["target"] = float(target) if target is not None else None
        elif exercise_id(grade_id) in found:
            found[exercise_id(grade_id)]["tests"].add(cell.get("id") or grade_id)
    return found


def exercise_times(runs: list[dict], cells: dict[str, dict]) -> dict[str, dict]:
    """Minutes per exercise from the previous run to the first passing test run.

    The clock starts when the learner last ran anything before first running the exercise
    (reading and writing time), unless that was more than ``IDLE_LIMIT`` earlier (a break:
    then it starts at the first run). It stops at the first run of a test cell that passed,
    or, if none passed, at the last run of the exercise's cells (``finished`` is then False).
    """
    times = {}
    for name, entry in cells.items():
        mine = entry["answer"] | entry["tests"]
        indices = [i for i, run in enumerate(runs) if run["cell"] in mine]
        if not indices:
            continue
        first = runs[indices[0]]
        before = runs[indices[0] - 1]["end"] if indices[0] > 0 else first["start"]
        start = before if first["start"] - before <= IDLE_LIMIT else first["start"]
        passed = [runs[i] for i in indices if runs[i]["cell"] in entry["tests"] and runs[i]["ok"]]
        end = passed[0]["end"] if passed else runs[indices[-1]]["end"]
        times[name] = {"minutes": round(max(0.0, end - start) / 60, 1), "finished": bool(passed),
                       "target_minutes": entry["target"]}
    return times


def add_times(report: dict, notebook_path: Path, notebook: dict) -> dict:
    """The report with ``time`` on every exercise the timing log knows about."""
    runs = read_log(timing_log(notebook_path))
    if not runs:
        return report
    for name, spent in exercise_times(runs, exercise_cells(notebook)).items():
        if name in report["exercises"]:
            report["exercises"][name]["time"] = spent
    return report

