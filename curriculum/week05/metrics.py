# %% [markdown]
# # Week 5 · Metrics: North Stars, metric trees and diagnosing a drop
#
# Two questions come up in almost every product-sense or case round for a data scientist at
# a large online retailer: "how would you measure this?" and "this number fell last week:
# why?". Both are answered with the same tools. You need to know which metric the business
# is really steering by (the North Star), which metrics a team can move with its own hands
# (inputs) and which ones only record the result (outputs), which metrics warn you early
# (leading) and which confirm the story months later (lagging), and how an output breaks
# down into a tree of drivers whose product gives it back exactly. This notebook drills
# each of those ideas, first in words and then with numbers:
#
# - **Part A** · choosing a North Star, sorting metrics into input/output and
#   leading/lagging, and measuring how far ahead a leading indicator runs;
# - **Part B** · building the metric tree `revenue = sessions x conversion x AOV` from a
#   daily funnel, the ratio-of-sums rule that keeps the tree exact, and two ways to split a
#   revenue change into traffic, conversion and order-value contributions (with a
#   waterfall chart);
# - **Part C** · finding the input that broke when revenue fell, without being fooled by a
#   change in the traffic mix (Simpson's paradox is planted in the data);
# - **Part D** · counter-metrics and guardrails for a launch.
#
# **How to answer.** Most exercises give you a function signature and a docstring: replace
# `raise NotImplementedError()` with your code, keep the name and the parameters, run the
# answer cell and then the test cell under it. Some answers are data rather than code: the
# answer cell holds only `raise NotImplementedError()`, and you replace it with the
# assignment the question shows (a dict with the keys it lists). One exercise is SQL: keep
# the `%%sql <name> <<` line and write your query under it. NumPy (`np`), pandas (`pd`) and
# `matplotlib.pyplot` (`plt`) are imported for you. Never round unless a question asks you
# to, and never modify a DataFrame you are given.
#
# **How grading works.** The test cell you can see checks the shape of your answer and a
# tiny example. The real grade (`autograde check week05/metrics.ipynb`, see the end of the
# notebook) adds hidden checks that recompute every number from the same data with an
# independent method, and that run your functions on freshly generated funnels with a
# different planted problem, so an answer tuned to this notebook's data alone does not
# pass. Classification answers are compared with a reference mapping kept in the hidden
# tests; a failed check says how many labels disagree, not which. Two cells are marked by a
# person, against the rubric written in them: `autograde check` lists their points
# separately and never counts them, so compare your answers with the rubrics yourself or
# ask a peer.

# %% [markdown]
# **The data.** The locked cell below generates two data sets with a fixed seed.
#
# `funnel`: 56 days (Monday 4 March to Sunday 28 April 2024) of an online store's daily
# funnel, one row per day and segment, with the columns `date` (a timestamp at midnight),
# `segment` (`app`, `desktop` or `mobile_web`), `sessions` (visits), `orders` and `revenue`
# (dollars). Sessions follow a weekly cycle that differs by segment. One thing the business
# knows about: on Tuesday 26 March an app-install campaign started, and from that day on
# many visitors who used to shop on the mobile website shop in the app instead. Something
# else happened that nobody announced; Part C asks you to find it. (The generator is shown
# for transparency; answer the questions before you read it.)
#
# `weekly`: 104 weeks of a membership programme, one row per week (`week` is the Monday),
# with `trial_starts` (new free trials that week) and `paid_signups` (new paying members
# that week).

# %% nbgrader={"grade_id": "metrics_data", "locked": true}
import math

import matplotlib.pyplot as plt

from autograde.probes import expect_close

SEGMENTS = ["app", "desktop", "mobile_web"]
FUNNEL_SEED, WEEKLY_SEED = 128, 95


def _make_funnel(seed):
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2024-03-04", periods=56, freq="D")
    # The unannounced incident is drawn first: one segment's sessions, conversion or order
    # value falls by a quarter to a third on one day and stays down.
    hit_segment = SEGMENTS[rng.integers(3)]
    hit_metric = ["sessions", "conversion", "aov"][rng.integers(3)]
    hit_day = dates[rng.integers(30, 42)]
    hit_factor = rng.uniform(0.65, 0.75)
    base_sessions = {"app": 60_000, "desktop": 45_000, "mobile_web": 70_000}
    weekly_cycle = {"app": [1.0, 1.0, 1.0, 1.0, 1.05, 1.2, 1.15],  # Monday first
                    "desktop": [1.1, 1.1, 1.1, 1.05, 1.0, 0.8, 0.85],
                    "mobile_web": [0.95, 0.95, 0.95, 1.0, 1.05, 1.1, 1.1]}
    base_conversion = {"app": 0.045, "desktop": 0.036, "mobile_web": 0.024}
    base_aov = {"app": 32.0, "desktop": 70.0, "mobile_web": 60.0}
    campaign_start = pd.Timestamp("2024-03-26")  # 40% of mobile-web visits move to the app
    rows = []
    for day in dates:
        moved = 0.4 * base_sessions["mobile_web"] if day >= campaign_start else 0.0
        for segment in SEGMENTS:
            level = {"sessions": base_sessions[segment] + {"app": moved, "mobile_web": -moved}.get(segment, 0.0),
                     "conversion": base_conversion[segment], "aov": base_aov[segment]}
            if segment == hit_segment and day >= hit_day:
                level[hit_metric] *= hit_factor
            sessions = int(round(level["sessions"] * weekly_cycle[segment][day.weekday()] * rng.lognormal(0, 0.02)))
            orders = int(rng.binomial(sessions, level["conversion"]))
            revenue = round(float(rng.gamma(2.0 * orders, level["aov"] / 2.0)) if orders else 0.0, 2)
            rows.append((day, segment, sessions, orders, revenue))
    return pd.DataFrame(rows, columns=["date", "segment", "sessions", "orders", "revenue"])


def _make_weekly(seed):
    rng = np.random.default_rng(seed)
    n_weeks, delay = 104, 4
    drawn = n_weeks + delay
    trials = 2000 + 12 * np.arange(drawn) + np.cumsum(rng.normal(0, 60, drawn)) + rng.normal(0, 150, drawn)
    paid = 0.4 * trials[:n_weeks] + 300 + np.cumsum(rng.normal(0, 50, n_weeks)) + rng.normal(0, 25, n_weeks)
    return pd.DataFrame({"week": pd.date_range("2023-01-02", periods=n_weeks, freq="7D"),
                         "trial_starts": np.round(trials[delay:]).astype(int),
                         "paid_signups": np.round(paid).astype(int)})


funnel = _make_funnel(FUNNEL_SEED)
weekly = _make_weekly(WEEKLY_SEED)

# %% [markdown]
# Scratch space: this cell is not graded. Look at the data any way you like.

# %%
funnel.head(6)

# %% [markdown]
# ## Part A · What to measure
#
# **North Star.** One metric, chosen by the leadership of a business, that captures the
# value customers get from it and that the company believes drives its long-run results.
# A good North Star counts value delivered (not people who merely showed up once), moves
# within weeks so teams can see the effect of their work, and is hard to inflate with a
# trick that customers would not thank you for. Revenue is rarely the North Star: it is
# the score at the end, it reacts late, and no single team can act on it directly.
#
# **Inputs and outputs.** Amazon-style weekly business reviews spend most of their time on
# *controllable input* metrics: what the team sets with its own decisions, such as the
# selection on offer, prices, how often an item is in stock, the delivery speed it
# promises, how fast pages load. *Output* metrics (orders, revenue, profit, churn) record
# what customers and markets did in response. The bet is that if the inputs are right, the
# outputs follow; the discipline is to check that bet, because an input that the team
# moves easily but that does not move any output (pages created rather than pages
# customers find useful, say) is busywork with a dashboard.
#
# **Leading and lagging.** A second, independent axis: *when* a metric moves relative to
# the outcome you care about. Leading indicators move first and can be read in time to act
# (free-trial starts come before paid memberships); lagging indicators summarise a result
# after the fact (last quarter's profit, last year's churn). The two axes are not the same
# thing: something customers do, and so an output of your work, can still lead the
# financial results by weeks.
#
# **Metric trees.** An output is split into drivers whose product or sum gives it back
# *exactly*: `revenue = sessions x conversion x AOV`, where conversion is orders per
# session and AOV (average order value) is revenue per order. Every node can be split
# again (sessions by channel or device; conversion into product views per session x
# add-to-cart rate x checkout completion; AOV into units per order x price per unit). When
# an output moves, you walk down the tree to the node that moved it.

# %% [markdown]
# ## 1. A North Star for a grocery membership
# *North Star criteria: customer value, cadence, hard to game*
#
# The classic wrong picks are a *vanity* metric (something that only grows, such as
# downloads or accounts ever created, which says nothing about whether customers got
# value this week), a pure financial *output* (the result you want the North Star to
# drive, not the thing you steer by), and a single *input* (one lever among several that
# can improve while customers are worse off).
#
# A grocery delivery membership: households pay a monthly fee and get free delivery on
# every grocery order. Leadership wants one North Star for the whole service. The
# candidates:
#
# | metric | what it counts |
# |---|---|
# | `app_downloads` | installs of the shopping app, all time |
# | `registered_households` | households that have ever created an account |
# | `monthly_revenue` | revenue of the month, fees and groceries |
# | `weekly_ordering_households` | households that received at least one grocery order this week |
# | `average_basket_value` | revenue per grocery order |
# | `delivery_slots_offered` | one-hour delivery windows opened for booking this week |
#
# **Question.** Replace the answer cell with
#
# ```python
# north_star = {"metric": "<one candidate name, exactly as written above>",
#               "why": "<one or two sentences: why this one and not the others>"}
# ```
#
# The `why` needs at least 12 words; it is read by a person (see the rubric after
# exercise 2).

# %% nbgrader={"grade_id": "north_star", "solution": true}
### BEGIN SOLUTION
north_star = {
    "metric": "weekly_ordering_households",
    "why": "It counts households that actually got value from the service this week, it moves "
           "weekly so teams see their effect, it drives fees and grocery revenue later, and "
           "unlike downloads or accounts it cannot grow while customers stop ordering.",
}
### END SOLUTION

