# %% [markdown]
# # Week 4 · Case: predicting which product a customer buys
#
# "Can we predict what a customer will buy?" is one of the modelling cases that an
# e-commerce data-science loop likes best, because it tests everything at once: turning a
# vague business wish into a prediction target, exploring the data, building features
# without cheating, holding out data the way the model will meet it in production,
# beating a baseline, choosing metrics that match the decision, and ending with a
# recommendation a manager can act on. This notebook plays one such case from start to
# finish on **real data**: 1,070 orange-juice purchases from five grocery stores, where each
# shopper picked either Citrus Hill (**CH**) or Minute Maid (**MM**). The data set comes from
# the R package ISLR (`OJ`) and sits in the course database as `oj.purchases`.
#
# **The case.** The grocery chain's category manager wants to know, purchase by purchase,
# which brand a shopper is about to pick, to plan promotions and stock. The first use is
# concrete: Minute Maid's brand team runs a digital coupon programme through the chain's
# app. For every coupon that ends in an MM purchase, the brand pays the chain **$1.00**;
# sending a coupon costs the chain **$0.30** (messaging and platform fees), used or not. The
# chain decides, shopping trip by shopping trip, whether to send one. To keep the
# arithmetic of the case simple, assume a coupon does not change which brand the shopper
# buys: the chain is paid for putting coupons in front of shoppers who buy MM anyway (the
# last exercise asks you what that assumption hides).
#
# The eight steps, in the order an interviewer expects them:
#
# 1. **Frame the problem**: objective, approach, success metric, limitations (a structured
#    answer, checked automatically for structure and coverage, then marked by a person).
# 2. **Explore with SQL**: Minute Maid's share by store and promotion.
# 3. **Build features** in pandas without leaking the outcome.
# 4. **Split by time**: train on earlier weeks, test on the last ten.
# 5. **Baselines** and the evaluation function: log loss, AUC and accuracy.
# 6. **A better model**: logistic regression with scikit-learn, judged on the held-out weeks.
# 7. **The business evaluation**: the coupon threshold that maximises profit.
# 8. **A written recommendation**, marked by a person against a rubric.
#
# **How to answer.** Each coding exercise has an answer cell with a function signature, a
# docstring and `raise NotImplementedError()`: replace that line with your code and keep the
# names and arguments exactly as they are. Structured answers (a dict) start from
# `raise NotImplementedError()` alone: replace it with the assignment the question
# describes. The SQL exercise keeps its `%%sql <name> <<` line; write the query below it.
# NumPy (`np`), pandas (`pd`), `matplotlib.pyplot` (`plt`) and the scikit-learn pieces you
# need are imported for you. Never modify a DataFrame you are given. Each answer cell
# carries a target time, the time an interviewer would give you for it; try to keep to it.
#
# **How grading works.** The test cell under each answer runs a few visible checks. The real
# grade (`autograde check week04/product_prediction.ipynb`, see the end) adds hidden checks
# that recompute every number independently (log loss with NumPy, AUC from scipy's
# Mann-Whitney U statistic, profits by brute force), run your functions on other data and on
# reshuffled or trimmed copies of the purchases (that is how leakage is caught), and judge
# your model with thresholds that leave room for reasonable choices rather than one exact
# value. A failed check says what is wrong with your answer, never the expected value.
# Three written parts (a rubric on the case frame, the split question and the final
# recommendation) are marked by a person; `autograde check` lists their points apart.

# %% nbgrader={"grade_id": "imports"}
import warnings

import matplotlib.pyplot as plt
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# %% [markdown]
# **The data.** The locked cell below loads `oj.purchases` into the DataFrame `oj` (one row
# per purchase, ordered by `purchase_id`) and fixes the case's numbers. The columns:
#
# | column | meaning |
# |---|---|
# | `purchase_id` | 1 to 1070 (the order of the original file, which is **not** the order in time) |
# | `purchase` | the brand bought, `'CH'` or `'MM'`: the target |
# | `weekof_purchase` | the week of the purchase, 227 to 278 (52 consecutive weeks) |
# | `store_id` | the store, one of 1, 2, 3, 4, 7; `store` (0 to 4) and `store7` (BOOLEAN) recode it |
# | `price_ch`, `price_mm` | list prices in dollars |
# | `disc_ch`, `disc_mm` | discounts in dollars |
# | `special_ch`, `special_mm` | 1 when the brand had a promotion (display, feature) that week, else 0 |
# | `loyal_ch` | the customer's loyalty to Citrus Hill, between 0 and 1 (section 3 shows how it is built) |
# | `sale_price_ch`, `sale_price_mm` | list price minus discount |
# | `price_diff` | `sale_price_mm - sale_price_ch` |
# | `pct_disc_ch`, `pct_disc_mm` | discount divided by list price |
# | `list_price_diff` | `price_mm - price_ch` |
#
# `MARGIN` and `COUPON_COST` are the coupon economics from the introduction, `N_TEST_WEEKS`
# the number of final weeks held out, and `THRESHOLD_GRID` the coupon thresholds section 7
# compares.

# %% nbgrader={"grade_id": "product_prediction_data", "locked": true}
oj = con.sql("SELECT * FROM oj.purchases ORDER BY purchase_id").df()

MARGIN = 1.00  # dollars the brand pays the chain for each coupon that ends in an MM purchase
COUPON_COST = 0.30  # dollars the chain pays for each coupon it sends, used or not
N_TEST_WEEKS = 10  # the last 10 weeks are the test period
THRESHOLD_GRID = np.round(np.arange(1, 20) * 0.05, 2)  # 0.05, 0.10, ..., 0.95

print(f"{len(oj)} purchases, weeks {oj['weekof_purchase'].min()} to {oj['weekof_purchase'].max()}")
print(oj["purchase"].value_counts().to_string())

# %% [markdown]
# Scratch space (not graded): look at the rows before you frame anything.

# %%
oj.head(8)

# %% [markdown]
# ## 1. Frame the problem
# *Objective, approach, success metric, limitations*
#
# The interviewer's prompt is one sentence ("predict which juice a customer buys") and the
# first five minutes decide how the rest goes. Start from the **decision** the prediction
# feeds: here, whether to send an MM coupon on a given shopping trip, and, for the stock
# planner, how many units of each brand a store will sell in a promotion week. The
# **prediction target** follows (the brand of one purchase), then the moment of prediction
# (before the shopper chooses, so only what is known then can be a feature) and the way you
# will test the model (on later weeks, because it will be used on later weeks).
#
# The **success metric** is where most candidates slip. Minute Maid is bought in about 39%
# of purchases, so a model that always says "Citrus Hill" is right about 61% of the time,
# and accuracy rewards it for ignoring every customer. Accuracy also throws away what the
# coupon decision needs: the coupon pays when the probability of an MM purchase is above
# cost / payment, so the probabilities must be *calibrated* (of the purchases given 0.3,
# about 30% should be MM). Judge the business by the money the decision makes on held-out
# weeks, and the model by a proper scoring rule such as log loss (or the Brier score) next
# to a ranking metric such as AUC. Finally, name the **limitations** before the interviewer
# does: what the data cannot tell you, and what could make the model wrong next month.
#
# The locked cell below lists the vocabulary for the structured parts of your answer.

# %% nbgrader={"grade_id": "case_catalogue", "locked": true}
CASE_METRICS = {
    "accuracy": "share of purchases whose brand is predicted correctly with a 0.5 cut-off",
    "precision": "share of the purchases predicted MM that were MM",
    "roc_auc": "chance that a random MM purchase gets a higher predicted probability than a random CH purchase",
    "log_loss": "mean negative log-likelihood of the predicted MM probabilities (punishes confident mistakes)",
    "brier_score": "mean squared gap between the predicted MM probability and the 0/1 outcome",
    "r_squared": "share of the variance of a numeric target explained by a regression",
    "expected_coupon_profit": "dollars the coupon programme earns on held-out weeks (payments minus coupon costs)",
}

CASE_STEPS = {
    "explore_mm_share": "MM share by store, promotion and price gap, with SQL",
    "build_pre_purchase_features": "features known before the shopper chooses, one row at a time",
    "random_split": "shuffle the purchases and hold out a random quarter",
    "time_based_split": "train on the earlier weeks, test on the last weeks",
    "majority_baseline": "always predict the brand bought most often in training",
    "loyalty_rule_baseline": "predict from the customer's loyalty score alone",
    "fit_logistic_regression": "fit a logistic regression on the training weeks",
    "fit_deep_neural_network": "fit a deep neural network on the training weeks",
    "evaluate_on_training_rows": "compute log loss, AUC and accuracy on the rows the model was fitted on",
    "evaluate_on_held_out_weeks": "compute log loss, AUC and accuracy on the test weeks",
    "threshold_at_0_5": "send a coupon when the predicted MM probability is at least 0.5",
    "pick_threshold_by_profit": "choose the coupon threshold that maximises profit given the payment and the cost",
    "recommend_and_monitor": "recommend a policy and say what to monitor after launch",
}

