# %% [markdown]
# # Week 5 · A/B testing in depth
#
# Week 2 gave you the building blocks: a power formula, a sample size, Welch's test. This
# notebook uses them the way an experimentation round does, on whole experiments. You plan
# a test against the traffic you really have, read a result as an interval rather than a
# p-value, and then go through the checks that decide whether a result can be trusted at
# all: the unit of analysis, a sample ratio mismatch, many metrics tested at once, a novelty
# effect that fades, variance reduction with CUPED and the cost of peeking. The last
# question, graded by a person, asks when you would not run an A/B test in the first place.
# Every data set is generated below with a fixed seed and a **planted** effect, so you
# always know the truth your analysis should find. Budget about 20 minutes per exercise.
#
# **How to answer.** Each answer cell holds a function whose `def` line and one-line
# docstring are given. Keep both, replace `raise NotImplementedError()` with your code and
# run the cell, then the test cell under it. NumPy (`np`), pandas (`pd`), `math`,
# `scipy.stats` (`stats`) and `matplotlib.pyplot` (`plt`) are imported for you, and any
# library is allowed unless a question says otherwise. Return plain numbers (a NumPy float
# is fine), dicts and lists exactly as the question describes, and never round unless
# asked. Your functions must not modify the data they are given.
#
# **How grading works.** The test cell you can see runs a few small checks that point you
# in the right direction. The real grade (`autograde check week05/ab_testing.ipynb`, see the
# end of the notebook) adds hidden checks that recompute every number from the same data
# with an independent method (a different formula, `scipy`, a regression, a bootstrap or a
# seeded simulation) and, where it makes sense, compare your estimate with the planted
# truth. Tolerances are tight for exact quantities, so "about right" loses the points. A
# failed check says what is wrong with your output, never what the expected value is. The
# plots are not graded; the numbers behind them are.

# %% [markdown]
# ## The experiments
#
# The locked cell below builds every data set of the notebook. Read it once: the comments
# say what was planted. Run it before anything else (it is locked, so it always comes back
# exactly as it is here).
#
# | name | what it holds | used in |
# |---|---|---|
# | `revenue_control`, `revenue_treatment` | 14-day revenue per user (dollars, 0 for users who bought nothing) in a checkout redesign test | 3, 4 |
# | `orders` | one row per order in a recommendation-widget test randomised by user: `order_id`, `user_id`, `group`, `recommended` (1 if the order holds a recommended item) | 5 |
# | `assignment_counts` | users logged in each arm of a test planned as 50/50 | 6 |
# | `launch_reviews` | six finished experiments: `experiment`, `planned_treatment_share`, `control_users`, `control_conversions`, `treatment_users`, `treatment_conversions` | 7 |
# | `scorecard_data`, `scorecard_p_values` | twelve metrics of a search-ranking test: per metric a pair of arrays (control, treatment), and the p-value the experimentation platform reported for it | 8, 9 |
# | `novelty_daily` | 28 days of a product-page redesign: `day`, `group`, `platform` (`web` or `app`), `users`, `add_to_cart` (users who added something to their cart) | 10, 11 |
# | `cuped_users` | one row per user: `user_id`, `group`, `pre_revenue` (the 4 weeks before the test), `revenue` (the 4 weeks of the test) | 12 |

# %% nbgrader={"grade_id": "ab_testing_data", "locked": true}
import math

import matplotlib.pyplot as plt
from scipy import stats

from autograde.probes import expect_close

# 1. Checkout redesign (exercises 3, 4): 14-day revenue per user, 0 for users who bought nothing.
#    Planted: conversion 30% -> 32%, spend per buyer unchanged (mean $40), so +$0.80 per user.
rng = np.random.default_rng(1012)


def _revenue_per_user(n_users, conversion):
    buys = rng.random(n_users) < conversion
    spend = rng.lognormal(math.log(40) - 0.32, 0.8, n_users)
    return np.round(np.where(buys, spend, 0.0), 2)


_n_treatment = int(rng.binomial(40_000, 0.5))
revenue_control = _revenue_per_user(40_000 - _n_treatment, 0.30)
revenue_treatment = _revenue_per_user(_n_treatment, 0.32)

# 2. Recommendation widget (exercise 5): randomised by user, one row per order. Users differ a
#    lot in how often their orders hold a recommended item (about 20% on average). Planted:
#    the widget closes 2.5% of the gap to 100% for every user (about +2 points).
rng = np.random.default_rng(1002)
_n_users = 5_000
_treated = rng.random(_n_users) < 0.5
_propensity = rng.beta(0.6, 2.4, _n_users)
_propensity = np.where(_treated, _propensity + 0.025 * (1 - _propensity), _propensity)
_orders_per_user = 1 + rng.poisson(rng.gamma(1.0, 3.0, _n_users))
_owner = np.repeat(np.arange(_n_users), _orders_per_user)
orders = pd.DataFrame({
    "order_id": np.arange(1, _owner.size + 1),
    "user_id": 10_001 + _owner,
    "group": np.where(_treated[_owner], "treatment", "control"),
    "recommended": (rng.random(_owner.size) < _propensity[_owner]).astype(int),
})

# 3. Users logged in each arm of a 50/50 test (exercise 6). Planted: a redirect in the
#    treatment loses about 2% of its users before the logging fires.
rng = np.random.default_rng(1000)
_assigned_treatment = int(rng.binomial(200_000, 0.5))
assignment_counts = {
    "control": 200_000 - _assigned_treatment,
    "treatment": int(rng.binomial(_assigned_treatment, 0.98)),
}

# 4. Six experiments waiting for a launch review (exercise 7). Planted: true conversion rates
#    per arm; in one_click_reorder the treatment fails to log 3% of its users, all of them
#    users who would not have converted.
rng = np.random.default_rng(1002)


def _review(name, users, share, p_control, p_treatment, lost_share=0.0):
    n_treatment = int(rng.binomial(users, share))
    n_control = users - n_treatment
    treatment_conversions = int(rng.binomial(n_treatment, p_treatment))
    lost = int(rng.binomial(n_treatment - treatment_conversions, lost_share))
    return {"experiment": name, "planned_treatment_share": share,
            "control_users": n_control, "control_conversions": int(rng.binomial(n_control, p_control)),
            "treatment_users": n_treatment - lost, "treatment_conversions": treatment_conversions}


launch_reviews = pd.DataFrame([
    _review("free_shipping_banner", 80_000, 0.5, 0.100, 0.110),
    _review("one_click_reorder", 100_000, 0.5, 0.100, 0.104, lost_share=0.03),
    _review("gift_wrap_upsell", 50_000, 0.1, 0.080, 0.080),
    _review("bigger_images", 100_000, 0.5, 0.100, 0.091),
    _review("review_snippets", 30_000, 0.5, 0.100, 0.103),
    _review("price_anchor", 70_000, 0.2, 0.060, 0.068),
])

# 5. Search-ranking scorecard (exercises 8, 9): twelve metrics, 5,000 users an arm. Planted:
#    only the first three metrics really move (by the share of a standard deviation shown).
rng = np.random.default_rng(1038)
_planted = {"add_to_cart_rate": 0.09, "search_conversion": 0.065, "revenue_per_user": 0.055}
_metrics = ["add_to_cart_rate", "search_conversion", "revenue_per_user", "orders_per_user",
            "items_per_order", "search_exit_rate", "page_load_ms", "returns_rate",
            "support_contacts", "session_minutes", "product_page_views", "wishlist_adds"]
scorecard_data = {}
for _metric in _metrics:
    _level, _spread = rng.uniform(5, 100), rng.uniform(0.2, 0.6)
    _control = rng.normal(_level, _spread * _level, 5_000)
    _treatment = rng.normal(_level + _planted.get(_metric, 0.0) * _spread * _level, _spread * _level, 5_000)
    scorecard_data[_metric] = (_control, _treatment)
scorecard_p_values = {
    name: float(stats.ttest_ind(arms[1], arms[0], equal_var=False).pvalue) for name, arms in scorecard_data.items()
}

# 6. Product-page redesign (exercises 10, 11): daily counts per arm and platform, rows shuffled.
#    Planted: a lasting lift of 0.6 points in the add-to-cart rate, plus a novelty bump of
#    3 points on day 1 that shrinks by a factor e every 3 days.
rng = np.random.default_rng(1012)
_rows = []
for _day in range(1, 29):
    _weekend = 0.01 if _day % 7 in (6, 0) else 0.0
    _lift = 0.006 + 0.03 * math.exp(-(_day - 1) / 3)
    for _group in ("control", "treatment"):
        for _platform, _base, _mean_users in (("web", 0.07, 60_000), ("app", 0.10, 40_000)):
            _users = int(rng.poisson(_mean_users))
            _rate = _base + _weekend + (_lift if _group == "treatment" else 0.0)
            _rows.append({"day": _day, "group": _group, "platform": _platform, "users": _users,
                          "add_to_cart": int(rng.binomial(_users, _rate))})
novelty_daily = pd.DataFrame(_rows).sample(frac=1.0, random_state=7).reset_index(drop=True)

# 7. CUPED (exercise 12): revenue before and during the test for the same users.
#    Planted: +$1.00 per user in the treatment.
rng = np.random.default_rng(1026)
_value = rng.gamma(2.0, 15.0, 16_000)
_in_treatment = rng.random(16_000) < 0.5
cuped_users = pd.DataFrame({
    "user_id": np.arange(1, 16_001),
    "group": np.where(_in_treatment, "treatment", "control"),
    "pre_revenue": np.round(_value * rng.gamma(8.0, 1 / 8, 16_000), 2),
    "revenue": np.round(_value * rng.gamma(8.0, 1 / 8, 16_000) + 1.0 * _in_treatment, 2),
})

# %% [markdown]
# Scratch space: this cell is not graded. Look at any of the data sets before you answer.

# %%
orders.head()

# %% [markdown]
# ## Part A · Planning the test
#
# ## 1. How long must the test run?
# *Relative MDE, traffic split across arms, whole weeks*
#
# A test is planned before it starts. You fix the baseline rate, the smallest lift worth
# detecting (the minimum detectable effect, MDE), the significance level and the power;
# week 2 turned those into a number of users per arm. The experiment-level question is the
# one the product manager asks next: *how many days?* Three slips are common. The MDE is
# usually quoted *relative* to the baseline: "a 5% lift" on a 4% conversion rate means
# 4.2%, not 9%. Only the share of traffic you put in the test counts, and it is split over
# every arm, the control included, so adding a second variant makes each arm smaller and
# the test longer. And the result is rounded up twice: a fraction of a user or of a day
# does not exist, and most teams run whole weeks, because people shop differently on a
# Tuesday and on a Sunday.
#
# Use week 2's sample size: with `p1` the baseline and `p2` the rate you want to detect,
# `p_bar = (p1 + p2) / 2` and `z_q` the standard normal quantile of `q`, the users per arm
# are the smallest whole number at least
# `((z_(1 - alpha/2) * sqrt(2 p_bar (1 - p_bar)) + z_power * sqrt(p1 (1 - p1) + p2 (1 - p2))) / (p2 - p1))^2`.
#
# **Question.** Complete
# `def experiment_days(baseline, relative_mde, daily_users, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):`
# so that it returns a dict with three `int` values:
# - `n_per_arm`: the users each arm needs to detect `p2 = baseline * (1 + relative_mde)`
#   (formula above, no correction for the number of arms);
# - `days`: the smallest number of whole days after which every arm has reached
#   `n_per_arm`, when `daily_users * traffic_share` new users enter the test each day and
#   are split equally over the `n_arms` arms;
# - `weeks`: `days` rounded up to whole weeks.
#
# `0 < baseline < 1`, `relative_mde > 0` (with `p2 < 1`), `0 < traffic_share <= 1`,
# `n_arms >= 2`.