# %% nbgrader={"grade_id": "north_star_test", "grade": true, "points": 1}
_candidates = ["app_downloads", "registered_households", "monthly_revenue",
               "weekly_ordering_households", "average_basket_value", "delivery_slots_offered"]
assert isinstance(north_star, dict), "north_star should be a dict with the keys 'metric' and 'why'"
assert set(north_star) == {"metric", "why"}, f"north_star has the keys {sorted(north_star)}; expected metric and why"
assert north_star["metric"] in _candidates, (
    f"{north_star['metric']!r} is not one of the candidates; copy the name exactly from the table"
)
assert isinstance(north_star["why"], str) and len(north_star["why"].split()) >= 12, (
    "write at least 12 words of reasons in 'why'"
)
### BEGIN HIDDEN TESTS
_flaws = {
    "app_downloads": "an install is not value delivered: it only grows, even while households stop ordering",
    "registered_households": "counts households that signed up once, active or not: a vanity metric "
                             "that only grows",
    "monthly_revenue": "a financial output that reacts late: it is what the North Star should drive, "
                       "not the thing to steer by",
    "average_basket_value": "one driver of revenue; it can rise while fewer households order at all",
    "delivery_slots_offered": "an input the operations team controls; more slots can be offered while "
                              "fewer households order",
}
assert north_star["metric"] not in _flaws, f"{north_star['metric']}: {_flaws[north_star['metric']]}"
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Inputs, outputs, leading, lagging
# *Two independent axes*
#
# Label each metric on both axes. The point of view is the team that runs an online store,
# and the outcome it cares about is operating profit over the next year.
#
# - `role`: `"input"` if the team sets the metric directly through its own decisions (what
#   it stocks, how it prices, what it promises, what it builds); `"output"` if the metric
#   records what customers chose to do, or a financial result.
# - `timing`: `"leading"` if the metric moves weeks or months before profit does and can be
#   read in time to act; `"lagging"` if it summarises a result that is only known after the
#   fact, over a long period.
#
# | metric | what it measures |
# |---|---|
# | `in_stock_rate` | share of product-page views where the item can ship today |
# | `delivery_promise_days` | average delivery time promised on product pages, in days |
# | `price_match_share` | share of the 1,000 best-selling items priced at or below the cheapest competitor |
# | `page_load_time_p90` | 90th percentile of product-page load time, in seconds |
# | `cart_adds_per_session` | items added to a cart per visit |
# | `membership_trial_starts` | new free-trial sign-ups for the membership, per week |
# | `quarterly_operating_profit` | operating profit of the quarter that just closed |
# | `annual_customer_churn` | share of last year's buyers who bought nothing in the twelve months since |
# | `revenue_per_customer_12m` | revenue per active customer over the last twelve months |
#
# The trap is to treat the two axes as one ("inputs lead, outputs lag"): look at each axis
# on its own.
#
# **Question.** Replace the answer cell with a dict `metric_roles` that has exactly the nine
# metric names above as keys; each value is a dict
# `{"role": "input" or "output", "timing": "leading" or "lagging", "why": "<one sentence>"}`.
# Each `why` needs at least 6 words and is read by a person.

# %% nbgrader={"grade_id": "metric_roles", "solution": true}
### BEGIN SOLUTION
metric_roles = {
    "in_stock_rate": {
        "role": "input", "timing": "leading",
        "why": "Buying and replenishment decisions set it, and a stock-out loses today's sale."},
    "delivery_promise_days": {
        "role": "input", "timing": "leading",
        "why": "The network and the promise logic are the team's levers; faster promises lift "
               "conversion within days."},
    "price_match_share": {
        "role": "input", "timing": "leading",
        "why": "Pricing decisions set it directly, and customers react to prices long before "
               "profit is booked."},
    "page_load_time_p90": {
        "role": "input", "timing": "leading",
        "why": "Engineering work sets it, and slow pages cost orders in the same session."},
    "cart_adds_per_session": {
        "role": "output", "timing": "leading",
        "why": "Customers decide to add items, but cart adds come before orders and revenue by "
               "minutes to days."},
    "membership_trial_starts": {
        "role": "output", "timing": "leading",
        "why": "Households choose to start a trial, and trials turn into paying members about a "
               "month later."},
    "quarterly_operating_profit": {
        "role": "output", "timing": "lagging",
        "why": "It is the financial result itself, known only after the quarter closes."},
    "annual_customer_churn": {
        "role": "output", "timing": "lagging",
        "why": "Customers decide whether to come back, and the answer takes twelve months to see."},
    "revenue_per_customer_12m": {
        "role": "output", "timing": "lagging",
        "why": "It sums a year of customer decisions, so it reacts to any change very slowly."},
}
### END SOLUTION

# %% nbgrader={"grade_id": "metric_roles_test", "grade": true, "points": 1}
_names = ["in_stock_rate", "delivery_promise_days", "price_match_share", "page_load_time_p90",
          "cart_adds_per_session", "membership_trial_starts", "quarterly_operating_profit",
          "annual_customer_churn", "revenue_per_customer_12m"]
assert isinstance(metric_roles, dict), "metric_roles should be a dict keyed by metric name"
assert sorted(metric_roles) == sorted(_names), (
    f"missing: {sorted(set(_names) - set(metric_roles))}; unknown: {sorted(set(metric_roles) - set(_names))}"
)
for _name, _label in metric_roles.items():
    assert isinstance(_label, dict) and {"role", "timing", "why"} <= set(_label), (
        f"metric_roles[{_name!r}] should be a dict with the keys role, timing and why"
    )
    assert _label["role"] in ("input", "output"), f"{_name}: role must be 'input' or 'output'"
    assert _label["timing"] in ("leading", "lagging"), f"{_name}: timing must be 'leading' or 'lagging'"
    assert isinstance(_label["why"], str) and len(_label["why"].split()) >= 6, (
        f"{_name}: write a reason of at least 6 words"
    )
### BEGIN HIDDEN TESTS
_reference_role = {"in_stock_rate": "input", "delivery_promise_days": "input", "price_match_share": "input",
                   "page_load_time_p90": "input", "cart_adds_per_session": "output",
                   "membership_trial_starts": "output", "quarterly_operating_profit": "output",
                   "annual_customer_churn": "output", "revenue_per_customer_12m": "output"}
_wrong = [n for n in _reference_role if metric_roles[n]["role"] != _reference_role[n]]
assert not _wrong, (
    f"{len(_wrong)} of 9 'role' labels disagree with the reference: ask of each metric who moves it, "
    "the team by deciding, or customers by choosing"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "metric_roles_test_2", "grade": true, "points": 1}
# Hidden: the 'timing' labels are compared with a reference mapping.
### BEGIN HIDDEN TESTS
_reference_timing = {"in_stock_rate": "leading", "delivery_promise_days": "leading",
                     "price_match_share": "leading", "page_load_time_p90": "leading",
                     "cart_adds_per_session": "leading", "membership_trial_starts": "leading",
                     "quarterly_operating_profit": "lagging", "annual_customer_churn": "lagging",
                     "revenue_per_customer_12m": "lagging"}
_wrong = [n for n in _reference_timing if metric_roles[n]["timing"] != _reference_timing[n]]
assert not _wrong, (
    f"{len(_wrong)} of 9 'timing' labels disagree with the reference: ask of each metric whether it "
    "moves before profit does, regardless of who moves it"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "metric_roles_rubric", "task": true, "points": 3}
# **Rubric for exercises 1 and 2 (3 points, marked by a person from the `why` texts).**
#
# - *1 point* · The North Star reason names the value customers receive, a weekly cadence,
#   and why the rejected kinds of candidate fail (vanity counts, a lagging financial
#   output, a single input).
# - *1 point* · The `role` reasons say who moves each metric (the team's decisions versus
#   customers' choices or the accounts), not merely whether the team "cares" about it.
# - *1 point* · The `timing` reasons say what each leading metric predicts and roughly how
#   far ahead (minutes for cart adds, about a month for trials), and point out that these
#   two are outputs that still lead.

# %% [markdown]
# ## 3. How far ahead does a leading indicator run?
# *Lagged correlation, and why you correlate changes rather than levels*
#
# A leading indicator is only useful if you know its lead time. The usual estimate: shift
# the lagging series back by `k` weeks, correlate it with the leading one, and take the `k`
# with the highest correlation. Two traps. First, direction: "trials lead sign-ups by `k`"
# means this week's trials go with sign-ups `k` weeks **later**, so pair `leading[t]` with
# `lagging[t + k]`. Second, two series that both grow over time correlate strongly at
# every lag, simply because both go up; the trend drowns the signal. Correlating the
# week-over-week *changes* removes the shared trend and lets the true lead time stand out.
#
# **Question.** Write `lead_time(leading, lagging, max_lag)`. `leading` and `lagging` are
# equal-length 1-D sequences of weekly values (oldest first, a list, NumPy array or pandas
# Series), with more than `max_lag + 2` values; `max_lag >= 0` is an integer. Take the
# week-over-week changes `d_lead[t] = leading[t + 1] - leading[t]` and likewise `d_lag`.
# For each `k` from 0 to `max_lag`, compute the Pearson correlation between `d_lead[t]` and
# `d_lag[t + k]` over every `t` where both exist. Return a tuple `(k, correlation)` for the
# `k` with the highest correlation (the highest value, not the largest absolute value; the
# smaller `k` on a tie), with `k` an `int` and the correlation a float. On this notebook's
# data: `lead_time(weekly["trial_starts"], weekly["paid_signups"], 8)`.

# %% nbgrader={"grade_id": "lead_time", "solution": true}
def lead_time(leading, lagging, max_lag):
    """(k, r): the lag k in 0..max_lag at which leading's weekly changes best match lagging's k weeks later."""
    ### BEGIN SOLUTION
    d_lead = np.diff(np.asarray(leading, dtype=float))
    d_lag = np.diff(np.asarray(lagging, dtype=float))
    best_k, best_r = 0, -np.inf
    for k in range(max_lag + 1):
        r = float(np.corrcoef(d_lead[: len(d_lead) - k], d_lag[k:])[0, 1])
        if r > best_r:
            best_k, best_r = k, r
    return best_k, best_r
    ### END SOLUTION


