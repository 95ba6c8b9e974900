# %% [markdown]
# # Week 2 · Machine learning from scratch
#
# The machine-learning round of a data-science loop rarely asks for a library call. It asks
# you to say how a model learns, to write the core of it on a whiteboard, and to defend the
# metric you would judge it by. This notebook drills exactly that, with NumPy alone:
#
# - logistic regression trained by batch gradient descent (the one most often asked for),
# - the evaluation toolkit: confusion matrix, precision, recall, F1 and ROC AUC,
# - class imbalance: picking a decision threshold that meets a recall target,
# - two classic algorithms with no training loss at all: k-means and k-nearest neighbours,
# - three "when would you use A over B" questions, answered in writing and graded by a person.
#
# **How to answer.** Every coding exercise has an answer cell holding a function signature,
# a docstring and `raise NotImplementedError()`. Replace that line with your code, keep the
# name and the arguments exactly as they are, run the cell, then run the test cell under it.
# You may add helper functions inside the answer cell. Use NumPy only: scikit-learn is not
# installed, and scipy is off limits here (the hidden tests look at the names your code
# uses). Each question spells out the details that decide the result (where the loop starts,
# how ties break, what an empty case returns); read them to the letter, because the grading
# compares numbers, not ideas.
#
# **How grading works.** The test cell you can see runs a few small checks, enough to catch
# a misread question. The real grade (`autograde check`, see the end of the notebook) adds
# hidden checks that compare your functions, on seeded random data, with independent
# implementations written inside the tests: brute force, a different algorithm, or the same
# update rule written another way. Tolerances are tight (about `1e-8`), so "the accuracy
# looks fine" is not enough: a gradient scaled by the wrong factor fails. The visible checks
# show the expected values of their tiny examples; a failed hidden check says what is wrong
# with your output without revealing the expected one. The three written answers are marked
# by a person against the rubric shown above each of them.

# %% [markdown]
# Two seeded datasets for the demonstrations (not graded). `X_churn`, `y_churn`: 2,000
# members described by three standardised features, and whether they cancelled (about a
# third did). `X_fraud`, `y_fraud`: 20,000 orders with four features, of which about 1.4% are
# fraudulent. The tests make their own data, so changing these cells changes no grade.

# %%
churn_rng = np.random.default_rng(202)
X_churn = churn_rng.normal(size=(2000, 3))  # days since last order, orders in 90 days, tickets
churn_logit = -0.9 + 1.4 * X_churn[:, 0] - 1.1 * X_churn[:, 1] + 0.6 * X_churn[:, 2]
y_churn = (churn_rng.random(2000) < 1 / (1 + np.exp(-churn_logit))).astype(int)

fraud_rng = np.random.default_rng(303)
X_fraud = fraud_rng.normal(size=(20000, 4))
fraud_logit = -5.6 + 1.3 * X_fraud[:, 0] + 0.9 * X_fraud[:, 1] - 0.7 * X_fraud[:, 2]
y_fraud = (fraud_rng.random(20000) < 1 / (1 + np.exp(-fraud_logit))).astype(int)
print(f"churn rate {y_churn.mean():.3f}, fraud rate {y_fraud.mean():.4f}")

# %% [markdown]
# ## 1. Logistic regression by gradient descent
# *Sigmoid, mean cross-entropy, batch gradient, numerical stability*
#
# Logistic regression models the probability of the positive class as
# `p = sigmoid(X @ weights + bias)`, where `sigmoid(z) = 1 / (1 + exp(-z))`. It is fitted by
# minimising the **mean** cross-entropy over the `n` rows,
# `L = -(1/n) * sum(y * log(p) + (1 - y) * log(1 - p))`. The derivative works out neatly:
# the gradient with respect to the weights is `X.T @ (p - y) / n`, and with respect to the
# bias it is `mean(p - y)`. Batch gradient descent uses every row at every step:
# `weights -= learning_rate * grad_w` and `bias -= learning_rate * grad_b`.
#
# The classic slips: summing where you should average (the step then grows with the size of
# the data and training diverges or oscillates), updating the weights but forgetting the
# bias, and reporting a summed loss that cannot be compared across datasets. Then there are
# the numerical ones. `np.exp(1000)` overflows to `inf`; a probability that rounds to exactly
# 0 or 1 makes `log` return `-inf`, and `0 * -inf` is `nan`. Clip the logits before `exp`
# (or pick the formula by sign), and keep the probabilities a hair away from 0 and 1.
#
# **Question.** Write two functions in the one answer cell below.
#
# `predict_proba(X, weights, bias)`: `X` is a 2-D array of shape `(n, d)`, `weights` a 1-D
# array of length `d`, `bias` a number. Return a 1-D float array of length `n` holding
# `sigmoid(X @ weights + bias)`, clipped to the interval `[1e-15, 1 - 1e-15]`, so every value
# is strictly between 0 and 1. It must return finite values for logits of any size (think
# `±1e6`).
#
# `fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000)`: `y` is a 1-D array of
# 0s and 1s. Start from `weights = np.zeros(d)` and `bias = 0.0`, and run exactly `n_iters`
# iterations of batch gradient descent on the mean cross-entropy. Iteration `i` does, in
# this order:
#
# 1. compute `p = predict_proba(X, weights, bias)` with the current parameters;
# 2. append the mean cross-entropy of those `p` to `losses` (so `losses[i]` is the loss
#    **before** update `i`, `losses[0]` is always `log(2)`, and the loss of the parameters
#    you return is not in the list);
# 3. update `weights` and `bias` together with the gradients above (both computed from the
#    same `p`).
#
# Return the tuple `(weights, bias, losses)`: `weights` a 1-D array of length `d`, `bias` a
# float and `losses` a list (or 1-D array) of `n_iters` floats. With `n_iters=0` that is
# `(np.zeros(d), 0.0, [])`. Do not standardise the features or add anything to the update
# rule: the tests replay the same arithmetic independently and expect your weights to
# within `1e-8`.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def predict_proba(X, weights, bias):
#     """sigmoid(X @ weights + bias) for every row of X, clipped to [1e-15, 1 - 1e-15]."""
#
# def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
#     """Batch gradient descent on the mean cross-entropy; returns (weights, bias, losses)."""
# ```

# %% nbgrader={"grade_id": "logistic_regression", "solution": true}
def predict_proba(X, weights, bias):
    """sigmoid(X @ weights + bias) for every row of X, clipped to [1e-15, 1 - 1e-15]."""
    ### BEGIN SOLUTION
    z = np.asarray(X, dtype=float) @ np.asarray(weights, dtype=float) + float(bias)
    z = np.clip(z, -500.0, 500.0)  # exp(500) is about 1e217: large, but finite
    p = 1.0 / (1.0 + np.exp(-z))
    return np.clip(p, 1e-15, 1 - 1e-15)
    ### END SOLUTION