# %% nbgrader={"grade_id": "experiment_days", "solution": true}
def experiment_days(baseline, relative_mde, daily_users, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    """Users per arm, days and whole weeks a conversion test needs with the given traffic."""
    ### BEGIN SOLUTION
    p1 = baseline
    p2 = baseline * (1 + relative_mde)
    p_bar = (p1 + p2) / 2
    z_alpha = stats.norm.ppf(1 - alpha / 2)
    z_power = stats.norm.ppf(power)
    spread = z_alpha * math.sqrt(2 * p_bar * (1 - p_bar)) + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n_per_arm = math.ceil((spread / (p2 - p1)) ** 2)
    users_per_arm_per_day = daily_users * traffic_share / n_arms
    days = math.ceil(n_per_arm / users_per_arm_per_day)
    return {"n_per_arm": n_per_arm, "days": days, "weeks": math.ceil(days / 7)}
    ### END SOLUTION


# %% nbgrader={"grade_id": "experiment_days_test", "grade": true, "points": 2}
_plan = experiment_days(0.10, 0.20, 1_000)
assert isinstance(_plan, dict), "experiment_days should return a dict"
assert set(_plan) >= {"n_per_arm", "days", "weeks"}, "the dict needs the keys n_per_arm, days and weeks"
assert _plan["n_per_arm"] == 3841, (
    f"n_per_arm = {_plan['n_per_arm']} for a 20% relative lift on a 10% baseline; week 2's formula gives "
    "3841 users per arm for 10% against 12%"
)
assert (_plan["days"], _plan["weeks"]) == (8, 2), (
    f"days, weeks = {_plan['days']}, {_plan['weeks']}: two arms of 3841 users with 1,000 users a day take "
    "8 days, that is 2 whole weeks"
)
### BEGIN HIDDEN TESTS
from fractions import Fraction as _Fraction
from statistics import NormalDist as _NormalDist

_std_normal = _NormalDist()


def _power(p1, p2, n, alpha):
    p_bar = (p1 + p2) / 2
    spread_null = (2 * p_bar * (1 - p_bar) / n) ** 0.5
    spread_alt = ((p1 * (1 - p1) + p2 * (1 - p2)) / n) ** 0.5
    return _std_normal.cdf((abs(p2 - p1) - _std_normal.inv_cdf(1 - alpha / 2) * spread_null) / spread_alt)


def _smallest_n(p1, p2, alpha, target):
    high = 1
    while _power(p1, p2, high, alpha) < target:
        high *= 2
    low = 0
    while high - low > 1:
        middle = (low + high) // 2
        if _power(p1, p2, middle, alpha) >= target:
            high = middle
        else:
            low = middle
    return high


for _base, _mde, _daily, _alpha, _target, _share, _arms in [
    (0.04, 0.05, 52_000, 0.05, 0.8, 1.0, 2), (0.04, 0.05, 52_000, 0.05, 0.8, 0.3, 3),
    (0.12, 0.03, 250_000, 0.01, 0.9, 0.5, 2), (0.30, 0.10, 3_100, 0.05, 0.8, 1.0, 4),
    (0.02, 0.15, 9_000, 0.1, 0.95, 0.25, 2), (0.55, 0.02, 1_500_000, 0.05, 0.8, 0.1, 2),
]:
    _got = experiment_days(_base, _mde, _daily, _alpha, _target, _share, _arms)
    _where = (f"experiment_days({_base}, {_mde}, {_daily}, alpha={_alpha}, power={_target}, "
              f"traffic_share={_share}, n_arms={_arms})")
    _n = _smallest_n(_base, _base * (1 + _mde), _alpha, _target)
    assert _got["n_per_arm"] == _n, (
        f"{_where}: n_per_arm = {_got['n_per_arm']} is not the smallest size that reaches the power "
        f"(is the lift relative to the baseline, and did you round up?)"
    )
    _days = math.ceil(_Fraction(_n * _arms) / (_Fraction(_daily) * _Fraction(str(_share))))
    assert _got["days"] == _days, (
        f"{_where}: days = {_got['days']}; each day only a share of the users enters, and it is split over all arms"
    )
    assert _got["weeks"] == -(-_days // 7), (
        f"{_where}: weeks = {_got['weeks']} is not the days rounded up to whole weeks"
    )
    for _key in ("n_per_arm", "days", "weeks"):
        assert isinstance(_got[_key], (int, np.integer)), f"{_key} should be an int"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "experiment_days_test_2", "grade": true, "points": 1}
