"""Plausible wrong answers for week02/sql_cohorts_retention: each must lose points."""

WRONG_ANSWERS = {
    "cohort_sizes": [
        # joins the orders straight onto users: COUNT(*) counts transactions, not people
        """
        SELECT CAST(DATE_TRUNC('month', u.signup_date) AS DATE) AS cohort_month,
               COUNT(*) AS cohort_size,
               COUNT(DISTINCT t.user_id) AS num_buyers,
               ROUND(COUNT(DISTINCT t.user_id) * 1.0 / COUNT(*), 3) AS buyer_share
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # inner join with the orders: the customers who never bought leave the cohort
        """
        SELECT CAST(DATE_TRUNC('month', u.signup_date) AS DATE) AS cohort_month,
               COUNT(DISTINCT u.user_id) AS cohort_size,
               COUNT(DISTINCT t.user_id) AS num_buyers,
               ROUND(COUNT(DISTINCT t.user_id) * 1.0 / COUNT(DISTINCT u.user_id), 3)
                   AS buyer_share
        FROM users AS u
        JOIN transactions AS t ON t.user_id = u.user_id
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "month1_retention_2019": [
        # date_sub counts complete months, so a purchase early in the next month is month 0
        """
        WITH cohort AS (
            SELECT user_id, signup_date, DATE_TRUNC('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
        ),
        retained AS (
            SELECT DISTINCT c.user_id
            FROM cohort AS c
            JOIN transactions AS t ON t.user_id = c.user_id
            WHERE date_sub('month', c.signup_date, t.created_at) = 1
        )
        SELECT c.cohort_month,
               COUNT(*) AS cohort_size,
               COUNT(r.user_id) AS retained_users,
               ROUND(COUNT(r.user_id) * 1.0 / COUNT(*), 3) AS retention
        FROM cohort AS c
        LEFT JOIN retained AS r ON r.user_id = c.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # "month 1" as days 30 to 59 after signup instead of the next calendar month
        """
        WITH cohort AS (
            SELECT user_id, signup_date, DATE_TRUNC('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
        ),
        retained AS (
            SELECT DISTINCT c.user_id
            FROM cohort AS c
            JOIN transactions AS t ON t.user_id = c.user_id
            WHERE date_diff('day', c.signup_date, CAST(t.created_at AS DATE)) BETWEEN 30 AND 59
        )
        SELECT c.cohort_month,
               COUNT(*) AS cohort_size,
               COUNT(r.user_id) AS retained_users,
               ROUND(COUNT(r.user_id) * 1.0 / COUNT(*), 3) AS retention
        FROM cohort AS c
        LEFT JOIN retained AS r ON r.user_id = c.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # the cohort is built from the orders, so signups who never bought are not counted
        """
        SELECT DATE_TRUNC('month', u.signup_date) AS cohort_month,
               COUNT(DISTINCT u.user_id) AS cohort_size,
               COUNT(DISTINCT CASE WHEN date_diff('month', u.signup_date, t.created_at) = 1
                                   THEN u.user_id END) AS retained_users,
               ROUND(COUNT(DISTINCT CASE WHEN date_diff('month', u.signup_date, t.created_at) = 1
                                         THEN u.user_id END) * 1.0
                     / COUNT(DISTINCT u.user_id), 3) AS retention
        FROM users AS u
        JOIN transactions AS t ON t.user_id = u.user_id
        WHERE u.signup_date >= DATE '2019-01-01' AND u.signup_date < DATE '2020-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "retention_matrix_2020": [
        # divides by the users active in month 0 instead of the whole cohort
        """
        WITH cohort AS (
            SELECT user_id, signup_date, DATE_TRUNC('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2020-01-01' AND signup_date < DATE '2021-01-01'
        ),
        activity AS (
            SELECT c.cohort_month,
                   date_diff('month', c.signup_date, t.created_at) AS months_since_signup,
                   COUNT(DISTINCT c.user_id) AS active_users
            FROM cohort AS c
            JOIN transactions AS t ON t.user_id = c.user_id
            GROUP BY 1, 2
        )
        SELECT cohort_month,
               months_since_signup,
               active_users,
               ROUND(active_users * 1.0 / FIRST_VALUE(active_users) OVER (
                   PARTITION BY cohort_month ORDER BY months_since_signup), 3) AS retention
        FROM activity
        ORDER BY 1, 2
        """,
        # counts orders instead of distinct customers in each cell
        """
        WITH cohort AS (
            SELECT user_id, signup_date, DATE_TRUNC('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2020-01-01' AND signup_date < DATE '2021-01-01'
        ),
        sizes AS (
            SELECT cohort_month, COUNT(*) AS cohort_size FROM cohort GROUP BY 1
        )
        SELECT c.cohort_month,
               date_diff('month', c.signup_date, t.created_at) AS months_since_signup,
               COUNT(*) AS active_users,
               ROUND(COUNT(*) * 1.0 / s.cohort_size, 3) AS retention
        FROM cohort AS c
        JOIN transactions AS t ON t.user_id = c.user_id
        JOIN sizes AS s ON s.cohort_month = c.cohort_month
        GROUP BY c.cohort_month, 2, s.cohort_size
        ORDER BY 1, 2
        """,
        # complete months (date_sub) instead of calendar-month differences
        """
        WITH cohort AS (
            SELECT user_id, signup_date, DATE_TRUNC('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2020-01-01' AND signup_date < DATE '2021-01-01'
        ),
        sizes AS (
            SELECT cohort_month, COUNT(*) AS cohort_size FROM cohort GROUP BY 1
        ),
        grid AS (
            SELECT s.cohort_month, s.cohort_size, r.n AS months_since_signup
            FROM sizes AS s
            CROSS JOIN range(0, 12) AS r(n)
            WHERE r.n <= 12 - MONTH(s.cohort_month)
        ),
        activity AS (
            SELECT DISTINCT c.cohort_month, c.user_id,
                   date_sub('month', c.signup_date, t.created_at) AS months_since_signup
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
        GROUP BY 1, 2, g.cohort_size
        ORDER BY 1, 2
        """,
    ],
    "garden_mom_growth": [
        # no month series: LAG reaches back to the last month with sales, empty months vanish
        """
        WITH monthly AS (
            SELECT DATE_TRUNC('month', t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category = 'Garden'
            GROUP BY 1
        )
        SELECT month,
               ROUND(revenue, 2) AS revenue,
               ROUND(LAG(revenue) OVER (ORDER BY month), 2) AS prev_revenue,
               ROUND((revenue - LAG(revenue) OVER (ORDER BY month))
                     / LAG(revenue) OVER (ORDER BY month), 4) AS mom_growth
        FROM monthly
        ORDER BY month
        """,
        # a month series, but the category filter in WHERE turns the left joins into inner joins
        """
        WITH months AS (
            SELECT month_start AS month
            FROM generate_series(DATE '2019-01-01', DATE '2020-12-01', INTERVAL 1 MONTH)
                 AS g(month_start)
        ),
        monthly AS (
            SELECT m.month, COALESCE(SUM(t.quantity * p.price), 0) AS revenue
            FROM months AS m
            LEFT JOIN transactions AS t ON DATE_TRUNC('month', t.created_at) = m.month
            LEFT JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category = 'Garden'
            GROUP BY m.month
        )
        SELECT month,
               ROUND(revenue, 2) AS revenue,
               ROUND(LAG(revenue) OVER (ORDER BY month), 2) AS prev_revenue,
               ROUND((revenue - LAG(revenue) OVER (ORDER BY month))
                     / NULLIF(LAG(revenue) OVER (ORDER BY month), 0), 4) AS mom_growth
        FROM monthly
        ORDER BY month
        """,
        # divides by a previous month of 0 without NULLIF: the month after an empty one is infinite
        """
        WITH months AS (
            SELECT month_start AS month
            FROM generate_series(DATE '2019-01-01', DATE '2020-12-01', INTERVAL 1 MONTH)
                 AS g(month_start)
        ),
        sales AS (
            SELECT DATE_TRUNC('month', t.created_at) AS month, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category = 'Garden'
            GROUP BY 1
        ),
        monthly AS (
            SELECT m.month, COALESCE(s.revenue, 0) AS revenue,
                   LAG(COALESCE(s.revenue, 0)) OVER (ORDER BY m.month) AS prev_revenue
            FROM months AS m
            LEFT JOIN sales AS s ON s.month = m.month
        )
        SELECT month,
               ROUND(revenue, 2) AS revenue,
               ROUND(prev_revenue, 2) AS prev_revenue,
               ROUND((revenue - prev_revenue) / prev_revenue, 4) AS mom_growth
        FROM monthly
        ORDER BY month
        """,
    ],
    "category_yoy_2020": [
        # LAG(revenue, 12) over the months that have sales: twelve rows back is not a year back
        """
        WITH monthly AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   DATE_TRUNC('month', t.created_at) AS month_start,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        ),
        lagged AS (
            SELECT category, month_start, revenue,
                   LAG(revenue, 12) OVER (PARTITION BY category ORDER BY month_start) AS prev
            FROM monthly
        )
        SELECT category,
               MONTH(month_start) AS month,
               ROUND(revenue, 2) AS revenue_2020,
               ROUND(COALESCE(prev, 0), 2) AS revenue_2019,
               ROUND((revenue - prev) / NULLIF(prev, 0), 4) AS yoy_growth
        FROM lagged
        WHERE YEAR(month_start) = 2020
        ORDER BY 1, 2
        """,
        # BETWEEN with bare dates: the 2020 orders on 31 December after midnight are lost
        """
        WITH categories AS (
            SELECT DISTINCT COALESCE(category, 'Uncategorized') AS category FROM products
        ),
        sales AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   MONTH(t.created_at) AS month,
                   SUM(CASE WHEN t.created_at BETWEEN '2020-01-01' AND '2020-12-31'
                            THEN t.quantity * p.price ELSE 0 END) AS revenue_2020,
                   SUM(CASE WHEN t.created_at BETWEEN '2019-01-01' AND '2019-12-31'
                            THEN t.quantity * p.price ELSE 0 END) AS revenue_2019
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        )
        SELECT c.category,
               m.month,
               ROUND(COALESCE(s.revenue_2020, 0), 2) AS revenue_2020,
               ROUND(COALESCE(s.revenue_2019, 0), 2) AS revenue_2019,
               ROUND((COALESCE(s.revenue_2020, 0) - s.revenue_2019)
                     / NULLIF(s.revenue_2019, 0), 4) AS yoy_growth
        FROM categories AS c
        CROSS JOIN range(1, 13) AS m(month)
        LEFT JOIN sales AS s ON s.category = c.category AND s.month = m.month
        ORDER BY 1, 2
        """,
        # inner join of the two years: months with no sales in either year disappear
        """
        WITH y2020 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   MONTH(t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2
        ),
        y2019 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   MONTH(t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2019-01-01' AND t.created_at < DATE '2020-01-01'
            GROUP BY 1, 2
        )
        SELECT a.category,
               a.month,
               ROUND(a.revenue, 2) AS revenue_2020,
               ROUND(b.revenue, 2) AS revenue_2019,
               ROUND((a.revenue - b.revenue) / b.revenue, 4) AS yoy_growth
        FROM y2020 AS a
        JOIN y2019 AS b ON b.category = a.category AND b.month = a.month
        ORDER BY 1, 2
        """,
    ],
    "new_vs_returning": [
        # classifies orders, not customers: a newcomer's second order that month is "returning"
        """
        WITH firsts AS (
            SELECT user_id, MIN(created_at) AS first_at
            FROM transactions
            GROUP BY user_id
        )
        SELECT DATE_TRUNC('month', t.created_at) AS month,
               COUNT(DISTINCT t.user_id) AS active_customers,
               COUNT(DISTINCT CASE WHEN t.created_at = f.first_at THEN t.user_id END)
                   AS new_customers,
               COUNT(DISTINCT CASE WHEN t.created_at > f.first_at THEN t.user_id END)
                   AS returning_customers
        FROM transactions AS t
        JOIN firsts AS f ON f.user_id = t.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # "new" taken as "signed up this month" instead of "first purchase this month"
        """
        SELECT DATE_TRUNC('month', t.created_at) AS month,
               COUNT(DISTINCT t.user_id) AS active_customers,
               COUNT(DISTINCT CASE WHEN DATE_TRUNC('month', u.signup_date)
                                        = DATE_TRUNC('month', t.created_at)
                                   THEN t.user_id END) AS new_customers,
               COUNT(DISTINCT CASE WHEN DATE_TRUNC('month', u.signup_date)
                                        < DATE_TRUNC('month', t.created_at)
                                   THEN t.user_id END) AS returning_customers
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # counts transactions instead of customers
        """
        WITH firsts AS (
            SELECT user_id, DATE_TRUNC('month', MIN(created_at)) AS first_month
            FROM transactions
            GROUP BY user_id
        )
        SELECT DATE_TRUNC('month', t.created_at) AS month,
               COUNT(*) AS active_customers,
               COUNT(CASE WHEN DATE_TRUNC('month', t.created_at) = f.first_month THEN 1 END)
                   AS new_customers,
               COUNT(CASE WHEN DATE_TRUNC('month', t.created_at) > f.first_month THEN 1 END)
                   AS returning_customers
        FROM transactions AS t
        JOIN firsts AS f ON f.user_id = t.user_id
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "buying_streaks": [
        # MONTH() alone restarts every January: runs across New Year are cut in two
        """
        WITH active_months AS (
            SELECT DISTINCT user_id, DATE_TRUNC('month', created_at) AS month
            FROM transactions
        ),
        islands AS (
            SELECT user_id, month,
                   MONTH(month) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY month) AS island
            FROM active_months
        ),
        streaks AS (
            SELECT user_id, MIN(month) AS streak_start, COUNT(*) AS streak_length
            FROM islands
            GROUP BY user_id, island
        ),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id
                                         ORDER BY streak_length DESC, streak_start) AS pick
            FROM streaks
        )
        SELECT user_id, streak_length AS longest_streak, streak_start
        FROM ranked
        WHERE pick = 1 AND streak_length >= 12
        """,
        # numbers raw transactions, not distinct months: a month with two orders breaks the run
        """
        WITH islands AS (
            SELECT user_id,
                   DATE_TRUNC('month', created_at) AS month,
                   12 * YEAR(created_at) + MONTH(created_at)
                       - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at) AS island
            FROM transactions
        ),
        streaks AS (
            SELECT user_id, MIN(month) AS streak_start, COUNT(DISTINCT month) AS streak_length
            FROM islands
            GROUP BY user_id, island
        ),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id
                                         ORDER BY streak_length DESC, streak_start) AS pick
            FROM streaks
        )
        SELECT user_id, streak_length AS longest_streak, streak_start
        FROM ranked
        WHERE pick = 1 AND streak_length >= 12
        """,
        # adds up every month that follows an active month, across gaps, instead of the longest run
        """
        WITH active_months AS (
            SELECT DISTINCT user_id, DATE_TRUNC('month', created_at) AS month
            FROM transactions
        ),
        flagged AS (
            SELECT user_id, month,
                   date_diff('month', LAG(month) OVER (PARTITION BY user_id ORDER BY month), month)
                       AS step
            FROM active_months
        )
        SELECT user_id,
               1 + COUNT(CASE WHEN step = 1 THEN 1 END) AS longest_streak,
               MIN(month) AS streak_start
        FROM flagged
        GROUP BY user_id
        HAVING 1 + COUNT(CASE WHEN step = 1 THEN 1 END) >= 12
        """,
    ],
    "churn_2019_by_prime": [
        # divides by every account instead of the 2019 buyers
        """
        WITH b19 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at >= DATE '2019-01-01' AND created_at < DATE '2020-01-01'
        ),
        b20 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
        )
        SELECT u.is_prime,
               COUNT(b19.user_id) AS buyers_2019,
               COUNT(CASE WHEN b19.user_id IS NOT NULL AND b20.user_id IS NULL THEN 1 END)
                   AS churned,
               ROUND(COUNT(CASE WHEN b19.user_id IS NOT NULL AND b20.user_id IS NULL THEN 1 END)
                     * 1.0 / COUNT(*), 4) AS churn_rate
        FROM users AS u
        LEFT JOIN b19 ON b19.user_id = u.user_id
        LEFT JOIN b20 ON b20.user_id = u.user_id
        GROUP BY u.is_prime
        """,
        # starts from the 2019 orders and never collapses them to customers
        """
        WITH b20 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
        )
        SELECT u.is_prime,
               COUNT(*) AS buyers_2019,
               COUNT(CASE WHEN b20.user_id IS NULL THEN 1 END) AS churned,
               ROUND(COUNT(CASE WHEN b20.user_id IS NULL THEN 1 END) * 1.0 / COUNT(*), 4)
                   AS churn_rate
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        LEFT JOIN b20 ON b20.user_id = t.user_id
        WHERE t.created_at >= DATE '2019-01-01' AND t.created_at < DATE '2020-01-01'
        GROUP BY u.is_prime
        """,
        # "after 2020-01-01" is strict: the order at 2020-01-01 00:00:00 belongs to no year
        """
        WITH b19 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at < '2020-01-01'
        ),
        b20 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at > '2020-01-01'
        )
        SELECT u.is_prime,
               COUNT(*) AS buyers_2019,
               COUNT(*) FILTER (WHERE b20.user_id IS NULL) AS churned,
               ROUND(COUNT(*) FILTER (WHERE b20.user_id IS NULL) * 1.0 / COUNT(*), 4)
                   AS churn_rate
        FROM b19
        JOIN users AS u ON u.user_id = b19.user_id
        LEFT JOIN b20 ON b20.user_id = b19.user_id
        GROUP BY u.is_prime
        """,
    ],
    "time_to_second_purchase": [
        # percentile_disc: with an even count it returns the lower middle value, not the midpoint
        """
        WITH numbered AS (
            SELECT user_id, created_at,
                   ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, transaction_id) AS n
            FROM transactions
        ),
        gaps AS (
            SELECT a.user_id,
                   date_diff('day', CAST(a.created_at AS DATE), CAST(b.created_at AS DATE)) AS days
            FROM numbered AS a
            JOIN numbered AS b ON b.user_id = a.user_id AND a.n = 1 AND b.n = 2
        )
        SELECT YEAR(u.signup_date) AS signup_year,
               COUNT(*) AS repeat_buyers,
               ROUND(percentile_disc(0.5) WITHIN GROUP (ORDER BY g.days), 1) AS median_days,
               ROUND(AVG(g.days), 1) AS avg_days
        FROM gaps AS g
        JOIN users AS u ON u.user_id = g.user_id
        GROUP BY 1
        """,
        # takes the next day with an order as the second purchase, skipping same-day repeats
        """
        WITH days AS (
            SELECT DISTINCT user_id, CAST(created_at AS DATE) AS day
            FROM transactions
        ),
        numbered AS (
            SELECT user_id, day, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS n
            FROM days
        ),
        gaps AS (
            SELECT a.user_id, date_diff('day', a.day, b.day) AS days
            FROM numbered AS a
            JOIN numbered AS b ON b.user_id = a.user_id AND a.n = 1 AND b.n = 2
        )
        SELECT YEAR(u.signup_date) AS signup_year,
               COUNT(*) AS repeat_buyers,
               ROUND(MEDIAN(g.days), 1) AS median_days,
               ROUND(AVG(g.days), 1) AS avg_days
        FROM gaps AS g
        JOIN users AS u ON u.user_id = g.user_id
        GROUP BY 1
        """,
        # keeps the one-time buyers with a gap of 0 days
        """
        WITH numbered AS (
            SELECT user_id, created_at,
                   ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, transaction_id) AS n
            FROM transactions
        ),
        gaps AS (
            SELECT a.user_id,
                   COALESCE(date_diff('day', CAST(a.created_at AS DATE),
                                      CAST(b.created_at AS DATE)), 0) AS days
            FROM numbered AS a
            LEFT JOIN numbered AS b ON b.user_id = a.user_id AND b.n = 2
            WHERE a.n = 1
        )
        SELECT YEAR(u.signup_date) AS signup_year,
               COUNT(*) AS repeat_buyers,
               ROUND(MEDIAN(g.days), 1) AS median_days,
               ROUND(AVG(g.days), 1) AS avg_days
        FROM gaps AS g
        JOIN users AS u ON u.user_id = g.user_id
        GROUP BY 1
        """,
    ],
    "weekly_active_buyers": [
        # calendar YEAR() with the ISO week number: late-December days land in the wrong year
        """
        SELECT MIN(CAST(DATE_TRUNC('week', created_at) AS DATE)) AS week_start,
               YEAR(created_at) AS iso_year,
               WEEK(created_at) AS iso_week,
               COUNT(DISTINCT user_id) AS active_buyers
        FROM transactions
        GROUP BY 2, 3
        ORDER BY 1
        """,
        # counts transactions instead of distinct buyers
        """
        SELECT CAST(DATE_TRUNC('week', created_at) AS DATE) AS week_start,
               ISOYEAR(created_at) AS iso_year,
               WEEK(created_at) AS iso_week,
               COUNT(*) AS active_buyers
        FROM transactions
        GROUP BY 1, 2, 3
        ORDER BY 1
        """,
        # strftime %Y/%W: Monday weeks, but numbered from the first Monday, not ISO
        """
        SELECT MIN(CAST(DATE_TRUNC('week', created_at) AS DATE)) AS week_start,
               CAST(strftime(created_at, '%Y') AS INTEGER) AS iso_year,
               CAST(strftime(created_at, '%W') AS INTEGER) AS iso_week,
               COUNT(DISTINCT user_id) AS active_buyers
        FROM transactions
        GROUP BY 2, 3
        ORDER BY 1
        """,
    ],
    "signup_funnel_2019": [
        # steps not nested: a quick second purchase counts even after a late first purchase
        """
        WITH signups AS (
            SELECT user_id, signup_date FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
        ),
        numbered AS (
            SELECT s.user_id,
                   date_diff('day', s.signup_date, CAST(t.created_at AS DATE)) AS day_no,
                   ROW_NUMBER() OVER (PARTITION BY s.user_id ORDER BY t.created_at) AS n
            FROM signups AS s
            JOIN transactions AS t ON t.user_id = s.user_id
        ),
        steps AS (
            SELECT 1 AS step, 'signed_up' AS step_name, (SELECT COUNT(*) FROM signups) AS num_users
            UNION ALL
            SELECT 2, 'first_purchase_30d', COUNT(*) FROM numbered WHERE n = 1 AND day_no <= 30
            UNION ALL
            SELECT 3, 'second_purchase_90d', COUNT(*) FROM numbered WHERE n = 2 AND day_no <= 90
        )
        SELECT step, step_name, num_users,
               ROUND(num_users * 1.0 / LAG(num_users) OVER (ORDER BY step), 3) AS share_of_previous,
               ROUND(num_users * 1.0 / FIRST_VALUE(num_users) OVER (ORDER BY step), 3)
                   AS share_of_signups
        FROM steps
        ORDER BY step
        """,
        # timestamp windows: signup_date + INTERVAL 30 DAY is midnight, so day 30's orders miss
        """
        WITH signups AS (
            SELECT user_id, signup_date FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
        ),
        per_user AS (
            SELECT s.user_id, s.signup_date,
                   MIN(t.created_at) AS first_at,
                   (SELECT t2.created_at FROM transactions AS t2 WHERE t2.user_id = s.user_id
                    ORDER BY t2.created_at LIMIT 1 OFFSET 1) AS second_at
            FROM signups AS s
            LEFT JOIN transactions AS t ON t.user_id = s.user_id
            GROUP BY s.user_id, s.signup_date
        ),
        steps AS (
            SELECT 1 AS step, 'signed_up' AS step_name, COUNT(*) AS num_users FROM per_user
            UNION ALL
            SELECT 2, 'first_purchase_30d', COUNT(*) FROM per_user
            WHERE first_at <= signup_date + INTERVAL 30 DAY
            UNION ALL
            SELECT 3, 'second_purchase_90d', COUNT(*) FROM per_user
            WHERE first_at <= signup_date + INTERVAL 30 DAY
              AND second_at <= signup_date + INTERVAL 90 DAY
        )
        SELECT step, step_name, num_users,
               ROUND(num_users * 1.0 / LAG(num_users) OVER (ORDER BY step), 3) AS share_of_previous,
               ROUND(num_users * 1.0 / FIRST_VALUE(num_users) OVER (ORDER BY step), 3)
                   AS share_of_signups
        FROM steps
        ORDER BY step
        """,
        # counts the 90 days from the first purchase instead of from the signup date
        """
        WITH signups AS (
            SELECT user_id, signup_date FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
        ),
        numbered AS (
            SELECT s.user_id, s.signup_date, CAST(t.created_at AS DATE) AS day,
                   ROW_NUMBER() OVER (PARTITION BY s.user_id ORDER BY t.created_at) AS n
            FROM signups AS s
            JOIN transactions AS t ON t.user_id = s.user_id
        ),
        per_user AS (
            SELECT s.user_id,
                   date_diff('day', s.signup_date,
                             MAX(CASE WHEN n.n = 1 THEN n.day END)) AS first_day,
                   date_diff('day', MAX(CASE WHEN n.n = 1 THEN n.day END),
                             MAX(CASE WHEN n.n = 2 THEN n.day END)) AS gap_days
            FROM signups AS s
            LEFT JOIN numbered AS n ON n.user_id = s.user_id
            GROUP BY s.user_id, s.signup_date
        ),
        steps AS (
            SELECT 1 AS step, 'signed_up' AS step_name, COUNT(*) AS num_users FROM per_user
            UNION ALL
            SELECT 2, 'first_purchase_30d', COUNT(*) FROM per_user WHERE first_day <= 30
            UNION ALL
            SELECT 3, 'second_purchase_90d', COUNT(*) FROM per_user
            WHERE first_day <= 30 AND gap_days <= 90
        )
        SELECT step, step_name, num_users,
               ROUND(num_users * 1.0 / LAG(num_users) OVER (ORDER BY step), 3) AS share_of_previous,
               ROUND(num_users * 1.0 / FIRST_VALUE(num_users) OVER (ORDER BY step), 3)
                   AS share_of_signups
        FROM steps
        ORDER BY step
        """,
    ],
}