def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    """Batch gradient descent on the mean cross-entropy; returns (weights, bias, losses)."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    weights, bias = np.zeros(d), 0.0
    losses = []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))))
        error = p - y
        weights = weights - learning_rate * (X.T @ error) / n
        bias = bias - learning_rate * float(np.mean(error))
    return weights, bias, losses
    ### END SOLUTION

# %% nbgrader={"grade_id": "logistic_regression_test", "grade": true, "points": 2}
_w, _b, _losses = fit_logistic_regression(np.array([[2.0], [0.0]]), np.array([1, 1]), 0.1, 1)
assert np.shape(_w) == (1,), (
    f"weights should be a 1-D array with one entry per column of X; got shape {np.shape(_w)}"
)
assert len(_losses) == 1, f"losses should hold one value per iteration: 1 here, got {len(_losses)}"
assert abs(float(_losses[0]) - np.log(2)) < 1e-12, (
    "losses[0] should be log(2) = 0.6931...: it is the mean loss before the first update, "
    f"when every probability is 0.5; got {float(_losses[0])!r}"
)
assert abs(float(_w[0]) - 0.05) < 1e-12 and abs(float(_b) - 0.05) < 1e-12, (
    "one step from zero with learning rate 0.1 on X = [[2], [0]], y = [1, 1] should give "
    f"weights [0.05] and bias 0.05; got weights {np.asarray(_w).tolist()} and bias {float(_b)!r}"
)
### BEGIN HIDDEN TESTS
def _mean_log_loss(X, y, w, b):
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


_rng = np.random.default_rng(11)
_X = _rng.normal(size=(50, 2))
_y = (_rng.random(50) < 0.4).astype(int)
_w0, _b0, _l0 = fit_logistic_regression(_X, _y, learning_rate=0.3, n_iters=0)
assert np.shape(_w0) == (2,) and np.all(np.asarray(_w0) == 0) and float(_b0) == 0.0 and len(_l0) == 0, (
    "with n_iters=0 nothing is updated: the weights should be zeros of length d, the bias 0.0 "
    "and losses empty"
)
for _k in (1, 2, 5):
    _wk, _bk, _ = fit_logistic_regression(_X, _y, learning_rate=0.3, n_iters=_k)
    _, _, _lk = fit_logistic_regression(_X, _y, learning_rate=0.3, n_iters=_k + 1)
    assert len(_lk) == _k + 1, f"n_iters={_k + 1} returned {len(_lk)} losses instead of one per iteration"
    assert abs(float(_lk[0]) - np.log(2)) < 1e-12, "losses[0] should be the loss at zero weights and bias, log(2)"
    _expected = _mean_log_loss(_X, _y, np.asarray(_wk, dtype=float), float(_bk))
    assert abs(float(_lk[_k]) - _expected) < 1e-10, (
        f"losses[{_k}] of a {_k + 1}-iteration run should be the mean cross-entropy of the parameters "
        f"that a {_k}-iteration run returns (the loss before update {_k}); it is not: check when the "
        "loss is recorded and that it is a mean, not a sum"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "logistic_regression_test_2", "grade": true, "points": 3}
_rng = np.random.default_rng(5)
_X = _rng.normal(size=(40, 3))
_y = (_X[:, 0] - _X[:, 1] > 0).astype(int)
_w, _b, _losses = fit_logistic_regression(_X, _y, learning_rate=0.5, n_iters=100)
assert np.shape(_w) == (3,) and len(_losses) == 100, "expected 3 weights and 100 losses"
assert float(_losses[-1]) < float(_losses[0]), "on separable data the loss should go down"
_p = predict_proba(_X, _w, _b)
assert np.shape(_p) == (40,), f"predict_proba should give one probability per row; got {np.shape(_p)}"
assert np.mean((_p > 0.5) == (_y == 1)) > 0.9, "the model should classify this easy data almost perfectly"
### BEGIN HIDDEN TESTS
def _reference_fit(X, y, learning_rate, n_iters):
    """The same update rule written another way: one parameter vector with a column of ones."""
    A = np.hstack([X, np.ones((len(X), 1))])
    theta = np.zeros(A.shape[1])
    losses = []
    for _ in range(n_iters):
        z = A @ theta
        losses.append(np.mean(np.logaddexp(0.0, z) - y * z))
        p = np.exp(-np.logaddexp(0.0, -z))
        theta = theta - learning_rate * (A.T @ (p - y)) / len(y)
    return theta[:-1], theta[-1], np.array(losses)


def _compare_fit(X, y, learning_rate, n_iters, label, defaults=False):
    if defaults:
        w, b, losses = fit_logistic_regression(X, y)
    else:
        w, b, losses = fit_logistic_regression(X, y, learning_rate=learning_rate, n_iters=n_iters)
    rw, rb, rl = _reference_fit(X.astype(float), y.astype(float), learning_rate, n_iters)
    w = np.asarray(w, dtype=float)
    assert w.shape == rw.shape, f"{label}: weights have shape {w.shape}, expected one per feature"
    w_err, b_err = float(np.max(np.abs(w - rw))), abs(float(b) - rb)
    assert w_err < 1e-8 and b_err < 1e-8, (
        f"{label}: after {n_iters} iterations the weights are off by up to {w_err:.2e} and the bias by "
        f"{b_err:.2e} from an independent implementation of the same update rule; re-read how the "
        "gradient is scaled and check that the bias gets its own gradient step"
    )
    losses = np.asarray(losses, dtype=float)
    assert losses.shape == rl.shape, f"{label}: {losses.size} losses for {n_iters} iterations"
    l_err = float(np.max(np.abs(losses - rl)))
    assert l_err < 1e-9, (
        f"{label}: the weights are right but the losses are off by up to {l_err:.2e}: each one should "
        "be the MEAN cross-entropy before that iteration's update"
    )


_rng = np.random.default_rng(20240602)
_X = _rng.normal(loc=[1.0, -2.0, 0.5], scale=[1.0, 1.5, 0.5], size=(300, 3))
_logit = _X @ np.array([1.2, -0.8, 2.0]) + 0.7
_y = (_rng.random(300) < 1 / (1 + np.exp(-_logit))).astype(int)
_compare_fit(_X, _y, 0.1, 200, "seeded data, 300 rows, learning rate 0.1")

_X2 = _rng.normal(loc=[3.0, 0.0], scale=[0.5, 1.0], size=(120, 2))
_y2 = (_X2[:, 1] + _rng.normal(0, 0.5, 120) > 0.3).astype(int)
_compare_fit(_X2, _y2, 0.5, 60, "seeded data, 120 rows, learning rate 0.5")
_compare_fit(_X2, _y2, 0.1, 1000, "default learning_rate and n_iters", defaults=True)

_Xt = _rng.normal(0, 2, size=(25, 2))
_wt, _bt = np.array([0.7, -1.3]), 0.4
_pt = np.asarray(predict_proba(_Xt, _wt, _bt), dtype=float)
_zt = _Xt @ _wt + _bt
assert np.max(np.abs(_pt - np.exp(-np.logaddexp(0.0, -_zt)))) < 1e-12, (
    "predict_proba does not match sigmoid(X @ weights + bias) on moderate logits"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "logistic_regression_test_3", "grade": true, "points": 2}
_p = predict_proba(np.array([[1000.0], [-1000.0], [0.0]]), np.array([1.0]), 0.0)
_p = np.asarray(_p, dtype=float)
assert np.all(np.isfinite(_p)), f"non-finite probabilities for logits of +-1000: {_p.tolist()}"
assert np.all((_p > 0) & (_p < 1)), (
    f"probabilities must be strictly between 0 and 1 (clip them); got {_p.tolist()}"
)
assert abs(_p[2] - 0.5) < 1e-12 and _p[0] > 0.999 and _p[1] < 0.001, f"wrong probabilities: {_p.tolist()}"
### BEGIN HIDDEN TESTS
from autograde.probes import expect_not_used, names_used


def _library_names(function):
    """Names in the function's code (helpers included) that come from a banned library."""
    libraries = {"sklearn", "scipy", "statsmodels", "torch", "tensorflow", "jax"}
    found = set()
    for name in names_used(function):
        obj = function.__globals__.get(name)
        origin = getattr(obj, "__module__", None) or ""
        if isinstance(obj, np.ufunc) and getattr(np, obj.__name__, None) is not obj:
            origin = "scipy"
        if name.split(".")[0] in libraries or origin.split(".")[0] in libraries:
            found.add(name)
    return found


