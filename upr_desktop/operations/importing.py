"""Importing recommendations: recognise a file, show its column mapping, preview (dry run), import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop import importers
from upr_desktop.importers import (
    FIELDS,
    FORMATS,
    ImportOptions,
    ImportReport,
    RowError,
    parse_map_option,
)
from upr_desktop.importers.columns import IGNORE
from upr_desktop.operations.base import Outcome, reading, writing
from upr_desktop.operations.lending import Lender

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile
    from upr_desktop.importers.import_history import ImportDetail, ImportSummary

__all__ = [
    "ACCEPTED", "FIELDS", "FORMATS", "IGNORE", "DetectedFile", "ImportOptions", "ImportReport", "ImporterChoice",
    "MappingView", "RowError", "day_given", "detect_file", "explanation_lines", "home_state", "import_file", "importer_choices",
    "list_imports", "parse_map_option", "preview_import", "read_mapping", "show_import", "undo_import",
]

ACCEPTED = ("xlsx", "xls", "ods", "csv", "docx", "json")  # the file kinds the importers read
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImporterChoice:
    name: str  # the --format name
    label: str  # in English; the app shows its own translation


@dataclass(frozen=True)
class DetectedFile:
    """Which importer recognised a file, and how sure it is (0..1)."""

    path: str
    format: str
    label: str
    confidence: float


@dataclass(frozen=True)
class MappingView:
    """A table's header row and the field each column feeds (None = ignored); ``how``: name|synonym|user|""."""

    table: str
    headers: list[str]
    fields: list[str | None]
    how: list[str]


def day_given(value: str | None, *, what: str = "date") -> date | None:
    """A date typed by a person (YYYY-MM-DD), or a clear error saying how to write it."""
    from upr_desktop.core.services.lookup import parse_date

    return parse_date(value, what=what)


def importer_choices() -> list[ImporterChoice]:
    return [ImporterChoice(i.name, i.label) for i in importers.importers()]


def detect_file(path: str) -> DetectedFile:
    """Recognise a file (raises UserError naming the file when nothing reads it; ReturnedWorkbookGiven for a
    member group's returned exchange workbook, which the app hands to the merge preview)."""
    from upr_desktop.importers.run import refuse_own_report, refuse_returned_workbook

    source = importers.SourceFile.open(path)
    refuse_returned_workbook(source)
    refuse_own_report(source)
    importer, confidence = importers.detect(source)
    return DetectedFile(path, importer.name, importer.label, round(confidence, 2))


def read_mapping(path: str, fmt: str | None, overrides: dict[str, str]) -> MappingView | None:
    """The header -> field mapping the import would use with these overrides (None: not a header table)."""
    found = importers.column_mapping(path, fmt, overrides or None)
    if found is None:
        return None
    return MappingView(found.table, list(found.headers), list(found.fields), list(found.how))


def home_state(ws: WorkspaceFile) -> str:
    """The workspace's State under Review: what an import keeps unless told otherwise."""
    return ws.record().state_under_review


def preview_import(ws: WorkspaceFile, path: str | Path, options: ImportOptions | None = None, *,
                   progress: Progress | None = None) -> ImportReport:
    """Dry run: what the import would add, update, leave unchanged or skip; writes nothing."""
    return importers.import_file(ws, path, options, progress=progress, dry_run=True)


def import_file(ws: WorkspaceFile, path: str | Path, options: ImportOptions | None = None, *,
                progress: Progress | None = None) -> Outcome[ImportReport]:
    """The import itself: a backup first, then one transaction (Cancel, or any error, rolls it back)."""
    lender = Lender(ws)
    report = importers.import_file(ws, path, options, progress=progress, transaction=lender.transaction)
    return lender.outcome(report)


# -- the imports made: list, show, undo (like merges) ---------------------------------------------
def list_imports(ws: WorkspaceFile) -> list[ImportSummary]:
    """Every import made in this workspace, newest first, with what it did and whether it is still in effect."""
    from upr_desktop.importers import import_history

    with reading(ws) as session:
        return import_history.list_imports(session)


def show_import(ws: WorkspaceFile, import_id: int) -> ImportDetail:
    """What one import did: its file, options, warnings, rows not imported, and every recommendation and field it changed."""
    from upr_desktop.importers import import_history

    with reading(ws) as session:
        return import_history.show_import(session, import_id)


def explanation_lines(detail: ImportDetail, limit: int = 0) -> list[str]:
    from upr_desktop.importers import import_history

    return import_history.explanation_lines(detail, limit)


def undo_import(ws: WorkspaceFile, import_id: int) -> Outcome[ImportSummary]:
    """Undo exactly one import, after a backup; refused (naming them) when later work touched its recommendations."""
    from upr_desktop.core.storage import backups
    from upr_desktop.importers import import_history

    with reading(ws) as session:
        import_history.check_undoable(session, import_id)
    backups.backup(ws, reason="before-undo-import")
    with writing(ws) as w:
        summary = import_history.undo_import(w.session, import_id)
    return w.outcome(summary)