# %% [markdown]
# **Question.** Assign a dict `case_frame` with these keys:
#
# - `"objective"`: the decision the prediction serves and what is predicted, in at least 15
#   words;
# - `"approach"`: a list of step names from `CASE_STEPS`, in the order you would do them
#   (at least 6 steps, none twice). It must hold out data the way the model will be used,
#   fit at least one baseline before the model, evaluate the model on data it has not
#   seen, and set the coupon rule from the money, each in a sensible order;
# - `"success_metric"`: one name from `CASE_METRICS`, the number the business decision is
#   judged by;
# - `"model_metrics"`: a list of at least 2 names from `CASE_METRICS` (not the success
#   metric) by which you judge the model's probabilities; at least one of them must check
#   calibration;
# - `"limitations"`: a list of at least 3 strings, each of at least 10 words, each a
#   different limitation of the data, the model or the coupon rule.

# %% nbgrader={"grade_id": "case_frame", "solution": true} autograde={"target_minutes": 15}
### BEGIN SOLUTION
case_frame = {
    "objective": (
        "Predict, for each shopping trip before the shopper chooses, the probability that the "
        "purchase is Minute Maid rather than Citrus Hill, so the chain can decide who gets an "
        "MM coupon and plan promotions and stock by store."
    ),
    "approach": [
        "explore_mm_share",
        "build_pre_purchase_features",
        "time_based_split",
        "majority_baseline",
        "loyalty_rule_baseline",
        "fit_logistic_regression",
        "evaluate_on_held_out_weeks",
        "pick_threshold_by_profit",
        "recommend_and_monitor",
    ],
    "success_metric": "expected_coupon_profit",
    "model_metrics": ["log_loss", "roc_auc", "brier_score"],
    "limitations": [
        "The coupon is assumed not to change behaviour, so the profit counts shoppers who would "
        "have bought MM anyway; only a randomised hold-out group measures the coupon's real effect.",
        "The loyalty score is built from each customer's past purchases, so new customers start at "
        "0.5 and the model knows little about them.",
        "Prices and promotions were set by the stores, not at random, so the coefficients describe "
        "associations and cannot say what a new promotion would do.",
        "It is one year of data from five stores with about a thousand purchases, and habits, "
        "prices and competitors drift, so the model needs retraining and monitoring.",
    ],
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_frame_test", "grade": true, "points": 2}
assert isinstance(case_frame, dict), "case_frame should be a dict"
_pp_keys = ["objective", "approach", "success_metric", "model_metrics", "limitations"]
_pp_missing = [k for k in _pp_keys if k not in case_frame]
assert not _pp_missing, f"case_frame is missing the keys {_pp_missing}"
### BEGIN HIDDEN TESTS
def _pp_words(text):
    return len(text.split()) if isinstance(text, str) else 0


assert _pp_words(case_frame["objective"]) >= 15, (
    "case_frame['objective'] should be a string of at least 15 words naming the decision and the target"
)
_pp_limits = case_frame["limitations"]
assert isinstance(_pp_limits, (list, tuple)) and len(_pp_limits) >= 3, (
    "case_frame['limitations'] should be a list of at least 3 strings, one limitation each"
)
assert all(_pp_words(x) >= 10 for x in _pp_limits), (
    "every entry of case_frame['limitations'] should be a string of at least 10 words"
)
assert len({x.strip().lower() for x in _pp_limits}) == len(_pp_limits), (
    "case_frame['limitations'] repeats an entry: give different limitations"
)
_pp_steps = case_frame["approach"]
assert isinstance(_pp_steps, (list, tuple)) and all(isinstance(s, str) for s in _pp_steps), (
    "case_frame['approach'] should be a list of step names"
)
_pp_unknown = [s for s in _pp_steps if s not in CASE_STEPS]
assert not _pp_unknown, f"case_frame['approach'] has names that are not in CASE_STEPS: {_pp_unknown}"
assert isinstance(case_frame["success_metric"], str) and case_frame["success_metric"] in CASE_METRICS, (
    "case_frame['success_metric'] should be one name from CASE_METRICS"
)
_pp_mm = case_frame["model_metrics"]
assert isinstance(_pp_mm, (list, tuple)) and all(m in CASE_METRICS for m in _pp_mm), (
    "case_frame['model_metrics'] should be a list of names from CASE_METRICS"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_frame_test_2", "grade": true, "points": 2}
# Hidden: the approach holds out data the right way, in a sensible order.
### BEGIN HIDDEN TESTS
_pp_steps = list(case_frame["approach"])
assert len(_pp_steps) >= 6 and len(set(_pp_steps)) == len(_pp_steps), (
    "case_frame['approach'] should list at least 6 different steps"
)
assert "random_split" not in _pp_steps, (
    "a random split mixes the test weeks into training; the model will be used on future weeks"
)
assert "time_based_split" in _pp_steps, "the approach never holds data out the way the model will be used"
assert "fit_logistic_regression" in _pp_steps, "the approach never fits a model that can be explained and calibrated"
assert "fit_deep_neural_network" not in _pp_steps, (
    "a deep network for a thousand rows and ten features is the wrong tool: it needs far more data"
)
assert "evaluate_on_held_out_weeks" in _pp_steps, "the approach never evaluates the model on weeks it has not seen"
assert "evaluate_on_training_rows" not in _pp_steps, (
    "scores on the rows the model was fitted on are optimistic and decide nothing"
)
assert "threshold_at_0_5" not in _pp_steps, "a 0.5 cut-off ignores the payment and the coupon cost"
assert "pick_threshold_by_profit" in _pp_steps, "the approach never turns the probabilities into a coupon rule"
_pp_at = {s: i for i, s in enumerate(_pp_steps)}
_pp_base = [_pp_at[s] for s in ("majority_baseline", "loyalty_rule_baseline") if s in _pp_at]
assert _pp_base and min(_pp_base) < _pp_at["fit_logistic_regression"], (
    "fit at least one baseline before the model, so there is something to beat"
)
assert _pp_at["time_based_split"] < min([_pp_at["fit_logistic_regression"], *_pp_base]), (
    "split the data before fitting anything, baselines included"
)
assert _pp_at["fit_logistic_regression"] < _pp_at["evaluate_on_held_out_weeks"] < _pp_at["pick_threshold_by_profit"], (
    "the order should be: fit, evaluate on the held-out weeks, then choose the coupon threshold"
)
if "build_pre_purchase_features" in _pp_at:
    assert _pp_at["build_pre_purchase_features"] < _pp_at["fit_logistic_regression"], (
        "the features have to exist before the model is fitted"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_frame_test_3", "grade": true, "points": 1}
# Hidden: the success metric and the model metrics.
### BEGIN HIDDEN TESTS
assert case_frame["success_metric"] == "expected_coupon_profit", (
    f"case_frame['success_metric'] = {case_frame['success_metric']!r} does not measure what the coupon decision "
    "earns; a model can score well on it and still lose money"
)
_pp_mm = list(case_frame["model_metrics"])
assert len(_pp_mm) >= 2 and len(set(_pp_mm)) == len(_pp_mm), (
    "case_frame['model_metrics'] should hold at least 2 different names"
)
assert "expected_coupon_profit" not in _pp_mm, "the success metric should not be listed again as a model metric"
assert "r_squared" not in _pp_mm, "r_squared is a regression metric; the target here is a brand"
assert set(_pp_mm) & {"log_loss", "brier_score"}, (
    "none of case_frame['model_metrics'] checks calibration: accuracy, precision and AUC ignore whether "
    "a predicted 0.3 means 30%"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "case_frame_rubric", "task": true, "points": 3}
# **Rubric for your `case_frame` (3 points, graded by a person who reads its text).**
#
# - **Objective (1 point).** Names the decision (who gets an MM coupon; promotion and stock
#   planning), the unit (one purchase on one shopping trip), the target (the brand, as a
#   probability of MM) and the moment of prediction (before the shopper chooses, so only
#   information known then may be used).
# - **Limitations (1 point).** At least three real and distinct ones, each said with what it
#   does to the result. Strong answers include: the coupon's causal effect is unknown (the
#   profit counts shoppers who would have bought MM anyway; measuring it needs a randomised
#   hold-out); `loyal_ch` is built from past purchases, so new customers are poorly served;
#   prices and promotions were not set at random, so coefficients are not effects of a new
#   promotion; one year, five stores and about a thousand rows, with drift over time.
# - **Judgement (1 point).** The metrics are justified: profit because it is what the
#   decision earns, a calibration metric because the threshold reads the probabilities
#   literally, AUC for ranking, and accuracy at most as a secondary number with the
#   majority-class benchmark next to it.

# %% [markdown]
# ## 2. Explore: Minute Maid's share by store and promotion
# *Shares with the right denominator: conditional shares and pooled totals*
#
# A share is a fraction, and most wrong shares have the right numerator over the wrong
# denominator. "MM's share when MM is on special" divides the MM purchases made during an
# MM promotion by **all** purchases made during an MM promotion. Divide the same numerator by
# all MM purchases instead and you answer another question ("what fraction of MM's sales
# happened on special?"); divide it by all purchases in the store and the two rows of a store
# no longer describe comparable groups. A second classic: a store's overall share is its MM
# purchases over all its purchases (a pooled ratio); the average of its two conditional
# shares weights a promotion group of 6 purchases as much as one of 190. In SQL,
# `AVG(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)` is a share within whatever the query
# groups by, and a window such as `SUM(...) OVER (PARTITION BY store_id)` brings the
# store's totals next to each group without a second query.
#
# **Question.** From `oj.purchases`, return one row per `store_id` and `special_mm` value
# that occurs, with the columns `store_id`, `special_mm`, `n_purchases` (purchases in that
# store with that promotion flag), `mm_share` (the share of those purchases that were MM)
# and `store_mm_share` (the share of MM among **all** the store's purchases, with or without
# promotion, so it repeats on both rows of a store). Round both shares to 3 decimals, computed
# from unrounded counts. Order by `store_id`, then `special_mm`.

# %% nbgrader={"grade_id": "mm_share_by_store", "solution": true} autograde={"target_minutes": 10}
# %%sql mm_share_by_store <<
SELECT store_id,
       special_mm,
       COUNT(*) AS n_purchases,
       ROUND(AVG(CASE WHEN purchase = 'MM' THEN 1.0 ELSE 0.0 END), 3) AS mm_share,
       ROUND(
           SUM(SUM(CASE WHEN purchase = 'MM' THEN 1 ELSE 0 END)) OVER (PARTITION BY store_id)
           / SUM(COUNT(*)) OVER (PARTITION BY store_id),
           3
       ) AS store_mm_share
FROM oj.purchases
GROUP BY store_id, special_mm
ORDER BY store_id, special_mm

# %% nbgrader={"grade_id": "mm_share_by_store_test", "grade": true, "points": 3}
expect_columns(mm_share_by_store, ["store_id", "special_mm", "n_purchases", "mm_share", "store_mm_share"])
expect_row_count(mm_share_by_store, 10)
### BEGIN HIDDEN TESTS
expect_same_result(mm_share_by_store, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# Read your table before moving on: in which stores does an MM promotion move the share
# most, and how different are the stores before any promotion? Both are reasons why the
# store and the promotion flags belong in the model.
#
# ## 3. Features known before the purchase
# *Target leakage: the outcome itself, columns computed from it, and the future*
#
# A feature is legitimate only if its value exists at the moment of prediction: here,
# when the shopper is in front of the shelf (or opens the app) and has not chosen yet.
# Leakage comes in three shapes. The **target itself** slipped into the features (a
# `bought_mm` flag), which makes the model perfect in testing and useless in production.
# **Columns computed from the target**: a store's MM share computed over all the data
# (target encoding without a split) carries each row's own outcome, and the test rows'
# outcomes, into the features. And **information from the future**, which is subtler in
# this data set.
#
# `loyal_ch` is a legitimate feature: it summarises the customer's *earlier* purchases. The
# rows of one customer sit next to each other in the file (that is why `purchase_id` is not
# time order), and after every purchase the score is updated as
# `next loyal_ch = 0.8 * loyal_ch + 0.2 * (1 if this purchase is CH else 0)`. The cell below
# checks the rule on consecutive rows. It means the *next* row's loyalty encodes *this*
# row's brand: a "loyalty trend" built from the following row (`shift(-1)`) leaks the
# answer. No column of a row is computed from that row's own outcome, but a neighbouring
# row can be.
#
# The safe habit: compute each row's features from that row's own columns, and leave
# anything that needs statistics over many rows (scaling, encodings learned from the data)
# to a pipeline that is fitted on the training rows only (section 6). The redundant
# columns are not leaks, just repeats: `price_diff` is `sale_price_mm - sale_price_ch`,
# `store` and `store7` recode `store_id`.

# %%
_next_loyal = oj["loyal_ch"].shift(-1)
_rule = 0.8 * oj["loyal_ch"] + 0.2 * (oj["purchase"] == "CH")
_follows = (_next_loyal - _rule).abs() < 1e-4
print(f"{int(_follows.sum())} of {len(oj) - 1} consecutive rows follow the loyalty update rule")

# %% [markdown]
# **Question.** Write `make_features(purchases)`. `purchases` is a DataFrame with the columns
# of `oj.purchases`, possibly without the `purchase` column (at prediction time the outcome
# does not exist yet), possibly only some of the rows, in any order. Return a **new**
# DataFrame with the same index as `purchases`, one row per input row, holding these ten
# numeric columns:
#
# | column | value |
# |---|---|
# | `loyal_ch` | the customer's loyalty to CH, as given |
# | `sale_price_diff` | `sale_price_mm - sale_price_ch` (positive when MM costs more at the shelf) |
# | `disc_mm`, `disc_ch` | the discounts, as given |
# | `special_mm`, `special_ch` | the promotion flags, as given |
# | `store_1`, `store_2`, `store_3`, `store_4` | 1 if `store_id` is that store, else 0 (store 7, the largest, is the reference: all four are 0) |
#
# You may add further columns of your own (the model in section 6 uses every column you
# return), but every value of a row must be computable from that row's own columns, known
# before the purchase: the hidden tests reshuffle, trim and strip the purchases and expect
# each row's features not to change.

# %% nbgrader={"grade_id": "make_features", "solution": true} autograde={"target_minutes": 15}
def make_features(purchases):
    """One row of pre-purchase features per purchase, indexed like `purchases`."""
    ### BEGIN SOLUTION
    features = pd.DataFrame(index=purchases.index)
    features["loyal_ch"] = purchases["loyal_ch"].astype(float)
    features["sale_price_diff"] = (purchases["sale_price_mm"] - purchases["sale_price_ch"]).astype(float)
    features["disc_mm"] = purchases["disc_mm"].astype(float)
    features["disc_ch"] = purchases["disc_ch"].astype(float)
    features["special_mm"] = purchases["special_mm"].astype(float)
    features["special_ch"] = purchases["special_ch"].astype(float)
    for store in (1, 2, 3, 4):
        features[f"store_{store}"] = (purchases["store_id"] == store).astype(float)
    return features
    ### END SOLUTION

# %% nbgrader={"grade_id": "make_features_test", "grade": true, "points": 2}
_pp_cols = ["loyal_ch", "sale_price_diff", "disc_mm", "disc_ch", "special_mm", "special_ch",
            "store_1", "store_2", "store_3", "store_4"]
_pp_f = make_features(oj.head(20))
assert isinstance(_pp_f, pd.DataFrame), "make_features should return a DataFrame"
assert list(_pp_f.index) == list(oj.head(20).index), "the result should have the same index as the input"
_pp_absent = [c for c in _pp_cols if c not in _pp_f.columns]
assert not _pp_absent, f"the result is missing the columns {_pp_absent}"
### BEGIN HIDDEN TESTS
_pp_before = oj.copy()
_pp_f = make_features(oj)
assert oj.equals(_pp_before), "make_features modified the DataFrame it was given"
assert isinstance(_pp_f, pd.DataFrame) and list(_pp_f.index) == list(oj.index), (
    "on the whole table, make_features should return one row per purchase with the same index"
)
_pp_store = oj["store_id"].to_numpy()
_pp_expected = {
    "loyal_ch": oj["loyal_ch"].to_numpy(dtype=float),
    # the same difference, taken from list prices and discounts instead of the sale prices
    "sale_price_diff": (oj["price_mm"].to_numpy(dtype=float) - oj["disc_mm"].to_numpy(dtype=float))
    - (oj["price_ch"].to_numpy(dtype=float) - oj["disc_ch"].to_numpy(dtype=float)),
    "disc_mm": oj["disc_mm"].to_numpy(dtype=float),
    "disc_ch": oj["disc_ch"].to_numpy(dtype=float),
    "special_mm": oj["special_mm"].to_numpy(dtype=float),
    "special_ch": oj["special_ch"].to_numpy(dtype=float),
    **{f"store_{s}": np.array([1.0 if v == s else 0.0 for v in _pp_store]) for s in (1, 2, 3, 4)},
}
for _pp_name, _pp_values in _pp_expected.items():
    _pp_got = pd.to_numeric(_pp_f[_pp_name], errors="coerce").astype(float).to_numpy()
    assert np.all(np.isfinite(_pp_got)), f"column {_pp_name!r} has missing or non-numeric values"
    _pp_err = float(np.max(np.abs(_pp_got - _pp_values)))
    assert _pp_err < 1e-9, f"column {_pp_name!r} does not hold the values the question defines"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "make_features_test_2", "grade": true, "points": 3}
# Visible: the features must exist without the outcome, as they will in production.
_pp_cols = ["loyal_ch", "sale_price_diff", "disc_mm", "disc_ch", "special_mm", "special_ch",
            "store_1", "store_2", "store_3", "store_4"]
try:
    _pp_f = make_features(oj.drop(columns="purchase").head(5))
except KeyError as _pp_error:
    raise AssertionError(
        f"make_features fails without the column {_pp_error}: at prediction time the outcome does not exist, so no "
        "feature may be computed from it"
    ) from None
assert len(_pp_f) == 5, "make_features should work on purchases whose outcome is not known yet"
### BEGIN HIDDEN TESTS
def _pp_numeric(frame):
    return frame.apply(lambda col: pd.to_numeric(col, errors="coerce")).astype(float)


_pp_full = _pp_numeric(make_features(oj))
_pp_blind = _pp_numeric(make_features(oj.drop(columns="purchase")))
assert list(_pp_blind.columns) == list(_pp_full.columns) and np.allclose(
    _pp_blind.to_numpy(), _pp_full.to_numpy(), equal_nan=True
), "make_features returns different features when the purchase column is absent: a feature depends on the outcome"
_pp_flipped = oj.assign(purchase=np.where(oj["purchase"] == "MM", "CH", "MM"))
_pp_flip = _pp_numeric(make_features(_pp_flipped))
assert np.allclose(_pp_flip.to_numpy(), _pp_full.to_numpy(), equal_nan=True), (
    "swapping every outcome changes your features: at least one of them is computed from the target"
)
_pp_order = np.random.default_rng(4).permutation(len(oj))
_pp_shuffled = _pp_numeric(make_features(oj.iloc[_pp_order])).reindex(index=oj.index, columns=_pp_full.columns)
_pp_moved = [c for c in _pp_full.columns
             if not np.allclose(_pp_shuffled[c].to_numpy(), _pp_full[c].to_numpy(), equal_nan=True)]
assert not _pp_moved, (
    f"the columns {_pp_moved} change when the rows are reordered: they read neighbouring rows (such as the next "
    "purchase's loyalty, which already contains this purchase) instead of the row itself"
)
_pp_late = oj[oj["weekof_purchase"] > 270]
_pp_part = _pp_numeric(make_features(_pp_late)).reindex(columns=_pp_full.columns)
_pp_changed = [c for c in _pp_full.columns
               if not np.allclose(_pp_part[c].to_numpy(), _pp_full.loc[_pp_late.index, c].to_numpy(), equal_nan=True)]
assert not _pp_changed, (
    f"the columns {_pp_changed} change when only some of the rows are passed: they use statistics of the whole "
    "table, which leak the test rows into the features (fit such transformations on the training rows only)"
)
for _pp_rows, _pp_label in [(oj[oj["store_id"] == 7].head(30), "purchases from store 7 only"),
                            (oj[oj["store_id"] == 2].tail(1), "a single purchase from store 2")]:
    _pp_small = make_features(_pp_rows)
    _pp_absent = [c for c in _pp_cols if c not in _pp_small.columns]
    assert not _pp_absent, (
        f"on {_pp_label} the columns {_pp_absent} are missing: build each indicator from the store number, not "
        "from the stores that happen to be in the rows you receive"
    )
    _pp_small = _pp_numeric(_pp_small[_pp_cols])
    assert np.allclose(_pp_small.to_numpy(), _pp_full.loc[_pp_rows.index, _pp_cols].to_numpy()), (
        f"on {_pp_label} the features differ from those of the same rows in the full table"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 4. A split that respects time
# *Hold out the way the model will be used: train on the past, test on the future*
#
# The model will score next week's shoppers with what it learned from earlier weeks, so it
# must be tested the same way. A random split answers an easier question. It scatters the
# test weeks through training, so the model has already seen the prices, promotions and
# brand mix of the very weeks it is tested on. It also puts the same customers on both
# sides: their purchases come in runs whose loyalty scores move a little at a time (section
# 3), so a test row often has near-twins in training, fitted a moment before or after it.
# The future offers neither: prices change, promotions rotate, loyalties drift, and Minute
# Maid's share in the last ten weeks is not the same as before. That is why a random split
# tends to overstate how well the model will do; section 6 measures by how much here.
#
# Two mistakes are common even when the intent is right. Sorting by week and cutting at a
# fixed number of rows splits a week in two, so part of a test week is in training. And
# `purchase_id` is not time: it follows customers, not weeks.
#
# **Question.** Write `time_split(purchases, n_test_weeks)`. The **test period** is every week
# `w` with `w > max_week - n_test_weeks`, where `max_week` is the largest `weekof_purchase` in
# `purchases` (with 10 test weeks and a last week of 278, that is weeks 269 to 278; weeks
# with no purchase still count). Return the tuple `(train, test)`: two DataFrames with all the
# columns of `purchases`, `test` holding every row of the test period and `train` every other
# row, each in the order of `purchases`. Do not modify `purchases`.

# %% nbgrader={"grade_id": "time_split", "solution": true} autograde={"target_minutes": 10}
def time_split(purchases, n_test_weeks):
    """(train, test): the last `n_test_weeks` weeks are the test period."""
    ### BEGIN SOLUTION
    cutoff = purchases["weekof_purchase"].max() - n_test_weeks
    in_test = purchases["weekof_purchase"] > cutoff
    return purchases[~in_test].copy(), purchases[in_test].copy()
    ### END SOLUTION

# %% nbgrader={"grade_id": "time_split_test", "grade": true, "points": 1}
_pp_split = time_split(oj, N_TEST_WEEKS)
assert isinstance(_pp_split, tuple) and len(_pp_split) == 2, "time_split should return the tuple (train, test)"
assert all(isinstance(part, pd.DataFrame) for part in _pp_split), "train and test should be DataFrames"
assert len(_pp_split[0]) + len(_pp_split[1]) == len(oj), "every purchase should be in train or in test, once"
### BEGIN HIDDEN TESTS
_pp_before = oj.copy()
_pp_train, _pp_test = time_split(oj, N_TEST_WEEKS)
assert oj.equals(_pp_before), "time_split modified the DataFrame it was given"
assert list(_pp_train.columns) == list(oj.columns) and list(_pp_test.columns) == list(oj.columns), (
    "train and test should keep all the columns of the purchases"
)
_pp_ids_train, _pp_ids_test = set(_pp_train["purchase_id"]), set(_pp_test["purchase_id"])
assert not (_pp_ids_train & _pp_ids_test), "some purchases are in both train and test"
assert _pp_ids_train | _pp_ids_test == set(oj["purchase_id"]), "some purchases are in neither train nor test"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "time_split_test_2", "grade": true, "points": 2}
# Hidden: no test-period week in training, and exactly the last weeks held out, on this data and on others.
### BEGIN HIDDEN TESTS
def _pp_check_split(frame, n_weeks, label):
    train, test = time_split(frame, n_weeks)
    last = int(frame["weekof_purchase"].max())
    test_weeks = set(range(last - n_weeks + 1, last + 1))
    leaked = sorted(set(train["weekof_purchase"]) & test_weeks)
    assert not leaked, (
        f"{label}: the training rows include {len(leaked)} week(s) of the test period, so the model is "
        "tested on weeks it has already seen"
    )
    assert set(test["weekof_purchase"]) <= test_weeks, (
        f"{label}: the test rows include weeks before the last {n_weeks}"
    )
    assert len(train) + len(test) == len(frame) and len(test) == int(frame["weekof_purchase"].isin(test_weeks).sum()), (
        f"{label}: the test set should hold every purchase of the last {n_weeks} weeks and nothing else"
    )
    kept = set(train.index)
    assert list(train.index) == [i for i in frame.index if i in kept], (
        f"{label}: keep the rows of train in the order of the input"
    )


_pp_check_split(oj, N_TEST_WEEKS, "oj.purchases with 10 test weeks")
_pp_check_split(oj, 4, "oj.purchases with 4 test weeks")
_pp_rng = np.random.default_rng(8)
_pp_fake = pd.DataFrame({
    "purchase_id": np.arange(1, 301),
    "weekof_purchase": _pp_rng.choice([1, 2, 3, 5, 6, 9, 10, 12], size=300),  # weeks 4, 7, 8, 11 are missing
    "purchase": _pp_rng.choice(["CH", "MM"], size=300),
}).sample(frac=1.0, random_state=3)
_pp_check_split(_pp_fake, 5, "a shuffled table with missing weeks and 5 test weeks")
### END HIDDEN TESTS

# %% [markdown]
# The locked cell below builds the inputs of sections 5 to 7 from your two functions:
# `train` and `test`, their feature matrices `X_train` and `X_test`, and the outcomes
# `y_train` and `y_test` (1 for MM, 0 for CH).

# %% nbgrader={"grade_id": "model_inputs", "locked": true}
train, test = time_split(oj, N_TEST_WEEKS)
X_train, X_test = make_features(train), make_features(test)
y_train = (train["purchase"] == "MM").astype(int).to_numpy()
y_test = (test["purchase"] == "MM").astype(int).to_numpy()
print(f"train: {len(train)} purchases, weeks {train['weekof_purchase'].min()}-{train['weekof_purchase'].max()}, "
      f"MM share {y_train.mean():.3f}")
print(f"test:  {len(test)} purchases, weeks {test['weekof_purchase'].min()}-{test['weekof_purchase'].max()}, "
      f"MM share {y_test.mean():.3f}")

# %% [markdown]
# ## 5. Baselines, and how to score them
# *Log loss, AUC and accuracy; the majority class and a one-feature rule*
#
# A model is only as good as what it beats. Two baselines frame this case. The
# **majority** baseline knows nothing about the shopper: it predicts the training period's
# MM share for everyone, which as a yes/no prediction is "always Citrus Hill". The
# **loyalty** baseline uses a single column: since `loyal_ch` is a smoothed record of past CH
# purchases, `1 - loyal_ch` is already a rough probability of MM, and "MM when loyalty to CH
# is below one half" is the rule a store manager would write by hand.
#
# Three numbers score a vector of probabilities `p` against outcomes `y` (1 for MM):
#
# - **Log loss**, `-mean(y * log(p) + (1 - y) * log(1 - p))`, the quantity logistic
#   regression minimises. It rewards calibrated probabilities and punishes confident
#   mistakes without limit, which is why a hard 0/1 prediction that is wrong even once
#   scores terribly. Clip `p` away from 0 and 1 before taking logs.
# - **AUC**, the chance that a randomly drawn MM purchase gets a higher `p` than a randomly
#   drawn CH purchase, counting a tie as one half. It only looks at the order of the
#   predictions: a constant prediction scores exactly 0.5, and halving every probability
#   changes nothing.
# - **Accuracy** at the 0.5 cut-off: predict MM when `p > 0.5`, otherwise CH (so a
#   probability of exactly one half counts as CH).
#
# **Question.** Write two functions in the answer cell.
#
# `evaluate_predictions(y_true, p_mm)`: `y_true` is a 1-D array of 0s and 1s (1 = MM), `p_mm`
# a 1-D array of predicted MM probabilities of the same length. Return a dict with the float
# values `"log_loss"` (with `p_mm` clipped to `[1e-15, 1 - 1e-15]`), `"auc"` (ties count one
# half) and `"accuracy"` (MM when `p_mm > 0.5`). Raise `ValueError` if `y_true` holds only one
# class, because the AUC is then undefined. You may use scikit-learn's metrics.
#
# `baseline_probabilities(train, test)`: two DataFrames shaped like `oj`. Return a DataFrame
# with the index of `test` and two float columns: `"majority"`, the MM share of `train`
# repeated on every row, and `"loyalty"`, `1 - loyal_ch` of each test row.

# %% nbgrader={"grade_id": "baselines", "solution": true} autograde={"target_minutes": 15}
def evaluate_predictions(y_true, p_mm):
    """{"log_loss", "auc", "accuracy"} of MM probabilities against 0/1 outcomes (1 = MM)."""
    ### BEGIN SOLUTION
    y = np.asarray(y_true, dtype=int)
    p = np.clip(np.asarray(p_mm, dtype=float), 1e-15, 1 - 1e-15)
    if len(np.unique(y)) < 2:
        raise ValueError("the AUC needs both brands among the outcomes")
    return {
        "log_loss": float(log_loss(y, p, labels=[0, 1])),
        "auc": float(roc_auc_score(y, p)),
        "accuracy": float(np.mean((p > 0.5).astype(int) == y)),
    }
    ### END SOLUTION


def baseline_probabilities(train, test):
    """MM probabilities of the two baselines for every test row: columns "majority" and "loyalty"."""
    ### BEGIN SOLUTION
    mm_share = float((train["purchase"] == "MM").mean())
    return pd.DataFrame(
        {"majority": np.full(len(test), mm_share), "loyalty": 1.0 - test["loyal_ch"].to_numpy(dtype=float)},
        index=test.index,
    )
    ### END SOLUTION

# %% nbgrader={"grade_id": "baselines_test", "grade": true, "points": 3}
_pp_s = evaluate_predictions(np.array([1, 0, 1, 0]), np.array([0.8, 0.4, 0.5, 0.5]))
assert isinstance(_pp_s, dict) and {"log_loss", "auc", "accuracy"} <= set(_pp_s), (
    "evaluate_predictions should return a dict with the keys 'log_loss', 'auc' and 'accuracy'"
)
assert abs(_pp_s["accuracy"] - 0.75) < 1e-12, (
    f"accuracy of [0.8, 0.4, 0.5, 0.5] against [1, 0, 1, 0] should be 0.75 (0.5 counts as CH); got {_pp_s['accuracy']!r}"
)
assert abs(_pp_s["auc"] - 0.875) < 1e-12, (
    f"AUC of that example should be 0.875 (the tie between 0.5 and 0.5 counts one half); got {_pp_s['auc']!r}"
)
### BEGIN HIDDEN TESTS
import warnings as _pp_warnings

from scipy.stats import mannwhitneyu as _pp_mwu

from autograde.probes import expect_raises as _pp_expect_raises


def _pp_auc(y, p):
    with _pp_warnings.catch_warnings():
        _pp_warnings.simplefilter("ignore")
        u = _pp_mwu(p[y == 1], p[y == 0]).statistic
    return float(u) / (np.sum(y == 1) * np.sum(y == 0))


def _pp_log_loss(y, p):
    p = np.minimum(np.maximum(p, 1e-15), 1 - 1e-15)
    return float(np.mean(np.where(y == 1, -np.log(p), -np.log1p(-p))))


_pp_rng = np.random.default_rng(41)
_pp_cases = []
for _pp_n in (50, 400):
    _pp_y = (_pp_rng.random(_pp_n) < 0.4).astype(int)
    _pp_p = np.clip(0.4 + 0.3 * (_pp_y - 0.4) + _pp_rng.normal(0, 0.2, _pp_n), 0.01, 0.99)
    _pp_cases.append((_pp_y, _pp_p, f"{_pp_n} random probabilities"))
_pp_y = (_pp_rng.random(300) < 0.5).astype(int)
_pp_cases.append((_pp_y, np.round(_pp_rng.random(300), 1), "probabilities rounded to one decimal (many ties)"))
_pp_cases.append((_pp_y, np.full(300, 0.39), "a constant prediction"))
for _pp_y, _pp_p, _pp_label in _pp_cases:
    _pp_got = evaluate_predictions(_pp_y, _pp_p)
    _pp_acc = float(np.mean(np.where(_pp_p > 0.5, 1, 0) == _pp_y))
    for _pp_key, _pp_want, _pp_hint in (
        ("log_loss", _pp_log_loss(_pp_y, _pp_p), "the mean negative log-likelihood of the clipped probabilities"),
        ("auc", _pp_auc(_pp_y, _pp_p), "check how tied probabilities are counted"),
        ("accuracy", _pp_acc, "MM is predicted only when p_mm > 0.5"),
    ):
        assert abs(float(_pp_got[_pp_key]) - _pp_want) < 1e-9, f"{_pp_key} is wrong on {_pp_label} ({_pp_hint})"
_pp_hard = evaluate_predictions(np.array([1, 0, 1, 1]), np.array([1.0, 1.0, 0.0, 1.0]))
assert np.isfinite(_pp_hard["log_loss"]) and abs(_pp_hard["log_loss"] - _pp_log_loss(
    np.array([1, 0, 1, 1]), np.array([1.0, 1.0, 0.0, 1.0]))) < 1e-6, (
    "log loss of hard 0/1 predictions should be finite (and large): clip the probabilities to [1e-15, 1 - 1e-15]"
)
_pp_expect_raises(ValueError, evaluate_predictions, np.array([0, 0, 0]), np.array([0.2, 0.5, 0.9]))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "baselines_test_2", "grade": true, "points": 2}
_pp_b = baseline_probabilities(oj.head(4), oj.tail(3))
assert isinstance(_pp_b, pd.DataFrame) and {"majority", "loyalty"} <= set(_pp_b.columns), (
    "baseline_probabilities should return a DataFrame with the columns 'majority' and 'loyalty'"
)
assert list(_pp_b.index) == list(oj.tail(3).index), "the result should have the index of test"
### BEGIN HIDDEN TESTS
_pp_late = oj["weekof_purchase"] > oj["weekof_purchase"].max() - N_TEST_WEEKS
_pp_tr, _pp_te = oj[~_pp_late], oj[_pp_late]
_pp_b = baseline_probabilities(_pp_tr, _pp_te)
assert list(_pp_b.index) == list(_pp_te.index), "the result should have the index of test"
_pp_share = sum(1 for v in _pp_tr["purchase"] if v == "MM") / len(_pp_tr)
_pp_maj = _pp_b["majority"].to_numpy(dtype=float)
assert np.allclose(_pp_maj, _pp_maj[0]), "the majority baseline should give every test row the same probability"
assert not np.allclose(_pp_maj, 0.0) and not np.allclose(_pp_maj, 1.0), (
    "the majority baseline gives a hard 0 or 1: a probability baseline should predict the training share of MM "
    "(its log loss is otherwise enormous)"
)
assert abs(_pp_maj[0] - _pp_share) < 1e-9, (
    "the majority baseline is not the MM share of the training rows (is it computed on the test rows?)"
)
_pp_loy = _pp_b["loyalty"].to_numpy(dtype=float)
assert np.allclose(_pp_loy, [1.0 - v for v in _pp_te["loyal_ch"]]), (
    "the loyalty baseline should be the probability of MM, 1 - loyal_ch, for each test row"
)
_pp_small = baseline_probabilities(
    pd.DataFrame({"purchase": ["MM", "MM", "MM", "CH"], "loyal_ch": [0.1, 0.2, 0.3, 0.9]}, index=[7, 8, 9, 10]),
    pd.DataFrame({"purchase": ["CH", "CH"], "loyal_ch": [0.25, 0.75]}, index=[3, 1]),
)
assert list(_pp_small.index) == [3, 1] and np.allclose(_pp_small["majority"].to_numpy(dtype=float), 0.75) and np.allclose(
    _pp_small["loyalty"].to_numpy(dtype=float), [0.75, 0.25]
), "on a 4-row train with 3 MM purchases, the baselines should be 0.75 everywhere and 1 - loyal_ch"
### END HIDDEN TESTS

# %% [markdown]
# Scratch space (not graded): the two baselines scored on the test weeks. Note how much the
# majority baseline gets right while knowing nothing about the shopper; its AUC and log loss
# give it away, its accuracy does not.

# %%
baseline_scores = pd.DataFrame({
    name: evaluate_predictions(y_test, baseline_probabilities(train, test)[name].to_numpy())
    for name in ["majority", "loyalty"]
}).T.round(3)
baseline_scores

# %% [markdown]
# ## 6. A better model: logistic regression
# *A small, explainable model, fitted on the past and judged on the held-out weeks*
#
# With ten features and eight hundred training rows, logistic regression is the right
# first model: it is fast, its coefficients read as the direction and size of each driver
# (loyalty to CH keeps shoppers on CH; a shelf price gap against MM pushes them there), and its
# probabilities tend to be calibrated, which section 7 relies on. Put a `StandardScaler` in
# front of it inside a pipeline: the scaler learns its means and standard deviations from
# the training rows only (no test statistics leak in), and scaled features make the
# regularisation treat every feature alike and help the solver converge. Fix the
# `random_state`, so that a rerun gives the same model.
#
# Two details trip people up. `predict_proba` returns one column per class in the order of
# `model.classes_`; with outcomes coded 0/1 the MM column is the **second** one. And
# `predict` returns hard labels, not probabilities: scoring them by log loss punishes every
# mistake as if the model had been certain.
#
# **Question.** In the answer cell:
#
# - write `fit_model(X, y)`: fit and return a scikit-learn logistic regression (alone or as
#   the last step of a pipeline) with a fixed `random_state`, on the feature DataFrame `X`
#   and the 0/1 outcomes `y` (1 = MM). Do not modify `X`;
# - write `predict_mm(model, X)`: a 1-D float array of MM probabilities, one per row of `X`;
# - fit `model` on `X_train`, `y_train`, and assign `p_train` and `p_test` (the MM
#   probabilities of the training and test rows) and `model_scores`, the result of
#   `evaluate_predictions(y_test, p_test)`.
#
# The hidden tests fit your `fit_model` on the features of this split and expect a model
# clearly better than the loyalty baseline on the held-out weeks (thresholds with room for
# reasonable choices of scaling and regularisation), probabilities that point the right
# way, and the same predictions on every run.

# %% nbgrader={"grade_id": "logistic_model", "solution": true} autograde={"target_minutes": 15}
def fit_model(X, y):
    """A fitted scikit-learn logistic regression (or a pipeline ending in one) with a fixed random_state."""
    ### BEGIN SOLUTION
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000, random_state=0))
    return model.fit(X, y)
    ### END SOLUTION