# %% nbgrader={"grade_id": "lead_time_test", "grade": true, "points": 2}
_lead = [0, 1, 0, 2, 1, 3, 1, 4, 2, 2, 5, 3]
_lag = [7, 7] + [v + 7 for v in _lead[:-2]]  # the same pattern, two weeks later
_res = lead_time(_lead, _lag, 4)
assert isinstance(_res, tuple) and len(_res) == 2, "lead_time should return a tuple (k, correlation)"
assert _res[0] == 2, f"the second series repeats the first two weeks later, so k should be 2; got {_res[0]}"
expect_close(_res[1], 1.0, what="the correlation at k = 2 (an exact copy)")
### BEGIN HIDDEN TESTS
def _ref_lead_time(leading, lagging, max_lag):
    """pandas: shift the changes of the lagging series back by k and correlate."""
    d_lead = pd.Series(np.asarray(leading, dtype=float)).diff().iloc[1:].reset_index(drop=True)
    d_lag = pd.Series(np.asarray(lagging, dtype=float)).diff().iloc[1:].reset_index(drop=True)
    scores = [(d_lead.corr(d_lag.shift(-k)), -k) for k in range(max_lag + 1)]
    best = max(scores)
    return -best[1], best[0]


_weekly_copy = weekly.copy()
_want = _ref_lead_time(_weekly_copy["trial_starts"], _weekly_copy["paid_signups"], 8)
_got = lead_time(_weekly_copy["trial_starts"], _weekly_copy["paid_signups"], 8)
assert _want[0] == 4, "internal check: the planted lead time is 4 weeks"
assert int(_got[0]) == 4, (
    f"on the membership data you found k = {_got[0]}; trial starts drive paid sign-ups a fixed number "
    "of weeks later: check the direction of the shift and that you correlate weekly changes, not levels"
)
expect_close(_got[1], _want[1], rel=1e-9, what="the correlation on the membership data")
pd.testing.assert_frame_equal(_weekly_copy, weekly, obj="weekly (lead_time must not modify its inputs)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "lead_time_test_2", "grade": true, "points": 1}
# Hidden: trending series with other planted lead times (fixed seeds), compared with an
# independent pandas computation.
### BEGIN HIDDEN TESTS
def _ref_lead_time(leading, lagging, max_lag):
    d_lead = pd.Series(np.asarray(leading, dtype=float)).diff().iloc[1:].reset_index(drop=True)
    d_lag = pd.Series(np.asarray(lagging, dtype=float)).diff().iloc[1:].reset_index(drop=True)
    scores = [(d_lead.corr(d_lag.shift(-k)), -k) for k in range(max_lag + 1)]
    best = max(scores)
    return -best[1], best[0]


for _seed, _delay, _max_lag in [(3, 0, 8), (7, 2, 6), (8, 6, 10), (48, 4, 8), (63, 1, 5)]:
    _rng = np.random.default_rng(_seed)
    _n = 90 + _delay
    _x = 500 + 5 * np.arange(_n) + np.cumsum(_rng.normal(0, 30, _n)) + _rng.normal(0, 60, _n)
    _y = 0.5 * _x[:90] + np.cumsum(_rng.normal(0, 25, 90)) + _rng.normal(0, 10, 90)
    _x = _x[_delay:]
    _want = _ref_lead_time(_x, _y, _max_lag)
    _got = lead_time(list(_x), pd.Series(_y), _max_lag)
    assert int(_got[0]) == _want[0] == _delay, (
        f"seeded trending series with a planted lead of {_delay} weeks: you found k = {_got[0]}"
    )
    expect_close(_got[1], _want[1], rel=1e-9, what=f"the correlation for the planted lead of {_delay} weeks")
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · The metric tree in numbers
#
# From here on, `funnel` is the data. Two periods of two full weeks each are compared
# throughout: **before** is 11 to 24 March (before the campaign) and **after** is 15 to 28
# April. Whole weeks matter: every period holds each weekday exactly twice, so the weekly
# cycle of sessions cannot pass for a trend.

# %%
before_days = funnel[funnel["date"].between("2024-03-11", "2024-03-24")]
after_days = funnel[funnel["date"].between("2024-04-15", "2024-04-28")]
print(f"revenue before: {before_days['revenue'].sum():,.0f}   after: {after_days['revenue'].sum():,.0f}")

# %% [markdown]
# ## 4. Build the metric tree
# *Ratio of sums, the identity revenue = sessions x conversion x AOV*
#
# At any level of aggregation (a day, a segment, a fortnight, everything), conversion is
# **total** orders over **total** sessions, and AOV is total revenue over total orders. The
# tempting alternative, averaging the daily (or per-segment) conversion rates, weights a
# quiet Sunday on the mobile site as much as a busy Monday in the app; worse, it breaks the
# tree: sessions x (average of rates) x (average of AOVs) no longer gives back revenue. The
# ratio of sums always does, because the sessions and orders cancel.
#
# **Question.** Write `metric_tree(funnel, by)`. `funnel` has the columns `date`,
# `segment`, `sessions`, `orders` and `revenue` (any row order; other columns may be
# present and are ignored). `by` is a list of grouping columns: `["date", "segment"]`,
# `["segment"]`, `["date"]`, or `[]` for the whole frame. Return a new DataFrame with one
# row per group, the `by` columns plus `sessions`, `orders`, `revenue` (the sums),
# `conversion` (orders / sessions) and `aov` (revenue / orders), rows sorted by the `by`
# columns (any index). With `by = []` return a single row without key columns. A group
# with no orders has `aov` NaN (undefined, not 0), and one with no sessions has
# `conversion` NaN.

# %% nbgrader={"grade_id": "metric_tree", "solution": true}
def metric_tree(funnel, by):
    """Sums of sessions, orders and revenue per group of `by`, with conversion and aov as ratios of sums."""
    ### BEGIN SOLUTION
    columns = ["sessions", "orders", "revenue"]
    if by:
        tree = funnel.groupby(list(by), sort=True)[columns].sum().reset_index()
    else:
        tree = funnel[columns].sum().to_frame().T.reset_index(drop=True)
    tree[columns] = tree[columns].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        tree["conversion"] = (tree["orders"] / tree["sessions"]).where(tree["sessions"] > 0)
        tree["aov"] = (tree["revenue"] / tree["orders"]).where(tree["orders"] > 0)
    return tree
    ### END SOLUTION


# %% nbgrader={"grade_id": "metric_tree_test", "grade": true, "points": 2}
_toy = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-02"]),
                     "segment": ["app", "web", "app", "web"],
                     "sessions": [100, 300, 200, 200], "orders": [10, 6, 10, 4],
                     "revenue": [500.0, 600.0, 400.0, 200.0]})
_got = metric_tree(_toy, ["segment"])
assert isinstance(_got, pd.DataFrame), f"metric_tree should return a DataFrame, not {type(_got).__name__}"
assert sorted(_got.columns) == sorted(["segment", "sessions", "orders", "revenue", "conversion", "aov"]), (
    f"your columns are {list(_got.columns)}"
)
assert list(_got["segment"]) == ["app", "web"], "one row per segment, sorted by segment"
expect_close(list(_got["conversion"]), [20 / 300, 10 / 500], what="conversion by segment")
expect_close(list(_got["aov"]), [900 / 20, 800 / 10], what="aov by segment")
_all = metric_tree(_toy, [])
assert len(_all) == 1, "by = [] should give a single row"
expect_close(float(_all["conversion"].iloc[0]), 30 / 800, what="the overall conversion (30 orders / 800 sessions)")
### BEGIN HIDDEN TESTS
def _ref_tree(frame, by):
    """Plain-Python sums in a dict, then the ratios."""
    sums = {}
    for row in frame.itertuples(index=False):
        key = tuple(getattr(row, c) for c in by)
        s = sums.setdefault(key, [0.0, 0.0, 0.0])
        s[0] += row.sessions
        s[1] += row.orders
        s[2] += row.revenue
    out = []
    for key in sorted(sums):
        s, o, r = sums[key]
        out.append(list(key) + [s, o, r, o / s if s else np.nan, r / o if o else np.nan])
    return pd.DataFrame(out, columns=list(by) + ["sessions", "orders", "revenue", "conversion", "aov"])


def _check_tree(got, want, by, what):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), f"{what}: your columns are {list(got.columns)}"
    assert len(got) == len(want), f"{what}: {len(got)} rows, one per group expected"
    got = got.reset_index(drop=True)
    for c in by:
        assert list(got[c]) == list(want[c]), f"{what}: the groups are missing, repeated or not sorted by {by}"
    for c in ["sessions", "orders", "revenue", "conversion", "aov"]:
        a = pd.to_numeric(got[c], errors="coerce").to_numpy(dtype=float)
        b = want[c].to_numpy(dtype=float)
        assert np.array_equal(np.isnan(a), np.isnan(b)), (
            f"{what}: column {c} has NaN where it should not, or a number where the ratio is undefined"
        )
        ok = ~np.isnan(b)
        assert np.allclose(a[ok], b[ok], rtol=1e-9, atol=1e-12), (
            f"{what}: {int((~np.isclose(a[ok], b[ok], rtol=1e-9)).sum())} values of {c} are wrong"
        )


_shuffled = funnel.sample(frac=1, random_state=5).reset_index(drop=True)
_before_copy = _shuffled.copy()
for _by in (["date", "segment"], ["segment"], ["date"], ["segment", "date"], []):
    _got = metric_tree(_shuffled, list(_by))
    _check_tree(_got, _ref_tree(_shuffled, _by), _by, f"metric_tree(funnel, {_by})")
    _g = _got.reset_index(drop=True)
    assert np.allclose(_g["sessions"] * _g["conversion"] * _g["aov"], _g["revenue"], rtol=1e-9), (
        f"metric_tree(funnel, {_by}): sessions x conversion x aov does not give back revenue"
    )
