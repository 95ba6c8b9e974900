# %% [markdown]
# # Week 1 · Python fundamentals: function writing
#
# Fifteen LeetCode-style coding questions, easy to medium, of the kind a data-science coding
# screen opens with: write one small function, on the spot, in plain Python. They come in the
# order worth learning them: single passes over a list, hash maps (dicts, sets, `Counter`),
# strings and a stack, two pointers, a sliding window, prefix products, and finally "sort,
# then sweep". Each question names its trap in the teaching note above it, and most promise
# something beyond the right answer (linear time, constant extra memory, an input left
# untouched): the tests hold you to every promise. Aim for 15 to 20 minutes per question and
# say your complexity out loud before you write code, as you would in the interview.
#
# **How to answer.** Each answer cell holds a function header and a docstring followed by
# `raise NotImplementedError()`. Replace that line with your code and keep the name and the
# parameters as they are. Use plain Python only (built-ins and the standard library);
# NumPy, pandas and `statistics` are not what these questions test, and some tests reject
# them. Run the answer cell, then the test cell under it. Add your own cells to try ideas
# whenever you like: they are not graded.
#
# **How grading works.** The test cell you can see runs a few small examples. The real
# grade (`autograde check`, see the end of the notebook) adds hidden checks: many inputs
# drawn with a fixed random seed, each compared with an independent reference, and a check
# of every promise the question makes:
#
# - *"linear time"*: your function receives numbers that count the comparisons and arithmetic
#   done with them. They behave like ordinary `int`s, so write natural code; a loop inside
#   a loop, or a sort, shows up in the count however small the input;
# - *"O(1) extra memory"*: the check measures the peak memory your call allocates on a big
#   input with `tracemalloc`; a copy of the input is caught;
# - *"in place"* and *"inputs unchanged"*: the check looks at the very list it passed you,
#   before and after the call;
# - *"without X"*: the check reads the names your function (and any helper of yours it
#   calls) refers to.
#
# A failed check tells you what is wrong with your output or code and which input caused it,
# never the expected answer. nbgrader's Validate button runs only the visible part.

# %% [markdown]
# ## Part A · One pass over a list

# %% [markdown]
# ## 1. Sample variance
# *A formula in code, sample versus population*
#
# The variance is the average squared distance from the mean. For a *sample* you divide the
# sum of squared deviations by `n - 1`, not by `n`: the deviations are measured from the
# sample's own mean, which sits closer to the data than the true mean does, so dividing by
# `n` underestimates the spread (dividing by `n` is the *population* variance). Interviewers
# ask on purpose which one you mean; say it before you code.
#
# Two more details. Compute the mean first and then the squared deviations from it (two
# passes). The one-pass shortcut "mean of the squares minus the square of the mean" is
# correct on paper but loses almost every digit in floating point when the values are large
# and close together, such as Unix timestamps a few minutes apart. And round once, at the
# very end: rounding the mean or the deviations first changes the answer.
#
# **Question.** Complete `def sample_variance(values):` so that it returns the sample
# variance of the list of numbers `values` (dividing by `n - 1`), rounded to 2 decimals
# with `round(..., 2)`. If `values` has fewer than 2 numbers, raise `ValueError`. Do it by
# hand: no NumPy, pandas or `statistics`.

# %% nbgrader={"grade_id": "sample_variance", "solution": true}
def sample_variance(values):
    """Sample variance (n - 1) of a list of numbers, rounded to 2 decimals."""
    ### BEGIN SOLUTION
    n = len(values)
    if n < 2:
        raise ValueError("the sample variance needs at least two values")
    mean = sum(values) / n
    squared_deviations = sum((x - mean) ** 2 for x in values)
    return round(squared_deviations / (n - 1), 2)
    ### END SOLUTION


# %% nbgrader={"grade_id": "sample_variance_test", "grade": true, "points": 2}
assert sample_variance([2, 4]) == 2.0, "sample_variance([2, 4]) should be 2.0: (1 + 1) / (2 - 1)"
assert sample_variance([1, 2, 3, 4]) == 1.67, "sample_variance([1, 2, 3, 4]) should be 1.67: 5 / 3, rounded"
### BEGIN HIDDEN TESTS
import random
import statistics
from fractions import Fraction


def _shown(values):
    if len(values) <= 8:
        return repr(values)
    return "[" + ", ".join(map(repr, values[:6])) + f", ... ({len(values)} values)]"


def _check_variance(values, hint=""):
    exact = float(statistics.variance([Fraction(v) for v in values]))
    result = sample_variance(list(values))
    assert isinstance(result, (int, float)) and not isinstance(result, bool), (
        f"sample_variance({_shown(values)}) returned a {type(result).__name__}; expected a number"
    )
    assert abs(result * 100 - round(result * 100)) <= 1e-6 * max(1.0, abs(result)), (
        f"sample_variance({_shown(values)}) returned {result!r}, which is not rounded to 2 decimals"
    )
    assert abs(result - exact) <= 0.005 + 1e-7 * max(1.0, abs(exact)), (
        f"sample_variance({_shown(values)}) returned {result!r}, which is not the sample "
        f"variance rounded to 2 decimals{hint}"
    )


_rng = random.Random(2024)
for _ in range(40):
    _check_variance([_rng.randint(-50, 50) for _ in range(_rng.randint(2, 30))])
for _ in range(20):
    _check_variance([round(_rng.uniform(0, 200), 2) for _ in range(_rng.randint(2, 30))])
_check_variance([7, 7, 7])
_check_variance([5, -5])
for _ in range(5):
    _check_variance(
        [1_600_000_000 + _rng.randint(0, 600) for _ in range(25)],
        hint=" (values near 1.6e9 that differ by minutes: is precision lost along the way?)",
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "sample_variance_test_2", "grade": true, "points": 1}
from autograde.probes import expect_raises

expect_raises(ValueError, sample_variance, [3])
### BEGIN HIDDEN TESTS
import types

from autograde.probes import expect_not_used, names_used


def _expect_no_library(function, libraries, reason):
    expect_not_used(function, libraries, reason)
    for name in sorted(names_used(function)):
        value = function.__globals__.get(name)
        origin = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if isinstance(origin, str) and origin.split(".")[0].lstrip("_") in libraries:
            raise AssertionError(f"{function.__name__} uses {name} from {origin}: {reason}")


expect_raises(ValueError, sample_variance, [])
expect_raises(ValueError, sample_variance, [42.5])
_expect_no_library(
    sample_variance,
    {"numpy", "np", "pandas", "pd", "statistics", "scipy"},
    "compute the mean and the squared deviations yourself",
)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. The missing number
# *Arithmetic instead of searching*
#
# A list holds `n` distinct numbers taken from `0, 1, ..., n`, so exactly one of those `n + 1`
# numbers is absent. You could sort and scan, or build a set, but neither is needed: you know
# what the numbers `0..n` add up to (`n * (n + 1) // 2`), so the gap between that total and
# the sum of the list is the missing number. (XOR-ing every index and every value works
# too.) The classic slip is off by one: `0..n` has `n + 1` numbers, not `n`, so the missing
# one can be `n` itself, or `0`.
#
# **Question.** Complete `def missing_number(nums):` so that it returns the number of
# `0..n` that is absent from `nums` (where `n = len(nums)`; the numbers come in any order).
# Work in O(n) time with O(1) extra memory (no set, no sorted copy), and leave `nums`
# unchanged. For an empty list the answer is `0`.

