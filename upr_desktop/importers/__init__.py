"""Importing recommendations from UPR Info, OHCHR matrices, UHRI and other tables (Qt-free).

Use :func:`import_file` (``dry_run=True`` for a preview), :func:`detect` to see which importer
recognises a file, and :func:`column_mapping` for the header -> field mapping a dialog can show.
"""

from __future__ import annotations

from pathlib import Path

from upr_desktop.importers.columns import FIELDS, ColumnMapping, parse_map_option
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.imported import (
    FORMATS,
    ImportedRecommendation,
    ImportOptions,
    ImportReport,
    RowError,
)
from upr_desktop.importers.importer import Importer
from upr_desktop.importers.registry import detect, get, importers
from upr_desktop.importers.run import import_file, read_source
from upr_desktop.importers.file_check import FileRefused


def column_mapping(path: str | Path, fmt: str | None = None, overrides: dict[str, str] | None = None) -> ColumnMapping | None:
    """The header -> field mapping a table importer would use (None for formats without one)."""
    from upr_desktop.importers.tabular import TabularImporter

    source = SourceFile.open(path)
    importer = get(fmt) if fmt else detect(source)[0]
    if not isinstance(importer, TabularImporter):
        return None
    return importer.locate(source, overrides)[1]


__all__ = [
    "FIELDS", "FORMATS", "ColumnMapping", "FileRefused", "ImportOptions", "ImportReport", "ImportedRecommendation",
    "Importer", "RowError", "SourceFile", "column_mapping", "detect", "get", "import_file", "importers",
    "parse_map_option", "read_source",
]
