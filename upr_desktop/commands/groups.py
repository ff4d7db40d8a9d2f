"""CLI commands for the coalition's member groups: add, edit, list (with their load), remove."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING
from dataclasses import asdict

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

if TYPE_CHECKING:
    from upr_desktop.operations import groups
else:
    groups = lazy_module("upr_desktop.operations.groups")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    g = sub.add_parser("groups", parents=[common], help="member groups of the coalition")
    gsub = g.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    p = gsub.add_parser("add", parents=[common], help="add a member group")
    p.add_argument("name")
    p.add_argument("--acronym", required=True)
    p.add_argument("--region")
    p.add_argument("--focal-point")
    p.add_argument("--language", metavar="CODE", help="the language of the group's exchange workbooks (en, fr, es, th, my, ar)")
    p.set_defaults(handler=cmd_groups_add)
    p = gsub.add_parser("edit", parents=[common], help="change a member group's details")
    p.add_argument("acronym")
    p.add_argument("--name")
    p.add_argument("--new-acronym", dest="new_acronym", metavar="ACRONYM")
    p.add_argument("--region")
    p.add_argument("--focal-point")
    p.add_argument("--language", metavar="CODE", help="the language of the group's exchange workbooks; '' for none (English)")
    p.set_defaults(handler=cmd_groups_edit)
    p = gsub.add_parser("list", parents=[common], help="list member groups with what is assigned, assessed and overdue")
    p.add_argument("--cycle", type=int, metavar="N", help="count only the work on recommendations of this UPR cycle")
    p.set_defaults(handler=cmd_groups_list)
    p = gsub.add_parser("remove", parents=[common], help="remove a member group")
    p.add_argument("acronym")
    p.set_defaults(handler=cmd_groups_remove)


def cmd_groups_add(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        group = groups.add_group(ws, name=a.name, acronym=a.acronym, region=a.region, focal_point=a.focal_point,
                                 language=a.language).result
    ctx.emit(asdict(group), tr("Added member group {acronym} ({name})", acronym=group.acronym, name=group.name))
    return 0


def cmd_groups_edit(ctx: CommandContext) -> int:
    a = ctx.args
    given = {"name": a.name, "acronym": a.new_acronym, "region": a.region, "focal_point": a.focal_point, "language": a.language}
    fields = {k: v for k, v in given.items() if v is not None}
    if not fields:
        raise UserError(tr("Say what to change: --name, --new-acronym, --region, --focal-point or --language."))
    with ctx.open() as ws:
        group = groups.edit_group(ws, a.acronym, **fields).result
    ctx.emit(asdict(group), tr("Changed member group {acronym} ({name})", acronym=group.acronym, name=group.name))
    return 0


def cmd_groups_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        ctx.note_cycle(ws)
        loads = groups.list_groups(ws, cycle=ctx.args.cycle)
    rows = [
        {"id": g.uuid, "acronym": g.acronym, "name": g.name, "region": g.region, "focal_point": g.focal_point,
         "assigned": g.assigned, "assessed": g.assessed, "overdue_assessments": g.overdue_assessments,
         "open_actions": g.open_actions, "overdue_actions": g.overdue_actions, "language": g.language}
        for g in loads
    ]
    text = "\n".join(
        f"{g.acronym:<10} {g.name}" + (f" ({g.region})" if g.region else "")
        + "  " + ", ".join((trn("%n assigned", g.assigned), trn("%n assessed", g.assessed),
                            trn("%n overdue", g.overdue), trn("%n open actions", g.open_actions)))
        for g in loads
    ) or tr("No member groups yet.")
    ctx.emit({"groups": rows}, text)
    return 0


def cmd_groups_remove(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        impact = groups.remove_group(ws, ctx.args.acronym).result
    ctx.emit({"removed": ctx.args.acronym, **asdict(impact)},
             tr("Removed {acronym}. {impact}", acronym=ctx.args.acronym, impact=impact.describe()))
    return 0
