# %% [markdown]
# # Week 6 · Causal cases: a launch without an experiment, and a test before a launch
#
# Two product cases of the kind a data-science loop likes to end with, each worked from the
# question to the number. In **Part A** a music-subscription service was connected to the
# company's voice-assistant speakers in some markets and not in others, and nobody ran an A/B
# test: you frame the case, show why the obvious before/after comparison misleads, estimate
# the effect by difference-in-differences (as a table and as a regression), check the
# parallel-trends assumption, draw an event study and put a standard error on the result
# that respects how the data were generated. In **Part B** a new series is about to launch
# on the video service, and you design the test that runs first: an exactly sized,
# stratified sample of 10,000 users, a control/treatment split inside every stratum, a
# balance check against the whole audience and the KPIs the test will read.
#
# Both datasets are simulated in locked cells, with effects planted on purpose, so every
# estimate you make can be compared with the truth that generated it (a luxury the real job
# never offers). Aim for about 20 minutes per exercise and talk through the frame out loud,
# as you would in the room: objective, success metrics, approach, trade-offs.
#
# **How to answer.** Every answer cell holds either a function, whose `def` line and
# docstring are given (keep both and replace `raise NotImplementedError()` with your code),
# or a case frame, a Python dict whose expected keys the question lists (write the whole
# assignment, `case_plan = {...}`). NumPy (`np`), pandas (`pd`), `math` and
# `matplotlib.pyplot` (`plt`) are imported for you. Your functions must work from the table
# they receive alone: never read the simulation's settings (the constants in the data cells)
# inside them.
#
# **How grading works.** The test cell under each answer runs a few visible checks that point
# you in the right direction. The real grade (`autograde check week06/causal_cases.ipynb`,
# see the end of the notebook) adds hidden checks: they recompute every number from the same
# data with an independent method (a different algorithm, a regression instead of a table,
# exact fractions), run your functions on other simulated panels and populations, and, where
# a question fixes a random procedure and a seed, compare your draws with the stated
# procedure. A failed check says what is wrong with *your* answer, never what the expected
# value is. Two rubrics, one in each part, are graded by a person and are not counted by
# `autograde check`.

# %% nbgrader={"grade_id": "imports"}
import math

import matplotlib.pyplot as plt

from autograde.probes import expect_close, expect_not_used, names_used

# %% [markdown]
# ## Part A · Did the voice integration sell subscriptions?
#
# The music team has made its paid subscription available through the company's voice
# assistant: a speaker owner can now start a plan by asking for it. The integration went live
# in one week, but only in some markets; the others were held back (licensing, language
# support), and they got it later, after the period below. Because the launch went first to
# the markets where the speakers sell best, the integrated markets were not a random pick.
# The VP's question: *how many extra subscriptions did the integration bring?* There was no
# A/B test, so you have to build the comparison from observational data.
#
# **The data.** `panel` has one row per market and week (40 markets, weeks 1 to 30; every
# market has every week):
#
# | column | meaning |
# |---|---|
# | `market` | market label, such as `"mkt_07"` |
# | `week` | week number, 1 to 30 |
# | `integrated` | 1 if the integration was live in that market that week, else 0 |
# | `subs_per_1k` | new paid music subscriptions that week per 1,000 speaker owners in the market |
#
# Throughout Part A: a market is **treated** if it has `integrated == 1` in at least one
# week, and a **control** market otherwise. The **launch week** is the first week in which any
# row has `integrated == 1`; the **pre** period is every week before it and the **post**
# period is the launch week and every week after it.
#
# The cell below simulates the panel, so you can read exactly how it was made. The
# simulation's settings, the planted effect `TRUE_EFFECT` above all, are what real life keeps
# from you: use them to judge your estimates, never inside your functions (the hidden tests
# run your functions on other panels drawn by `simulate_panel`).

# %% nbgrader={"grade_id": "causal_cases_data", "locked": true}
def simulate_panel(seed, n_markets=40, n_weeks=30, launch_week=17, n_treated=15, effect=0.45, gap_drift=0.0):
    """Weekly new subscriptions per 1,000 speaker owners: one row per market and week."""
    rng = np.random.default_rng(seed)
    markets = [f"mkt_{i:02d}" for i in range(1, n_markets + 1)]
    weeks = np.arange(1, n_weeks + 1)
    level = rng.normal(4.0, 0.6, n_markets)  # each market's own baseline
    score = level + rng.normal(0.0, 0.5, n_markets)  # the launch went to the strongest markets
    treated = np.zeros(n_markets, dtype=bool)
    treated[np.argsort(-score)[:n_treated]] = True
    season = 0.05 * (weeks - 1) + 0.35 * np.sin(2 * np.pi * (weeks - 4) / 26)  # shared by all
    shocks = np.empty((n_markets, n_weeks))  # market-level noise that persists from week to week
    shocks[:, 0] = rng.normal(0.0, 0.25, n_markets)
    for t in range(1, n_weeks):
        shocks[:, t] = 0.6 * shocks[:, t - 1] + rng.normal(0.0, 0.2, n_markets)
    integrated = treated[:, None] & (weeks[None, :] >= launch_week)
    drift = gap_drift * treated[:, None] * (weeks[None, :] - 1)  # 0 means parallel trends hold
    rate = level[:, None] + season[None, :] + drift + effect * integrated + shocks
    return pd.DataFrame({
        "market": np.repeat(markets, n_weeks),
        "week": np.tile(weeks, n_markets),
        "integrated": integrated.ravel().astype(int),
        "subs_per_1k": rate.ravel().round(4),
    })


TRUE_EFFECT = 0.45  # extra subscriptions per 1,000 owners per week, from the launch week on
panel = simulate_panel(647, effect=TRUE_EFFECT)

CASE_A_METRICS = {
    "new_subscriptions_per_1k_owners": "new paid music subscriptions per 1,000 speaker owners per week (subs_per_1k)",
    "net_subscriber_growth": "new subscriptions minus cancellations per 1,000 owners per week",
    "voice_music_requests_per_device": "voice requests to play music per active speaker per week",
    "listening_hours_per_subscriber": "hours of music streamed per subscriber per week",
    "trial_to_paid_rate": "share of free trials started by voice that convert to a paid plan",
    "subscriber_churn_rate": "share of subscribers who cancel in the week",
    "device_return_rate": "share of speakers sold that are returned",
    "support_contacts_per_1k_owners": "customer-service contacts per 1,000 owners per week",
    "speaker_units_sold": "speakers sold per week",
}

# %% [markdown]
# Scratch space (not graded): the raw weekly averages of the two groups of markets. Look for
# three things before you compute anything: the integrated markets sit higher from the start,
# both lines climb with the season, and the gap between them changes at the launch.

# %%
_ever = panel.groupby("market")["integrated"].transform("max") == 1
_weekly = (
    panel.assign(group=np.where(_ever, "integrated markets", "other markets"))
    .groupby(["week", "group"])["subs_per_1k"].mean()
    .unstack()
)
_fig, _ax = plt.subplots(figsize=(7, 3.5))
for _name in _weekly.columns:
    _ax.plot(_weekly.index, _weekly[_name], marker="o", markersize=3, label=_name)
_ax.axvline(panel.loc[panel["integrated"] == 1, "week"].min() - 0.5, color="grey", linestyle="--", label="launch")
_ax.set_xlabel("week")
_ax.set_ylabel("new subscriptions per 1,000 owners")
_ax.set_title("Weekly average by group of markets")
_ax.legend()
plt.show()

# %% [markdown]
# ## 1. Frame the case
# *Objective, metrics, approach, threats*
#
# Start where the interviewer wants you to start: what decision the number will feed (roll
# the integration out to the held-back markets? budget the next integration?), what you
# will measure, and why a plain comparison would mislead. Three traps are common. Picking an
# engagement metric such as voice requests as the primary metric, when the question is about
# subscriptions. Forgetting that the integration was switched on per *market*, so the market
# (not the owner, not the row) is the unit that carries independent information. And naming a
# method without the assumption it rests on: difference-in-differences is only as good as
# the belief that the two groups of markets would have moved in parallel without the launch,
# and that the control markets were not touched by it.
#
# **Question.** Assign a dict `case_plan` with these keys:
#
# - `"objective"`: the decision and the question, in at least 12 words;
# - `"assignment_unit"`: the level at which the integration was switched on, one of
#   `"user"`, `"device"`, `"market"`;
# - `"method"`: one of `"before_after"`, `"treated_vs_control_after"`,
#   `"difference_in_differences"`, `"ab_test"`, the one this data supports;
# - `"primary_metric"`: one name from `CASE_A_METRICS` (the cell above);
# - `"secondary_metrics"`: a list of at least 2 names from `CASE_A_METRICS`;
# - `"guardrail_metrics"`: a list of at least 1 name from `CASE_A_METRICS`, things the
#   integration must not make worse;
# - `"launch_week"`, `"n_treated_markets"`, `"n_control_markets"`: integers read from
#   `panel` (compute them, don't guess);
# - `"approach"`: the analysis in order, in at least 25 words;
# - `"threats"`: a dict with the keys `"spillovers"`, `"anticipation"` and `"composition"`,
#   each a string of at least 12 words saying how that threat could bias the estimate here and
#   how you would detect or limit it;
# - `"trade_offs"`: limitations and what you would do with more time or data, in at least 20
#   words.
#
# No metric name may appear in more than one of the three metric fields.