pd.testing.assert_frame_equal(_shuffled, _before_copy, obj="funnel (metric_tree must not modify its input)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "metric_tree_test_2", "grade": true, "points": 2}
# Hidden: small frames with a zero-order day, a zero-session day, an extra column and
# unsorted rows.
### BEGIN HIDDEN TESTS
def _ref_tree(frame, by):
    sums = {}
    for row in frame.itertuples(index=False):
        key = tuple(getattr(row, c) for c in by)
        s = sums.setdefault(key, [0.0, 0.0, 0.0])
        s[0] += row.sessions
        s[1] += row.orders
        s[2] += row.revenue
    out = []
    for key in sorted(sums):
        s, o, r = sums[key]
        out.append(list(key) + [s, o, r, o / s if s else np.nan, r / o if o else np.nan])
    return pd.DataFrame(out, columns=list(by) + ["sessions", "orders", "revenue", "conversion", "aov"])


_edge = pd.DataFrame({
    "date": pd.to_datetime(["2024-02-03", "2024-02-01", "2024-02-02", "2024-02-01", "2024-02-02", "2024-02-03"]),
    "segment": ["web", "web", "app", "app", "web", "app"],
    "sessions": [0, 40, 120, 250, 30, 90],
    "orders": [0, 0, 6, 20, 3, 0],
    "revenue": [0.0, 0.0, 330.0, 900.0, 75.0, 0.0],
    "channel": ["x", "y", "x", "y", "x", "y"],
})
for _by in (["date", "segment"], ["segment"], ["date"], []):
    _got = metric_tree(_edge, list(_by))
    _want = _ref_tree(_edge, _by)
    assert isinstance(_got, pd.DataFrame), f"metric_tree should return a DataFrame, not {type(_got).__name__}"
    _got = _got.reset_index(drop=True)
    assert sorted(_got.columns) == sorted(_want.columns), (
        f"metric_tree(edge, {_by}): your columns are {list(_got.columns)}; only by + the five metrics belong"
    )
    assert len(_got) == len(_want), f"metric_tree(edge, {_by}): {len(_got)} rows for {len(_want)} groups"
    for _c in _by:
        assert list(_got[_c]) == list(_want[_c]), f"metric_tree(edge, {_by}): rows not sorted by {_by}"
    for _c in ["sessions", "orders", "revenue", "conversion", "aov"]:
        _a = pd.to_numeric(_got[_c], errors="coerce").to_numpy(dtype=float)
        _b = _want[_c].to_numpy(dtype=float)
        assert np.array_equal(np.isnan(_a), np.isnan(_b)), (
            f"metric_tree(edge, {_by}), column {_c}: a group without orders (or sessions) should have NaN "
            "there, and only such a group"
        )
        assert np.allclose(_a[~np.isnan(_b)], _b[~np.isnan(_b)], rtol=1e-9), (
            f"metric_tree(edge, {_by}): wrong values in {_c}"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "tree_demo"}
# Not graded: the top of the tree for the two periods, drawn from your metric_tree.
def draw_metric_tree(before, after, title):
    fig, ax = plt.subplots(figsize=(9, 3.8))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    spots = {"revenue": (0.5, 0.8), "sessions": (0.15, 0.2), "conversion": (0.5, 0.2), "aov": (0.85, 0.2)}
    formats = {"revenue": "{:,.0f}", "sessions": "{:,.0f}", "conversion": "{:.2%}", "aov": "{:.2f}"}
    for child in ("sessions", "conversion", "aov"):
        ax.plot([0.5, spots[child][0]], [0.8, 0.2], color="grey", linewidth=1, zorder=1)
    for x in (0.325, 0.675):
        ax.text(x, 0.2, "x", ha="center", va="center", fontsize=14)
    for name, (x, y) in spots.items():
        change = after[name] / before[name] - 1
        shown = f"{name}\n{formats[name].format(before[name])} -> {formats[name].format(after[name])}\n({change:+.1%})"
        ax.text(x, y, shown, ha="center", va="center", zorder=2,
                bbox={"boxstyle": "round", "facecolor": "#fbe3e1" if change < 0 else "#e3f3e1"})
    ax.set_title(title)
    plt.show()


try:
    tree_before = metric_tree(before_days, []).iloc[0]
    tree_after = metric_tree(after_days, []).iloc[0]
    draw_metric_tree(tree_before, tree_after, "Whole store: 11-24 March -> 15-28 April")
except NotImplementedError:
    print("Answer metric_tree above to see the tree of the two periods here.")

# %% [markdown]
# Read the tree top-down, as you would in a weekly review: revenue fell, traffic barely
# moved, conversion went *up*, and AOV fell by about a tenth. A top-line reading sends the
# question to whoever owns prices and basket size. Part C shows why that would be the
# wrong team.

# %% [markdown]
# ## 5. Average order value, two ways
# *Ratio of sums versus average of ratios, on the retail tables*
#
# "Average order value of Prime members" has two honest-looking answers. The ratio of sums,
# total revenue over total orders, is the one that fits the metric tree: multiply it by the
# number of orders and you get the revenue back. The average of each customer's own AOV
# weights every customer equally, so a customer with one order counts as much as one with
# fifty; it answers a different question ("what does a typical customer spend per order?")
# and does not multiply back to revenue. Neither is wrong, but you must know which one a
# dashboard shows, and which one goes into a tree.
#
# **Question.** On the retail tables, using the orders of calendar year 2020 (one
# transaction is one order, its revenue is `quantity * price`), return one row per value of
# `users.is_prime` with the columns `is_prime`, `customers` (users with at least one 2020
# order), `orders`, `revenue` (rounded to 2 decimals), `aov` (total revenue over total
# orders, rounded to 2 decimals) and `mean_customer_aov` (the average over customers of
# that customer's revenue over that customer's orders, rounded to 2 decimals). Order by
# `is_prime`, false first. Mind the year boundaries: `created_at` is a timestamp.

# %% nbgrader={"grade_id": "aov_by_prime", "solution": true}
# %%sql aov_by_prime <<
WITH orders_2020 AS (
    SELECT t.user_id, t.quantity * p.price AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
),
per_customer AS (
    SELECT user_id, COUNT(*) AS orders, SUM(revenue) AS revenue
    FROM orders_2020
    GROUP BY user_id
)
SELECT u.is_prime,
       COUNT(*) AS customers,
       SUM(c.orders) AS orders,
       ROUND(SUM(c.revenue), 2) AS revenue,
       ROUND(SUM(c.revenue) / SUM(c.orders), 2) AS aov,
       ROUND(AVG(c.revenue / c.orders), 2) AS mean_customer_aov
FROM per_customer AS c
JOIN users AS u ON u.user_id = c.user_id
GROUP BY u.is_prime
ORDER BY u.is_prime

# %% nbgrader={"grade_id": "aov_by_prime_test", "grade": true, "points": 2}
expect_columns(aov_by_prime, ["is_prime", "customers", "orders", "revenue", "aov", "mean_customer_aov"])
expect_row_count(aov_by_prime, 2)
### BEGIN HIDDEN TESTS
expect_same_result(aov_by_prime, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Splitting a revenue change: sequential substitution
# *One factor at a time, in a stated order*
#
# With `R = S x C x A` (sessions, conversion, AOV), the change `R1 - R0` between two periods
# can be shared among the three factors in several ways, and because the factors
# *multiply*, part of the change belongs to no single factor (sessions and conversion grew
# together). Changing each factor alone from the starting point and adding up the three
# effects therefore does not give back `R1 - R0`: the cross terms go missing. Sequential
# substitution fixes that by switching the factors to their new values one at a time, in a
# stated order, each effect measured with the factors already switched at their new values:
#
# - traffic: `(S1 - S0) x C0 x A0`
# - conversion: `S1 x (C1 - C0) x A0`
# - AOV: `S1 x C1 x (A1 - A0)`
#
# The three add up to `R1 - R0` exactly. The price is that the split depends on the order:
# the factor switched last absorbs the interaction, so always say which order you used.
#
# **Question.** Write `decompose_sequential(before, after)`. `before` and `after` are
# mappings (a dict, or a row of `metric_tree`'s output) with at least the keys `sessions`,
# `conversion` and `aov`, all positive. Return a dict with the keys `"traffic"`,
# `"conversion"` and `"aov"` holding the three contributions above (floats), in the order
# traffic, then conversion, then AOV.

# %% nbgrader={"grade_id": "decompose_sequential", "solution": true}
def decompose_sequential(before, after):
    """Revenue change split by sequential substitution: traffic, then conversion, then AOV."""
    ### BEGIN SOLUTION
    s0, c0, a0 = (float(before[k]) for k in ("sessions", "conversion", "aov"))
    s1, c1, a1 = (float(after[k]) for k in ("sessions", "conversion", "aov"))
    return {
        "traffic": (s1 - s0) * c0 * a0,
        "conversion": s1 * (c1 - c0) * a0,
        "aov": s1 * c1 * (a1 - a0),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "decompose_sequential_test", "grade": true, "points": 2}
_b = {"sessions": 1000, "conversion": 0.05, "aov": 40.0}  # revenue 2,000
_a = {"sessions": 1200, "conversion": 0.04, "aov": 50.0}  # revenue 2,400
_got = decompose_sequential(_b, _a)
assert isinstance(_got, dict) and set(_got) == {"traffic", "conversion", "aov"}, (
    "decompose_sequential should return a dict with the keys traffic, conversion and aov"
)
expect_close(_got["traffic"], 400.0, what="traffic: 200 more sessions x 0.05 x 40")
expect_close(_got["conversion"], -480.0, what="conversion: 1,200 sessions x (-0.01) x 40")
expect_close(_got["aov"], 480.0, what="aov: 1,200 x 0.04 x 10 more dollars")
### BEGIN HIDDEN TESTS
def _revenue(s, c, a):
    return s * c * a


def _ref_sequential(before, after, order=("sessions", "conversion", "aov")):
    """Walk from before to after, switching one factor at a time and recording each step."""
    state = {k: float(before[k]) for k in order}
    steps = {}
    for k in order:
        old = _revenue(*state.values())
        state[k] = float(after[k])
        steps[k] = _revenue(*state.values()) - old
    return {"traffic": steps["sessions"], "conversion": steps["conversion"], "aov": steps["aov"]}


_rng = np.random.default_rng(61)
for _ in range(25):
    _b = {"sessions": _rng.uniform(1e3, 1e6), "conversion": _rng.uniform(0.005, 0.1), "aov": _rng.uniform(10, 200)}
    _a = {k: v * _rng.uniform(0.6, 1.5) for k, v in _b.items()}
    _want = _ref_sequential(_b, _a)
    _got = decompose_sequential(_b, _a)
    for _k in _want:
        expect_close(_got[_k], _want[_k], rel=1e-9, abs_=1e-6, what=f"the {_k} contribution for seeded periods")
    expect_close(sum(_got.values()), _revenue(*_a.values()) - _revenue(*_b.values()), rel=1e-9, abs_=1e-6,
                 what="the sum of the three contributions (it must equal the revenue change)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "decompose_sequential_test_2", "grade": true, "points": 1}
# Hidden: the notebook's two periods, passed as rows of a DataFrame (pandas Series).
### BEGIN HIDDEN TESTS
def _totals(days):
    s, o, r = (float(days[c].sum()) for c in ("sessions", "orders", "revenue"))
    return pd.Series({"sessions": s, "orders": o, "revenue": r, "conversion": o / s, "aov": r / o})


_t0, _t1 = _totals(before_days), _totals(after_days)
_got = decompose_sequential(_t0, _t1)
_cf1 = _t1["sessions"] * _t0["conversion"] * _t0["aov"]  # revenue after the traffic switch
_cf2 = _t1["sessions"] * _t1["conversion"] * _t0["aov"]  # ... and after the conversion switch
expect_close(_got["traffic"], _cf1 - _t0["revenue"], rel=1e-9, what="traffic on the notebook's periods")
expect_close(_got["conversion"], _cf2 - _cf1, rel=1e-9, what="conversion on the notebook's periods")
expect_close(_got["aov"], _t1["revenue"] - _cf2, rel=1e-9, what="aov on the notebook's periods")
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Splitting a revenue change: the log decomposition
# *Logarithmic mean Divisia index (LMDI): no order, no residual*
#
# Taking logs turns the product into a sum, `ln R = ln S + ln C + ln A`, so the relative
# change of revenue splits cleanly: `ln(R1/R0) = ln(S1/S0) + ln(C1/C0) + ln(A1/A0)`. To go
# back to dollars, give each factor the same share of `R1 - R0` that its log change has of
# `ln(R1/R0)`. That is the same as multiplying each log change by the *logarithmic mean*
# of the two revenues, `L(R0, R1) = (R1 - R0) / (ln R1 - ln R0)` (and `L(R, R) = R`):
#
# `contribution of S = L(R0, R1) x ln(S1/S0)`, and likewise for `C` and `A`.
#
# The contributions add up to `R1 - R0` exactly, whatever the order in which you list
# the factors, and a factor that did not change gets exactly 0. Two near misses are common:
# weighting the log changes by `R0` instead of the logarithmic mean (the sum then misses
# `R1 - R0`), and sharing `R1 - R0` in proportion to the *percentage* changes (it adds up,
# but it is not this method and it goes wrong when the changes have opposite signs).
#
# **Question.** Write `decompose_log(before, after)` with the same inputs and the same
# return keys (`"traffic"`, `"conversion"`, `"aov"`) as exercise 6, using the formula
# above. When `R1 = R0` use `L = R0` (the log changes can still be non-zero and must
# still cancel out), without dividing by zero.

# %% nbgrader={"grade_id": "decompose_log", "solution": true}
def decompose_log(before, after):
    """Revenue change split by the log (LMDI) decomposition into traffic, conversion and AOV."""
    ### BEGIN SOLUTION
    keys = {"traffic": "sessions", "conversion": "conversion", "aov": "aov"}
    r0 = float(before["sessions"]) * float(before["conversion"]) * float(before["aov"])
    r1 = float(after["sessions"]) * float(after["conversion"]) * float(after["aov"])
    weight = r0 if np.isclose(r1, r0, rtol=1e-12, atol=0) else (r1 - r0) / np.log(r1 / r0)
    return {name: float(weight * np.log(float(after[k]) / float(before[k]))) for name, k in keys.items()}
    ### END SOLUTION


# %% nbgrader={"grade_id": "decompose_log_test", "grade": true, "points": 1}
_b = {"sessions": 1000, "conversion": 0.0625, "aov": 40.0}  # revenue 2,500
_got = decompose_log(_b, {"sessions": 2000, "conversion": 0.0625, "aov": 40.0})
assert isinstance(_got, dict) and set(_got) == {"traffic", "conversion", "aov"}, (
    "decompose_log should return a dict with the keys traffic, conversion and aov"
)
expect_close([_got["traffic"], _got["conversion"], _got["aov"]], [2500.0, 0.0, 0.0], abs_=1e-9,
             what="traffic doubled and nothing else changed: [traffic, conversion, aov]")
_got = decompose_log(_b, {"sessions": 2000, "conversion": 0.03125, "aov": 40.0})
expect_close(_got["traffic"], 2500 * math.log(2), what="traffic when revenue is unchanged (L = R0 = 2,500)")
### BEGIN HIDDEN TESTS
from scipy import integrate as _integrate


def _ref_log(before, after):
    """Integrate R(t) d ln x_k(t) along the path where every factor grows at a constant log rate."""
    r0 = before["sessions"] * before["conversion"] * before["aov"]
    r1 = after["sessions"] * after["conversion"] * after["aov"]
    mean_r = _integrate.quad(lambda t: r0 * (r1 / r0) ** t, 0.0, 1.0, epsabs=1e-12, epsrel=1e-13)[0]
    return {name: mean_r * math.log(after[k] / before[k])
            for name, k in (("traffic", "sessions"), ("conversion", "conversion"), ("aov", "aov"))}


_rng = np.random.default_rng(71)
for _ in range(25):
    _b = {"sessions": _rng.uniform(1e3, 1e6), "conversion": _rng.uniform(0.005, 0.1), "aov": _rng.uniform(10, 200)}
    _a = {k: v * _rng.uniform(0.6, 1.5) for k, v in _b.items()}
    _want = _ref_log(_b, _a)
    _got = decompose_log(_b, _a)
    for _k in _want:
        expect_close(_got[_k], _want[_k], rel=1e-8, abs_=1e-6, what=f"the {_k} contribution for seeded periods")
    expect_close(sum(_got.values()), math.prod(_a.values()) - math.prod(_b.values()), rel=1e-9, abs_=1e-6,
                 what="the sum of the three contributions (it must equal the revenue change)")
_b = {"sessions": 5000.0, "conversion": 0.25, "aov": 40.0}  # exact in floating point: revenue 50,000
_got = decompose_log(_b, {"sessions": 4000.0, "conversion": 0.3125, "aov": 40.0})
expect_close(_got["traffic"], 50_000 * math.log(0.8), rel=1e-9, what="traffic when revenue is unchanged")
expect_close(_got["aov"], 0.0, abs_=1e-9, what="aov when the order value did not change")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "decompose_log_test_2", "grade": true, "points": 2}
# Hidden: the notebook's two periods, and the factors listed in another order.
### BEGIN HIDDEN TESTS
from scipy import integrate as _integrate


def _totals(days):
    s, o, r = (float(days[c].sum()) for c in ("sessions", "orders", "revenue"))
    return pd.Series({"sessions": s, "orders": o, "revenue": r, "conversion": o / s, "aov": r / o})


_t0, _t1 = _totals(before_days), _totals(after_days)
_mean_r = _integrate.quad(lambda t: _t0["revenue"] * (_t1["revenue"] / _t0["revenue"]) ** t, 0, 1,
                          epsabs=1e-10, epsrel=1e-13)[0]
_got = decompose_log(_t0, _t1)
for _name, _k in (("traffic", "sessions"), ("conversion", "conversion"), ("aov", "aov")):
    expect_close(_got[_name], _mean_r * math.log(_t1[_k] / _t0[_k]), rel=1e-8,
                 what=f"the {_name} contribution on the notebook's periods")
_reordered = decompose_log(_t0[["aov", "conversion", "sessions"]].to_dict(),
                           _t1[["aov", "sessions", "conversion"]].to_dict())
for _k in _got:
    expect_close(_reordered[_k], _got[_k], rel=1e-12, what=f"the {_k} contribution when the keys come in another order")
### END HIDDEN TESTS

# %% [markdown]
# ## 8. The waterfall chart
# *The data behind a bridge chart*
#
# A waterfall (or bridge) chart walks from the starting value to the ending one: a full
# bar for the start, one floating bar per contribution that rises or falls from where the
# previous one ended, and a full bar for the end. The floating is the whole point: a
# contribution bar drawn from zero shows its size, but not the walk, and the reader can no
# longer check that the pieces add up.
#
# **Question.** Write `waterfall_table(start_value, contributions)`. `start_value` is a
# number; `contributions` is a dict from label to signed contribution, in the order the
# bars should appear. Return a DataFrame with one row per bar and the columns `label`,
# `y_from` and `y_to` (where the bar starts and ends on the vertical axis): first a row
# `"start"` from 0 to `start_value`, then one row per contribution in the given order from
# the running total before it to the running total after it, then a row `"end"` from 0 to
# `start_value` plus the sum of the contributions. Matplotlib then draws bar `i` with
# `ax.bar(i, y_to - y_from, bottom=y_from)`.

# %% nbgrader={"grade_id": "waterfall_table", "solution": true}
def waterfall_table(start_value, contributions):
    """Bars of a waterfall chart: start, one floating bar per contribution, end (label, y_from, y_to)."""
    ### BEGIN SOLUTION
    rows = [("start", 0.0, float(start_value))]
    running = float(start_value)
    for label, change in contributions.items():
        rows.append((label, running, running + float(change)))
        running += float(change)
    rows.append(("end", 0.0, running))
    return pd.DataFrame(rows, columns=["label", "y_from", "y_to"])
    ### END SOLUTION


# %% nbgrader={"grade_id": "waterfall_table_test", "grade": true, "points": 2}
_got = waterfall_table(100.0, {"traffic": 20.0, "conversion": -50.0, "aov": 10.0})
assert isinstance(_got, pd.DataFrame), f"waterfall_table should return a DataFrame, not {type(_got).__name__}"
assert sorted(_got.columns) == ["label", "y_from", "y_to"], f"your columns are {list(_got.columns)}"
assert list(_got["label"]) == ["start", "traffic", "conversion", "aov", "end"], (
    f"the bars should be start, the contributions in order, end; got {list(_got['label'])}"
)
expect_close(list(_got["y_from"]), [0, 100, 120, 70, 0], what="y_from")
expect_close(list(_got["y_to"]), [100, 120, 70, 80, 80], what="y_to")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(81)
for _n in (1, 3, 6):
    _start = float(_rng.uniform(100, 1000))
    _labels = [f"driver_{i}" for i in _rng.permutation(_n)]
    _contrib = {label: float(_rng.normal(0, 200)) for label in _labels}
    _got = waterfall_table(_start, _contrib).reset_index(drop=True)
    assert list(_got["label"]) == ["start", *_labels, "end"], (
        "the contribution bars must keep the order of the dict (it is not sorted)"
    )
    _tops = np.cumsum([_start, *_contrib.values()])
    expect_close(list(_got["y_to"]), [*_tops, _tops[-1]], rel=1e-12, abs_=1e-9,
                 what=f"y_to with {_n} contributions")
    expect_close(list(_got["y_from"]), [0.0, *_tops[:-1], 0.0], rel=1e-12, abs_=1e-9,
                 what=f"y_from with {_n} contributions")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "waterfall_demo"}
# Not graded: the revenue bridge between the two periods, both ways, drawn from your answers.
try:
    periods = [metric_tree(days, []).iloc[0] for days in (before_days, after_days)]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    for ax, (method, split) in zip(axes, [("sequential (traffic, conversion, AOV)", decompose_sequential),
                                          ("log (LMDI)", decompose_log)]):
        bars = waterfall_table(periods[0]["revenue"], split(*periods))
        heights = bars["y_to"] - bars["y_from"]
        colours = ["#6b8fb5" if label in ("start", "end") else ("#c0504d" if h < 0 else "#4f9a58")
                   for label, h in zip(bars["label"], heights)]
        ax.bar(range(len(bars)), heights, bottom=bars["y_from"], color=colours)
        ax.set_xticks(range(len(bars)), bars["label"])
        ax.set_ylim(0.8 * bars["y_to"].min(), 1.05 * bars["y_to"].max())  # not from zero: the steps are small
        ax.yaxis.set_major_formatter("{x:,.0f}")
        ax.set_title(method)
    axes[0].set_ylabel("revenue over 14 days ($, axis cut)")
    fig.tight_layout()
    plt.show()
except NotImplementedError:
    plt.close("all")
    print("Answer metric_tree and exercises 6 to 8 to see the revenue bridge here.")

# %% [markdown]
# Both bridges tell the same top-line story: a little more traffic, *better* conversion,
# much lower AOV. Every number in them is correct, and the story is still wrong. Part C
# explains why.

# %% [markdown]
# ## Part C · Why did revenue drop?
#
# A top-line tree mixes two kinds of change. A **rate** change: some segment converts
# worse, or its customers spend less per order. A **mix** change: the segments' rates stay
# the same but the traffic shifts between segments whose rates differ. Since the campaign,
# more visits come through the app, which converts well but sells small baskets, and fewer
# through the mobile site, which converts poorly but sells big baskets. That shift alone
# raises the store's conversion and lowers its AOV without anything being broken. When a
# mix shift is large enough, the overall rate can even move in the *opposite* direction to
# every segment's rate: Simpson's paradox. So before you blame a rate, split the change
# into its mix and rate parts, and look inside the segments.

# %% [markdown]
# ## 9. Mix effect and rate effect
# *Shift-share of a conversion change, Simpson's paradox*
#
# The overall conversion is a weighted average of the segments' conversions, weighted by
# their share of sessions: `C = sum_s w_s x c_s`, with `w_s = sessions_s / total sessions`
# and `c_s = orders_s / sessions_s`. The change `C1 - C0` splits exactly into
#
# - mix effect: `sum_s (w1_s - w0_s) x c0_s` (the new weights at the old rates),
# - rate effect: `sum_s w1_s x (c1_s - c0_s)` (the rate changes at the new weights),
#
# which add up to `C1 - C0`. (As in exercise 6, the split depends on the order: here mix
# is switched first.) The usual slips: matching the segments of the two periods by row
# position instead of by name, and measuring the rate effect as the change in the simple
# average of the segment rates.
#
# **Question.** Write `mix_rate_split(before, after)`. Each argument is a DataFrame with one
# row per segment and the columns `segment`, `sessions` and `orders` (other columns may be
# present). Both hold the same segments, possibly in a different row order. Return a dict
# `{"mix": ..., "rate": ...}` with the two effects above as floats (fractions, not
# percentage points).

# %% nbgrader={"grade_id": "mix_rate_split", "solution": true}
def mix_rate_split(before, after):
    """Change in overall conversion split into a mix effect and a rate effect (mix switched first)."""
    ### BEGIN SOLUTION
    b = before.set_index("segment")[["sessions", "orders"]].astype(float)
    a = after.set_index("segment")[["sessions", "orders"]].astype(float).reindex(b.index)
    w0, w1 = b["sessions"] / b["sessions"].sum(), a["sessions"] / a["sessions"].sum()
    c0, c1 = b["orders"] / b["sessions"], a["orders"] / a["sessions"]
    return {"mix": float(((w1 - w0) * c0).sum()), "rate": float((w1 * (c1 - c0)).sum())}
    ### END SOLUTION


# %% nbgrader={"grade_id": "mix_rate_split_test", "grade": true, "points": 1}
_b = pd.DataFrame({"segment": ["A", "B"], "sessions": [100, 100], "orders": [10, 2]})
_a = pd.DataFrame({"segment": ["A", "B"], "sessions": [150, 50], "orders": [15, 1]})
_got = mix_rate_split(_b, _a)
assert isinstance(_got, dict) and set(_got) == {"mix", "rate"}, "mix_rate_split should return {'mix': ..., 'rate': ...}"
expect_close(_got["mix"], 0.02, what="mix when only the traffic shares moved (rates 10% and 2% unchanged)")
expect_close(_got["rate"], 0.0, abs_=1e-12, what="rate when no segment's conversion changed")
### BEGIN HIDDEN TESTS
_got = mix_rate_split(_b, _a.iloc[::-1].reset_index(drop=True))
expect_close(_got["mix"], 0.02, what="mix when the after frame lists the segments in another order")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "mix_rate_split_test_2", "grade": true, "points": 2}
# Hidden: seeded segment tables in shuffled order, and the notebook's two periods.
### BEGIN HIDDEN TESTS
def _ref_split(before, after):
    """Through the counterfactual overall rate: the new traffic mix at the old segment rates."""
    old = {r.segment: (float(r.sessions), float(r.orders)) for r in before.itertuples(index=False)}
    new = {r.segment: (float(r.sessions), float(r.orders)) for r in after.itertuples(index=False)}
    c_before = sum(o for _, o in old.values()) / sum(s for s, _ in old.values())
    c_after = sum(o for _, o in new.values()) / sum(s for s, _ in new.values())
    total_new = sum(s for s, _ in new.values())
    counterfactual = sum(new[k][0] / total_new * old[k][1] / old[k][0] for k in old)
    return {"mix": counterfactual - c_before, "rate": c_after - counterfactual}


