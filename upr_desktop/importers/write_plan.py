"""Applying imported recommendations to a workspace: identity, diff against what is there, bulk writes, change log.

Speed matters (100,000 rows in a few seconds), so new rows go in through the DB-API cursor's
``executemany`` with ids assigned here, inside the session's own transaction (on this thread); the full-text insert
trigger and the plain indexes are set aside during a bulk insert and rebuilt in one pass (same
transaction). The change log is summarised for new rows: one ChangeLog "create" entry per new
recommendation (ref, source key, format), written by SQLite from the inserted rows, instead of a
full snapshot: the row itself is the record and ImportRun keeps the file's hash and report. Their
theme/SDG/group links are not logged one by one: reverting the import deletes the recommendations
and the links go with them (ON DELETE CASCADE). Updates of existing recommendations and links added
to them are logged field by field through ``ChangeRecorder.bulk``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from upr_desktop.core.storage import raw
from upr_desktop.core.domain import vocab
from upr_desktop.core.domain.models import ImportRun, utcnow
from upr_desktop.core.read import figure_tally
from upr_desktop.core.services import response_history
from upr_desktop.core.services.changelog import ChangeRecorder, change, note_touched
from upr_desktop.i18n import tr
from upr_desktop.importers.bulk import (
    index_texts,
    ordered_uuids,
    set_aside_triggers,
    suspend_fts_trigger,
)
from upr_desktop.core.storage.index_pause import drop_secondary_indexes
from upr_desktop.importers.identity import content_key, normalised_text, ref_key  # noqa: F401 - normalised_text: the importers' API
from upr_desktop.importers.imported import ImportedRecommendation, Monitor, RowError

COMPARED = ("text", "state_under_review", "recommending_states", "response", "action_category", "session",
            "cycle", "theme_cluster", "source_document", "source_note")
_INSERT_COLUMNS = ("id", "uuid", "ref", "source_key", "source_format", "source_document", "source_note", "text",
                   "state_under_review", "recommending_states", "response", "action_category", "session", "cycle",
                   "theme_cluster", "review_id", "confidential", "created_at", "updated_at")
_LINKS = (
    # kind, link table, target column, target table, target key column
    ("themes", "recommendation_theme", "theme_id", "theme", "name"),
    ("sdgs", "recommendation_sdg", "sdg_id", "sdg_target", "code"),
    ("affected_groups", "recommendation_affected_group", "affected_group_id", "affected_group", "name"),
)
IMPORT_CACHE_KIB = 64 * 1024
BULK_FTS_FROM = 500
NO_TARGETS: list[int] = []
WRITE_CHUNK = 5_000  # rows between progress reports (and Cancel checks)


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def identity_key(rec: ImportedRecommendation) -> str:
    """The source reference when there is one, else a stable hash of State, session, recommending States and text."""
    if rec.source_ref:
        return ref_key(rec.source_ref)
    return content_key(rec.state_under_review, rec.session, rec.recommending_states, rec.text)


@dataclass
class Update:
    rec_id: int
    uuid: str
    fields: dict[str, tuple[Any, Any]]  # field -> (old, new)
    links: dict[str, list[str]]  # kind -> targets to link


@dataclass
class Plan:
    """What an import would change, computed without writing (the preview shows exactly this)."""

    format: str
    new: list[tuple[str, ImportedRecommendation]] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[RowError] = field(default_factory=list)
    merged_rows: int = 0
    theme_codes: dict[str, str | None] = field(default_factory=dict)

    @property
    def changes_anything(self) -> bool:
        return bool(self.new or self.updates)


def _raw(session: Session) -> Any:
    return raw.connection(session)


def _identity_keys(records: list[ImportedRecommendation]) -> list[str]:
    """identity_key of every record: the one its reader computed while reading its cells, else computed here."""
    return [rec.key or identity_key(rec) for rec in records]


def _dedupe(records: list[ImportedRecommendation], plan: Plan) -> list[tuple[str, ImportedRecommendation]]:
    """One record per identity. UPR Info splits "accepted in part" into a Supported and a Noted row: merged."""
    keys = _identity_keys(records)
    first = dict(zip(reversed(keys), reversed(records)))  # the first record of each identity
    if len(first) == len(records):
        return list(zip(keys, records))
    ordered: list[tuple[str, ImportedRecommendation]] = []
    for key, rec in zip(keys, records):
        seen = first[key]
        if seen is rec:
            ordered.append((key, rec))
            continue
        if {seen.response, rec.response} == {"supported", "noted"}:
            seen.response = "partially-supported"
            plan.merged_rows += 1
            continue
        plan.duplicates.append(RowError(rec.row, tr("the same recommendation as row {row}; skipped", row=seen.row)))
    return ordered


@dataclass
class WorkspaceState:
    """What an import compares against, kept small: a re-import of a 100,000-row export compares every row.

    ``existing``: source key -> (id, fingerprint of the compared fields); ``links``: kind -> id -> fingerprint of
    the set of names linked. A record whose fingerprints match is unchanged without reading its row again; only
    the rows and links that may differ are read in full (``_full_rows``, ``_link_sets``). Fingerprints are
    Python's ``hash`` of the values, computed in this process on both sides (a different value with the same
    64-bit hash is the only way a change could be missed).
    """

    existing: dict[str, tuple[int, int]] = field(default_factory=dict)
    links: dict[str, dict[int, int]] = field(default_factory=dict)


def compares_against_rows(session: Session) -> bool:
    """Whether the workspace holds imported recommendations an import compares against (load_workspace_state)."""
    cur = _raw(session).cursor()
    return bool(cur.execute("SELECT EXISTS (SELECT 1 FROM recommendation WHERE source_key IS NOT NULL)").fetchone()[0])


def load_workspace_state(session: Session) -> WorkspaceState:
    """Fingerprint every imported recommendation and its links (the importer may run this while the file is read)."""
    cur = _raw(session).cursor()
    rows = cur.execute(f"SELECT id, source_key, {', '.join(COMPARED)} FROM recommendation WHERE source_key IS NOT NULL")
    state = WorkspaceState({row[1]: (row[0], hash(row[2:])) for row in rows})
    for kind, link_table, target_col, target_table, target_key in _LINKS:
        prints: dict[int, int] = {}
        if state.existing:
            name_of = dict(cur.execute(f"SELECT id, {target_key} FROM {target_table}").fetchall())
            rec_id, names = None, []
            for linked, target_id in cur.execute(f"SELECT recommendation_id, {target_col} FROM {link_table} ORDER BY recommendation_id"):
                if linked != rec_id:
                    if rec_id is not None:
                        prints[rec_id] = hash(frozenset(names))
                    rec_id, names = linked, []
                names.append(name_of[target_id])
            if rec_id is not None:
                prints[rec_id] = hash(frozenset(names))
        state.links[kind] = prints
    return state


def _full_rows(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """The uuid and compared fields of the recommendations that may have changed."""
    cur = _raw(session).cursor()
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        sql = f"SELECT id, uuid, {', '.join(COMPARED)} FROM recommendation WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update((row[0], row) for row in cur.execute(sql, chunk))
    return found


def _link_sets(session: Session, kind: str, ids: list[int]) -> dict[int, set[str]]:
    """The names linked to the recommendations whose links may lack some the file gives."""
    _kind, link_table, target_col, target_table, target_key = next(link for link in _LINKS if link[0] == kind)
    cur = _raw(session).cursor()
    sets: dict[int, set[str]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        sql = (f"SELECT l.recommendation_id, t.{target_key} FROM {link_table} l JOIN {target_table} t ON t.id = l.{target_col} "
               f"WHERE l.recommendation_id IN ({', '.join('?' * len(chunk))})")
        for rec_id, name in cur.execute(sql, chunk):
            sets.setdefault(rec_id, set()).add(name)
    return sets


def plan_import(session: Session, records: list[ImportedRecommendation], fmt: str, monitor: Monitor, state: WorkspaceState | None = None) -> Plan:
    plan = Plan(fmt)
    keyed = _dedupe(records, plan)
    monitor.report(0, 1, tr("Comparing with the workspace"))
    if state is None:
        state = load_workspace_state(session) if keyed else WorkspaceState()
    existing, links = state.existing, state.links
    # Records share their (memoised) theme lists: each distinct list once, in order of first appearance.
    for themes in {id(r.themes): r.themes for _k, r in keyed if r.themes}.values():
        for name, code in themes:
            plan.theme_codes.setdefault(name, code)
    states_json: dict[tuple[str, ...], str] = {}
    theme_names: dict[int, list[str]] = {}
    target_prints: dict[int, int] = {}
    link_prints = [(kind, links[kind]) for kind, *_ in _LINKS if kind in links]
    # First pass: what matches its fingerprints is unchanged; the rest is compared field by field below.
    maybe: list[tuple[int, ImportedRecommendation, tuple[Any, ...], str | None, dict[str, list[str]]]] = []
    for key, rec in keyed:
        found = existing.get(key)
        if found is None:
            plan.new.append((key, rec))
            continue
        rec_id, fingerprint = found
        states = tuple(rec.recommending_states)
        if states:
            rs_json = states_json.get(states)
            if rs_json is None:
                rs_json = states_json[states] = _json_list(list(states))
        else:
            rs_json = None  # the source names no recommending State: keep what is there
        fresh = (rec.text, rec.state_under_review, rs_json, rec.response, rec.action_category, rec.session, rec.cycle,
                 rec.theme_cluster, rec.source_document, rec.note)
        to_check: dict[str, list[str]] = {}
        for kind, prints in link_prints:
            if kind == "themes":
                themes = rec.themes
                if not themes:
                    continue
                targets = theme_names.get(id(themes))
                if targets is None:
                    targets = theme_names[id(themes)] = [name for name, _code in themes]
            else:
                targets = getattr(rec, kind)
                if not targets:
                    continue
            wanted = target_prints.get(id(targets))
            if wanted is None:
                wanted = target_prints[id(targets)] = hash(frozenset(targets))
            if prints.get(rec_id) != wanted:  # the same names linked already: nothing to add
                to_check[kind] = targets
        if hash(fresh) == fingerprint and not to_check:
            plan.unchanged += 1
            continue
        maybe.append((rec_id, rec, fresh, rs_json, to_check))
    if not maybe:
        return plan
    rows = _full_rows(session, [m[0] for m in maybe])
    have_sets = {kind: _link_sets(session, kind, [m[0] for m in maybe if kind in m[4]]) for kind, _prints in link_prints}
    for rec_id, rec, fresh, _rs_json, to_check in maybe:
        row = rows[rec_id]
        old = row[2:]
        changed: dict[str, tuple[Any, Any]] = {}
        if fresh != old:
            for i, name in enumerate(COMPARED):
                if fresh[i] is None or fresh[i] == old[i]:
                    continue  # a field the source says nothing about keeps its value
                if name == "recommending_states":
                    changed[name] = (json.loads(old[i]) if old[i] else [], list(rec.recommending_states))
                else:
                    changed[name] = (old[i], fresh[i])
        add_links: dict[str, list[str]] = {}
        for kind, targets in to_check.items():
            have = have_sets[kind].get(rec_id)
            if have is None or not have.issuperset(targets):
                add_links[kind] = [t for t in targets if have is None or t not in have]
        if changed or add_links:
            plan.updates.append(Update(rec_id, row[1], changed, add_links))
        else:
            plan.unchanged += 1
    return plan


def builds_most_of_the_table(session: Session, plan: Plan) -> bool:
    """Whether the plan adds at least as many recommendations as there are (a bulk import that at least doubles the table).

    Such an import rewrites most of the file: it is built into a copy swapped in afterwards (core.storage.copy_build);
    smaller ones write in place, through the WAL.
    """
    if len(plan.new) < BULK_FTS_FROM:
        return False
    present = _raw(session).cursor().execute("SELECT count(*) FROM recommendation").fetchone()[0]
    return len(plan.new) >= present


# -- writing ---------------------------------------------------------------------------------------
def _ensure_targets(session: Session, plan: Plan, log: ChangeRecorder) -> dict[str, dict[str, int]]:
    """Ids of every theme, SDG target and affected group the import links to, creating missing ones."""
    wanted: dict[str, set[str]] = {kind: set() for kind, *_ in _LINKS}
    # Cell conversions are memoised: many records share the very same list; each distinct one is read once.
    recs = [rec for _key, rec in plan.new]
    for themes in {id(r.themes): r.themes for r in recs if r.themes}.values():
        wanted["themes"].update(name for name, _code in themes)
    for kind in ("sdgs", "affected_groups"):
        for values in {id(v): v for v in (getattr(r, kind) for r in recs) if v}.values():
            wanted[kind].update(values)
    for upd in plan.updates:
        for kind, targets in upd.links.items():
            wanted[kind].update(targets)
    cur = _raw(session).cursor()
    ids: dict[str, dict[str, int]] = {}
    for kind, _link_table, _col, target_table, target_key in _LINKS:
        found = {name: i for i, name in cur.execute(f"SELECT id, {target_key} FROM {target_table}")}
        missing = sorted(wanted[kind] - set(found))
        if missing:
            start = (cur.execute(f"SELECT COALESCE(MAX(id), 0) FROM {target_table}").fetchone()[0]) + 1
            rows: list[dict[str, Any]] = []
            for offset, name in enumerate(missing):
                if kind == "themes":
                    values = {"id": start + offset, "name": name, "code": plan.theme_codes.get(name)}
                elif kind == "sdgs":
                    values = {"id": start + offset, "code": name, "title": vocab.sdg_title(name)}
                else:
                    values = {"id": start + offset, "name": name}
                rows.append(values)
                found[name] = start + offset
            cols = list(rows[0])
            cur.executemany(
                f"INSERT INTO {target_table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [tuple(r[c] for c in cols) for r in rows],
            )
            log.bulk([{"entity": target_table, "entity_id": r["id"], "op": "create", "new": r} for r in rows])
        ids[kind] = found
    return ids


def _assign_refs(session: Session, plan: Plan, home_state: str) -> list[str]:
    """A short unique reference for each new recommendation: the source's own, else ISO3-session-n."""
    cur = _raw(session).cursor()
    taken = {r[0] for r in cur.execute("SELECT ref FROM recommendation")}
    counters: dict[str, int] = defaultdict(int)
    codes: dict[str, str] = {}
    refs: list[str] = []
    for _key, rec in plan.new:
        state = rec.state_under_review or home_state
        code = codes.get(state)
        if code is None:
            code = codes[state] = vocab.iso3(state) or state[:3].upper()
        if rec.ref:
            base = rec.ref if state == home_state else f"{code} {rec.ref}"
            ref = base = base[:56]
            suffix = 1
            while ref in taken:
                suffix += 1
                ref = f"{base}~{suffix}"
        else:
            stem = f"{code}-{rec.session or 'x'}"
            number = counters[stem] + 1
            ref = f"{stem}-{number}"
            while ref in taken:
                number += 1
                ref = f"{stem}-{number}"
            counters[stem] = number
        taken.add(ref)
        refs.append(ref)
    return refs


