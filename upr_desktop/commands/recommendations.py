"""CLI commands for recommendations and the work on them: add, edit, list, assign, unassign, assess."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

if TYPE_CHECKING:
    from upr_desktop.operations import assessments
    from upr_desktop.operations import assignments
    from upr_desktop.operations import recommendations
else:
    assessments = lazy_module("upr_desktop.operations.assessments")
    assignments = lazy_module("upr_desktop.operations.assignments")
    recommendations = lazy_module("upr_desktop.operations.recommendations")


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
    p = rsub.add_parser("edit", parents=[common], help="correct a recommendation's reference, text, response, category or States")
    p.add_argument("ref", metavar="REF", help="the recommendation's reference (or id)")
    p.add_argument("--new-ref", metavar="REF", help="give it this reference instead")
    p.add_argument("--text")
    p.add_argument("--response", help="supported, noted, partially-supported or pending")
    p.add_argument("--from", dest="states", action="append", metavar="STATE",
                   help="recommending State (repeatable; replaces the States it has)")
    p.add_argument("--action-category", type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument("--response-on", metavar="DATE", help="with --response: the day the new response took effect (a mid-term "
                                                         "update, the adoption), kept in its response history (default: today)")
    p.add_argument("--if-version", type=int, metavar="N", help="save only if the recommendation is still at version N (the "
                                                               "version 'recommendations list --json' or an earlier edit showed): "
                                                               "nobody else's change is overwritten")
    p.set_defaults(handler=cmd_recommendations_edit)
    p = rsub.add_parser("list", parents=[common], help="list recommendations")
    p.add_argument("--search", help="full-text search")
    p.add_argument("--limit", type=int, default=0, help="show at most N")
    p.add_argument("--cycle", type=int, metavar="N", help="only recommendations of this UPR cycle")
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


def _added(rec: recommendations.Recommendation) -> dict[str, Any]:
    return {"id": rec.id, "ref": rec.ref, "response": rec.response, "recommending_states": rec.recommending_states,
            "version": rec.version}


def cmd_recommendations_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        rec = recommendations.add_recommendation(
            ws, ref=a.ref, text=a.text, response=a.response, recommending_states=a.states, themes=a.theme,
            action_category=a.action_category, session_number=a.session,
        ).result
    ctx.emit(_added(rec), tr("Added recommendation {ref}", ref=rec.ref))
    return 0


def cmd_recommendations_edit(ctx: CommandContext) -> int:
    a = ctx.args
    given = {"ref": a.new_ref, "text": a.text, "response": a.response, "recommending_states": a.states,
             "action_category": a.action_category}
    fields = {name: value for name, value in given.items() if value is not None}
    if not fields:
        raise UserError(tr("Say what to change: --new-ref, --text, --response, --from or --action-category."))
    if a.response_on and a.response is None:
        raise UserError(tr("--response-on goes with --response: say what the new response is."))
    with ctx.open() as ws:
        outcome = recommendations.edit_recommendation(ws, a.ref, response_on=a.response_on, expected_version=a.if_version, **fields)
    rec, changed = outcome.result, bool(outcome.changes)
    text = tr("Edited recommendation {ref} (now version {version})", ref=rec.ref, version=rec.version) if changed else tr("Recommendation {ref} already said so; nothing changed.", ref=rec.ref)
    ctx.emit({**_added(rec), "changed": changed}, text)
    return 0


def cmd_recommendations_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        rows = recommendations.list_recommendations(ws, search=ctx.args.search, limit=ctx.args.limit or None, cycle=ctx.args.cycle)
    text = "\n".join(_list_line(r) for r in rows) or tr("No recommendations found.")
    ctx.emit({"recommendations": [asdict(r) for r in rows]}, text)
    return 0


def _list_line(r: recommendations.RecommendationLine) -> str:
    line = f"{r.ref:<10} {r.response:<20} {r.status or '-':<22} {r.text[:70]}"
    if r.response_history:
        line += "\n" + tr("           response: {history}", history=r.response_history)
    if r.recommended_before:
        line += "\n" + tr("           recommended before: {refs}", refs=", ".join(r.recommended_before))
    return line


def _which(ctx: CommandContext) -> dict[str, Any]:
    a = ctx.args
    return {"refs": a.ref or [], "theme": a.theme, "everything": a.all}


def cmd_assign(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        result = assignments.assign(ws, ctx.args.group, **_which(ctx), role=ctx.args.role, due_date=ctx.args.due).result
    counts = asdict(result)
    ctx.emit(counts, tr("Assigned: {created} new, {updated} changed, {unchanged} already so.", **counts))
    return 0


def cmd_unassign(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        removed = assignments.unassign(ws, ctx.args.group, **_which(ctx)).result
    ctx.emit({"removed": removed}, trn("Removed %n assignments.", removed))
    return 0


def cmd_assess(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        done = assessments.record_assessment(ws, ref=a.ref, group=a.group, status=a.status, evidence=a.evidence,
                                             sources=a.sources, assessed_on=a.date).result
    data = {"id": done.id, "ref": done.ref, "status": done.status, "date": done.assessed_on.isoformat()}
    ctx.emit(data, tr("Recorded {status} for {ref} on {date}", **data))
    return 0
