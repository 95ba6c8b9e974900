"""Compose one notebook from exercises of several course notebooks (the mock loops)."""

import copy
import json

from .grading import exercise_id, nbgrader_meta
from .kernel import cell_source
from .paths import RELEASE_DIR, SOURCE_DIR

SKIPPED_SETUP = {"setup", "check_my_work"}  # the composed notebook has its own of each


def _load(folder, notebook: str) -> dict:
    return json.loads((folder / f"{notebook}.ipynb").read_text(encoding="utf-8"))


def exercise_unit(nb: dict, exercise: str) -> tuple[list[dict], list[dict]]:
    """(set-up cells, exercise cells) of ``exercise`` in a built notebook.

    Set-up cells are the locked or named code cells before the answer (imports, data);
    exercise cells are the question's markdown back to its ``##`` heading, the answer, its
    test cells and its rubric cell.
    """
    cells = nb["cells"]
    answer = next((i for i, c in enumerate(cells) if nbgrader_meta(c).get("grade_id") == exercise
                   and nbgrader_meta(c).get("solution")), None)
    if answer is None:
        raise KeyError(exercise)
    setup = [c for c in cells[:answer] if c["cell_type"] == "code" and nbgrader_meta(c).get("grade_id")
             and not nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")
             and nbgrader_meta(c)["grade_id"] not in SKIPPED_SETUP]
    start = answer
    while start > 0 and cells[start - 1]["cell_type"] == "markdown" and not nbgrader_meta(cells[start - 1]):
        start -= 1
        if cell_source(cells[start]).lstrip().startswith("## "):
            break
    own = [c for c in cells[answer + 1:]
           if exercise_id(nbgrader_meta(c).get("grade_id", "")) == exercise
           or nbgrader_meta(c).get("grade_id") == f"{exercise}_rubric"]
    return setup, cells[start:answer + 1] + own


def _renamed(cells: list[dict], prefix: str, minutes: float | None) -> list[dict]:
    """Copies with grade ids and cell ids prefixed, so two rounds never share an id."""
    out = []
    for cell in copy.deepcopy(cells):
        meta = nbgrader_meta(cell)
        if meta.get("grade_id"):
            meta["grade_id"] = prefix + meta["grade_id"]
        cell["id"] = prefix + cell.get("id", "cell")
        if meta.get("solution") and cell["cell_type"] == "code" and minutes:
            cell.setdefault("metadata", {}).setdefault("autograde", {})["target_minutes"] = minutes
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
        out.append(cell)
    return out


def _markdown(cell_id: str, text: str) -> dict:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": text}


def compose(manifest: dict, version: str = "release") -> dict:
    """The notebook for a mock manifest, built from ``release/`` or ``source/`` notebooks."""
    folder = RELEASE_DIR if version == "release" else SOURCE_DIR
    cache: dict[str, dict] = {}
    first = None
    body = []
    for n, item in enumerate(manifest["rounds"], start=1):
        notebook, exercise = item["exercise"].rsplit("/", 1)
        nb = cache.setdefault(notebook, _load(folder, notebook))
        first = first or nb
        setup, cells = exercise_unit(nb, exercise)
        prefix = f"r{n}_"
        body.append(_markdown(f"{prefix}round", f"## Round {n} · {item['title']} ({item['minutes']:g} minutes)\n\n"
                              f"*From `{notebook}`. Run the cells of this round in order.*"))
        body += _renamed(setup, prefix, None) + _renamed(cells, prefix, item["minutes"])
    head = [c for c in first["cells"] if nbgrader_meta(c).get("grade_id") == "setup"]
    tail = [c for c in first["cells"] if nbgrader_meta(c).get("grade_id") == "check_my_work"]
    tail_intro = [first["cells"][i - 1] for i, c in enumerate(first["cells"]) if c in tail]
    title = _markdown("title", manifest["intro"])
    nb = {key: copy.deepcopy(value) for key, value in first.items() if key != "cells"}
    nb["cells"] = [title] + copy.deepcopy(head) + body + copy.deepcopy(tail_intro + tail)
    nb.setdefault("metadata", {})["autograde"] = {"mock": manifest}
    return nb
