# %% [markdown]
# # Week 1 · SQL beyond the basics: CTEs, aggregation, sets and dates
#
# Twelve more interview-style SQL questions on the retail database, one step up from
# `sql_foundations`. They drill the patterns that turn a "first query" into a finished
# answer: metrics built in named steps with CTEs, aggregates with `FILTER`, ratios of
# aggregates and aggregates of aggregates, `HAVING` with several conditions, `UNION`,
# `INTERSECT` and `EXCEPT`, correlated subqueries next to joins, `CASE` buckets with exact
# boundaries, day-of-week and days-between logic, and removing duplicate rows. As before,
# each question hides an edge case that the data really contains, and the query that
# merely looks plausible misses it. Give yourself about 20 minutes a question, and write
# down what counts, what is zero and what is NULL before you type.
#
# **How to answer.** Each answer cell starts with the line `%%sql <name> <<`. Leave that
# line alone and put your query under it: running the cell sends the query to DuckDB and
# keeps the result table in a Python variable named `<name>`. Run the answer cell, then the
# test cell below it.
#
# **How grading works.** The visible test cell checks the shape of your result: its column
# names and, where the question fixes it, its number of rows. The grade that counts comes
# from `autograde check` (see "What next" at the end), which adds hidden checks comparing
# your rows with the rows of a reference query on the same data; the Validate button only
# runs the visible part. Column order and the case of column names are free, numbers are
# compared to 6 decimal places (integer widths and DECIMAL versus DOUBLE never matter), but
# when a question says "round", round the final value the way it says. Row order matters
# only when the question asks for one. A failing check describes your result, never the
# expected one.
#
# **The tables.**
#
# | table | columns |
# |---|---|
# | `employees` | `employee_id`, `name`, `manager_id` (NULL for the CEO), `department`, `salary` (may be NULL), `hire_date` |
# | `users` | `user_id`, `name`, `signup_date` (DATE), `country` (may be NULL), `is_prime` (BOOLEAN) |
# | `products` | `product_id`, `name`, `category` (NULL for one product), `price` (DOUBLE) |
# | `transactions` | `transaction_id`, `user_id`, `product_id`, `quantity` (1 to 5), `created_at` (TIMESTAMP, 2019-01-01 to 2020-12-31) |
# | `reviews` | `review_id`, `user_id`, `product_id`, `rating` (1 to 5), `created_at` (TIMESTAMP) |
#
# One transaction is one order, and its revenue is `quantity * price` with the price from
# `products`. "In 2020" always means from 2020-01-01 00:00:00 up to and including
# 2020-12-31 23:59:59.

# %% [markdown]
# Scratch space, not graded: edit the query to explore any table (`con.sql(...)` queries the
# same read-only database).

# %%
con.sql("SELECT * FROM reviews ORDER BY created_at DESC LIMIT 5")

# %% [markdown]
# ## 1. A category scorecard for 2020
# *FILTER clauses, ratios of aggregates, NULL for an undefined ratio*
#
# `COUNT(*) FILTER (WHERE quantity >= 4)` counts only the rows that pass the condition; it is
# the standard, easier-to-read spelling of `COUNT(CASE WHEN ... THEN 1 END)` (DuckDB and
# PostgreSQL accept it; in MySQL or SQL Server you fall back on `CASE`). A share is a ratio of
# two aggregates over the same group: the Prime share of *revenue* is Prime revenue divided
# by all revenue, which is not the share of orders placed by Prime members. To keep a
# category that sold nothing in 2020, start from `products` and `LEFT JOIN` the 2020 orders
# with the date condition in `ON`. Then remember what `COUNT(*)` does with the single
# all-NULL row a product without matches leaves behind. Finally, a share of zero orders is
# undefined: report NULL there, not 0 (`NULLIF(x, 0)` turns a zero denominator into NULL).
# One portability trap: a count divided by a count is a fraction in DuckDB, but PostgreSQL
# (like SQL Server) divides two integers into an integer, so 40 / 100 is 0 there; multiply
# by `1.0` first and the query means the same on both.
#
# **Question.** One row per product category (the product without a category reported as
# `'Uncategorized'`), every category included even if it had no 2020 orders, with the
# columns:
# - `category`;
# - `num_orders`: its 2020 transactions;
# - `bulk_order_share`: the fraction of those orders with a `quantity` of 4 or more, rounded
#   to 3 decimals;
# - `prime_revenue_share`: the fraction of its 2020 revenue that came from users whose
#   `is_prime` is true, rounded to 3 decimals;
# - `avg_order_value`: its 2020 revenue divided by its 2020 orders, rounded to 2 decimals.
#
# The three ratios are NULL for a category without 2020 orders. Order by `category`, A to Z.

