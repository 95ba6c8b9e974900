"""The "check my work" cell: the honest grade inside the notebook, never recursive."""

import json

import pytest

from autograde import selfcheck
from conftest import RELEASE_DIR, load


def test_quiet_inside_any_grader(monkeypatch, capsys):
    monkeypatch.setenv("AUTOGRADE_GRADING", "1")
    selfcheck.check_my_work()
    monkeypatch.delenv("AUTOGRADE_GRADING")
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    selfcheck.check_my_work()
    assert capsys.readouterr().out == ""


def test_reports_the_saved_notebook_with_hidden_tests(tmp_path, monkeypatch):
    notebook = tmp_path / "week01" / "sql_foundations.ipynb"
    notebook.parent.mkdir()
    notebook.write_text(json.dumps(load(RELEASE_DIR / "week01" / "sql_foundations.ipynb")))
    for name in ("AUTOGRADE_GRADING", "NBGRADER_EXECUTION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", str(notebook))
    shown = []
    monkeypatch.setattr("IPython.display.display", shown.append)
    selfcheck.check_my_work()
    (page,) = shown
    assert "0/12 exercises pass, hidden tests included" in page.data
    assert "not answered yet" in page.data and "save (Ctrl+S)" in page.data


def test_says_so_when_it_cannot_find_its_notebook(monkeypatch, capsys):
    for name in ("AUTOGRADE_GRADING", "NBGRADER_EXECUTION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", "/nowhere/renamed.ipynb")
    selfcheck.check_my_work()
    assert "autograde check" in capsys.readouterr().out


@pytest.mark.parametrize("week", ["week01", "week02"])
def test_every_release_notebook_ends_with_the_check(week):
    for path in (RELEASE_DIR / week).glob("*.ipynb"):
        last = load(path)["cells"][-1]
        assert "check_my_work()" in "".join(last["source"]), path.name
