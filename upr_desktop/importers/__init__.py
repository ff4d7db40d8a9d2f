"""Importing recommendations from UPR Info, OHCHR matrices, UHRI and other tables (Qt-free).

Use :func:`import_file` (``dry_run=True`` for a preview), :func:`detect` to see which importer
recognises a file, and :func:`column_mapping` for the header -> field mapping a dialog can show.

The names below are loaded on first use (PEP 562): the command line reads ``FORMATS`` to build its
parser, and must not load every reader, SQLAlchemy and the vocabularies to do so.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from upr_desktop.importers.columns import FIELDS, ColumnMapping, parse_map_option
    from upr_desktop.importers.file_check import FileRefused
    from upr_desktop.importers.imported import FORMATS, ImportedRecommendation, ImportOptions, ImportReport, RowError
    from upr_desktop.importers.importer import Importer
    from upr_desktop.importers.readers import SourceFile
    from upr_desktop.importers.registry import detect, get, importers
    from upr_desktop.importers.run import import_file, read_source

_WHERE = {
    "FIELDS": "columns", "ColumnMapping": "columns", "parse_map_option": "columns",
    "FileRefused": "file_check",
    "FORMATS": "imported", "ImportedRecommendation": "imported", "ImportOptions": "imported", "ImportReport": "imported",
    "RowError": "imported",
    "Importer": "importer",
    "SourceFile": "readers",
    "detect": "registry", "get": "registry", "importers": "registry",
    "import_file": "run", "read_source": "run",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


def column_mapping(path: str | Path, fmt: str | None = None, overrides: dict[str, str] | None = None) -> ColumnMapping | None:
    """The header -> field mapping a table importer would use (None for formats without one)."""
    from upr_desktop.importers.readers import SourceFile
    from upr_desktop.importers.registry import detect, get
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
