# %% [markdown]
# # Week 6 · Case: Customer Success Managers or a free trial?
#
# A business case of the kind the loop uses to see whether you can turn a vague growth
# question into numbers, and the numbers into a decision. A company that sells business
# software wants more of its leads to become paying customers, and two teams each have a
# plan: hire Customer Success Managers (CSMs) who work every new lead personally, or let
# every lead try the product free for 30 days. You get the results of a three-arm
# experiment and the cost of each plan, and you work through the case the way a strong
# candidate does it out loud: read the experiment correctly (rates, lifts and their
# uncertainty, and the trap of pooling segments), turn lifts into money (incremental
# revenue, gross profit, ROI over a stated horizon), decide under a capacity limit, test
# how fragile the decision is, and finally write the plan and a Working Backwards press
# release. Budget about three hours.
#
# **How to answer.** Each exercise gives a function's `def` line and one-line docstring:
# keep both, replace `raise NotImplementedError()` with your code, run the cell, then the
# test cell under it. The functions receive the data as arguments (`leads`, `economics`)
# rather than reading the notebook's variables, so that the hidden tests can call them on
# other data: write them for any segment labels and any number of segments. NumPy (`np`),
# pandas (`pd`), `math`, `scipy.stats` (`stats`) and `matplotlib.pyplot` (`plt`) are
# imported for you. Never round unless a question asks. Two answers are not code: the case
# plan is a Python dict whose structure is checked automatically, and the press release
# is free text that a person grades with the rubric shown above it.
#
# **How grading works.** The visible test cells run small hand-checkable examples that
# point you in the right direction. The real grade (`autograde check
# week06/customer_success_vs_trial.ipynb`, see the end of the notebook) adds hidden checks
# that recompute every number from the same data by an independent route (SciPy, plain
# NumPy masks, a second implementation of the allocation rule), call your functions on
# freshly simulated experiments and other cost assumptions, and check that your intervals
# cover the true lifts as often as a 95% interval should. A failed check says what is
# wrong with your output, never what the expected value is. The press release's points
# are reported apart, as manually graded.

# %% [markdown]
# ## The case
#
# **The prompt.** "We sell subscription software to small businesses, mid-sized companies
# and enterprises. Too few of our leads end up paying. One proposal is to hire Customer
# Success Managers who reach out to each new lead, run a demo and help with set-up. The
# other is a free 30-day trial. What should we do?"
#
# Before touching the data, a good answer pins the question down. *Lift conversion* is the
# stated goal, but the company really wants profitable growth: a plan that adds customers
# at a loss is not a win. The two plans cost money in very different ways (CSMs are a fixed
# salary per head and can only handle so many leads a month; a trial costs a little per
# user and scales with the lead flow), and the answer may well differ by segment. So the
# decision is made per segment, over a stated horizon, with the costs on the table and a
# guardrail against winning customers who leave again.
#
# **The experiment.** Last quarter every new lead was randomly assigned to one of three
# arms: `control` (the usual sales flow), `csm` (a CSM reaches out) or `trial` (a free
# trial). The assignment was random *within each segment*, but the arm shares were not the
# same in every segment: the handful of CSMs available were mostly kept for enterprise
# leads, so small-business leads went mostly to control and trial. Keep that in mind.
#
# `leads` has one row per lead:
#
# | column | meaning |
# |---|---|
# | `lead_id` | unique id |
# | `segment` | `small`, `mid` or `enterprise` |
# | `arm` | `control`, `csm` or `trial` |
# | `converted` | True if the lead became a paying customer within 90 days |
# | `revenue` | first-year contract value in dollars if converted, 0.0 otherwise |
#
# **The economics.** `economics` is a dict of planning assumptions agreed with finance:
#
# | key | meaning |
# |---|---|
# | `horizon_months` | how many months of leads the programme covers (12): costs are counted over these months, and each customer won brings its first-year revenue |
# | `gross_margin` | share of revenue left after the cost of serving the customer (0.80) |
# | `monthly_leads` | expected new leads per month, per segment |
# | `csm_annual_salary` | fully loaded yearly cost of one CSM, in dollars |
# | `csm_capacity_per_month` | new leads one CSM can work in a month |
# | `max_csms` | CSM headcount finance has approved |
# | `trial_cost_per_user` | cost of one trial user (hosting, onboarding e-mails, support), in dollars |
# | `trial_users_per_lead` | trial users one lead brings, per segment (a bigger company tries with more seats) |
#
# `METRIC_CATALOGUE` lists the metrics the company already tracks, for the case plan at
# the end.

# %% nbgrader={"grade_id": "imports"}
import math

import matplotlib.pyplot as plt
from scipy import stats

from autograde.probes import expect_close

# %% nbgrader={"grade_id": "customer_success_vs_trial_data", "locked": true}
SEGMENTS = ["small", "mid", "enterprise"]
ARMS = ["control", "csm", "trial"]

# The experiment's design: leads per arm (control, csm, trial), the true conversion rate
# per arm, and the average first-year contract value of a customer in the control arm.
# CSMs also upsell a little, so their customers sign 10% larger contracts on average.
# A real team never sees these true values: they are here so that you can compare your
# estimates with them afterwards. Every answer must come from the data in `leads`.
EXPERIMENT_DESIGN = {
    "small": {"leads": (12_000, 2_000, 12_000), "rate": (0.10, 0.17, 0.15), "deal": 2_400.0},
    "mid": {"leads": (4_000, 4_000, 4_000), "rate": (0.06, 0.11, 0.09), "deal": 12_000.0},
    "enterprise": {"leads": (2_000, 6_000, 2_000), "rate": (0.02, 0.06, 0.025), "deal": 60_000.0},
}
DEAL_SIZE_FACTOR = {"control": 1.0, "csm": 1.1, "trial": 1.0}


def simulate_leads(seed=606, scale=1.0):
    """One experiment: a DataFrame with one row per lead (lead_id, segment, arm, converted, revenue)."""
    rng = np.random.default_rng(seed)
    parts = []
    for segment in SEGMENTS:
        design = EXPERIMENT_DESIGN[segment]
        for arm, n_leads, rate in zip(ARMS, design["leads"], design["rate"]):
            n_leads = int(round(n_leads * scale))
            converted = rng.random(n_leads) < rate
            deal = design["deal"] * DEAL_SIZE_FACTOR[arm] * rng.lognormal(-0.125, 0.5, n_leads)
            parts.append(pd.DataFrame({
                "segment": segment,
                "arm": arm,
                "converted": converted,
                "revenue": np.where(converted, np.round(deal, 2), 0.0),
            }))
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame.insert(0, "lead_id", np.arange(100_001, 100_001 + len(frame)))
    return frame


leads = simulate_leads()

economics = {
    "horizon_months": 12,
    "gross_margin": 0.80,
    "monthly_leads": {"small": 1_500, "mid": 420, "enterprise": 130},
    "csm_annual_salary": 110_000.0,
    "csm_capacity_per_month": 40,
    "max_csms": 12,
    "trial_cost_per_user": 25.0,
    "trial_users_per_lead": {"small": 3, "mid": 8, "enterprise": 40},
}

METRIC_CATALOGUE = {
    "lead_to_paid_conversion": "share of leads who pay within 90 days",
    "incremental_gross_profit": "gross profit over the horizon beyond what control would have made",
    "roi": "(incremental gross profit - cost) / cost over the horizon",
    "average_contract_value": "first-year revenue per paying customer",
    "time_to_convert_days": "days from lead to first payment",
    "trial_signups": "number of trials started",
    "csm_calls_made": "outreach calls logged by CSMs",
    "pricing_page_views": "visits to the pricing page",
    "churn_90d": "share of new customers who cancel within 90 days of paying",
    "net_revenue_retention_12m": "revenue from new customers in their second year over their first year",
    "support_tickets_per_account": "support tickets per new customer in the first 90 days",
    "csm_accounts_per_head": "accounts each CSM carries at a time (workload)",
}

# %% [markdown]
# Scratch space, not graded: look at the data before you answer.

# %%
print(leads.head())
print(leads.groupby(["segment", "arm"]).size().unstack())

# %% [markdown]
# ## Part A · Read the experiment
#
# ## 1. Conversion rate per segment and arm
# *Proportions, the Wilson score interval*
#
# A conversion rate is a proportion, `k / n`, and its textbook interval
# `p ± z sqrt(p (1 - p) / n)` (the Wald interval) is only trustworthy when `n p` and
# `n (1 - p)` are both large. With few conversions it covers the true rate far less often
# than advertised, and with none at all it collapses to the width-zero interval `[0, 0]`,
# as if one quiet week proved a rate of exactly zero. The Wilson score interval inverts the
# score test instead. With `z = stats.norm.ppf(0.975)`:
#
# `centre = (p + z² / (2n)) / (1 + z² / n)`, `half-width = z sqrt(p (1 - p) / n + z² / (4n²)) / (1 + z² / n)`,
#
# and the interval is `centre ± half-width`: it stays inside [0, 1] and keeps its coverage
# near 95% even for small counts. (It is what `proportion_confint(..., method="wilson")`
# in statsmodels and `binomtest(k, n).proportion_ci(method="wilson")` in SciPy return.)
# Always report the count next to the rate: 3 out of 20 is not the same evidence as 300
# out of 2,000.
#
# **Question.** Complete `def conversion_summary(leads):` so that it returns a DataFrame
# with one row per `(segment, arm)` pair present in `leads` and the columns `segment`,
# `arm`, `leads` (number of leads), `conversions` (number converted), `rate`
# (`conversions / leads`), `ci_low` and `ci_high` (the 95% Wilson interval of the rate).
# `segment` and `arm` are ordinary columns, not the index. Any row order.

