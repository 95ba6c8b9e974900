"""Plausible wrong answers for week04/churn_modeling: each must lose points."""

_CASE_FRAME = '''
case_frame = {
    "objective": (
        "Decide which customers the retention team should call with a discount offer, and how many, "
        "so that the calls keep more revenue than they cost."
    ),
    "prediction_target": (
        "The probability that an active customer cancels within the next month, scored for every "
        "customer at the start of the month."
    ),
    "approach": (
        "Build numeric features from the customer table, split the customers into a stratified training "
        "set and a held-out test set, fit preprocessing on the training rows only, compare a majority-class "
        "baseline and a contract rule with a logistic regression, then rank the test customers by risk and "
        "choose how many to call."
    ),
    "primary_metric": PRIMARY,
    "model_metrics": MODEL_METRICS,
    "guardrail_metrics": ["discount_given_to_non_churners"],
    "limitations": LIMITATIONS,
    "n_customers": int(len(ROWS)),
    "n_missing_total_charges": int(customers["total_charges"].isna().sum()),
    "churn_rate": float(ROWS["churn"].mean()),
}
'''

_GOOD_LIMITS = '''[
        "The table is a single snapshot, so features must be rebuilt as of a date before the churn window to avoid leakage.",
        "High risk is not persuadability: the save rate must be measured against a random control group.",
        "The save rate and the 12-month value are assumptions, and revenue is not margin.",
    ]'''


def _case_frame(primary='"campaign_net_value"', model='["roc_auc", "precision_at_k"]', limits=_GOOD_LIMITS,
                rows="customers"):
    return (_CASE_FRAME.replace("PRIMARY", primary).replace("MODEL_METRICS", model)
            .replace("LIMITATIONS", limits).replace("ROWS", rows))


_SCORE_MODEL = '''
def fit_churn_model(X_train, y_train):
    return LogisticRegression(max_iter=2000).fit(X_train, y_train)
'''

