"""Is the database file there and current? Rebuild it if not (pandas only when rebuilding)."""

from pathlib import Path

#: Bumped whenever the tables change, so an older database file is rebuilt, never used stale.
DATA_VERSION = 2
#: Inside a grader, SQL can read no file but the database (no ATTACH, COPY TO, read_csv of a
#: path) and change no setting; every read-only connection of a process must share it.
GRADING_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def connect_read_only(path):
    """A read-only DuckDB connection (locked down with GRADING_CONFIG inside a grader)."""
    import duckdb

    from .selfcheck import being_graded

    return duckdb.connect(str(path), read_only=True, config=GRADING_CONFIG if being_graded() else {})


def database_settings(path: Path) -> dict | None:
    """Seed, scale and version of an existing database file; None if it is missing or unreadable."""
    import duckdb

    if not Path(path).exists():
        return None
    try:
        con = connect_read_only(path)
    except duckdb.Error:
        return None
    try:
        columns = [row[0] for row in con.execute("DESCRIBE dataset_info").fetchall()]
        row = con.execute("SELECT * FROM dataset_info").fetchall()[0]
    except (duckdb.Error, IndexError):
        return None
    finally:
        con.close()
    settings = dict(zip(columns, row))
    settings.setdefault("version", 1)
    return settings


def ensure_database(path: Path, progress=None) -> Path:
    """Build the database if it is missing or older than this code; keep its seed and scale."""
    settings = database_settings(path)
    if settings and settings["version"] == DATA_VERSION:
        return Path(path)
    from .dataset import DEFAULT_SEED, write_database

    seed = settings["seed"] if settings else DEFAULT_SEED
    scale = settings["scale"] if settings else 1.0
    return write_database(path, seed=seed, scale=scale, progress=progress)
