"""Compare a learner's result set with a reference result set, and say what differs.

Messages describe the learner's own result (missing columns, row counts, a few of their
rows that should not be there); they never print the reference rows.
"""

from collections import Counter
from decimal import Decimal

import numpy as np
import pandas as pd

SHOWN_ROWS = 3


class ResultMismatch(AssertionError):
    """The learner's result set differs from the reference; the message says how."""


def as_frame(result) -> pd.DataFrame:
    """A DataFrame from a DataFrame, a jupysql ResultSet or a DuckDB relation."""
    if isinstance(result, pd.DataFrame):
        return result
    for method in ("DataFrame", "df"):  # jupysql ResultSet, DuckDB relation
        if callable(getattr(result, method, None)):
            return getattr(result, method)()
    raise ResultMismatch(
        f"expected a query result (a table), got {type(result).__name__}: did the query run?"
    )


def compare_result_sets(
    actual, expected, *, ordered: bool = False, decimals: int = 6, what: str = "your result"
) -> None:
    """Raise ``ResultMismatch`` unless ``actual`` holds the same rows as ``expected``.

    Column names are matched case-insensitively and column order is free; integer widths,
    DECIMAL and DOUBLE compare as numbers, equal up to ``decimals`` places; NULL equals NULL.
    Row order matters only when ``ordered`` is true.
    """
    actual, expected = as_frame(actual), as_frame(expected)
    actual = match_columns(actual, list(expected.columns), what)
    if len(actual) != len(expected):
        raise ResultMismatch(
            f"{what} has {_rows(len(actual))}; the question expects {_rows(len(expected))}."
        )
    mine = _normalise(actual, expected, decimals, what)
    theirs = _normalise(expected, expected, decimals, "the reference")
    mine_keys, their_keys = _row_keys(mine), _row_keys(theirs)
    if Counter(mine_keys) != Counter(their_keys):
        unexpected = _multiset_minus(mine_keys, their_keys)
        shown = actual.iloc[[i for i, _ in unexpected[:SHOWN_ROWS]]].astype(object)
        shown = shown.where(shown.notna(), "NULL")  # SQL learners read NULL, not NaN
        raise ResultMismatch(
            f"{_rows(len(unexpected))} of {what} {_are(len(unexpected))} not in the expected "
            f"result, for example:\n{shown.to_string(index=False)}"
        )
    if ordered and mine_keys != their_keys:
        raise ResultMismatch(
            f"{what} has the right rows in the wrong order: check the ORDER BY the question asks for."
        )


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def match_columns(actual: pd.DataFrame, wanted: list[str], what: str) -> pd.DataFrame:
    by_lower = {str(c).lower(): c for c in actual.columns}
    if len(by_lower) != len(actual.columns):
        raise ResultMismatch(f"{what} has two columns with the same name: give each its own alias.")
    missing = [c for c in wanted if c.lower() not in by_lower]
    extra = [c for c in actual.columns if str(c).lower() not in {w.lower() for w in wanted}]
    problems = []
    if missing:
        problems.append("missing column(s) " + ", ".join(missing))
    if extra:
        problems.append("unexpected column(s) " + ", ".join(map(str, extra)))
    if problems:
        raise ResultMismatch(
            f"{what} has {' and '.join(problems)}; the question asks for exactly: "
            + ", ".join(wanted)
            + "."
        )
    out = actual[[by_lower[c.lower()] for c in wanted]]
    out.columns = wanted
    return out


def _normalise(frame: pd.DataFrame, reference: pd.DataFrame, decimals: int, what: str):
    """Columns as plain Python values comparable across integer widths, DECIMAL and DOUBLE."""
    columns = []
    for name in reference.columns:
        values, kind = frame[name], _kind(reference[name])
        if kind == "number":
            numeric = pd.to_numeric(values.map(_plain), errors="coerce")
            if numeric.isna().sum() != values.isna().sum():
                raise ResultMismatch(f"column {name} in {what} should hold numbers.")
            columns.append([None if pd.isna(v) else round(float(v), decimals) + 0.0 for v in numeric])
        elif kind == "time":
            stamps = pd.to_datetime(values, errors="coerce")
            if stamps.isna().sum() != values.isna().sum():
                raise ResultMismatch(f"column {name} in {what} should hold dates or timestamps.")
            columns.append([None if pd.isna(v) else pd.Timestamp(v).isoformat() for v in stamps])
        else:
            columns.append([None if _is_null(v) else _plain(v) for v in values])
    return list(zip(*columns)) if columns else [() for _ in range(len(frame))]


def _kind(column: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(column):
        return "other"
    if pd.api.types.is_numeric_dtype(column):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(column):
        return "time"
    sample = column.dropna()
    if len(sample) and all(isinstance(v, (int, float, Decimal, np.number)) for v in sample):
        return "number"
    if len(sample) and all(isinstance(v, (pd.Timestamp, np.datetime64)) or hasattr(v, "isoformat") for v in sample):
        return "time"
    return "other"


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, np.generic):
        return value.item()
    return value


def _is_null(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _row_keys(rows: list[tuple]) -> list[str]:
    """One hashable key per row; values of different types never collide."""
    return [repr(tuple((type(v).__name__, v) for v in row)) for row in rows]


def _multiset_minus(mine: list[str], theirs: list[str]) -> list[tuple[int, str]]:
    remaining = Counter(theirs)
    left = []
    for i, key in enumerate(mine):
        if remaining.get(key, 0):
            remaining[key] -= 1
        else:
            left.append((i, key))
    return left