# %% nbgrader={"grade_id": "category_scorecard_2020", "solution": true}
# %%sql category_scorecard_2020 <<
SELECT COALESCE(p.category, 'Uncategorized') AS category,
       COUNT(t.transaction_id) AS num_orders,
       ROUND(COUNT(t.transaction_id) FILTER (WHERE t.quantity >= 4) * 1.0
             / NULLIF(COUNT(t.transaction_id), 0), 3) AS bulk_order_share,
       ROUND(SUM(t.quantity * p.price) FILTER (WHERE u.is_prime)
             / NULLIF(SUM(t.quantity * p.price), 0), 3) AS prime_revenue_share,
       ROUND(SUM(t.quantity * p.price) / NULLIF(COUNT(t.transaction_id), 0), 2)
           AS avg_order_value
FROM products AS p
LEFT JOIN transactions AS t
       ON t.product_id = p.product_id
      AND t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
LEFT JOIN users AS u ON u.user_id = t.user_id
GROUP BY COALESCE(p.category, 'Uncategorized')
ORDER BY category

# %% nbgrader={"grade_id": "category_scorecard_2020_test", "grade": true, "points": 2}
expect_columns(
    category_scorecard_2020,
    ["category", "num_orders", "bulk_order_share", "prime_revenue_share", "avg_order_value"],
)
### BEGIN HIDDEN TESTS
expect_same_result(category_scorecard_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Well-rounded heavy buyers
# *HAVING with several conditions, COUNT(DISTINCT) and NULL*
#
# `HAVING` can combine as many conditions on aggregates as you like, with the same `AND`,
# `OR` and parentheses as `WHERE`. `AND` binds more tightly than `OR`, so `a AND b OR c`
# means `(a AND b) OR c`: when a rule reads "A, and also B or C", the parentheses are not
# optional. Counting different categories with `COUNT(DISTINCT category)` has a blind spot
# too: like every aggregate over a column, it skips NULLs, so the uncategorised product is
# never counted unless you give it a label first. And "at least" is `>=`.
#
# **Question.** Find the users who, in 2020, bought from at least 9 different product
# categories (the uncategorised product counts as a category of its own) and who, also in
# 2020, either placed at least 55 orders or spent at least $5,000 (the sum of
# `quantity * price`). Columns: `user_id`, `num_orders` (their 2020 transactions),
# `num_categories` (the number of different categories they bought from in 2020, counted
# the same way) and `total_spend` (their 2020 spend, rounded to 2 decimals; compare the
# unrounded spend with $5,000). Any row order.

# %% nbgrader={"grade_id": "heavy_buyers_2020", "solution": true}
# %%sql heavy_buyers_2020 <<
SELECT t.user_id,
       COUNT(*) AS num_orders,
       COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) AS num_categories,
       ROUND(SUM(t.quantity * p.price), 2) AS total_spend
FROM transactions AS t
JOIN products AS p ON p.product_id = t.product_id
WHERE t.created_at >= DATE '2020-01-01'
  AND t.created_at < DATE '2021-01-01'
GROUP BY t.user_id
HAVING COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) >= 9
   AND (COUNT(*) >= 55 OR SUM(t.quantity * p.price) >= 5000)
ORDER BY t.user_id

