"""Plausible wrong answers for week02/sql_window_functions: each must lose points."""

WRONG_ANSWERS = {
    "salary_ranks": [
        # no PARTITION BY: ranks the whole company instead of restarting in every department
        """
        SELECT employee_id,
               department,
               salary,
               ROW_NUMBER() OVER (ORDER BY salary DESC, employee_id) AS salary_row_number,
               RANK() OVER (ORDER BY salary DESC) AS salary_rank,
               DENSE_RANK() OVER (ORDER BY salary DESC) AS salary_dense_rank
        FROM employees
        WHERE salary IS NOT NULL
        """,
        # copies the tie-breaker into RANK and DENSE_RANK, so tied salaries get different ranks
        """
        SELECT employee_id,
               department,
               salary,
               ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC, employee_id)
                   AS salary_row_number,
               RANK() OVER (PARTITION BY department ORDER BY salary DESC, employee_id)
                   AS salary_rank,
               DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC, employee_id)
                   AS salary_dense_rank
        FROM employees
        WHERE salary IS NOT NULL
        """,
        # RANK and DENSE_RANK mixed up
        """
        SELECT employee_id,
               department,
               salary,
               ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC, employee_id)
                   AS salary_row_number,
               DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank,
               RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_dense_rank
        FROM employees
        WHERE salary IS NOT NULL
        """,
    ],
    "top3_products_2020": [
        # no PARTITION BY: the top 3 of the whole shop, not of every category
        """
        WITH revenue_2020 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   p.product_id, p.name,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2, 3
        )
        SELECT category, product_id, name, ROUND(revenue, 2) AS revenue, rank_in_category
        FROM (
            SELECT *, ROW_NUMBER() OVER (ORDER BY revenue DESC, product_id) AS rank_in_category
            FROM revenue_2020
        ) AS ranked
        WHERE rank_in_category <= 3
        ORDER BY category, rank_in_category
        """,
        # ranks the best sellers by units (sum of quantity) instead of by revenue
        """
        WITH sales_2020 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   p.product_id, p.name,
                   SUM(t.quantity) AS units,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2, 3
        )
        SELECT category, product_id, name, ROUND(revenue, 2) AS revenue, rank_in_category
        FROM (
            SELECT *,
                   ROW_NUMBER() OVER (PARTITION BY category ORDER BY units DESC, product_id)
                       AS rank_in_category
            FROM sales_2020
        ) AS ranked
        WHERE rank_in_category <= 3
        ORDER BY category, rank_in_category
        """,
        # ranks on revenue over both years and only reports the 2020 figure
        """
        WITH revenue AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   p.product_id, p.name,
                   SUM(t.quantity * p.price) AS revenue_all,
                   SUM(CASE WHEN t.created_at >= DATE '2020-01-01'
                            THEN t.quantity * p.price END) AS revenue_2020
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2, 3
        )
        SELECT category, product_id, name, ROUND(revenue_2020, 2) AS revenue, rank_in_category
        FROM (
            SELECT *,
                   ROW_NUMBER() OVER (PARTITION BY category ORDER BY revenue_all DESC, product_id)
                       AS rank_in_category
            FROM revenue
            WHERE revenue_2020 IS NOT NULL
        ) AS ranked
        WHERE rank_in_category <= 3
        ORDER BY category, rank_in_category
        """,
    ],
    "category_revenue_share": [
        # an ORDER BY inside the OVER turns the category total into a running total
        """
        WITH revenue_2020 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   p.product_id,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2
        )
        SELECT category, product_id, ROUND(revenue, 2) AS revenue,
               ROUND(100 * revenue / SUM(revenue) OVER (PARTITION BY category ORDER BY revenue DESC), 2)
                   AS pct_of_category,
               ROUND(100 * revenue / SUM(revenue) OVER (), 2) AS pct_of_total
        FROM revenue_2020
        """,
        # forgets PARTITION BY: both percentages are shares of the whole shop
        """
        WITH revenue_2020 AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   p.product_id,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2
        )
        SELECT category, product_id, ROUND(revenue, 2) AS revenue,
               ROUND(100 * revenue / SUM(revenue) OVER (), 2) AS pct_of_category,
               ROUND(100 * revenue / SUM(revenue) OVER (), 2) AS pct_of_total
        FROM revenue_2020
        """,
    ],
    "cumulative_revenue_2020": [
        # no ORDER BY inside the OVER: every row gets the year's (or the month's) total
        """
        WITH daily AS (
            SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1
        )
        SELECT day,
               ROUND(revenue, 2) AS daily_revenue,
               ROUND(SUM(revenue) OVER (), 2) AS cumulative_revenue,
               ROUND(SUM(revenue) OVER (PARTITION BY date_trunc('month', day)), 2)
                   AS month_to_date_revenue
        FROM daily
        ORDER BY day
        """,
        # month to date without PARTITION BY never restarts: it repeats the year-to-date total
        """
        WITH daily AS (
            SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1
        )
        SELECT day,
               ROUND(revenue, 2) AS daily_revenue,
               ROUND(SUM(revenue) OVER (ORDER BY day), 2) AS cumulative_revenue,
               ROUND(SUM(revenue) OVER (ORDER BY day), 2) AS month_to_date_revenue
        FROM daily
        ORDER BY day
        """,
        # partitions month to date by the day of the month instead of the month
        """
        WITH daily AS (
            SELECT CAST(t.created_at AS DATE) AS day, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1
        )
        SELECT day,
               ROUND(revenue, 2) AS daily_revenue,
               ROUND(SUM(revenue) OVER (ORDER BY day), 2) AS cumulative_revenue,
               ROUND(SUM(revenue) OVER (PARTITION BY EXTRACT(DAY FROM day) ORDER BY day), 2)
                   AS month_to_date_revenue
        FROM daily
        ORDER BY day
        """,
    ],
    "moving_avg_7d": [
        # ROWS counts rows, not days: after a day without sales the window spans 8 days
        """
        WITH daily AS (
            SELECT p.category, CAST(t.created_at AS DATE) AS day,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category IS NOT NULL
            GROUP BY 1, 2
        )
        SELECT * FROM (
            SELECT category, day, ROUND(revenue, 2) AS daily_revenue,
                   ROUND(AVG(revenue) OVER (PARTITION BY category ORDER BY day
                                            ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 2)
                       AS moving_avg_7d
            FROM daily
        ) AS smoothed
        WHERE day >= DATE '2020-01-01'
        """,
        # filters 2020 before the window: the first days of January lose late December 2019
        """
        WITH daily AS (
            SELECT p.category, CAST(t.created_at AS DATE) AS day,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category IS NOT NULL
              AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY 1, 2
        )
        SELECT category, day, ROUND(revenue, 2) AS daily_revenue,
               ROUND(SUM(revenue) OVER (PARTITION BY category ORDER BY day
                                        RANGE BETWEEN INTERVAL 6 DAY PRECEDING AND CURRENT ROW)
                     / 7, 2) AS moving_avg_7d
        FROM daily
        """,
        # AVG over a RANGE frame divides by the days that had sales, not by 7
        """
        WITH daily AS (
            SELECT p.category, CAST(t.created_at AS DATE) AS day,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category IS NOT NULL
            GROUP BY 1, 2
        )
        SELECT * FROM (
            SELECT category, day, ROUND(revenue, 2) AS daily_revenue,
                   ROUND(AVG(revenue) OVER (PARTITION BY category ORDER BY day
                                            RANGE BETWEEN INTERVAL 6 DAY PRECEDING AND CURRENT ROW), 2)
                       AS moving_avg_7d
            FROM daily
        ) AS smoothed
        WHERE day >= DATE '2020-01-01'
        """,
        # no PARTITION BY: the window mixes the categories' rows of the same days
        """
        WITH daily AS (
            SELECT p.category, CAST(t.created_at AS DATE) AS day,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE p.category IS NOT NULL
            GROUP BY 1, 2
        )
        SELECT * FROM (
            SELECT category, day, ROUND(revenue, 2) AS daily_revenue,
                   ROUND(SUM(revenue) OVER (ORDER BY day
                                            RANGE BETWEEN INTERVAL 6 DAY PRECEDING AND CURRENT ROW)
                         / 7, 2) AS moving_avg_7d
            FROM daily
        ) AS smoothed
        WHERE day >= DATE '2020-01-01'
        """,
    ],
    "category_mom_growth": [
        # trusts LAG to return the previous month: after a month without sales it returns an older one
        """
        WITH monthly AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   date_trunc('month', t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        )
        SELECT category, month, ROUND(revenue, 2) AS revenue,
               ROUND(LAG(revenue) OVER (PARTITION BY category ORDER BY month), 2)
                   AS prev_month_revenue,
               ROUND(100 * (revenue - LAG(revenue) OVER (PARTITION BY category ORDER BY month))
                     / LAG(revenue) OVER (PARTITION BY category ORDER BY month), 2) AS growth_pct
        FROM monthly
        """,
        # no PARTITION BY: a category's first month is compared with another category
        """
        WITH monthly AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   date_trunc('month', t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        ),
        previous AS (
            SELECT *,
                   LAG(month) OVER (ORDER BY category, month) AS prev_month,
                   LAG(revenue) OVER (ORDER BY category, month) AS prev_revenue
            FROM monthly
        )
        SELECT category, month, ROUND(revenue, 2) AS revenue,
               ROUND(prev_revenue, 2) AS prev_month_revenue,
               ROUND(100 * (revenue - prev_revenue) / prev_revenue, 2) AS growth_pct
        FROM previous
        """,
        # LAG with no ORDER BY inside the OVER: "previous" is whatever row came before
        """
        WITH monthly AS (
            SELECT COALESCE(p.category, 'Uncategorized') AS category,
                   date_trunc('month', t.created_at) AS month,
                   SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        ),
        previous AS (
            SELECT *,
                   LAG(month) OVER (PARTITION BY category) AS prev_month,
                   LAG(revenue) OVER (PARTITION BY category) AS prev_revenue
            FROM monthly
        )
        SELECT category, month, ROUND(revenue, 2) AS revenue,
               ROUND(CASE WHEN prev_month = month - INTERVAL 1 MONTH THEN prev_revenue END, 2)
                   AS prev_month_revenue,
               ROUND(CASE WHEN prev_month = month - INTERVAL 1 MONTH
                          THEN 100 * (revenue - prev_revenue) / prev_revenue END, 2) AS growth_pct
        FROM previous
        """,
    ],
    "purchase_gaps": [
        # no PARTITION BY user_id: each order is compared with the shop's previous order
        """
        WITH dated AS (
            SELECT user_id, CAST(created_at AS DATE) AS day,
                   LAG(CAST(created_at AS DATE)) OVER (ORDER BY created_at, transaction_id)
                       AS previous_day
            FROM transactions
        )
        SELECT user_id, COUNT(*) AS num_orders,
               ROUND(AVG(date_diff('day', previous_day, day)), 2) AS avg_gap_days,
               MAX(date_diff('day', previous_day, day)) AS max_gap_days
        FROM dated
        GROUP BY user_id
        HAVING COUNT(*) >= 2
        """,
        # counts whole 24-hour periods between the timestamps, not calendar days
        """
        WITH gaps AS (
            SELECT user_id,
                   EXTRACT(DAY FROM created_at - LAG(created_at) OVER (
                       PARTITION BY user_id ORDER BY created_at, transaction_id)) AS gap
            FROM transactions
        )
        SELECT user_id, COUNT(*) AS num_orders,
               ROUND(AVG(gap), 2) AS avg_gap_days,
               MAX(gap) AS max_gap_days
        FROM gaps
        GROUP BY user_id
        HAVING COUNT(*) >= 2
        """,
        # keeps the customers with a single order (their gaps are NULL)
        """
        WITH dated AS (
            SELECT user_id, CAST(created_at AS DATE) AS day,
                   LAG(CAST(created_at AS DATE)) OVER (
                       PARTITION BY user_id ORDER BY created_at, transaction_id) AS previous_day
            FROM transactions
        )
        SELECT user_id, COUNT(*) AS num_orders,
               ROUND(AVG(date_diff('day', previous_day, day)), 2) AS avg_gap_days,
               MAX(date_diff('day', previous_day, day)) AS max_gap_days
        FROM dated
        GROUP BY user_id
        """,
    ],
    "first_last_purchase": [
        # LAST_VALUE with the default frame returns the current row: several rows per user
        """
        SELECT DISTINCT user_id,
               FIRST_VALUE(product_id) OVER (PARTITION BY user_id ORDER BY created_at, transaction_id)
                   AS first_product_id,
               LAST_VALUE(product_id) OVER (PARTITION BY user_id ORDER BY created_at, transaction_id)
                   AS last_product_id
        FROM transactions
        """,
        # the smallest and largest product ids bought, not the first and latest purchase
        """
        SELECT user_id,
               MIN(product_id) AS first_product_id,
               MAX(product_id) AS last_product_id
        FROM transactions
        GROUP BY user_id
        """,
    ],
    "latest_reviews": [
        # numbers the oldest review first, so the first review is kept instead of the latest
        """
        SELECT review_id, user_id, product_id, rating, created_at
        FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id, product_id
                                         ORDER BY created_at, review_id) AS n
            FROM reviews
        ) AS numbered
        WHERE n = 1
        """,
        # de-duplicates with GROUP BY on the rating: a changed mind keeps both reviews
        """
        SELECT MAX(review_id) AS review_id, user_id, product_id, rating,
               MAX(created_at) AS created_at
        FROM reviews
        GROUP BY user_id, product_id, rating
        """,
        # partitions by user only: one review per customer instead of one per product
        """
        SELECT review_id, user_id, product_id, rating, created_at
        FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id
                                         ORDER BY created_at DESC, review_id DESC) AS n
            FROM reviews
        ) AS numbered
        WHERE n = 1
        """,
    ],
    "second_purchase_q4_2020": [
        # filters to Q4 before the window: finds the second purchase of the quarter
        """
        SELECT user_id, transaction_id, product_id, created_at
        FROM transactions
        WHERE created_at >= DATE '2020-10-01' AND created_at < DATE '2021-01-01'
        QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, transaction_id) = 2
        """,
        # ranks purchase days, not purchases: two orders on the first day leave no rank 2
        """
        SELECT user_id, transaction_id, product_id, created_at
        FROM (
            SELECT *, RANK() OVER (PARTITION BY user_id ORDER BY CAST(created_at AS DATE)) AS n
            FROM transactions
        ) AS ranked
        WHERE n = 2
          AND created_at >= DATE '2020-10-01' AND created_at < DATE '2021-01-01'
        """,
    ],
    "spend_quartiles_2020": [
        # ascending order: quartile 1 holds the smallest spenders
        """
        WITH spend AS (
            SELECT t.user_id, SUM(t.quantity * p.price) AS spend
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        ),
        bucketed AS (
            SELECT *, NTILE(4) OVER (ORDER BY spend, user_id) AS quartile FROM spend
        )
        SELECT quartile, COUNT(*) AS num_customers,
               ROUND(MIN(spend), 2) AS min_spend, ROUND(MAX(spend), 2) AS max_spend,
               ROUND(100 * SUM(spend) / (SELECT SUM(spend) FROM spend), 2) AS pct_of_revenue
        FROM bucketed
        GROUP BY quartile
        ORDER BY quartile
        """,
        # starts from every user: those without 2020 orders join the bottom quartile with 0
        """
        WITH spend AS (
            SELECT u.user_id, COALESCE(SUM(t.quantity * p.price), 0) AS spend
            FROM users AS u
            LEFT JOIN transactions AS t
                   ON t.user_id = u.user_id
                  AND t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            LEFT JOIN products AS p ON p.product_id = t.product_id
            GROUP BY u.user_id
        ),
        bucketed AS (
            SELECT *, NTILE(4) OVER (ORDER BY spend DESC, user_id) AS quartile FROM spend
        )
        SELECT quartile, COUNT(*) AS num_customers,
               ROUND(MIN(spend), 2) AS min_spend, ROUND(MAX(spend), 2) AS max_spend,
               ROUND(100 * SUM(spend) / (SELECT SUM(spend) FROM spend), 2) AS pct_of_revenue
        FROM bucketed
        GROUP BY quartile
        ORDER BY quartile
        """,
        # quartiles from PERCENT_RANK * 4: the top of the range makes a fifth bucket
        """
        WITH spend AS (
            SELECT t.user_id, SUM(t.quantity * p.price) AS spend
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        ),
        bucketed AS (
            SELECT *,
                   CAST(FLOOR(4 * PERCENT_RANK() OVER (ORDER BY spend DESC, user_id)) AS INTEGER) + 1
                       AS quartile
            FROM spend
        )
        SELECT quartile, COUNT(*) AS num_customers,
               ROUND(MIN(spend), 2) AS min_spend, ROUND(MAX(spend), 2) AS max_spend,
               ROUND(100 * SUM(spend) / (SELECT SUM(spend) FROM spend), 2) AS pct_of_revenue
        FROM bucketed
        GROUP BY quartile
        ORDER BY quartile
        """,
    ],
    "customer_pareto_2020": [
        # ORDER BY spend alone with the default RANGE frame: tied spenders share one total
        """
        WITH spend AS (
            SELECT t.user_id, SUM(t.quantity * p.price) AS spend
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        )
        SELECT user_id,
               ROUND(spend, 2) AS spend,
               ROW_NUMBER() OVER (ORDER BY spend DESC, user_id) AS spend_rank,
               ROUND(SUM(spend) OVER (ORDER BY spend DESC), 2) AS cumulative_spend,
               ROUND(100 * SUM(spend) OVER (ORDER BY spend DESC) / SUM(spend) OVER (), 2)
                   AS cumulative_pct
        FROM spend
        ORDER BY spend_rank
        """,
        # RANK instead of ROW_NUMBER: tied spenders share a rank
        """
        WITH spend AS (
            SELECT t.user_id, SUM(t.quantity * p.price) AS spend
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        )
        SELECT user_id,
               ROUND(spend, 2) AS spend,
               RANK() OVER (ORDER BY spend DESC) AS spend_rank,
               ROUND(SUM(spend) OVER (ORDER BY spend DESC, user_id
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 2)
                   AS cumulative_spend,
               ROUND(100 * SUM(spend) OVER (ORDER BY spend DESC, user_id
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                     / SUM(spend) OVER (), 2) AS cumulative_pct
        FROM spend
        ORDER BY spend_rank, user_id
        """,
        # ranks the unrounded DOUBLE sums: equal spends differ in the 13th digit, so the
        # user_id tie-break never applies and tied customers come out in the wrong order
        """
        WITH spend AS (
            SELECT t.user_id, SUM(t.quantity * p.price) AS spend
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.user_id
        ),
        accumulated AS (
            SELECT user_id, spend,
                   ROW_NUMBER() OVER (ORDER BY spend DESC, user_id) AS spend_rank,
                   SUM(spend) OVER (ORDER BY spend DESC, user_id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                       AS cumulative_spend,
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
        """,
    ],
}
