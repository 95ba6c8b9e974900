"""Mock interview loops: rounds drawn by seed, missed exercises brought back, a debrief log.

An attempt is a new notebook ``<workspace>/<assignment>/<loop>_attempt_NN.ipynb`` composed
from exercises of earlier weeks; its metadata names the exercises, so ``autograde check``
rebuilds the hidden tests from ``source/``. Each check of an attempt appends to
``<workspace>/.autograde/mock_log.jsonl`` and to ``<assignment>/<loop>_debrief.md``; nothing
is ever overwritten.
"""

import json
import os
import random
import re
import time
import tomllib
from pathlib import Path

from .errors import CourseError
from .paths import COURSE_ROOT, SOURCE_DIR

BANK = COURSE_ROOT / "curriculum" / "mock_loops.toml"
POOL_NOTEBOOK = "week08/full_loop_mock"  # its exercises are the behavioral and bar-raiser rounds
ATTEMPT = re.compile(r"^(?P<loop>\w+)_attempt_(?P<n>\d+)\.ipynb$")
RETIRED_AFTER = 3  # passes in a row, at growing intervals, after which a missed exercise rests


def load_bank() -> dict:
    """The loops and round pools, with behavioral rounds taken from the week08 pool notebook."""
    bank = tomllib.loads(BANK.read_text(encoding="utf-8"))
    pool = SOURCE_DIR / f"{POOL_NOTEBOOK}.ipynb"
    if pool.exists():
        from .timing import exercise_cells

        for grade_id in exercise_cells(json.loads(pool.read_text(encoding="utf-8"))):
            kind = "bar_raiser" if grade_id.startswith("bar_raiser") else "behavioral"
            bank["rounds"][kind]["exercises"].append(f"{POOL_NOTEBOOK}/{grade_id}")
    return bank


def read_records(workspace: Path, loop: str) -> list[dict]:
    """The latest check of every attempt of ``loop``, oldest attempt first."""
    latest = {}
    log = Path(workspace) / ".autograde" / "mock_log.jsonl"
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if record.get("loop") == loop:
                latest[record["attempt"]] = record
    return [latest[k] for k in sorted(latest)]


def review_schedule(records: list[dict]) -> dict[str, int]:
    """Missed exercises and the attempt each is due again: next, then after 2, then 4."""
    state: dict[str, dict] = {}
    for record in records:
        for item in record["rounds"]:
            entry = state.get(item["exercise"])
            if item["score"] < item["max_score"]:
                state[item["exercise"]] = {"streak": 0, "last": record["attempt"]}
            elif entry is not None:
                entry["streak"], entry["last"] = entry["streak"] + 1, record["attempt"]
    return {name: s["last"] + 2 ** s["streak"] for name, s in state.items() if s["streak"] < RETIRED_AFTER}


def _week(exercise: str) -> int:
    return int(exercise.split("/", 1)[0].removeprefix("week"))


def draw(loop: str, seed: int, attempt: int, records: list[dict]) -> dict:
    """The manifest of one attempt: one exercise per round, due reviews first."""
    bank = load_bank()
    if loop not in bank["loops"]:
        raise CourseError(f"unknown loop {loop!r}; choose one of: {', '.join(bank['loops'])}")
    spec = bank["loops"][loop]
    due = review_schedule(records)
    seen = {item["exercise"] for record in records for item in record["rounds"]}
    rounds, taken = [], set()
    for kind in spec["rounds"]:
        pool = bank["rounds"][kind]
        candidates = [e for e in pool["exercises"] if _week(e) <= spec["until_week"] and e not in taken
                      and (SOURCE_DIR / f"{e.rsplit('/', 1)[0]}.ipynb").exists()]
        if not candidates:
            raise CourseError(f"the {kind} round of {loop} has no exercises: run `make build`")
        review = sorted((due[e], e) for e in candidates if e in due and due[e] <= attempt)
        fresh = [e for e in candidates if e not in seen] or candidates
        pick = review[0][1] if review else random.Random(f"{seed}:{kind}").choice(fresh)
        taken.add(pick)
        rounds.append({"round": kind, "title": pool["title"], "minutes": pool["minutes"], "exercise": pick,
                       "review": bool(review)})
    total = sum(r["minutes"] for r in rounds)
    lines = [f"# {spec['title']} · attempt {attempt}", "",
             f"{len(rounds)} rounds, {total:g} minutes in all, drawn with seed {seed}. Work through the "
             "rounds in order and keep to each round's time; the report of **Check your work** at the "
             "end shows your time per round next to its budget. Rounds marked *review* bring back an "
             "exercise you missed in an earlier attempt.", "",
             "| round | | minutes |", "|---|---|---|"]
    lines += [f"| {n}. {r['title']} | {'review' if r['review'] else ''} | {r['minutes']:g} |"
              for n, r in enumerate(rounds, start=1)]
    return {"loop": loop, "assignment": spec["assignment"], "attempt": attempt, "seed": seed,
            "rounds": rounds, "intro": "\n".join(lines)}


