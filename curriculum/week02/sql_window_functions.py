# %% [markdown]
# # Week 2 · SQL window functions
#
# Twelve interview-style questions on the retail database, all about window functions:
# ranking with ties, the top N of every group, running totals and moving averages, the
# previous row with `LAG`, shares of a total, de-duplication, first and last values,
# buckets, and filtering on a window's result. These are the queries that separate a
# comfortable SQL candidate from a nervous one, and every question here hides a detail of
# the real data (tied salaries, a day without sales, a review submitted twice, a category
# with a missing month) that the quick answer gets wrong. Read each question to the letter,
# and aim for about 20 minutes per question.
#
# **The one idea behind all of them.** A window function computes a value for every row
# from a set of related rows (its *window*) without collapsing those rows the way
# `GROUP BY` does. `OVER (PARTITION BY ... ORDER BY ... <frame>)` says which rows are
# related (the partition), in which order they are seen, and, for aggregates such as `SUM`
# and `AVG`, which slice of the ordered partition goes into the value (the frame). Window
# functions run after `WHERE`, `GROUP BY` and `HAVING`, so they see only the rows that
# survived those clauses, and you cannot filter on them in `WHERE`.
#
# **How to answer.** Every exercise has an answer cell whose first line is
# `%%sql <name> <<`. Keep that line exactly as it is and write your query below it: the line
# runs the query on DuckDB and stores the result table in a Python variable called `<name>`.
# Run the answer cell, then the test cell under it.
#
# **How grading works.** The test cell you can see checks the shape of your answer: the
# column names and, where the question fixes it, the number of rows. The real grade
# (`autograde check`, see the end of the notebook) adds a hidden check that compares every
# row of your result with a reference query run on the same database; nbgrader's Validate
# button runs only the visible part. Column order and the letter case of column names are
# free; numbers are compared to 6 decimal places, so INTEGER versus BIGINT or DECIMAL versus
# DOUBLE never matters, but where a question asks you to round, round the final value the
# same way. A DATE and a TIMESTAMP at midnight compare equal. Row order only counts when the
# question asks for one. A failed check describes your result, never the expected one.
#
# **The tables.**
#
# | table | columns |
# |---|---|
# | `employees` | `employee_id`, `name`, `manager_id` (NULL for the CEO), `department`, `salary` (DOUBLE, may be NULL), `hire_date` |
# | `users` | `user_id`, `name`, `signup_date` (DATE), `country` (may be NULL), `is_prime` (BOOLEAN) |
# | `products` | `product_id`, `name`, `category` (may be NULL), `price` (DOUBLE) |
# | `transactions` | `transaction_id` (increases with `created_at`), `user_id`, `product_id`, `quantity`, `created_at` (TIMESTAMP, 2019-01-01 to 2020-12-31) |
# | `reviews` | `review_id` (increases with `created_at`), `user_id`, `product_id`, `rating` (1 to 5), `created_at` (TIMESTAMP) |
#
# One transaction is one order; its revenue is `quantity * price`, with the price taken from
# `products`. "In 2020" always means from 2020-01-01 00:00:00 up to and including
# 2020-12-31 23:59:59.

# %% [markdown]
# Scratch space: this cell is not graded. Change the query to look at any table before you
# answer (`con.sql(...)` runs SQL on the same read-only database).

# %%
con.sql("SELECT * FROM reviews ORDER BY user_id, product_id, created_at LIMIT 8")

