"""Merges already applied: list them, show one, undo one (exactly that batch).

API for the GUI and the CLI (plain dataclasses):

- ``list_merges(session) -> list[MergeSummary]`` newest first,
- ``show_merge(session, batch_id) -> MergeDetail``: every change (ref, sheet and cell, field, old -> new,
  who filled it in), every conflict and its decision, every rejected cell and why (kept at merge time),
- ``undo_merge(session, batch_id, force=False) -> MergeSummary``: reverts the batch's operation
  with :func:`upr_desktop.core.services.changelog.revert_operation`, after the decisions taken since on its
  conflicts (they are part of what it brought); when later changes touched the same
  fields it refuses and names them, unless ``force``. An undone file can be merged again.
"""

from __future__ import annotations

import json
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
    Recommendation,
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
    rejected: int = 0  # cells not used

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "group": self.group, "merged_at": self.merged_at.isoformat(),
                "added": self.added, "updated": self.updated, "conflicts": self.conflicts, "undone": self.undone,
                "rejected": self.rejected}


@dataclass
class MergeDetail:
    """A merge explained: every change (ref, sheet and cell, field, old -> new, who filled it in), every
    conflict and how it was decided, and every cell that was not used with the reason."""

    summary: MergeSummary
    sha256: str
    export_id: str | None
    trusted_unsigned: bool
    report: dict[str, Any]
    changes: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    merged_by: str | None = None

    @property
    def rejected(self) -> list[dict[str, Any]]:
        return list(self.report.get("rejected", []))

    @property
    def sheet_titles(self) -> dict[str, str]:
        """The sheets as the returned workbook named them (empty for merges recorded before they were kept)."""
        titles = self.report.get("sheet_titles")
        return dict(titles) if isinstance(titles, dict) else {}

    @property
    def filled_in_by(self) -> str | None:
        return self.report.get("filled_in_by")

    @property
    def recorded_by(self) -> str | None:
        return self.report.get("recorded_by")

    def as_json(self) -> dict[str, Any]:
        return {**self.summary.as_json(), "sha256": self.sha256, "export_id": self.export_id,
                "trusted_unsigned": self.trusted_unsigned, "filled_in_by": self.filled_in_by,
                "recorded_by": self.recorded_by, "merged_by": self.merged_by, "rejected": self.rejected,
                "warnings": self.report.get("warnings", []), "changes": self.changes, "conflict_list": self.conflicts}


def _summary(batch: MergeBatch, acronym: str | None) -> MergeSummary:
    return MergeSummary(batch.id, batch.file_name, acronym, batch.merged_at, batch.added, batch.updated, batch.conflicts,
                        batch.undone_at is not None, batch.rejected or 0)


def explanation_lines(detail: MergeDetail) -> list[str]:
    """A merge as a person reads it (the command line and the app's history show these lines)."""
    from upr_desktop.exchange.cells import display

    s = detail.summary
    lines = [tr("Merge {id}: {file} from {group} on {when}", id=s.id, file=s.file, group=s.group, when=f"{s.merged_at:%Y-%m-%d %H:%M}")]
    if detail.filled_in_by:
        lines.append(tr("  Filled in by {name}.", name=detail.filled_in_by.rstrip(".")))  # "Somchai P." ends the sentence once
    if s.undone:
        lines.append(tr("  It was undone."))
    titles = detail.sheet_titles
    for c in detail.changes:
        where = f"{titles.get(c['sheet'], c['sheet'])}!{c['cell']}" if c.get("sheet") else c["entity"]
        lines.append(tr("  {ref}{where} {field}: '{old}' -> '{new}' (recorded by {who})", ref=_ref(c.get("ref")), where=where,
                        field=_field_name(c.get("sheet"), c["field"]), old=display(c["field"], _text(c.get("old"))), new=display(c["field"], _text(c.get("new"))),
                        who=c.get("filled_in_by") or "-"))
    for c in detail.conflicts:
        lines.append(tr("  conflict {id}: {ref}{sheet}!{cell} {field}: base '{base}', ours '{ours}', theirs '{theirs}' ({decision})",
                        id=c["id"], ref=_ref(c["ref"]), sheet=titles.get(c["sheet"], c["sheet"]), cell=c["cell"], field=_field_name(c["sheet"], c["field"]),
                        base=display(c["field"], c["base"]), ours=display(c["field"], c["ours"]),
                        theirs=display(c["field"], c["theirs"]), decision=c["resolution"] or tr("undecided")))
    for r in detail.rejected:
        held = tr(" (it held '{value}')", value=r["value"]) if r.get("value") else ""
        what = " ".join(part for part in (r.get("ref"), r.get("column")) if part)
        lines.append(tr("  not used: {sheet}!{cell}{what}{held}: {reason}", sheet=r["sheet"], cell=r["cell"],
                        what=f" {what}" if what else "", held=held, reason=r["reason"]))
    return lines


