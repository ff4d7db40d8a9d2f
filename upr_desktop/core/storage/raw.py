"""Plain DB-API access for the hot read and bulk-write paths, the same on both engines.

The app reads 100,000 ids straight from the driver's cursor (a third of the ORM's time). Those
statements are written once, with ``?`` placeholders and SQL both engines understand; on
PostgreSQL the cursor here turns ``?`` into psycopg's ``%s`` (and a literal ``%`` into ``%%``).
Nothing outside ``core/storage`` writes a driver-specific placeholder.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def _qmark_to_format(sql: str) -> str:
    out: list[str] = []
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
        if ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


class QmarkCursor:
    """A psycopg cursor that takes ``?`` placeholders, like sqlite3's."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Any = None) -> QmarkCursor:
        if params is None:
            self._cursor.execute(sql)
        else:
            self._cursor.execute(_qmark_to_format(sql), tuple(params))
        return self

    def executemany(self, sql: str, rows: Any) -> QmarkCursor:
        self._cursor.executemany(_qmark_to_format(sql), [tuple(r) for r in rows])
        return self

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def __iter__(self) -> Any:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def close(self) -> None:
        self._cursor.close()


class QmarkConnection:
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def cursor(self) -> QmarkCursor:
        return QmarkCursor(self._connection.cursor())

    def execute(self, sql: str, params: Any = None) -> QmarkCursor:
        return self.cursor().execute(sql, params)


def is_postgres(session_or_conn: Any) -> bool:
    bind = session_or_conn.get_bind() if isinstance(session_or_conn, Session) else session_or_conn
    return bool(bind.dialect.name == "postgresql")


def wrap(dbapi_connection: Any) -> Any:
    """A DB-API connection taking ``?`` placeholders: sqlite3's as it is, psycopg's wrapped."""
    if type(dbapi_connection).__module__.startswith("psycopg"):
        return QmarkConnection(dbapi_connection)
    return dbapi_connection


def connection(session: Session) -> Any:
    """The session's own DB-API connection (in its transaction), taking ``?`` placeholders."""
    return wrap(session.connection().connection.dbapi_connection)


def cursor(session: Session) -> Any:
    return connection(session).cursor()


def serialise(session: Session, name: str) -> None:
    """Let one transaction at a time do ``name`` (a merge, an import) on a shared server: a PostgreSQL advisory
    lock held until this transaction ends. A workspace file needs none: one process holds it at a time."""
    if is_postgres(session):
        from sqlalchemy import text

        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"upr-desktop:{name}"})
