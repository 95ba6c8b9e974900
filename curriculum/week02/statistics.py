# %% [markdown]
# # Week 2 · Statistics and probability
#
# Twenty-two exercises for the statistics and probability round of the interview loop. They
# follow the order in which such a round usually climbs: probability puzzles with exact
# answers, classical hypothesis tests, confidence intervals, power and sample size for an
# A/B test, maximum-likelihood estimates, a Bayesian update and, to finish, the diagnostics
# you run before trusting a linear regression. Each teaching note names the trap that most
# often costs candidates the question; aim for about 15 minutes per exercise, and say your
# reasoning out loud as you would in the room.
#
# **How to answer.** Every answer cell holds a function whose first line (the `def` line)
# and one-line docstring are given. Keep both, replace `raise NotImplementedError()` with
# your code, and run the cell, then the test cell under it. NumPy (`np`), pandas (`pd`),
# `math`, `scipy.stats` (`stats`) and `matplotlib.pyplot` (`plt`) are imported for you; a
# question says so when a library function is off limits. Return plain numbers (a NumPy
# float is fine) and tuples exactly as the question describes; never round unless asked.
#
# **How grading works.** The test cell you can see runs a few small checks that point you
# in the right direction. The real grade (`autograde check week02/statistics.ipynb`, see
# the end of the notebook) adds hidden checks that compare your answers with independent
# references: closed forms, `scipy.stats`, numerical optimisation or integration, and
# simulations with a fixed seed. For exact quantities the tolerance is tight (about nine
# significant digits), so an approximation that "is close" still loses the points. A
# failed check says what is wrong with *your* output, never what the expected value is.

# %% nbgrader={"grade_id": "imports"}
import math

import matplotlib.pyplot as plt
from scipy import stats

from autograde.probes import expect_close, expect_not_used

# %% [markdown]
# ## Part A · Probability puzzles
#
# Interviewers like puzzles with a closed-form answer because they show whether you can
# turn a story into a probability model. Every answer below is an exact number; the hidden
# tests compute it a second way and also replay the story thousands of times with a seeded
# random generator, so an answer that is right "on average" but not exactly is caught, and
# so is an exact formula for the wrong story.
#
# ## 1. Shared birthdays
# *Complement rule, products of conditional probabilities*
#
# "At least two people share" has many ways to happen and one way to fail: everybody has a
# different birthday. Count the failure instead. The first person can have any day, the
# second must avoid one day, the third two days, and so on, so the chance that all `n`
# birthdays differ is a product of `n` factors. The usual slip is to treat the
# `n(n - 1) / 2` pairs as independent events (they are not: if A matches B and B matches C,
# then A matches C), which gives an approximation, not the answer. Another is to answer a
# different question: "someone shares *my* birthday" is far less likely. And with more
# people than days a match is certain.
#
# **Question.** Complete `def birthday_match_probability(n_people, n_days=365):` so that it
# returns, as a float, the probability that at least two of `n_people` people share a
# birthday when each birthday is independent and uniform over `n_days` days (ignore leap
# years). `n_people` is an integer `>= 0`; return `0.0` for 0 or 1 person and `1.0` when
# there are more people than days.

# %% nbgrader={"grade_id": "birthday_match_probability", "solution": true}
def birthday_match_probability(n_people, n_days=365):
    """Probability that at least two of n_people share a birthday (n_days equally likely days)."""
    ### BEGIN SOLUTION
    if n_people > n_days:
        return 1.0
    all_different = 1.0
    for already_taken in range(n_people):
        all_different *= (n_days - already_taken) / n_days
    return 1.0 - all_different
    ### END SOLUTION


# %% nbgrader={"grade_id": "birthday_match_probability_test", "grade": true, "points": 1}
expect_close(birthday_match_probability(1), 0.0, abs_=1e-12, what="birthday_match_probability(1) (one person alone)")
expect_close(birthday_match_probability(2), 1 / 365, what="birthday_match_probability(2)")
expect_close(birthday_match_probability(3, n_days=2), 1.0, what="birthday_match_probability(3, n_days=2)")
### BEGIN HIDDEN TESTS
from fractions import Fraction as _Fraction


def _exact_birthday(n, d):
    all_different = _Fraction(1)
    for i in range(n):
        all_different *= _Fraction(max(d - i, 0), d)
    return float(1 - all_different)


