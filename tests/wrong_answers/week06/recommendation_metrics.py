"""Plausible wrong answers for week06/recommendation_metrics: each must lose points."""

WRONG_ANSWERS = {
    "precision_at_k": [
        # divides by the length of the (possibly short) list: a model that stays silent looks precise
        '''def precision_at_k(recommended, relevant, k):
    top = list(recommended)[:k]
    if not top:
        return 0.0
    return sum(1 for item in top if item in relevant) / len(top)
''',
        # counts hits anywhere in the list, not just in the k slots shown
        '''def precision_at_k(recommended, relevant, k):
    return len(set(recommended) & set(relevant)) / k
''',
    ],
    "recall_at_k": [
        # divides by k: that is precision under another name
        '''def recall_at_k(recommended, relevant, k):
    if not relevant:
        raise ValueError("nothing relevant")
    return sum(1 for item in list(recommended)[:k] if item in relevant) / k
''',
        # caps the denominator at k ("the best a list of k could do"), not the recall asked for
        '''def recall_at_k(recommended, relevant, k):
    if not relevant:
        raise ValueError("nothing relevant")
    return sum(1 for item in list(recommended)[:k] if item in relevant) / min(k, len(relevant))
''',
        # scores a customer with nothing relevant as 0 instead of refusing them
        '''def recall_at_k(recommended, relevant, k):
    if not relevant:
        return 0.0
    return sum(1 for item in list(recommended)[:k] if item in relevant) / len(relevant)
''',
    ],
    "ndcg_at_k": [
        # DCG without the ideal normalisation
        '''def ndcg_at_k(recommended, relevant, k):
    if not relevant:
        raise ValueError("nothing relevant")
    return sum(1 / math.log2(rank + 1) for rank, item in enumerate(list(recommended)[:k], start=1)
               if item in relevant)
''',
        # the ideal list holds every relevant item, even those that cannot fit in k slots
        '''def ndcg_at_k(recommended, relevant, k):
    if not relevant:
        raise ValueError("nothing relevant")
    dcg = sum(1 / math.log2(rank + 1) for rank, item in enumerate(list(recommended)[:k], start=1)
              if item in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, len(relevant) + 1))
    return dcg / ideal
''',
        # the ideal is the retrieved hits re-sorted to the top, not the customer's relevant set
        '''def ndcg_at_k(recommended, relevant, k):
    if not relevant:
        raise ValueError("nothing relevant")
    gains = [1.0 if item in relevant else 0.0 for item in list(recommended)[:k]]
    dcg = sum(g / math.log2(rank + 1) for rank, g in enumerate(gains, start=1))
    ideal = sum(g / math.log2(rank + 1) for rank, g in enumerate(sorted(gains, reverse=True), start=1))
    return dcg / ideal if ideal else 0.0
''',
    ],
    "hit_rate_and_mrr": [
        # only scores the customers who received a list: cold starts silently disappear
        '''def hit_rate_and_mrr(recs_by_user, relevant_by_user, k):
    hits, rr = [], []
    for user, recs in recs_by_user.items():
        wanted = relevant_by_user.get(user, set())
        if not wanted:
            continue
        ranks = [r for r, item in enumerate(list(recs)[:k], start=1) if item in wanted]
        hits.append(1.0 if ranks else 0.0)
        rr.append(1.0 / ranks[0] if ranks else 0.0)
    return float(np.mean(hits)), float(np.mean(rr))
''',
        # adds 1/rank over every hit instead of taking the first one
        '''def hit_rate_and_mrr(recs_by_user, relevant_by_user, k):
    hits, rr = [], []
    for user, wanted in relevant_by_user.items():
        if not wanted:
            continue
        ranks = [r for r, item in enumerate(list(recs_by_user.get(user, []))[:k], start=1) if item in wanted]
        hits.append(1.0 if ranks else 0.0)
        rr.append(sum(1.0 / r for r in ranks))
    return float(np.mean(hits)), float(np.mean(rr))
''',
    ],
    "metrics_by_k": [
        # micro-averages: pools the hits of all customers, so heavy buyers dominate
        '''def metrics_by_k(recs_by_user, relevant_by_user, ks):
    users = [u for u, r in relevant_by_user.items() if r]
    rows = []
    for k in ks:
        hits = dcg = ideal = found_any = 0.0
        for u in users:
            top = list(recs_by_user.get(u, []))[:k]
            flags = [item in relevant_by_user[u] for item in top]
            hits += sum(flags)
            found_any += any(flags)
            dcg += sum(1 / math.log2(r + 1) for r, f in enumerate(flags, start=1) if f)
            ideal += sum(1 / math.log2(r + 1) for r in range(1, min(k, len(relevant_by_user[u])) + 1))
        rows.append({"precision": hits / (k * len(users)),
                     "recall": hits / sum(len(relevant_by_user[u]) for u in users),
                     "ndcg": dcg / ideal, "hit_rate": found_any / len(users)})
    return pd.DataFrame(rows, index=pd.Index(list(ks), name="k"))
''',
        # leaves out the customers who got no list
        '''def metrics_by_k(recs_by_user, relevant_by_user, ks):
    users = [u for u, r in relevant_by_user.items() if r and u in recs_by_user]
    rows = []
    for k in ks:
        p, r, n, h = [], [], [], []
        for u in users:
            wanted = relevant_by_user[u]
            flags = [item in wanted for item in list(recs_by_user[u])[:k]]
            p.append(sum(flags) / k)
            r.append(sum(flags) / len(wanted))
            dcg = sum(1 / math.log2(i + 1) for i, f in enumerate(flags, start=1) if f)
            n.append(dcg / sum(1 / math.log2(i + 1) for i in range(1, min(k, len(wanted)) + 1)))
            h.append(float(any(flags)))
        rows.append({"precision": np.mean(p), "recall": np.mean(r), "ndcg": np.mean(n), "hit_rate": np.mean(h)})
    return pd.DataFrame(rows, index=pd.Index(list(ks), name="k"))
''',
    ],
    "coverage_and_popularity": [
        # coverage measured against the items bought in training, not the whole catalogue
        '''def coverage_and_popularity(recs_by_user, train, catalogue, k):
    slots = [item for recs in recs_by_user.values() for item in list(recs)[:k]]
    counts = train["item_id"].value_counts()
    ranked = sorted(catalogue, key=lambda item: (-counts.get(item, 0), item))
    head = set(ranked[: math.ceil(len(catalogue) / 10)])
    return {"coverage": len(set(slots)) / train["item_id"].nunique(),
            "popular_share": sum(item in head for item in slots) / len(slots)}
''',
        # popularity share over the distinct recommended items instead of over the slots shown
        '''def coverage_and_popularity(recs_by_user, train, catalogue, k):
    shown = {item for recs in recs_by_user.values() for item in list(recs)[:k]}
    counts = train["item_id"].value_counts()
    ranked = sorted(catalogue, key=lambda item: (-counts.get(item, 0), item))
    head = set(ranked[: math.ceil(len(catalogue) / 10)])
    return {"coverage": len(shown) / len(catalogue), "popular_share": len(shown & head) / len(shown)}
''',
    ],
    "intra_list_diversity": [
        # counts distinct categories per slot instead of comparing pairs
        '''def intra_list_diversity(recs_by_user, item_category, k):
    shares = []
    for recs in recs_by_user.values():
        top = list(recs)[:k]
        if len(top) >= 2:
            shares.append(len({item_category[i] for i in top}) / len(top))
    return float(np.mean(shares)) if shares else float("nan")
''',
        # compares every item with every item, itself included (n * n pairs)
        '''def intra_list_diversity(recs_by_user, item_category, k):
    shares = []
    for recs in recs_by_user.values():
        top = list(recs)[:k]
        if len(top) >= 2:
            shares.append(np.mean([item_category[a] != item_category[b] for a in top for b in top]))
    return float(np.mean(shares)) if shares else float("nan")
''',
    ],
    "split_leakage": [
        # shuffles for both: "time_split" is just another random 20% holdout
        '''def split_leakage(interactions, cutoff_day, k, seed):
    def mean_recall(part_train, part_test):
        truth = relevant_items(part_train, part_test)
        recs = copurchase_recommender(part_train, k)
        return float(np.mean([len(set(recs.get(u, [])[:k]) & r) / len(r) for u, r in truth.items()]))

    n_test = int((interactions["day"] >= cutoff_day).sum())
    order = np.random.default_rng(seed).permutation(len(interactions))
    holdout = np.random.default_rng(seed + 1).permutation(len(interactions))[: len(interactions) // 5]
    rest = np.setdiff1d(np.arange(len(interactions)), holdout)
    return {"time_split": mean_recall(interactions.iloc[rest], interactions.iloc[holdout]),
            "random_split": mean_recall(interactions.iloc[order[n_test:]], interactions.iloc[order[:n_test]])}
''',
        # off by one day: the cutoff day itself ends up in training
        '''def split_leakage(interactions, cutoff_day, k, seed):
    def mean_recall(part_train, part_test):
        truth = relevant_items(part_train, part_test)
        recs = copurchase_recommender(part_train, k)
        return float(np.mean([len(set(recs.get(u, [])[:k]) & r) / len(r) for u, r in truth.items()]))

    in_train = interactions["day"] <= cutoff_day
    n_test = int((~in_train).sum())
    order = np.random.default_rng(seed).permutation(len(interactions))
    return {"time_split": mean_recall(interactions[in_train], interactions[~in_train]),
            "random_split": mean_recall(interactions.iloc[order[n_test:]], interactions.iloc[order[:n_test]])}
''',
    ],
    "ab_readout": [
        # click-through per impression, with the impressions as if they were independent draws
        '''def ab_readout(sessions):
    z = stats.norm.ppf(0.975)
    rows = {}
    arms = {arm: sessions[sessions["variant"] == arm] for arm in ("control", "treatment")}
    for name in ("session_ctr", "add_to_cart_rate"):
        rate, var = {}, {}
        for arm, part in arms.items():
            if name == "session_ctr":
                n = part["impressions"].sum()
                rate[arm] = part["clicks"].sum() / n
            else:
                n = len(part)
                rate[arm] = part["add_to_cart"].mean()
            var[arm] = rate[arm] * (1 - rate[arm]) / n
        lift = rate["treatment"] - rate["control"]
        half = z * math.sqrt(var["control"] + var["treatment"])
        rows[name] = {"control": rate["control"], "treatment": rate["treatment"], "lift": lift,
                      "ci_low": lift - half, "ci_high": lift + half}
    return pd.DataFrame.from_dict(rows, orient="index")
''',
        # mean clicks per session instead of the share of sessions with a click
        '''def ab_readout(sessions):
    z = stats.norm.ppf(0.975)
    rows = {}
    for name, column in (("session_ctr", "clicks"), ("add_to_cart_rate", "add_to_cart")):
        groups = sessions.groupby("variant")[column]
        mean, var, n = groups.mean(), groups.var(), groups.size()
        lift = mean["treatment"] - mean["control"]
        half = z * math.sqrt(var["treatment"] / n["treatment"] + var["control"] / n["control"])
        rows[name] = {"control": mean["control"], "treatment": mean["treatment"], "lift": lift,
                      "ci_low": lift - half, "ci_high": lift + half}
    return pd.DataFrame.from_dict(rows, orient="index")
''',
    ],
    "ctr_by_position": [
        # each position's share of all clicks, not its click-through rate
        '''def ctr_by_position(log):
    table = log.groupby("position")["clicked"].agg(impressions="size", clicks="sum").sort_index()
    table["ctr"] = table["clicks"] / table["clicks"].sum()
    return table
''',
    ],
    "ipw_item_ctr": [
        # ignores position bias: the raw click-through rate per item
        '''def ipw_item_ctr(log, examination):
    return log.groupby("item_id")["clicked"].mean().sort_index()
''',
        # multiplies by the examination probability instead of dividing by it
        '''def ipw_item_ctr(log, examination):
    weighted = log["clicked"] * log["position"].map(examination)
    return weighted.groupby(log["item_id"]).mean().sort_index()
''',
    ],
    "case_plan": [
        # clicks as the goal, and ships on the click-through win alone
        '''case_plan = {
    "objective": "Maximise the click-through rate of the recommendation widget so that customers engage much more with it.",
    "offline_metrics": ["ndcg_at_k", "recall_at_k", "catalogue_coverage"],
    "primary_offline_metric": "ndcg_at_k",
    "online_primary_metric": "session_ctr",
    "online_secondary_metrics": ["add_to_cart_rate"],
    "guardrail_metrics": ["page_latency_p95", "bounce_rate"],
    "evidence": {"ndcg_at_10_popularity": 0.168, "ndcg_at_10_copurchase": 0.249,
                 "session_ctr_lift": 0.0117, "add_to_cart_ci": (-0.0005, 0.0065)},
    "offline_online_gap": [
        "Offline data only shows what customers bought, not what they would have clicked on.",
        "The new widget shows more items, so customers may click more out of curiosity at first.",
    ],
    "decision": "ship",
}
''',
        # accuracy metrics only (a best-seller list can win) and numbers taken from a random split
        '''case_plan = {
    "objective": "Recommend the items each customer is most likely to buy next so that the shop sells more per visit.",
    "offline_metrics": ["precision_at_k", "recall_at_k", "ndcg_at_k"],
    "primary_offline_metric": "recall_at_k",
    "online_primary_metric": "conversion_rate",
    "online_secondary_metrics": ["session_ctr"],
    "guardrail_metrics": ["return_rate", "customer_complaints"],
    "evidence": {"ndcg_at_10_popularity": 0.21, "ndcg_at_10_copurchase": 0.43,
                 "session_ctr_lift": -0.0066, "add_to_cart_ci": (0.0002, 0.0058)},
    "offline_online_gap": [
        "Offline metrics reward predicting purchases that would have happened without the widget.",
        "Customers shown more items per session spread their attention across more slots.",
    ],
    "decision": "do_not_ship",
}
''',
    ],
}