def _field_name(sheet: str | None, field: str) -> str:
    """A field as the workbook's column names it, in the language of the message ("Assessment date", never "assessed_on")."""
    from upr_desktop.exchange import layout

    sheets = [layout.SHEET_COLUMNS[sheet]] if sheet in layout.SHEET_COLUMNS else list(layout.SHEET_COLUMNS.values())
    for columns in sheets:
        for column in columns:
            if column.key == field:
                return tr(column.header)
    return field


def _ref(ref: object) -> str:
    return f"{ref} " if ref else ""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def list_merges(session: Session) -> list[MergeSummary]:
    q = select(MergeBatch, MemberGroup.acronym).outerjoin(MemberGroup, MemberGroup.id == MergeBatch.group_id).order_by(MergeBatch.id.desc())
    return [_summary(b, acr) for b, acr in session.execute(q)]


def _batch(session: Session, batch_id: int) -> MergeBatch:
    batch = session.get(MergeBatch, batch_id)
    if batch is None:
        raise NotFound(tr("There is no merge number {id}. List them with: upr-desktop merges list", id=batch_id))
    return batch


_ASSESSMENT_FIELDS = ("status", "assessed_on", "evidence", "sources", "comment")


def _logged_changes(session: Session, batch: MergeBatch) -> list[dict[str, Any]]:
    """The changes of a merge made before merges kept their explanation, rebuilt from the change log."""
    if batch.operation_id is None:
        return []
    rows = list(session.scalars(select(ChangeLog).where(ChangeLog.operation_id == batch.operation_id).order_by(ChangeLog.id)))
    rec_ids = set()
    for c in rows:
        if c.entity == "assessment" and c.op == "create" and c.new_value:
            rec_ids.add(json.loads(c.new_value).get("recommendation_id"))
    refs = dict(session.execute(select(Recommendation.id, Recommendation.ref).where(Recommendation.id.in_(rec_ids)))) if rec_ids else {}
    changes: list[dict[str, Any]] = []
    for c in rows:
        if c.op == "update":
            changes.append({"ref": None, "sheet": None, "cell": None, "field": c.field, "old": _plain(c.old_value),
                            "new": _plain(c.new_value), "entity": c.entity, "id": c.entity_uuid, "filled_in_by": c.actor})
        elif c.op == "create" and c.entity in ("assessment", "consultation", "follow_up_action") and c.new_value:
            values = json.loads(c.new_value)
            ref = refs.get(values.get("recommendation_id")) if c.entity == "assessment" else None
            for name in (_ASSESSMENT_FIELDS if c.entity == "assessment" else [k for k in values if k not in ("id", "uuid")]):
                if values.get(name) not in (None, ""):
                    changes.append({"ref": ref, "sheet": None, "cell": None, "field": name, "old": "",
                                    "new": values[name], "entity": c.entity, "id": c.entity_uuid, "filled_in_by": c.actor})
    return changes


def _plain(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def show_merge(session: Session, batch_id: int) -> MergeDetail:
    batch = _batch(session, batch_id)
    acronym = session.get(MemberGroup, batch.group_id).acronym if batch.group_id else None  # type: ignore[union-attr]
    report = dict(batch.report or {})
    changes = list(report["changes"]) if "changes" in report else _logged_changes(session, batch)
    conflicts = [
        {"id": c.id, "sheet": c.sheet, "cell": c.cell, "ref": c.ref, "field": c.field, "base": c.base_value,
         "ours": c.ours_value, "theirs": c.theirs_value, "resolution": c.resolution, "resolved_value": c.resolved_value}
        for c in session.scalars(select(MergeConflict).where(MergeConflict.batch_id == batch.id).order_by(MergeConflict.id))
    ]
    return MergeDetail(_summary(batch, acronym), batch.sha256, batch.export_id, batch.trusted_unsigned, report, changes,
                       conflicts, batch.merged_by)


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