# %% nbgrader={"grade_id": "conversion_summary", "solution": true}
def conversion_summary(leads):
    """One row per (segment, arm): leads, conversions, rate and its 95% Wilson interval."""
    ### BEGIN SOLUTION
    z = stats.norm.ppf(0.975)
    table = (
        leads.groupby(["segment", "arm"])["converted"]
        .agg(leads="size", conversions="sum")
        .reset_index()
    )
    n = table["leads"].to_numpy(dtype=float)
    p = table["conversions"].to_numpy(dtype=float) / n
    shrink = 1 + z ** 2 / n
    centre = (p + z ** 2 / (2 * n)) / shrink
    half_width = z * np.sqrt(p * (1 - p) / n + z ** 2 / (4 * n ** 2)) / shrink
    table["conversions"] = table["conversions"].astype(int)
    table["rate"] = p
    table["ci_low"] = centre - half_width
    table["ci_high"] = centre + half_width
    return table
    ### END SOLUTION


# %% nbgrader={"grade_id": "conversion_summary_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({
    "segment": ["s"] * 20,
    "arm": ["control"] * 10 + ["trial"] * 10,
    "converted": [True, True] + [False] * 8 + [False] * 10,
    "revenue": [100.0, 100.0] + [0.0] * 18,
})
_out = conversion_summary(_tiny)
assert isinstance(_out, pd.DataFrame), "conversion_summary should return a pandas DataFrame"
_missing = {"segment", "arm", "leads", "conversions", "rate", "ci_low", "ci_high"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)} (are segment and arm still in the index? reset_index())"
assert len(_out) == 2, f"one row per (segment, arm) pair: 2 expected for this example, got {len(_out)}"
_control = _out[_out["arm"] == "control"].iloc[0]
_trial = _out[_out["arm"] == "trial"].iloc[0]
assert int(_control["leads"]) == 10 and int(_control["conversions"]) == 2, "the control arm has 10 leads, 2 converted"
expect_close(_control["rate"], 0.2, what="the control rate (2 of 10)")
expect_close(_trial["ci_low"], 0.0, abs_=1e-9, what="ci_low with no conversions")
assert float(_trial["ci_high"]) > 0.1, (
    "with 0 conversions out of 10 the upper end of the interval should still be well above 0: "
    "a Wald interval collapses to [0, 0] here, Wilson's does not"
)
### BEGIN HIDDEN TESTS
def _check_against_scipy(frame, result, tolerance):
    assert len(result) == frame.groupby(["segment", "arm"]).ngroups, (
        f"conversion_summary returned {len(result)} rows; there should be one per (segment, arm) pair"
    )
    for (_seg, _arm), _group in frame.groupby(["segment", "arm"]):
        _rows = result[(result["segment"] == _seg) & (result["arm"] == _arm)]
        assert len(_rows) == 1, f"expected exactly one row for segment {_seg!r}, arm {_arm!r}"
        _row = _rows.iloc[0]
        _k, _n = int(_group["converted"].sum()), len(_group)
        _ci = stats.binomtest(_k, _n).proportion_ci(confidence_level=0.95, method="wilson")
        assert int(_row["leads"]) == _n and int(_row["conversions"]) == _k, (
            f"the lead or conversion count of ({_seg}, {_arm}) is wrong"
        )
        expect_close(_row["rate"], _k / _n, abs_=1e-12, what=f"rate of ({_seg}, {_arm})")
        expect_close(_row["ci_low"], _ci.low, abs_=tolerance, rel=0, what=f"ci_low of ({_seg}, {_arm})")
        expect_close(_row["ci_high"], _ci.high, abs_=tolerance, rel=0, what=f"ci_high of ({_seg}, {_arm})")


_check_against_scipy(leads, conversion_summary(leads), 2e-6)
_check_against_scipy(simulate_leads(seed=11, scale=0.01), conversion_summary(simulate_leads(seed=11, scale=0.01)), 5e-5)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "conversion_summary_test_2", "grade": true, "points": 1}
# Hidden: 1,000 small segments with known true rates; a 95% interval should cover the truth about 95% of the time.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(5)
_true = _rng.uniform(0.03, 0.3, 1000)
_labels = np.repeat([f"seg{_i:04d}" for _i in range(1000)], 40)
_frame = pd.DataFrame({
    "segment": _labels,
    "arm": "control",
    "converted": _rng.random(40_000) < np.repeat(_true, 40),
    "revenue": 0.0,
})
_res = conversion_summary(_frame).set_index("segment").loc[[f"seg{_i:04d}" for _i in range(1000)]]
_covered = float(np.mean((_res["ci_low"].to_numpy() <= _true) & (_true <= _res["ci_high"].to_numpy())))
assert 0.93 <= _covered <= 0.97, (
    f"your intervals cover the true rate in {_covered:.1%} of 1,000 segments of 40 leads; a 95% interval "
    "should be close to 95% (an interval that ignores small counts covers too rarely)"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Lift over control, with its interval
# *Difference of two proportions, the unpooled standard error*
#
# The effect of an arm is its **lift**: its conversion rate minus the control rate in the
# same segment (absolute, in percentage points when you say it out loud), and the relative
# lift is that difference divided by the control rate. Two habits trip people up. Checking
# whether the two arms' own intervals overlap is not a test of the difference: overlapping
# intervals can hide a clearly non-zero lift. Build the interval of the difference itself:
# the variances of two independent estimates add, so
# `se = sqrt(p1 (1 - p1) / n1 + p0 (1 - p0) / n0)` (add the *variances*, not the standard
# errors). And keep the *pooled* standard error, which assumes the two rates are equal, for
# the z-test of "no difference"; an interval around an estimated difference uses each
# arm's own rate, as above.
#
# **Question.** Complete `def lift_table(leads):` so that it returns a DataFrame with one
# row per segment and per non-control arm present in that segment (call it the `option`),
# with the columns `segment`, `option`, `control_rate`, `option_rate`, `lift`
# (`option_rate - control_rate`), `relative_lift` (`lift / control_rate`), `ci_low` and
# `ci_high` (the 95% interval `lift ± z se`, with the unpooled `se` above and
# `z = stats.norm.ppf(0.975)`). Every segment has a control arm with a non-zero rate. Any
# row order.

# %% nbgrader={"grade_id": "lift_table", "solution": true}
def lift_table(leads):
    """Lift of each non-control arm over control, per segment, with a 95% interval."""
    ### BEGIN SOLUTION
    z = stats.norm.ppf(0.975)
    stats_by_group = leads.groupby(["segment", "arm"])["converted"].agg(["mean", "size"])
    rows = []
    for (segment, arm), (rate, n) in stats_by_group.iterrows():
        if arm == "control":
            continue
        control_rate, n_control = stats_by_group.loc[(segment, "control")]
        se = math.sqrt(rate * (1 - rate) / n + control_rate * (1 - control_rate) / n_control)
        lift = rate - control_rate
        rows.append({
            "segment": segment,
            "option": arm,
            "control_rate": control_rate,
            "option_rate": rate,
            "lift": lift,
            "relative_lift": lift / control_rate,
            "ci_low": lift - z * se,
            "ci_high": lift + z * se,
        })
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% nbgrader={"grade_id": "lift_table_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({
    "segment": ["s"] * 200,
    "arm": ["control"] * 100 + ["csm"] * 100,
    "converted": [True] * 10 + [False] * 90 + [True] * 20 + [False] * 80,
    "revenue": 0.0,
})
_out = lift_table(_tiny)
assert isinstance(_out, pd.DataFrame), "lift_table should return a pandas DataFrame"
_missing = {"segment", "option", "control_rate", "option_rate", "lift", "relative_lift", "ci_low", "ci_high"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
assert len(_out) == 1 and _out.iloc[0]["option"] == "csm", "one row expected here: segment 's', option 'csm' (no row for control itself)"
expect_close(_out.iloc[0]["lift"], 0.1, what="the lift of 20% over 10%")
expect_close(_out.iloc[0]["relative_lift"], 1.0, what="the relative lift of 20% over 10%")
expect_close(_out.iloc[0]["ci_high"] - _out.iloc[0]["lift"], stats.norm.ppf(0.975) * math.sqrt(0.2 * 0.8 / 100 + 0.1 * 0.9 / 100),
             abs_=1e-5, rel=0, what="the half-width of the interval")
### BEGIN HIDDEN TESTS
def _check_lifts(frame, result):
    _z = stats.norm.ppf(0.975)
    _expected_rows = 0
    for _seg in frame["segment"].unique():
        _in_seg = frame[frame["segment"] == _seg]
        _base = _in_seg.loc[_in_seg["arm"] == "control", "converted"].to_numpy(dtype=float)
        for _opt in _in_seg["arm"].unique():
            if _opt == "control":
                continue
            _expected_rows += 1
            _treated = _in_seg.loc[_in_seg["arm"] == _opt, "converted"].to_numpy(dtype=float)
            _lift = _treated.mean() - _base.mean()
            _se = math.sqrt(_treated.var() / _treated.size + _base.var() / _base.size)
            _rows = result[(result["segment"] == _seg) & (result["option"] == _opt)]
            assert len(_rows) == 1, f"expected exactly one row for segment {_seg!r}, option {_opt!r}"
            _row = _rows.iloc[0]
            expect_close(_row["control_rate"], _base.mean(), abs_=1e-12, what=f"control_rate of ({_seg}, {_opt})")
            expect_close(_row["option_rate"], _treated.mean(), abs_=1e-12, what=f"option_rate of ({_seg}, {_opt})")
            expect_close(_row["lift"], _lift, abs_=1e-12, what=f"lift of ({_seg}, {_opt})")
            expect_close(_row["relative_lift"], _lift / _base.mean(), rel=1e-9, what=f"relative_lift of ({_seg}, {_opt})")
            expect_close(_row["ci_low"], _lift - _z * _se, abs_=1e-6, rel=0, what=f"ci_low of ({_seg}, {_opt})")
            expect_close(_row["ci_high"], _lift + _z * _se, abs_=1e-6, rel=0, what=f"ci_high of ({_seg}, {_opt})")
    assert len(result) == _expected_rows, (
        f"lift_table returned {len(result)} rows; expected one per segment and non-control arm"
    )


_check_lifts(leads, lift_table(leads))
_check_lifts(simulate_leads(seed=12, scale=0.2), lift_table(simulate_leads(seed=12, scale=0.2)))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "lift_table_test_2", "grade": true, "points": 1}
# Hidden: 500 simulated segments with known true lifts; the 95% intervals should cover about 95% of them,
# and on a 20-times larger copy of the experiment the lifts should sit close to the planted ones.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(6)
_p0 = _rng.uniform(0.05, 0.2, 500)
_p1 = _p0 + _rng.uniform(0.0, 0.1, 500)
_names = [f"seg{_i:04d}" for _i in range(500)]
_frame = pd.DataFrame({
    "segment": np.repeat(_names, 400),
    "arm": np.tile(["control"] * 200 + ["trial"] * 200, 500),
    "converted": _rng.random(200_000) < np.repeat(np.column_stack([_p0, _p1]), 200, axis=1).ravel(),
    "revenue": 0.0,
})
_res = lift_table(_frame).set_index("segment").loc[_names]
_truth = _p1 - _p0
_covered = float(np.mean((_res["ci_low"].to_numpy() <= _truth) & (_truth <= _res["ci_high"].to_numpy())))
assert 0.93 <= _covered <= 0.97, (
    f"your intervals cover the true lift in {_covered:.1%} of 500 simulated segments; a 95% interval "
    "should be close to 95% (too high means too wide, too low means too narrow)"
)
_big = lift_table(simulate_leads(seed=99, scale=20))
for _seg, _design in EXPERIMENT_DESIGN.items():
    for _j, _opt in ((1, "csm"), (2, "trial")):
        _planted = _design["rate"][_j] - _design["rate"][0]
        _got = float(_big[(_big["segment"] == _seg) & (_big["option"] == _opt)]["lift"].iloc[0])
        assert abs(_got - _planted) < 0.01, (
            f"on a very large experiment your lift for ({_seg}, {_opt}) is {_got:.4f}, far from the true lift"
        )
