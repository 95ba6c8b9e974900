"""An nbgrader preprocessor that takes a notebook's outputs from an earlier execution."""

from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode


class ReplayOutputs(NbGraderPreprocessor):
    """Stands in for nbgrader's Execute: copies outputs from ``<executed_root>/<student>/autograded/...``.

    The earlier run applied the same sanitising steps to the same submission, so cells
    match one to one; a mismatch is an error rather than a silent wrong grade.
    """

    executed_root = Unicode("", help="Folder holding one scratch course per student").tag(config=True)

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        student, assignment, notebook = info["student"], info["assignment"], info["notebook"]
        path = Path(self.executed_root) / student / "autograded" / student / assignment / f"{notebook}.ipynb"
        executed = nbformat.read(str(path), as_version=4).cells  # multi-line text joined, as nbgrader expects
        if len(executed) != len(nb.cells):
            raise RuntimeError(f"{path} has {len(executed)} cells; the submission has {len(nb.cells)}")
        for cell, done in zip(nb.cells, executed):
            if cell.cell_type != done.cell_type or cell.source != done.source:
                raise RuntimeError(f"{path} does not match the submission at cell {cell.get('id')}")
            if cell.cell_type == "code":
                cell.outputs = done.outputs
                cell.execution_count = done.execution_count
        return nb, resources
