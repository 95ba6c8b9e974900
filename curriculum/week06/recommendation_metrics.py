# %% [markdown]
# # Week 6 · Case: measuring a recommender, offline and online
#
# "How would you know whether our recommendations are any good?" is a favourite case
# question, because a weak answer stops at "accuracy" or "click-through rate" and a strong
# one walks through a whole measurement plan: what the recommender is for, how to score
# ranked lists on held-out purchases, what accuracy metrics miss, how the evaluation split
# can lie, how to read the A/B test that settles the question, and why clicks on a ranked
# list are not a clean signal. This notebook makes you compute every one of those numbers on
# seeded data, so that in the room you can say not only which metric you would pick but
# exactly how it is defined and where it misleads.
#
# The story: the shop shows a "you may also like" widget. Two candidates fill it: a
# **popularity baseline** (the best sellers the customer has not bought yet) and a
# **co-purchase recommender** ("customers who bought this also bought"). You score both
# offline on purchases held out in time, then read an online experiment and a click log.
#
# - Part A: ranking metrics for one list and for a whole test set: precision@k, recall@k,
#   NDCG@k, hit rate and MRR, and both recommenders across k.
# - Part B: beyond accuracy: catalogue coverage, popularity bias, intra-list diversity.
# - Part C: the evaluation split: why a random split flatters a recommender.
# - Part D: online: an A/B readout per session with confidence intervals, clicks by
#   position and an inverse-propensity correction for position bias.
# - Part E: the case answer itself, as a structured plan checked by tests and by a person.
#
# **How to answer.** Every answer cell holds a function with its `def` line and docstring;
# keep both, replace `raise NotImplementedError()` with your code, and run the cell, then
# the test cell under it. You may add helper functions inside an answer cell and call your
# earlier answers. NumPy (`np`), pandas (`pd`), `math`, `scipy.stats` (`stats`) and
# `matplotlib.pyplot` (`plt`) are ready for you. Each question fixes the details that decide
# the number (what is divided by what, which users count, how ties break), so read it to the
# letter: the grading compares numbers, not ideas. Return plain floats, dicts, lists or the
# pandas object the question names, and never round unless asked.
#
# **How grading works.** The test cell you can see runs a few small checks that catch a
# misread question. The real grade (`autograde check week06/recommendation_metrics.ipynb`,
# see the end of the notebook) adds hidden checks that recompute every expected value from
# the same data with an independent implementation written inside the test, and, where the
# data has a planted truth (a real lift, a known item appeal), check that your answer finds
# it. Tolerances are tight, so "close" is not enough. A failed check says what is wrong with
# your output, never the expected value. The case plan at the end also has a rubric that a
# person marks after reading your notebook; those points are reported apart.

# %% nbgrader={"grade_id": "imports"}
import math
import warnings

import matplotlib.pyplot as plt
from scipy import stats

from autograde.probes import expect_close, expect_raises

# %% [markdown]
# ## The data
#
# A seeded, synthetic shop (the locked cell below builds it; changing it changes no grade,
# because the tests rebuild what they need). 900 customers buy from a catalogue of 240
# items in eight categories over 182 days (day 0 to day 181). Two habits are planted on
# purpose: every customer leans towards one favourite category, and items come in
# companion groups of three within a category (think camera, memory card, camera bag), whose
# members are often bought together, on the same day or within the following four weeks.
#
# - `interactions`: one row per purchase, columns `user_id`, `item_id`, `day`.
# - `items`: `item_id`, `category`; `catalogue` is the list of all 240 item ids and
#   `item_category` maps each item id to its category.
# - `relevant_items(train, test)`: the held-out "truth" for an offline evaluation,
#   `{user_id: set of item ids}`: for every customer with at least one training purchase,
#   the items they bought in `test` but never in `train`; customers left with nothing are
#   dropped.
# - `popularity_recommender(train, k)` and `copurchase_recommender(train, k)`: each returns
#   `{user_id: ranked list of item ids, best first}` for every customer in `train`, never
#   repeating an item the customer already bought. The co-purchase model scores an item by
#   its cosine co-purchase similarity (customers who bought both, divided by the square root
#   of the product of the two items' buyer counts) summed over the customer's past items.
# - The official evaluation is a **time split** at day `CUTOFF_DAY = 150`: `train` holds the
#   purchases before day 150, `test` those from day 150 on, `relevant` is
#   `relevant_items(train, test)`, and `pop_recs` and `co_recs` are the two models' top-20
#   lists fitted on `train`.

# %% nbgrader={"grade_id": "recommendation_metrics_data", "locked": true}
CATEGORIES = ["books", "electronics", "home", "kitchen", "toys", "beauty", "sports", "garden"]
N_ITEMS, N_USERS, N_DAYS, CUTOFF_DAY = 240, 900, 182, 150

