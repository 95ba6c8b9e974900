# %% [markdown]
# # Week 1 · pandas and NumPy
#
# Sixteen short functions to write, of the kind a data-science screen asks for once the SQL
# part is done: "here is a DataFrame, give me ...". They cover joining frames without
# duplicating rows, grouping and ranking, pivoting and melting, resampling time series,
# rolling windows, missing values, de-duplication, vectorised code instead of loops, and
# three array exercises in plain NumPy. Each one hides a trap that produces a plausible
# number rather than an error, which is exactly why interviewers like them.
#
# **How to answer.** Every exercise gives you a function signature and a docstring. Replace
# `raise NotImplementedError()` with your code, keep the name and the parameters, and
# return what the question describes. Run the answer cell, then the test cell under it.
# The examples in the questions load the retail tables into pandas with
# `con.sql("SELECT ...").df()`: `con` is the read-only DuckDB connection opened by the
# set-up cell. Text columns arrive with pandas' `str` dtype (missing values are `NaN`),
# integer columns as `int32` and timestamps as `datetime64[us]`.
#
# **How grading works.** The test cell you can see runs your function on a tiny example.
# The real grade (`autograde check`, see the end of the notebook) adds hidden checks that
# call your function again on the full retail data and on small hand-built frames with
# awkward cases (NaN keys, duplicates, unsorted rows, empty periods), and compare with a
# result computed another way. The rules, unless a question says otherwise:
#
# - Return the type the question names (`DataFrame`, `Series` or NumPy array), with the
#   column names it lists. Column order is free. The index of a returned `DataFrame` is not
#   graded; the index of a returned `Series` is part of the answer.
# - Row order counts whenever the question gives one.
# - Types are not graded (an `int64` count where you expected `float64` is fine); numbers
#   are compared with a relative tolerance of one in a million, so do not round.
# - Never modify the frames or arrays you are given: several checks pass in a frame and
#   verify afterwards that it is unchanged.
# - Where a question says *vectorised*, the check also reads your code and fails it if it
#   uses `apply`, `iterrows`, `itertuples` or `np.vectorize` (helpers you call are read too).
#
# A failed check tells you what is wrong with your result. On the small hand-built frames
# it may show your values next to the expected ones; on the retail data it describes your
# result (a row count, a range of dates, which column differs) and never the expected values.

# %% [markdown]
# Scratch space: this cell is not graded. It loads the four retail tables you will use into
# DataFrames, so you can try your functions on them.

# %%
transactions = con.sql("SELECT * FROM transactions ORDER BY transaction_id").df()
products = con.sql("SELECT * FROM products ORDER BY product_id").df()
users = con.sql("SELECT * FROM users ORDER BY user_id").df()
reviews = con.sql("SELECT * FROM reviews ORDER BY review_id").df()
transactions.head()

# %% [markdown]
# ## 1. Order lines
# *`merge`: left versus inner, and the many-to-one check*
#
# Adding a lookup column (a price, a category) to a fact table is a left join in which
# every fact row must come out exactly once. Two things break that promise without any
# error. An inner join drops the facts whose key is missing from the lookup table, so
# totals shrink. And a lookup table that lists a key twice (a product entered twice in a
# catalogue export, say) makes the merge repeat the matching facts, so totals grow. pandas
# can guard against the second one: `merge(..., validate="many_to_one")` raises a
# `MergeError` as soon as the right-hand key is not unique, instead of quietly multiplying
# rows. A merge also brings along every column of the right-hand frame unless you select
# the ones you need first.
#
# **Question.** Write
#
# ```python
# def order_lines(transactions: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
# ```
#
# `transactions` has the columns of the `transactions` table (at least `product_id` and
# `quantity`); `products` has at least `product_id` and `price`. Return a new DataFrame
# with one row per transaction, in the same order as `transactions`, holding all the
# columns of `transactions` plus two more: `price` (the product's price) and `revenue`
# (`quantity * price`). No other column of `products` belongs in the result. A transaction
# whose `product_id` is missing from `products` stays in the result with `price` and
# `revenue` NaN. If `products` lists some `product_id` more than once, raise a `ValueError`
# (`pd.errors.MergeError` is one) instead of returning anything.
#
# ```python
# transactions = con.sql("SELECT * FROM transactions ORDER BY transaction_id").df()
# products = con.sql("SELECT * FROM products").df()
# order_lines(transactions, products).head()
# ```


# %% nbgrader={"grade_id": "order_lines", "solution": true}
def order_lines(transactions: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
    """Each transaction once, in its original order, with its product's price and revenue."""
    ### BEGIN SOLUTION
    lines = transactions.merge(
        products[["product_id", "price"]], on="product_id", how="left", validate="many_to_one"
    )
    lines["revenue"] = lines["quantity"] * lines["price"]
    return lines
    ### END SOLUTION


# %% nbgrader={"grade_id": "order_lines_test", "grade": true, "points": 3}
_tx = pd.DataFrame(
    {
        "transaction_id": [1, 2, 3],
        "user_id": [10, 11, 10],
        "product_id": [7, 8, 99],
        "quantity": [2, 1, 3],
    }
)
_pr = pd.DataFrame({"product_id": [7, 8], "name": ["Mug", "Lamp"], "price": [4.5, 20.0]})
_got = order_lines(_tx, _pr)
assert isinstance(_got, pd.DataFrame), (
    f"order_lines should return a DataFrame, not {type(_got).__name__}"
)
assert len(_got) == 3, (
    f"3 transactions went in and {len(_got)} rows came out: every transaction must appear "
    "exactly once, including the one whose product (99) is not in the catalogue"
)
assert sorted(_got.columns) == sorted(
    ["transaction_id", "user_id", "product_id", "quantity", "price", "revenue"]
), (
    f"your columns are {list(_got.columns)}: "
    "keep the transaction columns and add only price and revenue"
)
assert _got["revenue"].iloc[:2].tolist() == [9.0, 20.0], (
    "revenue of the first two rows should be [9.0, 20.0]"
)
assert pd.isna(_got["revenue"].iloc[2]), (
    "product 99 is not in the catalogue, so its revenue should be NaN"
)
### BEGIN HIDDEN TESTS
from autograde.probes import expect_raises


def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), f"{what}: {len(got)} rows for {len(want)} transactions"
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: rows out of order or wrong values\n" + "\n".join(lines[:8])
        ) from None


