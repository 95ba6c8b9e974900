# %% [markdown]
# # Week 2 · SQL for cohorts, retention and growth
#
# Eleven graded SQL questions in the style of a product-analytics screen. None of them needs
# an exotic function: what they test is date logic (which month, which week, which day a
# purchase belongs to) and the discipline of building a metric in small named steps with
# CTEs. Every one of them has a quick answer that runs, looks plausible and is wrong on this
# data, because the data contains the month without sales, the midnight order or the
# customer whose two orders fall on the same day that breaks it. Pin the definitions down
# before you type: the population, the denominator, the calendar unit, what an empty period
# shows. Aim for about 20 to 25 minutes a question.
#
# **How to answer.** Each answer cell starts with the line `%%sql <name> <<`. Leave that line
# alone and write your query under it: running the cell runs the query on DuckDB and keeps the
# result table in a Python variable called `<name>`. Run the answer cell, then the test cell
# under it.
#
# **How grading works.** The visible test checks the shape of your result: the column names
# and, where the question fixes it, the number of rows. The grade that counts
# (`autograde check`, see the end of the notebook) adds hidden checks that compare every row
# with a reference query run on the same database; nbgrader's Validate button only runs the
# visible part. Column order and the letter case of names are free, numbers are compared to
# 6 decimal places (so integer versus decimal types never matter, but rounding does: round
# the final value, as asked), a DATE and a TIMESTAMP holding the same midnight are equal,
# and row order counts only when the question asks for one. A failing check describes your
# result, never the expected one.
#
# **The tables.**
#
# | table | columns |
# |---|---|
# | `users` | `user_id`, `name`, `signup_date` (DATE, 2018-01-01 to 2020-12-31), `country` (may be NULL), `is_prime` (BOOLEAN) |
# | `products` | `product_id`, `name`, `category` (may be NULL), `price` (DOUBLE) |
# | `transactions` | `transaction_id`, `user_id`, `product_id`, `quantity`, `created_at` (TIMESTAMP, 2019-01-01 00:00:00 to 2020-12-31 23:59:59) |
# | `reviews` | `review_id`, `user_id`, `product_id`, `rating`, `created_at` (not needed here) |
#
# A transaction is one order; its revenue is `quantity * price`, with the price from
# `products`. A customer "buys" or "is active" in a period when they have at least one
# transaction in it. Accounts go back to 2018 but the order history starts on 2019-01-01, so
# "first purchase" always means the first one on record.
#
# **Date tools you will want** (DuckDB spelling; the ideas carry over to any engine):
# `DATE_TRUNC('month', x)` gives midnight on the first day of `x`'s month (DuckDB returns a
# TIMESTAMP, `CAST(... AS DATE)` if you prefer a DATE); `YEAR(x)`, `MONTH(x)`, `ISOYEAR(x)`,
# `WEEK(x)`; `date_diff('day', a, b)` and `date_diff('month', a, b)`;
# `generate_series(start, stop, INTERVAL 1 MONTH)` and `range(a, b)` to build a series of
# periods; window functions such as `LAG(x) OVER (ORDER BY ...)` and `ROW_NUMBER()`.

# %% [markdown]
# Scratch space: this cell is not graded. Change the query to look at any table before you
# answer (`con.sql(...)` runs SQL on the same read-only database).

# %%
con.sql("""
SELECT DATE_TRUNC('month', created_at) AS month, COUNT(*) AS num_orders
FROM transactions
GROUP BY 1
ORDER BY 1
LIMIT 6
""")

# %% [markdown]
# ## 1. Signup cohorts
# *Cohort = signup month; keep the users who never bought*
#
# A cohort groups customers by when they joined, here by the calendar month of
# `signup_date`, and every later cohort metric is a share of that group. So the first number
# to get right is the cohort size, and it comes from `users`, never from `transactions`: a
# join to the orders repeats each customer once per order, and an inner join quietly drops
# the customers who never ordered (about one in eight here), shrinking the very denominator
# the later shares need.
#
# **Question.** One row per signup month that has signups (January 2018 to December 2020),
# with the columns `cohort_month` (the first day of the signup month, as a DATE or a
# TIMESTAMP), `cohort_size` (users who signed up that month), `num_buyers` (those of them
# with at least one transaction, ever) and `buyer_share` (`num_buyers / cohort_size` as a
# fraction, rounded to 3 decimals). Order by `cohort_month`.