def _sql_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def write_plan(session: Session, plan: Plan, *, file_name: str, sha256: str, home_state: str, report: dict[str, Any], counts: dict[str, int], monitor: Monitor,
               responses_on: date | None = None, later: list[BulkStep] | None = None) -> int:
    """Write a plan in the caller's transaction; returns the ImportRun id.

    With ``later`` (a private copy being built, core.storage.copy_build), the bulk insert of many new recommendations
    is not run in this transaction but appended to ``later`` as steps for the copy's bulk connection, run once this
    transaction is committed (everything they need, ids, references and UUIDs included, is decided here)."""
    if not plan.changes_anything:
        return _record_run(session, None, plan, file_name, sha256, report, counts)
    label = tr("Import {file}", file=file_name)
    if raw.is_postgres(session):  # a server: its own bulk path (importers/server_bulk.py), no SQLite cache to size
        raw.serialise(session, "import")  # one import at a time: its ids and refs are chosen from what is there
        return _write_changes(session, plan, label, file_name, sha256, home_state, report, counts, monitor, responses_on, None)
    cur = _raw(session).cursor()
    previous_cache = cur.execute("PRAGMA cache_size").fetchone()[0]
    if len(plan.new) + len(plan.updates) >= BULK_FTS_FROM:
        # Random keys (uuid, source_key) spill a small page cache to the WAL mid-transaction: give it room.
        cur.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        return _write_changes(session, plan, label, file_name, sha256, home_state, report, counts, monitor, responses_on, later)
    finally:
        cur.execute(f"PRAGMA cache_size = {int(previous_cache)}")


