"""What happened to the data: operations, the change log, imports, exports and merges."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from upr_desktop.core.domain.models.base import Base, JSONDict, UuidStr, new_uuid, utcnow


class Operation(Base):
    """One user-level change (a service call, an import, a merge): the unit of undo."""

    __tablename__ = "operation"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    # "local" (typed in the app or CLI), "import:<file>", "merge:<file>", "undo", "redo"
    source: Mapped[str] = mapped_column(String(500), default="local")
    kind: Mapped[str] = mapped_column(String(20), default="local")  # local | import | merge | undo
    label: Mapped[str] = mapped_column(String(300))
    # done | undone (can be redone) | discarded (undone, then a new change was made)
    state: Mapped[str] = mapped_column(String(20), default="done", index=True)


class ChangeLog(Base):
    """One field of one row changed: who, when, entity, field, old -> new, source."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity_row", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(
        ForeignKey("operation.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(500))
    entity: Mapped[str] = mapped_column(String(60))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str | None] = mapped_column(UuidStr)
    op: Mapped[str] = mapped_column(String(10))  # create | update | delete
    field: Mapped[str | None] = mapped_column(String(60))
    # JSON: for update, the field's values; for create/delete, the whole row.
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class ImportRun(Base):
    __tablename__ = "import_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(30))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, object]] = mapped_column(JSONDict, default=dict)


class ExchangeExport(Base):
    """A workbook sent to a member group; returns are matched to it by export id."""

    __tablename__ = "exchange_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    file_name: Mapped[str | None] = mapped_column(String(500))
    scope: Mapped[dict[str, object]] = mapped_column(JSONDict, default=dict)
    include_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    is_return: Mapped[bool] = mapped_column(Boolean, default=False)


class MergeBatch(Base):
    """One returned file merged: its hash, the export it answers, what it changed."""

    __tablename__ = "merge_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    export_id: Mapped[str | None] = mapped_column(UuidStr, index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id", ondelete="SET NULL"))
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[str | None] = mapped_column(String(200))
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    trusted_unsigned: Mapped[bool] = mapped_column(Boolean, default=False)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    report: Mapped[dict[str, object]] = mapped_column(JSONDict, default=dict)


class MergeConflict(Base):
    """A field both sides changed; waits for a person to decide."""

    __tablename__ = "merge_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("merge_batch.id", ondelete="CASCADE"), index=True)
    sheet: Mapped[str] = mapped_column(String(60))
    cell: Mapped[str | None] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(60))
    entity_uuid: Mapped[str | None] = mapped_column(UuidStr)
    ref: Mapped[str | None] = mapped_column(String(60))
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
    ours_value: Mapped[str | None] = mapped_column(Text)
    theirs_value: Mapped[str | None] = mapped_column(Text)
    # None until decided: ours | theirs | edited
    resolution: Mapped[str | None] = mapped_column(String(20))
    resolved_value: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
