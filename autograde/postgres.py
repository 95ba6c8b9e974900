"""PostgreSQL as a second engine: load the course's tables into it, and query it from notebooks.

DuckDB stays the default. With ``AUTOGRADE_SQL_URL=postgresql://user@host:port/dbname`` set,
``notebook.start_session()`` points the ``%%sql`` cells, ``con.sql(...)`` and the reference
queries of the hidden tests at that server instead (see ``docs/postgresql.md``);
``autograde data --postgres URL`` copies the tables of the DuckDB file into the server first.
psycopg (3) and SQLAlchemy are imported only in here, so the DuckDB path never pays for them.
"""

import tempfile
from pathlib import Path

#: DuckDB column types and their PostgreSQL equivalents (DuckDB's information_schema spelling).
PG_TYPES = {
    "BOOLEAN": "boolean",
    "TINYINT": "smallint",
    "SMALLINT": "smallint",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "HUGEINT": "numeric",
    "FLOAT": "real",
    "DOUBLE": "double precision",
    "VARCHAR": "text",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "TIME": "time",
    "INTERVAL": "interval",
}


#: Money columns use PostgreSQL's exact type (DOUBLE in DuckDB): the values are the same, cents
#: exactly, and ``ROUND(SUM(quantity * price), 2)`` works as written, since PostgreSQL has no
#: ``ROUND(double precision, integer)``.
PG_COLUMN_TYPES = {
    ("main", "products", "price"): "numeric(12, 2)",
    ("main", "employees", "salary"): "numeric(12, 2)",
}


#: Keys and indexes a PostgreSQL schema of this shop would have: primary keys on the ids and
#: an index on every foreign key (PostgreSQL, unlike DuckDB, runs a correlated subquery once
#: per row, and without these some reference queries take tens of seconds instead of one).
PG_KEYS = {
    "employees": ("employee_id", ["manager_id"]),
    "users": ("user_id", []),
    "products": ("product_id", []),
    "transactions": ("transaction_id", ["user_id", "product_id"]),
    "reviews": ("review_id", ["user_id", "product_id"]),
}


def libpq_url(url: str) -> str:
    """``postgresql://``, ``postgres://`` or SQLAlchemy's ``postgresql+psycopg://``, for libpq."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+")[0] not in ("postgresql", "postgres"):
        from .errors import CourseError

        raise CourseError(f"not a PostgreSQL URL (postgresql://user@host:port/dbname): {url!r}")
    return f"postgresql://{rest}"


def sqlalchemy_url(url: str) -> str:
    """The same server as a SQLAlchemy URL with the psycopg (3) driver."""
    return "postgresql+psycopg://" + libpq_url(url).partition("://")[2]


def connect(url: str, *, read_only: bool = True):
    """A psycopg connection in autocommit mode; read-only unless asked otherwise."""
    import psycopg

    options = "-c default_transaction_read_only=on" if read_only else None
    return psycopg.connect(libpq_url(url), autocommit=True, options=options)


def frame(cursor) -> "pd.DataFrame":  # noqa: F821
    """The rows of the last query run by a psycopg cursor, as a DataFrame."""
    import pandas as pd

    if cursor.description is None:
        return pd.DataFrame()
    columns = [d.name for d in cursor.description]
    return pd.DataFrame.from_records(cursor.fetchall(), columns=columns, coerce_float=True)


class Connection:
    """What a notebook's ``con`` is on PostgreSQL: ``con.sql("...")`` gives a DataFrame."""

    def __init__(self, url: str):
        self.url = url
        self._con = connect(url)

    def sql(self, query: str, params=None):
        with self._con.cursor() as cursor:
            cursor.execute(query, params)
            return frame(cursor)

    query = sql

    def execute(self, query: str, params=None):
        return self._con.execute(query, params)

    def cursor(self):
        return self._con.cursor()

    def close(self) -> None:
        self._con.close()

    def __repr__(self) -> str:
        return f"<PostgreSQL connection to {self.url} (read-only)>"


