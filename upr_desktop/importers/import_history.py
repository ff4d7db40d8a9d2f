"""Imports already made: list them, show what one did, undo exactly one (like a merge).

- ``list_imports(session) -> list[ImportSummary]`` newest first;
- ``show_import(session, import_id) -> ImportDetail``: the file, its hash, the options, the report kept
  at import time (warnings, rows not imported), and every change: recommendations added (ref, text),
  fields updated (ref, field, old -> new), themes/SDGs/groups linked;
- ``undo_import(session, import_id) -> ImportSummary``: removes what the import added and puts back
  what it updated, in one transaction. Refused, naming them, when later changes touched the same
  records (a group assigned or assessed one of its recommendations, a field it set was edited
  since, another recommendation was tagged with a theme it created): undoing would destroy them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.storage import raw
from upr_desktop.core.domain.models import ImportRun, Operation
from upr_desktop.core.services.changelog import note_touched, revert_operation
from upr_desktop.errors import NotFound, UserError
from upr_desktop.i18n import tr, tr_noop, trn

# Rows that point at a recommendation (table, column) and that an import never writes for its own new recommendations.
_DEPENDENTS = (
    ("assignment", "recommendation_id", tr_noop("assigned")),
    ("assessment", "recommendation_id", tr_noop("assessed")),
    ("consultation_recommendation", "recommendation_id", tr_noop("discussed in a consultation")),
    ("action_recommendation", "recommendation_id", tr_noop("linked to a follow-up action")),
    # A person's decision on "recommended before", either side of the pair (deleting the recommendation would
    # delete the decision with it, through the foreign key's cascade, outside the change log).
    ("recommendation_link", "recommendation_id", tr_noop("linked as recommended before")),
    ("recommendation_link", "predecessor_id", tr_noop("linked as recommended before")),
)
_LINKS = {"recommendation_theme": ("theme_id", "theme"), "recommendation_sdg": ("sdg_id", "sdg_target"),
          "recommendation_affected_group": ("affected_group_id", "affected_group")}
_TARGETS = {target: (link, column) for link, (column, target) in _LINKS.items()}
SHOWN_BLOCKERS = 6


@dataclass(frozen=True)
class ImportSummary:
    id: int
    file: str
    format: str
    imported_at: datetime
    added: int
    updated: int
    unchanged: int
    skipped: int
    state: str  # in-effect | undone | no-changes

    @property
    def undone(self) -> bool:
        return self.state == "undone"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "format": self.format, "imported_at": self.imported_at.isoformat(),
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
                "state": self.state, "undone": self.undone}


@dataclass
class ImportDetail:
    summary: ImportSummary
    sha256: str
    report: dict[str, Any]
    added: list[dict[str, Any]] = field(default_factory=list)  # ref, text
    changes: list[dict[str, Any]] = field(default_factory=list)  # ref, field, old, new
    links: list[dict[str, Any]] = field(default_factory=list)  # ref, kind, value

    def as_json(self) -> dict[str, Any]:
        return {**self.summary.as_json(), "sha256": self.sha256, "options": self.report.get("options", {}),
                "state_under_review": self.report.get("state_under_review"),
                "warnings": self.report.get("warnings", []), "errors": self.report.get("errors", []),
                "left_out": self.report.get("left_out", 0), "added_recommendations": self.added,
                "changes": self.changes, "links": self.links}


def _state(run: ImportRun, op_state: str | None) -> str:
    if run.operation_id is None:
        return "no-changes"
    return "undone" if op_state in ("undone", "discarded") else "in-effect"


def _summary(run: ImportRun, op_state: str | None) -> ImportSummary:
    return ImportSummary(run.id, run.file_name, run.format, run.imported_at, run.added, run.updated, run.unchanged,
                         run.skipped, _state(run, op_state))


def list_imports(session: Session) -> list[ImportSummary]:
    q = (select(ImportRun, Operation.state).outerjoin(Operation, Operation.id == ImportRun.operation_id)
         .order_by(ImportRun.id.desc()))
    return [_summary(run, state) for run, state in session.execute(q)]


def _run(session: Session, import_id: int) -> tuple[ImportRun, Operation | None]:
    run = session.get(ImportRun, import_id)
    if run is None:
        raise NotFound(tr("There is no import number {id}. List them with: upr-desktop imports list", id=import_id))
    op = session.get(Operation, run.operation_id) if run.operation_id is not None else None
    return run, op


def _raw(session: Session) -> Any:
    return raw.cursor(session)


def _refs(cur: Any, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(dict.fromkeys(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(cur.execute(f"SELECT id, ref FROM recommendation WHERE id IN ({marks})", chunk).fetchall())
    return found


def _value(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def show_import(session: Session, import_id: int) -> ImportDetail:
    run, op = _run(session, import_id)
    detail = ImportDetail(_summary(run, op.state if op else None), run.sha256, dict(run.report or {}))
    if op is None:
        return detail
    cur = _raw(session)
    rows = cur.execute(
        "SELECT entity, entity_id, op, field, old_value, new_value FROM change_log WHERE operation_id = ? ORDER BY id",
        (op.id,)).fetchall()
    rec_ids = [r[1] for r in rows if r[0] == "recommendation"]
    link_rec_ids = [(_value(r[5]) or {}).get("recommendation_id") for r in rows if r[0] in _LINKS and r[2] == "create"]
    refs = _refs(cur, [*rec_ids, *(i for i in link_rec_ids if i)])
    texts = {}
    created = [r[1] for r in rows if r[0] == "recommendation" and r[2] == "create"]
    for start in range(0, len(created), 500):
        chunk = created[start : start + 500]
        texts.update(cur.execute(f"SELECT id, text FROM recommendation WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    names = {target: dict(cur.execute(f"SELECT id, {'code' if target == 'sdg_target' else 'name'} FROM {target}").fetchall())
             for target in _TARGETS}
    for entity, entity_id, kind, name, old, new in rows:
        if entity == "recommendation" and kind == "create":
            summary = _value(new) or {}
            detail.added.append({"ref": refs.get(entity_id) or summary.get("ref"), "text": texts.get(entity_id)})
        elif entity == "recommendation" and kind == "update":
            detail.changes.append({"ref": refs.get(entity_id), "field": name, "old": _value(old), "new": _value(new)})
        elif entity in _LINKS and kind == "create":
            values = _value(new) or {}
            column, target = _LINKS[entity]
            detail.links.append({"ref": refs.get(values.get("recommendation_id")), "kind": target,
                                 "value": names[target].get(values.get(column))})
    return detail


# -- undo ------------------------------------------------------------------------------------------
def blockers(session: Session, import_id: int) -> list[str]:
    """Later changes that undoing this import would destroy or contradict, one short phrase each."""
    _run_row, op = _run(session, import_id)
    if op is None or op.state != "done":
        return []
    cur = _raw(session)
    mine = cur.execute("SELECT entity, entity_id, op, field FROM change_log WHERE operation_id = ?", (op.id,)).fetchall()
    if not mine:
        return []
    last = max(r[0] for r in cur.execute("SELECT id FROM change_log WHERE operation_id = ?", (op.id,)).fetchall())
    created = {r[1] for r in mine if r[0] == "recommendation" and r[2] == "create"}
    updated = {(r[1], r[3]) for r in mine if r[0] == "recommendation" and r[2] == "update"}
    targets = {(r[0], r[1]) for r in mine if r[0] in _TARGETS and r[2] == "create"}
    found: list[tuple[int, str]] = []  # (recommendation id, what happened)
    created_list = sorted(created)
    for table, column, what in _DEPENDENTS:
        for start in range(0, len(created_list), 500):
            chunk = created_list[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for (rec_id,) in cur.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN ({marks})", chunk):
                found.append((rec_id, tr(what)))
    later = cur.execute(
        "SELECT c.entity, c.entity_id, c.op, c.field, c.new_value, c.source, c.at FROM change_log c "
        "JOIN operation o ON o.id = c.operation_id WHERE c.id > ? AND o.state = 'done' AND o.kind NOT IN ('undo', 'redo') "
        "AND c.entity IN ('recommendation', 'recommendation_theme', 'recommendation_sdg', 'recommendation_affected_group') "
        "ORDER BY c.id", (last,)).fetchall()
    for entity, entity_id, kind, name, new, source, at in later:
        when = str(at)[:16]
        if entity == "recommendation":
            if kind == "update" and (entity_id in created or (entity_id, name) in updated):
                found.append((entity_id, tr("{field} changed ({source}, {when})", field=name, source=source, when=when)))
            elif kind == "delete" and (entity_id in created or any(rid == entity_id for rid, _f in updated)):
                found.append((entity_id, tr("deleted ({source}, {when})", source=source, when=when)))
        elif kind == "create":
            values = _value(new) or {}
            column, target = _LINKS[entity]
            if values.get("recommendation_id") in created:
                found.append((values["recommendation_id"], tr("tagged by hand ({source}, {when})", source=source, when=when)))
            elif (target, values.get(column)) in targets:
                found.append((values.get("recommendation_id"), tr("tagged with a {kind} this import created ({source}, {when})",
                                                                  kind=target.replace("_", " "), source=source, when=when)))
    if not found:
        return []
    refs = _refs(cur, [rid for rid, _w in found if rid is not None])
    phrases = list(dict.fromkeys(f"{refs.get(rid, '?')} {what}" for rid, what in found))
    return phrases


def check_undoable(session: Session, import_id: int) -> Operation:
    """The import's operation when it can be undone; a UserError naming why not otherwise."""
    run, op = _run(session, import_id)
    if op is None:
        raise UserError(tr("The import of {file} changed nothing; there is nothing to undo.", file=run.file_name))
    if op.state != "done":
        raise UserError(tr("The import of {file} was already undone.", file=run.file_name))
    found = blockers(session, import_id)
    if found:
        shown = "; ".join(found[:SHOWN_BLOCKERS])
        more = tr(" (and {count} more)", count=len(found) - SHOWN_BLOCKERS) if len(found) > SHOWN_BLOCKERS else ""
        raise UserError(tr(
            "Cannot undo the import of {file}: later changes touched its recommendations: {listed}{more}. Undo those "
            "first, or keep the import.", file=run.file_name, listed=shown, more=more))
    return op


