"""Time per exercise: the learner's kernel logs cell runs, check reports minutes per exercise."""

import json
import os

from conftest import RELEASE_DIR, SOURCE_DIR, load

from autograde.check import check, format_report
from autograde.timing import exercise_times, read_log, timing_log

CELLS = {"merge": {"answer": {"merge"}, "tests": {"merge_test"}, "target": 10.0},
         "rank": {"answer": {"rank"}, "tests": {"rank_test", "rank_test_2"}, "target": None}}


def run(cell, start, end, ok=True):
    return {"cell": cell, "start": start, "end": end, "ok": ok}


def test_the_clock_runs_from_the_previous_run_to_the_first_passing_test():
    runs = [run("setup", 0, 2), run("merge", 302, 303), run("merge_test", 304, 305, ok=False),
            run("merge", 600, 601), run("merge_test", 602, 603), run("merge_test", 5000, 5001)]
    spent = exercise_times(runs, CELLS)["merge"]
    assert spent == {"minutes": round(601 / 60, 1), "finished": True, "target_minutes": 10.0}


def test_a_long_break_before_the_first_run_is_not_counted():
    runs = [run("setup", 0, 1), run("rank", 7200, 7260), run("rank_test", 7261, 7262)]
    assert exercise_times(runs, CELLS)["rank"]["minutes"] == round(62 / 60, 1)


def test_unfinished_exercises_say_so_and_untouched_ones_are_absent():
    times = exercise_times([run("setup", 0, 1), run("rank", 61, 62), run("rank_test", 63, 64, ok=False)], CELLS)
    assert times["rank"]["finished"] is False
    assert "merge" not in times


def test_a_damaged_log_loses_only_its_bad_lines(tmp_path):
    log = tmp_path / "log.jsonl"
    log.write_text('{"cell": "a", "start": 1, "end": 2, "ok": true}\nnot json\n{"cell": "b"}\n')
    assert [r["cell"] for r in read_log(log)] == ["a"]
    assert read_log(tmp_path / "missing.jsonl") == []


def _execute(client, code, cell_id):
    msg = client.session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                                 "user_expressions": {}, "allow_stdin": False,
                                                 "stop_on_error": False}, metadata={"cellId": cell_id})
    client.shell_channel.send(msg)
    reply = client.get_shell_msg(timeout=60)
    assert reply["content"]["status"] in ("ok", "error")
    return reply["content"]["status"]


def test_a_learner_kernel_logs_runs_and_check_reports_minutes(tmp_path):
    from jupyter_client.manager import KernelManager

    name = "week01/python_fundamentals"
    release, master = load(RELEASE_DIR / f"{name}.ipynb"), load(SOURCE_DIR / f"{name}.ipynb")
    path = tmp_path / "week01" / "python_fundamentals.ipynb"
    path.parent.mkdir()
    by_id = {c.get("id"): c for c in master["cells"]}
    answer = "".join(by_id["sample_variance"]["source"])
    for cell in release["cells"]:
        if cell.get("id") == "sample_variance":
            cell["source"] = answer
    path.write_text(json.dumps(release), encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if k not in ("AUTOGRADE_GRADING", "NBGRADER_EXECUTION")}
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel(cwd=str(path.parent), env={**env, "JPY_SESSION_NAME": str(path)})
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        for cell_id in ("setup", "sample_variance", "sample_variance_test"):
            _execute(client, "".join(by_id[cell_id]["source"]) if cell_id != "sample_variance" else answer, cell_id)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)

    assert [r["cell"] for r in read_log(timing_log(path))] == ["setup", "sample_variance", "sample_variance_test"]
    report = check(path)
    spent = report["exercises"]["sample_variance"]["time"]
    assert spent["finished"] is True and spent["minutes"] < 5
    assert "time" not in report["exercises"]["merge_sorted"]
    assert "min" in format_report(report).split("sample_variance", 1)[1].splitlines()[0]
    # the grader's own kernel never adds to the learner's log
    assert len(read_log(timing_log(path))) == 3
