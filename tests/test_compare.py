"""compare_result_sets: tolerant where SQL engines differ, strict where answers differ."""

from decimal import Decimal

import duckdb
import pandas as pd
import pytest

from autograde.compare import ResultMismatch, compare_result_sets


def frame(**columns):
    return pd.DataFrame(columns)


EXPECTED = frame(month=[1, 2, 3], order_amt=[10.5, 20.25, 30.0])


def test_equal_results_pass_in_any_row_and_column_order():
    compare_result_sets(frame(order_amt=[30.0, 10.5, 20.25], month=[3, 1, 2]), EXPECTED)


def test_integer_widths_decimal_and_double_compare_as_numbers():
    learner = duckdb.sql(
        "SELECT month::BIGINT AS month, order_amt::DECIMAL(10, 2) AS order_amt "
        "FROM (VALUES (1, 10.5), (2, 20.25), (3, 30.0)) t(month, order_amt)"
    ).df()
    compare_result_sets(learner, EXPECTED, ordered=True)
    compare_result_sets(frame(month=[1, 2, 3], order_amt=[Decimal("10.50"), Decimal("20.25"), 30]), EXPECTED)


def test_column_names_ignore_case_but_not_spelling():
    compare_result_sets(frame(MONTH=[1, 2, 3], Order_Amt=[10.5, 20.25, 30.0]), EXPECTED)
    with pytest.raises(ResultMismatch, match="missing column.*order_amt.*unexpected column.*amount"):
        compare_result_sets(frame(month=[1, 2, 3], amount=[10.5, 20.25, 30.0]), EXPECTED)


def test_row_count_is_reported():
    with pytest.raises(ResultMismatch, match="has 2 rows; the question expects 3 rows"):
        compare_result_sets(EXPECTED.head(2), EXPECTED)


def test_a_wrong_value_fails_and_only_the_learners_rows_are_shown():
    learner = frame(month=[1, 2, 3], order_amt=[10.5, 20.25, 31.0])
    with pytest.raises(ResultMismatch) as failure:
        compare_result_sets(learner, EXPECTED)
    message = str(failure.value)
    assert "31.0" in message and "1 row of your result is not in the expected result" in message
    assert "30.0" not in message  # the reference value is never revealed


def test_numeric_tolerance_is_tiny():
    compare_result_sets(frame(month=[1, 2, 3], order_amt=[10.5 + 1e-9, 20.25, 30.0]), EXPECTED)
    with pytest.raises(ResultMismatch):
        compare_result_sets(frame(month=[1, 2, 3], order_amt=[10.51, 20.25, 30.0]), EXPECTED)


def test_order_matters_only_when_asked():
    shuffled = EXPECTED.iloc[[2, 0, 1]]
    compare_result_sets(shuffled, EXPECTED)
    with pytest.raises(ResultMismatch, match="wrong order"):
        compare_result_sets(shuffled, EXPECTED, ordered=True)


def test_nulls_match_nulls_and_not_zero():
    expected = frame(category=["Books", None], revenue=[1.0, None])
    compare_result_sets(frame(category=[None, "Books"], revenue=[float("nan"), 1.0]), expected)
    with pytest.raises(ResultMismatch):
        compare_result_sets(frame(category=["Books", None], revenue=[1.0, 0.0]), expected)


def test_duplicates_count():
    expected = frame(x=[1, 1, 2])
    with pytest.raises(ResultMismatch):
        compare_result_sets(frame(x=[1, 2, 2]), expected)


def test_dates_and_timestamps_compare_by_value():
    expected = duckdb.sql("SELECT DATE '2020-01-31' AS d").df()
    compare_result_sets(duckdb.sql("SELECT TIMESTAMP '2020-01-31 00:00:00' AS d").df(), expected)
    compare_result_sets(frame(d=["2020-01-31"]), expected)


def test_text_where_numbers_are_expected_is_explained():
    with pytest.raises(ResultMismatch, match="should hold numbers"):
        compare_result_sets(frame(month=["Jan", "Feb", "Mar"], order_amt=[10.5, 20.25, 30.0]), EXPECTED)


def test_not_a_table_is_explained():
    with pytest.raises(ResultMismatch, match="expected a query result"):
        compare_result_sets(42, EXPECTED)
