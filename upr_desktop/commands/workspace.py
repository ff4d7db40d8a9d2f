"""CLI commands about the workspace file itself: init, info, check, backups, restore, undo."""

from __future__ import annotations

import argparse
from pathlib import Path

from upr_desktop.commands.context import CommandContext
from upr_desktop.errors import WorkspaceDamaged
from upr_desktop.i18n import tr
from upr_desktop.io import write_text_atomic
from upr_desktop.operations import history, workspace


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

    p = sub.add_parser("check", parents=[common], help="check the workspace file for damage")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="back up the workspace now")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", parents=[common], help="list backups, newest first")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", parents=[common], help="put a backup back (the current state is backed up first)")
    p.add_argument("backup", metavar="BACKUP", help="backup file (path or name from 'backups'), or 'latest'")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("undo", parents=[common], help="undo the last local change")
    p.add_argument("--force", action="store_true", help="undo even if a later import or merge touched the same data")
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("redo", parents=[common], help="redo the change last undone")
    p.set_defaults(handler=cmd_redo)

    p = sub.add_parser("export-json", parents=[common], help="the whole workspace as JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--include-sensitive", action="store_true", help="also include contact details, government participants and confidential records")
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


def cmd_info(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        info = workspace.workspace_info(ws)
    lines = [
        f"{info['name']} — {info['state_under_review']}" + (" (demo)" if info["is_demo"] else ""),
        f"file: {info['path']} ({info['file_size']:,} bytes, {'encrypted' if info['encrypted'] else 'not encrypted'})",
        f"schema version: {info['schema_version']}",
        f"last backup: {info['last_backup'] or 'never'} ({info['backup_count']} kept)",
    ]
    lines += [f"{name}: {count}" for name, count in info["counts"].items()]
    ctx.emit(info, "\n".join(lines))
    return 0


def cmd_check(ctx: CommandContext) -> int:
    try:
        ws = ctx.open()
    except WorkspaceDamaged as exc:
        ctx.emit({"ok": False, "problems": [str(exc)], "newest_backup": exc.newest_backup}, str(exc))
        return 1
    with ws:
        problems = workspace.check(ws)
    ctx.emit({"ok": not problems, "problems": problems}, "ok" if not problems else "\n".join(problems))
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
    done = workspace.restore_backup(ctx.workspace_path(), ctx.args.backup, settings=ctx.settings, open_current=ctx.open)
    ctx.emit(
        {"restored": str(done.backup), "previous_state": str(done.previous_state) if done.previous_state else None},
        tr("Restored {backup}. The state before it was kept as {safety}.", backup=done.backup, safety=done.previous_state),
    )
    return 0


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

    with ctx.open() as ws:
        data = workspace.export_json(ws, include_sensitive=ctx.args.include_sensitive)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if ctx.args.output:
        write_text_atomic(Path(ctx.args.output), text + "\n")
        ctx.say(tr("Wrote {path}", path=ctx.args.output))
    else:
        print(text)
    return 0
