# %% [markdown]
# # Week 4 · Case: reducing churn
#
# "Our subscribers are leaving. Build something that helps us keep them." This is the most
# common machine-learning case in a data-science loop, and interviewers grade it less on the
# model than on everything around it: whether you ask what decision the model will feed,
# whether the features could exist at the moment of that decision, whether the split leaks,
# whether you beat a simple baseline, and whether you judge the result in dollars rather than
# in accuracy. This notebook walks the whole case on real data, in the order you would talk
# through it in the room:
#
# 1. frame the case (objective, approach, success metrics, limitations);
# 2. turn the raw customer table into a numeric feature matrix;
# 3. split the customers into training and test rows, stratified and seeded;
# 4. standardise the features with statistics from the training rows only;
# 5. measure two baselines: "nobody churns" and a one-feature rule;
# 6. fit a better model with scikit-learn;
# 7. turn the model's ranking into a campaign: the net value of contacting the top-k
#    customers, and the best k;
# 8. summarise the campaign on the held-out customers;
# 9. write the recommendation you would give the retention team.
#
# **The data.** `telco.customers` holds IBM's public telecom churn sample: 7,043 customers of
# a phone and internet provider, what they subscribe to, how they pay, how long they have been
# with the company and whether they left within the last month (`churn`). It is real data,
# with the untidiness that comes with it: 11 customers with no `total_charges` at all.
#
# **How to answer.** Each answer cell holds either a function, whose `def` line and docstring
# are given (keep both, replace `raise NotImplementedError()` with your code), or a Python
# dict you write in full (`case_frame = {...}`). NumPy (`np`), pandas (`pd`) and the
# scikit-learn pieces named in the `imports` cell are ready to use. Each answer cell has a
# target time: about what an interviewer would allow for that step. The whole notebook runs in
# well under a minute, so keep your models small.
#
# **How grading works.** The test cell under each answer runs a few visible checks. The real
# grade (`autograde check week04/churn_modeling.ipynb`, see the end of the notebook) adds
# hidden checks that recompute every number independently (AUC from a Mann-Whitney U
# statistic, the value curve by brute force, features rebuilt column by column), call your
# functions on other data, and check your model's quality with a margin (a held-out AUC above
# 0.80 and clearly above the baseline) rather than to the last digit. A failed check says what
# is wrong with *your* answer, never what the expected value is. Two written parts (the
# substance of your case frame and the final recommendation) are marked by a person against
# the rubric shown above them; `autograde check` lists their points apart.

# %% nbgrader={"grade_id": "imports"}
import warnings

from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from autograde.probes import expect_close

# %% [markdown]
# ## The case
#
# In this sample, about one customer in four left the provider within the last month. The
# retention team can run one campaign: an agent calls a customer and offers a discount. The
# cost and effect below are the numbers the team gives you (in a real loop you would ask for
# them):
#
# - every contacted customer costs `OFFER_COST` = $100 (agent time plus the discount, paid
#   whether or not the customer was going to leave);
# - the offer keeps `SAVE_RATE` = 30% of the contacted customers who **would have churned**;
#   it changes nothing for the others;
# - a customer kept is worth `MONTHS_OF_VALUE` = 12 months of their `monthly_charges`.
#
# The team asks: *whom should we call, how many of them, and what is it worth?*
#
# The locked cell below loads the table into `customers` (one row per customer, sorted by
# `customer_id`), the outcome into `churned` (1 if the customer left, else 0, indexed by
# `customer_id`) and sets the constants used throughout. `CASE_METRICS` is the menu of metric
# names for exercise 1.

# %% nbgrader={"grade_id": "churn_modeling_data", "locked": true}
customers = con.sql("SELECT * FROM telco.customers ORDER BY customer_id").df()
churned = customers.set_index("customer_id")["churn"].astype(int).rename("churned")

OFFER_COST = 100.0  # dollars per contacted customer
SAVE_RATE = 0.30  # share of contacted would-be churners who stay
MONTHS_OF_VALUE = 12  # a kept customer is worth this many months of monthly_charges
SPLIT_SEED = 2024

CATEGORICAL_COLUMNS = [
    "multiple_lines", "internet_service", "online_security", "online_backup", "device_protection",
    "tech_support", "streaming_tv", "streaming_movies", "contract", "payment_method",
]
NUMERIC_COLUMNS = [
    "female", "senior_citizen", "partner", "dependents", "tenure", "phone_service",
    "paperless_billing", "monthly_charges", "total_charges",
]

CASE_METRICS = {
    "accuracy": "share of customers whose churn / no-churn label the model gets right at a 0.5 threshold",
    "roc_auc": "probability that a random churner gets a higher risk score than a random non-churner",
    "log_loss": "mean cross-entropy of the predicted churn probabilities",
    "precision_at_k": "share of the k contacted customers who would have churned",
    "recall_at_k": "share of all would-be churners who are among the k contacted",
    "campaign_net_value": "12-month revenue kept from saved churners minus the cost of every offer made",
    "churn_rate_contacted_vs_control": "3-month churn rate of contacted customers minus that of a random held-back control group",
    "offer_cost_per_saved_customer": "total offer spend divided by the number of churners saved",
    "customer_complaint_rate": "complaints per 1,000 contacted customers",
    "discount_given_to_non_churners": "dollars of discount given to contacted customers who would have stayed anyway",
}

print(f"{len(customers):,} customers, churn rate {churned.mean():.3f}, "
      f"{customers['total_charges'].isna().sum()} with NULL total_charges")

# %% [markdown]
# Scratch space (not graded): churn by contract type and by tenure, and the rows with no
# `total_charges`. Look before you model: the month-to-month contracts and the first year of
# tenure stand out, and the 11 NULLs all belong to customers who joined this month.

# %%
print(customers.groupby("contract")["churn"].agg(["mean", "size"]).round(3))
print(customers.groupby(pd.cut(customers["tenure"], [-1, 12, 24, 48, 72]), observed=True)["churn"].mean().round(3))
print(customers.loc[customers["total_charges"].isna(), ["customer_id", "tenure", "monthly_charges", "churn"]])

# %% [markdown]
# ## 1. Frame the case
# *Objective, approach, success metrics, limitations*
#
# Open with the decision, not the algorithm. The retention team does not need a churn
# classifier; it needs a call list and a reason to believe the calls pay for themselves. That
# choice fixes the rest. The model's job is to **rank** customers by risk, so threshold-free
# ranking metrics (ROC AUC, precision and recall among the top k) judge it, and accuracy does
# not: with about 27% churners, a model that predicts "nobody leaves" is 73% accurate and
# useless. The campaign's job is to make money, so its success metric is in dollars, and the
# cleanest proof is an experiment that holds back a random part of the call list. Guardrails
# catch the ways a campaign can "win" while hurting the business (discounts handed to people
# who would have stayed, annoyed customers).
#
# Two limitations belong in every churn answer. **Time and leakage**: the model must only use
# what was known *before* the outcome; a column filled in after the customer left (a
# cancellation reason, a final bill, a retention-call flag) predicts churn perfectly and is
# useless on Monday morning. Here the table is a single snapshot, so even `tenure` and
# `total_charges` were measured at the same moment as the outcome, and a real project would
# rebuild features as of a cut-off date before the churn window. **Causality**: a high churn
# risk is not the same as being persuadable; the customers most likely to leave may be the
# least likely to be kept by a call (that is what uplift models and a control group address).
#
# **Question.** Assign a dict `case_frame` with these keys:
#
# - `"objective"`: the decision and the question, in at least 15 words;
# - `"prediction_target"`: what the model predicts, for whom and over what time window, in at
#   least 8 words;
# - `"approach"`: the analysis in order, in at least 30 words; it must mention the
#   **baseline** you compare with and how you **hold out** data (use the words "baseline" and
#   one of "hold out", "held-out", "test set", "split");
# - `"primary_metric"`: one name from `CASE_METRICS`, the one the business judges the
#   campaign by;
# - `"model_metrics"`: a list of at least 2 names from `CASE_METRICS` that judge how well the
#   model ranks customers on this imbalanced target;
# - `"guardrail_metrics"`: a list of at least 1 name from `CASE_METRICS`, things the campaign
#   must not make worse;
# - `"limitations"`: a list of at least 3 strings, each at least 8 words; together they must
#   cover time / leakage (one of them mentions leakage, time, the future, a snapshot or a
#   date) and causality (one of them mentions uplift, causal effects, persuadable customers,
#   a control group, an experiment or incrementality);
# - `"n_customers"`, `"n_missing_total_charges"`: integers, and `"churn_rate"`: a float (the
#   unrounded share of churners), all computed from `customers` (compute them, don't type
#   them).
#
# No metric name may appear in more than one of the three metric fields.