_huge = np.asarray(predict_proba(np.array([[1e6, -1e6], [-3e5, 2e5], [1.0, 1.0]]), np.array([2.0, 1.0]), -3.0))
assert _huge.shape == (3,) and np.all(np.isfinite(_huge)) and np.all((_huge > 0) & (_huge < 1)), (
    "predict_proba must stay finite and strictly inside (0, 1) for logits in the millions"
)
_Xe = np.array([[1000.0], [-1000.0], [800.0], [-900.0]])
_ye = np.array([1, 0, 0, 1])
_we, _be, _le = fit_logistic_regression(_Xe, _ye, learning_rate=1.0, n_iters=30)
_le = np.asarray(_le, dtype=float)
assert np.all(np.isfinite(_le)), (
    "on features around +-1000 the recorded losses become inf or nan: keep the probabilities "
    "away from exactly 0 and 1 before taking logs"
)
assert np.all(np.isfinite(np.asarray(_we, dtype=float))) and np.isfinite(float(_be)), (
    "on features around +-1000 the weights or the bias become inf or nan"
)
for _f in (fit_logistic_regression, predict_proba):
    expect_not_used(_f, _library_names(_f), "write it with NumPy alone (no scikit-learn, no scipy)")
### END HIDDEN TESTS

# %% [markdown]
# Your model on the churn data, with the loss curve (not graded). The loss should fall
# fast and then flatten; a curve that climbs or zigzags means the step is too large for
# the way the gradient is scaled.

# %%
import matplotlib.pyplot as plt

try:
    churn_w, churn_b, churn_losses = fit_logistic_regression(X_churn, y_churn, 0.5, 300)
except NotImplementedError:
    print("Answer exercise 1 first.")
else:
    print("weights", np.round(churn_w, 3), "bias", round(float(churn_b), 3))
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.plot(churn_losses)
    ax.set_xlabel("iteration")
    ax.set_ylabel("mean cross-entropy")
    ax.set_title("Training loss on the churn data")
    plt.show()

# %% [markdown]
# ### Question A. Logistic regression or gradient boosting for churn?
#
# The retention team wants a weekly list of the members most likely to cancel their
# membership in the next 30 days, plus an explanation they can take to the product team of
# *why* members leave. A colleague says: "skip the logistic regression, gradient-boosted
# trees always win on tabular data." In a few sentences: when would you use logistic
# regression, when gradient boosting, and how would you decide for this project?
#
# **Rubric (2 points).**
# - 1 point: gives concrete strengths of each. For logistic regression, at least two of:
#   coefficients that read as the direction and size of each driver, well-calibrated
#   probabilities, works with little data, fast and simple to deploy and monitor. For
#   boosting, at least two of: captures non-linear effects and interactions without
#   hand-built features, copes with mixed feature types, missing values and unscaled
#   features, usually ranks better on tabular data.
# - 1 point: a way to decide: start from logistic regression as the baseline, compare both
#   on a held-out later time period with a metric that fits the use (for example recall
#   among the top-N members the team can contact), and only take the more complex model
#   if the gain is worth it; notes that the two goals may call for different answers
#   (boosting with SHAP-style explanations for the list, or the simpler model for the
#   "why").

# %% [markdown] nbgrader={"grade_id": "churn_model_choice", "solution": true, "grade": true, "points": 2}
# Logistic regression is the better starting point when the "why" matters: each coefficient
# says how a driver moves the odds of cancelling, the probabilities come out reasonably
# calibrated, it needs little data and little tuning, and it is easy to ship and to watch in
# production. Gradient boosting earns its place when the signal is non-linear or comes from
# interactions (recent support tickets matter only for members who stopped ordering, say):
# trees find those without hand-made features, do not care about scaling, handle missing
# values, and usually rank customers better on tabular data.
#
# For this project I would fit logistic regression first as the baseline, then boosting,
# and compare both on a later month held out in time, measured by what the team will act on:
# recall (or saved revenue) among the top N members they can contact each week. If boosting
# clearly finds more leavers, I would use it for the list and explain it with feature
# importance and SHAP values, while keeping the logistic model (or partial dependence plots)
# to tell the product team why members leave. If the gain is small, the simpler model wins.

# %% [markdown]
# ## 2. The confusion matrix
# *Counting outcomes by true and predicted class*
#
# Every classification metric starts from one table: how many examples of each true class
# received each predicted label. Two details make it trustworthy. The orientation: here
# rows are the **true** class and columns the **predicted** class (scikit-learn's
# convention; some textbooks do the opposite, so always say which one you use). And the
# shape: a class that happens to be missing from a small sample still gets its row and its
# column of zeros, otherwise cell `[i, j]` silently changes meaning.
#
# **Question.** Write `confusion_matrix(y_true, y_pred, n_classes)`. The labels are integers
# from `0` to `n_classes - 1` in two 1-D NumPy arrays of the same length. Return a 2-D NumPy
# array of integers with shape `(n_classes, n_classes)` whose entry `[i, j]` counts the
# examples with true label `i` and predicted label `j`.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def confusion_matrix(y_true, y_pred, n_classes):
#     """Counts of (true label, predicted label) pairs: rows = true class, columns = predicted."""
# ```

