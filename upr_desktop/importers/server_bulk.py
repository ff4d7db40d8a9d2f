"""New recommendations of an import on a PostgreSQL server: COPY, in the import's transaction.

SQLite's path (write_plan._write_new) sets triggers and indexes aside by rewriting the schema. Here the rows go in
with COPY, their ids drawn from the table's sequence (another person adding a recommendation meanwhile never
collides), the search column is filled by its trigger, and the Dashboard's counts of the new rows are added in one
upsert per key (figure_tally.NewRecommendations) while the tally's insert triggers step aside for this transaction
only (``SET LOCAL upr.bulk_import``). An import that at least doubles a table, run by the role that owns it, also
sets that table's non-unique indexes, foreign keys and skipped triggers aside for the COPY (``set_aside``): readers
of those tables wait for its end. Imports are serialised by an advisory lock (write_plan).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
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
REBUILD_FROM = 1000  # new rows of a table from which its secondary indexes are rebuilt after the load, when allowed
# The Dashboard's insert triggers: this transaction skips them anyway (upr.bulk_import, figure_tally.NewRecommendations
# adds the counts); a large import also stops them being called, once per row, to return at once.
SKIPPED_TRIGGERS = {"recommendation": figure_tally.INSERT_TRIGGERS, "recommendation_theme": figure_tally.INSERT_TRIGGERS}
stages: dict[str, float] = {}  # seconds per step of the last write_new_on_server (benchmarks/postgres_100k.py prints them)


@dataclass
class SetAside:
    """What a large import took from one table for its COPY, to give back before the transaction ends."""

    table: str
    indexes: list[str] = field(default_factory=list)  # CREATE INDEX statements
    foreign_keys: list[str] = field(default_factory=list)  # ALTER TABLE ... ADD CONSTRAINT statements
    triggers: list[str] = field(default_factory=list)  # disabled, to enable again

    def give_back(self, cur: Any) -> None:
        for name in self.triggers:
            cur.execute(f'ALTER TABLE {self.table} ENABLE TRIGGER "{name}"')
        for definition in self.indexes:
            cur.execute(definition)
        for definition in self.foreign_keys:
            cur.execute(definition)


def set_aside(cur: Any, table: str, new_rows: int) -> SetAside | None:
    """Take a table's non-unique indexes, its foreign keys and the insert triggers this import skips anyway away for
    the COPY, when the import at least doubles the table and this role owns it and every table it references (else
    None: rows go in one by one, checked and indexed as they come, as for any other role: a member of the
    secretariat who does not own the schema imports the same rows, only slower).

    Building an index once over the loaded rows is a sort, where keeping it up to date is one tree descent (and for
    the search column one GIN insertion) per row: 100,000 rows into an empty workspace took ~7 s of index upkeep
    in the COPY (benchmarks/postgres_100k.py). A foreign key checks each new row by a locking look-up in the table
    it references (200,000 theme links: ~2 s with the triggers): added again, it checks every row in one join.
    Everything is in the import's transaction: a failed import gives them all back, and readers of these tables, and
    of the tables their keys reference (theme, operation...), wait for the import's end: they would see none of its
    rows before anyway, and recommendation itself is locked the same way. Unique indexes stay: they are the import's
    guard against a duplicate source key, uuid or link.
    """
    if new_rows < REBUILD_FROM:
        return None
    owned, existing = cur.execute(
        f"SELECT bool_and(pg_has_role(c.relowner, 'USAGE')), (SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %s) AS r) "
        "FROM pg_class c WHERE c.oid = %s::regclass OR c.oid IN (SELECT confrelid FROM pg_constraint WHERE conrelid = %s::regclass "
        "AND contype = 'f')", (new_rows, table, table)).fetchone()
    if not owned or existing >= new_rows:
        return None
    aside = SetAside(table)
    indexes = cur.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = %s::regclass "
        "AND NOT i.indisunique AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
        "ORDER BY 1", (table,)).fetchall()
    if indexes:
        cur.execute("DROP INDEX " + ", ".join(name for name, _definition in indexes))
        aside.indexes = [definition for _name, definition in indexes]
    for name, definition in cur.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
                                        "AND contype = 'f' ORDER BY conname", (table,)).fetchall():
        cur.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        aside.foreign_keys.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    skipped = SKIPPED_TRIGGERS.get(table, ())
    if skipped:
        for (name,) in cur.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal "
                                   "AND tgenabled = 'O' AND tgname = ANY(%s) ORDER BY tgname", (table, list(skipped))).fetchall():
            cur.execute(f'ALTER TABLE {table} DISABLE TRIGGER "{name}"')
            aside.triggers.append(name)
    return aside


def _new_ids(cur: Any, count: int, *, locked: bool) -> list[int]:
    """Ids for the new recommendations from the table's sequence: when this transaction has recommendation to itself
    (set aside: nobody can insert a row, and so draw an id, until it ends) one step of ``count``, else one ``nextval``
    per row (100,000 of them took 0.3-0.6 s), as another person adding a recommendation meanwhile draws too."""
    if locked:
        cur.execute("LOCK TABLE recommendation IN SHARE ROW EXCLUSIVE MODE")  # held already: says why the step is safe
        last = cur.execute("SELECT setval(pg_get_serial_sequence('recommendation', 'id'), "
                           "nextval(pg_get_serial_sequence('recommendation', 'id')) + %s - 1)", (count,)).fetchone()[0]
        return list(range(last - count + 1, last + 1))
    return [row[0] for row in cur.execute("SELECT nextval(pg_get_serial_sequence('recommendation', 'id')) "
                                          "FROM generate_series(1, %s) ORDER BY 1", (count,)).fetchall()]


class _Clock:
    def __init__(self) -> None:
        stages.clear()
        self.last = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - self.last
        self.last = now


def write_new_on_server(session: Session, plan: Any, log: ChangeRecorder, home_state: str, monitor: Monitor,
                        target_ids: dict[str, dict[str, int]], layout: Layout) -> None:
    wp = layout
    if not plan.new:
        return
    operation = log.operation
    monitor.report(0, len(plan.new), tr("Adding recommendations"))
    clock = _Clock()
    conn = session.connection().connection.dbapi_connection
    cur = conn.cursor()
    refs = wp.refs
    now = utcnow()
    uuids = ordered_uuids(len(plan.new))
    json_of: dict[tuple[str, ...], str] = {}
    target_lists: dict[int, list[int]] = {}
    tally = figure_tally.NewRecommendations(raw.wrap(conn).cursor())
    links: dict[str, list[tuple[int, int]]] = {kind: [] for kind, *_ in wp.links}
    cur.execute(f"SELECT set_config('{figure_tally.PG_BULK_SETTING}', 'on', true)")
    clock("prepare")
    # Every table's set-aside is decided before the first row goes in (locks taken at the start, in one order); the
    # links are counted from the records (a value not known as a target is counted too: a heuristic either way).
    new_links = {table: sum(len(getattr(rec, kind)) for _key, rec in plan.new) for kind, table, *_ in wp.links}
    own = set_aside(cur, "recommendation", len(plan.new))
    aside = [a for a in (own, *(set_aside(cur, table, new_links[table]) for _kind, table, *_ in wp.links),
                         set_aside(cur, "change_log", len(plan.new))) if a]
    clock("set aside")
    ids = _new_ids(cur, len(plan.new), locked=own is not None)
    clock("ids")
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
    clock("copy recommendation")
    for kind, table, column, *_ in wp.links:
        if links[kind]:
            with cur.copy(f"COPY {table} (recommendation_id, {column}) FROM STDIN") as copy:
                for pair in links[kind]:
                    copy.write_row(pair)
    clock("copy links")
    cur.execute(f"SELECT set_config('{figure_tally.PG_BULK_SETTING}', 'off', true)")
    tally.write(raw.wrap(conn).cursor(), "postgresql")
    clock("dashboard counts")
    # One "create" entry per new recommendation, as on SQLite: ref, source key and format.
    contiguous = ids[-1] - ids[0] + 1 == len(ids)
    cur.execute(
        "INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
        "SELECT %s, %s, %s, %s, 'recommendation', id, uuid, 'create', NULL, NULL, "
        "json_build_object('ref', ref, 'source_key', source_key, 'source_format', source_format)::text "
        # Ids in one run (drawn in one step, or so drawn by chance): every id of the range is this import's, and a
        # range reads them ~20% quicker than a list of 100,000.
        f"FROM recommendation WHERE {'id BETWEEN %s AND %s' if contiguous else 'id = ANY(%s)'} ORDER BY id",
        (operation.id, operation.at, operation.actor, operation.source, *((ids[0], ids[-1]) if contiguous else (ids,))),
    )
    clock("change log")
    if aside:
        cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for taken in aside:
            taken.give_back(cur)
            clock(f"give back {taken.table}")
    note_touched(session, "recommendation", *(table for _kind, table, *_ in wp.links))
    if len(ids) >= ANALYZE_FROM:
        # The planner's statistics, now: until autovacuum comes round, PostgreSQL plans as if the tables were tiny
        # (a page of 100 table rows took 400-560 ms instead of a few after 100,000 new ones: every theme link read
        # to avoid a sort of 200). In the import's transaction: an import that fails leaves the old statistics.
        cur.execute("ANALYZE recommendation, theme, " + ", ".join(sorted({table for _kind, table, *_ in wp.links})))
        clock("analyze")