def _write_changes(session: Session, plan: Plan, label: str, file_name: str, sha256: str, home_state: str, report: dict[str, Any], counts: dict[str, int], monitor: Monitor,
                   responses_on: date | None, later: list[BulkStep] | None) -> int:
    with change(session, label, source=f"import:{file_name}"[:500], kind="import") as log:
        target_ids = _ensure_targets(session, plan, log)
        if raw.is_postgres(session):
            from upr_desktop.importers.server_bulk import Layout, write_new_on_server

            layout = Layout(_INSERT_COLUMNS, _LINKS, _assign_refs(session, plan, home_state) if plan.new else [], _target_ids,
                            _json_list, WRITE_CHUNK)
            write_new_on_server(session, plan, log, home_state, monitor, target_ids, layout)
        else:
            _write_new(session, plan, log, home_state, monitor, target_ids, later)
        if plan.updates:
            _write_updates(session, plan, target_ids, log)
            # A newer file changing a response (pending -> noted at the adoption): kept, dated, in the history.
            response_history.record_changes(
                session, log, [(u.rec_id, *u.fields["response"]) for u in plan.updates if "response" in u.fields],
                changed_on=responses_on or log.operation.at.date(), source=log.operation.source)
        monitor.check()
        run_id = _record_run(session, log.operation.id, plan, file_name, sha256, report, counts)
        if later:  # the mark kept with the run must be the one after the bulk steps
            later.append(partial(_mark_run_again, run_id))
        return run_id


