"""CLI commands for a shared workspace on a PostgreSQL server: logins, the password, moving to and from a server."""

from __future__ import annotations

import argparse
import getpass
import os

from upr_desktop.commands.context import CommandContext
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn
from upr_desktop.operations import server

NEW_PASSWORD_ENV = "UPR_DESKTOP_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("server", parents=[common], help="a shared workspace on a PostgreSQL server")
    ssub = s.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add-user", parents=[common], help="a login for one person: secretariat, or member of one group")
    p.add_argument("name", help="the login (lower-case letters, digits and _)")
    p.add_argument("--role", required=True, choices=["secretariat", "member"])
    p.add_argument("--group", metavar="ACR", help="with --role member: the group whose records it writes")
    p.add_argument("--password", action="store_true", help=f"set a password (asked, or ${NEW_PASSWORD_ENV})")
    p.set_defaults(handler=cmd_add_user)
    p = ssub.add_parser("remember-password", parents=[common], help="keep your server password in this computer's keyring")
    p.set_defaults(handler=cmd_remember_password)

    p = sub.add_parser("move-to", parents=[common], help="copy the whole workspace to an empty server database, or back to a new file")
    p.add_argument("target", metavar="TARGET", help="postgresql://ROLE@HOST/DATABASE, a .uprw-server file, or a new .uprw file")
    p.set_defaults(handler=cmd_move_to)


def _password(ctx: CommandContext, prompt: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV) or os.environ.get("UPR_DESKTOP_SERVER_PASSWORD")
    if given:
        return given
    if not ctx.interactive():
        raise UserError(tr("No password given: type it at the prompt, or set {env}.", env=NEW_PASSWORD_ENV))
    return getpass.getpass(prompt)


def cmd_add_user(ctx: CommandContext) -> int:
    a = ctx.args
    password = _password(ctx, tr("Password for {name}: ", name=a.name)) if a.password else None
    with ctx.open() as ws:
        made = server.add_user(ws, a.name, role=a.role, group=a.group, password=password)
    ctx.emit(made, tr("{user} may now open this workspace as {role}", user=made["user"], role=made["role"])
             + (f" ({made['group']})" if made["group"] else ""))
    return 0


def cmd_remember_password(ctx: CommandContext) -> int:
    location = str(ctx.workspace_path())
    if not server.is_server_location(location):
        raise UserError(tr("{path} is a workspace file; remember-password is for a workspace on a server.", path=location))
    entry = server.remember_password(location, _password(ctx, tr("Server password: ")))
    ctx.emit({"remembered": entry}, tr("The password for {entry} is kept in this computer's keyring.", entry=entry))
    return 0


def cmd_move_to(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        moved = server.move_to(ws, ctx.args.target)
    total = sum(moved["copied"].values())
    ctx.emit(moved, trn("Copied %n rows to {target}; open it with: upr-desktop --workspace \"{target}\"", total,
                        target=moved["to"] if not server.is_server_location(ctx.args.target) else server.location_shown(ctx.args.target)))
    return 0