def predict_mm(model, X):
    """The predicted probability of MM for every row of X, as a 1-D float array."""
    ### BEGIN SOLUTION
    mm_column = list(model.classes_).index(1)
    return model.predict_proba(X)[:, mm_column].astype(float)
    ### END SOLUTION


### BEGIN SOLUTION
model = fit_model(X_train, y_train)
p_train = predict_mm(model, X_train)
p_test = predict_mm(model, X_test)
model_scores = evaluate_predictions(y_test, p_test)
### END SOLUTION
model_scores

# %% nbgrader={"grade_id": "logistic_model_test", "grade": true, "points": 3}
assert np.shape(p_test) == (len(X_test),) and np.shape(p_train) == (len(X_train),), (
    "p_train and p_test should be 1-D arrays with one probability per row of X_train and X_test"
)
assert np.all((np.asarray(p_test) >= 0) & (np.asarray(p_test) <= 1)), "p_test should hold probabilities"
### BEGIN HIDDEN TESTS
import warnings as _pp_warnings

from scipy.stats import mannwhitneyu as _pp_mwu
from sklearn.linear_model import LogisticRegression as _pp_LR


def _pp_features(frame):
    store = frame["store_id"].to_numpy()
    return pd.DataFrame({
        "loyal_ch": frame["loyal_ch"].to_numpy(dtype=float),
        "sale_price_diff": (frame["price_mm"] - frame["disc_mm"] - frame["price_ch"] + frame["disc_ch"]).to_numpy(dtype=float),
        "disc_mm": frame["disc_mm"].to_numpy(dtype=float),
        "disc_ch": frame["disc_ch"].to_numpy(dtype=float),
        "special_mm": frame["special_mm"].to_numpy(dtype=float),
        "special_ch": frame["special_ch"].to_numpy(dtype=float),
        **{f"store_{s}": (store == s).astype(float) for s in (1, 2, 3, 4)},
    }, index=frame.index)