def _mark_run_again(run_id: int, cur: Any) -> None:
    mark = list(cur.execute(f"SELECT {_MARK_COLUMNS}").fetchone())
    cur.execute("UPDATE import_run SET report = json_set(report, '$.workspace_mark', json(?)) WHERE id = ?", (json.dumps(mark), run_id))


_MARK_COLUMNS = ("(SELECT max(id) FROM operation), (SELECT state FROM operation ORDER BY id DESC LIMIT 1), "
                 "(SELECT max(id) FROM change_log), (SELECT count(*) FROM recommendation)")


def workspace_mark(session: Session) -> list[Any]:
    """What changes whenever the recommendations may have: the newest operation and its state (undo, redo), the newest
    change-log entry and the number of recommendations. Every write goes through an operation and the change log."""
    row = session.execute(text(f"SELECT {_MARK_COLUMNS}")).one()
    return [None if v is None else (v if isinstance(v, str) else int(v)) for v in row]


def earlier_run_unchanged(session: Session, sha256: str, options: dict[str, Any], home_state: str, app_version: str) -> dict[str, Any] | None:
    """The report of the newest import of this very file (same bytes) made with the same options, home State and app
    version, when nothing has changed in the workspace since it ended (``workspace_mark``); else None.

    Importing that file again can only find every kept row unchanged: it is not read again.
    """
    report = session.scalars(select(ImportRun.report).where(ImportRun.sha256 == sha256).order_by(ImportRun.id.desc()).limit(1)).first()
    if not report:
        return None
    if (report.get("options") != options or report.get("home_state") != home_state or report.get("app_version") != app_version
            or report.get("workspace_mark") is None or report["workspace_mark"] != workspace_mark(session)):
        return None
    return dict(report)


