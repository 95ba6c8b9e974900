"""What the shared header cell of every notebook uses: the database and result display."""

import os
import re

from .paths import database_path

_state = {"connection": None, "sql_url": None}
_STORED_RESULT = re.compile(r"\s*%%sql\s+(\w+)\s*<<")


def open_retail_database():
    """A read-only DuckDB connection to the retail data (built first if it is missing or stale)."""
    from .database import connect_read_only, ensure_database

    path = ensure_database(database_path())
    con = connect_read_only(path)
    _state["connection"] = con
    return con


def reference_cursor():
    """A fresh cursor for reference queries, untouched by the learner's use of ``con``.

    If the session's connection is not the read-only retail database any more (a notebook
    swapped it for one of its own), the database is opened again.
    """
    import duckdb

    con = _state["connection"]
    if isinstance(con, duckdb.DuckDBPyConnection):
        cursor = con.cursor()
        try:
            ((path, mode),) = cursor.execute("SELECT path, current_setting('access_mode') FROM duckdb_databases() "
                                             "WHERE database_name = current_database()").fetchall()
            if path and os.path.samefile(path, database_path()) and str(mode).lower() == "read_only":
                return cursor
        except (duckdb.Error, OSError, TypeError):
            pass
        cursor.close()
    return open_retail_database().cursor()


def reference_frame(query: str):
    """A reference query's rows as a DataFrame, on the engine the session's ``%%sql`` cells use."""
    if _state["sql_url"]:
        from .postgres import reference_frame as on_postgres

        return on_postgres(_state["sql_url"], query)
    cursor = reference_cursor()
    try:
        return cursor.sql(query).df()
    finally:
        cursor.close()


def start_session():
    """Open the retail database and connect jupysql to it, without jupysql's start-up chatter.

    Equivalent to ``%load_ext sql``, ``%config SqlMagic.feedback = 0``,
    ``%config SqlMagic.displaycon = False``, ``%config SqlMagic.autopandas = True`` and
    ``%sql con``, plus ``show_sql_results()``; warnings print to stdout. Returns the DuckDB
    connection.

    With ``AUTOGRADE_SQL_URL=postgresql://...`` set, everything runs on that PostgreSQL
    server instead (read-only): the ``%%sql`` cells, ``con.sql(...)`` (a DataFrame) and the
    reference queries of the hidden tests. See ``docs/postgresql.md``.
    """
    from IPython import get_ipython
    from IPython.utils.capture import capture_output

    _state["sql_url"] = os.environ.get("AUTOGRADE_SQL_URL", "").strip() or None
    if _state["sql_url"]:
        from . import postgres

        con = postgres.Connection(_state["sql_url"])
    else:
        con = open_retail_database()
    shell = get_ipython()
    if shell is None:
        return con
    _warnings_to_stdout()
    with capture_output():  # jupysql announces the config files it looked for
        shell.run_line_magic("load_ext", "sql")
    for setting in ("feedback = 0", "displaycon = False", "autopandas = True"):
        shell.run_line_magic("config", f"SqlMagic.{setting}")
    # jupysql gets a cursor of its own: whatever a learner does with `con` cannot break it.
    if _state["sql_url"]:
        shell.user_ns["_autograde_sql_cursor"] = postgres.sqlalchemy_engine(_state["sql_url"])
    else:
        shell.user_ns["_autograde_sql_cursor"] = con.cursor()
    shell.run_line_magic("sql", "_autograde_sql_cursor")
    show_sql_results()
    _short_sql_errors(shell)
    _time_exercises(shell)
    return con


def _time_exercises(shell) -> None:
    """Log this notebook's cell runs for the time-per-exercise report (never inside a grader)."""
    from .selfcheck import being_graded, notebook_path
    from .timing import record_cell_times

    path = notebook_path()
    if path is not None and not being_graded() and not getattr(shell, "_autograde_timing", False):
        shell._autograde_timing = True
        record_cell_times(shell, path)


def _warnings_to_stdout() -> None:
    """Show warnings on stdout: nbgrader scores a test cell 0 if it writes to stderr."""
    import sys
    import warnings

    def show(message, category, filename, lineno, file=None, line=None):
        sys.stdout.write(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = show


def _short_sql_errors(shell) -> None:
    """Show a failing query's database message alone, without jupysql's hints or a traceback."""
    import duckdb
    from IPython.core.error import UsageError

    database_errors = (duckdb.Error,)
    if _state["sql_url"]:
        import psycopg
        import sqlalchemy.exc

        database_errors += (psycopg.Error, sqlalchemy.exc.DBAPIError)

    def handler(shell, etype, value, tb, tb_offset=None):
        cause = value
        while cause.__cause__ is not None:
            cause = cause.__cause__
        message = str(cause).strip()
        stb = [f"SQL error: {message}" if isinstance(cause, database_errors) else message]
        shell._showtraceback(etype, value, stb)  # what IPython's own showtraceback calls
        return stb

    shell.set_custom_exc((*database_errors, UsageError), handler)


def show_sql_results() -> None:
    """Display the table an ``%%sql name <<`` cell stores, right under the cell.

    A stale value never shows: the name is cleared before the cell runs, so a query that
    fails leaves the name undefined.
    """
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or getattr(shell, "_autograde_display", False):
        return
    shell._autograde_display = True

    def stored_name(info) -> str | None:
        match = _STORED_RESULT.match(getattr(info, "raw_cell", "") or "")
        return match.group(1) if match else None

    def before(info) -> None:
        name = stored_name(info)
        if name:
            shell.user_ns.pop(name, None)

    def after(result) -> None:
        name = stored_name(result.info)
        if name and name in shell.user_ns:
            from IPython.display import display

            display(shell.user_ns[name])

    shell.events.register("pre_run_cell", before)
    shell.events.register("post_run_cell", after)
