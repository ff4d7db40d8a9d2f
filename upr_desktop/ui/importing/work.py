"""What the import dialog asks the worker to do: recognise a file, read its column mapping, preview, import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.importers import (
    ImportOptions,
    ImportReport,
    SourceFile,
    column_mapping,
    detect,
    import_file,
)

ACCEPTED = ("xlsx", "xls", "ods", "csv", "docx", "json")
Progress = Callable[[int, int, str], None]


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


def accepted(path: str | Path) -> bool:
    return Path(path).suffix.lower().lstrip(".") in ACCEPTED


def detect_file(path: str) -> DetectedFile:
    """Recognise a file (raises UserError naming the file when nothing reads it)."""
    importer, confidence = detect(SourceFile.open(path))
    return DetectedFile(path, importer.name, importer.label, round(confidence, 2))


def read_mapping(path: str, fmt: str | None, overrides: dict[str, str]) -> MappingView | None:
    """The header -> field mapping the import would use with these overrides (None: not a header table)."""
    found = column_mapping(path, fmt, overrides or None)
    if found is None:
        return None
    return MappingView(found.table, list(found.headers), list(found.fields), list(found.how))


def preview(ws: WorkspaceFile, path: str, options: ImportOptions, progress: Progress) -> ImportReport:
    """Dry run: what the import would add, update, leave unchanged or skip; writes nothing."""
    return import_file(ws, path, options, progress=progress, dry_run=True)


def run_import(ws: WorkspaceFile, path: str, options: ImportOptions, progress: Progress) -> ImportReport:
    """The import itself (backup first, one transaction; Cancel rolls it back)."""
    return import_file(ws, path, options, progress=progress)
