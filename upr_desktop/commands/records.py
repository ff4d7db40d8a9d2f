"""CLI commands for the coalition's records: groups, recommendations, assignments, assessments, consultations."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from upr_desktop.commands.context import CommandContext
from upr_desktop.core.read import recommendation_list as queries
from upr_desktop.core.domain.models import Consultation
from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    recommendations,
)
from upr_desktop.core.services.lookup import parse_date, split_refs
from upr_desktop.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    r = sub.add_parser("recommendations", parents=[common], help="recommendations")
    rsub = r.add_subparsers(dest="recommendations_command", metavar="ACTION", required=True)
    p = rsub.add_parser("add", parents=[common], help="add a recommendation by hand")
    p.add_argument("--ref", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--response", required=True, help="supported, noted, partially-supported or pending")
    p.add_argument("--from", dest="states", action="append", default=[], metavar="STATE", help="recommending State (repeatable)")
    p.add_argument("--theme", action="append", default=[], help="theme (repeatable)")
    p.add_argument("--action-category", type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument("--session", type=int)
    p.set_defaults(handler=cmd_recommendations_add)
    p = rsub.add_parser("list", parents=[common], help="list recommendations")
    p.add_argument("--search", help="full-text search")
    p.add_argument("--limit", type=int, default=0, help="show at most N")
    p.set_defaults(handler=cmd_recommendations_list)

    for name, handler, helptext in (("assign", cmd_assign, "assign recommendations to a group"), ("unassign", cmd_unassign, "remove assignments")):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("--group", required=True, metavar="ACR")
        which = p.add_mutually_exclusive_group(required=True)
        which.add_argument("--ref", nargs="+", metavar="REF")
        which.add_argument("--theme", metavar="THEME")
        which.add_argument("--all", action="store_true")
        if name == "assign":
            p.add_argument("--role", default="lead", help="lead or support")
            p.add_argument("--due", metavar="DATE")
        p.set_defaults(handler=handler)

    p = sub.add_parser("assess", parents=[common], help="record an assessment of implementation")
    p.add_argument("--ref", required=True)
    p.add_argument("--group", metavar="ACR", required=True)
    p.add_argument("--status", required=True, help="not-implemented, partially-implemented, fully-implemented or unknown")
    p.add_argument("--evidence")
    p.add_argument("--sources")
    p.add_argument("--date", metavar="DATE")
    p.set_defaults(handler=cmd_assess)

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


def cmd_recommendations_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws, ws.transaction() as s:
        rec = recommendations.add_recommendation(
            s, ref=a.ref, text=a.text, response=a.response, recommending_states=a.states, themes=a.theme,
            action_category=a.action_category, session_number=a.session,
        )
        data = {"id": rec.uuid, "ref": rec.ref, "response": rec.response, "recommending_states": rec.recommending_states}
    ctx.emit(data, tr("Added recommendation {ref}", ref=data["ref"]))
    return 0


def cmd_recommendations_list(ctx: CommandContext) -> int:
    with ctx.open() as ws, ws.session() as s:
        rows = queries.recommendation_rows(s, search=ctx.args.search, limit=ctx.args.limit or None)
    text = "\n".join(f"{r['ref']:<10} {r['response']:<20} {r['status'] or '-':<22} {r['text'][:70]}" for r in rows) or tr("No recommendations found.")
    ctx.emit({"recommendations": rows}, text)
    return 0


def _chosen(ctx: CommandContext, s: Any) -> list[Any]:
    a = ctx.args
    return assignments.select_recommendations(s, refs=split_refs(a.ref or []), theme=a.theme, everything=a.all)


def cmd_assign(ctx: CommandContext) -> int:
    with ctx.open() as ws, ws.transaction() as s:
        recs = _chosen(ctx, s)
        result = assignments.assign(s, ctx.args.group, recs, role=ctx.args.role, due_date=parse_date(ctx.args.due, what=tr("due date")))
    ctx.emit(result.__dict__, tr("Assigned: {created} new, {updated} changed, {unchanged} already so.", **result.__dict__))
    return 0


def cmd_unassign(ctx: CommandContext) -> int:
    with ctx.open() as ws, ws.transaction() as s:
        removed = assignments.unassign(s, ctx.args.group, _chosen(ctx, s))
    ctx.emit({"removed": removed}, tr("Removed {count} assignments.", count=removed))
    return 0


def cmd_assess(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws, ws.transaction() as s:
        row = assessments.record_assessment(s, ref=a.ref, group=a.group, status=a.status, evidence=a.evidence, sources=a.sources, assessed_on=a.date)
        data = {"id": row.uuid, "ref": a.ref, "status": row.status, "date": row.assessed_on.isoformat()}
    ctx.emit(data, tr("Recorded {status} for {ref} on {date}", **data))
    return 0


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