data_rng = np.random.default_rng(606)
items = pd.DataFrame({
    "item_id": np.arange(1, N_ITEMS + 1),
    "category": data_rng.permutation(np.repeat(CATEGORIES, N_ITEMS // len(CATEGORIES))),
})
catalogue = items["item_id"].tolist()
item_category = dict(zip(items["item_id"].tolist(), items["category"].tolist()))

_category_code = np.array([CATEGORIES.index(c) for c in items["category"]])
_appeal = 1.0 / data_rng.permutation(np.arange(1, N_ITEMS + 1)) ** 0.9  # a long tail
_group = np.empty(N_ITEMS, dtype=int)  # companion groups of three within a category
for _c in range(len(CATEGORIES)):
    _members = np.flatnonzero(_category_code == _c)
    _group[_members] = 100 * _c + np.arange(len(_members)) // 3
_category_weight = np.array([_appeal[_category_code == c].sum() for c in range(len(CATEGORIES))])
_favourite = data_rng.integers(0, len(CATEGORIES), N_USERS)

_rows = []
for _u in range(N_USERS):
    for _day in data_rng.integers(0, N_DAYS, 1 + data_rng.poisson(4)):
        if data_rng.random() < 0.6:
            _c = _favourite[_u]
        else:
            _c = data_rng.choice(len(CATEGORIES), p=_category_weight / _category_weight.sum())
        _pool = np.flatnonzero(_category_code == _c)
        _first = data_rng.choice(_pool, p=_appeal[_pool] / _appeal[_pool].sum())
        _rows.append((_u, _first, _day))
        for _mate in np.flatnonzero(_group == _group[_first]):
            if _mate != _first and data_rng.random() < 0.5:
                _when = _day if data_rng.random() < 0.5 else _day + data_rng.integers(1, 29)
                if _when < N_DAYS:
                    _rows.append((_u, _mate, _when))
        if data_rng.random() < 0.3:  # an unrelated extra item in the same visit
            _rows.append((_u, data_rng.choice(N_ITEMS, p=_appeal / _appeal.sum()), _day))
_rows = np.array(_rows)
interactions = (
    pd.DataFrame({"user_id": _rows[:, 0] + 1, "item_id": _rows[:, 1] + 1, "day": _rows[:, 2]})
    .sort_values(["day", "user_id", "item_id"], kind="stable")
    .reset_index(drop=True)
)


def relevant_items(train, test):
    """{user_id: items bought in test but never in train}, for users with a train history."""
    history = train.groupby("user_id")["item_id"].agg(set)
    truth = {}
    for user, bought in test.groupby("user_id")["item_id"]:
        if user in history.index:
            new = set(bought.tolist()) - history[user]
            if new:
                truth[int(user)] = new
    return truth


def popularity_recommender(train, k):
    """{user_id: the k most bought train items the user has not bought}, ties by item id."""
    counts = train["item_id"].value_counts()
    ranking = sorted(counts.index.tolist(), key=lambda item: (-counts[item], item))
    recs = {}
    for user, bought in train.groupby("user_id")["item_id"]:
        seen = set(bought.tolist())
        recs[int(user)] = [int(item) for item in ranking if item not in seen][:k]
    return recs


def copurchase_recommender(train, k):
    """{user_id: top k unbought items by summed cosine co-purchase similarity}."""
    users = np.sort(train["user_id"].unique())
    item_ids = np.asarray(catalogue)
    bought = np.zeros((len(users), len(item_ids)))
    bought[np.searchsorted(users, train["user_id"]), np.searchsorted(item_ids, train["item_id"])] = 1.0
    together = bought.T @ bought  # customers who bought both items
    buyers = np.sqrt(np.maximum(np.diag(together), 1.0))
    similarity = together / np.outer(buyers, buyers)
    np.fill_diagonal(similarity, 0.0)
    scores = bought @ similarity
    popularity = bought.sum(axis=0)
    recs = {}
    for row, user in enumerate(users):
        candidates = np.flatnonzero(bought[row] == 0)
        order = np.lexsort((item_ids[candidates], -popularity[candidates], -scores[row, candidates]))
        recs[int(user)] = [int(item) for item in item_ids[candidates[order[:k]]]]
    return recs


train = interactions[interactions["day"] < CUTOFF_DAY]
test = interactions[interactions["day"] >= CUTOFF_DAY]
relevant = relevant_items(train, test)
pop_recs = popularity_recommender(train, 20)
co_recs = copurchase_recommender(train, 20)
print(f"{len(interactions):,} purchases by {interactions['user_id'].nunique()} customers; "
      f"train {len(train):,} rows, test {len(test):,} rows; {len(relevant)} customers to evaluate")
_example = min(relevant)
print(f"customer {_example}: bought before day {CUTOFF_DAY}",
      sorted(set(train.loc[train["user_id"] == _example, "item_id"].tolist())),
      "| new items bought later", sorted(relevant[_example]))
print("  popularity top 5", pop_recs[_example][:5], "| co-purchase top 5", co_recs[_example][:5])

# %% [markdown]
# ## Part A · Scoring ranked lists
#
# ## 1. Precision at k
# *The share of the shown slots that hit*
#
# Offline evaluation replays history: fit the model on purchases before a cutoff, ask it for
# a ranked list per customer, and look at which listed items the customer went on to buy.
# Only the top `k` positions matter, because that is what the widget shows. Precision@k is
# the fraction of those `k` slots that hold a relevant item. Two slips are common. Counting
# hits further down than position `k` measures a list nobody saw. And dividing by the length
# of a list that came back shorter than `k` rewards a model for staying silent: the widget
# had `k` slots, and an empty slot is a wasted slot, so the denominator stays `k`.
#
# **Question.** Complete `precision_at_k(recommended, relevant, k)`. `recommended` is a list
# of distinct item ids, best first, of any length (possibly shorter than `k`, possibly
# empty); `relevant` is a set of item ids (possibly empty); `k >= 1` is an integer. Return,
# as a float, the number of items among the first `k` of `recommended` that are in
# `relevant`, divided by `k`.

# %% nbgrader={"grade_id": "precision_at_k", "solution": true}
def precision_at_k(recommended, relevant, k):
    """Share of the k top slots of `recommended` that hold a relevant item (empty slots count as misses)."""
    ### BEGIN SOLUTION
    hits = sum(1 for item in list(recommended)[:k] if item in relevant)
    return hits / k
    ### END SOLUTION


# %% nbgrader={"grade_id": "precision_at_k_test", "grade": true, "points": 1}
expect_close(precision_at_k([7, 3, 9], {3, 4}, 2), 0.5, what="precision_at_k([7, 3, 9], {3, 4}, 2)")
expect_close(precision_at_k([7, 3, 9], {9}, 2), 0.0,
             what="precision_at_k([7, 3, 9], {9}, 2) (the hit sits at rank 3)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(61)
for _case in range(300):
    _rec = [int(v) for v in _rng.permutation(60)[: int(_rng.integers(5, 40))]]
    _rel = {int(v) for v in _rng.choice(60, int(_rng.integers(1, 15)), replace=False)}
    _k = int(_rng.integers(1, 30))
    _expected = float(np.isin(np.asarray(_rec[:_k], dtype=int), sorted(_rel)).sum()) / _k
    expect_close(precision_at_k(_rec, _rel, _k), _expected,
                 what=f"precision_at_k on a seeded list with k={_k}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "precision_at_k_test_2", "grade": true, "points": 1}
expect_close(precision_at_k([7], {7}, 4), 0.25,
             what="precision_at_k([7], {7}, 4) (a list shorter than k)")
### BEGIN HIDDEN TESTS
expect_close(precision_at_k([], {1, 2}, 5), 0.0, abs_=1e-12,
             what="precision_at_k([], {1, 2}, 5) (an empty list)")
expect_close(precision_at_k([1, 2, 3], set(), 3), 0.0, abs_=1e-12,
             what="precision_at_k([1, 2, 3], set(), 3)")
_rng = np.random.default_rng(62)
for _case in range(100):
    _n = int(_rng.integers(0, 8))
    _rec = [int(v) for v in _rng.permutation(20)[:_n]]
    _rel = {int(v) for v in _rng.choice(20, 6, replace=False)}
    _k = int(_rng.integers(_n + 1, 15))
    _expected = sum(1 for v in _rec if v in _rel) / _k
    expect_close(precision_at_k(_rec, _rel, _k), _expected,
                 what=f"precision_at_k on a list of {_n} items with k={_k} (shorter than k)")
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Recall at k
# *The share of what the customer wanted that the list found*
#
# Recall@k turns the question around: of the items the customer actually went on to buy,
# what fraction made it into the top `k`? The denominator is the size of the relevant set,
# not `k`; dividing by `k` just computes precision again under another name. Recall rises
# with `k` and can never exceed `k / |relevant|`, which is why recall@10 is low for a
# customer who bought thirty new things. A customer with nothing relevant has no recall at
# all (0 out of 0), and quietly scoring them 0 or 1 drags the average around, so the function
# refuses such a customer and the caller leaves them out.
#
# **Question.** Complete `recall_at_k(recommended, relevant, k)` (same arguments as
# above). Return, as a float, the number of the first `k` recommended items that are in
# `relevant`, divided by the number of items in `relevant`. Raise `ValueError` when
# `relevant` is empty.

# %% nbgrader={"grade_id": "recall_at_k", "solution": true}
def recall_at_k(recommended, relevant, k):
    """Share of the relevant items found in the top k of `recommended`; ValueError if nothing is relevant."""
    ### BEGIN SOLUTION
    if not relevant:
        raise ValueError("recall is undefined when nothing is relevant")
    hits = sum(1 for item in list(recommended)[:k] if item in relevant)
    return hits / len(relevant)
    ### END SOLUTION


# %% nbgrader={"grade_id": "recall_at_k_test", "grade": true, "points": 1}
expect_close(recall_at_k([7, 3, 9], {3, 4}, 2), 0.5, what="recall_at_k([7, 3, 9], {3, 4}, 2)")
expect_close(recall_at_k([1, 2, 3], {1}, 3), 1.0,
             what="recall_at_k([1, 2, 3], {1}, 3) (the only relevant item is found)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(63)
for _case in range(300):
    _rec = [int(v) for v in _rng.permutation(60)[: int(_rng.integers(0, 40))]]
    _rel = {int(v) for v in _rng.choice(60, int(_rng.integers(1, 25)), replace=False)}
    _k = int(_rng.integers(1, 30))
    _expected = float(np.isin(np.asarray(_rec[:_k], dtype=int), sorted(_rel)).sum()) / len(_rel)
    expect_close(recall_at_k(_rec, _rel, _k), _expected,
                 what=f"recall_at_k on a seeded list with k={_k} and {len(_rel)} relevant items")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "recall_at_k_test_2", "grade": true, "points": 1}
expect_raises(ValueError, recall_at_k, [1, 2, 3], set(), 3)
### BEGIN HIDDEN TESTS
expect_raises(ValueError, recall_at_k, [], set(), 1)
expect_close(recall_at_k([], {5}, 3), 0.0, abs_=1e-12,
             what="recall_at_k([], {5}, 3) (nothing recommended)")
### END HIDDEN TESTS

# %% [markdown]
# ## 3. NDCG at k
# *Rank-aware scoring: a log discount and the ideal list*
#
# Precision and recall ignore order: a hit at rank 1 and a hit at rank 10 count the same,
# yet the customer far more often sees the first. Discounted cumulative gain weights each hit
# by its position. With binary relevance (`rel_r` is 1 when the item at rank `r` is
# relevant, else 0) and ranks counted from 1,
# `DCG@k = sum over r = 1..k of rel_r / log2(r + 1)`, so rank 1 counts fully, rank 2 counts
# `1/log2(3) = 0.63`, rank 3 half, and so on. Raw DCG is not comparable across customers: a
# customer with many relevant items can collect a large DCG whatever the model does. So it
# is divided by the best DCG any list could have scored for this customer, the **ideal
# DCG**: all of the customer's relevant items at the top, as many as fit in `k` slots,
# that is `min(k, |relevant|)` ones followed by zeros. The ideal comes from the relevant set,
# not from re-sorting the hits the model happened to retrieve, and a list that is shorter
# than `k` simply contributes nothing for its empty slots.
#
# **Question.** Complete `ndcg_at_k(recommended, relevant, k)` (same arguments as above).
# Return, as a float between 0 and 1, `DCG@k / IDCG@k` with the definitions above. Raise
# `ValueError` when `relevant` is empty.

# %% nbgrader={"grade_id": "ndcg_at_k", "solution": true}
def ndcg_at_k(recommended, relevant, k):
    """DCG@k of the list divided by the ideal DCG@k (binary relevance, log2(rank + 1) discount)."""
    ### BEGIN SOLUTION
    if not relevant:
        raise ValueError("NDCG is undefined when nothing is relevant")
    dcg = sum(1.0 / math.log2(rank + 1)
              for rank, item in enumerate(list(recommended)[:k], start=1) if item in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(relevant)) + 1))
    return dcg / ideal
    ### END SOLUTION


# %% nbgrader={"grade_id": "ndcg_at_k_test", "grade": true, "points": 2}
expect_close(ndcg_at_k([1, 2, 3], {1}, 3), 1.0,
             what="ndcg_at_k([1, 2, 3], {1}, 3) (the only relevant item is first)")
expect_close(ndcg_at_k([2, 1], {1}, 2), 1 / math.log2(3),
             what="ndcg_at_k([2, 1], {1}, 2) (the hit is at rank 2)")
### BEGIN HIDDEN TESTS
def _ndcg_reference(rec, rel, k):
    gains = np.array([1.0 if v in rel else 0.0 for v in rec[:k]] + [0.0] * max(0, k - len(rec)))
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ideal = np.zeros(k)
    ideal[: min(k, len(rel))] = 1.0
    return float(gains @ discounts / (ideal @ discounts))


_rng = np.random.default_rng(64)
for _case in range(300):
    _rec = [int(v) for v in _rng.permutation(50)[: int(_rng.integers(0, 35))]]
    _rel = {int(v) for v in _rng.choice(50, int(_rng.integers(1, 20)), replace=False)}
    _k = int(_rng.integers(1, 25))
    expect_close(ndcg_at_k(_rec, _rel, _k), _ndcg_reference(_rec, _rel, _k),
                 what=f"ndcg_at_k on a seeded list with k={_k} and {len(_rel)} relevant items")
expect_close(ndcg_at_k([4, 5, 6], {6, 7, 8, 9}, 3), (1 / math.log2(4)) / (1 + 1 / math.log2(3) + 0.5),
             what="ndcg_at_k([4, 5, 6], {6, 7, 8, 9}, 3) (one hit at rank 3, four relevant items)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "ndcg_at_k_test_2", "grade": true, "points": 1}
expect_raises(ValueError, ndcg_at_k, [1, 2], set(), 2)
### BEGIN HIDDEN TESTS
# a perfect list always scores 1, however many relevant items there are beyond k
for _k, _n in ((3, 10), (5, 5), (10, 2)):
    _rel = set(range(100, 100 + _n))
    expect_close(ndcg_at_k(sorted(_rel) + [1, 2, 3], _rel, _k), 1.0,
                 what=f"ndcg_at_k of a list whose top {_k} are all relevant ({_n} relevant items)")
# the ideal list is built from the relevant set, not from the hits the list happened to get
expect_close(ndcg_at_k([9, 1], {1, 2}, 2), (1 / math.log2(3)) / (1 + 1 / math.log2(3)),
             what="ndcg_at_k([9, 1], {1, 2}, 2)")
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Hit rate and MRR over a test set
# *Averaging per customer, and who counts*
#
# A model is judged on many customers, and the population is part of the definition. Here
# it is every customer who has at least one relevant item. A customer for whom the model
# produced no list at all (a cold start, a timeout) is still in the population, scored as a
# miss: dropping them flatters exactly the models that fail most. Hit rate@k is the share of
# customers with at least one relevant item in their top `k`. The reciprocal rank is
# `1 / rank` of the **first** relevant item in the top `k` (0 if there is none), and MRR is
# its mean over the customers. MRR rewards putting one good item at the very top, which suits
# a widget where people take at most one thing; adding up `1 / rank` over every hit is a
# different (and unbounded) quantity.
#
# **Question.** Complete `hit_rate_and_mrr(recs_by_user, relevant_by_user, k)`.
# `recs_by_user` maps user ids to ranked lists, `relevant_by_user` maps user ids to sets.
# The customers evaluated are those in `relevant_by_user` whose set is not empty; a customer
# missing from `recs_by_user` gets an empty list. Return the tuple `(hit_rate, mrr)` of
# floats. Every test set used here has at least one customer to evaluate.

# %% nbgrader={"grade_id": "hit_rate_and_mrr", "solution": true}
def hit_rate_and_mrr(recs_by_user, relevant_by_user, k):
    """(hit rate@k, MRR@k) over the users with a non-empty relevant set; missing lists are misses."""
    ### BEGIN SOLUTION
    hits, reciprocal_ranks = [], []
    for user, wanted in relevant_by_user.items():
        if not wanted:
            continue
        first = next((rank for rank, item in enumerate(list(recs_by_user.get(user, []))[:k], start=1)
                      if item in wanted), None)
        hits.append(first is not None)
        reciprocal_ranks.append(0.0 if first is None else 1.0 / first)
    return float(np.mean(hits)), float(np.mean(reciprocal_ranks))
    ### END SOLUTION


# %% nbgrader={"grade_id": "hit_rate_and_mrr_test", "grade": true, "points": 2}
_result = hit_rate_and_mrr({1: [5, 6], 2: [7, 8]}, {1: {6}, 2: {9}}, 2)
assert len(_result) == 2, "return a tuple (hit_rate, mrr)"
expect_close(_result[0], 0.5,
             what="hit rate of {1: [5, 6], 2: [7, 8]} against {1: {6}, 2: {9}} at k=2")
expect_close(_result[1], 0.25, what="MRR of {1: [5, 6], 2: [7, 8]} against {1: {6}, 2: {9}} at k=2")
### BEGIN HIDDEN TESTS
def _hit_mrr_reference(recs, truth, k):
    users = [u for u, r in truth.items() if r]
    ranks = np.zeros(len(users))
    for row, user in enumerate(users):
        top = np.asarray(list(recs.get(user, []))[:k], dtype=int)
        found = np.flatnonzero(np.isin(top, sorted(truth[user])))
        ranks[row] = found[0] + 1 if found.size else np.inf
    return float(np.isfinite(ranks).mean()), float(np.mean(1.0 / ranks))


_result = hit_rate_and_mrr({1: [5, 6, 7]}, {1: {7}, 2: {5}, 3: set()}, 3)
expect_close(_result[0], 0.5,
             what="hit rate when customer 2 has no list at all (a miss, not dropped) and 3 has nothing relevant")
expect_close(_result[1], 1 / 6, what="MRR when customer 2 has no list at all (a miss, not dropped)")
_result = hit_rate_and_mrr({1: [1, 2, 3, 4]}, {1: {2, 3, 4}}, 4)
expect_close(_result[1], 0.5,
             what="MRR of [1, 2, 3, 4] against {2, 3, 4}: only the first hit counts")
_rng = np.random.default_rng(65)
for _case in range(20):
    _recs, _truth = {}, {}
    for _u in range(1, 61):
        if _rng.random() < 0.85:
            _recs[_u] = [int(v) for v in _rng.permutation(40)[:15]]
        _truth[_u] = {int(v) for v in _rng.choice(40, int(_rng.integers(0, 5)), replace=False)}
    _k = int(_rng.integers(1, 15))
    _got, _want = hit_rate_and_mrr(_recs, _truth, _k), _hit_mrr_reference(_recs, _truth, _k)
    expect_close(_got[0], _want[0], what=f"hit rate on a seeded test set (k={_k})")
    expect_close(_got[1], _want[1], what=f"MRR on a seeded test set (k={_k})")
for _name, _recs in (("popularity", pop_recs), ("co-purchase", co_recs)):
    for _k in (1, 10):
        _got, _want = hit_rate_and_mrr(_recs, relevant, _k), _hit_mrr_reference(_recs, relevant, _k)
        expect_close(_got[0], _want[0], what=f"hit rate@{_k} of the {_name} recommender")
        expect_close(_got[1], _want[1], what=f"MRR@{_k} of the {_name} recommender")
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Both recommenders across k
# *One table per model, the same population for every metric*
#
# A single cut-off hides how a model behaves: one model can win at `k = 1` and lose at
# `k = 20`. The usual summary is a table of metrics by `k`, averaged **per customer** (each
# customer weighs the same) over the population of exercise 4. Pooling the counts instead
# (all hits divided by all slots, or by all relevant items) is a different, "micro" average
# that lets the heaviest buyers dominate.
#
# **Question.** Complete `metrics_by_k(recs_by_user, relevant_by_user, ks)`. For each `k`
# in the list `ks`, average over the customers of exercise 4 (a non-empty relevant set; a
# missing list counts as empty) the per-customer precision@k, recall@k, NDCG@k and hit
# (1.0 if the top `k` holds a relevant item, else 0.0). Return a `pd.DataFrame` with one row
# per `k`, in the order of `ks`, indexed by `k` (index name `"k"`), and the float columns
# `precision`, `recall`, `ndcg`, `hit_rate`. Calling your earlier functions is fine.

# %% nbgrader={"grade_id": "metrics_by_k", "solution": true}
def metrics_by_k(recs_by_user, relevant_by_user, ks):
    """Per-customer means of precision, recall, NDCG and hit at each k: a DataFrame indexed by k."""
    ### BEGIN SOLUTION
    users = [user for user, wanted in relevant_by_user.items() if wanted]
    rows = []
    for k in ks:
        lists = [(list(recs_by_user.get(user, [])), relevant_by_user[user]) for user in users]
        rows.append({
            "precision": np.mean([precision_at_k(rec, wanted, k) for rec, wanted in lists]),
            "recall": np.mean([recall_at_k(rec, wanted, k) for rec, wanted in lists]),
            "ndcg": np.mean([ndcg_at_k(rec, wanted, k) for rec, wanted in lists]),
            "hit_rate": hit_rate_and_mrr(recs_by_user, relevant_by_user, k)[0],
        })
    return pd.DataFrame(rows, index=pd.Index(list(ks), name="k"), dtype=float)
    ### END SOLUTION


# %% nbgrader={"grade_id": "metrics_by_k_test", "grade": true, "points": 2}
_table = metrics_by_k({1: [5, 6], 2: [7, 8]}, {1: {6}, 2: {7, 9}}, [1, 2])
assert isinstance(_table, pd.DataFrame), "return a pandas DataFrame"
assert {"precision", "recall", "ndcg", "hit_rate"} <= set(_table.columns), (
    "the columns should be precision, recall, ndcg and hit_rate"
)
assert list(_table.index) == [1, 2], "one row per k, indexed by k, in the order of ks"
expect_close(_table.loc[2, "precision"], 0.5, what="precision at k=2 of the small example")
expect_close(_table.loc[1, "recall"], 0.25,
             what="recall at k=1 of the small example (mean of 0 and 1/2)")
### BEGIN HIDDEN TESTS
def _by_k_reference(recs, truth, ks):
    users = [u for u, r in truth.items() if r]
    discounts = 1.0 / np.log2(np.arange(2, max(ks) + 2))
    gains = np.zeros((len(users), max(ks)))
    sizes = np.zeros(len(users))
    for row, user in enumerate(users):
        top = list(recs.get(user, []))[: max(ks)]
        gains[row, : len(top)] = [1.0 if v in truth[user] else 0.0 for v in top]
        sizes[row] = len(truth[user])
    out = {}
    for k in ks:
        found = gains[:, :k].sum(axis=1)
        ideal = np.array([discounts[: int(min(k, s))].sum() for s in sizes])
        out[k] = {"precision": float(np.mean(found / k)), "recall": float(np.mean(found / sizes)),
                  "ndcg": float(np.mean(gains[:, :k] @ discounts[:k] / ideal)),
                  "hit_rate": float(np.mean(found > 0))}
    return out


def _check_table(table, recs, truth, ks, label):
    assert list(table.index) == list(ks), f"{label}: one row per k, in the order of ks"
    for k, expected in _by_k_reference(recs, truth, ks).items():
        for column, value in expected.items():
            expect_close(table.loc[k, column], value, what=f"{label}: {column} at k={k}")


_check_table(metrics_by_k(pop_recs, relevant, list(range(1, 21))), pop_recs, relevant, list(range(1, 21)),
             "the popularity recommender")
_check_table(metrics_by_k(co_recs, relevant, [20, 10, 5, 1]), co_recs, relevant, [20, 10, 5, 1],
             "the co-purchase recommender (ks given in descending order)")
_rng = np.random.default_rng(66)
_recs, _truth = {}, {}
for _u in range(1, 81):
    if _rng.random() < 0.8:
        _recs[_u] = [int(v) for v in _rng.permutation(30)[: int(_rng.integers(3, 12))]]
    _truth[_u] = {int(v) for v in _rng.choice(30, int(_rng.integers(0, 9)), replace=False)}
_check_table(metrics_by_k(_recs, _truth, [1, 4, 12]), _recs, _truth, [1, 4, 12],
             "a seeded test set with missing and short lists")
### END HIDDEN TESTS

# %% [markdown]
# The plot below draws both tables for `k` from 1 to 20 (not graded; the test above checks
# the numbers behind it).

# %% nbgrader={"grade_id": "plot_metrics_by_k", "locked": true}
try:
    _ks = list(range(1, 21))
    _tables = {"popularity": metrics_by_k(pop_recs, relevant, _ks),
               "co-purchase": metrics_by_k(co_recs, relevant, _ks)}
except NotImplementedError:
    print("Answer exercises 1 to 5 to see both recommenders compared across k.")
else:
    _fig, _axes = plt.subplots(1, 3, figsize=(12, 3.4))
    _panels = [("recall", "Recall@k"), ("ndcg", "NDCG@k"), ("precision", "Precision@k")]
    for _ax, (_column, _title) in zip(_axes, _panels):
        for (_name, _table), _style in zip(_tables.items(), ["--", "-"]):
            _ax.plot(_table.index, _table[_column], _style, marker="o", markersize=3, label=_name)
        _ax.set_title(_title)
        _ax.set_xlabel("k (slots shown)")
        _ax.set_xticks([1, 5, 10, 15, 20])
    _axes[0].legend()
    _fig.tight_layout()
    plt.show()
    print(pd.concat(_tables, axis=1).loc[[1, 5, 10, 20]].round(3))

# %% [markdown]
# ## Part B · Beyond accuracy
#
# ## 6. Catalogue coverage and popularity bias
# *What share of the shop does the widget ever show, and how much of it is best sellers?*
#
# A recommender can score well offline by showing everyone the same best sellers: the held
# out purchases are full of best sellers too. Two numbers expose it. **Catalogue coverage**
# is the share of the whole catalogue that appears in at least one customer's top `k`; the
# denominator is the catalogue, including items nobody bought in training, not just the items
# the model knows about. **Popularity bias** is measured here as the share of all
# recommendation slots (every customer's top `k`, so an item shown to 500 customers counts
# 500 times) filled by the head of the catalogue: the `ceil(n / 10)` most bought items, where
# `n` is the catalogue size and "most bought" means the most training rows. Items never
# bought in training have 0 rows, and ties are broken by the smaller item id.
#
# **Question.** Complete `coverage_and_popularity(recs_by_user, train, catalogue, k)`.
# `train` has the columns of `interactions`; `catalogue` is a list of all item ids; every
# recommended item is in the catalogue, and at least one list is not empty. Return
# `{"coverage": float, "popular_share": float}` as defined above, using only each list's
# first `k` items (a shorter list fills fewer slots).

# %% nbgrader={"grade_id": "coverage_and_popularity", "solution": true}
def coverage_and_popularity(recs_by_user, train, catalogue, k):
    """{"coverage": share of the catalogue shown, "popular_share": share of slots given to the top 10% items}."""
    ### BEGIN SOLUTION
    catalogue = list(catalogue)
    slots = [item for recs in recs_by_user.values() for item in list(recs)[:k]]
    counts = train["item_id"].value_counts()
    ranked = sorted(catalogue, key=lambda item: (-counts.get(item, 0), item))
    head = set(ranked[: math.ceil(len(catalogue) / 10)])
    return {
        "coverage": len(set(slots)) / len(catalogue),
        "popular_share": sum(item in head for item in slots) / len(slots),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "coverage_and_popularity_test", "grade": true, "points": 2}
_small_train = pd.DataFrame({"user_id": [1, 1, 2, 3], "item_id": [10, 11, 10, 12], "day": [0, 0, 1, 2]})
_result = coverage_and_popularity({1: [10, 12], 2: [10, 11]}, _small_train, list(range(10, 20)), 2)
assert isinstance(_result, dict) and {"coverage", "popular_share"} <= set(_result), (
    'return a dict with the keys "coverage" and "popular_share"'
)
expect_close(_result["coverage"], 0.3,
             what="coverage of the small example (3 distinct items out of a catalogue of 10)")
expect_close(_result["popular_share"], 0.5,
             what="popular_share of the small example (the head is item 10 alone)")
### BEGIN HIDDEN TESTS
def _coverage_reference(recs, frame, items_all, k):
    items_all = np.asarray(sorted(items_all))
    counts = np.array([(frame["item_id"].to_numpy() == i).sum() for i in items_all])
    head = items_all[np.lexsort((items_all, -counts))][: -(-len(items_all) // 10)]
    slots = np.concatenate([np.asarray(list(r)[:k], dtype=int) for r in recs.values()])
    return np.unique(slots).size / items_all.size, float(np.isin(slots, head).mean())


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _name, _recs in (("popularity", pop_recs), ("co-purchase", co_recs)):
        for _k in (5, 10):
            _got = coverage_and_popularity(_recs, train, catalogue, _k)
            _cov, _share = _coverage_reference(_recs, train, catalogue, _k)
            expect_close(_got["coverage"], _cov, what=f"coverage@{_k} of the {_name} recommender")
            expect_close(_got["popular_share"], _share,
                         what=f"popular_share@{_k} of the {_name} recommender")
    # ties at the edge of the head, a catalogue larger than what was bought, short lists
    _rng = np.random.default_rng(67)
    for _case in range(6):
        _frame = pd.DataFrame({"user_id": _rng.integers(1, 30, 120), "item_id": _rng.integers(1, 40, 120),
                               "day": _rng.integers(0, 100, 120)})
        _items = list(range(1, 56))
        _recs = {u: [int(v) for v in _rng.permutation(_items)[: int(_rng.integers(0, 9))]] for u in range(1, 25)}
        _recs[99] = [1, 2, 3]
        _got = coverage_and_popularity(_recs, _frame, _items, 6)
        _cov, _share = _coverage_reference(_recs, _frame, _items, 6)
        expect_close(_got["coverage"], _cov,
                     what="coverage on a seeded catalogue of 55 items (15 never bought)")
        expect_close(_got["popular_share"], _share,
                     what="popular_share on a seeded case with ties at the edge of the top 10% and short lists")
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Intra-list diversity
# *Ten kinds of the same thing is one recommendation*
#
# A list of ten near-identical items is accurate when the customer wanted that kind of item
# and useless otherwise; customers notice, and a list that spans a few needs gives more
# chances to help. Intra-list diversity measures how different the items of one list are
# from each other. With categories as the notion of "different", it is the share of the
# unordered pairs of items in the top `k` whose categories differ: `k` items form
# `k (k - 1) / 2` pairs. Counting distinct categories is a cruder number (it cannot tell
# 9 + 1 from 5 + 5), and pairing each item with itself adds pairs that are never different.
#
# **Question.** Complete `intra_list_diversity(recs_by_user, item_category, k)`. For every
# customer whose top `k` holds at least 2 items, compute the share of unordered pairs of
# distinct positions in the top `k` whose items have different categories
# (`item_category` maps item id to category). Return the mean of these shares over those
# customers as a float, or `float("nan")` when no customer's list has 2 items.

# %% nbgrader={"grade_id": "intra_list_diversity", "solution": true}
def intra_list_diversity(recs_by_user, item_category, k):
    """Mean over lists (top k, at least 2 items) of the share of item pairs from different categories."""
    ### BEGIN SOLUTION
    shares = []
    for recs in recs_by_user.values():
        top = list(recs)[:k]
        if len(top) < 2:
            continue
        pairs = [(a, b) for i, a in enumerate(top) for b in top[i + 1:]]
        shares.append(sum(item_category[a] != item_category[b] for a, b in pairs) / len(pairs))
    return float(np.mean(shares)) if shares else float("nan")
    ### END SOLUTION


# %% nbgrader={"grade_id": "intra_list_diversity_test", "grade": true, "points": 2}
_cats = {1: "books", 2: "books", 3: "toys", 4: "home"}
expect_close(intra_list_diversity({7: [1, 2, 3]}, _cats, 3), 2 / 3,
             what="intra_list_diversity({7: [1, 2, 3]}, ...) (pairs 1-2 same, 1-3 and 2-3 different)")
expect_close(intra_list_diversity({7: [1, 2, 3], 8: [3, 4]}, _cats, 2), 0.5,
             what="intra_list_diversity of two lists at k=2 (mean of 0 and 1)")
### BEGIN HIDDEN TESTS
def _ild_reference(recs, cats, k):
    values = []
    for rec in recs.values():
        labels = np.array([cats[v] for v in list(rec)[:k]])
        if labels.size < 2:
            continue
        differ = labels[:, None] != labels[None, :]
        values.append(differ[np.triu_indices(labels.size, 1)].mean())
    return float(np.mean(values))


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    expect_close(intra_list_diversity({1: [1], 2: [], 3: [1, 3]}, _cats, 5), 1.0,
                 what="intra_list_diversity when two lists are too short to have a pair (they are skipped)")
    _nan = intra_list_diversity({1: [1], 2: []}, _cats, 5)
    assert isinstance(_nan, float) and math.isnan(_nan), "with no list of 2 items the answer should be float('nan')"
    for _name, _recs in (("popularity", pop_recs), ("co-purchase", co_recs)):
        for _k in (3, 10):
            expect_close(intra_list_diversity(_recs, item_category, _k), _ild_reference(_recs, item_category, _k),
                         what=f"intra-list diversity@{_k} of the {_name} recommender")
    _rng = np.random.default_rng(68)
    _cats = {i: "abc"[int(_rng.integers(0, 3))] for i in range(40)}
    _recs = {u: [int(v) for v in _rng.permutation(40)[: int(_rng.integers(0, 9))]] for u in range(50)}
    expect_close(intra_list_diversity(_recs, _cats, 6), _ild_reference(_recs, _cats, 6),
                 what="intra-list diversity on seeded lists of 0 to 8 items over 3 categories")
### END HIDDEN TESTS

# %% [markdown]
# Both recommenders side by side at `k = 10` (not graded). Read the row pairs together:
# which model is more accurate, which one shows more of the shop, which one leans on the
# best sellers, and which one builds more varied lists?

# %% nbgrader={"grade_id": "scorecard", "locked": true}
try:
    _scorecard = {}
    for _name, _recs in (("popularity", pop_recs), ("co-purchase", co_recs)):
        _row = metrics_by_k(_recs, relevant, [10]).iloc[0].to_dict()
        _row["mrr"] = hit_rate_and_mrr(_recs, relevant, 10)[1]
        _row.update(coverage_and_popularity(_recs, train, catalogue, 10))
        _row["diversity"] = intra_list_diversity(_recs, item_category, 10)
        _scorecard[_name] = _row
except NotImplementedError:
    print("Answer exercises 1 to 7 to see the scorecard.")
else:
    print(pd.DataFrame(_scorecard).round(3))

# %% [markdown]
# ## Part C · The evaluation split
#
# ## 8. A random split flatters the model
# *Leakage from the future*
#
# Many tutorials evaluate a recommender by shuffling the purchases and holding out a random
# 20%. For this kind of model that leaks the future. A customer who bought a camera and its
# memory card on the same day in the test period has, after a random split, a fair chance of
# having the camera in training and the card in the test set, and "customers who bought the
# camera also bought the card" then finds the card, a pair the model could never have used at
# the time. The co-purchase counts themselves are also computed with purchases from after the
# moment being predicted. In production the model only ever knows the past, so the honest
# offline test is a **time split**: train before a cutoff, evaluate after it. The gap
# between the two numbers is the size of the illusion.
#
# **Question.** Complete `split_leakage(interactions, cutoff_day, k, seed)` and return
# `{"time_split": float, "random_split": float}`, each the mean recall@k of the co-purchase
# recommender over the customers of `relevant_items(train, test)` for that split:
#
# - time split: `train` = rows with `day < cutoff_day`, `test` = rows with `day >= cutoff_day`;
# - random split of the same size: with `n_test` the number of rows in the time split's
#   `test`, `order = np.random.default_rng(seed).permutation(len(interactions))`,
#   `test = interactions.iloc[order[:n_test]]` and `train = interactions.iloc[order[n_test:]]`;
# - for each split: `truth = relevant_items(train, test)`,
#   `recs = copurchase_recommender(train, k)`, then average recall@k over the customers in
#   `truth`.

# %% nbgrader={"grade_id": "split_leakage", "solution": true}
def split_leakage(interactions, cutoff_day, k, seed):
    """{"time_split": ..., "random_split": ...}: mean recall@k of the co-purchase model under each split."""
    ### BEGIN SOLUTION
    def mean_recall(train_part, test_part):
        truth = relevant_items(train_part, test_part)
        recs = copurchase_recommender(train_part, k)
        return float(np.mean([recall_at_k(recs.get(user, []), wanted, k) for user, wanted in truth.items()]))

    is_test = interactions["day"] >= cutoff_day
    n_test = int(is_test.sum())
    order = np.random.default_rng(seed).permutation(len(interactions))
    return {
        "time_split": mean_recall(interactions[~is_test], interactions[is_test]),
        "random_split": mean_recall(interactions.iloc[order[n_test:]], interactions.iloc[order[:n_test]]),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "split_leakage_test", "grade": true, "points": 2}
_leak = split_leakage(interactions, CUTOFF_DAY, 10, 2024)
assert isinstance(_leak, dict) and {"time_split", "random_split"} <= set(_leak), (
    'return a dict with the keys "time_split" and "random_split"'
)
assert 0 <= _leak["time_split"] <= 1 and 0 <= _leak["random_split"] <= 1, "a mean recall lies between 0 and 1"
### BEGIN HIDDEN TESTS
def _mean_recall_reference(frame, test_mask, k):
    part_train, part_test = frame[~test_mask], frame[test_mask]
    truth = relevant_items(part_train, part_test)
    recs = copurchase_recommender(part_train, k)
    return float(np.mean([len(set(recs.get(u, [])[:k]) & r) / len(r) for u, r in truth.items()]))


for _cutoff, _k in ((CUTOFF_DAY, 10), (130, 5)):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _got = split_leakage(interactions, _cutoff, _k, 2024)
    expect_close(_got["time_split"], _mean_recall_reference(interactions, (interactions["day"] >= _cutoff).to_numpy(), _k),
                 what=f"the time-split recall@{_k} with cutoff day {_cutoff}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "split_leakage_test_2", "grade": true, "points": 1}
_leak = split_leakage(interactions, CUTOFF_DAY, 10, 2024)
assert _leak["random_split"] != _leak["time_split"], "the two splits should not give the same number"
### BEGIN HIDDEN TESTS
for _cutoff, _k, _seed in ((CUTOFF_DAY, 10, 2024), (130, 5, 7)):
    _n_test = int((interactions["day"] >= _cutoff).sum())
    _mask = np.zeros(len(interactions), dtype=bool)
    _mask[np.random.default_rng(_seed).permutation(len(interactions))[:_n_test]] = True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _got = split_leakage(interactions, _cutoff, _k, _seed)
    expect_close(_got["random_split"], _mean_recall_reference(interactions, _mask, _k),
                 what=f"the random-split recall@{_k} (cutoff day {_cutoff}, seed {_seed})")
    assert _got["random_split"] > 1.3 * _got["time_split"], (
        "on this data the random split should flatter the co-purchase model by well over 30%; "
        "check which rows each split trains on"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part D · Online
#
# ## 9. Reading the A/B test
# *Per-session rates, the unit of randomisation, intervals for a difference*
#
# Offline metrics choose which candidate deserves traffic; the A/B test decides. Here 30,000
# sessions were randomly split between the old widget (`control`, popularity) and the new one
# (`treatment`, co-purchase). The new widget also shows more items per session, and that is
# where a classic mistake creeps in. Sessions were randomised, so the session is the unit of
# analysis: the honest click metric is the **session click-through rate**, the share of
# sessions with at least one click on the widget. Clicks per impression divides by a number
# the treatment itself changed (more impressions per session drive it down even when more
# sessions click), and its textbook standard error treats the impressions of one session as
# independent draws, which they are not. Report each rate per arm, the lift
# (treatment minus control, in proportion points) and a 95% interval for the lift:
# `lift ± z * sqrt(p_t (1 - p_t) / n_t + p_c (1 - p_c) / n_c)` with `z = stats.norm.ppf(0.975)`
# and `n` the sessions in each arm (the unpooled standard error).
#
# `sessions` (locked cell below): one row per session, with `session_id`, `variant`
# (`"control"` or `"treatment"`), `impressions` (widget items shown), `clicks` (clicks on
# them) and `add_to_cart` (1 if an item was added to the cart from the widget, else 0).
#
# **Question.** Complete `ab_readout(sessions)`. Return a `pd.DataFrame` indexed by
# `"session_ctr"` (share of sessions with at least one click) and `"add_to_cart_rate"` (share
# of sessions with `add_to_cart == 1`), with the float columns `control`, `treatment`,
# `lift`, `ci_low` and `ci_high` as described above.

# %% nbgrader={"grade_id": "ab_test_data", "locked": true}
ab_rng = np.random.default_rng(6082)
N_SESSIONS = 30_000
_treated = ab_rng.permutation(np.repeat([False, True], N_SESSIONS // 2))
_impressions = 1 + ab_rng.poisson(np.where(_treated, 9.0, 5.0))
_clicked = ab_rng.random(N_SESSIONS) < np.where(_treated, 0.092, 0.080)  # planted: +1.2 points
_carted = _clicked & (ab_rng.random(N_SESSIONS) < np.where(_treated, 0.27, 0.26))  # +0.40 points
sessions = pd.DataFrame({
    "session_id": np.arange(1, N_SESSIONS + 1),
    "variant": np.where(_treated, "treatment", "control"),
    "impressions": _impressions,
    "clicks": np.where(_clicked, np.minimum(1 + ab_rng.poisson(0.5, N_SESSIONS), _impressions), 0),
    "add_to_cart": _carted.astype(int),
})
print(sessions.groupby("variant")[["impressions", "clicks", "add_to_cart"]].mean().round(4))

# %% nbgrader={"grade_id": "ab_readout", "solution": true}
def ab_readout(sessions):
    """Per-session click-through and add-to-cart rates by arm, the lift and its 95% interval."""
    ### BEGIN SOLUTION
    z = stats.norm.ppf(0.975)
    outcomes = {"session_ctr": sessions["clicks"] > 0, "add_to_cart_rate": sessions["add_to_cart"] == 1}
    rows = {}
    for name, success in outcomes.items():
        rate, variance = {}, {}
        for arm in ("control", "treatment"):
            in_arm = sessions["variant"] == arm
            rate[arm] = float(success[in_arm].mean())
            variance[arm] = rate[arm] * (1 - rate[arm]) / int(in_arm.sum())
        lift = rate["treatment"] - rate["control"]
        half_width = z * math.sqrt(variance["control"] + variance["treatment"])
        rows[name] = {"control": rate["control"], "treatment": rate["treatment"], "lift": lift,
                      "ci_low": lift - half_width, "ci_high": lift + half_width}
    return pd.DataFrame.from_dict(rows, orient="index")[["control", "treatment", "lift", "ci_low", "ci_high"]]
    ### END SOLUTION


# %% nbgrader={"grade_id": "ab_readout_test", "grade": true, "points": 2}
_tiny = pd.DataFrame({"session_id": [1, 2, 3, 4], "variant": ["control", "control", "treatment", "treatment"],
                      "impressions": [4, 4, 10, 10], "clicks": [2, 0, 1, 1], "add_to_cart": [1, 0, 0, 1]})
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _readout = ab_readout(_tiny)
assert isinstance(_readout, pd.DataFrame), "return a pandas DataFrame"
assert {"session_ctr", "add_to_cart_rate"} <= set(_readout.index), (
    'index the rows by "session_ctr" and "add_to_cart_rate"'
)
assert {"control", "treatment", "lift", "ci_low", "ci_high"} <= set(_readout.columns), (
    "the columns should be control, treatment, lift, ci_low and ci_high"
)
expect_close(_readout.loc["session_ctr", "control"], 0.5,
             what="session_ctr of the tiny control arm (one of its two sessions clicked)")
expect_close(_readout.loc["session_ctr", "treatment"], 1.0,
             what="session_ctr of the tiny treatment arm (both sessions clicked)")
### BEGIN HIDDEN TESTS
def _readout_reference(frame):
    z = stats.norm.ppf(0.975)
    treated = frame["variant"].to_numpy() == "treatment"
    out = {}
    for name, success in (("session_ctr", frame["clicks"].to_numpy() >= 1),
                          ("add_to_cart_rate", frame["add_to_cart"].to_numpy() == 1)):
        n_t, n_c = treated.sum(), (~treated).sum()
        p_t, p_c = success[treated].sum() / n_t, success[~treated].sum() / n_c
        se = np.sqrt(p_t * (1 - p_t) / n_t + p_c * (1 - p_c) / n_c)
        out[name] = {"control": p_c, "treatment": p_t, "lift": p_t - p_c,
                     "ci_low": p_t - p_c - z * se, "ci_high": p_t - p_c + z * se}
    return out


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _readout = ab_readout(sessions)
    for _row, _values in _readout_reference(sessions).items():
        for _column, _value in _values.items():
            expect_close(_readout.loc[_row, _column], _value,
                         what=f"{_column} of {_row} on the experiment")
    _rng = np.random.default_rng(69)
    _other = sessions.sample(frac=0.4, random_state=3).reset_index(drop=True)
    _other["clicks"] = _rng.poisson(0.15, len(_other))
    _readout = ab_readout(_other)
    for _row, _values in _readout_reference(_other).items():
        for _column, _value in _values.items():
            expect_close(_readout.loc[_row, _column], _value,
                         what=f"{_column} of {_row} on a resampled experiment with several clicks per session")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "ab_readout_test_2", "grade": true, "points": 1}
# Hidden: your intervals are compared with the spread of the lift over simulated replays of
# the experiment, and with the lift planted in the data.
### BEGIN HIDDEN TESTS
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _readout = ab_readout(sessions)
_rng = np.random.default_rng(70)
_n = sessions["variant"].value_counts()
for _row, _planted in (("session_ctr", 0.092 - 0.080), ("add_to_cart_rate", 0.092 * 0.27 - 0.080 * 0.26)):
    _p_c, _p_t = float(_readout.loc[_row, "control"]), float(_readout.loc[_row, "treatment"])
    _lifts = (_rng.binomial(_n["treatment"], _p_t, 4000) / _n["treatment"]
              - _rng.binomial(_n["control"], _p_c, 4000) / _n["control"])
    _half = (float(_readout.loc[_row, "ci_high"]) - float(_readout.loc[_row, "ci_low"])) / 2
    assert abs(_half / (1.959964 * _lifts.std()) - 1) < 0.08, (
        f"the width of the {_row} interval does not match how much the lift varies between replays of a "
        "session-randomised experiment: check the unit (sessions) and the standard error"
    )
    assert float(_readout.loc[_row, "ci_low"]) < _planted < float(_readout.loc[_row, "ci_high"]), (
        f"the {_row} interval misses the lift planted in the data"
    )
assert float(_readout.loc["session_ctr", "ci_low"]) > 0, "the session click-through lift is clearly positive in this data"
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Clicks by position
# *Position bias, seen in the log*
#
# The widget is a ranked row, and people look at the first slot far more often than the
# tenth, whatever is in it. So a click log mixes two things: whether the customer *saw* the
# item (which depends on its position) and whether they *liked* it. The first view of a
# click log is the click-through rate by position, clicks divided by impressions at each
# rank; the share of all clicks that happened at a rank is a different number that also
# depends on how many impressions each rank got.
#
# `impression_log` (locked cell below): one row per item shown, from 4,000 sessions of the
# old widget, with `session_id`, `position` (1 to 10), `item_id` (30 different items) and
# `clicked` (0 or 1). `EXAMINATION` maps each position to the probability that a customer
# looks at that slot at all, estimated earlier by an experiment that shuffled the order at
# random for a small share of traffic.
#
# **Question.** Complete `ctr_by_position(log)`. Return a `pd.DataFrame` with one row per
# position present in `log`, indexed by position in ascending order (index name
# `"position"`), and the columns `impressions` (rows shown at that position), `clicks` (sum
# of `clicked`) and `ctr` (clicks divided by impressions, a float).

# %% nbgrader={"grade_id": "position_log_data", "locked": true}
pos_rng = np.random.default_rng(6061)
EXAMINATION = {1: 1.00, 2: 0.66, 3: 0.49, 4: 0.39, 5: 0.32, 6: 0.27, 7: 0.23, 8: 0.20, 9: 0.18, 10: 0.16}
_widget_items = np.sort(pos_rng.choice(catalogue, 30, replace=False))
_true_appeal = pos_rng.uniform(0.05, 0.45, 30)  # P(click | the slot is looked at): the planted truth
_logging_score = pos_rng.normal(0, 1, 30)  # what the old ranker believed, unrelated to appeal
_log_rows = []
for _session in range(1, 4001):
    _shown = pos_rng.choice(30, 10, replace=False)
    _shown = _shown[np.argsort(-(_logging_score[_shown] + pos_rng.normal(0, 0.7, 10)))]
    for _position, _j in enumerate(_shown, start=1):
        _click = pos_rng.random() < EXAMINATION[_position] * _true_appeal[_j]
        _log_rows.append((_session, _position, int(_widget_items[_j]), int(_click)))
impression_log = pd.DataFrame(_log_rows, columns=["session_id", "position", "item_id", "clicked"])
widget_appeal = pd.Series(_true_appeal, index=pd.Index(_widget_items, name="item_id"))
print(f"{len(impression_log):,} impressions, {impression_log['clicked'].sum():,} clicks")

# %% nbgrader={"grade_id": "ctr_by_position", "solution": true}
def ctr_by_position(log):
    """Impressions, clicks and click-through rate at each position, indexed by position (ascending)."""
    ### BEGIN SOLUTION
    table = log.groupby("position")["clicked"].agg(impressions="size", clicks="sum").sort_index()
    table["ctr"] = table["clicks"] / table["impressions"]
    return table
    ### END SOLUTION


# %% nbgrader={"grade_id": "ctr_by_position_test", "grade": true, "points": 1}
_tiny_log = pd.DataFrame({"session_id": [1, 1, 2, 2, 3], "position": [1, 2, 1, 2, 1],
                          "item_id": [5, 6, 6, 5, 5], "clicked": [1, 0, 0, 1, 0]})
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _table = ctr_by_position(_tiny_log)
assert list(_table.index) == [1, 2], "one row per position, in ascending order"
expect_close(_table.loc[1, "ctr"], 1 / 3,
             what="ctr at position 1 of the tiny log (1 click in 3 impressions)")
expect_close(_table.loc[2, "impressions"], 2, what="impressions at position 2 of the tiny log")
### BEGIN HIDDEN TESTS
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _label, _frame in (("the impression log", impression_log),
                           ("a shuffled sample of the log", impression_log.sample(frac=0.3, random_state=5))):
        _table = ctr_by_position(_frame)
        _pos = _frame["position"].to_numpy()
        _shown = np.bincount(_pos)
        _hits = np.bincount(_pos, weights=_frame["clicked"].to_numpy())
        _present = np.flatnonzero(_shown)
        assert list(_table.index) == _present.tolist(), f"{_label}: one row per position, in ascending order"
        expect_close(_table["impressions"].to_numpy(dtype=float), _shown[_present].astype(float),
                     what=f"{_label}: impressions by position")
        expect_close(_table["clicks"].to_numpy(dtype=float), _hits[_present],
                     what=f"{_label}: clicks by position")
        expect_close(_table["ctr"].to_numpy(dtype=float), _hits[_present] / _shown[_present],
                     what=f"{_label}: ctr by position")
### END HIDDEN TESTS

# %% [markdown]
# The plot below (not graded) draws the click-through rate by position next to the given
# examination probabilities, both relative to position 1. If the two curves fall together,
# most of the drop is the customers' attention, not the items.

# %% nbgrader={"grade_id": "plot_ctr_by_position", "locked": true}
try:
    _table = ctr_by_position(impression_log)
except NotImplementedError:
    print("Answer exercise 10 to see clicks by position.")
else:
    _fig, _ax = plt.subplots(figsize=(7, 3.4))
    _ax.bar(_table.index, _table["ctr"] / _table["ctr"].iloc[0], color="tab:blue", alpha=0.7,
            label="click-through rate (relative to position 1)")
    _ax.plot(list(EXAMINATION), list(EXAMINATION.values()), "o-", color="tab:red",
             label="examination probability (given)")
    _ax.set_xticks(list(EXAMINATION))
    _ax.set_xlabel("position in the widget")
    _ax.set_ylabel("relative to position 1")
    _ax.set_title("Clicks by position")
    _ax.legend()
    _fig.tight_layout()
    plt.show()

# %% [markdown]
# ## 11. Correcting for position bias
# *Inverse propensity weighting*
#
# If the old ranker kept an item at the top, its raw click-through rate is inflated by the
# attention that slot gets; an item it kept at the bottom looks worse than it is. Training
# or judging a new ranker on raw CTR therefore copies the old ranker's opinions, a feedback
# loop. Under the position-based click model, a click needs the slot to be looked at (with
# the examination probability of its position) and the item to appeal once seen, so
# `P(click) = EXAMINATION[position] * appeal`. Dividing each click by the examination
# probability of the slot where it happened makes every impression an unbiased vote on the
# appeal itself: an item's inverse-propensity estimate is the mean of
# `clicked / EXAMINATION[position]` over all of its impressions. Multiplying by the
# probability instead, or leaving it out, keeps the bias.
#
# **Question.** Complete `ipw_item_ctr(log, examination)`. `log` has the columns of
# `impression_log` and `examination` maps each position to its examination probability.
# Return a `pd.Series` of floats indexed by `item_id` in ascending order (one entry per item
# in `log`): for each item, the mean over its impressions of `clicked / examination[position]`.

# %% nbgrader={"grade_id": "ipw_item_ctr", "solution": true}
def ipw_item_ctr(log, examination):
    """Inverse-propensity-weighted click-through rate per item: mean of clicked / examination[position]."""
    ### BEGIN SOLUTION
    weighted = log["clicked"] / log["position"].map(examination)
    return weighted.groupby(log["item_id"]).mean().sort_index()
    ### END SOLUTION


# %% nbgrader={"grade_id": "ipw_item_ctr_test", "grade": true, "points": 2}
_tiny_log = pd.DataFrame({"session_id": [1, 1, 2, 2], "position": [1, 2, 1, 2],
                          "item_id": [5, 6, 6, 5], "clicked": [1, 1, 0, 0]})
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _ipw = ipw_item_ctr(_tiny_log, {1: 1.0, 2: 0.5})
assert isinstance(_ipw, pd.Series), "return a pandas Series indexed by item_id"
assert list(_ipw.index) == [5, 6], "one entry per item, in ascending item_id order"
expect_close(_ipw.loc[5], 0.5,
             what="the estimate for item 5 of the tiny log (clicked at 1, not clicked at 2)")
expect_close(_ipw.loc[6], 1.0,
             what="the estimate for item 6 of the tiny log (its click was in a slot seen half the time)")
### BEGIN HIDDEN TESTS
def _ipw_reference(frame, exam):
    totals, shown = {}, {}
    for item, position, clicked in zip(frame["item_id"].tolist(), frame["position"].tolist(), frame["clicked"].tolist()):
        totals[item] = totals.get(item, 0.0) + clicked / exam[position]
        shown[item] = shown.get(item, 0) + 1
    keys = sorted(shown)
    return keys, [totals[key] / shown[key] for key in keys]


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _label, _frame, _exam in (
        ("the impression log", impression_log, EXAMINATION),
        ("a sample of the log with other propensities", impression_log.sample(frac=0.5, random_state=9),
         {p: 1 / p for p in range(1, 11)}),
    ):
        _got = ipw_item_ctr(_frame, _exam)
        _keys, _values = _ipw_reference(_frame, _exam)
        assert [int(v) for v in _got.index] == _keys, f"{_label}: one entry per item, in ascending item_id order"
        expect_close(_got.to_numpy(dtype=float), _values, what=f"{_label}: the corrected estimates")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "ipw_item_ctr_test_2", "grade": true, "points": 1}
# Hidden: your estimates are compared with the appeal planted in the data.
### BEGIN HIDDEN TESTS
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _got = ipw_item_ctr(impression_log, EXAMINATION).reindex(widget_appeal.index).to_numpy(dtype=float)
_naive = impression_log.groupby("item_id")["clicked"].mean().reindex(widget_appeal.index).to_numpy()
_truth = widget_appeal.to_numpy()
assert np.all(np.isfinite(_got)), "every item of the log should get a finite estimate"
assert np.mean(np.abs(_got - _truth)) < 0.03, (
    "on average your estimates are far from the items' true appeal: the correction should undo the "
    "attention each slot gets"
)
assert stats.spearmanr(_got, _truth)[0] > stats.spearmanr(_naive, _truth)[0] + 0.1, (
    "your estimates rank the items no better than the raw click-through rate does"
)
### END HIDDEN TESTS

# %% [markdown]
# What the correction changes (not graded): the five items the raw click-through rate likes
# best, against the five the corrected estimate likes best.

# %% nbgrader={"grade_id": "ranking_shift", "locked": true}
try:
    _ipw = ipw_item_ctr(impression_log, EXAMINATION)
except NotImplementedError:
    print("Answer exercise 11 to see how the ranking changes.")
else:
    _raw = impression_log.groupby("item_id")["clicked"].mean()
    _mean_position = impression_log.groupby("item_id")["position"].mean()
    _compare = pd.DataFrame({"raw_ctr": _raw, "corrected": _ipw, "mean_position": _mean_position})
    print("top 5 by raw CTR:\n", _compare.sort_values("raw_ctr", ascending=False).head().round(3))
    print("top 5 after the correction:\n", _compare.sort_values("corrected", ascending=False).head().round(3))

# %% [markdown]
# ## Part E · The case answer
#
# ## 12. The measurement plan
# *Objective, offline metrics, online metrics and guardrails, the gap between them*
#
# The interviewer's question is "How would you measure whether our recommendations
# succeed?". A structured answer goes: what the widget is for (the objective, in customer and
# business terms), how candidates are screened offline (a ranking metric on a time split,
# plus coverage and diversity so a best-seller list cannot win by default), what the online
# test decides on (a primary metric per randomisation unit that is close to the business
# goal, secondary metrics that explain it, and guardrails that must not get worse), why the
# offline and the online verdicts can disagree, and what you would do with the results you
# have. Write it as data so that its structure can be checked.
#
# **Question.** Assign a dict `case_plan` with exactly these keys:
#
# - `"objective"`: one or two sentences (at least 15 words) on what the widget should
#   achieve for customers and for the business.
# - `"offline_metrics"`: a list of at least 3 names from
#   `precision_at_k`, `recall_at_k`, `hit_rate_at_k`, `mrr_at_k`, `ndcg_at_k`,
#   `catalogue_coverage`, `popular_share`, `intra_list_diversity`, `novelty`; it must include
#   a rank-aware metric (`ndcg_at_k` or `mrr_at_k`) and at least one beyond-accuracy metric
#   (`catalogue_coverage`, `popular_share`, `intra_list_diversity` or `novelty`).
# - `"primary_offline_metric"`: one of your offline metrics, an accuracy one (`precision_at_k`,
#   `recall_at_k`, `hit_rate_at_k`, `mrr_at_k` or `ndcg_at_k`).
# - `"online_primary_metric"`: one of `session_ctr`, `clicks_per_impression`,
#   `add_to_cart_rate`, `conversion_rate`, `revenue_per_session`, `orders_per_customer`.
# - `"online_secondary_metrics"`: a list of at least 1 name from that same list, without the
#   primary.
# - `"guardrail_metrics"`: a list of at least 2 names from `return_rate`,
#   `intra_list_diversity`, `catalogue_coverage`, `page_latency_p95`, `bounce_rate`,
#   `revenue_per_session`, `customer_complaints`, `unsubscribe_rate`, without the online
#   primary metric.
# - `"evidence"`: the numbers from this notebook, as a dict with the float keys
#   `"ndcg_at_10_popularity"` and `"ndcg_at_10_copurchase"` (mean NDCG@10 on the official time
#   split), `"session_ctr_lift"` (from exercise 9) and `"add_to_cart_ci"` (the 95% interval of
#   the add-to-cart lift, as a `(low, high)` tuple).
# - `"offline_online_gap"`: a list of at least 2 reasons (each a sentence of at least 8
#   words) why a model that wins offline can lose online, or the reverse.
# - `"decision"`: one of `"ship"`, `"do_not_ship"`, `"extend_test"`, consistent with your
#   primary metric and the evidence.
#
# Take the evidence from your own functions (not rounded, not typed in by hand). A skeleton
# to fill in:
#
# ```python
# case_plan = {
#     "objective": "...",
#     "offline_metrics": ["...", "...", "..."],
#     "primary_offline_metric": "...",
#     "online_primary_metric": "...",
#     "online_secondary_metrics": ["..."],
#     "guardrail_metrics": ["...", "..."],
#     "evidence": {"ndcg_at_10_popularity": ..., "ndcg_at_10_copurchase": ...,
#                  "session_ctr_lift": ..., "add_to_cart_ci": (..., ...)},
#     "offline_online_gap": ["...", "..."],
#     "decision": "...",
# }
# ```
#
# The tests check the structure, the metric choices and the evidence; the rubric below is
# marked by a person.

# %% nbgrader={"grade_id": "case_plan", "solution": true}
### BEGIN SOLUTION
_ndcg_at_10 = {name: float(metrics_by_k(recs, relevant, [10]).loc[10, "ndcg"])
               for name, recs in (("popularity", pop_recs), ("copurchase", co_recs))}
_readout = ab_readout(sessions)
case_plan = {
    "objective": (
        "Help customers find items they will actually want next, especially the companions of what they "
        "just bought, so that more sessions end with a useful addition to the cart, without narrowing "
        "what the shop shows them."
    ),
    "offline_metrics": ["ndcg_at_k", "recall_at_k", "hit_rate_at_k", "catalogue_coverage", "popular_share",
                        "intra_list_diversity"],
    "primary_offline_metric": "ndcg_at_k",
    "online_primary_metric": "add_to_cart_rate",
    "online_secondary_metrics": ["session_ctr", "revenue_per_session"],
    "guardrail_metrics": ["return_rate", "intra_list_diversity", "page_latency_p95"],
    "evidence": {
        "ndcg_at_10_popularity": _ndcg_at_10["popularity"],
        "ndcg_at_10_copurchase": _ndcg_at_10["copurchase"],
        "session_ctr_lift": float(_readout.loc["session_ctr", "lift"]),
        "add_to_cart_ci": (float(_readout.loc["add_to_cart_rate", "ci_low"]),
                           float(_readout.loc["add_to_cart_rate", "ci_high"])),
    },
    "offline_online_gap": [
        "Offline we only learn whether a listed item was bought anyway, not whether showing it changed anything.",
        "The held-out purchases were shaped by the old widget and its position bias, so they favour what it showed.",
        "Online the new widget changes the page itself, with more items, a new layout and novelty effects.",
    ],
    "decision": "extend_test",
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_plan_test", "grade": true, "points": 1}
_keys = {"objective", "offline_metrics", "primary_offline_metric", "online_primary_metric",
         "online_secondary_metrics", "guardrail_metrics", "evidence", "offline_online_gap", "decision"}
assert isinstance(case_plan, dict), "case_plan should be a dict"
assert set(case_plan) == _keys, (
    f"case_plan should have exactly the keys {sorted(_keys)}; missing {sorted(_keys - set(case_plan))}, "
    f"unexpected {sorted(set(case_plan) - _keys)}"
)
assert isinstance(case_plan["objective"], str) and len(case_plan["objective"].split()) >= 15, (
    "the objective should be at least 15 words on what the widget does for customers and the business"
)
_reasons = case_plan["offline_online_gap"]
assert isinstance(_reasons, (list, tuple)) and len(_reasons) >= 2, (
    "give at least 2 reasons for the offline-online gap"
)
assert all(isinstance(r, str) and len(r.split()) >= 8 for r in _reasons), (
    "each offline-online gap reason should be a sentence of at least 8 words"
)
assert len({r.strip().lower() for r in _reasons}) == len(_reasons), "the gap reasons should be different"
assert case_plan["decision"] in {"ship", "do_not_ship", "extend_test"}, (
    'decision should be "ship", "do_not_ship" or "extend_test"'
)

# %% nbgrader={"grade_id": "case_plan_test_2", "grade": true, "points": 1}
_offline_names = {"precision_at_k", "recall_at_k", "hit_rate_at_k", "mrr_at_k", "ndcg_at_k",
                  "catalogue_coverage", "popular_share", "intra_list_diversity", "novelty"}
_online_names = {"session_ctr", "clicks_per_impression", "add_to_cart_rate", "conversion_rate",
                 "revenue_per_session", "orders_per_customer"}
_guardrail_names = {"return_rate", "intra_list_diversity", "catalogue_coverage", "page_latency_p95",
                    "bounce_rate", "revenue_per_session", "customer_complaints", "unsubscribe_rate"}
_off = list(case_plan["offline_metrics"])
assert len(_off) >= 3 and set(_off) <= _offline_names, (
    "offline_metrics should list at least 3 names from the allowed set; "
    f"unknown: {sorted(set(_off) - _offline_names)}"
)
assert case_plan["online_primary_metric"] in _online_names, (
    "online_primary_metric is not one of the allowed names"
)
_guards = case_plan["guardrail_metrics"]
assert isinstance(_guards, (list, tuple)) and set(_guards) <= _guardrail_names, (
    "guardrail_metrics should be a list of names from the allowed guardrail set"
)
### BEGIN HIDDEN TESTS
assert {"ndcg_at_k", "mrr_at_k"} & set(_off), (
    "the offline metrics need a rank-aware metric: precision and recall ignore where in the list a hit sits"
)
assert {"catalogue_coverage", "popular_share", "intra_list_diversity", "novelty"} & set(_off), (
    "accuracy alone lets a best-seller list win offline: add a coverage, popularity, diversity or novelty metric"
)
assert case_plan["primary_offline_metric"] in set(_off) & {"precision_at_k", "recall_at_k", "hit_rate_at_k",
                                                           "mrr_at_k", "ndcg_at_k"}, (
    "the primary offline metric should be one of your offline metrics and an accuracy metric"
)
assert case_plan["online_primary_metric"] not in {"session_ctr", "clicks_per_impression"}, (
    "a click metric makes a weak primary: clicks are a leading indicator that a widget can inflate without "
    "selling anything; choose an outcome closer to the business and keep clicks as a secondary metric"
)
_secondary = list(case_plan["online_secondary_metrics"])
assert _secondary and set(_secondary) <= _online_names and case_plan["online_primary_metric"] not in _secondary, (
    "online_secondary_metrics should name at least one other allowed online metric, not the primary"
)
_guards = list(case_plan["guardrail_metrics"])
assert len(set(_guards)) >= 2 and case_plan["online_primary_metric"] not in _guards, (
    "name at least 2 guardrails, distinct from the primary metric (a guardrail protects something else)"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_plan_test_3", "grade": true, "points": 2}
_evidence = case_plan["evidence"]
_evidence_keys = {"ndcg_at_10_popularity", "ndcg_at_10_copurchase", "session_ctr_lift", "add_to_cart_ci"}
assert isinstance(_evidence, dict) and _evidence_keys <= set(_evidence), (
    f"evidence should be a dict with the keys {sorted(_evidence_keys)}"
)
assert len(tuple(_evidence["add_to_cart_ci"])) == 2, "add_to_cart_ci should be a (low, high) pair"
### BEGIN HIDDEN TESTS
def _mean_ndcg_at_10(recs, truth):
    values = []
    for user, wanted in truth.items():
        gains = np.array([1.0 if v in wanted else 0.0 for v in list(recs.get(user, []))[:10]])
        discounts = 1.0 / np.log2(np.arange(2, 12))
        values.append(gains @ discounts[: gains.size] / discounts[: min(10, len(wanted))].sum())
    return float(np.mean(values))


expect_close(_evidence["ndcg_at_10_popularity"], _mean_ndcg_at_10(pop_recs, relevant), rel=1e-6,
             what="evidence['ndcg_at_10_popularity']")
expect_close(_evidence["ndcg_at_10_copurchase"], _mean_ndcg_at_10(co_recs, relevant), rel=1e-6,
             what="evidence['ndcg_at_10_copurchase']")
_t = (sessions["variant"] == "treatment").to_numpy()
_carts, _clicks = sessions["add_to_cart"].to_numpy() == 1, sessions["clicks"].to_numpy() > 0
expect_close(_evidence["session_ctr_lift"], _clicks[_t].mean() - _clicks[~_t].mean(), rel=1e-6,
             what="evidence['session_ctr_lift'] (per session, from exercise 9)")
_se = math.sqrt(_carts[_t].mean() * (1 - _carts[_t].mean()) / _t.sum()
                + _carts[~_t].mean() * (1 - _carts[~_t].mean()) / (~_t).sum())
_lift = _carts[_t].mean() - _carts[~_t].mean()
expect_close(list(_evidence["add_to_cart_ci"]), [_lift - 1.959963985 * _se, _lift + 1.959963985 * _se], rel=1e-6,
             what="evidence['add_to_cart_ci']")
assert case_plan["decision"] != "ship", (
    "the add-to-cart interval still includes zero and no other business outcome was measured: "
    "a clear win on clicks alone does not justify shipping yet"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "case_plan_rubric", "task": true, "points": 4}
# **Rubric for the measurement plan (4 points, marked by a person).** Read `case_plan` and
# the notebook's numbers, then give:
#
# - 1 point, **objective and metric tree**: the objective is about customer value and a
#   business outcome (not "maximise CTR"); the offline primary metric is tied to it; the
#   online primary metric is measured per randomisation unit (session or customer) and is
#   explained as the metric the decision rests on, with clicks as a leading indicator.
# - 1 point, **offline evaluation done right**: names a time split (and why a random split
#   leaks), the population evaluated (customers with held-out purchases, missing lists
#   counted as misses) and at least one beyond-accuracy check, using this notebook's result
#   that the co-purchase model wins on NDCG and coverage but builds less varied lists.
# - 1 point, **the offline-online gap**: at least two distinct mechanisms among: offline
#   rewards predicting purchases that would have happened anyway (no causal effect), the logs
#   are biased by the old ranker and its positions (feedback loop, position bias), the online
#   change alters the page (more items, layout) and has novelty or learning effects, proxies
#   drift from the goal (clicks versus carts and returns); and says how to narrow it
#   (counterfactual or interleaving tests, inverse propensity weights, a holdout).
# - 1 point, **a decision from the evidence**: reads the A/B result correctly (the session
#   click-through lift is clearly positive, the add-to-cart interval still includes zero,
#   per-impression CTR would have pointed the wrong way) and proposes a next step with
#   guardrails: run longer or with more traffic powered for add-to-cart, watch return rate,
#   diversity and latency, and ship only if the primary metric moves.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal and run
#   `autograde check week06/recommendation_metrics.ipynb`; the report lists every exercise
#   with its points, hidden checks included. The rubric points are marked by a person.
# - Say the case out loud in five minutes, in the order of the plan: objective, offline
#   metrics on a time split, online primary metric and guardrails, the gap, the decision.
#   Then answer the follow-ups an interviewer is likely to ask: "Why not just CTR?", "How
#   long would you run the test?", "What if NDCG and the A/B test disagree?".
# - Extend the scorecard: add novelty (the mean of `-log2` of each recommended item's share
#   of training buyers) and see which model recommends the less obvious items.
# - Rerun the A/B readout with clicks per impression and a standard error that treats each
#   impression as independent, and compare the interval's width with the session-level one:
#   that gap is the design effect of clustered impressions.
# - When a per-impression metric is truly needed (an ads team may insist), read up on the
#   delta method for ratio metrics: it gives the standard error of clicks per impression with
#   the session, not the impression, as the independent unit.