# %% nbgrader={"grade_id": "heavy_buyers_2020_test", "grade": true, "points": 2}
expect_columns(heavy_buyers_2020, ["user_id", "num_orders", "num_categories", "total_spend"])
### BEGIN HIDDEN TESTS
expect_same_result(heavy_buyers_2020, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Customer tiers by 2020 order count
# *A metric in named steps: CTEs, CASE buckets, a share of the total*
#
# Write the metric as a chain of small CTEs, each doing one thing you can check on its
# own: orders and revenue per user; every user with a zero where they bought nothing; a
# tier for each user; then one row per tier. Three traps wait in this chain. After a
# `LEFT JOIN` from `users` to `transactions`, `COUNT(*)` gives a customer without orders a
# count of 1, so count a column from the right-hand table (or aggregate first and
# `COALESCE` the missing count to 0). `CASE` returns the first branch that matches, so
# overlapping ranges such as `BETWEEN 2 AND 10` followed by `BETWEEN 10 AND 30` quietly
# send the edge values to the lower tier, and there are customers with exactly 10 and
# exactly 30 orders. And the share of revenue divides by the revenue of all users together,
# not by the tier's own total.
#
# **Question.** Put every registered user into one tier by their number of 2020
# transactions: `'none'` (0), `'one-off'` (1), `'occasional'` (2 to 9), `'regular'` (10 to
# 29) or `'loyal'` (30 or more). Return one row per tier with the columns `tier`,
# `num_users`, `revenue_2020` (the tier's users' 2020 revenue, rounded to 2 decimals; 0,
# not NULL, for a tier without revenue) and `revenue_share` (that revenue divided by all
# 2020 revenue, a fraction rounded to 4 decimals). Order the rows from `'none'` to
# `'loyal'`, in the order listed above.

# %% nbgrader={"grade_id": "customer_tiers_2020", "solution": true}
# %%sql customer_tiers_2020 <<
WITH orders_2020 AS (
    SELECT t.user_id,
           COUNT(*) AS num_orders,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY t.user_id
),
per_user AS (
    SELECT u.user_id,
           COALESCE(o.num_orders, 0) AS num_orders,
           COALESCE(o.revenue, 0) AS revenue
    FROM users AS u
    LEFT JOIN orders_2020 AS o ON o.user_id = u.user_id
),
tiered AS (
    SELECT CASE WHEN num_orders = 0 THEN 1
                WHEN num_orders = 1 THEN 2
                WHEN num_orders <= 9 THEN 3
                WHEN num_orders <= 29 THEN 4
                ELSE 5
           END AS tier_rank,
           revenue
    FROM per_user
),
total AS (
    SELECT SUM(revenue) AS revenue FROM per_user
)
SELECT CASE tier_rank WHEN 1 THEN 'none'
                      WHEN 2 THEN 'one-off'
                      WHEN 3 THEN 'occasional'
                      WHEN 4 THEN 'regular'
                      ELSE 'loyal'
       END AS tier,
       COUNT(*) AS num_users,
       ROUND(SUM(tiered.revenue), 2) AS revenue_2020,
       ROUND(SUM(tiered.revenue) / MAX(total.revenue), 4) AS revenue_share
FROM tiered
CROSS JOIN total
GROUP BY tier_rank
ORDER BY tier_rank

# %% nbgrader={"grade_id": "customer_tiers_2020_test", "grade": true, "points": 3}
expect_columns(customer_tiers_2020, ["tier", "num_users", "revenue_2020", "revenue_share"])
expect_row_count(customer_tiers_2020, 5)
### BEGIN HIDDEN TESTS
expect_same_result(customer_tiers_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. The catalogue by price band
# *CASE bands with a boundary rule, counting the right thing*
#
# Before writing a band, settle where a value exactly on the boundary goes; here each band
# includes its lower bound and excludes its upper bound, the half-open rule you already use
# for dates, which leaves no gaps and no overlaps. Since `CASE` stops at the first branch that
# is true, write the tests in increasing order (`price < 10`, then `price < 25`, ...) or make
# each one a full range. Two counting traps follow. Once products are joined to their
# orders, `COUNT(*)` counts orders, not products. And products without a single 2020 order
# belong in the band's product count and are exactly the ones the question asks about, so an
# inner join loses them.
#
# **Question.** Put every product into a price band: `'under $10'` (price below 10),
# `'$10 to $25'` (10 or more and below 25), `'$25 to $50'`, `'$50 to $100'`,
# `'$100 to $250'` (same rule) and `'$250 and over'` (250 or more). Return one row per band
# with the columns `price_band`, `num_products` (products in the band), `num_unsold_2020`
# (products in the band without any 2020 transaction; 0, not NULL, when there are none) and
# `revenue_2020` (the band's 2020 revenue, rounded to 2 decimals). Order the rows from the
# cheapest band to the most expensive.

# %% nbgrader={"grade_id": "price_band_catalogue", "solution": true}
# %%sql price_band_catalogue <<
WITH banded AS (
    SELECT product_id,
           price,
           CASE WHEN price < 10 THEN 'under $10'
                WHEN price < 25 THEN '$10 to $25'
                WHEN price < 50 THEN '$25 to $50'
                WHEN price < 100 THEN '$50 to $100'
                WHEN price < 250 THEN '$100 to $250'
                ELSE '$250 and over'
           END AS price_band
    FROM products
),
sales_2020 AS (
    SELECT t.product_id,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY t.product_id
)
SELECT b.price_band,
       COUNT(*) AS num_products,
       COUNT(*) FILTER (WHERE s.product_id IS NULL) AS num_unsold_2020,
       ROUND(COALESCE(SUM(s.revenue), 0), 2) AS revenue_2020
FROM banded AS b
LEFT JOIN sales_2020 AS s ON s.product_id = b.product_id
GROUP BY b.price_band
ORDER BY MIN(b.price)

# %% nbgrader={"grade_id": "price_band_catalogue_test", "grade": true, "points": 2}
expect_columns(
    price_band_catalogue, ["price_band", "num_products", "num_unsold_2020", "revenue_2020"]
)
expect_row_count(price_band_catalogue, 6)
### BEGIN HIDDEN TESTS
expect_same_result(price_band_catalogue, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Which weekday is busiest?
# *Day-of-week logic, an average of daily counts*
#
# "Average orders per Monday" is an aggregate of an aggregate: count the orders of each
# calendar day first, then average those daily counts per weekday. The denominator is the
# number of Mondays, and a year does not hold 52 of every weekday: 2020 is a leap year that
# began on a Wednesday, so two weekdays occur 53 times. (Every day of 2020 has orders here,
# but a calendar from `generate_series(...)` joined to the daily counts is the safe habit
# when some days might have none.) Numbering is a second trap: DuckDB's `dayofweek` counts
# Sunday as 0, while `isodow` follows ISO 8601, Monday 1 to Sunday 7; other databases pick
# their own convention, so always check one known date. The last day of the year is a
# Thursday, so the usual `BETWEEN` date trap would show up there too. `dayname` and
# `isodow(...)` are DuckDB's own functions: PostgreSQL writes `EXTRACT(ISODOW FROM day)`
# (which DuckDB accepts as well) and `to_char(day, 'FMDay')` (which DuckDB does not), so a
# query that must run on both engines spells the names out, for example with a small
# `VALUES` table of weekdays.
#
# **Question.** For each weekday, over the 366 days of 2020, return `iso_dow` (ISO number,
# Monday = 1 to Sunday = 7), `day_name` (`'Monday'` to `'Sunday'`, as DuckDB's `dayname`
# writes them), `num_orders` (2020 transactions placed on that weekday) and
# `avg_daily_orders` (the average number of transactions per calendar day with that
# weekday in 2020, rounded to 2 decimals). Order by `iso_dow`.

# %% nbgrader={"grade_id": "weekday_orders_2020", "solution": true}
# %%sql weekday_orders_2020 <<
WITH calendar AS (
    SELECT CAST(d AS DATE) AS day
    FROM generate_series(TIMESTAMP '2020-01-01', TIMESTAMP '2020-12-31', INTERVAL '1 day') AS g(d)
),
weekdays (iso_dow, day_name) AS (
    VALUES (1, 'Monday'), (2, 'Tuesday'), (3, 'Wednesday'), (4, 'Thursday'),
           (5, 'Friday'), (6, 'Saturday'), (7, 'Sunday')
),
daily AS (
    SELECT CAST(created_at AS DATE) AS day,
           COUNT(*) AS num_orders
    FROM transactions
    WHERE created_at >= DATE '2020-01-01'
      AND created_at < DATE '2021-01-01'
    GROUP BY CAST(created_at AS DATE)
)
SELECT w.iso_dow,
       w.day_name,
       SUM(COALESCE(d.num_orders, 0)) AS num_orders,
       ROUND(AVG(COALESCE(d.num_orders, 0)), 2) AS avg_daily_orders
FROM calendar AS c
JOIN weekdays AS w ON w.iso_dow = EXTRACT(ISODOW FROM c.day)
LEFT JOIN daily AS d ON d.day = c.day
GROUP BY w.iso_dow, w.day_name
ORDER BY w.iso_dow

# %% nbgrader={"grade_id": "weekday_orders_2020_test", "grade": true, "points": 2}
expect_columns(weekday_orders_2020, ["iso_dow", "day_name", "num_orders", "avg_daily_orders"])
expect_row_count(weekday_orders_2020, 7)
### BEGIN HIDDEN TESTS
expect_same_result(weekday_orders_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. How soon does the second order come?
# *First events per user, days between events, buckets*
#
# First purchase per user is a plain `MIN(created_at)` grouped by user. The second purchase
# is the earliest order after the first one, which a second step can find (a join back to
# `transactions` on `created_at > first_at`, then `MIN` again; no customer here placed two
# orders in the same second). Customers with a single order have no second one, and
# they are a bucket of their own, so don't let a join drop them. Then the gap: here it is
# counted in calendar days, the difference between the two *dates*, so an order at 23:00
# and one at 01:00 the next morning are 1 day apart. Subtracting the timestamps gives an
# interval, and whole 24-hour periods of it say 0 for that pair: for many customers in this
# data the two ways disagree. DuckDB's `date_diff('day', a, b)` counts calendar days; so does
# subtracting one DATE from another (`b - a`), which PostgreSQL, without `date_diff`, also
# understands.
#
# **Question.** Consider every user with at least one transaction. Put each one into a
# bucket by the number of calendar days between the date of their first transaction and the
# date of their second: `'same day'` (0), `'1 to 7 days'`, `'8 to 30 days'`,
# `'31 to 90 days'`, `'over 90 days'` (91 or more) or `'no second order'` (only one
# transaction). Return `gap_bucket` and `num_users` (users in that bucket), one row per
# bucket. Any row order.

# %% nbgrader={"grade_id": "days_to_second_order", "solution": true}
# %%sql days_to_second_order <<
WITH firsts AS (
    SELECT user_id,
           MIN(created_at) AS first_at
    FROM transactions
    GROUP BY user_id
),
seconds AS (
    SELECT f.user_id,
           f.first_at,
           MIN(t.created_at) AS second_at
    FROM firsts AS f
    LEFT JOIN transactions AS t
           ON t.user_id = f.user_id
          AND t.created_at > f.first_at
    GROUP BY f.user_id, f.first_at
),
gaps AS (
    SELECT user_id,
           CAST(second_at AS DATE) - CAST(first_at AS DATE) AS gap_days
    FROM seconds
)
SELECT CASE WHEN gap_days IS NULL THEN 'no second order'
            WHEN gap_days = 0 THEN 'same day'
            WHEN gap_days <= 7 THEN '1 to 7 days'
            WHEN gap_days <= 30 THEN '8 to 30 days'
            WHEN gap_days <= 90 THEN '31 to 90 days'
            ELSE 'over 90 days'
       END AS gap_bucket,
       COUNT(*) AS num_users
FROM gaps
GROUP BY gap_bucket
ORDER BY MIN(gap_days) NULLS LAST

# %% nbgrader={"grade_id": "days_to_second_order_test", "grade": true, "points": 3}
expect_columns(days_to_second_order, ["gap_bucket", "num_users"])
expect_row_count(days_to_second_order, 6)
### BEGIN HIDDEN TESTS
expect_same_result(days_to_second_order, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Daily activity in December 2020
# *UNION ALL versus UNION*
#
# Both stack the rows of two queries with the same columns. `UNION ALL` keeps every row;
# `UNION` then removes duplicate rows, and it removes them *within* each input as well as
# across the two. Stack `(user_id, day)` pairs with `UNION` and a customer who ordered twice
# on one day is left with a single row, which is just right for "who was active" and wrong
# for "how many things happened". A common pattern is therefore `UNION ALL` to keep every
# event, then `COUNT(DISTINCT ...)` wherever you need people. December's last day ends at
# 23:59:59 for reviews as well as for orders.
#
# **Question.** An event is one row of `transactions` or one row of `reviews` (every row
# counts, whatever it holds). For each calendar day of December 2020 return `day` (a DATE),
# `num_events` (orders plus reviews created that day) and `num_active_users` (the number of
# different users with at least one event that day). Order by `day`.

# %% nbgrader={"grade_id": "december_activity_2020", "solution": true}
# %%sql december_activity_2020 <<
WITH events AS (
    SELECT user_id, CAST(created_at AS DATE) AS day
    FROM transactions
    WHERE created_at >= DATE '2020-12-01'
      AND created_at < DATE '2021-01-01'
    UNION ALL
    SELECT user_id, CAST(created_at AS DATE) AS day
    FROM reviews
    WHERE created_at >= DATE '2020-12-01'
      AND created_at < DATE '2021-01-01'
)
SELECT day,
       COUNT(*) AS num_events,
       COUNT(DISTINCT user_id) AS num_active_users
FROM events
GROUP BY day
ORDER BY day

# %% nbgrader={"grade_id": "december_activity_2020_test", "grade": true, "points": 2}
expect_columns(december_activity_2020, ["day", "num_events", "num_active_users"])
expect_row_count(december_activity_2020, 31)
### BEGIN HIDDEN TESTS
expect_same_result(december_activity_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Buyers in 2019, buyers in 2020
# *INTERSECT, EXCEPT and UNION as set arithmetic*
#
# Treat each year's buyers as a set of `user_id`s. `INTERSECT` keeps the ids in both sets,
# `A EXCEPT B` the ids of A that are not in B, and `UNION` the ids in either; all three
# return distinct rows. Two habits go wrong here. Adding the two yearly counts counts every
# two-year customer twice, which is what `UNION ALL` would do. And "new in 2020" means "did
# not buy in 2019", which is a different set from "signed up in 2020": plenty of accounts
# opened earlier placed their first order in 2020. Mind the year boundaries as well: there
# are orders at the very first and very last second of each year, so a bound written with
# `<=`, a strict `>` or a bare-date `BETWEEN` moves a customer from one set to another.
# Give every subquery in `FROM` an alias (`FROM (...) AS s`): DuckDB does not ask
# for one, but PostgreSQL before version 16 refuses the query without it.
#
# **Question.** Return one row with the columns `buyers_2019` and `buyers_2020` (users with
# at least one transaction in that year), `both_years` (users who bought in both years),
# `only_2019` (bought in 2019 but not in 2020), `only_2020` (bought in 2020 but not in 2019)
# and `either_year` (bought in at least one of the two years).

# %% nbgrader={"grade_id": "buyer_overlap_2019_2020", "solution": true}
# %%sql buyer_overlap_2019_2020 <<
WITH y2019 AS (
    SELECT user_id
    FROM transactions
    WHERE created_at >= DATE '2019-01-01'
      AND created_at < DATE '2020-01-01'
),
y2020 AS (
    SELECT user_id
    FROM transactions
    WHERE created_at >= DATE '2020-01-01'
      AND created_at < DATE '2021-01-01'
)
SELECT (SELECT COUNT(DISTINCT user_id) FROM y2019) AS buyers_2019,
       (SELECT COUNT(DISTINCT user_id) FROM y2020) AS buyers_2020,
       (SELECT COUNT(*) FROM (SELECT user_id FROM y2019
                              INTERSECT
                              SELECT user_id FROM y2020) AS s) AS both_years,
       (SELECT COUNT(*) FROM (SELECT user_id FROM y2019
                              EXCEPT
                              SELECT user_id FROM y2020) AS s) AS only_2019,
       (SELECT COUNT(*) FROM (SELECT user_id FROM y2020
                              EXCEPT
                              SELECT user_id FROM y2019) AS s) AS only_2020,
       (SELECT COUNT(*) FROM (SELECT user_id FROM y2019
                              UNION
                              SELECT user_id FROM y2020) AS s) AS either_year

# %% nbgrader={"grade_id": "buyer_overlap_2019_2020_test", "grade": true, "points": 2}
expect_columns(
    buyer_overlap_2019_2020,
    ["buyers_2019", "buyers_2020", "both_years", "only_2019", "only_2020", "either_year"],
)
expect_row_count(buyer_overlap_2019_2020, 1)
### BEGIN HIDDEN TESTS
expect_same_result(buyer_overlap_2019_2020, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Managers and individual contributors
# *EXCEPT versus NOT IN when the list holds a NULL*
#
# An individual contributor is an employee nobody reports to, that is, an `employee_id`
# that never appears as a `manager_id`. The tempting filter is
# `employee_id NOT IN (SELECT manager_id FROM employees)`. But the CEO's `manager_id` is
# NULL, and `x NOT IN (..., NULL)` is never true: it is either false or unknown, so the
# filter keeps nobody. `EXCEPT` compares whole rows and treats NULLs as equal to each other,
# so `SELECT employee_id ... EXCEPT SELECT manager_id ...` is immune (so is `NOT EXISTS`, or
# excluding the NULL inside the subquery). Also keep a department in the report even when
# it has no individual contributors.
#
# **Question.** One row per department (`Executive` included) with the columns
# `department`, `num_employees`, `num_managers` (its employees with at least one direct
# report) and `num_individual_contributors` (its employees with no direct reports; 0 when
# there are none). An employee belongs to the department in their own row. Order by
# `department`, A to Z.

# %% nbgrader={"grade_id": "managers_and_contributors", "solution": true}
# %%sql managers_and_contributors <<
WITH individual_contributors AS (
    SELECT employee_id FROM employees
    EXCEPT
    SELECT manager_id FROM employees
)
SELECT e.department,
       COUNT(*) AS num_employees,
       COUNT(*) - COUNT(ic.employee_id) AS num_managers,
       COUNT(ic.employee_id) AS num_individual_contributors
FROM employees AS e
LEFT JOIN individual_contributors AS ic ON ic.employee_id = e.employee_id
GROUP BY e.department
ORDER BY e.department

# %% nbgrader={"grade_id": "managers_and_contributors_test", "grade": true, "points": 2}
expect_columns(
    managers_and_contributors,
    ["department", "num_employees", "num_managers", "num_individual_contributors"],
)
### BEGIN HIDDEN TESTS
expect_same_result(managers_and_contributors, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Did one-star reviewers come back?
# *Correlated subquery versus join fan-out*
#
# A correlated subquery is re-evaluated for each outer row and may refer to it, for
# example `t.created_at > (SELECT MIN(r.created_at) FROM reviews AS r WHERE r.user_id =
# t.user_id AND r.rating = 1)`: one number per order, so every order is counted at most
# once. The join that looks equivalent, `JOIN reviews AS r ON r.user_id = t.user_id AND
# r.rating = 1 AND t.created_at > r.created_at`, pairs each order with *every* earlier
# one-star review, so an order placed after two such reviews is counted twice. Several
# customers here have more than one one-star review (some submitted the same one twice).
# Compute the "first one-star review" per user once, in a CTE or a subquery, and compare
# with that.
#
# **Question.** A critic is a user with at least one review rated 1. Return one row with
# `num_critics` (the number of critics), `num_returned` (critics with at least one
# transaction placed strictly after their first 1-star review) and `revenue_after` (the
# revenue of all critics' transactions placed strictly after their own first 1-star review,
# rounded to 2 decimals).

# %% nbgrader={"grade_id": "critics_came_back", "solution": true}
# %%sql critics_came_back <<
WITH first_one_star AS (
    SELECT user_id,
           MIN(created_at) AS first_at
    FROM reviews
    WHERE rating = 1
    GROUP BY user_id
)
SELECT COUNT(*) AS num_critics,
       COUNT(*) FILTER (WHERE EXISTS (
           SELECT 1
           FROM transactions AS t
           WHERE t.user_id = f.user_id
             AND t.created_at > f.first_at
       )) AS num_returned,
       (SELECT ROUND(SUM(t.quantity * p.price), 2)
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at > (SELECT MIN(r.created_at)
                              FROM reviews AS r
                              WHERE r.user_id = t.user_id
                                AND r.rating = 1)) AS revenue_after
FROM first_one_star AS f

# %% nbgrader={"grade_id": "critics_came_back_test", "grade": true, "points": 2}
expect_columns(critics_came_back, ["num_critics", "num_returned", "revenue_after"])
expect_row_count(critics_came_back, 1)
### BEGIN HIDDEN TESTS
expect_same_result(critics_came_back, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Reviews submitted twice
# *De-duplicating near-identical rows, then GROUP BY*
#
# A double click on "submit" stores the same review twice, a few seconds apart: same user,
# same product, same rating, a slightly later timestamp and a new `review_id`. Three quick
# fixes go wrong in this data. `GROUP BY user_id, product_id, rating` merges far more than
# the accidents, because many customers bought a product again and rated it again, often
# with the same stars, days or months later. Grouping on the timestamp cut to the minute
# (or to the day) splits a pair whose two clicks straddle the cut, and both happen here
# (the day-level version also merges a few genuine same-day repeats). What works is to
# decide, row by row, whether an *earlier* row with the same key lies within the window:
# left-join each review to its earlier copies, `GROUP BY` the review and count them, and
# keep the reviews with none (`NOT EXISTS` over the same condition says the same thing).
#
# **Question.** A row is a double submission when another review with the same `user_id`,
# `product_id` and `rating` was submitted at most 60 seconds before it (strictly earlier).
# For each rating from 1 to 5 return `rating`, `num_rows` (rows in `reviews` with that
# rating) and `num_reviews` (the rows that remain once every double submission is
# dropped). Order by `rating`.

# %% nbgrader={"grade_id": "double_submitted_reviews", "solution": true}
# %%sql double_submitted_reviews <<
WITH earlier_copies AS (
    SELECT r.review_id,
           r.rating,
           COUNT(e.review_id) AS num_earlier
    FROM reviews AS r
    LEFT JOIN reviews AS e
           ON e.user_id = r.user_id
          AND e.product_id = r.product_id
          AND e.rating = r.rating
          AND e.created_at < r.created_at
          AND e.created_at >= r.created_at - INTERVAL '60 seconds'
    GROUP BY r.review_id, r.rating
)
SELECT rating,
       COUNT(*) AS num_rows,
       COUNT(*) FILTER (WHERE num_earlier = 0) AS num_reviews
FROM earlier_copies
GROUP BY rating
ORDER BY rating

# %% nbgrader={"grade_id": "double_submitted_reviews_test", "grade": true, "points": 3}
expect_columns(double_submitted_reviews, ["rating", "num_rows", "num_reviews"])
expect_row_count(double_submitted_reviews, 5)
### BEGIN HIDDEN TESTS
expect_same_result(double_submitted_reviews, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Ratings as customers see them now
# *The latest row per group with a correlated subquery*
#
# Some customers reviewed a product and came back days later with a different rating;
# others reviewed a repeat purchase. If only each customer's current opinion of a product
# should count, keep one row per (user, product) pair: the most recent. A correlated
# subquery says it directly, `r.created_at = (SELECT MAX(r2.created_at) FROM reviews AS r2
# WHERE r2.user_id = r.user_id AND r2.product_id = r.product_id)`, and so does a join to a
# CTE holding the latest timestamp per pair. `MAX(rating)` per pair is a different number
# (the best rating ever given, not the latest), and adding `rating` to the `GROUP BY` keeps
# one row per distinct rating instead of one per pair. (No pair has two reviews at the same
# instant, and a double submission repeats its rating, so the latest row is never
# ambiguous.)
#
# **Question.** Keep, for every (`user_id`, `product_id`) pair in `reviews`, only its most
# recent review. Then, per product category (the product without a category reported as
# `'Uncategorized'`), return `category`, `num_ratings` (the number of pairs) and
# `avg_rating` (the average of those latest ratings, rounded to 2 decimals). Order by
# `category`, A to Z.

# %% nbgrader={"grade_id": "latest_rating_by_category", "solution": true}
# %%sql latest_rating_by_category <<
SELECT COALESCE(p.category, 'Uncategorized') AS category,
       COUNT(*) AS num_ratings,
       ROUND(AVG(r.rating), 2) AS avg_rating
FROM reviews AS r
JOIN products AS p ON p.product_id = r.product_id
WHERE r.created_at = (
    SELECT MAX(r2.created_at)
    FROM reviews AS r2
    WHERE r2.user_id = r.user_id
      AND r2.product_id = r.product_id
)
GROUP BY COALESCE(p.category, 'Uncategorized')
ORDER BY category

# %% nbgrader={"grade_id": "latest_rating_by_category_test", "grade": true, "points": 3}
expect_columns(latest_rating_by_category, ["category", "num_ratings", "avg_rating"])
### BEGIN HIDDEN TESTS
expect_same_result(latest_rating_by_category, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week01/sql_ctes_aggregation.ipynb`. The report shows
#   every exercise's points, hidden checks included.
# - For each question you missed, first find its edge case in the data with a scratch query
#   (the customers with exactly 10 orders, the 53 Thursdays, the CEO's NULL `manager_id`, the
#   reviews a few seconds apart), then fix the query.
# - Answer a few questions a second way: question 9 with `NOT EXISTS`, question 10 with a join
#   to a CTE, question 12 with a join instead of the correlated subquery, question 7 with
#   `UNION` where it is the right tool. Then explain out loud, in two minutes each, why both
#   versions agree.
# - Week 2 adds window functions, which make "latest row per group", "second order" and
#   "share of the total" one-liners; knowing the versions without them, as here, is what
#   lets you check a window query's answer.
