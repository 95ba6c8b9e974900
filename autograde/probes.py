"""Probes for the hidden tests of Python exercises: counted comparisons, banned names, closeness.

Failures raise ``AssertionError`` with a message about the learner's code or output; the
tests that use them decide how much of an expected value a message may show.
"""

import math
import types
from collections.abc import Callable, Iterable


class ComparisonCounter:
    """Counts every comparison made between ``Tracked`` values that share it."""

    def __init__(self):
        self.count = 0


class Tracked:
    """A value that counts the comparisons made with it (to test "linear time" claims)."""

    __slots__ = ("value", "counter")

    def __init__(self, value, counter: ComparisonCounter):
        self.value, self.counter = value, counter

    def _other(self, other):
        self.counter.count += 1
        return other.value if isinstance(other, Tracked) else other

    def __lt__(self, other):
        return self.value < self._other(other)

    def __le__(self, other):
        return self.value <= self._other(other)

    def __gt__(self, other):
        return self.value > self._other(other)

    def __ge__(self, other):
        return self.value >= self._other(other)

    def __eq__(self, other):
        return self.value == self._other(other)

    def __ne__(self, other):
        return self.value != self._other(other)

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return repr(self.value)


def tracked(values: Iterable, counter: ComparisonCounter) -> list[Tracked]:
    """The values wrapped so that ``counter`` sees every comparison between them."""
    return [Tracked(v, counter) for v in values]


def plain(values: Iterable) -> list:
    """Unwrap ``Tracked`` values (anything else passes through)."""
    return [v.value if isinstance(v, Tracked) else v for v in values]


def names_used(function: Callable, _seen: set | None = None) -> set[str]:
    """Global names, attributes and imports a function's code refers to, helpers included.

    Follows nested functions and the notebook-level functions it calls, so moving a banned
    call into a helper does not hide it.
    """
    seen = _seen if _seen is not None else set()
    code = getattr(function, "__code__", None)
    if code is None or code in seen:
        return set()
    seen.add(code)
    names: set[str] = set()
    stack = [code]
    while stack:
        current = stack.pop()
        names.update(current.co_names)
        stack.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    module_globals = getattr(function, "__globals__", {})
    for name in list(names):
        helper = module_globals.get(name)
        if isinstance(helper, types.FunctionType) and helper.__module__ == function.__module__:
            names |= names_used(helper, seen)
        elif isinstance(helper, types.ModuleType):
            names.add(helper.__name__.split(".")[0])
        elif getattr(helper, "__module__", None) and helper.__module__ != function.__module__:
            names.add(helper.__module__.split(".")[0].lstrip("_"))  # `from heapq import merge`
    return names


def expect_not_used(function: Callable, banned: Iterable[str], reason: str) -> None:
    """Fail if ``function`` (or a helper it calls) refers to any banned name."""
    used = sorted(names_used(function) & set(banned))
    if used:
        raise AssertionError(f"{function.__name__} uses {', '.join(used)}: {reason}")


def expect_close(actual, expected, *, rel: float = 1e-9, abs_: float = 1e-9, what: str = "the result") -> None:
    """Numbers (or equal-length sequences of numbers) equal within tolerance."""
    if isinstance(expected, (list, tuple)) or getattr(expected, "shape", ()) != ():
        actual_list, expected_list = list(_flat(actual)), list(_flat(expected))
        if len(actual_list) != len(expected_list):
            raise AssertionError(f"{what} has {len(actual_list)} values; expected {len(expected_list)}")
        for i, (a, e) in enumerate(zip(actual_list, expected_list)):
            expect_close(a, e, rel=rel, abs_=abs_, what=f"{what}[{i}]")
        return
    try:
        value = float(actual)
    except (TypeError, ValueError):
        raise AssertionError(f"{what} should be a number, got {type(actual).__name__}") from None
    if not math.isclose(value, float(expected), rel_tol=rel, abs_tol=abs_):
        raise AssertionError(f"{what} is {value!r}, which is not right (tolerance {max(rel, abs_):g})")


def _flat(values):
    if hasattr(values, "tolist"):
        values = values.tolist()
    for value in values if isinstance(values, (list, tuple)) else [values]:
        if isinstance(value, (list, tuple)):
            yield from _flat(value)
        else:
            yield value


def expect_raises(error: type[BaseException], function: Callable, *args, **kwargs) -> None:
    """Calling ``function(*args, **kwargs)`` raises ``error``."""
    try:
        function(*args, **kwargs)
    except error:
        return
    except Exception as other:  # noqa: BLE001 (the learner's code may raise anything)
        raise AssertionError(
            f"{function.__name__} raised {type(other).__name__}; expected {error.__name__}"
        ) from None
    raise AssertionError(f"{function.__name__} returned instead of raising {error.__name__}")