# %% nbgrader={"grade_id": "missing_number", "solution": true}
def missing_number(nums):
    """The one number of 0..len(nums) that does not appear in nums."""
    ### BEGIN SOLUTION
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
    ### END SOLUTION


# %% nbgrader={"grade_id": "missing_number_test", "grade": true, "points": 1}
assert missing_number([3, 0, 1]) == 2, "missing_number([3, 0, 1]) should be 2"
assert missing_number([0, 1]) == 2, "missing_number([0, 1]) should be 2: with n = 2 the numbers run from 0 to 2"
### BEGIN HIDDEN TESTS
import random

_rng = random.Random(11)
for _n in [0, 1, 2, 3, 7, 30, 101]:
    for _missing in sorted({0, _n, _rng.randint(0, _n)}):
        _nums = [v for v in range(_n + 1) if v != _missing]
        _rng.shuffle(_nums)
        _before = list(_nums)
        _result = missing_number(_nums)
        _shown = repr(_before) if _n <= 8 else f"a shuffled list of {_n} numbers from 0..{_n}"
        assert _nums == _before, f"missing_number({_shown}) changed the list it was given"
        assert _result == _missing, f"missing_number({_shown}) returned {_result!r}: " + (
            "that number is in the list" if _result in _before else f"the answer lies between 0 and n = {_n}"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "missing_number_test_2", "grade": true, "points": 1}
assert missing_number([1, 2, 3, 4, 5]) == 0, "missing_number([1, 2, 3, 4, 5]) should be 0"
### BEGIN HIDDEN TESTS
import random
import tracemalloc

_COUNTED = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__xor__", "__rxor__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__")


def _counting_ints(values):
    tally = {"ops": 0}

    def wrap(name):
        base = getattr(int, name)

        def method(self, *args):
            tally["ops"] += 1
            return base(self, *args)

        return method

    methods = {name: wrap(name) for name in _COUNTED}
    cls = type("int", (int,), {**methods, "__hash__": int.__hash__, "__repr__": int.__repr__})
    return [cls(v) for v in values], tally


def _peak_bytes(function, *args):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        function(*args)
        return tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()


_rng = random.Random(12)
_n = 400
_values = [v for v in range(_n + 1) if v != _n - 3]
_rng.shuffle(_values)
_nums, _tally = _counting_ints(_values)
_result = missing_number(_nums)
_ops = _tally["ops"]
assert _result == _n - 3, (
    f"missing_number returned {_result!r} for a shuffled list of {_n} numbers, which is wrong"
)
assert _ops <= 4 * _n + 10, (
    f"missing_number did {_ops} comparisons and arithmetic operations on a list of {_n} numbers; "
    f"O(n) means a few per number (a search inside a loop, or a sort, is not linear)"
)
_big = list(range(100_001))
_big.remove(77_777)
_rng.shuffle(_big)
_peak = _peak_bytes(missing_number, _big)
assert _peak <= 32 * 1024, (
    f"missing_number allocated about {_peak // 1024} KB at its peak for a list of 100,000 numbers; "
    f"O(1) extra memory rules out a set, a sorted copy or any second list"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Best time to buy and sell, once
# *Carry the best so far*
#
# Given a price per day, buy on one day and sell on a *later* day. The tempting answer,
# `max(prices) - min(prices)`, ignores the order of the days: the highest price may come
# before the lowest. Trying every pair of days is correct but O(n^2). One pass does it: walk
# the days, remember the cheapest price seen so far, and ask each day "what if I sold today?".
# If prices only fall, the best plan is not to trade at all, which earns 0 (never a loss).
#
# **Question.** Complete `def max_profit(prices):` so that it returns the largest profit
# `prices[j] - prices[i]` over days `i < j`, or `0` when no trade makes money (including
# lists with fewer than two prices). One pass, O(n) time.

# %% nbgrader={"grade_id": "max_profit", "solution": true}
def max_profit(prices):
    """Best profit from one buy followed by one later sell; 0 if no trade makes money."""
    ### BEGIN SOLUTION
    best = 0
    cheapest = None
    for price in prices:
        if cheapest is None or price < cheapest:
            cheapest = price
        elif price - cheapest > best:
            best = price - cheapest
    return best
    ### END SOLUTION


# %% nbgrader={"grade_id": "max_profit_test", "grade": true, "points": 2}
assert max_profit([7, 1, 5, 3, 6, 4]) == 5, "max_profit([7, 1, 5, 3, 6, 4]) should be 5: buy at 1, sell at 6"
assert max_profit([7, 6, 4, 3, 1]) == 0, "max_profit([7, 6, 4, 3, 1]) should be 0: prices only fall"
### BEGIN HIDDEN TESTS
import random


def _reference_profit(prices):
    return max([0] + [prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices))])


_rng = random.Random(3)
_cases = [[], [5], [2, 9, 1, 3], [3, 3, 3], [1, 2], [2, 1]]
_cases += [[_rng.randint(1, 100) for _ in range(_rng.randint(0, 25))] for _ in range(60)]
for _prices in _cases:
    _result = max_profit(list(_prices))
    assert _result == _reference_profit(_prices), (
        f"max_profit({_prices!r}) returned {_result!r}, which is wrong"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "max_profit_test_2", "grade": true, "points": 1}
assert max_profit([3, 8, 2, 5]) == 5, "max_profit([3, 8, 2, 5]) should be 5: buy at 3, sell at 8"
### BEGIN HIDDEN TESTS
import random

_COUNTED = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__")


def _counting_ints(values):
    tally = {"ops": 0}

    def wrap(name):
        base = getattr(int, name)

        def method(self, *args):
            tally["ops"] += 1
            return base(self, *args)

        return method

    methods = {name: wrap(name) for name in _COUNTED}
    cls = type("int", (int,), {**methods, "__hash__": int.__hash__, "__repr__": int.__repr__})
    return [cls(v) for v in values], tally


_rng = random.Random(4)
_n = 300
_values = [_rng.randint(1, 1000) for _ in range(_n)]
_expected = max([0] + [_values[j] - _values[i] for i in range(_n) for j in range(i + 1, _n)])
_prices, _tally = _counting_ints(_values)
_result = max_profit(_prices)
_ops = _tally["ops"]
assert _result == _expected, f"max_profit returned {_result!r} for {_n} random prices, which is wrong"
assert _ops <= 5 * _n + 5, (
    f"max_profit did {_ops} comparisons and subtractions on {_n} prices; one pass needs a few per "
    f"price (trying every pair of days is O(n^2))"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · Hash maps

# %% [markdown]
# ## 4. Two sum
# *Trade memory for time with a dict*
#
# Checking every pair is O(n^2). With a dict from value to index you need one pass: for each
# number, look up its complement `target - x` among the numbers *already seen*, and only
# then record the current number. Looking before recording is what stops an element from
# pairing with itself (target 6 and a single 3), while still finding two different 3s.
# Filling the whole dict first and searching afterwards hits both traps: a value can find
# its own index, and a repeated value keeps only its last index.
#
# **Question.** Complete `def two_sum(nums, target):` so that it returns the list
# `[i, j]` of the two indices, with `i < j`, such that `nums[i] + nums[j] == target`. Exactly
# one such pair exists; an index may not be used twice. One pass with a dict: O(n) time.

# %% nbgrader={"grade_id": "two_sum", "solution": true}
def two_sum(nums, target):
    """Indices [i, j], i < j, of the only two numbers in nums that add up to target."""
    ### BEGIN SOLUTION
    seen = {}
    for j, x in enumerate(nums):
        complement = target - x
        if complement in seen:
            return [seen[complement], j]
        seen[x] = j
    raise ValueError("no two numbers add up to the target")
    ### END SOLUTION


# %% nbgrader={"grade_id": "two_sum_test", "grade": true, "points": 2}
assert two_sum([2, 7, 11, 15], 9) == [0, 1], "two_sum([2, 7, 11, 15], 9) should be [0, 1]"
assert two_sum([3, 2, 4], 6) == [1, 2], "two_sum([3, 2, 4], 6) should be [1, 2]: 3 may not pair with itself"
### BEGIN HIDDEN TESTS
import random


def _instance(rng, n, repeated):
    while True:
        nums = [rng.randint(-1000, 1000) for _ in range(n)]
        i, j = sorted(rng.sample(range(n), 2))
        if repeated:
            nums[j] = nums[i]
        target = nums[i] + nums[j]
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if nums[a] + nums[b] == target]
        if len(pairs) == 1:
            return nums, target


