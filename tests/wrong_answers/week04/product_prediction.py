"""Plausible wrong answers for week04/product_prediction: each must lose points."""

_OBJECTIVE = '''
    "objective": (
        "Predict for every shopping trip whether the shopper buys Minute Maid or Citrus Hill, so the "
        "chain can target MM coupons and plan promotions and stock in each store."
    ),'''

_LIMITATIONS = '''
    "limitations": [
        "The coupon is assumed not to change behaviour, so some of the profit would have happened anyway.",
        "Loyalty comes from past purchases, so new customers with no history are predicted poorly by the model.",
        "One year of data from five stores is small, and prices and habits drift from month to month.",
    ],'''

_GOOD_APPROACH = '''
    "approach": [
        "explore_mm_share", "build_pre_purchase_features", "time_based_split", "majority_baseline",
        "loyalty_rule_baseline", "fit_logistic_regression", "evaluate_on_held_out_weeks",
        "pick_threshold_by_profit", "recommend_and_monitor",
    ],'''

_EVALUATE = '''
def evaluate_predictions(y_true, p_mm):
    y = np.asarray(y_true, dtype=int)
    p = np.clip(np.asarray(p_mm, dtype=float), 1e-15, 1 - 1e-15)
    if len(np.unique(y)) < 2:
        raise ValueError("one class")
    return {"log_loss": float(log_loss(y, p, labels=[0, 1])), "auc": float(roc_auc_score(y, p)),
            "accuracy": float(np.mean((p > 0.5).astype(int) == y))}
'''

_BASELINES = '''
def baseline_probabilities(train, test):
    share = float((train["purchase"] == "MM").mean())
    return pd.DataFrame({"majority": np.full(len(test), share), "loyalty": 1.0 - test["loyal_ch"].to_numpy()},
                        index=test.index)
'''

_MODEL_OUTPUTS = '''
model = fit_model(X_train, y_train)
p_train = predict_mm(model, X_train)
p_test = predict_mm(model, X_test)
model_scores = evaluate_predictions(y_test, p_test)
'''

_PROFIT = '''
def coupon_profit(y_mm, p_mm, threshold, margin, coupon_cost):
    sent = np.asarray(p_mm) >= threshold
    return float(margin * np.sum(np.asarray(y_mm)[sent] == 1) - coupon_cost * np.sum(sent))
'''

_BEST = '''
def best_threshold(y_mm, p_mm, margin, coupon_cost, grid):
    best = None
    for t in sorted(float(g) for g in grid):
        profit = coupon_profit(y_mm, p_mm, t, margin, coupon_cost)
        if best is None or profit >= best[1]:
            best = (t, profit)
    return best
'''

_PLAN = '''
_t, _ = best_threshold(y_train, p_train, MARGIN, COUPON_COST, THRESHOLD_GRID)
coupon_plan = {
    "threshold": _t,
    "break_even_probability": COUPON_COST / MARGIN,
    "coupons_sent": int(np.sum(p_test >= _t)),
    "test_profit": coupon_profit(y_test, p_test, _t, MARGIN, COUPON_COST),
    "test_profit_at_0_5": coupon_profit(y_test, p_test, 0.5, MARGIN, COUPON_COST),
    "test_profit_send_all": coupon_profit(y_test, p_test, 0.0, MARGIN, COUPON_COST),
}
'''

_FEATURES = '''
def make_features(purchases):
    f = pd.DataFrame(index=purchases.index)
    f["loyal_ch"] = purchases["loyal_ch"].astype(float)
    f["sale_price_diff"] = purchases["sale_price_mm"] - purchases["sale_price_ch"]
    f["disc_mm"] = purchases["disc_mm"].astype(float)
    f["disc_ch"] = purchases["disc_ch"].astype(float)
    f["special_mm"] = purchases["special_mm"].astype(float)
    f["special_ch"] = purchases["special_ch"].astype(float)
    for s in (1, 2, 3, 4):
        f[f"store_{s}"] = (purchases["store_id"] == s).astype(float)
'''

