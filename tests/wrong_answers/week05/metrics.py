"""Plausible wrong answers for week05/metrics: each must lose points."""

WRONG_ANSWERS = {
    "north_star": [
        # picks the financial output the North Star is supposed to drive
        '''north_star = {
    "metric": "monthly_revenue",
    "why": "Revenue is what the business is ultimately judged on, so every team should steer by it each month.",
}
''',
        # picks a vanity count that only ever grows
        '''north_star = {
    "metric": "registered_households",
    "why": "The more households we have signed up, the bigger the membership and the more groceries we will sell.",
}
''',
    ],
    "metric_roles": [
        # treats the two axes as one: every output is labelled lagging
        '''metric_roles = {
    "in_stock_rate": {"role": "input", "timing": "leading", "why": "The team controls stock and it moves sales quickly."},
    "delivery_promise_days": {"role": "input", "timing": "leading", "why": "The team sets the promise and customers react fast."},
    "price_match_share": {"role": "input", "timing": "leading", "why": "Pricing is a team decision that customers see at once."},
    "page_load_time_p90": {"role": "input", "timing": "leading", "why": "Engineering sets it and slow pages lose sales now."},
    "cart_adds_per_session": {"role": "output", "timing": "lagging", "why": "It is an outcome of customer behaviour, so it lags."},
    "membership_trial_starts": {"role": "output", "timing": "lagging", "why": "Customers decide to start trials, an outcome that lags."},
    "quarterly_operating_profit": {"role": "output", "timing": "lagging", "why": "The financial result, known after the quarter."},
    "annual_customer_churn": {"role": "output", "timing": "lagging", "why": "Customers decide to leave and it takes a year to see."},
    "revenue_per_customer_12m": {"role": "output", "timing": "lagging", "why": "A year of customer decisions summed up at the end."},
}
''',
        # calls the customer behaviours "inputs" because the team can influence them
        '''metric_roles = {
    "in_stock_rate": {"role": "input", "timing": "leading", "why": "The team controls stock and it moves sales quickly."},
    "delivery_promise_days": {"role": "input", "timing": "leading", "why": "The team sets the promise and customers react fast."},
    "price_match_share": {"role": "input", "timing": "leading", "why": "Pricing is a team decision that customers see at once."},
    "page_load_time_p90": {"role": "input", "timing": "leading", "why": "Engineering sets it and slow pages lose sales now."},
    "cart_adds_per_session": {"role": "input", "timing": "leading", "why": "The team can push cart adds with better recommendations."},
    "membership_trial_starts": {"role": "input", "timing": "leading", "why": "Marketing can drive trial starts with campaigns and offers."},
    "quarterly_operating_profit": {"role": "output", "timing": "lagging", "why": "The financial result, known after the quarter."},
    "annual_customer_churn": {"role": "output", "timing": "lagging", "why": "Customers decide to leave and it takes a year to see."},
    "revenue_per_customer_12m": {"role": "output", "timing": "lagging", "why": "A year of customer decisions summed up at the end."},
}
''',
    ],
    "lead_time": [
        # correlates the levels: the shared upward trend swamps the lead time
        '''def lead_time(leading, lagging, max_lag):
    x = np.asarray(leading, dtype=float)
    y = np.asarray(lagging, dtype=float)
    best = (0, -np.inf)
    for k in range(max_lag + 1):
        r = float(np.corrcoef(x[: len(x) - k], y[k:])[0, 1])
        if r > best[1]:
            best = (k, r)
    return best
''',
        # shifts the wrong way: pairs lagging[t] with leading[t + k]
        '''def lead_time(leading, lagging, max_lag):
    d_lead = np.diff(np.asarray(leading, dtype=float))
    d_lag = np.diff(np.asarray(lagging, dtype=float))
    best = (0, -np.inf)
    for k in range(max_lag + 1):
        r = float(np.corrcoef(d_lead[k:], d_lag[: len(d_lag) - k])[0, 1])
        if r > best[1]:
            best = (k, r)
    return best
''',
    ],
    "metric_tree": [
        # averages the row-level ratios instead of dividing the sums
        '''def metric_tree(funnel, by):
    df = funnel.copy()
    df["conversion"] = df["orders"] / df["sessions"]
    df["aov"] = df["revenue"] / df["orders"]
    agg = {"sessions": "sum", "orders": "sum", "revenue": "sum", "conversion": "mean", "aov": "mean"}
    if not by:
        return df[list(agg)].agg(agg).to_frame().T
    return df.groupby(by)[list(agg)].agg(agg).reset_index()
''',
        # AOV as revenue per session: the tree no longer multiplies back to revenue
        '''def metric_tree(funnel, by):
    cols = ["sessions", "orders", "revenue"]
    if by:
        tree = funnel.groupby(by)[cols].sum().reset_index()
    else:
        tree = funnel[cols].sum().to_frame().T
    tree["conversion"] = tree["orders"] / tree["sessions"]
    tree["aov"] = tree["revenue"] / tree["sessions"]
    return tree
''',
    ],
    "aov_by_prime": [
        # "mean customer AOV" computed over orders: it is just the pooled AOV again
        '''SELECT u.is_prime,
       COUNT(DISTINCT t.user_id) AS customers,
       COUNT(*) AS orders,
       ROUND(SUM(t.quantity * p.price), 2) AS revenue,
       ROUND(SUM(t.quantity * p.price) / COUNT(*), 2) AS aov,
       ROUND(AVG(t.quantity * p.price), 2) AS mean_customer_aov
FROM transactions AS t
JOIN products AS p ON p.product_id = t.product_id
JOIN users AS u ON u.user_id = t.user_id
WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
GROUP BY u.is_prime
ORDER BY u.is_prime
''',
        # BETWEEN on a timestamp drops the orders placed on 31 December after midnight
        '''WITH per_customer AS (
    SELECT t.user_id, COUNT(*) AS orders, SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at BETWEEN '2020-01-01' AND '2020-12-31'
    GROUP BY t.user_id
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
''',
        # aov divided by customers instead of orders (revenue per customer)
        '''WITH per_customer AS (
    SELECT t.user_id, COUNT(*) AS orders, SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
    GROUP BY t.user_id
)
SELECT u.is_prime,
       COUNT(*) AS customers,
       SUM(c.orders) AS orders,
       ROUND(SUM(c.revenue), 2) AS revenue,
       ROUND(SUM(c.revenue) / COUNT(*), 2) AS aov,
       ROUND(AVG(c.revenue / c.orders), 2) AS mean_customer_aov
FROM per_customer AS c
JOIN users AS u ON u.user_id = c.user_id
GROUP BY u.is_prime
ORDER BY u.is_prime
''',
    ],
    "decompose_sequential": [
        # changes each factor alone from the starting point: the interaction terms go missing
        '''def decompose_sequential(before, after):
    s0, c0, a0 = before["sessions"], before["conversion"], before["aov"]
    s1, c1, a1 = after["sessions"], after["conversion"], after["aov"]
    return {
        "traffic": (s1 - s0) * c0 * a0,
        "conversion": s0 * (c1 - c0) * a0,
        "aov": s0 * c0 * (a1 - a0),
    }
''',
        # sums up, but in another order (AOV first, traffic last) than the one asked for
        '''def decompose_sequential(before, after):
    s0, c0, a0 = before["sessions"], before["conversion"], before["aov"]
    s1, c1, a1 = after["sessions"], after["conversion"], after["aov"]
    return {
        "aov": s0 * c0 * (a1 - a0),
        "conversion": s0 * (c1 - c0) * a1,
        "traffic": (s1 - s0) * c1 * a1,
    }
''',
    ],
    "decompose_log": [
        # weights the log changes by the starting revenue instead of the logarithmic mean
        '''def decompose_log(before, after):
    import math
    r0 = before["sessions"] * before["conversion"] * before["aov"]
    return {
        "traffic": r0 * math.log(after["sessions"] / before["sessions"]),
        "conversion": r0 * math.log(after["conversion"] / before["conversion"]),
        "aov": r0 * math.log(after["aov"] / before["aov"]),
    }
''',
        # shares the revenue change in proportion to the percentage changes
        '''def decompose_log(before, after):
    r0 = before["sessions"] * before["conversion"] * before["aov"]
    r1 = after["sessions"] * after["conversion"] * after["aov"]
    pct = {
        "traffic": after["sessions"] / before["sessions"] - 1,
        "conversion": after["conversion"] / before["conversion"] - 1,
        "aov": after["aov"] / before["aov"] - 1,
    }
    total = sum(pct.values())
    return {k: (r1 - r0) * v / total if total else 0.0 for k, v in pct.items()}
''',
    ],
    "waterfall_table": [
        # every contribution bar starts at zero: the bars no longer float
        '''def waterfall_table(start_value, contributions):
    rows = [("start", 0.0, start_value)]
    for label, change in contributions.items():
        rows.append((label, 0.0, change))
    rows.append(("end", 0.0, start_value + sum(contributions.values())))
    return pd.DataFrame(rows, columns=["label", "y_from", "y_to"])
''',
        # forgets the closing bar
        '''def waterfall_table(start_value, contributions):
    rows = [("start", 0.0, start_value)]
    running = start_value
    for label, change in contributions.items():
        rows.append((label, running, running + change))
        running += change
    return pd.DataFrame(rows, columns=["label", "y_from", "y_to"])
''',
    ],
    "mix_rate_split": [
        # matches the segments of the two periods by row position
        '''def mix_rate_split(before, after):
    w0 = before["sessions"].to_numpy() / before["sessions"].sum()
    w1 = after["sessions"].to_numpy() / after["sessions"].sum()
    c0 = before["orders"].to_numpy() / before["sessions"].to_numpy()
    c1 = after["orders"].to_numpy() / after["sessions"].to_numpy()
    return {"mix": float(((w1 - w0) * c0).sum()), "rate": float((w1 * (c1 - c0)).sum())}
''',
        # switches the rates first: mix at the new rates, rate at the old weights
        '''def mix_rate_split(before, after):
    b = before.set_index("segment")
    a = after.set_index("segment").loc[b.index]
    w0, w1 = b["sessions"] / b["sessions"].sum(), a["sessions"] / a["sessions"].sum()
    c0, c1 = b["orders"] / b["sessions"], a["orders"] / a["sessions"]
    return {"mix": float(((w1 - w0) * c1).sum()), "rate": float((w0 * (c1 - c0)).sum())}
''',
        # rate effect as the change in the simple average of the segment rates
        '''def mix_rate_split(before, after):
    b = before.set_index("segment")
    a = after.set_index("segment").loc[b.index]
    c0, c1 = b["orders"] / b["sessions"], a["orders"] / a["sessions"]
    overall0 = b["orders"].sum() / b["sessions"].sum()
    overall1 = a["orders"].sum() / a["sessions"].sum()
    rate = float(c1.mean() - c0.mean())
    return {"mix": float(overall1 - overall0 - rate), "rate": rate}
''',
    ],
    "diagnose_drop": [
        # reads the top line only, then blames the segment whose revenue fell most
        '''def diagnose_drop(funnel):
    daily = funnel.groupby("date")[["sessions", "orders", "revenue"]].sum().sort_index()
    series = {"sessions": daily["sessions"], "conversion": daily["orders"] / daily["sessions"],
              "aov": daily["revenue"] / daily["orders"]}
    best, found = 0.0, None
    for metric, values in series.items():
        x = values.to_numpy(dtype=float)
        for i in range(7, len(x) - 6):
            fall = 1 - x[i:i + 7].mean() / x[i - 7:i].mean()
            if fall > best:
                best, found = fall, (metric, daily.index[i])
    metric, day = found
    split = funnel.assign(after=funnel["date"] >= day).groupby(["segment", "after"])["revenue"].sum().unstack()
    segment = (split[True] / split[False]).idxmin()
    return {"segment": segment, "metric": metric, "day": pd.Timestamp(day)}
''',
        # drills into the segments but takes a traffic move for a loss of visitors
        '''def diagnose_drop(funnel):
    wide = funnel.pivot_table(index="date", columns="segment", values=["sessions", "orders", "revenue"],
                              aggfunc="sum").sort_index()
    best, found = 0.0, None
    for segment in wide["sessions"].columns:
        inputs = {"sessions": wide["sessions"][segment],
                  "conversion": wide["orders"][segment] / wide["sessions"][segment],
                  "aov": wide["revenue"][segment] / wide["orders"][segment]}
        for metric, values in inputs.items():
            x = values.to_numpy(dtype=float)
            for i in range(7, len(x) - 6):
                fall = 1 - x[i:i + 7].mean() / x[i - 7:i].mean()
                if fall > best:
                    best, found = fall, (segment, metric, wide.index[i])
    return {"segment": found[0], "metric": found[1], "day": pd.Timestamp(found[2])}
''',
    ],
    "counter_metrics": [
        # pairs goals with metrics that move the same way, so gaming goes unnoticed
        '''counter_metrics = {
    "average_handle_time": "contacts_handled_per_hour",
    "days_of_inventory": "inventory_turns",
    "search_click_through_rate": "search_result_clicks",
    "fraud_loss_rate": "good_orders_declined_rate",
    "email_revenue_per_week": "unsubscribe_rate",
    "cost_per_package": "late_delivery_rate",
}
''',
        # swaps the supply-chain and logistics counters
        '''counter_metrics = {
    "average_handle_time": "repeat_contacts_7d",
    "days_of_inventory": "late_delivery_rate",
    "search_click_through_rate": "purchases_per_search",
    "fraud_loss_rate": "good_orders_declined_rate",
    "email_revenue_per_week": "unsubscribe_rate",
    "cost_per_package": "in_stock_rate",
}
''',
    ],
    "launch_metrics": [
        # "guardrails" that the feature moves on purpose
        '''launch_metrics = {
    "objective": "Increase how much customers spend on each order by showing them relevant add-on items on the last checkout page.",
    "primary": "revenue_per_checkout",
    "secondary": ["checkout_conversion_rate"],
    "guardrails": ["average_order_value", "units_per_order", "add_on_attach_rate"],
    "reasons": {
        "average_order_value": "If order value does not go up the feature is not working at all.",
        "units_per_order": "We need to see that customers are actually adding more items per order.",
        "add_on_attach_rate": "This shows whether customers are using the add-on strip on the page.",
    },
    "trade_offs": "If revenue per checkout goes up we ship, because that is the goal; if it goes down we iterate on the "
                  "choice of add-on items and test again until the metric moves in the right direction for the team.",
}
''',
        # decides on feature usage and forgets the page speed
        '''launch_metrics = {
    "objective": "Get customers to use the new one-tap add-ons at checkout and make the feature part of every order they place.",
    "primary": "add_on_attach_rate",
    "secondary": ["add_on_impressions", "average_order_value"],
    "guardrails": ["checkout_conversion_rate", "add_on_return_rate"],
    "reasons": {
        "checkout_conversion_rate": "Extra items on the last page might distract customers so they abandon the order.",
        "add_on_return_rate": "Accidental one-tap additions would come back as returns that cost the business money.",
    },
    "trade_offs": "If more orders carry add-ons but checkout conversion falls a little we would still ship, since the "
                  "attach rate shows customers like the feature; returns take weeks, so we would read them later on.",
}
''',
    ],
}