# Hidden: 40,000 simulated tests of your planned size should reach the promised power (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(51)
_n = int(experiment_days(0.05, 0.10, 20_000, traffic_share=0.5, n_arms=3)["n_per_arm"])
_x1 = _rng.binomial(_n, 0.05, 40_000)
_x2 = _rng.binomial(_n, 0.055, 40_000)
_pooled = (_x1 + _x2) / (2 * _n)
_zs = (_x2 - _x1) / _n / np.sqrt(2 * _pooled * (1 - _pooled) / _n)
_rejected = float((np.abs(_zs) > stats.norm.ppf(0.975)).mean())
assert abs(_rejected - 0.8) < 0.02, (
    f"with your n_per_arm = {_n} for a 10% relative lift on 5%, simulated two-sided tests reject "
    f"{_rejected:.1%} of the time instead of about 80%"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. What can the traffic we have detect?
# *Minimum detectable effect for a fixed duration, solving the power equation*
#
# Often the duration is fixed first ("we have two weeks before the holiday freeze") and the
# question is turned around: what is the smallest lift this test can reliably see? If the
# answer is a 9% lift and the team hopes for 2%, the test is not worth running as
# planned. Power increases with the lift, so the MDE is where the power curve crosses the
# target. With week 2's power formula there is no closed form, because the variance under
# the alternative moves with `p2`: solve it numerically, by bisection or with
# `scipy.optimize.brentq`. The common shortcut `(z_(1 - alpha/2) + z_power) * sqrt(2 p (1 - p) / n)`
# uses the baseline variance for both arms; it is fine on a whiteboard, but it is not this
# formula.
#
# The power of the two-sided pooled z-test with `n` users per arm (week 2, exercise 13) is
# `Phi((p2 - p1 - z_(1 - alpha/2) * SE0) / SE1)`, with
# `SE0 = sqrt(2 p_bar (1 - p_bar) / n)` and `SE1 = sqrt((p1 (1 - p1) + p2 (1 - p2)) / n)`.
#
# **Question.** Complete
# `def detectable_lift(baseline, daily_users, days, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):`
# so that it returns, as a float, the smallest **relative** lift `r > 0` for which this
# power, with `p1 = baseline`, `p2 = baseline * (1 + r)` and
# `n = daily_users * traffic_share * days / n_arms` users per arm (not rounded), reaches
# `power`. Six correct significant digits are enough. The answer always lies where
# `p2 < 1`.

# %% nbgrader={"grade_id": "detectable_lift", "solution": true}
def detectable_lift(baseline, daily_users, days, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    """Smallest relative lift over `baseline` that the given traffic detects with the target power."""
    ### BEGIN SOLUTION
    from scipy import optimize

    n = daily_users * traffic_share * days / n_arms
    z_alpha = stats.norm.ppf(1 - alpha / 2)

    def power_gap(lift):
        p1, p2 = baseline, baseline * (1 + lift)
        p_bar = (p1 + p2) / 2
        se_null = math.sqrt(2 * p_bar * (1 - p_bar) / n)
        se_alt = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
        return stats.norm.cdf((p2 - p1 - z_alpha * se_null) / se_alt) - power

    return float(optimize.brentq(power_gap, 1e-12, (1 - 1e-12) / baseline - 1, xtol=1e-14, rtol=1e-12))
    ### END SOLUTION


# %% nbgrader={"grade_id": "detectable_lift_test", "grade": true, "points": 2}
_lift = detectable_lift(0.10, 1_000, 8)
assert 0.18 < _lift < 0.20, (
    f"detectable_lift(0.10, 1_000, 8) = {_lift!r}: 8 days give 4,000 users per arm, a little more than the "
    "3,841 that exercise 1 needs for a 20% lift, so the answer is a relative lift a little below 0.20"
)
assert detectable_lift(0.10, 1_000, 16) < _lift, "a longer test should detect a smaller lift"
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist

_std_normal = _NormalDist()


def _power_at(base, lift, n, alpha):
    p1, p2 = base, base * (1 + lift)
    p_bar = (p1 + p2) / 2
    spread_null = (2 * p_bar * (1 - p_bar) / n) ** 0.5
    spread_alt = ((p1 * (1 - p1) + p2 * (1 - p2)) / n) ** 0.5
    return _std_normal.cdf((p2 - p1 - _std_normal.inv_cdf(1 - alpha / 2) * spread_null) / spread_alt)


def _mde_by_bisection(base, n, alpha, target):
    low, high = 0.0, 1 / base - 1
    for _ in range(200):
        middle = (low + high) / 2
        if _power_at(base, middle, n, alpha) >= target:
            high = middle
        else:
            low = middle
    return high


for _base, _daily, _days, _alpha, _target, _share, _arms in [
    (0.04, 52_000, 14, 0.05, 0.8, 1.0, 2), (0.04, 52_000, 14, 0.05, 0.8, 0.3, 3),
    (0.12, 250_000, 7, 0.01, 0.9, 0.5, 2), (0.30, 3_100, 28, 0.05, 0.8, 1.0, 4),
    (0.02, 9_000, 21, 0.1, 0.95, 0.25, 2), (0.6, 800, 10, 0.05, 0.8, 1.0, 2),
]:
    _n = _daily * _share * _days / _arms
    _got = float(detectable_lift(_base, _daily, _days, _alpha, _target, _share, _arms))
    _want = _mde_by_bisection(_base, _n, _alpha, _target)
    _where = (f"detectable_lift({_base}, {_daily}, {_days}, alpha={_alpha}, power={_target}, "
              f"traffic_share={_share}, n_arms={_arms})")
    assert abs(_got - _want) <= 1e-6 * _want, (
        f"{_where} = {_got!r}: at that lift the power formula gives {_power_at(_base, _got, _n, _alpha):.5f}, "
        f"not the target {_target} (relative lift? users per arm? the exact formula rather than the shortcut?)"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "detectable_lift_test_2", "grade": true, "points": 1}
# Hidden: 40,000 simulated tests at your MDE should reject about 80% of the time (fixed seed).
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(52)
_lift = float(detectable_lift(0.08, 6_000, 14, traffic_share=0.5))
_n = int(6_000 * 0.5 * 14 / 2)
_x1 = _rng.binomial(_n, 0.08, 40_000)
_x2 = _rng.binomial(_n, 0.08 * (1 + _lift), 40_000)
_pooled = (_x1 + _x2) / (2 * _n)
_zs = (_x2 - _x1) / _n / np.sqrt(2 * _pooled * (1 - _pooled) / _n)
_rejected = float((np.abs(_zs) > stats.norm.ppf(0.975)).mean())
assert abs(_rejected - 0.8) < 0.02, (
    f"simulated tests with the lift you return ({_lift:.4f}) reject {_rejected:.1%} of the time, not about 80%"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · Reading the result
#
# ## 3. The effect on revenue per user, with its interval
# *Difference in means, Welch's confidence interval*
#
# "Significant, p = 0.003" is a weak readout; "+$0.45 per user, 95% CI +$0.15 to +$0.75" is
# the one a product manager can act on, because it shows the size of the effect and how
# sure you are of it. Revenue per user is a hard metric: most users buy nothing, a few
# spend a lot, and a treatment that changes who buys also changes the spread, so the two
# arms' variances differ. Welch's interval copes with both: the estimate is
# `mean(treatment) - mean(control)`, its standard error is `sqrt(s_t^2 / n_t + s_c^2 / n_c)`
# (sample variances, `n - 1`), and the interval uses the t quantile with the
# Welch–Satterthwaite degrees of freedom from week 2. With tens of thousands of users the
# skew does no harm: the central limit theorem works on the *mean*. Keep the sign
# convention fixed, treatment minus control, and report the interval at the confidence
# level asked for.
#
# **Question.** Complete `def mean_diff_ci(control, treatment, confidence=0.95):` so that it
# returns a dict with the floats `diff` (mean of `treatment` minus mean of `control`),
# `ci_low` and `ci_high` (Welch's two-sided interval at level `confidence`) and `p_value`
# (Welch's two-sided test of no difference). Both inputs are 1-D arrays or lists with at
# least 2 values each.

# %% nbgrader={"grade_id": "mean_diff_ci", "solution": true}
def mean_diff_ci(control, treatment, confidence=0.95):
    """Difference in means (treatment - control) with Welch's confidence interval and p-value."""
    ### BEGIN SOLUTION
    control = np.asarray(control, dtype=float)
    treatment = np.asarray(treatment, dtype=float)
    var_c = control.var(ddof=1) / control.size
    var_t = treatment.var(ddof=1) / treatment.size
    se = math.sqrt(var_c + var_t)
    df = (var_c + var_t) ** 2 / (var_c ** 2 / (control.size - 1) + var_t ** 2 / (treatment.size - 1))
    diff = treatment.mean() - control.mean()
    margin = stats.t.ppf(0.5 + confidence / 2, df) * se
    return {"diff": float(diff), "ci_low": float(diff - margin), "ci_high": float(diff + margin),
            "p_value": float(2 * stats.t.sf(abs(diff) / se, df))}
    ### END SOLUTION


# %% nbgrader={"grade_id": "mean_diff_ci_test", "grade": true, "points": 2}
_res = mean_diff_ci([1.0, 2.0, 3.0], [2.0, 3.0, 4.0])
assert isinstance(_res, dict) and set(_res) >= {"diff", "ci_low", "ci_high", "p_value"}, (
    "mean_diff_ci should return a dict with the keys diff, ci_low, ci_high and p_value"
)
expect_close(_res["diff"], 1.0, what="diff for control [1, 2, 3] and treatment [2, 3, 4]")
assert _res["ci_low"] < 1.0 < _res["ci_high"], "the interval should surround the estimate"
expect_close(_res["ci_high"] - 1.0, 1.0 - _res["ci_low"], rel=1e-9, what="the interval's half-widths (it is symmetric)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(53)
_cases = [
    (_rng.normal(10, 1, 8), _rng.normal(12, 4, 5), 0.95),
    (_rng.exponential(20, 40), list(_rng.exponential(25, 70)), 0.9),
    (_rng.normal(0, 3, 300), _rng.normal(-0.4, 1, 150), 0.99),
    (list(_rng.integers(0, 5, 12).astype(float)), _rng.integers(0, 9, 30).astype(float), 0.8),
]
for _c, _t, _level in _cases:
    _sizes = f"groups of {len(_c)} (control) and {len(_t)} (treatment), confidence={_level}"
    _res = mean_diff_ci(_c, _t, confidence=_level)
    _ref = stats.ttest_ind(np.asarray(_t), np.asarray(_c), equal_var=False)
    _ci = _ref.confidence_interval(confidence_level=_level)
    expect_close(_res["diff"], float(np.mean(_t) - np.mean(_c)), rel=1e-9, abs_=1e-12,
                 what=f"diff for {_sizes} (treatment minus control)")
    expect_close(_res["p_value"], float(_ref.pvalue), rel=1e-7, abs_=1e-14,
                 what=f"p_value for {_sizes} (Welch, two-sided)")
    expect_close(_res["ci_low"], float(_ci.low), rel=1e-7, abs_=1e-12,
                 what=f"ci_low for {_sizes} (Welch's t quantile and degrees of freedom?)")
    expect_close(_res["ci_high"], float(_ci.high), rel=1e-7, abs_=1e-12, what=f"ci_high for {_sizes}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "mean_diff_ci_test_2", "grade": true, "points": 1}
# Hidden: the checkout experiment (planted +$0.80 per user), checked against scipy and the truth.
### BEGIN HIDDEN TESTS
_control_before, _treatment_before = revenue_control.copy(), revenue_treatment.copy()
_res = mean_diff_ci(revenue_control, revenue_treatment)
assert np.array_equal(revenue_control, _control_before) and np.array_equal(revenue_treatment, _treatment_before), (
    "mean_diff_ci modified its input arrays"
)
_ref = stats.ttest_ind(revenue_treatment, revenue_control, equal_var=False)
_ci = _ref.confidence_interval()
expect_close(_res["diff"], float(revenue_treatment.mean() - revenue_control.mean()), rel=1e-9,
             what="diff on the checkout data")
expect_close(_res["ci_low"], float(_ci.low), rel=1e-7, what="ci_low on the checkout data")
expect_close(_res["ci_high"], float(_ci.high), rel=1e-7, what="ci_high on the checkout data")
expect_close(_res["p_value"], float(_ref.pvalue), rel=1e-7, what="p_value on the checkout data")
assert _res["ci_low"] < 0.80 < _res["ci_high"], "on the checkout data the interval should cover the planted +$0.80"
### END HIDDEN TESTS

# %% [markdown]
# ## 4. The effect on conversion
# *Difference in proportions, Wald interval, pooled z-test, two-sided*
#
# The same checkout test, read on conversion: did more users buy anything at all? Two
# standard errors are at work, and mixing them up is a classic slip. The **test** asks how
# surprising the data would be if both arms shared one conversion rate, so it pools:
# `SE0 = sqrt(p_pool (1 - p_pool) (1/n_c + 1/n_t))` with `p_pool` = all conversions / all
# users, and `z = diff / SE0`. The **interval** describes the world where the rates differ,
# so it keeps them apart: `SE = sqrt(p_c (1 - p_c) / n_c + p_t (1 - p_t) / n_t)` and
# `diff ± z_(1/2 + confidence/2) * SE`. The test is two-sided: you would want to know if the
# redesign *hurt* conversion too. A one-sided p-value, chosen after seeing which way the
# result went, halves the p-value and doubles your false alarms.
#
# **Question.** Complete
# `def conversion_diff_ci(control_conversions, control_users, treatment_conversions, treatment_users, confidence=0.95):`
# so that it returns a dict with the floats `diff` (treatment rate minus control rate),
# `ci_low`, `ci_high` (the unpooled interval above) and `p_value` (the pooled two-sided
# z-test). Each arm has at least one conversion and at least one user who did not convert.

# %% nbgrader={"grade_id": "conversion_diff_ci", "solution": true}
def conversion_diff_ci(control_conversions, control_users, treatment_conversions, treatment_users, confidence=0.95):
    """Difference in conversion rates (treatment - control): Wald interval and pooled two-sided z-test."""
    ### BEGIN SOLUTION
    p_c = control_conversions / control_users
    p_t = treatment_conversions / treatment_users
    diff = p_t - p_c
    se = math.sqrt(p_c * (1 - p_c) / control_users + p_t * (1 - p_t) / treatment_users)
    margin = stats.norm.ppf(0.5 + confidence / 2) * se
    pooled = (control_conversions + treatment_conversions) / (control_users + treatment_users)
    se_null = math.sqrt(pooled * (1 - pooled) * (1 / control_users + 1 / treatment_users))
    return {"diff": float(diff), "ci_low": float(diff - margin), "ci_high": float(diff + margin),
            "p_value": float(2 * stats.norm.sf(abs(diff) / se_null))}
    ### END SOLUTION


# %% nbgrader={"grade_id": "conversion_diff_ci_test", "grade": true, "points": 2}
_res = conversion_diff_ci(100, 1000, 130, 1000)
assert isinstance(_res, dict) and set(_res) >= {"diff", "ci_low", "ci_high", "p_value"}, (
    "conversion_diff_ci should return a dict with the keys diff, ci_low, ci_high and p_value"
)
expect_close(_res["diff"], 0.03, what="diff for 100/1000 against 130/1000")
assert 0.03 < _res["p_value"] < 0.04, (
    f"p_value = {_res['p_value']:.4f} for 100/1000 against 130/1000; the pooled two-sided test gives about 0.035"
)
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist


def _reference_conversion(xc, nc, xt, nt, level):
    pc, pt = xc / nc, xt / nt
    half = _NormalDist().inv_cdf(0.5 + level / 2) * (pc * (1 - pc) / nc + pt * (1 - pt) / nt) ** 0.5
    table = np.array([[xt, nt - xt], [xc, nc - xc]])
    p_value = stats.chi2_contingency(table, correction=False)[1]  # equals the pooled z-test, two-sided
    return pt - pc, pt - pc - half, pt - pc + half, float(p_value)


_checkout = (int((revenue_control > 0).sum()), revenue_control.size,
             int((revenue_treatment > 0).sum()), revenue_treatment.size)
for _xc, _nc, _xt, _nt, _level in [(*_checkout, 0.95), (*_checkout, 0.9), (480, 5_000, 430, 5_100, 0.95),
                                   (31, 400, 52, 390, 0.99), (9_100, 150_000, 9_400, 149_000, 0.95),
                                   (2_050, 4_000, 2_000, 4_100, 0.8)]:
    _where = f"conversion_diff_ci({_xc}, {_nc}, {_xt}, {_nt}, confidence={_level})"
    _res = conversion_diff_ci(_xc, _nc, _xt, _nt, confidence=_level)
    _diff, _low, _high, _p = _reference_conversion(_xc, _nc, _xt, _nt, _level)
    expect_close(_res["diff"], _diff, rel=1e-9, abs_=1e-12, what=f"diff of {_where} (treatment minus control)")
    expect_close(_res["p_value"], _p, rel=1e-7, abs_=1e-14,
                 what=f"p_value of {_where} (pooled standard error, two-sided)")
    expect_close(_res["ci_low"], _low, rel=1e-7, abs_=1e-12, what=f"ci_low of {_where} (unpooled standard error)")
    expect_close(_res["ci_high"], _high, rel=1e-7, abs_=1e-12, what=f"ci_high of {_where}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "conversion_diff_ci_test_2", "grade": true, "points": 1}
# Hidden: on 2,000 simulated A/A tests (fixed seed) your p-value falls below 0.05 about 5% of the
# time, in either direction, and your 95% interval covers a planted difference about 95% of the time.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(54)
_xc = _rng.binomial(3_000, 0.2, 2_000)
_xt = _rng.binomial(3_000, 0.2, 2_000)
_low_p = [conversion_diff_ci(int(a), 3_000, int(b), 3_000)["p_value"] < 0.05 for a, b in zip(_xc, _xt)]
_rate = float(np.mean(_low_p))
assert abs(_rate - 0.05) < 0.02, (
    f"with no true difference your p-value was below 0.05 in {_rate:.1%} of the simulated tests, not about 5%"
)
_xt = _rng.binomial(3_000, 0.23, 2_000)
_cover = [(lambda r: r["ci_low"] <= 0.03 <= r["ci_high"])(conversion_diff_ci(int(a), 3_000, int(b), 3_000))
          for a, b in zip(_xc, _xt)]
_coverage = float(np.mean(_cover))
assert abs(_coverage - 0.95) < 0.02, f"your 95% interval covered the planted +0.03 in {_coverage:.1%} of the tests"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "checkout_readout"}
# Not graded: the checkout experiment read with your two functions.
try:
    _money = mean_diff_ci(revenue_control, revenue_treatment)
    _conv = conversion_diff_ci(int((revenue_control > 0).sum()), revenue_control.size,
                               int((revenue_treatment > 0).sum()), revenue_treatment.size)
    print(f"revenue per user: {_money['diff']:+.2f} $ (95% CI {_money['ci_low']:+.2f} to {_money['ci_high']:+.2f}), "
          f"p = {_money['p_value']:.4f}   [planted: +0.80]")
    print(f"conversion:       {100 * _conv['diff']:+.2f} points (95% CI {100 * _conv['ci_low']:+.2f} to "
          f"{100 * _conv['ci_high']:+.2f}), p = {_conv['p_value']:.4f}   [planted: +2.00]")
except NotImplementedError:
    print("Answer mean_diff_ci and conversion_diff_ci to see the checkout readout here.")

# %% [markdown]
# ## Part C · Can the result be trusted?
#
# ## 5. Randomised by user, measured per order
# *Unit of analysis, clustered data, the delta method*
#
# The unit you randomise decides the unit of your statistics. The recommendation widget was
# switched on for *users*, but its metric is per *order*: the share of orders that hold a
# recommended item. Orders of one user are not independent: someone who likes
# recommendations has them in most of their orders, someone who ignores them in none. A
# two-proportion test over the 20,000 orders pretends to have 20,000 independent
# observations when the experiment really has 5,000 users, and its standard error comes
# out far too small: it finds "wins" that are noise.
#
# Two correct analyses exist; pick one and say which.
# - `"delta"`: keep the order-level metric. In each arm, with `x_i` the orders of user `i`
#   and `y_i` their orders with a recommended item, the share is `R = sum(y) / sum(x)`.
#   The delta method gives `Var(R) ≈ s^2(y - R x) / (n * mean(x)^2)`, where `s^2(y - R x)`
#   is the sample variance (`n - 1`) of the per-user values `y_i - R x_i` and `n` is the
#   arm's number of users.
# - `"user_mean"`: first turn each user into one number, their own share `y_i / x_i`, then
#   compare the per-user means across arms with Welch's standard error
#   `sqrt(s_t^2 / n_t + s_c^2 / n_c)`. Note that this answers a slightly different question:
#   every user weighs the same, however many orders they place.
#
# **Question.** Complete `def order_share_test(orders):` for a DataFrame with the columns of
# `orders` (`group` is `"control"` or `"treatment"`; a user's orders all share one group).
# Return a dict with `method` (`"delta"` or `"user_mean"`, the analysis you chose), the
# floats `control` and `treatment` (each arm's share under that method), `diff`
# (treatment minus control), `se` (the standard error of `diff`: the square root of the
# sum of the two arms' variances) and `p_value` (two-sided, from the standard normal
# distribution with `z = diff / se`).

# %% nbgrader={"grade_id": "order_share_test", "solution": true}
def order_share_test(orders):
    """Share of orders with a recommended item, treatment vs control, analysed at the user level."""
    ### BEGIN SOLUTION
    per_user = orders.groupby(["group", "user_id"])["recommended"].agg(["sum", "count"])
    result = {"method": "delta"}
    variances = []
    for arm in ("control", "treatment"):
        y = per_user.loc[arm, "sum"].to_numpy(dtype=float)
        x = per_user.loc[arm, "count"].to_numpy(dtype=float)
        share = y.sum() / x.sum()
        variances.append(np.var(y - share * x, ddof=1) / (len(x) * x.mean() ** 2))
        result[arm] = float(share)
    result["diff"] = result["treatment"] - result["control"]
    result["se"] = float(math.sqrt(sum(variances)))
    result["p_value"] = float(2 * stats.norm.sf(abs(result["diff"]) / result["se"]))
    return result
    ### END SOLUTION


# %% nbgrader={"grade_id": "order_share_test_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({
    "order_id": range(1, 9),
    "user_id": [1, 1, 2, 2, 3, 3, 4, 4],
    "group": ["control"] * 4 + ["treatment"] * 4,
    "recommended": [1, 0, 0, 0, 1, 1, 1, 0],
})
_res = order_share_test(_tiny)
assert isinstance(_res, dict) and set(_res) >= {"method", "control", "treatment", "diff", "se", "p_value"}, (
    "order_share_test should return a dict with the keys method, control, treatment, diff, se and p_value"
)
assert _res["method"] in ("delta", "user_mean"), 'method should be "delta" or "user_mean"'
expect_close(_res["diff"], 0.5, what="diff on the tiny example (shares 0.25 and 0.75)")
expect_close(_res["se"], 0.5 ** 1.5, rel=1e-6,
             what="se on the tiny example (every user has two orders, so both methods agree here; "
                  "sample variances, n - 1)")
### BEGIN HIDDEN TESTS
def _per_user(frame):
    codes, users = pd.factorize(frame["user_id"])
    orders_n = np.bincount(codes).astype(float)
    hits = np.bincount(codes, weights=frame["recommended"].to_numpy(dtype=float))
    arm = frame.groupby("user_id")["group"].first().reindex(users).to_numpy()
    return orders_n, hits, arm


def _reference_share_test(frame, method):
    orders_n, hits, arm = _per_user(frame)
    out, variance = {}, 0.0
    for name in ("control", "treatment"):
        x, y = orders_n[arm == name], hits[arm == name]
        n = len(x)
        if method == "delta":
            mx, my = x.mean(), y.mean()
            cov = np.cov(x, y)  # expanded delta-method formula for a ratio of means
            out[name] = my / mx
            variance += (cov[1, 1] / mx ** 2 - 2 * my * cov[0, 1] / mx ** 3 + my ** 2 * cov[0, 0] / mx ** 4) / n
        else:
            shares = y / x
            out[name] = shares.mean()
            variance += shares.var(ddof=1) / n
    out["diff"] = out["treatment"] - out["control"]
    out["se"] = variance ** 0.5
    out["p_value"] = float(2 * stats.norm.sf(abs(out["diff"]) / out["se"]))
    return out


_res = order_share_test(orders.copy())
assert _res["method"] in ("delta", "user_mean"), 'method should be "delta" or "user_mean"'
_ref = _reference_share_test(orders, _res["method"])
_naive_shares = orders.groupby("group")["recommended"].mean()
_naive_se = math.sqrt(sum(_naive_shares * (1 - _naive_shares) / orders.groupby("group").size()))
assert abs(_res["se"] - _naive_se) > 0.05 * _naive_se, (
    "your se is the one of a two-proportion test over orders, which treats the orders of one user as "
    "independent: the experiment was randomised by user"
)
for _key in ("control", "treatment", "diff"):
    expect_close(_res[_key], _ref[_key], rel=1e-9, abs_=1e-12, what=f"{_key} (method {_res['method']!r})")
expect_close(_res["se"], _ref["se"], rel=1e-3, what=f"se (method {_res['method']!r})")
expect_close(_res["p_value"], _ref["p_value"], rel=1e-2, abs_=1e-6,
             what=f"p_value (method {_res['method']!r}, two-sided)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "order_share_test_test_2", "grade": true, "points": 2}
# Hidden: a fresh experiment with interleaved users (fixed seed), compared with the same references
# and with a cluster bootstrap that resamples whole users; the data must not be modified.
### BEGIN HIDDEN TESTS
def _per_user(frame):
    codes, users = pd.factorize(frame["user_id"])
    orders_n = np.bincount(codes).astype(float)
    hits = np.bincount(codes, weights=frame["recommended"].to_numpy(dtype=float))
    arm = frame.groupby("user_id")["group"].first().reindex(users).to_numpy()
    return orders_n, hits, arm


def _reference_share_test(frame, method):
    orders_n, hits, arm = _per_user(frame)
    out, variance = {}, 0.0
    for name in ("control", "treatment"):
        x, y = orders_n[arm == name], hits[arm == name]
        n = len(x)
        if method == "delta":
            mx, my = x.mean(), y.mean()
            cov = np.cov(x, y)  # expanded delta-method formula for a ratio of means
            out[name] = my / mx
            variance += (cov[1, 1] / mx ** 2 - 2 * my * cov[0, 1] / mx ** 3 + my ** 2 * cov[0, 0] / mx ** 4) / n
        else:
            shares = y / x
            out[name] = shares.mean()
            variance += shares.var(ddof=1) / n
    out["diff"] = out["treatment"] - out["control"]
    out["se"] = variance ** 0.5
    out["p_value"] = float(2 * stats.norm.sf(abs(out["diff"]) / out["se"]))
    return out


_rng = np.random.default_rng(55)
_n_users = 1_500
_arm = np.where(_rng.random(_n_users) < 0.45, "treatment", "control")
_prop = np.clip(_rng.beta(1.0, 3.0, _n_users) + 0.04 * (_arm == "treatment"), 0, 1)
_count = 1 + _rng.poisson(_rng.gamma(0.8, 4.0, _n_users))
_who = _rng.permutation(np.repeat(np.arange(_n_users), _count))
_fresh = pd.DataFrame({
    "order_id": np.arange(_who.size) + 500,
    "user_id": 7 * _who + 3,
    "group": _arm[_who],
    "recommended": (_rng.random(_who.size) < _prop[_who]).astype(int),
})
_snapshot = _fresh.copy()
_res = order_share_test(_fresh)
assert _fresh.equals(_snapshot), "order_share_test modified the DataFrame it was given"
_ref = _reference_share_test(_fresh, _res["method"])
for _key in ("control", "treatment", "diff"):
    expect_close(_res[_key], _ref[_key], rel=1e-9, abs_=1e-12,
                 what=f"{_key} on a second experiment (method {_res['method']!r})")
expect_close(_res["se"], _ref["se"], rel=1e-3, what=f"se on a second experiment (method {_res['method']!r})")
_orders_n, _hits, _arms = _per_user(_fresh)
_boot = []
for _ in range(400):
    _diff = []
    for _name in ("control", "treatment"):
        _x, _y = _orders_n[_arms == _name], _hits[_arms == _name]
        _pick = _rng.integers(0, len(_x), len(_x))
        _diff.append(_y[_pick].sum() / _x[_pick].sum() if _res["method"] == "delta" else (_y[_pick] / _x[_pick]).mean())
    _boot.append(_diff[1] - _diff[0])
_boot_se = float(np.std(_boot, ddof=1))
assert abs(_res["se"] - _boot_se) < 0.15 * _boot_se, (
    f"your se ({_res['se']:.5f}) disagrees with a bootstrap that resamples whole users ({_boot_se:.5f})"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Did the split come out as planned?
# *Sample ratio mismatch, chi-square goodness of fit*
#
# Before looking at any metric, check that each arm received the share of users the plan
# promised. With 200,000 users a 50/50 split does not come out exactly even, but it comes
# out very close; a gap larger than chance allows is a **sample ratio mismatch** (SRM), and it
# means the assignment or the logging is broken: a redirect that loses slow users, a bot
# filter that treats the arms differently, a crash in one variant. The users who went
# missing are not a random sample, so no metric from such a test can be trusted, however
# good it looks. The check is a chi-square goodness-of-fit test of the observed counts
# against the planned shares: `expected_i = total * share_i`,
# `chi2 = sum((observed_i - expected_i)^2 / expected_i)`, with `k - 1` degrees of freedom for
# `k` arms. Teams use a strict threshold such as 0.001, because the check runs on every
# experiment and a false alarm stops a launch. Test against the *planned* split: a 90/10
# test is supposed to look lopsided.
#
# **Question.** Complete `def srm_test(counts, planned_shares, threshold=0.001):` so that it
# returns a dict with the float `chi2`, the float `p_value` and the bool `mismatch`
# (`p_value < threshold`). `counts` holds the users observed in each arm; `planned_shares`
# holds one positive weight per arm, in the same order, that need not sum to 1 (`[1, 1]`,
# `[50, 50]` and `[0.5, 0.5]` all mean an even split).

# %% nbgrader={"grade_id": "srm_test", "solution": true}
def srm_test(counts, planned_shares, threshold=0.001):
    """Chi-square test of the observed arm sizes against the planned split."""
    ### BEGIN SOLUTION
    observed = np.asarray(counts, dtype=float)
    shares = np.asarray(planned_shares, dtype=float)
    expected = observed.sum() * shares / shares.sum()
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    p_value = float(stats.chi2.sf(chi2, len(observed) - 1))
    return {"chi2": chi2, "p_value": p_value, "mismatch": bool(p_value < threshold)}
    ### END SOLUTION


# %% nbgrader={"grade_id": "srm_test_test", "grade": true, "points": 2}
_res = srm_test([5_000, 5_000], [1, 1])
assert isinstance(_res, dict) and set(_res) >= {"chi2", "p_value", "mismatch"}, (
    "srm_test should return a dict with the keys chi2, p_value and mismatch"
)
expect_close(_res["chi2"], 0.0, abs_=1e-12, what="chi2 for a perfectly even 50/50 split")
assert not _res["mismatch"], "a perfectly even split is no mismatch"
expect_close(srm_test([900, 100], [0.9, 0.1])["chi2"], 0.0, abs_=1e-12, what="chi2 for exactly 900/100 on a 90/10 plan")
### BEGIN HIDDEN TESTS
_where = "srm_test on assignment_counts with an even plan"
_res = srm_test(list(assignment_counts.values()), [1, 1])
_ref = stats.chisquare(list(assignment_counts.values()))
expect_close(_res["chi2"], float(_ref.statistic), rel=1e-9, what=f"chi2 of {_where}")
expect_close(_res["p_value"], float(_ref.pvalue), rel=1e-6, abs_=1e-300, what=f"p_value of {_where}")
assert bool(_res["mismatch"]) is True, f"{_where}: the planted logging loss should be flagged"
for _counts, _shares, _threshold in [([50_210, 49_790], [50, 50], 0.001), ([9_180, 820], [0.9, 0.1], 0.001),
                                     ([9_000, 1_120], [9, 1], 0.001), ([3_020, 2_990, 6_100], [1, 1, 2], 0.001),
                                     ([1_000, 1_100, 950, 1_010], [0.25] * 4, 0.05), ([40_400, 9_600], [4, 1], 0.01),
                                     ([20_000, 20_540], [1, 1], 0.001)]:
    _res = srm_test(_counts, _shares, _threshold)
    _total = sum(_counts)
    _ref = stats.chisquare(_counts, f_exp=[_total * s / sum(_shares) for s in _shares])
    _where = f"srm_test({_counts}, {_shares}, threshold={_threshold})"
    expect_close(_res["chi2"], float(_ref.statistic), rel=1e-9, abs_=1e-12,
                 what=f"chi2 of {_where} (against the planned shares)")
    expect_close(_res["p_value"], float(_ref.pvalue), rel=1e-6, abs_=1e-15,
                 what=f"p_value of {_where} (k - 1 degrees of freedom)")
    assert bool(_res["mismatch"]) == bool(_ref.pvalue < _threshold), f"{_where}: mismatch should be p_value < threshold"
### END HIDDEN TESTS

# %% [markdown]
# ## 7. The launch review
# *Trust first, then the interval*
#
# A launch review turns the checks into a decision, in a fixed order. First the split: if
# the arm sizes fail the SRM check against the planned share, the experiment is
# **invalid**, whatever its metric says; a survivorship bias that drops non-buyers from one
# arm can manufacture a perfectly "significant" win. Only then the effect: ship when the
# whole interval lies above zero, do not ship when it lies wholly below, and otherwise call
# the test inconclusive (which is *not* evidence of no effect). Several tests in
# `launch_reviews` were planned with an unequal split, on purpose.
#
# **Question.** Complete `readout_decision` (its full signature is in the answer cell) so
# that it returns one of the strings `"invalid"`, `"ship"`, `"do not ship"` or
# `"inconclusive"`, by these rules in this order:
# 1. `"invalid"` when the chi-square test of `(control_users, treatment_users)` against the
#    planned split `(1 - planned_treatment_share, planned_treatment_share)` has a p-value
#    below 0.001;
# 2. `"ship"` when the 95% unpooled (Wald) interval of the treatment minus control
#    conversion rate lies entirely above 0;
# 3. `"do not ship"` when it lies entirely below 0;
# 4. `"inconclusive"` otherwise.
#
# You may call your `srm_test` and `conversion_diff_ci`, or write it out.

# %% nbgrader={"grade_id": "readout_decision", "solution": true}
def readout_decision(control_users, control_conversions, treatment_users, treatment_conversions,
                     planned_treatment_share=0.5):
    """Launch decision: "invalid" (sample ratio mismatch), "ship", "do not ship" or "inconclusive"."""
    ### BEGIN SOLUTION
    total = control_users + treatment_users
    expected = np.array([1 - planned_treatment_share, planned_treatment_share]) * total
    observed = np.array([control_users, treatment_users], dtype=float)
    if stats.chi2.sf(((observed - expected) ** 2 / expected).sum(), 1) < 0.001:
        return "invalid"
    p_c = control_conversions / control_users
    p_t = treatment_conversions / treatment_users
    margin = stats.norm.ppf(0.975) * math.sqrt(p_c * (1 - p_c) / control_users + p_t * (1 - p_t) / treatment_users)
    if p_t - p_c - margin > 0:
        return "ship"
    if p_t - p_c + margin < 0:
        return "do not ship"
    return "inconclusive"
    ### END SOLUTION


# %% nbgrader={"grade_id": "readout_decision_test", "grade": true, "points": 2}
assert readout_decision(10_000, 1_000, 10_000, 1_200) == "ship", "10% against 12% on 10,000 users each is a clear win"
assert readout_decision(10_000, 1_000, 10_000, 1_020) == "inconclusive", (
    "10% against 10.2% on 10,000 users each: the interval contains 0"
)
assert readout_decision(10_000, 1_000, 11_000, 1_400) == "invalid", (
    "10,000 against 11,000 users on a 50/50 plan is far outside what chance allows"
)
### BEGIN HIDDEN TESTS
from statistics import NormalDist as _NormalDist


def _reference_decision(nc, xc, nt, xt, share):
    expected_t = (nc + nt) * share
    expected_c = (nc + nt) * (1 - share)
    chi2 = (nt - expected_t) ** 2 / expected_t + (nc - expected_c) ** 2 / expected_c
    if 2 * (1 - _NormalDist().cdf(chi2 ** 0.5)) < 0.001:  # chi-square with 1 df is a squared normal
        return "invalid"
    pc, pt = xc / nc, xt / nt
    half = _NormalDist().inv_cdf(0.975) * (pc * (1 - pc) / nc + pt * (1 - pt) / nt) ** 0.5
    if pt - pc - half > 0:
        return "ship"
    if pt - pc + half < 0:
        return "do not ship"
    return "inconclusive"


for _row in launch_reviews.itertuples(index=False):
    _args = (int(_row.control_users), int(_row.control_conversions), int(_row.treatment_users),
             int(_row.treatment_conversions), float(_row.planned_treatment_share))
    _got = readout_decision(*_args)
    _want = _reference_decision(*_args)
    assert _got == _want, (
        f"{_row.experiment} (planned treatment share {_row.planned_treatment_share}): your decision is {_got!r}; "
        "apply the rules in order, against the planned split"
    )
_rng = np.random.default_rng(57)
for _ in range(200):
    _share = float(_rng.choice([0.5, 0.5, 0.2, 0.1, 0.7]))
    _users = int(_rng.integers(2_000, 60_000))
    _nt = int(_rng.binomial(_users, _share * float(_rng.choice([1.0, 1.0, 0.97, 1.04]))))
    _nc = _users - _nt
    _pc = float(_rng.uniform(0.03, 0.3))
    _args = (_nc, int(_rng.binomial(_nc, _pc)), _nt, int(_rng.binomial(_nt, _pc * _rng.uniform(0.9, 1.12))), _share)
    _got = readout_decision(*_args)
    assert _got == _reference_decision(*_args), f"readout_decision{_args} = {_got!r} breaks the rules"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "launch_review_table"}
# Not graded: the six experiments of the launch review, with your decisions.
try:
    _table = launch_reviews.assign(
        control_rate=lambda d: d["control_conversions"] / d["control_users"],
        treatment_rate=lambda d: d["treatment_conversions"] / d["treatment_users"],
    )
    _table["decision"] = [
        readout_decision(r.control_users, r.control_conversions, r.treatment_users, r.treatment_conversions,
                         r.planned_treatment_share)
        for r in launch_reviews.itertuples(index=False)
    ]
    print(_table[["experiment", "planned_treatment_share", "control_users", "treatment_users",
                  "control_rate", "treatment_rate", "decision"]].round(4).to_string(index=False))
except NotImplementedError:
    print("Answer readout_decision to see the decisions of the launch review here.")

# %% [markdown]
# ## Part D · Many metrics at once
#
# An experiment platform reports dozens of metrics per test. At a 5% level each, twelve
# metrics with no real effect produce at least one "significant" result more than 40% of
# the time (`1 - 0.95^12`), and that is the one that ends up on the slide. Two standard
# corrections, two different promises:
#
# - **Bonferroni** keeps the *family-wise error rate* (the chance of even one false
#   positive among all the metrics) at `alpha`, by testing each of the `m` metrics at
#   `alpha / m`. Simple and safe, but strict: with many metrics it misses real effects.
# - **Benjamini–Hochberg** (BH) keeps the *false discovery rate* (the expected share of
#   false positives among the metrics you call significant) at `alpha`. Sort the p-values,
#   `p_(1) <= ... <= p_(m)`; find the **largest** rank `k` with `p_(k) <= k * alpha / m`;
#   all the metrics of rank 1 to `k` are significant. The step-up rule is the trap: a
#   p-value above its own line is still significant when a larger p-value further along
#   passes its line. Stopping at the first p-value above the line (step-down) is a
#   different, stricter procedure.
#
# In both, `m` is the number of metrics tested, not the number that looked interesting.
#
# ## 8. Bonferroni
#
# **Question.** Complete `def bonferroni_significant(p_values, alpha=0.05):` so that it
# returns the list of metric names (the keys of the dict `p_values`, which maps a name to
# its p-value) that stay significant after the Bonferroni correction, that is with
# `p <= alpha / m`, sorted alphabetically. An empty dict gives an empty list.

# %% nbgrader={"grade_id": "bonferroni_significant", "solution": true}
def bonferroni_significant(p_values, alpha=0.05):
    """Names of the metrics significant after the Bonferroni correction, sorted alphabetically."""
    ### BEGIN SOLUTION
    m = len(p_values)
    return sorted(name for name, p in p_values.items() if p <= alpha / m)
    ### END SOLUTION


# %% nbgrader={"grade_id": "bonferroni_significant_test", "grade": true, "points": 1}
_got = bonferroni_significant({"c": 0.04, "a": 0.001, "b": 0.02})
assert list(_got) == ["a"], (
    f"three metrics at alpha = 0.05 are tested at 0.05 / 3, so only 'a' passes; got {list(_got)}"
)
assert list(bonferroni_significant({})) == [], "no metrics, no significant metrics"
### BEGIN HIDDEN TESTS
_got = list(bonferroni_significant(dict(scorecard_p_values)))
_want = sorted(k for k, p in scorecard_p_values.items() if p * len(scorecard_p_values) <= 0.05)
assert _got == _want, (
    f"on the scorecard you keep {_got}; that is not the Bonferroni set at alpha = 0.05, sorted by name"
)
_rng = np.random.default_rng(58)
for _m, _alpha in [(5, 0.05), (20, 0.05), (40, 0.1), (8, 0.01), (1, 0.05)]:
    _p = {f"metric_{i:02d}": float(v) for i, v in enumerate(_rng.beta(0.3, 1.0, _m))}
    _got = list(bonferroni_significant(dict(_p), _alpha))
    _want = sorted(k for k, p in _p.items() if p * _m <= _alpha)
    assert _got == _want, f"{_m} metrics at alpha = {_alpha}: your list is not the Bonferroni set, sorted by name"
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Benjamini–Hochberg
#
# **Question.** Complete `def benjamini_hochberg_significant(p_values, alpha=0.05):` so
# that it returns the list of metric names that are significant under the BH step-up rule
# at false discovery rate `alpha`, sorted alphabetically (the names of ranks 1 to `k`; when
# no rank passes, an empty list). Metrics with equal p-values stand or fall together.

# %% nbgrader={"grade_id": "benjamini_hochberg_significant", "solution": true}
def benjamini_hochberg_significant(p_values, alpha=0.05):
    """Names of the metrics significant under the Benjamini-Hochberg step-up rule, sorted alphabetically."""
    ### BEGIN SOLUTION
    ranked = sorted(p_values.items(), key=lambda item: item[1])
    m = len(ranked)
    cutoff = 0
    for rank, (_, p) in enumerate(ranked, start=1):
        if p <= rank * alpha / m:
            cutoff = rank
    return sorted(name for name, _ in ranked[:cutoff])
    ### END SOLUTION


# %% nbgrader={"grade_id": "benjamini_hochberg_significant_test", "grade": true, "points": 2}
_got = benjamini_hochberg_significant({"c": 0.04, "a": 0.001, "b": 0.02})
assert list(_got) == ["a", "b", "c"], (
    f"0.001 <= 1 x 0.05/3, 0.02 <= 2 x 0.05/3 and 0.04 <= 3 x 0.05/3: all three pass; got {list(_got)}"
)
_got = benjamini_hochberg_significant({"a": 0.01, "b": 0.03, "c": 0.035, "d": 0.5})
assert list(_got) == ["a", "b", "c"], (
    f"b (0.03) misses its own line 2 x 0.05/4 = 0.025, but c (0.035) passes 3 x 0.05/4, so the step-up rule "
    f"keeps the three smallest; got {list(_got)}"
)
### BEGIN HIDDEN TESTS
def _reference_bh(p, alpha):
    names = list(p)
    adjusted = stats.false_discovery_control(np.array([p[n] for n in names]), method="bh")
    return sorted(n for n, q in zip(names, adjusted) if q <= alpha)


_got = list(benjamini_hochberg_significant(dict(scorecard_p_values)))
assert _got == _reference_bh(scorecard_p_values, 0.05), (
    f"on the scorecard you keep {_got}: that is not the Benjamini-Hochberg set at alpha = 0.05, sorted by name"
)
_rng = np.random.default_rng(59)
for _m, _alpha in [(6, 0.05), (20, 0.05), (50, 0.1), (10, 0.2), (1, 0.05), (30, 0.05)]:
    _p = {f"m{i:02d}": float(v) for i, v in enumerate(np.concatenate([_rng.uniform(0, 1, _m - _m // 3),
                                                                   _rng.uniform(0, 0.03, _m // 3)]))}
    _got = list(benjamini_hochberg_significant(dict(_p), _alpha))
    assert _got == _reference_bh(_p, _alpha), (
        f"{_m} metrics at alpha = {_alpha}: your list is not the Benjamini-Hochberg set (step-up rule), sorted by name"
    )
_tied = {"x": 0.02, "y": 0.02, "z": 0.02, "w": 0.9}
assert list(benjamini_hochberg_significant(_tied)) == ["x", "y", "z"], "three equal p-values of 0.02 among four metrics"
assert list(benjamini_hochberg_significant({"a": 0.3, "b": 0.6})) == [], "no p-value passes: the list should be empty"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "scorecard_plot"}
# Not graded: the search-ranking scorecard as a forest plot, every metric's effect as a share of
# its control mean with your 95% interval; dark points stay significant under Benjamini-Hochberg.
try:
    _names = list(scorecard_data)
    _rows = [mean_diff_ci(*scorecard_data[name]) for name in _names]
    _scale = [100 / scorecard_data[name][0].mean() for name in _names]
    _keep = set(benjamini_hochberg_significant(scorecard_p_values))
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for _y, (_name, _row, _k) in enumerate(zip(_names, _rows, _scale)):
        _colour = "tab:blue" if _name in _keep else "tab:gray"
        ax.errorbar(_row["diff"] * _k, _y, xerr=[[(_row["diff"] - _row["ci_low"]) * _k],
                                                [(_row["ci_high"] - _row["diff"]) * _k]],
                    fmt="o", color=_colour, capsize=3)
    ax.axvline(0, color="black", linewidth=1)
    ax.set_yticks(range(len(_names)), _names)
    ax.invert_yaxis()
    ax.set_xlabel("treatment minus control, % of the control mean (95% CI)")
    ax.set_title("Search-ranking scorecard (blue: significant after BH)")
    fig.tight_layout()
    plt.show()
    print("uncorrected p <= 0.05:", sorted(k for k, p in scorecard_p_values.items() if p <= 0.05))
    print("Bonferroni:", bonferroni_significant(scorecard_p_values))
    print("Benjamini-Hochberg:", sorted(_keep))
except NotImplementedError:
    plt.close("all")
    print("Answer mean_diff_ci, bonferroni_significant and benjamini_hochberg_significant to see the scorecard here.")

# %% [markdown]
# ## Part E · Effects that change over time
#
# ## 10. The daily treatment effect
# *Aggregating before dividing, one interval per day*
#
# A new design attracts clicks simply because it is new. Regular users explore it for a few
# days, then go back to their habits, and the lift fades: a **novelty effect**. (The
# opposite, a *primacy* effect, starts negative while users relearn where things are.) A
# test read after three days overstates the lasting effect; one averaged over all 28 days
# still mixes the bump in. The first step is to look at the effect day by day.
#
# `novelty_daily` counts users and add-to-carts per day, arm and platform, in shuffled
# order. A day's rate in an arm is its add-to-carts divided by its users **over both
# platforms**: sum the counts first, then divide. Averaging the two platforms' rates
# would give the small app audience as much weight as the larger web one.
#
# **Question.** Complete `def daily_effects(daily, confidence=0.95):` for a DataFrame with
# the columns of `novelty_daily`. Return a DataFrame with one row per day, indexed by the
# day number in ascending order, and the float columns `control_rate`, `treatment_rate`,
# `effect` (treatment rate minus control rate), `ci_low` and `ci_high` (that day's
# unpooled Wald interval at level `confidence`, as in exercise 4).

# %% nbgrader={"grade_id": "daily_effects", "solution": true}
def daily_effects(daily, confidence=0.95):
    """Per day: both arms' add-to-cart rates over all platforms, their difference and its Wald interval."""
    ### BEGIN SOLUTION
    totals = daily.groupby(["day", "group"])[["users", "add_to_cart"]].sum().unstack("group")
    users, carts = totals["users"], totals["add_to_cart"]
    rates = carts / users
    effect = rates["treatment"] - rates["control"]
    se = np.sqrt(rates["treatment"] * (1 - rates["treatment"]) / users["treatment"]
                 + rates["control"] * (1 - rates["control"]) / users["control"])
    margin = stats.norm.ppf(0.5 + confidence / 2) * se
    table = pd.DataFrame({
        "control_rate": rates["control"], "treatment_rate": rates["treatment"], "effect": effect,
        "ci_low": effect - margin, "ci_high": effect + margin,
    }).astype(float)
    table.index.name = "day"
    return table.sort_index()
    ### END SOLUTION


# %% nbgrader={"grade_id": "daily_effects_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({
    "day": [2, 1, 1, 2, 1, 1, 2, 2],
    "group": ["control", "control", "treatment", "treatment", "control", "treatment", "control", "treatment"],
    "platform": ["web", "web", "web", "web", "app", "app", "app", "app"],
    "users": [300, 300, 300, 300, 100, 100, 100, 100],
    "add_to_cart": [30, 30, 45, 36, 20, 25, 20, 24],
})
_table = daily_effects(_tiny)
assert isinstance(_table, pd.DataFrame), "daily_effects should return a DataFrame"
assert list(_table.index) == [1, 2], f"the index should be the days in ascending order, got {list(_table.index)}"
assert set(_table.columns) >= {"control_rate", "treatment_rate", "effect", "ci_low", "ci_high"}, (
    "the columns should be control_rate, treatment_rate, effect, ci_low and ci_high"
)
expect_close(_table.loc[1, "control_rate"], 50 / 400, what="day 1 control_rate (50 add-to-carts out of 400 users)")
expect_close(_table.loc[1, "effect"], 70 / 400 - 50 / 400, what="day 1 effect")
### BEGIN HIDDEN TESTS
_snapshot = novelty_daily.copy()
_table = daily_effects(novelty_daily)
assert novelty_daily.equals(_snapshot), "daily_effects modified the DataFrame it was given"
_day = novelty_daily["day"].to_numpy()
_treat = (novelty_daily["group"] == "treatment").to_numpy()
_days = np.unique(_day)
assert [int(d) for d in _table.index] == [int(d) for d in _days], "one row per day of the data, in ascending order"
for _level in (0.95, 0.9):
    _table = daily_effects(novelty_daily.copy(), confidence=_level)
    _z = stats.norm.ppf(0.5 + _level / 2)
    for _d in _days:
        _arms = {}
        for _name, _mask in (("control", ~_treat), ("treatment", _treat)):
            _sel = (_day == _d) & _mask
            _arms[_name] = (novelty_daily["add_to_cart"].to_numpy()[_sel].sum(),
                            novelty_daily["users"].to_numpy()[_sel].sum())
        _rc = _arms["control"][0] / _arms["control"][1]
        _rt = _arms["treatment"][0] / _arms["treatment"][1]
        _half = _z * math.sqrt(_rc * (1 - _rc) / _arms["control"][1] + _rt * (1 - _rt) / _arms["treatment"][1])
        _row = _table.loc[_d]
        expect_close(_row["control_rate"], _rc, rel=1e-9,
                     what=f"control_rate of day {_d} (sum over platforms, then divide)")
        expect_close(_row["treatment_rate"], _rt, rel=1e-9, what=f"treatment_rate of day {_d}")
        expect_close(_row["effect"], _rt - _rc, rel=1e-9, abs_=1e-12, what=f"effect of day {_d}")
        expect_close(_row["ci_low"], _rt - _rc - _half, rel=1e-7, abs_=1e-12,
                     what=f"ci_low of day {_d} at level {_level}")
        expect_close(_row["ci_high"], _rt - _rc + _half, rel=1e-7, abs_=1e-12,
                     what=f"ci_high of day {_d} at level {_level}")
### END HIDDEN TESTS

# %% [markdown]
# ## 11. When does the novelty wear off?
# *A steady level, a tolerance band, the effect after the novelty period*
#
# To put a date on "the novelty has worn off", fix a rule before looking. Here: take the
# average effect of the last `tail_days` days as the **steady level**. The effect has
# stabilised on the first day from which it stays within `tolerance` of that level *every
# day until the end* (a day inside the band followed by one outside does not count). The
# effect after the novelty period is then the average daily effect from that day on; the
# all-days average shows how much the bump would have inflated a naive readout. In a real
# review you would also check that the tail is long enough to be steady, and that new
# users (who never saw the old page) show no bump at all.
#
# **Question.** Complete `def novelty_summary(effects, tolerance=0.004, tail_days=14):` for a
# DataFrame indexed by day in ascending order with a float column `effect` (such as the
# output of `daily_effects`). Return a dict with:
# - `all_days_effect`: the mean of all the daily effects;
# - `steady_effect`: the mean of the last `tail_days` daily effects;
# - `stable_from_day`: the index label (an `int`) of the first day from which every daily
#   effect, that day's included, is within `tolerance` of `steady_effect`
#   (`abs(effect - steady_effect) <= tolerance`), or `None` if even the last day is not;
# - `post_novelty_effect`: the mean of the daily effects from `stable_from_day` to the end
#   (`None` when `stable_from_day` is `None`).

# %% nbgrader={"grade_id": "novelty_summary", "solution": true}
def novelty_summary(effects, tolerance=0.004, tail_days=14):
    """Steady level, day the effect stabilises and mean effect after the novelty period."""
    ### BEGIN SOLUTION
    effect = effects["effect"].to_numpy(dtype=float)
    steady = float(effect[-tail_days:].mean())
    first = None
    for i in range(len(effect) - 1, -1, -1):
        if abs(effect[i] - steady) > tolerance:
            break
        first = i
    return {
        "all_days_effect": float(effect.mean()),
        "steady_effect": steady,
        "stable_from_day": None if first is None else int(effects.index[first]),
        "post_novelty_effect": None if first is None else float(effect[first:].mean()),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "novelty_summary_test", "grade": true, "points": 2}
_toy = pd.DataFrame({"effect": [0.05, 0.02, 0.011, 0.009, 0.010, 0.010]}, index=range(1, 7))
_res = novelty_summary(_toy, tolerance=0.002, tail_days=3)
assert isinstance(_res, dict) and set(_res) >= {"all_days_effect", "steady_effect", "stable_from_day",
                                                "post_novelty_effect"}, (
    "novelty_summary should return a dict with the keys all_days_effect, steady_effect, stable_from_day and "
    "post_novelty_effect"
)
expect_close(_res["steady_effect"], 0.029 / 3, what="steady_effect of the toy series (mean of the last 3 days)")
assert _res["stable_from_day"] == 3, (
    f"stable_from_day = {_res['stable_from_day']}: from day 3 on every effect is within 0.002 of the steady level"
)
expect_close(_res["post_novelty_effect"], 0.01, what="post_novelty_effect of the toy series (days 3 to 6)")
### BEGIN HIDDEN TESTS
def _reference_summary(days, values, tolerance, tail_days):
    steady = sum(values[len(values) - tail_days:]) / tail_days
    inside = [abs(v - steady) <= tolerance for v in values]
    start = None
    for i in range(len(values)):
        if all(inside[i:]):
            start = i
            break
    return {"all_days_effect": sum(values) / len(values), "steady_effect": steady,
            "stable_from_day": None if start is None else days[start],
            "post_novelty_effect": None if start is None else sum(values[start:]) / (len(values) - start)}


_day = novelty_daily["day"].to_numpy()
_treat = (novelty_daily["group"] == "treatment").to_numpy()
_carts, _users = novelty_daily["add_to_cart"].to_numpy(), novelty_daily["users"].to_numpy()
_days = sorted(int(d) for d in np.unique(_day))
_values = [_carts[(_day == d) & _treat].sum() / _users[(_day == d) & _treat].sum()
           - _carts[(_day == d) & ~_treat].sum() / _users[(_day == d) & ~_treat].sum() for d in _days]
_rng = np.random.default_rng(511)
_wiggly = [0.03, 0.001, 0.012, 0.002, 0.011, 0.010, 0.009, 0.0122, 0.0105, 0.0098]
_cases = [
    (_days, _values, 0.004, 14), (_days, _values, 0.002, 10),
    (list(range(3, 13)), _wiggly, 0.002, 4),  # inside, outside, inside again: only the last entry counts
    (list(range(1, 8)), [0.05, 0.04, 0.03, 0.02, 0.01, 0.0, 0.03], 0.001, 3),  # even the last day is outside
    (list(range(10, 40)), list(0.01 + 0.02 * np.exp(-np.arange(30) / 4) + _rng.normal(0, 0.001, 30)), 0.003, 10),
]
for _d, _v, _tol, _tail in _cases:
    _frame = pd.DataFrame({"effect": _v}, index=pd.Index(_d, name="day"))
    _res = novelty_summary(_frame, tolerance=_tol, tail_days=_tail)
    _ref = _reference_summary(_d, _v, _tol, _tail)
    _where = f"{len(_v)} days from day {_d[0]}, tolerance={_tol}, tail_days={_tail}"
    expect_close(_res["all_days_effect"], _ref["all_days_effect"], rel=1e-9, abs_=1e-12,
                 what=f"all_days_effect ({_where})")
    expect_close(_res["steady_effect"], _ref["steady_effect"], rel=1e-9, abs_=1e-12, what=f"steady_effect ({_where})")
    assert _res["stable_from_day"] == _ref["stable_from_day"], (
        f"stable_from_day = {_res['stable_from_day']} ({_where}): it is the first day from which *every* later "
        "day stays inside the band, given by its index label, or None"
    )
    if _ref["post_novelty_effect"] is None:
        assert _res["post_novelty_effect"] is None, (
            f"post_novelty_effect should be None when no day is stable ({_where})"
        )
    else:
        expect_close(_res["post_novelty_effect"], _ref["post_novelty_effect"], rel=1e-9, abs_=1e-12,
                     what=f"post_novelty_effect ({_where})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "novelty_summary_test_2", "grade": true, "points": 1}
# Hidden: on the daily effects of the redesign data, the summary should find the planted
# truth: a lasting lift of 0.6 points, a bump gone after about a week.
### BEGIN HIDDEN TESTS
_totals = novelty_daily.groupby(["day", "group"])[["users", "add_to_cart"]].sum()
_rates = (_totals["add_to_cart"] / _totals["users"]).unstack("group")
_res = novelty_summary(pd.DataFrame({"effect": _rates["treatment"] - _rates["control"]}))
assert _res["stable_from_day"] is not None and 6 <= _res["stable_from_day"] <= 10, (
    f"on the redesign data your stable_from_day is {_res['stable_from_day']}; the planted bump falls below "
    "the tolerance after about a week"
)
assert abs(_res["post_novelty_effect"] - 0.006) < 0.0015, (
    f"post_novelty_effect = {_res['post_novelty_effect']:.4f} on the redesign data is far from the planted lasting lift"
)
assert _res["all_days_effect"] > _res["post_novelty_effect"] + 0.002, (
    "on the redesign data the all-days average should clearly exceed the effect after the novelty period"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "novelty_plot"}
# Not graded: the daily effect with its 95% interval, the steady level and its tolerance band,
# and the day the effect stabilises according to your rule.
try:
    _table = daily_effects(novelty_daily)
    _summary = novelty_summary(_table)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.errorbar(_table.index, 100 * _table["effect"],
                yerr=[100 * (_table["effect"] - _table["ci_low"]), 100 * (_table["ci_high"] - _table["effect"])],
                fmt="o-", capsize=2, label="daily effect (95% CI)")
    ax.axhline(100 * _summary["steady_effect"], color="tab:green", label="steady level (last 14 days)")
    ax.axhspan(100 * (_summary["steady_effect"] - 0.004), 100 * (_summary["steady_effect"] + 0.004),
               color="tab:green", alpha=0.15, label="tolerance band")
    if _summary["stable_from_day"] is not None:
        ax.axvline(_summary["stable_from_day"], color="tab:red", linestyle="--",
                   label=f"stable from day {_summary['stable_from_day']}")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlabel("day of the experiment")
    ax.set_ylabel("add-to-cart rate, treatment minus control (points)")
    ax.set_title("Novelty effect of the product-page redesign")
    ax.legend()
    fig.tight_layout()
    plt.show()
    print(f"all days: {100 * _summary['all_days_effect']:+.2f} points, after the novelty: "
          f"{100 * (_summary['post_novelty_effect'] or float('nan')):+.2f} points   [planted lasting lift: +0.60]")
except NotImplementedError:
    plt.close("all")
    print("Answer daily_effects and novelty_summary to see the novelty plot here.")

# %% [markdown]
# ## Part F · Sharper and safer tests
#
# ## 12. Variance reduction with CUPED
# *A pre-period covariate, theta, the adjusted estimate*
#
# Much of the spread in revenue per user has nothing to do with the experiment: big
# spenders were big spenders last month too. CUPED (Controlled-experiment Using
# Pre-Experiment Data) removes the part of the metric that the pre-period predicts. With
# `X` the pre-period revenue and `Y` the in-test revenue,
# `theta = cov(X, Y) / var(X)`, computed over **all users of both arms together**, and
# `Y_cuped = Y - theta * (X - mean(X))`, with `mean(X)` over all users too. Because `X` was
# measured before assignment, the treatment cannot have moved it, so the adjusted
# difference in means estimates the same effect as the raw one, and its variance shrinks by
# a share of about `corr(X, Y)^2`: the same power with far fewer users.
#
# Two slips are common. A covariate measured *during* the test (anything the treatment can
# change) leaks part of the effect into the adjustment and biases the estimate. And
# centring `X` on each arm's *own* mean cancels the adjustment of the estimate while still
# shrinking the variance: you report the raw difference with an interval that is too
# narrow.
#
# **Question.** Complete `def cuped_estimate(users):` for a DataFrame with the columns of
# `cuped_users`. Return a dict with the floats:
# - `theta`, as defined above;
# - `raw_effect`: mean `revenue` of the treatment minus that of the control;
# - `cuped_effect`: the same difference for `Y_cuped`;
# - `variance_reduction`: `1 - V_cuped / V_raw`, where `V` is the squared Welch standard
#   error of the difference in means, `s_t^2 / n_t + s_c^2 / n_c` (sample variances), of
#   `Y_cuped` and of `revenue` respectively.

# %% nbgrader={"grade_id": "cuped_estimate", "solution": true}
def cuped_estimate(users):
    """CUPED with the pre-period revenue: theta, raw and adjusted effects, and the variance reduction."""
    ### BEGIN SOLUTION
    x = users["pre_revenue"].to_numpy(dtype=float)
    y = users["revenue"].to_numpy(dtype=float)
    treated = (users["group"] == "treatment").to_numpy()
    theta = np.cov(x, y)[0, 1] / x.var(ddof=1)
    adjusted = y - theta * (x - x.mean())

    def welch_variance(values):
        return values[treated].var(ddof=1) / treated.sum() + values[~treated].var(ddof=1) / (~treated).sum()

    return {
        "theta": float(theta),
        "raw_effect": float(y[treated].mean() - y[~treated].mean()),
        "cuped_effect": float(adjusted[treated].mean() - adjusted[~treated].mean()),
        "variance_reduction": float(1 - welch_variance(adjusted) / welch_variance(y)),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "cuped_estimate_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "user_id": [1, 2, 3, 4, 5, 6],
    "group": ["control", "control", "control", "treatment", "treatment", "treatment"],
    "pre_revenue": [0.0, 10.0, 20.0, 0.0, 10.0, 20.0],
    "revenue": [1.0, 11.0, 21.0, 3.0, 13.0, 23.0],
})
_res = cuped_estimate(_toy)
assert isinstance(_res, dict) and set(_res) >= {"theta", "raw_effect", "cuped_effect", "variance_reduction"}, (
    "cuped_estimate should return a dict with the keys theta, raw_effect, cuped_effect and variance_reduction"
)
expect_close(_res["raw_effect"], 2.0, what="raw_effect on the toy data")
expect_close(_res["theta"], 1.0, what="theta on the toy data (revenue = pre_revenue + a constant in each arm)")
expect_close(_res["cuped_effect"], 2.0, what="cuped_effect on the toy data (both arms have the same pre-period)")
expect_close(_res["variance_reduction"], 1.0, what="variance_reduction on the toy data (nothing is left to explain)")
### BEGIN HIDDEN TESTS
_snapshot = cuped_users.copy()
_res = cuped_estimate(cuped_users)
assert cuped_users.equals(_snapshot), "cuped_estimate modified the DataFrame it was given"
_x = cuped_users["pre_revenue"].to_numpy(dtype=float)
_y = cuped_users["revenue"].to_numpy(dtype=float)
_t = (cuped_users["group"] == "treatment").to_numpy(dtype=float)
_ones = np.ones_like(_x)
# theta as the slope of a least-squares line of revenue on pre_revenue (all users)
_theta = np.linalg.lstsq(np.column_stack([_ones, _x]), _y, rcond=None)[0][1]
expect_close(_res["theta"], float(_theta), rel=1e-7, what="theta (over all users, slope of revenue on pre_revenue)")
# effects as the treatment coefficient of a regression of the (adjusted) outcome on the arm
_raw = np.linalg.lstsq(np.column_stack([_ones, _t]), _y, rcond=None)[0][1]
_adjusted = _y - _theta * _x
_cuped = np.linalg.lstsq(np.column_stack([_ones, _t]), _adjusted, rcond=None)[0][1]
expect_close(_res["raw_effect"], float(_raw), rel=1e-7, what="raw_effect")
expect_close(_res["cuped_effect"], float(_cuped), rel=1e-7,
             what="cuped_effect (centre pre_revenue on the mean over all users, not per arm)")
_frame = pd.DataFrame({"arm": _t, "raw": _y, "adj": _adjusted})
_stats = _frame.groupby("arm").agg(["var", "count"])
_v_raw = float((_stats[("raw", "var")] / _stats[("raw", "count")]).sum())
_v_adj = float((_stats[("adj", "var")] / _stats[("adj", "count")]).sum())
expect_close(_res["variance_reduction"], 1 - _v_adj / _v_raw, abs_=1e-4, rel=0,
             what="variance_reduction (squared Welch standard errors of the adjusted and the raw difference)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "cuped_estimate_test_2", "grade": true, "points": 2}
# Hidden: on the CUPED data and on a fresh seeded experiment, your estimate agrees with a full
# regression of revenue on the arm and pre_revenue (ANCOVA), is near the planted lift, and
# the variance reduction is close to the squared correlation of pre- and in-test revenue.
### BEGIN HIDDEN TESTS
def _ancova(frame):
    x = frame["pre_revenue"].to_numpy(dtype=float)
    y = frame["revenue"].to_numpy(dtype=float)
    t = (frame["group"] == "treatment").to_numpy(dtype=float)
    design = np.column_stack([np.ones_like(x), t, x - x.mean()])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    residual = y - design @ coef
    cov = np.linalg.inv(design.T @ design) * residual.var(ddof=3)
    return float(coef[1]), float(cov[1, 1] ** 0.5), float(np.corrcoef(x, y)[0, 1] ** 2)


_rng = np.random.default_rng(512)
_value = _rng.gamma(1.5, 20.0, 9_000)
_arm = _rng.random(9_000) < 0.4
_second = pd.DataFrame({
    "user_id": np.arange(9_000), "group": np.where(_arm, "treatment", "control"),
    "pre_revenue": _value * _rng.gamma(5.0, 0.2, 9_000),
    "revenue": _value * _rng.gamma(5.0, 0.2, 9_000) + 2.5 * _arm,
})
for _name, _frame, _planted in (("the CUPED data", cuped_users, 1.0), ("a second experiment", _second, 2.5)):
    _res = cuped_estimate(_frame.copy())
    _effect, _se, _r2 = _ancova(_frame)
    assert abs(_res["cuped_effect"] - _effect) < 0.1 * _se, (
        f"on {_name} your cuped_effect ({_res['cuped_effect']:.3f}) disagrees with a regression of revenue on the "
        "arm and pre_revenue"
    )
    assert abs(_res["cuped_effect"] - _planted) < 4 * _se, f"on {_name} your cuped_effect is far from the planted lift"
    assert abs(_res["variance_reduction"] - _r2) < 0.03, (
        f"on {_name} your variance_reduction ({_res['variance_reduction']:.3f}) is far from the squared correlation "
        "of pre_revenue and revenue"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "cuped_demo"}
# Not graded: the raw and the CUPED readout of the same experiment (planted lift +$1.00).
try:
    _cuped = cuped_estimate(cuped_users)
    _is_t = cuped_users["group"] == "treatment"
    _raw = mean_diff_ci(cuped_users.loc[~_is_t, "revenue"], cuped_users.loc[_is_t, "revenue"])
    _half_raw = (_raw["ci_high"] - _raw["ci_low"]) / 2
    _half_cuped = _half_raw * math.sqrt(1 - _cuped["variance_reduction"])
    print(f"raw:   {_cuped['raw_effect']:+.2f} $ per user, 95% CI +/- {_half_raw:.2f}")
    print(f"CUPED: {_cuped['cuped_effect']:+.2f} $ per user, 95% CI +/- {_half_cuped:.2f} "
          f"(theta = {_cuped['theta']:.3f}, variance {100 * _cuped['variance_reduction']:.0f}% smaller)")
except NotImplementedError:
    print("Answer cuped_estimate and mean_diff_ci to compare the two readouts here.")

# %% [markdown]
# ## 13. The price of peeking
# *Repeated significance tests, simulated A/A experiments*
#
# Checking the dashboard every morning and stopping the first time p < 0.05 feels harmless,
# since each look is a valid 5% test. But the experiment gets many chances to cross the
# line by luck, and the p-value wanders: under the null it drifts in and out of
# significance. The false-positive rate of "stop at the first significant look" is far
# above 5%. A simulation under the null (an A/A test, where every rejection is a false
# positive) shows by how much. Valid ways to look early exist: a fixed plan of looks with a
# stricter per-look level (Bonferroni across looks is the bluntest: `alpha / n_looks` at
# each; group-sequential boundaries such as Pocock or O'Brien–Fleming, or always-valid
# sequential tests, are sharper).
#
# **Question.** Complete
# `def peeking_false_positive_rate(n_looks, users_per_look, n_sims=2000, alpha=0.05, bonferroni=False, seed=0):`
# so that it simulates `n_sims` A/A experiments with `rng = np.random.default_rng(seed)` and
# returns, as a float, the share of them that are declared significant at **any** look.
# In each experiment, every user's metric is standard normal in both arms. At look `k`
# (`k = 1 ... n_looks`) each arm has `n = k * users_per_look` users in total, and the test
# is the two-sided z-test with known variance, `z = (mean_t - mean_c) / sqrt(2 / n)`,
# significant when `|z| > z_(1 - a/2)`, with `a = alpha` or, when `bonferroni` is true,
# `a = alpha / n_looks`. The exact random draws are up to you (per user, or faster, the sum
# of each new batch of `users_per_look` users, which is normal with variance
# `users_per_look`); the same seed must give the same result.

# %% nbgrader={"grade_id": "peeking_false_positive_rate", "solution": true}
def peeking_false_positive_rate(n_looks, users_per_look, n_sims=2000, alpha=0.05, bonferroni=False, seed=0):
    """Share of simulated A/A tests declared significant at any of n_looks interim looks."""
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    batch_sums = rng.normal(0.0, math.sqrt(users_per_look), size=(n_sims, n_looks, 2))
    totals = batch_sums.cumsum(axis=1)
    users = users_per_look * np.arange(1, n_looks + 1)
    z = (totals[:, :, 1] - totals[:, :, 0]) / users / np.sqrt(2 / users)
    level = alpha / n_looks if bonferroni else alpha
    critical = stats.norm.ppf(1 - level / 2)
    return float((np.abs(z) > critical).any(axis=1).mean())
    ### END SOLUTION


# %% nbgrader={"grade_id": "peeking_false_positive_rate_test", "grade": true, "points": 2}
_once = peeking_false_positive_rate(1, 100, n_sims=4_000, seed=1)
assert 0.035 < _once < 0.065, f"with a single look the test is an ordinary 5% test, but your rate is {_once:.3f}"
_first = peeking_false_positive_rate(5, 100, n_sims=500, seed=3)
assert _first == peeking_false_positive_rate(5, 100, n_sims=500, seed=3), "the same seed should give the same result"
### BEGIN HIDDEN TESTS
def _reference_peeking(n_looks, alpha, bonferroni, n_sims, seed):
    rng = np.random.default_rng(seed)
    # the difference of the arm means after k looks, in units of its standard error, is a scaled random walk
    steps = rng.standard_normal((n_sims, n_looks))
    z = steps.cumsum(axis=1) / np.sqrt(np.arange(1, n_looks + 1))
    level = alpha / n_looks if bonferroni else alpha
    return float((np.abs(z) > stats.norm.ppf(1 - level / 2)).any(axis=1).mean())


for _looks, _per_look, _alpha, _bonf in [(10, 50, 0.05, False), (5, 80, 0.05, False), (20, 20, 0.05, False),
                                          (10, 50, 0.05, True), (4, 100, 0.1, False)]:
    _got = float(peeking_false_positive_rate(_looks, _per_look, n_sims=4_000, alpha=_alpha, bonferroni=_bonf, seed=7))
    _want = _reference_peeking(_looks, _alpha, _bonf, 40_000, 8)
    _tol = 4.5 * math.sqrt(_want * (1 - _want) * (1 / 4_000 + 1 / 40_000))
    _where = f"{_looks} looks, alpha={_alpha}, bonferroni={_bonf}"
    assert abs(_got - _want) < _tol, (
        f"{_where}: your false-positive rate {_got:.3f} is not what a simulation of the rule gives "
        "(an experiment counts once if any of its looks rejects; two-sided; the right level per look?)"
    )
_uncorrected = peeking_false_positive_rate(10, 50, n_sims=4_000, seed=11)
assert _uncorrected > 0.12, f"with 10 looks and no correction your rate ({_uncorrected:.3f}) should be far above 5%"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "peeking_false_positive_rate_test_2", "grade": true, "points": 1}
# Hidden: with the Bonferroni correction the rate stays at or below alpha, however many looks
# (compared with a reference simulation of 100,000 A/A tests per case, fixed seeds).
### BEGIN HIDDEN TESTS
for _looks in (2, 10, 25):
    _rng = np.random.default_rng(600 + _looks)
    _z = _rng.standard_normal((100_000, _looks)).cumsum(axis=1) / np.sqrt(np.arange(1, _looks + 1))
    _want = float((np.abs(_z) > stats.norm.ppf(1 - 0.05 / _looks / 2)).any(axis=1).mean())
    _rate = float(peeking_false_positive_rate(_looks, 30, n_sims=4_000, alpha=0.05, bonferroni=True, seed=_looks))
    assert _rate <= 0.05 + 4 * math.sqrt(0.05 * 0.95 / 4_000), (
        f"with {_looks} looks and bonferroni=True your rate is {_rate:.3f}, above alpha = 0.05"
    )
    assert abs(_rate - _want) < 4.5 * math.sqrt(_want * (1 - _want) * (1 / 4_000 + 1 / 100_000)), (
        f"with {_looks} looks and bonferroni=True your rate ({_rate:.4f}) is not what the corrected rule gives: "
        "every look is tested at alpha / n_looks, and an experiment counts if any look rejects"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "peeking_demo"}
# Not graded: how fast the false-positive rate climbs with the number of looks.
try:
    _looks = [1, 2, 3, 5, 10, 20, 30]
    _plain = [peeking_false_positive_rate(k, 50, seed=k) for k in _looks]
    _bonf = [peeking_false_positive_rate(k, 50, bonferroni=True, seed=k) for k in _looks]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(_looks, _plain, "o-", label="stop at the first p < 0.05")
    ax.plot(_looks, _bonf, "s-", label="Bonferroni across looks")
    ax.axhline(0.05, color="black", linestyle=":", label="alpha = 0.05")
    ax.set_xlabel("number of looks")
    ax.set_ylabel("false-positive rate (A/A tests)")
    ax.set_title("Peeking inflates false positives")
    ax.legend()
    fig.tight_layout()
    plt.show()
except NotImplementedError:
    plt.close("all")
    print("Answer peeking_false_positive_rate to see the peeking curve here.")

# %% [markdown]
# ## Part G · When not to A/B test
#
# An interviewer who has heard "I would A/B test it" a hundred times will ask when you
# would *not*. A randomised experiment rests on a few assumptions: units that do not
# influence each other, enough of them to detect the effect you care about, a change you
# can try on some users and take back, and a treatment you may ethically give or withhold.
# When one fails, the honest answer names the problem and proposes what to do instead.
#
# For each of the four situations below, write two or three sentences: **why** a standard
# user-randomised A/B test would mislead or cannot be run, and **what you would do
# instead** (with the trade-off you accept).
#
# 1. A new pricing suggestion tool for marketplace sellers: sellers in the treatment get
#    suggested prices, and buyers see offers from sellers in both arms.
# 2. A redesigned onboarding flow for a B2B procurement portal that signs up about 40 new
#    business accounts a month, of which a quarter become active; a good outcome would be
#    2 more active accounts out of 40, 30% instead of 25% (exercise 1 tells you how long a
#    test would take).
# 3. Moving every customer to a new loyalty programme that replaces points with a paid
#    membership: announced publicly, and impossible to take back from those who joined.
# 4. Testing whether hiding the "frequently returned" warning on some products raises
#    sales.
#
# **Rubric (4 points, one per situation).** A point needs both parts:
# - 1: names interference between units (network or marketplace effects: treated sellers
#   take sales from control sellers, so the comparison is biased, usually overstating the
#   effect) *and* proposes a design that contains it: randomise clusters (markets,
#   categories, regions), switchback tests over time, or a two-sided design; notes the
#   loss of power or the remaining spill-over.
# - 2: says the traffic is far too small (a test would need years, or could only detect an
#   implausibly large lift) *and* proposes an alternative: ship on judgement with
#   qualitative research, usability tests, a before/after with careful monitoring, a
#   bigger change or a more sensitive leading metric, or a Bayesian decision with a prior;
#   accepts the weaker evidence.
# - 3: names the irreversibility or one-shot nature (you cannot roll back, customers talk
#   to each other and see the public announcement, the long-term effect is what matters)
#   *and* proposes what to do instead: surveys, a pilot in one market treated as a
#   geo-experiment, a staged rollout with holdback regions, causal inference after launch
#   (difference-in-differences, synthetic control).
# - 4: names the ethical problem (knowingly withholding safety or quality information from
#   customers harms them and erodes trust; it would not pass an ethics or legal review)
#   *and* says not to run it, or to study the question without harm (observational data,
#   testing *better* presentations of the warning instead).

# %% [markdown] nbgrader={"grade_id": "when_not_to_ab_test", "solution": true, "grade": true, "points": 4}
# 1. **Marketplace pricing.** Buyers see both arms' sellers, so the arms interfere: if
#    suggested prices help treated sellers win sales, part of that comes out of the control
#    sellers' pockets, and the comparison overstates what a full launch would deliver (the
#    no-interference assumption, SUTVA, is broken). I would randomise at a coarser level
#    where buyers rarely cross, such as whole categories or regions, or run a switchback
#    that turns the tool on and off for a market over time, accepting far fewer units and
#    so less power.
# 2. **Tiny B2B traffic.** Detecting 30% against 25% activation needs about 1,250 accounts
#    per arm, so more than five years of sign-ups; by then the product and the market have
#    changed. I would not wait for significance: combine usability sessions and interviews
#    with the target accounts, ship the flow if it is clearly better by judgement, and
#    watch activation before and after, perhaps with a Bayesian estimate that admits how
#    uncertain it is. A leading metric with more events (such as completing the first
#    order) can help.
# 3. **Paid loyalty programme.** The change is public and cannot be taken back: customers in
#    the control would learn about it anyway, those who joined cannot be moved back, and
#    what matters is the long-run effect on loyalty, which a few weeks cannot show. I would
#    gather evidence first (surveys, conjoint studies on the price), pilot it in one country
#    or region and compare with similar regions (a geo-experiment or synthetic control), and
#    roll out in stages with a holdback so the impact can still be measured afterwards.
# 4. **Hiding a warning.** This knowingly withholds information that protects customers
#    from bad purchases: it trades their interest for revenue, would fail an ethics or legal
#    review, and damages trust if it ever comes out. I would not run it. If the question is
#    how warnings affect sales, I would use observational data on products whose warning
#    appeared or changed, or test *clearer* ways to present the warning, which can only
#    help customers.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week05/ab_testing.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the written answer of Part G shows up
#   as points a person grades, so compare yours with its rubric.
# - Rehearse the readout out loud: for the checkout test, the launch review and the
#   redesign, give in two minutes the effect with its interval, the checks you ran (SRM,
#   unit, novelty) and your recommendation.
# - Change the planted numbers in a copy of the data cell (a smaller lift, a 1% logging
#   loss, a slower decay) and predict what each exercise will report before you run it.
# - Extend exercise 13 with a real sequential design: an O'Brien–Fleming boundary across
#   five looks, and compare its power with a single final look.