_rng = np.random.default_rng(91)
for _n in (2, 4, 7):
    _names = [f"seg_{i}" for i in range(_n)]
    _s0 = _rng.integers(1_000, 50_000, _n)
    _s1 = _rng.integers(1_000, 50_000, _n)
    _b = pd.DataFrame({"segment": _names, "sessions": _s0, "orders": _rng.binomial(_s0, _rng.uniform(0.01, 0.08, _n)),
                       "revenue": _rng.uniform(1e3, 1e5, _n)})
    _a = pd.DataFrame({"segment": _names, "sessions": _s1, "orders": _rng.binomial(_s1, _rng.uniform(0.01, 0.08, _n))})
    _a = _a.sample(frac=1, random_state=_n).reset_index(drop=True)
    _want = _ref_split(_b, _a)
    _got = mix_rate_split(_b, _a)
    for _k in ("mix", "rate"):
        expect_close(_got[_k], _want[_k], rel=1e-9, abs_=1e-12, what=f"the {_k} effect with {_n} shuffled segments")

_seg0 = before_days.groupby("segment", as_index=False)[["sessions", "orders", "revenue"]].sum()
_seg1 = after_days.groupby("segment", as_index=False)[["sessions", "orders", "revenue"]].sum()
_seg1 = _seg1.sort_values("sessions").reset_index(drop=True)
_want = _ref_split(_seg0, _seg1)
_got = mix_rate_split(_seg0, _seg1)
for _k in ("mix", "rate"):
    expect_close(_got[_k], _want[_k], rel=1e-9, what=f"the {_k} effect on the notebook's two periods")
