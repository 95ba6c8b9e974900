"""Assertions the notebooks' test cells call; failures say what is wrong, never the answer."""

from .compare import ResultMismatch, as_frame, compare_result_sets, match_columns
from .notebook import reference_frame

NOT_ANSWERED = "todo"  # the only column of the SQL stub a released answer cell starts with


def _answered(result):
    frame = as_frame(result)
    if [str(c).lower() for c in frame.columns] == [NOT_ANSWERED]:
        raise ResultMismatch("not answered yet: replace the stub query in the answer cell with yours.")
    return frame


def expect_columns(result, columns: list[str]) -> None:
    """The result has exactly these columns (any case, any order)."""
    match_columns(_answered(result), columns, "your result")


def expect_row_count(result, rows: int) -> None:
    """The result has exactly ``rows`` rows."""
    have = len(_answered(result))
    if have != rows:
        raise ResultMismatch(f"your result has {have} row(s); the question expects {rows}.")


def expect_same_result(result, reference_sql: str, *, ordered: bool = False) -> None:
    """The result holds the same rows as ``reference_sql`` run on the same database."""
    _answered(result)
    expected = reference_frame(reference_sql)  # DuckDB, or PostgreSQL with AUTOGRADE_SQL_URL
    compare_result_sets(result, expected, ordered=ordered)
