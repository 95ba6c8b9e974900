"""Plausible wrong answers for week01/sql_foundations: each must lose points."""

WRONG_ANSWERS = {
    "largest_team": [
        # reads the manager's own manager_id column instead of the manager's employee_id
        """
        SELECT m.manager_id AS manager_id,
               m.name AS manager_name,
               COUNT(*) AS team_size
        FROM employees AS e
        JOIN employees AS m ON e.manager_id = m.employee_id
        GROUP BY m.manager_id, m.name
        ORDER BY team_size DESC
        LIMIT 1
        """,
        # counts everyone in the manager's department instead of the direct reports
        """
        SELECT m.employee_id AS manager_id,
               m.name AS manager_name,
               COUNT(*) AS team_size
        FROM employees AS m
        JOIN employees AS e
          ON e.department = m.department AND e.employee_id <> m.employee_id
        WHERE m.employee_id IN (SELECT manager_id FROM employees)
        GROUP BY m.employee_id, m.name
        ORDER BY team_size DESC, manager_id
        LIMIT 1
        """,
    ],
    "paid_more_than_manager": [
        # >= lets in the employee who earns exactly what their manager earns
        """
        SELECT e.employee_id,
               e.name AS employee_name,
               e.salary AS employee_salary,
               m.name AS manager_name,
               m.salary AS manager_salary
        FROM employees AS e
        JOIN employees AS m ON e.manager_id = m.employee_id
        WHERE e.salary >= m.salary
        """,
        # joins in the wrong direction: "m" ends up being a report, not the manager
        """
        SELECT e.employee_id,
               e.name AS employee_name,
               e.salary AS employee_salary,
               m.name AS manager_name,
               m.salary AS manager_salary
        FROM employees AS e
        JOIN employees AS m ON m.manager_id = e.employee_id
        WHERE e.salary > m.salary
        """,
    ],
    "department_pay": [
        # COUNT(*) where COUNT(salary) is needed: missing salaries are counted as on file
        """
        SELECT department,
               COUNT(*) AS headcount,
               COUNT(*) AS num_with_salary,
               ROUND(AVG(salary), 2) AS avg_salary
        FROM employees
        GROUP BY department
        ORDER BY department
        """,
        # turns a missing salary into 0, which drags the average down
        """
        SELECT department,
               COUNT(*) AS headcount,
               COUNT(salary) AS num_with_salary,
               ROUND(AVG(COALESCE(salary, 0)), 2) AS avg_salary
        FROM employees
        GROUP BY department
        ORDER BY department
        """,
    ],
    "never_purchased": [
        # "= NULL" is never true, so the anti join returns nothing
        """
        SELECT u.user_id, u.name, u.signup_date
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        WHERE t.user_id = NULL
        """,
        # anti join on the name: a non-buyer who shares a name with a buyer disappears
        """
        SELECT u.user_id, u.name, u.signup_date
        FROM users AS u
        WHERE u.name NOT IN (
            SELECT b.name
            FROM users AS b
            JOIN transactions AS t ON t.user_id = b.user_id
        )
        """,
    ],
    "unsold_products_q4_2020": [
        # the Q4 filter sits in WHERE, which throws away the rows the LEFT JOIN padded
        """
        SELECT p.product_id, p.name
        FROM products AS p
        LEFT JOIN transactions AS t ON t.product_id = p.product_id
        WHERE t.created_at >= DATE '2020-10-01'
          AND t.created_at < DATE '2021-01-01'
          AND t.transaction_id IS NULL
        """,
        # only looks at products that sold at some point, so never-sold products are missed
        """
        SELECT p.product_id, p.name
        FROM products AS p
        JOIN transactions AS t ON t.product_id = p.product_id
        GROUP BY p.product_id, p.name
        HAVING MAX(t.created_at) < DATE '2020-10-01'
        """,
    ],
    "prime_share_by_country": [
        # groups on the raw column: the users without a country come out labelled NULL
        """
        SELECT country,
               COUNT(*) AS num_users,
               COUNT(CASE WHEN is_prime THEN 1 END) AS num_prime,
               ROUND(COUNT(CASE WHEN is_prime THEN 1 END) * 1.0 / COUNT(*), 3) AS prime_share
        FROM users
        GROUP BY country
        ORDER BY num_users DESC, country
        """,
        # COUNT also counts the zeros, so every user looks like a Prime member
        """
        SELECT COALESCE(country, 'Unknown') AS country,
               COUNT(*) AS num_users,
               COUNT(CASE WHEN is_prime THEN 1 ELSE 0 END) AS num_prime,
               ROUND(COUNT(CASE WHEN is_prime THEN 1 ELSE 0 END) * 1.0 / COUNT(*), 3)
                   AS prime_share
        FROM users
        GROUP BY COALESCE(country, 'Unknown')
        ORDER BY num_users DESC, country
        """,
    ],
    "monthly_report_2020": [
        # BETWEEN with a bare date stops at 2020-12-31 00:00:00 and loses the rest of that day
        """
        SELECT EXTRACT(MONTH FROM t.created_at) AS month,
               COUNT(DISTINCT t.user_id) AS num_customers,
               COUNT(*) AS num_orders,
               ROUND(SUM(t.quantity * p.price), 2) AS order_amt
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at BETWEEN '2020-01-01' AND '2020-12-31'
        GROUP BY 1
        ORDER BY 1
        """,
        # counts a customer once per order instead of once per month
        """
        SELECT EXTRACT(MONTH FROM t.created_at) AS month,
               COUNT(t.user_id) AS num_customers,
               COUNT(*) AS num_orders,
               ROUND(SUM(t.quantity * p.price), 2) AS order_amt
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "category_revenue_by_year": [
        # keeps the NULL category unlabelled
        """
        SELECT p.category AS category,
               ROUND(SUM(CASE WHEN YEAR(t.created_at) = 2019
                              THEN t.quantity * p.price ELSE 0 END), 2) AS revenue_2019,
               ROUND(SUM(CASE WHEN YEAR(t.created_at) = 2020
                              THEN t.quantity * p.price ELSE 0 END), 2) AS revenue_2020
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        GROUP BY p.category
        ORDER BY p.category
        """,
        # date-only BETWEEN bounds drop the last day of each year after midnight
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               ROUND(SUM(CASE WHEN t.created_at BETWEEN '2019-01-01' AND '2019-12-31'
                              THEN t.quantity * p.price ELSE 0 END), 2) AS revenue_2019,
               ROUND(SUM(CASE WHEN t.created_at BETWEEN '2020-01-01' AND '2020-12-31'
                              THEN t.quantity * p.price ELSE 0 END), 2) AS revenue_2020
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        GROUP BY 1
        ORDER BY 1
        """,
        # a SUM that matches no rows is NULL: the category with no 2020 sales shows NULL, not 0
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               ROUND(SUM(CASE WHEN YEAR(t.created_at) = 2019 THEN t.quantity * p.price END), 2)
                   AS revenue_2019,
               ROUND(SUM(CASE WHEN YEAR(t.created_at) = 2020 THEN t.quantity * p.price END), 2)
                   AS revenue_2020
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        GROUP BY 1
        ORDER BY 1
        """,
    ],
    "busy_categories_2020": [
        # filters on units sold (sum of quantity) instead of the number of orders
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_orders,
               ROUND(SUM(t.quantity * p.price), 2) AS revenue
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at >= DATE '2020-01-01' AND t.created_at < DATE '2021-01-01'
        GROUP BY 1
        HAVING SUM(t.quantity) >= 4000
        ORDER BY revenue DESC
        """,
        # the 2020 range ends at 2020-12-31 00:00:00
        """
        SELECT COALESCE(p.category, 'Uncategorized') AS category,
               COUNT(*) AS num_orders,
               ROUND(SUM(t.quantity * p.price), 2) AS revenue
        FROM transactions AS t
        JOIN products AS p ON p.product_id = t.product_id
        WHERE t.created_at BETWEEN '2020-01-01' AND '2020-12-31'
        GROUP BY 1
        HAVING COUNT(*) >= 4000
        ORDER BY revenue DESC
        """,
    ],
    "repeat_buyer_rate_2020": [
        # divides by every registered user instead of the 2020 buyers
        """
        WITH orders_2020 AS (
            SELECT user_id, COUNT(*) AS num_orders
            FROM transactions
            WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
            GROUP BY user_id
        )
        SELECT COUNT(*) AS num_buyers,
               COUNT(CASE WHEN o.num_orders >= 2 THEN 1 END) AS num_repeat_buyers,
               ROUND(COUNT(CASE WHEN o.num_orders >= 2 THEN 1 END) * 1.0 / COUNT(*), 4)
                   AS repeat_rate
        FROM users AS u
        LEFT JOIN orders_2020 AS o ON o.user_id = u.user_id
        """,
        # finds the 2020 buyers but counts their orders over both years
        """
        WITH buyers_2020 AS (
            SELECT DISTINCT user_id
            FROM transactions
            WHERE created_at >= DATE '2020-01-01' AND created_at < DATE '2021-01-01'
        ),
        orders AS (
            SELECT t.user_id, COUNT(*) AS num_orders
            FROM transactions AS t
            JOIN buyers_2020 AS b ON b.user_id = t.user_id
            GROUP BY t.user_id
        )
        SELECT COUNT(*) AS num_buyers,
               COUNT(CASE WHEN num_orders >= 2 THEN 1 END) AS num_repeat_buyers,
               ROUND(COUNT(CASE WHEN num_orders >= 2 THEN 1 END) * 1.0 / COUNT(*), 4)
                   AS repeat_rate
        FROM orders
        """,
    ],
    "top_products_revenue_growth": [
        # inner-joins the two quarters, which drops the product with no Q3 sales
        """
        WITH q3 AS (
            SELECT t.product_id, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-07-01' AND t.created_at < DATE '2020-10-01'
            GROUP BY t.product_id
        ),
        q4 AS (
            SELECT t.product_id, SUM(t.quantity * p.price) AS revenue
            FROM transactions AS t
            JOIN products AS p ON p.product_id = t.product_id
            WHERE t.created_at >= DATE '2020-10-01' AND t.created_at < DATE '2021-01-01'
            GROUP BY t.product_id
        )
        SELECT p.product_id, p.name, ROUND(q4.revenue - q3.revenue, 2) AS revenue_growth
        FROM q3
        JOIN q4 ON q4.product_id = q3.product_id
        JOIN products AS p ON p.product_id = q3.product_id
        ORDER BY revenue_growth DESC, p.product_id
        LIMIT 10
        """,
        # quarter bounds written as BETWEEN dates lose the last day of each quarter after midnight
        """
        WITH quarterly AS (
            SELECT p.product_id,
                   p.name,
                   SUM(CASE WHEN t.created_at BETWEEN '2020-07-01' AND '2020-09-30'
                            THEN t.quantity * p.price ELSE 0 END) AS q3_revenue,
                   SUM(CASE WHEN t.created_at BETWEEN '2020-10-01' AND '2020-12-31'
                            THEN t.quantity * p.price ELSE 0 END) AS q4_revenue
            FROM products AS p
            LEFT JOIN transactions AS t ON t.product_id = p.product_id
            GROUP BY p.product_id, p.name
        )
        SELECT product_id, name, ROUND(q4_revenue - q3_revenue, 2) AS revenue_growth
        FROM quarterly
        ORDER BY revenue_growth DESC, product_id
        LIMIT 10
        """,
    ],
    "converted_within_7_days": [
        # interval arithmetic on the timestamp: signup_date + 7 days is midnight at the start
        # of day 7, so a first purchase later that day is missed
        """
        WITH first_purchase AS (
            SELECT user_id, MIN(created_at) AS first_at
            FROM transactions
            GROUP BY user_id
        )
        SELECT EXTRACT(MONTH FROM u.signup_date) AS signup_month,
               COUNT(*) AS num_signups,
               COUNT(CASE WHEN f.first_at <= u.signup_date + INTERVAL 7 DAY THEN 1 END)
                   AS num_converted,
               ROUND(COUNT(CASE WHEN f.first_at <= u.signup_date + INTERVAL 7 DAY THEN 1 END)
                     * 1.0 / COUNT(*), 3) AS conversion_rate
        FROM users AS u
        LEFT JOIN first_purchase AS f ON f.user_id = u.user_id
        WHERE u.signup_date >= DATE '2020-01-01' AND u.signup_date < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
        # inner join with the first purchases: signups who never bought leave the denominator
        """
        WITH first_purchase AS (
            SELECT user_id, CAST(MIN(created_at) AS DATE) AS first_day
            FROM transactions
            GROUP BY user_id
        )
        SELECT EXTRACT(MONTH FROM u.signup_date) AS signup_month,
               COUNT(*) AS num_signups,
               COUNT(CASE WHEN date_diff('day', u.signup_date, f.first_day) <= 7 THEN 1 END)
                   AS num_converted,
               ROUND(COUNT(CASE WHEN date_diff('day', u.signup_date, f.first_day) <= 7 THEN 1 END)
                     * 1.0 / COUNT(*), 3) AS conversion_rate
        FROM users AS u
        JOIN first_purchase AS f ON f.user_id = u.user_id
        WHERE u.signup_date >= DATE '2020-01-01' AND u.signup_date < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
        # counts purchases made in the first week instead of the users who converted
        """
        SELECT EXTRACT(MONTH FROM u.signup_date) AS signup_month,
               COUNT(DISTINCT u.user_id) AS num_signups,
               COUNT(CASE WHEN date_diff('day', u.signup_date, CAST(t.created_at AS DATE)) <= 7
                          THEN 1 END) AS num_converted,
               ROUND(COUNT(CASE WHEN date_diff('day', u.signup_date, CAST(t.created_at AS DATE))
                                     <= 7 THEN 1 END) * 1.0 / COUNT(DISTINCT u.user_id), 3)
                   AS conversion_rate
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        WHERE u.signup_date >= DATE '2020-01-01' AND u.signup_date < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
        # off by one day: "< 7" leaves out first purchases on day 7
        """
        WITH first_purchase AS (
            SELECT user_id, CAST(MIN(created_at) AS DATE) AS first_day
            FROM transactions
            GROUP BY user_id
        )
        SELECT EXTRACT(MONTH FROM u.signup_date) AS signup_month,
               COUNT(*) AS num_signups,
               COUNT(CASE WHEN date_diff('day', u.signup_date, f.first_day) < 7 THEN 1 END)
                   AS num_converted,
               ROUND(COUNT(CASE WHEN date_diff('day', u.signup_date, f.first_day) < 7 THEN 1 END)
                     * 1.0 / COUNT(*), 3) AS conversion_rate
        FROM users AS u
        LEFT JOIN first_purchase AS f ON f.user_id = u.user_id
        WHERE u.signup_date >= DATE '2020-01-01' AND u.signup_date < DATE '2021-01-01'
        GROUP BY 1
        ORDER BY 1
        """,
    ],
}