def _check_two_sum(nums, target):
    result = two_sum(list(nums), target)
    call = f"two_sum({nums!r}, {target})"
    assert isinstance(result, (list, tuple)) and len(result) == 2, (
        f"{call} returned {result!r}; expected a list of two indices"
    )
    assert all(isinstance(k, int) and 0 <= k < len(nums) for k in result), (
        f"{call} returned {result!r}, which are not two indices into nums (values instead of positions?)"
    )
    i, j = result
    assert i != j, f"{call} returned {result!r}: the same element was used twice"
    assert nums[i] + nums[j] == target, (
        f"{call} returned {result!r}, but those two numbers do not add up to {target}"
    )
    assert i < j, f"{call} returned {result!r}: put the smaller index first"


_check_two_sum([3, 3], 6)
_check_two_sum([1, 5, 5, 2], 10)
_check_two_sum([0, 4, 3, 0], 0)
_check_two_sum([-3, 4, 3, 90], 0)
_rng = random.Random(5)
for _ in range(50):
    _check_two_sum(*_instance(_rng, _rng.randint(2, 20), repeated=_rng.random() < 0.3))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "two_sum_test_2", "grade": true, "points": 1}
assert two_sum([1, 2], 3) == [0, 1], "two_sum([1, 2], 3) should be [0, 1]"
### BEGIN HIDDEN TESTS
import random

_COUNTED = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__")


def _counting_ints(values):
    tally = {"ops": 0}

    def wrap(name):
        base = getattr(int, name)

        def method(self, *args):
            tally["ops"] += 1
            return base(self, *args)

        return method

    methods = {name: wrap(name) for name in _COUNTED}
    cls = type("int", (int,), {**methods, "__hash__": int.__hash__, "__repr__": int.__repr__})
    return [cls(v) for v in values], tally


_rng = random.Random(6)
_n = 400
while True:
    _values = _rng.sample(range(-10**6, 10**6), _n)
    _target = _values[_n - 3] + _values[_n - 1]
    _seen, _pairs = {}, 0
    for _v in _values:
        _pairs += _seen.get(_target - _v, 0)
        _seen[_v] = _seen.get(_v, 0) + 1
    if _pairs == 1:
        break
_nums, _tally = _counting_ints(_values)
_result = two_sum(_nums, _target)
_ops = _tally["ops"]
assert isinstance(_result, (list, tuple)) and list(_result) == [_n - 3, _n - 1], (
    f"two_sum returned {_result!r} for a list of {_n} numbers, which is wrong"
)
assert _ops <= 4 * _n + 10, (
    f"two_sum did {_ops} comparisons and additions on a list of {_n} numbers; one pass with a dict "
    f"needs about one per number (checking pairs, or sorting, is not O(n))"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Anagrams
# *Count, don't sort*
#
# Two strings are anagrams when one is a rearrangement of the other: the same characters,
# each the same number of times. Sorting both and comparing works in O(n log n); counting
# the characters of each (a dict, or `collections.Counter`) does it in O(n), and that is the
# answer interviewers want. Comparing `set(s)` with `set(t)` is the classic mistake: a set
# forgets how often each character occurs, so `"aab"` and `"abb"` look equal.
#
# **Question.** Complete `def is_anagram(s, t):` so that it returns `True` when `t` is a
# rearrangement of `s` and `False` otherwise. Case matters (`"A"` is not `"a"`), and spaces
# and punctuation count like any other character. Count the characters; do not sort
# (`sorted` and `.sort` are not allowed).

# %% nbgrader={"grade_id": "is_anagram", "solution": true}
def is_anagram(s, t):
    """True when t uses exactly the characters of s, each as many times."""
    ### BEGIN SOLUTION
    if len(s) != len(t):
        return False
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in t:
        if counts.get(ch, 0) == 0:
            return False
        counts[ch] -= 1
    return True
    ### END SOLUTION


# %% nbgrader={"grade_id": "is_anagram_test", "grade": true, "points": 1}
assert is_anagram("listen", "silent") is True, "is_anagram('listen', 'silent') should be True"
assert is_anagram("rat", "car") is False, "is_anagram('rat', 'car') should be False"
### BEGIN HIDDEN TESTS
import random


def _check_anagram(s, t):
    result = is_anagram(s, t)
    assert isinstance(result, bool), f"is_anagram({s!r}, {t!r}) returned {result!r}; expected True or False"
    assert result == (sorted(s) == sorted(t)), f"is_anagram({s!r}, {t!r}) returned {result!r}, which is wrong"


for _s, _t in [("aab", "abb"), ("Aa", "aa"), ("a b", "ba "), ("", ""), ("a", ""), ("ab", "abc"), ("abc", "ab")]:
    _check_anagram(_s, _t)
_rng = random.Random(7)
for _ in range(60):
    _s = "".join(_rng.choice("aabbc D,") for _ in range(_rng.randint(0, 12)))
    _chars = list(_s)
    _rng.shuffle(_chars)
    _kind = _rng.randrange(4)
    if _kind == 1 and _chars:
        _chars[_rng.randrange(len(_chars))] = _rng.choice("abcD")
    elif _kind == 2:
        _chars.append(_rng.choice("abc"))
    elif _kind == 3 and len(_chars) >= 2:
        _chars[0] = _chars[1]
    _check_anagram(_s, "".join(_chars))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "is_anagram_test_2", "grade": true, "points": 1}
assert is_anagram("aab", "aba") is True, "is_anagram('aab', 'aba') should be True"
### BEGIN HIDDEN TESTS
from autograde.probes import expect_not_used

assert is_anagram("aab", "abb") is False, "is_anagram('aab', 'abb') returned True: the counts differ"
expect_not_used(is_anagram, {"sorted", "sort"}, "count the characters (a dict or Counter) instead of sorting")
### END HIDDEN TESTS

# %% [markdown]
# ## 6. First character that appears once
# *Count first, then scan in the original order*
#
# Two passes: count every character, then walk the string again from the left and stop at
# the first character whose count is 1. Walk the *string* in the second pass, not the dict
# or a set, because the question is about positions in the string. Calling `s.count(ch)`
# for every position gives the right answer but rescans the whole string each time, which
# makes it O(n^2): an interviewer will ask you to do better.
#
# **Question.** Complete `def first_unique_char(s):` so that it returns the **index** of
# the first character of `s` that occurs exactly once in `s`, or `-1` if every character
# repeats (or `s` is empty). Case matters: `"a"` and `"A"` are different characters.

