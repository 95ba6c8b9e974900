"""nbgrader configuration: the repository root is the course directory."""

import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import Autograde, GenerateAssignment
from nbgrader.preprocessors import ClearSolutions, GetGrades, OverwriteCells

from autograde.clear_sql import ClearSqlSolutions
from autograde.sanitize import ForgetUnknownGradeIds
from autograde.feedback import HideHiddenTests

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.course_id = "ds-interview-loop"
c.CourseDirectory.solution_directory = "solutions"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]

# %%sql answer cells release with a runnable SQL stub instead of Python's NotImplementedError.
c.GenerateAssignment.preprocessors = [
    ClearSqlSolutions if step is ClearSolutions else step
    for step in GenerateAssignment.class_traits()["preprocessors"].default()
]

# Feedback shows scores and the learner's own code, never the hidden tests (nbgrader#917).
c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]

# Per-cell time limit when nbgrader executes a notebook (autograde, generate_solution, validate).
c.Execute.timeout = 120

# A test cell deleted from a submission comes back from the gradebook and runs (so it scores 0
# with its error shown) instead of silently missing; a cell claiming a grade id the course
# does not have becomes an ordinary cell first (autograde/sanitize.py).
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    replaced for step in Autograde.class_traits()["sanitize_preprocessors"].default()
    for replaced in ((ForgetUnknownGradeIds, step) if step is OverwriteCells else (step,))
]
