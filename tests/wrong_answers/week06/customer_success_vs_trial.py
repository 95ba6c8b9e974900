"""Plausible wrong answers for week06/customer_success_vs_trial: each must lose points."""

_GOOD_PLAN_TEXT = '''
    "objective": (
        "Turn more leads into paying customers at a profit: pick per segment the option whose "
        "extra gross profit over 12 months beats its cost, within the approved CSM headcount."
    ),
    "approach": [
        "Compare each arm with control within every segment, with 95% intervals.",
        "Convert revenue per lead into incremental gross profit over the 12-month horizon.",
        "Rank the options by ROI and fill the CSM headcount greedily, segment by segment.",
    ],
    "trade_offs": [
        "CSMs are hard to hire and ramp, and their capacity caps how many segments get one.",
        "Trials scale cheaply with lead volume, but trial customers may churn faster in the long term.",
    ],
'''

WRONG_ANSWERS = {
    "conversion_summary": [
        # the Wald interval: too narrow for small counts and [0, 0] when nobody converts
        '''def conversion_summary(leads):
    z = stats.norm.ppf(0.975)
    table = leads.groupby(["segment", "arm"])["converted"].agg(leads="size", conversions="sum").reset_index()
    p = table["conversions"] / table["leads"]
    half = z * np.sqrt(p * (1 - p) / table["leads"])
    table["rate"] = p
    table["ci_low"] = p - half
    table["ci_high"] = p + half
    return table
''',
        # COUNT where SUM is needed: every lead is counted as a conversion
        '''def conversion_summary(leads):
    z = stats.norm.ppf(0.975)
    table = leads.groupby(["segment", "arm"])["converted"].agg(leads="size", conversions="count").reset_index()
    n = table["leads"]
    p = table["conversions"] / n
    centre = (p + z ** 2 / (2 * n)) / (1 + z ** 2 / n)
    half = z * np.sqrt(p * (1 - p) / n + z ** 2 / (4 * n ** 2)) / (1 + z ** 2 / n)
    table["rate"] = p
    table["ci_low"] = centre - half
    table["ci_high"] = centre + half
    return table
''',
    ],
    "lift_table": [
        # the pooled standard error of the z-test, used for an interval around the difference
        '''def lift_table(leads):
    z = stats.norm.ppf(0.975)
    rows = []
    for segment, group in leads.groupby("segment"):
        base = group[group["arm"] == "control"]["converted"]
        for option in sorted(set(group["arm"]) - {"control"}):
            treated = group[group["arm"] == option]["converted"]
            p0, p1, n0, n1 = base.mean(), treated.mean(), len(base), len(treated)
            pooled = (base.sum() + treated.sum()) / (n0 + n1)
            se = math.sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n1))
            rows.append({"segment": segment, "option": option, "control_rate": p0, "option_rate": p1,
                         "lift": p1 - p0, "relative_lift": (p1 - p0) / p0,
                         "ci_low": p1 - p0 - z * se, "ci_high": p1 - p0 + z * se})
    return pd.DataFrame(rows)
''',
        # adds the two standard errors instead of the two variances: intervals too wide
        '''def lift_table(leads):
    z = stats.norm.ppf(0.975)
    rows = []
    for segment, group in leads.groupby("segment"):
        base = group[group["arm"] == "control"]["converted"]
        for option in sorted(set(group["arm"]) - {"control"}):
            treated = group[group["arm"] == option]["converted"]
            p0, p1, n0, n1 = base.mean(), treated.mean(), len(base), len(treated)
            se = math.sqrt(p0 * (1 - p0) / n0) + math.sqrt(p1 * (1 - p1) / n1)
            rows.append({"segment": segment, "option": option, "control_rate": p0, "option_rate": p1,
                         "lift": p1 - p0, "relative_lift": (p1 - p0) / p0,
                         "ci_low": p1 - p0 - z * se, "ci_high": p1 - p0 + z * se})
    return pd.DataFrame(rows)
''',
        # relative lift divided by the option's rate instead of the control's
        '''def lift_table(leads):
    z = stats.norm.ppf(0.975)
    rows = []
    for segment, group in leads.groupby("segment"):
        base = group[group["arm"] == "control"]["converted"]
        for option in sorted(set(group["arm"]) - {"control"}):
            treated = group[group["arm"] == option]["converted"]
            p0, p1, n0, n1 = base.mean(), treated.mean(), len(base), len(treated)
            se = math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1)
            rows.append({"segment": segment, "option": option, "control_rate": p0, "option_rate": p1,
                         "lift": p1 - p0, "relative_lift": (p1 - p0) / p1,
                         "ci_low": p1 - p0 - z * se, "ci_high": p1 - p0 + z * se})
    return pd.DataFrame(rows)
''',
    ],
    "simpson_check": [
        # "adjusts" by pooling again: the segment mix of each arm still drives the answer
        '''def simpson_check(leads):
    overall = leads.groupby("arm")["converted"].mean()
    options = [a for a in overall.index if a != "control"]
    pooled = {o: overall[o] - overall["control"] for o in options}
    rates = leads.groupby(["segment", "arm"])["converted"].mean().unstack()
    winners = {s: max(options, key=lambda o: rates.loc[s, o]) for s in rates.index}
    best = max(pooled, key=pooled.get)
    return {"pooled_lift": pooled, "adjusted_lift": dict(pooled), "pooled_winner": best,
            "adjusted_winner": best, "segment_winners": winners}
''',
        # averages the segment lifts with equal weights instead of the segments' shares
        '''def simpson_check(leads):
    overall = leads.groupby("arm")["converted"].mean()
    options = [a for a in overall.index if a != "control"]
    pooled = {o: overall[o] - overall["control"] for o in options}
    rates = leads.groupby(["segment", "arm"])["converted"].mean().unstack()
    adjusted = {o: (rates[o] - rates["control"]).mean() for o in options}
    winners = {s: max(options, key=lambda o: rates.loc[s, o]) for s in rates.index}
    return {"pooled_lift": pooled, "adjusted_lift": adjusted, "pooled_winner": max(pooled, key=pooled.get),
            "adjusted_winner": max(adjusted, key=adjusted.get), "segment_winners": winners}
''',
    ],
    "incremental_value": [
        # extra conversions times the control's average contract: misses the CSM upsell
        '''def incremental_value(leads, economics):
    rows = []
    for segment, group in leads.groupby("segment"):
        base = group[group["arm"] == "control"]
        deal = base.loc[base["converted"], "revenue"].mean()
        volume = economics["monthly_leads"][segment] * economics["horizon_months"]
        for option in sorted(set(group["arm"]) - {"control"}):
            lift = group.loc[group["arm"] == option, "converted"].mean() - base["converted"].mean()
            rows.append({"segment": segment, "option": option, "leads_in_horizon": volume,
                         "incremental_conversions": lift * volume,
                         "incremental_revenue": lift * volume * deal})
    return pd.DataFrame(rows)
''',
        # projects onto the experiment's own sample instead of the leads in the horizon
        '''def incremental_value(leads, economics):
    rows = []
    for segment, group in leads.groupby("segment"):
        base = group[group["arm"] == "control"]
        for option in sorted(set(group["arm"]) - {"control"}):
            arm = group[group["arm"] == option]
            volume = len(arm)
            rows.append({"segment": segment, "option": option, "leads_in_horizon": volume,
                         "incremental_conversions": (arm["converted"].mean() - base["converted"].mean()) * volume,
                         "incremental_revenue": (arm["revenue"].mean() - base["revenue"].mean()) * volume})
    return pd.DataFrame(rows)
''',
    ],
    "roi_table": [
        # compares revenue, not gross profit, with the cost
        '''def roi_table(incremental, economics):
    rows = []
    for _, row in incremental.iterrows():
        monthly = economics["monthly_leads"][row["segment"]]
        if row["option"] == "csm":
            heads = math.ceil(monthly / economics["csm_capacity_per_month"])
            cost = heads * economics["csm_annual_salary"] * economics["horizon_months"] / 12
        else:
            heads = 0
            cost = (monthly * economics["horizon_months"] * economics["trial_users_per_lead"][row["segment"]]
                    * economics["trial_cost_per_user"])
        gain = row["incremental_revenue"]
        rows.append({"segment": row["segment"], "option": row["option"], "csms_needed": heads, "cost": cost,
                     "incremental_gross_profit": gain, "roi": (gain - cost) / cost})
    return pd.DataFrame(rows)
''',
        # pays for fractions of a CSM
        '''def roi_table(incremental, economics):
    rows = []
    for _, row in incremental.iterrows():
        monthly = economics["monthly_leads"][row["segment"]]
        if row["option"] == "csm":
            heads = monthly / economics["csm_capacity_per_month"]
            cost = heads * economics["csm_annual_salary"] * economics["horizon_months"] / 12
        else:
            heads = 0
            cost = (monthly * economics["horizon_months"] * economics["trial_users_per_lead"][row["segment"]]
                    * economics["trial_cost_per_user"])
        gain = economics["gross_margin"] * row["incremental_revenue"]
        rows.append({"segment": row["segment"], "option": row["option"], "csms_needed": heads, "cost": cost,
                     "incremental_gross_profit": gain, "roi": (gain - cost) / cost})
    return pd.DataFrame(rows)
''',
        # return over cost without netting the cost out: break-even shows as ROI 1
        '''def roi_table(incremental, economics):
    rows = []
    for _, row in incremental.iterrows():
        monthly = economics["monthly_leads"][row["segment"]]
        if row["option"] == "csm":
            heads = math.ceil(monthly / economics["csm_capacity_per_month"])
            cost = heads * economics["csm_annual_salary"] * economics["horizon_months"] / 12
        else:
            heads = 0
            cost = (monthly * economics["horizon_months"] * economics["trial_users_per_lead"][row["segment"]]
                    * economics["trial_cost_per_user"])
        gain = economics["gross_margin"] * row["incremental_revenue"]
        rows.append({"segment": row["segment"], "option": row["option"], "csms_needed": heads, "cost": cost,
                     "incremental_gross_profit": gain, "roi": gain / cost})
    return pd.DataFrame(rows)
''',
    ],
    "choose_options": [
        # each segment takes its best ROI; the headcount is never checked
        '''def choose_options(roi, max_csms):
    choice = {}
    for segment, group in roi.groupby("segment"):
        best = group.sort_values("roi", ascending=False).iloc[0]
        choice[segment] = best["option"] if best["roi"] > 0 else "none"
    return choice
''',
        # stops at the first option that does not fit instead of skipping it
        '''def choose_options(roi, max_csms):
    ranked = roi[roi["roi"] > 0].sort_values(["roi", "segment", "option"], ascending=[False, True, True])
    free, choice = max_csms, {}
    for _, row in ranked.iterrows():
        if row["segment"] in choice:
            continue
        if row["csms_needed"] > free:
            break
        choice[row["segment"]] = row["option"]
        free -= row["csms_needed"]
    return {s: choice.get(s, "none") for s in roi["segment"].unique()}
''',
        # best option per segment first, then drops what does not fit (no fallback to the trial)
        '''def choose_options(roi, max_csms):
    best = (roi[roi["roi"] > 0].sort_values(["roi", "segment", "option"], ascending=[False, True, True])
            .drop_duplicates("segment"))
    free, choice = max_csms, {}
    for _, row in best.iterrows():
        if row["csms_needed"] <= free:
            choice[row["segment"]] = row["option"]
            free -= row["csms_needed"]
    return {s: choice.get(s, "none") for s in roi["segment"].unique()}
''',
        # keeps options that only break even (ROI 0) as candidates
        '''def choose_options(roi, max_csms):
    ranked = roi[roi["roi"] >= 0].sort_values(["roi", "segment", "option"], ascending=[False, True, True])
    free, choice = max_csms, {}
    for _, row in ranked.iterrows():
        if row["segment"] in choice or row["csms_needed"] > free:
            continue
        choice[row["segment"]] = row["option"]
        free -= row["csms_needed"]
    return {s: choice.get(s, "none") for s in roi["segment"].unique()}
''',
    ],
    "break_even_csm_salary": [
        # sets the salary against revenue instead of gross profit
        '''def break_even_csm_salary(incremental, economics):
    out = {}
    for _, row in incremental[incremental["option"] == "csm"].iterrows():
        heads = math.ceil(economics["monthly_leads"][row["segment"]] / economics["csm_capacity_per_month"])
        out[row["segment"]] = row["incremental_revenue"] / (heads * economics["horizon_months"] / 12)
    return out
''',
        # fractional CSMs: the break-even salary comes out too high
        '''def break_even_csm_salary(incremental, economics):
    out = {}
    for _, row in incremental[incremental["option"] == "csm"].iterrows():
        heads = economics["monthly_leads"][row["segment"]] / economics["csm_capacity_per_month"]
        out[row["segment"]] = economics["gross_margin"] * row["incremental_revenue"] / (heads * economics["horizon_months"] / 12)
    return out
''',
        # forgets that the salary is yearly while the horizon need not be 12 months
        '''def break_even_csm_salary(incremental, economics):
    out = {}
    for _, row in incremental[incremental["option"] == "csm"].iterrows():
        heads = math.ceil(economics["monthly_leads"][row["segment"]] / economics["csm_capacity_per_month"])
        out[row["segment"]] = economics["gross_margin"] * row["incremental_revenue"] / heads
    return out
''',
    ],
    "case_plan": [
        # reads the pooled result: the trial "wins", so the trial for everyone
        "case_plan = {" + _GOOD_PLAN_TEXT + '''
    "primary_metric": "lead_to_paid_conversion",
    "secondary_metrics": ["roi", "average_contract_value"],
    "guardrail_metrics": ["churn_90d"],
    "recommendation": {"small": "trial", "mid": "trial", "enterprise": "trial"},
    "expected_net_gain": 16_000,
}
''',
        # an activity metric as the primary and a guardrail that guards nothing
        "case_plan = {" + _GOOD_PLAN_TEXT + '''
    "primary_metric": "trial_signups",
    "secondary_metrics": ["lead_to_paid_conversion", "roi"],
    "guardrail_metrics": ["pricing_page_views"],
    "recommendation": {"small": "trial", "mid": "trial", "enterprise": "csm"},
    "expected_net_gain": 4_593_000,
}
''',
        # the best option per segment, as if CSMs were unlimited
        "case_plan = {" + _GOOD_PLAN_TEXT + '''
    "primary_metric": "incremental_gross_profit",
    "secondary_metrics": ["lead_to_paid_conversion", "roi"],
    "guardrail_metrics": ["churn_90d", "csm_accounts_per_head"],
    "recommendation": {"small": "trial", "mid": "csm", "enterprise": "csm"},
    "expected_net_gain": 5_650_000,
}
''',
        # a story without the frame: no conversion metric, one vague trade-off
        '''case_plan = {
    "objective": "Figure out whether CSMs or a free trial is better for the business overall.",
    "primary_metric": "roi",
    "secondary_metrics": ["average_contract_value"],
    "guardrail_metrics": ["churn_90d"],
    "approach": ["Look at the experiment results", "Compute ROI for each option", "Pick the best one overall"],
    "trade_offs": ["CSMs are expensive."],
    "recommendation": {"small": "trial", "mid": "trial", "enterprise": "csm"},
    "expected_net_gain": 4_593_000,
}
''',
    ],
}