# %% nbgrader={"grade_id": "case_frame", "solution": true} autograde={"target_minutes": 10}
### BEGIN SOLUTION
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
        "Build numeric features from the customer table, impute the missing total charges, split the "
        "customers into a stratified training set and a held-out test set, fit preprocessing on the "
        "training rows only, compare a majority-class baseline and a contract-type rule with a "
        "regularised logistic regression, then rank the test customers by predicted risk and choose "
        "the number of calls that maximises the expected net value of the campaign."
    ),
    "primary_metric": "campaign_net_value",
    "model_metrics": ["roc_auc", "precision_at_k", "recall_at_k"],
    "guardrail_metrics": ["discount_given_to_non_churners", "customer_complaint_rate"],
    "limitations": [
        "The table is one snapshot: tenure and charges were measured at the same time as the outcome, so "
        "a real model must rebuild features as of a date before the churn window to avoid leakage.",
        "High churn risk is not persuadability: the model ranks who will leave, not who a call would keep, "
        "so the save rate must be measured against a random control group, or an uplift model built.",
        "The 30% save rate and the 12-month value are assumptions from the team; the best number of calls "
        "moves with them, and revenue is not margin.",
        "Churn was one month of one provider's customers; patterns may drift, so the model needs "
        "monitoring and periodic retraining.",
    ],
    "n_customers": int(len(customers)),
    "n_missing_total_charges": int(customers["total_charges"].isna().sum()),
    "churn_rate": float(customers["churn"].mean()),
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_frame_test", "grade": true, "points": 2}
assert isinstance(case_frame, dict), "case_frame should be a dict"
_cm_keys = ["objective", "prediction_target", "approach", "primary_metric", "model_metrics", "guardrail_metrics",
            "limitations", "n_customers", "n_missing_total_charges", "churn_rate"]
_cm_missing = [k for k in _cm_keys if k not in case_frame]
assert not _cm_missing, f"case_frame is missing the keys {_cm_missing}"
### BEGIN HIDDEN TESTS
import re


def _cm_words(text):
    return len(text.split()) if isinstance(text, str) else 0


for _cm_key, _cm_least in [("objective", 15), ("prediction_target", 8), ("approach", 30)]:
    assert _cm_words(case_frame[_cm_key]) >= _cm_least, (
        f"case_frame['{_cm_key}'] should be a string of at least {_cm_least} words: say it in full sentences"
    )
_cm_approach = case_frame["approach"].lower()
assert "baseline" in _cm_approach, "case_frame['approach'] does not say which baseline the model is compared with"
assert re.search(r"hold[- ]?out|held[- ]out|test set|split", _cm_approach), (
    "case_frame['approach'] does not say how data is held out to evaluate the model"
)
_cm_primary = case_frame["primary_metric"]
assert isinstance(_cm_primary, str) and _cm_primary in CASE_METRICS, (
    "case_frame['primary_metric'] should be one name from CASE_METRICS"
)
assert _cm_primary in {"campaign_net_value", "churn_rate_contacted_vs_control"}, (
    f"the primary metric {_cm_primary!r} judges the model, not the campaign: the business judges the "
    "campaign in dollars kept or churn prevented"
)
for _cm_key, _cm_least in [("model_metrics", 2), ("guardrail_metrics", 1)]:
    _cm_names = case_frame[_cm_key]
    assert isinstance(_cm_names, (list, tuple)) and len(_cm_names) >= _cm_least, (
        f"case_frame['{_cm_key}'] should be a list of at least {_cm_least} metric names"
    )
    _cm_unknown = [n for n in _cm_names if n not in CASE_METRICS]
    assert not _cm_unknown, f"case_frame['{_cm_key}'] has names that are not in CASE_METRICS: {_cm_unknown}"