# %% nbgrader={"grade_id": "case_plan", "solution": true}
### BEGIN SOLUTION
case_plan = {
    "objective": (
        "Estimate how many extra paid music subscriptions per 1,000 speaker owners the voice "
        "integration brought in the markets that got it, to decide whether to roll it out to the "
        "held-back markets and how much to invest in similar integrations."
    ),
    "assignment_unit": "market",
    "method": "difference_in_differences",
    "primary_metric": "new_subscriptions_per_1k_owners",
    "secondary_metrics": ["trial_to_paid_rate", "listening_hours_per_subscriber", "voice_music_requests_per_device"],
    "guardrail_metrics": ["subscriber_churn_rate", "support_contacts_per_1k_owners"],
    "launch_week": int(panel.loc[panel["integrated"] == 1, "week"].min()),
    "n_treated_markets": int(panel.loc[panel["integrated"] == 1, "market"].nunique()),
    "n_control_markets": int(panel["market"].nunique() - panel.loc[panel["integrated"] == 1, "market"].nunique()),
    "approach": (
        "Compare the change from before to after the launch in the integrated markets with the "
        "change over the same weeks in the markets that did not get it (difference-in-differences), "
        "confirm it with a two-way fixed-effects regression, check that the gap between the groups "
        "was flat before the launch, draw an event study week by week, and put a standard error on "
        "the estimate with a bootstrap that resamples whole markets."
    ),
    "threats": {
        "spillovers": (
            "Control markets may be exposed to the launch through national advertising, press coverage "
            "or travellers, which raises their subscriptions too and shrinks the estimate; pick controls "
            "far from treated markets and look for a break in the control trend at the launch week."
        ),
        "anticipation": (
            "If the launch was announced early, owners may have waited to subscribe by voice, so the "
            "pre-launch weeks dip and the first weeks after the launch spike; check the event-study leads "
            "and date the treatment from the announcement, or drop the weeks around it."
        ),
        "composition": (
            "Launch marketing can sell new speakers in the integrated markets, so the owners behind the "
            "rate after the launch are not the same people as before; follow a fixed cohort of owners from "
            "before the launch, or report subscriptions and owner counts separately."
        ),
    },
    "trade_offs": (
        "Difference-in-differences rests on parallel trends, which the pre-period can support but never "
        "prove, and 15 treated markets give a noisy estimate with few clusters. It measures the effect in "
        "the strong markets that were picked first, which may not carry over to the rest. With more time I "
        "would run a staggered rollout to the held-back markets as a randomised test and track churn longer."
    ),
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_plan_test", "grade": true, "points": 2}
assert isinstance(case_plan, dict), "case_plan should be a dict"
_keys = ["objective", "assignment_unit", "method", "primary_metric", "secondary_metrics", "guardrail_metrics",
         "launch_week", "n_treated_markets", "n_control_markets", "approach", "threats", "trade_offs"]
_missing = [k for k in _keys if k not in case_plan]
assert not _missing, f"case_plan is missing the keys {_missing}"
### BEGIN HIDDEN TESTS
def _words(text):
    return len(text.split()) if isinstance(text, str) else 0


for _key, _least in [("objective", 12), ("approach", 25), ("trade_offs", 20)]:
    assert _words(case_plan[_key]) >= _least, (
        f"case_plan['{_key}'] should be a string of at least {_least} words: say it in full sentences"
    )
_primary = case_plan["primary_metric"]
assert isinstance(_primary, str) and _primary in CASE_A_METRICS, (
    "case_plan['primary_metric'] should be one name from CASE_A_METRICS"
)
assert _primary in {"new_subscriptions_per_1k_owners", "net_subscriber_growth"}, (
    f"the primary metric {_primary!r} does not measure subscriptions, which is what the VP asked about"
)
for _key, _least in [("secondary_metrics", 2), ("guardrail_metrics", 1)]:
    _names = case_plan[_key]
    assert isinstance(_names, (list, tuple)) and len(_names) >= _least, (
        f"case_plan['{_key}'] should be a list of at least {_least} metric names"
    )
    _unknown = [n for n in _names if n not in CASE_A_METRICS]
    assert not _unknown, f"case_plan['{_key}'] has names that are not in CASE_A_METRICS: {_unknown}"
_all = [_primary, *case_plan["secondary_metrics"], *case_plan["guardrail_metrics"]]
assert len(_all) == len(set(_all)), "a metric appears twice: each name belongs to one role only"
assert set(case_plan["guardrail_metrics"]) & {"subscriber_churn_rate", "device_return_rate",
                                             "support_contacts_per_1k_owners"}, (
    "the guardrails should include something the integration could make worse for customers or the "
    "business (cancellations, returns, support load)"
)
_threats = case_plan["threats"]
assert isinstance(_threats, dict), "case_plan['threats'] should be a dict"
for _threat in ("spillovers", "anticipation", "composition"):
    assert _words(_threats.get(_threat)) >= 12, (
        f"case_plan['threats']['{_threat}'] should say, in at least 12 words, how this threat could bias "
        "the estimate here and how you would detect or limit it"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_plan_test_2", "grade": true, "points": 1}
# Hidden: the method, the assignment unit and the three counts, compared with the panel.
### BEGIN HIDDEN TESTS
assert case_plan["assignment_unit"] == "market", (
    "case_plan['assignment_unit']: look at the level at which `integrated` changes in the panel"
)
assert case_plan["method"] == "difference_in_differences", (
    "case_plan['method']: with no randomisation, a trend shared by all markets and markets that differ in "
    "level, only one of the options separates the launch from the rest"
)
_on = panel[panel["integrated"] == 1]
_truth = {
    "launch_week": int(_on["week"].min()),
    "n_treated_markets": len(set(_on["market"])),
    "n_control_markets": len(set(panel["market"]) - set(_on["market"])),
}
for _key, _value in _truth.items():
    _got = case_plan[_key]
    assert isinstance(_got, (int, np.integer)) and not isinstance(_got, bool), f"case_plan['{_key}'] should be an int"
    assert _got == _value, f"case_plan['{_key}'] = {_got} does not match the panel"
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "case_plan_rubric", "task": true, "points": 4}
# **Rubric for the threats and trade-offs of your `case_plan` (4 points, graded by a person
# who reads your case frame and your event-study plot below).**
#
# - **Spillovers (1 point).** Explains a concrete route by which the control markets could be
#   touched by the launch (national advertising, press, travellers and multi-market
#   households, a shared app that shows the feature), the direction of the bias (control
#   outcomes rise, so the estimate shrinks), and a check or remedy (controls far from treated
#   markets, a break in the control series at launch, excluding border markets).
# - **Anticipation (1 point).** Explains that an announcement before go-live can move
#   behaviour before the launch week (owners wait to subscribe by voice, or rush in), what
#   that does to the estimate, and how to see it (the leads of the event study, a dip just
#   before the launch) or handle it (date the treatment from the announcement, drop the weeks
#   around it).
# - **Composition (1 point).** Explains that the people behind the rate can change: launch
#   marketing or seasonal gifting adds new speaker owners in the integrated markets, so the
#   denominator and the mix shift; remedy with a fixed cohort of owners from before the launch,
#   or by reporting numerators and denominators apart.
# - **Limits and judgement (1 point).** Names at least two further limits with what they do to
#   the estimate (the launch went to the strongest markets, so the result may not carry over;
#   parallel trends can be supported but not proven; few clusters; a concurrent local campaign
#   or price change; effects that fade after the novelty) and ends with a recommendation that
#   follows from them (a randomised staggered rollout for the remaining markets, a longer look
#   at churn).

# %% [markdown]
# ## 2. Before and after
# *The naive estimate and what it mistakes for an effect*
#
# The first number anyone computes is the treated markets' average after the launch minus
# their average before it. It credits the launch with *everything* that changed between the
# two periods: the seasonal climb, the year's growth, a price promotion, the news. The markets
# that did not get the integration went through the same weeks, so their own before/after
# change shows how much movement would have happened anyway. When that change is far from
# zero, the naive estimate is biased by about that much.
#
# **Question.** Complete two functions of `panel` (a DataFrame with the columns described
# above; do not modify it):
#
# - `naive_before_after(panel)`: the mean of `subs_per_1k` over the treated markets' rows in
#   the post period minus the mean over their rows in the pre period, as a float;
# - `control_before_after(panel)`: the same post-minus-pre difference over the control
#   markets' rows, as a float.
#
# Treated markets, control markets, launch week, pre and post are as defined at the top of
# Part A.

# %% nbgrader={"grade_id": "naive_before_after", "solution": true}
def naive_before_after(panel):
    """Treated markets: mean subs_per_1k after the launch minus before it (float)."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    rows = panel[panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))]
    post = rows["week"] >= launch
    return float(rows.loc[post, "subs_per_1k"].mean() - rows.loc[~post, "subs_per_1k"].mean())
    ### END SOLUTION


def control_before_after(panel):
    """Control markets: mean subs_per_1k after the launch minus before it (float)."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    rows = panel[~panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))]
    post = rows["week"] >= launch
    return float(rows.loc[post, "subs_per_1k"].mean() - rows.loc[~post, "subs_per_1k"].mean())
    ### END SOLUTION


# %% nbgrader={"grade_id": "naive_before_after_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "market": ["A"] * 4 + ["B"] * 4,
    "week": [1, 2, 3, 4] * 2,
    "integrated": [0, 0, 1, 1, 0, 0, 0, 0],
    "subs_per_1k": [1.0, 1.0, 3.0, 3.0, 1.0, 1.0, 2.0, 2.0],
})
expect_close(naive_before_after(_toy), 2.0, what="naive_before_after on the 2-market example (A: 1, 1, 3, 3)")
expect_close(control_before_after(_toy), 1.0, what="control_before_after on the 2-market example (B: 1, 1, 2, 2)")
### BEGIN HIDDEN TESTS
def _changes(p):
    y = p["subs_per_1k"].to_numpy(float)
    on = p["integrated"].to_numpy() == 1
    launch = p["week"].to_numpy()[on].min()
    treated = np.isin(p["market"].to_numpy(), np.unique(p["market"].to_numpy()[on]))
    post = p["week"].to_numpy() >= launch
    return (y[treated & post].mean() - y[treated & ~post].mean(),
            y[~treated & post].mean() - y[~treated & ~post].mean())


_n_ref, _c_ref = _changes(panel)
_copy = panel.copy()
expect_close(naive_before_after(_copy), _n_ref, rel=1e-9, abs_=1e-9, what="naive_before_after(panel)")
expect_close(control_before_after(_copy), _c_ref, rel=1e-9, abs_=1e-9, what="control_before_after(panel)")
assert _copy.equals(panel), "your functions changed the panel they were given"
_other = simulate_panel(31, n_markets=24, n_weeks=20, launch_week=9, n_treated=7, effect=-0.3)
_other = _other.sample(frac=1.0, random_state=3).reset_index(drop=True)
_other["market"] = "region_" + _other["market"].str[-2:]
_n_ref, _c_ref = _changes(_other)
expect_close(naive_before_after(_other), _n_ref, rel=1e-9, abs_=1e-9,
             what="naive_before_after on another panel (24 markets, launch in week 9, rows shuffled)")
expect_close(control_before_after(_other), _c_ref, rel=1e-9, abs_=1e-9,
             what="control_before_after on another panel (24 markets, launch in week 9, rows shuffled)")
### END HIDDEN TESTS

# %% [markdown]
# With your functions, the cell below (not graded) puts the naive estimate next to the
# planted effect and the control markets' change.

# %%
try:
    print(f"naive before/after in the integrated markets: {naive_before_after(panel):.3f}")
    print(f"before/after in the other markets (no launch): {control_before_after(panel):.3f}")
    print(f"planted effect of the launch:                  {TRUE_EFFECT:.3f}")
except NotImplementedError:
    print("Answer exercise 2 first.")

# %% [markdown]
# ## 3. Difference-in-differences, the 2x2 table
# *Subtract the change that happened anyway*
#
# Difference-in-differences (DiD) takes the treated markets' change and subtracts the control
# markets' change over the same weeks. Two things drop out: the fixed difference in level
# between the groups (the launch went to strong markets, and that is fine) and the trend the
# groups share. What is left is the effect, provided the **parallel trends** assumption
# holds: without the launch, the treated markets would have moved like the control markets.
# Lay the four averages out as a 2x2 table (group by period) and the estimate is the
# difference of its two row differences. The slips: subtracting in the wrong order (the
# control change minus the treated change flips the sign), and comparing the groups after
# the launch only, which mixes the effect with the head start the treated markets had.
#
# **Question.** Complete `did_2x2(panel)` so that it returns a tuple `(means, estimate)`:
# `means` is a DataFrame with the index `["control", "treated"]` and the columns
# `["pre", "post"]` holding the mean `subs_per_1k` of each group's rows in each period, and
# `estimate` is the DiD, `(treated post - treated pre) - (control post - control pre)`, as a
# float. Definitions as at the top of Part A; do not modify `panel`.

