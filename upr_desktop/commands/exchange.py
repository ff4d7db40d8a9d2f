"""CLI commands for exchange workbooks: export, merge, merges, conflicts, and the field side."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

if TYPE_CHECKING:
    from upr_desktop.operations import exchange
else:
    exchange = lazy_module("upr_desktop.operations.exchange")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export-workbook", parents=[common], help="export exchange workbooks for member groups")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--group", metavar="ACR", help="the member group's acronym")
    who.add_argument("--all", action="store_true", help="one workbook per group with assignments (-o is a folder)")
    who.add_argument("--return", dest="is_return", action="store_true", help="field side: a return of the workbook you imported")
    p.add_argument("-o", "--output", required=True, metavar="FILE|DIR")
    p.add_argument("--refs", action="append", default=[], help="only these refs (comma-separated, repeatable)")
    p.add_argument("--theme", help="only recommendations with this theme")
    p.add_argument("--cycle", type=int, metavar="N", help="only recommendations of this UPR cycle, and the consultations and actions about them")
    p.add_argument("--deadline", metavar="DATE", help="when the group should send it back (YYYY-MM-DD)")
    p.add_argument("--include-sensitive", action="store_true", help="include contact details, government participants and confidential records")
    # Its own dest: the top-level --lang (before the command) is the messages' language, not the workbook's.
    p.add_argument("--lang", dest="workbook_language", metavar="CODE", help="the workbook's language (en, fr, es, th, my, ar); default: each group's own language, else English")
    p.add_argument("--filled-in-by", metavar="NAME", help="with --return: your name, for the Read me's 'Filled in by' cell")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("merge", parents=[common], help="merge returned workbooks (three-way, per field)",
                       description="Merge returned workbooks in one transaction, after a backup. Conflicts named in "
                                   "--decide are decided in the same transaction (undoing the merge undoes them too); "
                                   "--prefer settles the others; the rest wait for 'conflicts resolve'.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--decide", metavar="DECISIONS.json",
                   help="decide these conflicts with the merge (a JSON list of {file, sheet, cell | ref, field, take, value}; see the README)")
    p.add_argument("--prefer", choices=["ours", "theirs"], help="resolve the other conflicts at once this way")
    p.add_argument("--trust-unsigned", action="store_true", help="merge a workbook whose signature does not match (recorded)")
    p.set_defaults(handler=cmd_merge)

    m = sub.add_parser("merges", parents=[common], help="merges applied: list, show, undo")
    msub = m.add_subparsers(dest="merges_command", metavar="ACTION", required=True)
    q = msub.add_parser("list", parents=[common], help="list merges, newest first")
    q.set_defaults(handler=cmd_merges_list)
    q = msub.add_parser("show", parents=[common], help="what one merge changed")
    q.add_argument("id", type=int)
    q.set_defaults(handler=cmd_merges_show)
    q = msub.add_parser("rejected", parents=[common], help="the cells one merge could not use, to send back to the group")
    q.add_argument("id", type=int)
    q.add_argument("-o", "--output", metavar="FILE", help="write them to FILE (.xlsx, .csv or .txt) instead of printing them")
    q.set_defaults(handler=cmd_merges_rejected)
    q = msub.add_parser("undo", parents=[common], help="undo exactly one merge")
    q.add_argument("id", type=int)
    q.add_argument("--force", action="store_true", help="undo even if later changes touched the same fields")
    q.set_defaults(handler=cmd_merges_undo)

    c = sub.add_parser("conflicts", parents=[common], help="conflicts left by merges")
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    q = csub.add_parser("list", parents=[common], help="unresolved conflicts")
    q.add_argument("--all", action="store_true", help="include resolved ones")
    q.set_defaults(handler=cmd_conflicts_list)
    q = csub.add_parser("resolve", parents=[common], help="resolve a conflict (or --all)")
    q.add_argument("id", type=int, nargs="?")
    q.add_argument("--all", action="store_true", help="resolve every unresolved conflict")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=["ours", "theirs"])
    how.add_argument("--value", help="an edited value to keep")
    q.set_defaults(handler=cmd_conflicts_resolve)

    p = sub.add_parser("secretariat", parents=[common], help="who the coalition's workbooks are sent by (show, or set with NAME)")
    p.add_argument("name", nargs="?", help="the secretariat's name (a person or an office)")
    p.add_argument("--clear", action="store_true", help="forget the name")
    p.set_defaults(handler=cmd_secretariat)

    p = sub.add_parser("import-workbook", parents=[common], help="field side: create or refresh this workspace from a received workbook")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import_workbook)


def cmd_export(ctx: CommandContext) -> int:
    a = ctx.args
    out = Path(a.output).expanduser()
    if a.is_return:
        with ctx.open() as ws:
            result = exchange.export_return(ws, out, filled_in_by=a.filled_in_by).result
        ctx.emit({"exports": [result.as_dict()]}, tr("Wrote the return {file}", file=out))
        return 0
    options = {"refs": exchange.split_refs(a.refs), "theme": a.theme, "deadline": a.deadline, "include_sensitive": a.include_sensitive,
               "language": a.workbook_language, "cycle": a.cycle}
    with ctx.open() as ws:
        ctx.note_cycle(ws)
        results = exchange.export_all(ws, out, **options).result if a.all else [exchange.export_workbook(ws, group=a.group, target=out, **options).result]
    lines = []
    for r in results:
        lines.append(tr("{group}: {file} ({recs}, {cons}, {acts})", group=r.group, file=r.file,
                        recs=trn("%n recommendations", r.recommendations), cons=trn("%n consultations", r.consultations),
                        acts=trn("%n actions", r.actions)))
        for w in r.warnings:
            ctx.say(w)
    notices = {r.notice for r in results if r.notice}
    for n in notices:
        ctx.say(n)
    if any(r.include_sensitive for r in results):
        ctx.say(tr("These workbooks include sensitive information: send them only to people who may see it."))
    ctx.emit({"exports": [r.as_dict() for r in results]}, "\n".join(lines))
    return 0


def cmd_merge(ctx: CommandContext) -> int:
    a = ctx.args
    paths = [Path(f).expanduser() for f in a.files]
    decisions = exchange.load_decisions(a.decide) if a.decide else None
    with ctx.open() as ws:
        if a.dry_run:
            report = exchange.preview_merge(ws, paths, trust_unsigned=a.trust_unsigned, decisions=decisions)
        else:
            report = exchange.merge(ws, paths, decisions=decisions, prefer=a.prefer, trust_unsigned=a.trust_unsigned).result
    lines = []
    for f in report.files:
        for w in f.warnings:
            ctx.say(w)
        if f.status == "refused":
            lines.append(tr("Not merged: {reason}", reason=f.reason))  # the reason names the file (exchange.return_check)
            continue
        lines.append(tr("{file} ({group}): {status}, {added}, {updated}, {conflicts}, {rejected}",
                        file=f.name, group=f.group, status=f.status, added=trn("%n added", f.added), updated=trn("%n updated", f.updated),
                        conflicts=trn("%n conflicts", len(f.conflicts)), rejected=trn("%n rejected cells", len(f.rejected))))
        for index, c in enumerate(f.conflicts):
            lines.append(tr("  conflict {sheet}!{cell} {ref} {field}: base '{base}', ours '{ours}', theirs '{theirs}'",
                            sheet=f.sheet_titles.get(c.sheet, c.sheet), cell=c.cell, ref=c.ref, field=c.field,
                            base=exchange.display(c.field, c.base), ours=exchange.display(c.field, c.ours),
                            theirs=exchange.display(c.field, c.theirs))
                         + (tr(" -> decided: {take}", take=f.decided[index]) if index in f.decided else ""))
        for r in f.rejected:
            lines.append(tr("  rejected {sheet}!{cell}: {reason}", sheet=r.sheet, cell=r.cell, reason=r.reason))
    ctx.emit(report.as_json(), "\n".join(lines))
    return 1 if report.refused else 0


def cmd_merges_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        merges = exchange.list_merges(ws)
    text = "\n".join(
        f"{m.id:>4}  {m.merged_at:%Y-%m-%d %H:%M}  {m.group or '-':<8} +{m.added} ~{m.updated} !{m.conflicts}"
        f"{'  (undone)' if m.undone else ''}  {m.file}" for m in merges
    ) or tr("No merges yet.")
    ctx.emit({"merges": [m.as_json() for m in merges]}, text)
    return 0


def cmd_merges_show(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        detail = exchange.show_merge(ws, ctx.args.id)
    ctx.emit(detail.as_json(), "\n".join(exchange.explanation_lines(detail)))
    return 0


def cmd_merges_rejected(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        if a.output:
            path = exchange.send_cells_to_fix(ws, a.id, Path(a.output))
            cells = exchange.cells_to_fix(ws, a.id)
            ctx.emit({"file": str(path), "cells": [c.as_json() for c in cells]},
                     trn("Wrote the %n cells to fix to {file}: send it to the group.", len(cells), file=path))
            return 0
        cells = exchange.cells_to_fix(ws, a.id)
        text = exchange.cells_to_fix_text(ws, a.id)
    ctx.emit({"cells": [c.as_json() for c in cells]}, text)
    return 0


def cmd_secretariat(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        if a.clear or a.name is not None:
            name = exchange.set_secretariat(ws, None if a.clear else a.name).result
        else:
            name = exchange.secretariat(ws)
    ctx.emit({"secretariat": name}, tr("Workbooks are sent by: {name}", name=name) if name
             else tr("No secretariat is set: workbooks say they are sent by the secretariat. Set it with: upr-desktop secretariat NAME"))
    return 0


def cmd_merges_undo(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        summary = exchange.undo_merge(ws, ctx.args.id, force=ctx.args.force).result
    ctx.emit(summary.as_json(), tr("Undid the merge of {file}.", file=summary.file))
    return 0


def cmd_conflicts_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        found = exchange.list_conflicts(ws, unresolved_only=not ctx.args.all)
    text = "\n".join(
        f"{c.id:>4}  {c.sheet}!{c.cell} {c.ref or ''} {c.field}: base '{c.base_label}' | ours '{c.ours_label}' | theirs '{c.theirs_label}'"
        + (f"  [{c.resolution}]" if c.resolution else "") for c in found
    ) or tr("No conflicts waiting.")
    ctx.emit({"conflicts": [c.as_json() for c in found]}, text)
    return 0


def cmd_conflicts_resolve(ctx: CommandContext) -> int:
    a = ctx.args
    if a.all == (a.id is not None):
        raise UserError(tr("Name one conflict by its number, or use --all."))
    if a.all and a.value is not None:
        raise UserError(tr("--value resolves one conflict; use --take with --all."))
    with ctx.open() as ws:
        if a.all:
            count = exchange.resolve_all(ws, take=a.take).result
            ctx.emit({"resolved": count}, trn("Resolved %n conflicts.", count))
            return 0
        view = exchange.resolve_conflict(ws, a.id, take=a.take or "edited", value=a.value).result
    ctx.emit(view.as_json(), tr("Conflict {id} resolved: {how}.", id=view.id, how=view.resolution))
    return 0


def cmd_import_workbook(ctx: CommandContext) -> int:
    result = exchange.import_workbook(ctx.workspace_path(), Path(ctx.args.file).expanduser())
    ctx.emit(result.as_json(), trn("{what} {workspace} from {file}: %n recommendations for {group}", result.recommendations,
                                   what=tr("Created") if result.created else tr("Refreshed"), workspace=result.workspace,
                                   file=ctx.args.file, group=result.group))
    return 0