# %% nbgrader={"grade_id": "confusion_matrix", "solution": true}
def confusion_matrix(y_true, y_pred, n_classes):
    """Counts of (true label, predicted label) pairs: rows = true class, columns = predicted."""
    ### BEGIN SOLUTION
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(matrix, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return matrix
    ### END SOLUTION

# %% nbgrader={"grade_id": "confusion_matrix_test", "grade": true, "points": 2}
_cm = confusion_matrix(np.array([0, 1, 1, 2]), np.array([0, 2, 1, 2]), 3)
assert isinstance(_cm, np.ndarray) and _cm.shape == (3, 3), "expected a NumPy array of shape (3, 3)"
assert _cm[1, 2] == 1 and _cm[2, 1] == 0, (
    "the example with true class 1 predicted as class 2 belongs in row 1, column 2"
)
assert np.trace(_cm) == 3 and _cm.sum() == 4, "three of the four examples are correct"
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(8)
_t = _rng.integers(0, 5, 500)
_p = np.where(_rng.random(500) < 0.6, _t, _rng.integers(0, 5, 500))
_expected = np.zeros((5, 5), dtype=int)
for _i, _j in zip(_t.tolist(), _p.tolist()):
    _expected[_i, _j] += 1
_cm = confusion_matrix(_t, _p, 5)
assert np.issubdtype(np.asarray(_cm).dtype, np.integer), "the counts should be an integer array"
assert np.array_equal(_cm, _expected), (
    "on 500 seeded labels over 5 classes some counts are wrong: rows are true classes, columns "
    "predicted classes"
)
_cm = confusion_matrix(np.array([0, 0, 2, 2, 2]), np.array([0, 2, 2, 0, 2]), 4)
assert np.shape(_cm) == (4, 4), (
    "classes 1 and 3 never occur in this sample, but n_classes=4 means the matrix is still 4 x 4"
)
assert _cm[1].sum() == 0 and _cm[:, 3].sum() == 0 and _cm[2, 2] == 2 and _cm[2, 0] == 1, (
    "the counts are in the wrong cells when some classes are absent from the sample"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Precision, recall and F1
# *Binary metrics and the zero-division rule*
#
# For a binary problem with positive label 1: precision `TP / (TP + FP)` is the share of
# flagged examples that really are positive, recall `TP / (TP + FN)` is the share of
# positives that got flagged, and F1 is their harmonic mean, `2PR / (P + R)`. The harmonic
# mean is the point: it stays low unless both are high, whereas the plain average of a
# precision of 1.0 and a recall of 0.02 still looks like a respectable 0.51. The edge cases
# need a rule, because a model that flags nothing has no precision to speak of. Here every
# `0 / 0` counts as 0.0 (scikit-learn's usual choice), so the functions never return `nan`
# and never raise.
#
# **Question.** Write `precision_recall_f1(y_true, y_pred)` for two 1-D NumPy arrays of 0s
# and 1s of the same length. Return the tuple `(precision, recall, f1)` of floats.
# Precision is 0.0 when nothing is predicted positive, recall is 0.0 when there are no true
# positives to find, and F1 is 0.0 when precision + recall is 0.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def precision_recall_f1(y_true, y_pred):
#     """(precision, recall, f1) for positive label 1, with 0.0 wherever a ratio would be 0 / 0."""
# ```

# %% nbgrader={"grade_id": "precision_recall_f1", "solution": true}
def precision_recall_f1(y_true, y_pred):
    """(precision, recall, f1) for positive label 1, with 0.0 wherever a ratio would be 0 / 0."""
    ### BEGIN SOLUTION
    y_true = np.asarray(y_true) == 1
    y_pred = np.asarray(y_pred) == 1
    tp = int(np.sum(y_true & y_pred))
    fp = int(np.sum(~y_true & y_pred))
    fn = int(np.sum(y_true & ~y_pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(precision), float(recall), float(f1)
    ### END SOLUTION

# %% nbgrader={"grade_id": "precision_recall_f1_test", "grade": true, "points": 2}
_prf = precision_recall_f1(np.array([1, 1, 1, 0, 0]), np.array([1, 0, 0, 1, 0]))
assert len(_prf) == 3, "return a tuple (precision, recall, f1)"
_prf = [float(v) for v in _prf]
assert abs(_prf[0] - 0.5) < 1e-12, f"precision: 1 of the 2 flagged is positive, so 0.5; got {_prf[0]!r}"
assert abs(_prf[1] - 1 / 3) < 1e-12, f"recall: 1 of the 3 positives was flagged, so 1/3; got {_prf[1]!r}"
assert abs(_prf[2] - 0.4) < 1e-12, f"F1: the harmonic mean of 0.5 and 1/3 is 0.4; got {_prf[2]!r}"
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(31)
for _n, _rate in ((400, 0.5), (1000, 0.05), (60, 0.2)):
    _t = (_rng.random(_n) < _rate).astype(int)
    _p = np.where(_rng.random(_n) < 0.7, _t, 1 - _t)
    _tp = sum(1 for a, b in zip(_t.tolist(), _p.tolist()) if a == 1 and b == 1)
    _pp, _ap = int(_p.sum()), int(_t.sum())
    _prec, _rec = _tp / _pp, _tp / _ap
    _f1 = 2 * _prec * _rec / (_prec + _rec)
    _got = [float(v) for v in precision_recall_f1(_t, _p)]
    for _name, _g, _e in zip(("precision", "recall", "F1"), _got, (_prec, _rec, _f1)):
        assert abs(_g - _e) < 1e-12, f"{_name} is wrong on {_n} seeded labels ({_ap} positives): got {_g!r}"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "precision_recall_f1_test_2", "grade": true, "points": 1}
_prf = precision_recall_f1(np.array([1, 0, 1, 0]), np.array([0, 0, 0, 0]))
assert [float(v) for v in _prf] == [0.0, 0.0, 0.0], (
    "a model that flags nothing has precision 0.0 by this notebook's rule, and recall and F1 0.0; "
    f"got {[float(v) for v in _prf]}"
)
### BEGIN HIDDEN TESTS
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with np.errstate(all="ignore"):
        _cases = {
            "no positives at all, some flagged": (np.array([0, 0, 0]), np.array([0, 1, 1]), [0.0, 0.0, 0.0]),
            "no positives and nothing flagged": (np.array([0, 0]), np.array([0, 0]), [0.0, 0.0, 0.0]),
            "everything flagged, every flag wrong": (np.array([0, 1]), np.array([1, 0]), [0.0, 0.0, 0.0]),
            "perfect predictions": (np.array([1, 0, 1]), np.array([1, 0, 1]), [1.0, 1.0, 1.0]),
        }
        for _name, (_t, _p, _e) in _cases.items():
            _got = [float(v) for v in precision_recall_f1(_t, _p)]
            assert _got == _e, f"{_name}: got {_got}; every 0 / 0 should count as 0.0"
### END HIDDEN TESTS

# %% [markdown]
# ## 4. ROC AUC from ranks
# *The Mann-Whitney view of AUC, ties counted as half*
#
# The area under the ROC curve has a definition you can say in one breath: the probability
# that a randomly chosen positive gets a higher score than a randomly chosen negative, where
# a tie counts as half a win. Checking every pair costs `n_pos * n_neg` comparisons. Ranks
# do it with one sort: give every score its rank from 1 (lowest) to `n`, giving tied scores
# the **average** of the ranks they occupy. If `R` is the sum of the positives' ranks, the
# number of (positive, negative) pairs the positives win is `R - n_pos * (n_pos + 1) / 2`,
# ties included as halves, so `AUC = (R - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)`. The
# trap is the tie rule: `argsort` hands tied scores different ranks in an arbitrary order,
# and rounded or bucketed scores (very common in production) are full of ties.
#
# **Question.** Write `roc_auc(y_true, scores)` for a 1-D NumPy array of 0/1 labels and a
# 1-D NumPy array of real-valued scores (higher means "more likely positive"). Return the
# AUC as a float, with ties between a positive and a negative counted as one half. Raise
# `ValueError` when `y_true` contains only one class, since the AUC is then undefined.
# Compute the ranks yourself with NumPy (no `scipy.stats.rankdata`).
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def roc_auc(y_true, scores):
#     """P(score of a random positive > score of a random negative), ties counted as 1/2."""
# ```

# %% nbgrader={"grade_id": "roc_auc", "solution": true}
def roc_auc(y_true, scores):
    """P(score of a random positive > score of a random negative), ties counted as 1/2."""
    ### BEGIN SOLUTION
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC AUC needs at least one positive and one negative")
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    average_rank = first + (counts + 1) / 2  # a tie group fills ranks first+1 .. first+count
    ranks = np.empty(len(scores))
    ranks[order] = np.repeat(average_rank, counts)
    wins = ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(wins / (n_pos * n_neg))
    ### END SOLUTION

# %% nbgrader={"grade_id": "roc_auc_test", "grade": true, "points": 2}
_auc = roc_auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8]))
assert abs(_auc - 0.75) < 1e-12, (
    f"3 of the 4 (positive, negative) pairs are ordered correctly, so 0.75; got {_auc!r}"
)
assert abs(roc_auc(np.array([1, 0]), np.array([0.2, 0.9]))) < 1e-12, "a reversed ranking has AUC 0"
### BEGIN HIDDEN TESTS
def _pairwise_auc(y, s):
    """Brute force: compare every positive with every negative."""
    pos, neg = s[y == 1], s[y == 0]
    wins = np.sum(pos[:, None] > neg[None, :]) + 0.5 * np.sum(pos[:, None] == neg[None, :])
    return wins / (len(pos) * len(neg))


_rng = np.random.default_rng(44)
for _n, _rate, _shift in ((300, 0.5, 1.0), (2000, 0.03, 1.5), (41, 0.3, -0.4)):
    _y = (_rng.random(_n) < _rate).astype(int)
    _y[:2] = [0, 1]
    _s = _rng.normal(size=_n) + _shift * _y
    _got = roc_auc(_y, _s)
    assert abs(float(_got) - _pairwise_auc(_y, _s)) < 1e-12, (
        f"on {_n} seeded scores without ties ({int(_y.sum())} positives) the AUC is wrong: got {float(_got)!r}"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "roc_auc_test_2", "grade": true, "points": 2}
