"""The reports a coalition publishes: building one as of the situation day, and writing it in a format by its suffix.

The writers are registered by format in :mod:`upr_desktop.reports.writers` (xlsx, HTML, and the
PDF that the app's Qt part declares as an entry point).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.core.read.group_loads import group_acronyms
from upr_desktop.core.services.lookup import parse_date
from upr_desktop.i18n import tr
from upr_desktop.operations.base import reading, situation_day
from upr_desktop.reports import writers
from upr_desktop.reports.document import REPORT_KINDS, Chart, ReportDocument, Section, Table
from upr_desktop.reports.gather import ReportScope
from upr_desktop.reports.html import report_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["REPORT_KINDS", "Chart", "ReportChoices", "ReportDocument", "ReportScope", "SavedReport", "Section", "Table",
           "build_report", "report_choices", "report_format", "report_formats", "report_html", "save_report", "scope_of"]


@dataclass(frozen=True)
class ReportChoices:
    groups: list[str]
    themes: list[str]
    cycles: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SavedReport:
    path: Path
    format: str
    document: ReportDocument


def report_choices(ws: WorkspaceFile) -> ReportChoices:
    """The member groups and themes a report can be narrowed to."""
    from sqlalchemy import select

    from upr_desktop.core.domain.models import Theme

    with reading(ws) as session:
        from upr_desktop.core.read.recommended_before import cycles

        return ReportChoices(group_acronyms(session), list(session.scalars(select(Theme.name).order_by(Theme.name))), cycles(session))


def scope_of(*, group: str | None = None, theme: str | None = None, since: date | str | None = None,
             include_sensitive: bool = False, cycle: int | None = None) -> ReportScope:
    """A report's scope; ``since`` as a date or YYYY-MM-DD (a clear error otherwise)."""
    return ReportScope(group=group or None, theme=theme or None, since=parse_date(since, what=tr("date")),
                       include_sensitive=include_sensitive, cycle=cycle)


def report_formats() -> tuple[str, ...]:
    return writers.formats()


def report_format(target: Path) -> str:
    """The format ``target``'s suffix asks for (xlsx, pdf, html); a clear error for any other."""
    return writers.format_of(Path(target))


def build_report(ws: WorkspaceFile, kind: str, scope: ReportScope) -> ReportDocument:
    """The report of ``kind`` for ``scope``, as the situation stands on the situation day."""
    from upr_desktop.reports.builders import build_report as build

    with reading(ws) as session:
        return build(session, kind, scope, as_of=situation_day(ws, session), generated_on=date.today())


def save_report(ws: WorkspaceFile, kind: str, scope: ReportScope, target: Path | str, *,
                progress: Callable[..., Any] | None = None) -> SavedReport:
    """Build the report and write it to ``target`` in the format its suffix names (checked before building)."""
    target = Path(target).expanduser().resolve()
    fmt = report_format(target)
    doc = build_report(ws, kind, scope)
    if progress is not None:
        progress(1, 2, tr("Writing {name}", name=target.name))
    path = writers.write_report(doc, target)
    return SavedReport(path, fmt, doc)
