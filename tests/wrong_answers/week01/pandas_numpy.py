"""Plausible wrong answers for week01/pandas_numpy: each must lose points."""

WRONG_ANSWERS = {
    "order_lines": [
        # inner join: the transaction whose product is missing from the catalogue disappears
        """def order_lines(transactions, products):
    lines = transactions.merge(products[["product_id", "price"]], on="product_id", how="inner",
                               validate="many_to_one")
    lines["revenue"] = lines["quantity"] * lines["price"]
    return lines
""",
        # no validate: a product listed twice silently doubles its transactions
        """def order_lines(transactions, products):
    lines = transactions.merge(products[["product_id", "price"]], on="product_id", how="left")
    lines["revenue"] = lines["quantity"] * lines["price"]
    return lines
""",
        # merges the whole catalogue: name, category and any other product column come along
        """def order_lines(transactions, products):
    lines = transactions.merge(products, on="product_id", how="left", validate="many_to_one")
    lines["revenue"] = lines["quantity"] * lines["price"]
    return lines
""",
        # adds the columns to the caller's frame instead of a new one
        """def order_lines(transactions, products):
    if products["product_id"].duplicated().any():
        raise ValueError("duplicate product ids")
    prices = products.set_index("product_id")["price"]
    transactions["price"] = transactions["product_id"].map(prices)
    transactions["revenue"] = transactions["quantity"] * transactions["price"]
    return transactions
""",
    ],
    "category_summary": [
        # groupby drops the NaN category before fillna can label it
        """def category_summary(transactions, products):
    lines = transactions.merge(products, on="product_id", how="left")
    lines["revenue"] = lines["quantity"] * lines["price"]
    summary = lines.groupby("category", as_index=False).agg(
        num_orders=("quantity", "size"), num_customers=("user_id", "nunique"),
        units=("quantity", "sum"), revenue=("revenue", "sum"))
    summary["category"] = summary["category"].fillna("Uncategorized")
    return summary.sort_values(["revenue", "category"], ascending=[False, True], ignore_index=True)
""",
        # counts customer rows instead of distinct customers
        """def category_summary(transactions, products):
    lines = transactions.merge(products, on="product_id", how="left")
    lines["category"] = lines["category"].fillna("Uncategorized")
    lines["revenue"] = lines["quantity"] * lines["price"]
    summary = lines.groupby("category", as_index=False).agg(
        num_orders=("quantity", "size"), num_customers=("user_id", "count"),
        units=("quantity", "sum"), revenue=("revenue", "sum"))
    return summary.sort_values(["revenue", "category"], ascending=[False, True], ignore_index=True)
""",
        # units counted as order lines instead of summing the quantities
        """def category_summary(transactions, products):
    lines = transactions.merge(products, on="product_id", how="left")
    lines["category"] = lines["category"].fillna("Uncategorized")
    lines["revenue"] = lines["quantity"] * lines["price"]
    summary = lines.groupby("category", as_index=False).agg(
        num_orders=("quantity", "size"), num_customers=("user_id", "nunique"),
        units=("quantity", "count"), revenue=("revenue", "sum"))
    return summary.sort_values(["revenue", "category"], ascending=[False, True], ignore_index=True)
""",
    ],
    "top_products_by_category": [
        # method="first" (ROW_NUMBER): tied products are cut at random instead of sharing a rank
        """def top_products_by_category(lines, products, n):
    totals = lines.groupby("product_id", as_index=False)["revenue"].sum()
    totals = totals.merge(products, on="product_id", how="left")
    totals["category"] = totals["category"].fillna("Uncategorized")
    ranks = totals.groupby("category")["revenue"].rank(method="first", ascending=False)
    totals["rank"] = ranks.astype(int)
    top = totals[totals["rank"] <= n]
    return top.sort_values(["category", "rank", "product_id"], ignore_index=True)[
        ["category", "product_id", "revenue", "rank"]]
""",
        # method="dense" (DENSE_RANK): the rank after a tie does not skip, so extra products slip in
        """def top_products_by_category(lines, products, n):
    totals = lines.groupby("product_id", as_index=False)["revenue"].sum()
    totals = totals.merge(products, on="product_id", how="left")
    totals["category"] = totals["category"].fillna("Uncategorized")
    ranks = totals.groupby("category")["revenue"].rank(method="dense", ascending=False)
    totals["rank"] = ranks.astype(int)
    top = totals[totals["rank"] <= n]
    return top.sort_values(["category", "rank", "product_id"], ignore_index=True)[
        ["category", "product_id", "revenue", "rank"]]
""",
        # ranks the smallest revenue first (rank's default is ascending)
        """def top_products_by_category(lines, products, n):
    totals = lines.groupby("product_id", as_index=False)["revenue"].sum()
    totals = totals.merge(products, on="product_id", how="left")
    totals["category"] = totals["category"].fillna("Uncategorized")
    totals["rank"] = totals.groupby("category")["revenue"].rank(method="min").astype(int)
    top = totals[totals["rank"] <= n]
    return top.sort_values(["category", "rank", "product_id"], ignore_index=True)[
        ["category", "product_id", "revenue", "rank"]]
""",
    ],
    "latest_reviews": [
        # keeps the first review of each pair in the order given, i.e. the earliest
        """def latest_reviews(reviews):
    latest = reviews.drop_duplicates(subset=["user_id", "product_id"])
    return latest.sort_values("review_id", ignore_index=True)
""",
        # drop_duplicates on every column: review ids differ, so nothing is removed
        """def latest_reviews(reviews):
    return reviews.drop_duplicates().sort_values("review_id", ignore_index=True)
""",
        # sorts by time only: two reviews at the same second keep their arrival order
        """def latest_reviews(reviews):
    ordered = reviews.sort_values("created_at", kind="stable")
    latest = ordered.drop_duplicates(subset=["user_id", "product_id"], keep="last")
    return latest.sort_values("review_id", ignore_index=True)
""",
    ],
    "product_scorecard": [
        # fills every NaN with 0: unrated orders become 0-star ratings
        """def product_scorecard(lines):
    filled = lines.fillna(0)
    card = filled.groupby("product_id", as_index=False).agg(
        num_orders=("discount", "size"), avg_discount=("discount", "mean"),
        num_rated=("rating", "count"), avg_rating=("rating", "mean"))
    return card.sort_values("product_id", ignore_index=True)
""",
        # drops every row with a NaN: orders without a discount or a rating vanish altogether
        """def product_scorecard(lines):
    clean = lines.dropna()
    card = clean.groupby("product_id", as_index=False).agg(
        num_orders=("discount", "size"), avg_discount=("discount", "mean"),
        num_rated=("rating", "count"), avg_rating=("rating", "mean"))
    return card.sort_values("product_id", ignore_index=True)
""",
        # leaves the discount NaN in: the average is taken over discounted orders only
        """def product_scorecard(lines):
    card = lines.groupby("product_id", as_index=False).agg(
        num_orders=("discount", "size"), avg_discount=("discount", "mean"),
        num_rated=("rating", "count"), avg_rating=("rating", "mean"))
    return card.sort_values("product_id", ignore_index=True)
""",
    ],
    "fill_price_gaps": [
        # ffill on the whole sorted frame: a product's first gaps inherit the previous product's
        # last price
        """def fill_price_gaps(prices):
    filled = prices.sort_values(["product_id", "date"]).ffill()
    return filled.loc[prices.index]
""",
        # fills within each product, but in the order the rows arrived rather than by date
        """def fill_price_gaps(prices):
    filled = prices.copy()
    filled["price"] = prices.groupby("product_id")["price"].ffill()
    return filled
""",
        # adds a backward fill, inventing prices for the days before the first known one
        """def fill_price_gaps(prices):
    ordered = prices.sort_values(["product_id", "date"])
    filled = prices.copy()
    filled["price"] = ordered.groupby("product_id")["price"].transform(lambda s: s.ffill().bfill())
    return filled
""",
        # right values, but written into the caller's frame
        """def fill_price_gaps(prices):
    ordered = prices.sort_values(["product_id", "date"])
    prices["price"] = ordered.groupby("product_id")["price"].ffill()
    return prices
""",
    ],
    "monthly_category_revenue": [
        # pivot_table's default aggfunc is the mean: average line revenue, not total revenue
        """def monthly_category_revenue(transactions, products, year):
    lines = transactions.merge(products, on="product_id", how="left")
    lines = lines[lines["created_at"].dt.year == year]
    lines = lines.assign(category=lines["category"].fillna("Uncategorized"),
                         month=lines["created_at"].dt.month,
                         revenue=lines["quantity"] * lines["price"])
    grid = lines.pivot_table(index="category", columns="month", values="revenue", fill_value=0.0)
    categories = sorted(products["category"].fillna("Uncategorized").unique())
    return grid.reindex(index=categories, columns=range(1, 13), fill_value=0.0)
""",
        # no reindex: months and categories without sales are missing from the grid
        """def monthly_category_revenue(transactions, products, year):
    lines = transactions.merge(products, on="product_id", how="left")
    lines = lines[lines["created_at"].dt.year == year]
    lines = lines.assign(category=lines["category"].fillna("Uncategorized"),
                         month=lines["created_at"].dt.month,
                         revenue=lines["quantity"] * lines["price"])
    return lines.pivot_table(index="category", columns="month", values="revenue", aggfunc="sum",
                             fill_value=0.0)
""",
        # the year filter written as a string range that stops at midnight on 31 December
        """def monthly_category_revenue(transactions, products, year):
    lines = transactions.merge(products, on="product_id", how="left")
    in_year = (lines["created_at"] >= f"{year}-01-01") & (lines["created_at"] <= f"{year}-12-31")
    lines = lines[in_year]
    lines = lines.assign(category=lines["category"].fillna("Uncategorized"),
                         month=lines["created_at"].dt.month,
                         revenue=lines["quantity"] * lines["price"])
    grid = lines.pivot_table(index="category", columns="month", values="revenue", aggfunc="sum",
                             fill_value=0.0)
    categories = sorted(products["category"].fillna("Uncategorized").unique())
    return grid.reindex(index=categories, columns=range(1, 13), fill_value=0.0)
""",
    ],
    "quarters_to_long": [
        # forgets to sort: melt's output runs quarter by quarter
        """def quarters_to_long(wide):
    long = wide.melt(id_vars="product_id", var_name="quarter", value_name="units")
    long = long.dropna(subset=["units"])
    long["quarter"] = long["quarter"].str[1:].astype(int)
    return long.reset_index(drop=True)
""",
        # keeps only positive cells: the reported zeros are thrown out with the NaN
        """def quarters_to_long(wide):
    long = wide.melt(id_vars="product_id", var_name="quarter", value_name="units")
    long = long[long["units"] > 0]
    long["quarter"] = long["quarter"].str[1:].astype(int)
    return long.sort_values(["product_id", "quarter"], ignore_index=True)
""",
        # fills empty cells with 0 instead of dropping them
        """def quarters_to_long(wide):
    long = wide.melt(id_vars="product_id", var_name="quarter", value_name="units")
    long = long.fillna({"units": 0.0})
    long["quarter"] = long["quarter"].str[1:].astype(int)
    return long.sort_values(["product_id", "quarter"], ignore_index=True)
""",
    ],
    "weekly_revenue": [
        # resample("W"): weeks end on Sunday and are labelled by that Sunday
        """def weekly_revenue(lines):
    return lines.set_index("created_at")["revenue"].sort_index().resample("W").sum()
""",
        # groups by each order's Monday: right labels, but weeks without orders are missing
        """def weekly_revenue(lines):
    days_since_monday = pd.to_timedelta(lines["created_at"].dt.weekday, unit="D")
    monday = lines["created_at"].dt.normalize() - days_since_monday
    return lines.groupby(monday)["revenue"].sum()
""",
        # the calendar starts on the first order's day instead of the Monday of its week
        """def weekly_revenue(lines):
    series = lines.set_index("created_at")["revenue"].sort_index()
    return series.resample("7D", origin="start_day").sum()
""",
    ],
    "monthly_active_customers": [
        # counts orders, not distinct customers
        """def monthly_active_customers(transactions, start, end):
    months = pd.date_range(start, end, freq="MS")
    month_of = transactions["created_at"].dt.to_period("M").dt.to_timestamp()
    return transactions.groupby(month_of)["user_id"].count().reindex(months, fill_value=0)
""",
        # resamples over the data only: months of the window before or after the data are missing
        """def monthly_active_customers(transactions, start, end):
    series = transactions.set_index("created_at")["user_id"].sort_index()
    active = series.resample("MS").nunique()
    return active[(active.index >= start) & (active.index <= end)]
""",
        # filters with created_at <= end, where end means midnight on the first day of the last
        # month
        """def monthly_active_customers(transactions, start, end):
    created = transactions["created_at"]
    window = transactions[(created >= start) & (created <= end)]
    months = pd.date_range(start, end, freq="MS")
    month_of = window["created_at"].dt.to_period("M").dt.to_timestamp()
    return window.groupby(month_of)["user_id"].nunique().reindex(months, fill_value=0)
""",
    ],
    "trailing_7day_revenue": [
        # rolls over 7 rows: with days missing, the window spans more than a week (and the
        # missing days get no value)
        """def trailing_7day_revenue(daily):
    return daily.sort_index().rolling(7, min_periods=1).sum()
""",
        # rolling(7) without min_periods: NaN for the first six days
        """def trailing_7day_revenue(daily):
    days = daily.sort_index()
    calendar = pd.date_range(days.index.min(), days.index.max(), freq="D")
    return days.reindex(calendar, fill_value=0.0).rolling(7).sum()
""",
        # an 8-day window: "the last 7 days" read as 7 days before today, plus today
        """def trailing_7day_revenue(daily):
    days = daily.sort_index()
    calendar = pd.date_range(days.index.min(), days.index.max(), freq="D")
    return days.reindex(calendar, fill_value=0.0).rolling(8, min_periods=1).sum()
""",
    ],
    "shipping_fee": [
        # "50 or more" written as > 50
        """def shipping_fee(orders):
    fee = np.select([orders["is_prime"], orders["amount"] > 50, orders["country"] == "US"],
                    [0.0, 0.0, 4.99], default=9.99)
    return pd.Series(fee, index=orders.index)
""",
        # correct rules, but a row-by-row apply instead of a vectorised expression
        """def shipping_fee(orders):
    def fee(row):
        if row["is_prime"] or row["amount"] >= 50:
            return 0.0
        return 4.99 if row["country"] == "US" else 9.99
    return orders.apply(fee, axis=1)
""",
        # the rules checked in the wrong order: the US rate wins over free shipping for big orders
        """def shipping_fee(orders):
    fee = np.select([orders["country"] == "US", orders["is_prime"], orders["amount"] >= 50],
                    [4.99, 0.0, 0.0], default=9.99)
    return pd.Series(fee, index=orders.index)
""",
    ],
    "session_ids": [
        # a gap of exactly 30 minutes starts a new session (>= instead of >)
        """def session_ids(events):
    ordered = events.sort_values(["user_id", "created_at"])
    gap = ordered.groupby("user_id")["created_at"].diff()
    starts = gap.isna() | (gap >= pd.Timedelta(minutes=30))
    return starts.cumsum().reindex(events.index)
""",
        # plain diff: a user's first event is compared with the previous user's last one
        """def session_ids(events):
    ordered = events.sort_values(["user_id", "created_at"])
    gap = ordered["created_at"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=30))
    return starts.cumsum().reindex(events.index)
""",
        # right numbers, but returned in sorted order with a fresh index
        """def session_ids(events):
    ordered = events.sort_values(["user_id", "created_at"])
    gap = ordered.groupby("user_id")["created_at"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=30))
    return pd.Series(starts.cumsum().to_numpy())
""",
    ],
    "pairwise_distances": [
        # squared distances: the square root is missing
        """def pairwise_distances(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return ((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1)
""",
        # no new axes: row i of X against row i of Y only
        """def pairwise_distances(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return np.sqrt(((X - Y) ** 2).sum(axis=1))
""",
        # a double Python loop instead of broadcasting
        """def pairwise_distances(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    D = np.zeros((len(X), len(Y)))
    for i in range(len(X)):
        for j in range(len(Y)):
            D[i, j] = np.sqrt(((X[i] - Y[j]) ** 2).sum())
    return D
""",
    ],
    "standardise_columns": [
        # pandas' std divides by n - 1
        """def standardise_columns(X):
    frame = pd.DataFrame(X)
    std = frame.std()
    scaled = (frame - frame.mean()) / std.where(std > 0, 1.0)
    return scaled.to_numpy()
""",
        # np.mean and np.std are not NaN-aware: one NaN spoils its whole column
        """def standardise_columns(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0)
    return (X - X.mean(axis=0)) / np.where(std > 0, std, 1.0)
""",
        # standardises the rows instead of the columns
        """def standardise_columns(X):
    X = np.asarray(X, dtype=float)
    mean = np.nanmean(X, axis=1, keepdims=True)
    std = np.nanstd(X, axis=1, keepdims=True)
    return (X - mean) / np.where(std > 0, std, 1.0)
""",
        # right numbers, computed in place on the caller's array
        """def standardise_columns(X):
    mean = np.nanmean(X, axis=0)
    std = np.nanstd(X, axis=0)
    X -= mean
    X /= np.where(std > 0, std, 1.0)
    return X
""",
    ],
    "moving_average": [
        # np.convolve's default mode "full" adds the partial windows at both ends
        """def moving_average(x, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    return np.convolve(np.asarray(x, dtype=float), np.ones(k) / k)
""",
        # cumulative sums without the leading 0: the first window is lost
        """def moving_average(x, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    totals = np.cumsum(np.asarray(x, dtype=float))
    return (totals[k:] - totals[:-k]) / k
""",
        # mode "valid" without the k > len(x) guard: NumPy swaps the arrays and returns values
        """def moving_average(x, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    return np.convolve(np.asarray(x, dtype=float), np.ones(k) / k, mode="valid")
""",
    ],
}