from autograde.probes import expect_raises

assert abs(roc_auc(np.array([0, 1]), np.array([0.5, 0.5])) - 0.5) < 1e-12, (
    "one positive and one negative with the same score: the tie counts as half, so the AUC is 0.5"
)
expect_raises(ValueError, roc_auc, np.array([1, 1, 1]), np.array([0.1, 0.2, 0.3]))
### BEGIN HIDDEN TESTS
from autograde.probes import expect_not_used, names_used


def _pairwise_auc(y, s):
    pos, neg = s[y == 1], s[y == 0]
    wins = np.sum(pos[:, None] > neg[None, :]) + 0.5 * np.sum(pos[:, None] == neg[None, :])
    return wins / (len(pos) * len(neg))


def _library_names(function):
    """Names in the function's code (helpers included) that come from a banned library."""
    libraries = {"sklearn", "scipy", "statsmodels", "torch", "tensorflow", "jax"}
    found = set()
    for name in names_used(function):
        obj = function.__globals__.get(name)
        origin = getattr(obj, "__module__", None) or ""
        if isinstance(obj, np.ufunc) and getattr(np, obj.__name__, None) is not obj:
            origin = "scipy"
        if name.split(".")[0] in libraries or origin.split(".")[0] in libraries:
            found.add(name)
    return found


_rng = np.random.default_rng(45)
for _n, _rate, _decimals in ((400, 0.4, 1), (1500, 0.05, 2), (30, 0.5, 0)):
    _y = (_rng.random(_n) < _rate).astype(int)
    _y[:2] = [0, 1]
    _s = np.round(_rng.normal(size=_n) + 0.8 * _y, _decimals)
    _got = roc_auc(_y, _s)
    assert abs(float(_got) - _pairwise_auc(_y, _s)) < 1e-12, (
        f"on {_n} scores rounded to {_decimals} decimals (many ties) the AUC is wrong: got {float(_got)!r}; "
        "a tie between a positive and a negative should count as half"
    )
assert abs(roc_auc(np.array([1, 0, 0, 1, 0]), np.full(5, 0.3)) - 0.5) < 1e-12, "all scores equal: the AUC is 0.5"
expect_raises(ValueError, roc_auc, np.array([0, 0]), np.array([0.4, 0.6]))
expect_not_used(roc_auc, _library_names(roc_auc), "compute the ranks with NumPy (no scipy, no scikit-learn)")
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Class imbalance: a threshold for a recall target
# *Choosing the operating point instead of defaulting to 0.5*
#
# When 1% of orders are fraud, the model that never flags anything is 99% accurate and
# useless, and a probability threshold of 0.5 may flag almost nothing either. Reweighting
# the classes or resampling the data changes the scores a model produces; either way, the
# business decision is *where to cut*. A fraud team typically says "we must catch at least
# 90% of fraud" and then asks what that costs in wasted reviews. So: among all thresholds
# that reach the recall target, take the **largest**, which flags the fewest orders, and
# report the precision the review team will see there.
#
# Two details make or break this. A threshold flags every example whose score is **greater
# than or equal to** it, so ties at the threshold are flagged together, positives and
# negatives alike. And the candidate thresholds are the distinct scores themselves (recall
# and precision only change when the threshold crosses an observed score).
#
# **Question.** Write `threshold_for_recall(y_true, scores, target_recall)`: `y_true` a 1-D
# NumPy array of 0/1 labels with at least one 1, `scores` a 1-D NumPy array of floats,
# `0 < target_recall <= 1`. An example counts as flagged when `score >= threshold`. Among
# the distinct values of `scores`, find the largest threshold whose recall
# (`TP / number of positives`) is at least `target_recall`, and return the tuple
# `(threshold, precision)` as floats, where precision is `TP / number flagged` at that
# threshold.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def threshold_for_recall(y_true, scores, target_recall):
#     """(threshold, precision) at the largest score threshold whose recall reaches the target."""
# ```

# %% nbgrader={"grade_id": "threshold_for_recall", "solution": true}
def threshold_for_recall(y_true, scores, target_recall):
    """(threshold, precision) at the largest score threshold whose recall reaches the target."""
    ### BEGIN SOLUTION
    y_true = np.asarray(y_true) == 1
    scores = np.asarray(scores, dtype=float)
    thresholds = np.unique(scores)[::-1]  # distinct scores, largest first
    n_pos = int(y_true.sum())
    # flagged and true-positive counts at every threshold, from one sort of the scores
    sorted_desc = np.sort(scores)[::-1]
    flagged = np.searchsorted(-sorted_desc, -thresholds, side="right")
    pos_desc = np.sort(scores[y_true])[::-1]
    true_pos = np.searchsorted(-pos_desc, -thresholds, side="right")
    recall = true_pos / n_pos
    best = int(np.argmax(recall >= target_recall))  # the first, i.e. largest, threshold that qualifies
    return float(thresholds[best]), float(true_pos[best] / flagged[best])
    ### END SOLUTION

# %% nbgrader={"grade_id": "threshold_for_recall_test", "grade": true, "points": 3}
_y = np.array([0, 1, 0, 1, 1, 0, 1, 0])
_s = np.array([0.1, 0.9, 0.8, 0.7, 0.4, 0.3, 0.2, 0.05])
_t, _prec = threshold_for_recall(_y, _s, 0.75)
assert abs(_t - 0.4) < 1e-12, (
    f"3 of the 4 positives must be flagged, and 0.4 is the largest threshold that does it; got {_t!r}"
)
assert abs(_prec - 0.75) < 1e-12, (
    f"at threshold 0.4 four orders are flagged, three of them positive; got precision {_prec!r}"
)
### BEGIN HIDDEN TESTS
def _brute_threshold(y, s, target):
    """Try every distinct score from the top down; stop at the first that reaches the target."""
    n_pos = int(y.sum())
    for t in sorted(set(s.tolist()), reverse=True):
        flagged = s >= t
        tp = int(np.sum(flagged & (y == 1)))
        if tp / n_pos >= target:
            return t, tp / int(flagged.sum())
    raise AssertionError("unreachable: the smallest score flags everything")


_rng = np.random.default_rng(77)
_n = 3000
_y = (_rng.random(_n) < 0.03).astype(int)
_y[0] = 1
_s = np.round(np.clip(0.15 + 0.35 * _y + _rng.normal(0, 0.15, _n), 0, 1), 2)  # many ties
_y2 = (_rng.random(800) < 0.05).astype(int)
_y2[0] = 1
_s2 = _rng.normal(size=800) + 1.2 * _y2  # no ties
for _name, _yy, _ss in (("rounded scores (3000 orders, 3% positive)", _y, _s),
                        ("continuous scores (800 orders, 5% positive)", _y2, _s2)):
    for _target in (0.5, 0.8, 0.9, 0.95, 1.0):
        _et, _ep = _brute_threshold(_yy, _ss, _target)
        _gt, _gp = threshold_for_recall(_yy, _ss, _target)
        assert float(_gt) == _et, (
            f"{_name}, target recall {_target}: threshold {float(_gt)!r} is not the largest score "
            "whose recall reaches the target"
        )
        assert abs(float(_gp) - _ep) < 1e-12, (
            f"{_name}, target recall {_target}: the threshold is right but the precision {float(_gp)!r} "
            "is not: count every example with score >= threshold"
        )
### END HIDDEN TESTS

# %% [markdown]
# The accuracy trap on the fraud data (not graded): compare always saying "not fraud" with
# your model at the default threshold 0.5 and at the threshold that catches 80% of fraud.
# (The model is fitted and judged on the same rows to keep the demonstration short; in an
# interview you would say that a held-out set is needed.)

