"""Conflicts left by merges, and resolving them: keep ours, take theirs, or an edited value.

API for the GUI's side-by-side view (plain dataclasses):

- ``list_conflicts(session, unresolved_only=True, batch_id=None) -> list[ConflictView]``:
  sheet, cell, ref, field, base/ours/theirs (compare form) and their display labels;
- ``resolve(session, conflict_id, take="ours"|"theirs"|"edited", value=None) -> ConflictView``;
- ``resolve_all(session, take="ours"|"theirs", batch_id=None) -> int``.

Taking theirs (or an edited value) writes through the change log (source ``conflict:<file>#merge-<id>``):
for a recommendation field it records a new assessment by the returning group with its
current values and that field changed; for a consultation or action it sets the field.
Conflicts of an undone merge are not listed and cannot be resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import MergeBatch, MergeConflict, utcnow
from upr_desktop.core.services.changelog import change, note_touched
from upr_desktop.errors import NotFound, UserError
from upr_desktop.exchange import writes
from upr_desktop.exchange.cells import display, parse_cell
from upr_desktop.exchange.decisions import TAKES
from upr_desktop.exchange.layout import SHEET_COLUMNS
from upr_desktop.exchange.merge_planner import MergeContext
from upr_desktop.i18n import tr


@dataclass(frozen=True)
class ConflictView:
    id: int
    batch_id: int
    file: str
    sheet: str
    cell: str | None
    ref: str | None
    field: str
    base: str
    ours: str
    theirs: str
    base_label: str
    ours_label: str
    theirs_label: str
    resolution: str | None
    resolved_value: str | None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "merge": self.batch_id, "file": self.file, "sheet": self.sheet, "cell": self.cell,
                "ref": self.ref, "field": self.field, "base": self.base, "ours": self.ours, "theirs": self.theirs,
                "resolution": self.resolution, "resolved_value": self.resolved_value}


def _view(c: MergeConflict, file: str) -> ConflictView:
    base, ours, theirs = c.base_value or "", c.ours_value or "", c.theirs_value or ""
    return ConflictView(c.id, c.batch_id, file, c.sheet, c.cell, c.ref, c.field, base, ours, theirs,
                        display(c.field, base), display(c.field, ours), display(c.field, theirs), c.resolution, c.resolved_value)


def list_conflicts(session: Session, *, unresolved_only: bool = True, batch_id: int | None = None) -> list[ConflictView]:
    q = (select(MergeConflict, MergeBatch.file_name).join(MergeBatch, MergeBatch.id == MergeConflict.batch_id)
         .where(MergeBatch.undone_at.is_(None)).order_by(MergeConflict.id))
    if unresolved_only:
        q = q.where(MergeConflict.resolution.is_(None))
    if batch_id is not None:
        q = q.where(MergeConflict.batch_id == batch_id)
    return [_view(c, f) for c, f in session.execute(q)]


def _kind(sheet: str, field: str) -> str:
    for name, cols in SHEET_COLUMNS.items():
        if name.casefold() == sheet.casefold():
            for col in cols:
                if col.key == field:
                    return col.kind
    return "text"


def edited_value(ctx: MergeContext, sheet: str, field: str, value: str) -> tuple[str, str | None]:
    """An edited value in the form the merge stores it, or the reason it cannot be used (as a returned cell)."""
    parsed, reason = parse_cell(_kind(sheet, field), value, known_refs=ctx.known_refs, locale_format=ctx.locale_format,
                                allow_future=field != "assessed_on")
    return parsed or "", reason


def resolution_source(batch: MergeBatch) -> str:
    """Change-log source of a decision on one of the batch's conflicts (undoing the merge undoes them too)."""
    return f"conflict:{batch.file_name}#merge-{batch.id}"


def resolve(session: Session, conflict_id: int, *, take: str, value: str | None = None, actor: str | None = None) -> ConflictView:
    if take not in TAKES:
        raise UserError(tr("Resolve a conflict with ours, theirs or an edited value, not '{take}'.", take=take))
    c = session.get(MergeConflict, conflict_id)
    if c is None:
        raise NotFound(tr("There is no conflict number {id}. List them with: upr-desktop conflicts list", id=conflict_id))
    batch = session.get(MergeBatch, c.batch_id)
    assert batch is not None
    if batch.undone_at is not None:
        raise UserError(tr("Conflict {id} belongs to a merge that was undone.", id=conflict_id))
    if c.resolution is not None:
        raise UserError(tr("Conflict {id} was already resolved ({how}).", id=conflict_id, how=c.resolution))
    if take == "ours":
        chosen = c.ours_value or ""
    elif take == "theirs":
        chosen = c.theirs_value or ""
    else:
        if value is None:
            raise UserError(tr("Give the value to keep (--value)."))
        chosen, reason = edited_value(MergeContext.load(session), c.sheet, c.field, value)
        if reason is not None:
            raise UserError(tr("Conflict {id} ({field}): {reason}", id=conflict_id, field=c.field, reason=reason))
    if take != "ours":
        label = tr("Resolve conflict on {ref} {field}", ref=c.ref or "", field=c.field)
        with change(session, label, actor=actor, source=resolution_source(batch)) as log:
            if c.entity == "recommendation":
                assert c.entity_uuid is not None and batch.group_id is not None
                include = bool((batch.report or {}).get("include_sensitive", False))
                writes.record_group_assessment(session, log, recommendation_uuid=c.entity_uuid, group_id=batch.group_id,
                                               include_confidential=include, changes={c.field: chosen})
            else:
                assert c.entity_uuid is not None
                writes.set_field(session, log, c.entity, c.entity_uuid, c.field, chosen)
    c.resolution, c.resolved_value, c.resolved_at = take, chosen, utcnow()
    session.flush()
    note_touched(session, "merge_conflict")
    return _view(c, batch.file_name)


def resolve_all(session: Session, *, take: str, batch_id: int | None = None, actor: str | None = None) -> int:
    if take not in ("ours", "theirs"):
        raise UserError(tr("Resolve all conflicts with ours or theirs."))
    pending = list_conflicts(session, batch_id=batch_id)
    for view in pending:
        resolve(session, view.id, take=take, actor=actor)
    return len(pending)
