"""An nbgrader preprocessor for feedback: learners see their scores, never the hidden tests."""

import re

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?", re.DOTALL | re.MULTILINE)


class HideHiddenTests(NbGraderPreprocessor):
    """Cuts hidden-test regions out of test cells and shortens tracebacks to their last line.

    nbgrader's feedback shows every test cell as it ran (jupyter/nbgrader#917), and a traceback
    quotes the failing line; both would reveal the hidden tests.
    """

    placeholder = Unicode("# (hidden tests: their result is in this cell's score)\n",
                          help="What replaces a hidden-test region in feedback").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cell.source = HIDDEN.sub(self.placeholder, cell.source)
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
        return cell, resources
