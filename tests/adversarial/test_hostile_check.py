"""`autograde check` on hostile notebooks: each attack costs its own exercise, nothing else.

Every group below is one submitted notebook carrying several attacks, one per exercise, and the
reference solution everywhere else. For each: grading ends in bounded time, the attacked
exercise scores 0 with a one-line reason, every other exercise keeps full marks, and the
learner's file, a neighbour's file and the dataset are byte-identical afterwards.
"""

import json
import time
from pathlib import Path

import pytest
from hostile import (PF, SQL, add_cell_after, database_path, hostile_limits, index_of, one_line, orphans,  # noqa: F401
                     require, rewrite, sandbox_probe, sha256, solved)

from autograde.check import check
from autograde.paths import COURSE_ROOT

pytestmark = pytest.mark.xdist_group("test_hostile_check")  # its module fixtures run once, on one worker

# exercise -> (answer cell, words the reason must contain, what the machine must enforce first)
RUNAWAY = {
    "sample_variance": ("while True:\n    pass", "TimeoutError", None),
    "missing_number": ("import time\ntime.sleep(10 ** 6)", "TimeoutError", None),
    "valid_parentheses": ("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
                          "TimeoutError", None),
    "max_profit": ("_hog = []\nwhile True:\n    _hog.append(b'x' * (64 << 20))", "MemoryError", "memory"),
    "two_sum": ("import os\nwhile True:\n    os.fork()", "Resource temporarily unavailable", "processes"),
    "is_anagram": ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", "kernel was killed", None),
    "is_palindrome_sentence": ("import os\nos._exit(0)", "kernel exited", None),
    "first_unique_char": ("for _ in range(200_000):\n    print('x' * 100)", "not defined", None),
    "group_anagrams": ("chunk = b'x' * (1 << 20)\nwith open('/tmp/autograde-test-huge.bin', 'wb') as f:\n"
                       "    while True:\n        f.write(chunk)", "File too large", None),
    "top_k_frequent": ("open('python_fundamentals.ipynb', 'w').write('')", "Read-only file system", "isolation"),
}

TAMPERING_PF = {  # exercise -> (answer cell: a wrong answer plus a trick, grade_ids that must score 0)
    "sample_variance": ("""
        import statistics
        import autograde.probes
        autograde.probes.expect_not_used.__code__ = (lambda *a, **k: None).__code__
        autograde.probes.names_used.__code__ = (lambda *a, **k: set()).__code__
        def sample_variance(values):
            return round(statistics.variance(values), 2)
        """, ["sample_variance_test_2"]),
    "missing_number": ("""
        import ast
        class _NoAsserts(ast.NodeTransformer):
            def visit_Assert(self, node):
                return ast.Pass()
        get_ipython().ast_transformers.append(_NoAsserts())
        def missing_number(nums):
            return 0
        """, ["missing_number_test", "missing_number_test_2"]),
    "max_profit": ("""
        ip = get_ipython()
        ip.showtraceback = lambda *args, **kwargs: None
        ip.set_custom_exc((BaseException,), lambda *args, **kwargs: None)
        def max_profit(prices):
            return 5
        """, ["max_profit_test"]),
    "is_anagram": ("""
        import builtins, types
        _real_import = builtins.__import__
        def _import(name, *args, **kwargs):
            module = _real_import(name, *args, **kwargs)
            if name == "autograde.probes":
                fake = types.ModuleType(name)
                fake.__dict__.update(vars(module), expect_not_used=lambda *a, **k: None)
                return fake
            return module
        builtins.__import__ = _import
        def is_anagram(s, t):
            return sorted(s) == sorted(t)
        """, ["is_anagram_test_2"]),
    "merge_sorted": ("""
        def merge_sorted(a, b):
            if (a, b) == ([1, 3, 5], [2, 4]):
                return [1, 2, 3, 4, 5]
            return a + b
        sorted = lambda values: list(values)
        """, ["merge_sorted_test"]),
    "first_unique_char": ("""
        _check_first_unique = lambda s: None
        def first_unique_char(s):
            return {"leetcode": 0, "loveleetcode": 2, "aabb": -1}.get(s, 0)
        """, ["first_unique_char_test"]),
    "top_k_frequent": ("import sys\nsys.exit(0)", ["top_k_frequent_test"]),
    "move_zeros": ("def move_zeros(nums):\n    raise SystemExit", ["move_zeros_test", "move_zeros_test_2"]),
    "product_except_self": ("""
        import builtins
        AssertionError = type("AssertionError", (Exception,), {})
        builtins.AssertionError = Exception
        def product_except_self(nums):
            return [0] * len(nums)
        """, ["product_except_self_test", "product_except_self_test_2"]),
}

WRONG_SQL = "SELECT 1 AS manager_id, 'nobody' AS manager_name, 1 AS team_size"
PATCH_HELPERS = """
import autograde.compare, autograde.expect
noop = lambda *args, **kwargs: None
autograde.expect.expect_same_result = autograde.expect.compare_result_sets = noop
autograde.compare.compare_result_sets = noop
autograde.compare.compare_result_sets.__code__ = noop.__code__
expect_same_result = expect_columns = expect_row_count = noop
"""