assert _want["mix"] > 0 > _want["rate"], "internal check: Simpson's paradox is planted in the notebook's data"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "mix_demo"}
# Not graded: the store's conversion change between the two periods, split by your function.
try:
    seg_before = before_days.groupby("segment", as_index=False)[["sessions", "orders"]].sum()
    seg_after = after_days.groupby("segment", as_index=False)[["sessions", "orders"]].sum()
    split = mix_rate_split(seg_before, seg_after)
    change = (seg_after["orders"].sum() / seg_after["sessions"].sum()
              - seg_before["orders"].sum() / seg_before["sessions"].sum())
    print(f"overall conversion: {100 * change:+.3f} points = mix {100 * split['mix']:+.3f} "
          f"+ rate {100 * split['rate']:+.3f}")
except NotImplementedError:
    print("Answer mix_rate_split above to see the store's conversion change split here.")

# %% [markdown]
# The store converts better than before, yet the rate effect is negative: on balance the
# segments convert *worse*, and the move to the app more than hides it. Which segment, which
# input, and since when? That is the next exercise.

# %% [markdown]
# ## 10. Find the input that broke
# *Drill down the tree, segment by segment; do not mistake a move for a loss*
#
# The method of a weekly review. Compute the *input* series per segment and day: sessions,
# conversion (orders / sessions) and AOV (revenue / orders), nine series for three segments.
# For every candidate day, compare the average of the 7 days from that day on with the
# average of the 7 days before it: seven days hold each weekday once, so the weekly cycle
# cancels. The break is the series with the largest relative fall, and its day is the first
# day at the lower level. Two traps. The top-line series mix the segments, so they can
# hide a rate change or invent one (exercise 9). And when traffic *moves* from one segment
# to another, the losing segment's sessions fall sharply while the total stays flat: no
# visitor was lost, so that is not a broken input. Check a segment's fall in sessions
# against the fall of the total before you blame it.
#
# **Question.** Write `diagnose_drop(funnel)`. `funnel` has the columns `date`, `segment`,
# `sessions`, `orders` and `revenue`, one row per day and segment, every segment present
# every day, in any row order. In the data, exactly one of the input series falls by at
# least 20% on one day and stays down: that is the break. Traffic may also move between
# segments on other days (total sessions unchanged), at least 14 days away from the break,
# and sessions follow a weekly cycle. The break has at least 7 days of data on each side.
# Return a dict `{"segment": <segment name>, "metric": "sessions", "conversion" or "aov",
# "day": <pd.Timestamp, the first day at the lower level>}`.