def undo_import(session: Session, import_id: int, *, actor: str | None = None) -> ImportSummary:
    """Undo exactly one import (what it added goes, what it updated is put back); refused when later work depends on it."""
    op = check_undoable(session, import_id)
    revert_operation(session, op.id, force=True, actor=actor)
    note_touched(session, "import_run")
    run, op = _run(session, import_id)
    return _summary(run, op.state if op else None)


def explanation_lines(detail: ImportDetail, limit: int = 0) -> list[str]:
    """An import as a person reads it (the command line and the app's history show these lines);
    ``limit`` caps the changes listed (0: all)."""
    s = detail.summary
    lines = [tr("Import {id}: {file} ({format}) on {when}: added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.",
                id=s.id, file=s.file, format=s.format, when=f"{s.imported_at:%Y-%m-%d %H:%M}", added=s.added,
                updated=s.updated, unchanged=s.unchanged, skipped=s.skipped)]
    if s.undone:
        lines.append(tr("  It was undone."))
    lines += [f"  {w}" for w in detail.report.get("warnings", [])]
    changes = [tr("  added {ref}: {text}", ref=a["ref"], text=(a["text"] or "")[:100]) for a in detail.added]
    changes += [tr("  {ref} {field}: {old} -> {new}", ref=c["ref"], field=c["field"], old=c["old"], new=c["new"]) for c in detail.changes]
    changes += [tr("  {ref}: linked {kind} {value}", ref=c["ref"], kind=c["kind"].replace("_", " "), value=c["value"]) for c in detail.links]
    lines += changes[:limit] if limit else changes
    if limit and len(changes) > limit:
        lines.append(trn("  ... and %n more changes (--limit 0 shows all).", len(changes) - limit))
    errors = detail.report.get("errors", [])
    lines += [tr("  row {row} not imported: {message}", row=e["row"], message=e["message"]) for e in errors[: limit or None]]
    return lines
