"""The retail dataset: deterministic, as documented, and with every planted edge case."""

import re

import duckdb
import pandas as pd
import pytest

from autograde import dataset
from autograde.paths import DATASETS_DIR


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = dataset.write_database(tmp_path_factory.mktemp("data") / "retail.duckdb")
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def one(con, sql):
    return con.execute(sql).fetchall()[0][0]


def test_same_seed_same_rows_other_seed_other_rows():
    first, again, other = dataset.generate(7), dataset.generate(7), dataset.generate(8)
    for name in first:
        pd.testing.assert_frame_equal(first[name], again[name])
    assert not first["transactions"].equals(other["transactions"])


def test_scale_multiplies_volume():
    small, big = dataset.generate(scale=1), dataset.generate(scale=3)
    assert len(big["transactions"]) == pytest.approx(3 * len(small["transactions"]), rel=0.02)
    assert len(big["employees"]) == len(small["employees"])


def test_the_schema_matches_the_data_dictionary(con):
    text = (DATASETS_DIR / "README.md").read_text(encoding="utf-8")
    for table in ("employees", "users", "products", "transactions", "reviews"):
        section = text.split(f"### {table}\n", 1)[1].split("###", 1)[0]
        documented = re.findall(r"^\| (\w+) \| ([A-Z]+) \|", section, flags=re.MULTILINE)
        actual = [(r[0], r[1]) for r in con.sql(f"DESCRIBE {table}").fetchall()]
        assert documented == actual, table


def test_transactions_span_exactly_2019_and_2020(con):
    low, high = con.execute("SELECT min(created_at), max(created_at) FROM transactions").fetchall()[0]
    assert (str(low), str(high)) == ("2019-01-01 00:00:00", "2020-12-31 23:59:59")


def test_keys_are_unique_and_references_resolve(con):
    for table, key in [("employees", "employee_id"), ("users", "user_id"), ("products", "product_id"),
                       ("transactions", "transaction_id")]:
        assert one(con, f"SELECT count(*) - count(DISTINCT {key}) FROM {table}") == 0
    assert one(con, "SELECT count(*) FROM transactions t ANTI JOIN users u USING (user_id)") == 0
    assert one(con, "SELECT count(*) FROM transactions t ANTI JOIN products p USING (product_id)") == 0
    assert one(con, "SELECT count(*) FROM transactions t JOIN users u USING (user_id) "
                    "WHERE t.created_at < u.signup_date") == 0


def test_largest_team_is_unique(con):
    top = con.sql("SELECT count(*) c FROM employees WHERE manager_id IS NOT NULL "
                  "GROUP BY manager_id ORDER BY c DESC LIMIT 2").fetchall()
    assert top[0][0] > top[1][0]


def test_only_the_ceo_has_no_manager(con):
    assert one(con, "SELECT count(*) FROM employees WHERE manager_id IS NULL") == 1


def test_salary_ties_with_manager_and_missing_salaries(con):
    assert one(con, "SELECT count(*) FROM employees e JOIN employees m ON e.manager_id = m.employee_id "
                    "WHERE e.salary = m.salary") >= 1
    assert one(con, "SELECT count(*) FROM employees WHERE salary IS NULL") == 2


@pytest.mark.parametrize("moment", ["2019-01-01 00:00:00", "2019-12-31 23:59:59", "2020-01-01 00:00:00",
                                    "2020-09-30 23:59:59", "2020-10-01 00:00:00", "2020-12-31 23:59:59"])
def test_orders_on_period_boundaries(con, moment):
    assert one(con, f"SELECT count(*) FROM transactions WHERE created_at = TIMESTAMP '{moment}'") >= 1


def test_last_day_has_orders_after_midnight(con):
    assert one(con, "SELECT count(*) FROM transactions WHERE created_at > TIMESTAMP '2020-12-31 00:00:00'") >= 1


QUARTER_REVENUE = """
    SELECT p.product_id,
           coalesce(sum(t.quantity * p.price) FILTER (WHERE t.created_at >= '2020-07-01' AND t.created_at < '2020-10-01'), 0) AS q3,
           coalesce(sum(t.quantity * p.price) FILTER (WHERE t.created_at >= '2020-10-01'), 0) AS q4
    FROM products p LEFT JOIN transactions t USING (product_id) GROUP BY p.product_id
"""


def test_products_never_sold(con):
    assert one(con, "SELECT count(*) FROM products ANTI JOIN transactions USING (product_id)") >= 3


def test_a_top_grower_had_no_sales_in_the_earlier_quarter(con):
    top = con.sql(f"SELECT product_id, q3, q4 - q3 AS growth FROM ({QUARTER_REVENUE}) "
                  "ORDER BY growth DESC, product_id LIMIT 11").fetchall()
    assert any(q3 == 0 for _, q3, _ in top[:10])
    assert round(top[9][2], 2) != round(top[10][2], 2), "the top 10 must not end in a tie"