# %% nbgrader={"grade_id": "first_unique_char", "solution": true}
def first_unique_char(s):
    """Index of the first character that occurs exactly once in s, or -1."""
    ### BEGIN SOLUTION
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for index, ch in enumerate(s):
        if counts[ch] == 1:
            return index
    return -1
    ### END SOLUTION


# %% nbgrader={"grade_id": "first_unique_char_test", "grade": true, "points": 2}
assert first_unique_char("leetcode") == 0, "first_unique_char('leetcode') should be 0 ('l')"
assert first_unique_char("loveleetcode") == 2, "first_unique_char('loveleetcode') should be 2 ('v')"
assert first_unique_char("aabb") == -1, "first_unique_char('aabb') should be -1"
### BEGIN HIDDEN TESTS
import random


def _check_first_unique(s):
    expected = next((i for i, ch in enumerate(s) if s.count(ch) == 1), -1)
    result = first_unique_char(s)
    hint = ": return the index, not the character" if isinstance(result, str) else ", which is wrong"
    assert result == expected and isinstance(result, int), f"first_unique_char({s!r}) returned {result!r}{hint}"


for _s in ["", "z", "aA", "abab", "abcab", "zzyx", "cbaabc", "ddcba"]:
    _check_first_unique(_s)
_rng = random.Random(8)
for _ in range(80):
    _check_first_unique("".join(_rng.choice("abcdeA") for _ in range(_rng.randint(0, 20))))
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Group the anagrams
# *Choosing a dict key*
#
# To group words, give every word a key that anagrams share and nothing else shares, then
# collect the words in a dict of lists under their keys. Good keys: the sorted letters as a
# string (`"".join(sorted(word))`) or a tuple of letter counts. A `set` or `frozenset` of the
# letters is the trap again: `"ab"` and `"aab"` would land in the same group. Since Python
# 3.7 a dict remembers insertion order, which is exactly the group order asked for below.
#
# **Question.** Complete `def group_anagrams(words):` so that it returns a **list of lists**:
# each inner list holds the words of `words` that are anagrams of each other. Groups come in
# the order in which their first word appears in `words`; inside a group, words keep their
# order in `words`; a word that appears twice appears twice in its group. An empty input
# gives `[]`.

# %% nbgrader={"grade_id": "group_anagrams", "solution": true}
def group_anagrams(words):
    """Anagram groups, in order of first appearance; words keep their input order."""
    ### BEGIN SOLUTION
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
    ### END SOLUTION


# %% nbgrader={"grade_id": "group_anagrams_test", "grade": true, "points": 2}
_groups = group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"])
assert _groups == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]], (
    "group_anagrams(['eat', 'tea', 'tan', 'ate', 'nat', 'bat']) should be "
    "[['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']]"
)
assert group_anagrams([]) == [], "group_anagrams([]) should be []"
### BEGIN HIDDEN TESTS
import random
from collections import Counter


