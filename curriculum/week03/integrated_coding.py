# %% [markdown]
# # Week 3 · Integrated coding on real data
#
# Ten exercises in the style of the live-coding round, where an interviewer shares a real
# table and asks a business question that needs all three tools: SQL to pull and join the
# rows, pandas to reshape and group them, NumPy to compute what neither does comfortably
# (percentiles, distances on a sphere, a bootstrap, a Gini coefficient). The data is real
# this time: every flight that left New York in 2013 with its weather, airlines, airports
# and aircraft (`nyc.*`), a telecom operator's customers and who of them churned
# (`telco.customers`), orange-juice purchases with the prices on the shelf
# (`oj.purchases`), plus the course's retail shop. Real data comes with real gaps:
# cancelled flights have no delay, some aircraft are missing from the registry, new
# customers have no total charges yet. Each question says what to do with them, and each
# gap changes the answer of the code that ignores it.
#
# **How to answer.** Nine exercises give you a function signature: replace
# `raise NotImplementedError()` with your code, keep the name and the parameters, and
# return what the question describes. Functions that take `con` receive the read-only
# DuckDB connection opened by the set-up cell: pull the rows you need with
# `con.sql("SELECT ...").df()` and carry on in pandas and NumPy. Splitting the work between
# SQL and pandas is up to you; the grade looks only at what you return. Integer columns
# that contain NULLs (the delays, for instance) arrive as pandas' nullable `Int64`, whose
# missing value is `<NA>`; `.to_numpy(dtype=float)` turns them into NumPy floats with NaN
# in the gaps. Text columns arrive with the `str` dtype. One exercise
# (number 9) is a `%%sql` answer: keep its first line and write the query below it. Each
# answer cell records the minutes an interviewer would allow for it; try to stay within
# that time.
#
# **How grading works.** The visible test under each answer checks the shape of your
# result. The real grade (`autograde check`, see the end of the notebook) adds hidden
# checks that recompute every answer another way (pure SQL for a pandas answer,
# scikit-learn or brute force for a NumPy one, simulation for the bootstrap) and compare.
# The rules, unless a question says otherwise:
#
# - Return the type the question names with exactly the columns it lists; column order is
#   free and the index of a returned DataFrame is not graded.
# - Row order counts whenever the question gives one.
# - Numbers are compared to 6 decimal places (types are not graded), so do not round
#   unless the question asks you to. Rates are fractions between 0 and 1 unless the
#   question says percent.
# - Where a question says *vectorised*, the check also reads your code and fails it if it
#   uses `apply`, `iterrows`, `itertuples`, `np.vectorize` or the scalar `math` module.
#
# A failed check describes your result (a row count, a column that differs, a few of your
# rows that should not be there), never the expected values.
#
# **The real tables** (the full data dictionary is in `datasets/README.md`):
#
# | table | what matters here |
# |---|---|
# | `nyc.flights` | 336,776 flights; `dep_time`, `dep_delay`, `arr_delay` are NULL for cancelled flights, `arr_delay` also for diverted ones; delays in minutes; `tailnum` NULL for some cancelled flights; `time_hour` is the scheduled hour |
# | `nyc.airlines` | `carrier`, `name` |
# | `nyc.airports` | `faa`, `name`, `lat`, `lon`, ...; four destinations (in Puerto Rico and the Virgin Islands) are missing |
# | `nyc.weather` | one row per airport and hour: `origin`, `time_hour`, `visib` (miles), ... |
# | `nyc.planes` | `tailnum`, `year` (year built, NULL for 70 aircraft), ...; many tail numbers in `flights` are not listed |
# | `telco.customers` | `customer_id`, `churn` (BOOLEAN), `tenure` (months), `contract`, `total_charges` (NULL for 11 customers with tenure 0), ... |
# | `oj.purchases` | `purchase` ('CH' or 'MM'), `price_diff` (sale price of MM minus sale price of CH, dollars), `loyal_ch`, ... |

# %% [markdown]
# Scratch space: this cell is not graded. Change the query to look at any table before you
# answer.

# %%
con.sql("SELECT * FROM nyc.flights LIMIT 5").df()

# %% [markdown]
# ## 1. Carrier punctuality
# *SQL join for the names, pandas `groupby`, NumPy percentiles that skip the cancelled*
#
# "Which airline is most punctual?" sounds like one `GROUP BY`, but the denominator decides
# the ranking. A cancelled flight has no arrival delay at all: count it as "not on time"
# and carriers with many cancellations look late rather than unreliable, which is a
# different problem with a different metric (the cancellation rate). Where the missing
# values go depends on the type you hold. DuckDB hands an integer column with NULLs to
# pandas as the nullable `Int64`: `s <= 15` is `<NA>` on the gaps and `.mean()` skips
# them. Move to NumPy (`s.to_numpy(dtype=float)`, which any NumPy routine needs) and the
# gaps become NaN, `NaN <= 15` is `False`, and the cancelled and diverted flights land
# in the denominator without a warning. Percentiles have the same split: `np.percentile`
# returns `nan` as soon as one value is missing, while `np.nanpercentile` and pandas'
# `quantile` skip the gaps. A tail percentile (the 90th) says more about the passenger
# experience than the mean, which a few extreme delays drag around.
#
# **Question.** Write
#
# ```python
# def carrier_punctuality(con) -> pd.DataFrame:
# ```
#
# Return one row per carrier in `nyc.flights` with the columns `carrier`, `name` (from
# `nyc.airlines`), `flights` (the number of scheduled flights: every row), `cancel_rate`
# (the share of those flights with no departure time), `on_time_rate` (among the flights
# with a recorded `arr_delay`, the share that arrived at most 15 minutes late) and
# `p90_arr_delay` (the 90th percentile of the recorded `arr_delay` values, with linear
# interpolation, which is NumPy's default). Sort by `on_time_rate`, best first; equal
# rates by `carrier`, A to Z.

# %% nbgrader={"grade_id": "carrier_punctuality", "solution": true} autograde={"target_minutes": 15}
def carrier_punctuality(con) -> pd.DataFrame:
    """Cancellation rate, on-time rate and 90th-percentile arrival delay per carrier."""
    ### BEGIN SOLUTION
    flights = con.sql("""
        SELECT f.carrier, a.name, f.dep_time, f.arr_delay
        FROM nyc.flights AS f
        LEFT JOIN nyc.airlines AS a ON a.carrier = f.carrier
    """).df()
    rows = []
    for (carrier, name), group in flights.groupby(["carrier", "name"]):
        delays = group["arr_delay"].dropna().to_numpy(dtype=float)
        rows.append({
            "carrier": carrier,
            "name": name,
            "flights": len(group),
            "cancel_rate": group["dep_time"].isna().mean(),
            "on_time_rate": np.mean(delays <= 15),
            "p90_arr_delay": np.percentile(delays, 90),
        })
    table = pd.DataFrame(rows)
    return table.sort_values(["on_time_rate", "carrier"], ascending=[False, True], ignore_index=True)
    ### END SOLUTION


