"""Plausible wrong answers for week06/causal_cases: each must lose points."""

_CASE_PLAN_TEXT = '''
    "objective": (
        "Find out whether connecting the music service to the voice speakers increased paid subscriptions "
        "in the markets that got it, so we can decide on the wider rollout."
    ),
    "approach": (
        "Take the integrated markets, compare their weekly subscription rate before and after the launch, "
        "and check the difference with a t-test on the weekly values; then break it down by market size "
        "and device type to see where it worked best."
    ),
    "trade_offs": (
        "The comparison is quick and easy to explain, but other things happened over the same weeks, so "
        "the estimate is rough; a proper experiment would take longer to set up."
    ),
'''

WRONG_ANSWERS = {
    "case_plan": [
        # a before/after study of an engagement metric: answers a different question without a comparison group
        "case_plan = {" + _CASE_PLAN_TEXT + '''
    "assignment_unit": "user",
    "method": "before_after",
    "primary_metric": "voice_music_requests_per_device",
    "secondary_metrics": ["listening_hours_per_subscriber", "new_subscriptions_per_1k_owners"],
    "guardrail_metrics": ["subscriber_churn_rate"],
    "launch_week": 17,
    "n_treated_markets": 15,
    "n_control_markets": 25,
    "threats": {
        "spillovers": "Users in other markets might hear about the feature from friends and try it anyway somehow.",
        "anticipation": "People could wait for the launch before subscribing, which would move subscriptions later.",
        "composition": "New speaker owners might join after the launch and behave differently from the old ones.",
    },
}
''',
        # right method and metrics, but the launch week is read as the last week without the integration,
        # and the composition threat is replaced by a vague "seasonality" entry
        "case_plan = {" + _CASE_PLAN_TEXT + '''
    "assignment_unit": "market",
    "method": "difference_in_differences",
    "primary_metric": "new_subscriptions_per_1k_owners",
    "secondary_metrics": ["trial_to_paid_rate", "listening_hours_per_subscriber"],
    "guardrail_metrics": ["subscriber_churn_rate"],
    "launch_week": int(panel.loc[panel["integrated"] == 1, "week"].min()) - 1,
    "n_treated_markets": int(panel.loc[panel["integrated"] == 1, "market"].nunique()),
    "n_control_markets": int(panel["market"].nunique() - panel.loc[panel["integrated"] == 1, "market"].nunique()),
    "threats": {
        "spillovers": "Control markets could see national adverts for the feature and subscribe more, shrinking the gap.",
        "anticipation": "An early announcement could make owners wait for the launch, so the weeks before it dip.",
        "seasonality": "The holidays fall in the post period and subscriptions always rise then, in every market.",
    },
}
''',
    ],
    "naive_before_after": [
        # "naive" read as treated minus control after the launch: the cross-section, biased by the head start
        '''def naive_before_after(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))
    post = panel[panel["week"] >= launch]
    return float(post.loc[treated[post.index], "subs_per_1k"].mean() - post.loc[~treated[post.index], "subs_per_1k"].mean())


def control_before_after(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    rows = panel[~panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))]
    post = rows["week"] >= launch
    return float(rows.loc[post, "subs_per_1k"].mean() - rows.loc[~post, "subs_per_1k"].mean())
''',
        # off by one: the launch week itself is counted in the pre period
        '''def naive_before_after(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    rows = panel[panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))]
    post = rows["week"] > launch
    return float(rows.loc[post, "subs_per_1k"].mean() - rows.loc[~post, "subs_per_1k"].mean())


def control_before_after(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    rows = panel[~panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))]
    post = rows["week"] > launch
    return float(rows.loc[post, "subs_per_1k"].mean() - rows.loc[~post, "subs_per_1k"].mean())
''',
    ],
    "did_2x2": [
        # the naive before/after change of the treated markets reported as the effect
        '''def did_2x2(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))
    post = panel["week"] >= launch
    y = panel["subs_per_1k"]
    means = pd.DataFrame(
        {"pre": [y[~treated & ~post].mean(), y[treated & ~post].mean()],
         "post": [y[~treated & post].mean(), y[treated & post].mean()]},
        index=["control", "treated"],
    )
    return means, float(means.loc["treated", "post"] - means.loc["treated", "pre"])
''',
        # the groups swapped: control change minus treated change
        '''def did_2x2(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"]))
    post = panel["week"] >= launch
    y = panel["subs_per_1k"]
    means = pd.DataFrame(
        {"pre": [y[~treated & ~post].mean(), y[treated & ~post].mean()],
         "post": [y[~treated & post].mean(), y[treated & post].mean()]},
        index=["control", "treated"],
    )
    estimate = (means.loc["control", "post"] - means.loc["control", "pre"]) - (
        means.loc["treated", "post"] - means.loc["treated", "pre"])
    return means, float(estimate)
''',
    ],
    "did_regression": [
        # week effects only: without market effects the head start of the treated markets leaks into beta
        '''def did_regression(panel):
    weeks = pd.get_dummies(panel["week"], dtype=float).to_numpy()[:, 1:]
    design = np.column_stack([panel["integrated"].to_numpy(dtype=float), np.ones(len(panel)), weeks])
    return float(np.linalg.lstsq(design, panel["subs_per_1k"].to_numpy(dtype=float), rcond=None)[0][0])
''',
        # pooled regression on the treatment indicator alone: no fixed effects at all
        '''def did_regression(panel):
    design = np.column_stack([np.ones(len(panel)), panel["integrated"].to_numpy(dtype=float)])
    return float(np.linalg.lstsq(design, panel["subs_per_1k"].to_numpy(dtype=float), rcond=None)[0][1])
''',
    ],
    "pretrend_check": [
        # the trend is fitted on the post-launch weeks
        '''def pretrend_check(panel, tolerance=0.015):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = set(panel.loc[panel["integrated"] == 1, "market"])
    rows = panel[panel["week"] >= launch]
    weekly = rows.groupby([rows["week"], rows["market"].isin(treated)])["subs_per_1k"].mean().unstack()
    gap = weekly[True] - weekly[False]
    slope = float(np.polyfit(gap.index.to_numpy(dtype=float), gap.to_numpy(dtype=float), 1)[0])
    return slope, bool(abs(slope) <= tolerance)
''',
        # the trend is fitted on every week, so the jump at the launch reads as a trend
        '''def pretrend_check(panel, tolerance=0.015):
    treated = set(panel.loc[panel["integrated"] == 1, "market"])
    weekly = panel.groupby([panel["week"], panel["market"].isin(treated)])["subs_per_1k"].mean().unstack()
    gap = weekly[True] - weekly[False]
    slope = float(np.polyfit(gap.index.to_numpy(dtype=float), gap.to_numpy(dtype=float), 1)[0])
    return slope, bool(abs(slope) <= tolerance)
''',
    ],
    "event_study": [
        # normalised to the first week of the panel instead of the last week before the launch
        '''def event_study(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = set(panel.loc[panel["integrated"] == 1, "market"])
    weekly = panel.groupby([panel["week"], panel["market"].isin(treated)])["subs_per_1k"].mean().unstack()
    gap = (weekly[True] - weekly[False]).sort_index()
    effects = gap - gap.iloc[0]
    effects.index = (effects.index - launch).astype(int)
    return effects
''',
        # the treated markets alone, against their own week -1: the shared trend comes back
        '''def event_study(panel):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = set(panel.loc[panel["integrated"] == 1, "market"])
    weekly = panel[panel["market"].isin(treated)].groupby("week")["subs_per_1k"].mean().sort_index()
    effects = weekly - weekly.loc[launch - 1]
    effects.index = (effects.index - launch).astype(int)
    return effects
''',
    ],
    "block_bootstrap_se": [
        # resamples rows (market-weeks) as if they were independent, then recomputes the 2x2 DiD
        '''def block_bootstrap_se(panel, n_boot=1000, seed=0):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated = panel["market"].isin(set(panel.loc[panel["integrated"] == 1, "market"])).to_numpy()
    post = (panel["week"] >= launch).to_numpy()
    y = panel["subs_per_1k"].to_numpy(dtype=float)
    rng = np.random.default_rng(seed)
    estimates = []
    for _ in range(n_boot):
        i = rng.integers(0, len(y), size=len(y))
        t, p, v = treated[i], post[i], y[i]
        estimates.append((v[t & p].mean() - v[t & ~p].mean()) - (v[~t & p].mean() - v[~t & ~p].mean()))
    return float(np.std(estimates, ddof=1))
''',
        # resamples markets, but from one pooled list: the number of treated markets varies by replicate
        '''def block_bootstrap_se(panel, n_boot=1000, seed=0):
    launch = panel.loc[panel["integrated"] == 1, "week"].min()
    treated_markets = set(panel.loc[panel["integrated"] == 1, "market"])
    post = panel["week"] >= launch
    change = (panel[post].groupby("market")["subs_per_1k"].mean()
              - panel[~post].groupby("market")["subs_per_1k"].mean())
    markets = sorted(change.index)
    is_treated = np.array([m in treated_markets for m in markets])
    values = change.loc[markets].to_numpy()
    rng = np.random.default_rng(seed)
    estimates = []
    for _ in range(n_boot):
        i = rng.choice(len(markets), size=len(markets), replace=True)
        t = is_treated[i]
        if t.all() or not t.any():
            continue
        estimates.append(values[i][t].mean() - values[i][~t].mean())
    return float(np.std(estimates, ddof=1))
''',
    ],
    "allocate_sample": [
        # rounds every quota down: the sample comes out a few dozen users short
        '''def allocate_sample(stratum_sizes, total):
    if total > stratum_sizes.sum():
        raise ValueError("sample larger than the population")
    return (total * stratum_sizes // stratum_sizes.sum()).astype("int64")
''',
        # rounds every quota to the nearest integer: the total can miss in either direction
        '''def allocate_sample(stratum_sizes, total):
    if total > stratum_sizes.sum():
        raise ValueError("sample larger than the population")
    return np.round(total * stratum_sizes / stratum_sizes.sum()).astype("int64")
''',
    ],
    "stratified_sample": [
        # a simple random sample of the whole population: the right size, but not stratified
        '''def stratified_sample(population, allocation, seed):
    picked = population.sample(n=int(allocation.sum()), random_state=seed)
    return picked.sort_values("user_id").reset_index(drop=True)
''',
        # one sampling fraction for every stratum: pandas rounds each stratum, so the total drifts
        '''def stratified_sample(population, allocation, seed):
    fraction = allocation.sum() / len(population)
    picked = population.groupby("stratum").sample(frac=fraction, random_state=seed)
    return picked.sort_values("user_id").reset_index(drop=True)
''',
    ],
    "assign_within_strata": [
        # one shuffle of the whole sample: random, but not within strata
        '''def assign_within_strata(sample, seed):
    rng = np.random.default_rng(seed)
    order = rng.permutation(np.sort(sample["user_id"].to_numpy()))
    treated = set(order[: len(order) // 2].tolist())
    assigned = sample.copy()
    assigned["group"] = np.where(assigned["user_id"].isin(treated), "treatment", "control")
    return assigned
''',
        # within strata as asked, but the column is written into the caller's DataFrame
        '''def assign_within_strata(sample, seed):
    rng = np.random.default_rng(seed)
    treated = []
    for label in sorted(sample["stratum"].unique()):
        ids = np.sort(sample.loc[sample["stratum"] == label, "user_id"].to_numpy())
        treated.extend(rng.permutation(ids)[: len(ids) // 2].tolist())
    sample["group"] = np.where(sample["user_id"].isin(treated), "treatment", "control")
    return sample
''',
    ],
    "smd_table": [
        # differences in means, never standardised
        '''def smd_table(population, sample, covariates):
    t = sample[sample["group"] == "treatment"]
    c = sample[sample["group"] == "control"]
    return pd.DataFrame(
        {"sample_vs_population": [sample[x].mean() - population[x].mean() for x in covariates],
         "treatment_vs_control": [t[x].mean() - c[x].mean() for x in covariates]},
        index=list(covariates),
    )
''',
        # the sample's own sd for representativeness, the control group's sd for the split (Glass's delta)
        '''def smd_table(population, sample, covariates):
    t = sample[sample["group"] == "treatment"]
    c = sample[sample["group"] == "control"]
    return pd.DataFrame(
        {"sample_vs_population": [(sample[x].mean() - population[x].mean()) / sample[x].std() for x in covariates],
         "treatment_vs_control": [(t[x].mean() - c[x].mean()) / c[x].std() for x in covariates]},
        index=list(covariates),
    )
''',
    ],
    "balance_verdict": [
        # max without abs: a large negative SMD goes unnoticed
        '''def balance_verdict(smd, threshold=0.1):
    worst_per_row = smd.max(axis=1)
    worst = worst_per_row.idxmax()
    return float(worst_per_row.max()), worst, bool(worst_per_row.max() < threshold)
''',
        # only the representativeness column is looked at; the treatment-vs-control balance is ignored
        '''def balance_verdict(smd, threshold=0.1):
    column = smd["sample_vs_population"].abs()
    return float(column.max()), column.idxmax(), bool(column.max() < threshold)
''',
    ],
    "kpi_plan": [
        # a show-level KPI as the primary: it does not exist in the control group
        '''kpi_plan = {
    "objective": "Measure how much users like the new series before it launches worldwide, to plan its promotion.",
    "randomisation_unit": "user",
    "primary": "show_completion_rate",
    "secondary": ["show_start_rate", "minutes_watched_per_user"],
    "guardrails": ["cancellation_rate"],
    "rationale": (
        "Completion is the cleanest signal that people enjoy a show: if most starters finish the season, the "
        "show works. Start rate tells us whether the artwork draws people in, and minutes watched shows "
        "overall engagement; cancellations are watched in case something goes badly wrong."
    ),
}
''',
        # no guardrails: nothing would flag a show that pulls viewing away or drives cancellations
        '''kpi_plan = {
    "objective": "Estimate how much offering the new series changes viewing per user, to size the promotion budget.",
    "randomisation_unit": "user",
    "primary": "minutes_watched_per_user",
    "secondary": ["show_start_rate", "show_completion_rate", "day7_return_rate"],
    "guardrails": [],
    "rationale": (
        "Minutes watched per user exists in both groups, so the difference between treatment and control "
        "is the effect of having the show. Start and completion rates describe the show itself and are "
        "compared with earlier launches. A two-week test avoids reading only the novelty spike."
    ),
}
''',
    ],
}