def _pp_auc(y, p):
    with _pp_warnings.catch_warnings():
        _pp_warnings.simplefilter("ignore")
        u = _pp_mwu(p[y == 1], p[y == 0]).statistic
    return float(u) / (np.sum(y == 1) * np.sum(y == 0))


def _pp_log_loss(y, p):
    p = np.minimum(np.maximum(p, 1e-15), 1 - 1e-15)
    return float(np.mean(np.where(y == 1, -np.log(p), -np.log1p(-p))))


_pp_late = oj["weekof_purchase"] > oj["weekof_purchase"].max() - N_TEST_WEEKS
_pp_Xtr, _pp_Xte = _pp_features(oj[~_pp_late]), _pp_features(oj[_pp_late])
_pp_ytr = (oj.loc[~_pp_late, "purchase"] == "MM").to_numpy().astype(int)
_pp_yte = (oj.loc[_pp_late, "purchase"] == "MM").to_numpy().astype(int)
_pp_Xtr_before = _pp_Xtr.copy()
with _pp_warnings.catch_warnings():
    _pp_warnings.simplefilter("ignore")
    _pp_model = fit_model(_pp_Xtr, _pp_ytr)
    _pp_p = np.asarray(predict_mm(_pp_model, _pp_Xte), dtype=float)
    _pp_p_again = np.asarray(predict_mm(fit_model(_pp_Xtr, _pp_ytr), _pp_Xte), dtype=float)