# hand-built: unsorted ids, a product never sold, a product missing from the catalogue
_tx = pd.DataFrame(
    {
        "transaction_id": [5, 2, 9, 4, 7],
        "user_id": [1, 2, 1, 3, 2],
        "product_id": [30, 10, 99, 10, 20],
        "quantity": [1, 4, 2, 1, 5],
    }
)
_pr = pd.DataFrame(
    {
        "product_id": [10, 20, 30, 40],
        "name": ["a", "b", "c", "d"],
        "category": ["X", None, "Y", "X"],
        "price": [2.5, 1.0, 10.0, 3.0],
    }
)
_tx_before, _pr_before = _tx.copy(), _pr.copy()
_prices = dict(zip(_pr["product_id"], _pr["price"]))
_want = _tx.copy()
_want["price"] = [_prices.get(p, np.nan) for p in _tx["product_id"]]
_want["revenue"] = [q * _prices.get(p, np.nan) for p, q in zip(_tx["product_id"], _tx["quantity"])]
_check(
    order_lines(_tx, _pr),
    _want,
    "order_lines on unsorted transactions, one with an unknown product",
)
pd.testing.assert_frame_equal(
    _tx, _tx_before, obj="transactions (order_lines must not modify its inputs)"
)
pd.testing.assert_frame_equal(
    _pr, _pr_before, obj="products (order_lines must not modify its inputs)"
)
# a catalogue that lists product 10 twice must be refused, not silently doubled
_dup = pd.concat([_pr, _pr.iloc[[0]]], ignore_index=True)
expect_raises(ValueError, order_lines, _tx, _dup)
# retail data, against SQL
_tx = con.sql("SELECT * FROM transactions ORDER BY transaction_id").df()
_pr = con.sql("SELECT * FROM products ORDER BY price DESC").df()
_want = con.sql("""
    SELECT t.*, p.price, t.quantity * p.price AS revenue
    FROM transactions AS t LEFT JOIN products AS p ON p.product_id = t.product_id
    ORDER BY t.transaction_id
""").df()
_check(order_lines(_tx, _pr), _want, "order_lines on the retail tables", detail=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Category summary
# *`groupby` with named aggregations, NaN keys, `count` versus `nunique`*
#
# `groupby(...).agg(name=(column, function))` computes several summaries in one pass and
# names the output columns at the same time. Two details decide whether the numbers are
# right. `groupby` leaves out every row whose key is NaN unless you pass `dropna=False` or
# give the missing key a label first, so the uncategorised product's sales simply vanish
# from the report. And `count` counts non-missing values, so the number of *different*
# customers is `nunique`, not `count` of `user_id`.
#
# **Question.** Write
#
# ```python
# def category_summary(transactions: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
# ```
#
# Every `product_id` in `transactions` appears once in `products` (columns `product_id`,
# `category`, `price`, maybe more). Return one row per category that has at least one
# transaction, with the columns `category` (products without a category reported as
# `'Uncategorized'`), `num_orders` (the number of transactions), `num_customers` (the
# number of distinct `user_id`), `units` (the sum of `quantity`) and `revenue` (the sum of
# `quantity * price`). Sort by `revenue`, largest first, and break ties by `category`, A to Z.
#
# ```python
# transactions = con.sql("SELECT * FROM transactions").df()
# products = con.sql("SELECT * FROM products").df()
# category_summary(transactions, products)
# ```


# %% nbgrader={"grade_id": "category_summary", "solution": true}
def category_summary(transactions: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
    """Orders, distinct customers, units and revenue per category, largest revenue first."""
    ### BEGIN SOLUTION
    lines = transactions.merge(
        products[["product_id", "category", "price"]],
        on="product_id",
        how="left",
        validate="many_to_one",
    )
    lines["category"] = lines["category"].fillna("Uncategorized")
    lines["revenue"] = lines["quantity"] * lines["price"]
    summary = lines.groupby("category", as_index=False).agg(
        num_orders=("quantity", "size"),
        num_customers=("user_id", "nunique"),
        units=("quantity", "sum"),
        revenue=("revenue", "sum"),
    )
    return summary.sort_values(["revenue", "category"], ascending=[False, True], ignore_index=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "category_summary_test", "grade": true, "points": 3}
_tx = pd.DataFrame(
    {
        "transaction_id": [1, 2, 3],
        "user_id": [1, 1, 2],
        "product_id": [1, 2, 1],
        "quantity": [1, 2, 3],
    }
)
_pr = pd.DataFrame({"product_id": [1, 2], "category": ["Toys", "Toys"], "price": [10.0, 1.0]})
_got = category_summary(_tx, _pr)
assert isinstance(_got, pd.DataFrame), (
    f"category_summary should return a DataFrame, not {type(_got).__name__}"
)
assert sorted(_got.columns) == sorted(
    ["category", "num_orders", "num_customers", "units", "revenue"]
), f"your columns are {list(_got.columns)}"
assert len(_got) == 1, f"one category in, {len(_got)} rows out"
_row = _got.iloc[0]
assert (_row["num_orders"], _row["num_customers"], _row["units"]) == (3, 2, 6), (
    "Toys has 3 transactions by 2 different customers for 6 units; "
    f"you report {_row['num_orders']}, {_row['num_customers']} and {_row['units']}"
)
assert abs(_row["revenue"] - 42.0) < 1e-9, (
    f"Toys revenue is 1*10 + 2*1 + 3*10 = 42.0, not {_row['revenue']}"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), (
        f"{what}: {len(got)} rows; check that every category with sales is there, "
        "the uncategorised one included"
    )
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong values or wrong row order\n" + "\n".join(lines[:8])
        ) from None


def _reference(tx, pr):
    info = {
        p: (c if isinstance(c, str) else "Uncategorized", price)
        for p, c, price in zip(pr["product_id"], pr["category"], pr["price"])
    }
    acc = {}
    for user, product, qty in zip(tx["user_id"], tx["product_id"], tx["quantity"]):
        category, price = info[product]
        a = acc.setdefault(category, [0, set(), 0, 0.0])
        a[0] += 1
        a[1].add(user)
        a[2] += qty
        a[3] += qty * price
    rows = [(c, a[0], len(a[1]), a[2], a[3]) for c, a in acc.items()]
    rows.sort(key=lambda r: (-r[4], r[0]))
    return pd.DataFrame(
        rows, columns=["category", "num_orders", "num_customers", "units", "revenue"]
    )


# hand-built: a NaN category, a revenue tie, a repeat customer, a category that never sold
_pr = pd.DataFrame(
    {
        "product_id": [1, 2, 3, 4, 5],
        "category": ["Toys", "Toys", None, "Books", "Home"],
        "price": [10.0, 5.0, 7.5, 3.0, 20.0],
    }
)
_tx = pd.DataFrame(
    {
        "transaction_id": [1, 2, 3, 4, 5],
        "user_id": [1, 1, 2, 3, 4],
        "product_id": [1, 2, 3, 3, 5],
        "quantity": [1, 2, 2, 1, 1],
    }
)
_check(
    category_summary(_tx, _pr),
    _reference(_tx, _pr),
    "category_summary with an uncategorised product and two categories tied on revenue",
)
# retail data, against SQL
_tx = con.sql("SELECT * FROM transactions").df()
_pr = con.sql("SELECT * FROM products").df()
_want = con.sql("""
    SELECT COALESCE(p.category, 'Uncategorized') AS category,
           COUNT(*) AS num_orders,
           COUNT(DISTINCT t.user_id) AS num_customers,
           SUM(t.quantity) AS units,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
    GROUP BY 1
    ORDER BY revenue DESC, category
""").df()
_check(category_summary(_tx, _pr), _want, "category_summary on the retail tables", detail=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Best sellers in each category
# *Ranking within groups: `groupby(...).rank` and its tie methods*
#
# "Top n per group" is aggregate first, then rank inside each group. The part to get right
# is ties, and `rank` lets you choose. `method="first"` numbers tied rows in the order they
# happen to sit (like SQL's `ROW_NUMBER`), so which of two equal products makes the cut is
# an accident. `method="min"` gives tied rows the same rank and skips the ranks they use up
# (like SQL's `RANK`: 1, 2, 2, 4). `method="dense"` gives them the same rank without
# skipping (like `DENSE_RANK`: 1, 2, 2, 3). `nlargest(n)`, or `head(n)` after a sort,
# returns exactly n rows and so cuts straight through a tie. Remember `ascending=False`
# when rank 1 should be the largest value.
#
# **Question.** Write
#
# ```python
# def top_products_by_category(lines: pd.DataFrame, products: pd.DataFrame, n: int) -> pd.DataFrame:
# ```
#
# `lines` has one row per order line, with at least `product_id` and `revenue` (a product
# can appear on many lines). `products` has `product_id` and `category` (NaN for
# uncategorised products), one row per product, and lists every product of `lines`. Total
# the revenue of each product that appears in `lines`, then rank the products within their
# category by total revenue: rank 1 is the largest; tied products share the same rank, and
# the next rank skips as many places as there were ties (1, 2, 2, 4). Keep the products
# whose rank is at most `n` (ties can make that more than `n` rows in a category). Return
# the columns `category` (`'Uncategorized'` for a missing category), `product_id`,
# `revenue` (the product's total) and `rank` (an integer), sorted by `category`, then
# `rank`, then `product_id`.
#
# ```python
# lines = con.sql("""
#     SELECT t.product_id, t.quantity * p.price AS revenue
#     FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
# """).df()
# products = con.sql("SELECT product_id, category FROM products").df()
# top_products_by_category(lines, products, 3)
# ```


# %% nbgrader={"grade_id": "top_products_by_category", "solution": true}
def top_products_by_category(lines: pd.DataFrame, products: pd.DataFrame, n: int) -> pd.DataFrame:
    """The products ranked 1 to n by total revenue within their category (ties share a rank)."""
    ### BEGIN SOLUTION
    totals = lines.groupby("product_id", as_index=False)["revenue"].sum()
    totals = totals.merge(
        products[["product_id", "category"]], on="product_id", how="left", validate="one_to_one"
    )
    totals["category"] = totals["category"].fillna("Uncategorized")
    totals["rank"] = (
        totals.groupby("category")["revenue"].rank(method="min", ascending=False).astype(int)
    )
    top = totals[totals["rank"] <= n]
    top = top.sort_values(["category", "rank", "product_id"], ignore_index=True)
    return top[["category", "product_id", "revenue", "rank"]]
    ### END SOLUTION


# %% nbgrader={"grade_id": "top_products_by_category_test", "grade": true, "points": 3}
_lines = pd.DataFrame({"product_id": [1, 2, 2, 3], "revenue": [5.0, 2.0, 2.0, 1.0]})
_pr = pd.DataFrame({"product_id": [1, 2, 3], "category": ["Toys", "Toys", "Toys"]})
_got = top_products_by_category(_lines, _pr, 2)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert sorted(_got.columns) == sorted(["category", "product_id", "revenue", "rank"]), (
    f"your columns are {list(_got.columns)}"
)
assert _got["product_id"].tolist() == [1, 2], (
    "products 1 (5.0) and 2 (2.0 + 2.0 = 4.0) are the top two Toys; "
    f"you return {_got['product_id'].tolist()}"
)
assert _got["rank"].tolist() == [1, 2], f"their ranks are [1, 2], not {_got['rank'].tolist()}"


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), (
        f"{what}: you return {len(got)} rows; think about tied products at the cut-off and "
        "about products without a category"
    )
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong products, ranks or order\n" + "\n".join(lines[:8])
        ) from None


def _reference(lines, pr, n):
    cat = {
        p: (c if isinstance(c, str) else "Uncategorized")
        for p, c in zip(pr["product_id"], pr["category"])
    }
    total = {}
    for p, r in zip(lines["product_id"], lines["revenue"]):
        total[p] = total.get(p, 0.0) + r
    rows = []
    for p, r in total.items():
        rank = 1 + sum(1 for q, s in total.items() if cat[q] == cat[p] and s > r)
        if rank <= n:
            rows.append((cat[p], p, r, rank))
    rows.sort(key=lambda row: (row[0], row[3], row[1]))
    return pd.DataFrame(rows, columns=["category", "product_id", "revenue", "rank"])


# hand-built: ties at the cut-off, several lines per product, a NaN category, an unsold product
_pr = pd.DataFrame(
    {"product_id": [1, 2, 3, 4, 5, 6, 7, 8], "category": ["A", "A", "A", "A", "A", None, "B", "B"]}
)
_lines = pd.DataFrame(
    {
        "product_id": [4, 1, 2, 3, 3, 5, 6, 7, 2, 4],
        "revenue": [10.0, 50.0, 20.0, 15.0, 15.0, 8.0, 1.5, 3.0, 10.0, 20.0],
    }
)
for _n in (1, 2, 3):
    _check(
        top_products_by_category(_lines, _pr, _n),
        _reference(_lines, _pr, _n),
        f"top_products_by_category with n={_n}, three products tied on 30.0 in category A",
    )
# retail data, against SQL's RANK
_lines = con.sql("""
    SELECT t.product_id, t.quantity * p.price AS revenue
    FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
""").df()
_pr = con.sql("SELECT product_id, category FROM products").df()
_want = con.sql("""
    WITH totals AS (
        SELECT COALESCE(p.category, 'Uncategorized') AS category, t.product_id,
               SUM(t.quantity * p.price) AS revenue
        FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
        GROUP BY 1, 2
    ), ranked AS (
        SELECT *, RANK() OVER (PARTITION BY category ORDER BY revenue DESC) AS rank FROM totals
    )
    SELECT category, product_id, revenue, rank FROM ranked WHERE rank <= 3
    ORDER BY category, rank, product_id
""").df()
_check(
    top_products_by_category(_lines, _pr, 3),
    _want,
    "top_products_by_category(..., 3) on the retail data",
    detail=False,
)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. One review per customer and product
# *De-duplication: `sort_values` then `drop_duplicates`, and tie-breaks*
#
# `drop_duplicates()` with no arguments only removes rows that are identical in *every*
# column, and two submissions of the same review always differ in their id and usually in
# their timestamp, so it removes nothing. Name the columns that define "the same thing"
# with `subset=`, then decide which copy survives: `keep="first"` or `keep="last"` refers
# to the current row order, so sort first and make the sort total. When two rows tie on
# the timestamp, a second sort key has to settle it, or the survivor depends on how the
# rows happened to arrive.
#
# **Question.** Write
#
# ```python
# def latest_reviews(reviews: pd.DataFrame) -> pd.DataFrame:
# ```
#
# `reviews` has the columns of the `reviews` table (`review_id`, `user_id`, `product_id`,
# `rating`, `created_at`), in any order. A customer may have reviewed a product several
# times (a double submission a few seconds apart, or a change of mind days later). Keep
# only each (`user_id`, `product_id`) pair's latest review: the one with the latest
# `created_at`, and among reviews with the same `created_at` the one with the largest
# `review_id`. Return those rows with all the columns of `reviews`, sorted by `review_id`.
#
# ```python
# reviews = con.sql("SELECT * FROM reviews").df()
# latest_reviews(reviews)
# ```


# %% nbgrader={"grade_id": "latest_reviews", "solution": true}
def latest_reviews(reviews: pd.DataFrame) -> pd.DataFrame:
    """Each (user, product) pair's latest review, all columns, sorted by review_id."""
    ### BEGIN SOLUTION
    ordered = reviews.sort_values(["user_id", "product_id", "created_at", "review_id"])
    latest = ordered.drop_duplicates(subset=["user_id", "product_id"], keep="last")
    return latest.sort_values("review_id", ignore_index=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "latest_reviews_test", "grade": true, "points": 2}
_rv = pd.DataFrame(
    {
        "review_id": [1, 2, 3],
        "user_id": [5, 5, 6],
        "product_id": [9, 9, 9],
        "rating": [2, 4, 5],
        "created_at": pd.to_datetime(["2020-03-01 10:00", "2020-03-05 08:00", "2020-03-02 12:00"]),
    }
)
_got = latest_reviews(_rv)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert sorted(_got.columns) == sorted(_rv.columns), (
    f"your columns are {list(_got.columns)}: keep all of them"
)
assert _got["review_id"].tolist() == [2, 3], (
    "user 5 reviewed product 9 twice, and review 2 is the later one: expected review ids [2, 3], "
    f"got {_got['review_id'].tolist()}"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), (
        f"{what}: you keep {len(got)} reviews; expected one per (user_id, product_id)"
    )
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: not the latest review of each pair, or not sorted by review_id\n"
            + "\n".join(lines[:8])
        ) from None


def _reference(rv):
    best = {}
    for row in rv.itertuples(index=False):
        key = (row.user_id, row.product_id)
        if key not in best or (row.created_at, row.review_id) > (
            best[key].created_at,
            best[key].review_id,
        ):
            best[key] = row
    return pd.DataFrame(sorted(best.values(), key=lambda r: r.review_id), columns=rv.columns)