WRONG_ANSWERS = {
    "case_frame": [
        # accuracy as the success metric on a 27% target: "nobody churns" already scores 73%
        _case_frame(primary='"accuracy"', model='["roc_auc", "log_loss"]'),
        # generic limitations: nothing about time / leakage, nothing about causality
        _case_frame(limits='''[
        "The data may contain errors and outliers that affect the quality of the model.",
        "A more complex model such as a neural network might give better accuracy on this data.",
        "The sample is small compared with the full customer base of a large company.",
    ]'''),
        # counts taken after silently dropping the rows with NULL total_charges
        _case_frame(rows='customers.dropna(subset=["total_charges"])'),
    ],
    "build_features": [
        # one-hot of every column but the id: the outcome `churn` slips in as a feature
        '''
def build_features(customers):
    frame = customers.drop(columns=["customer_id"]).copy()
    frame["total_charges"] = frame["total_charges"].fillna(0.0)
    frame = pd.get_dummies(frame, columns=CATEGORICAL_COLUMNS, dtype=float)
    for low, high in [(0, 12), (13, 24), (25, 48), (49, 72)]:
        frame[f"tenure_band_{low}_{high}"] = customers["tenure"].between(low, high).astype(float).to_numpy()
    frame.index = customers["customer_id"].to_numpy()
    return frame
''',
        # drops the 11 customers with NULL total_charges instead of imputing 0
        '''
def build_features(customers):
    customers = customers.dropna(subset=["total_charges"])
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float)
    bands = pd.cut(customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features.index = customers["customer_id"].to_numpy()
    return features
''',
        # imputes the mean total charge: brand-new customers get a long billing history
        '''
def build_features(customers):
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    numeric["total_charges"] = numeric["total_charges"].fillna(numeric["total_charges"].mean())
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float)
    bands = pd.cut(customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features.index = customers["customer_id"].to_numpy()
    return features
''',
        # drop_first=True: a reference level of every category disappears
        '''
def build_features(customers):
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    numeric["total_charges"] = numeric["total_charges"].fillna(0.0)
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float, drop_first=True)
    bands = pd.cut(customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features.index = customers["customer_id"].to_numpy()
    return features
''',
        # left-closed bands: tenure 12 lands in 13_24, and so on at every edge
        '''
def build_features(customers):
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    numeric["total_charges"] = numeric["total_charges"].fillna(0.0)
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float)
    bands = pd.cut(customers["tenure"], bins=[0, 12, 24, 48, 73], right=False,
                   labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features.index = customers["customer_id"].to_numpy()
    return features
''',
        # a post-outcome proxy: a "left last month" flag copied from the outcome under another name
        '''
def build_features(customers):
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    numeric["total_charges"] = numeric["total_charges"].fillna(0.0)
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float)
    bands = pd.cut(customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features["cancelled_service"] = customers["churn"].astype(float)
    features.index = customers["customer_id"].to_numpy()
    return features
''',
    ],
    "split_customers": [
        # not stratified: the test churn rate drifts with the luck of the draw
        '''
def split_customers(features, target, seed=SPLIT_SEED):
    return train_test_split(features, target, test_size=0.25, random_state=seed)
''',
        # no shuffle: the last quarter of customer ids becomes the test set
        '''
def split_customers(features, target, seed=SPLIT_SEED):
    return train_test_split(features, target, test_size=0.25, shuffle=False)
''',
        # the seed argument is ignored: always 42
        '''
def split_customers(features, target, seed=SPLIT_SEED):
    return train_test_split(features, target, test_size=0.25, stratify=target, random_state=42)
''',
    ],
    "scale_features": [
        # the scaler sees every row, test rows included, before being applied to each part
        '''
def scale_features(X_train, X_test):
    scaler = StandardScaler().fit(pd.concat([X_train, X_test]))
    train = pd.DataFrame(scaler.transform(X_train), index=X_train.index, columns=X_train.columns)
    test = pd.DataFrame(scaler.transform(X_test), index=X_test.index, columns=X_test.columns)
    return train, test, scaler
''',
        # a second scaler refitted on the test rows
        '''
def scale_features(X_train, X_test):
    scaler = StandardScaler().fit(X_train)
    train = pd.DataFrame(scaler.transform(X_train), index=X_train.index, columns=X_train.columns)
    test = pd.DataFrame(StandardScaler().fit_transform(X_test), index=X_test.index, columns=X_test.columns)
    return train, test, scaler
''',
    ],
    "baseline_report": [
        # precision and recall swapped
        '''
def baseline_report(y_train, X_test, y_test):
    y = np.asarray(y_test)
    rule = np.asarray(X_test["contract_Month-to-month"]).astype(int)
    majority = int(np.mean(y_train) > 0.5)
    return {
        "majority_accuracy": float(np.mean(y == majority)),
        "majority_recall": float(majority),
        "rule_accuracy": float(np.mean(rule == y)),
        "rule_precision": float(np.sum(rule * y) / np.sum(y)),
        "rule_recall": float(np.sum(rule * y) / np.sum(rule)),
        "rule_auc": float(roc_auc_score(y, rule)),
    }
''',
        # "the majority class is no churn" hard-coded instead of read from the training labels
        '''
def baseline_report(y_train, X_test, y_test):
    y = np.asarray(y_test)
    rule = np.asarray(X_test["contract_Month-to-month"]).astype(int)
    return {
        "majority_accuracy": float(np.mean(y == 0)),
        "majority_recall": 0.0,
        "rule_accuracy": float(np.mean(rule == y)),
        "rule_precision": float(np.sum(rule * y) / np.sum(rule)),
        "rule_recall": float(np.sum(rule * y) / np.sum(y)),
        "rule_auc": float(roc_auc_score(y, rule)),
    }
''',
        # the majority baseline's accuracy measured on the training labels
        '''
def baseline_report(y_train, X_test, y_test):
    y = np.asarray(y_test)
    rule = np.asarray(X_test["contract_Month-to-month"]).astype(int)
    majority = int(np.mean(y_train) > 0.5)
    return {
        "majority_accuracy": float(np.mean(np.asarray(y_train) == majority)),
        "majority_recall": float(majority),
        "rule_accuracy": float(np.mean(rule == y)),
        "rule_precision": float(np.sum(rule * y) / np.sum(rule)),
        "rule_recall": float(np.sum(rule * y) / np.sum(y)),
        "rule_auc": float(roc_auc_score(y, rule)),
    }
''',
    ],
    "fit_churn_model": [
        # stochastic gradient boosting with no random_state: a different model on every run
        '''
def fit_churn_model(X_train, y_train):
    return GradientBoostingClassifier(n_estimators=60, max_depth=2, subsample=0.7).fit(X_train, y_train)
''',
        # an unpruned decision tree: memorises the training rows
        '''
from sklearn.tree import DecisionTreeClassifier


def fit_churn_model(X_train, y_train):
    return DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
''',
        # "more data is better": the test rows from the notebook are added to the training set
        '''
def fit_churn_model(X_train, y_train):
    X = pd.concat([X_train, X_test_scaled[X_train.columns]])
    y = pd.concat([y_train, y_test])
    return LogisticRegression(max_iter=2000).fit(X, y)
''',
        # k-nearest neighbours with the default k = 5: coarse, noisy risk scores that rank poorly
        '''
from sklearn.neighbors import KNeighborsClassifier


def fit_churn_model(X_train, y_train):
    return KNeighborsClassifier().fit(X_train, y_train)
''',
    ],
    "value_curve": [
        # sorted by risk ascending: the safest customers are called first
        '''
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(np.asarray(risk, dtype=float), kind="stable")
    hits = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    value = save_rate * 12 * np.cumsum(y[order] * np.asarray(monthly_charges, dtype=float)[order]) - offer_cost * k
    return pd.DataFrame({"k": k, "churners_contacted": hits, "precision_at_k": hits / k,
                         "recall_at_k": hits / y.sum(), "net_value": value})


def best_k(curve):
    return int(curve["k"].iloc[int(np.argmax(curve["net_value"].to_numpy()))]) if curve["net_value"].max() > 0 else 0
''',
        # the offer cost charged only for churners: calls to customers who stay look free
        '''
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(-np.asarray(risk, dtype=float), kind="stable")
    hits = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    charges = np.asarray(monthly_charges, dtype=float)[order]
    value = np.cumsum(y[order] * (save_rate * 12 * charges - offer_cost))
    return pd.DataFrame({"k": k, "churners_contacted": hits, "precision_at_k": hits / k,
                         "recall_at_k": hits / y.sum(), "net_value": value})


def best_k(curve):
    return int(curve["k"].iloc[int(np.argmax(curve["net_value"].to_numpy()))]) if curve["net_value"].max() > 0 else 0
''',
        # the saved value counted for every contacted customer, churner or not
        '''
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(-np.asarray(risk, dtype=float), kind="stable")
    hits = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    value = save_rate * 12 * np.cumsum(np.asarray(monthly_charges, dtype=float)[order]) - offer_cost * k
    return pd.DataFrame({"k": k, "churners_contacted": hits, "precision_at_k": hits / k,
                         "recall_at_k": hits / y.sum(), "net_value": value})


def best_k(curve):
    return int(curve["k"].iloc[int(np.argmax(curve["net_value"].to_numpy()))]) if curve["net_value"].max() > 0 else 0
''',
        # k chosen by recall alone: the first k that reaches 80% of the churners, whatever it costs
        '''
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(-np.asarray(risk, dtype=float), kind="stable")
    hits = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    value = save_rate * 12 * np.cumsum(y[order] * np.asarray(monthly_charges, dtype=float)[order]) - offer_cost * k
    return pd.DataFrame({"k": k, "churners_contacted": hits, "precision_at_k": hits / k,
                         "recall_at_k": hits / y.sum(), "net_value": value})


def best_k(curve):
    return int(curve.loc[curve["recall_at_k"] >= 0.8, "k"].min())
''',
        # idxmax of the net value: the row label, one less than k, and no "call nobody" case
        '''
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(-np.asarray(risk, dtype=float), kind="stable")
    hits = np.cumsum(y[order])
    k = np.arange(1, len(y) + 1)
    value = save_rate * 12 * np.cumsum(y[order] * np.asarray(monthly_charges, dtype=float)[order]) - offer_cost * k
    return pd.DataFrame({"k": k, "churners_contacted": hits, "precision_at_k": hits / k,
                         "recall_at_k": hits / y.sum(), "net_value": value})


def best_k(curve):
    return int(curve["net_value"].idxmax())
''',
    ],
    "campaign_summary": [
        # the campaign sized to reach 80% of the churners, ignoring what the calls cost
        '''
_charges = customers.set_index("customer_id").loc[y_test.index, "monthly_charges"]
_curve = value_curve(y_test, test_risk.loc[y_test.index], _charges)
_k = int(_curve.loc[_curve["recall_at_k"] >= 0.8, "k"].min())
_row = _curve.iloc[_k - 1]
campaign_summary = {
    "roc_auc": float(roc_auc_score(y_test, test_risk.loc[y_test.index])),
    "best_k": _k,
    "best_net_value": float(_row["net_value"]),
    "precision_at_best_k": float(_row["precision_at_k"]),
    "recall_at_best_k": float(_row["recall_at_k"]),
    "share_contacted": _k / len(y_test),
    "net_value_contact_everyone": float(_curve["net_value"].iloc[-1]),
}
''',
        # ROC AUC of the 0/1 predictions at a 0.5 threshold instead of the risk scores
        '''
_charges = customers.set_index("customer_id").loc[y_test.index, "monthly_charges"]
_curve = value_curve(y_test, test_risk.loc[y_test.index], _charges)
_k = best_k(_curve)
_row = _curve.iloc[_k - 1]
campaign_summary = {
    "roc_auc": float(roc_auc_score(y_test, churn_model.predict(X_test_scaled))),
    "best_k": _k,
    "best_net_value": float(_row["net_value"]),
    "precision_at_best_k": float(_row["precision_at_k"]),
    "recall_at_best_k": float(_row["recall_at_k"]),
    "share_contacted": _k / len(y_test),
    "net_value_contact_everyone": float(_curve["net_value"].iloc[-1]),
}
''',
        # monthly charges taken by position from the full table: they belong to other customers
        '''
_charges = customers["monthly_charges"].iloc[: len(y_test)]
_curve = value_curve(y_test, test_risk.loc[y_test.index], _charges)
_k = best_k(_curve)
_row = _curve.iloc[_k - 1]
campaign_summary = {
    "roc_auc": float(roc_auc_score(y_test, test_risk.loc[y_test.index])),
    "best_k": _k,
    "best_net_value": float(_row["net_value"]),
    "precision_at_best_k": float(_row["precision_at_k"]),
    "recall_at_best_k": float(_row["recall_at_k"]),
    "share_contacted": _k / len(y_test),
    "net_value_contact_everyone": float(_curve["net_value"].iloc[-1]),
}
''',
    ],
}