assert _pp_Xtr.equals(_pp_Xtr_before), "fit_model modified the feature DataFrame it was given"
_pp_last = _pp_model.steps[-1][1] if hasattr(_pp_model, "steps") else _pp_model
assert isinstance(_pp_last, _pp_LR), (
    f"fit_model returned a {type(_pp_last).__name__}; the question asks for a logistic regression (alone or at the "
    "end of a pipeline)"
)
assert _pp_last.random_state is not None, "fix the logistic regression's random_state so that reruns agree"
assert _pp_p.shape == (len(_pp_Xte),), "predict_mm should return one probability per row"
assert np.all((_pp_p > 0) & (_pp_p < 1)), (
    "predict_mm should return probabilities strictly between 0 and 1 (predict_proba), not hard labels"
)
assert np.allclose(_pp_p, _pp_p_again), "two fits on the same data give different predictions"
_pp_auc_model = _pp_auc(_pp_yte, _pp_p)
assert _pp_auc_model > 0.5, (
    "the predictions rank CH purchases above MM purchases: predict_mm returns the probability of the wrong class"
)
_pp_ll_loyalty = _pp_log_loss(_pp_yte, 1.0 - oj.loc[_pp_late, "loyal_ch"].to_numpy(dtype=float))
_pp_ll_model = _pp_log_loss(_pp_yte, _pp_p)
assert _pp_auc_model >= 0.87, (
    f"on the held-out weeks your model's AUC is {_pp_auc_model:.3f}; a logistic regression on these features "
    "should rank much better than the loyalty baseline"
)
assert _pp_ll_model <= _pp_ll_loyalty - 0.03, (
    f"on the held-out weeks your model's log loss is {_pp_ll_model:.3f}, not clearly better than the loyalty "
    f"baseline's {_pp_ll_loyalty:.3f}: are the probabilities calibrated?"
)
assert float(np.mean((_pp_p > 0.5) == (_pp_yte == 1))) >= 0.78, "the model's accuracy on the held-out weeks is too low"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "logistic_model_test_2", "grade": true, "points": 1}
assert isinstance(model_scores, dict) and {"log_loss", "auc", "accuracy"} <= set(model_scores), (
    "model_scores should be the dict returned by evaluate_predictions"
)
### BEGIN HIDDEN TESTS
assert len(np.asarray(p_test)) == len(y_test), "p_test should have one probability per test row"
# section 5 grades evaluate_predictions itself; here only which rows were scored matters
_pp_want = evaluate_predictions(y_test, np.asarray(p_test, dtype=float))
for _pp_key in ("log_loss", "auc", "accuracy"):
    assert abs(float(model_scores[_pp_key]) - float(_pp_want[_pp_key])) < 1e-9, (
        f"model_scores['{_pp_key}'] is not the {_pp_key} of p_test against y_test: score the test weeks"
    )
