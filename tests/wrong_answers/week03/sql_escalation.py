"""Plausible wrong answers for week03/sql_escalation: each must lose points."""

WRONG_ANSWERS = {
    "country_yoy_growth": [
        # BETWEEN on a TIMESTAMP: each year loses its last day's orders after midnight
        """
        WITH orders AS (
            SELECT COALESCE(u.country, 'Unknown') AS country, t.user_id, t.created_at,
                   t.quantity * p.price AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            JOIN users AS u ON u.user_id = t.user_id
        ),
        yearly AS (
            SELECT country,
                   COUNT(DISTINCT user_id) FILTER (
                       WHERE created_at BETWEEN '2019-01-01' AND '2019-12-31') AS buyers_2019,
                   COUNT(DISTINCT user_id) FILTER (
                       WHERE created_at BETWEEN '2020-01-01' AND '2020-12-31') AS buyers_2020,
                   SUM(revenue) FILTER (
                       WHERE created_at BETWEEN '2019-01-01' AND '2019-12-31') AS revenue_2019,
                   SUM(revenue) FILTER (
                       WHERE created_at BETWEEN '2020-01-01' AND '2020-12-31') AS revenue_2020
            FROM orders
            GROUP BY country
        )
        SELECT country, buyers_2019, buyers_2020,
               ROUND(revenue_2019, 2) AS revenue_2019, ROUND(revenue_2020, 2) AS revenue_2020,
               ROUND(100 * (revenue_2020 - revenue_2019) / revenue_2019, 2) AS revenue_growth_pct,
               ROUND(100 * (revenue_2020 / buyers_2020 - revenue_2019 / buyers_2019)
                     / (revenue_2019 / buyers_2019), 2) AS per_buyer_growth_pct
        FROM yearly
        """,
        # groups by the raw country: the customers without one form a group labelled NULL
        """
        WITH yearly AS (
            SELECT u.country,
                   COUNT(DISTINCT t.user_id) FILTER (WHERE YEAR(t.created_at) = 2019) AS buyers_2019,
                   COUNT(DISTINCT t.user_id) FILTER (WHERE YEAR(t.created_at) = 2020) AS buyers_2020,
                   SUM(t.quantity * p.price) FILTER (WHERE YEAR(t.created_at) = 2019) AS revenue_2019,
                   SUM(t.quantity * p.price) FILTER (WHERE YEAR(t.created_at) = 2020) AS revenue_2020
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            JOIN users AS u ON u.user_id = t.user_id
            GROUP BY u.country
        )
        SELECT country, buyers_2019, buyers_2020,
               ROUND(revenue_2019, 2) AS revenue_2019, ROUND(revenue_2020, 2) AS revenue_2020,
               ROUND(100 * (revenue_2020 - revenue_2019) / revenue_2019, 2) AS revenue_growth_pct,
               ROUND(100 * (revenue_2020 / buyers_2020 - revenue_2019 / buyers_2019)
                     / (revenue_2019 / buyers_2019), 2) AS per_buyer_growth_pct
        FROM yearly
        """,
        # per-buyer growth approximated as revenue growth minus buyer growth
        """
        WITH yearly AS (
            SELECT COALESCE(u.country, 'Unknown') AS country,
                   COUNT(DISTINCT t.user_id) FILTER (WHERE YEAR(t.created_at) = 2019) AS buyers_2019,
                   COUNT(DISTINCT t.user_id) FILTER (WHERE YEAR(t.created_at) = 2020) AS buyers_2020,
                   SUM(t.quantity * p.price) FILTER (WHERE YEAR(t.created_at) = 2019) AS revenue_2019,
                   SUM(t.quantity * p.price) FILTER (WHERE YEAR(t.created_at) = 2020) AS revenue_2020
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            JOIN users AS u ON u.user_id = t.user_id
            GROUP BY 1
        )
        SELECT country, buyers_2019, buyers_2020,
               ROUND(revenue_2019, 2) AS revenue_2019, ROUND(revenue_2020, 2) AS revenue_2020,
               ROUND(100 * (revenue_2020 - revenue_2019) / revenue_2019, 2) AS revenue_growth_pct,
               ROUND(100 * (revenue_2020 - revenue_2019) / revenue_2019
                     - 100 * (buyers_2020 - buyers_2019) / buyers_2019, 2) AS per_buyer_growth_pct
        FROM yearly
        """,
    ],
    "prime_mom_buyers": [
        # COUNT(*) counts order lines, not customers
        """
        WITH monthly AS (
            SELECT u.is_prime, date_trunc('month', t.created_at) AS month,
                   COUNT(*) AS active_buyers,
                   SUM(t.quantity * p.price) / COUNT(*) AS revenue_per_buyer
            FROM transactions AS t
            JOIN users AS u ON u.user_id = t.user_id
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        )
        SELECT is_prime, month, active_buyers,
               ROUND(100 * (active_buyers - LAG(active_buyers) OVER w) / LAG(active_buyers) OVER w, 2)
                   AS buyers_mom_pct,
               ROUND(revenue_per_buyer, 2) AS revenue_per_buyer,
               ROUND(100 * (revenue_per_buyer - LAG(revenue_per_buyer) OVER w)
                     / LAG(revenue_per_buyer) OVER w, 2) AS rpb_mom_pct
        FROM monthly
        WINDOW w AS (PARTITION BY is_prime ORDER BY month)
        """,
        # no PARTITION BY: the previous row is the other segment's row for the same month
        """
        WITH monthly AS (
            SELECT u.is_prime, date_trunc('month', t.created_at) AS month,
                   COUNT(DISTINCT t.user_id) AS active_buyers,
                   SUM(t.quantity * p.price) / COUNT(DISTINCT t.user_id) AS revenue_per_buyer
            FROM transactions AS t
            JOIN users AS u ON u.user_id = t.user_id
            JOIN products AS p ON p.product_id = t.product_id
            GROUP BY 1, 2
        )
        SELECT is_prime, month, active_buyers,
               ROUND(100 * (active_buyers - LAG(active_buyers) OVER w) / LAG(active_buyers) OVER w, 2)
                   AS buyers_mom_pct,
               ROUND(revenue_per_buyer, 2) AS revenue_per_buyer,
               ROUND(100 * (revenue_per_buyer - LAG(revenue_per_buyer) OVER w)
                     / LAG(revenue_per_buyer) OVER w, 2) AS rpb_mom_pct
        FROM monthly
        WINDOW w AS (ORDER BY month, is_prime)
        """,
    ],
    "first_purchase_cohorts": [
        # cohorts by signup month instead of first-purchase month
        """
        WITH cohorts AS (
            SELECT user_id, date_trunc('month', signup_date) AS cohort_month
            FROM users
            WHERE signup_date >= DATE '2019-01-01' AND signup_date < DATE '2020-01-01'
              AND user_id IN (SELECT user_id FROM transactions)
        ),
        active AS (
            SELECT DISTINCT user_id, date_trunc('month', created_at) AS active_month FROM transactions
        ),
        offsets AS (
            SELECT c.cohort_month, c.user_id, date_diff('month', c.cohort_month, a.active_month) AS k
            FROM cohorts AS c JOIN active AS a ON a.user_id = c.user_id
        )
        SELECT cohort_month, COUNT(DISTINCT user_id) AS cohort_size,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 1) / COUNT(DISTINCT user_id), 1) AS m1_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 2) / COUNT(DISTINCT user_id), 1) AS m2_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 3) / COUNT(DISTINCT user_id), 1) AS m3_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 6) / COUNT(DISTINCT user_id), 1) AS m6_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 12) / COUNT(DISTINCT user_id), 1) AS m12_pct
        FROM offsets
        GROUP BY cohort_month
        """,
        # offsets in complete months between the two timestamps (date_sub), not calendar months
        """
        WITH firsts AS (
            SELECT user_id, MIN(created_at) AS first_at FROM transactions GROUP BY user_id
        ),
        offsets AS (
            SELECT date_trunc('month', f.first_at) AS cohort_month, f.user_id,
                   date_sub('month', f.first_at, t.created_at) AS k
            FROM firsts AS f JOIN transactions AS t ON t.user_id = f.user_id
            WHERE f.first_at < DATE '2020-01-01'
        )
        SELECT cohort_month, COUNT(DISTINCT user_id) AS cohort_size,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 1) / COUNT(DISTINCT user_id), 1) AS m1_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 2) / COUNT(DISTINCT user_id), 1) AS m2_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 3) / COUNT(DISTINCT user_id), 1) AS m3_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 6) / COUNT(DISTINCT user_id), 1) AS m6_pct,
               ROUND(100 * COUNT(DISTINCT user_id) FILTER (WHERE k = 12) / COUNT(DISTINCT user_id), 1) AS m12_pct
        FROM offsets
        GROUP BY cohort_month
        """,
        # counts transactions in the month columns instead of customers
        """
        WITH firsts AS (
            SELECT user_id, date_trunc('month', MIN(created_at)) AS cohort_month
            FROM transactions GROUP BY user_id
        ),
        sizes AS (
            SELECT cohort_month, COUNT(*) AS cohort_size FROM firsts GROUP BY cohort_month
        ),
        offsets AS (
            SELECT f.cohort_month, date_diff('month', f.cohort_month, date_trunc('month', t.created_at)) AS k
            FROM firsts AS f JOIN transactions AS t ON t.user_id = f.user_id
            WHERE f.cohort_month < DATE '2020-01-01'
        )
        SELECT o.cohort_month, s.cohort_size,
               ROUND(100 * COUNT(*) FILTER (WHERE k = 1) / s.cohort_size, 1) AS m1_pct,
               ROUND(100 * COUNT(*) FILTER (WHERE k = 2) / s.cohort_size, 1) AS m2_pct,
               ROUND(100 * COUNT(*) FILTER (WHERE k = 3) / s.cohort_size, 1) AS m3_pct,
               ROUND(100 * COUNT(*) FILTER (WHERE k = 6) / s.cohort_size, 1) AS m6_pct,
               ROUND(100 * COUNT(*) FILTER (WHERE k = 12) / s.cohort_size, 1) AS m12_pct
        FROM offsets AS o JOIN sizes AS s ON s.cohort_month = o.cohort_month
        GROUP BY o.cohort_month, s.cohort_size
        """,
    ],
    "signup_funnel_h1_2020": [
        # the 30-day window on timestamps: a first order on day 30 after midnight falls out
        """
        WITH orders AS (
            SELECT u.user_id, u.signup_date, MIN(t.created_at) AS first_at, COUNT(t.transaction_id) AS n
            FROM users AS u LEFT JOIN transactions AS t ON t.user_id = u.user_id
            WHERE u.signup_date BETWEEN '2020-01-01' AND '2020-06-30'
            GROUP BY u.user_id, u.signup_date
        ),
        flags AS (
            SELECT user_id,
                   COALESCE(first_at <= signup_date + INTERVAL 30 DAY, FALSE) AS s2,
                   n >= 2 AS s3,
                   user_id IN (SELECT user_id FROM reviews) AS s4
            FROM orders
        ),
        steps AS (
            SELECT 1 AS step_number, 'signed_up' AS step, COUNT(*) AS users FROM flags
            UNION ALL SELECT 2, 'first_order_30d', COUNT(*) FILTER (WHERE s2) FROM flags
            UNION ALL SELECT 3, 'second_order', COUNT(*) FILTER (WHERE s2 AND s3) FROM flags
            UNION ALL SELECT 4, 'reviewed', COUNT(*) FILTER (WHERE s2 AND s3 AND s4) FROM flags
        )
        SELECT step_number, step, users,
               ROUND(100 * users / COALESCE(LAG(users) OVER (ORDER BY step_number), users), 1) AS pct_of_previous,
               ROUND(100 * users / MAX(users) OVER (), 1) AS pct_of_signups
        FROM steps
        ORDER BY step_number
        """,
        # steps counted independently: customers who skipped step 2 still reach steps 3 and 4
        """
        WITH orders AS (
            SELECT u.user_id, u.signup_date, MIN(t.created_at) AS first_at, COUNT(t.transaction_id) AS n
            FROM users AS u LEFT JOIN transactions AS t ON t.user_id = u.user_id
            WHERE u.signup_date >= DATE '2020-01-01' AND u.signup_date < DATE '2020-07-01'
            GROUP BY u.user_id, u.signup_date
        ),
        flags AS (
            SELECT user_id,
                   COALESCE(date_diff('day', signup_date, CAST(first_at AS DATE)) <= 30, FALSE) AS s2,
                   n >= 2 AS s3,
                   user_id IN (SELECT user_id FROM reviews) AS s4
            FROM orders
        ),
        steps AS (
            SELECT 1 AS step_number, 'signed_up' AS step, COUNT(*) AS users FROM flags
            UNION ALL SELECT 2, 'first_order_30d', COUNT(*) FILTER (WHERE s2) FROM flags
            UNION ALL SELECT 3, 'second_order', COUNT(*) FILTER (WHERE s3) FROM flags
            UNION ALL SELECT 4, 'reviewed', COUNT(*) FILTER (WHERE s3 AND s4) FROM flags
        )
        SELECT step_number, step, users,
               ROUND(100 * users / COALESCE(LAG(users) OVER (ORDER BY step_number), users), 1) AS pct_of_previous,
               ROUND(100 * users / MAX(users) OVER (), 1) AS pct_of_signups
        FROM steps
        ORDER BY step_number
        """,
    ],
    "activity_sessions": [
        # a gap of exactly 30 minutes starts a new session (>= instead of >)
        """
        WITH events AS (
            SELECT user_id, created_at FROM transactions
            UNION ALL
            SELECT user_id, created_at FROM reviews
        ),
        flagged AS (
            SELECT user_id, created_at,
                   CASE WHEN created_at - LAG(created_at) OVER (PARTITION BY user_id ORDER BY created_at)
                             < INTERVAL 30 MINUTE THEN 0 ELSE 1 END AS new_session
            FROM events
        ),
        numbered AS (
            SELECT user_id, SUM(new_session) OVER (PARTITION BY user_id ORDER BY created_at
                                                   ROWS UNBOUNDED PRECEDING) AS session_id
            FROM flagged
        ),
        sessions AS (SELECT user_id, session_id, COUNT(*) AS events FROM numbered GROUP BY 1, 2)
        SELECT events AS events_in_session, COUNT(*) AS num_sessions, COUNT(DISTINCT user_id) AS num_users
        FROM sessions GROUP BY events
        """,
        # sessions built from transactions only: the reviews are left out
        """
        WITH flagged AS (
            SELECT user_id, created_at,
                   CASE WHEN created_at - LAG(created_at) OVER (PARTITION BY user_id ORDER BY created_at)
                             <= INTERVAL 30 MINUTE THEN 0 ELSE 1 END AS new_session
            FROM transactions
        ),
        numbered AS (
            SELECT user_id, SUM(new_session) OVER (PARTITION BY user_id ORDER BY created_at
                                                   ROWS UNBOUNDED PRECEDING) AS session_id
            FROM flagged
        ),
        sessions AS (SELECT user_id, session_id, COUNT(*) AS events FROM numbered GROUP BY 1, 2)
        SELECT events AS events_in_session, COUNT(*) AS num_sessions, COUNT(DISTINCT user_id) AS num_users
        FROM sessions GROUP BY events
        """,
        # LAG without PARTITION BY: the gap is measured from anybody's previous event
        """
        WITH events AS (
            SELECT user_id, created_at FROM transactions
            UNION ALL
            SELECT user_id, created_at FROM reviews
        ),
        flagged AS (
            SELECT user_id, created_at,
                   CASE WHEN created_at - LAG(created_at) OVER (ORDER BY created_at)
                             <= INTERVAL 30 MINUTE THEN 0 ELSE 1 END AS new_session
            FROM events
        ),
        numbered AS (
            SELECT user_id, SUM(new_session) OVER (PARTITION BY user_id ORDER BY created_at
                                                   ROWS UNBOUNDED PRECEDING) AS session_id
            FROM flagged
        ),
        sessions AS (SELECT user_id, session_id, COUNT(*) AS events FROM numbered GROUP BY 1, 2)
        SELECT events AS events_in_session, COUNT(*) AS num_sessions, COUNT(DISTINCT user_id) AS num_users
        FROM sessions GROUP BY events
        """,
    ],
    "longest_buying_streaks": [
        # no de-duplication of days: two orders on one day split a streak
        """
        WITH islands AS (
            SELECT user_id, CAST(created_at AS DATE) AS day,
                   CAST(created_at AS DATE)
                   - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at) AS INTEGER) AS island
            FROM transactions
        ),
        streaks AS (
            SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end,
                   COUNT(DISTINCT day) AS streak_days
            FROM islands GROUP BY user_id, island
        )
        SELECT user_id, streak_start, streak_end, streak_days
        FROM streaks
        WHERE streak_days >= 7
        QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) = 1
        """,
        # RANK = 1 keeps both streaks of a customer with two equally long ones
        """
        WITH days AS (SELECT DISTINCT user_id, CAST(created_at AS DATE) AS day FROM transactions),
        islands AS (
            SELECT user_id, day,
                   day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS island
            FROM days
        ),
        streaks AS (
            SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(*) AS streak_days
            FROM islands GROUP BY user_id, island
        )
        SELECT user_id, streak_start, streak_end, streak_days
        FROM (SELECT *, RANK() OVER (PARTITION BY user_id ORDER BY streak_days DESC) AS r FROM streaks) AS s
        WHERE r = 1 AND streak_days >= 7
        """,
        # "7 days or more" written as > 7
        """
        WITH days AS (SELECT DISTINCT user_id, CAST(created_at AS DATE) AS day FROM transactions),
        islands AS (
            SELECT user_id, day,
                   day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS island
            FROM days
        ),
        streaks AS (
            SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(*) AS streak_days
            FROM islands GROUP BY user_id, island
        )
        SELECT user_id, streak_start, streak_end, streak_days
        FROM streaks
        WHERE streak_days > 7
        QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) = 1
        """,
    ],
    "top_paid_contributors": [
        # NOT IN over a column holding NULL: no row survives
        """
        SELECT department, employee_id, name, salary, salary_level
        FROM (
            SELECT *, DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_level
            FROM employees
            WHERE salary IS NOT NULL
              AND employee_id NOT IN (SELECT manager_id FROM employees)
        ) AS levelled
        WHERE salary_level <= 3
        """,
        # RANK instead of DENSE_RANK: a tie at the top pushes the third salary value out
        """
        SELECT department, employee_id, name, salary, salary_level
        FROM (
            SELECT *, RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_level
            FROM employees AS e
            WHERE salary IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM employees AS r WHERE r.manager_id = e.employee_id)
        ) AS levelled
        WHERE salary_level <= 3
        """,
        # forgets the individual-contributor filter: managers and VPs take the top places
        """
        SELECT department, employee_id, name, salary, salary_level
        FROM (
            SELECT *, DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_level
            FROM employees
            WHERE salary IS NOT NULL
        ) AS levelled
        WHERE salary_level <= 3
        """,
    ],
    "carrier_delay_percentiles": [
        # the discrete percentile instead of the continuous one the question asks for
        """
        SELECT f.carrier, a.name AS airline, COUNT(f.dep_delay) AS departed_flights,
               ROUND(quantile_disc(f.dep_delay, 0.5), 1) AS median_dep_delay,
               ROUND(quantile_disc(f.dep_delay, 0.9), 1) AS p90_dep_delay
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
        GROUP BY f.carrier, a.name
        ORDER BY p90_dep_delay DESC, carrier
        """,
        # cancelled flights counted as leaving on time (COALESCE to 0)
        """
        SELECT f.carrier, a.name AS airline, COUNT(*) AS departed_flights,
               ROUND(median(COALESCE(f.dep_delay, 0)), 1) AS median_dep_delay,
               ROUND(quantile_cont(COALESCE(f.dep_delay, 0), 0.9), 1) AS p90_dep_delay
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
        GROUP BY f.carrier, a.name
        ORDER BY p90_dep_delay DESC, carrier
        """,
    ],
    "busiest_aircraft": [
        # ROW_NUMBER: exactly three aircraft per airline, one of a tied pair dropped
        """
        WITH flown AS (
            SELECT carrier, tailnum, COUNT(*) AS flights
            FROM nyc.flights WHERE dep_time IS NOT NULL GROUP BY 1, 2
        ),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY carrier ORDER BY flights DESC, tailnum) AS plane_rank
            FROM flown
        )
        SELECT r.carrier, r.tailnum, p.manufacturer, r.flights, r.plane_rank
        FROM ranked AS r LEFT JOIN nyc.planes AS p ON p.tailnum = r.tailnum
        WHERE r.plane_rank <= 3
        """,
        # DENSE_RANK: aircraft behind a tie get in as well
        """
        WITH flown AS (
            SELECT carrier, tailnum, COUNT(*) AS flights
            FROM nyc.flights WHERE dep_time IS NOT NULL GROUP BY 1, 2
        ),
        ranked AS (
            SELECT *, DENSE_RANK() OVER (PARTITION BY carrier ORDER BY flights DESC) AS plane_rank
            FROM flown
        )
        SELECT r.carrier, r.tailnum, p.manufacturer, r.flights, r.plane_rank
        FROM ranked AS r LEFT JOIN nyc.planes AS p ON p.tailnum = r.tailnum
        WHERE r.plane_rank <= 3
        """,
        # inner join to nyc.planes: aircraft missing from the registry vanish
        """
        WITH flown AS (
            SELECT f.carrier, f.tailnum, p.manufacturer, COUNT(*) AS flights
            FROM nyc.flights AS f JOIN nyc.planes AS p ON p.tailnum = f.tailnum
            WHERE f.dep_time IS NOT NULL
            GROUP BY 1, 2, 3
        )
        SELECT carrier, tailnum, manufacturer, flights, plane_rank
        FROM (SELECT *, RANK() OVER (PARTITION BY carrier ORDER BY flights DESC) AS plane_rank
              FROM flown) AS ranked
        WHERE plane_rank <= 3
        """,
        # counts scheduled flights: cancelled ones (and a NULL tail number) take part
        """
        WITH flown AS (
            SELECT carrier, tailnum, COUNT(*) AS flights
            FROM nyc.flights GROUP BY 1, 2
        ),
        ranked AS (
            SELECT *, RANK() OVER (PARTITION BY carrier ORDER BY flights DESC) AS plane_rank
            FROM flown
        )
        SELECT r.carrier, r.tailnum, p.manufacturer, r.flights, r.plane_rank
        FROM ranked AS r LEFT JOIN nyc.planes AS p ON p.tailnum = r.tailnum
        WHERE r.plane_rank <= 3
        """,
    ],
    "registry_coverage": [
        # NOT IN: flights without a tail number are never counted as unmatched
        """
        SELECT f.carrier, COUNT(*) AS flights,
               COUNT(*) FILTER (WHERE f.tailnum NOT IN (SELECT tailnum FROM nyc.planes)) AS unmatched_flights,
               ROUND(100 * COUNT(*) FILTER (WHERE f.tailnum NOT IN (SELECT tailnum FROM nyc.planes))
                     / COUNT(*), 1) AS pct_unmatched,
               ROUND(AVG(p.seats), 1) AS avg_seats
        FROM nyc.flights AS f LEFT JOIN nyc.planes AS p ON p.tailnum = f.tailnum
        GROUP BY f.carrier
        """,
        # unmatched flights averaged in as aircraft with 0 seats
        """
        SELECT f.carrier, COUNT(*) AS flights,
               COUNT(*) - COUNT(p.tailnum) AS unmatched_flights,
               ROUND(100 * (COUNT(*) - COUNT(p.tailnum)) / COUNT(*), 1) AS pct_unmatched,
               ROUND(AVG(COALESCE(p.seats, 0)), 1) AS avg_seats
        FROM nyc.flights AS f LEFT JOIN nyc.planes AS p ON p.tailnum = f.tailnum
        GROUP BY f.carrier
        """,
        # distinct aircraft instead of flights in the seat average
        """
        WITH fleet AS (
            SELECT DISTINCT f.carrier, p.tailnum, p.seats
            FROM nyc.flights AS f JOIN nyc.planes AS p ON p.tailnum = f.tailnum
        ),
        counts AS (
            SELECT f.carrier, COUNT(*) AS flights, COUNT(*) - COUNT(p.tailnum) AS unmatched_flights
            FROM nyc.flights AS f LEFT JOIN nyc.planes AS p ON p.tailnum = f.tailnum
            GROUP BY f.carrier
        )
        SELECT c.carrier, c.flights, c.unmatched_flights,
               ROUND(100 * c.unmatched_flights / c.flights, 1) AS pct_unmatched,
               ROUND((SELECT AVG(seats) FROM fleet WHERE fleet.carrier = c.carrier), 1) AS avg_seats
        FROM counts AS c
        """,
    ],
    "flights_by_timezone": [
        # inner join: the four unknown destinations vanish and every share shifts
        """
        SELECT a.tzone, COUNT(DISTINCT f.dest) AS destinations, COUNT(*) AS flights,
               ROUND(100 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct_of_flights,
               ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay
        FROM nyc.flights AS f JOIN nyc.airports AS a ON a.faa = f.dest
        GROUP BY a.tzone
        """,
        # counts destinations from the lookup's key, NULL for the unknown ones
        """
        SELECT COALESCE(a.tzone, 'Unknown') AS tzone, COUNT(DISTINCT a.faa) AS destinations,
               COUNT(*) AS flights,
               ROUND(100 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct_of_flights,
               ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay
        FROM nyc.flights AS f LEFT JOIN nyc.airports AS a ON a.faa = f.dest
        GROUP BY 1
        """,
        # cancelled and diverted flights averaged in with a delay of 0
        """
        SELECT COALESCE(a.tzone, 'Unknown') AS tzone, COUNT(DISTINCT f.dest) AS destinations,
               COUNT(*) AS flights,
               ROUND(100 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct_of_flights,
               ROUND(AVG(COALESCE(f.arr_delay, 0)), 2) AS avg_arr_delay
        FROM nyc.flights AS f LEFT JOIN nyc.airports AS a ON a.faa = f.dest
        GROUP BY 1
        """,
    ],
    "carrier_reliability": [
        # cancelled and diverted flights averaged in as arriving on time
        """
        SELECT f.carrier, a.name AS airline, COUNT(*) AS scheduled,
               COUNT(*) FILTER (WHERE f.dep_time IS NULL) AS cancelled,
               COUNT(*) FILTER (WHERE f.dep_time IS NOT NULL AND f.arr_delay IS NULL) AS diverted,
               ROUND(100 * COUNT(*) FILTER (WHERE f.dep_time IS NULL) / COUNT(*), 2) AS cancel_pct,
               ROUND(AVG(COALESCE(f.arr_delay, 0)), 2) AS avg_arr_delay,
               ROUND(100 * COUNT(*) FILTER (WHERE f.arr_delay <= 15) / COUNT(*), 2) AS on_time_pct
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
        GROUP BY f.carrier, a.name
        """,
        # on-time share of the flights that arrived, not of the scheduled ones
        """
        SELECT f.carrier, a.name AS airline, COUNT(*) AS scheduled,
               COUNT(*) FILTER (WHERE f.dep_time IS NULL) AS cancelled,
               COUNT(*) FILTER (WHERE f.dep_time IS NOT NULL AND f.arr_delay IS NULL) AS diverted,
               ROUND(100 * COUNT(*) FILTER (WHERE f.dep_time IS NULL) / COUNT(*), 2) AS cancel_pct,
               ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay,
               ROUND(100 * COUNT(*) FILTER (WHERE f.arr_delay <= 15) / COUNT(f.arr_delay), 2) AS on_time_pct
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
        GROUP BY f.carrier, a.name
        """,
        # diverted taken as "no arrival time": misses the diverted flights that did land somewhere
        """
        SELECT f.carrier, a.name AS airline, COUNT(*) AS scheduled,
               COUNT(*) FILTER (WHERE f.dep_time IS NULL) AS cancelled,
               COUNT(*) FILTER (WHERE f.dep_time IS NOT NULL AND f.arr_time IS NULL) AS diverted,
               ROUND(100 * COUNT(*) FILTER (WHERE f.dep_time IS NULL) / COUNT(*), 2) AS cancel_pct,
               ROUND(AVG(f.arr_delay), 2) AS avg_arr_delay,
               ROUND(100 * COUNT(*) FILTER (WHERE f.arr_delay <= 15) / COUNT(*), 2) AS on_time_pct
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
        GROUP BY f.carrier, a.name
        """,
    ],
    "weather_delays": [
        # joined on time_hour only: each flight meets the weather of all three airports
        """
        SELECT f.origin,
               CASE WHEN w.origin IS NULL THEN 'no record' WHEN w.precip > 0 THEN 'wet' ELSE 'dry' END
                   AS weather,
               COUNT(*) AS flights, ROUND(AVG(f.dep_delay), 2) AS avg_dep_delay,
               ROUND(100 * AVG(CASE WHEN f.dep_delay > 15 THEN 1 ELSE 0 END), 2) AS pct_late
        FROM nyc.flights AS f
        LEFT JOIN nyc.weather AS w ON w.time_hour = f.time_hour
        WHERE f.dep_delay IS NOT NULL
        GROUP BY 1, 2
        """,
        # inner join: flights in hours without a weather record disappear
        """
        SELECT f.origin, CASE WHEN w.precip > 0 THEN 'wet' ELSE 'dry' END AS weather,
               COUNT(*) AS flights, ROUND(AVG(f.dep_delay), 2) AS avg_dep_delay,
               ROUND(100 * AVG(CASE WHEN f.dep_delay > 15 THEN 1 ELSE 0 END), 2) AS pct_late
        FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
        WHERE f.dep_delay IS NOT NULL
        GROUP BY 1, 2
        """,
        # joined on origin and calendar date: each flight meets every hour of that day
        """
        SELECT f.origin,
               CASE WHEN w.origin IS NULL THEN 'no record' WHEN w.precip > 0 THEN 'wet' ELSE 'dry' END
                   AS weather,
               COUNT(*) AS flights, ROUND(AVG(f.dep_delay), 2) AS avg_dep_delay,
               ROUND(100 * AVG(CASE WHEN f.dep_delay > 15 THEN 1 ELSE 0 END), 2) AS pct_late
        FROM nyc.flights AS f
        LEFT JOIN nyc.weather AS w
               ON w.origin = f.origin AND w.year = f.year AND w.month = f.month AND w.day = f.day
        WHERE f.dep_delay IS NOT NULL
        GROUP BY 1, 2
        """,
    ],
}
