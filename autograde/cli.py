"""The ``autograde`` command: check, build, data, grade, mock, report, workspace."""

import argparse
import json
import os
import sys


def _check(args) -> int:
    from .check import check, format_report, record_history

    bar = None
    if not args.json and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="grading", unit="cell", leave=False)
    report = check(args.notebook, progress=(lambda cell: bar.update()) if bar else None)
    if bar:
        bar.close()
    record_history(args.notebook, report)
    print(json.dumps(report) if args.json else format_report(report))
    return 0


def _build(args) -> int:
    from .build import build

    masters = build()
    print(f"built {len(masters)} notebook(s): source/, release/ and solutions/ are up to date")
    return 0


def _data(args) -> int:
    from tqdm import tqdm

    from .database import DATA_VERSION, database_settings
    from .dataset import DEFAULT_SEED, SCHEMA, write_database
    from .paths import database_path
    from .real_data import SOURCES

    target = args.output or database_path()
    current = database_settings(target)
    if current and current["version"] == DATA_VERSION and not args.force:
        if args.postgres:
            return _data_postgres(args.postgres, target)
        print(f"{target} is up to date (use --force to rebuild it)")
        return 0
    with tqdm(total=len(SCHEMA) + len(SOURCES), desc="datasets", unit="table") as bar:
        seed = DEFAULT_SEED if args.seed is None else args.seed
        write_database(target, seed=seed, scale=args.scale, progress=lambda name, rows: bar.update())
    print(f"wrote {target} (seed {seed}, scale {args.scale:g})")
    return _data_postgres(args.postgres, target) if args.postgres else 0


def _data_postgres(url: str, source) -> int:
    from tqdm import tqdm

    from .postgres import load_database

    with tqdm(desc="PostgreSQL", unit="table") as bar:
        tables = load_database(url, source, progress=lambda name: bar.update())
    print(f"copied {len(tables)} tables from {source} into {url}; "
          f"set AUTOGRADE_SQL_URL={url} to run the notebooks on it")
    return 0


def _grade(args) -> int:
    from .cohort import grade_cohort
    from .paths import COURSE_ROOT

    outcome = grade_cohort(args.assignment, args.course or COURSE_ROOT, args.workers, args.scheduler)
    failed = {s: r for s, r in outcome.items() if r}
    print(f"{args.assignment}: {len(outcome) - len(failed)} of {len(outcome)} submission(s) graded "
          "into the gradebook")
    for student, reason in failed.items():
        print(f"  FAILED  {student}: {reason}")
    return 0


def _report(args) -> int:
    from .report import gradebook_rows, history_rows, latest_checks, write_report

    if args.mine:
        rows, title = latest_checks(history_rows(args.mine)), f"Your checks in {args.mine}"
    else:
        from .paths import COURSE_ROOT

        rows = gradebook_rows(args.course or COURSE_ROOT)
        if args.assignment:
            rows = [r for r in rows if r["assignment"] in args.assignment]
        title = "Cohort report: " + (", ".join(args.assignment) if args.assignment else "all assignments")
    page = write_report(rows, args.out, title)
    print(f"wrote {page} and the CSV files beside it")
    return 0


def _mock(args) -> int:
    from .mock import start_attempt

    path = start_attempt(args.loop, args.seed, workspace=args.dir)
    print(f"wrote {path}: open it in JupyterLab, then `autograde check {path}` when you are done")
    return 0


def _workspace(args) -> int:
    from .workspace import sync_workspace

    copied = sync_workspace(workspace=args.dir)
    print(f"workspace {args.dir}: {len(copied)} new notebook(s) copied; existing work left untouched")
    return 0


def parser() -> argparse.ArgumentParser:
    from pathlib import Path

    from .paths import WORKSPACE_DIR

    main = argparse.ArgumentParser(prog="autograde", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="grade one of your notebooks, hidden tests included")
    check.add_argument("notebook", type=Path, help="e.g. week01/sql_foundations.ipynb")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(run=_check)
    commands.add_parser("build", help="rebuild source/, release/ and solutions/").set_defaults(run=_build)
    data = commands.add_parser("data", help="generate the retail DuckDB database")
    data.add_argument("--seed", type=int, help="default: the course's fixed seed")
    data.add_argument("--scale", type=float, default=1.0, help="1 = 60k transactions; 10 = 600k")
    data.add_argument("--output", type=Path, help="default: datasets/retail.duckdb")
    data.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    data.add_argument("--postgres", metavar="URL",
                      help="also copy the tables into this PostgreSQL database (postgresql://...)")
    data.set_defaults(run=_data)
    grade = commands.add_parser("grade", help="autograde every submission of an assignment, in parallel")
    grade.add_argument("assignment", help="e.g. week01")
    grade.add_argument("--workers", type=int, help="parallel submissions (default: number of cores)")
    grade.add_argument("--scheduler", help="address of a running Dask distributed scheduler")
    grade.add_argument("--course", type=Path, help="nbgrader course root (default: this repository)")
    grade.set_defaults(run=_grade)
    report = commands.add_parser("report", help="cohort analytics from the gradebook (or --mine: your checks)")
    report.add_argument("assignment", nargs="*", help="default: every assignment in the gradebook")
    report.add_argument("--course", type=Path, help="nbgrader course root (default: this repository)")
    report.add_argument("--mine", type=Path, metavar="WORKSPACE", help="report your own checks, e.g. work/")
    report.add_argument("--out", type=Path, default=Path("reports"), help="folder for CSV and HTML (default: reports/)")
    report.set_defaults(run=_report)
    mock = commands.add_parser("mock", help="start a timed mock interview drawn from the course")
    mock.add_argument("loop", choices=["mock_interview_1", "full_loop"], help="which loop")
    mock.add_argument("--seed", type=int, help="the same seed and history draw the same rounds")
    mock.add_argument("--dir", type=Path, default=WORKSPACE_DIR, help="your workspace (default: work/)")
    mock.set_defaults(run=_mock)
    workspace = commands.add_parser("workspace", help="copy new release notebooks into your workspace")
    workspace.add_argument("--dir", type=Path, default=WORKSPACE_DIR, help="default: work/")
    workspace.set_defaults(run=_workspace)
    return main


def main(argv=None) -> int:
    from .errors import CourseError

    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("autograde: interrupted", file=sys.stderr)
        return 130
    except CourseError as error:
        print(f"autograde: error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug or a broken environment: say so in one line
        if os.environ.get("AUTOGRADE_DEBUG"):
            raise
        first = (str(error).strip().splitlines() or [""])[0]
        print(f"autograde: error: {type(error).__name__}: {first} (AUTOGRADE_DEBUG=1 shows more)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
