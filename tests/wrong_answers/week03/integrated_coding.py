"""Plausible wrong answers for week03/integrated_coding: each must lose points."""

_GREAT_CIRCLE = '''
def great_circle_miles(lat1, lon1, lat2, lon2):
    phi1, lam1, phi2, lam2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((phi2 - phi1) / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    return 2 * 3958.8 * np.arcsin(np.sqrt(a))
'''

_ROUTE_CHECK = '''
def route_distance_check(con):
    routes = con.sql("""
        SELECT f.origin, f.dest, MAX(f.distance) AS distance,
               ANY_VALUE(o.lat) AS lat1, ANY_VALUE(o.lon) AS lon1,
               ANY_VALUE(d.lat) AS lat2, ANY_VALUE(d.lon) AS lon2
        FROM nyc.flights AS f
        JOIN nyc.airports AS o ON o.faa = f.origin
        LEFT JOIN nyc.airports AS d ON d.faa = f.dest
        GROUP BY f.origin, f.dest
        ORDER BY f.origin, f.dest
    """).df()
    routes["great_circle"] = great_circle_miles(routes["lat1"], routes["lon1"], routes["lat2"], routes["lon2"])
    routes["pct_error"] = 100 * (routes["great_circle"] - routes["distance"]) / routes["distance"]
    return routes[["origin", "dest", "distance", "great_circle", "pct_error"]]
'''

_MM_BUCKETS = '''
def mm_share_by_price_gap(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    labels = ["< -0.2", "[-0.2, 0)", "[0, 0.2)", ">= 0.2"]
    oj["price_gap"] = pd.cut(oj["price_diff"], bins=[-np.inf, -0.2, 0.0, 0.2, np.inf],
                             right=False, labels=labels)
    oj["is_mm"] = (oj["purchase"] == "MM").astype(float)
    table = oj.groupby("price_gap", observed=False).agg(purchases=("is_mm", "size"),
                                                        mm_share=("is_mm", "mean"))
    return table.reset_index().assign(price_gap=lambda t: t["price_gap"].astype(str))
'''

_MM_SLOPE = '''
def mm_share_slope(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    y = (oj["purchase"] == "MM").to_numpy(dtype=float)
    return float(np.polyfit(oj["price_diff"].to_numpy(), y, 1)[0])
'''

_GINI = '''
def gini(values):
    x = np.sort(np.asarray(values, dtype=float))
    if len(x) == 0:
        raise ValueError("empty")
    if x.sum() == 0:
        return 0.0
    n = len(x)
    return float(2 * np.sum(np.arange(1, n + 1) * x) / (n * x.sum()) - (n + 1) / n)
'''

_CUSTOMER_GINI = '''
def customer_revenue_gini(con):
    revenue = con.sql("""
        SELECT u.user_id, COALESCE(SUM(t.quantity * p.price), 0) AS revenue
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        LEFT JOIN products AS p ON p.product_id = t.product_id
        GROUP BY u.user_id
    """).df()
    return gini(revenue["revenue"].to_numpy())
'''

