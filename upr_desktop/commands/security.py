"""CLI commands for protecting workspaces: protect, unprotect, rekey, keys in the keyring, removal.

Passphrases are never taken as command-line arguments (they would show in ``ps`` and shell
history): they come from a hidden prompt, or from ``UPR_DESKTOP_PASSPHRASE`` (and
``UPR_DESKTOP_NEW_PASSPHRASE`` for rekey) for scripts.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING
import getpass
import os
import sys

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import Cancelled, UserError
from upr_desktop.i18n import tr, trn

if TYPE_CHECKING:
    from upr_desktop.operations import security
else:
    security = lazy_module("upr_desktop.operations.security")


NEW_PASSPHRASE_ENV = "UPR_DESKTOP_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("protect", parents=[common], help="encrypt the workspace with a passphrase")
    p.add_argument("--remember", action="store_true", help="remember the key in this computer's keyring")
    p.set_defaults(handler=cmd_protect)

    p = sub.add_parser("unprotect", parents=[common], help="remove the passphrase (decrypts the file and its backups)")
    p.set_defaults(handler=cmd_unprotect)

    p = sub.add_parser("rekey", parents=[common], help="change the passphrase (the file and its backups are re-encrypted)")
    p.add_argument("--remember", action=argparse.BooleanOptionalAction, default=None, help="remember the new key in the keyring (default: as before)")
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("remember-key", parents=[common], help="remember the workspace key in this computer's keyring")
    p.set_defaults(handler=cmd_remember_key)

    p = sub.add_parser("forget-key", parents=[common], help="remove the workspace key from this computer's keyring")
    p.add_argument("--all", action="store_true", help="forget this computer: remove every key UPR Desktop stored here")
    p.set_defaults(handler=cmd_forget_key)

    p = sub.add_parser("keyring", parents=[common], help="whether keys can be remembered on this computer")
    p.set_defaults(handler=cmd_keyring)

    p = sub.add_parser("delete-workspace", parents=[common], help="remove the workspace, its backups and its keys for good")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation (the list is still printed)")
    p.set_defaults(handler=cmd_delete_workspace)


# -- passphrases ---------------------------------------------------------------------
def ask_new_passphrase(ctx: CommandContext, env: str | None = None) -> str:
    """A new passphrase from ``env`` (by default the one that opens a workspace), else typed twice at a hidden prompt."""
    env = env or security.PASSPHRASE_ENV
    given = os.environ.get(env)
    if given:
        return given
    if not ctx.interactive():
        raise UserError(tr("A passphrase is needed: run the command in a terminal, or set {env} for scripts.", env=env))
    first = getpass.getpass(tr("New passphrase: "), stream=sys.stderr)
    if not first:
        raise Cancelled()
    second = getpass.getpass(tr("Repeat the new passphrase: "), stream=sys.stderr)
    if first != second:
        raise UserError(tr("The two passphrases differ; nothing was changed."))
    return first


def _report_text(report: security.ConversionReport, done: str) -> str:
    lines = [report.resumed] if report.resumed else []
    lines.append(done)
    if report.safety_backup:
        lines.append(tr("Backup taken first: {path}", path=report.safety_backup))
    if report.converted_backups:
        lines.append(trn("%n backups converted too.", len(report.converted_backups)))
    for path in report.removed:
        lines.append(tr("Removed {path}: it could not be read to convert it, and it would have stayed readable without the new passphrase.", path=path))
    for path in report.left:
        lines.append(tr("Left as it was: {path} (under another passphrase).", path=path))
    if report.remembered:
        lines.append(tr("The key is remembered on this computer."))
    return "\n".join(lines)


def _report_data(report: security.ConversionReport) -> dict[str, object]:
    return {
        "workspace": str(report.workspace),
        "encrypted": security.is_protected(report.workspace),
        "safety_backup": str(report.safety_backup) if report.safety_backup else None,
        "converted_backups": [str(p) for p in report.converted_backups],
        "removed": [str(p) for p in report.removed],
        "left": [str(p) for p in report.left],
        "resumed": report.resumed,
        "remembered": report.remembered,
    }


# -- commands --------------------------------------------------------------------------
def cmd_protect(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    with ctx.open() as ws:  # proves it is a healthy workspace at the current schema (and finishes an interrupted change)
        key = security.workspace_key(ws)
    if key is not None:
        # Already protected: copies left unprotected (by an older version killed mid-way) still get the key.
        report = security.secure_copies(path, key, settings=ctx.settings, progress=ctx.say)
        if not report.converted_backups and not report.removed:
            raise UserError(tr("{path} is already protected, and so is every copy of it; use rekey to change its passphrase.", path=path))
        ctx.emit(_report_data(report), _report_text(report, tr("The unprotected copies of {path} are now protected by its passphrase.", path=path)))
        return 0
    passphrase = ask_new_passphrase(ctx)
    report = security.protect(path, passphrase, remember=ctx.args.remember, settings=ctx.settings, progress=ctx.say)
    if ctx.args.remember and not report.remembered:
        ctx.say(tr("The key could not be remembered: {reason}.", reason=security.keyring_status().reason))
    ctx.emit(_report_data(report), _report_text(report, tr("{path} is now protected by a passphrase.", path=path)))
    return 0


def _open_key(ctx: CommandContext) -> bytes:
    with ctx.open() as ws:
        key = security.workspace_key(ws)
    if key is None:
        raise UserError(tr("{path} is not protected.", path=ctx.workspace_path()))
    return key


def cmd_unprotect(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    if not security.is_protected(path):
        raise UserError(tr("{path} is not protected.", path=path))
    report = security.unprotect(path, _open_key(ctx), settings=ctx.settings, progress=ctx.say)
    ctx.emit(_report_data(report), _report_text(report, tr("{path} is no longer encrypted.", path=path)))
    return 0


def cmd_rekey(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    if not security.is_protected(path):
        raise UserError(tr("{path} is not protected; use protect to give it a passphrase.", path=path))
    key = _open_key(ctx)
    passphrase = ask_new_passphrase(ctx, NEW_PASSPHRASE_ENV)
    report = security.rekey(path, key, passphrase, remember=ctx.args.remember, settings=ctx.settings, progress=ctx.say)
    ctx.emit(_report_data(report), _report_text(report, tr("The passphrase of {path} was changed.", path=path)))
    return 0


def cmd_remember_key(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    st = security.keyring_status()
    if not st.usable:
        raise UserError(tr("Cannot remember keys on this computer: {reason}. You will be asked for the passphrase.", reason=st.reason))
    key = _open_key(ctx)
    if not security.remember_key(path, key):
        raise UserError(tr("The keyring refused to store the key."))
    ctx.emit({"remembered": True}, tr("The key of {path} is remembered on this computer.", path=path))
    return 0


def cmd_forget_key(ctx: CommandContext) -> int:
    if ctx.args.all:
        removed = security.forget_this_computer()
        if any(name.startswith("signing:") for name in removed):
            ctx.say(
                tr(
                    "Exchange signing keys were removed too: workbooks exported before cannot be checked when they "
                    "come back (merge them with --trust-unsigned after looking at them)."
                )
            )
        ctx.emit({"removed": removed}, trn("Removed %n keys from this computer's keyring.", len(removed)))
        return 0
    path = ctx.workspace_path()
    removed = security.forget_key(path)
    ctx.emit(
        {"removed": removed},
        tr("The key of {path} was removed from this computer.", path=path) if removed else tr("No key of {path} was remembered here.", path=path),
    )
    return 0


def cmd_keyring(ctx: CommandContext) -> int:
    st = security.keyring_status()
    text = tr("Keys can be remembered ({backend}).", backend=st.backend) if st.usable else tr("Keys cannot be remembered: {reason}.", reason=st.reason)
    ctx.emit({"usable": st.usable, "backend": st.backend, "reason": st.reason}, text)
    return 0


def cmd_delete_workspace(ctx: CommandContext) -> int:
    path = ctx.workspace_path()
    plan = security.removal_plan(path, settings=ctx.settings)
    if not plan:
        raise UserError(tr("Nothing to remove: no workspace at {path}.", path=path))
    listing = "\n".join("  " + item for item in plan)
    if not ctx.args.yes:
        if not ctx.interactive():
            raise UserError(tr("This would remove:\n{listing}\nRun again with --yes to remove them.", listing=listing))
        print(tr("This removes for good:\n{listing}", listing=listing), file=sys.stderr)
        answer = input(tr("Type DELETE to confirm: "))
        if answer.strip() != "DELETE":
            raise Cancelled()
    else:
        ctx.say(tr("Removing:\n{listing}", listing=listing))
    removed = security.remove_workspace(path, plan, settings=ctx.settings)
    ctx.emit({"removed": removed}, trn("Removed %n items.", len(removed)))
    return 0


def new_workspace_key(ctx: CommandContext) -> bytes:
    """Key material for ``init --encrypt``: a checked passphrase stretched over a fresh salt."""
    return security.new_key_material(ask_new_passphrase(ctx))


def remember_new_key(ctx: CommandContext, key: bytes, workspace_id: str) -> None:
    try:
        security.remember_new_key(key, workspace_id)
    except security.KeyringUnavailable as exc:
        ctx.say(str(exc))