def earlier_runs_unchanged(session: Session, options: dict[str, Any], home_state: str, app_version: str, limit: int = 20) -> list[dict[str, Any]]:
    """The reports of the newest imports made with these options, home State and app version after which nothing has
    changed in the workspace (their ``workspace_mark`` is the current one), newest first; at most ``limit`` runs looked at.

    A file holding the same cells as one of them (run.py compares ``cells``, importers/cells_digest.py) can only find
    every kept row unchanged: its rows are not read into records and compared again.
    """
    mark = workspace_mark(session)
    found: list[dict[str, Any]] = []
    for report in session.scalars(select(ImportRun.report).order_by(ImportRun.id.desc()).limit(limit)):
        if not report or report.get("workspace_mark") != mark:
            break  # a change since this run: older runs are older than the change too
        if report.get("options") == options and report.get("home_state") == home_state and report.get("app_version") == app_version:
            found.append(dict(report))
    return found


def record_unchanged_run(session: Session, fmt: str, file_name: str, sha256: str, report: dict[str, Any], counts: dict[str, int]) -> int:
    """An import that changed nothing, recorded as the slow path records it (no operation, no change log)."""
    return _record_run(session, None, Plan(fmt), file_name, sha256, report, counts)


def _record_run(session: Session, operation_id: int | None, plan: Plan, file_name: str, sha256: str, report: dict[str, Any], counts: dict[str, int]) -> int:
    report = {**report, "workspace_mark": workspace_mark(session)}  # after every write of the import (see earlier_run_unchanged)
    run = ImportRun(operation_id=operation_id, file_name=file_name[:500], sha256=sha256, format=plan.format,
                    added=counts["added"], updated=counts["updated"], unchanged=counts["unchanged"],
                    skipped=counts["skipped"], report=report)
    session.add(run)
    session.flush()
    note_touched(session, "import_run")  # the run is recorded beside the change log, not through it
    return run.id