def start_attempt(loop: str = "full_loop", seed: int | None = None, workspace: Path | None = None) -> Path:
    """Write the next attempt notebook of ``loop`` into the workspace and return its path."""
    from .compose import compose
    from .paths import WORKSPACE_DIR

    workspace = Path(workspace or WORKSPACE_DIR)
    spec = load_bank()["loops"].get(loop)
    if spec is None:
        raise CourseError(f"unknown loop {loop!r}")
    folder = workspace / spec["assignment"]
    folder.mkdir(parents=True, exist_ok=True)
    numbers = [int(m["n"]) for p in folder.iterdir() if (m := ATTEMPT.match(p.name)) and m["loop"] == loop]
    records = read_records(workspace, loop)
    attempt = max(numbers + [r["attempt"] for r in records] + [0]) + 1
    seed = int.from_bytes(os.urandom(3), "big") if seed is None else seed
    nb = compose(draw(loop, seed, attempt, records))
    path = folder / f"{loop}_attempt_{attempt:02d}.ipynb"
    with open(path, "x", encoding="utf-8") as handle:  # "x": never replaces a file
        json.dump(nb, handle, indent=1)
    return path


def record_check(path: Path, manifest: dict, report: dict) -> None:
    """Append this check of an attempt to the workspace's mock log and the loop's debrief."""
    path = Path(path)
    rounds = []
    for n, item in enumerate(manifest["rounds"], start=1):
        entry = report["exercises"].get(f"r{n}_{item['exercise'].rsplit('/', 1)[1]}", {})
        rounds.append({"round": item["round"], "exercise": item["exercise"], "score": entry.get("score", 0.0),
                       "max_score": entry.get("max_score", 0.0), "time": entry.get("time"),
                       "minutes": item["minutes"]})
    record = {"loop": manifest["loop"], "attempt": manifest["attempt"], "seed": manifest["seed"],
              "checked_at": time.strftime("%Y-%m-%d %H:%M"), "rounds": rounds}
    log = path.parent.parent / ".autograde" / "mock_log.jsonl"
    log.parent.mkdir(exist_ok=True)
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    with open(path.parent / f"{manifest['loop']}_debrief.md", "a", encoding="utf-8") as handle:
        handle.write(debrief(record))


def debrief(record: dict) -> str:
    """One attempt's check as a markdown section: rounds, points, time, what comes back."""
    from .check import describe_time

    passed = [r for r in record["rounds"] if r["max_score"] and r["score"] == r["max_score"]]
    lines = [f"## Attempt {record['attempt']} · checked {record['checked_at']} (seed {record['seed']})", "",
             f"{len(passed)}/{len(record['rounds'])} rounds at full marks.", "",
             "| round | exercise | points | time (budget) |", "|---|---|---|---|"]
    for r in record["rounds"]:
        spent = describe_time(r["time"]) or "not timed"
        lines.append(f"| {r['round']} | `{r['exercise']}` | {r['score']:g}/{r['max_score']:g} | "
                     f"{spent} ({r['minutes']:g} min) |")
    missed = [r["exercise"] for r in record["rounds"] if r not in passed]
    lines += ["", "Comes back in the next attempt: " + (", ".join(f"`{m}`" for m in missed) if missed else "nothing")
              + ". Write down what you would do differently before you start it.", "", ""]
    return "\n".join(lines)


def open_attempt(loop: str, seed: int | None = None) -> Path | None:
    """From a notebook: write the next attempt beside this notebook and show a link to it."""
    from IPython.display import HTML, display

    from .selfcheck import being_graded

    if being_graded():
        return None
    path = start_attempt(loop, seed, workspace=Path.cwd().parent)
    display(HTML(f"<p>Your attempt is ready: <a href='{path.name}'>{path.name}</a> (open it from the file "
                 f"browser if the link does not open). Its rounds and time budgets are at the top.</p>"))
    return path
