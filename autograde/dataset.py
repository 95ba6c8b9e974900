"""The retail dataset: a seeded, vectorised generator that writes one DuckDB file.

Random data gives realistic volume; a handful of planted rows give the edge cases that
separate a correct answer from the common wrong ones (see ``datasets/README.md``).
"""

import os
from pathlib import Path

import numpy as np
import pandas as pd

DEFAULT_SEED = 2019
START = pd.Timestamp("2019-01-01 00:00:00")
END = pd.Timestamp("2020-12-31 23:59:59")
USERS_PER_SCALE = 3_000
PRODUCTS_PER_SCALE = 240
TRANSACTIONS_PER_SCALE = 60_000

FIRST_NAMES = (
    "Ada Alan Amara Ana Ben Chen Chloe Dana Diego Elif Emma Farah Grace Hana Ivan Jae Jonas Kai "
    "Lara Leo Lina Mateo Maya Mei Nia Noah Omar Priya Rafael Rosa Sam Sara Tariq Uma Vera Wei "
    "Yara Yusuf Zoe Zara"
).split()
LAST_NAMES = (
    "Adams Ahmed Baker Brown Chen Costa Das Diaz Evans Fischer Garcia Gupta Hall Ito Jensen Kim "
    "Kowalski Lee Lopez Martin Meyer Moreau Nair Novak Okafor Patel Rossi Sato Schmidt Silva "
    "Singh Smith Tanaka Nguyen Walker Wang Weber Wilson Yilmaz Zhang"
).split()
DEPARTMENTS = ("Engineering", "Operations", "Marketing", "Finance", "Data Science", "Customer Service")
COUNTRIES = ("US", "GB", "DE", "FR", "JP", "IN", "CA", "ES", "IT", "BR")
COUNTRY_WEIGHTS = (0.34, 0.1, 0.1, 0.08, 0.08, 0.1, 0.06, 0.05, 0.05, 0.04)
CATEGORIES = ("Books", "Electronics", "Home", "Kitchen", "Toys", "Beauty", "Sports", "Grocery")
ADJECTIVES = (
    "Classic Compact Deluxe Eco Everyday Golden Handy Lunar Mega Mini Nordic Pocket Pro Rapid "
    "Royal Silent Smart Solar Swift Urban Velvet Vivid Zen Prime"
).split()
NOUNS = (
    "Backpack Blender Candle Charger Cookbook Drone Headphones Kettle Lamp Mug Notebook Novel "
    "Puzzle Racket Scarf Serum Skillet Speaker Sneakers Tent Toaster Tumbler Watch Yoga-Mat"
).split()


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> dict[str, pd.DataFrame]:
    """All tables as DataFrames, identical for the same seed and scale."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    rng = np.random.default_rng(seed)
    employees = _employees(rng)
    users = _users(rng, max(50, int(USERS_PER_SCALE * scale)))
    products = _products(rng, max(40, int(PRODUCTS_PER_SCALE * scale)))
    transactions = _transactions(rng, users, products, max(500, int(TRANSACTIONS_PER_SCALE * scale)))
    reviews = _reviews(rng, transactions, len(products))
    return {
        "employees": employees, "users": users, "products": products,
        "transactions": transactions, "reviews": reviews,
    }


def _names(rng, n: int, unique: bool) -> np.ndarray:
    combos = np.array([f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES])
    return rng.choice(combos, size=n, replace=not unique)


def _employees(rng) -> pd.DataFrame:
    """An org chart: a CEO, one VP per department, managers under VPs, staff under managers."""
    n_vps, n_managers = len(DEPARTMENTS), 15
    team_sizes = rng.integers(3, 9, n_managers)
    winner = rng.integers(n_managers)
    team_sizes[winner] = team_sizes.max() + 2  # the largest team is unique by design
    n_staff = int(team_sizes.sum())
    n = 1 + n_vps + n_managers + n_staff
    ids = np.arange(1, n + 1)
    vp_ids = ids[1 : 1 + n_vps]
    manager_ids = ids[1 + n_vps : 1 + n_vps + n_managers]
    manager_dept = np.arange(n_managers) % n_vps
    staff_manager = np.repeat(np.arange(n_managers), team_sizes)
    rng.shuffle(staff_manager)

    manager_of = np.concatenate(
        [[-1], np.ones(n_vps, int), vp_ids[manager_dept], manager_ids[staff_manager]]
    )
    dept_index = np.concatenate([[-1], np.arange(n_vps), manager_dept, manager_dept[staff_manager]])
    salary = np.concatenate(
        [
            [420_000.0],
            rng.integers(240, 310, n_vps) * 1000.0,
            rng.integers(140, 200, n_managers) * 1000.0,
            rng.integers(70, 195, n_staff) * 1000.0,
        ]
    )
    staff = np.arange(1 + n_vps + n_managers, n)
    # Edge cases: one employee paid exactly what their manager earns, two with no salary yet.
    salary[staff[0]] = salary[manager_of[staff[0]] - 1]
    salary[staff[[1, 2]]] = np.nan
    hire_days = rng.integers(0, (pd.Timestamp("2020-12-31") - pd.Timestamp("2008-01-01")).days, n)
    hire_days[0] = 0
    return pd.DataFrame(
        {
            "employee_id": ids,
            "name": _names(rng, n, unique=True),
            "manager_id": pd.array(np.where(manager_of < 0, None, manager_of), dtype="Int64"),
            "department": np.where(dept_index < 0, "Executive", np.array(DEPARTMENTS)[dept_index]),
            "salary": salary,
            "hire_date": pd.Timestamp("2008-01-01") + pd.to_timedelta(hire_days, unit="D"),
        }
    )


def _users(rng, n: int) -> pd.DataFrame:
    signup_days = rng.integers(0, (END.normalize() - pd.Timestamp("2018-01-01")).days + 1, n)
    country = rng.choice(np.array(COUNTRIES, dtype=object), size=n, p=COUNTRY_WEIGHTS)
    country[rng.random(n) < 0.03] = None  # some users never told us their country
    return pd.DataFrame(
        {
            "user_id": np.arange(1, n + 1),
            "name": _names(rng, n, unique=False),  # namesakes exist: group by id, not name
            "signup_date": pd.Timestamp("2018-01-01") + pd.to_timedelta(signup_days, unit="D"),
            "country": country,
            "is_prime": rng.random(n) < 0.35,
        }
    )


def _products(rng, n: int) -> pd.DataFrame:
    names = np.array([f"{a} {b}" for a in ADJECTIVES for b in NOUNS])
    picked = rng.choice(len(names), size=n, replace=n > len(names))
    category = rng.choice(np.array(CATEGORIES, dtype=object), size=n)
    category[-4:] = "Garden"  # a category that sells only in 2019 (an empty group in 2020)
    category[-5] = None  # one product nobody categorised
    return pd.DataFrame(
        {
            "product_id": np.arange(1, n + 1),
            "name": [f"{names[i]} {k + 1}" for k, i in enumerate(picked)],
            "category": category,
            "price": np.round(np.exp(rng.normal(3.3, 0.8, n)) + 1.99, 2),
        }
    )


def _transactions(rng, users: pd.DataFrame, products: pd.DataFrame, n: int) -> pd.DataFrame:
    n_users, n_products = len(users), len(products)
    start_s, end_s = START.value // 10**9, END.value // 10**9
    signup_s = users["signup_date"].to_numpy("datetime64[s]").astype(np.int64)

    buyers = np.flatnonzero(rng.random(n_users) < 0.88)
    activity = rng.gamma(0.8, 1.0, buyers.size)
    user_idx = rng.choice(buyers, size=n, p=activity / activity.sum())
    lo = np.maximum(signup_s[user_idx], start_s)
    created = lo + (rng.random(n) * (end_s - lo)).astype(np.int64)

    popularity = 1.0 / rng.permutation(np.arange(1, n_products + 1)) ** 0.8
    never_sold = rng.choice(n_products - 5, size=max(3, n_products // 40), replace=False)
    garden = np.arange(n_products - 4, n_products)
    popularity[never_sold] = 0.0
    popularity[garden] = 0.0  # sold only through the 2019 rows below
    product_idx = rng.choice(n_products, size=n, p=popularity / popularity.sum())
    quantity = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.6, 0.2, 0.1, 0.06, 0.04])

    garden_rows = rng.choice(n, size=40, replace=False)
    product_idx[garden_rows] = rng.choice(garden, size=40)
    created[garden_rows] = np.minimum(created[garden_rows], start_s + 364 * 86400)
    lo = np.maximum(signup_s[user_idx], start_s)
    ok = created >= lo  # keep only purchases made after signing up
    frame = pd.DataFrame(
        {"user": user_idx[ok], "product": product_idx[ok], "quantity": quantity[ok], "t": created[ok]}
    )
    frame = _plant_edge_cases(rng, frame, users, products, never_sold)
    frame = frame.sort_values(["t", "user", "product"], kind="stable").reset_index(drop=True)
    return pd.DataFrame(
        {
            "transaction_id": np.arange(1, len(frame) + 1),
            "user_id": users["user_id"].to_numpy()[frame["user"]],
            "product_id": products["product_id"].to_numpy()[frame["product"]],
            "quantity": frame["quantity"].to_numpy(),
            "created_at": pd.to_datetime(frame["t"].to_numpy(), unit="s"),
        }
    )


def _plant_edge_cases(rng, frame, users, products, never_sold) -> pd.DataFrame:
    """Rows that trip the common wrong answers (boundaries, 0-vs-missing, first-purchase lags)."""
    ts = lambda s: pd.Timestamp(s).value // 10**9
    q3, q4 = (ts("2020-07-01"), ts("2020-10-01")), (ts("2020-10-01"), ts("2021-01-01"))
    in_q3 = (frame["t"] >= q3[0]) & (frame["t"] < q3[1])
    in_q4 = (frame["t"] >= q4[0]) & (frame["t"] < q4[1])
    sold = np.setdiff1d(np.arange(len(products) - 5), never_sold)
    riser, faller = rng.choice(sold, size=2, replace=False)
    frame = frame[~((frame["product"] == riser) & in_q3) & ~((frame["product"] == faller) & in_q4)]

    # The riser has no 2020-Q3 sales and enough Q4 sales to rank among the top growers,
    # so joining the two quarters with an inner join loses it.
    price = products["price"].to_numpy()
    revenue = frame["quantity"] * price[frame["product"]]
    q3_rev = revenue[in_q3.loc[frame.index]].groupby(frame["product"]).sum()
    q4_rev = revenue[in_q4.loc[frame.index]].groupby(frame["product"]).sum()
    best_growth = q4_rev.sub(q3_rev, fill_value=0).max()
    needed = best_growth * 0.8 - q4_rev.get(riser, 0.0)
    n_riser = max(1, int(np.ceil(needed / (5 * price[riser]))))
    early = users.index[users["signup_date"] < pd.Timestamp("2019-01-01")].to_numpy()
    planted = [
        pd.DataFrame(
            {
                "user": rng.choice(early, n_riser),
                "product": riser,
                "quantity": 5,
                "t": rng.integers(q4[0], q4[1], n_riser),
            }
        )
    ]
    # Purchases on the exact edges of the years, quarters and the data window.
    edges = [
        "2019-01-01 00:00:00", "2019-12-31 23:59:59", "2020-01-01 00:00:00",
        "2020-06-30 23:59:59", "2020-07-01 00:00:00", "2020-09-30 23:59:59",
        "2020-10-01 00:00:00", "2020-12-31 00:00:00", "2020-12-31 23:59:59",
    ]  # fmt: skip
    planted.append(
        pd.DataFrame(
            {
                "user": rng.choice(early, len(edges)),
                "product": rng.choice(sold[sold != faller], len(edges)),
                "quantity": rng.integers(1, 4, len(edges)),
                "t": [ts(e) for e in edges],
            }
        )
    )
    # Signed up in 2020 and first bought on the signup day, exactly 7 days later (late evening)
    # and 8 days later: the boundaries of a "converted within 7 days" question.
    bought = set(frame["user"])
    fresh = users.index[
        (users["signup_date"] >= pd.Timestamp("2020-02-01"))
        & (users["signup_date"] < pd.Timestamp("2020-11-01"))
        & ~users.index.isin(list(bought))
    ].to_numpy()[:3]
    signup = users["signup_date"].to_numpy("datetime64[s]").astype(np.int64)[fresh]
    planted.append(
        pd.DataFrame(
            {
                "user": fresh,
                "product": rng.choice(sold, len(fresh)),
                "quantity": 1,
                "t": signup + np.array([9 * 3600, 7 * 86400 + 23 * 3600, 8 * 86400 + 600])[: len(fresh)],
            }
        )
    )
    return pd.concat([frame, *planted], ignore_index=True)


def _reviews(rng, transactions: pd.DataFrame, n_products: int) -> pd.DataFrame:
    """Ratings left after some purchases, with resubmitted duplicates and changed minds."""
    picked = transactions[rng.random(len(transactions)) < 0.2]
    quality = rng.normal(3.8, 0.6, n_products + 1)  # per-product mean rating
    rating = np.clip(np.rint(quality[picked["product_id"].to_numpy()] + rng.normal(0, 1, len(picked))), 1, 5)
    delay = pd.to_timedelta(rng.integers(3600, 30 * 86400, len(picked)), unit="s")
    frame = pd.DataFrame(
        {
            "user_id": picked["user_id"].to_numpy(),
            "product_id": picked["product_id"].to_numpy(),
            "rating": rating.astype(int),
            "created_at": (picked["created_at"] + delay).to_numpy(),
        }
    )
    frame = frame[frame["created_at"] <= END]
    # Double-clicked submit buttons: the same review again a few seconds later.
    dupes = frame.sample(frac=0.01, random_state=int(rng.integers(2**31)))
    dupes = dupes.assign(created_at=dupes["created_at"] + pd.to_timedelta(rng.integers(1, 20, len(dupes)), unit="s"))
    # Changed minds: a second review of the same product, days later, with another rating.
    edits = frame.sample(frac=0.02, random_state=int(rng.integers(2**31)))
    edits = edits.assign(
        rating=(edits["rating"] % 5) + 1,
        created_at=edits["created_at"] + pd.to_timedelta(rng.integers(2, 10, len(edits)), unit="D"),
    )
    edits = edits[edits["created_at"] <= END]
    frame = pd.concat([frame, dupes, edits]).sort_values(["created_at", "user_id", "product_id"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "review_id", np.arange(1, len(frame) + 1))
    return frame


SCHEMA = {
    "employees": "employee_id INTEGER, name VARCHAR, manager_id INTEGER, department VARCHAR, "
    "salary DOUBLE, hire_date DATE",
    "users": "user_id INTEGER, name VARCHAR, signup_date DATE, country VARCHAR, is_prime BOOLEAN",
    "products": "product_id INTEGER, name VARCHAR, category VARCHAR, price DOUBLE",
    "transactions": "transaction_id INTEGER, user_id INTEGER, product_id INTEGER, quantity INTEGER, "
    "created_at TIMESTAMP",
    "reviews": "review_id INTEGER, user_id INTEGER, product_id INTEGER, rating INTEGER, created_at TIMESTAMP",
}


def write_database(path: Path, seed: int = DEFAULT_SEED, scale: float = 1.0, progress=None,
                   real_data: bool = True) -> Path:
    """Generate the tables (and load the real datasets) into ``path`` atomically: a temp file, then a rename."""
    import duckdb

    from .database import DATA_VERSION
    from .real_data import load_real_data

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tables = generate(seed, scale)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for name, frame in tables.items():
            columns = ", ".join(c.split()[0] for c in SCHEMA[name].split(", "))
            con.execute(f"CREATE TABLE {name} ({SCHEMA[name]})")
            con.register("frame", frame)
            con.execute(f"INSERT INTO {name} SELECT {columns} FROM frame")
            con.unregister("frame")
            if progress:
                progress(name, len(frame))
        if real_data:
            load_real_data(con, progress)
        con.execute(
            "CREATE TABLE dataset_info AS SELECT ? AS seed, ? AS scale, ? AS version", [seed, scale, DATA_VERSION]
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
    return path