FAKE_REFERENCE = """
import autograde.notebook, duckdb
fake = duckdb.connect()
fake.execute("CREATE TABLE transactions (user_id INTEGER, created_at TIMESTAMP)")
autograde.notebook._state["connection"] = fake
"""

DATA = {  # exercise -> (answer cell that attacks the dataset, words of the reason)
    "largest_team": ("DROP TABLE employees", "read-only"),
    "paid_more_than_manager": ("DELETE FROM employees", "read-only"),
    "department_pay": ("UPDATE employees SET salary = 0", "read-only"),
    "never_purchased": ("ATTACH '/tmp/evil.duckdb' AS evil", "disabled by configuration"),
    "unsold_products_q4_2020": ("COPY users TO 'users.csv'", "disabled by configuration"),
    "prime_share_by_country": ("#!python\ncon.execute('DROP TABLE users')", "read-only"),
    "monthly_report_2020": ("#!python\ncon.execute('DELETE FROM transactions')", "read-only"),
    "category_revenue_by_year": ("#!python\ncon.execute(\"ATTACH 'x.duckdb' AS x (READ_ONLY false)\")",
                                 "disabled by configuration"),
    "busy_categories_2020": ("#!python\ncon.execute(\"COPY transactions TO '/tmp/t.csv'\")",
                             "disabled by configuration"),
}


def graded(tmp_path, name: str, nb: dict):
    """Check ``nb`` saved as a learner would; the report, seconds taken, and what must not change."""
    path = tmp_path / "learner" / f"{name}.ipynb"
    neighbour = tmp_path / "neighbour" / f"{name}.ipynb"
    for target in (path, neighbour):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(nb), encoding="utf-8")
    guarded = [path, neighbour, database_path(), COURSE_ROOT / "source" / f"{name}.ipynb"]
    before = {p: sha256(p) for p in guarded}
    started = time.monotonic()
    report = check(path)
    return report, time.monotonic() - started, {p: sha256(p) == h for p, h in before.items()}


def assert_only(report: dict, attacked: set[str]) -> None:
    for exercise, entry in report["exercises"].items():
        if exercise in attacked:
            assert entry["score"] == 0, (exercise, entry)
        else:
            assert entry["score"] == entry["max_score"], (exercise, entry)


def reason(report: dict, exercise: str) -> str:
    failing = [t["message"] for t in report["exercises"][exercise]["tests"] if not t["passed"]]
    return one_line(failing[0] if failing else None)


@pytest.fixture(scope="module")
def runaway(sandbox_probe, tmp_path_factory):
    probe, skipped = sandbox_probe, {}
    for exercise, (_, _, needs) in RUNAWAY.items():
        try:
            if needs:
                require(probe, needs)
        except pytest.skip.Exception as reason_:
            skipped[exercise] = str(reason_)
    answers = {e: case[0] for e, case in RUNAWAY.items() if e not in skipped}
    result = graded(tmp_path_factory.mktemp("runaway"), PF, rewrite(solved(PF), answers))
    Path("/tmp/autograde-test-huge.bin").unlink(missing_ok=True)  # only there if /tmp is shared
    return (*result, skipped)


@pytest.mark.parametrize("exercise", list(RUNAWAY))
def test_runaway_code_costs_its_own_exercise(runaway, exercise):
    report, _, _, skipped = runaway
    if exercise in skipped:
        pytest.skip(skipped[exercise])
    assert report["exercises"][exercise]["score"] == 0
    assert RUNAWAY[exercise][1] in reason(report, exercise)


def test_runaway_notebook_ends_in_bounded_time_and_the_rest_is_graded(runaway):
    report, seconds, unchanged, skipped = runaway
    assert_only(report, set(RUNAWAY) - set(skipped))
    assert seconds < 150, seconds  # 10 hostile cells with 4 s timeouts and 4 kernel restarts
    assert all(unchanged.values()), unchanged
    assert not orphans()  # the fork bomb's children died with their kernel


@pytest.fixture(scope="module")
def tampered_pf(hostile_limits, tmp_path_factory):
    answers = {exercise: case[0] for exercise, case in TAMPERING_PF.items()}
    return graded(tmp_path_factory.mktemp("tamper-pf"), PF, rewrite(solved(PF), answers))


@pytest.mark.parametrize("exercise", list(TAMPERING_PF))
def test_neutralising_the_tests_gains_nothing(tampered_pf, exercise):
    report, _, _ = tampered_pf
    tests = {t["grade_id"]: t for t in report["exercises"][exercise]["tests"]}
    for grade_id in TAMPERING_PF[exercise][1]:
        assert tests[grade_id]["score"] == 0, tests[grade_id]
        one_line(tests[grade_id]["message"])