### END HIDDEN TESTS

# %% [markdown]
# Not graded: your lifts and their intervals, drawn. Where an interval crosses zero, the
# experiment cannot tell that arm from control in that segment.

# %%
try:
    _lifts = lift_table(leads)
    _fig, _ax = plt.subplots(figsize=(7, 3.5))
    for _shift, _opt, _colour in ((-0.12, "csm", "tab:blue"), (0.12, "trial", "tab:orange")):
        _part = _lifts[_lifts["option"] == _opt].set_index("segment").reindex(SEGMENTS)
        _x = np.arange(len(SEGMENTS)) + _shift
        _err = np.vstack([_part["lift"] - _part["ci_low"], _part["ci_high"] - _part["lift"]]) * 100
        _ax.errorbar(_x, _part["lift"] * 100, yerr=_err, fmt="o", capsize=4, color=_colour, label=_opt)
    _ax.axhline(0, color="grey", linewidth=1)
    _ax.set_xticks(range(len(SEGMENTS)), SEGMENTS)
    _ax.set_ylabel("lift over control (percentage points)")
    _ax.set_title("Conversion lift by segment, 95% intervals")
    _ax.legend()
    plt.show()
except Exception as _error:  # noqa: BLE001 (any error in an unfinished answer)
    plt.close("all")
    print(f"Answer exercise 2 first to see the chart ({type(_error).__name__}).")

# %% [markdown]
# ## 3. Pooled or segmented? (Simpson's paradox)
# *Confounding by segment mix, standardisation*
#
# The quick read of any experiment is one number per arm: all the trial leads' conversion
# rate against all the control leads'. Here that is dangerous. Small businesses convert far
# more often than enterprises whatever you do, and the arms did not get the same mix of
# segments: the CSM arm is heavy with enterprise leads, the trial arm heavy with small
# businesses. A pooled comparison therefore mixes the effect of the arm with the effect of
# *who was in the arm*, and it can rank the options in the opposite order from every single
# segment: that is Simpson's paradox. The fix is to compare within segments and then, if
# one number is needed, average the segment lifts with the **same** weights for every arm
# (standardisation). Here the weights are each segment's share of all the experiment's
# leads.
#
# **Question.** Complete `def simpson_check(leads):` so that it returns a dict with these
# keys, where the options are the arms other than `control`:
# - `"pooled_lift"`: dict option -> the option's conversion rate over all its leads, minus
#   control's conversion rate over all its leads (segments ignored);
# - `"adjusted_lift"`: dict option -> the sum over segments of `w_s * lift_s`, where
#   `lift_s` is the option's lift over control within segment `s` and `w_s` is segment
#   `s`'s share of all the leads in `leads` (all arms together);
# - `"pooled_winner"` and `"adjusted_winner"`: the option with the larger pooled and the
#   larger adjusted lift;
# - `"segment_winners"`: dict segment -> the option with the larger lift in that segment.
#
# Every option is present in every segment; ties do not occur.

# %% nbgrader={"grade_id": "simpson_check", "solution": true}
def simpson_check(leads):
    """Pooled versus segment-standardised lifts, and which option each view says wins."""
    ### BEGIN SOLUTION
    options = sorted(a for a in leads["arm"].unique() if a != "control")
    overall = leads.groupby("arm")["converted"].mean()
    pooled = {o: float(overall[o] - overall["control"]) for o in options}
    rates = leads.groupby(["segment", "arm"])["converted"].mean().unstack("arm")
    segment_lifts = rates[options].sub(rates["control"], axis=0)
    weights = leads["segment"].value_counts(normalize=True).reindex(segment_lifts.index)
    adjusted = {o: float((segment_lifts[o] * weights).sum()) for o in options}
    return {
        "pooled_lift": pooled,
        "adjusted_lift": adjusted,
        "pooled_winner": max(pooled, key=pooled.get),
        "adjusted_winner": max(adjusted, key=adjusted.get),
        "segment_winners": {s: str(segment_lifts.loc[s].idxmax()) for s in segment_lifts.index},
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "simpson_check_test", "grade": true, "points": 2}
def _tiny_experiment(cells):
    rows = []
    for _seg, _arm, _n, _k in cells:
        rows += [(_seg, _arm, _i < _k) for _i in range(_n)]
    return pd.DataFrame(rows, columns=["segment", "arm", "converted"]).assign(revenue=0.0)


_tiny = _tiny_experiment([
    ("x", "control", 10, 5), ("x", "csm", 10, 7), ("x", "trial", 30, 18),
    ("y", "control", 30, 3), ("y", "csm", 30, 6), ("y", "trial", 10, 1),
])
_out = simpson_check(_tiny)
assert isinstance(_out, dict), "simpson_check should return a dict"
_missing = {"pooled_lift", "adjusted_lift", "pooled_winner", "adjusted_winner", "segment_winners"} - set(_out)
assert not _missing, f"keys missing: {sorted(_missing)}"
expect_close(_out["pooled_lift"]["trial"], 19 / 40 - 8 / 40, what="pooled_lift['trial'] in the small example")
assert _out["pooled_winner"] == "trial", "pooled, the trial looks better in the small example"
assert _out["segment_winners"] == {"x": "csm", "y": "csm"}, "within each segment of the small example, csm lifts more"
expect_close(_out["adjusted_lift"]["csm"], (50 * 0.2 + 70 * 0.1) / 120, what="adjusted_lift['csm'] in the small example")
### BEGIN HIDDEN TESTS
def _reference_simpson(frame):
    _arm = frame["arm"].to_numpy()
    _seg = frame["segment"].to_numpy()
    _conv = frame["converted"].to_numpy(dtype=float)
    _options = [a for a in np.unique(_arm) if a != "control"]
    _pooled = {o: _conv[_arm == o].mean() - _conv[_arm == "control"].mean() for o in _options}
    _adjusted = {o: 0.0 for o in _options}
    _winners = {}
    for _s in np.unique(_seg):
        _w = np.mean(_seg == _s)
        _base = _conv[(_seg == _s) & (_arm == "control")].mean()
        _lifts = {o: _conv[(_seg == _s) & (_arm == o)].mean() - _base for o in _options}
        for o in _options:
            _adjusted[o] += _w * _lifts[o]
        _winners[_s] = max(_lifts, key=_lifts.get)
    return _pooled, _adjusted, _winners


