"""An nbgrader preprocessor: cells that claim a grade id the course does not have become ordinary.

A learner can give any cell nbgrader metadata (``grade: true``, 100 points, an id of their own).
nbgrader's OverwriteCells drops an unknown id but keeps ``grade: true``, and its
``add_missing_cells`` (which brings deleted test cells back) then fails on such a cell. This
step runs just before OverwriteCells and removes the metadata, so the cell runs as the
learner's own code and counts for nothing.
"""

from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor


class ForgetUnknownGradeIds(NbGraderPreprocessor):
    """Strip nbgrader metadata whose grade id is not one of the source notebook's cells."""

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            source = gradebook.find_notebook(info["notebook"], info["assignment"])
            known = {cell.name for cell in source.source_cells}
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader")
            if meta is not None and meta.get("grade_id") not in known:
                self.log.warning("Cell with unknown grade id %r: graded as an ordinary cell", meta.get("grade_id"))
                del cell.metadata["nbgrader"]
        return nb, resources