def _write_new(session: Session, plan: Plan, log: ChangeRecorder, home_state: str, monitor: Monitor, target_ids: dict[str, dict[str, int]],
               later: list[BulkStep] | None = None) -> None:
    """Decide ids, references and UUIDs of the new recommendations here; insert them now, or as a step in ``later``."""
    operation = log.operation
    cur = _raw(session).cursor()
    if not plan.new:
        return
    monitor.report(0, len(plan.new), tr("Adding recommendations"))
    start = cur.execute("SELECT COALESCE(MAX(id), 0) FROM recommendation").fetchone()[0] + 1
    new = _NewRows(plan, start, _assign_refs(session, plan, home_state), ordered_uuids(len(plan.new)), _sql_time(utcnow()),
                   (operation.id, _sql_time(operation.at), operation.actor, operation.source), home_state, target_ids, monitor)
    note_touched(session, "recommendation", *(table for _kind, table, *_ in _LINKS))  # written below, not through the recorder
    if later is not None and len(plan.new) >= BULK_FTS_FROM:
        later.append(new.insert)
        return
    new.insert(cur)


# A step of the bulk write into a private copy: given a DB-API-like cursor (execute, executemany, fetchone, fetchall).
BulkStep = Callable[[Any], None]


@dataclass
class _NewRows:
    """The new recommendations of a plan, with everything decided, inserted through any cursor on the workspace."""

    plan: Plan
    start: int
    refs: list[str]
    uuids: list[str]
    now_sql: str
    operation: tuple[int | None, str, str, str]  # id, at, actor, source
    home_state: str
    target_ids: dict[str, dict[str, int]]
    monitor: Monitor

    def rows_by_chunk(self, tally_add: Callable[..., None] | None) -> Iterator[tuple[int, int, list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]]:
        """The new recommendations' insert tuples and link pairs, WRITE_CHUNK rows at a time (first and last offset
        in plan.new, rows, link pairs by kind), each row given to ``tally_add`` for the Dashboard's counts."""
        plan, start, refs, uuids, now_sql, home_state, monitor = self.plan, self.start, self.refs, self.uuids, self.now_sql, self.home_state, self.monitor
        json_of: dict[tuple[str, ...], str] = {}
        # Records share their memoised lists (the same recommending States, themes...): each distinct list object is
        # converted once, by its id (the records keep every list alive and unchanged until the import ends).
        states_of: dict[int, tuple[tuple[str, ...], str]] = {}  # id of a recommending-States list -> (tuple, JSON)
        target_lists: dict[int, list[int]] = {}
        target_ids = self.target_ids
        fmt = plan.format
        new = plan.new
        for chunk_start in range(0, len(new), WRITE_CHUNK):
            monitor.report(chunk_start, len(new), tr("Adding recommendations"))
            chunk_end = min(chunk_start + WRITE_CHUNK, len(new))
            rows = []
            add_row = rows.append
            link_rows: dict[str, list[tuple[Any, ...]]] = {kind: [] for kind, *_ in _LINKS}
            theme_pairs, sdg_pairs, group_pairs = link_rows["themes"], link_rows["sdgs"], link_rows["affected_groups"]
            for offset in range(chunk_start, chunk_end):
                key, rec = new[offset]
                rec_id = start + offset
                recommending = rec.recommending_states
                known = states_of.get(id(recommending))
                if known is None:
                    states = tuple(recommending)
                    states_json = json_of.get(states)
                    if states_json is None:
                        states_json = json_of[states] = _json_list(recommending)
                    known = states_of[id(recommending)] = (states, states_json)
                states, states_json = known
                add_row((rec_id, uuids[offset], refs[offset], key, fmt, rec.source_document, rec.note, rec.text,
                         rec.state_under_review or home_state, states_json, rec.response, rec.action_category,
                         rec.session, rec.cycle, rec.theme_cluster, None, 0, now_sql, now_sql))
                themes: list[int] = NO_TARGETS
                values = rec.themes
                if values:
                    themes = target_lists.get(id(values))
                    if themes is None:
                        themes = target_lists[id(values)] = _target_ids("themes", values, target_ids)
                    theme_pairs.extend([(rec_id, t) for t in themes])
                values = rec.sdgs
                if values:
                    targets = target_lists.get(id(values))
                    if targets is None:
                        targets = target_lists[id(values)] = _target_ids("sdgs", values, target_ids)
                    sdg_pairs.extend([(rec_id, t) for t in targets])
                values = rec.affected_groups
                if values:
                    targets = target_lists.get(id(values))
                    if targets is None:
                        targets = target_lists[id(values)] = _target_ids("affected_groups", values, target_ids)
                    group_pairs.extend([(rec_id, t) for t in targets])
                if tally_add is not None:
                    tally_add(rec.response, rec.action_category, states, themes)
            yield chunk_start, chunk_end, rows, link_rows

    def insert(self, cur: Any) -> None:
        plan, start, monitor = self.plan, self.start, self.monitor
        bulk = len(plan.new) >= BULK_FTS_FROM
        bulk_index = suspend_fts_trigger(cur) if bulk else None
        # The dashboard's counts (core/figure_tally.py): gathered as the rows are built, one upsert per key, not ~8 per row.
        tally_triggers = set_aside_triggers(cur, figure_tally.INSERT_TRIGGERS) if bulk else []
        tally = figure_tally.NewRecommendations(cur) if tally_triggers else None
        tally_add = tally.add if tally is not None else None
        deferred = drop_secondary_indexes(cur, ["recommendation", *(t for _k, t, *_ in _LINKS)]) if bulk and len(plan.new) >= start - 1 else []
        insert_sql = f"INSERT INTO recommendation ({', '.join(_INSERT_COLUMNS)}) VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})"
        link_sql = {kind: f"INSERT INTO {table} (recommendation_id, {col}) VALUES (?, ?)" for kind, table, col, *_ in _LINKS}
        for _first, _last, rows, link_rows in self.rows_by_chunk(tally_add):
            # One thread: a writer thread overlapping row building with SQLite cost more than it saved on two
            # cores (sqlite3's executemany takes the GIL back for every row it binds).
            cur.executemany(insert_sql, rows)  # links after their recommendations: foreign keys are checked at once
            for kind, pairs in link_rows.items():
                if pairs:
                    cur.executemany(link_sql[kind], pairs)
        monitor.check()
        if bulk_index is not None:
            trigger_sql, index_sql = bulk_index
            index_texts(cur, index_sql, start)
            cur.execute(trigger_sql)
        if tally is not None:
            tally.write(cur)
            for trigger_sql in tally_triggers:
                cur.execute(trigger_sql)
        # One "create" entry per new recommendation, written by SQLite itself from the rows just inserted: a
        # summary (ref, source key, format), not the whole row, since the row is the record and ImportRun keeps
        # the file's hash. Reverting the import deletes exactly these rows (their links go by cascade).
        operation_id, at_sql, actor, source = self.operation
        cur.execute(
            "INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
            "SELECT ?, ?, ?, ?, 'recommendation', id, uuid, 'create', NULL, NULL, "
            "json_object('ref', ref, 'source_key', source_key, 'source_format', source_format) "
            "FROM recommendation WHERE id >= ? ORDER BY id",
            (operation_id, at_sql, actor, source, start),
        )
        for index_sql in deferred:
            cur.execute(index_sql)