# %% nbgrader={"grade_id": "carrier_punctuality_test", "grade": true, "points": 3}
_got = carrier_punctuality(con)
assert isinstance(_got, pd.DataFrame), (
    f"carrier_punctuality should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(
    _got, ["carrier", "name", "flights", "cancel_rate", "on_time_rate", "p90_arr_delay"]
)
assert len(_got) == 16, f"nyc.flights has 16 carriers; your result has {len(_got)} rows"
### BEGIN HIDDEN TESTS
from autograde.compare import compare_result_sets as _ic_compare

assert _got["p90_arr_delay"].notna().all(), (
    "some p90_arr_delay values are NaN: the percentile must skip the flights without an "
    "arrival delay"
)
_ic_want = con.sql("""
    SELECT f.carrier,
           a.name,
           COUNT(*) AS flights,
           COUNT(*) FILTER (WHERE f.dep_time IS NULL) / COUNT(*) AS cancel_rate,
           COUNT(*) FILTER (WHERE f.arr_delay <= 15) / COUNT(f.arr_delay) AS on_time_rate,
           QUANTILE_CONT(f.arr_delay, 0.9) AS p90_arr_delay
    FROM nyc.flights AS f
    JOIN nyc.airlines AS a ON a.carrier = f.carrier
    GROUP BY f.carrier, a.name
    ORDER BY on_time_rate DESC, f.carrier
""").df()
_ic_compare(_got, _ic_want, what="your carrier table")
_ic_compare(_got, _ic_want, what="your carrier table", ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Does poor visibility delay departures?
# *Join on two keys, `pd.cut` with left-closed bins, rates with the right denominator*
#
# Flights and hourly weather meet on two keys at once: the airport (`origin`) and the
# scheduled hour (`time_hour`). Before trusting such a join, check that the right-hand
# keys are unique. Here they are not quite: at the autumn clock change the hour from 1 to
# 2 a.m. happens twice, so `nyc.weather` holds two readings for 2013-11-03 01:00 at each
# airport. No flight is scheduled in that hour, so the join is safe this time, but a
# `merge(..., validate="many_to_one")` on the raw weather table would refuse to run, which
# is exactly the kind of warning you want. Then comes binning. `pd.cut` closes its bins
# on the right by default, `(0, 1]`, which drops a visibility of exactly 0 and moves every
# reading that sits on an edge into the lower bin; `right=False` gives `[0, 1)`. Visibility
# is recorded in steps (1, 3, 6 and 10 miles are common readings), so the choice moves
# hundreds of flights. Last, the denominators: a cancelled flight belongs in the
# cancellation rate but has no departure delay, so it belongs in neither side of the
# delay rate (as in exercise 1, a NumPy comparison on NaN would count it as "not late").
#
# **Question.** Write
#
# ```python
# def visibility_delays(con) -> pd.DataFrame:
# ```
#
# Match every flight to the weather reading of its `origin` at its `time_hour`; flights
# without a reading are left out. Put each flight in a visibility band, closed on the left:
# `'under 1'` for [0, 1) miles, `'1 to 3'` for [1, 3), `'3 to 6'` for [3, 6),
# `'6 to 10'` for [6, 10) and `'10'` for 10 miles or more. Return one row per band with the
# columns `visibility_band` (the labels above, as text), `flights` (scheduled flights in
# the band, cancelled ones included), `cancel_rate` (the share of them with no departure
# time), `delay_rate` (among the flights that departed, the share with `dep_delay` above
# 15 minutes) and `median_dep_delay` (the median `dep_delay` of the flights that departed).
# Order the rows from the worst visibility to the best, as listed.

# %% nbgrader={"grade_id": "visibility_delays", "solution": true} autograde={"target_minutes": 20}
def visibility_delays(con) -> pd.DataFrame:
    """Cancellation rate, delay rate and median departure delay per visibility band."""
    ### BEGIN SOLUTION
    joined = con.sql("""
        SELECT f.dep_time, f.dep_delay, w.visib
        FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
    """).df()
    labels = ["under 1", "1 to 3", "3 to 6", "6 to 10", "10"]
    joined["visibility_band"] = pd.cut(
        joined["visib"], bins=[0, 1, 3, 6, 10, np.inf], right=False, labels=labels
    )
    rows = []
    for label in labels:
        band = joined[joined["visibility_band"] == label]
        departed = band["dep_delay"].dropna().to_numpy(dtype=float)
        rows.append({
            "visibility_band": label,
            "flights": len(band),
            "cancel_rate": band["dep_time"].isna().mean(),
            "delay_rate": np.mean(departed > 15),
            "median_dep_delay": np.median(departed),
        })
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% nbgrader={"grade_id": "visibility_delays_test", "grade": true, "points": 3}
_got = visibility_delays(con)
assert isinstance(_got, pd.DataFrame), (
    f"visibility_delays should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(
    _got, ["visibility_band", "flights", "cancel_rate", "delay_rate", "median_dep_delay"]
)
assert len(_got) == 5, f"there are 5 visibility bands; your result has {len(_got)} rows"
### BEGIN HIDDEN TESTS
from autograde.compare import compare_result_sets as _ic_compare

_ic_got = _got.assign(visibility_band=_got["visibility_band"].astype(str))
_ic_want = con.sql("""
    WITH joined AS (
        SELECT f.dep_time,
               f.dep_delay,
               CASE WHEN w.visib < 1 THEN 1 WHEN w.visib < 3 THEN 2 WHEN w.visib < 6 THEN 3
                    WHEN w.visib < 10 THEN 4 ELSE 5 END AS band_no
        FROM nyc.flights AS f
        JOIN nyc.weather AS w ON w.origin = f.origin AND w.time_hour = f.time_hour
    )
    SELECT ['under 1', '1 to 3', '3 to 6', '6 to 10', '10'][band_no] AS visibility_band,
           COUNT(*) AS flights,
           AVG(CASE WHEN dep_time IS NULL THEN 1.0 ELSE 0.0 END) AS cancel_rate,
           AVG(CASE WHEN dep_delay > 15 THEN 1.0 WHEN dep_delay IS NOT NULL THEN 0.0 END)
               AS delay_rate,
           MEDIAN(dep_delay) AS median_dep_delay
    FROM joined
    GROUP BY band_no
    ORDER BY band_no
""").df()
_ic_compare(_ic_got, _ic_want, what="your visibility table")
_ic_compare(_ic_got, _ic_want, what="your visibility table", ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Routes that run late for their airport
# *`groupby` + `transform`, a filter before the statistic, the population standard deviation*
#
# A z-score says how unusual a value is compared with its peers: subtract the peers' mean,
# divide by their standard deviation. Comparing a route with the other routes *from the
# same airport* needs the peer mean and spread on every row of the group, which is what
# `groupby(...).transform("mean")` gives (in SQL, `AVG(...) OVER (PARTITION BY origin)`).
# Three details change the numbers. The minimum-volume filter must come first, so that
# thin routes neither appear nor distort the peers' statistics. The standard deviation of a
# complete set of peers is the population one: NumPy's `std` defaults to `ddof=0`, but
# pandas' `std` defaults to `ddof=1`. And the volume that counts is the flights with a
# measured arrival delay, not the scheduled ones.
#
# **Question.** Write
#
# ```python
# def route_delay_zscores(con) -> pd.DataFrame:
# ```
#
# A route is an (`origin`, `dest`) pair of `nyc.flights`. Keep the routes with at least 100
# flights that have a recorded `arr_delay`. For each kept route return `origin`, `dest`,
# `flights` (its number of flights with a recorded `arr_delay`), `mean_arr_delay` (their
# mean `arr_delay`) and `z_score`: the route's `mean_arr_delay` minus the mean of the
# `mean_arr_delay` values of the kept routes from the same origin, divided by the
# population standard deviation (`ddof=0`) of those values. Sort by `z_score`, largest
# first; break ties by `origin`, then `dest`.

# %% nbgrader={"grade_id": "route_delay_zscores", "solution": true} autograde={"target_minutes": 15}
def route_delay_zscores(con) -> pd.DataFrame:
    """Mean arrival delay per busy route and its z-score among routes from the same origin."""
    ### BEGIN SOLUTION
    routes = con.sql("""
        SELECT origin, dest, COUNT(arr_delay) AS flights, AVG(arr_delay) AS mean_arr_delay
        FROM nyc.flights
        GROUP BY origin, dest
        HAVING COUNT(arr_delay) >= 100
    """).df()
    by_origin = routes.groupby("origin")["mean_arr_delay"]
    centre = by_origin.transform("mean")
    spread = by_origin.transform(lambda s: np.std(s.to_numpy(), ddof=0))
    routes["z_score"] = (routes["mean_arr_delay"] - centre) / spread
    return routes.sort_values(
        ["z_score", "origin", "dest"], ascending=[False, True, True], ignore_index=True
    )
    ### END SOLUTION


# %% nbgrader={"grade_id": "route_delay_zscores_test", "grade": true, "points": 3}
_got = route_delay_zscores(con)
assert isinstance(_got, pd.DataFrame), (
    f"route_delay_zscores should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(_got, ["origin", "dest", "flights", "mean_arr_delay", "z_score"])
assert (_got["flights"] >= 100).all(), "every route in your result needs at least 100 flights"
### BEGIN HIDDEN TESTS
from autograde.compare import compare_result_sets as _ic_compare

_ic_want = con.sql("""
    WITH routes AS (
        SELECT origin, dest, COUNT(arr_delay) AS flights, AVG(arr_delay) AS mean_arr_delay
        FROM nyc.flights
        GROUP BY origin, dest
        HAVING COUNT(arr_delay) >= 100
    )
    SELECT origin, dest, flights, mean_arr_delay,
           (mean_arr_delay - AVG(mean_arr_delay) OVER (PARTITION BY origin))
               / STDDEV_POP(mean_arr_delay) OVER (PARTITION BY origin) AS z_score
    FROM routes
    ORDER BY z_score DESC, origin, dest
""").df()
_ic_compare(_got, _ic_want, what="your route table")
_ic_compare(_got, _ic_want, what="your route table", ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Checking the distance column with a vectorised haversine
# *NumPy broadcasting and radians; a left join that keeps what the lookup lacks*
#
# The great-circle distance between two points on a sphere of radius $R$ follows from the
# haversine formula. With latitudes $\varphi$ and longitudes $\lambda$ in radians,
#
# $$a = \sin^2\frac{\varphi_2-\varphi_1}{2} + \cos\varphi_1\cos\varphi_2\sin^2\frac{\lambda_2-\lambda_1}{2},
# \qquad d = 2R\arcsin\sqrt{a}.$$
#
# Written with NumPy's `np.sin`, `np.cos` and `np.arcsin`, the same line computes one
# distance or a million, and arrays of different shapes broadcast (one origin against
# every destination, say). The scalar `math.sin` does not take arrays, which is why
# answers built on it end up in a slow `apply` or `np.vectorize` (a loop in disguise). The
# trig functions expect radians; forgetting `np.radians` gives a plausible-looking number
# that is wrong. Recomputing a column you were given is a cheap data-quality check: here
# the stored `distance` should agree with the great circle to within a few percent.
#
# **Question.** Write two functions.
#
# ```python
# def great_circle_miles(lat1, lon1, lat2, lon2):
# ```
#
# takes coordinates in degrees as numbers or NumPy arrays that broadcast together and
# returns the haversine distance in miles with $R = 3958.8$ miles, as a float or an array
# of the broadcast shape. It must be vectorised (no `apply`, `np.vectorize` or `math`).
#
# ```python
# def route_distance_check(con) -> pd.DataFrame:
# ```
#
# returns one row per (`origin`, `dest`) route of `nyc.flights` with the columns `origin`,
# `dest`, `distance` (the route's `distance` from `nyc.flights`; two routes report two
# values during the year, take the largest), `great_circle` (the distance computed by
# `great_circle_miles` from the airports' `lat` and `lon` in `nyc.airports`) and
# `pct_error` (`100 * (great_circle - distance) / distance`). Routes whose destination is
# missing from `nyc.airports` stay in the result with `great_circle` and `pct_error` NaN.
# Sort by `origin`, then `dest`.

# %% nbgrader={"grade_id": "great_circle", "solution": true} autograde={"target_minutes": 20}
def great_circle_miles(lat1, lon1, lat2, lon2):
    """Haversine distance in miles between points given in degrees; broadcasts like NumPy."""
    ### BEGIN SOLUTION
    phi1, lam1, phi2, lam2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((phi2 - phi1) / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    return 2 * 3958.8 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    ### END SOLUTION


def route_distance_check(con) -> pd.DataFrame:
    """Reported route distance next to the great-circle distance and their difference in %."""
    ### BEGIN SOLUTION
    routes = con.sql("""
        SELECT f.origin, f.dest, MAX(f.distance) AS distance,
               o.lat AS lat1, o.lon AS lon1, d.lat AS lat2, d.lon AS lon2
        FROM nyc.flights AS f
        JOIN nyc.airports AS o ON o.faa = f.origin
        LEFT JOIN nyc.airports AS d ON d.faa = f.dest
        GROUP BY f.origin, f.dest, o.lat, o.lon, d.lat, d.lon
        ORDER BY f.origin, f.dest
    """).df()
    routes["great_circle"] = great_circle_miles(
        routes["lat1"].to_numpy(dtype=float), routes["lon1"].to_numpy(dtype=float),
        routes["lat2"].to_numpy(dtype=float), routes["lon2"].to_numpy(dtype=float),
    )
    routes["pct_error"] = 100 * (routes["great_circle"] - routes["distance"]) / routes["distance"]
    return routes[["origin", "dest", "distance", "great_circle", "pct_error"]]
    ### END SOLUTION


# %% nbgrader={"grade_id": "great_circle_test", "grade": true, "points": 2}
_d = great_circle_miles(40.6413, -73.7781, 40.6413, -73.7781)
assert abs(float(_d)) < 1e-9, "the distance from a point to itself should be 0"
_d = great_circle_miles(0.0, 0.0, 0.0, 90.0)
assert abs(float(_d) - np.pi * 3958.8 / 2) < 1e-6, (
    f"a quarter of the equator should be pi * 3958.8 / 2 = 6218.5 miles; got {float(_d)!r}"
)
### BEGIN HIDDEN TESTS
from sklearn.metrics.pairwise import haversine_distances as _ic_haversine

from autograde.probes import expect_not_used

_ic_rng = np.random.default_rng(3)
_ic_p = np.column_stack([_ic_rng.uniform(-80, 80, 40), _ic_rng.uniform(-180, 180, 40)])
_ic_q = np.column_stack([_ic_rng.uniform(-80, 80, 40), _ic_rng.uniform(-180, 180, 40)])
_ic_want = np.diag(_ic_haversine(np.radians(_ic_p), np.radians(_ic_q))) * 3958.8
_ic_got = np.asarray(great_circle_miles(_ic_p[:, 0], _ic_p[:, 1], _ic_q[:, 0], _ic_q[:, 1]))
assert _ic_got.shape == (40,), (
    f"40 pairs of points went in as arrays; expected 40 distances, got shape {_ic_got.shape}"
)
_ic_bad = ~np.isclose(_ic_got, _ic_want, rtol=1e-9, atol=1e-6)
assert not _ic_bad.any(), (
    f"{_ic_bad.sum()} of 40 distances between random points are wrong: check degrees versus "
    "radians and the formula"
)
# one origin against many destinations: broadcasting a scalar with arrays
_ic_got = np.asarray(great_circle_miles(40.64, -73.78, _ic_q[:, 0], _ic_q[:, 1]))
_ic_want = _ic_haversine(np.radians([[40.64, -73.78]]), np.radians(_ic_q))[0] * 3958.8
assert _ic_got.shape == (40,) and np.allclose(_ic_got, _ic_want, rtol=1e-9, atol=1e-6), (
    "great_circle_miles(scalar, scalar, array, array) should broadcast to one distance per "
    "destination"
)
expect_not_used(
    great_circle_miles,
    ["apply", "vectorize", "iterrows", "itertuples", "math"],
    "great_circle_miles must be vectorised with NumPy functions",
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "great_circle_test_2", "grade": true, "points": 2}
_got = route_distance_check(con)
assert isinstance(_got, pd.DataFrame), (
    f"route_distance_check should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(_got, ["origin", "dest", "distance", "great_circle", "pct_error"])
### BEGIN HIDDEN TESTS
from sklearn.metrics.pairwise import haversine_distances as _ic_haversine

from autograde.compare import compare_result_sets as _ic_compare

_ic_want = con.sql("""
    SELECT f.origin, f.dest, MAX(f.distance) AS distance,
           ANY_VALUE(o.lat) AS lat1, ANY_VALUE(o.lon) AS lon1,
           ANY_VALUE(d.lat) AS lat2, ANY_VALUE(d.lon) AS lon2
    FROM nyc.flights AS f
    JOIN nyc.airports AS o ON o.faa = f.origin
    LEFT JOIN nyc.airports AS d ON d.faa = f.dest
    GROUP BY f.origin, f.dest
    ORDER BY f.origin, f.dest
""").df()
_ic_gc = []
for _ic_row in _ic_want.itertuples():
    if pd.isna(_ic_row.lat2):
        _ic_gc.append(np.nan)
    else:
        _ic_gc.append(float(_ic_haversine(
            np.radians([[_ic_row.lat1, _ic_row.lon1]]), np.radians([[_ic_row.lat2, _ic_row.lon2]])
        )[0, 0]) * 3958.8)
_ic_want["great_circle"] = _ic_gc
_ic_want["pct_error"] = [
    100 * (g - d) / d for g, d in zip(_ic_want["great_circle"], _ic_want["distance"])
]
_ic_want = _ic_want[["origin", "dest", "distance", "great_circle", "pct_error"]]
_ic_compare(_got, _ic_want, what="your route distance table")
_ic_compare(_got, _ic_want, what="your route distance table", ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Cancellations by month and airport
# *`pivot_table` into a month-by-airport grid; cancelled is not the same as "no arrival delay"*
#
# A grid with one row per month and one column per airport is what a dashboard or a slide
# wants, and `pivot_table(index=..., columns=..., values=..., aggfunc=...)` builds it in one
# call (`unstack` after a `groupby` does the same). The mean of a True/False column is the
# share of True, so a rate needs no separate count and division. What counts as a
# cancellation is the real question: a flight that never departed has no `dep_time`; a
# flight that departed but was diverted has a departure time and no `arr_delay`. Testing
# `arr_delay` for NaN mixes the two.
#
# **Question.** Write
#
# ```python
# def monthly_cancellation_grid(con) -> pd.DataFrame:
# ```
#
# Return a DataFrame with one row per month, indexed by the month number 1 to 12 in order,
# and one column per origin airport named `EWR`, `JFK` and `LGA`. Each cell is the
# percentage (0 to 100) of that month's scheduled flights from that airport that were
# cancelled, that is, that have no `dep_time`.

# %% nbgrader={"grade_id": "monthly_cancellations", "solution": true} autograde={"target_minutes": 10}
def monthly_cancellation_grid(con) -> pd.DataFrame:
    """Percent of scheduled flights cancelled, months 1-12 down, EWR/JFK/LGA across."""
    ### BEGIN SOLUTION
    flights = con.sql("SELECT month, origin, dep_time FROM nyc.flights").df()
    flights["cancelled"] = flights["dep_time"].isna() * 100.0
    grid = flights.pivot_table(index="month", columns="origin", values="cancelled", aggfunc="mean")
    return grid.reindex(index=range(1, 13), columns=["EWR", "JFK", "LGA"])
    ### END SOLUTION


# %% nbgrader={"grade_id": "monthly_cancellations_test", "grade": true, "points": 2}
_got = monthly_cancellation_grid(con)
assert isinstance(_got, pd.DataFrame), (
    f"monthly_cancellation_grid should return a DataFrame, not {type(_got).__name__}"
)
assert sorted(map(str, _got.columns)) == ["EWR", "JFK", "LGA"], (
    f"the columns should be the airports EWR, JFK and LGA; yours are {list(_got.columns)}"
)
assert [int(m) for m in _got.index] == list(range(1, 13)), (
    "the index should be the months 1 to 12, in order; "
    f"yours starts {list(_got.index)[:4]}"
)
### BEGIN HIDDEN TESTS
_ic_want = con.sql("""
    SELECT month, origin, 100.0 * COUNT(*) FILTER (WHERE dep_time IS NULL) / COUNT(*) AS pct
    FROM nyc.flights
    GROUP BY month, origin
""").df()
_ic_cells = {(int(m), str(o)): p for m, o, p in zip(_ic_want["month"], _ic_want["origin"], _ic_want["pct"])}
_ic_grid = _got.copy()
_ic_grid.columns = [str(c) for c in _ic_grid.columns]
_ic_grid.index = [int(m) for m in _ic_grid.index]
_ic_wrong = [
    key for key, pct in _ic_cells.items()
    if not np.isclose(float(_ic_grid.loc[key[0], key[1]]), pct, rtol=1e-6, atol=1e-9)
]
assert not _ic_wrong, (
    f"{len(_ic_wrong)} of the 36 cells are wrong, for example month {_ic_wrong[0][0]} at "
    f"{_ic_wrong[0][1]} (your value {float(_ic_grid.loc[_ic_wrong[0]]):.4f}): check what counts "
    "as cancelled and that the values are percentages of scheduled flights"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Churn by tenure band and contract
# *`pd.cut` with the lowest edge included, two-key `groupby`, averages that skip NULLs*
#
# Tenure bands are the first cut of any churn analysis: new customers leave far more often
# than old ones, and the contract type moves the rate even more. `pd.cut(tenure,
# bins=[0, 12, 24, 48, 72])` looks right and is not: its bins are open on the left, so a
# tenure of 0 (customers who joined this month) falls outside every bin and those
# customers vanish from the counts. `include_lowest=True`, or a first edge below 0, keeps
# them. The same customers have no `total_charges` yet (the column is NULL, not 0):
# pandas' `mean` skips NaN, while filling it with 0 first pulls the newest band's average
# down with customers who were never billed.
#
# **Question.** Write
#
# ```python
# def churn_by_tenure_contract(con) -> pd.DataFrame:
# ```
#
# Using `telco.customers`, put every customer in a tenure band: `'0-12'` (0 to 12 months
# included), `'13-24'`, `'25-48'` and `'49-72'`. Return one row per (tenure band, contract)
# pair with the columns `tenure_band` (the labels above, as text), `contract`, `customers`
# (the number of customers), `churn_rate` (the share of them with `churn` true) and
# `avg_total_charges` (the mean `total_charges` of the customers who have one). Sort by
# tenure band in the order above, then by `contract`, A to Z.

# %% nbgrader={"grade_id": "churn_by_tenure", "solution": true} autograde={"target_minutes": 15}
def churn_by_tenure_contract(con) -> pd.DataFrame:
    """Customers, churn rate and average total charges per tenure band and contract."""
    ### BEGIN SOLUTION
    customers = con.sql("SELECT tenure, contract, churn, total_charges FROM telco.customers").df()
    labels = ["0-12", "13-24", "25-48", "49-72"]
    customers["tenure_band"] = pd.cut(
        customers["tenure"], bins=[-1, 12, 24, 48, 72], labels=labels
    ).astype(str)
    table = customers.groupby(["tenure_band", "contract"], as_index=False).agg(
        customers=("churn", "size"),
        churn_rate=("churn", "mean"),
        avg_total_charges=("total_charges", "mean"),
    )
    table["band_order"] = table["tenure_band"].map(labels.index)
    table = table.sort_values(["band_order", "contract"], ignore_index=True)
    return table.drop(columns="band_order")
    ### END SOLUTION


# %% nbgrader={"grade_id": "churn_by_tenure_test", "grade": true, "points": 3}
_got = churn_by_tenure_contract(con)
assert isinstance(_got, pd.DataFrame), (
    f"churn_by_tenure_contract should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(
    _got, ["tenure_band", "contract", "customers", "churn_rate", "avg_total_charges"]
)
assert len(_got) == 12, (
    f"4 tenure bands times 3 contracts make 12 rows; your result has {len(_got)}"
)
### BEGIN HIDDEN TESTS
from autograde.compare import compare_result_sets as _ic_compare

assert int(_got["customers"].sum()) == 7043, (
    f"your rows cover {int(_got['customers'].sum())} customers; telco.customers has 7,043 and "
    "every one belongs to a band"
)
_ic_got = _got.assign(tenure_band=_got["tenure_band"].astype(str))
_ic_want = con.sql("""
    WITH banded AS (
        SELECT *,
               CASE WHEN tenure <= 12 THEN 1 WHEN tenure <= 24 THEN 2
                    WHEN tenure <= 48 THEN 3 ELSE 4 END AS band_no
        FROM telco.customers
    )
    SELECT ['0-12', '13-24', '25-48', '49-72'][band_no] AS tenure_band,
           contract,
           COUNT(*) AS customers,
           AVG(CASE WHEN churn THEN 1.0 ELSE 0.0 END) AS churn_rate,
           AVG(total_charges) AS avg_total_charges
    FROM banded
    GROUP BY band_no, contract
    ORDER BY band_no, contract
""").df()
_ic_compare(_ic_got, _ic_want, what="your churn table")
_ic_compare(_ic_got, _ic_want, what="your churn table", ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. A bootstrap interval for a difference in churn rates
# *Resampling with NumPy's `Generator`: independent groups, a fixed seed, percentile bounds*
#
# Month-to-month customers churn far more than customers on a one- or two-year contract,
# and the follow-up question is always "how sure are you of the size of that gap?". The
# bootstrap answers it without a formula: pretend each sample is its population, draw new
# samples of the same size from it with replacement, recompute the statistic each time and
# read the 2.5th and 97.5th percentiles of those values off as a 95% interval. Three rules
# keep it honest. Resample each group from itself and independently (pooling the two
# groups simulates a world where the gap is zero, which is a permutation test, not an
# interval). Keep each resample the size of its group. And take randomness from a local
# `np.random.default_rng(seed)`: the same seed then reproduces the same interval, and
# nothing else in the program that uses NumPy's global random state is disturbed. Drawing
# all the indices at once, `rng.integers(0, n, size=(n_boot, n))`, avoids a Python loop.
#
# **Question.** Write
#
# ```python
# def bootstrap_rate_diff(a, b, n_boot=2000, seed=0) -> tuple[float, float, float]:
# ```
#
# `a` and `b` are 1-D arrays (or lists) of 0/1 or True/False outcomes from two independent
# groups. Return `(diff, low, high)`: `diff` is the mean of `a` minus the mean of `b`;
# `low` and `high` are the 2.5th and 97.5th percentiles (NumPy's default interpolation) of
# `n_boot` bootstrap differences, each computed from a resample of `a` (same size as `a`,
# drawn with replacement) and an independent resample of `b`. All randomness comes from
# `np.random.default_rng(seed)`: the same seed gives the same result, and NumPy's global
# random state is left alone. Do not modify `a` or `b`.
#
# ```python
# churn = con.sql("SELECT contract, churn FROM telco.customers").df()
# a = churn.loc[churn["contract"] == "Month-to-month", "churn"].to_numpy()
# b = churn.loc[churn["contract"] != "Month-to-month", "churn"].to_numpy()
# bootstrap_rate_diff(a, b, n_boot=4000, seed=42)
# ```

# %% nbgrader={"grade_id": "bootstrap_churn_gap", "solution": true} autograde={"target_minutes": 20}
def bootstrap_rate_diff(a, b, n_boot=2000, seed=0) -> tuple[float, float, float]:
    """Difference of means of a and b with a 95% percentile-bootstrap interval."""
    ### BEGIN SOLUTION
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    rng = np.random.default_rng(seed)
    boot_a = a[rng.integers(0, len(a), size=(n_boot, len(a)))].mean(axis=1)
    boot_b = b[rng.integers(0, len(b), size=(n_boot, len(b)))].mean(axis=1)
    low, high = np.percentile(boot_a - boot_b, [2.5, 97.5])
    return float(a.mean() - b.mean()), float(low), float(high)
    ### END SOLUTION


# %% nbgrader={"grade_id": "bootstrap_churn_gap_test", "grade": true, "points": 2}
_got = bootstrap_rate_diff(np.array([1, 1, 0, 1]), np.array([0, 0, 1, 0, 0]), n_boot=500, seed=1)
assert len(_got) == 3, f"return (diff, low, high): three numbers, not {len(_got)}"
assert abs(float(_got[0]) - (0.75 - 0.2)) < 1e-12, (
    f"diff should be mean(a) - mean(b) = 0.75 - 0.2 = 0.55; got {float(_got[0])!r}"
)
assert float(_got[1]) <= float(_got[0]) <= float(_got[2]), (
    "the interval (low, high) should contain the observed difference here"
)
### BEGIN HIDDEN TESTS
_ic_a = (np.random.default_rng(7).random(300) < 0.4).astype(int)
_ic_b = (np.random.default_rng(8).random(250) < 0.25).astype(int)
_ic_a0, _ic_b0 = _ic_a.copy(), _ic_b.copy()
_ic_state = np.random.get_state()
_ic_r1 = [float(v) for v in bootstrap_rate_diff(_ic_a, _ic_b, n_boot=300, seed=5)]
_ic_after = np.random.get_state()
assert np.array_equal(_ic_state[1], _ic_after[1]) and _ic_state[2] == _ic_after[2], (
    "bootstrap_rate_diff changed NumPy's global random state: use a local "
    "np.random.default_rng(seed) instead of np.random.seed or np.random.choice"
)
assert np.array_equal(_ic_a, _ic_a0) and np.array_equal(_ic_b, _ic_b0), (
    "bootstrap_rate_diff modified the arrays it was given"
)
_ic_r2 = [float(v) for v in bootstrap_rate_diff(_ic_a, _ic_b, n_boot=300, seed=5)]
assert _ic_r1 == _ic_r2, "two calls with the same seed gave different results: use the seed"
_ic_lows = {float(bootstrap_rate_diff(_ic_a, _ic_b, n_boot=300, seed=s)[1]) for s in range(6)}
assert len(_ic_lows) > 1, (
    "six different seeds gave the same interval: the bounds should come from random "
    "resamples, not from a formula"
)
_ic_d = bootstrap_rate_diff(_ic_a.tolist(), _ic_b.tolist(), n_boot=300, seed=5)
assert abs(float(_ic_d[0]) - (_ic_a.mean() - _ic_b.mean())) < 1e-12, (
    "with lists as input, diff should still be mean(a) - mean(b)"
)
_ic_d = bootstrap_rate_diff(np.ones(40, dtype=bool), np.zeros(30, dtype=bool), n_boot=100, seed=0)
assert np.allclose([float(v) for v in _ic_d], [1.0, 1.0, 1.0]), (
    "when every a is 1 and every b is 0, every resample has the difference 1: "
    "expected (1.0, 1.0, 1.0)"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bootstrap_churn_gap_test_2", "grade": true, "points": 2}
_churn = con.sql("SELECT contract, churn FROM telco.customers ORDER BY customer_id").df()
_got = bootstrap_rate_diff(
    _churn.loc[_churn["contract"] == "Month-to-month", "churn"].to_numpy(),
    _churn.loc[_churn["contract"] != "Month-to-month", "churn"].to_numpy(),
    n_boot=4000,
    seed=42,
)
assert len(_got) == 3 and float(_got[1]) < float(_got[2]), (
    "on the telco data, expected (diff, low, high) with low below high"
)
### BEGIN HIDDEN TESTS
# on the telco data: the point estimate against SQL, the width and centre against the
# normal approximation (which a percentile bootstrap matches closely at these sizes)
_ic_rates = con.sql("""
    SELECT AVG(CASE WHEN churn THEN 1.0 ELSE 0.0 END) FILTER (WHERE contract = 'Month-to-month') AS pa,
           COUNT(*) FILTER (WHERE contract = 'Month-to-month') AS na,
           AVG(CASE WHEN churn THEN 1.0 ELSE 0.0 END) FILTER (WHERE contract <> 'Month-to-month') AS pb,
           COUNT(*) FILTER (WHERE contract <> 'Month-to-month') AS nb
    FROM telco.customers
""").df().iloc[0]
_ic_diff, _ic_low, _ic_high = (float(v) for v in _got)
assert abs(_ic_diff - (_ic_rates.pa - _ic_rates.pb)) < 1e-9, (
    "on the telco data, diff is not the month-to-month churn rate minus the others' rate"
)
_ic_se = np.sqrt(
    _ic_rates.pa * (1 - _ic_rates.pa) / _ic_rates.na + _ic_rates.pb * (1 - _ic_rates.pb) / _ic_rates.nb
)
_ic_width = (_ic_high - _ic_low) / (2 * 1.959964 * _ic_se)
assert 0.94 < _ic_width < 1.06, (
    f"on the telco data your interval is {_ic_width:.2f} times as wide as a 95% interval "
    "should be: check the percentiles and that each group is resampled at its own size"
)
assert abs((_ic_low + _ic_high) / 2 - _ic_diff) < 0.25 * _ic_se, (
    "on the telco data your interval is not centred near the observed difference: resample "
    "each group from itself, not from the pooled data"
)
# coverage: on simulated groups with a known gap, about 95% of intervals should contain it
_ic_rng = np.random.default_rng(2024)
_ic_hits = 0
for _ic_i in range(200):
    _ic_x = (_ic_rng.random(120) < 0.35).astype(int)
    _ic_y = (_ic_rng.random(100) < 0.20).astype(int)
    _, _ic_lo, _ic_hi = bootstrap_rate_diff(_ic_x, _ic_y, n_boot=500, seed=_ic_i)
    _ic_hits += float(_ic_lo) <= 0.15 <= float(_ic_hi)
assert 0.88 <= _ic_hits / 200 <= 0.99, (
    f"on 200 simulated pairs of groups with a true gap of 0.15, {_ic_hits} of your intervals "
    "contain it; a 95% interval should contain it about 190 times"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Orange juice: how the price gap moves the brand choice
# *Half-open price buckets with `pd.cut`, shares per bucket, a least-squares slope with `np.polyfit`*
#
# A quick way to show price sensitivity is to sort purchases into buckets of the price
# gap between two brands and report each brand's share per bucket; a single number then
# summarises the trend: the slope of a straight line fitted to the purchase indicator
# (1 for the brand, 0 otherwise) against the gap. That line is a linear probability model,
# and its slope reads as "percentage points of share per dollar of price gap". Fit it on
# the individual purchases, not on the bucket shares: four buckets of very different sizes
# would each count once. `np.polyfit(x, y, 1)` returns the slope first, then the intercept
# (SQL has the same number as `REGR_SLOPE(y, x)`). In this table many purchases sit exactly
# on the round gaps of -0.20, 0 and 0.20 dollars, so whether a bucket includes its edges
# decides where they go.
#
# **Question.** Write two functions on `oj.purchases`, whose `price_diff` is Minute Maid's
# sale price minus Citrus Hill's.
#
# ```python
# def mm_share_by_price_gap(con) -> pd.DataFrame:
# ```
#
# puts each purchase in one of four buckets of `price_diff`, closed on the left:
# `'< -0.2'` (below -0.20), `'[-0.2, 0)'`, `'[0, 0.2)'` and `'>= 0.2'`. Return one row per
# bucket, in that order, with the columns `price_gap` (the labels above, as text),
# `purchases` (the number of purchases in the bucket) and `mm_share` (the share of them
# whose `purchase` is `'MM'`).
#
# ```python
# def mm_share_slope(con) -> float:
# ```
#
# returns the least-squares slope of the Minute Maid indicator (1 when `purchase` is
# `'MM'`, else 0) on `price_diff`, fitted on all 1,070 purchases.

# %% nbgrader={"grade_id": "oj_price_gap", "solution": true} autograde={"target_minutes": 15}
def mm_share_by_price_gap(con) -> pd.DataFrame:
    """Purchases and Minute Maid's share in four left-closed buckets of the price gap."""
    ### BEGIN SOLUTION
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    labels = ["< -0.2", "[-0.2, 0)", "[0, 0.2)", ">= 0.2"]
    oj["price_gap"] = pd.cut(
        oj["price_diff"], bins=[-np.inf, -0.2, 0.0, 0.2, np.inf], right=False, labels=labels
    )
    oj["is_mm"] = (oj["purchase"] == "MM").astype(float)
    table = oj.groupby("price_gap", observed=False).agg(
        purchases=("is_mm", "size"), mm_share=("is_mm", "mean")
    )
    table = table.reindex(labels).reset_index()
    table["price_gap"] = table["price_gap"].astype(str)
    return table
    ### END SOLUTION


def mm_share_slope(con) -> float:
    """Least-squares slope of the Minute Maid indicator on price_diff."""
    ### BEGIN SOLUTION
    oj = con.sql("SELECT purchase, price_diff FROM oj.purchases").df()
    y = (oj["purchase"] == "MM").to_numpy(dtype=float)
    slope, _intercept = np.polyfit(oj["price_diff"].to_numpy(dtype=float), y, 1)
    return float(slope)
    ### END SOLUTION


# %% nbgrader={"grade_id": "oj_price_gap_test", "grade": true, "points": 2}
_got = mm_share_by_price_gap(con)
assert isinstance(_got, pd.DataFrame), (
    f"mm_share_by_price_gap should return a DataFrame, not {type(_got).__name__}"
)
expect_columns(_got, ["price_gap", "purchases", "mm_share"])
assert len(_got) == 4, f"there are 4 buckets; your result has {len(_got)} rows"
assert int(_got["purchases"].sum()) == 1070, (
    f"the buckets should hold all 1,070 purchases; yours hold {int(_got['purchases'].sum())}"
)
### BEGIN HIDDEN TESTS
from autograde.compare import compare_result_sets as _ic_compare

_ic_got = _got.assign(price_gap=_got["price_gap"].astype(str))
_ic_want = con.sql("""
    WITH bucketed AS (
        SELECT purchase,
               CASE WHEN price_diff < -0.2 THEN 1 WHEN price_diff < 0 THEN 2
                    WHEN price_diff < 0.2 THEN 3 ELSE 4 END AS bucket_no
        FROM oj.purchases
    )
    SELECT ['< -0.2', '[-0.2, 0)', '[0, 0.2)', '>= 0.2'][bucket_no] AS price_gap,
           COUNT(*) AS purchases,
           AVG(CASE WHEN purchase = 'MM' THEN 1.0 ELSE 0.0 END) AS mm_share
    FROM bucketed
    GROUP BY bucket_no
    ORDER BY bucket_no
""").df()
_ic_compare(_ic_got, _ic_want, what="your price-gap table")
_ic_compare(_ic_got, _ic_want, what="your price-gap table", ordered=True)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "oj_price_gap_test_2", "grade": true, "points": 1}
_got = mm_share_slope(con)
assert np.ndim(_got) == 0, "mm_share_slope should return one number"
### BEGIN HIDDEN TESTS
from autograde.probes import expect_close

_ic_slope = con.sql("""
    SELECT REGR_SLOPE(CASE WHEN purchase = 'MM' THEN 1.0 ELSE 0.0 END, price_diff)
    FROM oj.purchases
""").fetchall()[0][0]
assert float(_got) < 0, (
    "your slope is not negative: a dearer Minute Maid should lower its share (is the "
    "indicator 1 for MM, and is price_diff on the x axis?)"
)
expect_close(_got, _ic_slope, rel=1e-6, abs_=1e-9, what="mm_share_slope")
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Are older aircraft later? (SQL)
# *Joining to an incomplete lookup, a column name on both sides, NULL ages kept out of a CASE*
#
# `nyc.flights` and `nyc.planes` both have a column called `year`: in flights it is the
# year of the flight (always 2013), in planes the year the aircraft was built. An
# unqualified `year` after the join is ambiguous, and `2013 - f.year` is zero for every
# flight; qualify the column. Some aircraft in the registry have no build year, and a
# `CASE` whose last branch is `ELSE '20+'` quietly files those NULL ages under the oldest
# band. Decide each edge on purpose: which flights count (only those that departed have a
# departure delay) and whether the count of planes means distinct aircraft.
#
# **Question.** Consider the flights of `nyc.flights` that departed (`dep_time` is not
# NULL) and whose `tailnum` is listed in `nyc.planes` with a known build `year`. A plane's
# age is `2013` minus its build year. Return one row per age band, `'0-4'`, `'5-9'`,
# `'10-19'` and `'20+'` (years), with the columns `age_band`, `flights` (the number of
# those flights), `planes` (the number of distinct aircraft that flew them) and
# `avg_dep_delay` (their mean `dep_delay`, rounded to 2 decimals). Order the bands from
# youngest to oldest.

# %% nbgrader={"grade_id": "plane_age_delays", "solution": true} autograde={"target_minutes": 15}
# %%sql plane_age_delays <<
WITH aged AS (
    SELECT f.tailnum, f.dep_delay, 2013 - p.year AS age
    FROM nyc.flights AS f
    JOIN nyc.planes AS p ON p.tailnum = f.tailnum
    WHERE f.dep_time IS NOT NULL
      AND p.year IS NOT NULL
)
SELECT CASE WHEN age < 5 THEN '0-4'
            WHEN age < 10 THEN '5-9'
            WHEN age < 20 THEN '10-19'
            ELSE '20+' END AS age_band,
       COUNT(*) AS flights,
       COUNT(DISTINCT tailnum) AS planes,
       ROUND(AVG(dep_delay), 2) AS avg_dep_delay
FROM aged
GROUP BY age_band
ORDER BY MIN(age)

# %% nbgrader={"grade_id": "plane_age_delays_test", "grade": true, "points": 2}
expect_columns(plane_age_delays, ["age_band", "flights", "planes", "avg_dep_delay"])
expect_row_count(plane_age_delays, 4)
### BEGIN HIDDEN TESTS
expect_same_result(plane_age_delays, SOLUTION_SQL, ordered=True)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. How concentrated is the shop's revenue? A Gini coefficient
# *SQL left joins for a complete customer list, NumPy sorting and cumulative sums*
#
# The Gini coefficient summarises inequality in one number: 0 when every customer spends
# the same, close to 1 when one customer brings in everything. Its definition is the mean
# absolute difference between every pair of customers divided by twice the mean,
# $G = \sum_i\sum_j |x_i - x_j| \,/\, (2n^2\bar x)$, which costs $n^2$ operations. Sorting
# brings it down to one pass: with the values sorted increasingly and ranked $i = 1..n$,
# $G = \frac{2\sum_i i\,x_{(i)}}{n\sum_i x_i} - \frac{n+1}{n}$. The shortcut is only right on
# sorted values, and sorting with `x.sort()` reorders the caller's array in place (use
# `np.sort`). The population matters as much as the formula: customers who never bought
# anything are part of the customer base, and leaving them out (an inner join) makes
# revenue look more evenly spread than it is.
#
# **Question.** Write two functions.
#
# ```python
# def gini(values) -> float:
# ```
#
# returns the Gini coefficient (the definition above, with $n^2$: no small-sample
# correction) of a 1-D array or list of non-negative numbers in any order. If every value
# is 0, return 0.0; if `values` is empty, raise a `ValueError`. Do not modify `values`.
#
# ```python
# def customer_revenue_gini(con) -> float:
# ```
#
# returns the Gini coefficient of the revenue per customer in the retail tables: every
# user in `users` counts, with revenue 0 for those who never bought, and a customer's
# revenue is the sum of `quantity * price` over all their transactions.

# %% nbgrader={"grade_id": "revenue_gini", "solution": true} autograde={"target_minutes": 20}
def gini(values) -> float:
    """Gini coefficient of non-negative values (0 = perfect equality)."""
    ### BEGIN SOLUTION
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    if n == 0:
        raise ValueError("gini needs at least one value")
    total = x.sum()
    if total == 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float(2 * np.sum(ranks * x) / (n * total) - (n + 1) / n)
    ### END SOLUTION


def customer_revenue_gini(con) -> float:
    """Gini coefficient of revenue per user, users without orders counted as 0."""
    ### BEGIN SOLUTION
    revenue = con.sql("""
        SELECT u.user_id, COALESCE(SUM(t.quantity * p.price), 0) AS revenue
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        LEFT JOIN products AS p ON p.product_id = t.product_id
        GROUP BY u.user_id
    """).df()
    return gini(revenue["revenue"].to_numpy())
    ### END SOLUTION


# %% nbgrader={"grade_id": "revenue_gini_test", "grade": true, "points": 2}
assert abs(float(gini([5.0, 5.0, 5.0])) - 0.0) < 1e-12, "equal values have a Gini of 0"
assert abs(float(gini([0.0, 0.0, 0.0, 8.0])) - 0.75) < 1e-12, (
    "one customer of four with all the revenue: the Gini is (n - 1) / n = 0.75; "
    f"got {float(gini([0.0, 0.0, 0.0, 8.0]))!r}"
)
### BEGIN HIDDEN TESTS
from autograde.probes import expect_close, expect_raises


def _ic_gini_pairs(x):
    x = np.asarray(x, dtype=float)
    return np.abs(x[:, None] - x[None, :]).sum() / (2 * len(x) ** 2 * x.mean())


_ic_x = np.random.default_rng(4).exponential(30.0, size=200)
_ic_x0 = _ic_x.copy()
expect_close(gini(_ic_x), _ic_gini_pairs(_ic_x), rel=1e-9, what="gini of 200 unsorted values")
assert np.array_equal(_ic_x, _ic_x0), "gini reordered or modified the array it was given"
expect_close(gini([3, 1, 2]), _ic_gini_pairs([3, 1, 2]), rel=1e-9, what="gini([3, 1, 2])")
expect_close(gini([0, 0, 0]), 0.0, what="gini of all zeros")
expect_close(gini([7.0]), 0.0, what="gini of one value")
expect_raises(ValueError, gini, [])
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "revenue_gini_test_2", "grade": true, "points": 1}
_got = customer_revenue_gini(con)
assert np.ndim(_got) == 0 and 0 <= float(_got) <= 1, (
    "customer_revenue_gini should return one number between 0 and 1"
)
### BEGIN HIDDEN TESTS
from autograde.probes import expect_close

_ic_want = con.sql("""
    WITH revenue AS (
        SELECT u.user_id, COALESCE(SUM(t.quantity * p.price), 0) AS revenue
        FROM users AS u
        LEFT JOIN transactions AS t ON t.user_id = u.user_id
        LEFT JOIN products AS p ON p.product_id = t.product_id
        GROUP BY u.user_id
    )
    SELECT SUM(ABS(r1.revenue - r2.revenue))
           / (2.0 * (SELECT COUNT(*) FROM revenue) * (SELECT SUM(revenue) FROM revenue))
    FROM revenue AS r1 CROSS JOIN revenue AS r2
""").fetchall()[0][0]
expect_close(
    _got, _ic_want, rel=1e-6, what="customer_revenue_gini (are the customers who never bought included?)"
)
### END HIDDEN TESTS