WRONG_ANSWERS = {
    "carrier_punctuality": [
        # the on-time test done in NumPy on NaN-filled floats: NaN <= 15 is False, so
        # cancelled and diverted flights count as late
        '''
def carrier_punctuality(con):
    f = con.sql("""
        SELECT f.carrier, a.name, f.dep_time, f.arr_delay
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
    """).df()
    table = f.groupby(["carrier", "name"], as_index=False).agg(
        flights=("carrier", "size"),
        cancel_rate=("dep_time", lambda s: s.isna().mean()),
        on_time_rate=("arr_delay", lambda s: np.mean(s.to_numpy(dtype=float) <= 15)),
        p90_arr_delay=("arr_delay", lambda s: np.nanpercentile(s.to_numpy(dtype=float), 90)),
    )
    return table.sort_values(["on_time_rate", "carrier"], ascending=[False, True], ignore_index=True)
''',
        # cancellations read from a missing arr_delay: diverted flights count as cancelled
        '''
def carrier_punctuality(con):
    f = con.sql("""
        SELECT f.carrier, a.name, f.arr_delay
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
    """).df()
    table = f.groupby(["carrier", "name"], as_index=False).agg(
        flights=("carrier", "size"),
        cancel_rate=("arr_delay", lambda s: s.isna().mean()),
        on_time_rate=("arr_delay", lambda s: (s.dropna() <= 15).mean()),
        p90_arr_delay=("arr_delay", lambda s: s.quantile(0.9)),
    )
    return table.sort_values(["on_time_rate", "carrier"], ascending=[False, True], ignore_index=True)
''',
        # np.percentile on a column with NaN: every p90 comes out as nan
        '''
def carrier_punctuality(con):
    f = con.sql("""
        SELECT f.carrier, a.name, f.dep_time, f.arr_delay
        FROM nyc.flights AS f JOIN nyc.airlines AS a ON a.carrier = f.carrier
    """).df()
    table = f.groupby(["carrier", "name"], as_index=False).agg(
        flights=("carrier", "size"),
        cancel_rate=("dep_time", lambda s: s.isna().mean()),
        on_time_rate=("arr_delay", lambda s: (s.dropna() <= 15).mean()),
        p90_arr_delay=("arr_delay", lambda s: np.percentile(s.to_numpy(dtype=float), 90)),
    )
    return table.sort_values(["on_time_rate", "carrier"], ascending=[False, True], ignore_index=True)
''',
    ],
    "visibility_delays": [
        # pd.cut's default right-closed bins: visibility 0 is lost and edge readings move down
        '''
def visibility_delays(con):
    j = con.sql("""
        SELECT f.dep_time, f.dep_delay, w.visib FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
    """).df()
    labels = ["under 1", "1 to 3", "3 to 6", "6 to 10", "10"]
    j["visibility_band"] = pd.cut(j["visib"], bins=[0, 1, 3, 6, 10, np.inf], labels=labels)
    rows = []
    for label in labels:
        band = j[j["visibility_band"] == label]
        dep = band["dep_delay"].dropna()
        rows.append({"visibility_band": label, "flights": len(band),
                     "cancel_rate": band["dep_time"].isna().mean(),
                     "delay_rate": (dep > 15).mean(), "median_dep_delay": dep.median()})
    return pd.DataFrame(rows)
''',
        # delay rate in NumPy over every scheduled flight: NaN > 15 is False, so cancelled
        # flights count as not delayed
        '''
def visibility_delays(con):
    j = con.sql("""
        SELECT f.dep_time, f.dep_delay, w.visib FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
    """).df()
    labels = ["under 1", "1 to 3", "3 to 6", "6 to 10", "10"]
    j["visibility_band"] = pd.cut(j["visib"], bins=[0, 1, 3, 6, 10, np.inf], right=False,
                                  labels=labels)
    rows = []
    for label in labels:
        band = j[j["visibility_band"] == label]
        rows.append({"visibility_band": label, "flights": len(band),
                     "cancel_rate": band["dep_time"].isna().mean(),
                     "delay_rate": np.mean(band["dep_delay"].to_numpy(dtype=float) > 15),
                     "median_dep_delay": band["dep_delay"].median()})
    return pd.DataFrame(rows)
''',
        # "above 15 minutes" written as >= 15
        '''
def visibility_delays(con):
    j = con.sql("""
        SELECT f.dep_time, f.dep_delay, w.visib FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
    """).df()
    labels = ["under 1", "1 to 3", "3 to 6", "6 to 10", "10"]
    j["visibility_band"] = pd.cut(j["visib"], bins=[0, 1, 3, 6, 10, np.inf], right=False,
                                  labels=labels)
    rows = []
    for label in labels:
        band = j[j["visibility_band"] == label]
        dep = band["dep_delay"].dropna()
        rows.append({"visibility_band": label, "flights": len(band),
                     "cancel_rate": band["dep_time"].isna().mean(),
                     "delay_rate": (dep >= 15).mean(), "median_dep_delay": dep.median()})
    return pd.DataFrame(rows)
''',
    ],
    "route_delay_zscores": [
        # pandas' std: ddof=1, the sample standard deviation
        '''
def route_delay_zscores(con):
    r = con.sql("""
        SELECT origin, dest, COUNT(arr_delay) AS flights, AVG(arr_delay) AS mean_arr_delay
        FROM nyc.flights GROUP BY origin, dest HAVING COUNT(arr_delay) >= 100
    """).df()
    g = r.groupby("origin")["mean_arr_delay"]
    r["z_score"] = (r["mean_arr_delay"] - g.transform("mean")) / g.transform("std")
    return r.sort_values(["z_score", "origin", "dest"], ascending=[False, True, True], ignore_index=True)
''',
        # the 100-flight threshold on scheduled flights, cancelled and diverted included
        '''
def route_delay_zscores(con):
    r = con.sql("""
        SELECT origin, dest, COUNT(arr_delay) AS flights, AVG(arr_delay) AS mean_arr_delay
        FROM nyc.flights GROUP BY origin, dest HAVING COUNT(*) >= 100
    """).df()
    g = r.groupby("origin")["mean_arr_delay"]
    r["z_score"] = (r["mean_arr_delay"] - g.transform("mean")) / g.transform(lambda s: s.std(ddof=0))
    return r.sort_values(["z_score", "origin", "dest"], ascending=[False, True, True], ignore_index=True)
''',
        # z-scores computed over every route, the thin ones included, and filtered afterwards
        '''
def route_delay_zscores(con):
    r = con.sql("""
        SELECT origin, dest, COUNT(arr_delay) AS flights, AVG(arr_delay) AS mean_arr_delay
        FROM nyc.flights GROUP BY origin, dest
    """).df()
    g = r.groupby("origin")["mean_arr_delay"]
    r["z_score"] = (r["mean_arr_delay"] - g.transform("mean")) / g.transform(lambda s: s.std(ddof=0))
    r = r[r["flights"] >= 100]
    return r.sort_values(["z_score", "origin", "dest"], ascending=[False, True, True], ignore_index=True)
''',
    ],
    "great_circle": [
        # degrees passed straight to the trig functions
        '''
def great_circle_miles(lat1, lon1, lat2, lon2):
    phi1, lam1, phi2, lam2 = (np.asarray(v, dtype=float) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((phi2 - phi1) / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    return 2 * 3958.8 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
''' + _ROUTE_CHECK,
        # inner join to the destination airport: the four routes without coordinates vanish
        _GREAT_CIRCLE + '''
def route_distance_check(con):
    routes = con.sql("""
        SELECT f.origin, f.dest, MAX(f.distance) AS distance,
               ANY_VALUE(o.lat) AS lat1, ANY_VALUE(o.lon) AS lon1,
               ANY_VALUE(d.lat) AS lat2, ANY_VALUE(d.lon) AS lon2
        FROM nyc.flights AS f
        JOIN nyc.airports AS o ON o.faa = f.origin
        JOIN nyc.airports AS d ON d.faa = f.dest
        GROUP BY f.origin, f.dest
        ORDER BY f.origin, f.dest
    """).df()
    routes["great_circle"] = great_circle_miles(routes["lat1"], routes["lon1"], routes["lat2"], routes["lon2"])
    routes["pct_error"] = 100 * (routes["great_circle"] - routes["distance"]) / routes["distance"]
    return routes[["origin", "dest", "distance", "great_circle", "pct_error"]]
''',
        # the scalar math module wrapped in np.vectorize: right numbers, a loop in disguise
        '''
import math


def _one_distance(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * 3958.8 * math.asin(math.sqrt(a))


def great_circle_miles(lat1, lon1, lat2, lon2):
    return np.vectorize(_one_distance)(lat1, lon1, lat2, lon2)
''' + _ROUTE_CHECK,
        # the Earth's radius in kilometres
        '''
def great_circle_miles(lat1, lon1, lat2, lon2):
    phi1, lam1, phi2, lam2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((phi2 - phi1) / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))
''' + _ROUTE_CHECK,
    ],
    "monthly_cancellations": [
        # a missing arr_delay taken as cancelled: diverted flights are added
        '''
def monthly_cancellation_grid(con):
    f = con.sql("SELECT month, origin, arr_delay FROM nyc.flights").df()
    f["cancelled"] = f["arr_delay"].isna() * 100.0
    return f.pivot_table(index="month", columns="origin", values="cancelled", aggfunc="mean")
''',
        # a fraction between 0 and 1, not a percentage
        '''
def monthly_cancellation_grid(con):
    f = con.sql("SELECT month, origin, dep_time FROM nyc.flights").df()
    f["cancelled"] = f["dep_time"].isna()
    return f.pivot_table(index="month", columns="origin", values="cancelled", aggfunc="mean")
''',
        # the number of cancelled flights instead of a percentage of the scheduled ones
        '''
def monthly_cancellation_grid(con):
    f = con.sql("SELECT month, origin, dep_time FROM nyc.flights").df()
    f["cancelled"] = f["dep_time"].isna().astype(int)
    return f.pivot_table(index="month", columns="origin", values="cancelled", aggfunc="sum")
''',
    ],
    "churn_by_tenure": [
        # pd.cut's left-open first bin: the 11 customers with tenure 0 disappear
        '''
def churn_by_tenure_contract(con):
    c = con.sql("SELECT tenure, contract, churn, total_charges FROM telco.customers").df()
    c["tenure_band"] = pd.cut(c["tenure"], bins=[0, 12, 24, 48, 72],
                              labels=["0-12", "13-24", "25-48", "49-72"])
    t = c.groupby(["tenure_band", "contract"], as_index=False, observed=True).agg(
        customers=("churn", "size"), churn_rate=("churn", "mean"),
        avg_total_charges=("total_charges", "mean"))
    t["tenure_band"] = t["tenure_band"].astype(str)
    return t.sort_values(["tenure_band", "contract"], ignore_index=True)
''',
        # the missing total charges filled with 0 before averaging
        '''
def churn_by_tenure_contract(con):
    c = con.sql("SELECT tenure, contract, churn, total_charges FROM telco.customers").df()
    c["total_charges"] = c["total_charges"].fillna(0)
    c["tenure_band"] = pd.cut(c["tenure"], bins=[-1, 12, 24, 48, 72],
                              labels=["0-12", "13-24", "25-48", "49-72"])
    t = c.groupby(["tenure_band", "contract"], as_index=False, observed=True).agg(
        customers=("churn", "size"), churn_rate=("churn", "mean"),
        avg_total_charges=("total_charges", "mean"))
    t["tenure_band"] = t["tenure_band"].astype(str)
    return t.sort_values(["tenure_band", "contract"], ignore_index=True)
''',
        # bins closed on the left: 12 months lands in 13-24, 24 in 25-48, and so on
        '''
def churn_by_tenure_contract(con):
    c = con.sql("SELECT tenure, contract, churn, total_charges FROM telco.customers").df()
    c["tenure_band"] = pd.cut(c["tenure"], bins=[0, 12, 24, 48, 73], right=False,
                              labels=["0-12", "13-24", "25-48", "49-72"])
    t = c.groupby(["tenure_band", "contract"], as_index=False, observed=True).agg(
        customers=("churn", "size"), churn_rate=("churn", "mean"),
        avg_total_charges=("total_charges", "mean"))
    t["tenure_band"] = t["tenure_band"].astype(str)
    return t.sort_values(["tenure_band", "contract"], ignore_index=True)
''',
    ],
    "bootstrap_churn_gap": [
        # resamples the pooled data: simulates a zero gap, so the interval sits around 0
        '''
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    rng = np.random.default_rng(seed)
    pooled = np.concatenate([a, b])
    boot_a = rng.choice(pooled, size=(n_boot, len(a))).mean(axis=1)
    boot_b = rng.choice(pooled, size=(n_boot, len(b))).mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [2.5, 97.5])
    return a.mean() - b.mean(), low, high
''',
        # the 5th and 95th percentiles: a 90% interval
        '''
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    rng = np.random.default_rng(seed)
    boot_a = rng.choice(a, size=(n_boot, len(a))).mean(axis=1)
    boot_b = rng.choice(b, size=(n_boot, len(b))).mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [5, 95])
    return a.mean() - b.mean(), low, high
''',
        # the seed is accepted but never used
        '''
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    rng = np.random.default_rng()
    boot_a = rng.choice(a, size=(n_boot, len(a))).mean(axis=1)
    boot_b = rng.choice(b, size=(n_boot, len(b))).mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [2.5, 97.5])
    return a.mean() - b.mean(), low, high
''',
        # the normal-approximation interval: right width, but no resampling at all
        '''
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    diff = a.mean() - b.mean()
    se = np.sqrt(a.var() / len(a) + b.var() / len(b))
    return diff, diff - 1.96 * se, diff + 1.96 * se
''',
        # seeds NumPy's global generator: reproducible, but it resets everyone else's randomness
        '''
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    np.random.seed(seed)
    boot_a = np.random.choice(a, size=(n_boot, len(a))).mean(axis=1)
    boot_b = np.random.choice(b, size=(n_boot, len(b))).mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [2.5, 97.5])
    return a.mean() - b.mean(), low, high
''',
    ],
    "oj_price_gap": [
        # pd.cut's default right-closed buckets: the purchases on -0.2, 0 and 0.2 move down
        '''
def mm_share_by_price_gap(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    labels = ["< -0.2", "[-0.2, 0)", "[0, 0.2)", ">= 0.2"]
    oj["price_gap"] = pd.cut(oj["price_diff"], bins=[-np.inf, -0.2, 0.0, 0.2, np.inf], labels=labels)
    oj["is_mm"] = (oj["purchase"] == "MM").astype(float)
    table = oj.groupby("price_gap", observed=False).agg(purchases=("is_mm", "size"),
                                                        mm_share=("is_mm", "mean"))
    return table.reset_index().assign(price_gap=lambda t: t["price_gap"].astype(str))
''' + _MM_SLOPE,
        # the slope fitted to the four bucket shares, each bucket weighing the same
        _MM_BUCKETS + '''
def mm_share_slope(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    oj["price_gap"] = pd.cut(oj["price_diff"], bins=[-np.inf, -0.2, 0.0, 0.2, np.inf], right=False)
    oj["is_mm"] = (oj["purchase"] == "MM").astype(float)
    buckets = oj.groupby("price_gap", observed=True).agg(x=("price_diff", "mean"), y=("is_mm", "mean"))
    return float(np.polyfit(buckets["x"], buckets["y"], 1)[0])
''',
        # polyfit's arguments swapped: price_diff regressed on the indicator
        _MM_BUCKETS + '''
def mm_share_slope(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    y = (oj["purchase"] == "MM").to_numpy(dtype=float)
    return float(np.polyfit(y, oj["price_diff"].to_numpy(), 1)[0])
''',
        # Citrus Hill's share instead of Minute Maid's
        '''
def mm_share_by_price_gap(con):
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    labels = ["< -0.2", "[-0.2, 0)", "[0, 0.2)", ">= 0.2"]
    oj["price_gap"] = pd.cut(oj["price_diff"], bins=[-np.inf, -0.2, 0.0, 0.2, np.inf],
                             right=False, labels=labels)
    oj["is_mm"] = (oj["purchase"] == "CH").astype(float)
    table = oj.groupby("price_gap", observed=False).agg(purchases=("is_mm", "size"),
                                                        mm_share=("is_mm", "mean"))
    return table.reset_index().assign(price_gap=lambda t: t["price_gap"].astype(str))
''' + _MM_SLOPE,
    ],
    "plane_age_delays": [
        # no filter on the build year: the ELSE branch files the unknown ages under 20+
        """
        WITH aged AS (
            SELECT f.tailnum, f.dep_delay, 2013 - p.year AS age
            FROM nyc.flights AS f
            JOIN nyc.planes AS p ON p.tailnum = f.tailnum
            WHERE f.dep_time IS NOT NULL
        )
        SELECT CASE WHEN age < 5 THEN '0-4' WHEN age < 10 THEN '5-9'
                    WHEN age < 20 THEN '10-19' ELSE '20+' END AS age_band,
               COUNT(*) AS flights,
               COUNT(DISTINCT tailnum) AS planes,
               ROUND(AVG(dep_delay), 2) AS avg_dep_delay
        FROM aged
        GROUP BY age_band
        ORDER BY MIN(COALESCE(age, 999))
        """,
        # COUNT(tailnum) counts flights again, not distinct aircraft
        """
        WITH aged AS (
            SELECT f.tailnum, f.dep_delay, 2013 - p.year AS age
            FROM nyc.flights AS f
            JOIN nyc.planes AS p ON p.tailnum = f.tailnum
            WHERE f.dep_time IS NOT NULL AND p.year IS NOT NULL
        )
        SELECT CASE WHEN age < 5 THEN '0-4' WHEN age < 10 THEN '5-9'
                    WHEN age < 20 THEN '10-19' ELSE '20+' END AS age_band,
               COUNT(*) AS flights,
               COUNT(tailnum) AS planes,
               ROUND(AVG(dep_delay), 2) AS avg_dep_delay
        FROM aged
        GROUP BY age_band
        ORDER BY MIN(age)
        """,
        # cancelled flights counted (AVG skips their NULL delay, COUNT(*) does not)
        """
        WITH aged AS (
            SELECT f.tailnum, f.dep_delay, 2013 - p.year AS age
            FROM nyc.flights AS f
            JOIN nyc.planes AS p ON p.tailnum = f.tailnum
            WHERE p.year IS NOT NULL
        )
        SELECT CASE WHEN age < 5 THEN '0-4' WHEN age < 10 THEN '5-9'
                    WHEN age < 20 THEN '10-19' ELSE '20+' END AS age_band,
               COUNT(*) AS flights,
               COUNT(DISTINCT tailnum) AS planes,
               ROUND(AVG(dep_delay), 2) AS avg_dep_delay
        FROM aged
        GROUP BY age_band
        ORDER BY MIN(age)
        """,
    ],
    "revenue_gini": [
        # an inner join: customers who never bought are left out
        _GINI + '''
def customer_revenue_gini(con):
    revenue = con.sql("""
        SELECT t.user_id, SUM(t.quantity * p.price) AS revenue
        FROM transactions AS t JOIN products AS p ON p.product_id = t.product_id
        GROUP BY t.user_id
    """).df()
    return gini(revenue["revenue"].to_numpy())
''',
        # the rank formula applied to unsorted values
        '''
def gini(values):
    x = np.asarray(values, dtype=float)
    if len(x) == 0:
        raise ValueError("empty")
    if x.sum() == 0:
        return 0.0
    n = len(x)
    return float(2 * np.sum(np.arange(1, n + 1) * x) / (n * x.sum()) - (n + 1) / n)
''' + _CUSTOMER_GINI,
        # sorts the caller's array in place
        '''
def gini(values):
    x = np.asarray(values, dtype=float)
    if len(x) == 0:
        raise ValueError("empty")
    if x.sum() == 0:
        return 0.0
    x.sort()
    n = len(x)
    return float(2 * np.sum(np.arange(1, n + 1) * x) / (n * x.sum()) - (n + 1) / n)
''' + _CUSTOMER_GINI,
        # a small-sample correction n / (n - 1) the question does not ask for
        '''
def gini(values):
    x = np.sort(np.asarray(values, dtype=float))
    if len(x) == 0:
        raise ValueError("empty")
    if x.sum() == 0:
        return 0.0
    n = len(x)
    g = 2 * np.sum(np.arange(1, n + 1) * x) / (n * x.sum()) - (n + 1) / n
    return float(g * n / (n - 1))
''' + _CUSTOMER_GINI,
    ],
}
