"""The learner's and the instructor's paths in a real browser (headless Chromium, Playwright).

Runs wherever Chromium is installed (CI installs it); screenshots of each step land in
tests/artifacts/browser/.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from autograde.paths import tool_env
from conftest import COURSE_ROOT
from test_lab import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts" / "browser"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run"]
ANSWER = """%%sql largest_team <<
SELECT m.employee_id AS manager_id, m.name AS manager_name, COUNT(*) AS team_size
FROM employees AS e JOIN employees AS m ON e.manager_id = m.employee_id
GROUP BY m.employee_id, m.name ORDER BY team_size DESC LIMIT 1"""
# Right shape, so the visible test passes; counts order lines, not distinct customers.
PLAUSIBLY_WRONG = """%%sql monthly_report_2020 <<
SELECT EXTRACT(MONTH FROM t.created_at) AS month, COUNT(*) AS num_customers, COUNT(*) AS num_orders,
       ROUND(SUM(t.quantity * p.price), 2) AS order_amt
FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
GROUP BY 1 ORDER BY month"""

if not Path(CHROMIUM).exists():
    if os.environ.get("AUTOGRADE_REQUIRE_BROWSER"):
        raise RuntimeError("AUTOGRADE_REQUIRE_BROWSER is set but Chromium is not installed")
    pytest.skip("Chromium is not installed (CI installs it)", allow_module_level=True)


def serve(command: list[str], cwd: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(command, cwd=cwd, env=tool_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=5)
            return server
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline, "JupyterLab did not start"
            time.sleep(0.5)


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def code_cell(page, text: str):
    """The code cell whose source contains ``text``, scrolling the windowed notebook to it."""
    scroller = page.locator(".jp-NotebookPanel .jp-WindowedPanel-outer").first
    scroller.evaluate("n => n.scrollTo(0, 0)")
    page.wait_for_timeout(200)
    for _ in range(100):
        cells = page.locator(".jp-Notebook .jp-Cell.jp-CodeCell")
        sources = [c.inner_text() for c in cells.locator(".jp-InputArea-editor").all()]
        found = [i for i, source in enumerate(sources) if text in source]
        if found:
            return cells.nth(found[0])
        scroller.evaluate("n => n.scrollBy(0, 600)")
        page.wait_for_timeout(150)
    raise AssertionError(f"no code cell contains {text!r}")


def run_cell(page, cell, source: str | None = None) -> None:
    cell.scroll_into_view_if_needed()
    cell.locator(".cm-content").click()
    if source is not None:
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(source)
    page.keyboard.press("Shift+Enter")


def test_learner_answers_validates_and_checks_in_the_browser(browser, tmp_path):
    from playwright.sync_api import expect

    port = free_port()
    args = f"--no-browser --port={port} --IdentityProvider.token="
    server = serve(["make", "--no-print-directory", "lab", f"WORK={tmp_path / 'work'}", f"LAB_ARGS={args}"],
                   COURSE_ROOT, port)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"http://127.0.0.1:{port}/lab/tree/week01/sql_foundations.ipynb")
        idle = ".jp-Notebook-ExecutionIndicator[data-status='idle']"
        page.wait_for_selector(idle, timeout=90_000)
        expect(page.get_by_text("Nbgrader", exact=True)).to_have_count(0)  # learner mode: no instructor menu
        page.screenshot(path=ARTIFACTS / "1-notebook-opened.png")

        run_cell(page, code_cell(page, "start_session()"))
        page.wait_for_selector(idle, timeout=90_000)
        answer = code_cell(page, "%%sql largest_team <<")
        run_cell(page, answer, ANSWER)
        table = answer.locator(".jp-OutputArea-output table")
        expect(table).to_contain_text("team_size", timeout=60_000)  # the result shows under the query
        page.screenshot(path=ARTIFACTS / "2-sql-answer-and-result.png")
        run_cell(page, code_cell(page, "expect_columns(largest_team"))
        page.wait_for_selector(idle, timeout=60_000)

        wrong = code_cell(page, "%%sql monthly_report_2020 <<")
        run_cell(page, wrong, PLAUSIBLY_WRONG)
        expect(wrong.locator(".jp-OutputArea-output table")).to_contain_text("num_orders", timeout=60_000)
        visible_test = code_cell(page, "expect_row_count(monthly_report_2020, 12)")
        run_cell(page, visible_test)
        page.wait_for_selector(idle, timeout=60_000)
        expect(visible_test.locator(".jp-OutputArea-output")).to_have_count(0)  # the visible test passes

        scratch = code_cell(page, "ORDER BY created_at DESC LIMIT 5")
        run_cell(page, scratch, 'con.sql("SELECT count(*) AS n_users FROM users").df()')
        expect(scratch.locator(".jp-OutputArea-output")).to_contain_text("n_users", timeout=60_000)
        page.keyboard.press("Control+S")
        page.wait_for_timeout(1000)

        page.get_by_text("Validate", exact=True).first.click()
        dialog = page.locator(".jp-Dialog")
        expect(dialog).to_contain_text("Validation Results", timeout=180_000)
        expect(dialog).to_contain_text("failed", timeout=10_000)  # the other answers are still stubs
        page.screenshot(path=ARTIFACTS / "3-validate.png")
        page.keyboard.press("Escape")

        check = code_cell(page, "check_my_work()")
        run_cell(page, check)
        report = check.locator(".jp-OutputArea-output")
        expect(report).to_contain_text("1/12 exercises pass, hidden tests included", timeout=180_000)
        expect(report).to_contain_text("not answered yet")
        # the wrong answer that passed its visible test fails the honest check, and says why
        row = report.locator("tr", has_text="monthly_report_2020")
        expect(row).to_contain_text("FAIL")
        expect(row).to_contain_text("0/2")
        # each exercise the learner worked on shows the time it took
        expect(report.locator("tr", has_text="largest_team")).to_contain_text(" min")
        check.scroll_into_view_if_needed()
        page.screenshot(path=ARTIFACTS / "4-check-my-work.png")
    finally:
        stop(server)


def test_instructor_sees_the_course_in_formgrader(browser, tmp_path):
    from playwright.sync_api import expect

    course = tmp_path / "course"
    for folder in ("source", "release"):
        shutil.copytree(COURSE_ROOT / folder, course / folder)
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", course)
    port = free_port()
    bin_dir = Path(sys.executable).parent
    command = [str(bin_dir / "jupyter"), "lab", "--no-browser", f"--port={port}", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={course}"] + (["--allow-root"] if os.geteuid() == 0 else [])
    server = serve(command, course, port)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"http://127.0.0.1:{port}/formgrader")
        for week in ("week01", "week02"):
            expect(page.get_by_text(week, exact=True).first).to_be_visible(timeout=90_000)
        page.screenshot(path=ARTIFACTS / "5-formgrader.png")
    finally:
        stop(server)
