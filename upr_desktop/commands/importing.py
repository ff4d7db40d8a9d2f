"""CLI command ``import``: recommendations from UPR Info, OHCHR matrices, UHRI or any table."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn
from upr_desktop.operations.choices import IMPORT_FORMATS

if TYPE_CHECKING:
    from upr_desktop.operations import importing
else:
    importing = lazy_module("upr_desktop.operations.importing")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import", parents=[common],
        help="import recommendations from UPR Info, OHCHR matrices, UHRI exports or a table",
        description="Import recommendations. The format is recognised from the file; --format overrides. "
                    "By default only recommendations to the workspace's State are kept.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=IMPORT_FORMATS, help="read the files as this format instead of recognising it")
    p.add_argument("--map", dest="mapping", metavar="HEADER=FIELD,...",
                   help='map table headers to fields, e.g. "Texte=text,Pays=recommending_states"')
    which = p.add_mutually_exclusive_group()
    which.add_argument("--country", metavar="STATE", help="keep recommendations to this State under Review")
    which.add_argument("--all-states", action="store_true", help="keep every State under Review in the file")
    p.add_argument("--cycle", type=int, metavar="N", help="keep only this UPR cycle (or set it when the file has none)")
    p.add_argument("--session", type=int, metavar="N", help="keep only this UPR session (or set it when the file has none)")
    p.add_argument("--responses-on", metavar="DATE",
                   help="the day the file's responses took effect (e.g. the adoption); a changed response is kept in "
                        "its history with this date (default: today)")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported without writing anything")
    p.set_defaults(handler=cmd_import)

    m = sub.add_parser("imports", parents=[common], help="imports made: list, show, undo")
    msub = m.add_subparsers(dest="imports_command", metavar="ACTION", required=True)
    q = msub.add_parser("list", parents=[common], help="list imports, newest first")
    q.set_defaults(handler=cmd_imports_list)
    q = msub.add_parser("show", parents=[common], help="what one import changed")
    q.add_argument("id", type=int)
    q.add_argument("--limit", type=int, default=200, help="show at most N changes (0: all; --json gives all)")
    q.set_defaults(handler=cmd_imports_show)
    q = msub.add_parser("undo", parents=[common], help="undo exactly one import (refused when later work depends on it)")
    q.add_argument("id", type=int)
    q.set_defaults(handler=cmd_imports_undo)


def _text(report: importing.ImportReport) -> str:
    verb = tr("would add") if report.dry_run else tr("added")
    lines = [
        tr("{file} ({format}): {verb} {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}.",
           file=report.file, format=report.format, verb=verb, added=report.added, updated=report.updated,
           unchanged=report.unchanged, skipped=report.skipped)
    ]
    for error in report.errors[:50]:
        lines.append(tr("  row {row}: {message}", row=error.row, message=error.message))
    if len(report.errors) > 50:
        lines.append(trn("  ... and %n more rows not imported.", len(report.errors) - 50))
    lines.extend(f"  {warning}" for warning in report.warnings)
    if report.merged_rows:
        lines.append(trn("  %n 'accepted in part' rows were merged into partially supported recommendations.", report.merged_rows))
    if report.headings:
        lines.append(trn("  %n heading rows were read as theme clusters.", report.headings))
    if not report.dry_run and report.import_run_id is not None and (report.added or report.updated):
        lines.append(tr("  This is import {id}; undo it with: upr-desktop imports undo {id}", id=report.import_run_id))
    return "\n".join(lines)


def cmd_import(ctx: CommandContext) -> int:
    args = ctx.args
    options = importing.ImportOptions(
        format=args.format, mapping=importing.parse_map_option(args.mapping), country=args.country,
        all_states=args.all_states, cycle=args.cycle, session=args.session,
        responses_on=importing.day_given(args.responses_on, what="--responses-on date"),
    )
    reports: list[dict[str, Any]] = []
    texts: list[str] = []
    failed = 0
    with ctx.open() as ws:
        for name in args.files:
            try:
                if args.dry_run:
                    report = importing.preview_import(ws, name, options)
                else:
                    report = importing.import_file(ws, name, options).result
            except UserError as exc:
                if len(args.files) == 1:
                    raise
                # Each file is its own transaction: the others still import; this one wrote nothing.
                failed += 1
                shown = Path(name).name
                message = str(exc) if shown in str(exc) else tr("{file}: {reason}", file=shown, reason=exc)
                reports.append({"file": shown, "format": None, "added": 0, "updated": 0, "unchanged": 0,
                                "skipped": 0, "errors": [], "error": message})
                texts.append(message)
                continue
            reports.append(report.as_dict())
            texts.append(_text(report))
    ctx.emit({"files": reports}, "\n".join(texts))
    return 1 if failed else 0


def cmd_imports_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        found = importing.list_imports(ws)
    states = {"in-effect": "", "undone": tr("  (undone)"), "no-changes": tr("  (changed nothing)")}
    text = "\n".join(
        f"{i.id:>4}  {i.imported_at:%Y-%m-%d %H:%M}  {i.format:<12} +{i.added} ~{i.updated} ={i.unchanged} !{i.skipped}"
        f"{states[i.state]}  {i.file}" for i in found
    ) or tr("No imports yet.")
    ctx.emit({"imports": [i.as_json() for i in found]}, text)
    return 0


def cmd_imports_show(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        detail = importing.show_import(ws, ctx.args.id)
    ctx.emit(detail.as_json(), "\n".join(importing.explanation_lines(detail, ctx.args.limit)))
    return 0


def cmd_imports_undo(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        summary = importing.undo_import(ws, ctx.args.id).result
    ctx.emit(summary.as_json(), tr("Undid the import of {file}: {added} recommendations removed, {updated} put back as they were.",
                                   file=summary.file, added=summary.added, updated=summary.updated))
    return 0