# %% nbgrader={"grade_id": "diagnose_drop", "solution": true}
def diagnose_drop(funnel):
    """The (segment, input metric, first day) of the one input series that stepped down and stayed down."""
    ### BEGIN SOLUTION
    wide = funnel.pivot_table(index="date", columns="segment", values=["sessions", "orders", "revenue"],
                              aggfunc="sum").sort_index()
    sessions, orders, revenue = wide["sessions"], wide["orders"], wide["revenue"]
    total = sessions.sum(axis=1).to_numpy(dtype=float)
    n_days = len(wide)
    best_fall, answer = 0.0, None
    for segment in sessions.columns:
        inputs = {"sessions": sessions[segment], "conversion": orders[segment] / sessions[segment],
                  "aov": revenue[segment] / orders[segment]}
        for metric, values in inputs.items():
            x = values.to_numpy(dtype=float)
            for i in range(7, n_days - 6):
                level_before, level_after = x[i - 7:i].mean(), x[i:i + 7].mean()
                lost = level_before - level_after
                if metric == "sessions":  # visits that moved to another segment were not lost
                    lost = min(lost, total[i - 7:i].mean() - total[i:i + 7].mean())
                if lost / level_before > best_fall:
                    best_fall, answer = lost / level_before, (segment, metric, wide.index[i])
    segment, metric, day = answer
    return {"segment": segment, "metric": metric, "day": pd.Timestamp(day)}
    ### END SOLUTION


