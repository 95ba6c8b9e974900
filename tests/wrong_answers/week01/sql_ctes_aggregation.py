"""Plausible wrong answers for week01/sql_ctes_aggregation: each must lose points."""

WRONG_ANSWERS = {
    "category_scorecard_2020": [
        # COUNT(*) after the LEFT JOIN: a category without 2020 orders still has its products'
        # all-NULL rows, so Garden reports 4 orders
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_orders,
               ROUND(COUNT(*) FILTER (WHERE t.quantity >= 4) / COUNT(*), 3) AS bulk_order_share,
               ROUND(SUM(t.quantity * p.price) FILTER (WHERE u.is_prime)
                     / SUM(t.quantity * p.price), 3) AS prime_revenue_share,
               ROUND(SUM(t.quantity * p.price) / COUNT(*), 2) AS avg_order_value
        FROM products AS p
        LEFT JOIN transactions AS t
               ON t.product_id = p.product_id
              AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        LEFT JOIN users AS u ON u.user_id = t.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # Prime share of orders instead of the Prime share of revenue
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(t.transaction_id) AS num_orders,
               ROUND(COUNT(t.transaction_id) FILTER (WHERE t.quantity >= 4)
                     / NULLIF(COUNT(t.transaction_id), 0), 3) AS bulk_order_share,
               ROUND(COUNT(t.transaction_id) FILTER (WHERE u.is_prime)
                     / NULLIF(COUNT(t.transaction_id), 0), 3) AS prime_revenue_share,
               ROUND(SUM(t.quantity * p.price) / NULLIF(COUNT(t.transaction_id), 0), 2)
                   AS avg_order_value
        FROM products AS p
        LEFT JOIN transactions AS t
               ON t.product_id = p.product_id
              AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        LEFT JOIN users AS u ON u.user_id = t.user_id
        GROUP BY 1
        ORDER BY 1
        """,
        # starts from the 2020 orders, so the category without 2020 sales disappears
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_orders,
               ROUND(COUNT(*) FILTER (WHERE t.quantity >= 4) / COUNT(*), 3) AS bulk_order_share,
               ROUND(SUM(t.quantity * p.price) FILTER (WHERE u.is_prime)
                     / SUM(t.quantity * p.price), 3) AS prime_revenue_share,
               ROUND(SUM(t.quantity * p.price) / COUNT(*), 2) AS avg_order_value
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        JOIN users AS u ON u.user_id = t.user_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "heavy_buyers_2020": [
        # COUNT(DISTINCT category) skips the NULL category, so nobody reaches 9
        """
        SELECT t.user_id,
               COUNT(*) AS num_orders,
               COUNT(DISTINCT p.category) AS num_categories,
               ROUND(SUM(t.quantity * p.price), 2) AS total_spend
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY t.user_id
        HAVING COUNT(DISTINCT p.category) >= 9
           AND (COUNT(*) >= 55 OR SUM(t.quantity * p.price) >= 5000)
        """,
        # no parentheses: AND binds first, so any big spender qualifies whatever the categories
        """
        SELECT t.user_id,
               COUNT(*) AS num_orders,
               COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) AS num_categories,
               ROUND(SUM(t.quantity * p.price), 2) AS total_spend
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY t.user_id
        HAVING COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) >= 9
           AND COUNT(*) >= 55 OR SUM(t.quantity * p.price) >= 5000
        """,
        # "more than 55 orders" instead of "at least 55"
        """
        SELECT t.user_id,
               COUNT(*) AS num_orders,
               COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) AS num_categories,
               ROUND(SUM(t.quantity * p.price), 2) AS total_spend
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY t.user_id
        HAVING COUNT(DISTINCT COALESCE(p.category, 'Uncategorized')) >= 9
           AND (COUNT(*) > 55 OR SUM(t.quantity * p.price) > 5000)
        """,
    ],
    "customer_tiers_2020": [
        # COUNT(*) after LEFT JOIN: users without 2020 orders count 1 order and land in 'one-off'
        """
        WITH per_user AS (
            SELECT u.user_id,
                   COUNT(*) AS num_orders,
                   COALESCE(SUM(t.quantity * p.price), 0) AS revenue
            FROM users AS u
            LEFT JOIN transactions AS t
                   ON t.user_id = u.user_id
                  AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            LEFT JOIN products AS p ON p.product_id = t.product_id
            GROUP BY u.user_id
        ),
        tiered AS (
            SELECT CASE WHEN num_orders = 0 THEN 1 WHEN num_orders = 1 THEN 2
                        WHEN num_orders <= 9 THEN 3 WHEN num_orders <= 29 THEN 4 ELSE 5 END AS r,
                   revenue
            FROM per_user
        )
        SELECT CASE r WHEN 1 THEN 'none' WHEN 2 THEN 'one-off' WHEN 3 THEN 'occasional'
                      WHEN 4 THEN 'regular' ELSE 'loyal' END AS tier,
               COUNT(*) AS num_users,
               ROUND(SUM(revenue), 2) AS revenue_2020,
               ROUND(SUM(revenue) / (SELECT SUM(revenue) FROM per_user), 4) AS revenue_share
        FROM tiered
        GROUP BY r
        ORDER BY r
        """,
        # overlapping BETWEEN ranges: CASE takes the first match, so 10 and 30 orders drop a tier
        """
        WITH per_user AS (
            SELECT u.user_id,
                   COUNT(t.transaction_id) AS num_orders,
                   COALESCE(SUM(t.quantity * p.price), 0) AS revenue
            FROM users AS u
            LEFT JOIN transactions AS t
                   ON t.user_id = u.user_id
                  AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            LEFT JOIN products AS p ON p.product_id = t.product_id
            GROUP BY u.user_id
        ),
        tiered AS (
            SELECT CASE WHEN num_orders = 0 THEN 1
                        WHEN num_orders = 1 THEN 2
                        WHEN num_orders BETWEEN 2 AND 10 THEN 3
                        WHEN num_orders BETWEEN 10 AND 30 THEN 4
                        ELSE 5 END AS r,
                   revenue
            FROM per_user
        )
        SELECT CASE r WHEN 1 THEN 'none' WHEN 2 THEN 'one-off' WHEN 3 THEN 'occasional'
                      WHEN 4 THEN 'regular' ELSE 'loyal' END AS tier,
               COUNT(*) AS num_users,
               ROUND(SUM(revenue), 2) AS revenue_2020,
               ROUND(SUM(revenue) / (SELECT SUM(revenue) FROM per_user), 4) AS revenue_share
        FROM tiered
        GROUP BY r
        ORDER BY r
        """,
        # tiers only the 2020 buyers: the 'none' tier is missing
        """
        WITH per_user AS (
            SELECT t.user_id,
                   COUNT(*) AS num_orders,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        ),
        tiered AS (
            SELECT CASE WHEN num_orders = 1 THEN 2
                        WHEN num_orders <= 9 THEN 3 WHEN num_orders <= 29 THEN 4 ELSE 5 END AS r,
                   revenue
            FROM per_user
        )
        SELECT CASE r WHEN 2 THEN 'one-off' WHEN 3 THEN 'occasional'
                      WHEN 4 THEN 'regular' ELSE 'loyal' END AS tier,
               COUNT(*) AS num_users,
               ROUND(SUM(revenue), 2) AS revenue_2020,
               ROUND(SUM(revenue) / (SELECT SUM(revenue) FROM per_user), 4) AS revenue_share
        FROM tiered
        GROUP BY r
        ORDER BY r
        """,
    ],
    "price_band_catalogue": [
        # counts rows after joining the orders: num_products becomes a count of orders
        """
        SELECT CASE WHEN p.price < 10 THEN 'under $10'
                    WHEN p.price < 25 THEN '$10 to $25'
                    WHEN p.price < 50 THEN '$25 to $50'
                    WHEN p.price < 100 THEN '$50 to $100'
                    WHEN p.price < 250 THEN '$100 to $250'
                    ELSE '$250 and over' END AS price_band,
               COUNT(*) AS num_products,
               COUNT(DISTINCT p.product_id) - COUNT(DISTINCT t.product_id) AS num_unsold_2020,
               ROUND(COALESCE(SUM(t.quantity * p.price), 0), 2) AS revenue_2020
        FROM products AS p
        LEFT JOIN transactions AS t
               ON t.product_id = p.product_id
              AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY MIN(p.price)
        """,
        # one-sided tests in the wrong order: CASE stops at price < 25, so 'under $10' is never used
        """
        WITH sales AS (
            SELECT t.product_id, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.product_id
        )
        SELECT CASE WHEN p.price >= 250 THEN '$250 and over'
                    WHEN p.price >= 100 THEN '$100 to $250'
                    WHEN p.price >= 50 THEN '$50 to $100'
                    WHEN p.price >= 25 THEN '$25 to $50'
                    WHEN p.price < 25 THEN '$10 to $25'
                    ELSE 'under $10' END AS price_band,
               COUNT(*) AS num_products,
               COUNT(*) - COUNT(s.product_id) AS num_unsold_2020,
               ROUND(COALESCE(SUM(s.revenue), 0), 2) AS revenue_2020
        FROM products AS p
        LEFT JOIN sales AS s ON s.product_id = p.product_id
        GROUP BY 1
        ORDER BY MIN(p.price)
        """,
        # inner join with the 2020 sales: products that did not sell leave the band entirely
        """
        WITH sales AS (
            SELECT t.product_id, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.product_id
        )
        SELECT CASE WHEN p.price < 10 THEN 'under $10'
                    WHEN p.price < 25 THEN '$10 to $25'
                    WHEN p.price < 50 THEN '$25 to $50'
                    WHEN p.price < 100 THEN '$50 to $100'
                    WHEN p.price < 250 THEN '$100 to $250'
                    ELSE '$250 and over' END AS price_band,
               COUNT(*) AS num_products,
               COUNT(*) FILTER (WHERE s.revenue = 0) AS num_unsold_2020,
               ROUND(SUM(s.revenue), 2) AS revenue_2020
        FROM products AS p
        JOIN sales AS s ON s.product_id = p.product_id
        GROUP BY 1
        ORDER BY MIN(p.price)
        """,
    ],
    "weekday_orders_2020": [
        # divides every weekday's orders by 52, but 2020 has 53 Wednesdays and 53 Thursdays
        """
        SELECT isodow(created_at) AS iso_dow,
               dayname(created_at) AS day_name,
               COUNT(*) AS num_orders,
               ROUND(COUNT(*) / 52.0, 2) AS avg_daily_orders
        FROM transactions
        WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
        GROUP BY 1, 2
        ORDER BY 1
        """,
        # dayofweek numbers Sunday as 0, not Monday as 1
        """
        WITH daily AS (
            SELECT CAST(created_at AS DATE) AS day, COUNT(*) AS n
            FROM transactions
            WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
            GROUP BY 1
        )
        SELECT dayofweek(day) AS iso_dow,
               dayname(day) AS day_name,
               SUM(n) AS num_orders,
               ROUND(AVG(n), 2) AS avg_daily_orders
        FROM daily
        GROUP BY 1, 2
        ORDER BY 1
        """,
        # BETWEEN with a bare end date stops at 2020-12-31 00:00:00 and loses that Thursday's orders
        """
        WITH daily AS (
            SELECT CAST(created_at AS DATE) AS day, COUNT(*) AS n
            FROM transactions
            WHERE created_at BETWEEN '2020-01-01' AND '2020-12-31'
            GROUP BY 1
        )
        SELECT isodow(day) AS iso_dow,
               dayname(day) AS day_name,
               SUM(n) AS num_orders,
               ROUND(AVG(n), 2) AS avg_daily_orders
        FROM daily
        GROUP BY 1, 2
        ORDER BY 1
        """,
    ],
    "days_to_second_order": [
        # whole 24-hour periods between the timestamps instead of calendar days between dates
        """
        WITH firsts AS (
            SELECT user_id, MIN(created_at) AS first_at
            FROM transactions
            GROUP BY user_id
        ),
        seconds AS (
            SELECT f.user_id, f.first_at, MIN(t.created_at) AS second_at
            FROM firsts AS f
            LEFT JOIN transactions AS t ON t.user_id = f.user_id AND t.created_at > f.first_at
            GROUP BY f.user_id, f.first_at
        ),
        gaps AS (
            SELECT user_id, EXTRACT(DAY FROM second_at - first_at) AS gap_days FROM seconds
        )
        SELECT CASE WHEN gap_days IS NULL THEN 'no second order'
                    WHEN gap_days = 0 THEN 'same day'
                    WHEN gap_days <= 7 THEN '1 to 7 days'
                    WHEN gap_days <= 30 THEN '8 to 30 days'
                    WHEN gap_days <= 90 THEN '31 to 90 days'
                    ELSE 'over 90 days' END AS gap_bucket,
               COUNT(*) AS num_users
        FROM gaps
        GROUP BY 1
        """,
        # inner join to the later orders: one-order customers vanish
        """
        WITH firsts AS (
            SELECT user_id, MIN(created_at) AS first_at
            FROM transactions
            GROUP BY user_id
        ),
        seconds AS (
            SELECT f.user_id, f.first_at, MIN(t.created_at) AS second_at
            FROM firsts AS f
            JOIN transactions AS t ON t.user_id = f.user_id AND t.created_at > f.first_at
            GROUP BY f.user_id, f.first_at
        ),
        gaps AS (
            SELECT user_id,
                   date_diff('day', CAST(first_at AS DATE), CAST(second_at AS DATE)) AS gap_days
            FROM seconds
        )
        SELECT CASE WHEN gap_days IS NULL THEN 'no second order'
                    WHEN gap_days = 0 THEN 'same day'
                    WHEN gap_days <= 7 THEN '1 to 7 days'
                    WHEN gap_days <= 30 THEN '8 to 30 days'
                    WHEN gap_days <= 90 THEN '31 to 90 days'
                    ELSE 'over 90 days' END AS gap_bucket,
               COUNT(*) AS num_users
        FROM gaps
        GROUP BY 1
        """,
        # measures first to last order instead of first to second
        """
        WITH spans AS (
            SELECT user_id,
                   COUNT(*) AS n,
                   date_diff('day', CAST(MIN(created_at) AS DATE), CAST(MAX(created_at) AS DATE))
                       AS gap_days
            FROM transactions
            GROUP BY user_id
        )
        SELECT CASE WHEN n = 1 THEN 'no second order'
                    WHEN gap_days = 0 THEN 'same day'
                    WHEN gap_days <= 7 THEN '1 to 7 days'
                    WHEN gap_days <= 30 THEN '8 to 30 days'
                    WHEN gap_days <= 90 THEN '31 to 90 days'
                    ELSE 'over 90 days' END AS gap_bucket,
               COUNT(*) AS num_users
        FROM spans
        GROUP BY 1
        """,
    ],
    "december_activity_2020": [
        # UNION also removes a user's second order or review on the same day
        """
        WITH events AS (
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM transactions
            WHERE created_at >= DATE '2020-12-01' AND created_at < DATE '2021-01-01'
            UNION
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM reviews
            WHERE created_at >= DATE '2020-12-01' AND created_at < DATE '2021-01-01'
        )
        SELECT day, COUNT(*) AS num_events, COUNT(DISTINCT user_id) AS num_active_users
        FROM events
        GROUP BY day
        ORDER BY day
        """,
        # counts rows of UNION ALL as users: an active user with two events counts twice
        """
        WITH events AS (
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM transactions
            WHERE created_at >= DATE '2020-12-01' AND created_at < DATE '2021-01-01'
            UNION ALL
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM reviews
            WHERE created_at >= DATE '2020-12-01' AND created_at < DATE '2021-01-01'
        )
        SELECT day, COUNT(*) AS num_events, COUNT(user_id) AS num_active_users
        FROM events
        GROUP BY day
        ORDER BY day
        """,
        # BETWEEN with bare dates keeps only the events at midnight on 31 December
        """
        WITH events AS (
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM transactions
            WHERE created_at BETWEEN '2020-12-01' AND '2020-12-31'
            UNION ALL
            SELECT user_id, CAST(created_at AS DATE) AS day
            FROM reviews
            WHERE created_at BETWEEN '2020-12-01' AND '2020-12-31'
        )
        SELECT day, COUNT(*) AS num_events, COUNT(DISTINCT user_id) AS num_active_users
        FROM events
        GROUP BY day
        ORDER BY day
        """,
    ],
    "buyer_overlap_2019_2020": [
        # either_year adds the two yearly counts (UNION ALL), counting two-year buyers twice
        """
        WITH y2019 AS (
            SELECT DISTINCT user_id FROM transactions WHERE YEAR(created_at) = 2019
        ),
        y2020 AS (
            SELECT DISTINCT user_id FROM transactions WHERE YEAR(created_at) = 2020
        )
        SELECT (SELECT COUNT(*) FROM y2019) AS buyers_2019,
               (SELECT COUNT(*) FROM y2020) AS buyers_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 INTERSECT SELECT * FROM y2020))
                   AS both_years,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 EXCEPT SELECT * FROM y2020)) AS only_2019,
               (SELECT COUNT(*) FROM (SELECT * FROM y2020 EXCEPT SELECT * FROM y2019)) AS only_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 UNION ALL SELECT * FROM y2020))
                   AS either_year
        """,
        # "new in 2020" read as "signed up in 2020"
        """
        WITH y2019 AS (
            SELECT DISTINCT user_id FROM transactions WHERE YEAR(created_at) = 2019
        ),
        y2020 AS (
            SELECT DISTINCT user_id FROM transactions WHERE YEAR(created_at) = 2020
        )
        SELECT (SELECT COUNT(*) FROM y2019) AS buyers_2019,
               (SELECT COUNT(*) FROM y2020) AS buyers_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 INTERSECT SELECT * FROM y2020))
                   AS both_years,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 EXCEPT SELECT * FROM y2020)) AS only_2019,
               (SELECT COUNT(*) FROM y2020 JOIN users AS u USING (user_id)
                WHERE u.signup_date >= DATE '2020-01-01') AS only_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 UNION SELECT * FROM y2020)) AS either_year
        """,
        # inclusive upper bound for 2019 and a strict lower bound for 2020: an order at
        # 2020-01-01 00:00:00 is filed under 2019
        """
        WITH y2019 AS (
            SELECT DISTINCT user_id FROM transactions
            WHERE created_at BETWEEN '2019-01-01' AND '2020-01-01'
        ),
        y2020 AS (
            SELECT DISTINCT user_id FROM transactions WHERE created_at > '2020-01-01'
        )
        SELECT (SELECT COUNT(*) FROM y2019) AS buyers_2019,
               (SELECT COUNT(*) FROM y2020) AS buyers_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 INTERSECT SELECT * FROM y2020))
                   AS both_years,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 EXCEPT SELECT * FROM y2020)) AS only_2019,
               (SELECT COUNT(*) FROM (SELECT * FROM y2020 EXCEPT SELECT * FROM y2019)) AS only_2020,
               (SELECT COUNT(*) FROM (SELECT * FROM y2019 UNION SELECT * FROM y2020)) AS either_year
        """,
    ],
    "managers_and_contributors": [
        # NOT IN against a list holding the CEO's NULL manager_id keeps nobody
        """
        SELECT department,
               COUNT(*) AS num_employees,
               COUNT(*) FILTER (WHERE employee_id IN (SELECT manager_id FROM employees))
                   AS num_managers,
               COUNT(*) FILTER (WHERE employee_id NOT IN (SELECT manager_id FROM employees))
                   AS num_individual_contributors
        FROM employees
        GROUP BY department
        ORDER BY department
        """,
        # counts distinct managers of each department's employees: that puts the CEO in every
        # department and leaves Executive with no manager
        """
        SELECT department,
               COUNT(*) AS num_employees,
               COUNT(DISTINCT manager_id) AS num_managers,
               COUNT(*) - COUNT(DISTINCT manager_id) AS num_individual_contributors
        FROM employees
        GROUP BY department
        ORDER BY department
        """,
        # builds the report from the individual contributors only: Executive disappears
        """
        WITH individual_contributors AS (
            SELECT employee_id FROM employees
            EXCEPT
            SELECT manager_id FROM employees
        )
        SELECT e.department,
               (SELECT COUNT(*) FROM employees AS x WHERE x.department = e.department)
                   AS num_employees,
               (SELECT COUNT(*) FROM employees AS x WHERE x.department = e.department)
                   - COUNT(*) AS num_managers,
               COUNT(*) AS num_individual_contributors
        FROM employees AS e
        JOIN individual_contributors AS ic ON ic.employee_id = e.employee_id
        GROUP BY e.department
        ORDER BY e.department
        """,
    ],
    "critics_came_back": [
        # joins each order to every earlier 1-star review: orders after two such reviews count twice
        """
        SELECT COUNT(DISTINCT r.user_id) AS num_critics,
               COUNT(DISTINCT t.user_id) AS num_returned,
               ROUND(SUM(t.quantity * p.price), 2) AS revenue_after
        FROM reviews AS r
        LEFT JOIN transactions AS t
               ON t.user_id = r.user_id
              AND t.created_at > r.created_at
        LEFT JOIN products AS p ON p.product_id = t.product_id
        WHERE r.rating = 1
        """,
        # measures from the latest 1-star review instead of the first
        """
        WITH last_one_star AS (
            SELECT user_id, MAX(created_at) AS at
            FROM reviews
            WHERE rating = 1
            GROUP BY user_id
        )
        SELECT COUNT(DISTINCT l.user_id) AS num_critics,
               COUNT(DISTINCT t.user_id) AS num_returned,
               ROUND(SUM(t.quantity * p.price), 2) AS revenue_after
        FROM last_one_star AS l
        LEFT JOIN transactions AS t ON t.user_id = l.user_id AND t.created_at > l.at
        LEFT JOIN products AS p ON p.product_id = t.product_id
        """,
    ],
    "double_submitted_reviews": [
        # GROUP BY the natural key also merges genuine repeat reviews with the same rating
        """
        SELECT rating,
               SUM(n) AS num_rows,
               COUNT(*) AS num_reviews
        FROM (
            SELECT user_id, product_id, rating, COUNT(*) AS n
            FROM reviews
            GROUP BY user_id, product_id, rating
        )
        GROUP BY rating
        ORDER BY rating
        """,
        # groups on the minute: a pair whose clicks straddle a minute boundary stays split
        """
        SELECT rating,
               SUM(n) AS num_rows,
               COUNT(*) AS num_reviews
        FROM (
            SELECT user_id, product_id, rating, date_trunc('minute', created_at) AS minute,
                   COUNT(*) AS n
            FROM reviews
            GROUP BY user_id, product_id, rating, date_trunc('minute', created_at)
        )
        GROUP BY rating
        ORDER BY rating
        """,
        # groups on the calendar day: also merges genuine repeats reviewed on the same day
        """
        SELECT rating,
               SUM(n) AS num_rows,
               COUNT(*) AS num_reviews
        FROM (
            SELECT user_id, product_id, rating, CAST(created_at AS DATE) AS day, COUNT(*) AS n
            FROM reviews
            GROUP BY user_id, product_id, rating, CAST(created_at AS DATE)
        )
        GROUP BY rating
        ORDER BY rating
        """,
    ],
    "latest_rating_by_category": [
        # keeps the first review of each pair instead of the latest
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_ratings,
               ROUND(AVG(r.rating), 2) AS avg_rating
        FROM reviews AS r
        JOIN products AS p ON p.product_id = r.product_id
        WHERE r.created_at = (SELECT MIN(r2.created_at) FROM reviews AS r2
                              WHERE r2.user_id = r.user_id AND r2.product_id = r.product_id)
        GROUP BY 1
        ORDER BY 1
        """,
        # MAX(rating) per pair is the best rating ever given, not the latest one
        """
        WITH pairs AS (
            SELECT user_id, product_id, MAX(rating) AS rating
            FROM reviews
            GROUP BY user_id, product_id
        )
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_ratings,
               ROUND(AVG(x.rating), 2) AS avg_rating
        FROM pairs AS x
        JOIN products AS p ON p.product_id = x.product_id
        GROUP BY 1
        ORDER BY 1
        """,
        # rating in the GROUP BY: a pair with two different ratings keeps both rows
        """
        WITH latest AS (
            SELECT user_id, product_id, rating, MAX(created_at) AS at
            FROM reviews
            GROUP BY user_id, product_id, rating
        )
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_ratings,
               ROUND(AVG(l.rating), 2) AS avg_rating
        FROM latest AS l
        JOIN products AS p ON p.product_id = l.product_id
        GROUP BY 1
        ORDER BY 1
        """,
    ],
}