# %% nbgrader={"grade_id": "did_2x2", "solution": true}
def did_2x2(panel):
    """(2x2 DataFrame of group-by-period means, difference-in-differences estimate)."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated_markets = set(panel.loc[panel["integrated"] == 1, "market"])
    labelled = pd.DataFrame({
        "group": np.where(panel["market"].isin(treated_markets), "treated", "control"),
        "period": np.where(panel["week"] >= launch, "post", "pre"),
        "y": panel["subs_per_1k"].to_numpy(),
    })
    means = labelled.pivot_table(index="group", columns="period", values="y", aggfunc="mean")
    means = means.reindex(index=["control", "treated"], columns=["pre", "post"])
    means.index.name, means.columns.name = None, None
    estimate = (means.loc["treated", "post"] - means.loc["treated", "pre"]) - (
        means.loc["control", "post"] - means.loc["control", "pre"]
    )
    return means, float(estimate)
    ### END SOLUTION


# %% nbgrader={"grade_id": "did_2x2_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "market": ["A"] * 4 + ["B"] * 4,
    "week": [1, 2, 3, 4] * 2,
    "integrated": [0, 0, 1, 1, 0, 0, 0, 0],
    "subs_per_1k": [1.0, 1.0, 3.0, 3.0, 1.0, 1.0, 2.0, 2.0],
})
_means, _estimate = did_2x2(_toy)
assert isinstance(_means, pd.DataFrame), "the first item of the tuple should be a DataFrame"
expect_close(_means.loc["treated", "post"], 3.0, what="means.loc['treated', 'post'] on the 2-market example")
expect_close(_estimate, 1.0, what="the estimate on the 2-market example ((3 - 1) - (2 - 1))")
### BEGIN HIDDEN TESTS
def _cells(p):
    y = p["subs_per_1k"].to_numpy(float)
    on = p["integrated"].to_numpy() == 1
    launch = p["week"].to_numpy()[on].min()
    treated = np.isin(p["market"].to_numpy(), np.unique(p["market"].to_numpy()[on]))
    post = p["week"].to_numpy() >= launch
    return {(g, t): y[(treated == (g == "treated")) & (post == (t == "post"))].mean()
            for g in ("control", "treated") for t in ("pre", "post")}


_ref = _cells(panel)
_ref_did = (_ref["treated", "post"] - _ref["treated", "pre"]) - (_ref["control", "post"] - _ref["control", "pre"])
_copy = panel.copy()
_means, _estimate = did_2x2(_copy)
assert _copy.equals(panel), "did_2x2 changed the panel it was given"
_labels_ok = sorted(map(str, _means.index)) == ["control", "treated"]
assert _labels_ok and sorted(map(str, _means.columns)) == ["post", "pre"], (
    "means should have the index ['control', 'treated'] and the columns ['pre', 'post']"
)
for (_g, _t), _value in _ref.items():
    expect_close(_means.loc[_g, _t], _value, rel=1e-9, abs_=1e-9, what=f"means.loc['{_g}', '{_t}']")
_estimate = float(_estimate)
assert not math.isclose(_estimate, -_ref_did, rel_tol=1e-9), (
    "the sign is flipped: the DiD is the treated markets' change minus the control markets' change"
)
assert not math.isclose(_estimate, _ref["treated", "post"] - _ref["treated", "pre"], rel_tol=1e-9), (
    "the estimate is the treated markets' own before/after change: subtract what the control markets did"
)
expect_close(_estimate, _ref_did, rel=1e-9, abs_=1e-9, what="the DiD estimate on panel")
assert abs(_estimate - TRUE_EFFECT) < 0.1, "the estimate is far from the planted effect"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "did_2x2_test_2", "grade": true, "points": 1}
# Hidden: two other panels (different sizes, labels, launch weeks, a negative effect, rows shuffled).
### BEGIN HIDDEN TESTS
def _did_by_market(p):
    # an independent route: per-market post-minus-pre changes, then the difference of group averages
    on = p["integrated"] == 1
    launch = p.loc[on, "week"].min()
    treated = set(p.loc[on, "market"])
    wide = p.pivot(index="market", columns="week", values="subs_per_1k")
    change = wide.loc[:, wide.columns >= launch].mean(axis=1) - wide.loc[:, wide.columns < launch].mean(axis=1)
    is_treated = change.index.isin(list(treated))
    return change[is_treated].mean() - change[~is_treated].mean()


for _seed, _kw in [(31, dict(n_markets=24, n_weeks=20, launch_week=9, n_treated=7, effect=-0.3)),
                   (77, dict(n_markets=12, n_weeks=12, launch_week=4, n_treated=6, effect=1.2))]:
    _p = simulate_panel(_seed, **_kw).sample(frac=1.0, random_state=_seed).reset_index(drop=True)
    _p["market"] = "city_" + _p["market"]
    _, _estimate = did_2x2(_p.copy())
    expect_close(_estimate, _did_by_market(_p), rel=1e-9, abs_=1e-9,
                 what=f"the DiD estimate on a panel of {_kw['n_markets']} markets "
                      f"with the launch in week {_kw['launch_week']}")
### END HIDDEN TESTS

# %% [markdown]
# ## 4. The same number from a regression
# *Two-way fixed effects, solved with least squares*
#
# The 2x2 table has a regression twin: `subs_per_1k[m, t] = a[m] + g[t] + beta * integrated[m, t] + error`,
# with one intercept `a[m]` per market (the market fixed effects absorb every difference in
# level) and one `g[t]` per week (the week fixed effects absorb everything all markets share
# that week). With a single launch week and a balanced panel, `beta` equals the 2x2 DiD to
# the last decimal. The regression form is what you extend: covariates, several launch
# dates, clustered standard errors. (A caution for later: when markets launch in different
# weeks and the effect changes over time, this single `beta` mixes comparisons in ways that
# can mislead, and newer estimators exist for that case.) The mechanical trap is the dummy
# trap: one dummy per market plus one per week plus an intercept are collinear, because
# every row has exactly one market and one week. Drop one week dummy and the intercept, or
# let `np.linalg.lstsq` return its minimum-norm solution (`beta` is identified either way).
# The conceptual trap is leaving out the market effects: then `beta` picks up the fact that
# strong markets were launched first.
#
# **Question.** Complete `did_regression(panel)` so that it builds the design matrix (a
# column holding `integrated`, one dummy column per market, one dummy column per week except
# the first), fits it to `subs_per_1k` with `np.linalg.lstsq`, and returns the coefficient on
# `integrated` as a float. Use the `integrated` column itself as the treatment regressor: the
# hidden tests also run your function on a panel where some markets launched later than
# others. No statsmodels, scikit-learn or linearmodels; do not modify `panel`.

# %% nbgrader={"grade_id": "did_regression", "solution": true}
def did_regression(panel):
    """Coefficient on `integrated` in a regression with market and week fixed effects (float)."""
    ### BEGIN SOLUTION
    markets = pd.get_dummies(panel["market"], dtype=float).to_numpy()
    weeks = pd.get_dummies(panel["week"], dtype=float).to_numpy()[:, 1:]
    design = np.column_stack([panel["integrated"].to_numpy(dtype=float), markets, weeks])
    coefficients = np.linalg.lstsq(design, panel["subs_per_1k"].to_numpy(dtype=float), rcond=None)[0]
    return float(coefficients[0])
    ### END SOLUTION


# %% nbgrader={"grade_id": "did_regression_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "market": ["A"] * 4 + ["B"] * 4,
    "week": [1, 2, 3, 4] * 2,
    "integrated": [0, 0, 1, 1, 0, 0, 0, 0],
    "subs_per_1k": [1.0, 1.0, 3.0, 3.0, 1.0, 1.0, 2.0, 2.0],
})
expect_close(did_regression(_toy), 1.0, rel=1e-7, abs_=1e-7, what="did_regression on the 2-market example")
### BEGIN HIDDEN TESTS
def _within(p):
    # two-way demeaning (Frisch-Waugh-Lovell): exact for a balanced panel, no dummies needed
    y = p.pivot(index="market", columns="week", values="subs_per_1k").to_numpy(float)
    d = p.pivot(index="market", columns="week", values="integrated").to_numpy(float)

    def demean(a):
        return a - a.mean(axis=1, keepdims=True) - a.mean(axis=0, keepdims=True) + a.mean()

    y, d = demean(y), demean(d)
    return float((y * d).sum() / (d * d).sum())


_copy = panel.copy()
_beta = did_regression(_copy)
assert _copy.equals(panel), "did_regression changed the panel it was given"
expect_close(_beta, _within(panel), rel=1e-7, abs_=1e-7, what="did_regression(panel)")
_shuffled = panel.sample(frac=1.0, random_state=8).reset_index(drop=True)
expect_close(did_regression(_shuffled), _within(panel), rel=1e-7, abs_=1e-7,
             what="did_regression on the same panel with its rows shuffled")
_used = names_used(did_regression)
assert "lstsq" in _used, "fit the regression with np.linalg.lstsq, as the question asks"
expect_not_used(did_regression, {"statsmodels", "sklearn", "linearmodels"},
                "build the design matrix yourself and solve it with np.linalg.lstsq")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "did_regression_test_2", "grade": true, "points": 1}
# Hidden: a staggered panel (half of the integrated markets launch four weeks later) and another panel.
### BEGIN HIDDEN TESTS
def _within(p):
    y = p.pivot(index="market", columns="week", values="subs_per_1k").to_numpy(float)
    d = p.pivot(index="market", columns="week", values="integrated").to_numpy(float)

    def demean(a):
        return a - a.mean(axis=1, keepdims=True) - a.mean(axis=0, keepdims=True) + a.mean()

    y, d = demean(y), demean(d)
    return float((y * d).sum() / (d * d).sum())


_stagger = simulate_panel(52, n_markets=30, n_weeks=24, launch_week=10, n_treated=10, effect=0.6)
_late = sorted(set(_stagger.loc[_stagger["integrated"] == 1, "market"]))[::2]
_stagger.loc[_stagger["market"].isin(_late) & (_stagger["week"] < 14), "integrated"] = 0
expect_close(did_regression(_stagger.copy()), _within(_stagger), rel=1e-7, abs_=1e-7,
             what="did_regression on a panel where some markets launched in week 14 instead of week 10")
_p = simulate_panel(9, n_markets=16, n_weeks=15, launch_week=6, n_treated=5, effect=-0.2)
_p = _p.sample(frac=1.0, random_state=2).reset_index(drop=True)
expect_close(did_regression(_p), _within(_p), rel=1e-7, abs_=1e-7,
             what="did_regression on a panel of 16 markets (launch in week 6, rows shuffled)")
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Were the trends parallel before the launch?
# *A pre-trend check with a stated tolerance*
#
# Parallel trends is an assumption about a world without the launch, so the weeks after the
# launch cannot test it: there the gap between the groups moves *because* of the launch. The
# weeks before it are the evidence you have. Take the weekly gap (treated markets' mean minus
# control markets' mean) over the pre-launch weeks and fit a straight line through it. A
# slope near zero supports the assumption; a gap that was already widening would be credited
# to the launch by DiD, week after week. "Near zero" needs a number decided before you look:
# here, a drift of at most 0.015 per 1,000 owners per week, which would add up to about 0.2
# over the 14 weeks after the launch. The two classic mistakes are fitting the line over all
# weeks (the jump at the launch then looks like a trend) and fitting it over the post period.
#
# **Question.** Complete `pretrend_check(panel, tolerance=0.015)` so that it returns a tuple
# `(slope, parallel)`: `slope` is the least-squares slope (per week, a float) of the weekly
# gap on the week number, using only the weeks strictly before the launch week, where the gap
# of a week is the mean `subs_per_1k` of the treated markets minus that of the control
# markets; `parallel` is the Python bool `abs(slope) <= tolerance`. Definitions as at the top
# of Part A; do not modify `panel`.

# %% nbgrader={"grade_id": "pretrend_check", "solution": true}
def pretrend_check(panel, tolerance=0.015):
    """(Slope of the treated-minus-control weekly gap over the pre-launch weeks, abs(slope) <= tolerance)."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated_markets = set(panel.loc[panel["integrated"] == 1, "market"])
    before = panel[panel["week"] < launch]
    weekly = before.groupby([before["week"], before["market"].isin(treated_markets)])["subs_per_1k"].mean().unstack()
    gap = weekly[True] - weekly[False]
    slope = float(np.polyfit(gap.index.to_numpy(dtype=float), gap.to_numpy(dtype=float), 1)[0])
    return slope, bool(abs(slope) <= tolerance)
    ### END SOLUTION


# %% nbgrader={"grade_id": "pretrend_check_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "market": ["A"] * 6 + ["B"] * 6,
    "week": [1, 2, 3, 4, 5, 6] * 2,
    "integrated": [0, 0, 0, 0, 1, 1] + [0] * 6,
    "subs_per_1k": [1.0, 1.1, 1.2, 1.3, 5.0, 5.0] + [1.0] * 6,
})
_slope, _parallel = pretrend_check(_toy, tolerance=0.015)
expect_close(_slope, 0.1, rel=1e-7, abs_=1e-7, what="the slope on the example whose pre-launch gap grows by 0.1 a week")
assert isinstance(_parallel, (bool, np.bool_)) and not _parallel, (
    "parallel should be False: a gap that grows by 0.1 a week is not parallel at tolerance 0.015"
)
### BEGIN HIDDEN TESTS
def _pre_slope(p):
    on = p["integrated"] == 1
    launch = p.loc[on, "week"].min()
    treated = set(p.loc[on, "market"])
    pre = p[p["week"] < launch]
    wide = pre.pivot(index="market", columns="week", values="subs_per_1k")
    is_treated = wide.index.isin(list(treated))
    gap = wide[is_treated].mean(axis=0) - wide[~is_treated].mean(axis=0)
    w = gap.index.to_numpy(float)
    g = gap.to_numpy(float)
    return float(((w - w.mean()) * (g - g.mean())).sum() / ((w - w.mean()) ** 2).sum())


