"""CLI commands about the workspace file itself: init, info, check, backups, restore, undo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import WorkspaceDamaged
from upr_desktop.i18n import tr, tr_noop, trn
from upr_desktop.io import write_text_atomic


if TYPE_CHECKING:
    from upr_desktop.operations import history
    from upr_desktop.operations import workspace
    from upr_desktop.operations.workspace import RestoreImpact
else:
    history = lazy_module("upr_desktop.operations.history")
    workspace = lazy_module("upr_desktop.operations.workspace")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", parents=[common], help="create a new workspace")
    p.add_argument("--name", required=True, help="the coalition's name")
    p.add_argument("--country", required=True, help="State under Review (UN member state name)")
    p.add_argument("--cycle", type=int, action="append", default=[], help="UPR cycle(s) followed (repeatable)")
    p.add_argument("--secretariat", metavar="NAME", help="who the coalition's workbooks are sent by (see: upr-desktop secretariat)")
    p.add_argument("--encrypt", action="store_true", help="protect it with a passphrase (asked, or $UPR_DESKTOP_PASSPHRASE)")
    p.add_argument("--remember", action="store_true", help="with --encrypt: remember the key in this computer's keyring")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", parents=[common], help="counts, schema version, file size, last backup")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("check", parents=[common], help="read every page and stored value, and name any damaged record")
    p.add_argument("--rebuild-search-index", action="store_true", help="rebuild the full-text index from the recommendations if it does not match them")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="back up the workspace now")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", parents=[common], help="list backups, newest first")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", parents=[common], help="put a backup back (the current state is backed up first)")
    p.add_argument("backup", metavar="BACKUP", help="backup file (path or name from 'backups'), or 'latest'")
    p.add_argument("--dry-run", action="store_true", help="only say what restoring it would undo")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("undo", parents=[common], help="undo the last local change")
    p.add_argument("--force", action="store_true", help="undo even if a later import or merge touched the same data")
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("redo", parents=[common], help="redo the change last undone")
    p.set_defaults(handler=cmd_redo)

    p = sub.add_parser("export-json", parents=[common], help="the whole workspace as JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--include-sensitive", action="store_true", help="also include contact details, government participants and confidential records")
    p.add_argument("--salvage", action="store_true", help="from a damaged workspace: leave out the damaged records (listed under \"damaged\") and save the rest")
    p.set_defaults(handler=cmd_export_json)


def cmd_init(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    key = None
    if ctx.args.encrypt:
        from upr_desktop.commands.security import new_workspace_key

        key = new_workspace_key(ctx)
    with workspace.create_workspace(path, name=ctx.args.name, country=ctx.args.country, cycles=ctx.args.cycle, key=key,
                                    settings=ctx.settings) as ws:
        if ctx.args.secretariat:
            from upr_desktop.operations.exchange import set_secretariat

            set_secretariat(ws, ctx.args.secretariat)
        info = workspace.workspace_info(ws)
        if key is not None and ctx.args.remember:
            from upr_desktop.commands.security import remember_new_key

            remember_new_key(ctx, key, ws.uuid)
    ctx.emit(info, tr("Created workspace '{name}' for {state} at {path}", name=info["name"], state=info["state_under_review"], path=path))
    return 0


# The names of info's counts as people read them (the keys stay English in --json).
COUNT_NAMES = {
    "recommendations": tr_noop("recommendations"), "reviews": tr_noop("reviews"), "themes": tr_noop("themes"),
    "groups": tr_noop("member groups"), "assignments": tr_noop("assignments"), "assessments": tr_noop("assessments"),
    "consultations": tr_noop("consultations"), "actions": tr_noop("follow-up actions"), "merges": tr_noop("merges"),
    "changes": tr_noop("changes in the log"),
}


def cmd_info(ctx: CommandContext) -> int:
    # Only what it shows: counts, schema, size, backups. The whole-file quick_check (2 s on a 100,000-recommendation
    # workspace) is `check`'s job; a damaged page info does read still ends in a one-line error (cli.explain).
    with ctx.open(check=False) as ws:
        info = workspace.workspace_info(ws)
    lines = [
        f"{info['name']} — {info['state_under_review']}" + (" " + tr("(demo)") if info["is_demo"] else ""),
        (tr("server: {server}, database {database} ({size} bytes), you are {role}", server=info["server"],
            database=info["database"], size=f"{info['file_size']:,}", role=info["role"])
         + (f", sslmode {info['sslmode']}" if info.get("sslmode") else "") if info.get("server") else
         (tr("file: {path} ({size} bytes, encrypted)", path=info["path"], size=f"{info['file_size']:,}") if info["encrypted"]
          else tr("file: {path} ({size} bytes, not encrypted)", path=info["path"], size=f"{info['file_size']:,}"))),
        tr("schema version: {version}", version=info["schema_version"]),
        trn("last backup: {when} (%n kept)", info["backup_count"], when=info["last_backup"] or tr("never")),
    ]
    if info.get("read_only"):
        lines.append(tr("read only: {reason} (every command that only reads works)", reason=info["read_only"]))
    lines += [f"{tr(COUNT_NAMES.get(name, name))}: {count}" for name, count in info["counts"].items()]
    ctx.emit(info, "\n".join(lines))
    return 0


def cmd_check(ctx: CommandContext) -> int:
    damaged_at_open = None
    try:
        ws = ctx.open()
    except WorkspaceDamaged as exc:
        damaged_at_open = exc
        ws = ctx.open(check=False, migrate=False)  # still read what can be read, to name the damage
    with ws:
        found = workspace.check(ws, rebuild_search_index=ctx.args.rebuild_search_index)
    if found.search_index_rebuilt:
        ctx.say(tr("The search index was rebuilt from the recommendations."))
    problems = ([str(damaged_at_open)] if damaged_at_open else []) + found.problems
    if found.damaged or damaged_at_open:
        problems.append(tr("Save what can be read with: upr-desktop export-json --salvage -o FILE; or restore a backup (upr-desktop restore latest --dry-run says what it would undo)."))
    data = {"ok": not problems, "problems": problems, "notes": found.notes, "rows_checked": found.rows_checked, "damaged": found.damaged,
            "newest_backup": damaged_at_open.newest_backup if damaged_at_open else None}
    if found.search_index_checked:
        ok = trn("ok: %n rows read, every stored value, the change log and the search index check out.", found.rows_checked)
    else:
        ok = trn("ok: %n rows read, every stored value and the change log check out.", found.rows_checked)
    ctx.emit(data, "\n".join([*found.notes, *(problems or [ok])]))
    return 0 if not problems else 1


def cmd_backup(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        target = workspace.backup(ws, reason="manual").result
    ctx.emit({"backup": str(target)}, tr("Backed up to {path}", path=target))
    return 0


def cmd_backups(ctx: CommandContext) -> int:
    found = workspace.list_backups(ctx.workspace_path(), settings=ctx.settings)
    data = [{"file": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"), "reason": b.reason, "size": b.size} for b in found]
    text = "\n".join(f"{b['taken_at']}  {b['reason']:<16} {b['size']:>12,}  {b['file']}" for b in data) or tr("No backups yet.")
    ctx.emit({"backups": data}, text)
    return 0


def cmd_restore(ctx: CommandContext) -> int:
    done = workspace.restore_backup(ctx.workspace_path(), ctx.args.backup, settings=ctx.settings, open_current=ctx.open,
                                    dry_run=ctx.args.dry_run)
    ctx.say(_impact_text(done.impact))
    if not done.done:
        ctx.emit(_impact_data(done.impact), tr("Nothing was changed (--dry-run)."))
        return 0
    ctx.emit(
        {"restored": str(done.backup), "previous_state": str(done.previous_state) if done.previous_state else None, **_impact_data(done.impact)},
        tr("Restored {backup}. The state before it was kept as {safety}.", backup=done.backup, safety=done.previous_state),
    )
    return 0


def _impact_text(impact: RestoreImpact) -> str:
    when = impact.taken_at.strftime("%Y-%m-%d %H:%M") if impact.taken_at else "?"
    if impact.current_unreadable:
        return tr("The workspace cannot be read ({reason}); restoring {backup} (taken {when}) replaces it, and the damaged file is kept aside.",
                  reason=impact.current_unreadable, backup=impact.backup.name, when=when)
    if not impact.loses_anything:
        return tr("Restoring {backup} (taken {when}) undoes nothing: it holds everything the workspace holds.", backup=impact.backup.name, when=when)
    lines = [trn("Restoring {backup} (taken {when}) undoes %n changes made since:", len(impact.undone), backup=impact.backup.name, when=when)]
    lines += [f"  {c['at']}  {c['label']}" for c in impact.undone[:15]]
    if len(impact.undone) > 15:
        lines.append(trn("  ... and %n more.", len(impact.undone) - 15))
    for table, now in impact.counts_now.items():
        then = impact.counts_then.get(table, 0)
        if now != then:
            lines.append(tr("  {table}: {now} now, {then} in the backup", table=table, now=now, then=then))
    lines.append(tr("The current state is backed up first, so this can itself be undone by restoring that backup."))
    return "\n".join(lines)


def _impact_data(impact: RestoreImpact) -> dict[str, object]:
    return {"backup": str(impact.backup), "undoes": [{**c, "at": str(c["at"])} for c in impact.undone],
            "counts_now": impact.counts_now, "counts_in_backup": impact.counts_then, "current_unreadable": impact.current_unreadable}


def cmd_undo(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        label = history.undo(ws, force=ctx.args.force).result
    ctx.emit({"undone": label}, tr("Undone: {label}", label=label))
    return 0


def cmd_redo(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        label = history.redo(ws).result
    ctx.emit({"redone": label}, tr("Redone: {label}", label=label))
    return 0


def cmd_export_json(ctx: CommandContext) -> int:
    import json

    salvage = ctx.args.salvage
    with ctx.open(**({"check": False, "migrate": False} if salvage else {})) as ws:
        data = workspace.export_json(ws, include_sensitive=ctx.args.include_sensitive, salvage=salvage)
    if salvage:
        count = data.pop("damaged_rows")
        ctx.say(trn("Salvaged the workspace: %n damaged records left out and listed under \"damaged\".", count) if count
                else tr("Nothing in the workspace is damaged; everything was exported."))
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if ctx.args.output:
        write_text_atomic(Path(ctx.args.output), text + "\n")
        ctx.say(tr("Wrote {path}", path=ctx.args.output))
    else:
        print(text)
    return 0