for _n, _d in [(0, 365), (3, 365), (10, 365), (22, 365), (23, 365), (41, 365), (57, 365),
               (100, 365), (365, 365), (366, 365), (500, 365), (3, 3), (4, 3), (5, 12), (8, 30)]:
    expect_close(birthday_match_probability(_n, _d), _exact_birthday(_n, _d), rel=1e-9, abs_=1e-12,
                 what=f"birthday_match_probability({_n}, {_d})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "birthday_match_probability_test_2", "grade": true, "points": 1}
# Hidden: your answer for 23 people is compared with 20,000 simulated rooms (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(20240201)
_rooms = np.sort(_rng.integers(0, 365, size=(20_000, 23)), axis=1)
_share = float((np.diff(_rooms, axis=1) == 0).any(axis=1).mean())
_se = math.sqrt(_share * (1 - _share) / 20_000)
_got = float(birthday_match_probability(23))
assert abs(_got - _share) < 4 * _se, (
    f"birthday_match_probability(23) = {_got:.4f} disagrees with 20,000 simulated rooms of 23 people "
    "by more than 4 standard errors: check which event you computed"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Newton's dice question
# *Binomial tails, "at least" versus "exactly"*
#
# The number of sixes among `n` fair dice is binomial with `p = 1/6`. "At least one six" is
# the complement of "no six", `1 - (5/6)^n` (not `n/6`, which passes 1 from the seventh die
# on). "At least `k`" is the upper tail `P(X >= k)`, the sum of the binomial probabilities
# from `k` to `n`. Library tail functions count differently: `scipy.stats.binom.sf(k, ...)`
# is `P(X > k)`, one term short of what you want. Samuel Pepys asked Newton which is likelier:
# at least one six with 6 dice, at least two with 12, or at least three with 18. Your
# function settles it.
#
# **Question.** Complete `def prob_at_least_k_sixes(n_dice, k):` so that it returns, as a
# float, the probability of rolling at least `k` sixes with `n_dice` fair six-sided dice.
# Both arguments are integers `>= 0`; at least 0 sixes is certain, and more sixes than dice
# is impossible.

# %% nbgrader={"grade_id": "prob_at_least_k_sixes", "solution": true}
def prob_at_least_k_sixes(n_dice, k):
    """Probability of at least k sixes when n_dice fair dice are rolled."""
    ### BEGIN SOLUTION
    if k <= 0:
        return 1.0
    if k > n_dice:
        return 0.0
    ways = sum(math.comb(n_dice, j) * 5 ** (n_dice - j) for j in range(k, n_dice + 1))
    return ways / 6 ** n_dice
    ### END SOLUTION


# %% nbgrader={"grade_id": "prob_at_least_k_sixes_test", "grade": true, "points": 1}
expect_close(prob_at_least_k_sixes(1, 1), 1 / 6, what="prob_at_least_k_sixes(1, 1)")
expect_close(prob_at_least_k_sixes(2, 1), 11 / 36, what="prob_at_least_k_sixes(2, 1)")
expect_close(prob_at_least_k_sixes(3, 4), 0.0, abs_=1e-12, what="prob_at_least_k_sixes(3, 4) (more sixes than dice)")
### BEGIN HIDDEN TESTS
for _n in range(0, 21):
    for _k in range(0, _n + 2):
        expect_close(prob_at_least_k_sixes(_n, _k), float(stats.binom.sf(_k - 1, _n, 1 / 6)), rel=1e-9, abs_=1e-13,
                     what=f"prob_at_least_k_sixes({_n}, {_k})")
_pepys = [float(prob_at_least_k_sixes(6 * _j, _j)) for _j in (1, 2, 3)]
assert _pepys[0] > _pepys[1] > _pepys[2], "Newton's ordering (6 dice, 12 dice, 18 dice) does not come out"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "prob_at_least_k_sixes_test_2", "grade": true, "points": 1}
# Hidden: compared with 30,000 simulated throws of 12 dice (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(1693)
_throws = _rng.integers(1, 7, size=(30_000, 12)) == 6
for _n, _k, _hit in [(6, 1, _throws[:, :6].sum(axis=1) >= 1), (12, 2, _throws.sum(axis=1) >= 2),
                     (12, 4, _throws.sum(axis=1) >= 4)]:
    _freq = float(_hit.mean())
    _got = float(prob_at_least_k_sixes(_n, _k))
    assert abs(_got - _freq) < 4 * math.sqrt(_freq * (1 - _freq) / 30_000), (
        f"prob_at_least_k_sixes({_n}, {_k}) = {_got:.4f} disagrees with 30,000 simulated throws "
        "by more than 4 standard errors"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 3. A positive test result
# *Bayes' rule, base rates*
#
# A test with 90% sensitivity (it flags 90% of sick people) and 92% specificity (it clears
# 92% of healthy people) sounds reliable, yet when only 1 person in 100 is sick most
# positives come from the much larger healthy group. Bayes' rule weighs the two ways of
# testing positive: `P(sick | +) = P(+ | sick) P(sick) / P(+)`, where `P(+)` adds the true
# positives and the false positives, and the false-positive rate is `1 - specificity`, not
# the specificity. In odds form: posterior odds = prior odds x likelihood ratio. A second
# positive result, independent of the first given the disease status, multiplies in the
# likelihood ratio again: update both sides of the fraction, not just the sick side.
#
# **Question.** Complete
# `def posterior_given_positive(prevalence, sensitivity, specificity, positives=1):` so that
# it returns, as a float, the probability that a person is sick after `positives`
# independent tests all came back positive (the results are independent given whether the
# person is sick). All three rates are strictly between 0 and 1; `positives >= 1`.

# %% nbgrader={"grade_id": "posterior_given_positive", "solution": true}
def posterior_given_positive(prevalence, sensitivity, specificity, positives=1):
    """P(sick | all of `positives` independent test results are positive)."""
    ### BEGIN SOLUTION
    sick_and_positive = prevalence * sensitivity ** positives
    healthy_and_positive = (1 - prevalence) * (1 - specificity) ** positives
    return sick_and_positive / (sick_and_positive + healthy_and_positive)
    ### END SOLUTION


# %% nbgrader={"grade_id": "posterior_given_positive_test", "grade": true, "points": 1}
expect_close(posterior_given_positive(0.5, 0.8, 0.8), 0.8, what="posterior_given_positive(0.5, 0.8, 0.8)")
assert posterior_given_positive(0.01, 0.9, 0.92) < 0.2, (
    "with 1% prevalence most positives are false alarms: the posterior should be far below the sensitivity"
)
### BEGIN HIDDEN TESTS
for _prev, _sens, _spec, _k in [(0.01, 0.9, 0.92, 1), (0.001, 0.99, 0.95, 1), (0.3, 0.7, 0.6, 1),
                                 (0.01, 0.9, 0.92, 2), (0.02, 0.85, 0.97, 3), (0.2, 0.6, 0.55, 4)]:
    _odds = _prev / (1 - _prev) * (_sens / (1 - _spec)) ** _k
    expect_close(posterior_given_positive(_prev, _sens, _spec, _k), _odds / (1 + _odds), rel=1e-9, abs_=1e-12,
                 what=f"posterior_given_positive({_prev}, {_sens}, {_spec}, {_k})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "posterior_given_positive_test_2", "grade": true, "points": 1}
# Hidden: compared with 100,000 simulated patients, each tested twice (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(31)
_prev, _sens, _spec = 0.05, 0.9, 0.92
_sick = _rng.random(100_000) < _prev
_u = _rng.random((100_000, 2))
_pos = np.where(_sick[:, None], _u < _sens, _u < 1 - _spec)
for _k, _group in [(1, _pos[:, 0]), (2, _pos.all(axis=1))]:
    _freq = float(_sick[_group].mean())
    _got = float(posterior_given_positive(_prev, _sens, _spec, _k))
    assert abs(_got - _freq) < 4 * math.sqrt(_freq * (1 - _freq) / _group.sum()), (
        f"posterior_given_positive({_prev}, {_sens}, {_spec}, {_k}) = {_got:.4f} disagrees with the share of "
        f"sick people among simulated patients with {_k} positive result(s)"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Waiting for a run of heads
# *First-step analysis, expected values*
#
# "How many tosses on average until two heads in a row?" The tempting answer, 4, treats the
# wait like waiting for a single event of probability 1/4, but the attempts overlap and a
# tail throws away the progress you had. First-step analysis gets it right: let `E_i` be
# the expected number of further tosses when the current streak has `i` heads. A head moves
# you to `i + 1`, a tail back to 0, so `E_i = 1 + p E_(i+1) + (1 - p) E_0`, with
# `E_k = 0`. Solve the little system (by hand, or notice the pattern) for `E_0`. Check your
# formula on `k = 1`: waiting for a single head takes `1/p` tosses on average.
#
# **Question.** Complete `def expected_tosses_until_run(run_length, p=0.5):` so that it
# returns, as a float, the expected number of tosses until `run_length` heads in a row
# first appear, when each toss is heads with probability `p` independently. `run_length`
# is an integer `>= 1` and `0 < p < 1`.

# %% nbgrader={"grade_id": "expected_tosses_until_run", "solution": true}
def expected_tosses_until_run(run_length, p=0.5):
    """Expected number of tosses until run_length heads in a row (P(heads) = p)."""
    ### BEGIN SOLUTION
    return (1 - p ** run_length) / ((1 - p) * p ** run_length)
    ### END SOLUTION


# %% nbgrader={"grade_id": "expected_tosses_until_run_test", "grade": true, "points": 2}
expect_close(expected_tosses_until_run(1), 2.0, what="expected_tosses_until_run(1)")
expect_close(expected_tosses_until_run(1, p=0.25), 4.0, what="expected_tosses_until_run(1, p=0.25)")
### BEGIN HIDDEN TESTS
def _markov_wait(k, p):
    system = np.eye(k)
    for i in range(k):
        system[i, 0] -= 1 - p
        if i + 1 < k:
            system[i, i + 1] -= p
    return float(np.linalg.solve(system, np.ones(k))[0])


for _k in range(1, 8):
    for _p in (0.5, 0.3, 0.75, 0.9):
        expect_close(expected_tosses_until_run(_k, _p), _markov_wait(_k, _p), rel=1e-9,
                     what=f"expected_tosses_until_run({_k}, {_p})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "expected_tosses_until_run_test_2", "grade": true, "points": 1}
# Hidden: compared with simulated coin-tossing sequences (fixed seed).
### BEGIN HIDDEN TESTS
def _simulated_waits(k, p, trials, rng):
    streak = np.zeros(trials, dtype=np.int64)
    tosses = np.zeros(trials, dtype=np.int64)
    active = np.arange(trials)
    while active.size:
        heads = rng.random(active.size) < p
        tosses[active] += 1
        streak[active] = np.where(heads, streak[active] + 1, 0)
        active = active[streak[active] < k]
    return tosses


_rng = np.random.default_rng(2)
for _k, _p, _trials in [(2, 0.5, 40_000), (3, 0.6, 20_000)]:
    _waits = _simulated_waits(_k, _p, _trials, _rng)
    _got = float(expected_tosses_until_run(_k, _p))
    assert abs(_got - _waits.mean()) < 4 * _waits.std() / math.sqrt(_trials), (
        f"expected_tosses_until_run({_k}, {_p}) = {_got:.3f} disagrees with the average wait over "
        f"{_trials:,} simulated sequences by more than 4 standard errors"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Collecting every card
# *Linearity of expectation, geometric waiting times*
#
# A shop puts one of `n` collectible cards, picked uniformly at random, in every order.
# Split the wait for the full set into stages: while you are missing `j` designs, each
# order brings a new one with probability `j / n`, so that stage lasts `n / j` orders on
# average (a geometric wait). Expectations add even though the stages have different
# lengths, which gives `n (1/1 + 1/2 + ... + 1/n)` from scratch. Starting with some designs
# in hand removes the *cheapest* stages (the early ones), not one order per card owned.
# `n ln n` is only the leading term of the growth, not the answer.
#
# **Question.** Complete `def expected_orders_to_collect(n_cards, already_have=0):` so that
# it returns, as a float, the expected number of further orders until you own all `n_cards`
# designs, when you already own `already_have` distinct designs
# (`0 <= already_have <= n_cards`, `n_cards >= 1`).

# %% nbgrader={"grade_id": "expected_orders_to_collect", "solution": true}
def expected_orders_to_collect(n_cards, already_have=0):
    """Expected number of further orders until all n_cards designs are owned."""
    ### BEGIN SOLUTION
    return float(sum(n_cards / missing for missing in range(1, n_cards - already_have + 1)))
    ### END SOLUTION


# %% nbgrader={"grade_id": "expected_orders_to_collect_test", "grade": true, "points": 1}
expect_close(expected_orders_to_collect(1), 1.0, what="expected_orders_to_collect(1)")
expect_close(expected_orders_to_collect(2), 3.0, what="expected_orders_to_collect(2)")
expect_close(expected_orders_to_collect(4, already_have=4), 0.0, what="expected_orders_to_collect(4, already_have=4)")
### BEGIN HIDDEN TESTS
from fractions import Fraction as _Fraction


def _inclusion_exclusion(n, m):
    # P(wait > t) = sum_j (-1)^(j+1) C(n-m, j) (1 - j/n)^t, summed over t >= 0
    missing = n - m
    return float(sum((-1) ** (j + 1) * math.comb(missing, j) * _Fraction(n, j) for j in range(1, missing + 1)))


for _n, _m in [(3, 0), (6, 0), (10, 0), (10, 3), (25, 0), (25, 24), (50, 10), (7, 7)]:
    expect_close(expected_orders_to_collect(_n, _m), _inclusion_exclusion(_n, _m), rel=1e-9, abs_=1e-12,
                 what=f"expected_orders_to_collect({_n}, {_m})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "expected_orders_to_collect_test_2", "grade": true, "points": 1}
# Hidden: compared with simulated collectors (fixed seed).
### BEGIN HIDDEN TESTS
def _simulated_orders(n, m, trials, rng):
    owned = np.full(trials, (1 << m) - 1, dtype=np.int64)
    orders = np.zeros(trials, dtype=np.int64)
    complete = (1 << n) - 1
    active = np.flatnonzero(owned != complete)
    while active.size:
        owned[active] |= np.left_shift(1, rng.integers(0, n, active.size))
        orders[active] += 1
        active = active[owned[active] != complete]
    return orders


_rng = np.random.default_rng(10)
for _n, _m in [(10, 0), (10, 3)]:
    _orders = _simulated_orders(_n, _m, 6_000, _rng)
    _got = float(expected_orders_to_collect(_n, _m))
    assert abs(_got - _orders.mean()) < 4 * _orders.std() / math.sqrt(6_000), (
        f"expected_orders_to_collect({_n}, {_m}) = {_got:.3f} disagrees with 6,000 simulated collectors "
        "by more than 4 standard errors"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · Hypothesis tests
#
# ## 6. Is the coin biased?
# *Exact binomial test, two-sided p-values*
#
# "How would you check whether a coin is biased?" is a favourite opener. Flip it `n` times
# and count heads; under the null hypothesis of a fair coin the count is
# `Binomial(n, 1/2)`. The p-value is the probability, computed under that null, of a result
# at least as extreme as the one observed, and "biased" has no direction, so extreme
# counts the other way count too: 8 heads in 10 flips is exactly as surprising as 2. The
# exact two-sided test adds up the probabilities of every outcome that is no more likely
# than the observed one; for a fair coin that is twice the smaller tail, except that the
# doubled tail can pass 1 when the count sits in the middle, and a p-value is a probability.
# The normal approximation is fine for large `n` but is not the exact test, and it is poor
# for a dozen flips. You may call `scipy.stats.binomtest`, but be ready to explain what it
# adds up.
#
# **Question.** Complete `def coin_bias_p_value(heads, flips):` so that it returns, as a
# float, the two-sided exact binomial test p-value of `heads` heads in `flips` flips against
# a fair coin. `flips >= 1` and `0 <= heads <= flips`.

# %% nbgrader={"grade_id": "coin_bias_p_value", "solution": true}
def coin_bias_p_value(heads, flips):
    """Two-sided exact binomial test p-value of `heads` heads in `flips` flips against a fair coin."""
    ### BEGIN SOLUTION
    distance = abs(2 * heads - flips)
    as_extreme = sum(math.comb(flips, j) for j in range(flips + 1) if abs(2 * j - flips) >= distance)
    return as_extreme / 2 ** flips
    ### END SOLUTION


# %% nbgrader={"grade_id": "coin_bias_p_value_test", "grade": true, "points": 2}
expect_close(coin_bias_p_value(10, 10), 2 / 2 ** 10, what="coin_bias_p_value(10, 10)")
assert 0 <= coin_bias_p_value(6, 10) <= 1, "a p-value is a probability: it must lie between 0 and 1"
### BEGIN HIDDEN TESTS
for _flips in (1, 2, 3, 4, 5, 10, 11, 17, 20, 33, 50, 100, 101):
    for _heads in range(_flips + 1):
        _got = float(coin_bias_p_value(_heads, _flips))
        assert _got <= 1 + 1e-12, f"coin_bias_p_value({_heads}, {_flips}) = {_got:.4f}: a p-value cannot exceed 1"
        expect_close(_got, float(stats.binomtest(_heads, _flips, 0.5).pvalue), rel=1e-9, abs_=1e-15,
                     what=f"coin_bias_p_value({_heads}, {_flips})")
_low, _high = float(coin_bias_p_value(3, 12)), float(coin_bias_p_value(9, 12))
assert abs(_low - _high) < 1e-12, (
    f"coin_bias_p_value(3, 12) = {_low:.4f} but coin_bias_p_value(9, 12) = {_high:.4f}: for a fair coin, "
    "3 heads and 9 heads are equally extreme, so the two-sided p-values must match"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "coin_bias_p_value_test_2", "grade": true, "points": 1}
# Hidden: compared with 200,000 simulated experiments of 20 flips of a fair coin (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(77)
_counts = _rng.binomial(20, 0.5, size=200_000)
for _heads in (15, 6, 17):
    _freq = float((np.abs(2 * _counts - 20) >= abs(2 * _heads - 20)).mean())
    _got = float(coin_bias_p_value(_heads, 20))
    assert abs(_got - _freq) < 4 * math.sqrt(_freq * (1 - _freq) / 200_000), (
        f"coin_bias_p_value({_heads}, 20) = {_got:.4f} disagrees with how often simulated fair coins land at "
        "least as far from 10 heads, in either direction"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 7. One-sample z-test
# *Standard error of the mean, known variance*
#
# When the population standard deviation `sigma` is known (a process with a long,
# stable history, say), the sample mean of `n` draws has standard error `sigma / sqrt(n)`,
# and `z = (mean - mu0) / (sigma / sqrt(n))` is standard normal under the null. Two things
# go wrong in practice: dividing by `sigma` instead of the standard error, and plugging in
# the sample's own standard deviation (that makes it a t-test, with a different
# distribution). The two-sided p-value counts both tails: `2 P(Z >= |z|)`.
#
# **Question.** Complete `def one_sample_z_test(sample, mu0, sigma):` so that it returns the
# tuple `(z, p_value)` (floats) of the two-sided z-test of `H0: mean = mu0` for the numbers
# in `sample` (a list or a 1-D array), with the known population standard deviation
# `sigma`.

# %% nbgrader={"grade_id": "one_sample_z_test", "solution": true}
def one_sample_z_test(sample, mu0, sigma):
    """Two-sided one-sample z-test with known sigma: (z, p_value)."""
    ### BEGIN SOLUTION
    values = np.asarray(sample, dtype=float)
    z = (values.mean() - mu0) / (sigma / math.sqrt(values.size))
    return float(z), float(2 * stats.norm.sf(abs(z)))
    ### END SOLUTION


# %% nbgrader={"grade_id": "one_sample_z_test_test", "grade": true, "points": 2}
_z, _p = one_sample_z_test([1, 3], 2, 1)
expect_close(_z, 0.0, what="z for a sample whose mean equals mu0")
expect_close(_p, 1.0, what="the p-value for a sample whose mean equals mu0")
expect_close(one_sample_z_test([3, 3, 3, 3], 2, 2)[0], 1.0, what="z for [3, 3, 3, 3], mu0=2, sigma=2")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(7)
for _n, _mu, _sigma, _mu0 in [(25, 10.3, 2.0, 10.0), (9, 100.0, 15.0, 110.0), (400, 0.02, 1.0, 0.0),
                              (5, 7.0, 0.5, 6.0)]:
    _sample = list(_rng.normal(_mu, _sigma * 3, _n))  # the sample's spread is NOT sigma
    _z_ref = (sum(_sample) / _n - _mu0) / (_sigma / math.sqrt(_n))
    _res = tuple(one_sample_z_test(_sample, _mu0, _sigma))
    assert len(_res) == 2, "one_sample_z_test should return a tuple (z, p_value)"
    expect_close(_res[0], _z_ref, rel=1e-9, what=f"z for a sample of {_n}")
    expect_close(_res[1], math.erfc(abs(_z_ref) / math.sqrt(2)), rel=1e-9, abs_=1e-15,
                 what=f"the two-sided p-value for a sample of {_n}")
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Welch's two-sample t-test
# *Unequal variances, Welch–Satterthwaite degrees of freedom*
#
# Comparing the means of two groups (basket sizes on two versions of a page, say) is the
# bread and butter of experimentation. Student's classic t-test pools the two variances and
# is only valid when they are equal; Welch's version does not assume that, and it is the
# safer default (R's `t.test` uses it unless told otherwise). Each group contributes
# `s^2 / n` to the squared standard error of the difference, with the sample variance
# (`n - 1` in the denominator). The reference distribution is a t with the
# Welch–Satterthwaite degrees of freedom
# `df = (v_a + v_b)^2 / (v_a^2 / (n_a - 1) + v_b^2 / (n_b - 1))`, where `v = s^2 / n`;
# in general it is not a whole number. Using `n_a + n_b - 2` with Welch's statistic mixes
# the two tests.
#
# **Question.** Complete `def welch_t_test(a, b):` so that it returns the tuple
# `(t, df, p_value)` (floats) of Welch's two-sided test of equal means, with
# `t = (mean(a) - mean(b)) / standard error`. Compute `t` and `df` yourself: do not call
# `scipy.stats.ttest_ind` (or `ttest_ind_from_stats`); `scipy.stats.t` for the tail
# probability is fine. Each group has at least 2 values.

# %% nbgrader={"grade_id": "welch_t_test", "solution": true}
def welch_t_test(a, b):
    """Welch's two-sided two-sample t-test: (t, df, p_value)."""
    ### BEGIN SOLUTION
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    var_a, var_b = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    t = (a.mean() - b.mean()) / math.sqrt(var_a + var_b)
    df = (var_a + var_b) ** 2 / (var_a ** 2 / (a.size - 1) + var_b ** 2 / (b.size - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
    ### END SOLUTION


# %% nbgrader={"grade_id": "welch_t_test_test", "grade": true, "points": 3}
_t, _df, _p = welch_t_test([1, 2, 3], [1, 2, 3])
expect_close(_t, 0.0, what="t for two identical samples")
expect_close(_df, 4.0, what="df for two samples of 3 with equal variances")
expect_close(_p, 1.0, what="the p-value for two identical samples")
### BEGIN HIDDEN TESTS
expect_not_used(welch_t_test, {"ttest_ind", "ttest_ind_from_stats"},
                "compute the statistic and its degrees of freedom yourself")
_rng = np.random.default_rng(8)
for _na, _nb, _sa, _sb, _shift in [(12, 30, 1.0, 4.0, 1.0), (5, 5, 2.0, 2.0, 0.5), (40, 8, 1.0, 0.3, -0.4),
                                   (200, 150, 3.0, 1.0, 0.2)]:
    _a = _rng.normal(_shift, _sa, _na)
    _b = list(_rng.normal(0.0, _sb, _nb))
    _ref = stats.ttest_ind(_a, _b, equal_var=False)
    _res = tuple(welch_t_test(_a, _b))
    assert len(_res) == 3, "welch_t_test should return a tuple (t, df, p_value)"
    expect_close(_res[0], float(_ref.statistic), rel=1e-9, what=f"t for groups of {_na} and {_nb}")
    expect_close(_res[1], float(_ref.df), rel=1e-9, what=f"df for groups of {_na} and {_nb}")
    expect_close(_res[2], float(_ref.pvalue), rel=1e-9, abs_=1e-15, what=f"the p-value for groups of {_na} and {_nb}")
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Chi-square test of independence
# *Contingency tables, expected counts, degrees of freedom*
#
# Is the chance to convert independent of the device? Put the counts in a table, rows for
# one variable and columns for the other. Under independence the expected count of a cell
# is `row total x column total / grand total`; Pearson's statistic sums
# `(observed - expected)^2 / expected` over all cells and is compared with a chi-square
# distribution with `(rows - 1) x (columns - 1)` degrees of freedom (once the margins are
# fixed, that many cells are free). Watch out for two things: `scipy.stats.chi2_contingency`
# quietly applies Yates' continuity correction to 2 x 2 tables unless told not to, which
# changes the statistic; and the degrees of freedom are not the number of cells minus one.
#
# **Question.** Complete `def chi_square_independence(table):` so that it returns the tuple
# `(chi2, dof, p_value)` of Pearson's chi-square test of independence, without continuity
# correction, for an `r x c` table of counts (a list of lists or a 2-D array, `r, c >= 2`,
# every row and column total positive). `chi2` and `p_value` are floats and `dof` an
# integer. Build it with NumPy: do not call `scipy.stats.chi2_contingency`;
# `scipy.stats.chi2` for the tail probability is fine.

# %% nbgrader={"grade_id": "chi_square_independence", "solution": true}
def chi_square_independence(table):
    """Pearson chi-square test of independence (no continuity correction): (chi2, dof, p_value)."""
    ### BEGIN SOLUTION
    observed = np.asarray(table, dtype=float)
    expected = observed.sum(axis=1, keepdims=True) * observed.sum(axis=0, keepdims=True) / observed.sum()
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    dof = (observed.shape[0] - 1) * (observed.shape[1] - 1)
    return chi2, dof, float(stats.chi2.sf(chi2, dof))
    ### END SOLUTION


# %% nbgrader={"grade_id": "chi_square_independence_test", "grade": true, "points": 3}
_chi2, _dof, _p = chi_square_independence([[10, 20], [30, 60]])
expect_close(_chi2, 0.0, abs_=1e-9, what="chi2 for a table whose rows are proportional")
assert _dof == 1, f"a 2 x 2 table has 1 degree of freedom, not {_dof}"
expect_close(_p, 1.0, abs_=1e-9, what="the p-value for a table whose rows are proportional")
### BEGIN HIDDEN TESTS
expect_not_used(chi_square_independence, {"chi2_contingency"}, "build the expected counts yourself")
_rng = np.random.default_rng(9)
_tables = [
    [[120, 80], [90, 110]],
    [[12, 5], [3, 9]],
    _rng.integers(5, 60, size=(3, 4)).tolist(),
    np.array([[30, 10, 5, 8, 2], [22, 14, 9, 3, 7]]),
    _rng.integers(1, 25, size=(5, 3)),
]
for _table in _tables:
    _ref = stats.chi2_contingency(_table, correction=False)
    _res = tuple(chi_square_independence(_table))
    _shape = np.asarray(_table).shape
    assert len(_res) == 3, "chi_square_independence should return a tuple (chi2, dof, p_value)"
    expect_close(_res[0], float(_ref.statistic), rel=1e-9, what=f"chi2 for a {_shape[0]} x {_shape[1]} table")
    assert _res[1] == _ref.dof, f"dof = {_res[1]} is wrong for a {_shape[0]} x {_shape[1]} table"
    expect_close(_res[2], float(_ref.pvalue), rel=1e-9, abs_=1e-15,
                 what=f"the p-value for a {_shape[0]} x {_shape[1]} table")
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Do Prime members place bigger orders?
# *Applying a test to real data: the unit of analysis*
#
# Back to the retail database (`con`, opened by the set-up cell). A product manager asks
# whether Prime members spend more per order than everyone else. Before running any test,
# decide what one observation is: the question is about *orders*, so each transaction is
# one value, `quantity * price`, and each group's mean is a mean over orders, not over
# customers (averaging per customer first answers a different question and weighs a
# one-order customer like a hundred-order one). Then compare the two groups with Welch's
# test, since there is no reason to expect equal variances. Whatever the p-value, be ready
# to say what it does and does not show; in particular, orders from the same customer are
# not independent, which makes the nominal p-value optimistic.
#
# **Question.** Complete `def prime_order_value_test():` so that it returns a dict with the
# keys `n_prime` and `n_other` (the numbers of orders by Prime members and by everyone
# else), `prime_mean` and `other_mean` (the mean order value of each group, in dollars,
# not rounded), and `t` and `p_value` of Welch's two-sided t-test, with `t` positive when
# Prime orders are larger on average. Use every transaction in the database. Any tool is
# fine here, `con.sql(...).df()` and `scipy.stats.ttest_ind` included.

# %% nbgrader={"grade_id": "prime_order_value_test", "solution": true}
def prime_order_value_test():
    """Welch's t-test of order value (quantity * price), Prime members' orders against everyone else's."""
    ### BEGIN SOLUTION
    orders = con.sql(
        """
        SELECT u.is_prime, t.quantity * p.price AS order_value
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        JOIN products AS p ON p.product_id = t.product_id
        """
    ).df()
    prime = orders.loc[orders["is_prime"], "order_value"].to_numpy(dtype=float)
    other = orders.loc[~orders["is_prime"], "order_value"].to_numpy(dtype=float)
    result = stats.ttest_ind(prime, other, equal_var=False)
    return {
        "n_prime": len(prime),
        "n_other": len(other),
        "prime_mean": float(prime.mean()),
        "other_mean": float(other.mean()),
        "t": float(result.statistic),
        "p_value": float(result.pvalue),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "prime_order_value_test_test", "grade": true, "points": 2}
_result = prime_order_value_test()
assert isinstance(_result, dict), "prime_order_value_test should return a dict"
_missing = {"n_prime", "n_other", "prime_mean", "other_mean", "t", "p_value"} - set(_result)
assert not _missing, f"the dict misses the key(s) {sorted(_missing)}"
assert 0 <= _result["p_value"] <= 1, "p_value must lie between 0 and 1"
### BEGIN HIDDEN TESTS
from autograde.notebook import reference_cursor as _reference_cursor

_cursor = _reference_cursor()
try:
    _orders = _cursor.sql(
        "SELECT u.is_prime AS prime, t.quantity * p.price AS value FROM transactions AS t "
        "JOIN users AS u USING (user_id) JOIN products AS p USING (product_id)"
    ).df()
    _prime_users = _cursor.sql("SELECT count(*) FROM users WHERE is_prime").fetchall()[0][0]
finally:
    _cursor.close()
_prime = _orders["value"][_orders["prime"]].to_numpy(dtype=float)
_other = _orders["value"][~_orders["prime"]].to_numpy(dtype=float)
assert _result["n_prime"] != _prime_users, (
    "n_prime equals the number of Prime customers: the question counts orders, not customers"
)
assert _result["n_prime"] == len(_prime) and _result["n_other"] == len(_other), (
    f"n_prime = {_result['n_prime']} and n_other = {_result['n_other']}: each transaction is one order, "
    "and every transaction belongs to exactly one of the two groups"
)
expect_close(_result["prime_mean"], float(_prime.mean()), rel=1e-9, what="prime_mean")
expect_close(_result["other_mean"], float(_other.mean()), rel=1e-9, what="other_mean")
_ref = stats.ttest_ind(_prime, _other, equal_var=False)
expect_close(_result["t"], float(_ref.statistic), rel=1e-7, what="t (Welch, Prime minus others)")
expect_close(_result["p_value"], float(_ref.pvalue), rel=1e-7, what="p_value")
### END HIDDEN TESTS

# %% [markdown]
# ## Part C · Confidence intervals, power and sample size
#
# ## 11. A confidence interval for a mean
# *t versus z, the standard error*
#
# With the population standard deviation unknown, estimate it from the sample (with
# `n - 1`) and use the t distribution with `n - 1` degrees of freedom:
# `mean ± t_(1 - alpha/2, n - 1) * s / sqrt(n)`. Using 1.96 from the normal distribution
# instead makes the interval too narrow for small samples; with 5 observations a "95%"
# z-interval covers the true mean only about 88% of the time. The confidence level is a
# property of the procedure (how often intervals built this way cover the truth), not a
# 95% chance that this particular interval contains the mean.
#
# **Question.** Complete `def mean_confidence_interval(sample, confidence=0.95):` so that it
# returns the tuple `(low, high)` (floats) of the two-sided t confidence interval for the
# population mean at the given confidence level. `sample` holds at least 2 numbers.

# %% nbgrader={"grade_id": "mean_confidence_interval", "solution": true}
def mean_confidence_interval(sample, confidence=0.95):
    """Two-sided t confidence interval for the population mean: (low, high)."""
    ### BEGIN SOLUTION
    values = np.asarray(sample, dtype=float)
    n = values.size
    half_width = stats.t.ppf((1 + confidence) / 2, n - 1) * values.std(ddof=1) / math.sqrt(n)
    return float(values.mean() - half_width), float(values.mean() + half_width)
    ### END SOLUTION


# %% nbgrader={"grade_id": "mean_confidence_interval_test", "grade": true, "points": 1}
_low, _high = mean_confidence_interval([4, 6])
expect_close((_low + _high) / 2, 5.0, what="the centre of the interval for [4, 6]")
assert _low < 5 < _high, "the interval should contain the sample mean"
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(11)
for _n, _conf in [(2, 0.95), (5, 0.95), (5, 0.9), (30, 0.99), (200, 0.95)]:
    _sample = _rng.normal(50, 12, _n)
    _ref = stats.t.interval(_conf, _n - 1, loc=_sample.mean(), scale=stats.sem(_sample))
    _res = tuple(mean_confidence_interval(list(_sample), _conf))
    assert len(_res) == 2, "mean_confidence_interval should return a tuple (low, high)"
    expect_close(_res, [float(v) for v in _ref], rel=1e-9, what=f"the {_conf:.0%} interval for a sample of {_n}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "mean_confidence_interval_test_2", "grade": true, "points": 1}
# Hidden: the coverage of your 95% intervals over 2,000 simulated samples of 5 (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(12)
_samples = _rng.normal(10.0, 3.0, size=(2_000, 5))
_covered = 0
for _row in _samples:
    _low, _high = mean_confidence_interval(_row, 0.95)
    _covered += _low <= 10.0 <= _high
_coverage = _covered / 2_000
assert abs(_coverage - 0.95) < 4 * math.sqrt(0.95 * 0.05 / 2_000), (
    f"your 95% intervals covered the true mean in {_coverage:.1%} of 2,000 simulated samples of 5 "
    "normal values: the procedure does not have the coverage it claims"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. A confidence interval for a conversion rate
# *Wilson score interval versus the Wald interval*
#
# The textbook ("Wald") interval `p_hat ± z sqrt(p_hat (1 - p_hat) / n)` behaves badly
# when the rate is near 0 or 1 or when `n` is small: with 0 conversions out of 20 it claims
# the rate is exactly 0, with zero width, and its real coverage falls well below the label.
# The Wilson interval inverts the score test instead: it keeps every `p` for which
# `(p_hat - p)^2 <= z^2 p (1 - p) / n`, using the variance at the candidate `p` rather than
# at `p_hat`. Solving that quadratic inequality gives the centre
# `(p_hat + z^2 / (2n)) / (1 + z^2 / n)` (pulled towards 1/2) and the half-width
# `z / (1 + z^2 / n) * sqrt(p_hat (1 - p_hat) / n + z^2 / (4 n^2))`. Here `z` is the
# two-sided quantile: 1.96 for 95%, not the 1.645 of a one-sided test.
#
# **Question.** Complete `def wilson_interval(successes, n, confidence=0.95):` so that it
# returns the tuple `(low, high)` (floats) of the Wilson score interval, without continuity
# correction, for `successes` out of `n` trials (`n >= 1`, `0 <= successes <= n`).

# %% nbgrader={"grade_id": "wilson_interval", "solution": true}
def wilson_interval(successes, n, confidence=0.95):
    """Wilson score interval (no continuity correction) for a binomial proportion: (low, high)."""
    ### BEGIN SOLUTION
    z = stats.norm.ppf((1 + confidence) / 2)
    p_hat = successes / n
    shrink = 1 + z * z / n
    centre = (p_hat + z * z / (2 * n)) / shrink
    half_width = z / shrink * math.sqrt(p_hat * (1 - p_hat) / n + z * z / (4 * n * n))
    return float(centre - half_width), float(centre + half_width)
    ### END SOLUTION


# %% nbgrader={"grade_id": "wilson_interval_test", "grade": true, "points": 2}
_low, _high = wilson_interval(3, 10)
assert 0 <= _low < 0.3 < _high <= 1, "the interval should contain 3/10 and stay inside [0, 1]"
_low, _high = wilson_interval(0, 20)
assert _high > 0.05, "with 0 successes out of 20, the interval should still allow a rate of several percent"
### BEGIN HIDDEN TESTS
def _score_test_interval(s, n, conf):
    z = stats.norm.ppf((1 + conf) / 2)
    p_hat = s / n
    # every p with (p_hat - p)^2 <= z^2 p (1 - p) / n: the roots of a quadratic in p
    roots = np.sort(np.roots([1 + z * z / n, -(2 * p_hat + z * z / n), p_hat * p_hat]).real)
    return float(roots[0]), float(roots[1])


for _s, _n, _conf in [(0, 10, 0.95), (10, 10, 0.95), (1, 10, 0.95), (3, 10, 0.9), (45, 100, 0.95),
                      (550, 1000, 0.99), (2, 300, 0.95), (0, 1, 0.8)]:
    _res = tuple(wilson_interval(_s, _n, _conf))
    assert len(_res) == 2, "wilson_interval should return a tuple (low, high)"
    expect_close(_res, _score_test_interval(_s, _n, _conf), rel=1e-9, abs_=1e-10,
                 what=f"wilson_interval({_s}, {_n}, {_conf})")
### END HIDDEN TESTS

# %% [markdown]
# ## 13. Power of an A/B test on conversion
# *Power, the two-proportion z-test*
#
# Power is the probability that the test rejects the null when a given true difference
# exists. For the two-sided pooled two-proportion z-test with `n` users per arm, true rates
# `p1` and `p2` and significance level `alpha`, the standard normal approximation is
#
# `power = Phi((|p1 - p2| - z_(1 - alpha/2) * SE0) / SE1)`, where
# `SE0 = sqrt(2 p_bar (1 - p_bar) / n)` with `p_bar = (p1 + p2) / 2` (the spread of the
# difference when the null holds) and `SE1 = sqrt((p1 (1 - p1) + p2 (1 - p2)) / n)` (its
# spread under the alternative). It ignores the negligible chance of rejecting in the wrong
# direction. The classic slip is to take the one-sided quantile (1.645 instead of 1.96 at
# 5%), which flatters the power; another is to use one standard error for both
# hypotheses.
#
# **Question.** Complete `def two_proportion_power(p1, p2, n_per_group, alpha=0.05):` so
# that it returns, as a float, the approximate power given by the formula above
# (`0 < p1, p2 < 1`, `p1 != p2`, `n_per_group >= 1`).

# %% nbgrader={"grade_id": "two_proportion_power", "solution": true}
def two_proportion_power(p1, p2, n_per_group, alpha=0.05):
    """Approximate power of the two-sided pooled two-proportion z-test with n_per_group users per arm."""
    ### BEGIN SOLUTION
    p_bar = (p1 + p2) / 2
    se_null = math.sqrt(2 * p_bar * (1 - p_bar) / n_per_group)
    se_alt = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n_per_group)
    z_alpha = stats.norm.ppf(1 - alpha / 2)
    return float(stats.norm.cdf((abs(p1 - p2) - z_alpha * se_null) / se_alt))
    ### END SOLUTION


# %% nbgrader={"grade_id": "two_proportion_power_test", "grade": true, "points": 1}
assert 0 < two_proportion_power(0.10, 0.12, 1000) < 1, "power is a probability"
assert two_proportion_power(0.10, 0.12, 4000) > two_proportion_power(0.10, 0.12, 1000), (
    "more users per arm should give more power"
)
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist

_std_normal = _NormalDist()


def _power(p1, p2, n, alpha):
    spread_null = (2 * (p1 + p2) / 2 * (1 - (p1 + p2) / 2) / n) ** 0.5
    spread_alt = ((p1 * (1 - p1) + p2 * (1 - p2)) / n) ** 0.5
    return _std_normal.cdf((abs(p2 - p1) - _std_normal.inv_cdf(1 - alpha / 2) * spread_null) / spread_alt)


for _p1, _p2, _n, _alpha in [(0.10, 0.12, 3000, 0.05), (0.12, 0.10, 3000, 0.05), (0.05, 0.06, 10000, 0.05),
                             (0.3, 0.25, 500, 0.01), (0.5, 0.52, 20000, 0.1), (0.02, 0.03, 800, 0.05)]:
    expect_close(two_proportion_power(_p1, _p2, _n, _alpha), _power(_p1, _p2, _n, _alpha), rel=1e-9,
                 what=f"two_proportion_power({_p1}, {_p2}, {_n}, {_alpha})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "two_proportion_power_test_2", "grade": true, "points": 1}
# Hidden: compared with 100,000 simulated A/B tests analysed with the pooled z-test (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(13)
_p1, _p2, _n = 0.10, 0.12, 3000
_x1 = _rng.binomial(_n, _p1, 100_000)
_x2 = _rng.binomial(_n, _p2, 100_000)
_pooled = (_x1 + _x2) / (2 * _n)
_zs = (_x2 - _x1) / _n / np.sqrt(2 * _pooled * (1 - _pooled) / _n)
_rejected = float((np.abs(_zs) > stats.norm.ppf(0.975)).mean())
_got = float(two_proportion_power(_p1, _p2, _n))
assert abs(_got - _rejected) < 0.015, (
    f"two_proportion_power({_p1}, {_p2}, {_n}) = {_got:.3f}, but the simulated two-sided tests rejected "
    "at a clearly different rate"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 14. How many users does the experiment need?
# *Sample size, rounding up*
#
# Turn the power formula around: the smallest `n` per arm that reaches the target power
# solves `|p1 - p2| sqrt(n) = z_(1 - alpha/2) sqrt(2 p_bar (1 - p_bar)) + z_power sqrt(p1 (1 - p1) + p2 (1 - p2))`,
# where `z_power` is the standard normal quantile of the target power (0.84 for 80%). The
# result is rarely a whole number, and a fraction of a user cannot be recruited: round
# *up*, because rounding down leaves the test just short of the power you promised.
# Rules of thumb such as `n = 16 p (1 - p) / delta^2` are fine for a back-of-the-envelope
# answer but are not this formula. Note how the size explodes as the difference shrinks:
# halving the detectable lift roughly quadruples the sample.
#
# **Question.** Complete `def two_proportion_sample_size(p1, p2, alpha=0.05, power=0.8):` so
# that it returns, as an `int`, the smallest number of users per arm for which the power
# formula of exercise 13 reaches at least `power`.

# %% nbgrader={"grade_id": "two_proportion_sample_size", "solution": true}
def two_proportion_sample_size(p1, p2, alpha=0.05, power=0.8):
    """Smallest number of users per arm for which the two-proportion power formula reaches `power`."""
    ### BEGIN SOLUTION
    p_bar = (p1 + p2) / 2
    z_alpha = stats.norm.ppf(1 - alpha / 2)
    z_power = stats.norm.ppf(power)
    spread = z_alpha * math.sqrt(2 * p_bar * (1 - p_bar)) + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil((spread / abs(p1 - p2)) ** 2)
    ### END SOLUTION


# %% nbgrader={"grade_id": "two_proportion_sample_size_test", "grade": true, "points": 2}
_n = two_proportion_sample_size(0.10, 0.12)
assert isinstance(_n, (int, np.integer)), f"the sample size should be an int, not {type(_n).__name__}"
assert two_proportion_sample_size(0.10, 0.11) > _n, "a smaller difference should need more users"
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist

_std_normal = _NormalDist()


def _power(p1, p2, n, alpha):
    spread_null = (2 * (p1 + p2) / 2 * (1 - (p1 + p2) / 2) / n) ** 0.5
    spread_alt = ((p1 * (1 - p1) + p2 * (1 - p2)) / n) ** 0.5
    return _std_normal.cdf((abs(p2 - p1) - _std_normal.inv_cdf(1 - alpha / 2) * spread_null) / spread_alt)


def _smallest_n(p1, p2, alpha, target):
    high = 1
    while _power(p1, p2, high, alpha) < target:
        high *= 2
    low = 0  # power(low) < target (or low == 0)
    while high - low > 1:
        middle = (low + high) // 2
        if _power(p1, p2, middle, alpha) >= target:
            high = middle
        else:
            low = middle
    return high


for _p1, _p2, _alpha, _target in [(0.10, 0.12, 0.05, 0.8), (0.12, 0.10, 0.05, 0.8), (0.05, 0.06, 0.05, 0.8),
                                  (0.3, 0.25, 0.01, 0.9), (0.5, 0.55, 0.1, 0.95), (0.02, 0.025, 0.05, 0.8)]:
    _got = two_proportion_sample_size(_p1, _p2, _alpha, _target)
    _want = _smallest_n(_p1, _p2, _alpha, _target)
    assert isinstance(_got, (int, np.integer)), "the sample size should be an int"
    assert _got >= _want, (
        f"two_proportion_sample_size({_p1}, {_p2}, {_alpha}, {_target}) = {_got}: with that many users per arm "
        "the power formula stays below the target"
    )
    assert _got == _want, (
        f"two_proportion_sample_size({_p1}, {_p2}, {_alpha}, {_target}) = {_got} is not the smallest size "
        "that reaches the target power"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "two_proportion_sample_size_test_2", "grade": true, "points": 1}
# Hidden: 100,000 simulated A/B tests of your size should reject about 80% of the time (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(14)
_p1, _p2 = 0.10, 0.12
_n = int(two_proportion_sample_size(_p1, _p2))
_x1 = _rng.binomial(_n, _p1, 100_000)
_x2 = _rng.binomial(_n, _p2, 100_000)
_pooled = (_x1 + _x2) / (2 * _n)
_zs = (_x2 - _x1) / _n / np.sqrt(2 * _pooled * (1 - _pooled) / _n)
_rejected = float((np.abs(_zs) > stats.norm.ppf(0.975)).mean())
assert abs(_rejected - 0.8) < 0.015, (
    f"with {_n} users per arm, simulated tests rejected {_rejected:.1%} of the time instead of about 80%"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part D · Maximum likelihood
#
# The recipe is always the same: write the log-likelihood of the whole sample, differentiate
# with respect to the parameter, set the derivative to zero and check it is a maximum. The
# curvature of the log-likelihood at the maximum (the observed information) gives the
# standard error: `se = 1 / sqrt(-l''(theta_hat))`. The hidden tests maximise your
# likelihood numerically and measure its curvature by finite differences, so the closed
# forms you derive have to agree with the numbers.
#
# ## 15. Exponential waiting times
# *MLE of a rate, rate versus scale*
#
# Times between orders at a warehouse are modelled as exponential with rate `lambda`
# (density `lambda e^(-lambda x)`). The log-likelihood of `n` waits is
# `n log(lambda) - lambda * sum(x)`; setting its derivative `n / lambda - sum(x)` to zero
# gives the estimate. Two traps: returning the mean wait, which estimates the *scale*
# `1 / lambda`, not the rate (SciPy's `expon` is parametrised by the scale); and
# `scipy.stats.expon.fit` also fits a location shift unless you fix `floc=0`, which is not
# the one-parameter model. `(n - 1) / sum(x)` is unbiased, but it is not the MLE.
#
# **Question.** Complete `def exponential_rate_mle(waits):` so that it returns, as a float,
# the maximum-likelihood estimate of the rate from the positive numbers in `waits` (a list
# or 1-D array).

# %% nbgrader={"grade_id": "exponential_rate_mle", "solution": true}
def exponential_rate_mle(waits):
    """Maximum-likelihood estimate of the rate lambda of an exponential distribution."""
    ### BEGIN SOLUTION
    values = np.asarray(waits, dtype=float)
    return float(values.size / values.sum())
    ### END SOLUTION


# %% nbgrader={"grade_id": "exponential_rate_mle_test", "grade": true, "points": 2}
expect_close(exponential_rate_mle([1, 3]), 0.5, what="exponential_rate_mle([1, 3])")
### BEGIN HIDDEN TESTS
from scipy.optimize import minimize_scalar as _minimize_scalar

_rng = np.random.default_rng(15)
for _rate, _n in [(2.5, 50), (0.1, 12), (7.0, 3)]:
    _waits = _rng.exponential(1 / _rate, _n)
    _best = _minimize_scalar(lambda lam: -(_n * math.log(lam) - lam * _waits.sum()),
                             bounds=(1e-6, 1e3), method="bounded", options={"xatol": 1e-12})
    expect_close(exponential_rate_mle(list(_waits)), float(_best.x), rel=1e-6,
                 what=f"the estimated rate for {_n} waits")
    expect_close(exponential_rate_mle(_waits), 1 / float(stats.expon.fit(_waits, floc=0)[1]), rel=1e-9,
                 what=f"the estimated rate for {_n} waits")
### END HIDDEN TESTS

# %% [markdown]
# ## 16. Returns per day, from a frequency table
# *MLE of a Poisson mean from grouped data*
#
# The number of returns a store handles per day is modelled as Poisson with mean `lambda`.
# For raw daily counts `x_1..x_n` the log-likelihood `sum(x) log(lambda) - n lambda` (plus a
# constant) peaks at the sample mean. But the data often arrives as a frequency table:
# `days_with_k[k]` is the number of days on which exactly `k` returns happened. Each entry
# is a number of days, not a number of returns, so averaging the entries of the table (or
# dividing by its length) estimates nothing. Rebuild the two sums the likelihood needs: the
# total number of returns, `sum over k of k * days_with_k[k]`, and the number of days.
#
# **Question.** Complete `def poisson_rate_from_histogram(days_with_k):` so that it returns,
# as a float, the maximum-likelihood estimate of the Poisson mean, where `days_with_k` is a
# list or 1-D array of non-negative integers with a positive total.

# %% nbgrader={"grade_id": "poisson_rate_from_histogram", "solution": true}
def poisson_rate_from_histogram(days_with_k):
    """MLE of a Poisson mean when days_with_k[k] is the number of days with exactly k events."""
    ### BEGIN SOLUTION
    days = np.asarray(days_with_k, dtype=float)
    return float((np.arange(days.size) * days).sum() / days.sum())
    ### END SOLUTION


# %% nbgrader={"grade_id": "poisson_rate_from_histogram_test", "grade": true, "points": 2}
expect_close(poisson_rate_from_histogram([0, 5]), 1.0,
             what="poisson_rate_from_histogram([0, 5]) (five days, one return each)")
expect_close(poisson_rate_from_histogram([2, 0, 2]), 1.0, what="poisson_rate_from_histogram([2, 0, 2])")
### BEGIN HIDDEN TESTS
from scipy.optimize import minimize_scalar as _minimize_scalar

_rng = np.random.default_rng(16)
for _mean, _days in [(3.2, 500), (0.4, 60), (11.0, 90)]:
    _raw = _rng.poisson(_mean, _days)
    _table = np.bincount(_raw)
    expect_close(poisson_rate_from_histogram(list(_table)), float(_raw.mean()), rel=1e-9,
                 what=f"the estimate from a table of {_days} days")
    _k = np.arange(_table.size)
    _best = _minimize_scalar(lambda lam: -float((_table * (_k * math.log(lam) - lam)).sum()),
                             bounds=(1e-6, 100), method="bounded", options={"xatol": 1e-12})
    expect_close(poisson_rate_from_histogram(_table), float(_best.x), rel=1e-6,
                 what=f"the estimate from a table of {_days} days")
expect_close(poisson_rate_from_histogram([0, 0, 0, 4]), 3.0, what="poisson_rate_from_histogram([0, 0, 0, 4])")
### END HIDDEN TESTS

# %% [markdown]
# ## 17. A conversion rate and its standard error
# *Bernoulli MLE, Fisher information*
#
# For 0/1 outcomes with `s` ones among `n`, the log-likelihood is
# `s log p + (n - s) log(1 - p)`; it peaks at `p_hat = s / n`. Its second derivative at the
# peak is `-n / (p_hat (1 - p_hat))`, so the standard error is
# `sqrt(p_hat (1 - p_hat) / n)`. Easy to garble: the square root goes over the whole
# fraction (`sqrt(p (1 - p)) / n` is far too small), and `np.std(outcomes, ddof=1)` divides
# by `n - 1`, which is not the MLE-based answer. When every outcome is 0 (or every one is
# 1) the formula gives a standard error of 0: the data carries no information about the
# spread, which is one more reason to prefer a Wilson interval in that case.
#
# **Question.** Complete `def bernoulli_mle_with_se(outcomes):` so that it returns the tuple
# `(p_hat, se)` (floats): the MLE of `p` and its standard error `sqrt(p_hat (1 - p_hat) / n)`,
# for a non-empty list or 1-D array of 0/1 values.

# %% nbgrader={"grade_id": "bernoulli_mle_with_se", "solution": true}
def bernoulli_mle_with_se(outcomes):
    """MLE of p from 0/1 outcomes and its standard error from the Fisher information: (p_hat, se)."""
    ### BEGIN SOLUTION
    values = np.asarray(outcomes, dtype=float)
    p_hat = values.mean()
    return float(p_hat), float(math.sqrt(p_hat * (1 - p_hat) / values.size))
    ### END SOLUTION


# %% nbgrader={"grade_id": "bernoulli_mle_with_se_test", "grade": true, "points": 1}
_p_hat, _se = bernoulli_mle_with_se([1, 0, 1, 0])
expect_close(_p_hat, 0.5, what="p_hat for [1, 0, 1, 0]")
expect_close(_se, 0.25, what="se for [1, 0, 1, 0]")
### BEGIN HIDDEN TESTS
def _curvature_se(s, n, p, h=1e-5):
    def loglik(q):
        return s * math.log(q) + (n - s) * math.log(1 - q)
    second = (loglik(p + h) - 2 * loglik(p) + loglik(p - h)) / (h * h)
    return 1 / math.sqrt(-second)


_rng = np.random.default_rng(17)
for _p, _n in [(0.3, 400), (0.05, 1000), (0.5, 7), (0.9, 50)]:
    _x = (_rng.random(_n) < _p).astype(int)
    _s = int(_x.sum())
    _res = tuple(bernoulli_mle_with_se(list(_x)))
    assert len(_res) == 2, "bernoulli_mle_with_se should return a tuple (p_hat, se)"
    expect_close(_res[0], _s / _n, rel=1e-12, what=f"p_hat for {_n} outcomes")
    expect_close(_res[1], _curvature_se(_s, _n, _s / _n), rel=1e-5, what=f"se for {_n} outcomes")
_res = tuple(bernoulli_mle_with_se(np.zeros(12, dtype=int)))
expect_close(_res, (0.0, 0.0), abs_=1e-15, what="(p_hat, se) when every outcome is 0")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bernoulli_mle_with_se_test_2", "grade": true, "points": 1}
# Hidden: your standard errors against the spread of p_hat over 500 simulated samples (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(18)
_samples = (_rng.random((500, 400)) < 0.3).astype(int)
_estimates, _ses = zip(*(bernoulli_mle_with_se(_row) for _row in _samples))
_spread = float(np.std(_estimates, ddof=1))
_typical_se = float(np.mean(_ses))
assert abs(_typical_se / _spread - 1) < 0.15, (
    f"your standard errors average {_typical_se:.4f}, but p_hat varies by {_spread:.4f} (sd) across 500 "
    "simulated samples of 400: a standard error should measure that spread"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part E · A Bayesian update
#
# ## 18. Beta-Binomial posterior for a conversion rate
# *Conjugate prior, posterior mean, credible interval*
#
# With a `Beta(a, b)` prior on a conversion rate `p` and `s` conversions among `n`
# visitors, the posterior is proportional to `p^(a - 1) (1 - p)^(b - 1) * p^s (1 - p)^(n - s)`,
# which is again a Beta: `Beta(a + s, b + n - s)`. Think of `a` and `b` as pseudo-counts of
# conversions and non-conversions seen before the data: the second parameter grows by the
# *failures*, not by the number of trials. The posterior mean `(a + s) / (a + b + n)` sits
# between the prior mean and `s / n`. An equal-tailed 95% credible interval cuts 2.5% of
# posterior probability from each end (the Beta quantiles), and unlike a confidence
# interval it does say "p is in here with probability 95%", given the prior. A normal
# approximation around the mean can spill outside [0, 1] for small counts.
#
# **Question.** Complete
# `def beta_binomial_posterior(successes, trials, prior_a=1.0, prior_b=1.0, level=0.95):`
# so that it returns the tuple `(mean, low, high)` (floats): the posterior mean of `p` and
# the equal-tailed credible interval at the given level, under a `Beta(prior_a, prior_b)`
# prior (`prior_a, prior_b > 0`, `0 <= successes <= trials`).

# %% nbgrader={"grade_id": "beta_binomial_posterior", "solution": true}
def beta_binomial_posterior(successes, trials, prior_a=1.0, prior_b=1.0, level=0.95):
    """Posterior mean and equal-tailed credible interval of p under a Beta prior: (mean, low, high)."""
    ### BEGIN SOLUTION
    a = prior_a + successes
    b = prior_b + trials - successes
    tail = (1 - level) / 2
    return float(a / (a + b)), float(stats.beta.ppf(tail, a, b)), float(stats.beta.ppf(1 - tail, a, b))
    ### END SOLUTION


# %% nbgrader={"grade_id": "beta_binomial_posterior_test", "grade": true, "points": 2}
_mean, _low, _high = beta_binomial_posterior(0, 0)
expect_close(_mean, 0.5, what="the posterior mean with no data and a uniform prior")
expect_close((_low, _high), (0.025, 0.975), what="the 95% interval with no data and a uniform prior")
### BEGIN HIDDEN TESTS
from scipy.integrate import quad as _quad
from scipy.optimize import brentq as _brentq


def _numeric_posterior(s, n, a, b, level):
    # prior x likelihood, normalised by numerical integration (no conjugacy used)
    def log_kernel(p):
        return (a - 1 + s) * math.log(p) + (b - 1 + n - s) * math.log1p(-p)

    peak = max(log_kernel(q) for q in np.linspace(0.001, 0.999, 999))

    def density(p):
        return math.exp(log_kernel(p) - peak) if 0 < p < 1 else 0.0

    total = _quad(density, 0, 1, epsabs=0, epsrel=1e-12, limit=200)[0]
    mean = _quad(lambda p: p * density(p), 0, 1, epsabs=0, epsrel=1e-12, limit=200)[0] / total

    def cdf_minus(target):
        return lambda x: _quad(density, 0, x, epsabs=0, epsrel=1e-12, limit=200)[0] / total - target

    tail = (1 - level) / 2
    low = _brentq(cdf_minus(tail), 1e-12, 1 - 1e-12, xtol=1e-13)
    high = _brentq(cdf_minus(1 - tail), 1e-12, 1 - 1e-12, xtol=1e-13)
    return mean, low, high


for _s, _n, _a, _b, _level in [(7, 20, 2.0, 2.0, 0.95), (0, 10, 1.0, 1.0, 0.95), (45, 100, 1.5, 3.0, 0.9),
                               (3, 4, 1.0, 1.0, 0.8)]:
    _res = tuple(beta_binomial_posterior(_s, _n, _a, _b, _level))
    assert len(_res) == 3, "beta_binomial_posterior should return a tuple (mean, low, high)"
    expect_close(_res, _numeric_posterior(_s, _n, _a, _b, _level), rel=1e-6, abs_=1e-8,
                 what=f"beta_binomial_posterior({_s}, {_n}, {_a}, {_b}, {_level})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "beta_binomial_posterior_test_2", "grade": true, "points": 1}
# Hidden: compared with a simulation that draws p from the prior, then the data, and keeps the
# draws that reproduce the observed count (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(19)
_p = _rng.beta(2.0, 2.0, 200_000)
_kept = _p[_rng.binomial(20, _p) == 7]
_mean, _low, _high = (float(v) for v in beta_binomial_posterior(7, 20, 2.0, 2.0, 0.95))
assert abs(_mean - _kept.mean()) < 4 * _kept.std() / math.sqrt(_kept.size), (
    f"the posterior mean {_mean:.4f} disagrees with the simulated posterior (7 of 20, Beta(2, 2) prior)"
)
_sim_low, _sim_high = np.quantile(_kept, [0.025, 0.975])
assert abs(_low - _sim_low) < 0.01 and abs(_high - _sim_high) < 0.01, (
    f"the 95% credible interval ({_low:.3f}, {_high:.3f}) does not cut 2.5% of the simulated posterior "
    "from each end (7 of 20, Beta(2, 2) prior)"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part F · Regression diagnostics
#
# An ordinary least squares fit always returns numbers; whether its standard errors and
# p-values mean anything depends on assumptions about the errors: a linear mean, constant
# variance (homoscedasticity), independence and, for small samples, normality. The
# residuals carry the evidence. The next four exercises build the usual checks: the fit
# itself, the coordinates of a normal QQ plot, a formal test for non-constant variance and
# the two standard plots. You may reuse your own functions from one exercise in the next.
#
# ## 19. Fitting OLS with `lstsq`
# *Design matrix, intercept, residuals*
#
# OLS minimises the sum of squared residuals `||y - D beta||^2`. Build the design matrix `D`
# yourself: a column of ones for the intercept, then the features. Forgetting the ones
# forces the line through the origin, and then the residuals no longer average zero.
# `np.linalg.lstsq(D, y, rcond=None)` solves the problem stably; solving the normal
# equations `D'D beta = D'y` gives the same answer when `D` is well conditioned. Residuals
# are observed minus fitted, `y - D beta`, and with an intercept they sum to zero.
#
# **Question.** Complete `def ols_fit(X, y):` so that it returns the tuple
# `(coef, fitted, residuals)` of NumPy arrays for the OLS fit of `y` on `X` with an
# intercept: `coef[0]` is the intercept and `coef[1:]` the slopes, in the column order of
# `X`. `X` is a 2-D array of shape `(n, p)` or a 1-D array of length `n` (one feature);
# `y` has length `n`.

# %% nbgrader={"grade_id": "ols_fit", "solution": true}
def ols_fit(X, y):
    """OLS fit with an intercept via np.linalg.lstsq: (coef, fitted, residuals), coef[0] the intercept."""
    ### BEGIN SOLUTION
    features = np.asarray(X, dtype=float)
    if features.ndim == 1:
        features = features[:, None]
    target = np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(len(features)), features])
    coef = np.linalg.lstsq(design, target, rcond=None)[0]
    fitted = design @ coef
    return coef, fitted, target - fitted
    ### END SOLUTION


# %% nbgrader={"grade_id": "ols_fit_test", "grade": true, "points": 2}
_coef, _fitted, _resid = ols_fit(np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 5.0]))
expect_close(_coef, [1.0, 2.0], abs_=1e-9, what="coef for y = 1 + 2x")
expect_close(_resid, [0.0, 0.0, 0.0], abs_=1e-9, what="the residuals of an exact line")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(20)
_x1 = _rng.uniform(0, 10, 80)
_y1 = 4.0 - 1.5 * _x1 + _rng.normal(0, 2, 80)
_line = stats.linregress(_x1, _y1)
_res = tuple(ols_fit(_x1, _y1))
assert len(_res) == 3, "ols_fit should return a tuple (coef, fitted, residuals)"
expect_close(_res[0], [_line.intercept, _line.slope], rel=1e-9, abs_=1e-9, what="coef for one feature")
expect_close(_res[1], _line.intercept + _line.slope * _x1, rel=1e-9, abs_=1e-9, what="fitted for one feature")
expect_close(_res[2], _y1 - (_line.intercept + _line.slope * _x1), rel=1e-7, abs_=1e-9,
             what="residuals (observed minus fitted) for one feature")

_X = _rng.normal(size=(120, 3))
_y = 2.0 + _X @ np.array([0.5, -1.0, 3.0]) + _rng.normal(0, 1, 120)
_D = np.column_stack([np.ones(120), _X])
_beta = np.linalg.solve(_D.T @ _D, _D.T @ _y)
_res = tuple(ols_fit(_X, _y))
expect_close(_res[0], _beta, rel=1e-8, abs_=1e-9, what="coef for three features")
expect_close(_res[1], _D @ _beta, rel=1e-8, abs_=1e-9, what="fitted for three features")
expect_close(_res[2], _y - _D @ _beta, rel=1e-6, abs_=1e-9, what="residuals for three features")
### END HIDDEN TESTS

# %% [markdown]
# ## 20. Coordinates of a normal QQ plot
# *Plotting positions, standardised residuals*
#
# A QQ plot puts the sorted data against the quantiles a normal sample of the same size
# would be expected to have; if the residuals are normal the points hug the line `y = x`,
# and curved tails show skew or heavy tails. The `i`-th smallest of `n` values is matched
# with the normal quantile of the plotting position `(i - 0.5) / n`, `i = 1..n` (using
# `i / n` sends the last point to infinity). The data must be sorted, or the plot is a
# cloud, and standardising it (subtract the mean, divide by the sample standard deviation,
# `n - 1`) puts both axes on the same scale so that `y = x` is the reference line.
#
# **Question.** Complete `def qq_coordinates(residuals):` so that it returns the tuple
# `(theoretical, sample)` of two NumPy arrays of length `n`: `theoretical[i]` is the standard
# normal quantile of `(i + 0.5) / n` for `i = 0..n-1` (the same positions, counted from 0),
# and `sample` holds the residuals sorted in increasing order and standardised with their
# mean and sample standard deviation. `residuals` has at least 3 values, not all equal.

# %% nbgrader={"grade_id": "qq_coordinates", "solution": true}
def qq_coordinates(residuals):
    """Normal QQ-plot coordinates: (theoretical quantiles, sorted standardised residuals)."""
    ### BEGIN SOLUTION
    ordered = np.sort(np.asarray(residuals, dtype=float))
    n = ordered.size
    theoretical = stats.norm.ppf((np.arange(n) + 0.5) / n)
    return theoretical, (ordered - ordered.mean()) / ordered.std(ddof=1)
    ### END SOLUTION


# %% nbgrader={"grade_id": "qq_coordinates_test", "grade": true, "points": 2}
_theoretical, _sample = qq_coordinates([3.0, -1.0, 1.0])
expect_close(_theoretical[1], 0.0, abs_=1e-12, what="the middle theoretical quantile of 3 points")
expect_close(_sample, [-1.0, 0.0, 1.0], what="sample for the residuals [3, -1, 1]")
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist, mean as _mean, stdev as _stdev

_rng = np.random.default_rng(21)
for _values in [_rng.normal(0, 2, 50), _rng.exponential(1, 31), _rng.standard_t(3, 200)]:
    _n = len(_values)
    _ranks = stats.rankdata(_values, method="ordinal")  # 1 = smallest
    _want_sample = np.empty(_n)
    _want_sample[_ranks - 1] = (_values - _mean(_values)) / _stdev(_values)
    _want_theory = [_NormalDist().inv_cdf((i - 0.5) / _n) for i in range(1, _n + 1)]
    _res = tuple(qq_coordinates(list(_values)))
    assert len(_res) == 2, "qq_coordinates should return a tuple (theoretical, sample)"
    assert len(_res[0]) == _n and len(_res[1]) == _n, "both arrays should have one entry per residual"
    assert np.all(np.diff(np.asarray(_res[1], dtype=float)) >= 0), "sample should be sorted in increasing order"
    expect_close(_res[0], _want_theory, rel=1e-9, abs_=1e-12, what=f"theoretical for {_n} residuals")
    expect_close(_res[1], _want_sample, rel=1e-9, abs_=1e-12, what=f"sample for {_n} residuals")
### END HIDDEN TESTS

# %% [markdown]
# ## 21. Is the variance constant? The Breusch–Pagan test
# *Heteroscedasticity, auxiliary regression, LM statistic*
#
# Order values spread out more for big baskets than for small ones; when the error variance
# grows with a feature, OLS coefficients stay unbiased but their usual standard errors are
# wrong. The Breusch–Pagan test (in Koenker's robust form, the default in most software)
# asks whether the *squared* residuals can be predicted from the features: fit OLS of `y`
# on `X`, regress `e^2` on the same features (with an intercept), and compute
# `LM = n R^2` of that auxiliary regression. Under constant variance `LM` is approximately
# chi-square with `p` degrees of freedom, one per feature (the intercept does not count).
# Regressing the raw residuals instead of their squares finds nothing, ever: OLS residuals
# are uncorrelated with the features by construction.
#
# **Question.** Complete `def breusch_pagan_test(X, y):` so that it returns the tuple
# `(lm, p_value)` (floats) of the test described above, for `X` of shape `(n, p)` or a 1-D
# array (one feature). NumPy's `lstsq` is all you need (no statsmodels).

# %% nbgrader={"grade_id": "breusch_pagan_test", "solution": true}
def breusch_pagan_test(X, y):
    """Breusch-Pagan test (Koenker): LM = n * R^2 of squared OLS residuals on X, and its p-value."""
    ### BEGIN SOLUTION
    features = np.asarray(X, dtype=float)
    if features.ndim == 1:
        features = features[:, None]
    target = np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(len(features)), features])
    squared = (target - design @ np.linalg.lstsq(design, target, rcond=None)[0]) ** 2
    explained = design @ np.linalg.lstsq(design, squared, rcond=None)[0]
    r_squared = 1 - ((squared - explained) ** 2).sum() / ((squared - squared.mean()) ** 2).sum()
    lm = len(squared) * r_squared
    return float(lm), float(stats.chi2.sf(lm, features.shape[1]))
    ### END SOLUTION


# %% nbgrader={"grade_id": "breusch_pagan_test_test", "grade": true, "points": 2}
_x = np.linspace(1, 10, 60)
_y = 1 + 2 * _x + _x * np.tile([-1.0, 1.0], 30)  # the noise grows with x
_lm, _p = breusch_pagan_test(_x, _y)
assert _lm > 0 and 0 <= _p <= 1, "LM is positive here, and the p-value is a probability"
assert _p < 0.05, "the spread of this data grows with x: the test should flag it"
### BEGIN HIDDEN TESTS
def _lm_by_correlation(X, y):
    X = np.asarray(X, dtype=float).reshape(len(y), -1)
    D = np.column_stack([np.ones(len(y)), X])
    e2 = (y - D @ np.linalg.solve(D.T @ D, D.T @ y)) ** 2
    explained = D @ np.linalg.solve(D.T @ D, D.T @ e2)
    return len(y) * np.corrcoef(e2, explained)[0, 1] ** 2, X.shape[1]


_rng = np.random.default_rng(22)
_x = _rng.uniform(0, 10, 150)
_cases = [
    (_x, 2 + 0.5 * _x + _rng.normal(0, 0.2 + 0.3 * _x)),
    (_x, 2 + 0.5 * _x + _rng.normal(0, 1.0, 150)),
]
_X3 = _rng.normal(size=(200, 3))
_cases.append((_X3, _X3 @ [1.0, 2.0, -1.0] + _rng.normal(0, np.exp(0.4 * _X3[:, 1]))))
for _X, _y in _cases:
    _lm_ref, _df = _lm_by_correlation(_X, _y)
    _res = tuple(breusch_pagan_test(_X, _y))
    assert len(_res) == 2, "breusch_pagan_test should return a tuple (lm, p_value)"
    expect_close(_res[0], float(_lm_ref), rel=1e-7, what=f"LM for {np.ndim(_X)}-D X with {len(_y)} rows")
    expect_close(_res[1], float(stats.chi2.sf(_lm_ref, _df)), rel=1e-6, abs_=1e-12,
                 what=f"the p-value for {np.ndim(_X)}-D X with {len(_y)} rows")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "breusch_pagan_test_test_2", "grade": true, "points": 1}
# Hidden: how often your test rejects at 5% on 400 simulated data sets with constant variance
# (it should be about 5% of the time) and on 100 with a growing variance (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(23)
_x = np.linspace(0, 10, 60)
_false_alarms = sum(breusch_pagan_test(_x, 1 + _x + _rng.normal(0, 2, 60))[1] < 0.05 for _ in range(400)) / 400
assert abs(_false_alarms - 0.05) < 4 * math.sqrt(0.05 * 0.95 / 400), (
    f"with constant variance your test rejected {_false_alarms:.1%} of the time at the 5% level"
)
_detected = sum(breusch_pagan_test(_x, 1 + _x + _rng.normal(0, 0.2 + 0.5 * _x))[1] < 0.05 for _ in range(100)) / 100
assert _detected > 0.8, f"with a variance that grows with x, your test rejected only {_detected:.0%} of the time"
### END HIDDEN TESTS

# %% [markdown]
# ## 22. The two diagnostic plots
# *Residuals against fitted values, normal QQ plot*
#
# Two pictures settle most arguments about a regression. Residuals against *fitted* values:
# a structureless band around zero is what you want, a funnel means non-constant variance
# and a curve means a missing non-linear term. Plot them against the fitted values, not the
# observed `y`: residuals are correlated with `y` by construction, so that plot shows a
# trend even for a perfect model. The QQ plot of exercise 20, with the line `y = x`, shows
# whether the residuals look normal.
#
# **Question.** Complete `def diagnostic_plots(X, y):` so that it fits OLS of `y` on `X`
# with an intercept (as in exercise 19) and returns a matplotlib `Figure` with exactly two
# Axes. The first shows the residuals (vertical axis) against the fitted values (horizontal
# axis), one point per observation, with a horizontal reference line at 0. The second is the
# normal QQ plot: exercise 20's `theoretical` (horizontal) against `sample` (vertical), one
# point per observation, with the reference line `y = x`. Label both axes of both plots.
# Draw the points with `scatter` or with `plot(..., "o")`; do not call `plt.show()` inside
# the function (the cell below shows the figure).

# %% nbgrader={"grade_id": "diagnostic_plots", "solution": true}
def diagnostic_plots(X, y):
    """Figure with two Axes: residuals against fitted values, and a normal QQ plot of the residuals."""
    ### BEGIN SOLUTION
    features = np.asarray(X, dtype=float)
    if features.ndim == 1:
        features = features[:, None]
    target = np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(len(features)), features])
    fitted = design @ np.linalg.lstsq(design, target, rcond=None)[0]
    residuals = target - fitted
    ordered = np.sort(residuals)
    standardised = (ordered - ordered.mean()) / ordered.std(ddof=1)
    theoretical = stats.norm.ppf((np.arange(len(ordered)) + 0.5) / len(ordered))

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.scatter(fitted, residuals, s=12, alpha=0.7)
    left.axhline(0, color="grey", linewidth=1)
    left.set(xlabel="fitted value", ylabel="residual", title="Residuals against fitted values")
    right.scatter(theoretical, standardised, s=12, alpha=0.7)
    edge = max(abs(theoretical).max(), abs(standardised).max())
    right.plot([-edge, edge], [-edge, edge], color="grey", linewidth=1)
    right.set(xlabel="standard normal quantile", ylabel="standardised residual", title="Normal QQ plot")
    fig.tight_layout()
    return fig
    ### END SOLUTION


# %% nbgrader={"grade_id": "diagnostic_plots_test", "grade": true, "points": 2}
_fig = diagnostic_plots(np.array([0.0, 1.0, 2.0, 3.0]), np.array([1.0, 2.0, 2.0, 4.0]))
try:
    assert hasattr(_fig, "axes") and len(_fig.axes) == 2, "diagnostic_plots should return a Figure with two Axes"
finally:
    plt.close("all")
### BEGIN HIDDEN TESTS
def _plotted_series(ax):
    series = [np.asarray(c.get_offsets(), dtype=float) for c in ax.collections]
    series += [np.asarray(line.get_xydata(), dtype=float) for line in ax.lines]
    return [s for s in series if s.ndim == 2 and s.shape[1] == 2]


def _has_points(ax, xs, ys):
    want = np.column_stack([xs, ys])
    want = want[np.lexsort((want[:, 1], want[:, 0]))]
    for s in _plotted_series(ax):
        if s.shape == want.shape:
            got = s[np.lexsort((s[:, 1], s[:, 0]))]
            if np.allclose(got, want, rtol=1e-7, atol=1e-9):
                return True
    return False


_rng = np.random.default_rng(24)
_x = _rng.uniform(0, 10, 40)
_y = 1 + 0.7 * _x + _rng.normal(0, 0.5 + 0.2 * _x)
_D = np.column_stack([np.ones(40), _x])
_fit = _D @ np.linalg.solve(_D.T @ _D, _D.T @ _y)
_e = _y - _fit
_theory = stats.norm.ppf((np.arange(1, 41) - 0.5) / 40)
_std = (np.sort(_e) - _e.mean()) / _e.std(ddof=1)
_fig = diagnostic_plots(_x, _y)
try:
    assert len(_fig.axes) == 2, "diagnostic_plots should return a Figure with exactly two Axes"
    _left, _right = _fig.axes
    assert _has_points(_left, _fit, _e), (
        "the first plot does not show one point per observation at (fitted value, residual)"
    )
    assert _has_points(_right, _theory, _std), (
        "the second plot does not show the QQ points (normal quantile, sorted standardised residual)"
    )
    for _ax, _name in [(_left, "first"), (_right, "second")]:
        assert _ax.get_xlabel() and _ax.get_ylabel(), f"label both axes of the {_name} plot"
    assert any(np.allclose(np.asarray(s)[:, 1], 0) for s in _plotted_series(_left) if len(s) < 40), (
        "the first plot needs a horizontal reference line at 0"
    )
    _diagonal = [s for s in _plotted_series(_right) if len(s) < 40 and np.allclose(s[:, 0], s[:, 1])]
    assert _diagonal, "the QQ plot needs the reference line y = x"
finally:
    plt.close("all")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "diagnostics_demo"}
# Not graded: a data set whose noise grows with x, seen through your functions.
demo_rng = np.random.default_rng(7)
x_demo = demo_rng.uniform(0, 10, 200)
y_demo = 3 + 0.8 * x_demo + demo_rng.normal(0, 0.3 + 0.25 * x_demo)
try:
    diagnostic_plots(x_demo, y_demo)
    plt.show()
    demo_lm, demo_p = breusch_pagan_test(x_demo, y_demo)
    print(f"Breusch-Pagan: LM = {demo_lm:.1f}, p-value = {demo_p:.2g}")
except NotImplementedError:
    plt.close("all")
    print("Answer diagnostic_plots and breusch_pagan_test above to see the diagnostics of this data here.")

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week02/statistics.ipynb`. The report lists every
#   exercise with its points, hidden checks included.
# - For every puzzle in Part A, write a ten-line simulation of your own before you look at
#   why an answer failed: a simulation that disagrees with your formula tells you which of
#   the two to distrust.
# - Practise the spoken version. For the coin, the A/B test and the Prime comparison, give
#   in two minutes the null hypothesis, the test, the p-value and what you would tell the
#   product manager, including what the test cannot tell them.
# - Redo the MLE exercises on paper: log-likelihood, derivative, estimate, curvature,
#   standard error. Interviewers often ask for the derivation, not the code.
# - Week 5 builds on Part C for A/B testing in depth: metric choice, variance reduction and
#   the pitfalls of peeking.