_copy = panel.copy()
_slope, _parallel = pretrend_check(_copy)
assert _copy.equals(panel), "pretrend_check changed the panel it was given"
assert isinstance(_parallel, (bool, np.bool_)), "parallel should be a bool"
expect_close(_slope, _pre_slope(panel), rel=1e-7, abs_=1e-9, what="the pre-launch slope on panel")
assert bool(_parallel) is True, "on panel the pre-launch gap is flat within the tolerance: the verdict is wrong"
_scrambled = panel.copy()
_post_rows = _scrambled["week"] >= _scrambled.loc[_scrambled["integrated"] == 1, "week"].min()
_scrambled.loc[_post_rows, "subs_per_1k"] = np.random.default_rng(5).normal(20.0, 5.0, int(_post_rows.sum()))
_slope_2, _ = pretrend_check(_scrambled)
assert math.isclose(float(_slope_2), float(_slope), rel_tol=1e-7, abs_tol=1e-9), (
    "the slope changes when only post-launch values change: the check must use the pre-launch weeks alone"
)
_drift = simulate_panel(21, n_markets=30, n_weeks=26, launch_week=13, n_treated=12, effect=0.4, gap_drift=0.04)
_slope, _parallel = pretrend_check(_drift.sample(frac=1.0, random_state=1), tolerance=0.015)
expect_close(_slope, _pre_slope(_drift), rel=1e-7, abs_=1e-9,
             what="the pre-launch slope on a panel with a planted drift")