for _frame in (leads, simulate_leads(seed=21, scale=0.5), _tiny):
    _res = simpson_check(_frame)
    _pooled, _adjusted, _winners = _reference_simpson(_frame)
    for _o in _pooled:
        expect_close(_res["pooled_lift"][_o], _pooled[_o], abs_=1e-12, what=f"pooled_lift[{_o!r}]")
        expect_close(_res["adjusted_lift"][_o], _adjusted[_o], abs_=1e-12,
                     what=f"adjusted_lift[{_o!r}] (weights: each segment's share of ALL leads)")
    assert _res["pooled_winner"] == max(_pooled, key=_pooled.get), "pooled_winner does not match your pooled lifts' ranking"
    assert _res["adjusted_winner"] == max(_adjusted, key=_adjusted.get), "adjusted_winner is not the option with the larger adjusted lift"
    assert dict(_res["segment_winners"]) == _winners, "segment_winners is wrong for at least one segment"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "simpson_check_test_2", "grade": true, "points": 1}
# Hidden: on this notebook's experiment, the paradox is there to be found.
### BEGIN HIDDEN TESTS
_res = simpson_check(leads)
_counts = pd.crosstab(leads["segment"], leads["arm"])
_wins = pd.crosstab(leads["segment"], leads["arm"], values=leads["converted"].astype(float), aggfunc="sum")
_lifts = (_wins / _counts).sub((_wins / _counts)["control"], axis=0)
_share = _counts.sum(axis=1) / _counts.to_numpy().sum()
for _o in ("csm", "trial"):
    expect_close(_res["adjusted_lift"][_o], float((_lifts[_o] * _share).sum()), abs_=1e-12,
                 what=f"adjusted_lift[{_o!r}] on leads")
    expect_close(_res["pooled_lift"][_o], _wins[_o].sum() / _counts[_o].sum() - _wins["control"].sum() / _counts["control"].sum(),
                 abs_=1e-12, what=f"pooled_lift[{_o!r}] on leads")
