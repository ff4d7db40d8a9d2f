"""CLI commands for consultations with government and follow-up actions."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from upr_desktop.commands.context import CommandContext
from upr_desktop.core.read import recommendation_list as queries
from upr_desktop.core.domain.models import Consultation
from upr_desktop.core.services import consultations
from upr_desktop.core.services.lookup import split_refs
from upr_desktop.i18n import tr


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
    p.set_defaults(handler=cmd_consultations_list)

    a = sub.add_parser("actions", parents=[common], help="follow-up actions")
    asub = a.add_subparsers(dest="actions_command", metavar="ACTION", required=True)
    p = asub.add_parser("add", parents=[common], help="add a follow-up action")
    p.add_argument("description")
    p.add_argument("--group", metavar="ACR")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--refs", action="append", default=[])
    p.set_defaults(handler=cmd_actions_add)
    p = asub.add_parser("list", parents=[common], help="list follow-up actions")
    p.set_defaults(handler=cmd_actions_list)


def cmd_consultations_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws, ws.transaction() as s:
        row = consultations.log_consultation(
            s, held_on=a.date, government_body=a.body, kind=a.kind, refs=split_refs(a.refs), group=a.group,
            coalition_participants=a.participants, government_participants=a.government_participants,
            summary=a.summary, commitments=a.commitments, confidential=a.confidential,
        )
        data = {"id": row.uuid, "date": row.held_on.isoformat(), "government_body": row.government_body, "kind": row.kind,
                "recommendations": [r.ref for r in row.recommendations]}
    ctx.emit(data, tr("Logged consultation with {body} on {date}", body=data["government_body"], date=data["date"]))
    return 0


def cmd_consultations_list(ctx: CommandContext) -> int:
    with ctx.open() as ws, ws.session() as s:
        rows = [
            {"id": c.uuid, "date": c.held_on.isoformat(), "government_body": c.government_body, "kind": c.kind,
             "group": c.group.acronym if c.group else None, "recommendations": [r.ref for r in c.recommendations], "summary": c.summary}
            for c in s.scalars(select(Consultation).order_by(Consultation.held_on, Consultation.id))
        ]
    text = "\n".join(f"{r['date']}  {r['kind']:<18} {r['government_body']}  [{', '.join(r['recommendations'])}]" for r in rows) or tr("No consultations yet.")
    ctx.emit({"consultations": rows}, text)
    return 0


def cmd_actions_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws, ws.transaction() as s:
        row = consultations.add_action(s, description=a.description, group=a.group, due_date=a.due, refs=split_refs(a.refs))
        data = {"id": row.uuid, "description": row.description, "due_date": a.due}
    ctx.emit(data, tr("Added follow-up action {id}", id=data["id"][:8]))
    return 0


def cmd_actions_list(ctx: CommandContext) -> int:
    with ctx.open() as ws, ws.session() as s:
        rows = queries.action_rows(s)
    text = "\n".join(f"{r['due_date'] or '-':<10} {r['status']:<12} {r['group'] or '-':<8} {r['description']}" + ("  OVERDUE" if r["overdue"] else "") for r in rows) or tr("No follow-up actions yet.")
    ctx.emit({"actions": rows}, text)
    return 0
