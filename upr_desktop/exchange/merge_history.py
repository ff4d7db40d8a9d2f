"""Merges already applied: list them, show one, undo one (exactly that batch).

API for the GUI and the CLI (plain dataclasses):

- ``list_merges(session) -> list[MergeSummary]`` newest first,
- ``show_merge(session, batch_id) -> MergeDetail`` (summary, the batch report, changes, conflicts),
- ``undo_merge(session, batch_id, force=False) -> MergeSummary``: reverts the batch's operation
  with :func:`upr_desktop.core.services.changelog.revert_operation`, after the decisions taken since on its
  conflicts (they are part of what it brought); when later changes touched the same
  fields it refuses and names them, unless ``force``. An undone file can be merged again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import (
    ChangeLog,
    MemberGroup,
    MergeBatch,
    MergeConflict,
    Operation,
    utcnow,
)
from upr_desktop.core.services.changelog import note_touched, revert_operation
from upr_desktop.errors import NotFound, UserError
from upr_desktop.exchange.conflicts import resolution_source
from upr_desktop.i18n import tr


@dataclass(frozen=True)
class MergeSummary:
    id: int
    file: str
    group: str | None
    merged_at: datetime
    added: int
    updated: int
    conflicts: int
    undone: bool

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "group": self.group, "merged_at": self.merged_at.isoformat(),
                "added": self.added, "updated": self.updated, "conflicts": self.conflicts, "undone": self.undone}


@dataclass
class MergeDetail:
    summary: MergeSummary
    sha256: str
    export_id: str | None
    trusted_unsigned: bool
    report: dict[str, Any]
    changes: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {**self.summary.as_json(), "sha256": self.sha256, "export_id": self.export_id,
                "trusted_unsigned": self.trusted_unsigned, "rejected": self.report.get("rejected", []),
                "warnings": self.report.get("warnings", []), "changes": self.changes, "conflict_list": self.conflicts}


def _summary(batch: MergeBatch, acronym: str | None) -> MergeSummary:
    return MergeSummary(batch.id, batch.file_name, acronym, batch.merged_at, batch.added, batch.updated, batch.conflicts, batch.undone_at is not None)


def list_merges(session: Session) -> list[MergeSummary]:
    q = select(MergeBatch, MemberGroup.acronym).outerjoin(MemberGroup, MemberGroup.id == MergeBatch.group_id).order_by(MergeBatch.id.desc())
    return [_summary(b, acr) for b, acr in session.execute(q)]


def _batch(session: Session, batch_id: int) -> MergeBatch:
    batch = session.get(MergeBatch, batch_id)
    if batch is None:
        raise NotFound(tr("There is no merge number {id}. List them with: upr-desktop merges list", id=batch_id))
    return batch


def show_merge(session: Session, batch_id: int) -> MergeDetail:
    batch = _batch(session, batch_id)
    acronym = session.get(MemberGroup, batch.group_id).acronym if batch.group_id else None  # type: ignore[union-attr]
    changes = []
    if batch.operation_id is not None:
        for c in session.scalars(select(ChangeLog).where(ChangeLog.operation_id == batch.operation_id).order_by(ChangeLog.id)):
            changes.append({"entity": c.entity, "id": c.entity_uuid or c.entity_id, "op": c.op, "field": c.field,
                            "old": c.old_value if c.op == "update" else None, "new": c.new_value if c.op == "update" else None})
    conflicts = [
        {"id": c.id, "sheet": c.sheet, "cell": c.cell, "ref": c.ref, "field": c.field, "base": c.base_value,
         "ours": c.ours_value, "theirs": c.theirs_value, "resolution": c.resolution}
        for c in session.scalars(select(MergeConflict).where(MergeConflict.batch_id == batch.id).order_by(MergeConflict.id))
    ]
    return MergeDetail(_summary(batch, acronym), batch.sha256, batch.export_id, batch.trusted_unsigned, dict(batch.report or {}), changes, conflicts)


def undo_merge(session: Session, batch_id: int, *, force: bool = False, actor: str | None = None) -> MergeSummary:
    batch = _batch(session, batch_id)
    if batch.undone_at is not None:
        raise UserError(tr("The merge of {file} was already undone.", file=batch.file_name))
    if batch.operation_id is None:
        raise UserError(tr("The merge of {file} has no recorded changes to undo.", file=batch.file_name))
    # Decisions taken later on this merge's conflicts are part of what it brought: undo them first, newest first.
    decisions = session.scalars(
        select(Operation.id).where(Operation.source == resolution_source(batch), Operation.state == "done").order_by(Operation.id.desc())
    ).all()
    for decision in decisions:
        revert_operation(session, decision, force=force, actor=actor)
    revert_operation(session, batch.operation_id, force=force, actor=actor)
    for conflict in session.scalars(select(MergeConflict).where(MergeConflict.batch_id == batch.id)):
        conflict.resolution = conflict.resolution or "undone"
    batch = _batch(session, batch_id)
    batch.undone_at = utcnow()
    session.flush()
    note_touched(session, "merge_batch", "merge_conflict")
    acronym = session.get(MemberGroup, batch.group_id).acronym if batch.group_id else None  # type: ignore[union-attr]
    return _summary(batch, acronym)
