"""Plausible wrong answers for week05/ab_testing: each must lose points."""

WRONG_ANSWERS = {
    "experiment_days": [
        # reads the relative MDE as an absolute one: 10% + 20 points instead of 10% * 1.2
        '''def experiment_days(baseline, relative_mde, daily_users, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    p1, p2 = baseline, baseline + relative_mde
    p_bar = (p1 + p2) / 2
    z_a, z_b = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    spread = z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n = math.ceil((spread / (p2 - p1)) ** 2)
    days = math.ceil(n * n_arms / (daily_users * traffic_share))
    return {"n_per_arm": n, "days": days, "weeks": math.ceil(days / 7)}
''',
        # forgets that the daily traffic is split over the arms
        '''def experiment_days(baseline, relative_mde, daily_users, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    p1, p2 = baseline, baseline * (1 + relative_mde)
    p_bar = (p1 + p2) / 2
    z_a, z_b = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    spread = z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n = math.ceil((spread / (p2 - p1)) ** 2)
    days = math.ceil(n / (daily_users * traffic_share))
    return {"n_per_arm": n, "days": days, "weeks": math.ceil(days / 7)}
''',
        # rounds the weeks down: an 8-day test becomes "1 week"
        '''def experiment_days(baseline, relative_mde, daily_users, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    p1, p2 = baseline, baseline * (1 + relative_mde)
    p_bar = (p1 + p2) / 2
    z_a, z_b = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    spread = z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    n = math.ceil((spread / (p2 - p1)) ** 2)
    days = math.ceil(n * n_arms / (daily_users * traffic_share))
    return {"n_per_arm": n, "days": days, "weeks": days // 7}
''',
    ],
    "detectable_lift": [
        # the whiteboard shortcut: the baseline variance for both arms, no numerical solve
        '''def detectable_lift(baseline, daily_users, days, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    n = daily_users * traffic_share * days / n_arms
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return float(z * math.sqrt(2 * baseline * (1 - baseline) / n) / baseline)
''',
        # solves the right equation but returns the absolute difference p2 - p1
        '''def detectable_lift(baseline, daily_users, days, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    from scipy import optimize
    n = daily_users * traffic_share * days / n_arms
    z_a = stats.norm.ppf(1 - alpha / 2)

    def gap(delta):
        p1, p2 = baseline, baseline + delta
        p_bar = (p1 + p2) / 2
        se0 = math.sqrt(2 * p_bar * (1 - p_bar) / n)
        se1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
        return stats.norm.cdf((delta - z_a * se0) / se1) - power

    return float(optimize.brentq(gap, 1e-12, 1 - baseline - 1e-12, xtol=1e-14))
''',
        # one-sided critical value (1.645 at 5%) in an otherwise exact solve
        '''def detectable_lift(baseline, daily_users, days, alpha=0.05, power=0.8, traffic_share=1.0, n_arms=2):
    from scipy import optimize
    n = daily_users * traffic_share * days / n_arms
    z_a = stats.norm.ppf(1 - alpha)

    def gap(lift):
        p1, p2 = baseline, baseline * (1 + lift)
        p_bar = (p1 + p2) / 2
        se0 = math.sqrt(2 * p_bar * (1 - p_bar) / n)
        se1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
        return stats.norm.cdf((p2 - p1 - z_a * se0) / se1) - power

    return float(optimize.brentq(gap, 1e-12, (1 - 1e-12) / baseline - 1, xtol=1e-14))
''',
    ],
    "mean_diff_ci": [
        # normal quantile instead of Welch's t: too narrow for small groups
        '''def mean_diff_ci(control, treatment, confidence=0.95):
    c, t = np.asarray(control, dtype=float), np.asarray(treatment, dtype=float)
    se = math.sqrt(c.var(ddof=1) / c.size + t.var(ddof=1) / t.size)
    diff = t.mean() - c.mean()
    z = stats.norm.ppf(0.5 + confidence / 2)
    return {"diff": diff, "ci_low": diff - z * se, "ci_high": diff + z * se,
            "p_value": 2 * stats.norm.sf(abs(diff) / se)}
''',
        # Student's pooled-variance interval: assumes equal variances in the two arms
        '''def mean_diff_ci(control, treatment, confidence=0.95):
    c, t = np.asarray(control, dtype=float), np.asarray(treatment, dtype=float)
    df = c.size + t.size - 2
    pooled = ((c.size - 1) * c.var(ddof=1) + (t.size - 1) * t.var(ddof=1)) / df
    se = math.sqrt(pooled * (1 / c.size + 1 / t.size))
    diff = t.mean() - c.mean()
    q = stats.t.ppf(0.5 + confidence / 2, df)
    return {"diff": diff, "ci_low": diff - q * se, "ci_high": diff + q * se,
            "p_value": 2 * stats.t.sf(abs(diff) / se, df)}
''',
        # one-sided p-value (right interval, but the test only looks for an improvement)
        '''def mean_diff_ci(control, treatment, confidence=0.95):
    c, t = np.asarray(control, dtype=float), np.asarray(treatment, dtype=float)
    vc, vt = c.var(ddof=1) / c.size, t.var(ddof=1) / t.size
    se = math.sqrt(vc + vt)
    df = (vc + vt) ** 2 / (vc ** 2 / (c.size - 1) + vt ** 2 / (t.size - 1))
    diff = t.mean() - c.mean()
    q = stats.t.ppf(0.5 + confidence / 2, df)
    return {"diff": diff, "ci_low": diff - q * se, "ci_high": diff + q * se,
            "p_value": stats.t.sf(diff / se, df)}
''',
    ],
    "conversion_diff_ci": [
        # one-sided p-value instead of two-sided
        '''def conversion_diff_ci(control_conversions, control_users, treatment_conversions, treatment_users, confidence=0.95):
    pc, pt = control_conversions / control_users, treatment_conversions / treatment_users
    se = math.sqrt(pc * (1 - pc) / control_users + pt * (1 - pt) / treatment_users)
    z = stats.norm.ppf(0.5 + confidence / 2)
    pooled = (control_conversions + treatment_conversions) / (control_users + treatment_users)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / control_users + 1 / treatment_users))
    return {"diff": pt - pc, "ci_low": pt - pc - z * se, "ci_high": pt - pc + z * se,
            "p_value": stats.norm.sf((pt - pc) / se0)}
''',
        # pooled standard error for the interval as well
        '''def conversion_diff_ci(control_conversions, control_users, treatment_conversions, treatment_users, confidence=0.95):
    pc, pt = control_conversions / control_users, treatment_conversions / treatment_users
    pooled = (control_conversions + treatment_conversions) / (control_users + treatment_users)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / control_users + 1 / treatment_users))
    z = stats.norm.ppf(0.5 + confidence / 2)
    return {"diff": pt - pc, "ci_low": pt - pc - z * se0, "ci_high": pt - pc + z * se0,
            "p_value": 2 * stats.norm.sf(abs(pt - pc) / se0)}
''',
    ],
    "order_share_test": [
        # a two-proportion test over orders, as if the orders of one user were independent
        '''def order_share_test(orders):
    counts = orders.groupby("group")["recommended"].agg(["sum", "count"])
    shares = counts["sum"] / counts["count"]
    diff = shares["treatment"] - shares["control"]
    se = math.sqrt((shares * (1 - shares) / counts["count"]).sum())
    return {"method": "delta", "control": shares["control"], "treatment": shares["treatment"],
            "diff": diff, "se": se, "p_value": 2 * stats.norm.sf(abs(diff) / se)}
''',
        # aggregates per user for the standard error but reports the order-level shares: the two methods mixed
        '''def order_share_test(orders):
    per_user = orders.groupby(["group", "user_id"])["recommended"].agg(["sum", "count"]).reset_index()
    per_user["share"] = per_user["sum"] / per_user["count"]
    out, variance = {"method": "user_mean"}, 0.0
    for arm in ("control", "treatment"):
        rows = per_user[per_user["group"] == arm]
        out[arm] = rows["sum"].sum() / rows["count"].sum()
        variance += rows["share"].var() / len(rows)
    out["diff"] = out["treatment"] - out["control"]
    out["se"] = math.sqrt(variance)
    out["p_value"] = 2 * stats.norm.sf(abs(out["diff"]) / out["se"])
    return out
''',
    ],
    "srm_test": [
        # always tests against an even split, whatever the plan
        '''def srm_test(counts, planned_shares, threshold=0.001):
    result = stats.chisquare(counts)
    return {"chi2": float(result.statistic), "p_value": float(result.pvalue), "mismatch": result.pvalue < threshold}
''',
        # one degree of freedom per arm instead of k - 1
        '''def srm_test(counts, planned_shares, threshold=0.001):
    observed = np.asarray(counts, dtype=float)
    expected = observed.sum() * np.asarray(planned_shares, dtype=float) / sum(planned_shares)
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    p = float(stats.chi2.sf(chi2, len(observed)))
    return {"chi2": chi2, "p_value": p, "mismatch": p < threshold}
''',
        # divides by the observed counts instead of the expected ones
        '''def srm_test(counts, planned_shares, threshold=0.001):
    observed = np.asarray(counts, dtype=float)
    expected = observed.sum() * np.asarray(planned_shares, dtype=float) / sum(planned_shares)
    chi2 = float(((observed - expected) ** 2 / observed).sum())
    p = float(stats.chi2.sf(chi2, len(observed) - 1))
    return {"chi2": chi2, "p_value": p, "mismatch": p < threshold}
''',
    ],
    "readout_decision": [
        # forgets the sample-ratio check and goes straight to the interval
        '''def readout_decision(control_users, control_conversions, treatment_users, treatment_conversions,
                     planned_treatment_share=0.5):
    pc, pt = control_conversions / control_users, treatment_conversions / treatment_users
    half = 1.959964 * math.sqrt(pc * (1 - pc) / control_users + pt * (1 - pt) / treatment_users)
    if pt - pc - half > 0:
        return "ship"
    if pt - pc + half < 0:
        return "do not ship"
    return "inconclusive"
''',
        # checks the split against 50/50 even when the plan was unequal
        '''def readout_decision(control_users, control_conversions, treatment_users, treatment_conversions,
                     planned_treatment_share=0.5):
    if stats.chisquare([control_users, treatment_users]).pvalue < 0.001:
        return "invalid"
    pc, pt = control_conversions / control_users, treatment_conversions / treatment_users
    half = 1.959964 * math.sqrt(pc * (1 - pc) / control_users + pt * (1 - pt) / treatment_users)
    if pt - pc - half > 0:
        return "ship"
    if pt - pc + half < 0:
        return "do not ship"
    return "inconclusive"
''',
    ],
    "bonferroni_significant": [
        # no correction at all: every metric is tested at alpha
        '''def bonferroni_significant(p_values, alpha=0.05):
    return sorted(name for name, p in p_values.items() if p <= alpha)
''',
        # divides alpha by the number of metrics that looked interesting, not by all metrics tested
        '''def bonferroni_significant(p_values, alpha=0.05):
    interesting = [name for name, p in p_values.items() if p <= alpha]
    return sorted(name for name in interesting if p_values[name] <= alpha / len(interesting))
''',
    ],
    "benjamini_hochberg_significant": [
        # step-down: stops at the first p-value above its line
        '''def benjamini_hochberg_significant(p_values, alpha=0.05):
    ranked = sorted(p_values.items(), key=lambda item: item[1])
    keep = []
    for rank, (name, p) in enumerate(ranked, start=1):
        if p > rank * alpha / len(ranked):
            break
        keep.append(name)
    return sorted(keep)
''',
        # compares each p-value with its own line only, without the step-up
        '''def benjamini_hochberg_significant(p_values, alpha=0.05):
    ranked = sorted(p_values.items(), key=lambda item: item[1])
    return sorted(name for rank, (name, p) in enumerate(ranked, start=1) if p <= rank * alpha / len(ranked))
''',
        # no correction for the many metrics
        '''def benjamini_hochberg_significant(p_values, alpha=0.05):
    return sorted(name for name, p in p_values.items() if p <= alpha)
''',
    ],
    "daily_effects": [
        # averages the two platforms' rates instead of dividing the summed counts
        '''def daily_effects(daily, confidence=0.95):
    rates = (daily.assign(rate=daily["add_to_cart"] / daily["users"])
             .groupby(["day", "group"])["rate"].mean().unstack("group"))
    users = daily.groupby(["day", "group"])["users"].sum().unstack("group")
    effect = rates["treatment"] - rates["control"]
    se = np.sqrt(rates["treatment"] * (1 - rates["treatment"]) / users["treatment"]
                 + rates["control"] * (1 - rates["control"]) / users["control"])
    z = stats.norm.ppf(0.5 + confidence / 2)
    return pd.DataFrame({"control_rate": rates["control"], "treatment_rate": rates["treatment"],
                         "effect": effect, "ci_low": effect - z * se, "ci_high": effect + z * se}).sort_index()
''',
        # a 95% interval whatever the confidence asked for
        '''def daily_effects(daily, confidence=0.95):
    totals = daily.groupby(["day", "group"])[["users", "add_to_cart"]].sum().unstack("group")
    rates = totals["add_to_cart"] / totals["users"]
    effect = rates["treatment"] - rates["control"]
    se = np.sqrt(rates["treatment"] * (1 - rates["treatment"]) / totals["users"]["treatment"]
                 + rates["control"] * (1 - rates["control"]) / totals["users"]["control"])
    return pd.DataFrame({"control_rate": rates["control"], "treatment_rate": rates["treatment"],
                         "effect": effect, "ci_low": effect - 1.96 * se, "ci_high": effect + 1.96 * se}).sort_index()
''',
    ],
    "novelty_summary": [
        # the first day inside the band, even if a later day leaves it again
        '''def novelty_summary(effects, tolerance=0.004, tail_days=14):
    values = effects["effect"].to_numpy(dtype=float)
    steady = values[-tail_days:].mean()
    inside = np.flatnonzero(np.abs(values - steady) <= tolerance)
    if inside.size == 0:
        return {"all_days_effect": values.mean(), "steady_effect": steady, "stable_from_day": None,
                "post_novelty_effect": None}
    first = int(inside[0])
    return {"all_days_effect": values.mean(), "steady_effect": steady,
            "stable_from_day": int(effects.index[first]), "post_novelty_effect": values[first:].mean()}
''',
        # reports the steady level itself as the effect after the novelty period, and a position, not the day
        '''def novelty_summary(effects, tolerance=0.004, tail_days=14):
    values = effects["effect"].to_numpy(dtype=float)
    steady = values[-tail_days:].mean()
    first = None
    for i in range(len(values) - 1, -1, -1):
        if abs(values[i] - steady) > tolerance:
            break
        first = i
    return {"all_days_effect": values.mean(), "steady_effect": steady, "stable_from_day": first,
            "post_novelty_effect": None if first is None else steady}
''',
    ],
    "cuped_estimate": [
        # centres the pre-period covariate on each arm's own mean: the estimate is not adjusted at all
        '''def cuped_estimate(users):
    adjusted, theta = users["revenue"].astype(float).copy(), None
    x, y = users["pre_revenue"], users["revenue"]
    theta = float(np.cov(x, y)[0, 1] / x.var())
    for arm in ("control", "treatment"):
        rows = users["group"] == arm
        adjusted[rows] = y[rows] - theta * (x[rows] - x[rows].mean())
    t = users["group"] == "treatment"
    v = lambda s: s[t].var() / t.sum() + s[~t].var() / (~t).sum()
    return {"theta": theta, "raw_effect": y[t].mean() - y[~t].mean(),
            "cuped_effect": adjusted[t].mean() - adjusted[~t].mean(), "variance_reduction": 1 - v(adjusted) / v(y)}
''',
        # theta with the roles swapped: cov(X, Y) / var(Y)
        '''def cuped_estimate(users):
    x, y = users["pre_revenue"].to_numpy(dtype=float), users["revenue"].to_numpy(dtype=float)
    t = (users["group"] == "treatment").to_numpy()
    theta = np.cov(x, y)[0, 1] / y.var(ddof=1)
    adjusted = y - theta * (x - x.mean())
    v = lambda s: s[t].var(ddof=1) / t.sum() + s[~t].var(ddof=1) / (~t).sum()
    return {"theta": theta, "raw_effect": y[t].mean() - y[~t].mean(),
            "cuped_effect": adjusted[t].mean() - adjusted[~t].mean(), "variance_reduction": 1 - v(adjusted) / v(y)}
''',
        # the correlation coefficient used as theta, with theta fitted on the treatment arm's outcome alone
        '''def cuped_estimate(users):
    x, y = users["pre_revenue"].to_numpy(dtype=float), users["revenue"].to_numpy(dtype=float)
    t = (users["group"] == "treatment").to_numpy()
    theta = np.corrcoef(x[t], y[t])[0, 1]
    adjusted = y - theta * (x - x.mean())
    v = lambda s: s[t].var(ddof=1) / t.sum() + s[~t].var(ddof=1) / (~t).sum()
    return {"theta": theta, "raw_effect": y[t].mean() - y[~t].mean(),
            "cuped_effect": adjusted[t].mean() - adjusted[~t].mean(), "variance_reduction": 1 - v(adjusted) / v(y)}
''',
    ],
    "peeking_false_positive_rate": [
        # peeking without correction: the bonferroni flag is accepted but ignored
        '''def peeking_false_positive_rate(n_looks, users_per_look, n_sims=2000, alpha=0.05, bonferroni=False, seed=0):
    rng = np.random.default_rng(seed)
    sums = rng.normal(0.0, math.sqrt(users_per_look), size=(n_sims, n_looks, 2)).cumsum(axis=1)
    n = users_per_look * np.arange(1, n_looks + 1)
    z = (sums[:, :, 1] - sums[:, :, 0]) / n / np.sqrt(2 / n)
    return float((np.abs(z) > stats.norm.ppf(1 - alpha / 2)).any(axis=1).mean())
''',
        # only the final look counts: this is the rate of a test without peeking
        '''def peeking_false_positive_rate(n_looks, users_per_look, n_sims=2000, alpha=0.05, bonferroni=False, seed=0):
    rng = np.random.default_rng(seed)
    n = n_looks * users_per_look
    level = alpha / n_looks if bonferroni else alpha
    diff = rng.normal(0.0, math.sqrt(n), n_sims) - rng.normal(0.0, math.sqrt(n), n_sims)
    z = diff / n / math.sqrt(2 / n)
    return float((np.abs(z) > stats.norm.ppf(1 - level / 2)).mean())
''',
        # one-sided: only "treatment wins" counts as a false positive
        '''def peeking_false_positive_rate(n_looks, users_per_look, n_sims=2000, alpha=0.05, bonferroni=False, seed=0):
    rng = np.random.default_rng(seed)
    level = alpha / n_looks if bonferroni else alpha
    sums = rng.normal(0.0, math.sqrt(users_per_look), size=(n_sims, n_looks, 2)).cumsum(axis=1)
    n = users_per_look * np.arange(1, n_looks + 1)
    z = (sums[:, :, 1] - sums[:, :, 0]) / n / np.sqrt(2 / n)
    return float((z > stats.norm.ppf(1 - level / 2)).any(axis=1).mean())
''',
    ],
}