### END HIDDEN TESTS

# %% [markdown]
# **How much would a random split have flattered the model?** The cell below (not graded)
# refits your model on 20 random splits of the same size as the time split and compares
# their average scores with the time split's. Run it and read the numbers before the
# written question.

# %%
_random_scores = []
for _seed in range(20):
    _tr, _te = train_test_split(oj, test_size=len(test), random_state=_seed)
    _m = fit_model(make_features(_tr), (_tr["purchase"] == "MM").astype(int).to_numpy())
    _random_scores.append(
        evaluate_predictions((_te["purchase"] == "MM").astype(int).to_numpy(), predict_mm(_m, make_features(_te)))
    )
split_comparison = pd.DataFrame({
    "random split (mean of 20)": pd.DataFrame(_random_scores).mean(),
    "random split (sd)": pd.DataFrame(_random_scores).std(),
    "time split": pd.Series(model_scores),
}).round(3)
split_comparison

# %% [markdown]
# **Question (written, graded by a person).** A colleague reports the model's accuracy from
# a random 75/25 split of the purchases and says it is what the chain should expect next
# quarter. In a short paragraph: why does a random split overstate what the model will do
# on future weeks in this data, what do the numbers above show, and which numbers would you
# report instead?
#
# **Rubric (2 points).**
# - 1 point: the mechanism, specific to this data: a random split lets the model train on
#   the test weeks' own prices, promotions and brand mix, and on the same customers'
#   neighbouring purchases, whose loyalty scores are near copies of each other (each is
#   updated from the last purchase), while in production the weeks ahead differ (loyalties
#   drift, promotions rotate, the MM share moves).
# - 1 point: reads the comparison correctly (the random splits score better on average and
#   vary from seed to seed, so a single lucky split can overstate even more) and concludes
#   to report the time-held-out numbers, ideally with a note that a customer id would allow
#   a split by customer as well.

