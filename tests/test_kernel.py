"""The notebook runner: outputs like nbclient, and no cell can stall the rest."""

from autograde.kernel import execute_notebook


def code(source):
    return {"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None}


def test_outputs_errors_and_a_timeout_that_does_not_stop_later_cells():
    nb = {"cells": [code("x = 1\nprint('hi')"), code("1/0"), code("while True: pass"),
                    code("import sys; print('oops', file=sys.stderr); x + 1")]}
    execute_notebook(nb, cell_timeout=3)
    first, error, runaway, last = nb["cells"]
    assert first["outputs"] == [{"output_type": "stream", "name": "stdout", "text": "hi\n"}]
    assert error["outputs"][-1]["ename"] == "ZeroDivisionError"
    assert runaway["outputs"][-1]["ename"] == "TimeoutError"
    kinds = [o["output_type"] for o in last["outputs"]]
    assert kinds == ["stream", "execute_result"] and last["outputs"][1]["data"]["text/plain"] == "2"


def test_a_dead_kernel_fails_its_own_cell_only():
    """A fresh kernel replays the cells before the one that killed it; the cells after it run."""
    nb = {"cells": [code("x = 41"), code("import os; os._exit(1)"), code("x + 1")]}
    execute_notebook(nb, cell_timeout=10)
    killer, after = nb["cells"][1]["outputs"][-1], nb["cells"][2]["outputs"][-1]
    assert killer["ename"] == "DeadKernelError" and "exited (code 1)" in killer["evalue"]
    assert after["data"]["text/plain"] == "42"
