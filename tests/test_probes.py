"""Probes for Python exercises: they catch what they claim to catch."""

from statistics import variance

import numpy as np
import pytest

from autograde.probes import (
    ComparisonCounter,
    expect_close,
    expect_not_used,
    expect_raises,
    names_used,
    plain,
    tracked,
)


def test_tracked_values_count_comparisons():
    counter = ComparisonCounter()
    values = tracked([3, 1, 2], counter)
    assert plain(sorted(values)) == [1, 2, 3] and counter.count >= 2


def _helper(values):
    return np.mean(values)


def _by_name(values):
    return variance(values)  # imported by name, as in `from statistics import variance`


def test_names_used_follows_helpers_nested_functions_and_imports():
    def direct(values):
        import statistics

        return statistics.mean(values)

    def indirect(values):
        def inner():
            return sorted(values)

        return _helper(inner())

    assert {"statistics", "mean"} <= names_used(direct)
    assert "statistics" in names_used(_by_name)
    assert {"sorted", "_helper", "np", "numpy"} <= names_used(indirect)
    with pytest.raises(AssertionError, match="indirect uses numpy, sorted: do it by hand"):
        expect_not_used(indirect, {"numpy", "sorted"}, "do it by hand")


def test_expect_close_and_expect_raises():
    expect_close(0.1 + 0.2, 0.3)
    with pytest.raises(AssertionError, match=r"^t is 2\.0"):
        expect_close(np.float64(2.0), np.float64(1.0), what="t")
    expect_close(np.array([1.0, 2.0]), [1.0, 2.0 + 1e-12])
    with pytest.raises(AssertionError, match="not right"):
        expect_close(1.01, 1.0, rel=1e-3)
    with pytest.raises(AssertionError, match="has 1 values; expected 2"):
        expect_close([1.0], [1.0, 2.0])
    expect_raises(ValueError, int, "x")
    with pytest.raises(AssertionError, match="returned instead of raising"):
        expect_raises(ValueError, int, "1")
