# %% [markdown]
# # Week 2 · Python algorithms
#
# Thirteen function-writing exercises in plain Python, at the level of LeetCode easy and
# medium. The coding round of a data-science loop is a software-engineering interview turned
# down a notch: a classic data-structure problem, something recursive, a search or a sort
# with a complexity to defend, and very often a scrap of messy text (a server log) to turn
# into numbers. The notebook walks through those in order:
#
# | part | exercises |
# |---|---|
# | Stacks and queues | 1 `evaluate_rpn`, 2 `MinStack`, 3 `TwoStackQueue`, 4 `daily_temperatures` |
# | Recursion | 5 `flatten_nested`, 6 `subsets`, 7 `climb_stairs` |
# | Searching and sorting | 8 `binary_search_first`, 9 `search_rotated`, 10 `kth_largest`, 11 `count_inversions` |
# | Logs and events | 12 `parse_access_log`, 13 `sessionize_events` |
#
# Give each exercise about 20 minutes, as in a live round, and say the complexity of your
# answer out loud before you run the tests.
#
# **How to answer.** Each answer cell holds a function (or a class) with its signature and
# docstring. Replace every `raise NotImplementedError()` with your code; keep the names and
# the parameters exactly as given. Helper functions of your own are fine, and so is any
# module of the standard library unless the question rules it out. Run the answer cell, then
# the test cell under it.
#
# **How grading works.** The test cell you can see runs a few small examples. The real grade
# (`autograde check`, see the end of the notebook) adds hidden checks: many more inputs,
# generated with a fixed seed, and checks on the promises each question makes. Where a
# question asks for a running time, the hidden test feeds your function values that count
# every comparison made with them, or counts the calls your code makes, and allows what the
# requested algorithm needs with room to spare. Those values behave like the values they wrap
# when compared, but they support no arithmetic, so compare values and never add, negate or
# convert them. Where a question bans a module, the test reads the names your function's
# code refers to, helpers included. Where it says the input stays unchanged, the test checks
# that too. A failed check tells you what is wrong with your function, never the reference
# code.

# %% [markdown]
# ## Part 1 · Stacks and queues
#
# A Python list is a ready-made stack: `append` pushes, `pop()` removes the last item and
# `items[-1]` peeks, all in O(1). Removing from the front (`pop(0)`, `del items[0]`) shifts
# every other item, which costs O(n). A stack fits whenever the most recent unfinished thing
# is the next one to deal with: an operator waiting for its operands, a day still waiting for
# a warmer one.

# %% [markdown]
# ## 1. Evaluate Reverse Polish notation
# *Stack*
#
# In Reverse Polish (postfix) notation an operator follows its two operands, so
# `3 4 + 2 *` means `(3 + 4) * 2`, and no parentheses are ever needed. Read the tokens from
# left to right: push each number; on an operator, pop two values, combine them and push
# the result. At the end the stack holds exactly the answer. Three details catch people out.
# The first value you pop is the **right** operand, which matters for `-` and `/`. Integer
# division here truncates toward zero, as in C or Java, while Python's `//` rounds toward
# minus infinity, so the two disagree as soon as one operand is negative. And a token such as
# `"-3"` is a negative number, not the minus operator.
#
# **Question.** Complete `def evaluate_rpn(tokens):`. `tokens` is a list of strings, each
# either an integer literal (possibly with a leading `-`) or one of the operators `+`, `-`,
# `*`, `/`. Return the value of the expression as an `int`, where `/` is integer division
# truncating toward zero (`7 / 2` is 3 and `-7 / 2` is -3). The expression is always valid,
# never divides by zero, and every intermediate value stays below a million in absolute
# value. Leave `tokens` unchanged.

# %% nbgrader={"grade_id": "evaluate_rpn", "solution": true}
def evaluate_rpn(tokens):
    """Value (an int) of a Reverse Polish expression given as a list of string tokens."""
    ### BEGIN SOLUTION
    stack = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            right = stack.pop()
            left = stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            elif token == "*":
                stack.append(left * right)
            else:
                quotient = abs(left) // abs(right)
                stack.append(quotient if (left < 0) == (right < 0) else -quotient)
        else:
            stack.append(int(token))
    return stack.pop()
    ### END SOLUTION


# %% nbgrader={"grade_id": "evaluate_rpn_test", "grade": true, "points": 2}
assert evaluate_rpn(["2", "1", "+", "3", "*"]) == 9, "['2', '1', '+', '3', '*'] is (2 + 1) * 3 = 9"
assert evaluate_rpn(["4", "13", "5", "/", "+"]) == 6, (
    "['4', '13', '5', '/', '+'] is 4 + 13 / 5 = 4 + 2 = 6"
)
### BEGIN HIDDEN TESTS
import math as _math
import random as _random
from fractions import Fraction as _Fraction

assert evaluate_rpn(["42"]) == 42, "a lone number is the value of the expression"
assert evaluate_rpn(["5", "3", "-"]) == 2, (
    "'5 3 -' means 5 - 3: the first value popped is the right operand"
)
assert evaluate_rpn(["3", "12", "/"]) == 0, "'3 12 /' means 3 / 12, which truncates to 0"
assert evaluate_rpn(["-3", "4", "*"]) == -12, (
    "the token '-3' is the number minus three, not the operator"
)
assert evaluate_rpn(["-7", "2", "/"]) == -3, (
    "'-7 2 /' should truncate toward zero (Python's // rounds down instead)"
)
assert evaluate_rpn(["7", "-2", "/"]) == -3, (
    "'7 -2 /' should truncate toward zero (Python's // rounds down instead)"
)


def _rpn_tree(rng, depth):
    """(tokens, value) of a random expression; the value is computed on the tree, exactly."""
    if depth == 0 or rng.random() < 0.25:
        value = rng.randint(-30, 30)
        return [str(value)], value
    op = rng.choice("+-*/")
    left_tokens, left = _rpn_tree(rng, depth - 1)
    right_tokens, right = _rpn_tree(rng, depth - 1)
    if op == "/" and right == 0:
        op = "+"
    value = {"+": lambda: left + right, "-": lambda: left - right, "*": lambda: left * right,
             "/": lambda: _math.trunc(_Fraction(left, right))}[op]()
    if abs(value) >= 10**6:
        return [str(left)], left
    return left_tokens + right_tokens + [op], value