def _reference_groups(words):
    groups = []
    for word in words:
        for group in groups:
            if Counter(group[0]) == Counter(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups


def _check_groups(words):
    expected = _reference_groups(words)
    result = group_anagrams(list(words))
    call = f"group_anagrams({words!r})"
    assert isinstance(result, list) and all(isinstance(g, list) for g in result), (
        f"{call} returned a {type(result).__name__}; expected a list of lists (list(...) around dict values)"
    )
    if result == expected:
        return
    if sorted(w for g in result for w in g) != sorted(words):
        raise AssertionError(
            f"{call} returned {result!r}: every word, repeats included, belongs to exactly one group"
        )
    if sorted(map(sorted, result)) == sorted(map(sorted, expected)):
        raise AssertionError(
            f"{call} returned {result!r}: the groups are right but not in the order the question asks"
        )
    raise AssertionError(
        f"{call} returned {result!r}: some group mixes words that are not anagrams, or splits anagrams"
    )


for _words in [["ab", "aab", "ba"], ["a", "a"], ["", "b", ""], ["abc"], ["bca", "cab", "xyz", "abc", "zyx"]]:
    _check_groups(_words)
_rng = random.Random(9)
for _ in range(40):
    _words = ["".join(_rng.choice("abc") for _ in range(_rng.randint(0, 4))) for _ in range(_rng.randint(0, 15))]
    _check_groups(_words)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. The k most frequent values
# *Counting, then sorting with a tie rule*
#
# Count with a dict or `Counter`, then order the distinct values by count. The part people
# get wrong is the tie: when two values occur equally often, something must decide which
# comes first, and the question fixes that rule. `Counter.most_common` breaks ties by first
# appearance in the input, which is *not* the rule here. Sorting the distinct values with a
# key such as `(-count, value)` states the rule directly, in O(n + d log d) for `d` distinct
# values. (A heap of size `k`, or buckets indexed by count, are the usual follow-ups.)
#
# **Question.** Complete `def top_k_frequent(nums, k):` so that it returns a list of the `k`
# values that occur most often in `nums`, most frequent first; values that occur equally
# often come smaller value first. `k` is at least 1 and at most the number of distinct values.

# %% nbgrader={"grade_id": "top_k_frequent", "solution": true}
def top_k_frequent(nums, k):
    """The k most frequent values, most frequent first; ties go to the smaller value."""
    ### BEGIN SOLUTION
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    return sorted(counts, key=lambda value: (-counts[value], value))[:k]
    ### END SOLUTION


# %% nbgrader={"grade_id": "top_k_frequent_test", "grade": true, "points": 2}
assert top_k_frequent([1, 1, 1, 2, 2, 3], 2) == [1, 2], "top_k_frequent([1, 1, 1, 2, 2, 3], 2) should be [1, 2]"
assert top_k_frequent([5, 5, 4, 4, 6], 2) == [4, 5], (
    "top_k_frequent([5, 5, 4, 4, 6], 2) should be [4, 5]: 4 and 5 both occur twice, and 4 is smaller"
)
### BEGIN HIDDEN TESTS
import random


def _check_top_k(nums, k):
    expected = sorted(set(nums), key=lambda v: (-nums.count(v), v))[:k]
    result = top_k_frequent(list(nums), k)
    call = f"top_k_frequent({nums!r}, {k})"
    assert isinstance(result, list), f"{call} returned a {type(result).__name__}; expected a list"
    if result != expected and sorted(result) == sorted(expected):
        raise AssertionError(f"{call} returned {result!r}: the right values, in the wrong order")
    assert result == expected, f"{call} returned {result!r}, which is wrong"


_check_top_k([3, 1, 2], 3)
_check_top_k([9, 9, 2, 2, 7, 7, 1], 2)
_check_top_k([-1, -1, 4], 1)
_rng = random.Random(10)
for _ in range(60):
    _nums = [_rng.randint(-3, 6) for _ in range(_rng.randint(1, 40))]
    _check_top_k(_nums, _rng.randint(1, len(set(_nums))))
### END HIDDEN TESTS

# %% [markdown]
# ## Part C · Strings and a stack

# %% [markdown]
# ## 9. Balanced brackets
# *A stack*
#
# Every closing bracket must match the most recent opening bracket that is still open: that
# "most recent first" rule is a stack. Push each opener; on a closer, the stack must be
# non-empty and its top must be the matching opener, which you pop. At the end the stack
# must be empty. Counting brackets per type is not enough (`"([)]"` has balanced counts but
# is invalid), and popping from an empty list raises `IndexError`, so check first.
#
# **Question.** Complete `def valid_parentheses(s):` so that it returns `True` when the
# string `s`, made only of the characters `()[]{}`, is correctly bracketed (every opener
# closed by the same type, in the right order), and `False` otherwise. The empty string is
# correctly bracketed.

# %% nbgrader={"grade_id": "valid_parentheses", "solution": true}
def valid_parentheses(s):
    """True when every bracket in s is closed by the same type, in the right order."""
    ### BEGIN SOLUTION
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in partner:
            if not stack or stack.pop() != partner[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
    ### END SOLUTION


# %% nbgrader={"grade_id": "valid_parentheses_test", "grade": true, "points": 2}
assert valid_parentheses("()[]{}") is True, "valid_parentheses('()[]{}') should be True"
assert valid_parentheses("(]") is False, "valid_parentheses('(]') should be False"
assert valid_parentheses("([)]") is False, "valid_parentheses('([)]') should be False: ')' closes '[' here"
### BEGIN HIDDEN TESTS
import random


def _reference_brackets(s):
    previous = None
    while previous != s:
        previous, s = s, s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""


def _balanced(rng, pairs):
    if pairs == 0:
        return ""
    inner = rng.randint(0, pairs - 1)
    opener, closer = rng.choice(["()", "[]", "{}"])
    return opener + _balanced(rng, inner) + closer + _balanced(rng, pairs - 1 - inner)


def _check_brackets(s):
    try:
        result = valid_parentheses(s)
    except IndexError:
        raise AssertionError(f"valid_parentheses({s!r}) raised IndexError; it should return a bool") from None
    assert isinstance(result, bool), f"valid_parentheses({s!r}) returned {result!r}; expected True or False"
    assert result == _reference_brackets(s), f"valid_parentheses({s!r}) returned {result!r}, which is wrong"


for _s in ["", ")", "(", "((", "}{", "([]{})", "(()", "())", "[(])", "{[()()]}"]:
    _check_brackets(_s)
_rng = random.Random(13)
for _ in range(80):
    _chars = list(_balanced(_rng, _rng.randint(1, 6)))
    _kind = _rng.randrange(4)
    if _kind == 1:
        _i, _j = _rng.randrange(len(_chars)), _rng.randrange(len(_chars))
        _chars[_i], _chars[_j] = _chars[_j], _chars[_i]
    elif _kind == 2:
        del _chars[_rng.randrange(len(_chars))]
    elif _kind == 3:
        _chars[_rng.randrange(len(_chars))] = _rng.choice("()[]{}")
    _check_brackets("".join(_chars))
### END HIDDEN TESTS

# %% [markdown]
# ## Part D · Two pointers

# %% [markdown]
# ## 10. Palindrome sentence
# *Two pointers moving inward*
#
# The quick answer builds a cleaned, lower-cased copy and compares it with its reverse:
# correct, but it uses O(n) extra memory, and the follow-up question is always "now without
# the copy". Two pointers do it: `left` starts at the first character and `right` at the
# last; skip anything that is not a letter or digit on either side, compare the two
# characters ignoring case, then move both inward until they meet. Digits count: `"1a2"` is
# not a palindrome even though its only letter is. A string with no letters or digits reads
# the same both ways.
#
# **Question.** Complete `def is_palindrome_sentence(s):` so that it returns `True` when `s`
# reads the same forwards and backwards once you keep only its letters and digits (as
# `str.isalnum` defines them) and ignore case, and `False` otherwise. Use O(1) extra memory:
# no cleaned, lower-cased or reversed copy of `s` (or of a large part of it). The tests use
# ASCII text.

# %% nbgrader={"grade_id": "is_palindrome_sentence", "solution": true}
def is_palindrome_sentence(s):
    """True when s reads the same both ways, counting only letters and digits, ignoring case."""
    ### BEGIN SOLUTION
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalnum():
            left += 1
        elif not s[right].isalnum():
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
    ### END SOLUTION


# %% nbgrader={"grade_id": "is_palindrome_sentence_test", "grade": true, "points": 1}
assert is_palindrome_sentence("A man, a plan, a canal: Panama") is True, (
    "is_palindrome_sentence('A man, a plan, a canal: Panama') should be True"
)
assert is_palindrome_sentence("race a car") is False, "is_palindrome_sentence('race a car') should be False"
### BEGIN HIDDEN TESTS
import random
import re
import string


def _check_palindrome(s):
    cleaned = re.sub("[^a-z0-9]", "", s.lower())
    result = is_palindrome_sentence(s)
    assert isinstance(result, bool), (
        f"is_palindrome_sentence({s!r}) returned {result!r}; expected True or False"
    )
    assert result == (cleaned == cleaned[::-1]), (
        f"is_palindrome_sentence({s!r}) returned {result!r}, which is wrong"
    )


def _sentence(rng):
    core = [rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(0, 10))]
    middle = [rng.choice("xY7")] if rng.random() < 0.5 else []
    chars = core + middle + core[::-1]
    chars = [c.swapcase() if rng.random() < 0.5 else c for c in chars]
    if chars and rng.random() < 0.5:
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("q5Z")
    noisy = []
    for c in chars:
        noisy += [rng.choice(" ,.:;!?'-") for _ in range(rng.choice([0, 0, 1, 2]))] + [c]
    return "".join(noisy)


for _s in ["", " ", ".,!", "0P", "1a2", "Aa", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab,  c;BA"]:
    _check_palindrome(_s)
_rng = random.Random(14)
for _ in range(80):
    _check_palindrome(_sentence(_rng))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "is_palindrome_sentence_test_2", "grade": true, "points": 1}
assert is_palindrome_sentence("No lemon, no melon") is True, (
    "is_palindrome_sentence('No lemon, no melon') should be True"
)
### BEGIN HIDDEN TESTS
import random
import tracemalloc


def _peak_bytes(function, *args):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        function(*args)
        return tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()


_rng = random.Random(15)
_half = "".join(_rng.choice("abcXYZ019 ,.!") for _ in range(100_000))
_long = _half + "".join(c.swapcase() for c in reversed(_half))
assert is_palindrome_sentence(_long) is True, (
    "is_palindrome_sentence returned False for a 200,000-character palindrome (mixed case, punctuation)"
)
_peak = _peak_bytes(is_palindrome_sentence, _long)
assert _peak <= 32 * 1024, (
    f"is_palindrome_sentence allocated about {_peak // 1024} KB at its peak for a 200,000-character "
    f"string; O(1) extra memory means two indices into s and no cleaned or reversed copy"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Move the zeros to the end, in place
# *A read pointer and a write pointer*
#
# "In place" means you change the list you were given and return nothing. Assigning a new
# list to the parameter (`nums = [...]`) only rebinds a local name: the caller's list does
# not change. Slice assignment (`nums[:] = ...`) does change it, but builds a whole second
# list first, which is O(n) extra memory. The O(1) way uses two indices: `read` walks every
# position, `write` marks where the next non-zero belongs; copy (or swap) each non-zero to
# `write` and advance it, then fill the positions after `write` with zeros. Removing items
# from a list while a `for` loop walks over it skips elements, and `nums.remove(0)` rescans
# the list every time (O(n^2)).
#
# **Question.** Complete `def move_zeros(nums):` so that it moves every `0` of the list of
# ints `nums` to the end while the other numbers keep their relative order. Change `nums`
# itself and return `None`. O(n) time, O(1) extra memory.

# %% nbgrader={"grade_id": "move_zeros", "solution": true}
def move_zeros(nums):
    """Move every 0 in nums to the end, in place, keeping the order of the rest."""
    ### BEGIN SOLUTION
    write = 0
    for read in range(len(nums)):
        if nums[read] != 0:
            nums[write] = nums[read]
            write += 1
    for index in range(write, len(nums)):
        nums[index] = 0
    ### END SOLUTION


# %% nbgrader={"grade_id": "move_zeros_test", "grade": true, "points": 2}
_nums = [0, 1, 0, 3, 12]
assert move_zeros(_nums) is None, "move_zeros should change the list in place and return None"
assert _nums == [1, 3, 12, 0, 0], (
    f"after move_zeros the list is {_nums}; expected [1, 3, 12, 0, 0] (change the list you receive: "
    f"`nums = ...` inside the function only rebinds a local name)"
)
### BEGIN HIDDEN TESTS
import random


def _check_move_zeros(values):
    nums = list(values)
    result = move_zeros(nums)
    expected = [x for x in values if x != 0] + [0] * values.count(0)
    assert result is None, (
        f"move_zeros({values!r}) returned {result!r}; it should change the list and return None"
    )
    if nums == values and values != expected:
        raise AssertionError(
            f"move_zeros({values!r}) left the list it was given unchanged: assigning a new list to "
            f"the parameter does not change the caller's list"
        )
    assert nums == expected, f"after move_zeros({values!r}) the list is {nums!r}, which is wrong"


for _values in [[], [0], [5], [0, 0, 1], [1, 0, 0], [0, 0, 0], [4, -2, 7], [0, 0, 3, 0, 0, 5, 0]]:
    _check_move_zeros(_values)
_rng = random.Random(16)
for _ in range(60):
    _check_move_zeros([_rng.choice([0, 0, 0, 1, 2, -3, 9]) for _ in range(_rng.randint(0, 20))])
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "move_zeros_test_2", "grade": true, "points": 1}
_nums = [0, 0, 1]
move_zeros(_nums)
assert _nums == [1, 0, 0], f"after move_zeros the list is {_nums}; expected [1, 0, 0]"
### BEGIN HIDDEN TESTS
import random
import tracemalloc

_COUNTED = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__")


def _counting_ints(values):
    tally = {"ops": 0}

    def wrap(name):
        base = getattr(int, name)

        def method(self, *args):
            tally["ops"] += 1
            return base(self, *args)

        return method

    methods = {name: wrap(name) for name in _COUNTED}
    cls = type("int", (int,), {**methods, "__hash__": int.__hash__, "__repr__": int.__repr__})
    return [cls(v) for v in values], tally


def _peak_bytes(function, *args):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        function(*args)
        return tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()


_rng = random.Random(17)
_n = 300
_values = [_rng.choice([0, 0, 4, 8, -1]) for _ in range(_n)]
_expected = [x for x in _values if x != 0] + [0] * _values.count(0)
_nums, _tally = _counting_ints(_values)
move_zeros(_nums)
_ops = _tally["ops"]
assert [int(x) for x in _nums] == _expected, f"move_zeros gave a wrong result on a list of {_n} numbers"
assert _ops <= 3 * _n + 5, (
    f"move_zeros did {_ops} comparisons on a list of {_n} numbers; O(n) means a few per number "
    f"(remove() or index() inside a loop rescans the list)"
)
_big = [_rng.choice([0, 1, 2, 3]) for _ in range(100_000)]
_expected = [x for x in _big if x != 0] + [0] * _big.count(0)
_peak = _peak_bytes(move_zeros, _big)
assert _big == _expected, "move_zeros gave a wrong result on a list of 100,000 numbers"
assert _peak <= 32 * 1024, (
    f"move_zeros allocated about {_peak // 1024} KB at its peak for a list of 100,000 numbers; "
    f"O(1) extra memory means moving values inside nums, without building a second list"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Merge two sorted lists
# *Two pointers over two inputs*
#
# Both inputs are already sorted, so the smallest remaining element is always at the front
# of one of them. Keep one index per list, compare the two front elements, append the
# smaller and advance that index; when one list runs out, append what is left of the other
# (forgetting that tail is the most common bug). That is at most `len(a) + len(b)`
# comparisons. `sorted(a + b)` throws away the fact that the inputs are sorted, and
# `a.pop(0)` shifts the whole list on every call and destroys the caller's data.
#
# Ties matter when equal elements are distinguishable (records with the same key): a
# *stable* merge keeps those from `a` ahead of those from `b`. Which comparison you write,
# `<=` or `<`, decides this.
#
# **Question.** Complete `def merge_sorted(a, b):` so that it returns a **new** list (never
# `a` or `b` itself, even when one of them is empty) holding every element of the sorted
# lists `a` and `b` in sorted order. Elements that compare equal keep the elements of `a`
# before those of `b`, each list in its own order. Leave `a` and `b` unchanged. Linear time:
# at most `len(a) + len(b)` comparisons between elements, and no `sorted`, `.sort` or
# `heapq`. The elements may be of any type that supports `<` and `<=`.

# %% nbgrader={"grade_id": "merge_sorted", "solution": true}
def merge_sorted(a, b):
    """One sorted list from the sorted lists a and b; equal elements from a come first."""
    ### BEGIN SOLUTION
    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    merged.extend(a[i:])
    merged.extend(b[j:])
    return merged
    ### END SOLUTION


# %% nbgrader={"grade_id": "merge_sorted_test", "grade": true, "points": 2}
assert merge_sorted([1, 3, 5], [2, 4]) == [1, 2, 3, 4, 5], (
    "merge_sorted([1, 3, 5], [2, 4]) should be [1, 2, 3, 4, 5]"
)
assert merge_sorted([], [1, 2]) == [1, 2], "merge_sorted([], [1, 2]) should be [1, 2]"
### BEGIN HIDDEN TESTS
import random


def _check_merge(a, b):
    a_before, b_before = list(a), list(b)
    result = merge_sorted(a, b)
    call = f"merge_sorted({a_before!r}, {b_before!r})"
    assert a == a_before and b == b_before, f"{call} changed its inputs; they must stay as they were"
    assert isinstance(result, list), f"{call} returned a {type(result).__name__}; expected a list"
    assert result is not a and result is not b, f"{call} returned one of its inputs; return a new list"
    assert result == sorted(a_before + b_before), f"{call} returned {result!r}, which is wrong"


for _a, _b in [([], []), ([1], []), ([], [2, 2]), ([1, 1, 1], [1, 1]), ([5, 6], [1, 2]), ([1, 2], [5, 6]),
               ([0.5, 2.5], [1, 2, 3]), (["apple", "kiwi"], ["banana", "fig", "plum"])]:
    _check_merge(_a, _b)
_rng = random.Random(18)
for _ in range(80):
    _sizes = [_rng.choice([0, 1, _rng.randint(2, 12)]) for _ in range(2)]
    _check_merge(*(sorted(_rng.randint(0, 9) for _ in range(_size)) for _size in _sizes))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "merge_sorted_test_2", "grade": true, "points": 1}
from autograde.probes import ComparisonCounter, tracked

_counter = ComparisonCounter()
_a, _b = tracked([1, 2], _counter), tracked([1, 3], _counter)
_one_from_a, _one_from_b = _a[0], _b[0]
_merged = merge_sorted(_a, _b)
assert len(_merged) == 4, f"merge_sorted returned {len(_merged)} elements for two lists of 2; expected 4"
assert _merged[0] is _one_from_a and _merged[1] is _one_from_b, (
    "the two 1s compare equal: the one from a must come first"
)
### BEGIN HIDDEN TESTS
import random

from autograde.probes import plain


def _check_stable(a_values, b_values):
    counter = ComparisonCounter()
    a, b = tracked(a_values, counter), tracked(b_values, counter)
    expected = sorted(a + b, key=lambda item: item.value)
    result = merge_sorted(a, b)
    call = f"merge_sorted({a_values!r}, {b_values!r})"
    assert plain(result) == plain(expected), f"{call} returned {plain(result)!r}, which is wrong"
    assert [id(x) for x in result] == [id(x) for x in expected], (
        f"{call} is not stable: among equal elements, those of a must come first, each list in its own order"
    )


_rng = random.Random(19)
for _ in range(60):
    _check_stable(*(sorted(_rng.randint(0, 4) for _ in range(_rng.randint(0, 10))) for _ in range(2)))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "merge_sorted_test_3", "grade": true, "points": 2}