# %% nbgrader={"grade_id": "diagnose_drop_test", "grade": true, "points": 2}
_got = diagnose_drop(funnel.copy())
assert isinstance(_got, dict) and set(_got) == {"segment", "metric", "day"}, (
    "diagnose_drop should return a dict with the keys segment, metric and day"
)
assert _got["segment"] in SEGMENTS, f"segment should be one of {SEGMENTS} (a segment, not the whole store)"
assert _got["metric"] in ("sessions", "conversion", "aov"), "metric should be 'sessions', 'conversion' or 'aov'"
assert pd.Timestamp(_got["day"]) in set(funnel["date"]), "day should be one of the dates in the data"
### BEGIN HIDDEN TESTS
def _planted(seed):
    """Replay the first draws of the notebook's generator: they decide the incident."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2024-03-04", periods=56, freq="D")
    segment = SEGMENTS[rng.integers(3)]
    metric = ["sessions", "conversion", "aov"][rng.integers(3)]
    return segment, metric, dates[rng.integers(30, 42)]


_truth = _planted(FUNNEL_SEED)
_copy = funnel.copy()
_got = diagnose_drop(_copy)
_found = (_got["segment"], _got["metric"], pd.Timestamp(_got["day"]))
pd.testing.assert_frame_equal(_copy, funnel, obj="funnel (diagnose_drop must not modify its input)")
assert _found[:2] == _truth[:2], (
    f"on the notebook's data you blamed {_found[0]} {_found[1]}: that series did not break. Look inside "
    "the segments, and remember that visits moved by the campaign were not lost"
)
assert _found[2] == _truth[2], (
    f"right series, wrong day: {_found[2].date()} is not the first day at the lower level"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "diagnose_drop_test_2", "grade": true, "points": 2}
# Hidden: four freshly generated funnels, each with its own planted break, some with a
# traffic move between segments, rows shuffled.
### BEGIN HIDDEN TESTS
def _scenario(seed, hit, move, n_days=56, start="2023-09-04"):
    """A funnel with one planted break hit = (segment, metric, day index, factor) and an optional
    traffic move = (from segment, to segment, share of the source's base sessions, day index)."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=n_days, freq="D")
    names = ["app", "desktop", "mobile_web"]
    base = {s: (rng.uniform(30_000, 90_000), rng.uniform(0.02, 0.05), rng.uniform(30, 80)) for s in names}
    cycle = {}
    for s in names:
        c = rng.uniform(0.85, 1.15, 7)
        cycle[s] = c / c.mean()
    rows = []
    for i, day in enumerate(dates):
        moved = move[2] * base[move[0]][0] if move and i >= move[3] else 0.0
        for s in names:
            level = dict(zip(("sessions", "conversion", "aov"), base[s]))
            if move and s == move[0]:
                level["sessions"] -= moved
            if move and s == move[1]:
                level["sessions"] += moved
            if s == hit[0] and i >= hit[2]:
                level[hit[1]] *= hit[3]
            n = int(round(level["sessions"] * cycle[s][day.weekday()] * rng.lognormal(0, 0.02)))
            o = int(rng.binomial(n, level["conversion"]))
            r = round(float(rng.gamma(2.0 * o, level["aov"] / 2.0)) if o else 0.0, 2)
            rows.append((day, s, n, o, r))
    frame = pd.DataFrame(rows, columns=["date", "segment", "sessions", "orders", "revenue"])
    return frame.sample(frac=1, random_state=seed).reset_index(drop=True), (hit[0], hit[1], dates[hit[2]])


_cases = [
    (11, ("desktop", "aov", 34, 0.75), ("desktop", "app", 0.35, 18)),
    (12, ("app", "sessions", 22, 0.7), ("desktop", "mobile_web", 0.45, 40)),
    (13, ("desktop", "conversion", 12, 0.68), None),
    (14, ("mobile_web", "sessions", 35, 0.72), ("app", "mobile_web", 0.5, 14)),
]
for _seed, _hit, _move in _cases:
    _frame, _truth = _scenario(_seed, _hit, _move)
    _got = diagnose_drop(_frame)
    _found = (_got["segment"], _got["metric"], pd.Timestamp(_got["day"]))
    _story = "with a traffic move between two segments" if _move else "without a traffic move"
    assert _found == _truth, (
        f"a generated funnel {_story}: you returned {_found[0]} {_found[1]} from {_found[2].date()}, "
        "which is not the planted break"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part D · Counter-metrics and guardrails
#
# Any metric a team is paid to move will be moved, sometimes in ways nobody wanted. A
# **counter-metric** is paired with a team's goal to catch the cheap way of hitting it:
# average handle time in customer service falls nicely if agents hang up early, which shows
# up as customers calling back. The counter must move *against* the goal when the goal is
# gamed; a metric that moves with the goal (contacts handled per hour, next to handle time)
# only repeats the good news. **Guardrails** play the same role for a launch or an
# experiment: metrics the change is not meant to move, chosen because the change could hurt
# them, each with a limit agreed before the results come in.

# %% [markdown]
# ## 11. Pair each goal with its counter-metric
# *A counter-metric catches the cheap way of hitting the goal*
#
# | team goal | direction |
# |---|---|
# | `average_handle_time` (customer service: minutes an agent spends per contact) | lower is better |
# | `days_of_inventory` (supply chain: days of sales the warehouses hold) | lower is better |
# | `search_click_through_rate` (search: share of searches with a click on a result) | higher is better |
# | `fraud_loss_rate` (payments: share of sales lost to fraudulent orders) | lower is better |
# | `email_revenue_per_week` (marketing: revenue attributed to promotional emails) | higher is better |
# | `cost_per_package` (logistics: delivery cost per package) | lower is better |
#
# Candidate counter-metrics (each may be used at most once; some fit no goal):
# `repeat_contacts_7d` (share of contacts followed by another contact from the same
# customer within 7 days), `contacts_handled_per_hour`, `in_stock_rate`, `inventory_turns`
# (yearly sales over average inventory), `purchases_per_search`, `search_result_clicks`,
# `good_orders_declined_rate` (share of legitimate orders the fraud filter blocks),
# `unsubscribe_rate`, `late_delivery_rate` (share of packages delivered after the promised
# date).
#
# **Question.** Replace the answer cell with a dict `counter_metrics` mapping each of the
# six goals to one candidate name.

# %% nbgrader={"grade_id": "counter_metrics", "solution": true}
### BEGIN SOLUTION
counter_metrics = {
    "average_handle_time": "repeat_contacts_7d",
    "days_of_inventory": "in_stock_rate",
    "search_click_through_rate": "purchases_per_search",
    "fraud_loss_rate": "good_orders_declined_rate",
    "email_revenue_per_week": "unsubscribe_rate",
    "cost_per_package": "late_delivery_rate",
}
### END SOLUTION

# %% nbgrader={"grade_id": "counter_metrics_test", "grade": true, "points": 2}
_goals = ["average_handle_time", "days_of_inventory", "search_click_through_rate", "fraud_loss_rate",
          "email_revenue_per_week", "cost_per_package"]
_pool = ["repeat_contacts_7d", "contacts_handled_per_hour", "in_stock_rate", "inventory_turns",
         "purchases_per_search", "search_result_clicks", "good_orders_declined_rate", "unsubscribe_rate",
         "late_delivery_rate"]
assert isinstance(counter_metrics, dict), "counter_metrics should be a dict from goal to candidate"
assert sorted(counter_metrics) == sorted(_goals), (
    f"missing goals: {sorted(set(_goals) - set(counter_metrics))}; "
    f"unknown keys: {sorted(set(counter_metrics) - set(_goals))}"
)
_unknown = sorted(set(counter_metrics.values()) - set(_pool))
assert not _unknown, f"not among the candidates: {_unknown}"
assert len(set(counter_metrics.values())) == 6, "each candidate may be used at most once"
### BEGIN HIDDEN TESTS
_echoes = {"contacts_handled_per_hour", "inventory_turns", "search_result_clicks"}
_used_echoes = sorted(_echoes & set(counter_metrics.values()))
assert not _used_echoes, (
    f"{_used_echoes} move in the same direction as the goal they are paired with: when the goal is gamed "
    "they look good too, so they cannot catch it"
)
_reference = {"average_handle_time": "repeat_contacts_7d", "days_of_inventory": "in_stock_rate",
              "search_click_through_rate": "purchases_per_search", "fraud_loss_rate": "good_orders_declined_rate",
              "email_revenue_per_week": "unsubscribe_rate", "cost_per_package": "late_delivery_rate"}
_wrong = [g for g in _reference if counter_metrics[g] != _reference[g]]
assert not _wrong, (
    f"{len(_wrong)} of 6 pairs disagree with the reference: for each goal, ask how a team could hit it "
    "at the customer's expense, and which candidate would show that harm"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Guardrails for a checkout launch
# *Primary, secondary and guardrail metrics in the interview frame*
#
# **Scenario.** The checkout team wants to launch *one-tap add-ons*: on the last checkout
# page, three inexpensive items related to the cart, each added to the order with a single
# tap, without leaving the page. They ask you which metrics should decide the launch
# (an A/B test is planned). The candidate metrics:
#
# | metric | what it measures |
# |---|---|
# | `revenue_per_checkout` | revenue per started checkout (orders x AOV / checkout starts) |
# | `average_order_value` | revenue per order |
# | `units_per_order` | items per order |
# | `add_on_attach_rate` | share of orders with at least one add-on |
# | `add_on_impressions` | times the add-on strip was shown |
# | `checkout_conversion_rate` | share of started checkouts that end in an order |
# | `checkout_latency_p90` | 90th percentile time to show the last checkout page |
# | `add_on_return_rate` | share of add-on items returned within 30 days |
# | `contacts_per_1000_orders` | customer-service contacts about an order, per 1,000 orders |
# | `homepage_click_through_rate` | share of home-page visits with a click |
# | `product_review_count` | reviews written per week |
#
# The frame interviewers expect: clarify the objective, name the primary metric (the one
# that decides), secondary metrics (that explain how the primary moved), guardrails (what
# must not get worse, and why this launch could hurt it), then the trade-offs. A guardrail
# is not a metric the feature moves by design (it would always "fail" or always "pass"),
# nor one on a page the feature never touches.
#
# **Question.** Replace the answer cell with a dict `launch_metrics` with the keys
# `"objective"` (at least 15 words), `"primary"` (one candidate), `"secondary"` (a list of
# candidates), `"guardrails"` (a list of 2 to 5 candidates), `"reasons"` (a dict from each
# guardrail to why this launch could hurt it, at least 8 words each) and `"trade_offs"`
# (at least 30 words: how you would decide if the primary improves while a guardrail
# worsens, and what the test cannot see). No metric may appear in two roles.

# %% nbgrader={"grade_id": "launch_metrics", "solution": true}
### BEGIN SOLUTION
launch_metrics = {
    "objective": "Raise the revenue each started checkout brings in, without losing orders, slowing the "
                 "page or leaving customers with items they did not mean to buy.",
    "primary": "revenue_per_checkout",
    "secondary": ["add_on_attach_rate", "average_order_value", "units_per_order"],
    "guardrails": ["checkout_conversion_rate", "checkout_latency_p90", "add_on_return_rate",
                   "contacts_per_1000_orders"],
    "reasons": {
        "checkout_conversion_rate": "Three extra items on the last page can distract or add doubt, so some "
                                    "customers may abandon the order.",
        "checkout_latency_p90": "Choosing and rendering the add-ons adds work to the slowest page views, "
                                "and every extra second costs orders.",
        "add_on_return_rate": "A single tap makes accidental or impulse additions easy, and those come back "
                              "as returns that cost more than the margin.",
        "contacts_per_1000_orders": "Customers who find an item they do not remember adding contact support, "
                                    "which costs money and trust.",
    },
    "trade_offs": "Before the test, agree a non-inferiority margin for each guardrail, for example at most "
                  "0.2 points of checkout conversion and 100 ms of latency; ship only if revenue per checkout "
                  "rises significantly and no guardrail crosses its margin. Returns and contacts arrive weeks "
                  "after the order, so keep a holdout and read them after 30 days. The test cannot see "
                  "novelty wearing off, lost sales of the same items elsewhere on the site, or long-run trust.",
}
### END SOLUTION

# %% nbgrader={"grade_id": "launch_metrics_test", "grade": true, "points": 1}
_pool = ["revenue_per_checkout", "average_order_value", "units_per_order", "add_on_attach_rate",
         "add_on_impressions", "checkout_conversion_rate", "checkout_latency_p90", "add_on_return_rate",
         "contacts_per_1000_orders", "homepage_click_through_rate", "product_review_count"]
assert isinstance(launch_metrics, dict), "launch_metrics should be a dict"
_keys = {"objective", "primary", "secondary", "guardrails", "reasons", "trade_offs"}
assert set(launch_metrics) == _keys, f"launch_metrics has the keys {sorted(launch_metrics)}; expected {sorted(_keys)}"
assert isinstance(launch_metrics["primary"], str), "primary should be one metric name (a string)"
assert isinstance(launch_metrics["secondary"], list) and isinstance(launch_metrics["guardrails"], list), (
    "secondary and guardrails should be lists of metric names"
)
_named = [launch_metrics["primary"], *launch_metrics["secondary"], *launch_metrics["guardrails"]]
assert not sorted(set(_named) - set(_pool)), f"not among the candidates: {sorted(set(_named) - set(_pool))}"
assert len(_named) == len(set(_named)), "a metric appears twice, or in two roles"
assert 2 <= len(launch_metrics["guardrails"]) <= 5, "name 2 to 5 guardrails: a long list is a list nobody watches"
_reasons = launch_metrics["reasons"]
assert isinstance(_reasons, dict) and set(_reasons) == set(launch_metrics["guardrails"]), (
    "reasons should have exactly one entry per guardrail"
)
for _metric, _why in launch_metrics["reasons"].items():
    assert isinstance(_why, str) and len(_why.split()) >= 8, f"the reason for {_metric} needs at least 8 words"
assert isinstance(launch_metrics["objective"], str) and len(launch_metrics["objective"].split()) >= 15, (
    "state the objective in at least 15 words"
)
assert isinstance(launch_metrics["trade_offs"], str) and len(launch_metrics["trade_offs"].split()) >= 30, (
    "discuss the trade-offs in at least 30 words"
)
### BEGIN HIDDEN TESTS
assert launch_metrics["primary"] in ("revenue_per_checkout", "average_order_value"), (
    f"{launch_metrics['primary']} should not decide this launch: usage of the feature, or a page it does not "
    "touch, says nothing about whether checkouts are worth more"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "launch_metrics_test_2", "grade": true, "points": 2}
# Hidden: guardrails that must be there, and metrics that cannot be guardrails here.
### BEGIN HIDDEN TESTS
_guards = set(launch_metrics["guardrails"])
_by_design = {"average_order_value", "units_per_order", "add_on_attach_rate", "add_on_impressions",
              "revenue_per_checkout"}
_unrelated = {"homepage_click_through_rate", "product_review_count"}
assert not _guards & _by_design, (
    f"{sorted(_guards & _by_design)}: the feature moves these on purpose, so they cannot guard against harm"
)
assert not _guards & _unrelated, f"{sorted(_guards & _unrelated)}: the feature never touches these pages or actions"
assert "checkout_conversion_rate" in _guards, (
    "a new element on the last checkout page can cost orders: which guardrail would show lost orders?"
)
assert "checkout_latency_p90" in _guards, "the add-ons add work to the page: which guardrail would show that?"
assert _guards & {"add_on_return_rate", "contacts_per_1000_orders"}, (
    "one-tap adds make accidental purchases easy: which guardrail would catch them after the order?"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "launch_metrics_rubric", "task": true, "points": 4}
# **Rubric for exercise 12 (4 points, marked by a person).**
#
# - *1 point* · The objective names the customer and the business outcome, in the unit the
#   decision is made in (per started checkout), and what must not be sacrificed.
# - *1 point* · Each guardrail's reason names a concrete way this launch could hurt it
#   (distraction and abandonment, a slower page, accidental taps leading to returns or
#   contacts), not a generic "important to monitor".
# - *1 point* · A decision rule agreed in advance: limits (non-inferiority margins) for the
#   guardrails and what happens when the primary wins while a guardrail loses.
# - *1 point* · Limits of the test: returns and contacts lag the order (a holdout or a
#   later read), novelty effects, add-on sales that would have happened elsewhere anyway,
#   long-run trust that a two-week test cannot measure.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week05/metrics.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the two rubrics appear as points left
#   for a person to mark, so mark your texts against them or swap with a peer.
# - Practise the spoken version of Part C: "revenue is down 5% week over week, walk me
#   through it". Start from the tree, ask about the calendar and known launches (the
#   campaign), split mix from rate, drill into segments, and end with the one input, the
#   day, and who you would call. Two minutes, out loud.
# - Redo exercises 6 and 7 on paper with made-up numbers until you can explain, without
#   notes, why the sequential split depends on the order and the log split does not.
# - For three products you use every day, write a North Star, three input metrics under it,
#   one counter-metric and two guardrails for a feature you would like them to launch.
# - Take these metrics into experiments next: the primary metric of an A/B test, its
#   variance (a ratio metric such as conversion per session needs care when the unit
#   randomised is the customer), and the guardrails that can stop a launch.