_rng = _random.Random(150)
for _ in range(300):
    _tokens, _expected = _rpn_tree(_rng, 5)
    _before = list(_tokens)
    _got = evaluate_rpn(_tokens)
    assert _tokens == _before, "evaluate_rpn changed the list of tokens it was given"
    assert _got == _expected, (
        f"evaluate_rpn({_tokens}) returned {_got!r}, which is not the value of that expression"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 2. A stack that knows its minimum
# *Stack of running minimums, O(1) per operation*
#
# Finding the smallest item of a stack on request costs O(n) if you scan for it, and a
# single "current minimum" variable goes stale the moment that value is popped. The fix is a
# second stack kept in step with the first: its i-th entry is the minimum of everything from
# the bottom up to position i. A push adds the smaller of the new value and the current
# minimum; a pop removes one entry from each stack, and the old minimum is right there
# again. If you store a minimum only when it changes, be careful with a value equal to the
# current minimum: it has to be stored too, or popping one of two equal minimums loses both.
# One more Python trap: lists created in the class body (outside `__init__`) are shared by
# every instance of the class.
#
# **Question.** Complete the class `MinStack`:
#
# ```python
# class MinStack:
#     def __init__(self):        # an empty stack
#     def push(self, value):     # put value on top
#     def pop(self):             # remove the top value and return it
#     def top(self):             # return the top value, leaving it on the stack
#     def get_min(self):         # return the smallest value on the stack
#     def __len__(self):         # the number of values, so that len(stack) works
# ```
#
# `pop`, `top` and `get_min` raise `IndexError` on an empty stack. The values can be
# anything comparable (numbers, strings, dates), so compare them and do no arithmetic on
# them. Every method must run in O(1), whatever the size of the stack: the hidden test
# counts comparisons and allows only a few per operation.

# %% nbgrader={"grade_id": "min_stack", "solution": true}
class MinStack:
    """A stack that also reports its smallest value; every operation is O(1)."""

    def __init__(self):
        ### BEGIN SOLUTION
        self._items = []
        self._mins = []  # _mins[i] is the smallest of _items[0], ..., _items[i]
        ### END SOLUTION

    def push(self, value):
        """Put value on top of the stack."""
        ### BEGIN SOLUTION
        if self._mins and not value < self._mins[-1]:
            self._mins.append(self._mins[-1])
        else:
            self._mins.append(value)
        self._items.append(value)
        ### END SOLUTION

    def pop(self):
        """Remove the top value and return it (IndexError if the stack is empty)."""
        ### BEGIN SOLUTION
        if not self._items:
            raise IndexError("pop from an empty MinStack")
        self._mins.pop()
        return self._items.pop()
        ### END SOLUTION

    def top(self):
        """The top value, left on the stack (IndexError if the stack is empty)."""
        ### BEGIN SOLUTION
        if not self._items:
            raise IndexError("top of an empty MinStack")
        return self._items[-1]
        ### END SOLUTION

    def get_min(self):
        """The smallest value on the stack (IndexError if the stack is empty)."""
        ### BEGIN SOLUTION
        if not self._mins:
            raise IndexError("minimum of an empty MinStack")
        return self._mins[-1]
        ### END SOLUTION

    def __len__(self):
        """The number of values on the stack."""
        ### BEGIN SOLUTION
        return len(self._items)
        ### END SOLUTION


# %% nbgrader={"grade_id": "min_stack_test", "grade": true, "points": 2}
_s = MinStack()
for _v in [5, 3, 7]:
    _s.push(_v)
assert _s.get_min() == 3, "after pushing 5, 3, 7 the minimum is 3"
assert _s.top() == 7, "after pushing 5, 3, 7 the top is 7"
assert _s.pop() == 7 and _s.pop() == 3, "popping twice after pushing 5, 3, 7 returns 7, then 3"
assert _s.get_min() == 5 and len(_s) == 1, "with only 5 left, the minimum is 5 and the length 1"
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import expect_raises

_a, _b = MinStack(), MinStack()
_a.push(10)
_b.push(20)
assert len(_a) == 1 and _a.get_min() == 10 and _b.get_min() == 20, (
    "two MinStack objects share their data: create the lists in __init__, not in the class body"
)

_s = MinStack()
for _v in [2, 1, 1, 3]:
    _s.push(_v)
_s.pop()
_s.pop()
assert _s.get_min() == 1, (
    "push 2, 1, 1, 3 then pop twice: one 1 is still on the stack, so the minimum is 1"
)
_s.pop()
assert _s.get_min() == 2, "push 2, 1, 1, 3 then pop three times: only 2 is left"
_s.pop()
assert len(_s) == 0, "a stack emptied by pops should have length 0"
for _method in ("pop", "top", "get_min"):
    expect_raises(IndexError, getattr(_s, _method))
    expect_raises(IndexError, getattr(MinStack(), _method))

_s = MinStack()
_s.push("pear")
_s.push("apple")
_s.push("fig")
assert _s.get_min() == "apple", "MinStack should work for any comparable values, strings included"

_rng = _random.Random(155)
_s, _model = MinStack(), []
for _step in range(3000):
    if _model and _rng.random() < 0.45:
        _got = _s.pop()
        assert _got == _model.pop(), (
            f"pop() returned {_got!r}, which is not the value on top of the stack"
        )
    else:
        _v = _rng.randint(-50, 50)
        _s.push(_v)
        _model.append(_v)
    assert len(_s) == len(_model), f"len() is {len(_s)} while the stack holds {len(_model)} values"
    if _model:
        assert _s.top() == _model[-1], f"top() returned {_s.top()!r}, which is not the value on top"
        assert _s.get_min() == min(_model), (
            f"get_min() returned {_s.get_min()!r}, which is not the smallest value on the stack"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "min_stack_test_2", "grade": true, "points": 1}
# Hidden check of the O(1) promise: comparisons counted over 1,800 operations on a stack
# of up to 600 values, at most 3 per operation on average.
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import ComparisonCounter, tracked

_counter = ComparisonCounter()
_rng = _random.Random(156)
_plain = [_rng.randint(0, 10**6) for _ in range(600)]
_s, _model, _ops = MinStack(), [], 0
for _v, _t in zip(_plain, tracked(_plain, _counter)):
    _s.push(_t)
    _model.append(_v)
    _ops += 1
for _ in range(400):
    _low = _s.get_min()
    assert getattr(_low, "value", _low) == min(_model), (
        "get_min() returned a value that is not the smallest on the stack"
    )
    _s.top()
    _s.pop()
    _model.pop()
    _ops += 3
assert _counter.count <= 3 * _ops, (
    f"MinStack made {_counter.count} comparisons in {_ops} operations on a stack of up to "
    "600 values: "
    "some operation looks at more than the top of the stack, so it is not O(1)"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. A queue made of two stacks
# *Amortized O(1)*
#
# A queue is first in, first out. With two stacks you get one: push new items onto an
# "in" stack; to take the oldest item, pop from an "out" stack, and only when the out stack
# is empty, move everything from the in stack onto it, which reverses their order so that
# the oldest item ends up on top. Each item is moved at most once, so a long run of
# operations costs O(1) per operation on average (amortized), even though a single
# dequeue now and then moves many items. The two classic mistakes: refilling the out stack
# while it still holds items (the order breaks), and moving everything back after each
# dequeue (the order survives but every dequeue costs O(n)).
#
# **Question.** Complete the class `TwoStackQueue`:
#
# ```python
# class TwoStackQueue:
#     def __init__(self):        # an empty queue
#     def enqueue(self, value):  # add value at the back
#     def dequeue(self):         # remove the front value and return it
#     def peek(self):            # return the front value, leaving it in the queue
#     def __len__(self):         # the number of values, so that len(queue) works
# ```
#
# `dequeue` and `peek` raise `IndexError` on an empty queue. Keep the items in two Python
# lists stored as attributes of the queue, and use them only as stacks: `append`, `pop()`
# from the end, `[-1]`, `len` and emptiness checks. No `collections.deque`, no `pop(0)`,
# `insert` or deleting from the front. Each item must be moved from one list to the other at
# most once: the hidden test watches your lists and counts how many items are added to them.

# %% nbgrader={"grade_id": "queue_from_stacks", "solution": true}
class TwoStackQueue:
    """A first-in, first-out queue built from two stacks; amortized O(1) per operation."""

    def __init__(self):
        ### BEGIN SOLUTION
        self._inbox = []  # newest item on top
        self._outbox = []  # oldest item on top
        ### END SOLUTION

    def enqueue(self, value):
        """Add value at the back of the queue."""
        ### BEGIN SOLUTION
        self._inbox.append(value)
        ### END SOLUTION

    def dequeue(self):
        """Remove the front value and return it (IndexError if the queue is empty)."""
        ### BEGIN SOLUTION
        if not self._outbox:  # refill only when empty, so older items stay on top
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        return self._outbox.pop()  # IndexError when both lists are empty
        ### END SOLUTION

    def peek(self):
        """The front value, left in the queue (IndexError if the queue is empty)."""
        ### BEGIN SOLUTION
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        return self._outbox[-1]
        ### END SOLUTION

    def __len__(self):
        """The number of values in the queue."""
        ### BEGIN SOLUTION
        return len(self._inbox) + len(self._outbox)
        ### END SOLUTION


# %% nbgrader={"grade_id": "queue_from_stacks_test", "grade": true, "points": 2}
_q = TwoStackQueue()
for _v in [1, 2, 3]:
    _q.enqueue(_v)
assert _q.dequeue() == 1, "enqueue 1, 2, 3 then dequeue: the first value in (1) comes out first"
_q.enqueue(4)
assert _q.peek() == 2 and len(_q) == 3, (
    "after that, enqueue 4: the front is 2 and the queue holds 3 values"
)
assert [_q.dequeue() for _ in range(3)] == [2, 3, 4], "the remaining values come out as 2, 3, 4"
### BEGIN HIDDEN TESTS
import random as _random
from collections import deque as _deque

from autograde.probes import expect_raises

_q = TwoStackQueue()
_q.enqueue("a")
_q.enqueue("b")
assert _q.dequeue() == "a", "enqueue 'a', 'b' then dequeue should give 'a'"
_q.enqueue("c")
_q.enqueue("d")
_out = [_q.dequeue(), _q.dequeue(), _q.dequeue()]
assert _out == ["b", "c", "d"], (
    f"enqueue a, b; dequeue; enqueue c, d; dequeue three times gave {_out}: "
    "values enqueued later jumped ahead of older ones"
)
assert len(_q) == 0, "a queue emptied by dequeues should have length 0"
expect_raises(IndexError, _q.dequeue)
expect_raises(IndexError, _q.peek)
expect_raises(IndexError, TwoStackQueue().dequeue)

_a, _b = TwoStackQueue(), TwoStackQueue()
_a.enqueue(1)
_b.enqueue(2)
assert len(_a) == 1 and _a.peek() == 1 and _b.peek() == 2, (
    "two TwoStackQueue objects share their data: "
    "create the lists in __init__, not in the class body"
)

_rng = _random.Random(232)
_q, _model = TwoStackQueue(), _deque()
for _step in range(3000):
    if _model and _rng.random() < 0.45:
        _got = _q.dequeue()
        assert _got == _model.popleft(), (
            f"dequeue() returned {_got!r}, which is not the oldest value in the queue"
        )
    else:
        _q.enqueue(_step)
        _model.append(_step)
    assert len(_q) == len(_model), f"len() is {len(_q)} while the queue holds {len(_model)} values"
    if _model:
        assert _q.peek() == _model[0], (
            f"peek() returned {_q.peek()!r}, which is not the oldest value"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "queue_from_stacks_test_2", "grade": true, "points": 1}
# Hidden check of the stack discipline: your two lists are watched during a long run of
# operations; no removal from the front, and at most 2 additions per enqueued value.
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import expect_not_used


class _WatchedList(list):
    """A list that reports items added to it and any removal that is not from the end."""

    def __init__(self, items, log):
        super().__init__(items)
        self._log = log

    def append(self, item):
        self._log["added"] += 1
        super().append(item)

    def extend(self, items):
        items = list(items)
        self._log["added"] += len(items)
        super().extend(items)

    def __iadd__(self, items):
        self.extend(items)
        return self

    def pop(self, *where):
        if where and where[0] not in (-1, len(self) - 1):
            self._log["front"] += 1
        return super().pop(*where)

    def insert(self, where, item):
        self._log["front"] += 1
        self._log["added"] += 1
        super().insert(where, item)

    def __delitem__(self, where):
        self._log["front"] += 1
        super().__delitem__(where)


for _method in vars(TwoStackQueue).values():
    if callable(_method):
        expect_not_used(_method, {"deque", "collections", "insert"},
                        "use two plain lists as stacks")

_log = {"added": 0, "front": 0}
_q = TwoStackQueue()
_lists = [name for name, value in vars(_q).items() if isinstance(value, list)]
assert _lists, "TwoStackQueue keeps no list among its attributes: store the items in two lists"
for _name in _lists:
    setattr(_q, _name, _WatchedList(getattr(_q, _name), _log))
_rng = _random.Random(233)
_enqueued, _next_out = 0, 0
for _round in range(40):
    for _ in range(_rng.randint(1, 25)):
        _q.enqueue(_enqueued)
        _enqueued += 1
    for _ in range(_rng.randint(0, _enqueued - _next_out)):
        assert _q.dequeue() == _next_out, "dequeue() did not return the oldest value"
        _next_out += 1
        if _next_out < _enqueued:
            _q.peek()
assert _log["front"] == 0, (
    "TwoStackQueue took items from the front of a list or inserted into one: "
    "use the lists only as stacks"
)
assert _log["added"] <= 2 * _enqueued, (
    f"TwoStackQueue added items to its lists {_log['added']} times for {_enqueued} "
    "enqueued values: "
    "each value should enter the in-list once and move to the out-list at most once"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Days until a warmer day
# *Monotonic stack*
#
# Comparing every day with all the days after it is O(n²). A stack does it in one pass:
# keep the indices of the days that are still waiting for a warmer day, whose temperatures
# never increase from the bottom of the stack to its top. Each new day first settles every
# waiting day that is colder than itself (pop it and record the distance), then waits in its
# turn. Every index is pushed once and popped at most once, so the whole pass is O(n).
# "Warmer" means strictly warmer: a day with the same temperature settles nothing.
#
# **Question.** Complete `def daily_temperatures(temps):`. `temps` is a list of daily
# temperatures (any comparable values). Return a list of the same length whose i-th entry is
# the number of days from day i to the next day with a strictly higher temperature, or 0 if
# no later day is warmer. Run in O(n): the hidden test counts comparisons. Leave `temps`
# unchanged.

# %% nbgrader={"grade_id": "daily_temperatures", "solution": true}
def daily_temperatures(temps):
    """For each day, the number of days until a strictly warmer one (0 if none comes)."""
    ### BEGIN SOLUTION
    waits = [0] * len(temps)
    waiting = []  # indices whose temperatures do not increase from bottom to top
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            waits[earlier] = day - earlier
        waiting.append(day)
    return waits
    ### END SOLUTION


# %% nbgrader={"grade_id": "daily_temperatures_test", "grade": true, "points": 1}
assert daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0], (
    "for [73, 74, 75, 71, 69, 72, 76, 73] the waits are [1, 1, 4, 2, 1, 1, 0, 0]"
)
assert daily_temperatures([]) == [], "no days, no waits"
### BEGIN HIDDEN TESTS
import random as _random


def _waits_brute_force(temps):
    out = []
    for i, t in enumerate(temps):
        out.append(next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0))
    return out


assert daily_temperatures([30, 30, 31]) == [2, 1, 0], (
    "for [30, 30, 31] the waits are [2, 1, 0]: an equal temperature is not warmer"
)
assert daily_temperatures([5]) == [0], "a single day never sees a warmer one"
_rng = _random.Random(739)
for _case in range(300):
    _temps = [_rng.randint(50, 50 + _rng.randint(0, 30)) for _ in range(_rng.randint(0, 40))]
    _before = list(_temps)
    _got = daily_temperatures(_temps)
    assert _temps == _before, "daily_temperatures changed the list it was given"
    assert list(_got) == _waits_brute_force(_temps), (
        f"daily_temperatures({_temps}) returned {_got}, which is not right"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "daily_temperatures_test_2", "grade": true, "points": 1}
# Hidden check of the O(n) promise: comparisons counted on 2,000 days (cooling, warming,
# random, flat), at most 3 per day.
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import ComparisonCounter, tracked

_rng = _random.Random(740)
_n = 2000
for _label, _temps in [
    ("getting colder every day", list(range(_n, 0, -1))),
    ("getting warmer every day", list(range(_n))),
    ("random", [_rng.randint(0, 100) for _ in range(_n)]),
    ("a cold snap, then a warm day", [50] * (_n - 1) + [60]),
]:
    _counter = ComparisonCounter()
    _got = daily_temperatures(tracked(_temps, _counter))
    assert len(_got) == _n, "daily_temperatures should return one wait per day"
    assert _counter.count <= 3 * _n, (
        f"daily_temperatures made {_counter.count} comparisons on {_n} days ({_label}): "
        "that grows faster than the number of days"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part 2 · Recursion
#
# A recursive function solves a problem by solving smaller copies of it. Write the base case
# first (the input so small that the answer is obvious), then the step that reduces
# everything else to it. Python allows about a thousand nested calls by default, plenty for
# the inputs below, but recursion is no substitute for an O(n) loop over a long list. When
# the same smaller problem is solved again and again, remember its answer (memoization).

# %% [markdown]
# ## 5. Flatten a nested list
# *Recursion on a recursive data structure*
#
# A nested list is a list whose items are values or nested lists, so the function that
# flattens it follows that definition: for each item, if it is a list, flatten it and keep
# the result; otherwise keep the item itself. Be precise about what counts as a container.
# A check like "has `__iter__`" also matches strings, and a one-character string iterates
# over itself forever; tuples are iterable too, yet here they are values (think of a
# `(latitude, longitude)` pair). Only `list` nests.
#
# **Question.** Complete `def flatten_nested(items):` so that it returns a new flat list
# with every non-list value of `items`, at any depth, in the order they appear (left to
# right, as written). Empty lists contribute nothing. Tuples, strings, dicts, `None` and
# numbers are values and are kept as they are. Nesting is at most 100 levels deep. Leave
# `items` (and the lists inside it) unchanged.

# %% nbgrader={"grade_id": "flatten_nested", "solution": true}
def flatten_nested(items):
    """Every non-list value of an arbitrarily nested list, in reading order, as a flat list."""
    ### BEGIN SOLUTION
    flat = []
    for item in items:
        if isinstance(item, list):
            flat.extend(flatten_nested(item))
        else:
            flat.append(item)
    return flat
    ### END SOLUTION


# %% nbgrader={"grade_id": "flatten_nested_test", "grade": true, "points": 2}
assert flatten_nested([1, [2, [3, 4]], 5]) == [1, 2, 3, 4, 5], (
    "[1, [2, [3, 4]], 5] flattens to [1, 2, 3, 4, 5]"
)
assert flatten_nested([]) == [], "an empty list flattens to an empty list"
### BEGIN HIDDEN TESTS
import copy as _copy
import random as _random

assert flatten_nested([[[[[]]]], [], 7]) == [7], "empty lists, however deep, contribute nothing"
assert flatten_nested(["ab", ["cd", ["e"]]]) == ["ab", "cd", "e"], (
    "strings are values: keep them whole"
)
assert flatten_nested([(1, 2), [(3, 4)]]) == [(1, 2), (3, 4)], (
    "tuples are values, not containers: keep them whole"
)
assert flatten_nested([None, [0, [False, {"k": [1]}]]]) == [None, 0, False, {"k": [1]}], (
    "None, 0, False and dicts are values (and a list inside a dict is not flattened)"
)
_deep = [42]
for _ in range(100):
    _deep = [_deep]
assert flatten_nested(_deep) == [42], "a value nested 100 levels deep should come out"


def _random_nesting(rng, values):
    """Wrap consecutive runs of values in lists, recursively, at random: reading order is kept."""
    out, i = [], 0
    while i < len(values):
        if rng.random() < 0.3:
            size = rng.randint(0, min(6, len(values) - i))
            out.append(_random_nesting(rng, values[i:i + size]))
            i += size
        else:
            out.append(values[i])
            i += 1
    if rng.random() < 0.1:
        out.insert(rng.randint(0, len(out)), [])
    return out


_rng = _random.Random(341)
_pool = [0, 1, -3, 2.5, "x", "", "word", (1, 2), (), None, True, {"a": 1}]
for _case in range(200):
    _values = [_rng.choice(_pool) for _ in range(_rng.randint(0, 30))]
    _nested = _random_nesting(_rng, _values)
    _before = _copy.deepcopy(_nested)
    _got = flatten_nested(_nested)
    assert _nested == _before, "flatten_nested changed the nested list it was given"
    assert _got == _values, f"flatten_nested({_nested!r}) returned {_got!r}, which is not right"
### END HIDDEN TESTS

# %% [markdown]
# ## 6. All subsets, in backtracking order
# *Backtracking*
#
# Backtracking builds answers one choice at a time on a shared partial solution: record the
# current subset, then for each later item, add it, explore everything that extends the
# subset from there, and remove it again. Since the partial subset is shared and keeps
# changing, record a **copy** of it; appending the list itself leaves you with many
# references to one list that ends up empty. A set of n items has 2ⁿ subsets, so this is
# exponential by nature; the point is to produce each subset exactly once, in a predictable
# order.
#
# **Question.** Complete `def subsets(items):` without `itertools`. `items` is a list of
# distinct values. Return a list of all its subsets, each a new list keeping the items in
# their original order, ordered the way the backtracking above visits them: a subset comes
# right before all the subsets that extend it with later items. Equivalently, write each
# subset as the list of positions of its items and sort these lists lexicographically, a
# list before its extensions. For `['a', 'b', 'c']` that order is
# `[]`, `['a']`, `['a', 'b']`, `['a', 'b', 'c']`, `['a', 'c']`, `['b']`, `['b', 'c']`, `['c']`.
# Leave `items` unchanged.

# %% nbgrader={"grade_id": "subsets", "solution": true}
def subsets(items):
    """Every subset of items (a list of distinct values), in backtracking order."""
    ### BEGIN SOLUTION
    found, current = [], []

    def extend_from(start):
        found.append(list(current))
        for i in range(start, len(items)):
            current.append(items[i])
            extend_from(i + 1)
            current.pop()

    extend_from(0)
    return found
    ### END SOLUTION


# %% nbgrader={"grade_id": "subsets_test", "grade": true, "points": 1}
assert sorted(subsets([1, 2])) == [[], [1], [1, 2], [2]], (
    "[1, 2] has the subsets [], [1], [2] and [1, 2]"
)
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import expect_not_used

expect_not_used(subsets, {"itertools", "combinations", "product", "chain", "compress", "powerset"},
                "build the subsets yourself, by backtracking")
assert subsets([]) == [[]], "the empty list has exactly one subset: the empty list"
_rng = _random.Random(78)
for _n in range(0, 11):
    _items = _rng.sample(range(100), _n)
    _before = list(_items)
    _got = subsets(_items)
    assert _items == _before, "subsets changed the list it was given"
    assert all(isinstance(_s, list) for _s in _got), "every subset should be a list"
    _expected = {tuple(v for bit, v in enumerate(_items) if mask >> bit & 1)
                 for mask in range(2**_n)}
    assert len(_got) == 2**_n, (
        f"subsets of {_n} items returned {len(_got)} lists; a set of n items has 2**n subsets"
    )
    assert {tuple(_s) for _s in _got} == _expected, (
        f"subsets({_items}) does not return every subset exactly once "
        "with the items in their original order"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "subsets_test_2", "grade": true, "points": 1}
assert subsets(["a", "b", "c"])[:3] == [[], ["a"], ["a", "b"]], (
    "subsets(['a', 'b', 'c']) starts with [], ['a'], ['a', 'b']"
)
### BEGIN HIDDEN TESTS
import random as _random

_rng = _random.Random(79)
for _n in range(0, 10):
    _items = [_rng.choice("xyz") + str(i) for i in range(_n)]
    _positions = [tuple(i for i in range(_n) if mask >> i & 1) for mask in range(2**_n)]
    _expected = [[_items[i] for i in p] for p in sorted(_positions)]
    _got = subsets(_items)
    assert [list(_s) for _s in _got] == _expected, (
        f"subsets({_items}) has the right subsets in the wrong order: "
        "a subset should come right before "
        "the subsets that extend it with later items"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Ways to climb the stairs
# *Recursion with memoization*
#
# The number of ways to climb n stairs ends with some last step s, so it is the sum over
# the allowed steps of the ways to climb n − s stairs. Written as bare recursion this is
# the Fibonacci tree: the same sub-counts are recomputed an exponential number of times.
# Store each count the first time you compute it (a dict, or `functools.cache` on an inner
# function), or fill a table from the bottom up, and the work drops to O(n · number of
# steps). Two traps. A memo kept in a mutable default argument (`memo={}`) survives between
# calls, so a later call with other steps reuses the wrong counts. And the order of the steps
# matters here, 1 + 2 and 2 + 1 being two different ways; counting combinations instead (as
# in the coin-change problem) gives smaller numbers.
#
# **Question.** Complete `def climb_stairs(n, steps=(1, 2)):` so that it returns the number
# of different ordered sequences of steps, each taken from `steps` (a tuple of distinct
# positive integers), that add up to exactly `n`. `climb_stairs(0, ...)` is 1 (the empty
# climb); a height that cannot be reached exactly gives 0. `n` goes up to 200, and Python's
# integers hold the large counts exactly. The hidden test counts every function call your
# code makes and allows O(n · len(steps)) of them.

# %% nbgrader={"grade_id": "climb_stairs", "solution": true}
def climb_stairs(n, steps=(1, 2)):
    """Number of ordered ways to climb exactly n stairs with step sizes taken from steps."""
    ### BEGIN SOLUTION
    memo = {0: 1}

    def ways(height):
        if height < 0:
            return 0
        if height not in memo:
            memo[height] = sum(ways(height - step) for step in steps)
        return memo[height]

    return ways(n)
    ### END SOLUTION


# %% nbgrader={"grade_id": "climb_stairs_test", "grade": true, "points": 2}
assert climb_stairs(3) == 3, "3 stairs with steps of 1 or 2: 1+1+1, 1+2, 2+1"
assert climb_stairs(0) == 1, "0 stairs: exactly one way, the empty climb"
### BEGIN HIDDEN TESTS
def _ordered_sequences(n, steps):
    """Enumerate every ordered sequence of steps summing to n (small n only)."""
    count = 0
    stack = [0]
    while stack:
        total = stack.pop()
        if total == n:
            count += 1
            continue
        stack.extend(total + s for s in steps if total + s <= n)
    return count


assert climb_stairs(4, (1, 2)) == 5, (
    "4 stairs with steps of 1 or 2 can be climbed in 5 ordered ways"
)
assert climb_stairs(7, (2, 4)) == 0, "an odd height cannot be reached with steps of 2 and 4"
for _steps in [(1, 2), (2, 4), (1, 2, 3), (3, 5), (2,), (1, 3, 4), (4, 1)]:
    for _n in range(0, 17):
        _expected = _ordered_sequences(_n, _steps)
        _got = climb_stairs(_n, _steps)
        assert _got == _expected, (
            f"climb_stairs({_n}, {_steps}) returned {_got!r}, which is not the number of "
            "ordered ways (check that the order of the steps counts, and that nothing is "
            "remembered from earlier calls with other steps)"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "climb_stairs_test_2", "grade": true, "points": 1}
# Hidden check against exponential time: every Python function call is counted for n up
# to 200, and about 12 calls per (stair, step size) pair are allowed.
### BEGIN HIDDEN TESTS
import sys as _sys


class _TooManyCalls(Exception):
    pass


def _count_calls(function, *args):
    """(result, number of Python function calls made), stopping once the allowance is used up."""
    n, steps = args
    allowance = 12 * (n + 1) * len(steps) + 100
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1
            if calls > allowance:
                raise _TooManyCalls()

    _sys.setprofile(profile)
    try:
        result = function(*args)
    except _TooManyCalls:
        result = None
    finally:
        _sys.setprofile(None)
    assert result is not None, (
        f"climb_stairs{args} made more than {allowance} function calls: "
        "the same sub-counts are computed again and again (exponential time)"
    )
    return result


_fib = [0, 1]
while len(_fib) < 203:
    _fib.append(_fib[-1] + _fib[-2])
_tribonacci = [1, 1, 2]
while len(_tribonacci) < 201:
    _tribonacci.append(_tribonacci[-1] + _tribonacci[-2] + _tribonacci[-3])
assert _count_calls(climb_stairs, 40, (1, 2)) == _fib[41], (
    "climb_stairs(40, (1, 2)) is not the right count"
)
assert _count_calls(climb_stairs, 200, (1, 2, 3)) == _tribonacci[200], (
    "climb_stairs(200, (1, 2, 3)) is not the right count"
)
assert _count_calls(climb_stairs, 200, (1, 2)) == _fib[201], (
    "climb_stairs(200, (1, 2)) is not the right count"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part 3 · Searching and sorting
#
# Binary search halves the range it still has to look at on every step, so it needs about
# log₂ n comparisons: 20 for a million items. It works on anything that splits into a "no"
# part followed by a "yes" part, not only on "is this the target". Most bugs are at the
# boundaries, so write down what `lo` and `hi` mean (is `hi` inside the range or just past
# it?) and check the loop on lists of length 0, 1 and 2.

# %% [markdown]
# ## 8. First occurrence in a sorted list
# *Binary search for a boundary*
#
# With duplicates, stopping at the first `values[mid] == target` finds *an* occurrence, not
# the first. And walking left from there is a linear scan in disguise: on a list made of a
# million copies of the target it takes a million steps. Instead search for the boundary:
# the first index whose value is not less than the target. Everything before it is smaller,
# everything from it on is at least the target, and one last check tells you whether the
# value at the boundary is the target itself.
#
# **Question.** Complete `def binary_search_first(values, target):` without the `bisect`
# module. `values` is sorted in ascending order and may contain duplicates. Return the
# smallest index `i` with `values[i] == target`, or -1 if the target does not occur. The
# list may be empty. Use O(log n) comparisons: the hidden test counts them, on lists full of
# duplicates too.

# %% nbgrader={"grade_id": "binary_search_first", "solution": true}
def binary_search_first(values, target):
    """Index of the first occurrence of target in the sorted list values, or -1."""
    ### BEGIN SOLUTION
    lo, hi = 0, len(values)  # the boundary is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(values) and values[lo] == target:
        return lo
    return -1
    ### END SOLUTION


# %% nbgrader={"grade_id": "binary_search_first_test", "grade": true, "points": 1}
assert binary_search_first([1, 2, 2, 2, 3], 2) == 1, "the first 2 in [1, 2, 2, 2, 3] is at index 1"
assert binary_search_first([1, 3, 5], 4) == -1, "4 does not occur in [1, 3, 5]"
### BEGIN HIDDEN TESTS
import random as _random

assert binary_search_first([], 1) == -1, "nothing occurs in an empty list"
assert binary_search_first([7], 7) == 0, "in [7], 7 is at index 0"
assert binary_search_first([4, 4, 4, 4], 4) == 0, "in [4, 4, 4, 4], the first 4 is at index 0"
assert binary_search_first([1, 2, 3], 3) == 2, "the last item can be the target too"
_rng = _random.Random(88)
for _case in range(400):
    _values = sorted(_rng.randint(0, 20) for _ in range(_rng.randint(0, 30)))
    _target = _rng.randint(-2, 22)
    _expected = next((i for i, v in enumerate(_values) if v == _target), -1)
    _got = binary_search_first(_values, _target)
    assert _got == _expected, (
        f"binary_search_first({_values}, {_target}) returned {_got!r}, which is not right"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "binary_search_first_test_2", "grade": true, "points": 1}
# Hidden check of the O(log n) promise (and of "no bisect"): comparisons counted on sorted
# lists of 4,096 values, full of duplicates or not.
### BEGIN HIDDEN TESTS
import math as _math
import random as _random

from autograde.probes import ComparisonCounter, Tracked, expect_not_used, tracked

expect_not_used(binary_search_first, {"bisect", "bisect_left", "bisect_right"},
                "write the binary search yourself")
_rng = _random.Random(89)
_n = 4096
for _label, _plain in [
    ("all equal", [5] * _n),
    ("long runs of duplicates", sorted(_rng.randint(0, 8) for _ in range(_n))),
    ("distinct", list(range(0, 2 * _n, 2))),
]:
    _limit = 4 * (_math.ceil(_math.log2(_n + 1)) + 1)
    for _target in sorted(set(_rng.sample(_plain, 5)) | {-1, 5, 3, 2 * _n + 1}):
        _counter = ComparisonCounter()
        _got = binary_search_first(tracked(_plain, _counter), Tracked(_target, _counter))
        _expected = next((i for i, v in enumerate(_plain) if v == _target), -1)
        assert _got == _expected, (
            f"binary_search_first returned {_got!r} on a list of {_n} values ({_label})"
        )
        assert _counter.count <= _limit, (
            f"binary_search_first made {_counter.count} comparisons "
            f"on a sorted list of {_n} values "
            f"({_label}); O(log n) needs far fewer"
        )
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Search a rotated sorted list
# *Binary search with a twist*
#
# Rotating a sorted list moves a prefix to the end: `[0, 1, 2, 4, 5, 6, 7]` becomes
# `[4, 5, 6, 7, 0, 1, 2]`. Binary search still works, because wherever you cut, at least one
# of the two halves `values[lo..mid]` and `values[mid..hi]` is sorted, and comparing its
# two ends tells you which. If the target lies between the ends of the sorted half, search
# there; otherwise search the other half. The boundary case that trips people up is a range
# of two items, where `lo == mid`: the left "half" is the single item `values[lo]`, which
# is sorted, so the test for it must accept `values[lo] <= values[mid]`, equality included.
#
# **Question.** Complete `def search_rotated(values, target):`. `values` is a list of
# distinct values sorted in ascending order and then rotated by an unknown amount (possibly
# 0, so it may not be rotated at all); it may be empty. Return the index of `target`, or -1
# if it is absent, using O(log n) comparisons (the hidden test counts them).

# %% nbgrader={"grade_id": "search_rotated", "solution": true}
def search_rotated(values, target):
    """Index of target in a rotated sorted list of distinct values, or -1."""
    ### BEGIN SOLUTION
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid
        if values[lo] <= values[mid]:  # values[lo..mid] is sorted
            if values[lo] <= target < values[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # values[mid..hi] is sorted
            if values[mid] < target <= values[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
    ### END SOLUTION


# %% nbgrader={"grade_id": "search_rotated_test", "grade": true, "points": 1}
assert search_rotated([4, 5, 6, 7, 0, 1, 2], 0) == 4, "in [4, 5, 6, 7, 0, 1, 2], 0 is at index 4"
assert search_rotated([4, 5, 6, 7, 0, 1, 2], 3) == -1, "3 does not occur in [4, 5, 6, 7, 0, 1, 2]"
### BEGIN HIDDEN TESTS
import random as _random

assert search_rotated([], 5) == -1, "nothing occurs in an empty list"
assert search_rotated([1], 1) == 0 and search_rotated([1], 2) == -1, "check a list of one value"
assert search_rotated([3, 1], 1) == 1, "in [3, 1], 1 is at index 1"
assert search_rotated([3, 1], 3) == 0, "in [3, 1], 3 is at index 0"
assert search_rotated([1, 3], 3) == 1, "in [1, 3] (not rotated), 3 is at index 1"
for _n in range(0, 9):
    _base = list(range(10, 10 + 3 * _n, 3))
    for _shift in range(max(_n, 1)):
        _values = _base[_shift:] + _base[:_shift]
        for _target in range(8, 12 + 3 * _n):
            _expected = _values.index(_target) if _target in _values else -1
            _got = search_rotated(_values, _target)
            assert _got == _expected, (
                f"search_rotated({_values}, {_target}) returned {_got!r}, which is not right"
            )
_rng = _random.Random(33)
for _case in range(300):
    _base = sorted(_rng.sample(range(1000), _rng.randint(1, 60)))
    _shift = _rng.randrange(len(_base))
    _values = _base[_shift:] + _base[:_shift]
    _target = _rng.choice(_values) if _rng.random() < 0.7 else _rng.randint(-5, 1005)
    _expected = _values.index(_target) if _target in _values else -1
    _got = search_rotated(_values, _target)
    assert _got == _expected, (
        f"search_rotated({_values}, {_target}) returned {_got!r}, which is not right"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "search_rotated_test_2", "grade": true, "points": 1}
# Hidden check of the O(log n) promise: comparisons counted on rotated lists of 3,000 values.
### BEGIN HIDDEN TESTS
import math as _math
import random as _random

from autograde.probes import ComparisonCounter, Tracked, tracked

_rng = _random.Random(34)
_n = 3000
_base = list(range(0, 2 * _n, 2))
_limit = 6 * (_math.ceil(_math.log2(_n)) + 2)
for _shift in [0, 1, _n // 3, _n // 2, _n - 1]:
    _plain = _base[_shift:] + _base[:_shift]
    for _target in _rng.sample(_plain, 6) + [-1, 3, 2 * _n]:
        _counter = ComparisonCounter()
        _got = search_rotated(tracked(_plain, _counter), Tracked(_target, _counter))
        _expected = _plain.index(_target) if _target in _plain else -1
        assert _got == _expected, (
            f"search_rotated returned {_got!r} on a list of {_n} values rotated by {_shift}"
        )
        assert _counter.count <= _limit, (
            f"search_rotated made {_counter.count} comparisons on a list of {_n} values: "
            "O(log n) needs far fewer"
        )
### END HIDDEN TESTS

# %% [markdown]
# ## 10. The k-th largest value
# *Heap*
#
# Sorting everything to read off one position does O(n log n) work for an answer that needs
# much less. A min-heap of size k keeps the k largest values seen so far with the smallest
# of them on top (`heap[0]`): each new value either loses to that top (one comparison) or
# replaces it (`heapq.heapreplace`, or `heapq.heappushpop`, O(log k)). After the last value
# the top of the heap is the answer: O(n log k) time, O(k) memory. Quickselect is the O(n)
# average alternative, but this question asks for the heap. Two traps: "k-th largest" counts
# duplicates (in `[3, 3, 2]` the second largest is 3, not 2), and `heapq.heapify(values)`
# rearranges the caller's list in place.
#
# **Question.** Complete `def kth_largest(values, k):` with a min-heap of at most k items
# (the `heapq` module is welcome; `sorted`, `.sort()`, `heapq.nlargest` and
# `heapq.nsmallest` are not). Return the value that would sit at position k (counting from
# 1) if `values` were sorted from largest to smallest, duplicates included. Raise
# `ValueError` unless `1 <= k <= len(values)`. The values need not be numbers (dates,
# strings), so a max-heap by negating them is not an option. Leave `values` unchanged. The
# hidden test counts comparisons on shuffled data: a heap of size k needs far fewer than
# sorting does.

# %% nbgrader={"grade_id": "kth_largest", "solution": true}
import heapq


def kth_largest(values, k):
    """The k-th largest of values (duplicates counted), using a min-heap of size k."""
    ### BEGIN SOLUTION
    if not 1 <= k <= len(values):
        raise ValueError(f"k must be between 1 and {len(values)}, got {k}")
    heap = []
    for value in values:
        if len(heap) < k:
            heapq.heappush(heap, value)
        elif heap[0] < value:
            heapq.heapreplace(heap, value)
    return heap[0]
    ### END SOLUTION


# %% nbgrader={"grade_id": "kth_largest_test", "grade": true, "points": 1}
assert kth_largest([3, 2, 1, 5, 6, 4], 2) == 5, "the 2nd largest of [3, 2, 1, 5, 6, 4] is 5"
assert kth_largest([3, 3, 2], 2) == 3, "the 2nd largest of [3, 3, 2] is 3: duplicates count"
### BEGIN HIDDEN TESTS
import random as _random

from autograde.probes import expect_raises

assert kth_largest([9], 1) == 9, "the largest of [9] is 9"
assert kth_largest(["kiwi", "apple", "fig"], 3) == "apple", "kth_largest should work on strings too"
expect_raises(ValueError, kth_largest, [1, 2, 3], 0)
expect_raises(ValueError, kth_largest, [1, 2, 3], 4)
expect_raises(ValueError, kth_largest, [], 1)
_rng = _random.Random(215)
for _case in range(300):
    _values = [_rng.randint(0, 15) for _ in range(_rng.randint(1, 40))]
    _k = _rng.randint(1, len(_values))
    _before = list(_values)
    _got = kth_largest(_values, _k)
    assert _values == _before, "kth_largest changed the list it was given (heapify works in place)"
    _rest = list(_values)
    for _ in range(_k - 1):
        _rest.remove(max(_rest))
    assert _got == max(_rest), f"kth_largest({_values}, {_k}) returned {_got!r}, which is not right"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "kth_largest_test_2", "grade": true, "points": 1}
# Hidden check of "no sorting": banned names, and comparisons counted on shuffled lists
# (6,000 values with k = 3, and 3,000 values with k = 50).
### BEGIN HIDDEN TESTS
import math as _math
import random as _random

from autograde.probes import ComparisonCounter, expect_not_used, tracked

expect_not_used(kth_largest, {"sorted", "sort", "nlargest", "nsmallest"},
                "keep a heap of k values instead of sorting")
_rng = _random.Random(216)
for _n, _k, _limit in [(6000, 3, 6 * 6000), (3000, 50, int(3000 * (2 * _math.log2(50) + 3)))]:
    _plain = _rng.sample(range(10**6), _n)
    _counter = ComparisonCounter()
    _got = kth_largest(tracked(_plain, _counter), _k)
    _expected = sorted(_plain)[-_k]
    assert getattr(_got, "value", _got) == _expected, (
        f"kth_largest returned the wrong value on {_n} shuffled values"
    )
    assert _counter.count <= _limit, (
        f"kth_largest made {_counter.count} comparisons for k = {_k} on {_n} shuffled values: "
        "a min-heap of size k needs far fewer"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Counting inversions with merge sort
# *Divide and conquer, O(n log n)*
#
# An inversion is a pair of positions i < j with `values[i] > values[j]`: the number of
# swaps of neighbours a bubble sort would make, and a measure of how far two rankings
# disagree. Checking every pair is O(n²). Merge sort counts them for free: sort each half
# (counting the inversions inside it), then merge; whenever the merge takes an item from the
# right half while items remain in the left half, that right item is smaller than every one
# of those remaining left items, so add their number in one go. Equal values are **not** an
# inversion, so on a tie the merge must take the left item first.
#
# **Question.** Complete `def count_inversions(values):` so that it returns the number of
# pairs `i < j` with `values[i] > values[j]`, using O(n log n) comparisons (the hidden test
# counts them). Values are comparable and may repeat. Leave `values` unchanged.

# %% nbgrader={"grade_id": "count_inversions", "solution": true}
def count_inversions(values):
    """Number of pairs i < j with values[i] > values[j], by merge sort."""
    ### BEGIN SOLUTION
    def sort_and_count(items):
        if len(items) <= 1:
            return list(items), 0
        middle = len(items) // 2
        left, left_count = sort_and_count(items[:middle])
        right, right_count = sort_and_count(items[middle:])
        merged, count, i, j = [], left_count + right_count, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                count += len(left) - i
        merged += left[i:] + right[j:]
        return merged, count

    return sort_and_count(values)[1]
    ### END SOLUTION


# %% nbgrader={"grade_id": "count_inversions_test", "grade": true, "points": 2}
assert count_inversions([2, 4, 1, 3, 5]) == 3, (
    "[2, 4, 1, 3, 5] has 3 inversions: (2, 1), (4, 1), (4, 3)"
)
assert count_inversions([]) == 0, "an empty list has no inversions"
### BEGIN HIDDEN TESTS
import random as _random

assert count_inversions([1, 1, 1]) == 0, "equal values are not inversions"
assert count_inversions([2, 1, 1]) == 2, "[2, 1, 1] has 2 inversions: equal values do not count"
assert count_inversions([5, 4, 3, 2, 1]) == 10, "a reversed list of 5 values has 10 inversions"
_rng = _random.Random(493)
for _case in range(300):
    _values = [_rng.randint(0, _rng.choice([3, 10, 100])) for _ in range(_rng.randint(0, 50))]
    _before = list(_values)
    _got = count_inversions(_values)
    assert _values == _before, "count_inversions changed the list it was given"
    _expected = sum(1 for i in range(len(_values)) for j in range(i + 1, len(_values))
                    if _values[i] > _values[j])
    assert _got == _expected, f"count_inversions({_values}) returned {_got!r}, which is not right"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "count_inversions_test_2", "grade": true, "points": 1}
# Hidden check of the O(n log n) promise: comparisons counted on 1,024 values (shuffled,
# reversed, many duplicates).
### BEGIN HIDDEN TESTS
import math as _math
import random as _random

from autograde.probes import ComparisonCounter, tracked

_rng = _random.Random(494)
_n = 1024
for _label, _plain in [
    ("shuffled", _rng.sample(range(_n), _n)),
    ("reversed", list(range(_n, 0, -1))),
    ("many duplicates", [_rng.randint(0, 9) for _ in range(_n)]),
]:
    _counter = ComparisonCounter()
    _got = count_inversions(tracked(_plain, _counter))
    _expected = sum(1 for i in range(_n) for j in range(i + 1, _n) if _plain[i] > _plain[j])
    assert _got == _expected, f"count_inversions returned a wrong count on {_n} values ({_label})"
    _limit = 2 * _n * _math.ceil(_math.log2(_n))
    assert _counter.count <= _limit, (
        f"count_inversions made {_counter.count} comparisons on {_n} values ({_label}): "
        "O(n log n) needs far fewer"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part 4 · Logs and events
#
# Half of real data work is turning text somebody else wrote into rows you can count. Parse
# defensively: decide exactly what a valid record looks like, reject everything else (and
# count what you rejected, so a broken feed gets noticed), and do not trust a field until it
# has been converted to its proper type.

# %% [markdown]
# ## 12. Summarize a web-server access log
# *Regular expressions, datetime, Counter*
#
# A log line is parsed in two steps: a regular expression with one group per field checks
# the layout (a `str.split` is fragile here, since the request contains spaces), then each
# captured field is converted, and a conversion that fails marks the line as malformed too.
# `datetime.strptime` turns the timestamp into a `datetime` and rejects dates that do not
# exist (31 February, hour 24). `collections.Counter` (`from collections import Counter`)
# does the counting, but mind its `most_common`: among equal counts it keeps the order in
# which the keys first appeared, which is not the tie rule asked for here.
#
# The log has one request per line, in this layout:
#
# ```
# 203.0.113.9 - alice [05/Mar/2024:14:02:17 +0000] "GET /cart?item=42 HTTP/1.1" 200 5120
# ```
#
# Seven fields separated by single spaces: the client address (no spaces), a `-`, the user
# name (or `-`), the time in square brackets as `DD/Mon/YYYY:HH:MM:SS +0000` (English month
# abbreviation, two-digit day, hour, minute and second; the offset is always `+0000`), the
# request in double quotes (an upper-case method, a path starting with `/`, and a protocol
# of the form `HTTP/1.1`, separated by single spaces), the status (three digits) and the
# response size (digits, or `-` when nothing was sent). A line may end with a newline.
# A line is **malformed** if it does not have exactly this form, including a timestamp
# that is not a real date and time.
#
# **Question.** Complete `def parse_access_log(lines):`. It takes a list of log lines and
# returns a dict with these keys:
#
# - `"requests"`: the number of well-formed lines;
# - `"malformed"`: the number of lines skipped as malformed;
# - `"status_counts"`: a dict from status code (an `int`) to its number of requests;
# - `"top_paths"`: a list of at most 3 `(path, count)` tuples, most requests first, ties
#   broken by path in ascending string order, where the path excludes the query string
#   (`/cart?item=42` counts as `/cart`);
# - `"per_minute"`: a dict from the minute, as a string `"YYYY-MM-DD HH:MM"`, to the number
#   of requests made in it, for every minute with at least one request.

# %% nbgrader={"grade_id": "parse_access_log", "solution": true}
import re
from collections import Counter
from datetime import datetime


def parse_access_log(lines):
    """Summary of an access log: counts of statuses, top paths and requests per minute."""
    ### BEGIN SOLUTION
    layout = re.compile(
        r'(\S+) - (\S+) \[(\d{2}/[A-Za-z]{3}/\d{4}:\d{2}:\d{2}:\d{2} \+0000)\] '
        r'"([A-Z]+) (/\S*) (HTTP/\d(?:\.\d)?)" (\d{3}) (\d+|-)'
    )
    statuses, paths, minutes = Counter(), Counter(), Counter()
    malformed = 0
    for line in lines:
        match = layout.fullmatch(line.rstrip("\n"))
        if match is None:
            malformed += 1
            continue
        try:
            when = datetime.strptime(match.group(3), "%d/%b/%Y:%H:%M:%S %z")
        except ValueError:
            malformed += 1
            continue
        statuses[int(match.group(7))] += 1
        paths[match.group(5).split("?", 1)[0]] += 1
        minutes[when.strftime("%Y-%m-%d %H:%M")] += 1
    return {
        "requests": sum(statuses.values()),
        "malformed": malformed,
        "status_counts": dict(statuses),
        "top_paths": sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:3],
        "per_minute": dict(minutes),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "parse_access_log_test", "grade": true, "points": 2}
### BEGIN HIDDEN TESTS
import random as _random
from collections import Counter as _Counter
from datetime import datetime as _datetime
from datetime import timedelta as _timedelta

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _access_log(seed):
    """(lines, truth) for a log with planted malformed lines, ties and edge timestamps."""
    rng = _random.Random(seed)
    path_counts = {"/": 14, "/cart": 11, "/search": 9, "/checkout": 9, "/product": 9,
                   "/login": 4, "/help": 2}
    paths = [p for p, c in path_counts.items() for _ in range(c)]
    rng.shuffle(paths)
    first_tied = min(paths.index(p) for p in ("/search", "/checkout", "/product"))
    first_search = paths.index("/search")
    paths[first_tied], paths[first_search] = paths[first_search], paths[first_tied]
    edge_times = [
        _datetime(2023, 12, 31, 23, 59, 59), _datetime(2024, 1, 1, 0, 0, 0),
        _datetime(2024, 2, 29, 12, 0, 59), _datetime(2024, 2, 29, 12, 1, 0),
        _datetime(2024, 3, 31, 23, 59, 0), _datetime(2024, 4, 1, 0, 0, 1),
    ]
    valid = []
    truth = {"statuses": _Counter(), "paths": _Counter(path_counts), "minutes": _Counter()}
    start = _datetime(2024, 3, 5, 9, 58, 0)
    for i, path in enumerate(paths):
        if i < len(edge_times):
            when = edge_times[i]
        else:
            when = start + _timedelta(seconds=rng.randint(0, 900))
        status = rng.choice([200, 200, 200, 200, 201, 301, 304, 404, 500, 503])
        query = rng.choice(["", "", "?q=shoes", "?item=7&ref=home", "?"])
        method = rng.choice(["GET", "GET", "POST", "HEAD"])
        protocol = rng.choice(["HTTP/1.0", "HTTP/1.1", "HTTP/2.0"])
        user = rng.choice(["-", "-", "alice", "bob_99"])
        size = rng.choice(["-", str(rng.randint(0, 99999))])
        stamp = f"{when.day:02d}/{_MONTHS[when.month - 1]}/{when.year}:{when:%H:%M:%S} +0000"
        ip = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        valid.append(f'{ip} - {user} [{stamp}] "{method} {path}{query} {protocol}" {status} {size}')
        truth["statuses"][status] += 1
        truth["minutes"][when.strftime("%Y-%m-%d %H:%M")] += 1
    good = valid[-1]
    malformed = [
        "",
        "   ",
        "#Fields: address user time request status size",
        "-- log rotated --",
        good[: good.index('"') + 6],
        good.rsplit(" ", 1)[0],
        good + " extra",
        '10.0.0.1 - - [31/Feb/2024:10:00:00 +0000] "GET /cart HTTP/1.1" 200 10',
        '10.0.0.1 - - [29/Feb/2023:10:00:00 +0000] "GET /cart HTTP/1.1" 200 10',
        '10.0.0.1 - - [05/Mar/2024:24:00:00 +0000] "GET /cart HTTP/1.1" 200 10',
        '10.0.0.1 - - [05/Foo/2024:10:00:00 +0000] "GET /cart HTTP/1.1" 200 10',
        '10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] "GET /cart HTTP/1.1" abc 10',
        '10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] "GET /cart HTTP/1.1" - 10',
        '10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] "GET /cart" 200 10',
        '10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] GET /cart HTTP/1.1 200 10',
        '10.0.0.1 - - 05/Mar/2024:10:00:00 +0000 "GET /cart HTTP/1.1" 200 10',
        '10.0.0.1 - - [05/Mar/2024:10:00:00 +0000] "GET /cart HTTP/1.1" 200 12kb',
    ]
    lines = list(valid)  # valid lines keep their order: '/search' is the first tied path to appear
    for line in malformed:
        lines.insert(rng.randint(0, len(lines)), line)
    lines = [line + rng.choice(["\n", "\n", ""]) for line in lines]
    truth["requests"], truth["malformed"] = len(valid), len(malformed)
    return lines, truth
### END HIDDEN TESTS
_mini_log = [
    '203.0.113.9 - - [05/Mar/2024:14:02:17 +0000] "GET /cart?item=42 HTTP/1.1" 200 5120\n',
    '198.51.100.4 - bob [05/Mar/2024:14:02:59 +0000] "POST /checkout HTTP/1.1" 302 -\n',
    "not a log line\n",
    '203.0.113.9 - - [05/Mar/2024:14:03:00 +0000] "GET /cart HTTP/1.1" 404 312\n',
]
_summary = parse_access_log(_mini_log)
assert _summary["requests"] == 3 and _summary["malformed"] == 1, (
    "the 4-line example has 3 requests and 1 malformed line"
)
assert dict(_summary["status_counts"]) == {200: 1, 302: 1, 404: 1}, (
    "the 4-line example has statuses 200, 302 and 404 once each (int keys)"
)
### BEGIN HIDDEN TESTS
_lines, _truth = _access_log(2024)
_summary = parse_access_log(list(_lines))
assert _summary["requests"] == _truth["requests"], (
    f"'requests' is {_summary['requests']} on a generated log, which is not right: "
    "check which lines you accept (every field, and real dates only)"
)
assert _summary["malformed"] == _truth["malformed"], (
    f"'malformed' is {_summary['malformed']} on a generated log, which is not right"
)
assert dict(_summary["status_counts"]) == dict(_truth["statuses"]), (
    "'status_counts' on a generated log is not right (keys should be ints)"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "parse_access_log_test_2", "grade": true, "points": 2}
_mini_log = [
    '203.0.113.9 - - [05/Mar/2024:14:02:17 +0000] "GET /cart?item=42 HTTP/1.1" 200 5120\n',
    '198.51.100.4 - bob [05/Mar/2024:14:02:59 +0000] "POST /checkout HTTP/1.1" 302 -\n',
    "not a log line\n",
    '203.0.113.9 - - [05/Mar/2024:14:03:00 +0000] "GET /cart HTTP/1.1" 404 312\n',
]
_top = [tuple(p) for p in parse_access_log(_mini_log)["top_paths"]]
assert _top == [("/cart", 2), ("/checkout", 1)], (
    "the 4-line example's top paths are [('/cart', 2), ('/checkout', 1)]"
)
### BEGIN HIDDEN TESTS
_lines, _truth = _access_log(2025)
_got = [tuple(p) for p in parse_access_log(list(_lines))["top_paths"]]
_expected = sorted(_truth["paths"].items(), key=lambda pc: (-pc[1], pc[0]))[:3]
_counts = [c for _, c in _got]
assert len(_got) == 3, (
    f"'top_paths' has {len(_got)} entries on a log with more than 3 paths; it should have 3"
)
assert {p for p, _ in _got} <= set(_truth["paths"]), (
    "'top_paths' contains a path with its query string (or a made-up path)"
)
assert _counts == [c for _, c in _expected], (
    f"'top_paths' has the counts {_counts}, which are not the 3 largest counts"
)
assert _got == _expected, (
    "'top_paths' breaks a tie between equal counts the wrong way: ties go by path, A to Z"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "parse_access_log_test_3", "grade": true, "points": 2}
_mini_log = [
    '203.0.113.9 - - [05/Mar/2024:14:02:17 +0000] "GET /cart?item=42 HTTP/1.1" 200 5120\n',
    '198.51.100.4 - bob [05/Mar/2024:14:02:59 +0000] "POST /checkout HTTP/1.1" 302 -\n',
    "not a log line\n",
    '203.0.113.9 - - [05/Mar/2024:14:03:00 +0000] "GET /cart HTTP/1.1" 404 312\n',
]
_per_minute = dict(parse_access_log(_mini_log)["per_minute"])
assert _per_minute == {"2024-03-05 14:02": 2, "2024-03-05 14:03": 1}, (
    "the 4-line example has 2 requests in minute '2024-03-05 14:02' and 1 in '2024-03-05 14:03'"
)
### BEGIN HIDDEN TESTS
_lines, _truth = _access_log(2026)
_got = dict(parse_access_log(list(_lines))["per_minute"])
_extra = sorted(set(_got) - set(_truth["minutes"]), key=str)
_missing = set(_truth["minutes"]) - set(_got)
assert not _extra, (
    f"'per_minute' has the key {_extra[0]!r}, which is not a minute with a well-formed request: "
    "keys are 'YYYY-MM-DD HH:MM' strings, only for minutes with requests"
)
assert not _missing, f"'per_minute' misses {len(_missing)} of the minutes that have requests"
_off = [m for m in _got if _got[m] != _truth["minutes"][m]]
assert not _off, f"'per_minute' has the wrong count for {len(_off)} minutes, e.g. {_off[0]!r}"
### END HIDDEN TESTS

# %% [markdown]
# ## 13. Sessions from a clickstream
# *Sorting, grouping, a gap rule*
#
# Web analytics splits each user's activity into sessions: a session ends when the user has
# been idle for more than 30 minutes, and the next event starts a new one. The idle time is
# measured from the user's **previous event**, not from the start of the session, so a user
# who clicks every 20 minutes for three hours stays in one long session. Events arrive out
# of order and mixed across users, so group by user and sort by time before applying the
# rule, and read "more than" literally: a gap of exactly 30 minutes keeps the session going.
# Subtracting two `datetime` values gives a `timedelta`, which compares directly with
# `timedelta(minutes=30)` (`from datetime import timedelta`).
#
# **Question.** Complete `def sessionize_events(events, max_gap_minutes=30):`. `events` is a
# list of `(user_id, timestamp)` pairs, `timestamp` being a `datetime`, in any order; a user
# may have several events with the same timestamp (each counts). Return a dict from each
# user id that has events to the list of that user's sessions in time order, each session a
# tuple `(start, end, num_events)`: the first and last timestamps of the session and its
# number of events. A new session starts when the time since the user's previous event is
# strictly greater than `max_gap_minutes` minutes. Leave `events` unchanged.

# %% nbgrader={"grade_id": "sessionize_events", "solution": true}
from datetime import timedelta


def sessionize_events(events, max_gap_minutes=30):
    """Each user's sessions as (start, end, num_events), split where idle > max_gap_minutes."""
    ### BEGIN SOLUTION
    max_gap = timedelta(minutes=max_gap_minutes)
    times_by_user = {}
    for user, when in events:
        times_by_user.setdefault(user, []).append(when)
    sessions = {}
    for user, times in times_by_user.items():
        times.sort()
        user_sessions = []
        start, last, count = times[0], times[0], 1
        for when in times[1:]:
            if when - last > max_gap:
                user_sessions.append((start, last, count))
                start, count = when, 0
            last, count = when, count + 1
        user_sessions.append((start, last, count))
        sessions[user] = user_sessions
    return sessions
    ### END SOLUTION


# %% nbgrader={"grade_id": "sessionize_events_test", "grade": true, "points": 3}
from datetime import datetime as _dt

_t1000, _t1020, _t1130 = _dt(2024, 3, 5, 10, 0), _dt(2024, 3, 5, 10, 20), _dt(2024, 3, 5, 11, 30)
_events = [("u1", _t1000), ("u1", _t1020), ("u1", _t1130)]
assert sessionize_events(_events) == {"u1": [(_t1000, _t1020, 2), (_t1130, _t1130, 1)]}, (
    "events at 10:00, 10:20 and 11:30 make two sessions: "
    "10:00-10:20 (2 events) and 11:30-11:30 (1 event)"
)
### BEGIN HIDDEN TESTS
import random as _random
from datetime import datetime as _datetime
from datetime import timedelta as _timedelta


def _as_plain(result):
    return {user: [tuple(s) for s in sessions] for user, sessions in dict(result).items()}


_t0 = _datetime(2024, 3, 5, 10, 0)
_got = _as_plain(sessionize_events([("a", _t0), ("a", _t0 + _timedelta(minutes=30))]))
assert _got == {"a": [(_t0, _t0 + _timedelta(minutes=30), 2)]}, (
    "a gap of exactly 30 minutes keeps the session going"
)
_got = _as_plain(sessionize_events([("a", _t0), ("a", _t0 + _timedelta(minutes=30, seconds=1))]))
assert len(_got["a"]) == 2, "a gap of 30 minutes and 1 second starts a new session"
_steady = [("a", _t0 + _timedelta(minutes=20 * i)) for i in range(10)]
_got = _as_plain(sessionize_events(_steady))
assert len(_got["a"]) == 1, (
    "events every 20 minutes for 3 hours form one session: "
    "the gap is measured from the previous event"
)
_got = _as_plain(sessionize_events([("a", _t0), ("a", _t0 + _timedelta(minutes=10))],
                                   max_gap_minutes=5))
assert len(_got["a"]) == 2, "with max_gap_minutes=5, a 10-minute gap starts a new session"


def _clickstream(seed):
    """(events, sessions) for random users whose session boundaries are planted."""
    rng = _random.Random(seed)
    events, truth = [], {}
    for u in range(15):
        user = f"user{u:02d}" if u % 4 else u  # some ids are ints
        when = _datetime(2023, 12, 31, 22, 0) + _timedelta(seconds=rng.randint(0, 3 * 3600))
        truth[user] = []
        for _ in range(rng.randint(1, 5)):
            start, count = when, 1
            events.append((user, when))
            for _ in range(rng.randint(0, 8)):
                when = when + rng.choice([_timedelta(0), _timedelta(minutes=30),
                                          _timedelta(minutes=25),
                                          _timedelta(seconds=rng.randint(1, 1799))])
                events.append((user, when))
                count += 1
            truth[user].append((start, when, count))
            when = when + rng.choice([_timedelta(minutes=30, seconds=1), _timedelta(minutes=31),
                                      _timedelta(minutes=rng.randint(31, 600))])
    rng.shuffle(events)
    return events, truth


for _seed in range(40):
    _events, _truth = _clickstream(_seed)
    _before = list(_events)
    _got = _as_plain(sessionize_events(_events))
    assert _events == _before, "sessionize_events changed the list of events it was given"
    assert set(_got) == set(_truth), (
        "sessionize_events should return exactly the users that have events"
    )
    for _user in _truth:
        assert _got[_user] == _truth[_user], (
            f"the sessions of user {_user!r} are not right: got {len(_got[_user])} sessions "
            f"from {sum(s[2] for s in _truth[_user])} shuffled events"
        )
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week02/python_algorithms.ipynb`. The report lists every
#   exercise with its points, hidden checks included.
# - For every exercise that lost points, reread the trap in its teaching note, then test
#   your function by hand on the smallest input that could break it: an empty list, one
#   item, two equal items, a boundary timestamp.
# - Explain each solution out loud in two minutes, complexity included, as you would to an
#   interviewer, and write one of them a second way: `subsets` as a bitmask loop sorted into
#   the required order, `count_inversions` with a Fenwick tree, `kth_largest` with
#   quickselect.
# - Then redo three of the exercises from an empty cell with a 20-minute timer.
