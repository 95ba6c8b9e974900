"""Plausible wrong answers for week02/python_algorithms: each must lose points."""

WRONG_ANSWERS = {
    "evaluate_rpn": [
        # Python's floor division: -7 // 2 is -4, not -3
        '''def evaluate_rpn(tokens):
    stack = []
    for token in tokens:
        if token in "+-*/" and len(token) == 1:
            b, a = stack.pop(), stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            elif token == "*":
                stack.append(a * b)
            else:
                stack.append(a // b)
        else:
            stack.append(int(token))
    return stack[0]
''',
        # pops the operands in the wrong order: 5 3 - becomes 3 - 5
        '''def evaluate_rpn(tokens):
    stack = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            a = stack.pop()
            b = stack.pop()
            if token == "+":
                stack.append(a + b)
            elif token == "-":
                stack.append(a - b)
            elif token == "*":
                stack.append(a * b)
            else:
                stack.append(int(a / b))
        else:
            stack.append(int(token))
    return stack.pop()
''',
        # recognises numbers with isdigit(), so "-3" is taken for an operator
        '''import operator


def evaluate_rpn(tokens):
    ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": lambda a, b: int(a / b)}
    stack = []
    for token in tokens:
        if token.isdigit():
            stack.append(int(token))
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[token[0]](a, b))
    return stack.pop()
''',
    ],
    "min_stack": [
        # one "current minimum" variable: it goes stale once the minimum is popped
        '''class MinStack:
    def __init__(self):
        self.items = []
        self.minimum = None

    def push(self, value):
        self.items.append(value)
        if self.minimum is None or value < self.minimum:
            self.minimum = value

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        if not self.items:
            raise IndexError("empty")
        return self.minimum

    def __len__(self):
        return len(self.items)
''',
        # correct answers, but get_min scans the whole stack: O(n)
        '''class MinStack:
    def __init__(self):
        self.items = []

    def push(self, value):
        self.items.append(value)

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        if not self.items:
            raise IndexError("get_min from an empty stack")
        return min(self.items)

    def __len__(self):
        return len(self.items)
''',
        # stores a new minimum only when strictly smaller:
        # popping one of two equal minimums loses both
        '''class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, value):
        self.items.append(value)
        if not self.mins or value < self.mins[-1]:
            self.mins.append(value)

    def pop(self):
        value = self.items.pop()
        if value == self.mins[-1]:
            self.mins.pop()
        return value

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]

    def __len__(self):
        return len(self.items)
''',
        # lists in the class body: every MinStack shares the same two lists
        '''class MinStack:
    items = []
    mins = []

    def push(self, value):
        self.items.append(value)
        self.mins.append(value if not self.mins or value < self.mins[-1] else self.mins[-1])

    def pop(self):
        self.mins.pop()
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]

    def __len__(self):
        return len(self.items)
''',
    ],
    "queue_from_stacks": [
        # refills the out-stack even when it still holds items: newer values jump the queue
        '''class TwoStackQueue:
    def __init__(self):
        self.inbox, self.outbox = [], []

    def enqueue(self, value):
        self.inbox.append(value)

    def _move(self):
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def dequeue(self):
        self._move()
        return self.outbox.pop()

    def peek(self):
        self._move()
        return self.outbox[-1]

    def __len__(self):
        return len(self.inbox) + len(self.outbox)
''',
        # keeps everything in one stack and moves it all back after each dequeue: O(n) per call
        '''class TwoStackQueue:
    def __init__(self):
        self.main, self.spare = [], []

    def enqueue(self, value):
        self.main.append(value)

    def _front(self, remove):
        while self.main:
            self.spare.append(self.main.pop())
        value = self.spare.pop() if remove else self.spare[-1]
        while self.spare:
            self.main.append(self.spare.pop())
        return value

    def dequeue(self):
        return self._front(True)

    def peek(self):
        return self._front(False)

    def __len__(self):
        return len(self.main)
''',
        # one list used as a queue: pop(0) shifts every remaining item
        '''class TwoStackQueue:
    def __init__(self):
        self.items = []
        self.unused = []

    def enqueue(self, value):
        self.items.append(value)

    def dequeue(self):
        return self.items.pop(0)

    def peek(self):
        return self.items[0]

    def __len__(self):
        return len(self.items)
''',
    ],
    "daily_temperatures": [
        # pops on an equal temperature too, so "as warm" counts as warmer
        '''def daily_temperatures(temps):
    answer = [0] * len(temps)
    stack = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] <= t:
            j = stack.pop()
            answer[j] = i - j
        stack.append(i)
    return answer
''',
        # right answers by brute force: O(n^2) on a cooling trend
        '''def daily_temperatures(temps):
    answer = []
    for i in range(len(temps)):
        wait = 0
        for j in range(i + 1, len(temps)):
            if temps[j] > temps[i]:
                wait = j - i
                break
        answer.append(wait)
    return answer
''',
    ],
    "flatten_nested": [
        # flattens one level only
        '''def flatten_nested(items):
    flat = []
    for item in items:
        if isinstance(item, list):
            flat.extend(item)
        else:
            flat.append(item)
    return flat
''',
        # treats tuples as containers too
        '''def flatten_nested(items):
    flat = []
    for item in items:
        if isinstance(item, (list, tuple)):
            flat.extend(flatten_nested(item))
        else:
            flat.append(item)
    return flat
''',
        # iterative, but empties the caller's lists as it goes
        '''def flatten_nested(items):
    flat = []
    stack = [items]
    while stack:
        current = stack[-1]
        if not current:
            stack.pop()
            continue
        item = current.pop(0)
        if isinstance(item, list):
            stack.append(item)
        else:
            flat.append(item)
    return flat
''',
    ],
    "subsets": [
        # records the shared partial list instead of a copy of it
        '''def subsets(items):
    result, path = [], []

    def backtrack(start):
        result.append(path)
        for i in range(start, len(items)):
            path.append(items[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
''',
        # bitmask enumeration: the right subsets in the wrong order
        '''def subsets(items):
    result = []
    for mask in range(2 ** len(items)):
        result.append([items[i] for i in range(len(items)) if mask & (1 << i)])
    return result
''',
        # itertools, ordered by size
        '''from itertools import combinations


def subsets(items):
    result = []
    for size in range(len(items) + 1):
        result.extend(list(c) for c in combinations(items, size))
    return result
''',
    ],
    "climb_stairs": [
        # plain recursion: right counts, exponential time
        '''def climb_stairs(n, steps=(1, 2)):
    if n == 0:
        return 1
    if n < 0:
        return 0
    return sum(climb_stairs(n - step, steps) for step in steps)
''',
        # memo in a mutable default argument, keyed by n only: remembers other steps' counts
        '''def climb_stairs(n, steps=(1, 2), memo={}):
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n not in memo:
        memo[n] = sum(climb_stairs(n - step, steps, memo) for step in steps)
    return memo[n]
''',
        # coin-change loop order: counts combinations, not ordered sequences
        '''def climb_stairs(n, steps=(1, 2)):
    ways = [1] + [0] * n
    for step in steps:
        for height in range(step, n + 1):
            ways[height] += ways[height - step]
    return ways[n]
''',
    ],
    "binary_search_first": [
        # classic binary search: returns some occurrence, not the first one
        '''def binary_search_first(values, target):
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
''',
        # finds an occurrence, then walks left: linear on a run of duplicates
        '''def binary_search_first(values, target):
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            while mid > 0 and values[mid - 1] == target:
                mid -= 1
            return mid
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
''',
        # bisect does the work
        '''import bisect


def binary_search_first(values, target):
    i = bisect.bisect_left(values, target)
    return i if i < len(values) and values[i] == target else -1
''',
    ],
    "search_rotated": [
        # strict < when deciding which half is sorted: fails when lo == mid
        '''def search_rotated(values, target):
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid
        if values[lo] < values[mid]:
            if values[lo] <= target < values[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if values[mid] < target <= values[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
''',
        # a linear scan
        '''def search_rotated(values, target):
    for i, value in enumerate(values):
        if value == target:
            return i
    return -1
''',
    ],
    "kth_largest": [
        # distinct values only, and a full sort
        '''def kth_largest(values, k):
    if not 1 <= k <= len(values):
        raise ValueError("bad k")
    return sorted(set(values), reverse=True)[k - 1]
''',
        # heapifies the caller's list in place and pops n - k times
        '''import heapq


def kth_largest(values, k):
    if not 1 <= k <= len(values):
        raise ValueError("bad k")
    heapq.heapify(values)
    while len(values) > k:
        heapq.heappop(values)
    return values[0]
''',
        # k passes of max: O(n k)
        '''def kth_largest(values, k):
    if not 1 <= k <= len(values):
        raise ValueError("bad k")
    rest = list(values)
    for _ in range(k - 1):
        rest.remove(max(rest))
    return max(rest)
''',
    ],
    "count_inversions": [
        # on a tie the merge takes the right item first, so equal pairs count as inversions
        '''def count_inversions(values):
    def sort_count(a):
        if len(a) < 2:
            return a, 0
        mid = len(a) // 2
        left, x = sort_count(a[:mid])
        right, y = sort_count(a[mid:])
        merged, count, i, j = [], x + y, 0, 0
        while i < len(left) and j < len(right):
            if left[i] < right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                count += len(left) - i
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, count

    return sort_count(list(values))[1]
''',
        # every pair: O(n^2)
        '''def count_inversions(values):
    count = 0
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] > values[j]:
                count += 1
    return count
''',
        # counts one inversion per right item taken, instead of one per remaining left item
        '''def count_inversions(values):
    def sort_count(a):
        if len(a) < 2:
            return a, 0
        mid = len(a) // 2
        left, x = sort_count(a[:mid])
        right, y = sort_count(a[mid:])
        merged, count, i, j = [], x + y, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                count += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, count

    return sort_count(list(values))[1]
''',
    ],
    "parse_access_log": [
        # keeps the query string as part of the path
        '''import re
from collections import Counter
from datetime import datetime

LINE = re.compile(
    r'(\\S+) - (\\S+) \\[([^\\]]+)\\] "([A-Z]+) (/\\S*) (HTTP/[\\d.]+)" (\\d{3}) (\\d+|-)'
)


def parse_access_log(lines):
    statuses, paths, minutes, bad = Counter(), Counter(), Counter(), 0
    for line in lines:
        m = LINE.fullmatch(line.strip())
        if not m:
            bad += 1
            continue
        try:
            ts = datetime.strptime(m.group(3), "%d/%b/%Y:%H:%M:%S %z")
        except ValueError:
            bad += 1
            continue
        statuses[int(m.group(7))] += 1
        paths[m.group(5)] += 1
        minutes[ts.strftime("%Y-%m-%d %H:%M")] += 1
    top = sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return {"requests": sum(statuses.values()), "malformed": bad, "status_counts": dict(statuses),
            "top_paths": top, "per_minute": dict(minutes)}
''',
        # Counter.most_common(3): ties stay in order of first appearance
        '''import re
from collections import Counter
from datetime import datetime

LINE = re.compile(
    r'(\\S+) - (\\S+) \\[([^\\]]+)\\] "([A-Z]+) (/\\S*) (HTTP/[\\d.]+)" (\\d{3}) (\\d+|-)'
)


def parse_access_log(lines):
    statuses, paths, minutes, bad = Counter(), Counter(), Counter(), 0
    for line in lines:
        m = LINE.fullmatch(line.strip())
        if not m:
            bad += 1
            continue
        try:
            ts = datetime.strptime(m.group(3), "%d/%b/%Y:%H:%M:%S %z")
        except ValueError:
            bad += 1
            continue
        statuses[int(m.group(7))] += 1
        paths[m.group(5).split("?")[0]] += 1
        minutes[ts.strftime("%Y-%m-%d %H:%M")] += 1
    return {"requests": sum(statuses.values()), "malformed": bad, "status_counts": dict(statuses),
            "top_paths": paths.most_common(3), "per_minute": dict(minutes)}
''',
        # splits on spaces and slices the timestamp by hand: impossible dates get through
        '''from collections import Counter


def parse_access_log(lines):
    statuses, paths, minutes, bad = Counter(), Counter(), Counter(), 0
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    months = {m: i + 1 for i, m in enumerate(names)}
    for line in lines:
        parts = line.split()
        if len(parts) != 10 or not parts[3].startswith("[") or not parts[5].startswith('"'):
            bad += 1
            continue
        status, size = parts[8], parts[9]
        if not status.isdigit() or len(status) != 3 or not (size.isdigit() or size == "-"):
            bad += 1
            continue
        stamp = parts[3][1:]
        day, month, rest = stamp.split("/")
        if month not in months:
            bad += 1
            continue
        year, hour, minute = rest[:4], rest[5:7], rest[8:10]
        statuses[int(parts[8])] += 1
        paths[parts[6].split("?")[0]] += 1
        minutes[f"{year}-{months[month]:02d}-{day} {hour}:{minute}"] += 1
    top = sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return {"requests": sum(statuses.values()), "malformed": bad, "status_counts": dict(statuses),
            "top_paths": top, "per_minute": dict(minutes)}
''',
    ],
    "sessionize_events": [
        # measures the gap from the start of the session, not from the previous event
        '''from datetime import timedelta


def sessionize_events(events, max_gap_minutes=30):
    by_user = {}
    for user, ts in sorted(events, key=lambda e: e[1]):
        by_user.setdefault(user, []).append(ts)
    result = {}
    for user, times in by_user.items():
        sessions = []
        start, last, count = times[0], times[0], 1
        for ts in times[1:]:
            if ts - start > timedelta(minutes=max_gap_minutes):
                sessions.append((start, last, count))
                start, count = ts, 0
            last, count = ts, count + 1
        sessions.append((start, last, count))
        result[user] = sessions
    return result
''',
        # >= instead of >: a gap of exactly 30 minutes splits the session
        '''from datetime import timedelta


def sessionize_events(events, max_gap_minutes=30):
    by_user = {}
    for user, ts in sorted(events, key=lambda e: e[1]):
        by_user.setdefault(user, []).append(ts)
    result = {}
    for user, times in by_user.items():
        sessions = []
        start, last, count = times[0], times[0], 1
        for ts in times[1:]:
            if ts - last >= timedelta(minutes=max_gap_minutes):
                sessions.append((start, last, count))
                start, count = ts, 0
            last, count = ts, count + 1
        sessions.append((start, last, count))
        result[user] = sessions
    return result
''',
        # forgets to sort: assumes the events arrive in time order
        '''from datetime import timedelta


def sessionize_events(events, max_gap_minutes=30):
    result = {}
    last_seen = {}
    for user, ts in events:
        sessions = result.setdefault(user, [])
        if user in last_seen and ts - last_seen[user] <= timedelta(minutes=max_gap_minutes):
            start, _, count = sessions[-1]
            sessions[-1] = (start, ts, count + 1)
        else:
            sessions.append((ts, ts, 1))
        last_seen[user] = ts
    return result
''',
    ],
}
