"""Plausible wrong answers for week01/python_fundamentals: each must lose points."""

WRONG_ANSWERS = {
    "sample_variance": [
        # divides by n: the population variance, not the sample variance
        '''def sample_variance(values):
    n = len(values)
    if n < 2:
        raise ValueError("need at least two values")
    mean = sum(values) / n
    return round(sum((x - mean) ** 2 for x in values) / n, 2)
''',
        # one-pass shortcut: loses the digits on large values that sit close together
        '''def sample_variance(values):
    n = len(values)
    if n < 2:
        raise ValueError("need at least two values")
    mean = sum(values) / n
    return round((sum(x * x for x in values) - n * mean * mean) / (n - 1), 2)
''',
        # hands the work to the statistics module
        '''import statistics


def sample_variance(values):
    return round(statistics.variance(values), 2)
''',
        # forgets to round
        '''def sample_variance(values):
    n = len(values)
    if n < 2:
        raise ValueError("need at least two values")
    mean = sum(values) / n
    return sum((x - mean) ** 2 for x in values) / (n - 1)
''',
        # returns 0.0 for short inputs instead of raising
        '''def sample_variance(values):
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return round(sum((x - mean) ** 2 for x in values) / (n - 1), 2)
''',
    ],
    "missing_number": [
        # off by one: adds up 0..n-1 instead of 0..n
        '''def missing_number(nums):
    return sum(range(len(nums))) - sum(nums)
''',
        # right answer, but a linear search inside a loop: O(n^2)
        '''def missing_number(nums):
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
''',
        # right answer, but a set of n numbers: O(n) extra memory
        '''def missing_number(nums):
    present = set(nums)
    for candidate in range(len(nums) + 1):
        if candidate not in present:
            return candidate
''',
        # sorts the caller's list, and misses the case where n itself is absent
        '''def missing_number(nums):
    nums.sort()
    for i, x in enumerate(nums):
        if i != x:
            return i
    return 0
''',
    ],
    "max_profit": [
        # ignores the order of the days
        '''def max_profit(prices):
    if len(prices) < 2:
        return 0
    return max(prices) - min(prices)
''',
        # tries every pair of days: right answer, O(n^2)
        '''def max_profit(prices):
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
''',
        # reports a loss when prices only fall
        '''def max_profit(prices):
    if len(prices) < 2:
        return 0
    cheapest = prices[0]
    best = prices[1] - prices[0]
    for price in prices[1:]:
        best = max(best, price - cheapest)
        cheapest = min(cheapest, price)
    return best
''',
    ],
    "two_sum": [
        # fills the dict first: an element can pair with itself
        '''def two_sum(nums, target):
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            return sorted([i, index[target - x]])
''',
        # checks every pair: right answer, O(n^2)
        '''def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
''',
        # returns the two numbers instead of their indices
        '''def two_sum(nums, target):
    seen = set()
    for x in nums:
        if target - x in seen:
            return [target - x, x]
        seen.add(x)
''',
    ],
    "is_anagram": [
        # a set forgets how often each character occurs
        '''def is_anagram(s, t):
    return len(s) == len(t) and set(s) == set(t)
''',
        # right answer, but by sorting, which the question rules out
        '''def is_anagram(s, t):
    return sorted(s) == sorted(t)
''',
        # only checks that every character of s appears somewhere in t
        '''def is_anagram(s, t):
    return len(s) == len(t) and all(ch in t for ch in s)
''',
    ],
    "first_unique_char": [
        # scans the counts in alphabetical order instead of the string's order
        '''from collections import Counter


def first_unique_char(s):
    counts = Counter(s)
    for ch in sorted(counts):
        if counts[ch] == 1:
            return s.index(ch)
    return -1
''',
        # only looks for a later copy, so a character that repeats earlier counts as unique
        '''def first_unique_char(s):
    for i, ch in enumerate(s):
        if s.find(ch, i + 1) == -1:
            return i
    return -1
''',
        # returns the character, not its index
        '''def first_unique_char(s):
    for ch in s:
        if s.count(ch) == 1:
            return ch
    return -1
''',
    ],
    "group_anagrams": [
        # a frozenset key merges "ab" with "aab"
        '''def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
''',
        # sorts the groups and the words inside them
        '''def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return sorted(sorted(group) for group in groups.values())
''',
        # drops repeated words
        '''def group_anagrams(words):
    groups = {}
    for word in dict.fromkeys(words):
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
''',
    ],
    "top_k_frequent": [
        # most_common breaks ties by first appearance, not by the smaller value
        '''from collections import Counter


def top_k_frequent(nums, k):
    return [value for value, _ in Counter(nums).most_common(k)]
''',
        # ties go to the larger value
        '''def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: (pair[1], pair[0]), reverse=True)
    return [value for value, _ in ranked[:k]]
''',
    ],
    "valid_parentheses": [
        # counts each bracket type but ignores the order
        '''def valid_parentheses(s):
    return all(s.count(o) == s.count(c) for o, c in ["()", "[]", "{}"])
''',
        # pops without checking that the stack is empty
        '''def valid_parentheses(s):
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in partner:
            if stack.pop() != partner[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
''',
        # forgets the openers left on the stack at the end
        '''def valid_parentheses(s):
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in partner:
            if not stack or stack.pop() != partner[ch]:
                return False
        else:
            stack.append(ch)
    return True
''',
    ],
    "is_palindrome_sentence": [
        # right answer, but builds a cleaned copy: O(n) extra memory
        '''def is_palindrome_sentence(s):
    cleaned = [ch.lower() for ch in s if ch.isalnum()]
    return cleaned == cleaned[::-1]
''',
        # two pointers, but case-sensitive
        '''def is_palindrome_sentence(s):
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalnum():
            left += 1
        elif not s[right].isalnum():
            right -= 1
        elif s[left] != s[right]:
            return False
        else:
            left += 1
            right -= 1
    return True
''',
        # skips digits as well as punctuation
        '''def is_palindrome_sentence(s):
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalpha():
            left += 1
        elif not s[right].isalpha():
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
''',
    ],
    "move_zeros": [
        # rebinds the parameter: the caller's list never changes
        '''def move_zeros(nums):
    nums = [x for x in nums if x != 0] + [0] * nums.count(0)
''',
        # removes while iterating, which skips the second of two adjacent zeros
        '''def move_zeros(nums):
    for x in nums:
        if x == 0:
            nums.remove(x)
            nums.append(0)
''',
        # in place for the caller, but builds a second list: O(n) extra memory
        '''def move_zeros(nums):
    nums[:] = [x for x in nums if x != 0] + [0] * nums.count(0)
''',
        # right result, but remove() rescans the list for every zero: O(n^2)
        '''def move_zeros(nums):
    for _ in range(nums.count(0)):
        nums.remove(0)
        nums.append(0)
''',
    ],
    "merge_sorted": [
        # sorts instead of merging
        '''def merge_sorted(a, b):
    return sorted(a + b)
''',
        # takes from b on ties: not stable
        '''def merge_sorted(a, b):
    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return merged + a[i:] + b[j:]
''',
        # pops from the front of the inputs, emptying the caller's lists
        '''def merge_sorted(a, b):
    merged = []
    while a and b:
        merged.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return merged + a + b
''',
        # forgets the tail of the list that is left over
        '''def merge_sorted(a, b):
    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return merged
''',
        # linear and stable, but heapq does the work
        '''import heapq


def merge_sorted(a, b):
    return list(heapq.merge(a, b))
''',
        # returns the other input itself when one list is empty
        '''def merge_sorted(a, b):
    if not a:
        return b
    if not b:
        return a
    merged = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(b[j])
            j += 1
    return merged + a[i:] + b[j:]
''',
    ],
    "longest_substring_without_repeat": [
        # counts distinct characters, as if any subsequence would do
        '''def longest_substring_without_repeat(s):
    return len(set(s))
''',
        # lets the left edge jump backwards ("abba")
        '''def longest_substring_without_repeat(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last_seen:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best
''',
        # off by one in the window length
        '''def longest_substring_without_repeat(s):
    last_seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        if last_seen.get(ch, -1) >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left)
    return best
''',
    ],
    "product_except_self": [
        # divides the total product, which the question forbids (and which breaks on zeros)
        '''def product_except_self(nums):
    total = 1
    for x in nums:
        total *= x
    return [total // x if x else 0 for x in nums]
''',
        # a fresh product for every position: right answer, O(n^2)
        '''import math


def product_except_self(nums):
    return [math.prod(nums[:i] + nums[i + 1:]) for i in range(len(nums))]
''',
        # the prefix includes nums[i] itself
        '''def product_except_self(nums):
    out = []
    running = 1
    for x in nums:
        running *= x
        out.append(running)
    running = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= running
        running *= nums[i]
    return out
''',
    ],
    "merge_intervals": [
        # forgets to sort by start first
        '''def merge_intervals(intervals):
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
''',
        # takes the new end instead of the larger end: [1, 10] then [2, 3] gives [1, 3]
        '''def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
''',
        # strict comparison: touching intervals stay apart
        '''def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
''',
        # sorts the caller's list and stretches the caller's own intervals
        '''def merge_intervals(intervals):
    intervals.sort()
    merged = []
    for interval in intervals:
        if merged and interval[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], interval[1])
        else:
            merged.append(interval)
    return merged
''',
    ],
}