# hand-built, shuffled: a double submission with the same timestamp (larger id listed first),
# a change of mind days later, and a pair reviewed once
_rv = pd.DataFrame(
    {
        "review_id": [8, 3, 5, 1, 7, 2],
        "user_id": [1, 1, 1, 2, 2, 1],
        "product_id": [4, 4, 4, 4, 6, 6],
        "rating": [3, 1, 2, 5, 4, 4],
        "created_at": pd.to_datetime(
            [
                "2020-05-02 09:00:00",
                "2020-04-01 09:00:00",
                "2020-05-02 09:00:00",
                "2020-04-02 10:00:00",
                "2020-06-01 00:00:00",
                "2020-04-01 09:00:05",
            ]
        ),
    }
)
_before = _rv.copy()
_check(
    latest_reviews(_rv), _reference(_rv), "latest_reviews with two reviews at the very same time"
)
pd.testing.assert_frame_equal(
    _rv, _before, obj="reviews (latest_reviews must not modify its input)"
)
# retail data (double submissions and changed ratings are planted), against SQL
_rv = con.sql("SELECT * FROM reviews ORDER BY created_at DESC, review_id").df()
_want = con.sql("""
    SELECT review_id, user_id, product_id, rating, created_at
    FROM reviews
    QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id, product_id
                               ORDER BY created_at DESC, review_id DESC) = 1
    ORDER BY review_id
""").df()
_check(latest_reviews(_rv), _want, "latest_reviews on the retail reviews", detail=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. A product scorecard with gaps
# *Missing data: when NaN means 0 and when it means "unknown"*
#
# Before you fill or drop a missing value, ask what it means. Here a missing `discount`
# means no discount was applied, which really is 0, so `fillna(0)` is right and leaving it
# out would make the average discount look larger than it is. A missing `rating` means the
# customer did not rate the order, which is not a rating of 0: pandas' `mean` and `count`
# already skip NaN, and filling it with 0 would drag every average down. A blanket
# `dropna()` on the whole frame is wrong in the other direction: it throws away every
# order without a rating, discount data included. And a product nobody rated has no
# average rating (NaN), not a rating of 0.
#
# **Question.** Write
#
# ```python
# def product_scorecard(lines: pd.DataFrame) -> pd.DataFrame:
# ```
#
# `lines` has one row per order with the columns `product_id`, `discount` (the fraction
# taken off the price, NaN when no discount was applied) and `rating` (1 to 5, NaN when
# the customer did not rate the order). Return one row per product with the columns
# `product_id`, `num_orders` (all its orders), `avg_discount` (the mean discount over all
# its orders, with no discount counting as 0), `num_rated` (its orders with a rating) and
# `avg_rating` (the mean of the ratings given; NaN when none was given). Sort by
# `product_id`.
#
# ```python
# lines = pd.DataFrame({"product_id": [1, 1, 2], "discount": [0.2, np.nan, np.nan],
#                       "rating": [4.0, np.nan, np.nan]})
# product_scorecard(lines)   # product 1: 2 orders, 0.1, 1 rated, 4.0; product 2: 1, 0.0, 0, NaN
# ```


# %% nbgrader={"grade_id": "product_scorecard", "solution": true}
def product_scorecard(lines: pd.DataFrame) -> pd.DataFrame:
    """Per product: orders, mean discount (NaN = 0), rated orders, mean rating (NaN skipped)."""
    ### BEGIN SOLUTION
    filled = lines.assign(discount=lines["discount"].fillna(0.0))
    card = filled.groupby("product_id", as_index=False).agg(
        num_orders=("discount", "size"),
        avg_discount=("discount", "mean"),
        num_rated=("rating", "count"),
        avg_rating=("rating", "mean"),
    )
    return card.sort_values("product_id", ignore_index=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "product_scorecard_test", "grade": true, "points": 3}
_lines = pd.DataFrame(
    {"product_id": [1, 1, 2], "discount": [0.2, np.nan, np.nan], "rating": [4.0, np.nan, np.nan]}
)
_got = product_scorecard(_lines)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert sorted(_got.columns) == sorted(
    ["product_id", "num_orders", "avg_discount", "num_rated", "avg_rating"]
), f"your columns are {list(_got.columns)}"
assert _got["num_orders"].tolist() == [2, 1], (
    f"products 1 and 2 have 2 and 1 orders, not {_got['num_orders'].tolist()}"
)
assert np.allclose(_got["avg_discount"], [0.1, 0.0]), (
    "average discounts should be [0.1, 0.0] (no discount counts as 0), "
    f"not {_got['avg_discount'].tolist()}"
)
assert _got["avg_rating"].iloc[0] == 4.0 and pd.isna(_got["avg_rating"].iloc[1]), (
    "product 1's only rating is 4.0; product 2 was never rated, so its average rating is NaN"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), f"{what}: {len(got)} rows for {len(want)} products"
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        raise AssertionError(
            f"{what}: decide, column by column, whether a NaN means 0 or unknown\n"
            + "\n".join(str(err).splitlines()[:8])
        ) from None


def _reference(lines):
    acc = {}
    for p, d, r in zip(lines["product_id"], lines["discount"], lines["rating"]):
        a = acc.setdefault(p, [0, 0.0, []])
        a[0] += 1
        a[1] += 0.0 if np.isnan(d) else d
        if not np.isnan(r):
            a[2].append(r)
    rows = [
        (p, a[0], a[1] / a[0], len(a[2]), sum(a[2]) / len(a[2]) if a[2] else np.nan)
        for p, a in sorted(acc.items())
    ]
    return pd.DataFrame(
        rows, columns=["product_id", "num_orders", "avg_discount", "num_rated", "avg_rating"]
    )


_lines = pd.DataFrame(
    {
        "product_id": [3, 1, 3, 2, 3, 1],
        "discount": [np.nan, 0.1, 0.3, np.nan, np.nan, np.nan],
        "rating": [5.0, np.nan, np.nan, np.nan, 2.0, np.nan],
    }
)
_before = _lines.copy()
_check(product_scorecard(_lines), _reference(_lines), "product_scorecard on a small unsorted frame")
pd.testing.assert_frame_equal(
    _lines, _before, obj="lines (product_scorecard must not modify its input)"
)
_rng = np.random.default_rng(5)
_size = 400
_lines = pd.DataFrame(
    {
        "product_id": _rng.integers(1, 40, _size),
        "discount": np.where(
            _rng.random(_size) < 0.6, np.nan, _rng.choice([0.05, 0.1, 0.25], _size)
        ),
        "rating": np.where(
            _rng.random(_size) < 0.7, np.nan, _rng.integers(1, 6, _size).astype(float)
        ),
    }
)
_check(product_scorecard(_lines), _reference(_lines), "product_scorecard on 400 random orders")
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Filling gaps in a price feed
# *Forward fill inside groups, in time order*
#
# A daily price feed sometimes misses a day; carrying the last known price forward is a
# reasonable repair. Three conditions make it correct. The rows must be in time order when
# you fill, or "the last known price" means "whatever row came before". The fill must stay
# inside each product (`groupby(...).ffill()`): a plain `ffill()` on a frame sorted by
# product hands one product's last price to the next product's first missing day. And a
# product's first days before any price is known have nothing to carry forward, so they
# stay NaN (a backward fill would invent a price from the future).
#
# **Question.** Write
#
# ```python
# def fill_price_gaps(prices: pd.DataFrame) -> pd.DataFrame:
# ```
#
# `prices` has the columns `product_id`, `date` (datetime) and `price` (NaN where the feed
# missed that day), at most one row per product and date, rows in any order and a unique
# index. Return a new DataFrame with the same columns, the same index and the rows in the
# same order as `prices`, where each missing price is replaced by the same product's price
# on its latest earlier date that has one. Prices with no earlier known price stay NaN.
# Leave `prices` itself unchanged.
#
# ```python
# prices = pd.DataFrame({
#     "product_id": [1, 1, 2, 1],
#     "date": pd.to_datetime(["2020-01-02", "2020-01-01", "2020-01-01", "2020-01-03"]),
#     "price": [np.nan, 9.5, np.nan, 10.0],
# })
# fill_price_gaps(prices)["price"].tolist()   # [9.5, 9.5, nan, 10.0]
# ```


# %% nbgrader={"grade_id": "fill_price_gaps", "solution": true}
def fill_price_gaps(prices: pd.DataFrame) -> pd.DataFrame:
    """A copy of prices where missing prices carry the same product's last earlier price."""
    ### BEGIN SOLUTION
    ordered = prices.sort_values(["product_id", "date"])
    filled = prices.copy()
    filled["price"] = ordered.groupby("product_id")["price"].ffill()  # aligned on the index
    return filled
    ### END SOLUTION


# %% nbgrader={"grade_id": "fill_price_gaps_test", "grade": true, "points": 3}
_prices = pd.DataFrame(
    {
        "product_id": [1, 1, 2, 1],
        "date": pd.to_datetime(["2020-01-02", "2020-01-01", "2020-01-01", "2020-01-03"]),
        "price": [np.nan, 9.5, np.nan, 10.0],
    }
)
_got = fill_price_gaps(_prices)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert list(_got.index) == [0, 1, 2, 3], (
    "keep the rows in the order and with the index of the input"
)
assert _got["price"].iloc[[0, 1, 3]].tolist() == [9.5, 9.5, 10.0], (
    f"expected prices [9.5, 9.5, nan, 10.0], got {_got['price'].tolist()}"
)
assert pd.isna(_got["price"].iloc[2]), "product 2 has no known price at all, so its price stays NaN"


### BEGIN HIDDEN TESTS
def _check(got, want, what):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert list(got.index) == list(want.index), (
        f"{what}: keep the index and the row order of the input"
    )
    try:
        pd.testing.assert_frame_equal(got[list(want.columns)], want, check_dtype=False)
    except AssertionError as err:
        raise AssertionError(
            f"{what}: a filled price came from the wrong day or the wrong product\n"
            + "\n".join(str(err).splitlines()[:8])
        ) from None


def _reference(prices):
    last, filled = {}, {}
    for i, p, d, x in sorted(
        zip(prices.index, prices["product_id"], prices["date"], prices["price"]),
        key=lambda r: (r[1], r[2]),
    ):
        if not np.isnan(x):
            last[p] = x
        filled[i] = last.get(p, np.nan)
    want = prices.copy()
    want["price"] = [filled[i] for i in prices.index]
    return want


# hand-built, shuffled, index labels not 0..n-1: product 2 starts with gaps right after
# product 1's last price
_prices = pd.DataFrame(
    {
        "product_id": [2, 1, 1, 2, 1, 2, 3, 1],
        "date": pd.to_datetime(
            [
                "2020-01-02",
                "2020-01-03",
                "2020-01-01",
                "2020-01-01",
                "2020-01-02",
                "2020-01-03",
                "2020-01-02",
                "2020-01-04",
            ]
        ),
        "price": [np.nan, np.nan, 5.0, np.nan, np.nan, 7.0, 2.0, 6.0],
    },
    index=[40, 10, 30, 70, 20, 50, 60, 80],
)
_before = _prices.copy()
_check(
    fill_price_gaps(_prices),
    _reference(_prices),
    "fill_price_gaps on shuffled rows of three products",
)
pd.testing.assert_frame_equal(
    _prices, _before, obj="prices (fill_price_gaps must not modify its input)"
)
# a larger random feed: 30 products over 60 days, a third of the prices missing, rows shuffled
_rng = np.random.default_rng(11)
_grid = pd.MultiIndex.from_product(
    [range(1, 31), pd.date_range("2020-03-01", periods=60)], names=["product_id", "date"]
).to_frame(index=False)
_grid["price"] = np.where(
    _rng.random(len(_grid)) < 0.35, np.nan, _rng.uniform(1, 100, len(_grid)).round(2)
)
_prices = _grid.sample(frac=1.0, random_state=3)
_check(
    fill_price_gaps(_prices),
    _reference(_prices),
    "fill_price_gaps on a shuffled feed of 30 products",
)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Revenue by category and month
# *`pivot_table`: the aggregate function, and rows and columns with no data*
#
# `pivot_table` turns a long table into a grid: one row per value of `index`, one column
# per value of `columns`, each cell an aggregate of `values`. Its default aggregate is the
# **mean**, not the sum, so a revenue grid built without `aggfunc="sum"` shows average
# order values and looks perfectly believable. It only creates the rows and columns that
# occur in the data: a month without sales or a category that sold nothing that year is
# simply absent, and the cells where a row and a column never meet are NaN. A report with
# fixed rows and columns needs `fill_value=0` and a `reindex` to the full list of rows and
# columns. (`pivot`, without `_table`, does no aggregation and fails when a cell would
# get two values.)
#
# **Question.** Write
#
# ```python
# def monthly_category_revenue(
#     transactions: pd.DataFrame, products: pd.DataFrame, year: int
# ) -> pd.DataFrame:
# ```
#
# `transactions` and `products` have the columns of the tables of the same name (every
# `product_id` of `transactions` is in `products`). Return a DataFrame with one row per
# category in `products` (missing categories named `'Uncategorized'`), sorted A to Z and
# used as the index, and exactly twelve columns labelled by the integers 1 to 12 (the
# months, in order). Each cell is the revenue (`quantity * price`) of that category in
# that month of `year`, and 0.0 when there was none. A category with no sales at all in
# `year` still gets its row of zeros.
#
# ```python
# transactions = con.sql("SELECT * FROM transactions").df()
# products = con.sql("SELECT * FROM products").df()
# monthly_category_revenue(transactions, products, 2020)
# ```


# %% nbgrader={"grade_id": "monthly_category_revenue", "solution": true}
def monthly_category_revenue(
    transactions: pd.DataFrame, products: pd.DataFrame, year: int
) -> pd.DataFrame:
    """Category by month (1 to 12) revenue grid for one calendar year, zeros where nothing sold."""
    ### BEGIN SOLUTION
    lines = transactions.merge(
        products[["product_id", "category", "price"]],
        on="product_id",
        how="left",
        validate="many_to_one",
    )
    lines = lines[lines["created_at"].dt.year == year]
    lines = lines.assign(
        category=lines["category"].fillna("Uncategorized"),
        month=lines["created_at"].dt.month,
        revenue=lines["quantity"] * lines["price"],
    )
    grid = lines.pivot_table(
        index="category", columns="month", values="revenue", aggfunc="sum", fill_value=0.0
    )
    categories = sorted(products["category"].fillna("Uncategorized").unique())
    return grid.reindex(index=categories, columns=range(1, 13), fill_value=0.0)
    ### END SOLUTION


# %% nbgrader={"grade_id": "monthly_category_revenue_test", "grade": true, "points": 3}
_tx = pd.DataFrame(
    {
        "product_id": [1, 1, 2],
        "quantity": [1, 3, 2],
        "created_at": pd.to_datetime(["2020-01-05", "2020-01-20", "2020-03-01"]),
    }
)
_pr = pd.DataFrame({"product_id": [1, 2], "category": ["Toys", "Books"], "price": [2.0, 5.0]})
_got = monthly_category_revenue(_tx, _pr, 2020)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert list(_got.columns) == list(range(1, 13)), (
    f"the columns should be the integers 1 to 12, in order; yours are {list(_got.columns)}"
)
assert list(_got.index) == ["Books", "Toys"], (
    f"the index should be ['Books', 'Toys'], not {list(_got.index)}"
)
assert _got.loc["Toys", 1] == 8.0, (
    f"Toys sold 1*2 + 3*2 = 8.0 in January, not {_got.loc['Toys', 1]}"
)
assert _got.loc["Books", 3] == 10.0 and _got.loc["Books", 1] == 0.0, (
    "Books sold 10.0 in March and nothing (0.0) in January"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert list(got.columns) == list(range(1, 13)), (
        f"{what}: the columns should be the integers 1 to 12; yours are {list(got.columns)}"
    )
    assert list(got.index) == list(want.index), (
        f"{what}: your index is {list(got.index)}: one row per category of the catalogue, A to Z"
    )
    try:
        pd.testing.assert_frame_equal(
            got,
            want,
            check_dtype=False,
            check_names=False,
            check_index_type=False,
            check_column_type=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong cell values (sums, zeros, the year's edges?)\n" + "\n".join(lines[:8])
        ) from None


def _reference(tx, pr, year):
    info = {
        p: (c if isinstance(c, str) else "Uncategorized", price)
        for p, c, price in zip(pr["product_id"], pr["category"], pr["price"])
    }
    categories = sorted({c for c, _ in info.values()})
    grid = {c: [0.0] * 12 for c in categories}
    for p, q, ts in zip(tx["product_id"], tx["quantity"], tx["created_at"]):
        if ts.year == year:
            c, price = info[p]
            grid[c][ts.month - 1] += q * price
    return pd.DataFrame([grid[c] for c in categories], index=categories, columns=list(range(1, 13)))


# hand-built: orders on the last second of the year before and the first second of the year after,
# a category without 2020 sales, a missing category, shuffled rows
_pr = pd.DataFrame(
    {
        "product_id": [1, 2, 3, 4],
        "category": ["Toys", None, "Garden", "Toys"],
        "price": [2.0, 3.0, 4.0, 1.5],
    }
)
_tx = pd.DataFrame(
    {
        "product_id": [1, 2, 3, 4, 1, 2, 4, 1],
        "quantity": [1, 2, 1, 4, 2, 1, 3, 5],
        "created_at": pd.to_datetime(
            [
                "2020-06-15 12:00:00",
                "2020-12-31 23:59:59",
                "2019-12-31 23:59:59",
                "2020-06-01 00:00:00",
                "2021-01-01 00:00:00",
                "2020-02-29 08:00:00",
                "2020-06-30 23:00:00",
                "2020-01-01 00:00:00",
            ]
        ),
    }
)
_check(
    monthly_category_revenue(_tx, _pr, 2020),
    _reference(_tx, _pr, 2020),
    "monthly_category_revenue(..., 2020) on a small catalogue",
)
# retail data: Garden sold nothing in 2020
_tx = con.sql("SELECT * FROM transactions").df()
_pr = con.sql("SELECT * FROM products").df()
for _year in (2020, 2019):
    _long = con.sql(f"""
        SELECT COALESCE(p.category, 'Uncategorized') AS category, month(t.created_at) AS month,
               SUM(t.quantity * p.price) AS revenue
        FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '{_year}-01-01' AND t.created_at < DATE '{_year + 1}-01-01'
        GROUP BY 1, 2
    """).df()
    _cats = sorted(
        con.sql("SELECT DISTINCT COALESCE(category, 'Uncategorized') AS c FROM products").df()["c"]
    )
    _want = pd.DataFrame(0.0, index=_cats, columns=list(range(1, 13)))
    for _c, _m, _r in zip(_long["category"], _long["month"], _long["revenue"]):
        _want.loc[_c, int(_m)] = _r
    _check(
        monthly_category_revenue(_tx, _pr, _year),
        _want,
        f"monthly_category_revenue(..., {_year}) on the retail data",
        detail=False,
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 8. From a wide sheet to a long table
# *Reshaping with `melt` (or `stack`)*
#
# Spreadsheets arrive wide, one column per period; grouping, plotting and joining want
# them long, one row per (item, period). `melt` does the turn: `id_vars` are the columns
# to keep, every other column becomes a (`variable`, `value`) pair, and `var_name` /
# `value_name` rename the two. Three details follow. The output comes column by column
# (every product for the first quarter, then every product for the next), so sort it if
# you promised an order. Empty cells become rows with a NaN value, which is not the same as
# a cell holding 0: here an empty cell means "not reported" and should go, while a
# reported 0 is data and must stay. And the former column names arrive as text (`'Q3'`),
# which usually needs turning into a number. `set_index(...).stack()` is the other way to
# get there.
#
# **Question.** Write
#
# ```python
# def quarters_to_long(wide: pd.DataFrame) -> pd.DataFrame:
# ```
#
# `wide` has a `product_id` column (unique) and quarter columns named from `'Q1'`,
# `'Q2'`, `'Q3'`, `'Q4'` (some or all of them, in any order) holding units sold, NaN where
# nothing was reported. Return a long DataFrame with the columns `product_id`, `quarter`
# (the integer 1 to 4) and `units`, one row per non-empty cell (cells holding 0 are kept),
# sorted by `product_id`, then `quarter`.
#
# ```python
# wide = con.sql("""
#     SELECT product_id,
#            CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 1) AS DOUBLE) AS Q1,
#            CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 2) AS DOUBLE) AS Q2,
#            CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 3) AS DOUBLE) AS Q3,
#            CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 4) AS DOUBLE) AS Q4
#     FROM transactions
#     WHERE year(created_at) = 2020
#     GROUP BY product_id
# """).df()
# quarters_to_long(wide)
# ```


# %% nbgrader={"grade_id": "quarters_to_long", "solution": true}
def quarters_to_long(wide: pd.DataFrame) -> pd.DataFrame:
    """One row per reported (product_id, quarter) cell of a wide quarterly sheet."""
    ### BEGIN SOLUTION
    long = wide.melt(id_vars="product_id", var_name="quarter", value_name="units")
    long = long.dropna(subset=["units"])
    long["quarter"] = long["quarter"].str[1:].astype(int)
    return long.sort_values(["product_id", "quarter"], ignore_index=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "quarters_to_long_test", "grade": true, "points": 2}
_wide = pd.DataFrame({"product_id": [1, 2], "Q1": [3.0, np.nan], "Q2": [0.0, 5.0]})
_got = quarters_to_long(_wide)
assert isinstance(_got, pd.DataFrame), f"expected a DataFrame, got {type(_got).__name__}"
assert sorted(_got.columns) == ["product_id", "quarter", "units"], (
    f"your columns are {list(_got.columns)}"
)
assert len(_got) == 3, (
    "3 cells are filled in (product 2's Q1 is empty; product 1's Q2 holds a reported 0), "
    f"not {len(_got)}"
)
assert _got["product_id"].tolist() == [1, 1, 2] and _got["quarter"].tolist() == [1, 2, 2], (
    "expected (product_id, quarter) = (1, 1), (1, 2), (2, 2), in that order, "
    "with quarter as an integer"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.DataFrame), f"{what}: expected a DataFrame, got {type(got).__name__}"
    assert sorted(got.columns) == sorted(want.columns), (
        f"{what}: your columns are {list(got.columns)}"
    )
    assert len(got) == len(want), f"{what}: {len(got)} rows; one per non-empty cell, zeros included"
    try:
        pd.testing.assert_frame_equal(
            got[list(want.columns)].reset_index(drop=True),
            want.reset_index(drop=True),
            check_dtype=False,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(f"{what}: wrong values or order\n" + "\n".join(lines[:8])) from None


def _reference(wide):
    rows = []
    for _, row in wide.iterrows():
        for column in wide.columns:
            if column != "product_id" and not pd.isna(row[column]):
                rows.append((int(row["product_id"]), int(column[1]), row[column]))
    rows.sort()
    return pd.DataFrame(rows, columns=["product_id", "quarter", "units"])


# hand-built: columns out of order, only three quarters, unsorted products, zeros and NaN
_wide = pd.DataFrame(
    {
        "product_id": [7, 2, 5],
        "Q4": [0.0, 1.0, np.nan],
        "Q2": [np.nan, np.nan, np.nan],
        "Q1": [4.0, 0.0, 2.0],
    }
)
_before = _wide.copy()
_check(
    quarters_to_long(_wide),
    _reference(_wide),
    "quarters_to_long on a sheet with columns Q4, Q2, Q1",
)
pd.testing.assert_frame_equal(
    _wide, _before, obj="wide (quarters_to_long must not modify its input)"
)
# retail data: the wide 2020 sheet, against the long table computed directly in SQL
_wide = con.sql("""
    SELECT product_id,
           CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 1) AS DOUBLE) AS Q1,
           CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 2) AS DOUBLE) AS Q2,
           CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 3) AS DOUBLE) AS Q3,
           CAST(SUM(quantity) FILTER (WHERE quarter(created_at) = 4) AS DOUBLE) AS Q4
    FROM transactions
    WHERE year(created_at) = 2020
    GROUP BY product_id
""").df()
_want = con.sql("""
    SELECT product_id, quarter(created_at) AS quarter, CAST(SUM(quantity) AS DOUBLE) AS units
    FROM transactions
    WHERE year(created_at) = 2020
    GROUP BY 1, 2
    ORDER BY 1, 2
""").df()
_check(quarters_to_long(_wide), _want, "quarters_to_long on the 2020 retail sheet", detail=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Weekly revenue
# *`resample`: where weeks start, how they are labelled, and empty weeks*
#
# `resample` is `groupby` for a DatetimeIndex: it cuts time into regular bins and, unlike
# a `groupby` on a computed week column, it creates the bins in which nothing happened
# (`sum` gives them 0). Weekly bins hide a trap in their defaults. `resample("W")` means
# weeks *ending* on Sunday, and each bin is labelled with that Sunday, so the first day of
# the week is not what you see in the index. For weeks starting on Monday and labelled by
# their Monday, ask for it: `resample("W-MON", closed="left", label="left")`, or compute
# each timestamp's Monday yourself (`dt.to_period("W").dt.start_time`) and fill in the
# missing weeks with a `reindex`. Keep in mind that the first week of the data usually
# starts before the first order.
#
# **Question.** Write
#
# ```python
# def weekly_revenue(lines: pd.DataFrame) -> pd.Series:
# ```
#
# `lines` has at least the columns `created_at` (datetime) and `revenue` (float), at least
# one row, in any order. Weeks run from Monday 00:00:00 to the following Sunday 23:59:59.
# Return a Series of total revenue per week, indexed by the Monday (at midnight) that
# starts each week, sorted, with every week from the one containing the earliest
# `created_at` to the one containing the latest, and 0.0 for weeks without orders.
#
# ```python
# lines = con.sql("""
#     SELECT t.created_at, t.quantity * p.price AS revenue
#     FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
# """).df()
# weekly_revenue(lines).plot()
# ```


# %% nbgrader={"grade_id": "weekly_revenue", "solution": true}
def weekly_revenue(lines: pd.DataFrame) -> pd.Series:
    """Revenue per Monday-to-Sunday week, indexed by each week's Monday, empty weeks as 0.0."""
    ### BEGIN SOLUTION
    series = lines.set_index("created_at")["revenue"].sort_index()
    return series.resample("W-MON", closed="left", label="left").sum()
    ### END SOLUTION


# %% nbgrader={"grade_id": "weekly_revenue_test", "grade": true, "points": 3}
_lines = pd.DataFrame(
    {
        "created_at": pd.to_datetime(["2020-03-04 10:00", "2020-03-08 23:00", "2020-03-17 09:00"]),
        "revenue": [10.0, 5.0, 2.5],
    }
)
_got = weekly_revenue(_lines)
assert isinstance(_got, pd.Series), f"expected a Series, got {type(_got).__name__}"
assert isinstance(_got.index, pd.DatetimeIndex), (
    f"the index should be a DatetimeIndex, not {type(_got.index).__name__}"
)
assert [str(d.date()) for d in _got.index] == ["2020-03-02", "2020-03-09", "2020-03-16"], (
    "2020-03-04 is a Wednesday and 2020-03-08 a Sunday, both in the week starting "
    "Monday 2020-03-02; "
    "the index should be the Mondays 2020-03-02, 2020-03-09 (an empty week) and 2020-03-16, "
    f"not {[str(d.date()) for d in _got.index]}"
)
assert _got.tolist() == [15.0, 0.0, 2.5], (
    f"expected the values [15.0, 0.0, 2.5], got {_got.tolist()}"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.Series), f"{what}: expected a Series, got {type(got).__name__}"
    assert isinstance(got.index, pd.DatetimeIndex), f"{what}: the index should be a DatetimeIndex"
    if len(got) != len(want) or not (got.index == want.index).all():
        days = sorted({d.day_name() for d in got.index})
        raise AssertionError(
            f"{what}: your index has {len(got)} entries from {got.index.min()} "
            f"to {got.index.max()}, falling on {', '.join(days)}; "
            "expected one Monday at midnight per week, every week from "
            "the week of the first order to the week of the last"
        )
    try:
        pd.testing.assert_series_equal(
            got,
            want,
            check_dtype=False,
            check_names=False,
            check_freq=False,
            check_index_type=False,
            rtol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: the weekly totals are wrong\n" + "\n".join(lines[:8])
        ) from None


def _reference(lines):
    import datetime

    totals = {}
    for ts, r in zip(lines["created_at"], lines["revenue"]):
        monday = ts.normalize() - pd.Timedelta(days=ts.weekday())
        totals[monday] = totals.get(monday, 0.0) + r
    weeks, week = [], min(totals)
    while week <= max(totals):
        weeks.append(week)
        week = week + datetime.timedelta(days=7)
    return pd.Series([totals.get(w, 0.0) for w in weeks], index=pd.DatetimeIndex(weeks))


# hand-built, shuffled: Sunday 23:59:59 next to Monday 00:00:00, a two-week gap, a start mid-week
_lines = pd.DataFrame(
    {
        "created_at": pd.to_datetime(
            [
                "2020-02-10 00:00:00",
                "2020-02-01 15:00:00",
                "2020-02-09 23:59:59",
                "2020-03-01 12:00:00",
                "2020-02-05 08:30:00",
                "2020-03-02 00:00:00",
            ]
        ),
        "revenue": [4.0, 1.0, 2.0, 8.0, 16.0, 32.0],
    }
)
_before = _lines.copy()
_check(
    weekly_revenue(_lines),
    _reference(_lines),
    "weekly_revenue on orders around a Sunday midnight, with empty weeks",
)
pd.testing.assert_frame_equal(
    _lines, _before, obj="lines (weekly_revenue must not modify its input)"
)
_one = pd.DataFrame({"created_at": pd.to_datetime(["2021-07-04 18:00"]), "revenue": [3.5]})
_check(
    weekly_revenue(_one), _reference(_one), "weekly_revenue on a single order placed on a Sunday"
)
# retail data, against SQL (date_trunc('week', ...) is the Monday of the ISO week)
_lines = con.sql("""
    SELECT t.created_at, t.quantity * p.price AS revenue
    FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
    ORDER BY t.product_id
""").df()
_weeks = con.sql("""
    WITH weekly AS (
        SELECT date_trunc('week', t.created_at) AS week, SUM(t.quantity * p.price) AS revenue
        FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
        GROUP BY 1
    ), calendar AS (
        SELECT unnest(generate_series(MIN(week), MAX(week), INTERVAL 7 DAY)) AS week FROM weekly
    )
    SELECT c.week, COALESCE(w.revenue, 0) AS revenue
    FROM calendar AS c LEFT JOIN weekly AS w ON w.week = c.week
    ORDER BY c.week
""").df()
_want = pd.Series(_weeks["revenue"].to_numpy(), index=pd.DatetimeIndex(_weeks["week"]))
_check(weekly_revenue(_lines), _want, "weekly_revenue on the retail order lines", detail=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Monthly active customers over a fixed window
# *Distinct counts per period, a reporting window that outruns the data*
#
# A dashboard asks for a fixed window, say from January to June, and wants a row for every
# month in it, whatever the data holds. Grouping or resampling only reaches from the first
# to the last month *with data*, so months at either end of the window with no orders go
# missing: build the full list of months (`pd.date_range(..., freq="MS")` gives month
# starts) and `reindex` onto it with `fill_value=0`. "Active customers" counts people, not
# orders, so it is `nunique` of `user_id`. Lastly, watch the right edge: a month written
# as `'2020-06'` turns into the timestamp 2020-06-01 00:00:00, so filtering
# `created_at <= '2020-06'` throws away nearly all of June.
#
# **Question.** Write
#
# ```python
# def monthly_active_customers(transactions: pd.DataFrame, start: str, end: str) -> pd.Series:
# ```
#
# `transactions` has at least `user_id` and `created_at` (datetime), in any order.
# `start` and `end` are months written `'YYYY-MM'`, with `start` not after `end`. Return
# a Series of integers indexed by the first day (at midnight) of every month from `start`
# to `end` inclusive, in order, holding the number of distinct `user_id` with at least one
# transaction during that month (0 for a month without any). Transactions outside the
# window are ignored.
#
# ```python
# transactions = con.sql("SELECT user_id, created_at FROM transactions").df()
# monthly_active_customers(transactions, "2018-10", "2019-03")   # 2018 months are 0
# ```


# %% nbgrader={"grade_id": "monthly_active_customers", "solution": true}
def monthly_active_customers(transactions: pd.DataFrame, start: str, end: str) -> pd.Series:
    """Distinct buyers per calendar month, for every month from start to end inclusive."""
    ### BEGIN SOLUTION
    months = pd.date_range(start, end, freq="MS")
    month_of = transactions["created_at"].dt.to_period("M").dt.to_timestamp()
    active = transactions.groupby(month_of)["user_id"].nunique()
    return active.reindex(months, fill_value=0)
    ### END SOLUTION


# %% nbgrader={"grade_id": "monthly_active_customers_test", "grade": true, "points": 3}
_tx = pd.DataFrame(
    {
        "user_id": [1, 1, 2, 3],
        "created_at": pd.to_datetime(
            ["2020-01-03 09:00", "2020-01-20 14:30", "2020-01-21 08:15", "2020-03-31 22:00"]
        ),
    }
)
_got = monthly_active_customers(_tx, "2020-01", "2020-04")
assert isinstance(_got, pd.Series), f"expected a Series, got {type(_got).__name__}"
assert isinstance(_got.index, pd.DatetimeIndex), (
    "the index should hold month-start timestamps (a DatetimeIndex), "
    f"not a {type(_got.index).__name__}"
)
assert [str(d.date()) for d in _got.index] == [
    "2020-01-01",
    "2020-02-01",
    "2020-03-01",
    "2020-04-01",
], (
    "the index should be the four month starts from 2020-01-01 to 2020-04-01, "
    f"not {[str(d) for d in _got.index]}"
)
assert _got.tolist() == [2, 0, 1, 0], (
    f"expected [2, 0, 1, 0] (user 1 bought twice in January but counts once), got {_got.tolist()}"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.Series), f"{what}: expected a Series, got {type(got).__name__}"
    assert isinstance(got.index, pd.DatetimeIndex), (
        f"{what}: the index should be month-start timestamps (a DatetimeIndex), "
        f"not {type(got.index).__name__}"
    )
    if len(got) != len(want) or not (got.index == want.index).all():
        raise AssertionError(
            f"{what}: your index has {len(got)} entries from {got.index.min()} "
            f"to {got.index.max()}; "
            "expected the first day of every month of the window, start and end included"
        )
    try:
        pd.testing.assert_series_equal(
            got,
            want,
            check_dtype=False,
            check_names=False,
            check_freq=False,
            check_index_type=False,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong counts (distinct customers? the last month complete?)\n"
            + "\n".join(lines[:8])
        ) from None


def _reference(tx, start, end):
    first, last = pd.Timestamp(start + "-01"), pd.Timestamp(end + "-01")
    buyers = {}
    for user, ts in zip(tx["user_id"], tx["created_at"]):
        month = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        if first <= month <= last:
            buyers.setdefault(month, set()).add(user)
    months, month = [], first
    while month <= last:
        months.append(month)
        month = month + pd.DateOffset(months=1)
    return pd.Series([len(buyers.get(m, ())) for m in months], index=pd.DatetimeIndex(months))


# hand-built: orders before and after the window, on the last second of the last month,
# repeat buyers
_tx = pd.DataFrame(
    {
        "user_id": [4, 1, 2, 1, 3, 2, 5, 1],
        "created_at": pd.to_datetime(
            [
                "2019-11-30 23:59:59",
                "2019-12-01 00:00:00",
                "2020-02-29 23:59:59",
                "2019-12-15 12:00:00",
                "2020-02-10 09:00:00",
                "2020-02-11 10:00:00",
                "2020-03-01 00:00:00",
                "2020-02-29 23:00:00",
            ]
        ),
    }
)
_before = _tx.copy()
_check(
    monthly_active_customers(_tx, "2019-12", "2020-02"),
    _reference(_tx, "2019-12", "2020-02"),
    "monthly_active_customers(..., '2019-12', '2020-02') with orders just outside the window",
)
_check(
    monthly_active_customers(_tx, "2019-09", "2020-05"),
    _reference(_tx, "2019-09", "2020-05"),
    "monthly_active_customers(..., '2019-09', '2020-05'), a window wider than the data",
)
pd.testing.assert_frame_equal(
    _tx, _before, obj="transactions (monthly_active_customers must not modify its input)"
)
# retail data, against SQL
_tx = con.sql("SELECT user_id, created_at FROM transactions ORDER BY user_id").df()
for _start, _end in (("2018-10", "2019-03"), ("2020-07", "2021-02")):
    _counts = con.sql(f"""
        WITH calendar AS (
            SELECT unnest(generate_series(DATE '{_start}-01', DATE '{_end}-01',
                                          INTERVAL 1 MONTH)) AS month
        ), active AS (
            SELECT date_trunc('month', created_at) AS month, COUNT(DISTINCT user_id) AS n
            FROM transactions GROUP BY 1
        )
        SELECT c.month, COALESCE(a.n, 0) AS n
        FROM calendar AS c LEFT JOIN active AS a ON a.month = c.month
        ORDER BY c.month
    """).df()
    _want = pd.Series(_counts["n"].to_numpy(), index=pd.DatetimeIndex(_counts["month"]))
    _check(
        monthly_active_customers(_tx, _start, _end),
        _want,
        f"monthly_active_customers(..., '{_start}', '{_end}') on the retail data",
        detail=False,
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 11. A 7-day trailing total
# *`rolling` over rows versus over calendar days*
#
# `rolling(7)` means "the last 7 rows". On a daily series that is the last 7 days only if
# every day has a row, and a daily summary built from orders has no row for a day without
# orders: the window then stretches back further than a week. Either fill in the missing
# days with 0 first (`asfreq("D", fill_value=0)` or a `reindex` onto
# `pd.date_range(...)`) and then roll over 7 rows, or roll over a time span
# (`rolling("7D")`), which needs a sorted index and still gives no row for the missing
# days. Also decide what happens at the start: `rolling(7)` returns NaN until 7 values are
# in, and `min_periods=1` sums whatever the window holds so far.
#
# **Question.** Write
#
# ```python
# def trailing_7day_revenue(daily: pd.Series) -> pd.Series:
# ```
#
# `daily` is a float Series indexed by dates (midnight timestamps, unique, in any order),
# with one value per day that had sales; days without sales have no entry at all. Return a
# Series indexed by every calendar day from the earliest date of `daily` to the latest,
# sorted, whose value on day D is the sum of `daily` over D and the 6 days before it (7
# calendar days), days without an entry counting as 0. Near the start, the window simply
# holds fewer days.
#
# ```python
# daily = con.sql("""
#     SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
#     FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
#     WHERE p.category = 'Garden'
#     GROUP BY 1
# """).df().set_index("day")["revenue"]
# trailing_7day_revenue(daily).plot()
# ```


# %% nbgrader={"grade_id": "trailing_7day_revenue", "solution": true}
def trailing_7day_revenue(daily: pd.Series) -> pd.Series:
    """Sum over each calendar day and the 6 days before it, for every day of the range."""
    ### BEGIN SOLUTION
    days = daily.sort_index()
    calendar = pd.date_range(days.index.min(), days.index.max(), freq="D")
    return days.reindex(calendar, fill_value=0.0).rolling(7, min_periods=1).sum()
    ### END SOLUTION


# %% nbgrader={"grade_id": "trailing_7day_revenue_test", "grade": true, "points": 3}
_daily = pd.Series(
    [1.0, 2.0, 4.0], index=pd.to_datetime(["2020-01-01", "2020-01-02", "2020-01-09"])
)
_got = trailing_7day_revenue(_daily)
assert isinstance(_got, pd.Series), f"expected a Series, got {type(_got).__name__}"
assert len(_got) == 9, (
    f"2020-01-01 to 2020-01-09 is 9 calendar days; your Series has {len(_got)} entries"
)
assert _got.tolist() == [1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 2.0, 4.0], (
    "expected [1, 3, 3, 3, 3, 3, 3, 2, 4]: on 2020-01-08 the window (01-02 to 01-08) "
    "no longer holds "
    f"2020-01-01; got {_got.tolist()}"
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.Series), f"{what}: expected a Series, got {type(got).__name__}"
    assert isinstance(got.index, pd.DatetimeIndex), f"{what}: the index should be a DatetimeIndex"
    if len(got) != len(want) or not (got.index == want.index).all():
        raise AssertionError(
            f"{what}: your index has {len(got)} entries from {got.index.min()} "
            f"to {got.index.max()}; "
            "expected every calendar day of the range, in order"
        )
    try:
        pd.testing.assert_series_equal(
            got,
            want,
            check_dtype=False,
            check_names=False,
            check_freq=False,
            check_index_type=False,
            rtol=1e-6,
            atol=1e-6,
        )
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong window sums (7 calendar days? the first days?)\n" + "\n".join(lines[:8])
        ) from None


def _reference(daily):
    values = dict(zip(daily.index, daily.to_numpy()))
    day, last, out = min(values), max(values), {}
    while day <= last:
        out[day] = sum(values.get(day - pd.Timedelta(days=k), 0.0) for k in range(7))
        day = day + pd.Timedelta(days=1)
    return pd.Series(list(out.values()), index=pd.DatetimeIndex(list(out)))


# hand-built, shuffled, with gaps of one to nine days
_daily = pd.Series(
    [5.0, 1.0, 2.0, 8.0, 3.0, 7.0],
    index=pd.to_datetime(
        ["2020-05-20", "2020-05-01", "2020-05-03", "2020-05-11", "2020-05-04", "2020-05-10"]
    ),
)
_before = _daily.copy()
_check(
    trailing_7day_revenue(_daily),
    _reference(_daily),
    "trailing_7day_revenue on shuffled days with gaps",
)
pd.testing.assert_series_equal(
    _daily, _before, obj="daily (trailing_7day_revenue must not modify its input)"
)
# retail data: the sparse daily revenue of the Garden category, against a SQL RANGE window
_days = con.sql("""
    SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
    WHERE p.category = 'Garden'
    GROUP BY 1
    ORDER BY revenue
""").df()
_daily = pd.Series(_days["revenue"].to_numpy(), index=pd.DatetimeIndex(_days["day"]))
_rolled = con.sql("""
    WITH daily AS (
        SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
        FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
        WHERE p.category = 'Garden'
        GROUP BY 1
    ), calendar AS (
        SELECT CAST(unnest(generate_series(MIN(day), MAX(day), INTERVAL 1 DAY)) AS DATE) AS day
        FROM daily
    )
    SELECT c.day,
           SUM(COALESCE(d.revenue, 0)) OVER (ORDER BY c.day RANGE BETWEEN INTERVAL 6 DAY PRECEDING
                                                               AND CURRENT ROW) AS total
    FROM calendar AS c LEFT JOIN daily AS d ON d.day = c.day
    ORDER BY c.day
""").df()
_want = pd.Series(_rolled["total"].to_numpy(), index=pd.DatetimeIndex(_rolled["day"]))
_check(
    trailing_7day_revenue(_daily),
    _want,
    "trailing_7day_revenue on the Garden category's daily revenue",
    detail=False,
)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Shipping fees, vectorised
# *`np.select` and `np.where` instead of a row-by-row function*
#
# `df.apply(f, axis=1)` and `iterrows` call Python once per row, which is hundreds of times
# slower than letting NumPy work on whole columns, and a reviewer reads it as "has not
# learnt pandas yet". Business rules written as "if ... elif ... else" map onto
# `np.select(conditions, choices, default)`, which takes, row by row, the first condition
# that holds, so the order of the conditions is the order of the `elif`s. A two-way rule
# is `np.where(condition, a, b)`. Both return a bare NumPy array; wrap it in
# `pd.Series(..., index=df.index)` to keep the rows' labels. Comparisons with a missing
# value are False (`NaN == "US"` is False), so decide where a missing country should land
# and check that it does.
#
# **Question.** Write, **vectorised**,
#
# ```python
# def shipping_fee(orders: pd.DataFrame) -> pd.Series:
# ```
#
# `orders` has the columns `amount` (float), `is_prime` (bool) and `country` (two-letter
# code, NaN when unknown). The fee of an order is 0.0 for a Prime member; otherwise 0.0
# when `amount` is 50 or more; otherwise 4.99 when `country` is `'US'`, and 9.99 for any
# other or unknown country. Return the fees as a float Series with the same index as
# `orders` (in the same order). No `apply`, `iterrows`, `itertuples` or `np.vectorize`.
#
# ```python
# orders = con.sql("""
#     SELECT t.quantity * p.price AS amount, u.is_prime, u.country
#     FROM transactions AS t
#     JOIN products AS p ON p.product_id = t.product_id
#     JOIN users AS u ON u.user_id = t.user_id
# """).df()
# shipping_fee(orders).value_counts()
# ```


# %% nbgrader={"grade_id": "shipping_fee", "solution": true}
def shipping_fee(orders: pd.DataFrame) -> pd.Series:
    """Shipping fee per order (Prime or 50+ ships free; else 4.99 in the US, 9.99 elsewhere)."""
    ### BEGIN SOLUTION
    fee = np.select(
        [
            orders["is_prime"].to_numpy(dtype=bool),
            (orders["amount"] >= 50).to_numpy(),
            (orders["country"] == "US").to_numpy(dtype=bool),
        ],
        [0.0, 0.0, 4.99],
        default=9.99,
    )
    return pd.Series(fee, index=orders.index)
    ### END SOLUTION


# %% nbgrader={"grade_id": "shipping_fee_test", "grade": true, "points": 2}
from autograde.probes import expect_not_used

_orders = pd.DataFrame(
    {
        "amount": [20.0, 20.0, 80.0, 20.0],
        "is_prime": [True, False, False, False],
        "country": ["FR", "US", "FR", "FR"],
    }
)
_got = shipping_fee(_orders)
assert isinstance(_got, pd.Series), (
    f"expected a Series with the index of orders, got {type(_got).__name__}"
)
assert _got.tolist() == [0.0, 4.99, 0.0, 9.99], (
    f"expected [0.0, 4.99, 0.0, 9.99], got {_got.tolist()}"
)
expect_not_used(
    shipping_fee,
    {"apply", "iterrows", "itertuples", "vectorize"},
    "the question asks for a vectorised answer (np.select or np.where on whole columns)",
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.Series), f"{what}: expected a Series, got {type(got).__name__}"
    assert list(got.index) == list(want.index), f"{what}: keep the index and row order of orders"
    try:
        pd.testing.assert_series_equal(got, want, check_dtype=False, check_names=False, rtol=1e-9)
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong fees (the order of the rules? exactly 50? unknown countries?)\n"
            + "\n".join(lines[:8])
        ) from None


def _reference(orders):
    fees = []
    for amount, prime, country in zip(orders["amount"], orders["is_prime"], orders["country"]):
        if prime or amount >= 50:
            fees.append(0.0)
        elif isinstance(country, str) and country == "US":
            fees.append(4.99)
        else:
            fees.append(9.99)
    return pd.Series(fees, index=orders.index)


# hand-built: exactly 50, just under, a Prime member abroad, unknown countries, a shuffled index
_orders = pd.DataFrame(
    {
        "amount": [50.0, 49.99, 10.0, 10.0, 120.0, 10.0, 49.99],
        "is_prime": [False, False, True, False, False, False, False],
        "country": ["US", "US", None, None, None, "DE", "FR"],
    },
    index=[12, 3, 7, 0, 25, 9, 4],
)
_before = _orders.copy()
_check(
    shipping_fee(_orders),
    _reference(_orders),
    "shipping_fee on orders at and around the thresholds",
)
pd.testing.assert_frame_equal(
    _orders, _before, obj="orders (shipping_fee must not modify its input)"
)
# retail data, against SQL
_orders = con.sql("""
    SELECT t.transaction_id, t.quantity * p.price AS amount, u.is_prime, u.country
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    JOIN users AS u ON u.user_id = t.user_id
    ORDER BY t.transaction_id
""").df()
_fees = con.sql("""
    SELECT CASE WHEN u.is_prime THEN 0.0
                WHEN t.quantity * p.price >= 50 THEN 0.0
                WHEN u.country = 'US' THEN 4.99
                ELSE 9.99 END AS fee
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    JOIN users AS u ON u.user_id = t.user_id
    ORDER BY t.transaction_id
""").df()
_check(
    shipping_fee(_orders),
    pd.Series(_fees["fee"].to_numpy(), index=_orders.index),
    "shipping_fee on the retail orders",
    detail=False,
)
### END HIDDEN TESTS

# %% [markdown]
# ## 13. Shopping sessions, vectorised
# *`diff` within groups and a cumulative sum of flags*
#
# Sessionising is a classic loop-free exercise. Sort the events by user and time; flag the
# rows that *start* a session (the user's first event, or a gap since the same user's
# previous event above the threshold); the running total of those flags, `cumsum()`, is
# then a session number. Three details go wrong often. The gap must come from
# `groupby("user_id")["created_at"].diff()`, not from a plain `diff()`, which compares one
# user's first event with the previous user's last. A gap of exactly the threshold is
# decided by `>` versus `>=`. And after working on a sorted copy, the answer has to be put
# back in the caller's row order: a Series that keeps the original index labels can be
# realigned with `reindex(orders.index)` (or by assigning it to a column), while a bare
# array keeps the sorted order.
#
# **Question.** Write, **vectorised**,
#
# ```python
# def session_ids(events: pd.DataFrame) -> pd.Series:
# ```
#
# `events` has the columns `user_id` and `created_at` (datetime), rows in any order and a
# unique index. Group each user's events into sessions: a session starts at the user's
# first event and at every event that comes more than 30 minutes after the same user's
# previous event (a gap of exactly 30 minutes stays in the session). Number the sessions
# 1, 2, 3, ... in order of `user_id`, then time (user 1's sessions first, in time order,
# then user 2's, ...). Return an integer Series with the same index as `events`, in the
# same order, holding each event's session number. No `apply`, `iterrows`, `itertuples`
# or `np.vectorize`.
#
# ```python
# events = con.sql("SELECT user_id, created_at FROM transactions").df()
# session_ids(events).max()   # the number of shopping sessions
# ```


# %% nbgrader={"grade_id": "session_ids", "solution": true}
def session_ids(events: pd.DataFrame) -> pd.Series:
    """Session number of every event: a new session after a gap of more than 30 minutes."""
    ### BEGIN SOLUTION
    ordered = events.sort_values(["user_id", "created_at"])
    gap = ordered.groupby("user_id")["created_at"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=30))
    return starts.cumsum().reindex(events.index)
    ### END SOLUTION


# %% nbgrader={"grade_id": "session_ids_test", "grade": true, "points": 3}
from autograde.probes import expect_not_used

_events = pd.DataFrame(
    {
        "user_id": [1, 1, 1, 2],
        "created_at": pd.to_datetime(
            ["2020-01-01 10:00", "2020-01-01 10:20", "2020-01-01 11:30", "2020-01-01 10:05"]
        ),
    }
)
_got = session_ids(_events)
assert isinstance(_got, pd.Series), (
    f"expected a Series with the index of events, got {type(_got).__name__}"
)
assert _got.tolist() == [1, 1, 2, 3], (
    "user 1's first two events are 20 minutes apart (session 1), the third comes 70 minutes later "
    f"(session 2), and user 2's event is session 3: expected [1, 1, 2, 3], got {_got.tolist()}"
)
expect_not_used(
    session_ids,
    {"apply", "iterrows", "itertuples", "vectorize"},
    "the question asks for a vectorised answer (diff, comparisons and cumsum)",
)


### BEGIN HIDDEN TESTS
def _check(got, want, what, detail=True):
    assert isinstance(got, pd.Series), f"{what}: expected a Series, got {type(got).__name__}"
    assert list(got.index) == list(want.index), (
        f"{what}: return the session numbers with the index of events, in the same row order"
    )
    try:
        pd.testing.assert_series_equal(got, want, check_dtype=False, check_names=False)
    except AssertionError as err:
        lines = [
            l for l in str(err).splitlines() if detail or not l.startswith(("[", "At positional"))
        ]
        raise AssertionError(
            f"{what}: wrong session numbers (per user? exactly 30 minutes? row order?)\n"
            + "\n".join(lines[:8])
        ) from None


def _reference(events):
    rows = sorted(zip(events["user_id"], events["created_at"], events.index))
    session, previous, out = 0, None, {}
    for user, ts, label in rows:
        if previous is None or previous[0] != user or ts - previous[1] > pd.Timedelta(minutes=30):
            session += 1
        out[label] = session
        previous = (user, ts)
    return pd.Series([out[label] for label in events.index], index=events.index)


# hand-built, shuffled: a gap of exactly 30 minutes, 30 minutes and 1 second, two events at the same
# time, and user 2's first event 5 minutes after user 1's last one
_events = pd.DataFrame(
    {
        "user_id": [2, 1, 1, 3, 1, 2, 1, 1, 2],
        "created_at": pd.to_datetime(
            [
                "2020-01-01 12:05:00",
                "2020-01-01 11:00:00",
                "2020-01-01 10:00:00",
                "2020-01-01 08:00:00",
                "2020-01-01 10:30:00",
                "2020-01-01 12:05:00",
                "2020-01-01 11:30:01",
                "2020-01-01 12:00:00",
                "2020-01-01 13:00:00",
            ]
        ),
    },
    index=[17, 4, 9, 30, 2, 11, 8, 25, 6],
)
_before = _events.copy()
_check(session_ids(_events), _reference(_events), "session_ids on shuffled events of three users")
pd.testing.assert_frame_equal(
    _events, _before, obj="events (session_ids must not modify its input)"
)
# retail data: purchase sessions, against SQL (LAG and a running SUM)
_events = con.sql(
    "SELECT transaction_id, user_id, created_at FROM transactions ORDER BY transaction_id"
).df()
_sessions = con.sql("""
    WITH gaps AS (
        SELECT transaction_id, user_id, created_at,
               LAG(created_at) OVER (PARTITION BY user_id
                                     ORDER BY created_at, transaction_id) AS previous
        FROM transactions
    ), flags AS (
        SELECT *, CASE WHEN previous IS NULL OR created_at - previous > INTERVAL 30 MINUTE
                       THEN 1 ELSE 0 END AS starts
        FROM gaps
    )
    SELECT transaction_id,
           SUM(starts) OVER (ORDER BY user_id, created_at, transaction_id
                             ROWS UNBOUNDED PRECEDING) AS session
    FROM flags
    ORDER BY transaction_id
""").df()
_check(
    session_ids(_events[["user_id", "created_at"]]),
    pd.Series(_sessions["session"].to_numpy(), index=_events.index),
    "session_ids on the retail transactions",
    detail=False,
)
### END HIDDEN TESTS

# %% [markdown]
# ## 14. Pairwise distances by broadcasting
# *NumPy broadcasting: adding axes instead of writing loops*
#
# Broadcasting lines up shapes from the right, and an axis of length 1 stretches to match
# the other array. So with `X` of shape `(n, d)` and `Y` of shape `(m, d)`,
# `X[:, None, :] - Y[None, :, :]` has shape `(n, m, d)`: every row of `X` minus every row
# of `Y`, with no Python loop. Summing the squares over the last axis and taking the square
# root gives all the Euclidean distances at once. Two slips are common: forgetting the new
# axes (`X - Y` then subtracts row i from row i, or fails when `n != m`), and summing over
# the wrong axis. (For very large inputs the `(n, m, d)` array gets big, and the identity
# `|x - y|² = |x|² + |y|² - 2 x·y` is used instead; it can produce tiny negative numbers
# through rounding, so it needs clipping at 0 before the square root.)
#
# **Question.** Write, with NumPy and without Python loops,
#
# ```python
# def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
# ```
#
# `X` has shape `(n, d)` and `Y` shape `(m, d)` (numbers, possibly integers; `n` or `m`
# may be 0). Return a float array `D` of shape `(n, m)` with `D[i, j]` the Euclidean
# distance between `X[i]` and `Y[j]`. Do not modify `X` or `Y`. The check fails code that
# uses SciPy, scikit-learn, `range`, `enumerate`, `zip`, `np.vectorize` or
# `np.apply_along_axis`.
#
# ```python
# features = con.sql("""
#     SELECT COUNT(*) AS orders, SUM(quantity) AS units
#     FROM transactions GROUP BY user_id ORDER BY user_id LIMIT 5
# """).df().to_numpy(dtype=float)
# pairwise_distances(features, features).round(2)   # 5 customers, all pairs
# ```


# %% nbgrader={"grade_id": "pairwise_distances", "solution": true}
def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Euclidean distance between every row of X and every row of Y, shape (len(X), len(Y))."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    differences = X[:, np.newaxis, :] - Y[np.newaxis, :, :]
    return np.sqrt((differences**2).sum(axis=-1))
    ### END SOLUTION


# %% nbgrader={"grade_id": "pairwise_distances_test", "grade": true, "points": 2}
from autograde.probes import expect_not_used

_got = pairwise_distances(
    np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]]), np.array([[0.0, 0.0], [3.0, 0.0]])
)
assert isinstance(_got, np.ndarray), f"expected a NumPy array, got {type(_got).__name__}"
assert _got.shape == (3, 2), f"3 rows against 2 rows should give shape (3, 2), not {_got.shape}"
assert np.allclose(_got[1], [5.0, 4.0]), (
    f"(3, 4) is at distance 5 from (0, 0) and 4 from (3, 0); your row 1 is {_got[1].tolist()}"
)
expect_not_used(
    pairwise_distances,
    {"range", "enumerate", "zip", "vectorize", "apply_along_axis", "scipy", "sklearn", "cdist"},
    "the question asks for broadcasting, without Python loops or distance libraries",
)
### BEGIN HIDDEN TESTS
import math

from autograde.probes import expect_close

_rng = np.random.default_rng(2024)
_cases = [
    ("random 3-d points", _rng.normal(size=(40, 3)), _rng.normal(size=(25, 3)) * 10),
    ("1-d points", _rng.integers(-50, 50, size=(7, 1)), _rng.integers(-50, 50, size=(4, 1))),
    ("integer points", _rng.integers(-20, 20, size=(6, 2)), _rng.integers(-20, 20, size=(5, 2))),
]
for _what, _X, _Y in _cases:
    _Xb, _Yb = _X.copy(), _Y.copy()
    _got = pairwise_distances(_X, _Y)
    assert isinstance(_got, np.ndarray) and _got.shape == (len(_X), len(_Y)), (
        f"pairwise_distances on {_what}: expected an array of shape {(len(_X), len(_Y))}, "
        f"got {getattr(_got, 'shape', type(_got).__name__)}"
    )
    assert not np.isnan(_got).any(), f"pairwise_distances on {_what}: your result contains NaN"
    _want = [[math.dist(x, y) for y in _Y.tolist()] for x in _X.tolist()]
    expect_close(_got, _want, rel=1e-6, abs_=1e-6, what=f"pairwise_distances on {_what}")
    assert np.array_equal(_X, _Xb) and np.array_equal(_Y, _Yb), (
        "pairwise_distances must not modify X or Y"
    )
# a point against itself is at distance 0
_X = _rng.normal(size=(5, 4))
expect_close(
    np.diag(pairwise_distances(_X, _X)),
    [0.0] * 5,
    abs_=1e-6,
    what="the distance of a point to itself",
)
# no rows on one side
_got = pairwise_distances(np.zeros((0, 3)), _rng.normal(size=(4, 3)))
assert getattr(_got, "shape", None) == (0, 4), (
    f"0 rows against 4 rows should give shape (0, 4), not {getattr(_got, 'shape', _got)}"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 15. Standardising columns, NaN-aware
# *Axis, `ddof`, NaN-aware reductions and constant columns*
#
# Standardising (z-scores) subtracts each column's mean and divides by its standard
# deviation. With `X.mean(axis=0)` of shape `(d,)`, broadcasting applies it to every row.
# The details that differ between libraries are worth knowing by heart: NumPy's `std`
# divides by `n` (`ddof=0`, the population formula) while pandas' `std` divides by `n - 1`
# (`ddof=1`), so the same data gives two answers. `np.mean` and `np.std` return NaN as soon
# as a column contains one NaN; `np.nanmean` and `np.nanstd` skip them. A column whose
# values are all equal has standard deviation 0, and dividing by it gives NaN or infinity,
# so handle it explicitly. And `X -= ...` on the array you were given changes the caller's
# data: work on a new array.
#
# **Question.** Write
#
# ```python
# def standardise_columns(X: np.ndarray) -> np.ndarray:
# ```
#
# `X` is a 2-d array of floats of shape `(n, d)` that may contain NaN (each column holds
# at least one number). Return a new float array of the same shape in which every number
# is replaced by `(x - mean) / std`, where `mean` and `std` are the mean and the population
# standard deviation (`ddof=0`) of the numbers in its column, NaN ignored. NaN entries stay
# NaN. In a column whose numbers are all equal, every number becomes 0.0. Do not modify `X`.
#
# ```python
# X = con.sql("""
#     SELECT COUNT(*) AS orders, SUM(t.quantity) AS units, SUM(t.quantity * p.price) AS revenue
#     FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
#     GROUP BY t.user_id
# """).df().to_numpy(dtype=float)
# standardise_columns(X)[:3]   # one row per customer, each column now in standard deviations
# ```


# %% nbgrader={"grade_id": "standardise_columns", "solution": true}
def standardise_columns(X: np.ndarray) -> np.ndarray:
    """Column z-scores (population std, NaN ignored); constant columns become 0.0."""
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    mean = np.nanmean(X, axis=0)
    std = np.nanstd(X, axis=0)
    constant = std == 0
    scaled = (X - mean) / np.where(constant, 1.0, std)
    scaled[:, constant] = np.where(np.isnan(X[:, constant]), np.nan, 0.0)
    return scaled
    ### END SOLUTION


# %% nbgrader={"grade_id": "standardise_columns_test", "grade": true, "points": 3}
_X = np.array([[1.0, 5.0], [3.0, 5.0]])
_got = standardise_columns(_X)
assert isinstance(_got, np.ndarray) and _got.shape == (2, 2), (
    "expected an array of the same shape as X"
)
assert np.allclose(_got[:, 0], [-1.0, 1.0]), (
    "the column [1, 3] has mean 2 and population std 1, so it becomes [-1, 1]; "
    f"got {_got[:, 0].tolist()}"
)
assert np.allclose(_got[:, 1], [0.0, 0.0]), (
    f"the constant column [5, 5] becomes [0, 0]; got {_got[:, 1].tolist()}"
)
### BEGIN HIDDEN TESTS
import math
import statistics

from autograde.probes import expect_close


def _reference(X):
    out = np.full(X.shape, np.nan)
    for j in range(X.shape[1]):
        numbers = [x for x in X[:, j].tolist() if not math.isnan(x)]
        mean, std = statistics.fmean(numbers), statistics.pstdev(numbers)
        for i in range(X.shape[0]):
            if not math.isnan(X[i, j]):
                out[i, j] = 0.0 if len(set(numbers)) == 1 else (X[i, j] - mean) / std
    return out


def _check(X, what):
    before = X.copy()
    got = standardise_columns(X)
    assert np.array_equal(X, before, equal_nan=True), (
        f"standardise_columns on {what} changed its input: compute on a new array"
    )
    want = _reference(X)
    assert isinstance(got, np.ndarray) and got.shape == X.shape, (
        f"standardise_columns on {what}: expected an array of shape {X.shape}"
    )
    assert np.array_equal(np.isnan(got), np.isnan(want)), (
        f"standardise_columns on {what}: NaN in the wrong places "
        "(NaN in, NaN out; nothing else NaN)"
    )
    expect_close(
        got[~np.isnan(want)],
        want[~np.isnan(want)],
        rel=1e-6,
        abs_=1e-9,
        what=f"standardise_columns on {what} (population std? by column?)",
    )


_rng = np.random.default_rng(7)
_check(_rng.normal(50, 10, size=(30, 4)), "a random 30 x 4 array")
_check(_rng.normal(0, 1, size=(3, 3)), "a square 3 x 3 array")
_X = _rng.normal(0, 1, size=(12, 3))
_X[[0, 4, 9], 0] = np.nan
_X[5, 2] = np.nan
_check(_X, "an array with NaN in two columns")
_X = np.array([[2.0, 7.0, 1.0], [4.0, np.nan, 2.0], [np.nan, 7.0, 3.0], [6.0, 7.0, 4.0]])
_check(_X, "an array with a constant column holding a NaN")
### END HIDDEN TESTS

# %% [markdown]
# ## 16. A moving average in NumPy
# *Cumulative sums, `np.convolve` and its modes*
#
# A k-point moving average needs no loop. With the running total
# `c = np.cumsum(x)` preceded by a 0, the sum of the window `x[i:i + k]` is
# `c[i + k] - c[i]`, for all `i` at once by slicing; forgetting the leading 0 shifts every
# window by one. `np.convolve(x, np.ones(k) / k)` works too, but its default `mode="full"`
# also returns the partial windows at both ends (length `n + k - 1`); `mode="valid"` keeps
# the complete windows only, and when the kernel is longer than the data NumPy quietly
# swaps the two arrays instead of returning nothing. Decide the edge cases before writing.
#
# **Question.** Write, with NumPy only (no pandas, no Python loop),
#
# ```python
# def moving_average(x: np.ndarray, k: int) -> np.ndarray:
# ```
#
# Return a float array of length `len(x) - k + 1` whose element `i` is the mean of
# `x[i], ..., x[i + k - 1]` (complete windows only). If `k` is larger than `len(x)`, return
# an empty array. If `k` is smaller than 1, raise a `ValueError`. Do not modify `x`. The
# check fails code that uses pandas, `range`, `enumerate` or `zip`.
#
# ```python
# daily = con.sql("""
#     SELECT CAST(created_at AS DATE) AS day, COUNT(*) AS orders
#     FROM transactions GROUP BY 1 ORDER BY 1
# """).df()["orders"].to_numpy()
# moving_average(daily, 7)[:5]
# ```


# %% nbgrader={"grade_id": "moving_average", "solution": true}
def moving_average(x: np.ndarray, k: int) -> np.ndarray:
    """Means of the complete windows of k consecutive values (length len(x) - k + 1)."""
    ### BEGIN SOLUTION
    if k < 1:
        raise ValueError("k must be at least 1")
    x = np.asarray(x, dtype=float)
    if k > len(x):
        return np.empty(0)
    totals = np.concatenate([[0.0], np.cumsum(x)])
    return (totals[k:] - totals[:-k]) / k
    ### END SOLUTION


# %% nbgrader={"grade_id": "moving_average_test", "grade": true, "points": 3}
from autograde.probes import expect_close, expect_not_used, expect_raises

_got = moving_average(np.array([1.0, 2.0, 3.0, 4.0]), 2)
assert isinstance(_got, np.ndarray), f"expected a NumPy array, got {type(_got).__name__}"
expect_close(_got, [1.5, 2.5, 3.5], what="moving_average([1, 2, 3, 4], 2)")
expect_not_used(
    moving_average,
    {"pandas", "pd", "rolling", "range", "enumerate", "zip"},
    "the question asks for NumPy only, without a Python loop",
)
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(99)
for _n, _k in ((50, 7), (10, 10), (10, 1), (3, 2)):
    _x = _rng.uniform(-100, 100, _n)
    _xb = _x.copy()
    _got = moving_average(_x, _k)
    _want = [sum(_x[i : i + _k].tolist()) / _k for i in range(_n - _k + 1)]
    assert isinstance(_got, np.ndarray), (
        f"moving_average: expected a NumPy array, got {type(_got).__name__}"
    )
    assert len(_got) == len(_want), (
        f"moving_average on {_n} values with k={_k} returned {len(_got)} values; "
        "complete windows only"
    )
    expect_close(
        _got, _want, rel=1e-7, abs_=1e-7, what=f"moving_average on {_n} values with k={_k}"
    )
    assert np.array_equal(_x, _xb), "moving_average must not modify x"
expect_close(moving_average(np.array([2, 4, 9]), 2), [3.0, 6.5], what="moving_average on integers")
_got = moving_average(np.array([1.0, 2.0, 3.0]), 5)
assert isinstance(_got, np.ndarray) and len(_got) == 0, (
    f"with k larger than len(x) there is no complete window: expected an empty array, got {_got!r}"
)
expect_raises(ValueError, moving_average, np.array([1.0, 2.0]), 0)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week01/pandas_numpy.ipynb`. The report lists every
#   exercise with its points, hidden checks included.
# - For each exercise that lost points, build the smallest frame that shows the trap from
#   its teaching note (a NaN key, two equal timestamps, a day with no orders), run your
#   function on it and compare with what you get by hand.
# - Rewrite three answers another way: `stack` instead of `melt`, `dt.to_period("W")` plus
#   `reindex` instead of `resample`, `np.convolve(..., mode="valid")` with its edge case
#   handled instead of the cumulative sum. Say out loud, as in an interview, why each
#   version is correct.
# - Most of these exercises have a SQL twin in `sql_foundations` (joins that lose or
#   duplicate rows, NULL groups, empty periods, "latest row per key"). Being able to
#   switch between the two is what a screen that mixes SQL and pandas checks.
