"""The change log: every write is recorded in an operation, which can be undone and redone."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Base, ChangeLog, Operation, utcnow
from upr_desktop.core.domain.models.base import JSONDict, JSONList
from upr_desktop.errors import EditConflict, UserError
from upr_desktop.i18n import tr

_OPERATION_KEY = "upr_operation"
_TOUCHED_KEY = "upr_touched_tables"


def touched_tables(session: Session) -> frozenset[str]:
    """The tables this session's recorded changes touched (what an operation tells its callers it changed)."""
    return frozenset(session.info.get(_TOUCHED_KEY, ()))


def note_touched(session: Session, *tables: str) -> None:
    """Say that rows of ``tables`` were written without a ChangeLog row (merge batches, conflicts, tallies)."""
    session.info.setdefault(_TOUCHED_KEY, set()).update(tables)


def session_actor(session: Session) -> str:
    """Who is writing: on a server, the person's database role (what the server knows them by); else the login name."""
    if session.get_bind().dialect.name == "postgresql":
        me = session.info.get("upr_role")
        if me is None:
            me = session.info["upr_role"] = str(session.execute(text("SELECT current_user")).scalar())
        return str(me)
    return local_actor()


def own_changes_only(session: Session) -> str | None:
    """On a shared server, undo and redo take only this person's own changes: their role; None for a file (one person)."""
    return session_actor(session) if session.get_bind().dialect.name == "postgresql" else None


def local_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "local user"


# -- values <-> JSON text ------------------------------------------------------------
def to_json(value: Any) -> str:
    return _ENCODER.encode(value)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__}")


# Built once: json.dumps with options makes a new encoder per call (bulk logging calls this per row).
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_default, separators=(",", ":"))


def row_snapshot(obj: Any) -> dict[str, Any]:
    table: Table = obj.__table__
    return {c.key: getattr(obj, c.key) for c in table.columns}