# %% [markdown]
# ## 1. Three ways to rank salaries
# *ROW_NUMBER, RANK and DENSE_RANK with real ties*
#
# The three ranking functions agree until two rows tie on the `ORDER BY` value, and this
# table has tied salaries inside several departments. `ROW_NUMBER` never repeats a number:
# tied rows get consecutive numbers in an order you must fix yourself with a tie-breaking
# column, or the database picks one, possibly differently on every run. `RANK` gives tied
# rows the same number and then skips (1, 2, 2, 4), like a race with a shared second place.
# `DENSE_RANK` gives tied rows the same number without skipping (1, 2, 2, 3), so its ranks
# count distinct values, which is what "the third-highest salary" usually means.
# `PARTITION BY department` restarts the numbering in every department; leave it out and
# you rank the whole company. Put the tie-breaker only where you want one: added to the
# `ORDER BY` of `RANK`, it breaks the very ties `RANK` exists to report. A portability note:
# where NULLs go in a sort differs between databases (DuckDB puts them last by default,
# PostgreSQL puts them first in a descending sort), which is one more reason to decide about
# the missing salaries on purpose.
#
# **Question.** For every employee with a salary on file (leave out the two whose salary is
# NULL), return `employee_id`, `department`, `salary` and three ranks of that salary within
# the employee's department, highest salary first: `salary_row_number` (`ROW_NUMBER`, equal
# salaries ordered by `employee_id`, smallest first), `salary_rank` (`RANK`) and
# `salary_dense_rank` (`DENSE_RANK`). The CEO's `Executive` department counts as a
# department. Any row order.

# %% nbgrader={"grade_id": "salary_ranks", "solution": true}
# %%sql salary_ranks <<
SELECT employee_id,
       department,
       salary,
       ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC, employee_id)
           AS salary_row_number,
       RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank,
       DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_dense_rank
FROM employees
WHERE salary IS NOT NULL
ORDER BY department, salary_row_number

