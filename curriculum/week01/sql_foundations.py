# %% [markdown]
# # Week 1 · SQL foundations
#
# Twelve interview-style SQL questions on the course's retail database. Together they drill
# the moves a data-science SQL screen keeps coming back to: inner, left, self and anti joins,
# GROUP BY with HAVING, CASE inside aggregates, CTEs, date ranges and NULLs. The data hides a
# deliberate edge case behind every question, so the quick answer that "looks right" is
# usually wrong in one small detail. Read each question to the letter, and aim for about
# 20 minutes per question, as in a live screen.
#
# **How to answer.** Every exercise has an answer cell whose first line is
# `%%sql <name> <<`. Keep that line exactly as it is and write your query below it: the line
# runs the query on DuckDB and stores the result table in a Python variable called `<name>`.
# Run the answer cell, then the test cell under it.
#
# **How grading works.** The test cell you can see checks the shape of your answer: the
# column names and, where the question makes it obvious, the number of rows. The real grade
# (`autograde check`, see the end of the notebook) adds a hidden check that compares every
# row of your result with a reference query run on the same database; nbgrader's Validate
# button runs only the visible part. Column order and the letter case of column names are
# free; numbers are compared to 6 decimal places, so INTEGER versus BIGINT or DECIMAL versus
# DOUBLE never matters, but where a question asks you to round, round the same way. Row
# order only counts when the question asks for one. A failed check describes your result,
# never the expected one.
#
# **The tables.**
#
# | table | columns |
# |---|---|
# | `employees` | `employee_id`, `name`, `manager_id` (NULL for the CEO), `department`, `salary` (DOUBLE, may be NULL), `hire_date` |
# | `users` | `user_id`, `name`, `signup_date` (DATE), `country` (may be NULL), `is_prime` (BOOLEAN) |
# | `products` | `product_id`, `name`, `category` (may be NULL), `price` (DOUBLE) |
# | `transactions` | `transaction_id`, `user_id`, `product_id`, `quantity`, `created_at` (TIMESTAMP, 2019-01-01 to 2020-12-31) |
#
# One transaction is one order; its revenue is `quantity * price`, with the price taken from
# `products`.

# %% [markdown]
# Scratch space: this cell is not graded. Change the query to look at any table before you
# answer (`con.sql(...)` runs SQL on the same read-only database).

# %%
con.sql("SELECT * FROM transactions ORDER BY created_at DESC LIMIT 5")

# %% [markdown]
# ## 1. The largest team
# *Self join, GROUP BY*
#
# The whole org chart sits in one table: each row's `manager_id` points at another row of
# `employees`. To see a manager and the people reporting to them side by side, join the table
# to itself under two aliases, one playing the report and one playing the manager. "Direct
# reports" are the employees whose `manager_id` is that manager's `employee_id`: not everyone
# further down the chart, and not everyone in the same department.
#
# **Question.** Which manager has the most direct reports? Return one row with the columns
# `manager_id` (the manager's `employee_id`), `manager_name` and `team_size` (the number of
# direct reports). The largest team is unique.

# %% nbgrader={"grade_id": "largest_team", "solution": true}
# %%sql largest_team <<
SELECT m.employee_id AS manager_id,
       m.name AS manager_name,
       COUNT(*) AS team_size
FROM employees AS e
JOIN employees AS m ON e.manager_id = m.employee_id
GROUP BY m.employee_id, m.name
ORDER BY team_size DESC
LIMIT 1

