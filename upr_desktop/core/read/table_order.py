"""The whole table's order by each column, computed once and reused until the data changes.

Typing in the search box or changing a filter must repaint 100,000 recommendations in a blink:
sorting them again in SQL for every keystroke cost several hundred milliseconds. Instead each
column's full order (empty values last, ties by id) is computed once — walking the sort indexes of
migrations 0003 (ref) and 0005 (text, recommending States) where they exist — and a filtered list is that order with the
filtered-out ids dropped. A fingerprint of the data (newest operation, newest and number of
recommendations: ``changelog.data_version``) tells when a cached order is stale.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.storage import engine_sql, raw
from upr_desktop.core.services.changelog import data_version
from upr_desktop.core.read.stopping import checkpoint

def _plain(dialect: str) -> dict[str, str]:
    return {"ref": engine_sql.REF_ORDER[dialect], "text": engine_sql.TEXT_ORDER[dialect], "response": engine_sql.collated("recommendation.response", dialect)}


# Columns that may be empty: (sort key, condition for "has a value", condition for "empty").
# "Empty" is exactly NOT (has a value) OR key IS NULL, written so that an index on the key serves it.
_NULLABLE = {
    "recommending_states": ("recommendation.recommending_states", "recommendation.recommending_states NOT IN ('[]', '')",
                            "recommendation.recommending_states IN ('[]', '') OR recommendation.recommending_states IS NULL"),
    "lead_group": ("recommendation.lead_group", "recommendation.lead_group IS NOT NULL", "recommendation.lead_group IS NULL"),
    "status": ("recommendation.current_status", "recommendation.current_status IS NOT NULL", "recommendation.current_status IS NULL"),
    "last_assessed": ("recommendation.last_assessed_on", "recommendation.last_assessed_on IS NOT NULL",
                      "recommendation.last_assessed_on IS NULL"),
}
CACHED_ORDERS = 2 * 8  # both directions of every column (the GUI warms them all while idle)


def raw_rows(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """A query's rows straight from the DB-API cursor: 100,000 rows in a third of the ORM's time."""
    cursor = raw.cursor(session)
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def raw_ids(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[int]:
    """First column of a query (see :func:`raw_rows`)."""
    return [row[0] for row in raw_rows(session, sql, params)]


def _ascending(session: Session, column: str) -> tuple[list[int], list[int]]:
    """(ids with a value, in ascending order; ids without one, by id): both directions come from it."""
    dialect = engine_sql.name(session)
    plain = _plain(dialect)
    if column in plain:
        return raw_ids(session, f"SELECT id FROM recommendation ORDER BY {plain[column]}, id"), []
    if column in _NULLABLE:
        key, has_value, _is_empty = _NULLABLE[column]
        key = key if column == "last_assessed" else engine_sql.collated(key, dialect)
        filled = raw_ids(session, f"SELECT id FROM recommendation WHERE {has_value} ORDER BY {key}, id")
        # The rest (exactly the rows where _is_empty holds): every id less these, from the cached ref order.
        return filled, sorted(_every_id(session).difference(filled))
    if column == "themes":
        return _by_first_theme(session)
    raise ValueError(f"cannot sort by {column!r}")


def _by_first_theme(session: Session) -> tuple[list[int], list[int]]:
    """By the alphabetically first theme (themes ranked by name, then id); no theme last, by id.

    One read of the link table and a tally in Python: SQLite's GROUP BY and sort over ~200,000 links
    took 110-180 ms on 100,000 recommendations (over 300 ms while the app was starting), this ~90-110.
    """
    every = _every_id(session)
    by_name = engine_sql.collated("name", engine_sql.name(session))
    rank = {theme_id: n for n, theme_id in enumerate(raw_ids(session, f"SELECT id FROM theme ORDER BY {by_name}, id"))}
    first: dict[int, int] = {}
    get = first.get
    links = raw_rows(session, "SELECT recommendation_id, theme_id FROM recommendation_theme")
    checkpoint()  # idle work gives way to a person's request (core.stopping)
    for rec_id, theme_id in links:
        position = rank[theme_id]
        if position < get(rec_id, _NO_THEME):
            first[rec_id] = position
    by_rank: dict[int, list[int]] = {}
    for rec_id, position in first.items():
        if rec_id in every:
            by_rank.setdefault(position, []).append(rec_id)
    filled = [rec_id for position in sorted(by_rank) for rec_id in sorted(by_rank[position])]
    return filled, sorted(every.difference(first))


_NO_THEME = 1 << 62


def _every_id(session: Session) -> set[int]:
    return set(ordered_ids(session, "ref"))  # the default order holds every id, and it is cached


def _cache(engine: Any) -> OrderedDict[tuple[str, bool], tuple[tuple[Any, ...], list[int]]]:
    cache: OrderedDict[tuple[str, bool], tuple[tuple[Any, ...], list[int]]] | None = getattr(engine, "_upr_table_order", None)
    if cache is None:
        cache = OrderedDict()
        engine._upr_table_order = cache
    return cache


def seed_ref_order(engine: Any, stamp: tuple[Any, ...], ids: list[int]) -> None:
    """Keep the ref order read before the workspace was open (with its data stamp) for the first answer.

    Used only while ``data_version`` still gives that stamp, like any cached order.
    """
    cache = _cache(engine)
    cache[("ref", False)] = (tuple(stamp), ids)
    cache[("ref", True)] = (tuple(stamp), ids[::-1])


def ordered_ids(session: Session, column: str, descending: bool = False) -> list[int]:
    """Every recommendation id in the table's order by ``column`` (shared: do not modify the list)."""
    cache = _cache(session.get_bind())
    stamp = data_version(session)
    hit = cache.get((column, descending))
    if hit is not None and hit[0] == stamp:
        cache.move_to_end((column, descending))
        return hit[1]
    filled, empty = _ascending(session, column)
    # Ties are broken by id, so descending is the exact reverse; empty values stay last either way.
    for direction, order in ((False, filled + empty), (True, filled[::-1] + empty[::-1])):
        cache[(column, direction)] = (stamp, order)
    while len(cache) > CACHED_ORDERS:
        cache.popitem(last=False)
    return cache[(column, descending)][1]
