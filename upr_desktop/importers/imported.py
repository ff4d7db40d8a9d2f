"""What an importer hands over: recommendations read from a file, row errors, options and the report."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from upr_desktop.errors import Cancelled

FORMATS = ("upr-info", "ohchr-matrix", "uhri", "table")

# progress(done, total, stage): stage is a short translated sentence ("Reading the file").
ProgressCallback = Callable[[int, int, str], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(slots=True)
class ImportedRecommendation:
    """One recommendation as read from a source row, already normalised."""

    row: int  # sheet row, CSV line record or Word table row (1-based, header included)
    text: str
    response: str
    ref: str | None = None
    source_ref: str | None = None  # e.g. "A/HRC/43/15:121.1", the identity when present
    state_under_review: str | None = None
    recommending_states: list[str] = field(default_factory=list)
    action_category: int | None = None
    session: int | None = None
    cycle: int | None = None
    themes: list[tuple[str, str | None]] = field(default_factory=list)  # (name, code)
    sdgs: list[str] = field(default_factory=list)
    affected_groups: list[str] = field(default_factory=list)
    theme_cluster: str | None = None
    source_document: str | None = None
    note: str | None = None  # what the source says beside the text: "Comments:" notes, position notes
    # The identity key (importers.identity), when the reader computed it in the loop reading the cells; None when a
    # State or session is still to come from the import's options. Whoever changes those fields sets it back to None.
    key: str | None = None


@dataclass(frozen=True)
class RowError:
    row: int
    message: str
    state: str | None = None  # the row's State under Review when known (filters drop other States' errors)

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "message": self.message}


@dataclass
class ParsedFile:
    """Everything an importer read from one file, before filters and the database."""

    format: str
    records: list[ImportedRecommendation] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header -> field, for tables
    has_state_column: bool = False
    rows_read: int = 0
    # What the file's header says it is about (OHCHR matrices): State(s), the line naming them, cycle, session.
    about_states: list[str] = field(default_factory=list)
    about_line: str | None = None
    about_cycle: int | None = None
    about_session: int | None = None
    headings: list[str] = field(default_factory=list)  # heading rows read as theme clusters
    encoding: str | None = None  # text files: the encoding they were read in


@dataclass
class ImportOptions:
    format: str | None = None  # None: recognise the file
    mapping: dict[str, str] = field(default_factory=dict)  # header -> field overrides (--map)
    country: str | None = None  # None: the workspace's State
    all_states: bool = False
    cycle: int | None = None
    session: int | None = None
    # The day the file's responses took effect (the adoption, a mid-term update): a response that changes is
    # kept in the recommendation's response history with this date (None: the day of the import).
    responses_on: date | None = None


@dataclass
class ImportReport:
    file: str
    format: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    left_out: int = 0
    left_out_states: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    merged_rows: int = 0
    dry_run: bool = False
    backup: str | None = None
    import_run_id: int | None = None
    state_under_review: str | None = None  # the State the kept recommendations are about
    encoding: str | None = None  # text files: the encoding they were read in
    headings: int = 0  # heading rows read as theme clusters

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": [e.as_dict() for e in self.errors],
            "left_out": self.left_out,
            "left_out_states": self.left_out_states,
            "warnings": self.warnings,
            "mapping": self.mapping,
            "merged_rows": self.merged_rows,
            "dry_run": self.dry_run,
            "state_under_review": self.state_under_review,
            "encoding": self.encoding,
            "headings": self.headings,
            "import_id": self.import_run_id,
        }


@dataclass
class Monitor:
    """Progress reporting and the Cancel button, checked between chunks of work."""

    progress: ProgressCallback | None = None
    cancel: CancelFlag | Callable[[], bool] | None = None

    def cancelled(self) -> bool:
        if self.cancel is None:
            return False
        if isinstance(self.cancel, threading.Event) or hasattr(self.cancel, "is_set"):
            return bool(self.cancel.is_set())  # type: ignore[union-attr]
        return bool(self.cancel())  # type: ignore[operator]

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def report(self, done: int, total: int, stage: str) -> None:
        self.check()
        if self.progress is not None:
            self.progress(done, total, stage)
