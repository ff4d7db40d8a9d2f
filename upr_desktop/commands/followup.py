"""CLI commands for the follow-up work: consultations with government and follow-up actions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.i18n import tr, trn

if TYPE_CHECKING:
    from upr_desktop.operations import actions
    from upr_desktop.operations import consultations
else:
    actions = lazy_module("upr_desktop.operations.actions")
    consultations = lazy_module("upr_desktop.operations.consultations")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    c = sub.add_parser("consultations", parents=[common], help="consultations with government")
    csub = c.add_subparsers(dest="consultations_command", metavar="ACTION", required=True)
    p = csub.add_parser("add", parents=[common], help="log a consultation")
    p.add_argument("--date", required=True)
    p.add_argument("--body", required=True, help="government body met")
    p.add_argument("--kind", required=True, help="meeting, workshop, written-submission, dialogue or other")
    p.add_argument("--refs", action="append", default=[], help="recommendations discussed, comma-separated")
    p.add_argument("--group", metavar="ACR")
    p.add_argument("--participants", help="coalition participants")
    p.add_argument("--government-participants", help="government participants (sensitive)")
    p.add_argument("--summary")
    p.add_argument("--commitments")
    p.add_argument("--confidential", action="store_true")
    p.set_defaults(handler=cmd_consultations_add)
    p = csub.add_parser("list", parents=[common], help="list consultations")
    p.add_argument("--cycle", type=int, metavar="N", help="only those that discussed a recommendation of this UPR cycle")
    p.set_defaults(handler=cmd_consultations_list)

    a = sub.add_parser("actions", parents=[common], help="follow-up actions")
    asub = a.add_subparsers(dest="actions_command", metavar="ACTION", required=True)
    p = asub.add_parser("add", parents=[common], help="add a follow-up action")
    p.add_argument("description")
    p.add_argument("--group", metavar="ACR")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--refs", action="append", default=[])
    p.set_defaults(handler=cmd_actions_add)
    p = asub.add_parser("list", parents=[common], help="list follow-up actions (overdue on the situation day)")
    p.add_argument("--cycle", type=int, metavar="N", help="only actions about a recommendation of this UPR cycle")
    p.set_defaults(handler=cmd_actions_list)


def cmd_consultations_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        row = consultations.log_consultation(
            ws, held_on=a.date, government_body=a.body, kind=a.kind, refs=a.refs, group=a.group,
            coalition_participants=a.participants, government_participants=a.government_participants,
            summary=a.summary, commitments=a.commitments, confidential=a.confidential,
        ).result
    data = {"id": row.uuid, "date": row.held_on.isoformat(), "government_body": row.government_body, "kind": row.kind,
            "recommendations": row.refs}
    ctx.emit(data, tr("Logged consultation with {body} on {date}", body=data["government_body"], date=data["date"]))
    return 0


def cmd_consultations_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        ctx.note_cycle(ws)
        found = consultations.list_consultations(ws, cycle=ctx.args.cycle)
    rows = [
        {"id": c.uuid, "date": c.held_on.isoformat(), "government_body": c.government_body, "kind": c.kind,
         "group": c.group, "recommendations": c.refs, "actions": c.actions, "summary": c.summary}
        for c in reversed(found)  # oldest first, as a log reads
    ]
    text = "\n".join(f"{r['date']}  {r['kind']:<18} {r['government_body']}  [{', '.join(r['recommendations'])}]" for r in rows) or tr("No consultations yet.")
    ctx.emit({"consultations": rows}, text)
    return 0


def cmd_actions_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        row = actions.add_action(ws, description=a.description, group=a.group, due_date=a.due, refs=a.refs).result
    data = {"id": row.uuid, "description": row.description, "due_date": row.due_date.isoformat() if row.due_date else None}
    ctx.emit(data, tr("Added follow-up action {id}", id=data["id"][:8]))
    return 0


def cmd_actions_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        ctx.note_cycle(ws)
        found = actions.list_actions(ws, actions.ActionFilter(cycle=ctx.args.cycle))
    rows = [
        {"id": r.uuid, "description": r.description, "group": r.group, "due_date": r.due_date.isoformat() if r.due_date else None,
         "status": r.status, "overdue": r.overdue, "consultation": r.consultation or None, "recommendations": r.refs}
        for r in found.rows
    ]
    lines = [f"{r['due_date'] or '-':<10} {r['status']:<12} {r['group'] or '-':<8} {r['description']}" + ("  " + tr("OVERDUE") if r["overdue"] else "")
             for r in rows]
    if rows:
        lines.append(trn("%n actions; {overdue} overdue as of {date}.", len(rows), overdue=found.overdue,
                        date=found.as_of.isoformat()))
    ctx.emit({"as_of": found.as_of.isoformat(), "overdue": found.overdue, "actions": rows}, "\n".join(lines) or tr("No follow-up actions yet."))
    return 0