# %% nbgrader={"grade_id": "largest_team_test", "grade": true, "points": 2}
expect_columns(largest_team, ["manager_id", "manager_name", "team_size"])
expect_row_count(largest_team, 1)
### BEGIN HIDDEN TESTS
expect_same_result(largest_team, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Earning more than the boss
# *Self join with a comparison across the aliases*
#
# Same self join as before, but now the interesting part is a comparison between the two
# sides. Two details decide the answer. "More than" is strict, and this data contains an
# employee who earns exactly what their manager earns. And any comparison with a NULL is
# unknown rather than true, so think about what happens to the employees whose salary is not
# on file yet.
#
# **Question.** List the employees whose salary is strictly greater than their direct
# manager's salary, with the columns `employee_id`, `employee_name`, `employee_salary`,
# `manager_name` and `manager_salary`. Employees without a salary on file never qualify.
# Any row order.

# %% nbgrader={"grade_id": "paid_more_than_manager", "solution": true}
# %%sql paid_more_than_manager <<
SELECT e.employee_id,
       e.name AS employee_name,
       e.salary AS employee_salary,
       m.name AS manager_name,
       m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON e.manager_id = m.employee_id
WHERE e.salary > m.salary
ORDER BY e.employee_id

# %% nbgrader={"grade_id": "paid_more_than_manager_test", "grade": true, "points": 1}
expect_columns(
    paid_more_than_manager,
    ["employee_id", "employee_name", "employee_salary", "manager_name", "manager_salary"],
)
### BEGIN HIDDEN TESTS
expect_same_result(paid_more_than_manager, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Pay by department
# *Aggregates and NULLs*
#
# `COUNT(*)` counts rows, `COUNT(column)` counts only the rows where that column is not NULL,
# and `AVG(column)` averages the values that exist, skipping the NULLs. Two employees have no
# salary on file yet, so for each number below decide on purpose whether they belong in it.
# Swapping their NULL for 0 before averaging would claim they work for free.
#
# **Question.** For every department (the CEO's `Executive` department included) return
# `department`, `headcount` (all its employees), `num_with_salary` (its employees with a
# salary on file) and `avg_salary` (the average of the salaries on file, rounded to 2
# decimals). Order the rows by `department`, A to Z.

# %% nbgrader={"grade_id": "department_pay", "solution": true}
# %%sql department_pay <<
SELECT department,
       COUNT(*) AS headcount,
       COUNT(salary) AS num_with_salary,
       ROUND(AVG(salary), 2) AS avg_salary
FROM employees
GROUP BY department
ORDER BY department

# %% nbgrader={"grade_id": "department_pay_test", "grade": true, "points": 2}
expect_columns(department_pay, ["department", "headcount", "num_with_salary", "avg_salary"])
### BEGIN HIDDEN TESTS
expect_same_result(department_pay, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Signed up, never bought
# *Anti join*
#
# An anti join keeps the rows of one table that have no partner in another. Write it with
# `NOT EXISTS`, or with a `LEFT JOIN` followed by a check that the right-hand side is
# missing. That check must use `IS NULL`: `= NULL` is never true, so it filters out every
# row. Match on the key, `user_id`, and never on `name`: plenty of customers share a name.
#
# **Question.** Find the users who have no transactions at all, with the columns `user_id`,
# `name` and `signup_date`. Any row order.

# %% nbgrader={"grade_id": "never_purchased", "solution": true}
# %%sql never_purchased <<
SELECT u.user_id,
       u.name,
       u.signup_date
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1
    FROM transactions AS t
    WHERE t.user_id = u.user_id
)
ORDER BY u.user_id

# %% nbgrader={"grade_id": "never_purchased_test", "grade": true, "points": 1}
expect_columns(never_purchased, ["user_id", "name", "signup_date"])
### BEGIN HIDDEN TESTS
expect_same_result(never_purchased, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Nothing sold in Q4 2020
# *LEFT JOIN: ON versus WHERE*
#
# After a `LEFT JOIN`, a product with no matching transaction gets NULLs on the transaction
# side. If you then filter those transaction columns in `WHERE`, the NULL rows fail the
# filter and the left join quietly turns into an inner join. A condition that decides which
# right-hand rows should match belongs in the `ON` clause (or in a subquery). Remember, too,
# that some products have never sold at all.
#
# **Question.** List the products with no sales in the fourth quarter of 2020, from
# 2020-10-01 00:00:00 up to and including 2020-12-31 23:59:59. Products that have never sold
# count as unsold. Columns: `product_id`, `name`. Any row order.

# %% nbgrader={"grade_id": "unsold_products_q4_2020", "solution": true}
# %%sql unsold_products_q4_2020 <<
SELECT p.product_id,
       p.name
FROM products AS p
LEFT JOIN transactions AS t
       ON t.product_id = p.product_id
      AND t.created_at >= DATE '2020-10-01'
      AND t.created_at < DATE '2021-01-01'
WHERE t.transaction_id IS NULL
ORDER BY p.product_id

# %% nbgrader={"grade_id": "unsold_products_q4_2020_test", "grade": true, "points": 2}
expect_columns(unsold_products_q4_2020, ["product_id", "name"])
### BEGIN HIDDEN TESTS
expect_same_result(unsold_products_q4_2020, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Prime share by country
# *Conditional aggregation with CASE, NULL groups*
#
# To count only the rows that meet a condition, put a `CASE` inside the aggregate. Mind
# which aggregate: `COUNT` counts every non-NULL value, a 0 included, so a `CASE` that
# answers 0 for "no" makes `COUNT` count everyone. `GROUP BY` gathers the users without a
# country into a group of their own, whose label stays NULL until you give it a name. A
# portability note: DuckDB's `/` always returns a fractional result, but in PostgreSQL
# integer divided by integer truncates, so multiplying by `1.0` first is a good habit.
#
# **Question.** One row per country, with the columns `country` (users without a country
# reported as `'Unknown'`), `num_users`, `num_prime` (users whose `is_prime` is true) and
# `prime_share` (`num_prime / num_users` as a fraction between 0 and 1, not a percentage,
# rounded to 3 decimals). Order by `num_users`, largest first, then by `country` A to Z.

# %% nbgrader={"grade_id": "prime_share_by_country", "solution": true}
# %%sql prime_share_by_country <<
SELECT COALESCE(country, 'Unknown') AS country,
       COUNT(*) AS num_users,
       COUNT(CASE WHEN is_prime THEN 1 END) AS num_prime,
       ROUND(COUNT(CASE WHEN is_prime THEN 1 END) * 1.0 / COUNT(*), 3) AS prime_share
FROM users
GROUP BY COALESCE(country, 'Unknown')
ORDER BY num_users DESC, country

# %% nbgrader={"grade_id": "prime_share_by_country_test", "grade": true, "points": 2}
expect_columns(prime_share_by_country, ["country", "num_users", "num_prime", "prime_share"])
### BEGIN HIDDEN TESTS
expect_same_result(prime_share_by_country, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. A monthly report for 2020
# *Inner join, date ranges on a TIMESTAMP*
#
# `created_at` is a TIMESTAMP, and a bare date such as `'2020-12-31'` stands for midnight at
# the start of that day. So `BETWEEN '2020-01-01' AND '2020-12-31'` stops at 00:00:00 on
# 31 December and silently drops almost a whole day of orders. A half-open range (on or
# after the first instant you want, strictly before the first instant you don't) is correct
# whatever the precision of the column. The amount needs `price`, so join `products`.
#
# **Question.** For each month of 2020 that has transactions, return `month` (the month
# number, 1 to 12), `num_customers` (distinct users who bought that month), `num_orders`
# (the number of transactions) and `order_amt` (the sum of `quantity * price`, rounded to 2
# decimals). Order by `month`.

# %% nbgrader={"grade_id": "monthly_report_2020", "solution": true}
# %%sql monthly_report_2020 <<
SELECT EXTRACT(MONTH FROM t.created_at) AS month,
       COUNT(DISTINCT t.user_id) AS num_customers,
       COUNT(*) AS num_orders,
       ROUND(SUM(t.quantity * p.price), 2) AS order_amt
FROM transactions AS t
JOIN products AS p ON p.product_id = t.product_id
WHERE t.created_at >= DATE '2020-01-01'
  AND t.created_at < DATE '2021-01-01'
GROUP BY EXTRACT(MONTH FROM t.created_at)
ORDER BY month

# %% nbgrader={"grade_id": "monthly_report_2020_test", "grade": true, "points": 2}
expect_columns(monthly_report_2020, ["month", "num_customers", "num_orders", "order_amt"])
expect_row_count(monthly_report_2020, 12)
### BEGIN HIDDEN TESTS
expect_same_result(monthly_report_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Category revenue, 2019 next to 2020
# *Pivoting with conditional aggregation*
#
# To turn years into columns, group once per category and put one `CASE` per year inside
# `SUM`. A `SUM` that matches no rows returns NULL, not 0, and one category here sold
# nothing at all in one of the two years, so say 0 explicitly where 0 is what you mean. One
# product has no category: `GROUP BY` keeps it as a NULL group, which needs a readable
# label. The year boundaries are timestamps again, so the last second of each year belongs
# to that year.
#
# **Question.** One row per product category, with the columns `category` (products without
# a category reported as `'Uncategorized'`), `revenue_2019` and `revenue_2020` (the sum of
# `quantity * price` over the transactions of that calendar year, each rounded to 2
# decimals, and 0 rather than NULL for a year without sales). Order by `category`, A to Z,
# sorting `'Uncategorized'` as the text it is.

# %% nbgrader={"grade_id": "category_revenue_by_year", "solution": true}
# %%sql category_revenue_by_year <<
SELECT COALESCE(p.category, 'Uncategorized') AS category,
       ROUND(COALESCE(SUM(CASE WHEN t.created_at >= DATE '2019-01-01'
                                AND t.created_at < DATE '2020-01-01'
                               THEN t.quantity * p.price END), 0), 2) AS revenue_2019,
       ROUND(COALESCE(SUM(CASE WHEN t.created_at >= DATE '2020-01-01'
                                AND t.created_at < DATE '2021-01-01'
                               THEN t.quantity * p.price END), 0), 2) AS revenue_2020
FROM products AS p
LEFT JOIN transactions AS t ON t.product_id = p.product_id
GROUP BY COALESCE(p.category, 'Uncategorized')
ORDER BY category

# %% nbgrader={"grade_id": "category_revenue_by_year_test", "grade": true, "points": 2}
expect_columns(category_revenue_by_year, ["category", "revenue_2019", "revenue_2020"])
### BEGIN HIDDEN TESTS
expect_same_result(category_revenue_by_year, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Busy categories in 2020
# *GROUP BY with HAVING*
#
# `WHERE` filters single rows before they are grouped; `HAVING` filters whole groups after
# the aggregates are computed, so a condition on `COUNT` or `SUM` goes in `HAVING`. Be exact
# about what you count: an order is one transaction, whatever its quantity, while units are
# the sum of the quantities.
#
# **Question.** Which categories had at least 4,000 orders (transactions) in 2020? Return
# `category` (products without a category reported as `'Uncategorized'`), `num_orders`
# (their 2020 transactions) and `revenue` (their 2020 sum of `quantity * price`, rounded to
# 2 decimals). Order by `revenue`, largest first.

# %% nbgrader={"grade_id": "busy_categories_2020", "solution": true}
# %%sql busy_categories_2020 <<
SELECT COALESCE(p.category, 'Uncategorized') AS category,
       COUNT(*) AS num_orders,
       ROUND(SUM(t.quantity * p.price), 2) AS revenue
FROM transactions AS t
JOIN products AS p ON p.product_id = t.product_id
WHERE t.created_at >= DATE '2020-01-01'
  AND t.created_at < DATE '2021-01-01'
GROUP BY COALESCE(p.category, 'Uncategorized')
HAVING COUNT(*) >= 4000
ORDER BY revenue DESC

# %% nbgrader={"grade_id": "busy_categories_2020_test", "grade": true, "points": 2}
expect_columns(busy_categories_2020, ["category", "num_orders", "revenue"])
### BEGIN HIDDEN TESTS
expect_same_result(busy_categories_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. How many 2020 buyers came back?
# *CTE: aggregate, then aggregate again*
#
# Some metrics need two rounds of aggregation: first one row per customer, then a summary
# over those customers. A CTE (`WITH name AS (...)`) gives the first round a name, so the
# second round reads like a query on an ordinary table. Pin down the population before you
# write anything: the base is the customers who bought in 2020 (not every account), and only
# their 2020 orders count.
#
# **Question.** Return one row with `num_buyers` (users with at least one transaction in
# 2020), `num_repeat_buyers` (users with two or more transactions in 2020) and
# `repeat_rate` (`num_repeat_buyers / num_buyers` as a fraction, rounded to 4 decimals).

# %% nbgrader={"grade_id": "repeat_buyer_rate_2020", "solution": true}
# %%sql repeat_buyer_rate_2020 <<
WITH orders_2020 AS (
    SELECT user_id,
           COUNT(*) AS num_orders
    FROM transactions
    WHERE created_at >= DATE '2020-01-01'
      AND created_at < DATE '2021-01-01'
    GROUP BY user_id
)
SELECT COUNT(*) AS num_buyers,
       COUNT(CASE WHEN num_orders >= 2 THEN 1 END) AS num_repeat_buyers,
       ROUND(COUNT(CASE WHEN num_orders >= 2 THEN 1 END) * 1.0 / COUNT(*), 4) AS repeat_rate
FROM orders_2020

# %% nbgrader={"grade_id": "repeat_buyer_rate_2020_test", "grade": true, "points": 2}
expect_columns(repeat_buyer_rate_2020, ["num_buyers", "num_repeat_buyers", "repeat_rate"])
expect_row_count(repeat_buyer_rate_2020, 1)
### BEGIN HIDDEN TESTS
expect_same_result(repeat_buyer_rate_2020, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Fastest-growing products, Q3 to Q4 2020
# *CTE, conditional aggregation, a quarter with no sales*
#
# The classic approach builds Q3 revenue and Q4 revenue per product in two steps, then joins
# them. With an inner join, only products that sold in both quarters survive, and a product
# that sold nothing in Q3 but plenty in Q4 vanishes from the ranking it ought to top. Start
# from all products (or use an outer join) and treat a quarter without sales as 0. As ever,
# each quarter runs to its very last second.
#
# **Question.** Find the 10 products whose revenue grew the most from the third quarter of
# 2020 (2020-07-01 00:00:00 to 2020-09-30 23:59:59) to the fourth (2020-10-01 00:00:00 to
# 2020-12-31 23:59:59). Revenue is the sum of `quantity * price`; a quarter without sales
# counts as 0; growth is Q4 revenue minus Q3 revenue, and you round that difference (not
# each quarter) to 2 decimals. Columns: `product_id`, `name`, `revenue_growth`. Order by
# `revenue_growth`, largest first, then by `product_id`, smallest first.

# %% nbgrader={"grade_id": "top_products_revenue_growth", "solution": true}
# %%sql top_products_revenue_growth <<
WITH quarterly AS (
    SELECT p.product_id,
           p.name,
           COALESCE(SUM(CASE WHEN t.created_at < DATE '2020-10-01'
                             THEN t.quantity * p.price END), 0) AS q3_revenue,
           COALESCE(SUM(CASE WHEN t.created_at >= DATE '2020-10-01'
                             THEN t.quantity * p.price END), 0) AS q4_revenue
    FROM products AS p
    LEFT JOIN transactions AS t
           ON t.product_id = p.product_id
          AND t.created_at >= DATE '2020-07-01'
          AND t.created_at < DATE '2021-01-01'
    GROUP BY p.product_id, p.name
)
SELECT product_id,
       name,
       ROUND(q4_revenue - q3_revenue, 2) AS revenue_growth
FROM quarterly
ORDER BY revenue_growth DESC, product_id
LIMIT 10

# %% nbgrader={"grade_id": "top_products_revenue_growth_test", "grade": true, "points": 3}
expect_columns(top_products_revenue_growth, ["product_id", "name", "revenue_growth"])
expect_row_count(top_products_revenue_growth, 10)
### BEGIN HIDDEN TESTS
expect_same_result(top_products_revenue_growth, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Converted within a week of signing up
# *Date arithmetic, first events, keeping the denominator*
#
# "Within 7 days" is counted in calendar days here: the signup day is day 0, and a first
# purchase on any day from 0 to 7 counts, whatever the time of day. `signup_date` is a DATE
# and `created_at` a TIMESTAMP. Adding `INTERVAL '7 days'` to the date lands on midnight at
# the start of day 7, so an evening purchase on day 7 falls outside; compare dates with dates
# instead: DuckDB's `date_diff('day', a, b)` on two DATE values, or simply `b - a`, a number
# of days in DuckDB and PostgreSQL alike (PostgreSQL has no `date_diff`). And keep the
# signups who never bought in the count of signups.
#
# **Question.** For the users who signed up in 2020, one row per signup month: `signup_month`
# (1 to 12), `num_signups` (all users who signed up that month), `num_converted` (those whose
# first purchase ever falls on a calendar date at most 7 days after their `signup_date`) and
# `conversion_rate` (`num_converted / num_signups` as a fraction, rounded to 3 decimals).
# Order by `signup_month`.

# %% nbgrader={"grade_id": "converted_within_7_days", "solution": true}
# %%sql converted_within_7_days <<
WITH first_purchase AS (
    SELECT user_id,
           CAST(MIN(created_at) AS DATE) AS first_day
    FROM transactions
    GROUP BY user_id
)
SELECT EXTRACT(MONTH FROM u.signup_date) AS signup_month,
       COUNT(*) AS num_signups,
       COUNT(CASE WHEN f.first_day - u.signup_date <= 7 THEN 1 END) AS num_converted,
       ROUND(COUNT(CASE WHEN f.first_day - u.signup_date <= 7 THEN 1 END)
             * 1.0 / COUNT(*), 3) AS conversion_rate
FROM users AS u
LEFT JOIN first_purchase AS f ON f.user_id = u.user_id
WHERE u.signup_date >= DATE '2020-01-01'
  AND u.signup_date < DATE '2021-01-01'
GROUP BY EXTRACT(MONTH FROM u.signup_date)
ORDER BY signup_month

# %% nbgrader={"grade_id": "converted_within_7_days_test", "grade": true, "points": 3}
expect_columns(
    converted_within_7_days,
    ["signup_month", "num_signups", "num_converted", "conversion_rate"],
)
expect_row_count(converted_within_7_days, 12)
### BEGIN HIDDEN TESTS
expect_same_result(converted_within_7_days, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week01/sql_foundations.ipynb`. The report lists every
#   exercise with its points, hidden checks included.
# - For every question you missed, find the edge case the teaching note warns about in the
#   data itself (a scratch query is the quickest way), then fix your answer.
# - Solve each question a second way (a CTE instead of a subquery, `NOT EXISTS` instead of a
#   `LEFT JOIN`) and explain your query out loud in two minutes, as you would to an
#   interviewer.
# - The week's day-by-day plan is in this folder's `README.md`. Window functions (ranking,
#   running totals) are left out here on purpose: week 2 builds them on these foundations.