WRONG_ANSWERS = {
    "case_frame": [
        # accuracy as the success metric, and no calibration metric for the model
        "case_frame = {" + _OBJECTIVE + _GOOD_APPROACH + _LIMITATIONS + '''
    "success_metric": "accuracy",
    "model_metrics": ["roc_auc", "precision"],
}
''',
        # a random split, scores on the training rows and a 0.5 cut-off for the coupons
        "case_frame = {" + _OBJECTIVE + _LIMITATIONS + '''
    "approach": [
        "explore_mm_share", "build_pre_purchase_features", "random_split", "majority_baseline",
        "fit_logistic_regression", "evaluate_on_training_rows", "threshold_at_0_5", "recommend_and_monitor",
    ],
    "success_metric": "expected_coupon_profit",
    "model_metrics": ["log_loss", "roc_auc"],
}
''',
        # limitations as three bare phrases: nothing said about what each one does to the result
        "case_frame = {" + _OBJECTIVE + _GOOD_APPROACH + '''
    "success_metric": "expected_coupon_profit",
    "model_metrics": ["log_loss", "roc_auc"],
    "limitations": ["small data", "drift over time", "no causal effect"],
}
''',
        # the model is fitted before any baseline, and the baseline is added as an afterthought
        "case_frame = {" + _OBJECTIVE + _LIMITATIONS + '''
    "approach": [
        "explore_mm_share", "build_pre_purchase_features", "time_based_split", "fit_logistic_regression",
        "evaluate_on_held_out_weeks", "majority_baseline", "pick_threshold_by_profit",
    ],
    "success_metric": "expected_coupon_profit",
    "model_metrics": ["log_loss", "roc_auc"],
}
''',
    ],
    "mm_share_by_store": [
        # wrong denominator: MM purchases of the group over all the store's purchases
        """
SELECT store_id, special_mm, COUNT(*) AS n_purchases,
       ROUND(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END) / SUM(COUNT(*)) OVER (PARTITION BY store_id), 3) AS mm_share,
       ROUND(SUM(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)) OVER (PARTITION BY store_id)
             / SUM(COUNT(*)) OVER (PARTITION BY store_id), 3) AS store_mm_share
FROM oj.purchases
GROUP BY store_id, special_mm
ORDER BY store_id, special_mm
""",
        # wrong denominator: the share of the store's MM purchases that fell in this group
        """
SELECT store_id, special_mm, COUNT(*) AS n_purchases,
       ROUND(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)
             / SUM(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)) OVER (PARTITION BY store_id), 3) AS mm_share,
       ROUND(SUM(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)) OVER (PARTITION BY store_id)
             / SUM(COUNT(*)) OVER (PARTITION BY store_id), 3) AS store_mm_share
FROM oj.purchases
GROUP BY store_id, special_mm
ORDER BY store_id, special_mm
""",
        # the store's share as the average of its two conditional shares instead of a pooled ratio
        """
WITH cells AS (
    SELECT store_id, special_mm, COUNT(*) AS n_purchases,
           AVG(CASE WHEN purchase = 'MM' THEN 1.0 ELSE 0.0 END) AS share
    FROM oj.purchases
    GROUP BY store_id, special_mm
)
SELECT store_id, special_mm, n_purchases,
       ROUND(share, 3) AS mm_share,
       ROUND(AVG(share) OVER (PARTITION BY store_id), 3) AS store_mm_share
FROM cells
ORDER BY store_id, special_mm
""",
        # wrong denominator: every purchase of every store
        """
SELECT store_id, special_mm, COUNT(*) AS n_purchases,
       ROUND(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END) / (SELECT COUNT(*) FROM oj.purchases), 3) AS mm_share,
       ROUND(SUM(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)) OVER (PARTITION BY store_id)
             / (SELECT COUNT(*) FROM oj.purchases), 3) AS store_mm_share
FROM oj.purchases
GROUP BY store_id, special_mm
ORDER BY store_id, special_mm
""",
    ],
    "make_features": [
        # the target itself slipped in as a feature
        _FEATURES + '''    f["bought_mm"] = (purchases["purchase"] == "MM").astype(float)
    return f
''',
        # a "loyalty trend" read from the next row, whose loyalty already contains this purchase
        _FEATURES + '''    f["loyalty_trend"] = (purchases["loyal_ch"].shift(-1) - purchases["loyal_ch"]).fillna(0.0)
    return f
''',
        # target encoding of the store computed on all the rows, test weeks included
        _FEATURES + '''    is_mm = (purchases["purchase"] == "MM").astype(float)
    f["store_mm_share"] = is_mm.groupby(purchases["store_id"]).transform("mean")
    return f
''',
        # store indicators from get_dummies: a store absent from the rows loses its column
        '''
def make_features(purchases):
    f = purchases[["loyal_ch", "disc_mm", "disc_ch", "special_mm", "special_ch"]].astype(float)
    f.insert(1, "sale_price_diff", purchases["sale_price_mm"] - purchases["sale_price_ch"])
    dummies = pd.get_dummies(purchases["store_id"], prefix="store", dtype=float)
    return pd.concat([f, dummies.drop(columns="store_7", errors="ignore")], axis=1)
''',
        # the price gap the other way round (CH minus MM)
        '''
def make_features(purchases):
    f = pd.DataFrame(index=purchases.index)
    f["loyal_ch"] = purchases["loyal_ch"].astype(float)
    f["sale_price_diff"] = purchases["sale_price_ch"] - purchases["sale_price_mm"]
    for c in ("disc_mm", "disc_ch", "special_mm", "special_ch"):
        f[c] = purchases[c].astype(float)
    for s in (1, 2, 3, 4):
        f[f"store_{s}"] = (purchases["store_id"] == s).astype(float)
    return f
''',
        # an extra loyalty column standardised with the mean and sd of whatever rows are passed in
        _FEATURES + '''    f["loyal_z"] = (purchases["loyal_ch"] - purchases["loyal_ch"].mean()) / purchases["loyal_ch"].std()
    return f
''',
    ],
    "time_split": [
        # a random 75/25 split: the test weeks are all over the training data
        '''
def time_split(purchases, n_test_weeks):
    train, test = train_test_split(purchases, test_size=0.25, random_state=0)
    return train, test
''',
        # sorted by week, then the last quarter of the rows: one week ends up on both sides
        '''
def time_split(purchases, n_test_weeks):
    ordered = purchases.sort_values("weekof_purchase", kind="stable")
    cut = int(len(ordered) * 0.75)
    return ordered.iloc[:cut], ordered.iloc[cut:]
''',
        # off by one: >= keeps n_test_weeks + 1 weeks in the test period
        '''
def time_split(purchases, n_test_weeks):
    in_test = purchases["weekof_purchase"] >= purchases["weekof_purchase"].max() - n_test_weeks
    return purchases[~in_test], purchases[in_test]
''',
        # purchase_id taken for time: the last quarter of the ids follows customers, not weeks
        '''
def time_split(purchases, n_test_weeks):
    cut = purchases["purchase_id"].quantile(0.75)
    return purchases[purchases["purchase_id"] <= cut], purchases[purchases["purchase_id"] > cut]
''',
        # the last n distinct weeks that have purchases, so missing weeks are skipped over
        '''
def time_split(purchases, n_test_weeks):
    weeks = sorted(purchases["weekof_purchase"].unique())[-n_test_weeks:]
    in_test = purchases["weekof_purchase"].isin(weeks)
    return purchases[~in_test], purchases[in_test]
''',
    ],
    "baselines": [
        # AUC from argsort ranks: tied scores get distinct ranks, so a constant prediction is not 0.5
        '''
def evaluate_predictions(y_true, p_mm):
    y = np.asarray(y_true, dtype=int)
    p = np.clip(np.asarray(p_mm, dtype=float), 1e-15, 1 - 1e-15)
    n_pos, n_neg = int(y.sum()), int(len(y) - y.sum())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("one class")
    ranks = np.argsort(np.argsort(p)) + 1
    auc = (ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    ll = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return {"log_loss": float(ll), "auc": float(auc), "accuracy": float(np.mean((p > 0.5) == y))}
''' + _BASELINES,
        # "always the majority brand" as hard probabilities: P(MM) = 0 on every row
        _EVALUATE + '''
def baseline_probabilities(train, test):
    share = float((train["purchase"] == "MM").mean())
    majority = 1.0 if share > 0.5 else 0.0
    return pd.DataFrame({"majority": np.full(len(test), majority), "loyalty": 1.0 - test["loyal_ch"].to_numpy()},
                        index=test.index)
''',
        # the majority share read from the test rows (and accuracy with >= 0.5)
        '''
def evaluate_predictions(y_true, p_mm):
    y = np.asarray(y_true, dtype=int)
    p = np.clip(np.asarray(p_mm, dtype=float), 1e-15, 1 - 1e-15)
    if len(np.unique(y)) < 2:
        raise ValueError("one class")
    return {"log_loss": float(log_loss(y, p, labels=[0, 1])), "auc": float(roc_auc_score(y, p)),
            "accuracy": float(np.mean((p >= 0.5).astype(int) == y))}


def baseline_probabilities(train, test):
    share = float((test["purchase"] == "MM").mean())
    return pd.DataFrame({"majority": np.full(len(test), share), "loyalty": 1.0 - test["loyal_ch"].to_numpy()},
                        index=test.index)
''',
        # loyalty to CH used as the probability of MM; log loss without clipping
        '''
def evaluate_predictions(y_true, p_mm):
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(p_mm, dtype=float)
    if len(np.unique(y)) < 2:
        raise ValueError("one class")
    with np.errstate(divide="ignore", invalid="ignore"):
        ll = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return {"log_loss": float(ll), "auc": float(roc_auc_score(y, p)), "accuracy": float(np.mean((p > 0.5) == y))}


def baseline_probabilities(train, test):
    share = float((train["purchase"] == "MM").mean())
    return pd.DataFrame({"majority": np.full(len(test), share), "loyalty": test["loyal_ch"].to_numpy(dtype=float)},
                        index=test.index)
''',
    ],
    "logistic_model": [
        # the first column of predict_proba is the probability of CH, not MM
        '''
def fit_model(X, y):
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, random_state=0)).fit(X, y)


def predict_mm(model, X):
    return model.predict_proba(X)[:, 0]
''' + _MODEL_OUTPUTS,
        # an unrestricted decision tree: confident 0/1 probabilities, and not the model asked for
        '''
from sklearn.tree import DecisionTreeClassifier


def fit_model(X, y):
    return DecisionTreeClassifier(random_state=0).fit(X, y)


def predict_mm(model, X):
    return model.predict_proba(X)[:, 1]
''' + _MODEL_OUTPUTS,
        # hard labels from predict() reported as probabilities
        '''
def fit_model(X, y):
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, random_state=0)).fit(X, y)


def predict_mm(model, X):
    return model.predict(X).astype(float)
''' + _MODEL_OUTPUTS,
        # right model, but no random_state fixed
        '''
def fit_model(X, y):
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X, y)


def predict_mm(model, X):
    return model.predict_proba(X)[:, 1]
''' + _MODEL_OUTPUTS,
        # right model, but the reported scores are those of the training rows
        '''
def fit_model(X, y):
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, random_state=0)).fit(X, y)


def predict_mm(model, X):
    return model.predict_proba(X)[:, 1]


model = fit_model(X_train, y_train)
p_train = predict_mm(model, X_train)
p_test = predict_mm(model, X_test)
model_scores = evaluate_predictions(y_train, p_train)
''',
    ],
    "coupon_threshold": [
        # the threshold fixed at 0.5, whatever the payment and the coupon cost
        _PROFIT + '''

def best_threshold(y_mm, p_mm, margin, coupon_cost, grid):
    return 0.5, coupon_profit(y_mm, p_mm, 0.5, margin, coupon_cost)
''' + _PLAN,
        # the threshold that maximises accuracy instead of profit
        _PROFIT + '''

def best_threshold(y_mm, p_mm, margin, coupon_cost, grid):
    y, p = np.asarray(y_mm), np.asarray(p_mm)
    accuracy = [np.mean((p >= t) == (y == 1)) for t in grid]
    t = float(grid[int(np.argmax(accuracy))])
    return t, coupon_profit(y, p, t, margin, coupon_cost)
''' + _PLAN,
        # coupons that end in MM are charged nothing: profit = margin * hits - cost * misses
        '''
def coupon_profit(y_mm, p_mm, threshold, margin, coupon_cost):
    sent = np.asarray(p_mm) >= threshold
    y = np.asarray(y_mm)[sent]
    return float(margin * np.sum(y == 1) - coupon_cost * np.sum(y == 0))
''' + _BEST + _PLAN,
        # ties go to the smallest threshold (argmax keeps the first maximum)
        _PROFIT + '''

def best_threshold(y_mm, p_mm, margin, coupon_cost, grid):
    grid = sorted(float(g) for g in grid)
    profits = [coupon_profit(y_mm, p_mm, t, margin, coupon_cost) for t in grid]
    i = int(np.argmax(profits))
    return grid[i], profits[i]
''' + _PLAN,
        # strictly above the threshold: rows exactly on it get no coupon
        '''
def coupon_profit(y_mm, p_mm, threshold, margin, coupon_cost):
    sent = np.asarray(p_mm) > threshold
    return float(margin * np.sum(np.asarray(y_mm)[sent] == 1) - coupon_cost * np.sum(sent))
''' + _BEST + _PLAN,
    ],
}
