"""A shared workspace on a PostgreSQL server: telling its address from a file's, and the server-side commands.

Plain Python on the start path; psycopg and SQLAlchemy are imported inside the functions.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

SERVER_SUFFIX = ".uprw-server"


def is_server_location(location: str | os.PathLike[str]) -> bool:
    """A ``postgresql://`` URL or a ``.uprw-server`` connection file (see core/storage/server.py)."""
    from upr_desktop.core.storage.server import is_server_location as check

    return check(location)


def location_shown(location: str) -> str:
    """A server location to print or to propose in a command: a URL without the password typed in it, a file as given."""
    from upr_desktop.core.storage import server

    if "://" not in location:
        return location
    return server.parse_location(location)[0].url()


def _server_only(ws: WorkspaceFile) -> None:
    from upr_desktop.errors import UserError
    from upr_desktop.i18n import tr

    if not ws.is_server:
        raise UserError(tr("{path} is a workspace file; this works on a workspace on a server (--workspace postgresql://...).",
                           path=ws.location))


def add_user(ws: WorkspaceFile, name: str, *, role: str, group: str | None = None, password: str | None = None) -> dict[str, Any]:
    """A login for one person: ``secretariat`` (everything) or ``member`` of one group (writes only its group's records).

    Run by the database's owner; the roles, grants and row-level security policies are set up the first time.
    """
    from upr_desktop.core.storage import server_roles

    _server_only(ws)
    ws.require_writable()
    with ws.engine.begin() as conn:
        return server_roles.add_user(conn, name, kind=role, group=group, password=password)


def remember_password(location: str, password: str) -> str:
    """Keep the server password of this workspace's role in the OS keyring; returns the keyring entry's name.

    Only in a keyring the app uses for its own keys (security/keystore.py: never a file-based one, nor one that
    prompts on a terminal, nor when turned off); else a clear refusal naming the other ways.
    """
    from keyring.errors import KeyringError

    from upr_desktop.core.storage import server
    from upr_desktop.errors import UserError
    from upr_desktop.i18n import tr
    from upr_desktop.security import keystore

    address, _given = server.parse_location(location)
    usable = keystore.status()
    if not usable.usable:
        raise UserError(tr("Cannot remember the server password on this computer: {reason}. Set {env} instead, or use "
                           "PostgreSQL's own ~/.pgpass file.", reason=usable.reason, env=server.PASSWORD_ENV))
    try:
        server.remember_password(address, password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise UserError(tr("Cannot remember the server password on this computer: the keyring refused it ({error}). Set {env} "
                           "instead, or use PostgreSQL's own ~/.pgpass file.", error=type(exc).__name__,
                           env=server.PASSWORD_ENV)) from None
    return address.keyring_user()


def move_to(ws: WorkspaceFile, target: str, *, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Copy the whole workspace to a server database (empty) or to a new file, nothing lost (see core/storage/move.py)."""
    from upr_desktop.core.storage import move

    return move.move(ws, target, progress=progress)


def listen_for_changes(ws: WorkspaceFile) -> Any:
    """A listener for changes others commit on a server workspace (``.wait(timeout)`` -> list of {actor, kind}); None for a file."""
    if not ws.is_server:
        return None
    from upr_desktop.core.storage.server_listen import ChangeListener

    return ChangeListener(ws)
