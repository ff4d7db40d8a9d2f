"""The few SQL fragments that differ between SQLite and PostgreSQL, in one place.

Everything else the read side writes by hand is plain SQL both engines run alike. Where the engines
differ, PostgreSQL is made to give SQLite's answer: the same full-text matches (words folded to
lower case without accents, every word a prefix), the same order of text (byte order: ``COLLATE "C"``),
the same reading of a reference ("115.10" after "115.9").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, String, bindparam, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

# The ids of recommendations matching a full-text query made by recommendation_list.fts_query (SQLite)
# or by its words (PostgreSQL: every folded word a prefix of a word of the ref, text or States).
FTS_IDS = {
    "sqlite": "SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH ?",
    "postgresql": "SELECT id FROM recommendation WHERE search_vector @@ (SELECT upr_search_query(?))",
}
FTS_IDS_NAMED = {
    "sqlite": "SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :fts",
    "postgresql": "SELECT id FROM recommendation WHERE search_vector @@ (SELECT upr_search_query(:fts))",
}
# The same match, among given ids only (a server's first page, recommendation_list.first_ids): ts_match_vq
# rather than @@ so that the planner reads these few rows by their primary key, never the whole GIN posting list.
FTS_IDS_AMONG_PG = "SELECT id FROM recommendation WHERE id = ANY(?) AND ts_match_vq(search_vector, (SELECT upr_search_query(?)))"

# The reference's order (ix_recommendation_ref_sort of migration 0003 matches it exactly).
REF_ORDER = {
    "sqlite": (
        "CAST(recommendation.ref AS INTEGER), "
        "CAST(substr(recommendation.ref, instr(recommendation.ref, '.') + 1) AS INTEGER) * (instr(recommendation.ref, '.') > 0), "
        "recommendation.ref"
    ),
    "postgresql": "upr_ref_major(recommendation.ref), upr_ref_minor(recommendation.ref), recommendation.ref COLLATE \"C\"",
}
TEXT_ORDER = {
    "sqlite": "substr(recommendation.text, 1, 80)",
    "postgresql": "substr(recommendation.text, 1, 80) COLLATE \"C\"",
}


def name(session_or_conn: Any) -> str:
    bind = session_or_conn.get_bind() if hasattr(session_or_conn, "get_bind") else session_or_conn
    return str(bind.dialect.name)


def collated(column: str, dialect: str) -> str:
    """A text sort key in byte order on both engines."""
    return f'{column} COLLATE "C"' if dialect == "postgresql" else column


class SearchMatch(ColumnElement[bool]):
    """``<id column> matches <fts query>``, compiled for the engine the statement runs on.

    SQLite: the id is in the FTS5 index's answer; PostgreSQL: the row's search column matches.
    """

    inherit_cache = True
    type = Boolean()

    def __init__(self, id_column: Any, query: str) -> None:
        self.id_column = id_column
        self.query = bindparam("fts", query, unique=True, type_=String())


def _sqlite_match(element: SearchMatch, compiler: Any, **kw: Any) -> str:
    return (f"{compiler.process(element.id_column, **kw)} IN (SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH "
            f"{compiler.process(element.query, **kw)})")


def _pg_match(element: SearchMatch, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.id_column, **kw)
    table = column.rsplit(".", 1)[0] if "." in column else "recommendation"
    # The query once per statement (an InitPlan), not once per row when the planner scans the table.
    return f"{table}.search_vector @@ (SELECT upr_search_query({compiler.process(element.query, **kw)}))"


_SUM = "sum("
_QUARTER_SQLITE = "strftime('%Y', held_on) || '-Q' || ((CAST(strftime('%m', held_on) AS INTEGER) + 2) / 3)"
_QUARTER_PG = "to_char(held_on, 'YYYY') || '-Q' || extract(quarter FROM held_on)::int"


def sqlite_to_postgres(sql: str) -> str:
    """The Dashboard's figure queries (core/read/metrics.py), written for SQLite, as PostgreSQL reads them.

    SQLite adds up conditions (``sum(x = 1)``) and stores them in integer columns; PostgreSQL's
    conditions are booleans: each becomes ``(...)::int``. Its temporary schema is ``pg_temp``, flags
    are compared with FALSE, and a quarter is read with ``extract``.
    """
    sql = sql.replace("temp.", "pg_temp.").replace("confidential = 0", "confidential = FALSE").replace(" CROSS JOIN ", " JOIN ")
    sql = sql.replace(_QUARTER_SQLITE, _QUARTER_PG)
    sql = sql.replace("r.lead_group IS NOT NULL,", "(r.lead_group IS NOT NULL)::int,")
    sql = sql.replace("(m.response = 'supported')", "(m.response = 'supported')::int")
    out, i = [], 0
    while (j := sql.find(_SUM, i)) >= 0:
        depth, k = 1, j + len(_SUM)
        while depth and k < len(sql):
            depth += {"(": 1, ")": -1}.get(sql[k], 0)
            k += 1
        inner = sql[j + len(_SUM):k - 1]
        condition = any(op in inner for op in ("=", "<", ">", "EXISTS", " IN ", " IS "))
        out.append(sql[i:j] + (f"sum(({sqlite_to_postgres(inner)})::int)" if condition else sql[j:k]))
        i = k
    out.append(sql[i:])
    return "".join(out)


compiles(SearchMatch)(_sqlite_match)
compiles(SearchMatch, "postgresql")(_pg_match)


class JsonInteger(ColumnElement[int]):
    """The integer under ``key`` in a JSON object stored as text (NULL when it is not an object), on either engine."""

    inherit_cache = True
    type = Integer()

    def __init__(self, expr: Any, key: str) -> None:
        self.expr = expr
        self.key = key


def _sqlite_json_integer(element: JsonInteger, compiler: Any, **kw: Any) -> str:
    return f"json_extract({compiler.process(element.expr, **kw)}, '$.{element.key}')"


def _pg_json_integer(element: JsonInteger, compiler: Any, **kw: Any) -> str:
    value = f"({compiler.process(element.expr, **kw)})::jsonb"
    return f"(CASE WHEN jsonb_typeof({value}) = 'object' THEN ({value} ->> '{element.key}')::bigint END)"


compiles(JsonInteger)(_sqlite_json_integer)
compiles(JsonInteger, "postgresql")(_pg_json_integer)
