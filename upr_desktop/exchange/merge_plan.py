"""What merging one returned workbook would do: the plan, as plain dataclasses.

The GUI's merge preview draws a :class:`FilePlan` per file:

- ``additions``: :class:`Addition` (new assessments, consultations, follow-up actions),
- ``updates``: :class:`FieldChange` (a field of an existing consultation or action: old -> new),
- ``conflicts``: :class:`FieldConflict` (both sides changed a field: base, ours, theirs),
- ``rejected``: :class:`RejectedCell` (sheet, cell, reason: nothing from that cell is used),
- ``warnings``: text (e.g. the hidden ID column was deleted, rows matched by ref),
- ``status``: ``ready`` | ``already-merged`` | ``refused`` (with ``reason``); after a run,
  ``merged`` or ``dry-run``;
- ``decided``: which conflicts a decision (or ``--prefer``) settled, and how.

Values in plans are in compare form (codes for closed lists, ISO dates, "a, b" refs);
:func:`upr_desktop.exchange.cells.display` turns them into labels for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class RejectedCell:
    sheet: str
    cell: str
    reason: str
    ref: str | None = None  # the recommendation's ref (Recommendations sheet), when the row has one
    column: str | None = None  # the column's header, when the problem is one cell's
    value: str | None = None  # what the cell held, as text

    def as_json(self) -> dict[str, str | None]:
        return {"sheet": self.sheet, "cell": self.cell, "reason": self.reason, "ref": self.ref, "column": self.column,
                "value": self.value}


@dataclass(frozen=True)
class FieldConflict:
    sheet: str
    cell: str
    ref: str | None  # the recommendation ref, or a short label of the consultation/action
    field: str
    base: str
    ours: str
    theirs: str
    entity: str  # recommendation | consultation | follow_up_action
    entity_uuid: str

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "cell": self.cell, "ref": self.ref, "field": self.field,
                "base": self.base, "ours": self.ours, "theirs": self.theirs}


@dataclass(frozen=True)
class FieldChange:
    sheet: str
    cell: str
    entity: str
    entity_uuid: str
    label: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Addition:
    sheet: str
    row: int  # the sheet's row number as a person sees it (2 = first data row)
    entity: str  # assessment | consultation | follow_up_action
    uuid: str
    label: str
    values: dict[str, str]
    cells: dict[str, str] = field(default_factory=dict)  # field -> the cell it was read from ("I5")


@dataclass
class AssessmentPlan:
    """A new assessment the merge may record for one recommendation (internal to apply)."""

    recommendation_id: int
    ref: str
    row: int
    values: dict[str, str]  # status, evidence, sources, comment after taking theirs
    assessed_on: date
    needed: bool  # True when there is something to record even without conflicts
    uuid: str
    conflict_theirs: dict[str, str] = field(default_factory=dict)
    recommendation_uuid: str = ""
    changed: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # field -> (cell, old, new) taken from the row


@dataclass
class FilePlan:
    file: str
    sha256: str = ""
    status: str = "ready"
    reason: str | None = None
    group: str | None = None
    group_id: int | None = None
    export_id: str | None = None
    trusted_unsigned: bool = False
    include_sensitive: bool = False
    filled_in_by: str | None = None  # the name in the Read me's "Filled in by" cell
    # The data sheets as the returned workbook names them, where that differs ("Recommendations" ->
    # "Recommandations"): what every line a person reads names them by. Plans, decisions and the
    # stored conflicts keep the layout's names.
    sheet_titles: dict[str, str] = field(default_factory=dict)
    additions: list[Addition] = field(default_factory=list)
    updates: list[FieldChange] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    rejected: list[RejectedCell] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    assessments: list[AssessmentPlan] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    batch_id: int | None = None
    decided: dict[int, str] = field(default_factory=dict)  # conflict index -> ours | theirs | edited

    @property
    def resolved(self) -> int:
        return len(self.decided)

    @property
    def name(self) -> str:
        from pathlib import Path

        return Path(self.file).name

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file, "group": self.group, "export_id": self.export_id, "status": self.status,
            "filled_in_by": self.filled_in_by, "added": self.added, "updated": self.updated,
            "conflicts": [{**c.as_json(), "decision": self.decided.get(i)} for i, c in enumerate(self.conflicts)],
            "rejected": [r.as_json() for r in self.rejected],
        }
        if self.status == "refused":
            data["reason"] = self.reason
        return data


@dataclass
class MergeReport:
    files: list[FilePlan]
    backup: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"files": [f.as_json() for f in self.files]}

    @property
    def refused(self) -> list[FilePlan]:
        return [f for f in self.files if f.status == "refused"]