def _from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    col_type = table.c[column].type
    if isinstance(col_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(col_type, Date):
        return date.fromisoformat(value)
    if isinstance(col_type, Boolean):
        return bool(value)
    if isinstance(col_type, JSONList | JSONDict):
        return value
    return value


def _row_from_json(table: Table, text: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(text)
    return {k: _from_json(table, k, v) for k, v in raw.items() if k in table.c}


# -- recording --------------------------------------------------------------------------
@dataclass
class ChangeRecorder:
    """Writes ChangeLog rows for one operation."""

    session: Session
    operation: Operation

    def _add(self, entity: str, entity_id: int, uuid: str | None, op: str, field: str | None, old: Any, new: Any) -> None:
        note_touched(self.session, entity)
        self.session.add(
            ChangeLog(
                operation_id=self.operation.id,
                at=self.operation.at,
                actor=self.operation.actor,
                source=self.operation.source,
                entity=entity,
                entity_id=entity_id,
                entity_uuid=uuid,
                op=op,
                field=field,
                old_value=None if old is None else to_json(old),
                new_value=None if new is None else to_json(new),
            )
        )

    def created(self, obj: Any) -> None:
        self.session.flush()
        snap = row_snapshot(obj)
        self._add(obj.__tablename__, obj.id, snap.get("uuid"), "create", None, None, snap)

    def deleted(self, obj: Any) -> None:
        snap = row_snapshot(obj)
        self._add(obj.__tablename__, obj.id, snap.get("uuid"), "delete", None, snap, None)

    def updated(self, obj: Any, field: str, old: Any, new: Any) -> None:
        self._add(obj.__tablename__, obj.id, getattr(obj, "uuid", None), "update", field, old, new)

    def set(self, obj: Any, field: str, new: Any) -> bool:
        """Set a field and record it if it changed; says whether it changed."""
        old = getattr(obj, field)
        if old == new:
            return False
        setattr(obj, field, new)
        self.updated(obj, field, old, new)
        return True

    def bulk(self, rows: Sequence[dict[str, Any]]) -> None:
        """Record many changes at once (imports): dicts with entity, entity_id, op, field, old, new."""
        if not rows:
            return
        note_touched(self.session, *{r["entity"] for r in rows})
        insert_many(
            self.session,
            ChangeLog.__table__,
            [
                {
                    "operation_id": self.operation.id,
                    "at": self.operation.at,
                    "actor": self.operation.actor,
                    "source": self.operation.source,
                    "entity": r["entity"],
                    "entity_id": r["entity_id"],
                    "entity_uuid": r.get("entity_uuid"),
                    "op": r["op"],
                    "field": r.get("field"),
                    "old_value": None if r.get("old") is None else to_json(r["old"]),
                    "new_value": None if r.get("new") is None else to_json(r["new"]),
                }
                for r in rows
            ],
        )


def insert_many(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT many rows (all with the same keys) in one DB-API executemany.

    Values are converted by the columns' own bind processors, so the database receives exactly
    what ``session.execute(insert(table), rows)`` would send, without SQLAlchemy preparing each
    row's parameters in Python (as slow as SQLite's own work for tens of thousands of rows).
    Rows the session still holds are flushed first.
    """
    if not rows:
        return
    session.flush()
    conn = session.connection()
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":  # only SQLite (sqlite3, sqlcipher3) takes the fast path
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    procs = [_memo(table.c[k].type.dialect_impl(dialect).bind_processor(dialect)) for k in keys]
    sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})"
    conn.exec_driver_sql(sql, [tuple(r[k] if p is None else p(r[k]) for k, p in zip(keys, procs, strict=True)) for r in rows])


def insert_many_with_ids(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """INSERT many rows (each with a ``uuid``, no ``id``) as ``insert_many`` does; their new ids by uuid.

    The database numbers them (SQLite one past the largest id, PostgreSQL from the table's sequence), so
    another person's insert at the same moment on a server never collides with a number taken here.
    """
    if not rows:
        return {}
    last = session.execute(select(func.max(table.c.id))).scalar() or 0
    insert_many(session, table, rows)
    return new_ids(session, table, rows, last)


def new_ids(session: Session, table: Any, rows: Sequence[dict[str, Any]], last: int) -> dict[str, int]:
    """Ids SQLite gave the rows just inserted after id ``last``, by uuid.

    SQLite numbers new rows one past the largest id, so in this transaction they are
    last+1 ... last+n in insert order; that is checked (count, first and last uuid), and
    otherwise the ids are read back by uuid.
    """
    n = len(rows)
    count, low, high = session.execute(select(func.count(), func.min(table.c.id), func.max(table.c.id)).where(table.c.id > last)).one()
    if (count, low, high) == (n, last + 1, last + n):
        ends = dict(session.execute(select(table.c.id, table.c.uuid).where(table.c.id.in_((last + 1, last + n)))).all())
        if ends.get(last + 1) == rows[0]["uuid"] and ends.get(last + n) == rows[-1]["uuid"]:
            return {r["uuid"]: last + 1 + i for i, r in enumerate(rows)}
    ids: dict[str, int] = {}
    uuids = [r["uuid"] for r in rows]
    for start in range(0, len(uuids), 500):
        found = session.execute(select(table.c.uuid, table.c.id).where(table.c.uuid.in_(uuids[start : start + 500])))
        ids.update((uuid, new_id) for uuid, new_id in found)
    return ids


def _memo(proc: Any) -> Any:
    """A bind processor that converts each distinct value once (dates and flags repeat a lot)."""
    if proc is None:
        return None
    done: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            done[value] = out = proc(value)
            return out
        except TypeError:  # unhashable
            return proc(value)

    return convert


@contextmanager
def change(
    session: Session,
    label: str,
    *,
    actor: str | None = None,
    source: str = "local",
    kind: str = "local",
) -> Iterator[ChangeRecorder]:
    """Record what happens inside as one operation, or as part of the operation already open."""
    current: Operation | None = session.info.get(_OPERATION_KEY)
    if current is not None:
        yield ChangeRecorder(session, current)
        return
    operation = Operation(actor=actor or session_actor(session), source=source, kind=kind, label=label, at=utcnow())
    session.add(operation)
    session.flush()
    note_touched(session, "operation")  # a step for Undo, even if it changed no row
    if kind in ("local", "import", "merge"):
        # A new change makes what was undone no longer redoable.
        discard = update(Operation).where(Operation.state == "undone")
        if (me := own_changes_only(session)) is not None:  # on a server, only this person's own redo list
            discard = discard.where(Operation.actor == me)
        session.execute(discard.values(state="discarded"))
    session.info[_OPERATION_KEY] = operation
    try:
        yield ChangeRecorder(session, operation)
        session.flush()
    finally:
        session.info.pop(_OPERATION_KEY, None)


# -- versions: two people editing the same record ----------------------------------------
# Rows saved with a record by the same form (the recommendations a consultation discussed): table, column naming the record.
_SAVED_WITH = {"consultation": ("consultation_recommendation", "consultation_id"),
               "follow_up_action": ("action_recommendation", "action_id")}


def _about(entity: str, entity_id: int) -> Any:
    """Change-log entries about a record and about the rows its form saves with it (their JSON names the record)."""
    from sqlalchemy import and_, or_

    from upr_desktop.core.storage.engine_sql import JsonInteger

    own = and_(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
    if entity not in _SAVED_WITH:
        return own
    table, column = _SAVED_WITH[entity]
    return or_(own, and_(ChangeLog.entity == table,
                         JsonInteger(func.coalesce(ChangeLog.new_value, ChangeLog.old_value), column) == entity_id))


def record_version(session: Session, entity: str, entity_id: int) -> int:
    """A record's version now (its ``version`` column, migration 0010; 0 when there is no such record).

    The database raises it on every change of what a person sees of the record, and of the rows its form
    saves with it (the recommendations a consultation discussed), whoever writes them (editors, imports,
    merges, undo, redo): core/storage/record_versions.py.
    """
    table = Base.metadata.tables[entity]
    return int(session.scalar(select(table.c.version).where(table.c.id == entity_id)) or 0)


def check_version(session: Session, obj: Any, expected: int | None, record: str) -> None:
    """Refuse to save ``obj`` when it was changed since ``expected`` (the version its editor read), naming who changed what.

    The record's row is locked first (on a server, ``SELECT ... FOR UPDATE``), so two saves at once are
    decided one after the other: the later one sees the earlier one's version and is refused.
    """
    if expected is None:
        return
    table = obj.__table__
    now = session.execute(select(table.c.version).where(table.c.id == obj.id).with_for_update()).scalar_one()
    if now == expected:
        return
    # Who and what: the change log's entries about it (and the rows saved with it) in the newest operations that touched it.
    entries = session.execute(
        select(ChangeLog.operation_id, ChangeLog.actor, ChangeLog.field, ChangeLog.at, ChangeLog.entity)
        .where(_about(table.name, obj.id)).order_by(ChangeLog.id.desc()).limit(200)
    ).all()
    operations = list(dict.fromkeys(row.operation_id for row in entries))[: max(1, now - expected)]
    later = [row for row in reversed(entries) if row.operation_id in operations]
    fields = ", ".join(dict.fromkeys(row.field if row.entity == table.name else tr("linked refs") for row in later
                                     if row.field or row.entity != table.name)) or tr("the record")
    raise EditConflict(tr("{who} changed {record} ({fields}) at {at} after you opened it; your changes were not saved, so that "
                          "nothing of theirs is lost. Open it again and make your change on what is there now.",
                          who=", ".join(dict.fromkeys(row.actor for row in later)) or "?", record=record, fields=fields,
                          at=f"{later[-1].at:%Y-%m-%d %H:%M}" if later else "?"))


# -- undo / redo / revert ---------------------------------------------------------------
@dataclass(frozen=True)
class LaterChange:
    entity: str
    entity_id: int
    field: str | None
    at: datetime
    source: str
    actor: str = ""


def _table(entity: str) -> Table:
    table = Base.metadata.tables.get(entity)
    if table is None:
        raise UserError(tr("The change log names an unknown table '{entity}'.", entity=entity))
    return table


def later_changes(session: Session, operation_id: int) -> list[LaterChange]:
    """Changes made after an operation to the same rows and fields (they block a clean revert)."""
    mine = session.scalars(select(ChangeLog).where(ChangeLog.operation_id == operation_id)).all()
    if not mine:
        return []
    last_id = max(c.id for c in mine)
    touched = {(c.entity, c.entity_id, c.field) for c in mine}
    rows = {(c.entity, c.entity_id) for c in mine}
    later = session.execute(
        select(ChangeLog, Operation.state, Operation.kind)
        .join(Operation, Operation.id == ChangeLog.operation_id)
        .where(ChangeLog.id > last_id)
        .order_by(ChangeLog.id)
    ).all()
    found = []
    for change_row, state, _kind in later:
        if state != "done":
            continue
        key = (change_row.entity, change_row.entity_id)
        if key not in rows:
            continue
        if change_row.op != "update" or (change_row.entity, change_row.entity_id, change_row.field) in touched or any(
            t[0] == key[0] and t[1] == key[1] and t[2] is None for t in touched
        ):
            found.append(LaterChange(change_row.entity, change_row.entity_id, change_row.field, change_row.at, change_row.source,
                                     change_row.actor))
    return found


def _apply(session: Session, changes: Sequence[Any], *, backwards: bool, recorder: ChangeRecorder) -> None:
    ordered = list(reversed(changes)) if backwards else list(changes)
    i = 0
    while i < len(ordered):
        c = ordered[i]
        table = _table(c.entity)
        pk = table.c.id
        creating = (c.op == "create") != backwards  # forward create or backward delete
        if c.op in ("create", "delete") and creating:
            snapshot = c.new_value if c.op == "create" else c.old_value
            assert snapshot is not None
            values = _row_from_json(table, snapshot)
            session.execute(insert(table).values(**values))
            recorder.bulk([{"entity": c.entity, "entity_id": c.entity_id, "entity_uuid": c.entity_uuid, "op": "create", "new": json.loads(snapshot)}])
        elif c.op in ("create", "delete"):
            # A run of rows of one table to remove (undoing an import of 100,000 recommendations): one
            # DELETE per chunk of ids and one bulk log entry, not a statement per row.
            end = i + 1
            while end < len(ordered) and ordered[end].entity == c.entity and ordered[end].op == c.op:
                end += 1
            run = ordered[i:end]
            ids = [x.entity_id for x in run]
            rebuild = _pause_indexes(session, c.entity, len(ids))
            for start in range(0, len(ids), 500):
                session.execute(delete(table).where(pk.in_(ids[start : start + 500])))
            for sql in rebuild:
                session.connection().exec_driver_sql(sql)
            entries = []
            for x in run:
                snapshot = x.new_value if x.op == "create" else x.old_value
                entries.append({"entity": x.entity, "entity_id": x.entity_id, "entity_uuid": x.entity_uuid, "op": "delete",
                                "old": json.loads(snapshot) if snapshot else None})
            recorder.bulk(entries)
            i = end
            continue
        else:
            assert c.field is not None
            target_text = c.old_value if backwards else c.new_value
            before_text = c.new_value if backwards else c.old_value
            target = None if target_text is None else json.loads(target_text)
            session.execute(update(table).where(pk == c.entity_id).values({c.field: _from_json(table, c.field, target)}))
            recorder.bulk([{"entity": c.entity, "entity_id": c.entity_id, "entity_uuid": c.entity_uuid, "op": "update", "field": c.field, "old": None if before_text is None else json.loads(before_text), "new": target}])
        i += 1
    session.expire_all()


BULK_REMOVAL = 1_000  # rows of one table removed at once from which its plain indexes are rebuilt instead


def _pause_indexes(session: Session, entity: str, removing: int) -> list[str]:
    """Set the plain indexes of a table aside when at least half its rows (and BULK_REMOVAL) are about to go."""
    if removing < BULK_REMOVAL or session.get_bind().dialect.name != "sqlite":
        return []
    from upr_desktop.core.storage.index_pause import drop_secondary_indexes

    table = _table(entity)
    total = session.execute(text(f"SELECT count(*) FROM {table.name}")).scalar() or 0
    if removing * 2 < total:
        return []
    return drop_secondary_indexes(session.connection().connection.dbapi_connection.cursor(), [table.name])


def _logged(session: Session, operation_id: int) -> Sequence[Any]:
    """The change log rows of one operation, in order, as plain rows (100,000 of them for a big import)."""
    return session.execute(select(*ChangeLog.__table__.c).where(ChangeLog.operation_id == operation_id).order_by(ChangeLog.id)).all()


def revert_operation(session: Session, operation_id: int, *, force: bool = False, actor: str | None = None) -> Operation:
    """Undo exactly one operation; refuses when later changes touched the same fields unless forced."""
    operation = session.get(Operation, operation_id)
    if operation is None:
        raise UserError(tr("There is no change number {id}.", id=operation_id))
    if operation.state != "done":
        raise UserError(tr("'{label}' was already undone.", label=operation.label))
    blockers = [] if force else later_changes(session, operation_id)
    if blockers:
        shared = own_changes_only(session) is not None  # on a server, name who made each later change
        listed = "; ".join(f"{b.entity} #{b.entity_id} {b.field or ''} ({f'{b.actor}, ' if shared else ''}{b.source}, {b.at:%Y-%m-%d %H:%M})"
                           for b in blockers[:5])
        raise UserError(
            tr("Cannot undo '{label}': later changes touched the same data: {listed}. Use --force to undo it anyway.", label=operation.label, listed=listed)
        )
    changes = _logged(session, operation_id)
    with change(session, tr("Undo: {label}", label=operation.label), actor=actor, kind="undo", source="undo") as rec:
        _apply(session, changes, backwards=True, recorder=rec)
    operation.state = "undone"
    session.flush()
    return operation


def undo_last(session: Session, *, force: bool = False, actor: str | None = None) -> Operation:
    """Undo the most recent local change still in effect."""
    last = session.scalars(
        mine_only(session, select(Operation).where(Operation.kind == "local", Operation.state == "done")).order_by(Operation.id.desc()).limit(1)
    ).first()
    if last is None:
        raise UserError(tr("There is nothing to undo.") + _bulk_undo_hint(session))
    return revert_operation(session, last.id, force=force, actor=actor)


def _bulk_undo_hint(session: Session) -> str:
    """Imports and merges are undone by number, not by Undo: say how, for the newest one in effect."""
    from upr_desktop.core.domain.models import ImportRun, MergeBatch

    newest = session.execute(
        select(Operation.id, Operation.kind).where(Operation.kind.in_(("import", "merge")), Operation.state == "done")
        .order_by(Operation.id.desc()).limit(1)
    ).first()
    if newest is None:
        return ""
    if newest.kind == "import":
        run = session.scalars(select(ImportRun).where(ImportRun.operation_id == newest.id)).first()
        if run is not None:
            return " " + tr("Imports are undone one by one: the last one ({file}) with: upr-desktop imports undo {id}",
                            file=run.file_name, id=run.id)
    batch = session.scalars(select(MergeBatch).where(MergeBatch.operation_id == newest.id)).first()
    if batch is not None:
        return " " + tr("Merges are undone one by one: the last one ({file}) with: upr-desktop merges undo {id}",
                        file=batch.file_name, id=batch.id)
    return ""


def redo_last(session: Session, *, actor: str | None = None) -> Operation:
    """Redo the change most recently undone, if nothing new was changed since."""
    target = session.scalars(
        mine_only(session, select(Operation).where(Operation.kind == "local", Operation.state == "undone")).order_by(Operation.id.asc()).limit(1)
    ).first()
    if target is None:
        raise UserError(tr("There is nothing to redo."))
    changes = _logged(session, target.id)
    with change(session, tr("Redo: {label}", label=target.label), actor=actor, kind="redo", source="redo") as rec:
        _apply(session, changes, backwards=False, recorder=rec)
    target.state = "done"
    session.flush()
    return target


def can_undo(session: Session) -> str | None:
    """Label of what Undo would undo, or None."""
    return session.scalars(
        mine_only(session, select(Operation.label).where(Operation.kind == "local", Operation.state == "done")).order_by(Operation.id.desc()).limit(1)
    ).first()


def can_redo(session: Session) -> str | None:
    return session.scalars(
        mine_only(session, select(Operation.label).where(Operation.kind == "local", Operation.state == "undone")).order_by(Operation.id.asc()).limit(1)
    ).first()


def mine_only(session: Session, query: Any) -> Any:
    """Only this person's operations on a shared server (undo is personal there); every one in a file."""
    me = own_changes_only(session)
    return query if me is None else query.where(Operation.actor == me)


def data_version(session: Session) -> tuple[Any, ...]:
    """Changes whenever the workspace's data may have changed: caches of derived views compare it.

    Every write leaves an operation; the newest ids of the main tables and the number of
    recommendations also catch bulk loads made outside the services (benchmarks, migrations).
    """
    sql = (
        "SELECT (SELECT max(id) FROM operation), (SELECT max(id) FROM change_log), (SELECT max(id) FROM recommendation), "
        "(SELECT max(id) FROM assessment), (SELECT max(id) FROM assignment), (SELECT max(id) FROM consultation), "
        "(SELECT max(id) FROM follow_up_action), (SELECT max(id) FROM merge_batch), (SELECT count(*) FROM recommendation)"
    )
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL counts 100,000 rows by reading them (30-70 ms, on every keystroke): the trigger-kept tally has the number.
        sql = sql.replace("(SELECT count(*) FROM recommendation)", "(SELECT coalesce(sum(n), 0) FROM figure_tally WHERE figure = 'response')")
    return tuple(session.execute(text(sql)).one())
