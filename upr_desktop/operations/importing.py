"""Importing recommendations: recognise a file, show its column mapping, preview (dry run), import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from upr_desktop.operations.base import Outcome
from upr_desktop.operations.lending import Lender

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = [
    "ACCEPTED", "FIELDS", "FORMATS", "IGNORE", "DetectedFile", "ImportOptions", "ImportReport", "ImporterChoice",
    "MappingView", "RowError", "detect_file", "home_state", "import_file", "importer_choices",
    "parse_map_option", "preview_import", "read_mapping",
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


def importer_choices() -> list[ImporterChoice]:
    return [ImporterChoice(i.name, i.label) for i in importers.importers()]


def detect_file(path: str) -> DetectedFile:
    """Recognise a file (raises UserError naming the file when nothing reads it)."""
    importer, confidence = importers.detect(importers.SourceFile.open(path))
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