# %% [markdown] nbgrader={"grade_id": "split_rationale", "solution": true, "grade": true, "points": 2}
# A random split answers "how well does the model fill in purchases from weeks it has
# already seen?", not "how well will it do next quarter?". With shuffled rows, every test
# week is also in training, so the model has learned that week's prices, promotions and
# brand mix; and each customer's purchases come in runs whose loyalty scores change only a
# little from one purchase to the next (each is updated from the previous purchase), so a
# test row usually has near-identical rows of the same customer in training. Next quarter
# none of that holds: loyalties drift, promotions change and Minute Maid's share moves (it is
# lower in the last ten weeks than before).
#
# The comparison shows it: averaged over 20 seeds, the random splits give a better accuracy,
# AUC and log loss than the time split, and they vary from seed to seed, so a single
# favourable split could overstate the model even more. I would report the scores on the
# last ten weeks, trained only on the weeks before them, and, if the data had a customer id,
# also check a split that keeps each customer on one side.

# %% [markdown]
# ## 7. From probabilities to money: the coupon threshold
# *Expected profit, the break-even probability, and why 0.5 is the wrong cut-off*
#
# The chain sends a coupon on a trip when the predicted MM probability is at least some
# threshold `t`. Each coupon sent costs `COUPON_COST`; each coupon that ends in an MM
# purchase earns `MARGIN`. The expected profit of one more coupon to a shopper with MM
# probability `p` is `MARGIN * p - COUPON_COST`, which is positive exactly when
# `p > COUPON_COST / MARGIN`: the **break-even probability**, 0.3 here. So the best rule
# sends coupons far below the 0.5 that a classifier uses by default, and it can only be read
# off the model if its probabilities mean what they say (a model whose "0.3" is really 0.5
# would send the wrong coupons): that is the business case for calibration, and for log loss
# over accuracy.
#
# In practice you check the theory against the data: compute the profit that each
# threshold of a grid would have made, pick the best one **on the training weeks** (never on
# the test weeks, which would make the test profit optimistic), then report what that
# threshold earns on the test weeks, next to the 0.5 rule and to sending a coupon to
# everyone.
#
# **Question.** In the answer cell:
#
# - write `coupon_profit(y_mm, p_mm, threshold, margin, coupon_cost)`: the coupons go to
#   the rows with `p_mm >= threshold`; return the profit as a float, `margin` times the
#   number of coupons sent to rows with `y_mm == 1`, minus `coupon_cost` times the number
#   of coupons sent;
# - write `best_threshold(y_mm, p_mm, margin, coupon_cost, grid)`: the tuple
#   `(threshold, profit)` for the threshold in `grid` with the highest `coupon_profit`; when
#   several thresholds tie for the highest profit, return the **largest** of them (the same
#   money for fewer coupons);
# - assign `coupon_plan`, a dict with the keys `"threshold"` (the best threshold of
#   `THRESHOLD_GRID` on the training weeks, from `y_train` and `p_train`),
#   `"break_even_probability"` (`COUPON_COST / MARGIN`), `"coupons_sent"` (how many test
#   rows get a coupon at that threshold), `"test_profit"` (the test profit at that
#   threshold), `"test_profit_at_0_5"` (the test profit at threshold 0.5) and
#   `"test_profit_send_all"` (the test profit when every test row gets a coupon). Use
#   `MARGIN` and `COUPON_COST`.

# %% nbgrader={"grade_id": "coupon_threshold", "solution": true} autograde={"target_minutes": 20}
def coupon_profit(y_mm, p_mm, threshold, margin, coupon_cost):
    """Profit of sending a coupon to every row with p_mm >= threshold."""
    ### BEGIN SOLUTION
    y = np.asarray(y_mm, dtype=int)
    sent = np.asarray(p_mm, dtype=float) >= threshold
    return float(margin * np.sum(y[sent] == 1) - coupon_cost * np.sum(sent))
    ### END SOLUTION


def best_threshold(y_mm, p_mm, margin, coupon_cost, grid):
    """(threshold, profit) of the most profitable threshold in grid; ties go to the largest threshold."""
    ### BEGIN SOLUTION
    best = None
    for t in sorted(float(g) for g in grid):
        profit = coupon_profit(y_mm, p_mm, t, margin, coupon_cost)
        if best is None or profit >= best[1]:
            best = (t, profit)
    return best
    ### END SOLUTION


### BEGIN SOLUTION
_chosen, _ = best_threshold(y_train, p_train, MARGIN, COUPON_COST, THRESHOLD_GRID)
coupon_plan = {
    "threshold": _chosen,
    "break_even_probability": COUPON_COST / MARGIN,
    "coupons_sent": int(np.sum(p_test >= _chosen)),
    "test_profit": coupon_profit(y_test, p_test, _chosen, MARGIN, COUPON_COST),
    "test_profit_at_0_5": coupon_profit(y_test, p_test, 0.5, MARGIN, COUPON_COST),
    "test_profit_send_all": coupon_profit(y_test, p_test, 0.0, MARGIN, COUPON_COST),
}
### END SOLUTION
coupon_plan

# %% nbgrader={"grade_id": "coupon_threshold_test", "grade": true, "points": 2}
_pp_y, _pp_p = np.array([1, 0, 1, 0]), np.array([0.9, 0.8, 0.4, 0.1])
_pp_v = coupon_profit(_pp_y, _pp_p, 0.5, 1.0, 0.3)
assert abs(float(_pp_v) - 0.4) < 1e-12, (
    f"with threshold 0.5, two coupons go out and one ends in MM: profit 1.0 - 2 * 0.3 = 0.4; got {_pp_v!r}"
)
_pp_v = coupon_profit(_pp_y, _pp_p, 0.4, 1.0, 0.3)
assert abs(float(_pp_v) - 1.1) < 1e-12, (
    f"with threshold 0.4 the row with p = 0.4 gets a coupon too (>=): profit 2.0 - 3 * 0.3 = 1.1; got {_pp_v!r}"
)
### BEGIN HIDDEN TESTS
def _pp_profit(y, p, t, margin, cost):
    total = 0.0
    for yi, pi in zip(y.tolist(), p.tolist()):
        if pi >= t:
            total += (margin if yi == 1 else 0.0) - cost
    return total


_pp_rng = np.random.default_rng(77)
for _pp_n, _pp_margin, _pp_cost in [(200, 1.0, 0.3), (500, 2.5, 0.4), (300, 0.8, 0.6)]:
    _pp_p = np.round(_pp_rng.random(_pp_n), 2)  # two decimals: many rows sit exactly on a threshold
    _pp_y = (_pp_rng.random(_pp_n) < _pp_p).astype(int)
    for _pp_t in (0.0, 0.05, 0.3, 0.5, 0.73, 0.95, 1.0):
        _pp_got = float(coupon_profit(_pp_y, _pp_p, _pp_t, _pp_margin, _pp_cost))
        assert abs(_pp_got - _pp_profit(_pp_y, _pp_p, _pp_t, _pp_margin, _pp_cost)) < 1e-9, (
            f"coupon_profit is wrong for threshold {_pp_t} with margin {_pp_margin} and coupon cost {_pp_cost}: "
            "every coupon sent costs the coupon cost, and only coupons to MM buyers earn the margin"
        )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "coupon_threshold_test_2", "grade": true, "points": 2}
_pp_t = best_threshold(np.array([1, 0, 1, 0]), np.array([0.9, 0.8, 0.4, 0.1]), 1.0, 0.3, [0.3, 0.5, 0.85])
assert isinstance(_pp_t, tuple) and len(_pp_t) == 2, "best_threshold should return the tuple (threshold, profit)"
### BEGIN HIDDEN TESTS
def _pp_profit(y, p, t, margin, cost):
    total = 0.0
    for yi, pi in zip(y.tolist(), p.tolist()):
        if pi >= t:
            total += (margin if yi == 1 else 0.0) - cost
    return total


def _pp_best(y, p, margin, cost, grid):
    profits = {float(t): _pp_profit(y, p, float(t), margin, cost) for t in grid}
    top = max(profits.values())
    chosen = max(t for t, v in profits.items() if abs(v - top) < 1e-9)
    return chosen, profits[chosen]