# %% nbgrader={"grade_id": "salary_ranks_test", "grade": true, "points": 2}
expect_columns(
    salary_ranks,
    [
        "employee_id",
        "department",
        "salary",
        "salary_row_number",
        "salary_rank",
        "salary_dense_rank",
    ],
)
### BEGIN HIDDEN TESTS
expect_same_result(salary_ranks, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Top 3 products of every category in 2020
# *Top N per group: aggregate, rank, then filter*
#
# "The top N of every group" is the window-function question interviewers ask most. It
# takes three steps, and their order matters: aggregate to one row per product (with the
# period filter applied while aggregating), rank the products inside each category, and
# only then keep the ranks up to N. The last step needs a subquery or a CTE (or `QUALIFY`,
# question 10), because a window function's value does not exist yet when `WHERE` runs.
# Decide the tie rule before you write the query: `ROW_NUMBER` with a tie-breaker keeps
# exactly N rows per group, `RANK` or `DENSE_RANK` keep every product tied at the cut.
#
# **Question.** For each category, the three products with the highest revenue in 2020
# (revenue is the sum of `quantity * price` over the product's 2020 transactions). Products
# without a category form a group of their own labelled `'Uncategorized'`; only products
# with 2020 sales take part. Equal revenues are ordered by `product_id`, smallest first, so a
# category never has more than three rows (fewer when fewer of its products sold). Columns:
# `category`, `product_id`, `name`, `revenue` (rounded to 2 decimals) and
# `rank_in_category` (1, 2 or 3). Order by `category` A to Z, then `rank_in_category`.

# %% nbgrader={"grade_id": "top3_products_2020", "solution": true}
# %%sql top3_products_2020 <<
WITH revenue_2020 AS (
    SELECT COALESCE(p.category, 'Uncategorized') AS category,
           p.product_id,
           p.name,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY COALESCE(p.category, 'Uncategorized'), p.product_id, p.name
),
ranked AS (
    SELECT category,
           product_id,
           name,
           revenue,
           ROW_NUMBER() OVER (PARTITION BY category ORDER BY revenue DESC, product_id)
               AS rank_in_category
    FROM revenue_2020
)
SELECT category,
       product_id,
       name,
       ROUND(revenue, 2) AS revenue,
       rank_in_category
FROM ranked
WHERE rank_in_category <= 3
ORDER BY category, rank_in_category

# %% nbgrader={"grade_id": "top3_products_2020_test", "grade": true, "points": 2}
expect_columns(
    top3_products_2020, ["category", "product_id", "name", "revenue", "rank_in_category"]
)
### BEGIN HIDDEN TESTS
expect_same_result(top3_products_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Each product's share of its category
# *Window aggregates: the whole partition, no ORDER BY*
#
# An aggregate with `OVER` keeps every row and writes the aggregate next to it:
# `SUM(revenue) OVER (PARTITION BY category)` puts the category total on each product's
# row, and `SUM(revenue) OVER ()` puts the grand total there. Dividing by either gives a
# share without a second query or a join. Adding `ORDER BY` inside that `OVER` is not
# harmless: as soon as a window has an `ORDER BY`, its default frame stops at the current
# row (and its ties), so the "total" silently turns into a running total. Aggregates also
# nest: in a grouped query, `SUM(SUM(x)) OVER (...)` sums the group totals.
#
# **Question.** For every product with sales in 2020: `category` (`'Uncategorized'` for
# products without one), `product_id`, `revenue` (its 2020 revenue, the sum of
# `quantity * price`), `pct_of_category` (100 times its revenue divided by the 2020 revenue
# of its category) and `pct_of_total` (100 times its revenue divided by the 2020 revenue of
# the whole shop). Round each of the three numbers to 2 decimals, computing the percentages
# from unrounded revenues. Any row order.

# %% nbgrader={"grade_id": "category_revenue_share", "solution": true}
# %%sql category_revenue_share <<
WITH revenue_2020 AS (
    SELECT COALESCE(p.category, 'Uncategorized') AS category,
           p.product_id,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY COALESCE(p.category, 'Uncategorized'), p.product_id
)
SELECT category,
       product_id,
       ROUND(revenue, 2) AS revenue,
       ROUND(100 * revenue / SUM(revenue) OVER (PARTITION BY category), 2) AS pct_of_category,
       ROUND(100 * revenue / SUM(revenue) OVER (), 2) AS pct_of_total
FROM revenue_2020
ORDER BY category, revenue DESC

# %% nbgrader={"grade_id": "category_revenue_share_test", "grade": true, "points": 2}
expect_columns(
    category_revenue_share,
    ["category", "product_id", "revenue", "pct_of_category", "pct_of_total"],
)
### BEGIN HIDDEN TESTS
expect_same_result(category_revenue_share, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Revenue to date, day by day
# *Running totals, restarting per partition*
#
# `SUM(x) OVER (ORDER BY day)` is a running total: each row adds up everything from the
# first row to itself. Add `PARTITION BY` and the total restarts in every partition, which
# turns "year to date" into "month to date". Aggregate to one row per day first and take the
# running total of the daily totals. The frame you get when you write only `ORDER BY` is
# `RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`, and `RANGE` treats rows with the same
# `ORDER BY` value as one block ("peers") that always share the same total; on one row per
# day that makes no difference, but on raw order lines it does (question 12 comes back to
# it).
#
# **Question.** One row per calendar day of 2020 (every day of 2020 had orders, so 366
# rows): `day` (a DATE), `daily_revenue` (the day's sum of `quantity * price`),
# `cumulative_revenue` (revenue from 2020-01-01 up to and including that day) and
# `month_to_date_revenue` (revenue from the first day of that day's month up to and
# including that day). Round the three amounts to 2 decimals, accumulating unrounded
# values. Order by `day`.

# %% nbgrader={"grade_id": "cumulative_revenue_2020", "solution": true}
# %%sql cumulative_revenue_2020 <<
WITH daily AS (
    SELECT CAST(t.created_at AS DATE) AS day,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY CAST(t.created_at AS DATE)
)
SELECT day,
       ROUND(revenue, 2) AS daily_revenue,
       ROUND(SUM(revenue) OVER (ORDER BY day), 2) AS cumulative_revenue,
       ROUND(SUM(revenue) OVER (PARTITION BY date_trunc('month', day) ORDER BY day), 2)
           AS month_to_date_revenue
FROM daily
ORDER BY day

# %% nbgrader={"grade_id": "cumulative_revenue_2020_test", "grade": true, "points": 2}
expect_columns(
    cumulative_revenue_2020,
    ["day", "daily_revenue", "cumulative_revenue", "month_to_date_revenue"],
)
expect_row_count(cumulative_revenue_2020, 366)
### BEGIN HIDDEN TESTS
expect_same_result(cumulative_revenue_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. A 7-day moving average per category
# *Explicit frames: ROWS versus RANGE, days without sales, the edge of the period*
#
# A frame clause says exactly which rows of the ordered partition feed the aggregate.
# `ROWS BETWEEN 6 PRECEDING AND CURRENT ROW` counts physical rows: the current one and the
# six rows before it, whatever dates they carry. `RANGE BETWEEN INTERVAL '6 days' PRECEDING
# AND CURRENT ROW` counts values: every row whose `day` lies within six days before the
# current one (DuckDB also reads `INTERVAL 6 DAY`; PostgreSQL wants the quoted form). The two agree only if every day has exactly one row. When a day without sales has
# no row, six rows back reach seven days back, and the "7-day" window quietly covers eight
# days. Either use `RANGE` on the dates, or first build a calendar of all days
# (`generate_series()`, or DuckDB's `range()`) and left join the sales to it. A related trap is the
# divisor: `AVG` divides by the rows in the frame, so it ignores days without sales instead
# of counting them as 0. And mind where you filter. The window only sees rows that survive
# `WHERE`, so the first days of the period lose their look-back if the filter runs first;
# filter in an outer query.
#
# **Question.** For each product category (leave out the products without a category) and
# each day of 2020 on which that category had sales: `category`, `day` (a DATE),
# `daily_revenue` (the category's revenue that day, the sum of `quantity * price`) and
# `moving_avg_7d`: the category's total revenue over the 7 calendar days ending on `day`
# (that day and the six before it), divided by 7. Days without sales count as 0 revenue,
# and for the first days of January the window reaches back into the last days of December
# 2019. Round both amounts to 2 decimals. Any row order.

# %% nbgrader={"grade_id": "moving_avg_7d", "solution": true}
# %%sql moving_avg_7d <<
WITH daily AS (
    SELECT p.category,
           CAST(t.created_at AS DATE) AS day,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE p.category IS NOT NULL
    GROUP BY p.category, CAST(t.created_at AS DATE)
),
smoothed AS (
    SELECT category,
           day,
           revenue,
           SUM(revenue) OVER (
               PARTITION BY category
               ORDER BY day
               RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW
           ) / 7 AS moving_avg
    FROM daily
)
SELECT category,
       day,
       ROUND(revenue, 2) AS daily_revenue,
       ROUND(moving_avg, 2) AS moving_avg_7d
FROM smoothed
WHERE day >= DATE '2020-01-01'
ORDER BY category, day

# %% nbgrader={"grade_id": "moving_avg_7d_test", "grade": true, "points": 3}
expect_columns(moving_avg_7d, ["category", "day", "daily_revenue", "moving_avg_7d"])
### BEGIN HIDDEN TESTS
expect_same_result(moving_avg_7d, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Month-over-month growth per category
# *LAG, and what "the previous row" really is*
#
# `LAG(x) OVER (PARTITION BY g ORDER BY t)` reads `x` from the previous row of the same
# partition, and returns NULL on the partition's first row (`LEAD` reads the next row).
# Without `PARTITION BY`, the first month of one category is compared with the last month
# of another; without an `ORDER BY` inside the `OVER`, "previous" means whatever order the
# rows happen to arrive in. There is a subtler catch: `LAG` returns the previous *row*, not
# the previous *month*. When a month has no sales, it has no row, and `LAG` silently
# compares with an older month. Two categories in this data have such a gap. Check that the
# previous row really is the month before (or build a full grid of months first).
#
# **Question.** One row per category and calendar month in which that category had sales,
# over the whole data (January 2019 to December 2020); products without a category form a
# category of their own labelled `'Uncategorized'`. Columns: `category`, `month` (the first
# day of the month, as a DATE or a TIMESTAMP at midnight), `revenue` (the category's revenue
# that month, the sum of `quantity * price`), `prev_month_revenue` (its revenue in the
# calendar month just before) and `growth_pct` (100 times (`revenue` minus
# `prev_month_revenue`) divided by `prev_month_revenue`). When the category had no sales in
# the month just before (this includes its first month in the data), both
# `prev_month_revenue` and `growth_pct` are NULL. Round the three numbers to 2 decimals,
# computing the growth from unrounded revenues. Any row order.

# %% nbgrader={"grade_id": "category_mom_growth", "solution": true}
# %%sql category_mom_growth <<
WITH monthly AS (
    SELECT COALESCE(p.category, 'Uncategorized') AS category,
           CAST(date_trunc('month', t.created_at) AS DATE) AS month,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    GROUP BY COALESCE(p.category, 'Uncategorized'), CAST(date_trunc('month', t.created_at) AS DATE)
),
with_previous AS (
    SELECT category,
           month,
           revenue,
           LAG(month) OVER (PARTITION BY category ORDER BY month) AS previous_row_month,
           LAG(revenue) OVER (PARTITION BY category ORDER BY month) AS previous_row_revenue
    FROM monthly
),
checked AS (
    SELECT category,
           month,
           revenue,
           CASE WHEN previous_row_month = month - INTERVAL '1 month'
                THEN previous_row_revenue END AS prev_revenue
    FROM with_previous
)
SELECT category,
       month,
       ROUND(revenue, 2) AS revenue,
       ROUND(prev_revenue, 2) AS prev_month_revenue,
       ROUND(100 * (revenue - prev_revenue) / prev_revenue, 2) AS growth_pct
FROM checked
ORDER BY category, month

# %% nbgrader={"grade_id": "category_mom_growth_test", "grade": true, "points": 3}
expect_columns(
    category_mom_growth,
    ["category", "month", "revenue", "prev_month_revenue", "growth_pct"],
)
### BEGIN HIDDEN TESTS
expect_same_result(category_mom_growth, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Days between purchases
# *LAG per customer, date differences*
#
# The time since a customer's previous order is `LAG` again, this time partitioned by
# customer and ordered by time. Leave out `PARTITION BY user_id` and each order is
# compared with somebody else's order placed just before it. Be precise about the unit:
# here a gap is counted in calendar days between the two order dates, so two orders on the
# same day are 0 days apart and an order at 23:50 followed by one at 00:10 the next day
# are 1 day apart. Subtracting two TIMESTAMPs gives an interval, and its day count is the
# number of whole 24-hour periods, a different number. `date_diff('day', a, b)` on two
# DATEs gives calendar days, and so does `b - a` on two DATEs, the spelling PostgreSQL (which
# has no `date_diff`) understands as well. A customer's first order has no previous order: its gap is
# NULL, and aggregates skip NULLs.
#
# **Question.** For every user with at least two transactions (over the whole data): `user_id`,
# `num_orders` (their number of transactions), `avg_gap_days` (the average, over each
# transaction except their first, of the number of calendar days since their previous
# transaction, rounded to 2 decimals) and `max_gap_days` (the largest of those gaps).
# Order a user's transactions by `created_at`, then `transaction_id`. Any row order.

# %% nbgrader={"grade_id": "purchase_gaps", "solution": true}
# %%sql purchase_gaps <<
WITH dated AS (
    SELECT user_id,
           CAST(created_at AS DATE) AS day,
           LAG(CAST(created_at AS DATE)) OVER (
               PARTITION BY user_id ORDER BY created_at, transaction_id
           ) AS previous_day
    FROM transactions
)
SELECT user_id,
       COUNT(*) AS num_orders,
       ROUND(AVG(day - previous_day), 2) AS avg_gap_days,
       MAX(day - previous_day) AS max_gap_days
FROM dated
GROUP BY user_id
HAVING COUNT(*) >= 2
ORDER BY user_id

# %% nbgrader={"grade_id": "purchase_gaps_test", "grade": true, "points": 2}
expect_columns(purchase_gaps, ["user_id", "num_orders", "avg_gap_days", "max_gap_days"])
### BEGIN HIDDEN TESTS
expect_same_result(purchase_gaps, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. First and latest purchase of every customer
# *FIRST_VALUE, LAST_VALUE and the default frame*
#
# `FIRST_VALUE(x) OVER (PARTITION BY user_id ORDER BY created_at)` works as you expect.
# `LAST_VALUE` with the same `OVER` does not: with an `ORDER BY` and no frame clause, the
# frame ends at the current row, so the "last" value is just the current row's own value.
# Write the frame out, `ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING`, or take
# `FIRST_VALUE` over the reversed order. Both functions still return one value per input
# row, so reduce to one row per customer afterwards (`DISTINCT`, a `GROUP BY`, or keeping
# row number 1). The first purchase is about time, not about ids: the smallest
# `product_id` a customer bought is a different thing.
#
# **Question.** For every user who has at least one transaction: `user_id`,
# `first_product_id` (the product of their earliest transaction) and `last_product_id` (the
# product of their latest transaction), ordering a user's transactions by `created_at`,
# then `transaction_id`. A user with a single transaction has the same product in both
# columns. Any row order.

# %% nbgrader={"grade_id": "first_last_purchase", "solution": true}
# %%sql first_last_purchase <<
SELECT DISTINCT
       user_id,
       FIRST_VALUE(product_id) OVER purchases AS first_product_id,
       LAST_VALUE(product_id) OVER purchases AS last_product_id
FROM transactions
WINDOW purchases AS (
    PARTITION BY user_id
    ORDER BY created_at, transaction_id
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
)
ORDER BY user_id

# %% nbgrader={"grade_id": "first_last_purchase_test", "grade": true, "points": 2}
expect_columns(first_last_purchase, ["user_id", "first_product_id", "last_product_id"])
### BEGIN HIDDEN TESTS
expect_same_result(first_last_purchase, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Keep each customer's latest review
# *De-duplication with ROW_NUMBER*
#
# Real event tables contain repeats. Here some reviews were submitted twice a few seconds
# apart (a double click), and some customers came back days later and changed their
# rating. The standard fix numbers the rows inside each group of "the same thing"
# (`PARTITION BY` the columns that define a duplicate), newest first, and keeps row number 1.
# `ROW_NUMBER` is the right function because it never repeats a number, so exactly one row
# per group survives; give its `ORDER BY` a tie-breaker so that the survivor is always the
# same row. `SELECT DISTINCT` does not do this job: the two reviews of a customer who changed
# their mind differ in rating and time, so both stay.
#
# **Question.** Keep, for every (`user_id`, `product_id`) pair in `reviews`, only the latest
# review: the one with the latest `created_at`, and the larger `review_id` if two share it.
# Return its `review_id`, `user_id`, `product_id`, `rating` and `created_at`. Any row order.

# %% nbgrader={"grade_id": "latest_reviews", "solution": true}
# %%sql latest_reviews <<
WITH numbered AS (
    SELECT review_id,
           user_id,
           product_id,
           rating,
           created_at,
           ROW_NUMBER() OVER (
               PARTITION BY user_id, product_id
               ORDER BY created_at DESC, review_id DESC
           ) AS newest_first
    FROM reviews
)
SELECT review_id,
       user_id,
       product_id,
       rating,
       created_at
FROM numbered
WHERE newest_first = 1
ORDER BY review_id

# %% nbgrader={"grade_id": "latest_reviews_test", "grade": true, "points": 2}
expect_columns(latest_reviews, ["review_id", "user_id", "product_id", "rating", "created_at"])
### BEGIN HIDDEN TESTS
expect_same_result(latest_reviews, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Second purchases in the last quarter of 2020
# *QUALIFY, and filtering after the window*
#
# `QUALIFY` is to window functions what `HAVING` is to aggregates: a filter that runs after
# the window values exist, so a condition on `ROW_NUMBER() OVER (...)` needs no subquery.
# Each department's best-paid employee, for example:
#
# ```sql
# SELECT *
# FROM employees
# WHERE salary IS NOT NULL
# QUALIFY ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC, employee_id) = 1
# ```
#
# It is not standard SQL: DuckDB, Snowflake, BigQuery and, since 2023, Redshift accept it,
# while PostgreSQL, MySQL and SQL Server do not. The portable form computes the window in a
# subquery and filters outside it:
#
# ```sql
# SELECT *
# FROM (
#     SELECT e.*,
#            ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC, employee_id) AS n
#     FROM employees AS e
#     WHERE salary IS NOT NULL
# ) AS numbered
# WHERE n = 1
# ```
#
# The trap in this question is *when* a condition applies. A condition in `WHERE` removes
# rows before any window is computed, so `WHERE created_at >= '2020-10-01'` followed by
# "row number 2" finds each customer's second purchase *of the quarter*, not their second
# purchase ever. A condition on the purchase found by the window belongs after it, in
# `QUALIFY` or in the outer query.
#
# **Question.** A customer's second purchase is their second transaction ever, ordering
# their transactions by `created_at`, then `transaction_id`. Find the customers whose second
# purchase took place in the fourth quarter of 2020 (2020-10-01 00:00:00 up to and including
# 2020-12-31 23:59:59), with the columns `user_id`, `transaction_id`, `product_id` and
# `created_at` of that second purchase. DuckDB accepts `QUALIFY`, and the subquery form
# works too (on PostgreSQL only the subquery form does). Any row order.

# %% nbgrader={"grade_id": "second_purchase_q4_2020", "solution": true}
# %%sql second_purchase_q4_2020 <<
SELECT user_id,
       transaction_id,
       product_id,
       created_at
FROM (
    SELECT user_id,
           transaction_id,
           product_id,
           created_at,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, transaction_id)
               AS purchase_no
    FROM transactions
) AS numbered
WHERE purchase_no = 2
  AND created_at >= DATE '2020-10-01'
  AND created_at < DATE '2021-01-01'
ORDER BY user_id

# %% nbgrader={"grade_id": "second_purchase_q4_2020_test", "grade": true, "points": 2}
expect_columns(
    second_purchase_q4_2020, ["user_id", "transaction_id", "product_id", "created_at"]
)
### BEGIN HIDDEN TESTS
expect_same_result(second_purchase_q4_2020, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Customer spend quartiles
# *NTILE buckets, and who belongs in the population*
#
# `NTILE(4) OVER (ORDER BY x DESC)` deals the ordered rows into 4 buckets of (almost) equal
# size: when the count does not divide evenly, the first buckets get one row more. It cuts
# by position, so two customers with the same spend can land in different buckets; a
# tie-breaker in the `ORDER BY` at least makes the cut repeatable. The direction decides
# what bucket 1 means, so read which end the question wants first. Its relatives answer
# other questions: `PERCENT_RANK()` is (rank - 1) / (rows - 1), from 0 to 1, and
# `CUME_DIST()` is the share of rows at or before the current one. Turning `PERCENT_RANK`
# into quartiles by multiplying by 4 goes wrong on the last row of the order, where it
# reaches exactly 1 and makes a fifth bucket. Before any of this, pin the population down:
# customers who spent nothing in 2020 are not 2020 customers.
#
# **Question.** Take the users with at least one transaction in 2020 and their 2020 spend
# (the sum of `quantity * price`). Split them into 4 buckets with `NTILE(4)`, ordering by
# spend from highest to lowest (equal spends by `user_id`, smallest first), so that
# quartile 1 holds the biggest spenders. Return one row per quartile: `quartile` (1 to 4),
# `num_customers`, `min_spend` and `max_spend` (the smallest and largest spend in the
# quartile) and `pct_of_revenue` (100 times the quartile's total spend divided by the
# 2020 revenue of all customers). Round the three amounts to 2 decimals. Order by
# `quartile`.

# %% nbgrader={"grade_id": "spend_quartiles_2020", "solution": true}
# %%sql spend_quartiles_2020 <<
WITH spend AS (
    SELECT t.user_id,
           SUM(t.quantity * p.price) AS spend
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY t.user_id
),
bucketed AS (
    SELECT user_id,
           spend,
           NTILE(4) OVER (ORDER BY spend DESC, user_id) AS quartile
    FROM spend
)
SELECT quartile,
       COUNT(*) AS num_customers,
       ROUND(MIN(spend), 2) AS min_spend,
       ROUND(MAX(spend), 2) AS max_spend,
       ROUND(100 * SUM(spend) / SUM(SUM(spend)) OVER (), 2) AS pct_of_revenue
FROM bucketed
GROUP BY quartile
ORDER BY quartile

# %% nbgrader={"grade_id": "spend_quartiles_2020_test", "grade": true, "points": 2}
expect_columns(
    spend_quartiles_2020,
    ["quartile", "num_customers", "min_spend", "max_spend", "pct_of_revenue"],
)
expect_row_count(spend_quartiles_2020, 4)
### BEGIN HIDDEN TESTS
expect_same_result(spend_quartiles_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. How concentrated is revenue? A Pareto table
# *Running totals over tied values: ROWS versus the default RANGE*
#
# A Pareto table sorts customers from the biggest spender down and accumulates their spend,
# so you can read off how many customers make up half of the revenue. Many customers in
# this data spent exactly the same amount (one purchase of the same product, for instance).
# With `SUM(spend) OVER (ORDER BY spend DESC)`, the default `RANGE` frame treats all the
# customers tied on `spend` as peers and gives every one of them the total *including all
# of the others*, so the running total jumps instead of climbing one customer at a time.
# Either make the `ORDER BY` unique (add `user_id`) or ask for
# `ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`, and preferably both, so the window
# matches the row order you report. One more trap hides in "exactly the same amount":
# `price` is a DOUBLE, a binary fraction, and a sum of doubles depends on the order of the
# additions, so two customers who both spent $1,067.22 can end up a few units apart in the
# 13th digit. Their spends then no longer tie, and the tie-break on `user_id` never applies.
# Every spend here is a whole number of cents, so round each one to 2 decimals before you
# rank or accumulate: that changes no amount, only removes the noise. (A database that
# stores prices as exact `NUMERIC`, as PostgreSQL schemas usually do, has no such noise.)
#
# **Question.** For every user with at least one transaction in 2020: `user_id`, `spend`
# (their 2020 sum of `quantity * price`), `spend_rank` (1 for the biggest spender, then 2,
# 3, ..., equal spends ordered by `user_id`, smallest first, so no two users share a rank),
# `cumulative_spend` (the total spend of the users ranked 1 up to this one) and
# `cumulative_pct` (100 times `cumulative_spend` divided by the 2020 revenue of all
# customers). Rank and accumulate the spends rounded to cents (see above), and round
# `cumulative_spend` and `cumulative_pct` to 2 decimals as well. Order by `spend_rank`.

# %% nbgrader={"grade_id": "customer_pareto_2020", "solution": true}
# %%sql customer_pareto_2020 <<
WITH spend AS (
    SELECT t.user_id,
           ROUND(SUM(t.quantity * p.price), 2) AS spend
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2020-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY t.user_id
),
accumulated AS (
    SELECT user_id,
           spend,
           ROW_NUMBER() OVER (ORDER BY spend DESC, user_id) AS spend_rank,
           SUM(spend) OVER (
               ORDER BY spend DESC, user_id
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ) AS cumulative_spend,
           SUM(spend) OVER () AS total_spend
    FROM spend
)
SELECT user_id,
       ROUND(spend, 2) AS spend,
       spend_rank,
       ROUND(cumulative_spend, 2) AS cumulative_spend,
       ROUND(100 * cumulative_spend / total_spend, 2) AS cumulative_pct
FROM accumulated
ORDER BY spend_rank

# %% nbgrader={"grade_id": "customer_pareto_2020_test", "grade": true, "points": 3}
expect_columns(
    customer_pareto_2020,
    ["user_id", "spend", "spend_rank", "cumulative_spend", "cumulative_pct"],
)
### BEGIN HIDDEN TESTS
expect_same_result(customer_pareto_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week02/sql_window_functions.ipynb`. The report lists
#   every exercise with its points, hidden checks included.
# - For every question you missed, find the rows that make the difference in a scratch
#   query: the tied salaries, the missing day of the `Home` category, the months without
#   sales, the reviews of the same product by the same customer, the customers with equal
#   spend.
# - Rewrite three answers the other way: question 10 with the portable subquery instead of
#   `QUALIFY`, question 5 with a calendar of all days and a `ROWS` frame, question 8 with
#   `FIRST_VALUE` over a descending order instead of `LAST_VALUE`.
# - Before writing any window, say its three parts out loud (partition, order, frame), as
#   you would to an interviewer. Most wrong answers in this notebook get one of the three
#   wrong.
