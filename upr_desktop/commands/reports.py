"""CLI command ``report``: implementation, coverage and consultations reports as xlsx or PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from upr_desktop.commands.context import CommandContext
from upr_desktop.core.services.lookup import parse_date
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.reports.document import REPORT_KINDS, ReportDocument

FORMATS = (".xlsx", ".pdf")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", parents=[common], help="write a report (xlsx or PDF)")
    p.add_argument("--kind", required=True, choices=REPORT_KINDS, help="which report")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx or FILE.pdf")
    p.add_argument("--group", metavar="ACR", help="only recommendations assigned to this member group")
    p.add_argument("--theme", metavar="THEME", help="only recommendations on this theme")
    p.add_argument("--since", metavar="DATE", help="only assessments, consultations and actions since DATE (YYYY-MM-DD)")
    p.add_argument("--include-sensitive", action="store_true",
                   help="include government participants, contact details and confidential records")
    p.set_defaults(handler=cmd_report)


def output_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(tr("Write the report to a .xlsx or .pdf file, not '{name}'.", name=path.name))
    return suffix[1:]


def write_pdf(doc: ReportDocument, target: Path) -> Path:
    """Render through Qt (the only renderer here that shapes Thai and Arabic), headless; Qt loads only here."""
    from upr_desktop.ui.pdf_report import render_pdf_headless

    return render_pdf_headless(doc, target)


def cmd_report(ctx: CommandContext) -> int:
    from upr_desktop.reports.builders import build_report
    from upr_desktop.reports.gather import ReportScope
    from upr_desktop.reports.xlsx_writer import write_xlsx

    a = ctx.args
    target = Path(a.output).expanduser().resolve()
    fmt = output_format(target)
    scope = ReportScope(group=a.group, theme=a.theme, since=parse_date(a.since, what=tr("date")),
                        include_sensitive=bool(a.include_sensitive))
    with ctx.open() as ws, ws.session() as session:
        doc = build_report(session, a.kind, scope)
    if fmt == "xlsx":
        write_xlsx(doc, target)
    else:
        write_pdf(doc, target)
    data = {
        "kind": a.kind, "output": str(target), "format": fmt, "include_sensitive": doc.include_sensitive,
        "as_of": doc.as_of.isoformat(), "sections": len(doc.sections),
        "rows": sum(len(t.rows) for t in doc.data_tables),
    }
    ctx.emit(data, tr("Wrote the {kind} report to {path} ({note})", kind=a.kind, path=target, note=doc.sensitive_note))
    return 0
