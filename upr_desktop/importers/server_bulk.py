"""New recommendations of an import on a PostgreSQL server: COPY, in the import's transaction.

SQLite's path (write_plan._write_new) sets triggers and indexes aside by rewriting the schema; on a
shared server that would lock every reader out, so here the rows go in with COPY, their ids drawn
from the table's sequence (another person adding a recommendation meanwhile never collides), the
search column is filled by its trigger, and the Dashboard's counts of the new rows are added in one
upsert per key (figure_tally.NewRecommendations) while the tally's insert triggers step aside for
this transaction only (``SET LOCAL upr.bulk_import``). Imports are serialised by an advisory lock (write_plan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import utcnow
from upr_desktop.core.read import figure_tally
from upr_desktop.core.services.changelog import ChangeRecorder, note_touched
from upr_desktop.core.storage import raw
from upr_desktop.i18n import tr
from upr_desktop.importers.bulk import ordered_uuids
from upr_desktop.importers.imported import Monitor


@dataclass(frozen=True)
class Layout:
    """What write_plan knows of the rows it writes (passed in: this module never imports it back)."""

    columns: tuple[str, ...]  # of recommendation, in row order
    links: tuple[tuple[str, ...], ...]  # (kind, link table, target column, ...)
    refs: list[str]  # one per new recommendation
    targets_of: Callable[[str, list[Any], dict[str, dict[str, int]]], list[int]]
    json_list: Callable[[list[str]], str]
    chunk: int


ANALYZE_FROM = 1000  # new recommendations from which an import refreshes the planner's statistics
REBUILD_FROM = 1000  # new recommendations from which the secondary indexes are rebuilt after the load, when allowed


def _indexes_set_aside(cur: Any, new_rows: int) -> list[str]:
    """Drop recommendation's non-unique indexes for the COPY and return their definitions, when the import at
    least doubles the table and this role owns it (else nothing: rows go into the indexes one by one).

    Building an index once over the loaded rows is a sort, where keeping it up to date is one tree descent (and for
    the search column one GIN insertion) per row: 100,000 rows into an empty workspace took ~7 s of index upkeep
    in the COPY (benchmarks/postgres_100k.py). DROP INDEX is in the import's transaction: a failed import gives the
    indexes back, and readers of the table wait for the import's end (they would see none of its rows before anyway).
    Unique indexes stay: they are the import's guard against a duplicate source key or uuid.
    """
    if new_rows < REBUILD_FROM:
        return []
    owner, existing = cur.execute(
        "SELECT pg_has_role(c.relowner, 'USAGE'), (SELECT count(*) FROM (SELECT 1 FROM recommendation LIMIT %s) AS r) "
        "FROM pg_class c WHERE c.oid = 'recommendation'::regclass", (new_rows,)).fetchone()
    if not owner or existing >= new_rows:
        return []
    rows = cur.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = 'recommendation'::regclass AND NOT i.indisunique AND NOT i.indisprimary ORDER BY 1").fetchall()
    for name, _definition in rows:
        cur.execute(f"DROP INDEX {name}")
    return [definition for _name, definition in rows]


def write_new_on_server(session: Session, plan: Any, log: ChangeRecorder, home_state: str, monitor: Monitor,
                        target_ids: dict[str, dict[str, int]], layout: Layout) -> None:
    wp = layout
    if not plan.new:
        return
    operation = log.operation
    monitor.report(0, len(plan.new), tr("Adding recommendations"))
    conn = session.connection().connection.dbapi_connection
    cur = conn.cursor()
    ids = [row[0] for row in cur.execute("SELECT nextval(pg_get_serial_sequence('recommendation', 'id')) "
                                         "FROM generate_series(1, %s) ORDER BY 1", (len(plan.new),)).fetchall()]
    refs = wp.refs
    now = utcnow()
    uuids = ordered_uuids(len(plan.new))
    json_of: dict[tuple[str, ...], str] = {}
    target_lists: dict[int, list[int]] = {}
    tally = figure_tally.NewRecommendations(raw.wrap(conn).cursor())
    links: dict[str, list[tuple[int, int]]] = {kind: [] for kind, *_ in wp.links}
    cur.execute(f"SELECT set_config('{figure_tally.PG_BULK_SETTING}', 'on', true)")
    set_aside = _indexes_set_aside(cur, len(plan.new))
    with cur.copy(f"COPY recommendation ({', '.join(wp.columns)}) FROM STDIN") as copy:
        for offset, (key, rec) in enumerate(plan.new):
            if offset % wp.chunk == 0:
                monitor.report(offset, len(plan.new), tr("Adding recommendations"))
            states = tuple(rec.recommending_states)
            states_json = json_of.get(states)
            if states_json is None:
                states_json = json_of[states] = wp.json_list(rec.recommending_states)
            copy.write_row((ids[offset], uuids[offset], refs[offset], key, plan.format, rec.source_document, rec.note, rec.text,
                            rec.state_under_review or home_state, states_json, rec.response, rec.action_category,
                            rec.session, rec.cycle, rec.theme_cluster, None, False, now, now))
            themes: list[int] = []
            for kind, values in (("themes", rec.themes), ("sdgs", rec.sdgs), ("affected_groups", rec.affected_groups)):
                if values:
                    targets = target_lists.get(id(values))
                    if targets is None:
                        targets = target_lists[id(values)] = wp.targets_of(kind, values, target_ids)
                    links[kind].extend((ids[offset], t) for t in targets)
                    if kind == "themes":
                        themes = targets
            tally.add(rec.response, rec.action_category, states, themes)
    monitor.check()
    if set_aside:
        cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for definition in set_aside:
            cur.execute(definition)
    for kind, table, column, *_ in wp.links:
        if links[kind]:
            with cur.copy(f"COPY {table} (recommendation_id, {column}) FROM STDIN") as copy:
                for pair in links[kind]:
                    copy.write_row(pair)
    cur.execute(f"SELECT set_config('{figure_tally.PG_BULK_SETTING}', 'off', true)")
    tally.write(raw.wrap(conn).cursor(), "postgresql")
    # One "create" entry per new recommendation, as on SQLite: ref, source key and format.
    cur.execute(
        "INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
        "SELECT %s, %s, %s, %s, 'recommendation', id, uuid, 'create', NULL, NULL, "
        "json_build_object('ref', ref, 'source_key', source_key, 'source_format', source_format)::text "
        "FROM recommendation WHERE id = ANY(%s) ORDER BY id",
        (operation.id, operation.at, operation.actor, operation.source, ids),
    )
    note_touched(session, "recommendation", *(table for _kind, table, *_ in wp.links))
    if len(ids) >= ANALYZE_FROM:
        # The planner's statistics, now: until autovacuum comes round, PostgreSQL plans as if the tables were tiny
        # (a page of 100 table rows took 400-560 ms instead of a few after 100,000 new ones: every theme link read
        # to avoid a sort of 200). In the import's transaction: an import that fails leaves the old statistics.
        cur.execute("ANALYZE recommendation, theme, " + ", ".join(sorted({table for _kind, table, *_ in wp.links})))