# %%
try:
    fraud_w, fraud_b, _ = fit_logistic_regression(X_fraud, y_fraud, learning_rate=0.5, n_iters=300)
    fraud_scores = predict_proba(X_fraud, fraud_w, fraud_b)
    cut, cut_precision = threshold_for_recall(y_fraud, fraud_scores, 0.8)
    print(f"always 'not fraud': accuracy {1 - y_fraud.mean():.3f}, recall 0.000")
    for label, threshold in (("threshold 0.5", 0.5), (f"threshold {cut:.4f}", cut)):
        flagged = (fraud_scores >= threshold).astype(int)
        p, r, f = precision_recall_f1(y_fraud, flagged)
        print(f"{label}: accuracy {np.mean(flagged == y_fraud):.3f}, precision {p:.3f}, "
              f"recall {r:.3f}, orders flagged {flagged.sum()}")
    print(f"ROC AUC of the scores: {roc_auc(y_fraud, fraud_scores):.3f}")
except NotImplementedError:
    print("Answer exercises 1, 3, 4 and 5 first.")

# %% [markdown]
# ### Question B. Precision or recall for a fraud review queue?
#
# A model scores every order; flagged orders wait in a queue until an investigator reviews
# them, and the team can review about 400 orders a day out of 100,000. Roughly 0.3% of
# orders are fraudulent. Which matters more here, precision or recall? How would you set
# the threshold, and why is accuracy the wrong way to judge the model?
#
# **Rubric (2 points).**
# - 1 point: explains why accuracy misleads at this base rate (flagging nothing is already
#   about 99.7% accurate) and what each metric means for this team: recall is the share of
#   fraud caught (missed fraud costs chargebacks and lost goods), precision the share of
#   reviews spent on real fraud (each false alarm costs review time and delays a good
#   customer's order).
# - 1 point: ties the threshold to the constraint and to costs: the capacity of about 400
#   reviews a day caps how many orders can be flagged, so maximise recall (or caught fraud
#   value) within that budget, or take the largest threshold meeting a recall target and
#   check the queue fits; uses held-out data (precision-recall curve or precision at k,
#   rather than ROC AUC, given how rare fraud is) and revisits the threshold as the fraud
#   rate drifts.

# %% [markdown] nbgrader={"grade_id": "fraud_queue_metric", "solution": true, "grade": true, "points": 2}
# Accuracy is no use: with 0.3% fraud, a model that never flags anything is 99.7% accurate
# and catches nothing. Here recall is the share of fraudulent orders that reach an
# investigator; every miss is a chargeback or lost goods. Precision is the share of the
# queue that is really fraud; every false alarm spends review time and holds up an honest
# customer's order.
#
# The queue decides the trade-off. About 300 of the 100,000 daily orders are fraud and the
# team can review 400, so the threshold should flag at most about 400 orders a day: choose
# it on held-out data as the score of roughly the 400th riskiest order, and read off the
# recall that buys (precision at k). If the business instead sets a recall target ("catch
# 90%"), take the largest threshold that meets it and check whether the queue it produces
# fits the team, and if it does not, the answer is more reviewers, a better model, or an
# explicit decision to accept lower recall. With positives this rare I would compare models
# with the precision-recall curve rather than ROC AUC, weight errors by order value where
# possible, and re-check the threshold regularly, because fraud patterns and volumes drift.

# %% [markdown]
# ## 6. k-means, deterministically
# *Lloyd's algorithm: assign, update, repeat*
#
# k-means alternates two steps. Assignment: every point joins the cluster of its nearest
# centroid (squared Euclidean distance). Update: every centroid moves to the mean of the
# points that joined it. Each step can only lower the total squared distance, so the
# algorithm settles, though only in a local optimum that depends on where the centroids
# started; in practice you run it from several random starts, or use k-means++. To make the
# result reproducible here, the starting centroids are given. Three details still need a
# rule. Ties: a point equally close to two centroids joins the one with the lower index.
# Empty clusters: a centroid that attracts no points stays where it is (taking the mean of
# nothing gives `nan`). And the labels you return must belong to the centroids you return,
# which means assigning the points once more after the last update.
#
# **Question.** Write `kmeans(X, initial_centroids, n_iters)`. `X` has shape `(n, d)` and
# `initial_centroids` shape `(k, d)`, both float arrays. Starting from a copy of
# `initial_centroids`, repeat `n_iters` times: assign every point to its nearest centroid
# (squared Euclidean distance, ties to the lowest centroid index), then replace each
# centroid by the mean of its assigned points, leaving a centroid with no points unchanged.
# Return `(centroids, labels)`: `centroids` a float array of shape `(k, d)`, and `labels`
# an integer array of shape `(n,)` giving each point's nearest **returned** centroid (same
# tie rule). You may stop early once an iteration changes nothing. Neither input may be
# modified.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def kmeans(X, initial_centroids, n_iters):
#     """Lloyd's k-means from the given centroids; returns (centroids, labels)."""
# ```

# %% nbgrader={"grade_id": "kmeans", "solution": true}
def kmeans(X, initial_centroids, n_iters):
    """Lloyd's k-means from the given centroids; returns (centroids, labels)."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)  # a copy: the caller's array stays intact

    def nearest(centroids):
        squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        return np.argmin(squared, axis=1)  # argmin returns the first (lowest) index on ties

    for _ in range(n_iters):
        labels = nearest(centroids)
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
    return centroids, nearest(centroids)
    ### END SOLUTION

# %% nbgrader={"grade_id": "kmeans_test", "grade": true, "points": 2}
_X = np.array([[0.0], [1.0], [10.0], [11.0]])
_c, _l = kmeans(_X, np.array([[0.0], [1.0]]), 10)
assert np.allclose(_c, [[0.5], [10.5]]) and list(np.asarray(_l)) == [0, 0, 1, 1], (
    f"from centroids 0 and 1 the clusters should settle at 0.5 and 10.5; "
    f"got {np.asarray(_c).ravel().tolist()}"
)
_c, _l = kmeans(_X, np.array([[0.0], [1.0]]), 1)
assert np.allclose(_c, [[0.0], [22 / 3]]), (
    f"after one iteration the centroids should be 0 and 22/3 (point 1.0 first joins centroid 1.0); "
    f"got {np.asarray(_c).ravel().tolist()}"
)
assert list(np.asarray(_l)) == [0, 0, 1, 1], (
    "labels must refer to the returned centroids: point 1.0 is nearer to 0 than to 22/3, "
    "so its label is 0"
)
### BEGIN HIDDEN TESTS
from autograde.probes import expect_not_used, names_used


def _reference_kmeans(X, initial, n_iters):
    """Point by point, centroid by centroid."""
    C = [row.copy() for row in np.asarray(initial, dtype=float)]

    def assign(C):
        labels = []
        for x in X:
            best, best_d = 0, None
            for j, c in enumerate(C):
                d = float(np.dot(x - c, x - c))
                if best_d is None or d < best_d:
                    best, best_d = j, d
            labels.append(best)
        return np.array(labels)

    for _ in range(n_iters):
        labels = assign(C)
        for j in range(len(C)):
            members = X[labels == j]
            if len(members):
                C[j] = members.sum(axis=0) / len(members)
    C = np.array(C)
    return C, assign(C)


def _library_names(function):
    """Names in the function's code (helpers included) that come from a banned library."""
    libraries = {"sklearn", "scipy", "statsmodels", "torch", "tensorflow", "jax"}
    found = set()
    for name in names_used(function):
        obj = function.__globals__.get(name)
        origin = getattr(obj, "__module__", None) or ""
        if isinstance(obj, np.ufunc) and getattr(np, obj.__name__, None) is not obj:
            origin = "scipy"
        if name.split(".")[0] in libraries or origin.split(".")[0] in libraries:
            found.add(name)
    return found