from autograde.probes import ComparisonCounter, tracked

_counter = ComparisonCounter()
_merged = merge_sorted(tracked([1, 4, 6], _counter), tracked([2, 3, 5, 7], _counter))
assert _counter.count <= 7, (
    f"merge_sorted made {_counter.count} comparisons to merge 3 + 4 elements; at most 7 allowed"
)
### BEGIN HIDDEN TESTS
import random
import types

from autograde.probes import expect_not_used, names_used, plain


def _expect_no_library(function, libraries, reason):
    expect_not_used(function, libraries, reason)
    for name in sorted(names_used(function)):
        value = function.__globals__.get(name)
        origin = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if isinstance(origin, str) and origin.split(".")[0].lstrip("_") in libraries:
            raise AssertionError(f"{function.__name__} uses {name} from {origin}: {reason}")


_rng = random.Random(20)
for _ in range(30):
    _sizes = [_rng.choice([0, _rng.randint(1, 200)]) for _ in range(2)]
    _a_values, _b_values = (sorted(_rng.randint(0, 50) for _ in range(_size)) for _size in _sizes)
    _counter = ComparisonCounter()
    _merged = merge_sorted(tracked(_a_values, _counter), tracked(_b_values, _counter))
    assert plain(_merged) == sorted(_a_values + _b_values), (
        f"merge_sorted gave a wrong result on lists of {len(_a_values)} and {len(_b_values)} elements"
    )
    assert _counter.count <= len(_a_values) + len(_b_values), (
        f"merge_sorted made {_counter.count} comparisons to merge {len(_a_values)} + {len(_b_values)} "
        f"elements; a linear merge needs at most {len(_a_values) + len(_b_values)}"
    )