# %% nbgrader={"grade_id": "cohort_sizes", "solution": true}
# %%sql cohort_sizes <<
WITH buyers AS (
    SELECT DISTINCT user_id
    FROM transactions
)
SELECT CAST(DATE_TRUNC('month', u.signup_date) AS DATE) AS cohort_month,
       COUNT(*) AS cohort_size,
       COUNT(b.user_id) AS num_buyers,
       ROUND(COUNT(b.user_id) * 1.0 / COUNT(*), 3) AS buyer_share
FROM users AS u
LEFT JOIN buyers AS b ON b.user_id = u.user_id
GROUP BY 1
ORDER BY cohort_month

# %% nbgrader={"grade_id": "cohort_sizes_test", "grade": true, "points": 2}
expect_columns(cohort_sizes, ["cohort_month", "cohort_size", "num_buyers", "buyer_share"])
expect_row_count(cohort_sizes, 36)
### BEGIN HIDDEN TESTS
expect_same_result(cohort_sizes, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Month-1 retention of the 2019 cohorts
# *Calendar-month differences*
#
# "Month N after signup" in this notebook is a calendar-month difference, not an age:
#
# ```sql
# months_since_signup = 12 * (YEAR(created_at) - YEAR(signup_date))
#                       + (MONTH(created_at) - MONTH(signup_date))
# ```
#
# (`YEAR(x)` and `MONTH(x)` are DuckDB's shorthands; `EXTRACT(YEAR FROM x)` and
# `EXTRACT(MONTH FROM x)` mean the same in DuckDB and in PostgreSQL, which has no `YEAR()`.)
#
# So month 0 is the rest of the signup month and month 1 is the next calendar month, even
# for someone who signed up on 31 January and bought on 1 February. Be careful with the
# shortcuts. DuckDB's `date_diff('month', a, b)` counts the month boundaries crossed, which
# is exactly the formula above (Snowflake's `DATEDIFF` behaves the same way; PostgreSQL has
# no such function, so there you write the formula). But
# `date_sub('month', a, b)`, PostgreSQL's `AGE`, and "days divided by 30" all count
# *complete* months elapsed, which puts that 1 February purchase in month 0. Both
# definitions exist in the wild; an interviewer wants to hear which one you use. And
# retention counts people: a customer who bought five times in month 1 is one retained
# customer, out of everyone in the cohort, buyer or not.
#
# **Question.** For the users who signed up in 2019, one row per signup month, with the
# columns `cohort_month` (the first day of the signup month), `cohort_size` (users who signed
# up that month), `retained_users` (those of them with at least one transaction in month 1,
# as defined above) and `retention` (`retained_users / cohort_size` as a fraction, rounded
# to 3 decimals). Order by `cohort_month`.

# %% nbgrader={"grade_id": "month1_retention_2019", "solution": true}
# %%sql month1_retention_2019 <<
WITH cohort AS (
    SELECT user_id,
           signup_date,
           CAST(DATE_TRUNC('month', signup_date) AS DATE) AS cohort_month
    FROM users
    WHERE signup_date >= DATE '2019-01-01'
      AND signup_date < DATE '2020-01-01'
),
month_1_buyers AS (
    SELECT DISTINCT c.user_id
    FROM cohort AS c
    JOIN transactions AS t ON t.user_id = c.user_id
    WHERE 12 * (EXTRACT(YEAR FROM t.created_at) - EXTRACT(YEAR FROM c.signup_date))
          + (EXTRACT(MONTH FROM t.created_at) - EXTRACT(MONTH FROM c.signup_date)) = 1
)
SELECT c.cohort_month,
       COUNT(*) AS cohort_size,
       COUNT(m.user_id) AS retained_users,
       ROUND(COUNT(m.user_id) * 1.0 / COUNT(*), 3) AS retention
FROM cohort AS c
LEFT JOIN month_1_buyers AS m ON m.user_id = c.user_id
GROUP BY c.cohort_month
ORDER BY c.cohort_month

# %% nbgrader={"grade_id": "month1_retention_2019_test", "grade": true, "points": 2}
expect_columns(
    month1_retention_2019, ["cohort_month", "cohort_size", "retained_users", "retention"]
)
expect_row_count(month1_retention_2019, 12)
### BEGIN HIDDEN TESTS
expect_same_result(month1_retention_2019, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. The 2020 retention matrix, in long form
# *A grid of cohorts by months, then a LEFT JOIN onto it*
#
# The retention "triangle" is usually drawn as a pivot (cohorts down, months across), but
# SQL produces it in long form: one row per cohort and month offset, which a spreadsheet or
# a plotting library pivots in one line. Two decisions make or break it. The denominator of
# every cell is the full cohort size, not the number of customers active in month 0 (that
# would be a different metric, and it makes month 0 look like 100%). And a cell with nobody
# active is still a cell: build the grid of (cohort, month offset) pairs first and left join
# the activity onto it, so a quiet month would show 0 instead of disappearing. (On this data
# every observed cell happens to have buyers, but your query should not rely on that.)
#
# **Question.** For the users who signed up in 2020, return one row for every signup month
# and every `months_since_signup` (the calendar-month difference of question 2) from 0 up to
# the last month the data covers, December 2020: 12 rows for the January cohort, 11 for
# February, ... and 1 for December, 78 in all. Columns: `cohort_month` (the first day of the
# signup month), `months_since_signup`, `active_users` (users of the cohort with at least one
# transaction in that month, 0 if none) and `retention` (`active_users` divided by the
# cohort's size, as a fraction rounded to 3 decimals). Order by `cohort_month`, then
# `months_since_signup`.

# %% nbgrader={"grade_id": "retention_matrix_2020", "solution": true}
# %%sql retention_matrix_2020 <<
WITH cohort AS (
    SELECT user_id,
           signup_date,
           CAST(DATE_TRUNC('month', signup_date) AS DATE) AS cohort_month
    FROM users
    WHERE signup_date >= DATE '2020-01-01'
      AND signup_date < DATE '2021-01-01'
),
cohort_size AS (
    SELECT cohort_month, COUNT(*) AS cohort_size
    FROM cohort
    GROUP BY cohort_month
),
grid AS (
    SELECT s.cohort_month, s.cohort_size, r.months_since_signup
    FROM cohort_size AS s
    CROSS JOIN generate_series(0, 11) AS r(months_since_signup)
    WHERE r.months_since_signup <= 12 - EXTRACT(MONTH FROM s.cohort_month)
),
activity AS (
    SELECT DISTINCT c.cohort_month,
           c.user_id,
           12 * (EXTRACT(YEAR FROM t.created_at) - EXTRACT(YEAR FROM c.signup_date))
           + (EXTRACT(MONTH FROM t.created_at) - EXTRACT(MONTH FROM c.signup_date))
               AS months_since_signup
    FROM cohort AS c
    JOIN transactions AS t ON t.user_id = c.user_id
)
SELECT g.cohort_month,
       g.months_since_signup,
       COUNT(a.user_id) AS active_users,
       ROUND(COUNT(a.user_id) * 1.0 / g.cohort_size, 3) AS retention
FROM grid AS g
LEFT JOIN activity AS a
       ON a.cohort_month = g.cohort_month
      AND a.months_since_signup = g.months_since_signup
GROUP BY g.cohort_month, g.months_since_signup, g.cohort_size
ORDER BY g.cohort_month, g.months_since_signup

# %% nbgrader={"grade_id": "retention_matrix_2020_test", "grade": true, "points": 3}
expect_columns(
    retention_matrix_2020,
    ["cohort_month", "months_since_signup", "active_users", "retention"],
)
expect_row_count(retention_matrix_2020, 78)
### BEGIN HIDDEN TESTS
expect_same_result(retention_matrix_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# Once your matrix passes, this (ungraded) cell draws it the way a dashboard would, to show
# what the long form is for. It reads your result, so it only works after question 3 runs.

# %%
import matplotlib.pyplot as plt

_matrix = retention_matrix_2020.rename(columns=str.lower)
if {"cohort_month", "months_since_signup", "retention"} <= set(_matrix.columns):
    _grid = _matrix.pivot_table(
        index="cohort_month", columns="months_since_signup", values="retention"
    )
    _fig, _ax = plt.subplots(figsize=(8, 4))
    _image = _ax.imshow(_grid.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=1)
    _ax.set_yticks(range(len(_grid.index)), [str(m)[:7] for m in _grid.index])
    _ax.set_xticks(range(len(_grid.columns)), _grid.columns)
    _ax.set_xlabel("months since signup")
    _ax.set_ylabel("signup cohort")
    _fig.colorbar(_image, label="retention")
    plt.show()
else:
    print("Answer question 3 first: the chart needs its columns.")

# %% [markdown]
# ## 4. Month-over-month growth of a fading category
# *A month series with generate_series, LAG over every month*
#
# `LAG(revenue) OVER (ORDER BY month)` returns the previous *row*, and that is the previous
# *month* only if every month has a row. Grouping the orders by month produces rows only for
# months with sales, so after a month without sales `LAG` silently reaches back two months,
# and the empty month itself vanishes from the report. The fix is to generate the calendar
# first (`generate_series(DATE '2019-01-01', DATE '2020-12-01', INTERVAL '1 month')`), left
# join the sales onto it and treat a month without sales as revenue 0. Mind where the
# category filter goes: a condition on the joined table in `WHERE` turns the left join back
# into an inner one. Growth is undefined when the previous month is 0, and engines disagree
# on what `x / 0` gives (an error, NULL, or, in the DuckDB used here, infinity), so make it
# NULL on purpose: divide by `NULLIF(prev_revenue, 0)`.
#
# **Question.** The `Garden` category was dropped from the catalogue at the end of 2019.
# Return one row for each of the 24 months from January 2019 to December 2020, with the
# columns `month` (the first day of the month), `revenue` (the month's `Garden` revenue, the
# sum of `quantity * price`, 0 when nothing sold, rounded to 2 decimals), `prev_revenue` (the
# previous calendar month's revenue, rounded to 2 decimals, NULL for January 2019) and
# `mom_growth` (`(revenue - prev_revenue) / prev_revenue` computed from the unrounded
# revenues, as a fraction rounded to 4 decimals; NULL for January 2019 and whenever
# `prev_revenue` is 0). Order by `month`.

# %% nbgrader={"grade_id": "garden_mom_growth", "solution": true}
# %%sql garden_mom_growth <<
WITH months AS (
    SELECT CAST(month_start AS DATE) AS month
    FROM generate_series(DATE '2019-01-01', DATE '2020-12-01', INTERVAL '1 month')
         AS g(month_start)
),
garden_sales AS (
    SELECT CAST(DATE_TRUNC('month', t.created_at) AS DATE) AS month,
           SUM(t.quantity * p.price) AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE p.category = 'Garden'
    GROUP BY 1
),
monthly AS (
    SELECT m.month,
           COALESCE(s.revenue, 0) AS revenue
    FROM months AS m
    LEFT JOIN garden_sales AS s ON s.month = m.month
),
with_previous AS (
    SELECT month,
           revenue,
           LAG(revenue) OVER (ORDER BY month) AS prev_revenue
    FROM monthly
)
SELECT month,
       ROUND(revenue, 2) AS revenue,
       ROUND(prev_revenue, 2) AS prev_revenue,
       ROUND((revenue - prev_revenue) / NULLIF(prev_revenue, 0), 4) AS mom_growth
FROM with_previous
ORDER BY month

# %% nbgrader={"grade_id": "garden_mom_growth_test", "grade": true, "points": 3}
expect_columns(garden_mom_growth, ["month", "revenue", "prev_revenue", "mom_growth"])
expect_row_count(garden_mom_growth, 24)
### BEGIN HIDDEN TESTS
expect_same_result(garden_mom_growth, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Year-over-year growth by category
# *A category-by-month grid, same month last year*
#
# Year-over-year growth compares a month with the same month one year earlier, which removes
# the seasonality that month-over-month numbers are full of (December is huge here). The
# tempting `LAG(revenue, 12)` has the same weakness as before, only worse: over a table with
# gaps, twelve rows back is not twelve months back. Building the grid explicitly (every
# category crossed with the month numbers 1 to 12, from `generate_series(1, 12)`; DuckDB's
# `range(1, 13)` stops before 13, and PostgreSQL has no `range`) and computing both
# years side by side with conditional sums avoids the question altogether. Two more things
# to watch: each year ends at its last second (the data has orders on 31 December after
# midnight, which `BETWEEN ... AND '2020-12-31'` misses), and a category or month with no
# 2020 sales at all still needs its row.
#
# **Question.** One row for every product category (products without a category reported
# as `'Uncategorized'`) and every month number 1 to 12: 120 rows. Columns: `category`,
# `month` (1 to 12), `revenue_2020` and `revenue_2019` (the category's revenue in that
# calendar month of 2020 and of 2019, 0 when nothing sold, each rounded to 2 decimals) and
# `yoy_growth` (`(revenue_2020 - revenue_2019) / revenue_2019` from the unrounded revenues,
# as a fraction rounded to 4 decimals; NULL when `revenue_2019` is 0). Order by `category`
# (A to Z, `'Uncategorized'` sorted as the text it is), then `month`.

# %% nbgrader={"grade_id": "category_yoy_2020", "solution": true}
# %%sql category_yoy_2020 <<
WITH categories AS (
    SELECT DISTINCT COALESCE(category, 'Uncategorized') AS category
    FROM products
),
months AS (
    SELECT month
    FROM generate_series(1, 12) AS r(month)
),
sales AS (
    SELECT COALESCE(p.category, 'Uncategorized') AS category,
           EXTRACT(MONTH FROM t.created_at) AS month,
           SUM(CASE WHEN t.created_at >= DATE '2020-01-01'
                    THEN t.quantity * p.price ELSE 0 END) AS revenue_2020,
           SUM(CASE WHEN t.created_at < DATE '2020-01-01'
                    THEN t.quantity * p.price ELSE 0 END) AS revenue_2019
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    WHERE t.created_at >= DATE '2019-01-01'
      AND t.created_at < DATE '2021-01-01'
    GROUP BY 1, 2
)
SELECT c.category,
       m.month,
       ROUND(COALESCE(s.revenue_2020, 0), 2) AS revenue_2020,
       ROUND(COALESCE(s.revenue_2019, 0), 2) AS revenue_2019,
       ROUND((COALESCE(s.revenue_2020, 0) - s.revenue_2019) / NULLIF(s.revenue_2019, 0), 4)
           AS yoy_growth
FROM categories AS c
CROSS JOIN months AS m
LEFT JOIN sales AS s ON s.category = c.category AND s.month = m.month
ORDER BY c.category, m.month

# %% nbgrader={"grade_id": "category_yoy_2020_test", "grade": true, "points": 3}
expect_columns(
    category_yoy_2020, ["category", "month", "revenue_2020", "revenue_2019", "yoy_growth"]
)
expect_row_count(category_yoy_2020, 120)
### BEGIN HIDDEN TESTS
expect_same_result(category_yoy_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. New versus returning customers
# *Classify customers, not orders*
#
# A customer is *new* in the month of their first purchase and *returning* in every later
# month in which they buy. The trap is classifying orders instead of customers: compare each
# transaction with the customer's first purchase timestamp and a newcomer who orders twice in
# their first month gets counted as new (the first order) and as returning (the second).
# Reduce the data to one row per customer and active month first, then compare that month
# with the month of their first purchase; every active customer is then exactly one of the
# two. New is about the first *purchase*, not the signup: many customers signed up long
# before they first bought.
#
# **Question.** For each month from January 2019 to December 2020, return `month` (the first
# day of the month), `active_customers` (distinct users with a transaction that month),
# `new_customers` (those whose first transaction on record falls in that month) and
# `returning_customers` (those whose first transaction was in an earlier month). Every month
# has buyers, so there are 24 rows; January 2019 is all new, since the history starts there.
# Order by `month`.

# %% nbgrader={"grade_id": "new_vs_returning", "solution": true}
# %%sql new_vs_returning <<
WITH first_purchase AS (
    SELECT user_id,
           DATE_TRUNC('month', MIN(created_at)) AS first_month
    FROM transactions
    GROUP BY user_id
),
active AS (
    SELECT DISTINCT user_id,
           DATE_TRUNC('month', created_at) AS month
    FROM transactions
)
SELECT CAST(a.month AS DATE) AS month,
       COUNT(*) AS active_customers,
       COUNT(CASE WHEN a.month = f.first_month THEN 1 END) AS new_customers,
       COUNT(CASE WHEN a.month > f.first_month THEN 1 END) AS returning_customers
FROM active AS a
JOIN first_purchase AS f ON f.user_id = a.user_id
GROUP BY a.month
ORDER BY month

# %% nbgrader={"grade_id": "new_vs_returning_test", "grade": true, "points": 2}
expect_columns(
    new_vs_returning, ["month", "active_customers", "new_customers", "returning_customers"]
)
expect_row_count(new_vs_returning, 24)
### BEGIN HIDDEN TESTS
expect_same_result(new_vs_returning, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Twelve months in a row
# *Gaps and islands on calendar months*
#
# To find runs of consecutive months, turn each month into a plain month number that keeps
# counting across years (`12 * YEAR(m) + MONTH(m)`, or with the `EXTRACT(YEAR FROM m)` that
# PostgreSQL needs too), list each customer's *distinct* active
# months, and subtract `ROW_NUMBER()` over those months: inside a run both go up by one at
# each step, so the difference stays constant and labels the run (the "island"); a gap
# changes it. Two details sink most attempts. `MONTH(m)` alone restarts at 1 every January,
# so a run from November 2019 to February 2020 falls apart at the year boundary. And
# numbering raw transactions instead of distinct months makes a month with two orders
# count twice, which breaks the arithmetic.
#
# **Question.** Find the customers whose longest run of consecutive calendar months with at
# least one transaction lasts 12 months or more. Columns: `user_id`, `longest_streak` (the
# number of months in that run) and `streak_start` (the first day of the run's first month;
# if a customer had two runs of the same longest length, the earlier one). Any row order.

# %% nbgrader={"grade_id": "buying_streaks", "solution": true}
# %%sql buying_streaks <<
WITH active_months AS (
    SELECT DISTINCT user_id,
           CAST(DATE_TRUNC('month', created_at) AS DATE) AS month
    FROM transactions
),
islands AS (
    SELECT user_id,
           month,
           12 * EXTRACT(YEAR FROM month) + EXTRACT(MONTH FROM month)
               - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY month) AS island
    FROM active_months
),
streaks AS (
    SELECT user_id,
           island,
           MIN(month) AS streak_start,
           COUNT(*) AS streak_length
    FROM islands
    GROUP BY user_id, island
),
ranked AS (
    SELECT user_id,
           streak_start,
           streak_length,
           ROW_NUMBER() OVER (PARTITION BY user_id
                              ORDER BY streak_length DESC, streak_start) AS pick
    FROM streaks
)
SELECT user_id,
       streak_length AS longest_streak,
       streak_start
FROM ranked
WHERE pick = 1
  AND streak_length >= 12
ORDER BY user_id

# %% nbgrader={"grade_id": "buying_streaks_test", "grade": true, "points": 3}
expect_columns(buying_streaks, ["user_id", "longest_streak", "streak_start"])
### BEGIN HIDDEN TESTS
expect_same_result(buying_streaks, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Who churned in 2020?
# *Anti join between two years, the right denominator*
#
# Churn needs a population and an event: here the population is the customers who bought in
# 2019 and the event is buying nothing in 2020. The rate divides by that population, not by
# every account and not by the 2020 buyers. The year boundaries are the usual place to slip:
# one customer's only 2020 order was placed at 2020-01-01 00:00:00 exactly, so a strict
# `> '2020-01-01'` (or a 2019 range that ends with `<= '2020-01-01'`) moves that order into
# the wrong year and invents a churner.
#
# **Question.** Split by Prime membership, return `is_prime`, `buyers_2019` (users with at
# least one transaction in 2019), `churned` (those of them with no transaction in 2020) and
# `churn_rate` (`churned / buyers_2019` as a fraction, rounded to 4 decimals). Both years run
# from 1 January 00:00:00 to 31 December 23:59:59. Two rows, any order.

# %% nbgrader={"grade_id": "churn_2019_by_prime", "solution": true}
# %%sql churn_2019_by_prime <<
WITH buyers_2019 AS (
    SELECT DISTINCT user_id
    FROM transactions
    WHERE created_at >= DATE '2019-01-01'
      AND created_at < DATE '2020-01-01'
),
buyers_2020 AS (
    SELECT DISTINCT user_id
    FROM transactions
    WHERE created_at >= DATE '2020-01-01'
      AND created_at < DATE '2021-01-01'
)
SELECT u.is_prime,
       COUNT(*) AS buyers_2019,
       COUNT(CASE WHEN b20.user_id IS NULL THEN 1 END) AS churned,
       ROUND(COUNT(CASE WHEN b20.user_id IS NULL THEN 1 END) * 1.0 / COUNT(*), 4)
           AS churn_rate
FROM buyers_2019 AS b19
JOIN users AS u ON u.user_id = b19.user_id
LEFT JOIN buyers_2020 AS b20 ON b20.user_id = b19.user_id
GROUP BY u.is_prime
ORDER BY u.is_prime

# %% nbgrader={"grade_id": "churn_2019_by_prime_test", "grade": true, "points": 2}
expect_columns(churn_2019_by_prime, ["is_prime", "buyers_2019", "churned", "churn_rate"])
expect_row_count(churn_2019_by_prime, 2)
### BEGIN HIDDEN TESTS
expect_same_result(churn_2019_by_prime, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Time to the second purchase
# *ROW_NUMBER for the n-th event, a median that is defined*
#
# "Second purchase" means the second transaction in time, so number each customer's
# transactions with `ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at,
# transaction_id)` and pair number 1 with number 2. A second order placed the same day as
# the first counts, with a gap of 0 days; skipping to the next *day* with an order answers a
# different question. Customers with a single purchase have no gap at all: they drop out of
# this metric rather than counting as 0. Durations are skewed (a few customers take a year),
# so report the median next to the mean, and say which median: here it is the continuous
# one, `percentile_cont(0.5)` (DuckDB's `median` and `quantile_cont(x, 0.5)` compute the
# same), which averages the two middle values when the count is even; `percentile_disc`
# would return the lower middle value instead. On PostgreSQL, `percentile_cont` is the only
# spelling, it returns a `double precision`, and `ROUND(x, 1)` there accepts only `NUMERIC`:
# write `ROUND(CAST(... AS NUMERIC), 1)`, which DuckDB accepts as well. In an interview, add
# the caveat yourself:
# the 2020 signups had at most a year to come back, so their gaps are cut short by the end
# of the data (right-censored) and their median is not comparable with the older cohorts'.
#
# **Question.** Among the customers with at least two transactions, split by the calendar
# year of their `signup_date`, return `signup_year` (2018, 2019 or 2020), `repeat_buyers`
# (the number of such customers), `median_days` and `avg_days` (the median, as defined above,
# and the mean of the number of days from the first to the second purchase, each rounded to
# 1 decimal). Days are counted between calendar dates: `CAST(second AS DATE) - CAST(first AS
# DATE)`, or `date_diff('day', CAST(first AS DATE), CAST(second AS DATE))` in DuckDB. Three
# rows, any order.

# %% nbgrader={"grade_id": "time_to_second_purchase", "solution": true}
# %%sql time_to_second_purchase <<
WITH numbered AS (
    SELECT user_id,
           created_at,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, transaction_id)
               AS purchase_no
    FROM transactions
),
gaps AS (
    SELECT p1.user_id,
           CAST(p2.created_at AS DATE) - CAST(p1.created_at AS DATE) AS days_to_second
    FROM numbered AS p1
    JOIN numbered AS p2
      ON p2.user_id = p1.user_id
     AND p1.purchase_no = 1
     AND p2.purchase_no = 2
)
SELECT EXTRACT(YEAR FROM u.signup_date) AS signup_year,
       COUNT(*) AS repeat_buyers,
       ROUND(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY g.days_to_second) AS NUMERIC), 1)
           AS median_days,
       ROUND(AVG(g.days_to_second), 1) AS avg_days
FROM gaps AS g
JOIN users AS u ON u.user_id = g.user_id
GROUP BY EXTRACT(YEAR FROM u.signup_date)
ORDER BY signup_year

# %% nbgrader={"grade_id": "time_to_second_purchase_test", "grade": true, "points": 2}
expect_columns(
    time_to_second_purchase, ["signup_year", "repeat_buyers", "median_days", "avg_days"]
)
expect_row_count(time_to_second_purchase, 3)
### BEGIN HIDDEN TESTS
expect_same_result(time_to_second_purchase, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Weekly active buyers, ISO weeks
# *Week start, ISO year and ISO week belong together*
#
# This notebook uses ISO 8601 weeks: a week runs Monday to Sunday, and week 1 of a year is
# the week that contains that year's first Thursday. The consequence people forget is that
# the ISO year and the calendar year disagree near New Year: Monday 30 and Tuesday
# 31 December 2019 belong to week 1 of ISO year 2020, and 2020 has a week 53 that ends on
# 3 January 2021. Grouping by `YEAR(created_at)` and `WEEK(created_at)` therefore glues the
# last days of December 2019 onto the first week of January 2019. Use the ISO pair
# (`ISOYEAR` with `WEEK`, or `strftime` with `%G` and `%V`), or simply truncate to the
# Monday: `DATE_TRUNC('week', ts)` in DuckDB starts weeks on Monday. Other formats count
# weeks differently (`%U` starts on Sunday, `%W` numbers the days before the first Monday
# as week 0), so they do not give ISO weeks. `ISOYEAR()`, `WEEK()` and `strftime` are
# DuckDB's; `EXTRACT(ISOYEAR FROM ts)` and `EXTRACT(WEEK FROM ts)` (an ISO week in both)
# work in DuckDB and PostgreSQL alike, and PostgreSQL's `DATE_TRUNC('week', ts)` starts on
# Monday too.
#
# **Question.** One row per ISO week with at least one transaction (the first and last weeks
# of the data are partial; keep them), with the columns `week_start` (the Monday the week
# starts on, as a DATE or TIMESTAMP), `iso_year`, `iso_week` (both integers) and
# `active_buyers` (distinct users with a transaction that week). Order by `week_start`.

# %% nbgrader={"grade_id": "weekly_active_buyers", "solution": true}
# %%sql weekly_active_buyers <<
SELECT CAST(DATE_TRUNC('week', created_at) AS DATE) AS week_start,
       EXTRACT(ISOYEAR FROM created_at) AS iso_year,
       EXTRACT(WEEK FROM created_at) AS iso_week,
       COUNT(DISTINCT user_id) AS active_buyers
FROM transactions
GROUP BY 1, 2, 3
ORDER BY week_start

# %% nbgrader={"grade_id": "weekly_active_buyers_test", "grade": true, "points": 2}
expect_columns(weekly_active_buyers, ["week_start", "iso_year", "iso_week", "active_buyers"])
### BEGIN HIDDEN TESTS
expect_same_result(weekly_active_buyers, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. A signup funnel in three steps
# *One row per user, then one row per step*
#
# A funnel counts the users who reach each step, and every step is a subset of the step
# before it: a customer who missed the 30-day window for the first purchase cannot reappear
# further down, however soon their second purchase came. The robust pattern is two CTEs:
# first one row per user with the facts that matter (here the day number of their first and
# of their second purchase), then one `COUNT` per step with all the earlier steps' conditions
# repeated. Day numbers are calendar days after the signup date (the signup day is day 0),
# so a purchase late in the evening of day 30 is inside the window, which
# `signup_date + INTERVAL '30 days'` (midnight at the start of day 30) gets wrong.
#
# **Question.** For the users who signed up in 2019, count three steps. Step 1,
# `'signed_up'`: all of them. Step 2, `'first_purchase_30d'`: their first transaction falls
# on day 30 or earlier. Step 3, `'second_purchase_90d'`: in step 2, and their second
# transaction (second in time, as in question 9) falls on day 90 or earlier, counted from the
# signup date as well. A day number is `CAST(created_at AS DATE) - signup_date` (in DuckDB
# also `date_diff('day', signup_date, CAST(created_at AS DATE))`). Return three rows with the columns `step` (1, 2, 3), `step_name`, `num_users`,
# `share_of_previous` (`num_users` divided by the previous step's, as a fraction rounded to
# 3 decimals, NULL for step 1) and `share_of_signups` (`num_users` divided by step 1's,
# rounded to 3 decimals). Order by `step`.

# %% nbgrader={"grade_id": "signup_funnel_2019", "solution": true}
# %%sql signup_funnel_2019 <<
WITH signups AS (
    SELECT user_id, signup_date
    FROM users
    WHERE signup_date >= DATE '2019-01-01'
      AND signup_date < DATE '2020-01-01'
),
numbered AS (
    SELECT t.user_id,
           CAST(t.created_at AS DATE) - s.signup_date AS day_no,
           ROW_NUMBER() OVER (PARTITION BY t.user_id ORDER BY t.created_at, t.transaction_id)
               AS purchase_no
    FROM signups AS s
    JOIN transactions AS t ON t.user_id = s.user_id
),
per_user AS (
    SELECT s.user_id,
           MAX(CASE WHEN n.purchase_no = 1 THEN n.day_no END) AS first_day,
           MAX(CASE WHEN n.purchase_no = 2 THEN n.day_no END) AS second_day
    FROM signups AS s
    LEFT JOIN numbered AS n ON n.user_id = s.user_id
    GROUP BY s.user_id
),
steps AS (
    SELECT 1 AS step, 'signed_up' AS step_name, COUNT(*) AS num_users
    FROM per_user
    UNION ALL
    SELECT 2, 'first_purchase_30d', COUNT(*)
    FROM per_user
    WHERE first_day <= 30
    UNION ALL
    SELECT 3, 'second_purchase_90d', COUNT(*)
    FROM per_user
    WHERE first_day <= 30
      AND second_day <= 90
)
SELECT step,
       step_name,
       num_users,
       ROUND(num_users * 1.0 / LAG(num_users) OVER (ORDER BY step), 3) AS share_of_previous,
       ROUND(num_users * 1.0 / FIRST_VALUE(num_users) OVER (ORDER BY step), 3)
           AS share_of_signups
FROM steps
ORDER BY step

# %% nbgrader={"grade_id": "signup_funnel_2019_test", "grade": true, "points": 3}
expect_columns(
    signup_funnel_2019,
    ["step", "step_name", "num_users", "share_of_previous", "share_of_signups"],
)
expect_row_count(signup_funnel_2019, 3)
### BEGIN HIDDEN TESTS
expect_same_result(signup_funnel_2019, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week02/sql_cohorts_retention.ipynb`. The report lists
#   every exercise with its points, hidden checks included.
# - For each question that lost points, find the rows that break your query with a scratch
#   query: the Garden months without sales, the order at 2020-01-01 00:00:00, the orders on
#   31 December 2020, the customers with two orders in their first month.
# - Say each definition out loud before writing the query, as you would in a screen: "month 1
#   is the next calendar month", "the denominator is the whole cohort", "ISO weeks start on
#   Monday". Then redo questions 3, 7 and 11 from an empty cell.
# - Rewrite question 2 with `date_sub('month', ...)` and compare the two results: being able
#   to explain why they differ is worth as much as the query.