def _target_ids(kind: str, values: list[Any], target_ids: dict[str, dict[str, int]]) -> list[int]:
    """Ids of the themes, SDG targets or groups one record links to, each once."""
    ids = target_ids[kind]
    if kind == "themes":
        return [ids[name] for name, _code in values]
    return [ids[name] for name in dict.fromkeys(values)]


def _write_updates(session: Session, plan: Plan, target_ids: dict[str, dict[str, int]], log: ChangeRecorder) -> None:
    cur = _raw(session).cursor()
    now_sql = _sql_time(utcnow())
    by_fields: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    entries: list[dict[str, Any]] = []
    for upd in plan.updates:
        if upd.fields:
            names = tuple(sorted(upd.fields))
            values = [(_json_list(upd.fields[n][1]) if n == "recommending_states" else upd.fields[n][1]) for n in names]
            by_fields[names].append((*values, now_sql, upd.rec_id))
            entries.extend(
                {"entity": "recommendation", "entity_id": upd.rec_id, "entity_uuid": upd.uuid, "op": "update",
                 "field": n, "old": old, "new": new}
                for n, (old, new) in upd.fields.items()
            )
    for names, rows in by_fields.items():
        assignments = ", ".join(f"{n} = ?" for n in names)
        cur.executemany(f"UPDATE recommendation SET {assignments}, updated_at = ? WHERE id = ?", rows)
    for kind, link_table, target_col, *_ in _LINKS:
        pairs = [(upd.rec_id, target_ids[kind][t]) for upd in plan.updates for t in dict.fromkeys(upd.links.get(kind, []))]
        if not pairs:
            continue
        start = cur.execute(f"SELECT COALESCE(MAX(id), 0) FROM {link_table}").fetchone()[0] + 1
        cur.executemany(f"INSERT INTO {link_table} (id, recommendation_id, {target_col}) VALUES (?, ?, ?)",
                        [(start + i, rec_id, target) for i, (rec_id, target) in enumerate(pairs)])
        entries.extend(
            {"entity": link_table, "entity_id": start + i, "op": "create",
             "new": {"id": start + i, "recommendation_id": rec_id, target_col: target}}
            for i, (rec_id, target) in enumerate(pairs)
        )
    log.bulk(entries)