_expect_no_library(
    merge_sorted,
    {"sorted", "sort", "heapq"},
    "merge with two indices; sorting (or a heap) does not use the order the inputs already have",
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part E · Sliding windows and prefix products

# %% [markdown]
# ## 13. Longest stretch without a repeated character
# *A sliding window*
#
# A *substring* is contiguous, so `len(set(s))` (the number of distinct characters) is not
# the answer: in `"pwwkew"` the best substring is `"wke"`, length 3, although `"pwke"` has 4
# distinct letters. Checking every substring is O(n^2) or worse. The window way: move a
# `right` index over the string, remember the last index where each character was seen, and
# when `s[right]` already occurs inside the window, move `left` to just past that earlier
# occurrence. `left` must only ever move forward: in `"abba"`, when the last `a` arrives,
# its earlier copy lies *before* the window, and jumping back to it would count `"bba"`.
#
# **Question.** Complete `def longest_substring_without_repeat(s):` so that it returns the
# length of the longest substring of `s` in which no character occurs twice (`0` for the
# empty string). Case matters, and spaces are characters too.

# %% nbgrader={"grade_id": "longest_substring_without_repeat", "solution": true}
def longest_substring_without_repeat(s):
    """Length of the longest substring of s whose characters are all different."""
    ### BEGIN SOLUTION
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
    ### END SOLUTION


# %% nbgrader={"grade_id": "longest_substring_without_repeat_test", "grade": true, "points": 2}
assert longest_substring_without_repeat("abcabcbb") == 3, (
    "longest_substring_without_repeat('abcabcbb') should be 3"
)
assert longest_substring_without_repeat("bbbbb") == 1, "longest_substring_without_repeat('bbbbb') should be 1"
assert longest_substring_without_repeat("pwwkew") == 3, (
    "longest_substring_without_repeat('pwwkew') should be 3 ('wke')"
)
### BEGIN HIDDEN TESTS
import random


def _reference_longest(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best


def _check_longest(s):
    result = longest_substring_without_repeat(s)
    assert result == _reference_longest(s), (
        f"longest_substring_without_repeat({s!r}) returned {result!r}, which is wrong"
    )


for _s in ["", " ", "abba", "dvdf", "tmmzuxt", "aA", "a b c a", "abcdef"]:
    _check_longest(_s)
_rng = random.Random(21)
for _ in range(80):
    _check_longest("".join(_rng.choice("abcdef ") for _ in range(_rng.randint(0, 40))))
### END HIDDEN TESTS

# %% [markdown]
# ## 14. Product of everything except yourself
# *Prefix and suffix products*
#
# Dividing the product of all numbers by `nums[i]` breaks as soon as a zero appears, and
# interviewers forbid division anyway. Instead, note that the answer at `i` is the product
# of everything to its left times the product of everything to its right. One pass from the
# left writes the running product *before* each position into the output; a second pass from
# the right multiplies in the running product *after* each position. That is O(n) time, and
# no extra list beyond the output. Computing a fresh product of "all but `i`" for every `i`
# is O(n^2).
#
# **Question.** Complete `def product_except_self(nums):` so that it returns a new list
# `out` of the same length as the list of ints `nums`, where `out[i]` is the product of all
# numbers of `nums` except `nums[i]` (so `[7]` gives `[1]`, and `[]` gives `[]`). Leave
# `nums` unchanged. No division of any kind (`/`, `//`, `%`, negative powers), O(n) time.

# %% nbgrader={"grade_id": "product_except_self", "solution": true}
def product_except_self(nums):
    """out[i] = product of every number of nums except nums[i], without division."""
    ### BEGIN SOLUTION
    out = []
    running = 1
    for x in nums:
        out.append(running)
        running *= x
    running = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= running
        running *= nums[i]
    return out
    ### END SOLUTION


# %% nbgrader={"grade_id": "product_except_self_test", "grade": true, "points": 2}
assert product_except_self([1, 2, 3, 4]) == [24, 12, 8, 6], (
    "product_except_self([1, 2, 3, 4]) should be [24, 12, 8, 6]"
)
assert product_except_self([2, 0, 5]) == [0, 10, 0], "product_except_self([2, 0, 5]) should be [0, 10, 0]"
### BEGIN HIDDEN TESTS
import math
import random


def _check_products(values):
    nums = list(values)
    result = product_except_self(nums)
    expected = [math.prod(values[:i] + values[i + 1:]) for i in range(len(values))]
    call = f"product_except_self({values!r})"
    assert nums == values, f"{call} changed its input; it must stay as it was"
    assert isinstance(result, list) and result is not nums, f"{call} should return a new list"
    assert result == expected, f"{call} returned {result!r}, which is wrong"


for _values in [[], [7], [0], [3, 4], [0, 0, 3], [0, 2, 3], [-1, 1, 0, -3, 3], [1, 1, 1]]:
    _check_products(_values)
_rng = random.Random(22)
for _ in range(60):
    _check_products([_rng.randint(-5, 5) for _ in range(_rng.randint(1, 12))])
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "product_except_self_test_2", "grade": true, "points": 1}
assert product_except_self([5, 2]) == [2, 5], "product_except_self([5, 2]) should be [2, 5]"
### BEGIN HIDDEN TESTS
import math
import random

_DIVISIONS = ("__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
              "__divmod__", "__rdivmod__", "__pow__", "__rpow__")
_COUNTED = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
            "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__")