def test_tricks_in_one_answer_leave_the_other_answers_alone(tampered_pf):
    report, seconds, unchanged = tampered_pf
    for exercise, entry in report["exercises"].items():
        if exercise not in TAMPERING_PF:
            assert entry["score"] == entry["max_score"], (exercise, entry)
    assert seconds < 90 and all(unchanged.values())


REAL_WITHOUT_GUARD = ["sample_variance", "missing_number", "is_anagram", "merge_sorted"]


def test_the_tricks_are_real_without_the_guard(hostile_limits, tmp_path, monkeypatch):
    """With guard.py off (AUTOGRADE_GUARD=0) these tricks would earn the points they target."""
    monkeypatch.setenv("AUTOGRADE_GUARD", "0")
    answers = {exercise: TAMPERING_PF[exercise][0] for exercise in REAL_WITHOUT_GUARD}
    report, _, _ = graded(tmp_path, PF, rewrite(solved(PF), answers))
    for exercise in REAL_WITHOUT_GUARD:
        tests = {t["grade_id"]: t for t in report["exercises"][exercise]["tests"]}
        assert all(tests[g]["passed"] for g in TAMPERING_PF[exercise][1]), (exercise, tests)


def tampered_sql_notebook() -> dict:
    nb = rewrite(solved(SQL), {"largest_team": WRONG_SQL, **{e: "SELECT 1 AS nothing" for e in (
        "paid_more_than_manager", "department_pay", "never_purchased", "unsold_products_q4_2020")}})
    nb = add_cell_after(nb, "largest_team", PATCH_HELPERS)  # monkeypatch the grading helpers
    nb["cells"][index_of(nb, "paid_more_than_manager_test")]["source"] = "pass"  # edit a locked test
    del nb["cells"][index_of(nb, "department_pay_test")]  # delete a test
    test = nb["cells"][index_of(nb, "never_purchased_test")]  # turn a test into markdown
    test["cell_type"] = "markdown"
    del test["outputs"], test["execution_count"]
    moved = nb["cells"].pop(index_of(nb, "unsold_products_q4_2020_test"))  # test before its answer
    nb["cells"].insert(index_of(nb, "unsold_products_q4_2020"), moved)
    nb = add_cell_after(nb, "prime_share_by_country_test", "print('free points')",  # claim points
                        nbgrader={"grade": True, "grade_id": "free_points", "points": 100, "locked": True,
                                  "solution": False, "schema_version": 3})
    test = nb["cells"][index_of(nb, "monthly_report_2020_test")]  # the same test twice, and a
    nb["cells"].insert(index_of(nb, "monthly_report_2020_test"), json.loads(json.dumps(test)))  # twin answer
    twin = json.loads(json.dumps(nb["cells"][index_of(nb, "busy_categories_2020")]))
    nb["cells"].insert(index_of(nb, "busy_categories_2020") + 1, twin)
    nb = rewrite(nb, {"repeat_buyer_rate_2020": "SELECT 0 AS num_buyers, 0 AS num_repeat_buyers, "
                                                "CAST(NULL AS DOUBLE) AS repeat_rate"})
    return add_cell_after(nb, "repeat_buyer_rate_2020", FAKE_REFERENCE)  # a reference that agrees


def test_tampering_with_cells_and_helpers_gains_no_points(hostile_limits, tmp_path):
    report, seconds, unchanged = graded(tmp_path, SQL, tampered_sql_notebook())
    attacked = {"largest_team", "paid_more_than_manager", "department_pay", "never_purchased",
                "unsold_products_q4_2020", "repeat_buyer_rate_2020"}
    assert_only(report, attacked)
    assert "free_points" not in report["exercises"]
    assert report["max_score"] == solved_max(SQL) and report["score"] == report["max_score"] - sum(
        report["exercises"][e]["max_score"] for e in attacked)
    for exercise in attacked:
        reason(report, exercise)
    assert seconds < 60 and all(unchanged.values())


def solved_max(name: str) -> float:
    from autograde.grading import grade

    return grade(solved(name), *name.split("/"))["max_score"]


def test_no_query_or_python_call_changes_the_dataset(sandbox_probe, tmp_path):
    answers = {exercise: answer for exercise, (answer, _) in DATA.items()}
    attacked = set(DATA)
    try:
        require(sandbox_probe, "isolation")
        answers["repeat_buyer_rate_2020"] = (
            "#!python\nfrom autograde.paths import database_path\n"
            "with open(database_path(), 'r+b') as f:\n    f.write(b'\\0' * 4096)")
        attacked.add("repeat_buyer_rate_2020")
    except pytest.skip.Exception:
        pass  # without a read-only filesystem a Python write would succeed: not attempted
    report, seconds, unchanged = graded(tmp_path, SQL, rewrite(solved(SQL), answers))
    assert_only(report, attacked)
    for exercise, (_, words) in DATA.items():
        assert words in reason(report, exercise), (exercise, reason(report, exercise))
    assert seconds < 60 and all(unchanged.values()), unchanged
    assert not (tmp_path / "learner" / "users.csv").exists()
