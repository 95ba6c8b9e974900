"""nbgrader's ClearSolutions, with a runnable SQL stub for ``%%sql`` answer cells."""

from nbgrader import utils
from nbgrader.preprocessors import ClearSolutions
from traitlets import Unicode

from .expect import NOT_ANSWERED

SQL_MAGIC = "%%sql"


class ClearSqlSolutions(ClearSolutions):
    """Replace a ``%%sql`` solution with a query that runs but answers nothing.

    The magic line stays, so the result still lands in the exercise's variable, and the
    learner gets a test failure instead of a jupysql syntax error.
    """

    sql_stub = Unicode(
        f"-- YOUR QUERY HERE (replace the line below)\nSELECT 'not answered yet' AS {NOT_ANSWERED}",
        help="The SQL that replaces the query of a %%sql solution cell",
    ).tag(config=True)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "code" and cell.source.lstrip().startswith(SQL_MAGIC) and utils.is_solution(cell):
            magic_line = cell.source.lstrip().split("\n", 1)[0]
            cell.source = f"{magic_line}\n{self.sql_stub}"
            return cell, resources
        return super().preprocess_cell(cell, resources, cell_index)
