"""The whole nbgrader round trip through an exchange directory, as a course runs it on one machine.

An instructor (a temporary copy of the course) and two learners (each with a home and a
working directory of their own) share a temporary exchange directory:
generate_assignment, release_assignment, fetch_assignment and submit (alice and bob),
collect, autograde, a manual grade through nbgrader's gradebook API, generate_feedback,
release_feedback, fetch_feedback and export. The assignment is one real course notebook
with autograded tests (visible and hidden) and a manually graded written answer.
"""

import csv
import fcntl
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import COURSE_ROOT, answer_cells, load, with_answers
from conftest import run_nbgrader as instructor

ASSIGNMENT, NOTEBOOK = "week06", "customer_success_vs_trial"
MANUAL = "press_release_faq"  # the notebook's manually graded markdown answer (8 points)
COURSE_ID = "ds-interview-loop"  # c.CourseDirectory.course_id in nbgrader_config.py
BIN = Path(sys.executable).parent

# What each learner hands in, and the grader's manual score and comment on the written answer.
PRESS_RELEASE = {
    "alice": "**Try it free, or get a guide**\n\nToday small and mid-sized businesses can use the "
             "full product free for 30 days, and enterprises get a dedicated success manager.",
    "bob": "We launch a free trial.",
}
PHRASE = {"alice": "enterprises get a dedicated success manager", "bob": "We launch a free trial."}
MANUAL_GRADE = {"alice": (6.0, "Clear customer benefit; the FAQ misses the pricing question."),
                "bob": (2.0, "One sentence is not a press release: who is the customer?")}
BOB_SOLVES = ("conversion_summary",)  # bob answers one exercise; alice answers all of them


def hidden_regions(source: str) -> list[str]:
    """The lines between ### BEGIN HIDDEN TESTS and ### END HIDDEN TESTS of one cell."""
    lines, inside = [], False
    for line in source.split("\n"):
        if "BEGIN HIDDEN TESTS" in line:
            inside = True
        elif "END HIDDEN TESTS" in line:
            inside = False
        elif inside:
            lines.append(line)
    return lines


def squeeze(text: str) -> str:
    """Text with all whitespace removed: code survives HTML highlighting spans this way."""
    return re.sub(r"\s+", "", text)


def visible_text(page: str) -> str:
    """What a browser shows of an HTML page, whitespace collapsed (code keeps its tokens)."""
    body = page[page.find("<body"):]
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"</?(div|p|li|h\d|pre|br|td|tr)\b[^>]*>", " ", body)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", body)).split())


def learner(home: Path, *args: str) -> subprocess.CompletedProcess:
    """Run an nbgrader command as a learner: their own home, config and working directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER_", "XDG_"))}
    env.update(HOME=str(home), JUPYTER_CONFIG_DIR=str(home / ".jupyter"), PATH=f"{BIN}{os.pathsep}{env['PATH']}")
    done = subprocess.run([str(BIN / "nbgrader"), *args], cwd=home, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def learner_home(tmp: Path, student: str, exchange: Path) -> Path:
    """A learner's home with the student-side nbgrader config a JupyterHub image would ship."""
    home = tmp / "home" / student
    (home / ".jupyter").mkdir(parents=True)
    (home / ".jupyter" / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        f"c.Exchange.cache = {str(home / '.nbgrader_cache')!r}\n",
        encoding="utf-8",
    )
    return home


def answer(fetched: dict, master: dict, student: str) -> dict:
    """The fetched notebook as the learner saves it: some answers written, the press release drafted."""
    solved = {
        gid: "\n".join(line for line in "".join(cell["source"]).split("\n")
                       if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line)
        for gid, cell in answer_cells(master).items()
        if student == "alice" or gid in BOB_SOLVES
    }
    nb = with_answers(fetched, solved)
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == MANUAL:
            cell["source"] = PRESS_RELEASE[student]
    return nb