_rng = np.random.default_rng(3)
_centers = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0], [6.0, -1.0]])
_X = np.vstack([c + _rng.normal(0, 1.2, (60, 2)) for c in _centers])
_X = _X[_rng.permutation(len(_X))]
_X3 = _rng.normal(size=(150, 3)) * [1.0, 2.0, 0.5]
for _name, _data, _init in (
    ("4 seeded blobs, starting from the first 4 points", _X, _X[:4].copy()),
    ("4 seeded blobs, starting from 3 points in one corner", _X, np.array([[-3.0, -3.0], [-2.5, -3.0], [-3.0, -2.0]])),
    ("150 points in 3-D, 5 clusters", _X3, _X3[[10, 20, 30, 40, 50]].copy()),
):
    for _n_iters in (1, 2, 5, 30):
        _ec, _el = _reference_kmeans(_data, _init, _n_iters)
        _gc, _gl = kmeans(_data, _init.copy(), _n_iters)
        _gc = np.asarray(_gc, dtype=float)
        assert _gc.shape == _ec.shape, f"{_name}: centroids have shape {_gc.shape}, expected (k, d)"
        assert np.all(np.isfinite(_gc)), (
            f"{_name}, n_iters={_n_iters}: some centroids are nan or inf (a cluster that lost all its points?)"
        )
        assert np.max(np.abs(_gc - _ec)) < 1e-9, (
            f"{_name}, n_iters={_n_iters}: the centroids differ from an independent run of the same "
            f"algorithm by up to {np.max(np.abs(_gc - _ec)):.2e}"
        )
        assert np.array_equal(np.asarray(_gl), _el), (
            f"{_name}, n_iters={_n_iters}: the centroids are right but {int(np.sum(np.asarray(_gl) != _el))} "
            "labels are not the index of the nearest returned centroid"
        )
