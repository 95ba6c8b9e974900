"""nbgrader configuration: the repository root is the course directory."""

import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import GenerateAssignment
from nbgrader.preprocessors import ClearSolutions, GetGrades

from autograde.clear_sql import ClearSqlSolutions
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