def test_a_product_sold_in_q3_but_not_q4(con):
    assert one(con, f"SELECT count(*) FROM ({QUARTER_REVENUE}) WHERE q3 > 0 AND q4 = 0") >= 1


def test_a_category_with_no_2020_sales(con):
    assert one(con, "SELECT count(*) FROM transactions JOIN products USING (product_id) "
                    "WHERE category = 'Garden' AND created_at < '2020-01-01'") > 0
    assert one(con, "SELECT count(*) FROM transactions JOIN products USING (product_id) "
                    "WHERE category = 'Garden' AND created_at >= '2020-01-01'") == 0


def test_null_country_and_null_category(con):
    assert one(con, "SELECT count(*) FROM users WHERE country IS NULL") > 0
    assert one(con, "SELECT count(*) FROM products WHERE category IS NULL") == 1


def test_users_who_never_bought(con):
    assert one(con, "SELECT count(*) FROM users ANTI JOIN transactions USING (user_id)") > 0


def test_user_namesakes(con):
    assert one(con, "SELECT count(*) FROM (SELECT name FROM users GROUP BY name HAVING count(*) > 1)") > 0


def test_first_purchase_lags_on_the_seven_day_boundary(con):
    lags = con.sql("""
        SELECT date_diff('day', u.signup_date, min(t.created_at)::DATE) AS lag_days,
               min(t.created_at) - u.signup_date AS lag
        FROM users u JOIN transactions t USING (user_id)
        WHERE u.signup_date >= '2020-01-01'
        GROUP BY u.user_id, u.signup_date
    """).df()
    assert (lags["lag_days"] == 0).any()
    assert (lags["lag_days"] == 8).any()
    exactly_seven = lags[lags["lag_days"] == 7]
    assert (exactly_seven["lag"] > pd.Timedelta(days=7)).any(), "a 7-day lag that an interval test misses"


def test_reviews_follow_a_purchase_and_stay_in_range(con):
    assert one(con, "SELECT count(*) FROM reviews WHERE rating NOT BETWEEN 1 AND 5") == 0
    assert one(con, "SELECT max(created_at) FROM reviews") <= pd.Timestamp("2020-12-31 23:59:59")
    assert one(con, """SELECT count(*) FROM reviews r WHERE NOT EXISTS (
        SELECT 1 FROM transactions t WHERE t.user_id = r.user_id AND t.product_id = r.product_id
        AND t.created_at < r.created_at)""") == 0


def test_reviews_resubmitted_within_seconds(con):
    assert one(con, """SELECT count(*) FROM reviews a JOIN reviews b
        ON a.user_id = b.user_id AND a.product_id = b.product_id AND a.rating = b.rating
        AND b.created_at > a.created_at AND b.created_at - a.created_at < INTERVAL 1 MINUTE""") > 0


def test_reviews_changed_days_later(con):
    assert one(con, """SELECT count(*) FROM reviews a JOIN reviews b
        ON a.user_id = b.user_id AND a.product_id = b.product_id AND a.rating <> b.rating
        AND b.created_at - a.created_at BETWEEN INTERVAL 2 DAY AND INTERVAL 10 DAY""") > 0


@pytest.mark.parametrize("table, rows", [
    ("nyc.flights", 336_776), ("nyc.airlines", 16), ("nyc.airports", 1_458), ("nyc.planes", 3_322),
    ("nyc.weather", 26_115), ("telco.customers", 7_043), ("oj.purchases", 1_070),
])
def test_real_datasets_are_loaded_whole(con, table, rows):
    assert one(con, f"SELECT count(*) FROM {table}") == rows


def test_flights_columns_match_the_data_dictionary(con):
    text = (DATASETS_DIR / "README.md").read_text(encoding="utf-8")
    section = text.split("### nyc.flights\n", 1)[1].split("###", 1)[0]
    documented = []
    for names, kind in re.findall(r"^\| ([\w, ]+) \| ([A-Z]+) \|", section, flags=re.MULTILINE):
        documented += [(name.strip(), kind) for name in names.split(",")]
    actual = [(r[0], r[1]) for r in con.sql("DESCRIBE nyc.flights").fetchall()]
    assert sorted(documented) == sorted(actual)


def test_flights_join_weather_on_local_hour(con):
    matched = one(con, "SELECT count(*) FROM nyc.flights f JOIN nyc.weather w USING (origin, time_hour)")
    assert matched > 0.98 * 336_776


def test_a_stale_database_is_rebuilt_with_its_seed(tmp_path):
    from autograde.database import DATA_VERSION, database_settings, ensure_database

    path = dataset.write_database(tmp_path / "old.duckdb", seed=5)
    with duckdb.connect(str(path)) as old:
        old.execute("DROP TABLE dataset_info")
        old.execute("CREATE TABLE dataset_info AS SELECT 5 AS seed, 1.0 AS scale")  # version 1 had no column
    assert database_settings(path)["version"] == 1
    ensure_database(path)
    assert database_settings(path) == {"seed": 5, "scale": 1.0, "version": DATA_VERSION}
