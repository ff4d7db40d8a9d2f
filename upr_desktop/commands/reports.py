"""CLI commands ``report`` (implementation, coverage and consultations reports as xlsx, PDF or HTML) and
``dashboard`` (the Dashboard's figures as of the situation day)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.i18n import tr
from upr_desktop.operations.choices import REPORT_KINDS

if TYPE_CHECKING:
    from upr_desktop.operations import dashboard
    from upr_desktop.operations import reports
else:
    dashboard = lazy_module("upr_desktop.operations.dashboard")
    reports = lazy_module("upr_desktop.operations.reports")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", parents=[common], help="write a report (xlsx, PDF or HTML)")
    p.add_argument("--kind", required=True, choices=REPORT_KINDS, help="which report")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx, FILE.pdf or FILE.html")
    p.add_argument("--group", metavar="ACR", help="only recommendations assigned to this member group")
    p.add_argument("--theme", metavar="THEME", help="only recommendations on this theme")
    p.add_argument("--since", metavar="DATE", help="only assessments, consultations and actions since DATE (YYYY-MM-DD)")
    p.add_argument("--cycle", type=int, metavar="N", help="only recommendations of this UPR cycle (the cycle report: the reviewed "
                                                           "cycle, default the latest)")
    p.add_argument("--include-sensitive", action="store_true",
                   help="include government participants, contact details and confidential records")
    p.set_defaults(handler=cmd_report)
    p = sub.add_parser("dashboard", parents=[common], help="the Dashboard's figures, as of the situation day")
    p.add_argument("--group", metavar="ACR", help="only recommendations assigned to this member group")
    p.add_argument("--cycle", type=int, metavar="N", help="only recommendations of this UPR cycle (default: every cycle)")
    p.set_defaults(handler=cmd_dashboard)


def cmd_report(ctx: CommandContext) -> int:
    a = ctx.args
    target = Path(a.output).expanduser().resolve()
    fmt = reports.report_format(target)  # a wrong suffix is refused before the workspace is opened
    scope = reports.scope_of(group=a.group, theme=a.theme, since=a.since, include_sensitive=bool(a.include_sensitive), cycle=a.cycle)
    with ctx.open() as ws:
        saved = reports.save_report(ws, a.kind, scope, target)
    doc = saved.document
    data = {
        "kind": a.kind, "output": str(saved.path), "format": fmt, "include_sensitive": doc.include_sensitive,
        "as_of": doc.as_of.isoformat(), "sections": len(doc.sections),
        "rows": sum(len(t.rows) for t in doc.data_tables),
    }
    ctx.emit(data, tr("Wrote the {kind} report to {path} ({note})", kind=a.kind, path=saved.path, note=doc.sensitive_note))
    return 0


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def figures_data(m: dashboard.Metrics) -> dict[str, Any]:
    """The Dashboard's tiles and headline counts as plain JSON."""
    cov, act = m.coverage, m.actions
    return {
        "as_of": m.as_of.isoformat(), "group": m.scope.group, "cycle": m.scope.cycle, "recommendations": m.total,
        "responses": {c.key: c.count for c in m.by_response},
        "statuses": dict(m.status_overall),
        "coverage": None if cov is None else {
            "assigned": cov.assigned, "with_lead": cov.with_lead, "assessed_recently": cov.assessed_recently,
            "months": cov.months, "since": cov.since.isoformat()},
        "consultations": sum(c.count for c in m.consultations_by_body),
        "actions": None if act is None else {
            "open": act.open, "in_progress": act.in_progress, "done": act.done, "cancelled": act.cancelled,
            "due_soon": act.due_soon, "overdue": act.overdue, "soon_days": act.soon_days},
        "groups": {r.key: r.counts for r in m.status_by_group},
    }


def cmd_dashboard(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        m = dashboard.figures(ws, dashboard.Scope(group=ctx.args.group, cycle=ctx.args.cycle))
    data = figures_data(m)
    total, cov, act = m.total, m.coverage, m.actions
    supported = data["responses"].get("supported", 0)
    lines = [
        tr("Situation as of {date}", date=data["as_of"]) + (f" ({m.scope.group})" if m.scope.group else ""),
        tr("Recommendations: {total}; supported: {supported} ({share})", total=total, supported=supported,
           share=_share(supported, total)),
    ]
    if cov is not None:
        lines.append(tr("Assigned to a group: {assigned}; with a lead group: {lead}; assessed in the last {months} months: {assessed}",
                        assigned=_share(cov.assigned, cov.total), lead=_share(cov.with_lead, cov.total), months=cov.months,
                        assessed=_share(cov.assessed_recently, cov.total)))
    lines.append(tr("Consultations with government: {count}", count=data["consultations"]))
    if act is not None:
        lines.append(tr("Follow-up actions: {open} open, {in_progress} in progress, {due_soon} due within {days} days, {overdue} overdue",
                        open=act.open, in_progress=act.in_progress, due_soon=act.due_soon, days=act.soon_days, overdue=act.overdue))
    ctx.emit(data, "\n".join(lines))
    return 0
