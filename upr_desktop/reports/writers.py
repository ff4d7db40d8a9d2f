"""Report writers, by format: the file's suffix picks one.

xlsx and HTML are written here. A writer that needs more than the Qt-free packages (the PDF,
drawn with Qt so Thai and Arabic are shaped) is declared in the Python entry point group
:data:`ENTRY_POINTS` (``pyproject.toml``) and loaded only when its format is asked for: the command
line then never imports the app, and the app never imports the command line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

if TYPE_CHECKING:
    from upr_desktop.reports.document import ReportDocument

ENTRY_POINTS = "upr_desktop.report_writers"
Writer = Callable[["ReportDocument", Path], Path]

# Written by this package: "module:function", imported when first used (openpyxl loads only for xlsx).
BUILT_IN = {
    "xlsx": "upr_desktop.reports.xlsx_writer:write_xlsx",
    "html": "upr_desktop.reports.html:write_html",
}
_loaded: dict[str, Writer] = {}


def register(fmt: str, writer: Writer) -> None:
    """Add or replace the writer of ``fmt`` (the suffix without its dot, lower case)."""
    _loaded[fmt.lower()] = writer


def _declared() -> dict[str, object]:
    return {ep.name.lower(): ep for ep in entry_points(group=ENTRY_POINTS)}


def formats() -> tuple[str, ...]:
    """Every format a report can be written in here, without loading any writer."""
    return tuple(dict.fromkeys([*BUILT_IN, *_declared(), *_loaded]))


def format_of(target: Path) -> str:
    """The format a file name asks for; a clear error for any other suffix."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in formats():
        raise UserError(tr("Write the report to a .xlsx or .pdf file, or a .html page, not '{name}'.", name=target.name))
    return fmt


def writer_for(fmt: str) -> Writer:
    found = _loaded.get(fmt)
    if found is not None:
        return found
    try:
        if fmt in BUILT_IN:
            module, _, name = BUILT_IN[fmt].partition(":")
            found = getattr(importlib.import_module(module), name)
        else:
            declared = _declared().get(fmt)
            if declared is None:
                raise UserError(tr("No writer for .{format} reports is installed here.", format=fmt))
            found = declared.load()  # type: ignore[attr-defined]
    except ImportError as exc:
        raise UserError(tr(
            "The writer of .{format} reports could not be loaded ({error}). Write an .xlsx workbook or an .html page instead.",
            format=fmt, error=exc,
        )) from exc
    assert found is not None
    _loaded[fmt] = found
    return found


def write_report(doc: ReportDocument, target: Path) -> Path:
    """Write ``doc`` in the format ``target``'s suffix names (atomically: every writer writes a temporary file first)."""
    return writer_for(format_of(target))(doc, target)
