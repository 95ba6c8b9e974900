"""`autograde check` on files that are not (good) notebooks: one line, non-zero exit, nothing lost."""

import json
import subprocess
import sys
import time

import pytest
from hostile import PF, sha256, solved

from autograde.grading import nbgrader_meta

NOTEBOOK = json.dumps(solved(PF))
BAD = {  # case -> (file content, words of the one-line reason)
    "empty": (b"", "is empty"),
    "invalid JSON": (b'{"cells": [', "invalid JSON"),
    "a PNG": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not UTF-8"),
    "Python source": (b"def sample_variance(values):\n    return 0\n", "invalid JSON"),
    "a JSON list": (b"[1, 2, 3]", "no list of cells"),
    "nbformat 3": (json.dumps({"nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": []}]}).encode(),
                   "nbformat 3"),
    "non-UTF-8": ("{\"cells\": [], \"x\": \"caf\u00e9\"}".encode("latin-1"), "not UTF-8"),
    "cells of the wrong type": (json.dumps({"nbformat": 4, "cells": [{"cell_type": "code", "source": 42}]}).encode(),
                                "wrong type"),
    "metadata of the wrong type": (json.dumps({"nbformat": 4, "metadata": [], "cells": []}).encode(), "metadata"),
}


def run_check(path):
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "autograde", "check", str(path), "--json"],
                          capture_output=True, text=True, timeout=120)
    return done, time.monotonic() - started


def assert_one_line_error(done, words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("autograde: error:") and words in lines[0], done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("case", list(BAD))
def test_a_broken_file_gets_one_line_and_stays_as_it_was(tmp_path, case):
    content, words = BAD[case]
    path = tmp_path / "week01" / "python_fundamentals.ipynb"
    path.parent.mkdir()
    path.write_bytes(content)
    done, _ = run_check(path)
    assert_one_line_error(done, words)
    assert path.read_bytes() == content


def test_a_200_mb_notebook_is_refused_unread_and_quickly(tmp_path):
    path = tmp_path / "week01" / "python_fundamentals.ipynb"
    path.parent.mkdir()
    with open(path, "wb") as handle:  # a real notebook made huge by one output, as a plot loop could
        handle.write(NOTEBOOK[:-1].encode() + b', "padding": "' + b"x" * (200 << 20) + b'"}')
    before = sha256(path)
    done, seconds = run_check(path)
    assert_one_line_error(done, "200 MB")
    assert seconds < 10 and sha256(path) == before


def test_the_wrong_assignment_or_topic_is_named_in_one_line(tmp_path):
    for name, words in (("week09/python_fundamentals", "not a notebook of this course"),
                        ("week01/python_fundamentalz", "not a notebook of this course")):
        path = tmp_path / f"{name}.ipynb"
        path.parent.mkdir(exist_ok=True)
        path.write_text(NOTEBOOK)
        assert_one_line_error(run_check(path)[0], words)


def test_a_notebook_without_nbgrader_metadata_is_still_graded(tmp_path):
    """Saved by another tool that dropped the metadata: answers are found by position instead."""
    nb = solved(PF)
    for cell in nb["cells"]:
        cell["metadata"] = {}
    assert not any(nbgrader_meta(c) for c in nb["cells"])
    path = tmp_path / "week01" / "python_fundamentals.ipynb"
    path.parent.mkdir()
    path.write_text(json.dumps(nb))
    done, _ = run_check(path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["score"] == report["max_score"] > 0