assert "accuracy" not in case_frame["model_metrics"], (
    "accuracy is in case_frame['model_metrics']: with about 27% churners, predicting 'nobody churns' "
    "already scores about 73%, so accuracy cannot tell a useful ranking from a useless one"
)
assert set(case_frame["model_metrics"]) & {"roc_auc", "precision_at_k", "recall_at_k"}, (
    "case_frame['model_metrics'] should include a metric of how well the model ranks customers"
)
assert set(case_frame["guardrail_metrics"]) & {"discount_given_to_non_churners", "customer_complaint_rate",
                                                "offer_cost_per_saved_customer"}, (
    "the guardrails should include something the campaign could make worse (wasted discounts, complaints, "
    "cost per saved customer)"
)
_cm_all = [_cm_primary, *case_frame["model_metrics"], *case_frame["guardrail_metrics"]]
assert len(_cm_all) == len(set(_cm_all)), "a metric appears in two roles: each name belongs to one role only"
_cm_limits = case_frame["limitations"]
assert isinstance(_cm_limits, (list, tuple)) and len(_cm_limits) >= 3, (
    "case_frame['limitations'] should be a list of at least 3 strings"
)
assert all(_cm_words(item) >= 8 for item in _cm_limits), (
    "every item of case_frame['limitations'] should be a string of at least 8 words"
)
_cm_text = " ".join(_cm_limits).lower()
assert re.search(r"leak|\btime|future|snapshot|\bdate|as of|cut-?off", _cm_text), (
    "case_frame['limitations'] never discusses time or leakage: could every feature be known before "
    "the customer churned?"
)
assert re.search(r"uplift|causal|persuad|control group|experiment|incremental|randomi[sz]", _cm_text), (
    "case_frame['limitations'] never discusses causality: a high churn risk does not mean a call "
    "would keep the customer"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_frame_test_2", "grade": true, "points": 1}
# Hidden: the three numbers, recomputed from the table.
### BEGIN HIDDEN TESTS
_cm_raw = con.sql("SELECT churn, total_charges FROM telco.customers").fetchall()
_cm_truth = {
    "n_customers": len(_cm_raw),
    "n_missing_total_charges": sum(1 for _, t in _cm_raw if t is None),
}
for _cm_key, _cm_value in _cm_truth.items():
    _cm_got = case_frame[_cm_key]
    assert isinstance(_cm_got, (int, np.integer)) and not isinstance(_cm_got, bool), (
        f"case_frame['{_cm_key}'] should be an int"
    )
    assert _cm_got == _cm_value, f"case_frame['{_cm_key}'] = {_cm_got} does not match the table"
_cm_rate = sum(1 for c, _ in _cm_raw if c) / len(_cm_raw)
assert isinstance(case_frame["churn_rate"], (float, np.floating)), "case_frame['churn_rate'] should be a float"
assert abs(float(case_frame["churn_rate"]) - _cm_rate) < 1e-9, (
    "case_frame['churn_rate'] is not the share of churners among all the customers in the table "
    "(unrounded, every row counted)"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "case_frame_rubric", "task": true, "points": 3}
# **Rubric for the substance of your `case_frame` (3 points, graded by a person).**
#
# - **Decision and target (1 point).** The objective names the decision (whom to call, how
#   many, whether the campaign pays) and the prediction target has a population and a time
#   window ("active customers, cancelling within the next month"), not just "churn".
# - **Metrics that fit the roles (1 point).** The primary metric is in dollars or churn
#   prevented and is tied to the offer's cost; the model metrics are about ranking on an
#   imbalanced target; the guardrails name a real way the campaign could backfire, and the
#   approach compares against a baseline on held-out customers.
# - **Limitations with consequences (1 point).** The time/leakage point says what would go
#   wrong (features that are only known after the outcome make a model look great and fail
#   in use) and how to fix it (features as of a cut-off date); the causal point says that risk
#   is not persuadability and proposes a control group or an uplift model; at least one more
#   limit (assumed save rate and value, revenue versus margin, drift) with what it changes.

# %% [markdown]
# ## 2. Features
# *One-hot encoding, bands, imputation, and what must never be a feature*
#
# Models take numbers, so every text column becomes a set of 0/1 indicator columns, one per
# value (one-hot encoding). Keeping every level, instead of dropping one as a reference, makes
# the columns redundant for an unregularised linear model, but it is harmless for a
# regularised logistic regression or a tree ensemble and makes the coefficients easier to
# read. Bands of a numeric column (tenure in years, here) let a linear model bend: churn
# falls steeply over the first year and slowly after that.
#
# Missing values need a decision, not a default. The 11 customers with no `total_charges` all
# have `tenure` 0: they joined this month and have not been billed yet, so their total is
# **0**, not unknown. Dropping them silently loses customers the campaign would have to score
# anyway; filling them with the column mean (about $2,300) tells the model that brand-new
# customers have a long billing history. And two columns must never be features: `churn`,
# the outcome itself (a feature matrix that contains the answer gives a perfect score and a
# useless model), and `customer_id`, an arbitrary label that belongs in the index.
#
# **Question.** Write `build_features(customers)`. It receives a DataFrame with the columns of
# `telco.customers` (any number of rows, in any order; do not modify it) and returns a
# DataFrame with:
#
# - one row per input row, in the same order, **indexed by `customer_id`**;
# - the 9 columns of `NUMERIC_COLUMNS` under their own names, with `total_charges` set to
#   `0.0` where it is NULL;
# - for every column in `CATEGORICAL_COLUMNS` and every value it takes, a 0/1 column named
#   `<column>_<value>`, for example `contract_Month-to-month` or
#   `online_security_No internet service` (the names `pd.get_dummies` gives with its default
#   separator; keep every level). All the values appear in every sample the tests use;
# - four 0/1 tenure bands: `tenure_band_0_12` (tenure 0 to 12 months, both ends included),
#   `tenure_band_13_24`, `tenure_band_25_48` and `tenure_band_49_72`;
# - nothing else: 44 columns in all, in any order; every one numeric (int, float or bool),
#   with no missing values.
#
# ```python
# def build_features(customers):
#     """Numeric feature matrix indexed by customer_id: numeric columns, one-hot, tenure bands."""
# ```

# %% nbgrader={"grade_id": "build_features", "solution": true} autograde={"target_minutes": 12}
def build_features(customers):
    """Numeric feature matrix indexed by customer_id: numeric columns, one-hot, tenure bands."""
    ### BEGIN SOLUTION
    numeric = customers[NUMERIC_COLUMNS].astype(float)
    numeric["total_charges"] = numeric["total_charges"].fillna(0.0)  # tenure 0: nothing billed yet
    onehot = pd.get_dummies(customers[CATEGORICAL_COLUMNS], dtype=float)
    bands = pd.cut(customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"])
    bands = pd.get_dummies(bands, prefix="tenure_band", dtype=float)
    features = pd.concat([numeric, onehot, bands], axis=1)
    features.index = pd.Index(customers["customer_id"].to_numpy(), name="customer_id")
    return features
    ### END SOLUTION

# %% nbgrader={"grade_id": "build_features_test", "grade": true, "points": 2}
_cm_features = build_features(customers)
assert isinstance(_cm_features, pd.DataFrame), "build_features should return a DataFrame"
assert "churn" not in _cm_features.columns, "churn is the outcome: it must not be a feature"
assert "customer_id" not in _cm_features.columns, "customer_id is a label, not a feature: put it in the index"
assert len(_cm_features) == len(customers), (
    f"build_features returned {len(_cm_features)} rows for {len(customers)} customers: keep every customer"
)
assert _cm_features.shape[1] == 44, f"expected 44 feature columns, got {_cm_features.shape[1]}"
for _cm_name in ["tenure", "total_charges", "contract_Month-to-month", "tenure_band_0_12", "tenure_band_49_72"]:
    assert _cm_name in _cm_features.columns, f"the column {_cm_name!r} is missing"
### BEGIN HIDDEN TESTS
_cm_expected_columns = set(NUMERIC_COLUMNS) | {"tenure_band_0_12", "tenure_band_13_24", "tenure_band_25_48",
                                               "tenure_band_49_72"}
for _cm_col in CATEGORICAL_COLUMNS:
    _cm_expected_columns |= {f"{_cm_col}_{v}" for v in set(customers[_cm_col])}
_cm_extra = sorted(set(_cm_features.columns) - _cm_expected_columns)
_cm_absent = sorted(_cm_expected_columns - set(_cm_features.columns))
assert not _cm_extra, f"build_features has unexpected columns: {_cm_extra[:5]}"
assert not _cm_absent, f"build_features lacks the columns {_cm_absent[:5]} (keep every level of every category)"
assert list(_cm_features.index) == list(customers["customer_id"]), (
    "the rows should be indexed by customer_id, in the order of the input"
)
for _cm_col in _cm_features.columns:
    assert pd.api.types.is_numeric_dtype(_cm_features[_cm_col]) or pd.api.types.is_bool_dtype(_cm_features[_cm_col]), (
        f"the column {_cm_col!r} is not numeric"
    )
assert not _cm_features.isna().any().any(), (
    f"the feature matrix has missing values in {list(_cm_features.columns[_cm_features.isna().any()])}"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "build_features_test_2", "grade": true, "points": 2}
# Hidden: every value rebuilt column by column, the NULL rows, another sample of rows, and a
# search for any column that gives the outcome away.
### BEGIN HIDDEN TESTS
def _cm_rank_auc(y, score):
    """AUC from the rank-sum formula, ties given average ranks."""
    y = np.asarray(y, dtype=bool)
    ranks = pd.Series(np.asarray(score, dtype=float)).rank(method="average").to_numpy()
    n1, n0 = y.sum(), (~y).sum()
    return (ranks[y].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def _cm_expected_features(frame):
    cols = {}
    for name in NUMERIC_COLUMNS:
        values = frame[name].to_numpy(dtype=float, na_value=np.nan)
        cols[name] = np.where(np.isnan(values), 0.0, values) if name == "total_charges" else values
    for name in CATEGORICAL_COLUMNS:
        raw = frame[name].tolist()
        for value in set(customers[name]):
            cols[f"{name}_{value}"] = np.array([1.0 if r == value else 0.0 for r in raw])
    tenure = frame["tenure"].to_numpy()
    for low, high in [(0, 12), (13, 24), (25, 48), (49, 72)]:
        cols[f"tenure_band_{low}_{high}"] = ((tenure >= low) & (tenure <= high)).astype(float)
    return cols


_cm_before = customers.copy()
_cm_sample = customers.sample(n=600, random_state=41)
for _cm_label, _cm_frame in [("all customers", customers), ("600 customers in shuffled order", _cm_sample)]:
    _cm_got = build_features(_cm_frame)
    assert len(_cm_got) == len(_cm_frame), (
        f"{_cm_label}: build_features returned {len(_cm_got)} rows for {len(_cm_frame)}; keep every row"
    )
    assert list(_cm_got.index) == list(_cm_frame["customer_id"]), (
        f"{_cm_label}: the rows should be indexed by customer_id, in the order of the input"
    )
    for _cm_name, _cm_values in _cm_expected_features(_cm_frame).items():
        assert _cm_name in _cm_got.columns, f"{_cm_label}: the column {_cm_name!r} is missing"
        _cm_col = _cm_got[_cm_name].to_numpy(dtype=float)
        if _cm_name == "total_charges":
            _cm_null = _cm_frame["total_charges"].isna().to_numpy()
            assert np.allclose(_cm_col[_cm_null], 0.0), (
                f"{_cm_label}: total_charges of the customers whose total_charges is NULL should be 0.0 "
                "(tenure 0: nothing billed yet)"
            )
        assert np.allclose(_cm_col, _cm_values), (
            f"{_cm_label}: the column {_cm_name!r} has {int(np.sum(~np.isclose(_cm_col, _cm_values)))} wrong values"
        )
assert customers.equals(_cm_before), "build_features modified the DataFrame it was given"
_cm_all = build_features(customers).astype(float)
for _cm_name in _cm_all.columns:
    _cm_auc = _cm_rank_auc(customers["churn"].to_numpy(), _cm_all[_cm_name].to_numpy())
    assert 0.05 < _cm_auc < 0.95, (
        f"the column {_cm_name!r} separates churners from the others almost perfectly: it leaks the outcome"
    )
### END HIDDEN TESTS

# %% [markdown]
# Run the cell below to build the feature matrix for every customer (not graded; the tests
# call your function themselves).

# %%
try:
    features = build_features(customers)
    print(features.shape)
except NotImplementedError:
    print("Answer exercise 2 first.")

# %% [markdown]
# ## 3. A stratified, seeded split
# *Hold out customers the model never sees*
#
# Every number you report must come from customers the model was not fitted on, so split
# first and look at the test part only at the end. **Stratify** on the outcome so that both
# parts keep the same share of churners (with a 27% target and a few thousand rows, an
# unlucky random split can move the test churn rate by a couple of points and every metric
# with it), and **seed** the split so that you and the interviewer get the same rows twice.
# (With a history of monthly snapshots you would split by time instead, training on earlier
# months and testing on a later one; this table is a single snapshot.)
#
# **Question.** Write `split_customers(features, target, seed=SPLIT_SEED)`: `features` is a
# DataFrame and `target` a Series with the same index. Return the tuple
# `(X_train, X_test, y_train, y_test)` given by
# `train_test_split(features, target, test_size=0.25, stratify=target, random_state=seed)`
# (scikit-learn's function, with exactly these arguments): 25% of the rows in the test part,
# the same share of churners in both parts, the rows of `X_*` and `y_*` aligned.
#
# ```python
# def split_customers(features, target, seed=SPLIT_SEED):
#     """Stratified, seeded 75/25 split: (X_train, X_test, y_train, y_test)."""
# ```

# %% nbgrader={"grade_id": "split_customers", "solution": true} autograde={"target_minutes": 5}
def split_customers(features, target, seed=SPLIT_SEED):
    """Stratified, seeded 75/25 split: (X_train, X_test, y_train, y_test)."""
    ### BEGIN SOLUTION
    return train_test_split(features, target, test_size=0.25, stratify=target, random_state=seed)
    ### END SOLUTION

# %% nbgrader={"grade_id": "split_customers_test", "grade": true, "points": 2}
_cm_X = pd.DataFrame({"a": np.arange(40.0), "b": np.arange(40.0) % 3}, index=np.arange(100, 140))
_cm_y = pd.Series([1] * 8 + [0] * 32, index=_cm_X.index)
_cm_parts = split_customers(_cm_X, _cm_y, seed=1)
assert len(_cm_parts) == 4, "split_customers should return four objects: X_train, X_test, y_train, y_test"
_cm_Xtr, _cm_Xte, _cm_ytr, _cm_yte = _cm_parts
assert (len(_cm_Xtr), len(_cm_Xte)) == (30, 10), (
    f"40 rows should split into 30 training and 10 test rows; got {len(_cm_Xtr)} and {len(_cm_Xte)}"
)
assert int(_cm_yte.sum()) == 2, (
    f"8 churners in 40 rows: a stratified split puts 2 of them in the 10 test rows; got {int(_cm_yte.sum())}"
)
### BEGIN HIDDEN TESTS
_cm_rng = np.random.default_rng(8)
_cm_X = pd.DataFrame(_cm_rng.normal(size=(800, 3)), columns=["u", "v", "w"],
                     index=pd.Index(_cm_rng.permutation(np.arange(5000, 5800)), name="customer_id"))
_cm_y = pd.Series((_cm_rng.random(800) < 0.2).astype(int), index=_cm_X.index, name="churned")
for _cm_seed in (3, 77):
    _cm_Xtr, _cm_Xte, _cm_ytr, _cm_yte = split_customers(_cm_X, _cm_y, seed=_cm_seed)
    assert len(_cm_Xte) == 200 and len(_cm_Xtr) == 600, "the test part should hold 25% of the rows"
    assert set(_cm_Xtr.index).isdisjoint(_cm_Xte.index), "some rows are in both the training and the test part"
    assert set(_cm_Xtr.index) | set(_cm_Xte.index) == set(_cm_X.index), "some rows are in neither part"
    assert list(_cm_ytr.index) == list(_cm_Xtr.index) and list(_cm_yte.index) == list(_cm_Xte.index), (
        "the labels are not aligned with the feature rows"
    )
    assert np.array_equal(_cm_yte.to_numpy(), _cm_y.loc[_cm_Xte.index].to_numpy()), (
        "y_test does not hold the labels of the X_test rows"
    )
    _cm_rates = (_cm_ytr.mean(), _cm_yte.mean(), _cm_y.mean())
    assert max(_cm_rates) - min(_cm_rates) < 0.004, (
        "the churn rate differs between the training and the test part: the split is not stratified"
    )
    _cm_ref = train_test_split(_cm_X, _cm_y, test_size=0.25, stratify=_cm_y, random_state=_cm_seed)
    assert list(_cm_Xte.index) == list(_cm_ref[1].index) and list(_cm_Xtr.index) == list(_cm_ref[0].index), (
        f"with seed={_cm_seed} the split is not the one the stated train_test_split call gives "
        "(check test_size, stratify and random_state=seed)"
    )
_cm_a = split_customers(_cm_X, _cm_y)[1].index
_cm_b = split_customers(_cm_X, _cm_y, seed=SPLIT_SEED)[1].index
assert list(_cm_a) == list(_cm_b), "the default seed should be SPLIT_SEED"
### END HIDDEN TESTS

# %% [markdown]
# The split used in the rest of the notebook (not graded):

# %%
try:
    X_train, X_test, y_train, y_test = split_customers(features, churned.loc[features.index])
    print(f"train {X_train.shape}, churn rate {y_train.mean():.3f}; test {X_test.shape}, churn rate {y_test.mean():.3f}")
except (NotImplementedError, NameError):
    print("Answer exercises 2 and 3 first.")

# %% [markdown]
# ## 4. Preprocessing fitted on the training rows only
# *Standardisation without peeking at the test set*
#
# Logistic regression with a penalty is sensitive to the scale of its inputs: `total_charges`
# runs into thousands while the indicators are 0 or 1, so the penalty would fall unevenly.
# Standardising (subtract the mean, divide by the standard deviation) fixes that, but the
# mean and standard deviation are *learned* from data, exactly like model weights. Fitting
# the scaler on all 7,043 rows before splitting lets the test rows shape the training data;
# the leak is small for a scaler and large for target encoding or feature selection, and the
# habit is what interviewers look for. Fit on the training rows, then apply the same fitted
# transformation to both parts. Refitting a second scaler on the test rows is the mirror
# mistake: the test data is then described in different units from the ones the model learned.
#
# **Question.** Write `scale_features(X_train, X_test)`. Fit a `StandardScaler` on `X_train`
# only and return the tuple `(X_train_scaled, X_test_scaled, scaler)`: the two scaled parts
# as DataFrames with the same index and columns as their inputs, and the fitted scaler. Do not
# modify the inputs.
#
# ```python
# def scale_features(X_train, X_test):
#     """Standardise both parts with a StandardScaler fitted on X_train only."""
# ```

# %% nbgrader={"grade_id": "scale_features", "solution": true} autograde={"target_minutes": 6}
def scale_features(X_train, X_test):
    """Standardise both parts with a StandardScaler fitted on X_train only."""
    ### BEGIN SOLUTION
    scaler = StandardScaler().fit(X_train)
    train = pd.DataFrame(scaler.transform(X_train), index=X_train.index, columns=X_train.columns)
    test = pd.DataFrame(scaler.transform(X_test), index=X_test.index, columns=X_test.columns)
    return train, test, scaler
    ### END SOLUTION

# %% nbgrader={"grade_id": "scale_features_test", "grade": true, "points": 2}
_cm_tr = pd.DataFrame({"x": [0.0, 2.0, 4.0], "z": [1.0, 1.0, 4.0]}, index=[7, 8, 9])
_cm_te = pd.DataFrame({"x": [10.0], "z": [1.0]}, index=[3])
_cm_out = scale_features(_cm_tr, _cm_te)
assert len(_cm_out) == 3, "scale_features should return (X_train_scaled, X_test_scaled, scaler)"
assert isinstance(_cm_out[1], pd.DataFrame) and list(_cm_out[1].index) == [3], (
    "X_test_scaled should be a DataFrame with the index of X_test"
)
assert abs(float(_cm_out[1].loc[3, "x"]) - (10.0 - 2.0) / np.sqrt(8 / 3)) < 1e-9, (
    "the test row's x should be (10 - 2) / 1.633, using the training mean 2 and the training standard "
    f"deviation 1.633 (ddof=0); got {float(_cm_out[1].loc[3, 'x'])!r}"
)
### BEGIN HIDDEN TESTS
_cm_rng = np.random.default_rng(19)
_cm_tr = pd.DataFrame(_cm_rng.normal([5.0, -1.0, 100.0], [2.0, 0.5, 30.0], size=(300, 3)), columns=["p", "q", "r"],
                      index=np.arange(1000, 1300))
_cm_te = pd.DataFrame(_cm_rng.normal([9.0, 1.0, 160.0], [1.0, 0.5, 10.0], size=(100, 3)), columns=["p", "q", "r"],
                      index=np.arange(2000, 2100))
_cm_tr0, _cm_te0 = _cm_tr.copy(), _cm_te.copy()
_cm_str, _cm_ste, _cm_scaler = scale_features(_cm_tr, _cm_te)
assert _cm_tr.equals(_cm_tr0) and _cm_te.equals(_cm_te0), "scale_features modified its inputs"
assert getattr(_cm_scaler, "n_samples_seen_", None) is not None and int(np.max(_cm_scaler.n_samples_seen_)) == 300, (
    "the scaler was not fitted on the training rows alone (look at how many rows it has seen)"
)
_cm_mu = _cm_tr.to_numpy().sum(axis=0) / len(_cm_tr)
_cm_sd = np.sqrt(((_cm_tr.to_numpy() - _cm_mu) ** 2).sum(axis=0) / len(_cm_tr))
assert np.allclose(_cm_scaler.mean_, _cm_mu), "the scaler's means are not those of the training rows"
for _cm_label, _cm_raw, _cm_scaled in [("X_train_scaled", _cm_tr, _cm_str), ("X_test_scaled", _cm_te, _cm_ste)]:
    assert isinstance(_cm_scaled, pd.DataFrame), f"{_cm_label} should be a DataFrame"
    assert list(_cm_scaled.index) == list(_cm_raw.index) and list(_cm_scaled.columns) == list(_cm_raw.columns), (
        f"{_cm_label} should keep the index and the columns of its input"
    )
    assert np.allclose(_cm_scaled.to_numpy(dtype=float), (_cm_raw.to_numpy() - _cm_mu) / _cm_sd), (
        f"{_cm_label} is not standardised with the training rows' means and standard deviations"
    )
### END HIDDEN TESTS

# %% [markdown]
# The scaled parts used from here on (not graded):

# %%
try:
    X_train_scaled, X_test_scaled, scaler = scale_features(X_train, X_test)
    print(X_train_scaled.iloc[:, :4].describe().loc[["mean", "std"]].round(3))
except (NotImplementedError, NameError):
    print("Answer exercises 2 to 4 first.")

# %% [markdown]
# ## 5. Baselines
# *What any model has to beat*
#
# Before any model, put two numbers on the table. The **majority class** baseline predicts
# the most common training label for everyone; here that is "nobody churns", which looks
# impressive on accuracy and catches no churner at all (recall 0). The **one-feature rule**
# is what a sensible analyst would do without a model: month-to-month contracts can leave at
# any time, so call them all. If a model cannot clearly beat that rule on the ranking
# metrics, it is not worth deploying. For a 0/1 score such as the rule, ROC AUC still works:
# ties between a churner and a non-churner count as half a correct pair.
#
# **Question.** Write `baseline_report(y_train, X_test, y_test)`. `y_train` and `y_test` are
# Series of 0/1 labels; `X_test` holds the **unscaled** features of the test customers (as
# returned by `build_features`, so it has the column `contract_Month-to-month`). Return a
# dict of six floats, all measured on the test rows:
#
# - `"majority_accuracy"` and `"majority_recall"`: the accuracy and the recall of predicting,
#   for every test customer, the label that is most common in `y_train` (0 if the two labels
#   are equally common);
# - `"rule_accuracy"`, `"rule_precision"`, `"rule_recall"`: the same for the rule that
#   predicts churn (1) exactly when `contract_Month-to-month` is 1 (precision is 0.0 if the
#   rule predicts no churner);
# - `"rule_auc"`: the ROC AUC of the rule's 0/1 prediction used as a score.
#
# ```python
# def baseline_report(y_train, X_test, y_test):
#     """Majority-class and month-to-month-rule baselines on the test rows: a dict of six floats."""
# ```

# %% nbgrader={"grade_id": "baseline_report", "solution": true} autograde={"target_minutes": 8}
def baseline_report(y_train, X_test, y_test):
    """Majority-class and month-to-month-rule baselines on the test rows: a dict of six floats."""
    ### BEGIN SOLUTION
    y_train = np.asarray(y_train, dtype=int)
    y_true = np.asarray(y_test, dtype=int)
    majority = 1 if y_train.sum() > len(y_train) - y_train.sum() else 0
    rule = (np.asarray(X_test["contract_Month-to-month"], dtype=float) == 1).astype(int)
    churners = y_true.sum()
    return {
        "majority_accuracy": float(np.mean(y_true == majority)),
        "majority_recall": float(majority == 1) if churners else 0.0,
        "rule_accuracy": float(np.mean(rule == y_true)),
        "rule_precision": float(np.sum(rule & y_true) / rule.sum()) if rule.sum() else 0.0,
        "rule_recall": float(np.sum(rule & y_true) / churners),
        "rule_auc": float(roc_auc_score(y_true, rule)),
    }
    ### END SOLUTION

# %% nbgrader={"grade_id": "baseline_report_test", "grade": true, "points": 2}
_cm_report = baseline_report(pd.Series([0, 0, 1]), pd.DataFrame({"contract_Month-to-month": [1, 1, 0, 0]}),
                             pd.Series([1, 0, 0, 1]))
_cm_keys = ["majority_accuracy", "majority_recall", "rule_accuracy", "rule_precision", "rule_recall", "rule_auc"]
assert isinstance(_cm_report, dict) and set(_cm_keys) <= set(_cm_report), (
    f"baseline_report should return a dict with the keys {_cm_keys}"
)
assert abs(_cm_report["majority_accuracy"] - 0.5) < 1e-12 and _cm_report["majority_recall"] == 0, (
    "on the 4-customer example, predicting 0 for everyone is right for 2 of 4 and catches no churner"
)
assert abs(_cm_report["rule_precision"] - 0.5) < 1e-12 and abs(_cm_report["rule_auc"] - 0.5) < 1e-12, (
    "on the 4-customer example the rule flags customers 1 and 2, of whom one churned: precision 0.5, AUC 0.5"
)
### BEGIN HIDDEN TESTS
from scipy.stats import mannwhitneyu


def _cm_check_report(y_train, X_test, y_test, label):
    got = baseline_report(y_train, X_test, y_test)
    yt = np.asarray(y_test).astype(bool)
    ytr = np.asarray(y_train).astype(int)
    majority = int(ytr.mean() > 0.5)
    flag = np.asarray(X_test["contract_Month-to-month"]).astype(float) > 0.5
    hits = int(np.count_nonzero(flag & yt))
    auc = mannwhitneyu(flag[yt].astype(float), flag[~yt].astype(float)).statistic / (yt.sum() * (~yt).sum())
    expected = {
        "majority_accuracy": np.count_nonzero(yt == bool(majority)) / len(yt),
        "majority_recall": float(majority),
        "rule_accuracy": np.count_nonzero(flag == yt) / len(yt),
        "rule_precision": hits / np.count_nonzero(flag) if flag.any() else 0.0,
        "rule_recall": hits / np.count_nonzero(yt),
        "rule_auc": auc,
    }
    for key, value in expected.items():
        assert key in got, f"{label}: the key {key!r} is missing"
        expect_close(got[key], value, rel=1e-9, abs_=1e-9, what=f"{label}: {key}")


_cm_table = customers.set_index("customer_id")
_cm_mtm = pd.DataFrame({"contract_Month-to-month": (_cm_table["contract"] == "Month-to-month").astype(float),
                        "tenure": _cm_table["tenure"].astype(float)})
_cm_is_test = (_cm_table.index % 4) == 0
_cm_check_report(churned[~_cm_is_test], _cm_mtm[_cm_is_test], churned[_cm_is_test],
                 "telco customers with customer_id divisible by 4 as the test part")
_cm_rng = np.random.default_rng(23)
_cm_ytr = pd.Series((_cm_rng.random(200) < 0.7).astype(int))
_cm_Xte = pd.DataFrame({"contract_Month-to-month": (_cm_rng.random(120) < 0.4).astype(float)})
_cm_yte = pd.Series((_cm_rng.random(120) < 0.5).astype(int))
_cm_check_report(_cm_ytr, _cm_Xte, _cm_yte, "synthetic data where most training customers churned")
### END HIDDEN TESTS

# %% [markdown]
# The baselines on our test customers (not graded):

# %%
try:
    baselines = baseline_report(y_train, X_test, y_test)
    print({k: round(v, 3) for k, v in baselines.items()})
except (NotImplementedError, NameError):
    print("Answer exercises 2, 3 and 5 first.")

# %% [markdown]
# ## 6. A better model
# *Logistic regression or gradient boosting, reproducible and fast*
#
# In the interview, start with a regularised logistic regression: it trains in a second,
# its coefficients can be explained to the retention team, and on tabular data of this size
# it is often as good as anything else. Gradient boosting is the natural next step when
# interactions matter (fibre customers on month-to-month contracts who pay by electronic
# check); keep it small (shallow trees, a hundred or so of them) and fix its `random_state`.
# Whatever you pick must be **reproducible** (the same data gives the same model, so fix every
# seed) and must see nothing but the training rows it is given: a model that quietly reads
# the test set from the notebook's globals has leaked.
#
# **Question.** Write `fit_churn_model(X_train, y_train)` returning a **fitted**
# scikit-learn classifier with a `predict_proba` method (classes 0 and 1). It may use only its
# two arguments (the tests look at the names your function uses), must give the same model
# every time it is called on the same data, and must train in a few seconds. It is judged by
# its ROC AUC on customers it did not see, which must be above 0.80 and clearly above the
# month-to-month rule's. The tests call it on a split of their own, with the columns of
# exercise 2 standardised like yours.
#
# ```python
# def fit_churn_model(X_train, y_train):
#     """A fitted, reproducible scikit-learn classifier trained on these rows only."""
# ```

# %% nbgrader={"grade_id": "fit_churn_model", "solution": true} autograde={"target_minutes": 8}
def fit_churn_model(X_train, y_train):
    """A fitted, reproducible scikit-learn classifier trained on these rows only."""
    ### BEGIN SOLUTION
    model = LogisticRegression(C=1.0, max_iter=2000)
    return model.fit(X_train, y_train)
    ### END SOLUTION

# %% nbgrader={"grade_id": "fit_churn_model_test", "grade": true, "points": 2}
# A split of the tests' own: the customers whose id leaves remainder 1 when divided by 4 are held out.
_cm_table = customers.set_index("customer_id")
_cm_all = pd.concat([
    _cm_table[NUMERIC_COLUMNS].astype(float).fillna({"total_charges": 0.0}),
    pd.get_dummies(_cm_table[CATEGORICAL_COLUMNS], dtype=float),
    pd.get_dummies(pd.cut(_cm_table["tenure"], [-1, 12, 24, 48, 72], labels=["0_12", "13_24", "25_48", "49_72"]),
                   prefix="tenure_band", dtype=float),
], axis=1)
_cm_is_test = (_cm_all.index % 4) == 1
_cm_std = (_cm_all - _cm_all[~_cm_is_test].mean()) / _cm_all[~_cm_is_test].std(ddof=0)
_cm_y = churned.loc[_cm_all.index]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _cm_m1 = fit_churn_model(_cm_std[~_cm_is_test], _cm_y[~_cm_is_test])
    _cm_p1 = np.asarray(_cm_m1.predict_proba(_cm_std[_cm_is_test]))
assert _cm_p1.shape == (int(_cm_is_test.sum()), 2), (
    f"predict_proba should give one row of two probabilities per customer; got {_cm_p1.shape}"
)
assert list(_cm_m1.classes_) == [0, 1], "the model's classes should be 0 and 1"
### BEGIN HIDDEN TESTS
import time

from autograde.probes import expect_not_used
from scipy.stats import mannwhitneyu


def _cm_mw_auc(y, score):
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=float)
    return mannwhitneyu(score[y], score[~y]).statistic / (y.sum() * (~y).sum())


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _cm_start = time.perf_counter()
    _cm_m2 = fit_churn_model(_cm_std[~_cm_is_test], _cm_y[~_cm_is_test])
    _cm_seconds = time.perf_counter() - _cm_start
    _cm_p2 = np.asarray(_cm_m2.predict_proba(_cm_std[_cm_is_test]))
assert _cm_seconds < 20, f"fit_churn_model took {_cm_seconds:.0f} s on 5,282 rows: keep the model small"
assert np.allclose(_cm_p1, _cm_p2, rtol=0, atol=1e-12), (
    "two fits on the same data gave different predictions: fix the random_state of every random step"
)
_cm_auc = _cm_mw_auc(_cm_y[_cm_is_test], _cm_p1[:, 1])
_cm_rule = _cm_mw_auc(_cm_y[_cm_is_test], _cm_all.loc[_cm_is_test, "contract_Month-to-month"])
assert _cm_auc > 0.80, f"the model's ROC AUC on held-out customers is {_cm_auc:.3f}, not above 0.80"
assert _cm_auc > _cm_rule + 0.05, (
    f"the model's held-out ROC AUC ({_cm_auc:.3f}) is not clearly above the month-to-month rule's ({_cm_rule:.3f})"
)
expect_not_used(fit_churn_model, {"X_test", "y_test", "X_test_scaled", "features", "customers", "churned",
                                  "test_risk"},
                "fit_churn_model may use only its arguments: the test customers must stay unseen")
### END HIDDEN TESTS

# %% [markdown]
# The model on our split, and each test customer's predicted churn risk (not graded):

# %%
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        churn_model = fit_churn_model(X_train_scaled, y_train)
    test_risk = pd.Series(churn_model.predict_proba(X_test_scaled)[:, 1], index=X_test_scaled.index, name="risk")
    print(f"held-out ROC AUC {roc_auc_score(y_test, test_risk):.3f}")
except (NotImplementedError, NameError):
    print("Answer exercises 2 to 6 first.")

# %% [markdown]
# ## 7. From a ranking to a campaign
# *Precision and recall at k, net value, the best k*
#
# The team will call the `k` customers with the highest predicted risk. For each `k`, three
# numbers matter: **precision at k** (the share of those called who would have churned),
# **recall at k** (the share of all would-be churners who got a call) and the **net value**,
# which is what the campaign is actually for. Each churner called is kept with probability
# `save_rate` and is then worth 12 months of their bill; every call costs `offer_cost`, churner
# or not:
#
# `net_value(k) = save_rate * 12 * (sum of monthly_charges of the churners among the top k) - offer_cost * k`
#
# As `k` grows, recall climbs to 1 but precision falls, and once the next customer in line is
# more likely to cost $100 than to return $100 of kept revenue, each extra call loses money.
# The best `k` is where the net value peaks, which is usually well short of "enough calls to
# reach 80% recall". If no `k` makes money, the best campaign is no campaign.
#
# **Question.** Write two functions.
#
# `value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE)`:
# three 1-D array-likes of the same length `n`, matched **by position** (convert them with
# `np.asarray`; do not align on an index): the 0/1 outcomes, the predicted risks and the
# monthly charges. Order the customers by risk, highest first; customers with equal risk keep
# their input order (a stable sort). Return a DataFrame with `n` rows, one per `k = 1, ..., n`,
# a default `RangeIndex` and exactly the columns `k`, `churners_contacted`, `precision_at_k`,
# `recall_at_k` and `net_value` (with `MONTHS_OF_VALUE` = 12 months in the formula). You may
# assume at least one churner.
#
# `best_k(curve)`: given such a DataFrame, return the `k` (a Python `int`) with the largest
# `net_value`, the smallest such `k` if several tie; return `0` if no `k` has a net value
# above 0.
#
# ```python
# def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
#     """Precision, recall and net value of contacting the top-k customers by risk, k = 1..n."""
#
# def best_k(curve):
#     """The k with the largest net value (smallest on ties), or 0 if none is positive."""
# ```

# %% nbgrader={"grade_id": "value_curve", "solution": true} autograde={"target_minutes": 12}
def value_curve(y_true, risk, monthly_charges, offer_cost=OFFER_COST, save_rate=SAVE_RATE):
    """Precision, recall and net value of contacting the top-k customers by risk, k = 1..n."""
    ### BEGIN SOLUTION
    y = np.asarray(y_true, dtype=float)
    order = np.argsort(-np.asarray(risk, dtype=float), kind="stable")
    y_sorted = y[order]
    charges = np.asarray(monthly_charges, dtype=float)[order]
    k = np.arange(1, len(y) + 1)
    hits = np.cumsum(y_sorted)
    kept_value = save_rate * MONTHS_OF_VALUE * np.cumsum(y_sorted * charges)
    return pd.DataFrame({
        "k": k,
        "churners_contacted": hits.astype(int),
        "precision_at_k": hits / k,
        "recall_at_k": hits / y.sum(),
        "net_value": kept_value - offer_cost * k,
    })
    ### END SOLUTION


def best_k(curve):
    """The k with the largest net value (smallest on ties), or 0 if none is positive."""
    ### BEGIN SOLUTION
    values = curve["net_value"].to_numpy(dtype=float)
    if len(values) == 0 or values.max() <= 0:
        return 0
    return int(curve["k"].to_numpy()[int(np.argmax(values))])  # argmax: the first of equal maxima
    ### END SOLUTION

# %% nbgrader={"grade_id": "value_curve_test", "grade": true, "points": 2}
_cm_curve = value_curve([0, 1, 1, 0], [0.2, 0.9, 0.5, 0.7], [50.0, 100.0, 20.0, 80.0], offer_cost=10.0, save_rate=0.5)
assert isinstance(_cm_curve, pd.DataFrame) and len(_cm_curve) == 4, "value_curve should return a DataFrame, one row per k"
assert list(_cm_curve.columns) == ["k", "churners_contacted", "precision_at_k", "recall_at_k", "net_value"], (
    f"unexpected columns {list(_cm_curve.columns)}"
)
assert np.allclose(_cm_curve["net_value"], [590.0, 580.0, 690.0, 680.0]), (
    "by risk the order is customers 2 (churner, $100), 4, 3 (churner, $20), 1; with save_rate 0.5 and "
    "offer_cost 10 the net values are 0.5*12*100 - 10 = 590, 580, 690 and 680; "
    f"got {_cm_curve['net_value'].tolist()}"
)
assert best_k(_cm_curve) == 3, f"the net value peaks at k = 3; best_k returned {best_k(_cm_curve)!r}"
### BEGIN HIDDEN TESTS
def _cm_brute_curve(y, risk, charges, cost, rate):
    order = sorted(range(len(y)), key=lambda i: (-risk[i], i))
    rows, total = [], sum(y)
    for k in range(1, len(y) + 1):
        top = order[:k]
        hits = sum(y[i] for i in top)
        value = rate * 12 * sum(charges[i] for i in top if y[i] == 1) - cost * k
        rows.append((k, hits, hits / k, hits / total, value))
    return rows


_cm_rng = np.random.default_rng(31)
for _cm_n, _cm_cost, _cm_rate in [(60, 100.0, 0.3), (45, 25.0, 0.15)]:
    _cm_y = (_cm_rng.random(_cm_n) < 0.3).astype(int)
    _cm_y[0] = 1
    _cm_risk = np.round(_cm_rng.random(_cm_n) * 0.6 + 0.3 * _cm_y, 1)  # rounded: many ties
    _cm_charges = np.round(_cm_rng.uniform(20, 110, _cm_n), 2)
    _cm_ref = _cm_brute_curve(_cm_y.tolist(), _cm_risk.tolist(), _cm_charges.tolist(), _cm_cost, _cm_rate)
    _cm_got = value_curve(pd.Series(_cm_y, index=_cm_rng.permutation(_cm_n)), _cm_risk, list(_cm_charges),
                          offer_cost=_cm_cost, save_rate=_cm_rate)
    _cm_label = f"{_cm_n} customers with tied risks, offer_cost={_cm_cost}, save_rate={_cm_rate}"
    assert len(_cm_got) == _cm_n, f"{_cm_label}: expected {_cm_n} rows, got {len(_cm_got)}"
    assert list(_cm_got.index) == list(range(_cm_n)), f"{_cm_label}: the curve should have a default RangeIndex"
    for _cm_j, _cm_name in enumerate(["k", "churners_contacted", "precision_at_k", "recall_at_k", "net_value"]):
        _cm_exp = np.array([row[_cm_j] for row in _cm_ref], dtype=float)
        _cm_col = _cm_got[_cm_name].to_numpy(dtype=float)
        _cm_bad = int(np.sum(~np.isclose(_cm_col, _cm_exp, rtol=1e-9, atol=1e-6)))
        assert _cm_bad == 0, (
            f"{_cm_label}: {_cm_bad} of the {_cm_n} values of {_cm_name!r} are wrong (check the order, the "
            "tie rule and the formula)"
        )
_cm_default = value_curve([1, 0, 1], [0.8, 0.5, 0.2], [60.0, 70.0, 90.0])
assert np.allclose(_cm_default["net_value"], [0.3 * 12 * 60 - 100, 0.3 * 12 * 60 - 200, 0.3 * 12 * 150 - 300]), (
    "with the default arguments the net values should use OFFER_COST and SAVE_RATE"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "value_curve_test_2", "grade": true, "points": 1}
# Hidden: best_k on peaks, ties, an unprofitable campaign and a curve where recall says otherwise.
### BEGIN HIDDEN TESTS
def _cm_curve_of(values, recall=None):
    n = len(values)
    return pd.DataFrame({"k": np.arange(1, n + 1), "churners_contacted": np.zeros(n, dtype=int),
                         "precision_at_k": np.zeros(n), "recall_at_k": recall if recall is not None else np.linspace(0.1, 1, n),
                         "net_value": np.asarray(values, dtype=float)})


for _cm_values, _cm_expected, _cm_why in [
    ([-50.0, 30.0, 120.0, 80.0, -10.0], 3, "a single peak at k = 3"),
    ([10.0, 70.0, 70.0, 40.0], 2, "k = 2 and k = 3 tie: the smaller k wins"),
    ([-100.0, -20.0, -60.0], 0, "no k makes money: the best campaign contacts nobody"),
    ([0.0, -5.0], 0, "a net value of exactly 0 is no better than not calling"),
]:
    _cm_got = best_k(_cm_curve_of(_cm_values))
    assert isinstance(_cm_got, (int, np.integer)) and not isinstance(_cm_got, bool), "best_k should return an int"
    assert _cm_got == _cm_expected, f"best_k is wrong on a curve with {_cm_why}"
_cm_got = best_k(_cm_curve_of([200.0, 350.0, 300.0, 150.0, -40.0], recall=np.array([0.3, 0.5, 0.7, 0.85, 1.0])))
assert _cm_got == 2, "best_k should maximise the net value, whatever recall the chosen k reaches"
### END HIDDEN TESTS

# %% [markdown]
# ## 8. The campaign on the held-out customers
# *ROC AUC, the best k, and what it is worth*
#
# Now put it together on the test customers, who played no part in any fitting. Report the
# model's ranking quality (ROC AUC), then the campaign: how many to call, what that earns,
# and how it compares with the blunt alternative of calling everyone.
#
# **Question.** Assign a dict `campaign_summary` computed from `y_test`, `test_risk` (the
# cell after exercise 6 made it) and each test customer's `monthly_charges` (look it up in
# `customers` by `customer_id`, the index of `X_test`), with the default offer cost and save
# rate. Use your `value_curve` and `best_k` on the test customers in the order of `y_test`.
# Keys:
#
# - `"roc_auc"`: the ROC AUC of `test_risk` against `y_test` (a float);
# - `"best_k"`: `best_k` of the value curve (an int);
# - `"best_net_value"`, `"precision_at_best_k"`, `"recall_at_best_k"`: the curve's values at
#   that k (floats);
# - `"share_contacted"`: best k divided by the number of test customers (a float);
# - `"net_value_contact_everyone"`: the net value of calling every test customer (a float).

# %% nbgrader={"grade_id": "campaign_summary", "solution": true} autograde={"target_minutes": 8}
### BEGIN SOLUTION
_test_charges = customers.set_index("customer_id").loc[y_test.index, "monthly_charges"]
_curve = value_curve(y_test, test_risk.loc[y_test.index], _test_charges)
_k = best_k(_curve)
_row = _curve.iloc[_k - 1] if _k > 0 else {"net_value": 0.0, "precision_at_k": 0.0, "recall_at_k": 0.0}
campaign_summary = {
    "roc_auc": float(roc_auc_score(y_test, test_risk.loc[y_test.index])),
    "best_k": int(_k),
    "best_net_value": float(_row["net_value"]),
    "precision_at_best_k": float(_row["precision_at_k"]),
    "recall_at_best_k": float(_row["recall_at_k"]),
    "share_contacted": _k / len(y_test),
    "net_value_contact_everyone": float(_curve["net_value"].iloc[-1]),
}
### END SOLUTION

# %% nbgrader={"grade_id": "campaign_summary_test", "grade": true, "points": 2}
_cm_keys = ["roc_auc", "best_k", "best_net_value", "precision_at_best_k", "recall_at_best_k", "share_contacted",
            "net_value_contact_everyone"]
assert isinstance(campaign_summary, dict), "campaign_summary should be a dict"
_cm_missing = [k for k in _cm_keys if k not in campaign_summary]
assert not _cm_missing, f"campaign_summary is missing the keys {_cm_missing}"
assert 0 < campaign_summary["best_k"] <= len(y_test), "best_k should be a number of test customers to call"
### BEGIN HIDDEN TESTS
from scipy.stats import mannwhitneyu

_cm_y = y_test.to_numpy().astype(int)
_cm_risk = test_risk.loc[y_test.index].to_numpy(dtype=float)
_cm_auc = mannwhitneyu(_cm_risk[_cm_y == 1], _cm_risk[_cm_y == 0]).statistic / ((_cm_y == 1).sum() * (_cm_y == 0).sum())
assert _cm_auc > 0.80, f"your model's ROC AUC on the test customers is {_cm_auc:.3f}, not above 0.80"
expect_close(campaign_summary["roc_auc"], _cm_auc, rel=1e-9, abs_=1e-9,
             what="campaign_summary['roc_auc'] (the AUC of the predicted risks, not of 0/1 predictions)")
_cm_frame = pd.DataFrame({
    "y": _cm_y, "risk": _cm_risk, "pos": np.arange(len(_cm_y)),
    "charges": customers.set_index("customer_id")["monthly_charges"].reindex(y_test.index).to_numpy(),
}).sort_values(["risk", "pos"], ascending=[False, True])
_cm_hits = _cm_frame["y"].cumsum().to_numpy()
_cm_k = np.arange(1, len(_cm_frame) + 1)
_cm_net = SAVE_RATE * MONTHS_OF_VALUE * (_cm_frame["y"] * _cm_frame["charges"]).cumsum().to_numpy() - OFFER_COST * _cm_k
_cm_best = int(_cm_k[_cm_net == _cm_net.max()].min()) if _cm_net.max() > 0 else 0
assert int(campaign_summary["best_k"]) == _cm_best, (
    "campaign_summary['best_k'] is not the number of calls that maximises the net value on the test customers"
)
_cm_i = _cm_best - 1
expect_close(campaign_summary["best_net_value"], _cm_net[_cm_i], rel=1e-9, abs_=1e-6,
             what="campaign_summary['best_net_value']")
expect_close(campaign_summary["precision_at_best_k"], _cm_hits[_cm_i] / _cm_best, what="campaign_summary['precision_at_best_k']")
expect_close(campaign_summary["recall_at_best_k"], _cm_hits[_cm_i] / _cm_y.sum(), what="campaign_summary['recall_at_best_k']")
expect_close(campaign_summary["share_contacted"], _cm_best / len(_cm_y), what="campaign_summary['share_contacted']")
expect_close(campaign_summary["net_value_contact_everyone"], _cm_net[-1], rel=1e-9, abs_=1e-6,
             what="campaign_summary['net_value_contact_everyone']")
### END HIDDEN TESTS

# %% [markdown]
# Scratch space (not graded): the value curve of your model next to the month-to-month rule.
# Notice where each curve peaks, and where an 80% recall target would have put the campaign.

# %%
try:
    print({key: round(value, 3) for key, value in campaign_summary.items()})
    _charges = customers.set_index("customer_id").loc[y_test.index, "monthly_charges"]
    _model_curve = value_curve(y_test, test_risk.loc[y_test.index], _charges)
    _rule_curve = value_curve(y_test, X_test.loc[y_test.index, "contract_Month-to-month"], _charges)
    for _name, _c in [("model", _model_curve), ("month-to-month rule", _rule_curve)]:
        _b = best_k(_c)
        _k80 = int(_c.loc[_c["recall_at_k"] >= 0.8, "k"].min())
        print(f"{_name:>20}: best k {_b} (net ${_c['net_value'].iloc[_b - 1]:,.0f}); "
              f"80% recall needs k {_k80} (net ${_c['net_value'].iloc[_k80 - 1]:,.0f})")
except (NotImplementedError, NameError):
    print("Answer exercises 2 to 8 first.")

# %% [markdown]
# ## 9. The recommendation
#
# Close the case the way the interviewer will want it closed: a recommendation to the head
# of retention, in about 150 to 250 words, built from your own numbers above. Say whom to
# call and how many, what you expect it to earn and how sure you are, what the model adds
# over the simple rule, and what you would do next before scaling the campaign.
#
# **Rubric (4 points).**
# - 1 point: a clear decision with numbers from this notebook: how many customers (or what
#   share) to call, ranked by the model, the expected net value and how it compares with
#   calling everyone or with the month-to-month rule.
# - 1 point: explains why the cut-off is where the net value peaks and not at a recall or
#   accuracy target, and how it would move if the offer cost or the save rate changed (the
#   break-even precision is roughly the offer cost divided by the value of a save).
# - 1 point: names the main risks honestly: the save rate and 12-month value are
#   assumptions; high risk is not persuadability; a single snapshot means the features must
#   be rebuilt as of a cut-off date in production; revenue is not margin.
# - 1 point: proposes a concrete next step that would settle the biggest uncertainty: a
#   randomised hold-out of part of the call list to measure the real save rate (and later an
#   uplift model), with the metric and guardrails it would track.

# %% [markdown] nbgrader={"grade_id": "churn_recommendation", "solution": true, "grade": true, "points": 4} autograde={"target_minutes": 10}
# **Recommendation: call the top third of customers by predicted risk, and measure the save
# rate with a hold-out group.**
#
# On the 1,761 held-out customers, the logistic regression ranks churners well (ROC AUC about
# 0.85, against 0.74 for "call every month-to-month customer", whose best campaign nets only
# about $12,000). With a $100 offer that keeps 30% of the churners it reaches, each worth 12
# months of their bill, the net value peaks at roughly 590 calls, a third of the base: about
# 57% of those called would have left, we reach about 72% of all churners, and the campaign
# nets about $35,000 on this sample. Calling
# everyone would lose about $52,000, because two thirds of the calls go to people who were
# staying anyway. Going on to an 80% recall target adds about a hundred calls that cost more
# than they return.
#
# The cut-off sits where the next customer's chance of churning times the value of a save
# drops below the $100 cost (break-even precision around 0.3 for an average bill), so a
# cheaper offer or a better save rate would push it further down the list, and a dearer one
# would shorten it.
#
# The biggest uncertainty is the 30% save rate: the model finds people likely to leave, not
# people a call would keep. Before scaling, I would run the campaign on the top-ranked
# customers with a random 20% held back, compare three-month churn and net value between the
# two groups, and watch complaints and discounts given to customers who would have stayed.
# In production the features must be computed as of a cut-off date before the churn window
# (this table is a single snapshot), and the value should use margin rather than revenue.
# With the experiment's data, an uplift model could then target the persuadable customers
# instead of the riskiest ones.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook and run `autograde check week04/churn_modeling.ipynb`
#   in a terminal (or the cell below). The two written parts appear as points left for a
#   person; mark them yourself against their rubrics.
# - Change `OFFER_COST` to 40 and to 150 and rerun from exercise 7: watch the best k move,
#   and check that your recommendation would change with it.
# - Swap your model for a small `GradientBoostingClassifier(random_state=0)` and compare the
#   held-out AUC and the best net value. Is the difference worth the loss of explainability?
# - Practise the spoken version: the whole case in five minutes, in the order objective,
#   approach, metrics, result, limitations, next step.