def reference_frame(url: str, query: str):
    """Run a reference query on a fresh read-only connection; the rows as a DataFrame."""
    with connect(url) as con, con.cursor() as cursor:
        cursor.execute(query)
        return frame(cursor)


def sqlalchemy_engine(url: str):
    """A read-only SQLAlchemy engine for jupysql."""
    from sqlalchemy import create_engine

    return create_engine(
        sqlalchemy_url(url), connect_args={"options": "-c default_transaction_read_only=on"}
    )


def _duckdb_tables(con, schemas) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rows = con.execute(
        "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns"
        " WHERE table_catalog = current_database()"
        " ORDER BY table_schema, table_name, ordinal_position"
    ).fetchall()
    tables: dict[tuple[str, str], list] = {}
    for schema, table, column, dtype in rows:
        if schemas is None or schema in schemas:
            tables.setdefault((schema, table), []).append((column, dtype))
    return [(s, t, cols) for (s, t), cols in tables.items()]


def _pg_type(duck_type: str) -> str:
    if duck_type.startswith("DECIMAL"):
        return duck_type.replace("DECIMAL", "numeric")
    if duck_type not in PG_TYPES:
        raise ValueError(f"no PostgreSQL type for DuckDB's {duck_type}")
    return PG_TYPES[duck_type]


def load_database(url: str, source: Path | None = None, *, real_data: bool = True,
                  progress=None) -> list[str]:
    """Copy the tables of the DuckDB file ``source`` into the PostgreSQL database at ``url``.

    ``source`` defaults to the course's database (built first if missing or stale). Tables are
    replaced (dropped and created again); the retail tables land in ``public``, the real
    datasets (``nyc``, ``telco``, ``oj``) in schemas of the same names unless ``real_data`` is
    false. Types follow ``PG_TYPES`` and ``PG_COLUMN_TYPES``; the retail tables get ``PG_KEYS``.
    Returns the names of the tables loaded; ``progress(name)`` is called after each.
    """
    import duckdb

    from .database import ensure_database
    from .paths import database_path

    source = ensure_database(Path(source or database_path()))
    schemas = None if real_data else {"main"}
    duck = duckdb.connect(str(source), read_only=True)
    loaded = []
    try:
        with connect(url, read_only=False) as pg, tempfile.TemporaryDirectory() as tmp:
            for schema, table, columns in _duckdb_tables(duck, schemas):
                pg_schema = "public" if schema == "main" else schema
                target = f'"{pg_schema}"."{table}"'
                csv = Path(tmp) / f"{schema}.{table}.csv"
                duck.execute(f"COPY \"{schema}\".\"{table}\" TO '{csv}' (HEADER, DELIMITER ',')")
                with pg.transaction():
                    pg.execute(f'CREATE SCHEMA IF NOT EXISTS "{pg_schema}"')
                    pg.execute(f"DROP TABLE IF EXISTS {target}")
                    spec = ", ".join(
                        f'"{c}" {PG_COLUMN_TYPES.get((schema, table, c)) or _pg_type(t)}'
                        for c, t in columns
                    )
                    pg.execute(f"CREATE TABLE {target} ({spec})")
                    copy_in = f"COPY {target} FROM STDIN (FORMAT csv, HEADER true)"
                    with pg.cursor().copy(copy_in) as copy:
                        with open(csv, "rb") as handle:
                            while block := handle.read(1 << 20):
                                copy.write(block)
                    if pg_schema == "public" and table in PG_KEYS:
                        key, foreign = PG_KEYS[table]
                        pg.execute(f'ALTER TABLE {target} ADD PRIMARY KEY ("{key}")')
                        for column in foreign:
                            pg.execute(f'CREATE INDEX ON {target} ("{column}")')
                pg.execute(f"ANALYZE {target}")
                csv.unlink()
                name = table if pg_schema == "public" else f"{pg_schema}.{table}"
                loaded.append(name)
                if progress:
                    progress(name)
    finally:
        duck.close()
    return loaded