assert bool(_parallel) is False, "on a panel whose gap drifts by 0.04 a week the verdict should be 'not parallel'"
_s = abs(_pre_slope(_drift))
_loose, _strict = pretrend_check(_drift, tolerance=_s * 1.01)[1], pretrend_check(_drift, tolerance=_s * 0.99)[1]
assert bool(_loose) is True and bool(_strict) is False, (
    "the verdict does not follow the tolerance argument"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. The effect week by week
# *An event study*
#
# One number before and one after hides the shape of the story. An event study estimates a
# separate effect for every week relative to the launch: event time `k = week - launch week`,
# so `k = 0` is the launch week, `k = -1` the last week before it. Each week's effect is that
# week's gap (treated minus control) minus the gap in week `k = -1`, the reference. The
# weeks before the launch (the *leads*) should hover around zero: a slope in them is a
# pre-trend, a dip just before the launch is anticipation. The weeks after it (the *lags*)
# show whether the effect appears at once, builds up or fades. In a balanced panel with one
# launch week these numbers are exactly the coefficients of a regression with market and
# week fixed effects and one treated-by-event-week dummy per week except `k = -1`. The
# traps: a different reference week shifts the whole series up or down, and dropping the
# control markets brings the shared trend back into every number.
#
# **Question.** Complete `event_study(panel)` so that it returns a pandas Series with one
# value per week of the panel, indexed by the integer event time `k = week - launch week` in
# increasing order, whose value is `gap(week) - gap(launch week - 1)`, with `gap(week)` the
# mean `subs_per_1k` of the treated markets that week minus the mean of the control markets.
# The value at `k = -1` is 0. Definitions as at the top of Part A; do not modify `panel`.

# %% nbgrader={"grade_id": "event_study", "solution": true}
def event_study(panel):
    """Series indexed by event time (week - launch week): each week's gap minus the gap at k = -1."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated_markets = set(panel.loc[panel["integrated"] == 1, "market"])
    weekly = panel.groupby([panel["week"], panel["market"].isin(treated_markets)])["subs_per_1k"].mean().unstack()
    gap = (weekly[True] - weekly[False]).sort_index()
    effects = gap - gap.loc[launch - 1]
    effects.index = (effects.index - launch).astype(int)
    effects.index.name = "event_week"
    return effects.rename("effect")
    ### END SOLUTION


# %% nbgrader={"grade_id": "event_study_test", "grade": true, "points": 2}
_toy = pd.DataFrame({
    "market": ["A"] * 4 + ["B"] * 4,
    "week": [1, 2, 3, 4] * 2,
    "integrated": [0, 0, 1, 1, 0, 0, 0, 0],
    "subs_per_1k": [1.0, 1.0, 3.0, 3.0, 1.0, 1.0, 2.0, 2.0],
})
_effects = event_study(_toy)
assert isinstance(_effects, pd.Series), "event_study should return a pandas Series"
assert [int(k) for k in _effects.index] == [-2, -1, 0, 1], "on the 4-week example the index should be [-2, -1, 0, 1]"
expect_close(list(_effects), [0.0, 0.0, 1.0, 1.0], what="event_study on the 2-market example")
### BEGIN HIDDEN TESTS
def _event_regression(p):
    # market and week fixed effects plus treated x event-week dummies (k = -1 left out), by least squares
    on = p["integrated"] == 1
    launch = p.loc[on, "week"].min()
    treated = p["market"].isin(set(p.loc[on, "market"])).to_numpy()
    k = (p["week"] - launch).to_numpy()
    ks = [v for v in sorted(set(k)) if v != -1]
    leads_lags = np.column_stack([(treated & (k == v)).astype(float) for v in ks])
    markets = pd.get_dummies(p["market"], dtype=float).to_numpy()
    weeks = pd.get_dummies(p["week"], dtype=float).to_numpy()[:, 1:]
    design = np.column_stack([leads_lags, markets, weeks])
    coef = np.linalg.lstsq(design, p["subs_per_1k"].to_numpy(float), rcond=None)[0]
    return pd.Series(dict(zip(ks, coef[: len(ks)])) | {-1: 0.0}).sort_index()


for _p, _label in [(panel, "panel"),
                   (simulate_panel(44, n_markets=20, n_weeks=18, launch_week=7, n_treated=8, effect=0.9)
                    .sample(frac=1.0, random_state=4), "another panel (launch in week 7, rows shuffled)")]:
    _copy = _p.copy()
    _effects = event_study(_copy)
    assert _copy.equals(_p), "event_study changed the panel it was given"
    _ref = _event_regression(_p)
    assert isinstance(_effects, pd.Series), "event_study should return a pandas Series"
    assert [int(k) for k in _effects.index] == list(_ref.index), (
        f"on {_label} the index should run over every event week, in increasing order"
    )
    assert abs(float(_effects.loc[-1])) < 1e-9, f"on {_label} the value at k = -1 should be 0 (the reference week)"
    expect_close(list(_effects.to_numpy(float)), list(_ref.to_numpy()), rel=1e-7, abs_=1e-7,
                 what=f"event_study on {_label}")
_main = event_study(panel.copy())
assert abs(float(_main[_main.index >= 0].mean()) - TRUE_EFFECT) < 0.1, (
    "the average post-launch effect is far from the planted one"
)
assert float(_main[_main.index < -1].abs().max()) < 0.2, "the pre-launch effects should hover near 0 on this panel"
### END HIDDEN TESTS

# %% [markdown]
# Your event study, drawn (not graded). Read the leads first: do they wander around zero? Then
# the lags: how quickly does the effect appear, and does it hold? The dotted line is the
# planted effect. For a real decision you would add confidence bands, for instance from the
# market bootstrap of the next exercise applied week by week.

# %%
try:
    _effects = event_study(panel)
except NotImplementedError:
    print("Answer exercise 6 first.")
else:
    _fig, _ax = plt.subplots(figsize=(8, 3.5))
    _k = np.asarray(_effects.index, dtype=float)
    _ax.plot(_k, _effects.to_numpy(dtype=float), marker="o", markersize=4, label="estimated effect")
    _ax.axhline(0, color="grey", linewidth=1)
    _ax.axhline(TRUE_EFFECT, color="black", linestyle=":", label="planted effect (post)")
    _ax.axvline(-0.5, color="grey", linestyle="--", label="launch")
    _ax.set_xlabel("weeks since launch (k = week - launch week)")
    _ax.set_ylabel("gap minus gap at k = -1")
    _ax.set_title("Event study: leads before the launch, lags after it")
    _ax.legend(loc="lower right")
    plt.show()

# %% [markdown]
# ## 7. A standard error that respects markets
# *Block bootstrap by market*
#
# The panel has 1,200 rows but nowhere near 1,200 independent pieces of information. Shocks
# persist inside a market (a good week tends to be followed by another), and the integration
# was switched on market by market, so the market is the unit that varies independently.
# Treat the rows as independent (the textbook regression standard error does) and the
# standard error comes out far too small, and the effect looks more certain than it is.
# Resampling rows is no cure either: it tears each market's weeks apart and mixes the
# differences between markets into the noise, so the answer is wrong in a direction you
# cannot predict. The fix is to cluster by market; with a few dozen markets a simple, honest
# way is the block (cluster) bootstrap: resample whole markets with replacement, recompute
# the DiD each time, and take the spread of the replicates. Resampling
# the treated and the control markets separately keeps the design of the data (15 treated,
# 25 control) in every replicate. Because each market's rows travel together, a market's
# contribution is its own post-minus-pre change, which makes every replicate cheap.
#
# **Question.** Complete `block_bootstrap_se(panel, n_boot=1000, seed=0)` exactly as follows
# (the hidden tests repeat the procedure, draw for draw):
#
# 1. For every market, compute its change: the mean `subs_per_1k` of its post-period rows
#    minus the mean of its pre-period rows.
# 2. Make `treated` and `control`, the treated and the control market labels, each sorted in
#    increasing order (Python's `sorted`).
# 3. Create one generator, `rng = np.random.default_rng(seed)`. For each of the `n_boot`
#    replicates, in turn: draw `rng.choice(treated, size=len(treated), replace=True)`, then
#    `rng.choice(control, size=len(control), replace=True)`. The replicate's estimate is the
#    mean change of the drawn treated markets minus the mean change of the drawn control
#    markets (a market drawn twice counts twice).
# 4. Return the standard deviation of the `n_boot` estimates with `ddof=1`, as a float.
#
# Definitions as at the top of Part A; do not modify `panel`. (For a balanced panel each
# replicate's estimate is exactly the 2x2 DiD of the resampled panel.)

# %% nbgrader={"grade_id": "block_bootstrap_se", "solution": true}
def block_bootstrap_se(panel, n_boot=1000, seed=0):
    """Standard error of the DiD from a bootstrap that resamples whole markets within each group."""
    ### BEGIN SOLUTION
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated_markets = set(panel.loc[panel["integrated"] == 1, "market"])
    post = panel["week"] >= launch
    change = (panel[post].groupby("market")["subs_per_1k"].mean()
              - panel[~post].groupby("market")["subs_per_1k"].mean())
    treated = sorted(m for m in change.index if m in treated_markets)
    control = sorted(m for m in change.index if m not in treated_markets)
    treated_change = change.loc[treated].to_numpy()
    control_change = change.loc[control].to_numpy()
    rng = np.random.default_rng(seed)
    estimates = np.empty(n_boot)
    for b in range(n_boot):
        t = rng.choice(len(treated), size=len(treated), replace=True)
        c = rng.choice(len(control), size=len(control), replace=True)
        estimates[b] = treated_change[t].mean() - control_change[c].mean()
    return float(np.std(estimates, ddof=1))
    ### END SOLUTION


# %% nbgrader={"grade_id": "block_bootstrap_se_test", "grade": true, "points": 2}
_se = block_bootstrap_se(panel, n_boot=200, seed=1)
assert isinstance(_se, (float, np.floating)) and _se > 0, "block_bootstrap_se should return a positive float"
assert block_bootstrap_se(panel, n_boot=200, seed=1) == _se, "the same seed should give the same standard error"
### BEGIN HIDDEN TESTS
def _cluster_se(p):
    # the analytic standard error of a difference of two means of market-level changes
    on = p["integrated"] == 1
    launch = p.loc[on, "week"].min()
    wide = p.pivot(index="market", columns="week", values="subs_per_1k")
    change = wide.loc[:, wide.columns >= launch].mean(axis=1) - wide.loc[:, wide.columns < launch].mean(axis=1)
    is_treated = change.index.isin(list(set(p.loc[on, "market"])))
    t, c = change[is_treated].to_numpy(), change[~is_treated].to_numpy()
    return math.sqrt(t.var(ddof=1) / len(t) + c.var(ddof=1) / len(c))


for _p, _label in [(panel, "panel"),
                   (simulate_panel(63, n_markets=30, n_weeks=20, launch_week=11, n_treated=12, effect=0.3)
                    .sample(frac=1.0, random_state=6), "another panel")]:
    _copy = _p.copy()
    _se = float(block_bootstrap_se(_copy, n_boot=1000, seed=3))
    assert _copy.equals(_p), "block_bootstrap_se changed the panel it was given"
    _ref = _cluster_se(_p)
    assert abs(_se - _ref) < 0.15 * _ref, (
        f"on {_label} the standard error is not what resampling whole markets gives: draw markets (treated and "
        "control separately), not rows, and let each market bring its own post-minus-pre change"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "block_bootstrap_se_test_2", "grade": true, "points": 1}
# Hidden: your replicates must follow the stated procedure draw for draw (two seeds, two panels).
### BEGIN HIDDEN TESTS
def _replay(p, n_boot, seed):
    on = p["integrated"] == 1
    launch = p.loc[on, "week"].min()
    wide = p.pivot(index="market", columns="week", values="subs_per_1k")
    change = wide.loc[:, wide.columns >= launch].mean(axis=1) - wide.loc[:, wide.columns < launch].mean(axis=1)
    treated_set = set(p.loc[on, "market"])
    t = np.array([change[m] for m in sorted(treated_set)])
    c = np.array([change[m] for m in sorted(set(change.index) - treated_set)])
    gen = np.random.default_rng(seed)
    reps = []
    for _ in range(n_boot):
        i = gen.integers(0, len(t), size=len(t))  # what rng.choice(list, size, replace=True) draws
        j = gen.integers(0, len(c), size=len(c))
        reps.append(t[i].mean() - c[j].mean())
    return float(np.std(reps, ddof=1))


for _p, _seed in [(panel, 0), (simulate_panel(63, n_markets=30, n_weeks=20, launch_week=11, n_treated=12, effect=0.3)
                               .sample(frac=1.0, random_state=6), 11)]:
    _got = float(block_bootstrap_se(_p.copy(), n_boot=300, seed=_seed))
    assert math.isclose(_got, _replay(_p, 300, _seed), rel_tol=1e-9), (
        "the standard error does not reproduce the stated procedure: check that both market lists are sorted, "
        "that one generator is created from the seed, and that each replicate draws the treated markets first "
        "and then the control markets with rng.choice(..., replace=True)"
    )
### END HIDDEN TESTS

# %% [markdown]
# Not graded: what treating the rows as independent would have claimed. The cell refits the
# fixed-effects regression of exercise 4 and computes its textbook standard error, which
# assumes 1,200 independent rows, next to your market bootstrap and to the cluster-robust
# formula that statistics packages offer as "clustered by market".

# %%
try:
    _market_se = block_bootstrap_se(panel)
    _estimate = did_2x2(panel)[1]
except NotImplementedError:
    print("Answer exercises 3 and 7 first.")
else:
    _X = np.column_stack([
        panel["integrated"].to_numpy(float),
        pd.get_dummies(panel["market"], dtype=float).to_numpy(),
        pd.get_dummies(panel["week"], dtype=float).to_numpy()[:, 1:],
    ])
    _y = panel["subs_per_1k"].to_numpy(float)
    _beta = np.linalg.lstsq(_X, _y, rcond=None)[0]
    _resid = _y - _X @ _beta
    _bread = np.linalg.pinv(_X.T @ _X)
    _iid_se = math.sqrt(_resid @ _resid / (len(_y) - np.linalg.matrix_rank(_X)) * _bread[0, 0])
    _meat = np.zeros_like(_bread)
    for _m in panel["market"].unique():
        _rows = (panel["market"] == _m).to_numpy()
        _score = _X[_rows].T @ _resid[_rows]
        _meat += np.outer(_score, _score)
    _n_markets = panel["market"].nunique()
    _cluster_se = math.sqrt((_bread @ _meat @ _bread)[0, 0] * _n_markets / (_n_markets - 1))
    print(f"DiD estimate {_estimate:.3f}; planted effect {TRUE_EFFECT:.3f}")
    print(f"standard error, markets resampled:        {_market_se:.3f} -> 95% CI "
          f"[{_estimate - 1.96 * _market_se:.3f}, {_estimate + 1.96 * _market_se:.3f}]")
    print(f"standard error, cluster-robust formula:   {_cluster_se:.3f}")
    print(f"standard error, rows taken as independent: {_iid_se:.3f} (too optimistic)")

# %% [markdown]
# ## Part B · A test before the launch of a new series
#
# The video service has a new drama series ready. Before the worldwide release, the content
# team wants to offer it early to a test group and measure what it does: do people who get
# the show watch more, come back more often, cancel less? The test will use **exactly 10,000
# users**, half in a treatment group that sees the show on their home screen and half in a
# control group that does not. The sample must look like the whole audience: a preview
# offered to volunteers, or to the most active users, would tell you how heavy viewers react
# and nothing about everyone else.
#
# **The data.** `population` has one row per user (120,000 users):
#
# | column | meaning |
# |---|---|
# | `user_id` | unique integer id (not consecutive) |
# | `age_band` | `"18-24"`, `"25-34"`, `"35-44"`, `"45-54"` or `"55+"` |
# | `region` | `"east"`, `"north"`, `"south"` or `"west"` |
# | `plan` | `"basic_ads"`, `"standard"` or `"premium"` |
# | `stratum` | `age_band + "\|" + region + "\|" + plan`, for example `"25-34\|south\|premium"` (60 strata) |
# | `age`, `tenure_months` | age in years, months since sign-up |
# | `weekly_watch_hours` | average hours watched per week over the last 8 weeks |
# | `completion_rate` | share of the titles started in the last 8 weeks that were finished |
# | `heavy_viewer`, `likes_drama` | 0/1 flags: 15+ hours a week; mostly watches drama |
#
# As in Part A, the cell below shows how the population was simulated; the hidden tests also
# use `simulate_population` to build other populations.

# %% nbgrader={"grade_id": "causal_cases_data_b", "locked": true}
def simulate_population(seed, n_users):
    """One row per user: strata (age band x region x plan) and the covariates of the balance check."""
    rng = np.random.default_rng(seed)
    bands = np.array(["18-24", "25-34", "35-44", "45-54", "55+"])
    regions = np.array(["east", "north", "south", "west"])
    plans = np.array(["basic_ads", "standard", "premium"])
    a = rng.choice(5, size=n_users, p=[0.14, 0.27, 0.24, 0.19, 0.16])
    r = rng.choice(4, size=n_users, p=[0.30, 0.22, 0.33, 0.15])
    plan_mix = np.array([[0.62, 0.30, 0.08], [0.45, 0.38, 0.17], [0.30, 0.42, 0.28],
                         [0.32, 0.43, 0.25], [0.44, 0.44, 0.12]])  # plan shares by age band
    p = (rng.random(n_users)[:, None] > plan_mix[a].cumsum(axis=1)).sum(axis=1)
    age = rng.integers(np.array([18, 25, 35, 45, 55])[a], np.array([24, 34, 44, 54, 79])[a] + 1)
    tenure = np.clip(np.round(rng.gamma(2.0, 6 + 4 * a + 6 * p)), 1, 120).astype(int)
    hours = np.round(rng.gamma(2.0, (4.2 - 0.45 * a + 1.1 * p) * (1 + 0.1 * (r == 2))), 1)
    completion = np.round(rng.beta(2 + 0.25 * hours, 3.0), 3)
    drama = (rng.random(n_users) < 0.25 + 0.08 * a + 0.05 * (r == 1)).astype(int)
    users = pd.DataFrame({
        "user_id": np.sort(rng.choice(np.arange(100_000, 1_000_000), size=n_users, replace=False)),
        "age_band": bands[a], "region": regions[r], "plan": plans[p],
        "age": age, "tenure_months": tenure, "weekly_watch_hours": hours, "completion_rate": completion,
        "heavy_viewer": (hours >= 15).astype(int), "likes_drama": drama,
    })
    users.insert(4, "stratum", users["age_band"] + "|" + users["region"] + "|" + users["plan"])
    return users


population = simulate_population(2406, 120_000)
SAMPLE_SIZE = 10_000
SAMPLE_SEED, SPLIT_SEED = 6, 7
BALANCE_COVARIATES = ["age", "tenure_months", "weekly_watch_hours", "completion_rate", "heavy_viewer", "likes_drama"]
SMD_THRESHOLD = 0.1

# %% [markdown]
# ## 8. Proportional allocation that adds up
# *Largest-remainder rounding*
#
# Proportional allocation gives every stratum the share of the sample it has in the
# population: stratum `h` with `N_h` of the `N` users gets `total * N_h / N` places. Those
# quotas are fractions, and the rounding is where answers go wrong. Rounding every quota down
# loses a unit in almost every stratum (on this population, a few dozen users short of
# 10,000); rounding to the nearest integer can miss in either direction. The
# **largest-remainder** rule (Hamilton's method) fixes the total: give every stratum the
# whole part of its quota, then hand out the units still missing one at a time to the strata
# with the largest fractional parts. Integer arithmetic keeps it exact, with no
# floating-point near-ties: the whole part is `total * N_h // N` and the remainder that ranks
# the strata is `total * N_h % N`.
#
# **Question.** Complete `allocate_sample(stratum_sizes, total)`. `stratum_sizes` is a pandas
# Series of positive integer population counts indexed by stratum label (any order);
# `total` is a non-negative integer. Return a Series of Python-compatible integers with the
# same index in the same order, summing exactly to `total`, computed with the largest-
# remainder rule above. When remainders tie, the stratum whose label sorts first gets its
# extra unit first. Raise `ValueError` if `total` is larger than the population. Do not
# modify `stratum_sizes`.

# %% nbgrader={"grade_id": "allocate_sample", "solution": true}
def allocate_sample(stratum_sizes, total):
    """Proportional allocation of `total` units over the strata, largest-remainder rounding."""
    ### BEGIN SOLUTION
    sizes = {label: int(n) for label, n in stratum_sizes.items()}
    population_size = sum(sizes.values())
    if total > population_size:
        raise ValueError(f"cannot draw {total} units from a population of {population_size}")
    whole = {label: total * n // population_size for label, n in sizes.items()}
    remainder = {label: total * n % population_size for label, n in sizes.items()}
    missing = total - sum(whole.values())
    for label in sorted(sizes, key=lambda s: (-remainder[s], s))[:missing]:
        whole[label] += 1
    return pd.Series([whole[label] for label in stratum_sizes.index], index=stratum_sizes.index, dtype="int64")
    ### END SOLUTION


# %% nbgrader={"grade_id": "allocate_sample_test", "grade": true, "points": 2}
_alloc = allocate_sample(pd.Series({"x": 5, "y": 3, "z": 2}), 5)
assert list(_alloc.index) == ["x", "y", "z"], "the result should keep the index of stratum_sizes"
assert [int(v) for v in _alloc] == [3, 1, 1], (
    "allocate_sample({'x': 5, 'y': 3, 'z': 2}, 5): quotas 2.5, 1.5, 1.0; the tie between x and y goes to x"
)
assert [int(v) for v in allocate_sample(pd.Series({"a": 1, "b": 1, "c": 7}), 3)] == [1, 0, 2], (
    "allocate_sample({'a': 1, 'b': 1, 'c': 7}, 3): quotas 1/3, 1/3 and 7/3 leave three equal remainders, so the "
    "missing unit goes to 'a'; in floating point 7/3's remainder can look a hair larger: use integer arithmetic"
)
_sizes = population["stratum"].value_counts()
assert int(allocate_sample(_sizes, SAMPLE_SIZE).sum()) == SAMPLE_SIZE, "the allocation must add up to exactly 10,000"
### BEGIN HIDDEN TESTS
from fractions import Fraction as _Fraction


def _hamilton(sizes, total):
    n = sum(int(v) for v in sizes.values)
    quota = {s: _Fraction(total * int(v), n) for s, v in sizes.items()}
    out = {s: math.floor(q) for s, q in quota.items()}
    by_fraction = sorted(quota, key=lambda s: (-(quota[s] - math.floor(quota[s])), str(s)))
    for s in by_fraction[: total - sum(out.values())]:
        out[s] += 1
    return [out[s] for s in sizes.index]


_cases = [(_sizes, SAMPLE_SIZE), (_sizes.sort_index(), SAMPLE_SIZE), (_sizes, 0), (_sizes, 1), (_sizes, 61),
          (pd.Series({"b": 1, "a": 1, "c": 1}), 2), (pd.Series({"c": 4, "a": 2, "b": 2}), 4),
          (pd.Series({"p": 7}), 7)]
_gen = np.random.default_rng(88)
for _ in range(25):
    _k = int(_gen.integers(2, 12))
    _labels = [f"s{int(v):03d}" for v in _gen.choice(1000, size=_k, replace=False)]
    _s = pd.Series(_gen.integers(1, 40, size=_k), index=_labels)
    _cases.append((_s, int(_gen.integers(0, int(_s.sum()) + 1))))
for _s, _total in _cases:
    _before = _s.copy()
    _got = allocate_sample(_s, _total)
    assert _s.equals(_before), "allocate_sample changed stratum_sizes"
    assert isinstance(_got, pd.Series) and list(_got.index) == list(_s.index), (
        "the result should be a Series with the same index, in the same order, as stratum_sizes"
    )
    assert int(_got.sum()) == _total, f"an allocation of {_total} adds up to {int(_got.sum())}"
    _want = _hamilton(_s, _total)
    if [int(v) for v in _got] != _want:
        _n = int(_s.sum())
        _frac = {k: _Fraction(_total * int(v) % _n, _n) for k, v in _s.items()}
        _whole = {k: _total * int(v) // _n for k, v in _s.items()}
        _extra = {k: int(_got[k]) - _whole[k] for k in _s.index}
        _up_to_ties = set(_extra.values()) <= {0, 1} and (
            min([_frac[k] for k in _s.index if _extra[k] == 1], default=1)
            >= max([_frac[k] for k in _s.index if _extra[k] == 0], default=0))
        assert not _up_to_ties, (
            f"the allocation of {_total} over {len(_s)} strata breaks ties between equal remainders in the wrong "
            "order: equal remainders must go to the labels that sort first (with floats, equal remainders "
            "differ in the last digits; use the integer remainders total * N_h % N)"
        )
        raise AssertionError(
            f"the allocation of {_total} over {len(_s)} strata does not follow the largest-remainder rule "
            "(whole parts first, then one extra unit for each of the largest remainders, ties by label)"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "allocate_sample_test_2", "grade": true, "points": 1}
# Hidden: every stratum gets the floor or the ceiling of its quota; too large a total raises ValueError.
### BEGIN HIDDEN TESTS
from autograde.probes import expect_raises as _expect_raises

_sizes = population["stratum"].value_counts()
_got = allocate_sample(_sizes, SAMPLE_SIZE)
_quota = SAMPLE_SIZE * _sizes / _sizes.sum()
assert ((_got >= np.floor(_quota)) & (_got <= np.ceil(_quota))).all(), (
    "some stratum gets more than one unit away from its proportional quota"
)
_expect_raises(ValueError, allocate_sample, pd.Series({"a": 3, "b": 4}), 8)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Drawing the stratified sample
# *Simple random sampling inside every stratum*
#
# With the allocation fixed, each stratum gets its own simple random sample without
# replacement. The sample then matches the population's mix of age bands, regions and plans
# to within one user per stratum, by construction. A simple random sample of the whole
# population matches it only on average, and a sample of volunteers or of the most active
# users does not match it at all. Write the draw so that anyone can reproduce it: one
# generator from a fixed seed and a fixed order of work.
#
# **Question.** Complete `stratified_sample(population, allocation, seed)`. `allocation` is a
# Series like the one `allocate_sample` returns (stratum label to number of users; the
# labels are values of `population["stratum"]`). Work as follows: create one generator
# `rng = np.random.default_rng(seed)`; go through the strata in increasing order of their
# labels (`sorted(allocation.index)`), and for each one take the `user_id`s of its users as a
# NumPy array sorted in increasing order and draw
# `rng.choice(ids, size=allocation[label], replace=False)`. Return a DataFrame with the
# population's rows (all columns) of the chosen users, sorted by `user_id`, with a fresh
# index `0, 1, 2, ...`. Do not modify `population`.

# %% nbgrader={"grade_id": "stratified_sample", "solution": true}
def stratified_sample(population, allocation, seed):
    """Rows of the users drawn by simple random sampling without replacement within each stratum."""
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    ids_by_stratum = population.groupby("stratum")["user_id"]
    chosen = []
    for label in sorted(allocation.index):
        ids = np.sort(ids_by_stratum.get_group(label).to_numpy())
        chosen.append(rng.choice(ids, size=int(allocation[label]), replace=False))
    picked = population[population["user_id"].isin(np.concatenate(chosen))]
    return picked.sort_values("user_id").reset_index(drop=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "stratified_sample_test", "grade": true, "points": 2}
_alloc = pd.Series({s: 1 for s in sorted(population["stratum"].unique())[:3]})
_small = stratified_sample(population, _alloc, 0)
assert isinstance(_small, pd.DataFrame) and len(_small) == 3, "one user from each of three strata should give 3 rows"
assert sorted(_small["stratum"]) == sorted(_alloc.index), "the rows should come from the strata of the allocation"
### BEGIN HIDDEN TESTS
def _proportional(sizes, total):
    # largest remainder with exact fractions (ties by label)
    n = int(sizes.sum())
    keys = sorted(sizes.index)
    whole = {s: total * int(sizes[s]) // n for s in keys}
    order = sorted(keys, key=lambda s: (-(total * int(sizes[s]) % n), s))
    for s in order[: total - sum(whole.values())]:
        whole[s] += 1
    return pd.Series(whole)


def _check_sample(pop, alloc, got, label):
    assert isinstance(got, pd.DataFrame), f"{label}: stratified_sample should return a DataFrame"
    assert set(got.columns) == set(pop.columns), f"{label}: the sample should have exactly the population's columns"
    assert len(got) == int(alloc.sum()), (
        f"{label}: the sample has {len(got)} rows, not the {int(alloc.sum())} allocated"
    )
    assert got["user_id"].is_unique, f"{label}: a user appears twice: draw without replacement"
    assert list(got.index) == list(range(len(got))), f"{label}: give the result a fresh index 0, 1, 2, ..."
    assert got["user_id"].is_monotonic_increasing, f"{label}: sort the rows by user_id"
    rows = pop.set_index("user_id").loc[got["user_id"].to_numpy()].reset_index()
    assert rows[list(pop.columns)].equals(got[list(pop.columns)].reset_index(drop=True)), (
        f"{label}: the rows should be the population's rows of the chosen users, unchanged"
    )
    counts = got["stratum"].value_counts().reindex(alloc.index, fill_value=0)
    off = [s for s in alloc.index if int(counts[s]) != int(alloc[s])]
    assert not off, f"{label}: {len(off)} strata do not get their allocated number of users, e.g. {off[0]!r}"


_before = population.copy()
_alloc = _proportional(population["stratum"].value_counts(), SAMPLE_SIZE)
_got = stratified_sample(population, _alloc, SAMPLE_SEED)
assert population.equals(_before), "stratified_sample changed the population"
_check_sample(population, _alloc, _got, "the 10,000-user sample")
_pop_share = population["stratum"].value_counts(normalize=True)
_sample_share = _got["stratum"].value_counts(normalize=True).reindex(_pop_share.index, fill_value=0)
assert float((_sample_share - _pop_share).abs().max()) <= 1 / SAMPLE_SIZE + 1e-12, (
    "the sample's stratum shares should match the population's to within one user"
)
_pop2 = simulate_population(99, 3_000)
_alloc2 = _proportional(_pop2["stratum"].value_counts(), 400)
_alloc2.iloc[::7] = 0  # some strata get nobody
_check_sample(_pop2, _alloc2, stratified_sample(_pop2, _alloc2.sample(frac=1.0, random_state=1), 5),
              "a 3,000-user population with an unsorted allocation and some empty strata")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "stratified_sample_test_2", "grade": true, "points": 1}
# Hidden: the draw follows the stated procedure (one generator, strata in sorted order, sorted ids, rng.choice).
### BEGIN HIDDEN TESTS
def _replay(pop, alloc, seed):
    gen = np.random.default_rng(seed)
    picked = []
    for s in sorted(alloc.index):
        ids = np.sort(pop.loc[pop["stratum"] == s, "user_id"].to_numpy())
        picked.extend(gen.choice(ids, size=int(alloc[s]), replace=False).tolist())
    return sorted(picked)


_pop2 = simulate_population(99, 3_000)
_sizes2 = _pop2["stratum"].value_counts()
_alloc2 = (_sizes2 // 8).astype("int64")
for _seed in (SAMPLE_SEED, 123):
    _got = stratified_sample(_pop2, _alloc2, _seed)
    assert sorted(_got["user_id"].tolist()) == _replay(_pop2, _alloc2, _seed), (
        "the chosen users differ from the stated procedure: one generator from the seed, strata in sorted "
        "order of their labels, each stratum's user_ids sorted, then rng.choice(ids, size=..., replace=False)"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Control and treatment inside every stratum
# *Blocked randomisation*
#
# Split the sample at random, but do it separately inside each stratum: shuffle the
# stratum's users and send half of them to treatment. The two groups then have the same mix
# of age bands, regions and plans by construction (to within one user per stratum), and the
# comparison is more precise, because the differences between strata no longer add noise to
# the difference between the groups. One shuffle of the whole sample is random too, but it
# leaves chance imbalances inside strata, and a small stratum can end up entirely on one
# side. Splitting by an ID pattern (even ids, the first half by sign-up date) is not random
# at all.
#
# **Question.** Complete `assign_within_strata(sample, seed)`. `sample` is a DataFrame with
# at least the columns `user_id` (unique) and `stratum`. Create one generator
# `rng = np.random.default_rng(seed)`; go through the strata present in the sample in
# increasing order of their labels; for each, take its `user_id`s as a NumPy array sorted in
# increasing order, shuffle it with `rng.permutation(ids)`, and send the first `n // 2`
# users of the shuffled array to `"treatment"` and the other users to `"control"` (so with an
# odd `n` the extra user is a control). Return a copy of `sample` with the same rows in the
# same order plus a column `group` holding `"treatment"` or `"control"`. Do not modify
# `sample`.

# %% nbgrader={"grade_id": "assign_within_strata", "solution": true}
def assign_within_strata(sample, seed):
    """Copy of sample with a `group` column: half of each stratum, chosen at random, in treatment."""
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    treated_ids = []
    for label in sorted(sample["stratum"].unique()):
        ids = np.sort(sample.loc[sample["stratum"] == label, "user_id"].to_numpy())
        treated_ids.extend(rng.permutation(ids)[: len(ids) // 2].tolist())
    assigned = sample.copy()
    assigned["group"] = np.where(assigned["user_id"].isin(treated_ids), "treatment", "control")
    return assigned
    ### END SOLUTION


# %% nbgrader={"grade_id": "assign_within_strata_test", "grade": true, "points": 2}
_toy = pd.DataFrame({"user_id": [5, 3, 9, 1, 7], "stratum": ["a", "a", "b", "b", "b"]})
_split = assign_within_strata(_toy, 0)
assert isinstance(_split, pd.DataFrame) and "group" in _split.columns, "return a copy of sample with a 'group' column"
assert _split["group"].tolist().count("treatment") == 2, "strata of 2 and 3 users give 1 + 1 treatment users"
assert "group" not in _toy.columns, "assign_within_strata should not add the column to the sample it was given"
### BEGIN HIDDEN TESTS
_sample = population.sample(n=4_000, random_state=17).reset_index(drop=True)
_before = _sample.copy()
_split = assign_within_strata(_sample, SPLIT_SEED)
assert _sample.equals(_before), "assign_within_strata changed the sample it was given"
assert isinstance(_split, pd.DataFrame) and len(_split) == len(_sample), (
    "the result should have one row per sampled user"
)
assert _split.drop(columns="group").reset_index(drop=True).equals(_sample), (
    "the result should hold the sample's rows, unchanged and in the same order, plus the group column"
)
assert set(_split["group"]) <= {"treatment", "control"}, "group should hold only 'treatment' or 'control'"
_counts = _split.groupby(["stratum", "group"]).size().unstack(fill_value=0)
_counts = _counts.reindex(columns=["control", "treatment"], fill_value=0)
_n = _counts.sum(axis=1)
_bad = _counts.index[(_counts["treatment"] != _n // 2)]
assert len(_bad) == 0, (
    f"{len(_bad)} strata are not split n // 2 to treatment and the rest to control, e.g. {_bad[0]!r}: "
    "randomise inside each stratum"
)
_other = assign_within_strata(_sample, SPLIT_SEED + 1)
assert not _other["group"].equals(_split["group"]), "a different seed should give a different split"
_sorted_half = _sample.sort_values("user_id").groupby("stratum").cumcount() < (
    _sample.sort_values("user_id").groupby("stratum")["user_id"].transform("size") // 2)
assert not (_split.loc[_sorted_half.index, "group"].eq("treatment") == _sorted_half).all(), (
    "the split equals 'the lowest ids of each stratum go to treatment': shuffle before splitting"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "assign_within_strata_test_2", "grade": true, "points": 1}
# Hidden: the split follows the stated procedure (one generator, strata in sorted order, rng.permutation).
### BEGIN HIDDEN TESTS
def _replay(s, seed):
    gen = np.random.default_rng(seed)
    treated = set()
    for label in sorted(set(s["stratum"])):
        ids = np.sort(s.loc[s["stratum"] == label, "user_id"].to_numpy())
        treated.update(gen.permutation(ids)[: len(ids) // 2].tolist())
    return np.where(s["user_id"].isin(treated), "treatment", "control")


for _seed, _rs in [(SPLIT_SEED, 17), (101, 29)]:
    _sample = population.sample(n=4_000, random_state=_rs).reset_index(drop=True)
    assert (assign_within_strata(_sample, _seed)["group"].to_numpy() == _replay(_sample, _seed)).all(), (
        "the split differs from the stated procedure: one generator from the seed, strata in sorted order, each "
        "stratum's ids sorted, rng.permutation(ids), the first n // 2 to treatment"
    )
### END HIDDEN TESTS

# %% [markdown]
# With your functions, the cell below (not graded) draws the test's sample and splits it. The
# balance check and the love plot further down use the result.

# %%
try:
    allocation = allocate_sample(population["stratum"].value_counts(), SAMPLE_SIZE)
    test_users = assign_within_strata(stratified_sample(population, allocation, SAMPLE_SEED), SPLIT_SEED)
except NotImplementedError:
    test_users = None
    print("Answer exercises 8 to 10 first.")
else:
    print(f"{len(test_users):,} users in {test_users['stratum'].nunique()} strata")
    print(test_users["group"].value_counts().to_string())

# %% [markdown]
# ## 11. Standardised mean differences
# *Balance measured on a scale that ignores sample size*
#
# A balance check asks whether a group looks like the population (or like the other group)
# on the things that matter for the outcome: age, tenure, how much and what people watch.
# The standardised mean difference (SMD) divides a difference in means by a standard
# deviation, so it is scale-free and, unlike a p-value, does not shrink or grow with the
# sample size: with 10,000 users a trivial difference is "significant", and with 100 users a
# large one is not. The common rule of thumb calls `|SMD| < 0.1` balanced. Two comparisons
# matter here. The sample against the population (is it representative?) uses the
# population's own standard deviation. Treatment against control (did the randomisation work?)
# uses the pooled standard deviation of the two groups, `sqrt((var_t + var_c) / 2)`.
#
# **Question.** Complete `smd_table(population, sample, covariates)`. `sample` has the
# columns of `population` plus `group` (`"treatment"` or `"control"`); `covariates` is a list
# of numeric column names. Return a DataFrame indexed by the covariates (in the given order)
# with two float columns:
#
# - `"sample_vs_population"`: `(mean over the whole sample - mean over the population) / sd`
#   of the population (`ddof=0`, the population being complete);
# - `"treatment_vs_control"`: `(mean of treatment - mean of control) / sqrt((var_t + var_c) / 2)`
#   with `var_t` and `var_c` the sample variances (`ddof=1`) of the two groups.
#
# Do not modify the inputs.

# %% nbgrader={"grade_id": "smd_table", "solution": true}
def smd_table(population, sample, covariates):
    """SMDs per covariate: sample vs population, and treatment vs control."""
    ### BEGIN SOLUTION
    treatment = sample[sample["group"] == "treatment"]
    control = sample[sample["group"] == "control"]
    rows = []
    for column in covariates:
        representative = (sample[column].mean() - population[column].mean()) / population[column].std(ddof=0)
        pooled_sd = math.sqrt((treatment[column].var(ddof=1) + control[column].var(ddof=1)) / 2)
        balanced = (treatment[column].mean() - control[column].mean()) / pooled_sd
        rows.append((float(representative), float(balanced)))
    return pd.DataFrame(rows, index=list(covariates), columns=["sample_vs_population", "treatment_vs_control"])
    ### END SOLUTION


# %% nbgrader={"grade_id": "smd_table_test", "grade": true, "points": 2}
_pop = pd.DataFrame({"x": [0.0, 2.0, 4.0, 6.0]})
_smp = pd.DataFrame({"x": [2.0, 4.0, 4.0, 6.0], "group": ["control", "control", "treatment", "treatment"]})
_table = smd_table(_pop, _smp, ["x"])
assert isinstance(_table, pd.DataFrame), "smd_table should return a DataFrame"
expect_close(_table.loc["x", "sample_vs_population"], 1 / math.sqrt(5), rel=1e-6,
             what="sample_vs_population on the example ((4 - 3) / sqrt(5))")
expect_close(_table.loc["x", "treatment_vs_control"], 2 / math.sqrt(2), rel=1e-6,
             what="treatment_vs_control on the example ((5 - 3) / sqrt((2 + 2) / 2))")
### BEGIN HIDDEN TESTS
def _reference_smd(pop, smp, cols):
    t = smp["group"].to_numpy() == "treatment"
    out = []
    for c in cols:
        p = pop[c].to_numpy(float)
        s = smp[c].to_numpy(float)
        pop_sd = math.sqrt(((p - p.mean()) ** 2).sum() / len(p))
        vt = ((s[t] - s[t].mean()) ** 2).sum() / (t.sum() - 1)
        vc = ((s[~t] - s[~t].mean()) ** 2).sum() / ((~t).sum() - 1)
        out.append(((s.mean() - p.mean()) / pop_sd, (s[t].mean() - s[~t].mean()) / math.sqrt((vt + vc) / 2)))
    return out


_gen = np.random.default_rng(404)
_weights = population["weekly_watch_hours"].to_numpy(float) + 1.0
_rows = np.sort(_gen.choice(len(population), size=3_000, replace=False, p=_weights / _weights.sum()))
_smp = population.iloc[_rows].reset_index(drop=True)
_smp["group"] = np.where(_gen.random(3_000) < 0.3 + 0.4 * (_smp["tenure_months"] > 30), "treatment", "control")
_cols = ["likes_drama", "weekly_watch_hours", "age", "tenure_months", "heavy_viewer"]
_before_pop, _before_smp = population.copy(), _smp.copy()
_table = smd_table(population, _smp, _cols)
assert population.equals(_before_pop) and _smp.equals(_before_smp), "smd_table changed its inputs"
assert isinstance(_table, pd.DataFrame) and list(_table.index) == _cols, (
    "the table should be indexed by the covariates, in the order given"
)
for _c, (_rep, _bal) in zip(_cols, _reference_smd(population, _smp, _cols)):
    expect_close(_table.loc[_c, "sample_vs_population"], _rep, rel=2e-3, abs_=1e-4,
                 what=f"sample_vs_population for {_c} (a sample tilted towards heavy viewers)")
    expect_close(_table.loc[_c, "treatment_vs_control"], _bal, rel=2e-3, abs_=1e-4,
                 what=f"treatment_vs_control for {_c} (treatment tilted towards long tenure)")
### END HIDDEN TESTS

# %% [markdown]
# ## 12. The balance verdict
# *One number to report: the largest absolute SMD*
#
# A balance table is summarised by its worst entry: the largest absolute SMD over every
# covariate and both comparisons, and the covariate it belongs to. Take the absolute value
# before the maximum: an SMD of -0.3 is as much of a problem as +0.3, and a plain `max`
# would report the largest positive entry instead.
#
# **Question.** Complete `balance_verdict(smd, threshold=0.1)`. `smd` is a DataFrame like the
# one `smd_table` returns (covariates as index, numeric columns). Return a tuple
# `(max_abs_smd, worst_covariate, balanced)`: the largest absolute value over all cells as a
# float, the index label of the row holding it (if several cells tie, the row that comes
# first in the table), and the Python bool `max_abs_smd < threshold` (strictly below).

# %% nbgrader={"grade_id": "balance_verdict", "solution": true}
def balance_verdict(smd, threshold=0.1):
    """(Largest absolute SMD, the covariate where it occurs, whether it is below the threshold)."""
    ### BEGIN SOLUTION
    worst_per_row = smd.abs().max(axis=1)
    max_abs = float(worst_per_row.max())
    worst = worst_per_row.index[int(np.argmax(worst_per_row.to_numpy()))]
    return max_abs, worst, bool(max_abs < threshold)
    ### END SOLUTION


# %% nbgrader={"grade_id": "balance_verdict_test", "grade": true, "points": 1}
_table = pd.DataFrame({"sample_vs_population": [0.02, -0.15], "treatment_vs_control": [0.05, 0.01]}, index=["a", "b"])
_verdict = balance_verdict(_table)
assert len(_verdict) == 3, "balance_verdict should return a tuple of three items"
expect_close(_verdict[0], 0.15, what="max_abs_smd on the example")
assert _verdict[1] == "b", "on the example the worst covariate is 'b'"
assert isinstance(_verdict[2], (bool, np.bool_)) and not _verdict[2], (
    "on the example the table is not balanced (0.15 >= 0.1)"
)
### BEGIN HIDDEN TESTS
_gen = np.random.default_rng(12)
for _ in range(30):
    _n = int(_gen.integers(1, 8))
    _vals = _gen.normal(0, 0.08, size=(_n, 2))
    _t = pd.DataFrame(_vals, index=[f"cov_{i}" for i in _gen.permutation(_n)],
                      columns=["sample_vs_population", "treatment_vs_control"])
    _before = _t.copy()
    _m, _w, _b = balance_verdict(_t, threshold=0.1)
    assert _t.equals(_before), "balance_verdict changed the table"
    _flat = np.abs(_vals)
    _ref_max = float(_flat.max())
    _ref_row = _t.index[int(np.nonzero((_flat == _ref_max).any(axis=1))[0][0])]
    expect_close(_m, _ref_max, rel=1e-12, abs_=1e-12, what="max_abs_smd")
    assert _w == _ref_row, "worst_covariate is not the row holding the largest absolute SMD"
    assert isinstance(_b, (bool, np.bool_)) and bool(_b) == (_ref_max < 0.1), (
        "the verdict does not match max_abs_smd < threshold"
    )
_edge = pd.DataFrame({"sample_vs_population": [0.1, 0.0], "treatment_vs_control": [-0.1, 0.05]}, index=["a", "b"])
assert bool(balance_verdict(_edge, threshold=0.1)[2]) is False, "an SMD exactly at the threshold is not below it"
_tie = pd.DataFrame({"sample_vs_population": [0.0, 0.25, -0.25], "treatment_vs_control": [-0.25, 0.0, 0.0]},
                    index=["z", "y", "x"])
assert balance_verdict(_tie)[1] == "z", "when cells tie, worst_covariate should be the row that comes first"
### END HIDDEN TESTS

# %% [markdown]
# The love plot (not graded): every covariate's SMD for three ways of choosing 10,000 users,
# against the population, and the treatment-vs-control SMDs of your split. Your stratified
# sample should sit near zero everywhere; a simple random sample is balanced too at this size
# (randomness works on average), but only the stratified one matches the strata exactly; the
# volunteers, who sign up more often the more they watch, miss by far.

# %%
try:
    if test_users is None:
        raise NotImplementedError
    _gen = np.random.default_rng(2024)
    _simple = population.iloc[np.sort(_gen.choice(len(population), SAMPLE_SIZE, replace=False))].copy()
    _keen = population["weekly_watch_hours"].to_numpy(float)
    _keen_rows = _gen.choice(len(population), SAMPLE_SIZE, replace=False, p=_keen / _keen.sum())
    _volunteers = population.iloc[np.sort(_keen_rows)].copy()
    for _frame in (_simple, _volunteers):
        _frame["group"] = np.where(_gen.random(len(_frame)) < 0.5, "treatment", "control")
    _tables = {
        "stratified (yours)": smd_table(population, test_users, BALANCE_COVARIATES),
        "simple random": smd_table(population, _simple, BALANCE_COVARIATES),
        "volunteers": smd_table(population, _volunteers, BALANCE_COVARIATES),
    }
except NotImplementedError:
    print("Answer exercises 8 to 11 first.")
else:
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True)
    _y = np.arange(len(BALANCE_COVARIATES))
    for _offset, (_name, _t) in zip((-0.2, 0.0, 0.2), _tables.items()):
        _left.scatter(_t["sample_vs_population"], _y + _offset, label=_name, s=28)
    _right.scatter(_tables["stratified (yours)"]["treatment_vs_control"], _y, s=28, color="C0", label="your split")
    for _ax, _title in ((_left, "sample vs population"), (_right, "treatment vs control")):
        for _x in (-SMD_THRESHOLD, SMD_THRESHOLD):
            _ax.axvline(_x, color="grey", linestyle="--", linewidth=1)
        _ax.axvline(0, color="grey", linewidth=1)
        _ax.set_xlabel("standardised mean difference")
        _ax.set_title(_title)
    _right.set_xticks([-0.1, -0.05, 0.0, 0.05, 0.1])
    _left.set_yticks(_y, BALANCE_COVARIATES)
    _left.legend(loc="lower right", fontsize=8)
    plt.tight_layout()
    plt.show()
    for _name, _t in _tables.items():
        _m, _w, _b = balance_verdict(_t, SMD_THRESHOLD)
        print(f"{_name:>20}: max |SMD| = {_m:.3f} ({_w}), balanced: {_b}")

# %% [markdown]
# ## 13. What the test will measure
# *Primary, secondary and guardrail KPIs*
#
# The catalogue below lists what the platform can measure during the test, and in which
# groups. Read the last column carefully: the control group cannot watch the new show, so a
# show-level number (how many started it, how many finished it) exists only in treatment and
# cannot be compared between the groups. Those numbers still matter, to describe the show's
# pull and to compare it with past launches, but the causal question (what does *having* the
# show do to a user?) needs a KPI measured the same way in both groups. Guardrails are the
# harms you watch for, such as cancellations or playback problems, and they too must be
# comparable between the groups.
#
# | KPI | what it measures | measured in |
# |---|---|---|
# | `minutes_watched_per_user` | minutes streamed per user during the test, any title | both groups |
# | `active_days_per_user` | days with at least one stream per user | both groups |
# | `day7_return_rate` | share of users who stream again within 7 days of a session | both groups |
# | `minutes_on_other_titles` | minutes streamed per user on everything except the new show | both groups |
# | `cancellation_rate` | share of users who cancel their plan during the test | both groups |
# | `playback_error_rate` | share of streams that fail or stall | both groups |
# | `support_contacts_per_user` | customer-service contacts per user | both groups |
# | `show_start_rate` | share of users who start episode 1 of the new show | treatment only |
# | `show_completion_rate` | share of starters who finish the season | treatment only |
# | `episodes_per_show_viewer` | episodes watched per user who started the show | treatment only |
# | `show_thumbs_up_rate` | share of show viewers who rate it thumbs up | treatment only |
#
# **Question.** Assign a dict `kpi_plan` with these keys:
#
# - `"objective"`: what the test should tell the content team, in at least 12 words;
# - `"randomisation_unit"`: one of `"user"`, `"session"`, `"region"`;
# - `"primary"`: one KPI name from the catalogue, the one the decision rests on;
# - `"secondary"`: a list of at least 2 KPI names, including at least one show-level KPI;
# - `"guardrails"`: a list of at least 1 KPI name, harms to watch for;
# - `"rationale"`: why this primary, how the show-level numbers will be used, and what could
#   bias the test, in at least 30 words.
#
# No KPI may appear in more than one of `primary`, `secondary` and `guardrails`.

# %% nbgrader={"grade_id": "kpi_plan", "solution": true}
### BEGIN SOLUTION
kpi_plan = {
    "objective": (
        "Estimate how much offering the new series changes viewing and retention for a representative "
        "user, to size its promotion budget and decide how prominently to place it at the global launch."
    ),
    "randomisation_unit": "user",
    "primary": "minutes_watched_per_user",
    "secondary": ["day7_return_rate", "show_start_rate", "show_completion_rate", "minutes_on_other_titles"],
    "guardrails": ["cancellation_rate", "playback_error_rate"],
    "rationale": (
        "Minutes watched per user exists in both groups, so treatment minus control estimates what having "
        "the show adds, net of viewing it takes from other titles. Start and completion rates exist only in "
        "treatment: they describe the show's pull and are compared with past launches, not with control. "
        "Risks: novelty inflates the first days, so run at least two weeks; word of mouth can reach control "
        "users; shared accounts blur the unit; 5,000 users per arm may only detect a lift of a few percent."
    ),
}
### END SOLUTION

# %% nbgrader={"grade_id": "kpi_plan_test", "grade": true, "points": 2}
assert isinstance(kpi_plan, dict), "kpi_plan should be a dict"
_keys = ["objective", "randomisation_unit", "primary", "secondary", "guardrails", "rationale"]
_missing = [k for k in _keys if k not in kpi_plan]
assert not _missing, f"kpi_plan is missing the keys {_missing}"
### BEGIN HIDDEN TESTS
_both = {"minutes_watched_per_user", "active_days_per_user", "day7_return_rate", "minutes_on_other_titles",
         "cancellation_rate", "playback_error_rate", "support_contacts_per_user"}
_show_only = {"show_start_rate", "show_completion_rate", "episodes_per_show_viewer", "show_thumbs_up_rate"}
_harms = {"cancellation_rate", "playback_error_rate", "support_contacts_per_user"}
_catalogue = _both | _show_only


def _words(text):
    return len(text.split()) if isinstance(text, str) else 0


assert _words(kpi_plan["objective"]) >= 12, "kpi_plan['objective'] should be a string of at least 12 words"
assert _words(kpi_plan["rationale"]) >= 30, "kpi_plan['rationale'] should be a string of at least 30 words"
assert kpi_plan["randomisation_unit"] == "user", (
    "kpi_plan['randomisation_unit']: sessions would show the show to a person one day and hide it the next, "
    "and a handful of regions is too few units to randomise"
)
_primary = kpi_plan["primary"]
assert isinstance(_primary, str) and _primary in _catalogue, (
    "kpi_plan['primary'] should be one KPI name from the catalogue"
)
assert _primary not in _show_only, (
    f"{_primary!r} exists only in the treatment group (control users cannot watch the show), so there is no "
    "control value to compare it with: pick a primary KPI measured in both groups"
)
assert _primary not in _harms, f"{_primary!r} is a harm to guard against, not the outcome the show is meant to move"
assert _primary != "minutes_on_other_titles", (
    "'minutes_on_other_titles' shows what the new show takes away from the rest of the catalogue: a diagnostic, "
    "not the outcome the decision rests on"
)
for _key, _least in [("secondary", 2), ("guardrails", 1)]:
    _names = kpi_plan[_key]
    assert isinstance(_names, (list, tuple)) and len(_names) >= _least, (
        f"kpi_plan['{_key}'] should be a list of at least {_least} KPI names"
    )
    _unknown = [n for n in _names if n not in _catalogue]
    assert not _unknown, f"kpi_plan['{_key}'] has names that are not in the catalogue: {_unknown}"
_all = [_primary, *kpi_plan["secondary"], *kpi_plan["guardrails"]]
assert len(_all) == len(set(_all)), "a KPI appears twice: each name belongs to one role only"
assert set(kpi_plan["secondary"]) & _show_only, (
    "the secondary KPIs should include at least one show-level KPI, to describe the show's own pull"
)
_not_comparable = [n for n in kpi_plan["guardrails"] if n in _show_only]
assert not _not_comparable, (
    f"guardrails must be comparable between the groups; {_not_comparable} exist only in treatment"
)
assert set(kpi_plan["guardrails"]) & _harms, (
    "the guardrails should include at least one harm to users or the business (cancellations, playback "
    "errors, support contacts)"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "kpi_plan_rubric", "task": true, "points": 3}
# **Rubric for the design of the pre-launch test (3 points, graded by a person who reads your
# `kpi_plan` and the love plot above).**
#
# - **Metrics (1 point).** The rationale explains why the primary KPI is one measured in both
#   groups, what the show-level KPIs are for (describing the show, comparing with past
#   launches), and why viewing of other titles matters (the show may move minutes rather than
#   add them).
# - **Representativeness (1 point).** Says why the strata were age band x region x plan (or
#   what it would stratify on instead, such as watch frequency or genre taste) and why a
#   sample of volunteers or heavy users would mislead, pointing to the balance check.
# - **Threats and decision (1 point).** Names at least two threats with a remedy (novelty
#   effects and the test's length, word of mouth or social media reaching control users,
#   shared accounts, a 5,000-per-arm test only detecting lifts of a certain size) and says
#   which result would lead to which decision.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week06/causal_cases.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the two rubrics are graded by a person.
# - Say both cases out loud in five minutes each, in the interview's order: objective,
#   metrics (primary, secondary, guardrail), approach, trade-offs. Practise the sentence that
#   explains DiD to a product manager without the word "counterfactual".
# - Vary the simulation and watch the methods react: give `simulate_panel` a `gap_drift` of
#   0.03 and see the pre-trend check fail and the DiD drift away from `TRUE_EFFECT`; draw a
#   sample of 500 users instead of 10,000 and compare the SMDs of a simple random sample
#   with those of your stratified one.
# - Going further: staggered adoption (markets launching in different weeks) and the
#   estimators built for it, synthetic control when only one market is treated, and CUPED,
#   which uses the pre-period of each user to shrink the variance of an A/B test.