def grades(db: Path) -> dict:
    """Every grade of the gradebook: (student, grade_id) -> (auto_score, manual_score, max_score)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{db}") as gradebook:
        return {(s.student.id, g.name): (g.auto_score, g.manual_score, g.max_score)
                for a in gradebook.assignments for s in a.submissions
                for nb in s.notebooks for g in nb.grades}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Run the whole round trip once; the tests below inspect what each step left behind.

    Once per test session, not once per pytest-xdist worker: the first worker to get here runs
    it in the session's shared temporary folder, and the others wait for it and read its result
    (xdist's loadgroup marks do not keep a module on one worker with pytest 9 and xdist 3.8).
    """
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if base.name.startswith("popen-gw") else base
    with open(shared / "test_exchange.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared / "test_exchange" / "round_trip.json"
        if not done.exists():
            result = round_trip(done.parent)
            done.write_text(json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in result.items()}))
        saved = json.loads(done.read_text())
    homes = {student: Path(home) for student, home in saved.pop("homes").items()}
    graded = {(who, gid): tuple(score) for who, gid, *score in saved.pop("autograded")}
    master = saved.pop("master")
    return {**{k: Path(v) for k, v in saved.items()}, "homes": homes, "autograded": graded, "master": master}


def round_trip(tmp: Path) -> dict:
    """Every step, instructor's and learners', in ``tmp``."""
    tmp.mkdir(parents=True, exist_ok=True)
    root, exchange = tmp / "course", tmp / "exchange"
    (root / "source" / ASSIGNMENT).mkdir(parents=True)
    shutil.copy(COURSE_ROOT / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", root / "source" / ASSIGNMENT)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", root)
    with open(root / "nbgrader_config.py", "a", encoding="utf-8") as config:
        config.write(f"\nc.Exchange.root = {str(exchange)!r}\n")

    instructor(root, "generate_assignment", ASSIGNMENT, "--force")
    instructor(root, "release_assignment", ASSIGNMENT)

    master = load(root / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    homes = {}
    for student in ("alice", "bob"):
        home = homes[student] = learner_home(tmp, student, exchange)
        learner(home, "fetch_assignment", ASSIGNMENT)
        fetched = home / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
        fetched.write_text(json.dumps(answer(load(fetched), master, student)), encoding="utf-8")
        learner(home, "submit", ASSIGNMENT, "--student", student)

    instructor(root, "collect", ASSIGNMENT)
    shutil.copytree(root, tmp / "course-for-autograde-grade")  # the same course, to grade with `autograde grade`
    instructor(root, "autograde", ASSIGNMENT)
    autograded = grades(root / "gradebook.db")

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:  # what formgrader's Save does
        for student, (score, remark) in MANUAL_GRADE.items():
            grade = gradebook.find_grade(MANUAL, NOTEBOOK, ASSIGNMENT, student)
            grade.manual_score, grade.needs_manual_grade = score, False
            gradebook.find_comment(MANUAL, NOTEBOOK, ASSIGNMENT, student).manual_comment = remark
        gradebook.db.commit()

    instructor(root, "generate_feedback", ASSIGNMENT)
    instructor(root, "release_feedback", ASSIGNMENT)
    for student, home in homes.items():
        learner(home, "fetch_feedback", ASSIGNMENT, "--student", student)
    instructor(root, "export", "--to", str(tmp / "grades.csv"))
    return {"root": root, "exchange": exchange, "homes": {s: str(h) for s, h in homes.items()}, "master": master,
            "autograded": [[who, gid, *score] for (who, gid), score in autograded.items()],
            "copy": tmp / "course-for-autograde-grade", "csv": tmp / "grades.csv"}


def points(master: dict, exercises=None) -> float:
    """Autograded points of the master notebook (of some exercises only)."""
    total = 0.0
    for cell in master["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution") and not meta.get("task"):
            if exercises is None or meta["grade_id"].split("_test")[0] in exercises:
                total += meta["points"]
    return total


def expected(master: dict, student: str) -> tuple[float, float]:
    auto = points(master) if student == "alice" else points(master, BOB_SOLVES)
    return auto, auto + MANUAL_GRADE[student][0]


def feedback_page(course: dict, student: str) -> str:
    pages = sorted((course["homes"][student] / ASSIGNMENT / "feedback").glob(f"*/{NOTEBOOK}.html"))
    assert len(pages) == 1, pages  # one submission, one feedback page
    return pages[0].read_text(encoding="utf-8")


def test_each_learner_submits_through_the_exchange_and_the_instructor_collects(course):
    inbound = sorted(p.name.split("+")[0] for p in (course["exchange"] / COURSE_ID / "inbound").iterdir())
    assert inbound == ["alice", "bob"]
    for student in ("alice", "bob"):
        submitted = course["root"] / "submitted" / student / ASSIGNMENT
        assert (submitted / f"{NOTEBOOK}.ipynb").exists() and (submitted / "timestamp.txt").exists()
        cells = load(submitted / f"{NOTEBOOK}.ipynb")["cells"]
        assert [c["source"] for c in cells if c["metadata"].get("nbgrader", {}).get("grade_id") == MANUAL] \
            == [PRESS_RELEASE[student]]


def test_autograde_scores_each_submission(course):
    master, graded = course["master"], course["autograded"]
    for student in ("alice", "bob"):
        auto = sum(s[0] or 0 for (who, gid), s in graded.items() if who == student and gid != MANUAL)
        assert auto == expected(master, student)[0], student
        assert graded[student, MANUAL][1] is None  # nobody has graded the written answer yet
    assert points(master, BOB_SOLVES) > 0 and expected(master, "bob")[0] < expected(master, "alice")[0]


def test_the_manual_grade_counts_in_the_total_and_the_export(course):
    rows = {row["student_id"]: row for row in csv.DictReader(course["csv"].open(encoding="utf-8"))}
    for student in ("alice", "bob"):
        _, total = expected(course["master"], student)
        assert float(rows[student]["score"]) == total
        assert float(rows[student]["max_score"]) == points(course["master"]) + 8


def test_each_learner_fetches_feedback_with_their_own_score(course):
    for student, other in (("alice", "bob"), ("bob", "alice")):
        text = visible_text(feedback_page(course, student))
        _, total = expected(course["master"], student)
        manual, remark = MANUAL_GRADE[student]
        assert f"{NOTEBOOK} (Score: {total:.1f} / {points(course['master']) + 8:.1f})" in text
        assert f"Student's answer Score: {manual:.1f} / 8.0" in text
        assert remark in text and PHRASE[student] in text
        assert MANUAL_GRADE[other][1] not in text and PHRASE[other] not in text


def test_feedback_shows_no_hidden_test_code(course):
    release = load(course["root"] / "release" / ASSIGNMENT / f"{NOTEBOOK}.ipynb")
    seen_by_learner = squeeze("".join("".join(c["source"]) for c in release["cells"]))
    hidden = {squeeze(line) for cell in course["master"]["cells"] if cell["cell_type"] == "code"
              for line in hidden_regions("".join(cell["source"]))}
    secret = {line for line in hidden if len(line) >= 12 and line not in seen_by_learner}
    assert len(secret) > 20  # the notebook does have hidden tests to keep
    for student in ("alice", "bob"):
        page = squeeze(visible_text(feedback_page(course, student)))
        leaked = sorted(line for line in secret if line in page)
        assert not leaked, f"{student}'s feedback shows {len(leaked)} hidden test line(s), e.g. {leaked[:3]}"
        assert "HIDDENTESTS" not in page, student


def test_autograde_grade_records_the_same_grades_as_nbgrader_autograde(course):
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run([str(BIN / "autograde"), "grade", ASSIGNMENT, "--course", str(course["copy"]),
                           "--workers", "2"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{ASSIGNMENT}: 2 of 2 submission(s) graded" in done.stdout, done.stdout
    mine = {key: score[0] for key, score in grades(course["copy"] / "gradebook.db").items()}
    assert mine == {key: score[0] for key, score in course["autograded"].items()}