_pp_rng = np.random.default_rng(91)
_pp_grid = np.round(np.arange(1, 20) * 0.05, 2)
for _pp_margin, _pp_cost in [(1.0, 0.25), (1.0, 0.125), (2.0, 1.5), (1.0, 0.5)]:  # exact in binary: ties stay ties
    _pp_p = _pp_rng.random(3000)
    _pp_y = (_pp_rng.random(3000) < _pp_p).astype(int)  # calibrated probabilities
    _pp_want = _pp_best(_pp_y, _pp_p, _pp_margin, _pp_cost, _pp_grid)
    _pp_got = best_threshold(_pp_y, _pp_p, _pp_margin, _pp_cost, _pp_grid)
    assert abs(float(_pp_got[0]) - _pp_want[0]) < 1e-9 and abs(float(_pp_got[1]) - _pp_want[1]) < 1e-9, (
        f"with margin {_pp_margin} and coupon cost {_pp_cost} (break-even probability "
        f"{_pp_cost / _pp_margin:.2f}), best_threshold does not return the most profitable threshold of the grid "
        "and its profit"
    )
# every row below 0.6 buys CH: thresholds from 0.65 up send nothing and tie at a profit of 0
_pp_p = np.linspace(0.1, 0.6, 50)
_pp_got = best_threshold(np.zeros(50, dtype=int), _pp_p, 1.0, 0.3, _pp_grid)
assert abs(float(_pp_got[0]) - 0.95) < 1e-9 and abs(float(_pp_got[1])) < 1e-9, (
    "when several thresholds tie for the best profit, best_threshold should return the largest of them"
)
_pp_got = best_threshold(np.array([1, 1, 0]), np.array([0.2, 0.7, 0.9]), 1.0, 0.3, [0.8, 0.1, 0.5])
assert abs(float(_pp_got[0]) - 0.1) < 1e-9, "best_threshold should work with a grid in any order"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "coupon_threshold_test_3", "grade": true, "points": 2}
_pp_keys = ["threshold", "break_even_probability", "coupons_sent", "test_profit", "test_profit_at_0_5",
            "test_profit_send_all"]
assert isinstance(coupon_plan, dict), "coupon_plan should be a dict"
_pp_missing = [k for k in _pp_keys if k not in coupon_plan]
assert not _pp_missing, f"coupon_plan is missing the keys {_pp_missing}"
### BEGIN HIDDEN TESTS
_pp_ptr, _pp_pte = np.asarray(p_train, dtype=float), np.asarray(p_test, dtype=float)


def _pp_money(y, p, t):
    sent = p >= t
    return float(MARGIN * np.count_nonzero(sent & (y == 1)) - COUPON_COST * np.count_nonzero(sent))


_pp_train_profits = [(_pp_money(y_train, _pp_ptr, float(t)), float(t)) for t in THRESHOLD_GRID]
_pp_top = max(v for v, _ in _pp_train_profits)
_pp_chosen = max(t for v, t in _pp_train_profits if abs(v - _pp_top) < 1e-9)
assert abs(float(coupon_plan["break_even_probability"]) - COUPON_COST / MARGIN) < 1e-9, (
    "coupon_plan['break_even_probability'] is not the probability at which a coupon pays for itself"
)
assert abs(float(coupon_plan["threshold"]) - _pp_chosen) < 1e-9, (
    "coupon_plan['threshold'] is not the most profitable threshold of THRESHOLD_GRID on the training weeks "
    "(chosen by profit, on y_train and p_train, ties to the largest)"
)
_pp_t = float(coupon_plan["threshold"])
assert int(coupon_plan["coupons_sent"]) == int(np.count_nonzero(_pp_pte >= _pp_t)), (
    "coupon_plan['coupons_sent'] is not the number of test rows at or above the threshold"
)
for _pp_key, _pp_value in [("test_profit", _pp_money(y_test, _pp_pte, _pp_t)),
                           ("test_profit_at_0_5", _pp_money(y_test, _pp_pte, 0.5)),
                           ("test_profit_send_all", float(MARGIN * np.sum(y_test) - COUPON_COST * len(y_test)))]:
    assert abs(float(coupon_plan[_pp_key]) - _pp_value) < 1e-9, (
        f"coupon_plan['{_pp_key}'] does not match the profit on the test weeks from y_test and p_test"
    )
### END HIDDEN TESTS

# %% [markdown]
# Scratch space (not graded): the profit of every threshold of the grid, on the training
# weeks and on the test weeks, with the break-even probability marked. Check that the
# curve peaks near it, and how much the 0.5 rule leaves on the table.

# %%
_grid_profits = pd.DataFrame({
    "train": [coupon_profit(y_train, p_train, t, MARGIN, COUPON_COST) for t in THRESHOLD_GRID],
    "test": [coupon_profit(y_test, p_test, t, MARGIN, COUPON_COST) for t in THRESHOLD_GRID],
}, index=THRESHOLD_GRID)
_fig, _axes = plt.subplots(1, 2, figsize=(9, 3))
for _ax, _name in zip(_axes, ["train", "test"]):
    _ax.plot(_grid_profits.index, _grid_profits[_name], marker="o", markersize=3)
    _ax.axvline(COUPON_COST / MARGIN, color="grey", linestyle="--", label="break-even probability")
    _ax.set_title(f"coupon profit, {_name} weeks")
    _ax.set_xlabel("threshold")
    _ax.set_ylabel("dollars")
_axes[0].legend()
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 8. The recommendation
# *From numbers to a decision the category manager can take*
#
# End the case the way the interview ends it: a recommendation in a few sentences that a
# manager could act on the same day, backed by the numbers you computed, honest about what
# they cannot show, and with a next step that would settle the biggest doubt.
#
# **Question (written, graded by a person).** Write your recommendation to the category
# manager and the Minute Maid brand team in about 150 to 250 words: which coupon rule to
# use and what it earned on the held-out weeks compared with the alternatives, how good the
# model is and why its probabilities can be trusted for this, the main risks and
# limitations, and what you would do next.
#
# **Rubric (4 points).**
# - **Decision with numbers (1 point).** Recommends a concrete rule (send an MM coupon when
#   the predicted probability is at least the chosen threshold, near the break-even 0.3)
#   and quotes from this notebook its test-week profit against the 0.5 rule and against
#   sending to everyone.
# - **Model quality (1 point).** Compares the model with both baselines on the held-out
#   weeks (log loss and AUC, not only accuracy) and explains why calibration matters for a
#   threshold read as a probability.
# - **Limitations (1 point).** At least two, with their consequence: the coupon's causal
#   effect is assumed away (the profit counts shoppers who would have bought MM anyway, and
#   coupons may cannibalise the chain's CH sales), small and old data from five stores, new
#   customers without a loyalty history, drift in prices and habits.
# - **Next step (1 point).** A randomised test (a hold-out group of eligible shoppers who get
#   no coupon) to measure the real lift, with a success metric and a guardrail; retraining
#   and monitoring of calibration and the MM share over time.

# %% [markdown] nbgrader={"grade_id": "recommendation", "solution": true, "grade": true, "points": 4}
# **Recommendation: send the Minute Maid coupon on trips where the model gives MM a
# probability of at least 0.30, and test it against a hold-out group before scaling.**
#
# On the ten held-out weeks (260 purchases), this rule sent 117 coupons and earned about
# $45, against about $40 for a 0.5 cut-off and $15 for sending a coupon on every trip. The
# threshold was chosen on the earlier weeks and sits exactly at the break-even probability
# (cost $0.30 / payment $1.00), as theory says it should when the probabilities are
# calibrated. The logistic regression earns that trust: on the held-out weeks its log loss
# is about 0.40 against 0.47 for the loyalty rule and 0.66 for the majority baseline, and
# its AUC is about 0.89 (0.85 and 0.50). Accuracy alone would have hidden most of this: always
# predicting Citrus Hill is already right 64% of the time.
#
# Limits: the profit assumes the coupon changes nothing, so it counts shoppers who would
# have bought Minute Maid anyway, and coupons may pull shoppers away from Citrus Hill, whose
# margin the chain loses. The data is one year, five stores and about a thousand purchases;
# new customers start with a neutral loyalty score, and prices and habits drift.
#
# Next: run the rule for four weeks with a randomised 20% of eligible shoppers held out,
# measuring net profit per eligible trip (payments minus coupon costs minus lost CH margin)
# with total juice revenue as a guardrail; retrain monthly and watch calibration and the
# MM share by store.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week04/product_prediction.ipynb`. The three written
#   parts appear as points left for a person; mark them against their rubrics yourself or
#   swap with a peer.
# - Say the whole case out loud in ten minutes, in the order of the sections, with the
#   numbers from your notebook. Time the framing: it should take under two.
# - Try the variations an interviewer might throw at you: change `COUPON_COST` to 0.60 and
#   watch the best threshold follow the break-even probability; drop `loyal_ch` from the
#   features and see how much of the model's skill it carried; fit a gradient-boosted model
#   and compare its log loss and its profit, not only its AUC.
# - Going further: uplift modelling (predicting the *change* a coupon causes rather than
#   the purchase), calibration curves, and splits grouped by customer.