def _counting_ints(values):
    tally = {"ops": 0, "div": 0}

    def wrap(name, key):
        base = getattr(int, name)

        def method(self, *args):
            tally[key] += 1
            return base(self, *args)

        return method

    methods = {name: wrap(name, "ops") for name in _COUNTED}
    methods.update({name: wrap(name, "div") for name in _DIVISIONS})
    cls = type("int", (int,), {**methods, "__hash__": int.__hash__, "__repr__": int.__repr__})
    return [cls(v) for v in values], tally


_rng = random.Random(23)
_n = 200
_values = [_rng.choice([-2, -1, 1, 2, 3]) for _ in range(_n)]
_nums, _tally = _counting_ints(_values)
_result = product_except_self(_nums)
_ops, _divisions = _tally["ops"], _tally["div"]
_total = math.prod(_values)
assert isinstance(_result, list) and [int(x) for x in _result] == [_total // v for v in _values], (
    f"product_except_self gave a wrong result on a list of {_n} numbers"
)
assert _divisions == 0, f"product_except_self divided {_divisions} times; the question forbids division"
assert _ops <= 3 * _n + 5, (
    f"product_except_self did {_ops} multiplications and comparisons on a list of {_n} numbers; "
    f"O(n) means a few per number (a product over the others for every position is O(n^2))"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part F · Sort, then sweep

# %% [markdown]
# ## 15. Merge overlapping intervals
# *Sorting by start, then one sweep*
#
# Once the intervals are sorted by their start, an interval can only overlap the *last*
# merged interval, so a single sweep finishes the job: if the next interval starts at or
# before the end of the last merged one, stretch that end to the larger of the two ends
# (`max`, because the next one may lie entirely inside: `[1, 10]` swallows `[2, 3]`);
# otherwise start a new merged interval. Here touching intervals (`[1, 3]` and `[3, 5]`)
# merge. Two traps with the caller's data: `intervals.sort()` reorders the caller's list,
# and appending an input interval to the output and later stretching its end changes the
# caller's interval too. Sort a copy (`sorted`) and append copies.
#
# **Question.** Complete `def merge_intervals(intervals):` so that it returns a new list of
# `[start, end]` lists, sorted by start, where all overlapping or touching intervals of the
# input have been merged into one. The input is a list of `[start, end]` lists of ints with
# `start <= end`, in any order, possibly empty; leave it (and every interval in it) unchanged.

# %% nbgrader={"grade_id": "merge_intervals", "solution": true}
def merge_intervals(intervals):
    """Overlapping or touching intervals merged; result sorted by start; input untouched."""
    ### BEGIN SOLUTION
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
    ### END SOLUTION


# %% nbgrader={"grade_id": "merge_intervals_test", "grade": true, "points": 2}
assert merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]) == [[1, 6], [8, 10], [15, 18]], (
    "merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]) should be [[1, 6], [8, 10], [15, 18]]"
)
assert merge_intervals([[1, 4], [4, 5]]) == [[1, 5]], (
    "merge_intervals([[1, 4], [4, 5]]) should be [[1, 5]]: they touch"
)
### BEGIN HIDDEN TESTS
import copy
import random


def _reference_merge(intervals):
    covered = sorted({x for start, end in intervals for x in range(2 * start, 2 * end + 1)})
    runs = []
    for x in covered:
        if runs and x == runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    return [[start // 2, end // 2] for start, end in runs]


def _check_intervals(intervals):
    given = copy.deepcopy(intervals)
    result = merge_intervals(given)
    call = f"merge_intervals({intervals!r})"
    assert isinstance(result, list) and all(isinstance(interval, list) for interval in result), (
        f"{call} returned {result!r}; expected a list of [start, end] lists"
    )
    if result == _reference_merge(intervals):
        return
    if any(a[0] > b[0] for a, b in zip(result, result[1:])):
        raise AssertionError(f"{call} returned {result!r}, which is not sorted by start")
    if any(b[0] <= a[1] for a, b in zip(result, result[1:])):
        raise AssertionError(f"{call} returned {result!r}: some of those intervals still overlap or touch")
    raise AssertionError(f"{call} returned {result!r}, which does not cover exactly what the input covers")


for _intervals in [[], [[5, 5]], [[1, 10], [2, 3]], [[3, 4], [1, 2]], [[1, 2], [2, 3], [3, 4]],
                   [[0, 0], [0, 0]], [[6, 8], [1, 9], [2, 4]]]:
    _check_intervals(_intervals)
_rng = random.Random(24)
for _ in range(60):
    _intervals = []
    for _ in range(_rng.randint(0, 12)):
        _start = _rng.randint(0, 30)
        _intervals.append([_start, _start + _rng.randint(0, 6)])
    _check_intervals(_intervals)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "merge_intervals_test_2", "grade": true, "points": 1}
_intervals = [[2, 6], [1, 3]]
merge_intervals(_intervals)
assert _intervals == [[2, 6], [1, 3]], f"merge_intervals changed the list it was given into {_intervals}"
### BEGIN HIDDEN TESTS
import copy
import random

_rng = random.Random(25)
for _ in range(40):
    _intervals = []
    for _ in range(_rng.randint(1, 10)):
        _start = _rng.randint(0, 20)
        _intervals.append([_start, _start + _rng.randint(0, 8)])
    _given = copy.deepcopy(_intervals)
    _inner = list(_given)
    merge_intervals(_given)
    assert _given == _intervals and all(a is b for a, b in zip(_given, _inner)), (
        f"merge_intervals({_intervals!r}) changed the list it was given into {_given!r}"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week01/python_fundamentals.ipynb`. The report lists
#   every exercise with its points, hidden checks included.
# - For each question that lost points, reread its teaching note: the failure message names
#   the input that broke your function, so run that input yourself in a new cell.
# - Redo every question from an empty function, against a 15-minute timer, and state the
#   time and memory complexity before you start typing. Then solve three of them a second
#   way (sorting versus counting, a set versus a dict, XOR versus a sum) and explain which
#   you would ship and why.
# - The course guide suggests 20 to 30 easy or medium problems over the first two weeks;
#   these fifteen cover the core patterns (one pass, hash map, stack, two pointers, sliding
#   window, prefix products, sort and sweep). Take the rest from any problem set, one or
#   two a day, next to the SQL questions.