expect_not_used(kmeans, _library_names(kmeans), "write it with NumPy alone (no scipy, no scikit-learn)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "kmeans_test_2", "grade": true, "points": 2}
_X = np.array([[0.0], [1.0], [2.0]])
_init = np.array([[1.0], [100.0]])
_c, _l = kmeans(_X, _init, 3)
assert np.all(np.isfinite(_c)), "a centroid that gets no points must stay put, not become nan"
assert np.allclose(_c, [[1.0], [100.0]]) and list(np.asarray(_l)) == [0, 0, 0], (
    f"centroid 100 attracts no points and should stay at 100; got {np.asarray(_c).ravel().tolist()}"
)
assert _init.tolist() == [[1.0], [100.0]], "kmeans changed the initial_centroids array it was given"
### BEGIN HIDDEN TESTS
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with np.errstate(all="ignore"):
        # a point exactly halfway between two centroids joins the lower index
        _c, _l = kmeans(np.array([[0.0], [2.0], [4.0]]), np.array([[1.0], [3.0]]), 1)
        assert np.allclose(_c, [[1.0], [4.0]]) and list(np.asarray(_l)) == [0, 0, 1], (
            "point 2 is exactly as close to centroid 1 as to centroid 3 and should join the lower index "
            f"(0); got centroids {np.asarray(_c).ravel().tolist()}"
        )
        _Xt = np.array([[0.0, 0.0], [2.0, 2.0], [4.0, 0.0], [2.0, -2.0], [10.0, 10.0]])
        _c, _l = kmeans(_Xt, np.array([[2.0, 0.0], [2.0, 0.0], [10.0, 10.0]]), 0)
        assert np.allclose(_c, [[2.0, 0.0], [2.0, 0.0], [10.0, 10.0]]) and list(np.asarray(_l)) == [0, 0, 0, 0, 2], (
            "with n_iters=0 the centroids are the initial ones and two identical centroids tie: "
            "every point goes to the lower index"
        )
        # an empty cluster in 2-D, and the inputs left untouched
        _init2 = np.array([[0.0, 0.0], [50.0, 50.0], [10.0, 10.0]])
        _X_before, _init_before = _Xt.copy(), _init2.copy()
        _c, _l = kmeans(_Xt, _init2, 4)
        assert np.all(np.isfinite(np.asarray(_c, dtype=float))), "an empty cluster produced nan or inf"
        assert np.allclose(_c, [[2.0, 0.0], [50.0, 50.0], [10.0, 10.0]]) and list(np.asarray(_l)) == [0, 0, 0, 0, 2], (
            "the centroid at (50, 50) never gets a point and should stay there"
        )
        assert np.array_equal(_Xt, _X_before) and np.array_equal(_init2, _init_before), (
            "kmeans modified X or initial_centroids; work on a copy"
        )
        _c1, _ = kmeans(_Xt, _init2, 2)
        _c2, _ = kmeans(_Xt, _init2, 2)
        assert np.array_equal(_c1, _c2), "two identical calls gave different centroids: did the first call change its inputs?"
### END HIDDEN TESTS

# %% [markdown]
# ### Question C. k-means or a density-based method?
#
# Two requests arrive in the same week. Marketing wants every customer put into one of a
# handful of segments built from yearly spend, order frequency and average basket size. The
# delivery team wants to find the parts of a city where delivery addresses concentrate, from
# their GPS coordinates, without knowing in advance how many such areas there are, and
# without forcing isolated addresses into an area. Would you use k-means or a density-based
# method such as DBSCAN (or HDBSCAN) for each, and why? What would you prepare or watch for?
#
# **Rubric (2 points).**
# - 1 point: states what each method assumes and gives: k-means needs `k` up front,
#   assigns every point, prefers compact, roughly round clusters of similar size, and is
#   pulled by outliers and by unscaled features; density-based methods find the number of
#   clusters, follow arbitrary shapes and label sparse points as noise, but need a density
#   setting (`eps`, `min_samples`) and struggle when densities vary a lot or dimensions are
#   many.
# - 1 point: applies this to both requests with a reason each (k-means for the segments:
#   everyone needs a segment, marketing wants a few, centroids read as segment profiles;
#   density-based for the addresses: unknown number, irregular shapes along streets, noise
#   allowed) and names at least one preparation step: scaling or log-transforming the
#   skewed spend features for k-means, several starts or k-means++ and choosing `k` with
#   the business, or a geographic distance (haversine) and a sensible radius for DBSCAN.

# %% [markdown] nbgrader={"grade_id": "clustering_choice", "solution": true, "grade": true, "points": 2}
# k-means fits the marketing request. Every customer must get a segment, marketing wants a
# small fixed number of them, and each centroid reads directly as a segment profile ("high
# spend, low frequency"). Before clustering I would log-transform spend and basket size
# (both are heavily skewed) and standardise all three features, because k-means uses plain
# Euclidean distance and the biggest-scale feature would otherwise dominate. I would run it
# from several starts (or k-means++) and choose `k` with marketing, using inertia or
# silhouette only as a guide. Its limits: it favours round clusters of similar size and
# extreme spenders pull centroids around, so I might cap outliers first.
#
# A density-based method fits the delivery request. The number of areas is unknown, dense
# areas follow streets and neighbourhoods rather than circles, and isolated addresses should
# be left out as noise rather than dragged into the nearest cluster, which is exactly what
# DBSCAN's noise label does. I would use haversine distance on latitude and longitude with a
# radius that means something on the ground (say a few hundred metres) and a minimum number
# of addresses per area. If the city centre is far denser than the suburbs, one radius will
# not suit both, and HDBSCAN, which copes with varying density, is the safer choice.

# %% [markdown]
# ## 7. k-nearest neighbours
# *Distances, a stable choice of neighbours, majority vote with a tie rule*
#
# k-NN has no training step at all: to classify a point, find the `k` training points
# closest to it and let them vote. All the modelling sits in the distance (so features must
# be on comparable scales) and in `k` (small `k` follows noise, large `k` blurs the
# boundary). Written for an interview, the code is short, and the questions are about
# ties. Two training points can be equally far away with only one place left among the `k`;
# and with an even `k`, or with several classes, the vote itself can tie. Prediction also
# costs a distance to every training point, which is why large systems use approximate
# nearest-neighbour indexes.
#
# **Question.** Write `knn_predict(X_train, y_train, X_test, k)`. `X_train` has shape
# `(n_train, d)`, `y_train` holds non-negative integer labels, `X_test` has shape
# `(n_test, d)`, and `1 <= k <= n_train`. For every test row, take the `k` training points
# with the smallest Euclidean distance; when distances tie, the training point that comes
# first in `X_train` is preferred. Predict the label that occurs most often among those `k`;
# if several labels tie for the most votes, predict the **smallest** of them. Return a 1-D
# integer array of length `n_test`.
#
# **Signature** (the answer cell below starts from this stub):
#
# ```python
# def knn_predict(X_train, y_train, X_test, k):
#     """k-NN majority vote (distance ties: lower index first; vote ties: smallest label)."""
# ```

# %% nbgrader={"grade_id": "knn_predict", "solution": true}
def knn_predict(X_train, y_train, X_test, k):
    """k-NN majority vote (distance ties: lower index first; vote ties: smallest label)."""
    ### BEGIN SOLUTION
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    n_labels = int(y_train.max()) + 1
    predictions = np.empty(len(X_test), dtype=int)
    for i, x in enumerate(X_test):
        squared = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argsort(squared, kind="stable")[:k]  # stable: equal distances keep index order
        votes = np.bincount(y_train[nearest], minlength=n_labels)
        predictions[i] = int(np.argmax(votes))  # argmax returns the smallest label on a tie
    return predictions
    ### END SOLUTION

# %% nbgrader={"grade_id": "knn_predict_test", "grade": true, "points": 2}
_pred = knn_predict(np.array([[0.0], [1.0], [2.0], [10.0], [11.0]]), np.array([0, 0, 1, 1, 1]),
                    np.array([[0.5], [10.5], [1.6]]), 3)
assert np.shape(_pred) == (3,), f"expected one prediction per test row; got shape {np.shape(_pred)}"
assert list(np.asarray(_pred)) == [0, 1, 0], (
    "for 0.5 the three nearest are 0, 1 and 2 (labels 0, 0, 1); for 10.5 they are 10, 11 and 2; "
    f"for 1.6 they are 2, 1 and 0; got {np.asarray(_pred).tolist()}"
)
### BEGIN HIDDEN TESTS
from autograde.probes import expect_not_used, names_used


def _reference_knn(X_train, y_train, X_test, k):
    """Sort (distance, index) pairs, count votes in a dict, pick the smallest top label."""
    out = []
    for x in X_test:
        d = ((X_train - x) ** 2).sum(axis=1).tolist()
        nearest = sorted(range(len(X_train)), key=lambda i: (d[i], i))[:k]
        votes = {}
        for i in nearest:
            votes[int(y_train[i])] = votes.get(int(y_train[i]), 0) + 1
        top = max(votes.values())
        out.append(min(label for label, count in votes.items() if count == top))
    return np.array(out)


def _library_names(function):
    """Names in the function's code (helpers included) that come from a banned library."""
    libraries = {"sklearn", "scipy", "statsmodels", "torch", "tensorflow", "jax"}
    found = set()
    for name in names_used(function):
        obj = function.__globals__.get(name)
        origin = getattr(obj, "__module__", None) or ""
        if isinstance(obj, np.ufunc) and getattr(np, obj.__name__, None) is not obj:
            origin = "scipy"
        if name.split(".")[0] in libraries or origin.split(".")[0] in libraries:
            found.add(name)
    return found


_rng = np.random.default_rng(12)
_Xtr = _rng.normal(size=(200, 4))
_ytr = (np.digitize(_Xtr[:, 0] + 0.5 * _Xtr[:, 1] + _rng.normal(0, 0.7, 200), [-0.5, 0.6])).astype(int)
_Xte = _rng.normal(size=(80, 4))
for _k in (1, 5, 8, 25):
    _expected = _reference_knn(_Xtr, _ytr, _Xte, _k)
    _got = np.asarray(knn_predict(_Xtr, _ytr, _Xte, _k))
    assert _got.shape == _expected.shape, f"k={_k}: expected {len(_Xte)} predictions, got shape {_got.shape}"
    assert np.array_equal(_got, _expected), (
        f"k={_k}: {int(np.sum(_got != _expected))} of {len(_Xte)} predictions on seeded 4-D data are wrong"
    )
expect_not_used(knn_predict, _library_names(knn_predict), "write it with NumPy alone (no scipy, no scikit-learn)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "knn_predict_test_2", "grade": true, "points": 1}
_pred = knn_predict(np.array([[0.0], [3.0]]), np.array([1, 0]), np.array([[1.0]]), 2)
assert list(np.asarray(_pred)) == [0], "one vote each for labels 1 and 0: a tie goes to the smaller, 0"
_pred = knn_predict(np.array([[-1.0], [1.0], [5.0]]), np.array([1, 0, 0]), np.array([[0.0]]), 1)
assert list(np.asarray(_pred)) == [1], (
    "training points 0 and 1 are both at distance 1 from the query; the one listed first "
    "(label 1) is preferred"
)
### BEGIN HIDDEN TESTS
def _reference_knn(X_train, y_train, X_test, k):
    out = []
    for x in X_test:
        d = ((X_train - x) ** 2).sum(axis=1).tolist()
        nearest = sorted(range(len(X_train)), key=lambda i: (d[i], i))[:k]
        votes = {}
        for i in nearest:
            votes[int(y_train[i])] = votes.get(int(y_train[i]), 0) + 1
        top = max(votes.values())
        out.append(min(label for label, count in votes.items() if count == top))
    return np.array(out)


_rng = np.random.default_rng(13)
_Xtr = _rng.integers(0, 5, size=(60, 2)).astype(float)  # a small grid: many equal distances
_ytr = _rng.integers(0, 4, size=60)
_Xte = _rng.integers(0, 5, size=(50, 2)).astype(float)
_Xtr_before, _ytr_before = _Xtr.copy(), _ytr.copy()
for _k in (2, 3, 4, 6, 10):
    _expected = _reference_knn(_Xtr, _ytr, _Xte, _k)
    _got = np.asarray(knn_predict(_Xtr, _ytr, _Xte, _k))
    assert np.array_equal(_got, _expected), (
        f"k={_k} on integer grid points (many tied distances and tied votes): "
        f"{int(np.sum(_got != _expected))} of {len(_Xte)} predictions break the tie rules"
    )
assert np.array_equal(_Xtr, _Xtr_before) and np.array_equal(_ytr, _ytr_before), "knn_predict modified its inputs"
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week02/ml_from_scratch.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the three written answers appear as
#   points left for a person to mark, so compare them with the rubrics yourself.
# - For every exercise that lost points, reread the question's rules (where the loop
#   starts, how ties break, what `0 / 0` gives) and fix the one that your code bends.
# - Practise the whiteboard version: derive the gradient of the mean cross-entropy in two
#   lines, then say out loud how you would add L2 regularisation, class weights or
#   mini-batches to `fit_logistic_regression`, and what each would change in the tests.
# - Rehearse the three written questions as spoken answers of about two minutes each, in
#   the order objective, approach, metric, limitations.