assert _res["pooled_winner"] != _res["adjusted_winner"], (
    "on this experiment the pooled view and the segment view should disagree about the winner: "
    "check how each lift is computed"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · From lifts to money
#
# A conversion lift is not yet a business case. The definitions below are used from here
# on; they describe a programme that runs for `horizon_months` months, paying its costs
# over those months and counting, for every customer it wins, the first-year revenue.
#
# - **Leads in the horizon** of segment `s`: `monthly_leads[s] * horizon_months`.
# - **Revenue per lead** of an arm: the mean of `revenue` over *all* the arm's leads in the
#   segment, zeros included (so it combines the conversion rate and the contract size).
# - **Incremental revenue** of an option in segment `s`: (revenue per lead of the option
#   minus revenue per lead of control) times the leads in the horizon.
# - **Incremental gross profit**: `gross_margin * incremental revenue`.
# - **CSMs needed** in segment `s`: `ceil(monthly_leads[s] / csm_capacity_per_month)`, as
#   nobody hires 0.4 of a person. **CSM cost**: CSMs needed times `csm_annual_salary` times
#   `horizon_months / 12`.
# - **Trial cost**: leads in the horizon times `trial_users_per_lead[s]` times
#   `trial_cost_per_user` (every lead in the segment is offered the trial).
# - **ROI**: `(incremental gross profit - cost) / cost`. ROI 0 means the option exactly
#   pays for itself; 1.5 means every dollar spent comes back with $1.50 of profit on top.
#
# ## 4. Incremental conversions and revenue
# *Per-lead economics, projecting onto the real lead flow*
#
# Two mistakes are common here. The first projects the experiment's own sample: the
# experiment had 2,000 small-business leads in its CSM arm, but the decision is about the
# next year's leads, so scale the per-lead effect by the leads in the horizon. The second
# multiplies the extra conversions by the average contract of a control customer, as if
# an option changed only *how many* leads buy and never *how much* they buy: a CSM who
# helps a customer set up is also in a good position to sell a bigger plan. Revenue per lead
# takes both effects in.
#
# **Question.** Complete `def incremental_value(leads, economics):` so that it returns a
# DataFrame with one row per segment and non-control arm (the `option`) and the columns
# `segment`, `option`, `leads_in_horizon`, `incremental_conversions` (the lift in
# conversion rate times the leads in the horizon) and `incremental_revenue` (as defined
# above). Every segment of `leads` is a key of `economics["monthly_leads"]`. Any row order.

# %% nbgrader={"grade_id": "incremental_value", "solution": true}
def incremental_value(leads, economics):
    """Extra conversions and extra first-year revenue of each option over the horizon, per segment."""
    ### BEGIN SOLUTION
    per_lead = leads.groupby(["segment", "arm"]).agg(
        rate=("converted", "mean"), revenue_per_lead=("revenue", "mean")
    )
    rows = []
    for (segment, arm), values in per_lead.iterrows():
        if arm == "control":
            continue
        base = per_lead.loc[(segment, "control")]
        volume = economics["monthly_leads"][segment] * economics["horizon_months"]
        rows.append({
            "segment": segment,
            "option": arm,
            "leads_in_horizon": volume,
            "incremental_conversions": (values["rate"] - base["rate"]) * volume,
            "incremental_revenue": (values["revenue_per_lead"] - base["revenue_per_lead"]) * volume,
        })
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% nbgrader={"grade_id": "incremental_value_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({
    "segment": ["s"] * 8,
    "arm": ["control"] * 4 + ["csm"] * 4,
    "converted": [True, False, False, False, True, True, False, False],
    "revenue": [100.0, 0.0, 0.0, 0.0, 100.0, 300.0, 0.0, 0.0],
})
_econ = {"horizon_months": 2, "monthly_leads": {"s": 10}}
_out = incremental_value(_tiny, _econ)
assert isinstance(_out, pd.DataFrame), "incremental_value should return a pandas DataFrame"
_missing = {"segment", "option", "leads_in_horizon", "incremental_conversions", "incremental_revenue"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
assert len(_out) == 1, "one row expected here: segment 's', option 'csm'"
expect_close(_out.iloc[0]["leads_in_horizon"], 20, what="leads_in_horizon (10 a month for 2 months)")
expect_close(_out.iloc[0]["incremental_conversions"], 5.0, what="incremental_conversions (+25 points on 20 leads)")
expect_close(_out.iloc[0]["incremental_revenue"], 1500.0,
             what="incremental_revenue ((100 - 25) dollars more per lead, on 20 leads)")
### BEGIN HIDDEN TESTS
def _check_increments(frame, econ, result):
    _seg_all = frame["segment"].to_numpy()
    _arm_all = frame["arm"].to_numpy()
    _conv_all = frame["converted"].to_numpy(dtype=float)
    _rev_all = frame["revenue"].to_numpy(dtype=float)
    _count = 0
    for _s in np.unique(_seg_all):
        _volume = econ["monthly_leads"][_s] * econ["horizon_months"]
        _c = (_seg_all == _s) & (_arm_all == "control")
        for _o in np.unique(_arm_all[_seg_all == _s]):
            if _o == "control":
                continue
            _count += 1
            _t = (_seg_all == _s) & (_arm_all == _o)
            _rows = result[(result["segment"] == _s) & (result["option"] == _o)]
            assert len(_rows) == 1, f"expected exactly one row for segment {_s!r}, option {_o!r}"
            _row = _rows.iloc[0]
            expect_close(_row["leads_in_horizon"], _volume, what=f"leads_in_horizon of ({_s}, {_o})")
            expect_close(_row["incremental_conversions"],
                         _volume * (_conv_all[_t].sum() / _t.sum() - _conv_all[_c].sum() / _c.sum()),
                         rel=1e-9, abs_=1e-6, what=f"incremental_conversions of ({_s}, {_o})")
            expect_close(_row["incremental_revenue"],
                         _volume * (_rev_all[_t].sum() / _t.sum() - _rev_all[_c].sum() / _c.sum()),
                         rel=1e-9, abs_=1e-4,
                         what=f"incremental_revenue of ({_s}, {_o}) (revenue per lead, zeros included, times the leads in the horizon)")
    assert len(result) == _count, f"incremental_value returned {len(result)} rows; expected {_count}"


_check_increments(leads, economics, incremental_value(leads, economics))
_other = dict(economics, horizon_months=18, monthly_leads={"small": 900, "mid": 650, "enterprise": 45})
_sim = simulate_leads(seed=31, scale=0.5)
_check_increments(_sim, _other, incremental_value(_sim, _other))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "incremental_value_test_2", "grade": true, "points": 1}
# Hidden: on a 20-times larger experiment, the CSM's extra revenue per lead should reflect its larger contracts too.
### BEGIN HIDDEN TESTS
_big = simulate_leads(seed=98, scale=20)
_unit = {"horizon_months": 1, "monthly_leads": {s: 1 for s in SEGMENTS}}
_res = incremental_value(_big, _unit)
for _s, _design in EXPERIMENT_DESIGN.items():
    _planted = _design["deal"] * (_design["rate"][1] * DEAL_SIZE_FACTOR["csm"] - _design["rate"][0])
    _got = float(_res[(_res["segment"] == _s) & (_res["option"] == "csm")]["incremental_revenue"].iloc[0])
    assert abs(_got - _planted) < 0.12 * _planted, (
        f"on a very large experiment your extra revenue per {_s} lead from CSMs is {_got:.1f} dollars, "
        "far from the true value: does it count the change in contract size as well as the extra conversions?"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 5. ROI per segment and option
# *Gross profit, not revenue; whole people; a stated horizon*
#
# ROI compares what an option earns with what it costs, and both sides need care. The
# earnings are gross profit, not revenue: a dollar of revenue costs about 20 cents to
# serve, and comparing revenue with cost flatters every option. The cost of CSMs comes in
# whole people, rounded *up*, so a segment that needs 10.5 CSMs of work needs 11 salaries.
# And ROI is net of the cost: an option whose gross profit merely equals its cost has an
# ROI of 0, not 1. Both sides run over the same horizon.
#
# **Question.** Complete `def roi_table(incremental, economics):`. `incremental` is a
# DataFrame with (at least) the columns `segment`, `option` (`"csm"` or `"trial"`) and
# `incremental_revenue`, like the output of exercise 4. Return a DataFrame with one row per
# row of `incremental` and the columns `segment`, `option`, `csms_needed` (an integer: the
# CSMs needed for a `"csm"` row, 0 for a `"trial"` row), `cost`,
# `incremental_gross_profit` and `roi`, all as defined at the start of Part B. Any row
# order.

# %% nbgrader={"grade_id": "roi_table", "solution": true}
def roi_table(incremental, economics):
    """Cost, incremental gross profit and ROI of each (segment, option) over the horizon."""
    ### BEGIN SOLUTION
    horizon = economics["horizon_months"]
    rows = []
    for row in incremental.itertuples(index=False):
        monthly = economics["monthly_leads"][row.segment]
        if row.option == "csm":
            csms = math.ceil(monthly / economics["csm_capacity_per_month"])
            cost = csms * economics["csm_annual_salary"] * horizon / 12
        else:
            csms = 0
            cost = monthly * horizon * economics["trial_users_per_lead"][row.segment] * economics["trial_cost_per_user"]
        profit = economics["gross_margin"] * row.incremental_revenue
        rows.append({
            "segment": row.segment,
            "option": row.option,
            "csms_needed": csms,
            "cost": cost,
            "incremental_gross_profit": profit,
            "roi": (profit - cost) / cost,
        })
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% nbgrader={"grade_id": "roi_table_test", "grade": true, "points": 2}
_econ = {
    "horizon_months": 12, "gross_margin": 0.5, "monthly_leads": {"s": 30},
    "csm_annual_salary": 1_000.0, "csm_capacity_per_month": 20, "max_csms": 5,
    "trial_cost_per_user": 2.0, "trial_users_per_lead": {"s": 5},
}
_inc = pd.DataFrame({"segment": ["s", "s"], "option": ["csm", "trial"], "incremental_revenue": [8_000.0, 7_200.0]})
_out = roi_table(_inc, _econ)
assert isinstance(_out, pd.DataFrame), "roi_table should return a pandas DataFrame"
_missing = {"segment", "option", "csms_needed", "cost", "incremental_gross_profit", "roi"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
_csm = _out[_out["option"] == "csm"].iloc[0]
_trial = _out[_out["option"] == "trial"].iloc[0]
assert int(_csm["csms_needed"]) == 2, "30 leads a month at 20 per CSM needs 2 CSMs (round up: nobody hires half a person)"
expect_close(_csm["cost"], 2_000.0, what="the CSM cost (2 CSMs for 12 months at 1,000 a year)")
expect_close(_csm["incremental_gross_profit"], 4_000.0, what="incremental_gross_profit (half of 8,000)")
expect_close(_csm["roi"], 1.0, what="the CSM ROI ((4,000 - 2,000) / 2,000)")
expect_close(_trial["cost"], 3_600.0, what="the trial cost (360 leads x 5 users x 2 dollars)")
expect_close(_trial["roi"], 0.0, abs_=1e-12, what="the trial ROI (profit equals cost)")
### BEGIN HIDDEN TESTS
def _check_roi(inc, econ, result):
    assert len(result) == len(inc), f"roi_table returned {len(result)} rows for {len(inc)} input rows"
    _seg = inc["segment"].to_numpy()
    _opt = inc["option"].to_numpy()
    _monthly = np.array([econ["monthly_leads"][s] for s in _seg], dtype=float)
    _users = np.array([econ["trial_users_per_lead"][s] for s in _seg], dtype=float)
    _heads = np.where(_opt == "csm", -(-_monthly // econ["csm_capacity_per_month"]), 0)
    _cost = np.where(
        _opt == "csm",
        _heads * econ["csm_annual_salary"] * econ["horizon_months"] / 12,
        _monthly * econ["horizon_months"] * _users * econ["trial_cost_per_user"],
    )
    _profit = econ["gross_margin"] * inc["incremental_revenue"].to_numpy(dtype=float)
    for _i in range(len(inc)):
        _rows = result[(result["segment"] == _seg[_i]) & (result["option"] == _opt[_i])]
        assert len(_rows) == 1, f"expected exactly one row for segment {_seg[_i]!r}, option {_opt[_i]!r}"
        _row = _rows.iloc[0]
        _where = f"({_seg[_i]}, {_opt[_i]})"
        assert int(_row["csms_needed"]) == int(_heads[_i]), f"csms_needed of {_where} is wrong"
        expect_close(_row["cost"], _cost[_i], rel=1e-9, what=f"cost of {_where}")
        expect_close(_row["incremental_gross_profit"], _profit[_i], rel=1e-9, abs_=1e-6,
                     what=f"incremental_gross_profit of {_where}")
        expect_close(_row["roi"], (_profit[_i] - _cost[_i]) / _cost[_i], rel=1e-9, abs_=1e-9, what=f"roi of {_where}")


_inc = pd.DataFrame({
    "segment": ["small", "small", "mid", "mid", "enterprise", "enterprise"],
    "option": ["csm", "trial", "csm", "trial", "csm", "trial"],
    "incremental_revenue": [4.1e6, 2.2e6, 3.9e6, 1.1e6, 4.6e6, -2.0e5],
})
_check_roi(_inc, economics, roi_table(_inc, economics))
_other = dict(economics, horizon_months=6, gross_margin=0.65, csm_capacity_per_month=35,
              monthly_leads={"small": 1_000, "mid": 350, "enterprise": 70})
_check_roi(_inc, _other, roi_table(_inc, _other))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "roi_table_test_2", "grade": true, "points": 1}
# Hidden: the full chain on this notebook's data (your roi_table applied to a reference incremental table).
### BEGIN HIDDEN TESTS
_per_lead = {(s, a): g["revenue"].to_numpy().mean() for (s, a), g in leads.groupby(["segment", "arm"])}
_inc = pd.DataFrame([
    {"segment": s, "option": o,
     "incremental_revenue": (_per_lead[(s, o)] - _per_lead[(s, "control")]) * economics["monthly_leads"][s] * 12}
    for s in SEGMENTS for o in ("csm", "trial")
])
_got = roi_table(_inc, economics)
assert len(_got) == 6, f"roi_table returned {len(_got)} rows for 6 input rows"
for _s in SEGMENTS:
    _monthly = economics["monthly_leads"][_s]
    for _o in ("csm", "trial"):
        _revenue = float(_inc[(_inc["segment"] == _s) & (_inc["option"] == _o)]["incremental_revenue"].iloc[0])
        _heads = -(-_monthly // economics["csm_capacity_per_month"]) if _o == "csm" else 0
        _cost = (_heads * economics["csm_annual_salary"] if _o == "csm"
                 else _monthly * 12 * economics["trial_users_per_lead"][_s] * economics["trial_cost_per_user"])
        _row = _got[(_got["segment"] == _s) & (_got["option"] == _o)].iloc[0]
        assert int(_row["csms_needed"]) == _heads, f"csms_needed of ({_s}, {_o}) is wrong"
        expect_close(_row["cost"], _cost, rel=1e-9, what=f"cost of ({_s}, {_o})")
        expect_close(_row["roi"], (economics["gross_margin"] * _revenue - _cost) / _cost, rel=1e-9, abs_=1e-9,
                     what=f"roi of ({_s}, {_o})")
### END HIDDEN TESTS

# %% [markdown]
# Not graded: ROI by segment and option, from your answers to exercises 4 and 5. The
# dashed line is break-even.

# %%
try:
    _roi = roi_table(incremental_value(leads, economics), economics)
    _fig, _ax = plt.subplots(figsize=(7, 3.5))
    for _shift, _opt, _colour in ((-0.2, "csm", "tab:blue"), (0.2, "trial", "tab:orange")):
        _part = _roi[_roi["option"] == _opt].set_index("segment").reindex(SEGMENTS)
        _ax.bar(np.arange(len(SEGMENTS)) + _shift, _part["roi"], width=0.4, color=_colour, label=_opt)
    _ax.axhline(0, color="black", linewidth=1, linestyle="--")
    _ax.set_xticks(range(len(SEGMENTS)), SEGMENTS)
    _ax.set_ylabel("ROI over the horizon")
    _ax.set_title("ROI by segment and option")
    _ax.legend()
    plt.show()
except Exception as _error:  # noqa: BLE001 (any error in an unfinished answer)
    plt.close("all")
    print(f"Answer exercises 4 and 5 first to see the chart ({type(_error).__name__}).")

# %% [markdown]
# ## 6. Choosing under a CSM headcount limit
# *A greedy allocation, stated precisely*
#
# If CSMs were unlimited, each segment would simply take its best option. They are not:
# finance approved `max_csms` heads, and one segment can need most of them. The rule the
# team agreed on is a greedy one: fund the best returns first, and when the next
# best option does not fit in the remaining headcount, skip it and keep going down the
# list, so that a segment which cannot have CSMs can still get its next-best option. (Greedy
# by ROI is a sensible, explainable heuristic, not always the plan with the most total
# profit; picking the best subset is a knapsack problem, worth mentioning in the room.)
#
# **Question.** Complete `def choose_options(roi, max_csms):`. `roi` is a DataFrame with
# (at least) the columns `segment`, `option`, `roi` and `csms_needed`, like the output of
# exercise 5; `max_csms` is an integer. Apply exactly this rule:
# 1. The candidates are the rows with `roi > 0` (strictly).
# 2. Sort them by `roi`, largest first; break ties by `segment`, then by `option`, both
#    A to Z.
# 3. Walk down the sorted list with `max_csms` CSMs free. Skip a row if its segment already
#    has an option, or if its `csms_needed` is larger than the CSMs still free. Otherwise
#    give that option to the segment and subtract its `csms_needed` from the free CSMs.
# 4. Every segment of `roi` left without an option gets `"none"` (it stays with the usual
#    sales flow).
#
# Return a dict segment -> option (`"csm"`, `"trial"` or `"none"`) with every segment of
# `roi` as a key. Do not modify `roi`.

# %% nbgrader={"grade_id": "choose_options", "solution": true}
def choose_options(roi, max_csms):
    """Greedy by ROI: one option per segment, within the CSM headcount; 'none' where nothing fits."""
    ### BEGIN SOLUTION
    candidates = roi[roi["roi"] > 0].sort_values(
        ["roi", "segment", "option"], ascending=[False, True, True]
    )
    free = max_csms
    choice = {}
    for row in candidates.itertuples(index=False):
        if row.segment in choice or row.csms_needed > free:
            continue
        choice[row.segment] = row.option
        free -= row.csms_needed
    return {segment: choice.get(segment, "none") for segment in roi["segment"].unique()}
    ### END SOLUTION


# %% nbgrader={"grade_id": "choose_options_test", "grade": true, "points": 2}
_table = pd.DataFrame({
    "segment": ["a", "a", "b", "b", "c", "c"],
    "option": ["csm", "trial", "csm", "trial", "csm", "trial"],
    "roi": [3.0, 0.5, 2.0, 0.4, -0.3, 0.1],
    "csms_needed": [4, 0, 5, 0, 2, 0],
})
_out = choose_options(_table, 6)
assert isinstance(_out, dict), "choose_options should return a dict segment -> option"
assert set(_out) == {"a", "b", "c"}, "every segment needs a key, 'none' included"
assert _out["a"] == "csm", "segment a has the best ROI and its 4 CSMs fit"
assert _out["b"] == "trial", "segment b's CSM option needs 5 CSMs but only 2 are left: it falls back to its trial"
assert _out["c"] == "trial", "segment c's CSM option loses money; its trial has a positive ROI"
assert choose_options(_table.assign(roi=-1.0), 6) == {"a": "none", "b": "none", "c": "none"}, (
    "when nothing has a positive ROI, every segment gets 'none'"
)
### BEGIN HIDDEN TESTS
def _greedy_reference(table, heads):
    _rows = [(float(r), str(s), str(o), int(k)) for s, o, r, k in
             zip(table["segment"], table["option"], table["roi"], table["csms_needed"])]
    _left = {s for _, s, _, _ in _rows}
    _taken = {}
    _free = heads
    while True:
        _open = [x for x in _rows if x[0] > 0 and x[1] in _left and x[3] <= _free]
        if not _open:
            break
        _best = min(_open, key=lambda x: (-x[0], x[1], x[2]))
        _taken[_best[1]] = _best[2]
        _left.discard(_best[1])
        _free -= _best[3]
    return {s: _taken.get(s, "none") for s in {x[1] for x in _rows}}


_cases = [
    (_table, 6), (_table, 9), (_table, 4), (_table, 3), (_table, 0),
    (_table.assign(roi=[1.0, 1.0, 1.0, 0.2, 0.0, 0.0]), 5),            # ties, and ROI exactly 0
    (_table.assign(roi=[0.8, 0.9, 2.0, 0.4, 1.5, 0.1]), 7),            # a segment's trial can beat its CSM
]
_rng = np.random.default_rng(66)
for _ in range(60):
    _n_seg = int(_rng.integers(2, 7))
    _names = [f"seg_{chr(ord('a') + _i)}" for _i in _rng.permutation(_n_seg)]
    _rand = pd.DataFrame({
        "segment": np.repeat(_names, 2),
        "option": ["csm", "trial"] * _n_seg,
        "roi": np.round(_rng.normal(0.5, 1.0, 2 * _n_seg), 1),
        "csms_needed": np.ravel([[int(_rng.integers(1, 9)), 0] for _ in range(_n_seg)]),
    }).sample(frac=1.0, random_state=int(_rng.integers(1000))).reset_index(drop=True)
    _cases.append((_rand, int(_rng.integers(0, 15))))
for _case, _heads in _cases:
    _before = _case.copy()
    _got = choose_options(_case, _heads)
    assert _case.equals(_before), "choose_options changed the roi table it was given"
    assert dict(_got) == _greedy_reference(_case, _heads), (
        f"your allocation does not follow the stated rule for a table of {_case['segment'].nunique()} "
        f"segments and {_heads} CSMs (check: strictly positive ROI, ties, skipping what does not fit)"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "choose_options_test_2", "grade": true, "points": 1}
# Hidden: the allocation for this notebook's data, computed from a reference ROI table.
### BEGIN HIDDEN TESTS
_per_lead = {(s, a): g["revenue"].to_numpy().mean() for (s, a), g in leads.groupby(["segment", "arm"])}
_rows = []
for _s in SEGMENTS:
    _monthly = economics["monthly_leads"][_s]
    for _o in ("csm", "trial"):
        _profit = economics["gross_margin"] * (_per_lead[(_s, _o)] - _per_lead[(_s, "control")]) * _monthly * 12
        _heads = math.ceil(_monthly / economics["csm_capacity_per_month"]) if _o == "csm" else 0
        _cost = _heads * economics["csm_annual_salary"] if _o == "csm" else (
            _monthly * 12 * economics["trial_users_per_lead"][_s] * economics["trial_cost_per_user"])
        _rows.append({"segment": _s, "option": _o, "roi": (_profit - _cost) / _cost, "csms_needed": _heads})
_real = pd.DataFrame(_rows)
_free, _pick = economics["max_csms"], {}
for _r in sorted(_rows, key=lambda r: (-r["roi"], r["segment"], r["option"])):
    if _r["roi"] > 0 and _r["segment"] not in _pick and _r["csms_needed"] <= _free:
        _pick[_r["segment"]] = _r["option"]
        _free -= _r["csms_needed"]
_pick = {s: _pick.get(s, "none") for s in SEGMENTS}
assert dict(choose_options(_real, economics["max_csms"])) == _pick, (
    "your allocation for this notebook's segments does not follow the stated rule"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Sensitivity: the break-even CSM salary
# *How far can an assumption move before the answer changes?*
#
# Every number in `economics` is a forecast, and an interviewer will push on the
# uncertain ones: "what if CSMs cost more than you think?" A break-even value answers that
# in one number per segment: the salary at which the CSM option's ROI is exactly 0. Far
# above the planned salary, the conclusion is robust; close to it, a small surprise flips
# the answer. Solve ROI = 0 for the salary with the definitions of Part B: the salary
# enters only through the cost, so keep the rounding up of the CSM count and the horizon,
# and use gross profit, not revenue.
#
# **Question.** Complete `def break_even_csm_salary(incremental, economics):`.
# `incremental` is as in exercise 5 (columns `segment`, `option`, `incremental_revenue`).
# Return a dict segment -> the yearly CSM salary (a float, in dollars) at which that
# segment's `"csm"` option has an ROI of exactly 0, for every segment with a `"csm"` row,
# with all the other assumptions in `economics` unchanged. (If the CSM option loses
# revenue, the break-even salary is negative: return it as it comes out.)

# %% nbgrader={"grade_id": "break_even_csm_salary", "solution": true}
def break_even_csm_salary(incremental, economics):
    """Yearly CSM salary at which the CSM option's ROI is 0, per segment."""
    ### BEGIN SOLUTION
    result = {}
    for row in incremental[incremental["option"] == "csm"].itertuples(index=False):
        csms = math.ceil(economics["monthly_leads"][row.segment] / economics["csm_capacity_per_month"])
        profit = economics["gross_margin"] * row.incremental_revenue
        result[row.segment] = float(profit / (csms * economics["horizon_months"] / 12))
    return result
    ### END SOLUTION


# %% nbgrader={"grade_id": "break_even_csm_salary_test", "grade": true, "points": 2}
_econ = {
    "horizon_months": 12, "gross_margin": 0.5, "monthly_leads": {"s": 30},
    "csm_annual_salary": 1_000.0, "csm_capacity_per_month": 20, "max_csms": 5,
    "trial_cost_per_user": 2.0, "trial_users_per_lead": {"s": 5},
}
_inc = pd.DataFrame({"segment": ["s", "s"], "option": ["csm", "trial"], "incremental_revenue": [8_000.0, 7_200.0]})
_out = break_even_csm_salary(_inc, _econ)
assert isinstance(_out, dict) and set(_out) == {"s"}, "break_even_csm_salary should return a dict with one key per segment with a csm row"
expect_close(_out["s"], 2_000.0, what="the break-even salary (4,000 of gross profit shared by 2 CSMs over 12 months)")
### BEGIN HIDDEN TESTS
def _roi_of_csm(segment, revenue, econ, salary):
    _heads = -(-econ["monthly_leads"][segment] // econ["csm_capacity_per_month"])
    _cost = _heads * salary * econ["horizon_months"] / 12
    return (econ["gross_margin"] * revenue - _cost) / _cost


_per_lead = {(s, a): g["revenue"].to_numpy().mean() for (s, a), g in leads.groupby(["segment", "arm"])}
for _econ_case in (
    economics,
    dict(economics, horizon_months=24, gross_margin=0.7, csm_capacity_per_month=30),
    dict(economics, horizon_months=6, monthly_leads={"small": 800, "mid": 333, "enterprise": 41}),
):
    _inc = pd.DataFrame([
        {"segment": s, "option": o, "incremental_revenue":
         (_per_lead[(s, o)] - _per_lead[(s, "control")]) * _econ_case["monthly_leads"][s] * _econ_case["horizon_months"]}
        for s in SEGMENTS for o in ("csm", "trial")
    ])
    _got = break_even_csm_salary(_inc, _econ_case)
    assert set(_got) == set(SEGMENTS), "one break-even salary per segment with a csm row"
    for _s in SEGMENTS:
        _revenue = float(_inc[(_inc["segment"] == _s) & (_inc["option"] == "csm")]["incremental_revenue"].iloc[0])
        _salary = float(_got[_s])
        assert _salary > 0, f"the break-even salary for {_s} should be positive here"
        assert abs(_roi_of_csm(_s, _revenue, _econ_case, _salary)) < 1e-9, (
            f"at your break-even salary for {_s} the CSM option's ROI is "
            f"{_roi_of_csm(_s, _revenue, _econ_case, _salary):.4f}, not 0 (horizon {_econ_case['horizon_months']} months)"
        )
### END HIDDEN TESTS

# %% [markdown]
# ## Part C · The case, framed
#
# ## 8. The case plan
# *Objective, metrics with a guardrail, approach, trade-offs, recommendation*
#
# In the room, the analysis above is only the middle of the answer. Interviewers listen
# for the frame around it: a clarified **objective** (what the business is really trying
# to achieve, not just the words of the prompt), **success metrics** (one primary metric
# the decision rests on, secondary metrics that explain it, and at least one
# **guardrail**: a metric that must not get worse, watching for harm the primary metric
# cannot see, such as customers won by a trial who cancel a month later, or CSMs carrying
# so many accounts that service collapses), the **approach**, the **trade-offs and
# limitations**, and finally a **recommendation** you would defend. Activity counts
# (calls made, trials started, page views) are tempting to report and easy to move, but
# they are not outcomes.
#
# The metrics the company tracks are in `METRIC_CATALOGUE` (printed by the scratch cell
# below). Name them by their keys.
#
# **Question.** Define `case_plan` as a dict with exactly these keys:
# - `"objective"`: one or two sentences (at least 12 words) that state the business goal,
#   including conversion and its economics (profit, ROI or cost);
# - `"primary_metric"`: one key of `METRIC_CATALOGUE`, an outcome the decision rests on;
# - `"secondary_metrics"`: a list of at least one key of `METRIC_CATALOGUE`; together
#   with the primary metric, cover both conversion and profitability;
# - `"guardrail_metrics"`: a list of at least one key of `METRIC_CATALOGUE` that really
#   works as a guardrail here;
# - `"approach"`: a list of at least 3 steps (strings of at least 5 words) that mention
#   the segments and how the options are compared in money;
# - `"trade_offs"`: a list of at least 2 trade-offs or limitations (strings of at least 8
#   words) covering at least two different themes among: CSM capacity and hiring,
#   scalability and cost structure, long-term retention, and the uncertainty of the
#   estimates;
# - `"recommendation"`: a dict segment -> `"csm"`, `"trial"` or `"none"` for the three
#   segments, following the rule of exercise 6 on this notebook's data and `economics`;
# - `"expected_net_gain"`: a number, the total over the three segments of (incremental
#   gross profit - cost) of the recommended options over the horizon (0 for `"none"`), in
#   dollars (within 1%).
#
# You may compute the last two with your functions from exercises 4 to 6. The shape:
#
# ```python
# case_plan = {
#     "objective": "...",
#     "primary_metric": "...",
#     "secondary_metrics": ["...", ...],
#     "guardrail_metrics": ["...", ...],
#     "approach": ["...", "...", "...", ...],
#     "trade_offs": ["...", "...", ...],
#     "recommendation": {"small": "...", "mid": "...", "enterprise": "..."},
#     "expected_net_gain": ...,
# }
# ```

# %%
for _name, _meaning in METRIC_CATALOGUE.items():
    print(f"{_name:28s} {_meaning}")

# %% nbgrader={"grade_id": "case_plan", "solution": true}
# Replace `raise NotImplementedError()` with `case_plan = {...}`, shaped as in the question above.
### BEGIN SOLUTION
_plan_roi = roi_table(incremental_value(leads, economics), economics)
_plan_choice = choose_options(_plan_roi, economics["max_csms"])
_plan_gain = sum(
    float(r.incremental_gross_profit - r.cost)
    for r in _plan_roi.itertuples(index=False)
    if _plan_choice[r.segment] == r.option
)
case_plan = {
    "objective": (
        "Grow the number of leads who become paying customers in a way that pays for itself: "
        "choose, per segment, the option whose extra gross profit over the next 12 months most "
        "exceeds its cost, within the CSM headcount finance approved."
    ),
    "primary_metric": "incremental_gross_profit",
    "secondary_metrics": ["lead_to_paid_conversion", "roi", "average_contract_value"],
    "guardrail_metrics": ["churn_90d", "csm_accounts_per_head"],
    "approach": [
        "Read the randomised experiment within each segment: conversion rates and lifts over control with 95% intervals.",
        "Check the pooled comparison against the segment-standardised one, because the arms had different segment mixes.",
        "Turn each segment's lift in revenue per lead into incremental gross profit over 12 months of projected leads.",
        "Compare gross profit with the cost of CSMs (whole heads) and trials as an ROI per segment and option.",
        "Allocate greedily by ROI within the CSM headcount, then test the answer against the break-even CSM salary.",
    ],
    "trade_offs": [
        "CSMs are a fixed cost with limited capacity: hiring and ramping them takes months, and mid-market needs more heads than we have.",
        "A trial scales with the lead flow at a low marginal cost, but it lifts conversion far less for large accounts and costs more per enterprise lead.",
        "The experiment measured 90-day conversion and first-year revenue only; trial customers may churn faster, so long-term retention must be watched.",
        "The estimates come from one quarter and carry sampling uncertainty; the enterprise trial's interval includes no lift at all.",
    ],
    "recommendation": _plan_choice,
    "expected_net_gain": _plan_gain,
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_plan_test", "grade": true, "points": 2}
assert isinstance(case_plan, dict), "case_plan should be a dict"
_keys = {"objective", "primary_metric", "secondary_metrics", "guardrail_metrics", "approach", "trade_offs",
         "recommendation", "expected_net_gain"}
assert not _keys - set(case_plan), f"case_plan is missing the keys {sorted(_keys - set(case_plan))}"
assert isinstance(case_plan["objective"], str), "the objective is a string"
assert case_plan["primary_metric"] in METRIC_CATALOGUE, "the primary metric should be a key of METRIC_CATALOGUE"
for _part in ("secondary_metrics", "guardrail_metrics", "approach", "trade_offs"):
    assert isinstance(case_plan[_part], (list, tuple)) and case_plan[_part], f"{_part} should be a non-empty list"
### BEGIN HIDDEN TESTS
def _words(text):
    return len(str(text).split())


def _mentions(text, words):
    return any(w in str(text).lower() for w in words)


_objective = case_plan["objective"]
assert _words(_objective) >= 12, "the objective is too short to say what the business is after (at least 12 words)"
assert _mentions(_objective, ("convert", "conversion", "paying", "customers")), (
    "the objective should say what is being lifted: leads becoming paying customers"
)
assert _mentions(_objective, ("profit", "roi", "return", "cost", "pays for itself", "margin")), (
    "the objective should include the economics (profit, ROI or cost): more conversions at any price is not the goal"
)
_primary = case_plan["primary_metric"]
assert _primary not in {"trial_signups", "csm_calls_made", "pricing_page_views"}, (
    f"{_primary!r} counts activity, which is easy to move without any customer paying more: pick an outcome"
)
assert _primary in {"lead_to_paid_conversion", "incremental_gross_profit", "roi"}, (
    f"{_primary!r} is not the outcome this decision rests on: the primary metric should measure conversion or its profit"
)
_secondary = list(case_plan["secondary_metrics"])
_guardrails = list(case_plan["guardrail_metrics"])
_unknown = [m for m in _secondary + _guardrails if m not in METRIC_CATALOGUE]
assert not _unknown, f"not keys of METRIC_CATALOGUE: {_unknown}"
assert _primary not in _secondary + _guardrails, "the primary metric should not also be listed as secondary or guardrail"
_covered = {_primary, *_secondary}
assert "lead_to_paid_conversion" in _covered, "primary and secondary metrics together should include the conversion rate itself"
assert _covered & {"incremental_gross_profit", "roi"}, (
    "primary and secondary metrics together should include a profitability measure: conversion alone ignores the costs"
)
_bad_guard = [m for m in _guardrails
              if m not in {"churn_90d", "net_revenue_retention_12m", "support_tickets_per_account", "csm_accounts_per_head"}]
assert not _bad_guard, (
    f"{_bad_guard} would not catch the harm a guardrail is for (customers who leave again, overloaded support or CSMs)"
)
_steps = list(case_plan["approach"])
assert len(_steps) >= 3 and all(_words(s) >= 5 for s in _steps), "the approach needs at least 3 steps of at least 5 words"
assert _mentions(" ".join(_steps), ("segment",)), "the approach should say how the segments are handled"
assert _mentions(" ".join(_steps), ("roi", "profit", "cost")), "the approach should say how the options are compared in money"
_trade = list(case_plan["trade_offs"])
assert len(_trade) >= 2 and all(_words(t) >= 8 for t in _trade), "give at least 2 trade-offs of at least 8 words each"
_themes = {
    "capacity and hiring": ("capacity", "hire", "hiring", "headcount", "ramp", "recruit"),
    "scalability and cost structure": ("scal", "marginal", "fixed cost", "self-serve", "per user", "per lead"),
    "long-term retention": ("retention", "churn", "long-term", "long term", "lifetime", "renewal"),
    "uncertainty": ("uncertain", "interval", "noise", "confidence", "sample", "novelty", "variance"),
}
_hit = [name for name, words in _themes.items() if _mentions(" ".join(_trade), words)]
assert len(_hit) >= 2, (
    f"the trade-offs touch {len(_hit)} of the themes (capacity and hiring, scalability and cost structure, "
    "long-term retention, uncertainty); cover at least two"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_plan_test_2", "grade": true, "points": 2}
_rec = case_plan["recommendation"]
assert isinstance(_rec, dict) and set(_rec) == set(SEGMENTS), "recommendation should map each of the three segments to an option"
assert set(_rec.values()) <= {"csm", "trial", "none"}, "each segment's option is 'csm', 'trial' or 'none'"
### BEGIN HIDDEN TESTS
_rpl = {}
for _s in SEGMENTS:
    for _a in ARMS:
        _mask = (leads["segment"] == _s) & (leads["arm"] == _a)
        _rpl[(_s, _a)] = leads.loc[_mask, "revenue"].sum() / _mask.sum()
_cands = []
for _s in SEGMENTS:
    _monthly = economics["monthly_leads"][_s]
    _volume = _monthly * economics["horizon_months"]
    for _o in ("csm", "trial"):
        _gp = economics["gross_margin"] * (_rpl[(_s, _o)] - _rpl[(_s, "control")]) * _volume
        _heads = -(-_monthly // economics["csm_capacity_per_month"]) if _o == "csm" else 0
        _cost = (_heads * economics["csm_annual_salary"] * economics["horizon_months"] / 12 if _o == "csm"
                 else _volume * economics["trial_users_per_lead"][_s] * economics["trial_cost_per_user"])
        _cands.append(((_gp - _cost) / _cost, _s, _o, _heads, _gp - _cost))
_free, _pick, _gain = economics["max_csms"], {}, 0.0
for _r, _s, _o, _k, _net in sorted(_cands, key=lambda c: (-c[0], c[1], c[2])):
    if _r > 0 and _s not in _pick and _k <= _free:
        _pick[_s], _free, _gain = _o, _free - _k, _gain + _net
_pick = {s: _pick.get(s, "none") for s in SEGMENTS}
_wrong = sorted(s for s in SEGMENTS if _rec[s] != _pick[s])
assert not _wrong, (
    f"the recommendation for {_wrong} does not follow from the data: compare options per segment by ROI, "
    "not by conversion lift or pooled results, and respect the CSM headcount"
)
expect_close(case_plan["expected_net_gain"], _gain, rel=0.01, abs_=0,
             what="expected_net_gain (incremental gross profit minus cost of the recommended options)")
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Working Backwards: the press release and FAQ
#
# Amazon-style product thinking starts from the customer and works backwards: before
# building anything, the team writes the press release it would publish on launch day,
# followed by the questions a sceptical reader would ask. If the release is dull or the
# customer's benefit is hard to state, the idea is not ready. In a case interview a short
# version shows you can explain your recommendation to customers and executives, not just
# compute it.
#
# **Task.** Write a press release of at most about 250 words announcing your
# recommendation from exercise 8 as a launch (for example: a free trial for small and
# mid-sized businesses, and a dedicated success manager for enterprise customers),
# followed by an FAQ of four to six questions with short answers. Use numbers from this
# notebook where they help.
#
# **Rubric (8 points, one per item, graded by a person).**
# - **Customer** (1): names who it is for, concretely (which segment, which role in the
#   buying company).
# - **Problem** (1): states the customer's problem in the customer's terms (for example,
#   not being sure the software fits before paying, or a long and painful set-up), not the
#   company's (not "our conversion is low").
# - **Solution** (1): says what launches, for whom, and why each segment gets what it gets,
#   consistent with the analysis.
# - **Quote** (1): at least one credible quote (a leader explaining why, or a customer
#   describing the benefit) that adds something the text has not already said.
# - **Call to action** (1): tells the reader exactly how to start (where to go, what to
#   click, whom to contact).
# - **FAQ: cost** (1): answers what it costs and whether it pays: CSM headcount and
#   salary, trial cost per user, and the ROI or net gain over the horizon.
# - **FAQ: risks** (1): names real risks and the mitigation, for example trial customers
#   churning, CSM capacity and hiring time, overloaded support, estimates from a single
#   quarter.
# - **FAQ: metrics** (1): says how success is measured (the primary metric and at least
#   one guardrail) and what result would make the team change course.

# %% [markdown] nbgrader={"grade_id": "press_release_faq", "solution": true, "grade": true, "points": 8}
# **Try it before you buy it, or get a guide who sets it up with you**
#
# *Today we are launching two ways to get started with our software, one for each kind of
# company we serve.*
#
# Owners and office managers of small and mid-sized businesses told us the same thing:
# they do not want to sign a contract for software they have never used, and they cannot
# spare a week to find out whether it fits. Starting today, every small or mid-sized
# business can use the full product free for 30 days, with its own data and its whole team,
# and no credit card.
#
# IT and operations leaders at large companies have a different problem. Rolling software
# out to hundreds of people is a project, and the risk is not the price but a stalled
# roll-out. Every enterprise that signs up now gets a dedicated Customer Success Manager
# who runs a tailored demo, plans the roll-out and stays with the account through go-live.
#
# "We tested both ideas with thousands of companies before choosing," said the Head of
# Growth. "A trial lets smaller teams see the value on their own terms; for enterprise, a
# person who owns the roll-out is what turns interest into a signed contract."
#
# "Our success manager had our three offices running in two weeks," said an IT director at
# a logistics company.
#
# **Get started:** small and mid-sized businesses click "Start free trial" on our pricing
# page; enterprises click "Talk to us" and meet their success manager within two working
# days.
#
# **FAQ**
#
# - *What does it cost, and does it pay?* Four CSMs for enterprise (about $440k a year)
#   and trial costs of about $25 per trial user. Over 12 months the extra gross profit
#   exceeds the cost in all three segments: about $4.6 million net in total, most of it
#   from enterprise.
# - *Why not CSMs for mid-sized companies too?* They lift conversion more than the trial
#   there, but mid-sized companies would need 11 CSMs and only 8 of the 12 approved heads
#   are left after enterprise; the trial still pays for itself there.
# - *What could go wrong?* Trial customers may cancel sooner than others, CSMs take months
#   to hire and ramp, and the estimates come from a single quarter of leads, before any
#   customer reached a renewal.
# - *How will we know it works?* The primary metric is incremental gross profit against
#   a small holdout that keeps the usual sales flow; guardrails are 90-day churn and CSM
#   accounts per head. If trial customers' 90-day churn rises well above control's, or the
#   holdout shows the profit is not there after two quarters, we revisit the plan.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week06/customer_success_vs_trial.ipynb`. The report
#   lists every exercise with its points, hidden checks included; the press release is
#   graded by a person and reported apart.
# - Say the case out loud in ten minutes, as in the room: objective, metrics with the
#   guardrail, the pooled-versus-segmented trap, ROI per segment, the capacity limit and
#   the recommendation, then the two risks you would watch first.
# - Push on the assumptions: rerun exercises 5 and 6 with a lower gross margin, a smaller
#   CSM capacity or a larger headcount, and note which changes flip a segment's option.
#   Ask yourself which forecast you would most want to verify before committing.
# - Greedy by ROI is not always the most profitable plan under a headcount limit. Find a
#   small table where funding a lower-ROI but larger option earns more in total, and say
#   how you would explain that choice to finance.
